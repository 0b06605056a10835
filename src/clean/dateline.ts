// Dateline split: `Pangkalpinang (ANTARA) - Penjabat Gubernur…` → dateline {place, publisher} + the sentence.
//
// The patterns are named data like clean/rules.ts. `strong` patterns name a publisher (a domain, an agency in
// parentheses, an all-caps or title-case outlet after a comma) and may be looked for in the first few body
// paragraphs (seed 000 has a pull quote before its dateline). The `weak` place-only pattern
// (`MATARAM - …`, `Lombok Timur NTB – …`) is tried on the first body paragraph only.
// Every pattern is anchored at the paragraph start, requires a spaced dash/tilde (or a parenthesised
// agency) as separator, and requires the text after it to start like a sentence, so an ordinary
// sentence with a dash in the middle never fires.

import { DATELINE_NOT_PLACE_WORDS } from '../lexicon/boilerplate.js';
import { HEADER_MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { PRESS_OFFICES, SELF_PUBLISHING_BODIES } from '../lexicon/page-furniture.js';
import { LOCATIVE_PREPOSITIONS } from '../lexicon/attribution.js';
import { OUTLET_BRAND_WORDS, OUTLET_OPENING_WORDS } from '../lexicon/page-top.js';
import { anyCase } from './rules/build.js';
import { isGazetteerPlaceName, isPlaceNameLine, isProvinceName } from './menu-rows.js';
import { placesStartingWith, villagesByName } from '../lexicon/gazetteer.js';
import type { Dateline } from '../model.js';
import { CLASS, SPACE, UPPER } from '../text/chars.js';
import { countWordRuns, isWordCharAt } from '../text/words.js';

export interface DatelineRule {
  name: string;
  strength: 'strong' | 'weak';
  /** Groups: `place`, `publisher` (optional). The match covers the dateline and its separator. */
  pattern: RegExp;
  /** Extra check on the groups (the pattern alone would accept `Pj Gubernur NTB, Hassanudin -`). */
  accept?: (place: string, publisher: string | null, matched: string) => boolean;
  /** Speed only: a necessary condition for `pattern`, from where the paragraph's first `,`, `(`, `.` and ' '
   *  stand (-1 when absent; see `Landmarks`). When false the pattern cannot match and is not run. */
  quick?: (at: Landmarks, paragraph: string) => boolean;
}

/** Where a paragraph's first `,` `(` `.` and ' ' stand (-1 when absent), found once per paragraph for the
 *  rules' `quick` tests. PLACE and DOMAIN (and the `\\s{0,2}` after a place) hold neither `,` nor `(`,
 *  DOMAIN and a `\\p{Lu}` run hold no ' ', and a `\\p{Lu}` run holds no `.`: so where a pattern opens with
 *  them, its literal `,` `(` `.` is the paragraph's first one. */
export interface Landmarks {
  comma: number;
  paren: number;
  dot: number;
  space: number;
}

/** `^DOMAIN` or `^\p{Lu}{2,24}\.`: the first `.` comes before any ' ' (neither holds a space). */
function dotBeforeSpace(at: Landmarks): boolean {
  return at.dot >= 0 && (at.space < 0 || at.dot < at.space);
}
/** `^PLACE, ` (or `^DOMAIN, `): that comma is the first one, followed by ' ', with no `(` before it. */
function placeComma(at: Landmarks, p: string): boolean {
  return at.comma >= 0 && p.charCodeAt(at.comma + 1) === 32 && (at.paren < 0 || at.paren > at.comma);
}

const ALL_CAPS = /^[\p{Lu}\p{N}]{2,}$/u;
/** A broadcaster's call sign ("KBRN", "RRI"), and a match that ends with a colon. */
const CALLSIGN = /^\p{Lu}{3,8}$/u;
const COLON_END = /:\s*$/u;
/** An outlet written as words of which the last is an outlet's brand word, or the first one of OUTLET_OPENING_WORDS (check9/14: "Dompu, Dompu
 *  Online.- …"; "Kupang, Pos Kupang – …"): a person's name is no "… Online", "… Post", "… TV". */
function isBrandOutlet(publisher: string): boolean {
  const words = publisher.replace(TRAILING_DOT, '').toLowerCase().split(' ');
  return words.length >= 2 && (BRAND_WORDS.has(words[words.length - 1]!) || OPENING_WORDS.has(words[0]!));
}
const BRAND_WORDS = new Set(OUTLET_BRAND_WORDS.filter((w) => !w.includes(' ')));
const OPENING_WORDS = new Set(OUTLET_OPENING_WORDS);
/** An abbreviation's dot (`RM.`), left out when the outlet's case is read. */
const TRAILING_DOT = /\.$/u;
/** One word with a capital after a small letter: an outlet's name (`SultraNet`, `KabarNTB`), not a person's. */
const CAMEL_OUTLET = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
const DOMAIN_LIKE = /\.\p{L}{2,6}$/u;

/** One capitalised place word: `Pangkalpinang`, `LOTIM`, `Lombok`, `NTB`, `Kab.`. */
const PLACE_WORD = `\\p{Lu}[\\p{L}.'’-]{0,24}`;
/** 1–4 place words: `Lombok Timur NTB`. */
const PLACE = `${PLACE_WORD}(?: ${PLACE_WORD}){0,3}`;
/** A spaced separator: ` - `, ` – `, ` -- `, ` --- `, ` — `, ` —— `, ` ~ `, ` | `; an en or em dash also glued to the word before it, with
 *  a space after (check7/10, a DIY daily: "Harianjogja.com, SLEMAN— Seorang guru …"; glued on both sides it joins a
 *  compound, "Jakarta–Bandung"). */
// (any run of dashes a desk types: check12/05, a ministry's regional portal, "Seluma (Kemenag) --- …"; four at most)
const SEP = `(?:\\s{1,3}(?:[-–—]{1,4}|[~|])|[–—])\\s{1,3}`;
/** What must follow the dateline: the start of a sentence (capital, digit or opening quote). */
const NEXT = `(?=[\\p{Lu}\\p{N}"“‘'])`;
/** A domain-like outlet: `LombokJoutnal.com`, `PROKALTENG.CO`, `KOMPAS.com`, `suarantb.co.id`, and a host name of up
 *  to six labels (check4/06, a police portal: `Tribratanews.soppeng.sulsel.polri.go.id`). */
const DOMAIN = `[\\p{L}\\p{N}][\\p{L}\\p{N}-]{1,40}(?:\\.[\\p{L}\\p{N}-]{2,30}){0,4}\\.\\p{L}{2,6}`;
/** An outlet written as words: `ANTARA`, `CNN Indonesia`, `Lombok Post`, `ANTARA News`. */
const OUTLET_WORDS = `\\p{Lu}[\\p{L}\\p{N}&'’.-]{1,24}(?: \\p{Lu}[\\p{L}\\p{N}&'’.-]{1,24}){0,2}`;

/** The date a lead may carry after its place (a press release's, a wire's): `8 November 2024`, `Senin, 4 November
 *  2024`, `12/11`, `4/11/2024`, `Senin (4/11/2024)`, `Kamis (7/11)`. Month and weekday words from the one calendar
 *  lexicon, in any case. */
const MONTH_WORD = anyCase(HEADER_MONTHS.flat());
const WEEKDAY_WORD = anyCase(Object.keys(WEEKDAYS));
const NUMERIC_DATE = `\\d{1,2}/\\d{1,2}(?:/(?:\\d{4}|\\d{2}))?`;
const LEAD_DATE = `(?:(?:${WEEKDAY_WORD}),? )?(?:\\d{1,2} (?:${MONTH_WORD})\\.? \\d{4}|${NUMERIC_DATE}|\\(${NUMERIC_DATE}\\))`;
/** A separator glued to an outlet's abbreviation that ends with a dot: `MASOHI, RM.- …`. */
const GLUED_SEP = `(?<=\\.)(?:-{1,2}|[–—])\\s{1,3}`;
/** A press office named as the source after the place's separator, its name ending in a dot (`TARAKAN – Humas
 *  Pemkot. …`, `Jakarta – Humas BKN. …`): one of PRESS_OFFICES' first words, then up to three capitalised words. */
// (or a unit's number: check6/03, a Kodim's information desk, "Pontianak, Pendim 1207 – …")
const OFFICE_SOURCE = `(?:${anyCase([...new Set(PRESS_OFFICES.map((w) => w.split(' ')[0]!))])})(?: (?:[\\p{Lu}][\\p{L}\\p{N}-]{1,24}|\\p{N}{2,5}(?:/[\\p{L}\\p{N}]{1,12})?)){0,3}`;

export const DATELINE_RULES: readonly DatelineRule[] = [
  // seed 000: "LOTIM.LombokJoutnal.com ~ Deklarasi Netralitas Aparat Sipil Negara (ASN) …"
  {
    name: 'dateline-place-dot-domain',
    strength: 'strong',
    pattern: new RegExp(`^(?<place>\\p{Lu}{2,24})\\.(?<publisher>${DOMAIN})${SEP}${NEXT}`, 'u'),
    quick: dotBeforeSpace,
  },
  // seed 002: "Pangkalpinang (ANTARA) - Penjabat Gubernur Kepulauan Bangka Belitung Sugito …"
  // also "Mataram (ANTARA) -", "Jakarta (ANTARA News) –"
  {
    name: 'dateline-place-paren-agency',
    strength: 'strong',
    pattern: new RegExp(
      // (a comma after the place too, round 12: check11/10, a WordPress local site, "REMBANG, (rembangpos.id) – …")
      `^(?<place>${PLACE}),?\\s{0,2}\\((?<publisher>${OUTLET_WORDS}|${DOMAIN})\\)(?:${SEP}|\\s{0,2}[-–—:]\\s{1,3})${NEXT}`,
      'u',
    ),
    // PLACE and the `\\s{0,2}` after it hold no `,`: the first `(` comes before any comma, or that comma ends the place
    quick: (at) => at.paren >= 0 && (at.comma < 0 || at.comma > at.paren || at.paren - at.comma <= 3),
  },
  // seed 004: "KASONGAN, PROKALTENG.CO – Dalam menghadapi pemilihan kepala daerah …"
  // also "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --"
  {
    name: 'dateline-place-comma-outlet',
    strength: 'strong',
    // (a press office as the source: "Pontianak, Pendim 1207 – …")
    // (round 16: or a colon after the outlet, as a radio's or a weekly's desk writes it, "Tolitoli, Radar Tolitoli: …")
    pattern: new RegExp(`^(?<place>${PLACE}), (?<publisher>${DOMAIN}|${OUTLET_WORDS}|${OFFICE_SOURCE})(?:${SEP}|${GLUED_SEP}|\\s{0,2}:\\s{1,3})${NEXT}`, 'u'),
    quick: placeComma,
    // an outlet written as words needs an all-caps place or outlet word (`MATARAM, Lombok Post`, `Jakarta, CNN
    // Indonesia`) or a press office (portal/01: `Tanjung, Diskominfo –`), otherwise it is a person: "Pj Gubernur
    // NTB, Hassanudin - …"; regional2/10: an outlet written as one word with a capital inside (`Kendari, SultraNet -`),
    // which a person's name is not
    // (with a colon, a call sign and a place of one word, "KBRN, Namrole:", are the radio's lead of
    // `dateline-callsign-comma-place-colon`, whose roles are the other way round: no outlet here)
    // (fix16a: a place the gazetteer knows is no outlet, "Mamuju, Sulawesi Barat – …" is a place and its province; and
    // with a colon only the outlet's own marks count, not the place's case or a plain word or two after a region: a
    // round-up's list item "Sleman, Kulon Progo: Dua ASN …" is no lead)
    accept: (place, publisher, matched) => {
      if (publisher === null || DOMAIN_LIKE.test(place) || isGazetteerPlaceName(publisher.replace(TRAILING_DOT, ''))) return false;
      // (clean20: a preposition opens a sentence, not a place: "Di Nabire, KPU Nabire – Bersama Bawaslu – menggelar …")
      if (PREPOSITIONS.has(place.split(' ')[0]!.toLowerCase())) return false;
      const colon = COLON_END.test(matched);
      // (clean20: a body's own website in its lead, "Waghete, Bawaslu Deiyai – KASN merekomendasikan …": no colon,
      // and no word of the place a title or a connective, "Ketua Bawaslu Deiyai, …" being refused by NOT_PLACE)
      // (fix19b, review19 b7: the place must be a place, "Sebelumnya, Bawaslu Deiyai – Papua Tengah – telah …" is a
      // sentence; isTownOrCapitals: the body's capitals, "KPU Nabire", are no outlet's mark here)
      if (!colon && isSelfPublishingBody(publisher)) return isTownOrCapitals(place);
      if (colon && CALLSIGN.test(place) && !publisher.includes(' ') && !ALL_CAPS.test(publisher)) return false;
      return isMarkedOutlet(publisher) || (!colon && (ALL_CAPS.test(place.split(' ')[0]!) || isOneWordOutlet(place, publisher) || isOutletAfterRegion(place, publisher)));
    },
  },
  // a press release's or a wire's lead with its date (clean5/08: "Gorontalo, 8 November 2024 – …"; "Jakarta, 12/11
  // (ANTARA) - …"; "SEMARANG, Senin (4/11/2024) - …"): place, date, an agency in brackets or not, a separator
  {
    name: 'dateline-place-date',
    strength: 'strong',
    pattern: new RegExp(`^(?<place>${PLACE}), (?<date>${LEAD_DATE})(?:\\s{0,2}\\((?<publisher>${OUTLET_WORDS}|${DOMAIN})\\))?${SEP}${NEXT}`, 'u'),
    quick: placeComma,
  },
  // Tribun network and many portals put the outlet first: "TRIBUNLOMBOK.COM, LOMBOK TIMUR - Bupati …",
  // "SuaraNTB.com, Mataram – Bawaslu …"
  {
    name: 'dateline-outlet-comma-place',
    strength: 'strong',
    pattern: new RegExp(`^(?<publisher>${DOMAIN}), (?<place>${PLACE})${SEP}${NEXT}`, 'u'),
    // (DOMAIN, like PLACE, holds no `,` or `(`, and it holds a `.` before any ' ')
    quick: (at, p) => dotBeforeSpace(at) && placeComma(at, p),
  },
  // fix16a: an outlet written as words first, then a place the gazetteer knows (check6/02, "Warta Nusantara, Jakarta —
  // …"; news5/15, "TIMESINDONESIA, MALANG – …"; own, "Radar Selatan, Bulukumba – …"), the roles the rule above refuses
  // now that a known place is no outlet; no word of the outlet a title or an organisation (NOT_PLACE: "Ketua Bawaslu,
  // Mamuju – …"), and no colon (a round-up's list item "Sleman, Kulon Progo: …")
  {
    name: 'dateline-outlet-words-comma-place',
    strength: 'strong',
    pattern: new RegExp(`^(?<publisher>${OUTLET_WORDS}), (?<place>${PLACE})${SEP}${NEXT}`, 'u'),
    quick: placeComma,
    // (a one-word name before a province is the town of that province, "MAUMERE, NTT — …" (check16/08), "Mamuju, Sulbar – …")
    accept: (place, publisher) => {
      if (publisher === null || !isGazetteerPlaceName(place) || isGazetteerPlaceName(publisher)) return false;
      const words = publisher.split(' ');
      return !words.some((w) => NOT_PLACE.has(w.toLowerCase())) && (words.length >= 2 || !isProvinceName(place));
    },
  },
  // portal/12: "KOMPAS.com - Sekretaris Daerah …" (issue 22: "Namaoutlet.com -") — the outlet's domain alone, before
  // a paragraph that ends like a sentence ("PORTALSULBAR.ID - Sekda Loteng Ingatkan ASN …" is a headline)
  {
    name: 'dateline-outlet-only',
    strength: 'strong',
    // (check9/05, a police portal: "Tribratanews.lampung.polri.go.id – LAMPUNG TIMUR. Kapolres …" — the place in
    // capitals with a full stop after the outlet's separator is the dateline's too)
    pattern: new RegExp(`^(?<publisher>${DOMAIN})${SEP}(?:(?<place>\\p{Lu}{3,24}(?: \\p{Lu}{2,24}){0,2})\\.\\s{1,3})?${NEXT}(?=[^\n]*[.!?…]["”’)]?$)`, 'u'),
    quick: dotBeforeSpace,
  },
  // a government release: the place, a separator and the press office as the source, ending in a dot (clean5b/06:
  // "TARAKAN – Humas Pemkot. Penjabat Wali Kota …"; "Jakarta – Humas BKN. Kepala Badan …")
  {
    name: 'dateline-place-office',
    strength: 'strong',
    pattern: new RegExp(`^(?<place>${PLACE})${SEP}(?<publisher>${OFFICE_SOURCE})\\.\\s{1,3}${NEXT}`, 'u'),
    // (neither PLACE nor the office holds a comma: a dot comes before any comma)
    quick: (at) => at.dot > 0 && (at.comma < 0 || at.comma > at.dot),
  },
  // closing16's leftover (check7/03, a police portal: "Lombok Timur, NTB – Polres …"; check16/08: "MAUMERE, NTT — …"):
  // a place the gazetteer knows, a comma and its province, no outlet. The whole is the dateline's place as written; the
  // regions parser reads both regions from it (extract/regions/parsers/dateline.ts), so stripping it loses neither.
  // Weak (no outlet): the first body paragraph only. No word of the place a title or an organisation (NOT_PLACE: "Ketua
  // Bawaslu NTB, Mataram – …" names a person's office).
  {
    name: 'dateline-place-comma-province',
    strength: 'weak',
    pattern: new RegExp(`^(?<place>${PLACE}, ${PLACE})${SEP}${NEXT}`, 'u'),
    quick: placeComma,
    accept: (place) => {
      const cut = place.indexOf(', ');
      const town = place.slice(0, cut);
      return isProvinceName(place.slice(cut + 2)) && isGazetteerPlaceName(town) && !isProvinceName(town) && !town.split(' ').some((w) => NOT_PLACE.has(w.toLowerCase()));
    },
  },
  // seed 001: "Lombok Timur NTB – Untuk menjaga kondusifitas daerah …"; also "MATARAM - Bawaslu …"
  {
    name: 'dateline-place-only',
    strength: 'weak',
    pattern: new RegExp(`^(?<place>${PLACE})${SEP}${NEXT}`, 'u'),
  },
  // Lombok Post, Radar and Kaltim Post glue the dash to an all-caps place: "MATARAM-Pemerintah Provinsi …",
  // "PRAYA–Sekretaris Daerah …", "LOMBOK TIMUR–Bupati …". All caps (3+ letters) and a capitalised word after
  // keep ordinary compounds out ("Jakarta-Bandung", "COVID-19"); organisations are refused by NOT_PLACE
  // ("KPU-Bawaslu sepakat …").
  {
    name: 'dateline-caps-tight-dash',
    strength: 'weak',
    pattern: /^(?<place>\p{Lu}{3,24}(?: \p{Lu}{2,24}){0,2}) ?[-–—] ?(?=\p{Lu}\p{Ll})/u,
  },
  // round 15, check16/02 (a TV site): "Luwu Timur: Badan Pengawas Pemilu …" — a place and a colon, no outlet. The place
  // must be a province's or a regency's name from the region data (gazetteer; "Kota …", "Kabupaten …" too): a
  // headline's or a label's colon ("Catatan Bawaslu Morotai: 21 …", "Update: …") names no place
  {
    name: 'dateline-region-colon',
    strength: 'weak',
    pattern: new RegExp(`^(?<place>${PLACE})\\s{0,2}:\\s{1,3}${NEXT}`, 'u'),
    accept: (place) => isPlaceNameLine(place),
  },
  // regional2/18, RRI: "KBRN, Bengkayang: Bawaslu Kabupaten …" — a broadcaster's all-caps call sign, a comma, the
  // place and a colon (first paragraph only: "KPU, Bawaslu: …" is refused by NOT_PLACE)
  {
    name: 'dateline-callsign-comma-place-colon',
    strength: 'weak',
    pattern: new RegExp(`^(?<publisher>\\p{Lu}{3,8}), (?<place>${PLACE})\\s{0,2}:\\s{1,3}${NEXT}`, 'u'),
    // (fix16a: a place in capitals is no call sign, a round-up's list item "SLEMAN, KULON PROGO: Dua ASN …")
    accept: (_place, publisher) => publisher !== null && !isGazetteerPlaceName(publisher),
  },
];

const NOT_PLACE = new Set(DATELINE_NOT_PLACE_WORDS);
/** An outlet's name of one Title Case word after a place of at most three words (check3/11, "Wamena, Jubi – …"): no
 *  word of either is a title, a weekday, a connective or an organisation (NOT_PLACE: "Bupati Sikka, Robi – …" is a
 *  person; "Jakarta, Senin – …" a day). */
const ONE_WORD_OUTLET = /^\p{Lu}\p{Ll}{2,15}$/u;
function isOneWordOutlet(place: string, publisher: string): boolean {
  if (!ONE_WORD_OUTLET.test(publisher) || NOT_PLACE.has(publisher.toLowerCase())) return false;
  const words = place.split(' ');
  return words.length <= 3 && !words.some((w) => NOT_PLACE.has(w.toLowerCase()));
}
/** An outlet's name of two or three words in any case after a region's name (round 16: "Poso, Mercusuar Sulteng – …",
 *  "Mamuju, Sulbar Express - …"): the place is a province's or a regency's (the gazetteer: a person's title and name,
 *  "Ketua Bawaslu Poso, Budi Santoso – …", opens with no region) and no word of the outlet is a title, a weekday, a
 *  connective or an organisation (NOT_PLACE). */
function isOutletAfterRegion(place: string, publisher: string): boolean {
  const words = publisher.replace(TRAILING_DOT, '').split(' ');
  return words.length >= 2 && isPlaceNameLine(place) && !words.some((w) => NOT_PLACE.has(w.toLowerCase()));
}
/** An outlet by its own marks: a domain, a brand word (`Radar Tolitoli`), an all-caps first word (`RRI`, `TVRI`,
 *  `ANTARA News`), a press office (`Diskominfo`), a capital inside one word (`SultraNet`). */
function isMarkedOutlet(publisher: string): boolean {
  const first = publisher.split(' ')[0]!;
  return DOMAIN_LIKE.test(publisher) || isBrandOutlet(publisher) || ALL_CAPS.test(first.replace(TRAILING_DOT, '')) || PRESS_OFFICE_WORDS.has(first.toLowerCase()) || CAMEL_OUTLET.test(publisher);
}
const PREPOSITIONS = new Set(LOCATIVE_PREPOSITIONS);
const BODIES = new Set(SELF_PUBLISHING_BODIES);
/** A body publishing its own news, named with its region (SELF_PUBLISHING_BODIES and at least one word more:
 *  "Bawaslu Deiyai", "Pemkot Tidore Kepulauan", "KPU TTU"); the body alone ("Jakarta, Bawaslu – …") is too rare a lead to
 *  tell from a sentence. */
function isSelfPublishingBody(publisher: string): boolean {
  const words = publisher.split(' ');
  return words.length >= 2 && BODIES.has(words[0]!.toLowerCase());
}
/** A lead's place before a self-publishing body (fix19b, review19 b7): written in capitals ("WAGHETE, Bawaslu
 *  Deiyai – …"), or a place the gazetteer knows at any level, as the regions' dateline town does
 *  (extract/regions/parsers/dateline.ts): a province, regency, alias or district ("Tigi"), a village ("Watampone"),
 *  a one-word town whose parts are villages or districts ("Waghete" → Waghete I, Waghete II), or a town of several
 *  words opening with a known place ("Sumbawa Besar"). A sentence's
 *  opening word ("Sebelumnya, Bawaslu Deiyai – Papua Tengah – telah memanggil …") is none of these. */
function isTownOrCapitals(place: string): boolean {
  if (place.split(' ').every((w) => ALL_CAPS.test(w))) return true;
  if (isGazetteerPlaceName(place) || villagesByName(place).length > 0) return true;
  const first = place.split(' ')[0]!;
  // (a town of two words named after its regency, "Sumbawa Besar, BAWASLU Sumbawa – …")
  return place === first ? placesStartingWith(place).length > 0 : isGazetteerPlaceName(first);
}
/** One-word press offices that stand where an outlet does in a portal's dateline (`Tanjung, Diskominfo –`). */
const PRESS_OFFICE_WORDS = new Set(PRESS_OFFICES.filter((w) => !w.includes(' ')));
// (a colon: the region's colon lead)
const SEPARATOR_NEAR_START = /[-–—~|(:]/u;
/** The opening of `dateline-callsign-comma-place-colon` (whose separator is a colon): an all-caps call sign and a comma. */
const CALLSIGN_START = /^\p{Lu}{3,8}, /u;

/** Per BMP code unit: 1 = it may open a place word (`\p{Lu}`), 3 = whitespace (which a `\s{0,3}` may hold),
 *  2 = neither (the shared class table, src/text/chars.ts). */
function kindOf(c: number): number {
  const k = CLASS[c]!;
  return k & UPPER ? 1 : k & SPACE ? 3 : 2;
}
/** Whether the unit `c` may stand where a place word opens: a capital, whitespace, or anything astral
 *  (the patterns decide those). */
function mayOpenWord(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return c >= 0 && kindOf(c) !== 2;
}

/**
 * Speed only, a necessary condition for every DATELINE_RULES pattern, so most body paragraphs ("Ketua
 * Bawaslu meminta …") run none of them: either the first token (up to the first space) holds a dot (a
 * domain may open the paragraph: `suarantb.co.id, Mataram – `, `LOTIM.LombokJoutnal.com ~ `), or every word
 * before the first `(`, `,` or separator character starts with a capital (the place words: `Lombok Timur
 * NTB – `, `Mataram (ANTARA) - `, `KASONGAN, PROKALTENG.CO – `, `MATARAM-Pemerintah`). Whitespace where a
 * word would start passes too, and so does anything astral: the patterns decide those.
 */
function mayOpenWithPlace(p: string): boolean {
  const space = p.indexOf(' ');
  const dot = p.indexOf('.');
  if (dot >= 0 && (space < 0 || dot < space)) return true;
  // Without a domain first, every pattern opens with at most four place words joined by one ' ' each
  // (PLACE; the all-caps place of the tight dash has at most three), and what follows them starts with
  // one of the characters below, or with white space and then one of them. So a fifth word start (' '
  // and then neither ' ' nor one of them) before any of them rules every pattern out.
  let starts = 0;
  for (let j = 0; j < p.length; j++) {
    const c = p.charCodeAt(j);
    // , : PLACE words hold no comma, so this is the comma of `PLACE, OUTLET` or `PLACE, DATE`, the only patterns
    // left with one there: `, ` then an outlet word (`\p{Lu}`), a domain (letters, digits and hyphens up to a dot)
    // (or a date's digit: `Gorontalo, 8 November 2024 – `)
    // (or the bracket of an outlet after the comma: `REMBANG, (rembangpos.id) – `)
    if (c === 44) return p.charCodeAt(j + 1) === 32 && (mayOpenWord(p.charCodeAt(j + 2)) || isDigit(p.charCodeAt(j + 2)) || p.charCodeAt(j + 2) === 40 || mayOpenDomain(p, j + 2));
    // ( - – — ~ | :
    if (c === 40 || c === 45 || c === 0x2013 || c === 0x2014 || c === 126 || c === 124 || c === 58) return true;
    if ((j === 0 || p.charCodeAt(j - 1) === 32) && c !== 32) {
      if (!mayOpenWord(c)) return false;
      // (whitespace is not a word: `\s{1,3}` before a separator may hold more than one ' '-like unit)
      const white = (c < 0xd800 || c > 0xdfff) && kindOf(c) === 3;
      if (!white && ++starts > 4) return false;
    }
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether a DOMAIN may start at `i`: a dot comes before the next space (or there is no space). */
function mayOpenDomain(p: string, i: number): boolean {
  const dot = p.indexOf('.', i);
  if (dot < 0) return false;
  const space = p.indexOf(' ', i);
  return space < 0 || dot < space;
}

/** The landmarks of the paragraph `matchDateline` is looking at (one object, refilled per call: this module
 *  runs synchronously, one call at a time per thread). */
const LANDMARKS: Landmarks = { comma: -1, paren: -1, dot: -1, space: -1 };

/** Minimum words that must follow a dateline for it to count (a bare `Jakarta - Mataram` is not one). */
const MIN_WORDS_AFTER = 4;

export interface DatelineMatch {
  dateline: Dateline;
  /** The paragraph with the dateline (and its separator) taken off. */
  rest: string;
  /** The date the lead carries, as written (`8 November 2024`, `Senin (4/11/2024)`), or null. */
  date: string | null;
  rule: string;
}

/** Try the dateline patterns on the start of one paragraph (whitespace already normalised). */
export function matchDateline(paragraph: string, allowWeak: boolean): DatelineMatch | null {
  // cheap pre-checks: every pattern starts with a letter or digit (a `\p{Lu}` place, or a domain's
  // `[\p{L}\p{N}]`), and needs a separator or a parenthesis within its first ~150 characters
  if (!isWordCharAt(paragraph, 0)) return null;
  if (!mayOpenWithPlace(paragraph)) return null;
  if (!SEPARATOR_NEAR_START.test(paragraph.slice(0, 160)) && !(allowWeak && CALLSIGN_START.test(paragraph))) return null;
  const at = LANDMARKS;
  at.comma = paragraph.indexOf(',');
  at.paren = paragraph.indexOf('(');
  at.dot = paragraph.indexOf('.');
  at.space = paragraph.indexOf(' ');
  for (const rule of DATELINE_RULES) {
    if (rule.strength === 'weak' && !allowWeak) continue;
    if (rule.quick !== undefined && !rule.quick(at, paragraph)) continue;
    const m = rule.pattern.exec(paragraph);
    if (!m || !m.groups) continue;
    const place = m.groups.place ?? null;
    const publisher = m.groups.publisher ?? null;
    if (place !== null && NOT_PLACE.has(place.split(' ')[0]!.toLowerCase())) continue;
    if (rule.accept !== undefined && !rule.accept(place ?? '', publisher, m[0])) continue;
    const rest = paragraph.slice(m[0].length).trim();
    if (countWordRuns(rest, MIN_WORDS_AFTER) < MIN_WORDS_AFTER) continue;
    return {
      dateline: { place, publisher, text: m[0].trim() },
      rest,
      date: m.groups.date ?? null,
      rule: rule.name,
    };
  }
  return null;
}

/** Rule names of the weak patterns. */
const WEAK = new Set(DATELINE_RULES.filter((r) => r.strength === 'weak').map((r) => r.name));
// `strongOnly` relies on every strong pattern coming before every weak one
if (DATELINE_RULES.some((r, i) => r.strength === 'strong' && DATELINE_RULES.slice(0, i).some((q) => q.strength === 'weak'))) {
  throw new Error('DATELINE_RULES: strong patterns must come before weak ones');
}

/**
 * `matchDateline(paragraph, false)` from `m = matchDateline(paragraph, true)`, without running the
 * patterns again: both try the strong patterns first and in the same order, so a strong `m` is the
 * answer either way, and a weak `m` (or none) means no strong pattern was accepted.
 */
export function strongOnly(m: DatelineMatch | null): DatelineMatch | null {
  return m !== null && !WEAK.has(m.rule) ? m : null;
}

