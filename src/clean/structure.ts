// Structural furniture (issue 22, clean3): lines that no single-line pattern can tell from text, read by their shape
// and their neighbours (cascade step 3 and 3c). Word lists in src/lexicon/page-meta.ts.
//   - a post-meta row: a date, time or counter with the author and a few marker words between separators
//     ("Admin Redaksi | Rabu, 20 November 2024 | 1.284 views", "Oleh Fadli Rahman pada 31 Oktober 2024");
//   - the author's name alone right above such a row (regional3/02: "Rina Marlina" / "- 17 November 2024, 09:12 WIB");
//   - a previous/next label alone and the headline it links on the next line;
//   - a tag cloud: the lower-case short lines that end a page after its last sentence ("pj bupati takalar").
import { AUTHOR_BYLINE_LABELS, CLOCK_MERIDIEMS, CREDIT_LEAD_WORDS, STAFF_BYLINE_OPENERS, STAFF_NAMES } from '../lexicon/line-cues.js';
import { META_ROW_COUNT_LEADS } from '../lexicon/counter-words.js';
import { HEADLINE_PASSIVES, HEADLINE_VERBS } from '../lexicon/headline-verbs.js';
import { NUMERAL_UNITS } from '../lexicon/numerals.js';
import { TIME_ZONES } from '../lexicon/calendar.js';
import { READING_TIME_LABELS, READING_TIME_UNITS, READING_TIME_VERBS } from '../lexicon/boilerplate.js';
import { SIGNATURE_LINE_MAX_WORDS } from '../lexicon/station-and-print.js';
import { PAGE_NAV_DIRECTIONS, PAGE_NAV_NOUNS } from '../lexicon/page-head.js';
import { AUTHOR_AFFILIATION_HEADS, AUTHOR_AFFILIATION_MAX_WORDS, META_ROW_COUNTED, META_ROW_LINKS, META_ROW_MARKERS, POST_NAV_LABELS } from '../lexicon/page-meta.js';
import { alt, MONTH_ALT, WEEKDAY_ALT } from './rules/build.js';
import { firstMatch, rulesOf, type CleanRule } from './rules.js';
import { countSpacedWords } from '../text/words.js';
import type { Gathered } from './gathered.js';
import { dropPosterAbove, reactionCountUnder } from './social-post.js';
import type { Line } from './lines.js';
import { SPACE, WB as B, WE as E, alternationOf } from '../text/regex.js';


/** Settings: a post-meta row is at most this long, and has at most this many words besides its stamps and markers. */
export const META_ROW_MAX_CHARS = 160;
export const META_ROW_MAX_NAME_WORDS = 4;

const COUNTED = alt(META_ROW_COUNTED);
/** A reading time, counted like a counter ("4 menit baca", "Dibaca 2 menit", "Waktu baca: 3 menit", "5 min read"):
 *  the reading-time labels and units of src/lexicon/boilerplate.ts. */
const READING_UNIT = alt(READING_TIME_UNITS);
const READING_TIME = `${B}\\d{1,3}\\s{0,2}(?:${READING_UNIT})\\.?\\s{1,2}(?:${alt(READING_TIME_VERBS)})${E}|${B}(?:${alt([...READING_TIME_LABELS, ...READING_TIME_VERBS])})\\s{0,2}:?\\s{0,2}\\d{1,3}\\s{0,2}(?:${READING_UNIT})${E}`;
/** The stamps of a row, each in a named group: a counter (first: "1.284 views" is no time), a date, a time. */
const STAMPS = new RegExp(
  `(?<counter>${READING_TIME}|${B}\\d[\\d.,]{0,9}\\s{0,2}(?:rb|k|ribu)?\\s{0,2}(?:${COUNTED})${E}|${B}(?:${alt(META_ROW_COUNT_LEADS)})\\s{0,2}:?\\s{0,2}\\d[\\d.,]{0,9}(?:\\s{1,2}kali)?${E})` +
    `|(?<date>(?:${B}(?:${WEEKDAY_ALT})\\.?,?\\s{1,3})?(?:${B}\\d{1,2}\\s{1,3}(?:${MONTH_ALT})\\.?,?\\s{1,3}\\d{4}|${B}(?:${MONTH_ALT})\\.?\\s{1,3}\\d{1,2},?\\s{1,3}\\d{4}|${B}\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2})${E})` +
    `|(?<time>${B}\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s{0,2}(?:${alt([...TIME_ZONES, ...CLOCK_MERIDIEMS].map((w) => w.toLowerCase()))}))?${E})`,
  'giu',
);
const MARKERS = new RegExp(`${B}(?:${alt(META_ROW_MARKERS)})${E}\\s{0,2}:?`, 'giu');
const LINKS = new RegExp(`${B}(?:${alt(META_ROW_LINKS)})${E}\\s{0,2}:?`, 'giu');
/** Separators between the parts of a row (a spaced dash, a bar, a middle dot, a bullet, a comma, a colon). */
const SEPARATORS = /\s[-–—]\s|^[-–—•·]\s|[|·•,:]/gu;
const ROW_SEPARATOR = /[|·•]/u;
/** A name word: capitalised, or any case after `by`/`oleh` + a staff word ("By admin desa"). */
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]{0,30}$/u;
/** A unit's number after a name word (check6/03, a Kodim's information desk: "Pendim 1207 | Senin, 21 Oktober 2024 |
 *  Dilihat: 57"): never the row's first word. */
