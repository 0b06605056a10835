// Clean rules, part 3: the furniture of government portals (Diskominfo/Humas/Prokopim: counters, categories,
// contact footers, office hours, staff bylines, mastheads), TV network sites (player remnants, list headings,
// sponsor notes, reader promotions) and hacked sites (keyword-stuffed gambling lines). Motivated by the third
// blind set of issue 22 and written against fixtures/clean/portal 01–14 (15–21 held out); word lists in
// src/lexicon/page-furniture.ts. Each rule is structural: a label or a lexicon word, then a short value, on a
// whole short line (a sentence that merely holds the words goes on, or ends with a full stop).
import { APP_INSTALL_VERBS, READER_PROMO_OFFERS, SHARE_TO_WORDS, SHARE_VERBS, STREET_WORDS } from '../../lexicon/line-cues.js';
import { SPAM_AMOUNT_SUFFIXES, VISIT_COUNT_UNITS } from '../../lexicon/counter-words.js';
import { TIME_ZONES } from '../../lexicon/calendar.js';
import { SOCIAL_NETWORKS } from '../../lexicon/boilerplate.js';
import {
  CATEGORY_LABELS,
  CATEGORY_PHRASES,
  CONTACT_LABELS,
  COUNTER_LABELS,
  DISCLOSURE_LABELS,
  DISCLOSURE_SUBJECTS,
  DISCLOSURE_VERBS,
  GAMBLING_BRAND_STEMS,
  GAMBLING_SPAM_CONTEXT,
  GAMBLING_SPAM_CORE,
  GOVERNMENT_OWNERS,
  HOURS_WEEKDAYS,
  LIST_HEADING_NOUNS,
  LIST_HEADING_QUALIFIERS,
  MASTHEAD_INSTITUTIONS,
  POSTED_VERBS,
  PRESS_OFFICES,
  READER_CHANNELS,
  READER_PROMO_OPENERS,
  REGION_KINDS,
  SITE_WORDS,
  STAFF_WORDS,
  WIDGET_LINES,
} from '../../lexicon/page-furniture.js';
import { BYLINE_COLON_NOUNS, BYLINE_OPENERS } from '../../lexicon/page-head.js';
import { alt, endsWithParen, firstOf, prefixOf } from './build.js';
import type { CleanRule } from './types.js';
import { SPACE, WB as B, WE as E, alternationOf } from '../../text/regex.js';

/** Settings of these rules (named, so a change is one edit). */
export const PORTAL_SETTINGS = {
  /** A label-and-value line (counter, category, contact) has at most this many words. */
  labelLineMaxWords: 25,
  /** A keyword-stuffed gambling line has at most this many words. */
  gamblingMaxWords: 15,
  /** A list heading ("Pilihan Untuk Anda") has at most this many words. */
  listHeadingMaxWords: 5,
} as const;

/** A `first` class with each letter in both cases (for a pattern without the `i` flag that spells its words with
 *  `anyCase`). */
const bothCases = (cls: string): string => [...new Set([...cls.toLowerCase(), ...cls.toUpperCase()])].join('');
/** `anyCase`, and each word of an entry capitalised too ("Tim Redaksi", "Humas Setda"). */
export function caseForms(list: readonly string[]): string {
  return alt(caseFormList(list));
}
/** The forms `caseForms` allows, as a list (for the `first` and `prefix` hints of a pattern without `i`). */
export function caseFormList(list: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of list) {
    const low = w.toLowerCase();
    out.add(low).add(w.toUpperCase()).add(low.charAt(0).toUpperCase() + low.slice(1));
    out.add(low.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase()));
  }
  return [...out];
}
/** No sentence end: the text does not end with a full stop (a label line is not a sentence). */
const noFinalStop = (t: string): boolean => t.charCodeAt(t.length - 1) !== 46; /* . */

const WEEKDAY = `(?:${alt(HOURS_WEEKDAYS)})`;
const UPTO = `\\s{0,3}(?:[-–—]|s\\.?\\s?d\\.?|s/d|sampai|hingga)\\s{0,3}`;
const TIME = `\\d{1,2}[.:]\\d{2}`;
const HOURS_SPAN = `${WEEKDAY}(?:${UPTO}${WEEKDAY})?\\s{0,3}[:,]?\\s{0,3}(?:pukul\\s{1,3})?${TIME}${UPTO}${TIME}(?:\\s{1,3}(?:${alt(TIME_ZONES.map((z) => z.toLowerCase()))}))?`;

