// Clean rules, part 6: the furniture of radio and TV stations' sites, print views, signed documents, reader prompts,
// donation banners and credits glued to the page's address (issue 22, round 9: kinds seen on fixtures/clean/check6 and the released parts of clean5,
// clean5b and check3). Word lists in src/lexicon/station-and-print.ts. Each rule reads a whole short line built like a
// label or a widget, never like a clause: a label and a short value, an opener and a contact, a question about "this
// piece"; a body sentence holding the same words has other words around them or ends with a full stop.
import { HEADER_WEEKDAYS } from '../../lexicon/boilerplate.js';
import { HEADER_MONTHS, TIME_ZONES } from '../../lexicon/calendar.js';
import {
  DOCUMENT_KINDS,
  DOCUMENT_NUMBER_LABELS,
  DONATION_OPENERS,
  DONATION_WORDS,
  DOWNLOAD_VERBS,
  FILE_KINDS,
  ON_AIR_LABELS,
  PRINT_DATE_LABELS,
  PRINT_VIEW_LABELS,
  PROGRAMME_NOUNS,
  PROGRAMME_PROMO_VERBS,
  PROGRAMME_SLOT_WORDS,
  PROMO_EXCLAMATIONS,
  REACTION_PIECES,
  REACTION_WORDS,
  REQUEST_LINE_CHANNELS,
  REQUEST_LINE_OPENERS,
  SIGNATURE_MARKS,
  SIGNED_DOCUMENT_OPENERS,
  SOCIAL_TIME_UNITS,
} from '../../lexicon/station-and-print.js';
import { alt, firstOf, HEADER_DATE_FIRST, HEADER_DATE_SRC, prefixOf } from './build.js';
import type { CleanRule } from './types.js';
import { SPACE, WB as B, WE as E, alternationOf } from '../../text/regex.js';
import { DOWNLOAD_TAILS, FILE_SIZE_UNITS } from '../../lexicon/line-cues.js';

/** Named settings: the longest line each kind of furniture makes (in words). */
export const STATION_PRINT_SETTINGS = {
  printViewMaxWords: 10,
  printDateMaxWords: 10,
  onAirMaxWords: 14,
  requestLineMaxWords: 14,
  documentNumberMaxWords: 10,
  reactionMaxWords: 10,
  donationMaxWords: 18,
  downloadMaxWords: 7,
  programmePromoMaxWords: 20,
} as const;

/** The last character is not a full stop (a label or widget line is no sentence). */
const noFinalStop = (t: string): boolean => t.charCodeAt(t.length - 1) !== 46; /* . */
/** A date or time as a print view stamps it: digits and separators, month and weekday names, a time zone, "pukul". */
const STAMP_PART = `(?:${alt([...HEADER_MONTHS.flat(), ...HEADER_WEEKDAYS, ...TIME_ZONES, 'pukul', 'jam'])}${E}|[\\d\\s,./:–-])`;
/** A phone number: eight or more digits, spaced or dashed ("0811-5123-992", "0812 2233 4455", "(0511) 4721992"). */
const PHONE = '\\(?\\+?\\d[\\d() -]{6,18}\\d';
/** A document's number: segments joined by slashes ("061/RILIS/BKN/X/2024", "800/1245/BKPSDM/2024"). */
const DOC_NUMBER = '[\\p{L}\\p{N}.-]{1,14}(?:\\s{0,2}/\\s{0,2}[\\p{L}\\p{N}.-]{1,14}){1,6}';

/** Editors' initials in brackets ("(mar/mar)", "(ant)", "(rd/sbfm)"). */
const CREDIT_PAREN = '\\([\\p{L}\\p{N}*]{1,8}(?:\\s{0,2}/\\s{0,2}[\\p{L}\\p{N}*]{1,8}){0,4}\\)';
/** A web address with its scheme or `www.`. */
const URL = '(?:https?://|www\\.)[^\\s()]{3,300}';

