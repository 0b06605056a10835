// Title complements: what follows a title's head before the name (an organisation, a region, a district or
// village, a national marker, a unit number, a field tail), the institution it names, and region lookups.
import type { RegionRef } from '../../model.js';
import { escapeRe as esc } from '../../text/regex.js';
import { areaByCode, districtsByName, provinces, regencies, regencyOf, villagesByName, type Area } from '../../lexicon/gazetteer.js';
import { DISTRICT_UNITS, MINISTRY_ROLES, NAMED_UNIT_HEADS, PLACE_UNIT_WORDS, REGION_BOUND_BODIES, ROLE_REGION_LEVEL, TITLE_TAIL_STARTS, UNIT_CLOSERS, type TitleDef } from '../../lexicon/titles.js';
import { PERSON_OPENING_WORDS } from '../../lexicon/honorifics.js';
import { HONORIFIC_WORDS, notName, RANK_HEAD } from './names.js';
import { commaLenAt, spaceLenAt, stickyAt } from './scan.js';
import { UPPER, classAt, runEndAt } from '../../lexicon/matcher.js';
import { ACRONYM_WORDS, DINAS_AGENCY, ORG, phrasePattern, REGIONAL_AGENCY, titleAt } from './title-compile.js';
import { COUNTRY_ONLY, NATIONAL_RE, NOT_PORTFOLIO, PORTFOLIO, skipParen, skipTitleWords, titleWordAt, WORD_RE } from './title-phrases.js';
import type { Complement, RegionAt } from './types.js';
import { lowerRegionAt } from './lower-region.js';

/** `Dandim 0905/Balikpapan`, `Danramil 1608-01/Bolo`, `Pangdam XIV/Hasanuddin`: a unit number (digits or a Roman
 *  numeral) and a slash before the region or the unit's name; or a sub-unit's number after a slash, then the name
 *  (`Danramil 0809/12 Pare`, `Dandenpom V/2 Kediri`); or a number and a capital (`Danyon 521 Letkol Inf X`). */
