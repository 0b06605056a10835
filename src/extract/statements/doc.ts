// Per-article working state shared by the statement parsers: paragraphs, sentences, and small text helpers.
import type { DateMention, ExtractContext, Official, RegionMention } from '../../model.js';
import { sentenceSpans } from '../../nlp/sentences.js';
import { countWords } from '../../nlp/words.js';

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
  for (const p of paras) for (const s of sentenceSpans(text, p.start, p.end)) sentences.push(s);
  return { ctx, text, paras, sentences, officials, regions, dates };
}

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

/** A run of white space that is not already a single ASCII space: only those need replacing (replacing
 *  every single space by itself made `squash` one regex match per word). */
const WS_TO_SQUASH = /(?:[^\S ]| \s)\s*/gu;
/** Collapses white space to single spaces and trims (same result as `s.replace(/\s+/gu, ' ').trim()`). */
export function squash(s: string): string {
  return s.replace(WS_TO_SQUASH, ' ').trim();
}

const QUOTE_MARKS = /["“”„«»'‘’]/gu;
/** The normalised form used for ids and de-duplication: lower case, no quote marks, squashed. */
export function normQuote(s: string): string {
  return squash(s.toLowerCase().replace(QUOTE_MARKS, ''));
}

/** Number of word tokens (`[\p{L}\p{N}]+` runs) in `s`. */
export function wordCount(s: string): number {
  return countWords(s);
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
  return squash(parts.map((p) => text.slice(p.start, p.end)).join(' '));
}
