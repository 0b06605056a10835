// Date refiner 5, kinds: publication / reference / election / event / period, read from the words around
// each date (needs final spans, hence last; the order is fixed in index.ts). Split out of refiners.ts.
import { firstAtOrAfter } from '../../text/search.js';
import { copyOf, type WorkDate } from './refiners.js';
import type { DateKind } from '../../model.js';
import { ELECTION_DATE_LINKS, PUBLICATION_LINE_WORDS, ELECTION_DAY_CUES, ELECTION_HOLD_VERBS, REFERENCE_DOCUMENTS, REFERENCE_VERBS, TIME_ZONES } from '../../lexicon/calendar.js';
import { ELECTION_NAMES } from '../../lexicon/violations.js';
import { isWordUnit } from '../../text/chars.js';
import type { TextIndex } from '../../text/index.js';
import { At, candidatesOf, wordKinds } from './scan.js';
import { isDatelineDate, lineAt } from './dateline-frame.js';
import { WB, WE, alternation, sentenceAt, type Sentences } from './text.js';

// ---- 5. kinds -------------------------------------------------------------------------------

export const ELECTION_DAY_RE = new RegExp(`${WB}(?:${alternation(ELECTION_DAY_CUES)})${WE}`, 'iu');
export const HOLD_RE = new RegExp(`${WB}(?:${alternation(ELECTION_HOLD_VERBS)})${WE}`, 'iu');
export const ELECTION_WORD_RE = new RegExp(`${WB}(?:${alternation(Object.keys(ELECTION_NAMES))})${WE}`, 'iu');
/** `Pilkada Serentak 2024 pada 27 November 2024`: an election name right before the date. */
export const ELECTION_JUST_BEFORE = new RegExp(
  `${WB}(?:${alternation(Object.keys(ELECTION_NAMES))})` +
    `(?:\\s{0,2},?\\s{1,2}(?:${alternation(ELECTION_DATE_LINKS)}|(?:19|20)\\d{2})\\.?){0,4}\\s{0,2},?\\s{1,2}$`,
  'iu',
);
/** How far around a date a voting-day cue (`pemungutan suara`) may stand; after the date only
 *  within its own clause (`27 November 2024 sebagai hari pencoblosan`). */
export const ELECTION_CUE_BEFORE = 120;
export const ELECTION_CUE_AFTER = 60;
export const REF_DOC_RE = new RegExp(`${WB}(?:${alternation(REFERENCE_DOCUMENTS)})${WE}`, 'iu');
export const REF_VERB_RE = new RegExp(`${WB}(?:${alternation(REFERENCE_VERBS)})${WE}`, 'iu');
export const TERTANGGAL_END = /(?<![\p{L}])tertanggal\s{0,2}$/iu;
/** Its longest match (12 units) and the character its look-behind reads (2 units when astral): testing the
 *  window's last TERTANGGAL_REACH units is testing the window. */
export const TERTANGGAL_REACH = 14;
export const DATE_CUE_END = /(?<![\p{L}])(?:tanggal|tgl\.?|tertanggal)\s{0,2}:?\s{0,2}$/iu;
export const WINDOW = 160;

export interface TopRegion {
  /** Offset where the page top (header, date lines, headline) ends. */
  end: number;
}

/** The top of the page: at most 8 non-empty lines in the first 600 characters, ending at the first
 *  long (body) line. */
export function topRegion(text: string): TopRegion {
  let pos = 0;
  let lines = 0;
  while (pos < text.length && pos < 600 && lines < 8) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const len = nl - pos;
    if (len > 160) break;
    if (text.slice(pos, nl).trim() !== '') lines++;
    pos = nl + 1;
  }
  return { end: Math.min(pos, text.length) };
}


export const PUBLICATION_WORDS = new Set(PUBLICATION_LINE_WORDS);
/** The rule of a live report's stamp (live-stamps.ts). */
export const LIVE_STAMP_RULE = 'live-stamp';

/** A date line: besides the date (and its time) at most two words, all on one side of it, each a
 *  capitalised name or a publication word (`Jakarta, Jumat 22 November 2024`, `Diterbitkan
 *  22/11/2024 10:15`); never `Rapat digelar 5 November 2024`. */
/** A clock time with its zone (`pukul 10.15 WIB`), taken off a line before its words are read. */
const CLOCK_TIME = new RegExp(`(?:pukul\\s{0,2})?\\d{1,2}[.:]\\d{2}(?:\\s{0,2}(?:${alternation(TIME_ZONES)}))?`, 'giu');

export function isDateLine(text: string, start: number, end: number): boolean {
  const [ls, le] = lineAt(text, start);
  if (end > le) return false;
  const before = text.slice(ls, start).match(/\p{L}+/gu) ?? [];
  const after = text.slice(end, le).replace(CLOCK_TIME, '').match(/\p{L}+/gu) ?? [];
  if (before.length > 0 && after.length > 0) return false;
  const words = before.length > 0 ? before : after;
  if (words.length > 2) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || PUBLICATION_WORDS.has(w.toLowerCase()));
}

/** Context is read at most this far from the date, so huge "sentences" stay linear. */
export const SENTENCE_REACH = 300;

/** `s.split(/[,;.]/u)[0]` without the array of parts. */
export function upToClauseMark(s: string): string {
  const cut = s.search(/[,;.]/u);
  return cut < 0 ? s : s.slice(0, cut);
}