const UNIT_NUMBER_RE = /(?:\d{2,4}(?:-\d{1,2})?|[IVX]{1,5})(?:[ \t]{0,2}\/[ \t]{0,2}\d{1,2}(?=[ \t]{1,2}\p{Lu}))?(?:[ \t]{0,2}\/[ \t]{0,2}|[ \t]{1,2}(?=\p{Lu}))/uy;
/** The field of a post after its region: `Bidang Pemerintahan dan Kesra`, `Divisi Penanganan Pelanggaran`. */
const TAIL_START_RE = new RegExp(`[ \\t]{1,2}(?:${TITLE_TAIL_STARTS.map((t) => phrasePattern(t)).join('|')})(?![\\p{L}\\p{N}])`, 'uy');
const UNIT_NO_RE = /\d{1,3}(?![\p{L}\p{N}])/uy;
const ORG_COMMA_RE = /,[ \t]{1,2}(\p{L}+)/uy;
const TAIL_WORD_RE = /(?:[ \t]{0,2},)?[ \t]{1,2}([\p{L}&][\p{L}-]{0,30})/uy;
const PERSON_OPENING: ReadonlySet<string> = new Set(PERSON_OPENING_WORDS);
const CAP_WORD_RE = /\p{Lu}[\p{L}'’-]{1,30}/uy;
const NAMED_UNIT_HEAD: ReadonlySet<string> = new Set(NAMED_UNIT_HEADS);
const PAREN_ACR_RE = /[ \t]{0,2}\(\p{Lu}[\p{L}\p{N}.&/-]{0,24}(?:[ \t]\p{Lu}[\p{L}\p{N}.&/-]{0,24}){0,3}\)/uy;
/** Lower-cased words that close a unit's name as its institution: ministries' short names, UNIT_CLOSERS and the
 *  regional agencies and offices by their acronyms, mixed-case ones too (`Diskominfo`, `Bappeda`, `Kesbangpol`). */
const CLOSER: ReadonlySet<string> = new Set([...[...ORG].filter((w) => /^kem\p{L}/u.test(w) && w !== 'kementerian'), ...UNIT_CLOSERS, ...REGIONAL_AGENCY, ...DINAS_AGENCY]);
/** A word that names an institution closing a unit: an acronym (`KASN`, `TNI`, `BKD`), a ministry's short name
 *  (`Kemlu`, `Kemenkeu`) or a mixed-case closer (`Polri`, `Kodam`). */
export function isUnitCloser(word: string): boolean {
  return (word.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(word)) || CLOSER.has(word.toLowerCase());
}
/** The institution of a unit's name: the body right after the post (`KASN Bidang Pengawasan … ASN` → `KASN`), else
 *  the one closing it (`Protokol dan Konsuler Kemlu` → `Kemlu`, `Otonomi Daerah … Kementerian Dalam Negeri` →
 *  `Kementerian Dalam Negeri`, `Penerangan Kodam` → `Kodam`), or null. Parenthesised forms are skipped. */
export function unitInstitution(unit: string): string | null {
  const words = unit.replace(/\([^()]*\)/gu, ' ').split(/[\s,]+/u).filter((w) => w.length > 0);
  const k = words.map((w) => w.toLowerCase()).lastIndexOf('kementerian');
  if (k >= 0 && k < words.length - 1 && words.slice(k + 1).every((w) => /^\p{Lu}/u.test(w) || w === 'dan' || w === '&')) {
    // `Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi` → `KemenPAN-RB`
    const portfolio = words.slice(k + 1).join(' ').toLowerCase();
    return MINISTRY_ROLES.find((x) => portfolio.startsWith(x.org))?.institution ?? words.slice(k).join(' ');
  }
  // `Asisten KASN Bidang … Netralitas ASN`: a body right after the post is its institution, else the last one
  if (words.length > 1 && isUnitCloser(words[0]!)) return words[0]!;
  const last = words[words.length - 1];
  return last !== undefined && isUnitCloser(last) ? last : null;
}

/** `Kota` after a regency's name (`Polres Bima Kota`): the unit of the city. */
const CITY_AFTER_RE = /[ \t]{1,2}(?:Kota|KOTA)(?![\p{L}\p{N}])/uy;
/** ` Kecamatan` / ` Kec.` after a village's name, up to the space before the kecamatan's (kept: districtNameAt reads it). */
const KECAMATAN_AFTER_RE = /[ \t]{1,2}(?:Kecamatan|Kec\.?)(?=[ \t])[ \t]/uy;
const DISTRICT_UNIT: ReadonlySet<string> = new Set(DISTRICT_UNITS);
/** The ends of the first one, two and three capitalised words at `p` (spaces between them), as many as there are:
 *  the candidate ends of a place name, read longest first by its callers. */
function capWordEnds(text: string, p: number): number[] {
  const ends: number[] = [];
  let q = p;
  for (let i = 0; i < 3; i++) {
    const w = stickyAt(CAP_WORD_RE, text, q);
    if (!w) break;
    ends.push(q + w[0].length);
    q += w[0].length;
    const s2 = spaceLenAt(text, q);
    if (s2 === 0) break;
    q += s2;
  }
  return ends;
}
/** Where the kecamatan's name after the space at `q` ends (the longest run of 1–3 capitalised words that is one), or `q`. */
function districtNameAt(text: string, q: number): number {
  const sp = spaceLenAt(text, q);
  if (sp === 0) return q;
  const start = q + sp;
  const ends = capWordEnds(text, start);
  for (let n = ends.length; n >= 1; n--) if (districtsByName(text.slice(start, ends[n - 1]).replace(/[ \t]+/gu, ' ')).length > 0) return ends[n - 1]!;
  return q;
}
/** Where the village's name after the space at `q` ends, or `q`: the longest run of 1–3 capitalised words the gazetteer
 *  knows as a village; else (a village it does not know) 1–2 words a comma closes, or one word the article also writes
 *  after the same unit word elsewhere (`Kasi Pemerintahan Desa Tirtosworo Sri Lestari` after `Kepala Desa Tirtosworo`). */
function villageNameAt(text: string, q: number, unitWord: string): number {
  const sp = spaceLenAt(text, q);
  if (sp === 0) return q;
  const start = q + sp;
  const ends = capWordEnds(text, start);
  for (let n = ends.length; n >= 1; n--) if (villagesByName(text.slice(start, ends[n - 1]).replace(/[ \t]+/gu, ' ')).length > 0) return ends[n - 1]!;
  for (let n = Math.min(2, ends.length); n >= 1; n--) if (commaLenAt(text, ends[n - 1]!) > 0) return notName(text.slice(start, ends[n - 1]).toLowerCase()) ? q : ends[n - 1]!;
  if (ends.length >= 2) {
    const one = `${unitWord} ${text.slice(start, ends[0])}`;
    const first = text.indexOf(one);
    const at = q - unitWord.length;
    if (first >= 0 && (first !== at || text.indexOf(one, first + 1) >= 0) && !notName(text.slice(start, ends[0]).toLowerCase())) return ends[0]!;
  }
  return q;
}
const VILLAGE_UNIT: ReadonlySet<string> = new Set(['desa', 'kelurahan']);
/** A place's unit word or a polling station's number before the place's name (`Desa`, `Kelurahan`, `TPS 05`, `05`). */
const PLACE_LEAD_RE = new RegExp(`(?:(?:${PLACE_UNIT_WORDS.map((w) => esc(w)).join('|')})[ \\t]{1,2})?(?:\\d{1,3}[ \\t]{1,2})?(?=\\p{Lu})`, 'uy');
/** After the comma at `at`: a capitalised word that may open a name (an honorific or a name word, no title head). */
function nameAfterComma(text: string, at: number): boolean {
  const q = at + commaLenAt(text, at);
  if (q === at || !(classAt(text, q) & UPPER)) return false;
  const lw = text.slice(q, runEndAt(text, q)).toLowerCase();
  return HONORIFIC_WORDS.has(lw) || PERSON_OPENING.has(lw) || (lw.length >= 2 && !notName(lw) && !titleAt(text, q));
}
/** A capitalised organisation or portfolio word after the space at `q` (`… dan Keamanan`). */
function orgWordAt(text: string, q: number): boolean {
  const sp = spaceLenAt(text, q);
  const w = sp > 0 ? stickyAt(CAP_WORD_RE, text, q + sp) : null;
  return w !== null && (ORG.has(w[0].toLowerCase()) || PORTFOLIO.has(w[0].toLowerCase()));
}
/** A post whose phrase ends with its place's unit word (`Ketua Panwaslu Kecamatan`). */
const UNIT_ENDED_RE = /(?:^| )(?:Kecamatan|Desa|Kelurahan|Distrik|Kalurahan|Kapanewon)$/u;
/** How many of the first 1–3 words of an unknown place after a post (the post's last word ends at `pos`) the article
 *  writes elsewhere after the same word and closed by a comma (`Kepala Desa Pansur Natolu, Name`), longest first; 0 when
 *  none. */
function placeWrittenElsewhere(text: string, pos: number, words: ReadonlyArray<{ w: string }>): number {
  const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, pos - 40), pos))?.[0];
  if (!before) return 0;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const written = `${before} ${words.slice(0, n).map((x) => x.w).join(' ')},`;
    const at = pos - before.length;
    let i = text.indexOf(written);
    while (i >= 0 && i === at) i = text.indexOf(written, i + 1);
    if (i >= 0) return n;
  }
  return 0;
}
/** A lone capital closing a village's name: `Lurah Sei Sikambing B, X`. */
const LETTER_RE = /\p{Lu}(?![\p{L}\p{N}'’-])/uy;

export function parseComplement(
  text: string,
  pos: number,
  def: TitleDef | null,
  regionStarts: Map<number, RegionAt>,
  /** the regencies the article names (only a desa/kecamatan complement asks: built on first use) */
  mentionedRegencies: () => ReadonlySet<string> = () => new Set(),
): Complement {
  const out: Complement = { end: pos, region: null, national: false, org: null, place: null };
  let p = pos;
  const sp = spaceLenAt(text, p);
  if (sp === 0) return out;
  p += sp;
  const kind = def?.complement ?? 'region';
  // `Presiden Suriah X`, `Perdana Menteri Israel X`, `Duta Besar Jepang untuk Indonesia X`, `Presiden RI X`
  if (kind === 'none') return { ...out, end: skipTitleWords(text, pos, COUNTRY_ONLY).end };
  if (kind === 'national') {
    const n = stickyAt(NATIONAL_RE, text, p);
    if (n) return { ...out, end: p + n[0].length, national: true };
  }
  if (kind === 'org') {
    const words: string[] = [];
    let q = p;
    let lastEnd = -1;
    let lastAcr = false;
    for (let i = 0; i < 10; i++) {
      if (regionStarts.has(q)) break;
      // `Kepala Penerangan Kodam XIV/Hasanuddin Kolonel Inf X`: a unit's number and slash after its word end the
      // organisation words; the unit's name is read below (as after `Kapendam`)
      if (words.length > 0) {
        const un = stickyAt(UNIT_NUMBER_RE, text, q);
        if (un && un[0].includes('/')) break;
      }
      const tw = titleWordAt(text, q, NOT_PORTFOLIO);
      if (tw && tw.end > q) {
        // a country, party, party organ or portfolio (`Luar Negeri Jepang`, `DPW PKB`, `Fraksi PKS`)
        words.push(text.slice(q, tw.end));
        if (tw.kind === 'party') out.party = true;
        lastEnd = tw.end;
        q = tw.end;
        const s1 = spaceLenAt(text, q);
        if (s1 === 0) break;
        q += s1;
        continue;
      }
      // `Kepala Sekolah SMAN 1 Praya`, `Kalapas Kelas IIA`: a number right after an acronym belongs to it
      const num: RegExpExecArray | null = lastAcr ? stickyAt(UNIT_NO_RE, text, q) : null;
      const w: RegExpExecArray | null = num ?? stickyAt(WORD_RE, text, q);
      if (!w) break;
      const lw = w[0].toLowerCase();
      // (a rank in capitals is the holder's, never the unit's: `Kasat Reskrim AKP Yoga`, `Kapolsek X AKP Y`)
      const isAcr: boolean = w[0].length >= 2 && w[0] === w[0].toUpperCase() && /\p{Lu}/u.test(w[0]) && !RANK_HEAD.has(lw);
      if (!num && !ORG.has(lw) && !PORTFOLIO.has(lw) && !isAcr && !REGIONAL_AGENCY.has(lw) && !DINAS_AGENCY.has(lw)) break;
      lastAcr = isAcr && !num;
      words.push(w[0]);
      if (lw !== 'dan' && lw !== '&') lastEnd = q + w[0].length;
      q += w[0].length;
      // `Universitas Hasanuddin`, `Politeknik Negeri Bali`: the capitalised words after a named unit's head are its
      // name (up to an honorific, a parenthesis or a comma)
      if (NAMED_UNIT_HEAD.has(lw)) {
        for (let j = 0; j < 4; j++) {
          const sp = spaceLenAt(text, q);
          const nw = sp > 0 ? stickyAt(CAP_WORD_RE, text, q + sp) : null;
          if (!nw || HONORIFIC_WORDS.has(nw[0].toLowerCase()) || text.charAt(q + sp + nw[0].length) === '.') break;
          words.push(nw[0]);
          q += sp + nw[0].length;
          lastEnd = q;
        }
      }
      // `Polsek Cibeber`, `Kecamatan Karanganom`: a kecamatan's unit, then the kecamatan's name (the longest run of 1–3
      // capitalised words the gazetteer knows as one)
      if (DISTRICT_UNIT.has(lw)) {
        const end = districtNameAt(text, q);
        if (end > q) {
          words.push(text.slice(q + spaceLenAt(text, q), end));
          q = end;
          lastEnd = q;
        }
      }
      // `Kasi Pemerintahan Desa Tirtosworo`, `Kaur Keuangan Desa X`: a village's staff, then the village's name (capitalised
      // `Desa` only: `Dinas Pemberdayaan Masyarakat dan Desa` ends on it)
      // (not a field closing a list, `Pemberdayaan Masyarakat dan Desa Banyuwangi`, nor before a regency's name)
      else if (VILLAGE_UNIT.has(lw) && w[0] !== lw && !/^(?:dan|&)$/iu.test(words[words.length - 2] ?? '')) {
        const end = villageNameAt(text, q, w[0]);
        const at = q + spaceLenAt(text, q);
        if (end > q && !regionStarts.has(at) && !bareRegionAt(text, at, def?.role ?? '', mentionedRegencies)) {
          words.push(text.slice(q + spaceLenAt(text, q), end));
          q = end;
          lastEnd = q;
        }
      }
      // `Reserse Kriminal Umum (Dirreskrimum) Polda Jatim`: an abbreviation in parentheses inside the unit, when
      // the unit goes on after it
      const pa = stickyAt(PAREN_ACR_RE, text, q);
      if (pa) {
        const after = q + pa[0].length;
        const s4 = spaceLenAt(text, after);
        const nw = s4 > 0 ? stickyAt(WORD_RE, text, after + s4) : null;
        if (nw && (ORG.has(nw[0].toLowerCase()) || isUnitCloser(nw[0])) && !regionStarts.has(after + s4) && !stickyAt(UNIT_NUMBER_RE, text, after + s4)) {
          q = after;
          lastEnd = q;
        }
      }
      const s2 = spaceLenAt(text, q);
      if (s2 > 0) {
        q += s2;
        continue;
      }
      // `Komunikasi, Informatika dan Statistik`: a comma inside the unit, when an organisation word follows
      // (and a serial comma before the last one: `Bidang Politik, Hukum, dan Keamanan`)
      const c2 = stickyAt(ORG_COMMA_RE, text, q);
      if (!c2 || !(ORG.has(c2[1]!.toLowerCase()) || PORTFOLIO.has(c2[1]!.toLowerCase()))) break;
      if (c2[1]!.toLowerCase() === 'dan' && !orgWordAt(text, q + c2[0].length)) break;
      words[words.length - 1] += ',';
      q += c2[0].length - c2[1]!.length;
    }
    while (words.length > 0 && ['dan', '&'].includes(words[words.length - 1]!.toLowerCase())) words.pop();
    if (words.length > 0 && lastEnd > 0) {
      out.org = words.join(' ');
      // `Kepala Dinas Komunikasi dan Informatika (Diskominfo) Kota Bima`
      out.end = skipParen(text, lastEnd);
      const s3 = spaceLenAt(text, out.end);
      if (s3 === 0) return out;
      p = out.end + s3;
    }
  }
  if (kind === 'district' || kind === 'village') {
    const mentioned = mentionedRegencies();
    const words: Array<{ w: string; end: number }> = [];
    // `Ketua PPS Desa Kadibolo X`, `Ketua KPPS 05 Kadibolo X`: the place's own unit word, or a polling station's number,
    // before its name
    const lead = stickyAt(PLACE_LEAD_RE, text, p);
    let q = lead ? p + lead[0].length : p;
    // a place name may hold a word that is never a person's (`Kepala Desa Sumber Jaya X`, `Lurah Pasar Baru`): such
    // words are read on, but a run holding one counts only as a name the gazetteer knows
    let plain = -1;
    let personAfter = false;
    for (let i = 0; i < 4; i++) {
      const w = stickyAt(CAP_WORD_RE, text, q) ?? (words.length > 0 ? stickyAt(LETTER_RE, text, q) : null);
      if (!w) break;
      // `Kades Jonggat Baiq Nurhayati`: a word that opens only a person's name ends the place's
      // (a rank too: `Kapolsek Gerung Iptu Made X`)
      if (words.length > 0 && (PERSON_OPENING.has(w[0].toLowerCase()) || RANK_HEAD.has(w[0].toLowerCase()))) {
        personAfter = true;
        break;
      }
      if (plain < 0 && notName(w[0].toLowerCase())) plain = words.length;
      words.push({ w: w[0], end: q + w[0].length });
      q += w[0].length;
      const s2 = spaceLenAt(text, q);
      if (s2 === 0) break;
      q += s2;
    }
    const look = kind === 'district' ? districtsByName : villagesByName;
    const commaAfterAll = words.length > 0 && commaLenAt(text, words[words.length - 1]!.end) > 0;
    // `Plt Kades Narimbang Mulya, Suherman`: two words a comma closes, with a name after the comma, are the place's
    // whole name even when the gazetteer knows only its first word (a name of one word never stands before the comma
    // of an apposition whose holder follows it)
    // (the same when a word that opens a person's name follows the place: `Kades Jonggat Baiq Nurhayati`)
    if (personAfter && words.length <= 2 && plain < 0 && look(words.map((x) => x.w).join(' ')).length === 0) {
      out.place = { code: '', name: words.map((x) => x.w).join(' ') };
      out.end = words[words.length - 1]!.end;
      return out;
    }
    if (commaAfterAll && words.length === 2 && plain < 0 && look(`${words[0]!.w} ${words[1]!.w}`).length === 0 && nameAfterComma(text, words[1]!.end)) {
      out.place = { code: '', name: `${words[0]!.w} ${words[1]!.w}` };
      out.end = words[1]!.end;
      return out;
    }
    // `Camat Selong, H. Ahmad`: the whole run before the comma is the place (when it is one).
    // `Camat Selong Ahmad Yani`: the longest gazetteer prefix is the place, the rest the name.
    // `Camat Sambelia mengimbau`, `Kades Sembalun Bumbung dan …`: the whole run is the place ("the camat of
    // Sambelia"), not a person. Villages are many (83k) and some carry people's names (`Rahayu`), so a whole
    // run counts as a village only inside a regency the article names, or when it names none.
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).map((x) => x.w).join(' ');
      const found = look(name);
      if (found.length === 0) continue;
      // one candidate, or the only one inside a regency the article names
      const inside = found.filter((a) => mentioned.has(regencyOf(a.code) ?? ''));
      if (n === words.length && !commaAfterAll && kind === 'village' && inside.length === 0 && mentioned.size > 0) continue;
      const inRegion = found.length === 1 ? found[0]! : inside.length === 1 ? inside[0]! : null;
      out.place = { code: inRegion?.code ?? '', name };
      out.end = words[n - 1]!.end;
      // `Kades Sukamaju Kecamatan Cibeber X`: the village's kecamatan belongs to the title
      if (kind === 'village') {
        const k = stickyAt(KECAMATAN_AFTER_RE, text, out.end);
        const end = k ? districtNameAt(text, out.end + k[0].length - 1) : -1;
        if (k && end > out.end + k[0].length) out.end = end;
      }
      // `Anggota Panwascam Wedi Divisi Hukum, Pencegahan … dan Humas, X`: a member's division after the place
      out.end = skipTail(text, out.end);
      return out;
    }
    // a place the gazetteer does not know, its name read where the article writes it closed by a comma after the same
    // post (`Kasus Kepala Desa Pansur Natolu ke Pj Bupati` after `Kepala Desa Pansur Natolu, Tigor Manalu`), or its
    // first word when the place's own unit word led and two more capitalised words follow (`Ketua Panwaslu Kecamatan
    // Siborongborong Jonner Simanjuntak`: a place is named by one word more often than a person)
    const unitLed = (lead !== null && /^\p{L}/u.test(lead[0])) || UNIT_ENDED_RE.test(def?.phrase ?? '');
    const known = plain < 0 && !commaAfterAll ? placeWrittenElsewhere(text, pos, words) : 0;
    if (known > 0 || (unitLed && plain < 0 && words.length >= 3 && !commaAfterAll)) {
      const n = known > 0 ? known : 1;
      out.place = { code: '', name: words.slice(0, n).map((x) => x.w).join(' ') };
      out.end = words[n - 1]!.end;
      return out;
    }
    if (plain >= 0) words.length = plain;
    if (commaAfterAll && words.length <= 2 && plain < 0) {
      out.place = { code: '', name: words.map((x) => x.w).join(' ') };
      out.end = words[words.length - 1]!.end;
    }
    return out;
  }
  // `Dandim 0905/Balikpapan`
  const unit = stickyAt(UNIT_NUMBER_RE, text, p);
  // `Kepala Dinas Pendidikan Gowa X`: right after a unit's name, a region's name needs no other context (the
  // regions extractor asks one of a name that is also a person's, and a unit's words are none of its cues)
  const r =
    regionStarts.get(p) ??
    (unit ? regionStarts.get(p + unit[0].length) : undefined) ??
    (out.org ? bareRegionAt(text, p, def?.role ?? '', mentionedRegencies) : undefined) ??
    lowerRegionAt(text, p, def?.role ?? '');
  if (r) {
    out.region = r;
    // `Penjabat Gubernur Nusa Tenggara Timur (NTT)`
    out.end = skipParen(text, r.end);
    // `Kapolres Bima Kota`, `Polres Malang Kota`: a unit named after a regency's name and `Kota` serves the city
    const k = out.end === r.end ? stickyAt(CITY_AFTER_RE, text, r.end) : null;
    if (k) {
      const city = regionsNamed(areaByCode(r.code)?.core ?? r.bare, 'walikota')?.find((a) => a.level === 'city');
      out.region = city ? { end: r.end + k[0].length, code: city.code, bare: r.bare } : r;
      out.end = r.end + k[0].length;
    }
  } else if (unit) {
    // `Danrem 141/Toddopuli`, `Pangdam I/Bukit Barisan`: after a unit number and its slash, the unit's name (1–3
    // capitalised words, up to a rank, an honorific or a comma) belongs to the title even when it is no region
    let q = p + unit[0].length;
    for (let i = 0; i < 3; i++) {
      const w = stickyAt(CAP_WORD_RE, text, q);
      if (!w || HONORIFIC_WORDS.has(w[0].toLowerCase()) || RANK_HEAD.has(w[0].toLowerCase())) break;
      out.end = q + w[0].length;
      const s2 = spaceLenAt(text, out.end);
      if (s2 === 0) break;
      q = out.end + s2;
    }
    // a number alone before a rank (`Danyon 521 Letkol …`) is the unit's whole name
    if (out.end < p && !unit[0].includes('/')) out.end = p + unit[0].trimEnd().length;
    // the unit (`XIV/Hasanuddin`) names the institution (`Kodam XIV/Hasanuddin`) but no region
    if (out.end > p) out.place = { code: '', name: text.slice(p, out.end).replace(/[ \t]+/gu, ' ') };
  }
  out.end = skipTail(text, out.end);
  return out;
}