// (regional2/10: "daftar sbobet88 login mudah", "BOCORAN ADMIN JARWO 💥 DEPO 10K WD 5JT 💥": a core word with a number glued on, a
// deposit or payout amount, the spam's persona "admin <name>", emoji between the words)
const GAMBLING_AMOUNT = `\\d{1,3}(?:${alt(SPAM_AMOUNT_SUFFIXES)})`;
const GAMBLING_PERSONA = '(?:admin|Admin|ADMIN)\\s{1,3}\\p{L}{2,12}';
/** The brand stems in capitals, glued into a brand name ("SLOT88", "MEGAWIN"): the pattern is anchored at both ends of
 *  the line and only tested, so the kit's branch order cannot change what it finds. */
const GAMBLING_STEM = `(?:${alternationOf(GAMBLING_BRAND_STEMS.map((s) => s.toUpperCase()), { space: SPACE.literal })})`;
const GAMBLING_TOKEN = `(?:(?:${caseForms([...GAMBLING_SPAM_CORE, ...GAMBLING_SPAM_CONTEXT])})(?:\\d{1,4})?|${GAMBLING_AMOUNT}|${GAMBLING_PERSONA}|[\\p{Lu}\\p{N}]{0,12}${GAMBLING_STEM}[\\p{Lu}\\p{N}]{0,12})`;
const GAMBLING_CORE = `(?:(?:${caseForms(GAMBLING_SPAM_CORE)})(?:\\d{1,4})?|[\\p{Lu}\\p{N}]{1,12}${GAMBLING_STEM}[\\p{Lu}\\p{N}]{0,12}|${GAMBLING_STEM}[\\p{Lu}\\p{N}]{1,12})`;
/** `quick` of `gambling-vocabulary-line`: a core word (or brand stem) somewhere, in any case, and no final stop. */
const GAMBLING_QUICK = new RegExp(alt([...GAMBLING_SPAM_CORE, ...GAMBLING_BRAND_STEMS]), 'iu');

/** One segment of a breadcrumb: 1–4 words, the first capitalised. */
/** A breadcrumb's segment: a capitalised word and up to three more. */
export const CRUMB = "\\p{Lu}[\\p{L}\\p{N}.'’-]{0,30}(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]{0,30}){0,3}";
const LIST_WORD = `(?:${alt([...LIST_HEADING_NOUNS, ...LIST_HEADING_QUALIFIERS])})`;