export { firstAtOrAfter } from '../../text/search.js';
export { isDatelineDate, lineAt };

/**
 * False when a `WB(?:…)WE` word regex of lexicon family `kind` surely finds nothing in `text.slice(a, b)`, so
 * that it need not run (most dates have no voting-day cue or election name near them; the regexes, tried at
 * every position of their window, were the bulk of this refiner). A match on the slice starts at a word start
 * with the first word of an entry, which is, in the whole text, either a run that `candidates` lists (`starts`)
 * or a word cut by the slice's start or end (the regex sees the slice's edge as a word boundary): those two
 * are looked up as words of their own.
 */
export function mayMatchIn(text: string, a: number, b: number, kind: At, starts: readonly number[]): boolean {
  if (a >= b) return false;
  const i = firstAtOrAfter(starts, a);
  if (i < starts.length && starts[i]! < b) return true;
  const bit = 1 << kind;
  if (a > 0 && isWordUnit(text.charCodeAt(a - 1)) && isWordUnit(text.charCodeAt(a))) {
    let e = a + 1;
    while (e < b && isWordUnit(text.charCodeAt(e))) e++;
    if ((wordKinds(text, a, e) & bit) !== 0) return true;
  }
  if (b < text.length && isWordUnit(text.charCodeAt(b)) && isWordUnit(text.charCodeAt(b - 1))) {
    let s = b - 1;
    while (s > a && isWordUnit(text.charCodeAt(s - 1))) s--;
    if ((wordKinds(text, s, b) & bit) !== 0) return true;
  }
  return false;
}

export function classifyKinds(list: WorkDate[], index: TextIndex, published: string | null, sentences: Sentences): WorkDate[] {
  const text = index.text;
  const top = topRegion(text);
  const { lists } = candidatesOf(index);
  const out: WorkDate[] = [];
  for (const c0 of list) {
    const c = copyOf(c0);
    c.kind = isPeriod(c) ? 'period' : kindOf(c, text, published, sentences, top, lists);
    out.push(c);
  }
  return out;
}

/** A month or a year, not a day (`Oktober 2024`, `tahun lalu`, `pada 2019`, `setahun kemudian`). */
export function isPeriod(c: WorkDate): boolean {
  if (c.iso !== null) return c.iso.length < 10;
  const r = c.relative;
  if (r === null) return c.day === null && (c.month !== null || c.year !== null);
  return (r.kind === 'period' || r.kind === 'anchored') && r.precision !== 'day';
}

export function kindOf(
  c: WorkDate,
  text: string,
  published: string | null,
  sentences: Sentences,
  top: TopRegion,
  lists: ReadonlyArray<readonly number[]>,
): DateKind {
  // (a live report's stamp near the top is an update's time, not the page's publication line)
  if (c.rule !== LIVE_STAMP_RULE && c.end <= top.end && isPublicationLine(text, c, published)) return 'publication';
  const [s0, s1] = sentenceAt(sentences, c.start);
  const ss = Math.max(s0, c.start - SENTENCE_REACH);
  const se = Math.min(Math.max(s1, c.end), c.end + SENTENCE_REACH);
  const b0 = Math.max(ss, c.start - WINDOW);
  const before = text.slice(b0, c.start);
  if (
    TERTANGGAL_END.test(before.slice(-TERTANGGAL_REACH)) ||
    // the cheap end-anchored cue first, on the last 16 characters (its longest match, `tertanggal : `, is
    // 15 plus one for the look-behind): the two word scans over the whole window only run after a cue
    (DATE_CUE_END.test(before.slice(-16)) && (REF_DOC_RE.test(before) || REF_VERB_RE.test(before)))
  ) {
    return 'reference';
  }
  // each regex only where `mayMatchIn` finds the first word of one of its entries (the conjunctions below are
  // of pure tests, so their order is free: the election name, rarer than `di`, is looked for first)
  const dayCues = lists[At.ElectionDay]!;
  const names = lists[At.Election]!;
  const d0 = Math.max(ss, c.start - ELECTION_CUE_BEFORE);
  const d1 = Math.min(se, c.end + ELECTION_CUE_AFTER);
  const nameBefore = mayMatchIn(text, b0, c.start, At.Election, names);
  if (
    (mayMatchIn(text, d0, c.start, At.ElectionDay, dayCues) && ELECTION_DAY_RE.test(text.slice(d0, c.start))) ||
    (mayMatchIn(text, c.end, d1, At.ElectionDay, dayCues) && ELECTION_DAY_RE.test(upToClauseMark(text.slice(c.end, d1)))) ||
    (nameBefore && mayMatchIn(text, b0, c.start, At.Hold, lists[At.Hold]!) && ELECTION_WORD_RE.test(before) && HOLD_RE.test(before)) ||
    (nameBefore && ELECTION_JUST_BEFORE.test(before))
  ) {
    return 'election';
  }
  return 'event';
}

/** Only called inside the top region (≤ 600 characters), so the line search is cheap. */
export function isPublicationLine(text: string, c: WorkDate, published: string | null): boolean {
  // (a dateline's `d/m` without its year is the publication's too: dateline-paren.ts reads only that frame)
  if (isDateLine(text, c.start, c.end) || ((c.certain || c.rule === 'dateline-paren') && isDatelineDate(text, c.start, c.end))) return true;
  const [ls, le] = lineAt(text, c.start);
  return c.iso !== null && c.iso === published && le - ls <= 60;
}