/** The region named by the longest run of 1–3 capitalised words at `p` (`Gowa`, `Tanjung Jabung Barat`), or
 *  undefined. A name several areas share is the one the article names elsewhere, else the regency. */
export function bareRegionAt(text: string, p: number, role: string, mentionedRegencies: () => ReadonlySet<string>): RegionAt | undefined {
  const ends = capWordEnds(text, p);
  for (let n = ends.length; n >= 1; n--) {
    const bare = text.slice(p, ends[n - 1]).replace(/[ \t]+/gu, ' ');
    const areas = regionsNamed(bare, role);
    if (!areas) continue;
    const mentioned = areas.length > 1 ? mentionedRegencies() : null;
    const pick = areas.length === 1 ? areas[0]! : (areas.find((a) => mentioned!.has(a.code)) ?? areas.find((a) => a.level === 'regency') ?? areas[0]!);
    return { end: ends[n - 1]!, code: pick.code, bare };
  }
  return undefined;
}

/** Past the field of a post (`Bidang Pemerintahan dan Kesra`, `Divisi Hukum, Pencegahan dan Humas`), else `pos`.
 *  Only organisation words may follow the tail's first word; it ends on the last of them. */
function skipTail(text: string, pos: number): number {
  const t = stickyAt(TAIL_START_RE, text, pos);
  if (!t) return pos;
  let q = pos + t[0].length;
  let end = -1;
  for (let i = 0; i < 14; i++) {
    const w = stickyAt(TAIL_WORD_RE, text, q);
    if (!w) break;
    const lw = w[1]!.toLowerCase();
    if (!ORG.has(lw) || lw === 'dan' || lw === '&') {
      if (lw !== 'dan' && lw !== '&') break;
      q += w[0].length;
      continue;
    }
    q += w[0].length;
    end = q;
  }
  return end > 0 ? end : pos;
}