/** The rules of part 3, all line scope except where noted (in cascade order, after parts 1 and 2). */
export const PORTAL_RULES: readonly CleanRule[] = [
  // portal/02: "Hits: 87", "Pengunjung Hari Ini : 312", "Total Pengunjung : 1.204.556"; portal/07: "Online: 4" — a
  // counter: its label and a bare number ending the line ("Hari ini 12 ASN dipanggil" says what was counted)
  {
    name: 'counter-line',
    prefix: prefixOf(COUNTER_LABELS),
    first: firstOf(COUNTER_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 8,
    pattern: new RegExp(
      `^(?:${alt(COUNTER_LABELS)})\\s{0,3}[:：]?\\s{0,3}\\d[\\d.,]{0,12}(?:\\s{0,2}(?:${alt(VISIT_COUNT_UNITS)}|x|views?|visitors?))?$`,
      'iu',
    ),
  },
  // portal/01: "Kategori: Berita Daerah"; portal/02: "Posted in Berita Daerah, Pemerintahan" — a category line (a
  // colon after "Kategori"; "Kategori pelanggaran yang paling banyak …" is a sentence)
  {
    name: 'category-line',
    prefix: prefixOf(CATEGORY_LABELS, CATEGORY_PHRASES),
    first: firstOf(CATEGORY_LABELS, CATEGORY_PHRASES),
    quick: noFinalStop,
    kind: 'furniture',
    scope: 'line',
    maxWords: 12,
    pattern: new RegExp(`^(?:(?:${alt(CATEGORY_LABELS)})\\s{0,3}[:：]|(?:${alt(CATEGORY_PHRASES)})${E}\\s{0,3}:?)\\s{0,3}\\S[^\\n]{0,200}(?<!\\.)$`, 'iu'),
  },
  // portal/01: "Telp. (0370) 6123456 | Email: diskominfo@…"; portal/07: "Alamat: Jl. Letjen S. Parman No. 108, …",
  // "Email: humas@…"; portal/02: "Jam Pelayanan: Senin - Kamis 08.00 - 16.00 WITA" — a contact line: its label, a
  // colon (or a phone number right away), and a value with a digit or an address sign. "Telepon genggam milik
  // camat itu disita." has neither.
  {
    name: 'contact-line',
    prefix: prefixOf(CONTACT_LABELS),
    first: firstOf(CONTACT_LABELS),
    quick: noFinalStop,
    kind: 'footer',
    scope: 'line',
    maxWords: PORTAL_SETTINGS.labelLineMaxWords,
    pattern: new RegExp(
      `^(?:${alt(CONTACT_LABELS)})(?:\\s{0,3}[:：]\\s{0,3}|\\s{1,3}(?=[(+]?\\d))(?=[^\\n]{0,200}[\\d@])\\S[^\\n]{0,200}(?<!\\.)$`,
      'iu',
    ),
  },
  // portal/01: "Jl. Tioq Tata Tunaq No. 1, Tanjung, Lombok Utara 83352" — a street address alone: a street, then a
  // house number or a postal code, no sentence end ("Jalan Pejanggik No. 12 menjadi lokasi posko." ends with a stop)
  {
    name: 'street-address-line',
    prefix: prefixOf(STREET_WORDS),
    first: 'j',
    quick: noFinalStop,
    kind: 'footer',
    scope: 'line',
    maxWords: 20,
    pattern: new RegExp(`^(?:${alt(STREET_WORDS)})\\.?\\s{1,3}(?=[^\\n]{0,160}(?:(?<![\\p{L}\\p{N}])no\\.?\\s{0,2}\\d|(?<![\\p{L}\\p{N}])kode\\s{1,3}pos|(?<![\\p{L}\\p{N}])\\d{5}(?![\\p{L}\\p{N}])))\\S[^\\n]{0,200}(?<!\\.)$`, 'iu'),
  },
  // portal/13: "Jam Kerja: Senin – Jumat 07.30 – 16.00 WITA" (also without a label) — office hours: weekday spans
  // and time spans, nothing else
  {
    name: 'office-hours-line',
    kind: 'footer',
    scope: 'line',
    prefix: `${prefixOf(HOURS_WEEKDAYS)}|jam`,
    first: `${firstOf(HOURS_WEEKDAYS)}j`,
    maxWords: 24,
    pattern: new RegExp(`^(?:jam\\s{1,3}\\p{L}{3,12}\\s{0,3}:?\\s{0,3})?${HOURS_SPAN}(?:\\s{0,3}[,;|]?\\s{0,3}${HOURS_SPAN}){0,3}\\s{0,2}\\.?$`, 'iu'),
  },
  // portal/04: "Tim Redaksi"; portal/07: "Admin Humas"; portal/01: "Diposting oleh admin"; portal/06: "Oleh Redaksi"
  // — a staff byline without a date: a staff word (or a posting verb with `oleh`/`by` and a name), then at most
  // three capitalised words. "Admin grup itu ditangkap." goes on in lower case.
  {
    name: 'staff-byline-line',
    kind: 'byline',
    scope: 'line',
    maxWords: 7,
    // (the pattern has no `i` flag, so its hint holds both cases)
    // (round 15, check16/03: a byline's opener of the page's head, lexicon/page-head.ts BYLINE_OPENERS, before `oleh`
    // and a name: "Laporan oleh …", "Liputan oleh …", "Foto oleh …"; "Laporan oleh Bawaslu diteruskan." is a sentence)
    first: bothCases(firstOf(STAFF_WORDS, POSTED_VERBS, BYLINE_OPENERS, ['oleh', 'by'])),
    pattern: new RegExp(
      `^(?:(?:(?:${caseForms(POSTED_VERBS)})\\s{1,3})?(?:(?:oleh|Oleh|OLEH|by|By|BY)\\s{0,3}:?\\s{1,3})?(?:${caseForms(STAFF_WORDS)})|` +
        `(?:${caseForms([...POSTED_VERBS, ...BYLINE_OPENERS])})\\s{1,3}(?:oleh|Oleh|OLEH|by|By|BY)\\s{0,3}:?\\s{1,3}\\p{Lu}[\\p{L}.'’-]{0,24}|` +
        // (or a reporter's work noun and a colon: "Liputan: Nama"; a name has no digit, "Laporan: 21 Aduan …" is none)
        `(?:${caseForms(BYLINE_COLON_NOUNS)})\\s{0,2}:\\s{1,3}\\p{Lu}[\\p{L}.'’-]{0,24})` +
        // (or the site's handle in lower case, alone after the staff word: clean5b/07 "Admin kabarbanua")
        `(?:(?:\\s{1,3}(?:\\p{Lu}[\\p{L}.'’-]{0,24}|${caseForms(PRESS_OFFICES)}))${'{0,3}'}|\\s{1,3}[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}._-]{2,30})$`,
      'u',
    ),
  },
  // portal/13: "Selamat Datang di Website Resmi Pemerintah Kabupaten Sumbawa" — a portal's welcome banner
  {
    name: 'welcome-banner-line',
    prefix: prefixOf(['selamat']),
    first: 's',
    kind: 'furniture',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(`^selamat\\s{1,3}datang\\s{1,3}(?:di\\s{1,3})?(?:${alt(SITE_WORDS)})${E}`, 'iu'),
  },
  // portal/07: "Pemerintah Kota Bengkulu"; portal/09: "Kabupaten Sumbawa Barat"; portal/06: "RADARMANDALIKA.ID" — the
  // site's masthead: a government body and its region, or a bare domain, alone on the line. Only at the edges of the
  // text: between body lines a region's name is a heading of a round-up.
  {
    name: 'site-masthead-line',
    kind: 'masthead',
    scope: 'byline',
    edgesOnly: true,
    maxWords: 6,
    pattern: new RegExp(
      // (check6/04: "Bawaslu Provinsi Kalimantan Timur", a body with its own site; check4/05: "PORTAL RESMI PEMERINTAH KOTA
      // PEKALONGAN", the site's word before the owner)
      `^(?:(?:(?:${caseForms(SITE_WORDS)})\\s{1,3})?(?:(?:${caseForms([...GOVERNMENT_OWNERS, ...MASTHEAD_INSTITUTIONS])})\\s{1,3})?(?:${caseForms(REGION_KINDS)})\\s{1,3}\\p{Lu}[\\p{L}.'’-]{1,24}(?:\\s{1,3}\\p{Lu}[\\p{L}.'’-]{1,24}){0,2}` +
        `|[\\p{L}\\p{N}-]{2,40}(?:\\.[\\p{L}]{2,6}){1,2})$`,
      'u',
    ),
  },
  // portal/09: "Skip to content"; portal/10: "Play"; portal/13: "PPID", "Layanan Publik"; portal/14: "Lihat Semua" —
  // a menu item, player button or list button alone on its line
  {
    name: 'widget-line',
    prefix: prefixOf(WIDGET_LINES),
    first: firstOf(WIDGET_LINES),
    kind: 'furniture',
    scope: 'line',
    maxWords: 5,
    pattern: new RegExp(`^(?:${alt(WIDGET_LINES)})\\s{0,2}[:.»›>]?$`, 'iu'),
  },
  // portal/04: "00:00 / 02:15"; portal/10: "00:00" — a video player's time codes
  {
    name: 'video-timecode-line',
    first: '\\d',
    kind: 'furniture',
    scope: 'line',
    maxWords: 3,
    pattern: /^\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,3}\/\s{0,3}\d{1,2}:\d{2}(?::\d{2})?)?$/u,
  },
  // portal/04: "#Pilgub Jateng #Netralitas ASN #Bawaslu" — hashtags written with spaces, two or more, nothing else
  {
    name: 'hashtag-phrase-line',
    first: '#',
    quick: noFinalStop,
    kind: 'furniture',
    scope: 'line',
    maxWords: 20,
    pattern: /^#[\p{L}\p{N}][^#\n]{0,40}(?:#[\p{L}\p{N}][^#\n]{0,40}){1,10}(?<!\.)$/u,
  },
  // portal/05: "slot88", "togel online"; portal/11: "Mahjong Ways 2", "KOITOTO situs toto macau link alternatif" —
  // a keyword-stuffed gambling line: every word is gambling-spam vocabulary (or a brand glued to a gambling word)
  // and one is a word news does not use. "Polisi Tangkap Bandar Judi Slot di Selong" has other words; "Judi
  // Online" has no spam word.
  {
    name: 'gambling-vocabulary-line',
    quick: (t) => noFinalStop(t) && GAMBLING_QUICK.test(t),
    kind: 'spam',
    scope: 'line',
    maxWords: PORTAL_SETTINGS.gamblingMaxWords,
    pattern: new RegExp(
      `^(?=[^\\n]{0,300}?${B}${GAMBLING_CORE}${E})${GAMBLING_TOKEN}${E}(?:[\\s|,/>:•·&+!\\p{Extended_Pictographic}\\u{FE0F}-]{1,6}${GAMBLING_TOKEN}${E}){0,14}[\\s!\\p{Extended_Pictographic}\\u{FE0F}]{0,6}$`,
      'u',
    ),
  },
  // portal/04: "Konten ini dibuat oleh tim redaksi iNews.id dan tidak mewakili pandangan pengiklan." — a note on
  // who made or paid for the page ("Artikel ini merupakan bagian dari jaringan …")
  {
    name: 'disclosure-line',
    prefix: prefixOf(DISCLOSURE_SUBJECTS, DISCLOSURE_LABELS),
    first: firstOf(DISCLOSURE_SUBJECTS, DISCLOSURE_LABELS),
    kind: 'footer',
    scope: 'line',
    maxWords: 45,
    // (clean3b/05: behind a label, "Disclaimer: Artikel ini merupakan hasil kerja sama …")
    pattern: new RegExp(`^(?:(?:${alt(DISCLOSURE_LABELS)})\\s{0,2}:\\s{0,3})?(?:${alt(DISCLOSURE_SUBJECTS)})\\s{1,3}(?:${alt(DISCLOSURE_VERBS)})${E}`, 'iu'),
  },
  // portal/04: "Simak breaking news dan berita pilihan kami langsung di ponselmu."; portal/08: "Gabung Channel",
  // "Berita Terkini, Eksklusif di WhatsApp Kami" — a promotion of the outlet's channels: an opener, a channel, and
  // news (or the channel itself, or an app to install). "Ikuti arahan kami, jangan gabung grup WhatsApp paslon."
  // names no news.
  {
    name: 'reader-promo-line',
    prefix: prefixOf(READER_PROMO_OPENERS),
    first: firstOf(READER_PROMO_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 40,
    pattern: new RegExp(
      `^(?=(?:${alt(READER_PROMO_OPENERS)})${E})(?=[^\\n]{0,240}?${B}(?:${alt(READER_CHANNELS)})${E})` +
        `(?=[^\\n]{0,240}?${B}(?:${alt(READER_PROMO_OFFERS)}|(?:${alt(APP_INSTALL_VERBS)})\\s{1,3}aplikasi)${E})\\S`,
      'iu',
    ),
  },
  // portal/01: "Bagikan ke: Facebook Twitter WhatsApp" — a share bar whose label has a preposition (`ke`, `via`,
  // `on`, `to`)
  {
    name: 'share-bar-to-line',
    prefix: prefixOf(SHARE_VERBS),
    first: 'sb',
    kind: 'furniture',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(
      `^(?:${alt(SHARE_VERBS)})(?:\\s{1,3}(?:artikel|berita)(?:\\s{1,3}ini)?)?\\s{1,3}(?:${alt(SHARE_TO_WORDS)})\\s{0,2}:?\\s{1,3}(?:${alt(SOCIAL_NETWORKS)})(?:\\s{0,3}[,|/·•]?\\s{0,3}(?:${alt(SOCIAL_NETWORKS)})){0,10}$`,
      'iu',
    ),
  },
  // portal/07: "Hak Cipta © 2024 Pemerintah Kota Bengkulu" — a short line with a copyright sign (body text never
  // has one)
  {
    name: 'copyright-sign-line',
    quick: (t) => t.includes('©'),
    kind: 'footer',
    scope: 'line',
    maxWords: 24,
    pattern: /^[^\n©]{0,80}©/u,
  },
  // portal/06: "Bersambung ke halaman 7" — a print story's continuation note
  {
    name: 'continued-line',
    prefix: `\\(|${prefixOf(['bersambung'])}`,
    first: '(b',
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    pattern: /^\(?bersambung(?:\s{1,3}ke\s{1,3}(?:halaman|hal\.?|hlm\.?)\s{0,3}\d{1,3})?\s{0,2}[.)]{0,2}$/iu,
  },

  // portal/07: "Berita / Pemerintahan / Detail Berita" — a breadcrumb without a home word: three or more capitalised
  // segments of 1–4 words joined by spaced path signs (`/`, `>`, `»`, `›`; not `|`, which tables use)
  {
    name: 'breadcrumb-path-line',
    first: '\\p{Lu}',
    quick: (t) => t.includes(' / ') || t.includes(' > ') || t.includes(' » ') || t.includes(' › '),
    kind: 'furniture',
    scope: 'line',
    maxWords: 16,
    // (check12/08: "Kabar Banten › Banten Raya" — with the path signs no prose writes, `›` and `»`, two segments are a
    // breadcrumb already; with `/` and `>`, which a sentence may hold, three or more)
    pattern: new RegExp(`^${CRUMB}(?:(?: [/»›>] ${CRUMB}){2,6}| [»›] ${CRUMB})$`, 'u'),
  },

  // ─── block ──────────────────────────────────────────────────────────────────────────────────
  // portal/04: "Pilihan Untuk Anda", "Topik Menarik"; portal/10: "Tonton Juga"; portal/08: "Tag :" — the heading
  // of a list of other stories or tags: a few list words, one of them a qualifier (pilihan, terkait, menarik …),
  // or a bare tag label with its colon
  {
    name: 'list-heading',
    prefix: prefixOf(LIST_HEADING_NOUNS, LIST_HEADING_QUALIFIERS),
    first: firstOf(LIST_HEADING_NOUNS, LIST_HEADING_QUALIFIERS),
    kind: 'related-block',
    scope: 'block',
    maxWords: PORTAL_SETTINGS.listHeadingMaxWords,
    pattern: new RegExp(
      `^(?:(?:${LIST_WORD}\\s{1,3}){0,3}(?:${alt(LIST_HEADING_QUALIFIERS)})(?:\\s{1,3}${LIST_WORD}){0,3}\\s{0,2}[:»>]?|(?:tags?|tag\\s{1,3}terkait|topik)\\s{0,2}[:：])$`,
      'iu',
    ),
  },

  // ─── tail ───────────────────────────────────────────────────────────────────────────────────
  // portal/09: "(Prokopim KSB)"; portal/06: "(ewi/r5)"; check6/03: "(Pendim 1207/Ptk)" (a desk, its unit number and
  // initials) — a press office credited in brackets, or initials with a
  // digit, after the last sentence (or alone). "… dilaporkan ke Badan Kepegawaian Negara (BKN)" keeps its acronym.
  {
    name: 'press-office-paren',
    quick: endsWithParen,
    kind: 'editor-initials',
    scope: 'tail',
    pattern: new RegExp(
      `(?:^|(?<=[.!?"”’…]))\\s{0,3}\\((?:(?:${caseForms(PRESS_OFFICES)})(?:\\s{1,3}[\\p{L}\\p{N}./-]{1,20}){0,3}|(?=[^)\\n]{0,60}\\p{N})(?=[^)\\n]{0,60}\\p{L})[\\p{L}\\p{N}*]{1,8}(?:\\s{0,2}/\\s{0,2}[\\p{L}\\p{N}*]{1,8}){1,5})\\)$`,
      'u',
    ),
  },
];