export const STATION_PRINT_RULES: readonly CleanRule[] = [
  // check8/04, a radio station's site: "Dengarkan selengkapnya dalam program Kabar Sakti pukul 17.00 WIB." — a listening
  // or watching imperative, a programme word and its slot (a time, "setiap …"), whatever the final mark: a reporter's
  // sentence holding the verb ("Dengarkan aspirasi warga, kata Bupati.") names no programme with a slot
  {
    name: 'programme-promo-line',
    prefix: prefixOf(PROGRAMME_PROMO_VERBS),
    first: firstOf(PROGRAMME_PROMO_VERBS),
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.programmePromoMaxWords,
    pattern: new RegExp(`^(?:${alt(PROGRAMME_PROMO_VERBS)})${E}(?=[^\\n]{0,120}?${B}(?:${alt(PROGRAMME_NOUNS)})${E})(?=[^\\n]{0,160}?${B}(?:${alt(PROGRAMME_SLOT_WORDS)})${E})[^"“”\\n]{0,200}$`, 'iu'),
  },
  // check8/04: "Jangan lewatkan!" under a programme promo — a "don't miss it" or "stay tuned" line alone, with its mark
  {
    name: 'promo-exclamation-line',
    prefix: prefixOf(PROMO_EXCLAMATIONS),
    first: firstOf(PROMO_EXCLAMATIONS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 5,
    pattern: new RegExp(`^(?:${alt(PROMO_EXCLAMATIONS)})\\s{0,2}(?:!{1,3}|\\.{3}|…)$`, 'iu'),
  },
  // check6/10, a newspaper's print view: "Versi cetak - Harian Palu Ekspres" — the view's label, alone or before
  // the outlet's name
  {
    name: 'print-view-line',
    prefix: prefixOf(PRINT_VIEW_LABELS),
    first: firstOf(PRINT_VIEW_LABELS),
    quick: noFinalStop,
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.printViewMaxWords,
    pattern: new RegExp(`^(?:${alt(PRINT_VIEW_LABELS)})${E}(?:\\s{0,3}[-–—|:]\\s{0,3}[\\p{L}\\p{N}][\\p{L}\\p{N} .,'’&-]{0,60})?(?<!\\.)$`, 'iu'),
  },
  // check6/10: "Tanggal cetak: 02/11/2024 20:14" — the print view's date: its label, then only a date and a time
  // ("Dicetak pada 5 November sebanyak 200 ribu lembar" has other words)
  {
    name: 'print-date-line',
    prefix: prefixOf(PRINT_DATE_LABELS),
    first: firstOf(PRINT_DATE_LABELS),
    quick: noFinalStop,
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.printDateMaxWords,
    pattern: new RegExp(`^(?:${alt(PRINT_DATE_LABELS)})\\s{0,3}:?\\s{0,3}(?=[^\\n]{0,40}\\d)${STAMP_PART}{1,60}(?<!\\.)$`, 'iu'),
  },
  // check6/08, a radio station's site: "On Air: Banjar Pagi Ini (06.00–09.00 WITA)" — the on-air label, a colon
  // or a dash, and the programme
  {
    name: 'on-air-line',
    prefix: prefixOf(ON_AIR_LABELS),
    first: firstOf(ON_AIR_LABELS),
    quick: noFinalStop,
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.onAirMaxWords,
    pattern: new RegExp(`^(?:${alt(ON_AIR_LABELS)})\\s{0,2}[:：|–—-]\\s{0,3}[\\p{L}\\p{N}"“'‘(][^\\n]{0,100}(?<!\\.)$`, 'iu'),
  },
  // check6/08: "Request lagu via WhatsApp 0811-5123-992"; clean5b/05: "Request lagu? Kirim WA ke 0812 2233 4455" — a
  // station's request line: its opener, then a phone number or a channel to reach the studio by
  {
    name: 'request-line',
    prefix: prefixOf(REQUEST_LINE_OPENERS),
    first: firstOf(REQUEST_LINE_OPENERS),
    quick: noFinalStop,
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.requestLineMaxWords,
    pattern: new RegExp(`^(?:${alt(REQUEST_LINE_OPENERS)})${E}(?=[^\\n]{0,120}(?:${PHONE}|${B}(?:${alt(REQUEST_LINE_CHANNELS)})${E}))[^\\n]{0,140}(?<!\\.)$`, 'iu'),
  },
  // check6/05, a press release page: "SIARAN PERS NOMOR: 061/RILIS/BKN/X/2024"; clean5/15, a circular: "NOMOR
  // 800/1245/BKPSDM/2024" — a document's number alone on its line (a sentence citing it has other words)
  {
    name: 'document-number-line',
    prefix: prefixOf(DOCUMENT_KINDS, DOCUMENT_NUMBER_LABELS),
    first: firstOf(DOCUMENT_KINDS, DOCUMENT_NUMBER_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.documentNumberMaxWords,
    pattern: new RegExp(`^(?:(?:${alt(DOCUMENT_KINDS)})\\s{1,3})?(?:${alt(DOCUMENT_NUMBER_LABELS)})\\s{0,2}:?\\s{0,3}${DOC_NUMBER}(?:\\s{1,3}tahun\\s{1,3}\\d{4})?$`, 'iu'),
  },
  // clean5/13: "Suka tulisan ini?"; clean3b/02: "Kamu Sudah Menonton Video Ini?" — a reaction prompt: a short question
  // about this piece with a word of liking, rating or watching ("Apakah ini bisa diubah?" names no piece; a quotation
  // opens with its mark)
  {
    name: 'reaction-prompt-line',
    quick: (t) => t.charCodeAt(t.length - 1) === 63 /* ? */,
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.reactionMaxWords,
    pattern: new RegExp(
      `^(?=[^\\n]{0,100}${B}(?:${alt(REACTION_WORDS)})${E})(?=[^\\n]{0,100}${B}(?:${alt(REACTION_PIECES)})\\s{1,3}(?:ini|this)${E})[^"“'‘\\n][^\\n]{2,100}\\?$`,
      'iu',
    ),
  },
  // check3/11: "Dukung Jubi: donasi untuk jurnalisme independen di Tanah Papua" — a donation banner: a call to
  // support, the outlet's name and a colon, then a word of giving
  {
    name: 'donation-banner-line',
    prefix: prefixOf(DONATION_OPENERS),
    first: firstOf(DONATION_OPENERS),
    quick: noFinalStop,
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.donationMaxWords,
    pattern: new RegExp(`^(?:${alt(DONATION_OPENERS)})${E}[^:\\n.]{0,40}:\\s{0,3}(?:[^\\n]{0,60}${B})?(?:${alt(DONATION_WORDS)})${E}[^\\n]{0,120}(?<!\\.)$`, 'iu'),
  },
  // clean5/17: "(mar/mar)https://poskupang-online.example/2024/11/09/asn-pemprov-ntt-dilarang" — the editors' initials
  // in brackets glued to the page's address (or the address first): a credit and a link, no text
  {
    name: 'credit-url-line',
    first: '(hw',
    kind: 'editor-initials',
    scope: 'line',
    maxWords: 3,
    pattern: new RegExp(`^(?:${CREDIT_PAREN}\\s{0,2}${URL}|${URL}\\s{0,2}${CREDIT_PAREN})$`, 'iu'),
  },
  // clean4b/03, a Facebook post pasted as news: "12 j ·" — a post's age, its short unit, the dot before the audience
  // icon (a figure and a unit alone with the dot: no sentence)
  {
    name: 'social-stamp-line',
    first: HEADER_DATE_FIRST,
    kind: 'furniture',
    scope: 'line',
    maxWords: 8,
    // (clean21: a date with the audience icon after the dot, "5 November 2024 · 🌏", which no meta row reads; without
    // the icon, "25 November 2024 ·", the meta row takes it and dates the page: clean/structure.ts)
    pattern: new RegExp(`^(?:\\d{1,3}\\s{0,2}(?:${alt(SOCIAL_TIME_UNITS)})\\s{0,2}[·•]\\s{0,2}\\p{Extended_Pictographic}?|${HEADER_DATE_SRC}\\s{0,2}[·•]\\s{0,2}\\p{Extended_Pictographic}\\uFE0F?)$`, 'iu'),
  },
  // clean5/15: "Dokumen ini telah ditandatangani secara elektronik" — an e-signed document's footnote
  {
    name: 'signed-document-line',
    prefix: prefixOf(SIGNED_DOCUMENT_OPENERS),
    first: firstOf(SIGNED_DOCUMENT_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 40,
    pattern: new RegExp(`^(?:${alt(SIGNED_DOCUMENT_OPENERS)})${E}`, 'iu'),
  },
  // check9/09, a release's sign-off: "Ketua Bawaslu Kabupaten Poso," / "ttd." / "Nirwan Lapadjala, S.H." — the signature's
  // mark alone on its line (the post above and the name under it go with it: clean/structure.ts)
  {
    name: 'signature-mark-line',
    prefix: `\\(|${prefixOf(SIGNATURE_MARKS)}`,
    first: `(${firstOf(SIGNATURE_MARKS)}`,
    kind: 'footer',
    scope: 'line',
    maxWords: 4,
    pattern: new RegExp(`^(?:\\(\\s{0,2})?(?:${alt(SIGNATURE_MARKS)})\\.?(?:\\s{0,2}\\))?$`, 'iu'),
  },
  // clean5/15: "Unduh PDF (218 KB)" — a download link: the verb, the file's kind, its size
  {
    name: 'file-download-line',
    prefix: prefixOf(DOWNLOAD_VERBS),
    first: firstOf(DOWNLOAD_VERBS),
    kind: 'furniture',
    scope: 'line',
    maxWords: STATION_PRINT_SETTINGS.downloadMaxWords,
    pattern: new RegExp(
      `^(?:${alt(DOWNLOAD_VERBS)})\\s{1,3}(?:${alt(FILE_KINDS)})${E}(?:\\s{1,3}(?:${alternationOf(DOWNLOAD_TAILS, { space: SPACE.literal })}))?(?:\\s{0,3}[(\\[]\\s{0,2}\\d[\\d.,]{0,6}\\s{0,2}(?:${alt(FILE_SIZE_UNITS)}|bytes?)\\s{0,2}[)\\]])?\\s{0,2}[:»›>]{0,3}$`,
      'iu',
    ),
  },
];