const UNIT_NUMBER = /^\d{2,4}$/u;
const ANY_WORD = /^\p{L}[\p{L}.'’_-]{0,30}$/u;
const BY_STAFF = new RegExp(`^(?:${alternationOf(STAFF_BYLINE_OPENERS, { space: SPACE.literal })})\\s{0,2}:?\\s{1,3}(?:${alt(STAFF_NAMES)})(?![\\p{L}\\p{N}])`, 'iu');
/** A credit word and a name, no colon (clean3/06: "Penulis Siti Nurjanah"): a row without stamps. */
const CREDIT_LEAD = new RegExp(`^(?:${alt(CREDIT_LEAD_WORDS)})\\s{1,3}`, 'iu');
const CREDIT_NAME = new RegExp(`^(?:${alt(CREDIT_LEAD_WORDS)})\\s{1,3}\\p{Lu}`, 'iu');
const DIGIT = /\d/u;
// (check6/07, a month-first date: "By Admin KKH On Okt 24, 2024" has its day's digit before a comma and the year)
const STAMP_HINT = /\d[:./-]\d|\d \p{L}|\d,? (?:19|20)\d\d/u;
const CLAUSE = /(?:^|\s)\p{Ll}[\p{Ll}-]* \p{Ll}[\p{Ll}-]* \p{Ll}/u;
/** Three lower-case words in a row: a clause (a row's, a label's or a Title Case headline's words are not). */
export function hasClause(text: string): boolean {
  return CLAUSE.test(text);
}
/** The first letters of BY_STAFF's and CREDIT_NAME's openings. */
const CREDIT_FIRST = /^[bopdrkejwf]/iu;

/**
 * Whether `text` is a post-meta row: 0 no; 1 a row of stamps alone (a date with a time or a separator: "11 Nov 2024 ·
 * 09:15"), which the cascade only takes at the edges of the body; 2 a row with a marker word or a counter (taken
 * wherever it stands). Besides its stamps and markers a row holds a name of at most META_ROW_MAX_NAME_WORDS
 * capitalised words and nothing else: "Rapat digelar pada 12 November 2024" and "Pencoblosan 27 November 2024" are
 * no rows.
 */
export function metaRow(text: string): 0 | 1 | 2 {
  // (most lines are sentences: their last character answers first)
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 /* . */ || last === 34 /* " */ || last === 0x201d /* ” */ || last === 33 /* ! */ || last === 63 /* ? */ || last === 59 /* ; */ || text.length > META_ROW_MAX_CHARS) return 0;
  // (a row without a digit has no stamp: only a staff or credit opening can make it one)
  const digit = DIGIT.test(text);
  if (!digit && !CREDIT_FIRST.test(text)) return 0;
  // (three lower-case words in a row are a clause: a row's words are names, markers and stamps)
  if (CLAUSE.test(text)) return 0;
  const byStaff = BY_STAFF.test(text);
  let stamps = 0;
  let strong = byStaff;
  let timed = false;
  // (a stamp has a digit before a separator and a digit, or before a word: "12/11", "09:15", "20 November", "0 Komentar";
  // a headline's year alone at its end has neither)
  let rest = !digit || !STAMP_HINT.test(text) ? text : text.replace(STAMPS, (...m: unknown[]) => {
    const g = m[m.length - 1] as { counter?: string; time?: string };
    stamps++;
    if (g.counter !== undefined) strong = true;
    if (g.time !== undefined) timed = true;
    return ' ';
  });
  if (stamps === 0 && !byStaff) return !digit && CREDIT_NAME.test(text) && isNameLine(text.replace(CREDIT_LEAD, '')) ? 2 : 0;
  rest = rest.replace(MARKERS, () => {
    strong = true;
    return ' ';
  });
  rest = rest.replace(LINKS, ' ').replace(SEPARATORS, ' ').trim();
  if (!strong && !timed && !ROW_SEPARATOR.test(text)) return 0;
  if (rest !== '') {
    const words = rest.split(/\s+/u);
    if (words.length > META_ROW_MAX_NAME_WORDS) return 0;
    const word = byStaff ? ANY_WORD : NAME_WORD;
    for (let k = 0; k < words.length; k++) if (!word.test(words[k]!) && !(k > 0 && UNIT_NUMBER.test(words[k]!))) return 0;
  }
  return strong ? 2 : 1;
}