export function fillInstitution(def: TitleDef | null, acr: string | null, c: Complement): string | null {
  const regionWord = c.region ? regionLabel(c.region) : c.place ? c.place.name : null;
  if (acr) return c.region ? `${acr} ${regionWord}` : acr;
  if (!def) return null;
  if (c.national) return (def.institution ?? '').replace('{R}', 'RI').trim() || null;
  let t = def.institution;
  if (!t) return def.institutionAlone ?? null;
  if (t === '{ACR}') {
    // the body named at the end of the unit: `Bidang Pengawasan … KASN` → `KASN`, `… Kemendagri` → `Kemendagri`
    return (c.org ? unitInstitution(c.org) : null) ?? def.institutionAlone ?? null;
  }
  if (t.includes('{ORG}')) {
    if (!c.org) return def.institutionAlone ?? null;
    t = t.replace('{ORG}', c.org);
    return regionWord ? `${t.replace(' {R}', '')} ${regionWord}` : t.replace(' {R}', '');
  }
  // `Asisten Pemerintahan Setda Garut`, `Asisten Komisioner KASN Bidang …`: a regional post whose unit names its body
  if (t.startsWith('Pemda ') && c.org) {
    const body = c.org.split(/[\s,]+/u).find((w) => ACRONYM_WORDS.has(w.toLowerCase()) || CLOSER.has(w.toLowerCase()));
    if (body && (regionWord || (ACRONYM_WORDS.has(body.toLowerCase()) && !REGION_BOUND.has(body)))) return regionWord ? `${body} ${regionWord}` : body;
  }
  if (!regionWord) {
    if (def.institutionAlone) return def.institutionAlone;
    // a body without region: `Ketua Bawaslu` → `Bawaslu`
    const body = t.replace(' {R}', '');
    return REGION_BOUND.has(body) ? null : body;
  }
  if (t.startsWith('Pemda ') && c.region) {
    const lvl = areaByCode(c.region.code)?.level;
    t = t.replace('Pemda', lvl === 'province' ? 'Pemprov' : lvl === 'city' ? 'Pemkot' : 'Pemkab');
  }
  return t.replace('{R}', regionWord);
}

