// Per-article working state shared by the statement parsers: paragraphs, sentences, and small text helpers.
import type { DateMention, ExtractContext, Official, RegionMention } from '../../model.js';
import { sentenceSpans } from '../../nlp/sentences.js';
import { countWordRuns } from '../../text/words.js';

export interface Range {
  start: number;
  end: number;
}

/** How a candidate names its speaker; resolved later, in text order, by `SpeakerResolver`. */
export type SpeakerCue =
  /** A name and/or title written at [start,end) (`kata Sugito`, `jelas Gubernur`). */
  | { kind: 'phrase'; start: number; end: number; rule: string; titleAfter: Range | null; allowStated: boolean }
  /** A pronoun at `pos` (`katanya`, `kata dia`, `Ia menyatakan`): the last speaker before it. */
  | { kind: 'pronoun'; pos: number; rule: string }
  /** The subject of a clause [start,end) before a reporting verb (`Sugito menyatakan …`). */
  | { kind: 'subject'; start: number; end: number; rule: string }
  /** A quote paragraph with no attribution: the speaker of paragraph `para - 1`. */
  | { kind: 'prev-paragraph'; para: number; rule: string }
  | { kind: 'none' };

/** A `phrase` cue with every field in the literal's order (a spread copy of one would get another hidden
 *  class). */
export function phraseCue(start: number, end: number, rule: string, titleAfter: Range | null, allowStated: boolean): SpeakerCue {
  return { kind: 'phrase', start, end, rule, titleAfter, allowStated };
}

/** A statement before its speaker is resolved. */
export interface Candidate {
  kind: 'direct' | 'indirect';
  /** Content ranges (several for multi-paragraph or split quotes). */
  parts: Range[];
  quote: string;
  start: number;
  end: number;
  cue: SpeakerCue;
  /** Where the speaker is named: candidates are resolved in this order (the pronoun chain). */
  pos: number;
  rule: string;
  /** A direct quote with an attribution of any kind. */
  attributed: boolean;
  /** The reporting verb when it names the speech act (`meminta`, `mengimbau`: INDIRECT_VERBS `act`); the
   *  type is read from it and the content together. */
  act?: string;
}

export interface Doc {
  ctx: ExtractContext;
  text: string;
  /** Paragraphs (ctx.paragraphs, further split at line breaks that start a new line of prose). */
  paras: Range[];
  sentences: Range[];
  officials: Official[];
  regions: RegionMention[];
  dates: DateMention[];
}