/** A name alone: two to four capitalised words of letters ("Rina Marlina", "Muh. Rusdi"), no acronym, and none of them
 *  a verb of a headline's register: a short Title Case headline of a subject and its verb, "Kades Dilaporkan Bawaslu" /
 *  "Camat Hadiri Kampanye", stands in the same place above a date row (round 16, a Tribun sub-site's head: "Pilkada 2024"
 *  / "Kades Dilaporkan Bawaslu" / "Kamis, 21 November 2024 09:00 WIB"), and a name never holds such a word (the lexicon
 *  leaves out the stems that are also names). */
const NAME_LINE = /^\p{Lu}[\p{Ll}.'’-]{1,20}(?: \p{Lu}[\p{Ll}.'’-]{0,20}){1,3}$/u;
const HEADLINE_VERB_WORDS: ReadonlySet<string> = new Set([...HEADLINE_VERBS, ...HEADLINE_PASSIVES]);
/** (Nor does a name open with a number word: a headline's count of its subject, "Dua Lurah Langgar Netralitas".) */
export function isNameLine(text: string): boolean {
  if (!NAME_LINE.test(text)) return false;
  const words = text.split(' ');
  return NUMERAL_UNITS[words[0]!.toLowerCase()] === undefined && !words.some((w) => HEADLINE_VERB_WORDS.has(w.toLowerCase()));
}

/** A previous/next link's label alone on its line ("Previous Post", "« Sebelumnya"). */
const POST_NAV_ALONE = new RegExp(`^(?:[«‹←<]\\s{0,2})?(?:${alt(POST_NAV_LABELS)})\\s{0,2}:?(?:\\s{0,2}[»›→>])?$`, 'iu');
export function isPostNavLabel(text: string): boolean {
  return text.length <= 30 && POST_NAV_ALONE.test(text);
}
/** A row of previous/next links joined by a bar, a post's or a page's (round 15, check16/04, an e-paper: "« Halaman
 *  Sebelumnya | Halaman Berikutnya »"): every item a label, two at least. It links no headline of its own. */
const NAV_ITEM = new RegExp(`^(?:[«‹←<]\\s{0,2})?(?:${alt([...POST_NAV_LABELS, ...PAGE_NAV_NOUNS.flatMap((n) => PAGE_NAV_DIRECTIONS.map((d) => `${n} ${d}`))])})(?:\\s{0,2}[»›→>])?$`, 'iu');
export function isPostNavRow(text: string): boolean {
  if (text.length > 80 || !text.includes('|')) return false;
  const items = text.split('|');
  return items.length >= 2 && items.every((t) => NAV_ITEM.test(t.trim()));
}