/** `NTB` stays `NTB`; `Lotim` → `Lombok Timur`; `Kabupaten Katingan` → `Katingan`. */
function regionLabel(r: RegionAt): string {
  if (/^\p{Lu}{2,5}$/u.test(r.bare)) return r.bare;
  return areaByCode(r.code)?.core ?? r.bare;
}

/** Provinces (by name) and regencies/cities (by core name), lower-cased; built on first use. */
let AREAS_BY_NAME: Map<string, Area[]> | null = null;
const REGION_BOUND: ReadonlySet<string> = new Set(REGION_BOUND_BODIES);
/** The provinces, regencies and cities called `name` (preferring the level the role governs), or null when none
 *  is: `Bone`, `Lombok Timur`, `Bengkulu`. */
export function regionsNamed(name: string, role: string): Area[] | null {
  if (!AREAS_BY_NAME) {
    AREAS_BY_NAME = new Map();
    for (const a of [...provinces(), ...regencies()]) {
      const k = (a.level === 'province' ? a.name : a.core).toLowerCase();
      const l = AREAS_BY_NAME.get(k);
      if (l) l.push(a);
      else AREAS_BY_NAME.set(k, [a]);
    }
  }
  const all = AREAS_BY_NAME.get(name.toLowerCase());
  if (!all) return null;
  const level = ROLE_REGION_LEVEL[role];
  const fit = level ? all.filter((a) => a.level === level) : all;
  return fit.length > 0 ? fit : all;
}

export function regionRef(code: string | null | undefined): RegionRef | null {
  if (!code) return null;
  const a = areaByCode(code);
  return a ? { code: a.code, name: a.name } : null;
}
