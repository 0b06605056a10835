// Photo credits and their captions at the top of a page (split from clean/page-top.ts, round 18: one file per job): a
// credit alone on its line, an upper-case credit, a caption between the headline and the lead, and the caption under a
// credit. page-top.ts steps over them between the headline and the lead; cascade step 3 notes the credited captions.
import { CAPTION_LABELS, PHOTO_CREDIT_SOURCES } from '../lexicon/boilerplate.js';
import { alt } from './rules/build.js';
import { matchDateline } from './dateline.js';

const SENTENCE_END = /[.!?]["”’)]?$/u;
const QUOTE_START = /^["“‘']/u;
const wordCount = (t: string): number => t.split(' ').length;

/** A photo caption between the headline and the lead: a caption label with its stop or colon first ("Ilustrasi. (Harian
 *  Jogja/…)", "Foto: …"), or a bracketed credit that names a photo source or a slash ending it ("… (FOTO: Humas …)",
 *  "(Dok. Istimewa)", "(Antara/Nama)"). Only stepped over between the headline and the lead, where no story text is yet. */
export function isCaptionAboveLead(text: string): boolean {
  return CAPTION_OPEN.test(text) || CREDIT_END.test(text) || isUpperCredit(text);
}

/** A photo's credit alone on its line: a caption label with its colon ("Foto: Republika/Nama"), an upper-case credit, or
 *  a bracketed one ("(Foto: Humas)", "(Antara/Nama)"). The line right above it is its caption (cascade step 3 notes it
 *  in `Gathered.credited`; withoutPageTop drops it between the headline and the lead: check14/03). */
export function isCreditLine(text: string): boolean {
  return CAPTION_OPEN.test(text) || isUpperCredit(text) || (text.charCodeAt(0) === 0x28 && CREDIT_ALONE.test(text));
}

/** An upper-case photo credit alone on its line: an outlet or a photo agency in capitals, a slash, the photographer
 *  ("POS-KUPANG.COM/ROBERT ROPO", "ANTARA FOTO/Nova Wahyudi", "FOTO: TRIBUN/ANDI", "DOK. HUMAS/PEMKAB"): check8/01. */
export function isUpperCredit(text: string): boolean {
  const label = CREDIT_LABEL.exec(text);
  return UPPER_CREDIT.test(label === null ? text : text.slice(label[0].length)) && text.split(' ').length <= UPPER_CREDIT_MAX_WORDS;
}
const CREDIT_LABEL = new RegExp(`^(?:${alt(CAPTION_LABELS)}|dok\\.?)\\s{0,2}:\\s{0,2}`, 'iu');
const UPPER_CREDIT = /^[\p{Lu}\p{N}][\p{Lu}\p{N} .&'-]{1,40}\s{0,2}\/\s{0,2}\p{Lu}[\p{L}\p{N}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}$/u;
/** Settings: an upper-case credit has at most this many words … */
export const UPPER_CREDIT_MAX_WORDS = 8;
/** … and the caption under it at most this many. */
export const CREDIT_CAPTION_MAX_WORDS = 40;

/** Whether line `i` is the caption of the photo credited on the line above it (`credited`: that line is a credit, an
 *  upper-case one or one a caption rule took): one sentence, no dateline, and the next line that stays (past lines
 *  `vanishes` says a later step removes: "Laporan Reporter …") the lead, opening with a dateline (check8/01:
 *  "POS-KUPANG.COM/ROBERT ROPO" / "Ketua Bawaslu Manggarai saat memberikan keterangan …, Kamis (10/10/2024)." /
 *  "Laporan Reporter …" / "POS-KUPANG.COM, RUTENG - …"). A lead under a credit opens with its dateline itself, and stays. */
export function isCaptionUnderCredit(texts: readonly string[], i: number, vanishes: (text: string) => boolean): boolean {
  const t = texts[i];
  if (t === undefined || wordCount(t) > CREDIT_CAPTION_MAX_WORDS || !SENTENCE_END.test(t) || /[.!?]["”’]?\s+["“]?\p{Lu}/u.test(t) || QUOTE_START.test(t)) return false;
  if (matchDateline(t, true) !== null) return false;
  let k = i + 1;
  while (k < texts.length && k <= i + CREDIT_CAPTION_GAP && vanishes(texts[k]!)) k++;
  return k < texts.length && matchDateline(texts[k]!, true) !== null;
}
/** Lines a later step removes that may stand between the caption and the lead. */
export const CREDIT_CAPTION_GAP = 3;
// (round 14: the escapes doubled. Written single in a template literal before, `\s` read as "s", `\(` opened a group
// and `\b` was a backspace, so the bracketed credit never matched and CREDIT_END took instead a line ending in a slash
// with no bracket after it: a credit in square brackets or bare, "… wali kota. [Suarabatam.id/Eko]", "… 2025.
// /KabarBanten/Dok. Prokopim", "Rep: Nama/ Red: Nama". That reading is kept as its own alternative, BARE_SLASH_END; it
// also takes a date "12/11/2024, 14:30 WIB", furniture as well between the headline and the lead.)
/** A photo's credit in brackets: a credit source's word and up to 60 more characters, or "outlet/name" (one shared body of
 *  CREDIT_ALONE, CREDIT_END and BRACKET_CREDIT_END: review18b). */
const BRACKETED_CREDIT = `\\((?:(?:${alt(PHOTO_CREDIT_SOURCES)})\\b[^()]{0,60}|[^()/]{1,40}/[^()]{1,40})\\)`;
const CREDIT_ALONE = new RegExp(`^${BRACKETED_CREDIT}$`, 'iu');
const CAPTION_OPEN = new RegExp(`^(?:${alt(CAPTION_LABELS)})\\s{0,2}[.:|–—-]`, 'iu');
const CREDIT_END = new RegExp(`${BRACKETED_CREDIT}$|[^()/]{1,40}/[^()]{1,40}$`, 'iu');

/** Whether a line ends with a photo's credit in brackets ("Ilustrasi Bawaslu (IDN Times/Tri Purna Jaya)", "… (Foto:
 *  Humas)"): a caption's end, never a headline's (round 18, clean18: an IDN Times page's caption under the byline and
 *  date was taken for the headline, and the headline above it went as a label). */
export function endsWithBracketCredit(text: string): boolean {
  return text.endsWith(')') && BRACKET_CREDIT_END.test(text);
}
const BRACKET_CREDIT_END = new RegExp(`${BRACKETED_CREDIT}$`, 'iu');