/** Settings: a tag of a tag cloud has at most this many words, and a cloud at least this many lines. */
export const TAG_MAX_WORDS = 4;
export const TAG_CLOUD_MIN_LINES = 2;
/** A tag as a cloud prints it: lower-case words (and digits), no punctuation but a hyphen or an apostrophe. */
const TAG_LINE = /^[\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*(?: [\p{Ll}\p{N}][\p{Ll}\p{N}'’-]*){0,3}$/u;
const HAS_LETTER = /\p{L}/u;
/** (or editor initials, which a later step cuts: regional3/01 "(asm/nir)" above "pj bupati takalar") */
const SENTENCE_CLOSE = /[.!?]["”’)]?$|["”)]$/u;

/**
 * The index in `kept` where a tag cloud that ends the page begins (kept.length when there is none): the last lines,
 * at least TAG_CLOUD_MIN_LINES, each a tag (TAG_LINE, at most TAG_MAX_WORDS words), under a line that ends a sentence
 * (so the first of them is no broken line's continuation). A body never ends on lower-case words without a stop.
 */
export function tagCloudStart(kept: readonly Line[]): number {
  let i = kept.length;
  while (i > 0) {
    const t = kept[i - 1]!.text;
    if (t.length > 60 || !TAG_LINE.test(t) || !HAS_LETTER.test(t)) break;
    i--;
  }
  if (kept.length - i < TAG_CLOUD_MIN_LINES || i === 0 || !SENTENCE_CLOSE.test(kept[i - 1]!.text)) return kept.length;
  return i;
}

/** A sentence of body text: five words or more ending in `.`, `!` or `?`, counted after a dateline prefix
 *  (`Jakarta (ANTARA) - …`). Neither the dateline split nor the tail rules of a later step take such a line's
 *  words or its final mark away, so a second clean() sees the same sentences around a date line. */
export function isSentenceLine(text: string): boolean {
  if (!/[.!?]["”’»)]?$/u.test(text)) return false;
  const cut = text.slice(0, 60).search(/\s[-–—]\s/u);
  return countSpacedWords(cut >= 0 ? text.slice(cut + 3) : text, 5) >= 5;
}

/** Whether line `i` stands between body text: a kept sentence line before it and one after it that is not a
 *  repeat of a line before (a repeated block is removed by dedup, and a second clean() must see the same). */
export function betweenBody(kept: readonly Line[], nonBlank: readonly Line[], i: number): boolean {
  const before = new Set<string>();
  for (const l of kept) if (isSentenceLine(l.text)) before.add(l.text);
  if (before.size === 0) return false;
  for (let j = i + 1; j < nonBlank.length; j++) {
    const t = nonBlank[j]!.text;
    if (isSentenceLine(t) && !before.has(t)) return true;
  }
  return false;
}


/** Every rule a line is tried against in step 3 (bylines, block headings, lines). */
const STEP3_RULES: readonly CleanRule[] = [...rulesOf('byline'), ...rulesOf('block'), ...rulesOf('line')];
const LINE_RULES = rulesOf('line');
/** A widget split over two lines: each part has at most this many words. */
export const SPLIT_WIDGET_MAX_WORDS = 4;
/** Characters a widget's first half does not end with (a sentence's or a clause's end, a closing mark). */
const CLOSING = new Set(['.', '!', '?', ':', ';', ',', '"', '”', '’', ')', ']']);
const openEnd = (t: string): boolean => !CLOSING.has(t[t.length - 1]!);

/** The name alone on the line right above the byline `l` (kept's last line; never the first, the headline), above
 *  the body: the author (regional3/02: "Rina Marlina" / "- 17 November 2024, 09:12 WIB"). */
function dropNameAbove(kept: Line[], l: Line, out: Gathered): void {
  if (kept.length < 2) return;
  const p = kept[kept.length - 1]!;
  if (p.no !== l.no - 1 || !isNameLine(p.text) || kept.some((k) => isSentenceLine(k.text))) return;
  kept.pop();
  out.drop('byline', 'byline-name-line', p.raw);
}

/**
 * Step 3, a line no rule took (`nonBlank[i]`): a post-meta row (dropped; one of stamps alone only at the edges of the
 * body), or the first half of a widget split over two short lines ("Ikuti kami di" / "Google News", "1" / "2": the
 * two read as one line fire a line rule, neither alone does). Returns how many lines it took (0, 1 or 2).
 */
export function shapeLine(nonBlank: readonly Line[], i: number, kept: Line[], out: Gathered): number {
  const l = nonBlank[i]!;
  const t = l.text;
  // a previous/next label no rule names (clean3b/03: "Previous article"), and the headline it links
  if (isPostNavLabel(t)) {
    out.drop('related-link', 'post-nav-label', l.raw);
    return 1 + navHeadlines(nonBlank, i, 1, out);
  }
  if (isPostNavRow(t)) {
    out.drop('related-link', 'post-nav-row', l.raw);
    return 1;
  }
  const row = metaRow(t);
  if (row === 2 || (row === 1 && !betweenBody(kept, nonBlank, i))) {
    out.drop('byline', 'post-meta-row', l.raw);
    dropNameAbove(kept, l, out);
    // (a social post's time line, "25 November 2024 ·": its poster's name above it, clean/social-post.ts)
    dropPosterAbove(kept, l, out, isSentenceLine);
    return 1;
  }
  const next = nonBlank[i + 1];
  if (next === undefined || next.no !== l.no + 1 || !openEnd(t) || countSpacedWords(t, SPLIT_WIDGET_MAX_WORDS + 1) > SPLIT_WIDGET_MAX_WORDS) return 0;
  if (countSpacedWords(next.text, SPLIT_WIDGET_MAX_WORDS + 1) > SPLIT_WIDGET_MAX_WORDS || firstMatch(STEP3_RULES, next.text, -1, 50) !== null) return 0;
  const r = firstMatch(LINE_RULES, `${t} ${next.text}`, -1, 50);
  if (r === null) return 0;
  out.drop(r.kind, r.name, l.raw);
  out.drop(r.kind, r.name, next.raw);
  return 2;
}

/** A headline a previous/next label links: capitalised, 2–20 words, no sentence or clause end. */
const NAV_HEADLINE = /^["“]?[\p{Lu}\p{N}][^\n]{4,160}(?<![.,;:!?])$/u;

/**
 * Step 3, after rule `r` dropped `nonBlank[i]`: a byline (or a reading time) takes the author's name alone right above it; a
 * previous/next label alone takes the headline on the next line (clean3/08: "Sebelumnya" / "Pemkab Sikka Gelar Rakor
 * Stunting"). Returns how many lines after `i` it took (0 or 1).
 */
export function shapeDropsAfter(nonBlank: readonly Line[], i: number, kept: Line[], r: CleanRule, out: Gathered): number {
  const l = nonBlank[i]!;
  // (a reading time is a byline's part too: clean4/17, "Rudi Kurniawan" / "1 Menit Membaca" / "15 November 2024 9:12 WIB")
  // (a reporter's byline names its author itself: the capitalised line above it is the headline's second line,
  // clean5/12 "Kepala Sekolah … Arahkan Guru" / "Pilih Paslon Tertentu" / "Laporan Wartawan: M. Rizal")
  if ((r.kind === 'byline' && r.name !== 'reporter-byline') || r.name === 'reading-time-line') dropNameAbove(kept, l, out);
  if (r.scope === 'block') return 0;
  // a social post's furniture (clean/social-post.ts): the poster above its time line ("3 j ·"), a reaction label's count
  if (r.name === 'social-stamp-line') dropPosterAbove(kept, l, out, isSentenceLine);
  if (r.name === 'social-reaction-line') return reactionCountUnder(nonBlank, i, out);
  if (isPostNavLabel(l.text)) return navHeadlines(nonBlank, i, 1, out);
  // an op-ed author's affiliation under the "Oleh: …" byline above the body (check9/13: "Dosen Ilmu Pemerintahan …")
  if (AUTHOR_BYLINE.test(l.text) && isAffiliationUnder(nonBlank, i) && !kept.some((k) => isSentenceLine(k.text))) {
    out.drop('byline', 'author-affiliation', nonBlank[i + 1]!.raw);
    return 1;
  }
  // a disclaimer cut by a hard wrap takes its tail (check9/13: "*) Tulisan ini merupakan pendapat pribadi penulis dan
  // tidak mencerminkan" / "pandangan redaksi Priangan Timur Post."): lower-case lines right under it, to a final stop
  if (r.name.startsWith('disclaimer')) return wrapTails(nonBlank, i, out);
  // a signature's mark below the body takes the signer's post above it (ending with a comma) and the name under it
  if (r.name === 'signature-mark-line') return signatureAround(nonBlank, i, kept, out);
  // a related or video link announced with a colon (clean3b/04: "Tonton juga video berikut:" / "Debat Kedua
  // Pilwalkot Palembang Berlangsung Panas")
  if (r.kind === 'related-link' && l.text.charCodeAt(l.text.length - 1) === 58 /* : */) return navHeadlines(nonBlank, i, LINKED_HEADLINES_MAX, out);
  return 0;
}

const AUTHOR_BYLINE = new RegExp(`^(?:${alt(AUTHOR_BYLINE_LABELS)})\\s{0,2}:?\\s{1,3}\\p{Lu}`, 'iu');
const AFFILIATION = new RegExp(`^(?:${alt(AUTHOR_AFFILIATION_HEADS)})${E}[^.!?"“”]*$`, 'iu');

/** Whether the line right under line `i` is an author's affiliation: an occupation or a post first
 *  (AUTHOR_AFFILIATION_HEADS), no sentence mark, at most AUTHOR_AFFILIATION_MAX_WORDS words. */
function isAffiliationUnder(nonBlank: readonly Line[], i: number): boolean {
  const n = nonBlank[i + 1];
  return n !== undefined && n.no === nonBlank[i]!.no + 1 && AFFILIATION.test(n.text) && countSpacedWords(n.text, AUTHOR_AFFILIATION_MAX_WORDS + 1) <= AUTHOR_AFFILIATION_MAX_WORDS;
}

/** Drops the signer's post right above the mark at `i` (the last line kept, ending with a comma) and the signer's name
 *  right under it (no final stop but an abbreviation's, at most SIGNATURE_LINE_MAX_WORDS words); returns the lines taken
 *  after `i`. Only below the body (a sentence kept above). */
function signatureAround(nonBlank: readonly Line[], i: number, kept: Line[], out: Gathered): number {
  if (!kept.some((k) => isSentenceLine(k.text))) return 0;
  const above = kept[kept.length - 1];
  if (above !== undefined && above.no + 1 === nonBlank[i]!.no && above.text.endsWith(',') && countSpacedWords(above.text, SIGNATURE_LINE_MAX_WORDS + 1) <= SIGNATURE_LINE_MAX_WORDS) {
    kept.pop();
    out.drop('footer', 'signature-post', above.raw);
  }
  const n = nonBlank[i + 1];
  if (n === undefined || n.no !== nonBlank[i]!.no + 1 || !SIGNER.test(n.text) || countSpacedWords(n.text, SIGNATURE_LINE_MAX_WORDS + 1) > SIGNATURE_LINE_MAX_WORDS) return 0;
  out.drop('footer', 'signature-name', n.raw);
  return 1;
}
/** A signer's name: capitalised words, commas and degrees ("Nirwan Lapadjala, S.H.", "Dr. H. Ahmad, M.Si"), no clause. */
const SIGNER = /^(?:\p{Lu}[\p{L}.'’-]*,?)(?:\s(?:\p{Lu}[\p{L}.'’-]*,?|[\p{Lu}][\p{L}]?\.[\p{L}.]*,?))*$/u;

/** A wrapped furniture line's tail: at most this many lines. */
export const WRAP_TAIL_MAX_LINES = 3;
/** Drops the lower-case lines right under line `i` (whose text has no final stop) up to the one with a final stop; returns
 *  how many. */
function wrapTails(nonBlank: readonly Line[], i: number, out: Gathered): number {
  if (/[.!?]["”’)]?$/u.test(nonBlank[i]!.text)) return 0;
  let k = 0;
  for (; k < WRAP_TAIL_MAX_LINES; k++) {
    const n = nonBlank[i + 1 + k];
    if (n === undefined || n.no !== nonBlank[i + k]!.no + 1 || !/^\p{Ll}/u.test(n.text)) break;
    out.drop('footer', 'disclaimer-tail', n.raw);
    if (/[.!?]["”’)]?$/u.test(n.text)) return k + 1;
  }
  return k;
}

/** A link announced with a colon takes at most this many headlines under it. */
export const LINKED_HEADLINES_MAX = 3;

/** Drops the headlines (at most `max`) on the lines right under the label at `i`; returns how many. */
function navHeadlines(nonBlank: readonly Line[], i: number, max: number, out: Gathered): number {
  let k = 0;
  for (; k < max; k++) {
    const n = nonBlank[i + 1 + k];
    if (n === undefined || n.no !== nonBlank[i + k]!.no + 1 || !NAV_HEADLINE.test(n.text)) break;
    const w = countSpacedWords(n.text, 21);
    if (w < 2 || w > 20 || firstMatch(STEP3_RULES, n.text, -1, 50) !== null) break;
    out.drop('related-link', 'post-nav-headline', n.raw);
  }
  return k;
}