const WS = /\s/u;
const UPPER_START = /^[\p{Lu}\p{N}"“„«'‘(\-–—•]/u;

/** Splits a paragraph at single line breaks unless the line wraps mid-sentence (next line starts lower-case
 *  after a line that does not end a sentence). */
function splitLines(text: string, p: Range, out: Range[]): void {
  let s = p.start;
  let i = text.indexOf('\n', s);
  while (i >= 0 && i < p.end) {
    let j = i + 1;
    while (j < p.end && WS.test(text[j]!)) j++;
    let k = i;
    while (k > s && WS.test(text[k - 1]!)) k--;
    const prev = k > s ? text[k - 1]! : '';
    const wrapped = !/[.!?…:"”»)]/u.test(prev) && !UPPER_START.test(text[j] ?? '');
    if (!wrapped) {
      if (k > s) out.push({ start: s, end: k });
      s = j;
    }
    i = text.indexOf('\n', j);
  }
  let e = p.end;
  while (e > s && WS.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}

export function buildDoc(
  ctx: ExtractContext,
  officials: Official[],
  regions: RegionMention[],
  dates: DateMention[],
): Doc {
  const text = ctx.text;
  const given = ctx.paragraphs.length > 0 ? ctx.paragraphs : [{ start: 0, end: text.length }];
  const paras: Range[] = [];
  for (const p of given) {
    let s = Math.max(0, p.start);
    const e = Math.min(text.length, p.end);
    while (s < e && WS.test(text[s]!)) s++;
    if (s < e) splitLines(text, { start: s, end: e }, paras);
  }
  const sentences: Range[] = [];
  for (const p of paras) sentenceSpans(text, p.start, p.end, sentences);
  return { ctx, text, paras, sentences, officials, regions, dates };
}

/** A new empty array that already has the hidden class of an array of objects. V8 gives an array a class
 *  per kind of element: a literal `[]` starts as "small integers" and changes class at its first object
 *  pushed, so a list that is sometimes left empty reaches its readers with a second class, and code
 *  compiled while every list held objects is thrown away at the first empty one ("wrong map"). For the
 *  lists a reader keeps (mentions, officials, name tokens), made by this instead of `[]`. */
export function objectList<T>(): T[] {
  const xs: T[] = [null as T]; // `null` is an object to V8: the array is created with object elements …
  xs.pop(); // … and keeps that kind once emptied
  return xs;
}

/** Up to this many items, `sortInPlace` uses its insertion sort. */
const SMALL_SORT = 32;

/** Sorts `xs` in place by `cmp`, stably: the same order as `Array.prototype.sort` (stable too) for the
 *  consistent comparators used here. The lists sorted per article are short and often already in order:
 *  an insertion sort allocates nothing and is linear on sorted input, where V8's sort allocates work
 *  arrays on every call. Long lists take the builtin. */
export function sortInPlace<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  if (xs.length > SMALL_SORT) return xs.sort(cmp);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

/** Ranges by start. */
export const byStart = (a: Range, b: Range): number => a.start - b.start;

/** Index of the range containing `pos` (ranges sorted, disjoint), or -1. */
export function rangeIndexAt(ranges: Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the last range whose start is <= pos (ranges sorted by start), or -1. */
export function lastRangeStartingAtOrBefore(ranges: Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** `/\s/u.test(String.fromCharCode(c))` (also the set `String.prototype.trim` removes). */
export function isJsSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false; // the common case: printable ASCII
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Only white space in [from, to) (`text.slice(from, to).trim() === ''` without the copies), or with `closing`
 *  also closing punctuation (`.,;!?`): the one blank-span test of the statement parsers. */
export function isBlank(text: string, from: number, to: number, closing = false): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c) || (closing && (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f))) continue;
    return false;
  }
  return true;
}

/** White space other than the ASCII space (`\s` is the set `isJsSpace` tests). */
const OTHER_SPACE = /[^\S ]/u;

/** Collapses white space to single spaces and trims (same result as `s.replace(/\s+/gu, ' ').trim()`).
 *  One pass by char code; text that is already squashed (most of it: quotes are squashed when built) is
 *  returned as is, with no regex run and no allocation. */
export function squash(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isJsSpace(s.charCodeAt(a))) a++;
  while (b > a && isJsSpace(s.charCodeAt(b - 1))) b--;
  // the first white space inside that is not a single ASCII space
  let i: number;
  if (a === 0 && b === s.length) {
    // nothing to trim (most quotes): two native scans, a double space and any other white space; a space
    // just before the latter starts the run
    const p1 = s.indexOf('  ');
    let p2 = s.search(OTHER_SPACE);
    if (p2 > 0 && s.charCodeAt(p2 - 1) === 32) p2--;
    i = p1 < 0 ? (p2 < 0 ? b : p2) : p2 < 0 ? p1 : Math.min(p1, p2);
  } else {
    for (i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c === 32 ? isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) break;
    }
  }
  if (i === b) return a === 0 && b === s.length ? s : s.slice(a, b);
  const out: string[] = [s.slice(a, i)];
  while (i < b) {
    // here s[i] starts a run of white space (never at the ends: they are trimmed)
    while (isJsSpace(s.charCodeAt(i))) i++;
    let j = i;
    while (j < b && !isJsSpace(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out.join(' ');
}

const QUOTE_MARKS = /["“”„«»'‘’]/gu;
/** The normalised form used for ids and de-duplication: lower case, no quote marks, squashed. */
export function normQuote(s: string): string {
  const low = s.toLowerCase();
  // removing quote marks is the rare case: only then can it leave white space to squash
  return squash(hasQuoteMark(low) ? low.replace(QUOTE_MARKS, '') : low);
}

/** `normQuote` of a quote that is already squashed (every candidate's quote is): lower-casing keeps it
 *  squashed, so only removing quote marks can leave white space to squash. */
export function normSquashedQuote(quote: string): string {
  return normSquashedLow(quote.toLowerCase());
}

/** `normSquashedQuote(quote)` from `quote.toLowerCase()` (which callers keep for `classify`). */
export function normSquashedLow(low: string): string {
  return hasQuoteMark(low) ? squash(low.replace(QUOTE_MARKS, '')) : low;
}

function hasQuoteMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // the marks are `"` `'` (below 0x28), `«` `»` and ‘ ’ “ ” „ (0xab and up): letters, digits and most
    // punctuation (0x28–0xaa) are ruled out by the first two comparisons
    if (c < 0x28) {
      if (c === 0x22 || c === 0x27) return true;
    } else if (c >= 0xab && (c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2018 || c === 0x2019)) return true;
  }
  return false;
}

/** Number of word tokens (`[\p{L}\p{N}]+` runs) in `s`, counting no further than `cap`: callers compare
 *  with a threshold, so they pass it and the count stops there instead of walking a whole paragraph. */
export function wordCount(s: string, cap?: number): number {
  return countWordRuns(s, cap);
}

/** Trims white space off both ends of [start,end) and a trailing comma (`"…," kata X`). */
export function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && WS.test(text[s]!)) s++;
  for (;;) {
    while (e > s && WS.test(text[e - 1]!)) e--;
    if (e > s && (text[e - 1] === ',' || text[e - 1] === ';')) e--;
    else break;
  }
  return { start: s, end: e };
}

/** The quote text of a candidate's parts, joined by one space, white space squashed. */
export function partsText(text: string, parts: Range[]): string {
  if (parts.length === 1) return squash(text.slice(parts[0]!.start, parts[0]!.end)); // most quotes
  return squash(parts.map((p) => text.slice(p.start, p.end)).join(' '));
}

/** A dateline at the start of a paragraph when the cleaner reported none: `KASONGAN, PROKALTENG.CO – `,
 *  `Pangkalpinang (ANTARA) - ` (must hold an all-caps word). */
const DATELINE = /^\p{Lu}[\p{L}\p{N} .,()]{1,60}?\s[–—-]\s/u;

/** Where the text after a dateline opening at `start` begins (the cleaner's dateline, else one shaped as
 *  DATELINE), or `start` when none opens there. */
export function afterDateline(doc: Doc, start: number): number {
  const dl = doc.ctx.dateline?.text;
  if (dl && doc.text.startsWith(dl, start)) return start + dl.length;
  const m = DATELINE.exec(doc.text.slice(start, start + 80));
  return m && /\p{Lu}{3,}/u.test(m[0]) ? start + m[0].length : start;
}
