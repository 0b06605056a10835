// Where a count's number starts and ends, what stands right before it (a qualifier, an identifier's label, a
// month) and the clause it closes: the text helpers the count parsers share (split from parsers.ts, round 18).
import type { Qualifier } from '../../model.js';
import {
  CASE_UNITS,
  NUMBER_ID_CUES,
  ONE_OF_NUMBER,
  ONE_OF_WORDS,
  PERSON_UNITS,
  QUALIFIER_CUES,
  RANGE_JOINERS,
} from '../../lexicon/violations.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/calendar.js';
import { alternation, lookup } from '../dates/text.js';
import { MAX_WRITTEN_NUMBER, NUMBER_SOURCE } from './numbers.js';
import { clauseStartBefore } from '../../text/search.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NUMBERISH = /[\p{L}\p{N}.,/]/u;

/** Word boundaries are checked here, not by a leading look-behind (tried at every position). */
export function wordStart(text: string, pos: number): boolean {
  return pos === 0 || !LETTER_OR_DIGIT.test(text[pos - 1]!);
}

/** Not inside a longer number or word (`1.010` is not `010`), nor the second end of a dashed range (`30-40`). */
export function numberStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 1);
  if ((c === 0x2d || c === 0x2013) && pos >= 2 && /\d/u.test(text[pos - 2]!)) return false;
  return !NUMBERISH.test(text[pos - 1]!);
}

/** For a pattern that opens with `(?<num>NUMBER_SOURCE)\s`: a written number (`1.010`, `2,5`) is made of
 *  digits, `.` and `,` only and must be followed by white space (before a scale word or what follows), so at
 *  a digit the run of `[0-9.,]` from it must end at white space (any non-ASCII unit is let through), within
 *  the longest written number (`MAX_WRITTEN_NUMBER`: no longer run can match, and stopping there keeps a text
 *  of 50,000 digits and dots linear). Number words (a letter at `p`) always pass. */
export function numberThenSpace(text: string, p: number): boolean {
  const n = text.length;
  let c = text.charCodeAt(p);
  if (c < 48 || c > 57) return true;
  const last = p + MAX_WRITTEN_NUMBER;
  let i = p;
  // (bounds-checked: `charCodeAt` past the end is NaN, which fails the test below too, but it deoptimises)
  while ((c >= 48 && c <= 57) || c === 0x2e || c === 0x2c) {
    if (++i >= n || i > last) return false;
    c = text.charCodeAt(i);
  }
  // a range written with a dash (`30-40 laporan`): the dash is followed by the second number
  if (c === 0x2d && i > p) return i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80;
}

const UNIT_WORDS = [...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)];
/** A number's spelling in brackets right after it, as official releases write it: `12 (dua belas) orang`,
 *  `3 (tiga) laporan`. Skipped between a number and what follows it. */
export const SPELLED = `(?:\\s{1,2}\\((?:${NUMBER_SOURCE})\\))`;
const SPELLED_AT = new RegExp(`^${SPELLED}`, 'iu');
/** Where a number ending at `end` really ends: after its bracketed spelling, if any. */
export function afterSpelling(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20) return end;
  const m = SPELLED_AT.exec(text.slice(end, end + 60));
  return m === null ? end : end + m[0].length;
}
/** The joiner of a range and its second number: `30 sampai 40`, `30-40`, `5 – 7`. */
export const RANGE = `(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,2}(?:${alternation(RANGE_JOINERS.filter((j) => /\p{L}/u.test(j)))})\\s{1,2})(?<num2>${NUMBER_SOURCE})`;
const UNITS = alternation(UNIT_WORDS);
/** Every unit noun, case and person, as a regex alternation. */
export const UNIT_SOURCE = UNITS;
export const QUALIFIERS = alternation(Object.keys(QUALIFIER_CUES));
/** A qualifier phrase ending right before the number (`tidak lebih dari `, `±`). */
export const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${QUALIFIERS})\\s{0,3}$`, 'iu');
/** `Nomor 20`, `Pasal 2`, `ke-3`, `tahun 2020`: identifiers, not counts. */
const ID_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(NUMBER_ID_CUES)})\\.?\\s{0,2}[:\\-]?\\s{0,2}$`, 'iu');
/** A dot and white space before a number written in words: the cue word ended the sentence before it ("… ditunda
 *  selama satu tahun. Tujuh lainnya mendapat teguran", round 16), it is no identifier's label ("No. 5", "Pasal. 2"). */
const DOT_SPACE_END = /\.\s{1,2}$/u;
function sentenceEndBefore(text: string, before: string, numStart: number): boolean {
  return DOT_SPACE_END.test(before) && /\p{L}/u.test(text.charAt(numStart));
}
/** `salah satu perbekel`: one member of a group, not a count of one (lexicon ONE_OF_WORDS). */
const ONE_OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(ONE_OF_WORDS)})\\s{1,2}$`, 'iu');
const ONE_OF_AT = new RegExp(`^${ONE_OF_NUMBER}(?![\\p{L}])`, 'iu');
/** `27 November 2024 pelanggaran …`: the year of a date, not a count. */
const MONTH_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)])})\\.?,?\\s{1,2}$`,
  'iu',
);
const LOOKBACK = 70;
/** A bare year (`2024`): after a cue or before a subset phrase, not a count. (A module constant, not a literal in
 *  `extract`: a regex literal allocates a new RegExp object every time it is evaluated.) */
export const BARE_YEAR = /^(?:19|20)\d{2}$/;

/** The clause before `pos`: back to the nearest sentence end, semicolon or digit, at most LOOKBACK.
 *  (Commas do not cut it: `jumlah perkara …, tetapi` keeps its noun.) */
const isCountClauseBreak = (c: number): boolean =>
  c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a || (c >= 48 && c <= 57);
export function countClauseStart(text: string, pos: number): number {
  return clauseStartBefore(text, pos, LOOKBACK, isCountClauseBreak);
}

export function clauseBefore(text: string, pos: number): string {
  return text.slice(countClauseStart(text, pos), pos);
}

export function qualifierBefore(text: string, numStart: number): { q: Qualifier | null; start: number } {
  const win = text.slice(Math.max(0, numStart - 30), numStart);
  const m = QUALIFIER_BEFORE.exec(win);
  if (!m) return { q: null, start: numStart };
  const key = m[0].trim();
  const q = lookup(QUALIFIER_CUES, key) ?? null;
  return { q, start: numStart - win.length + m.index };
}

/** The qualifier of a bare figure at `numStart` (a part or an item read with no unit of its own): the bound or vague
 *  word right before it, else the number's own vagueness. "Dari 14 kasus, sedikitnya delapan melibatkan guru" gives
 *  8 at_least (check22 read it exact: the part rules took only the number's own vagueness). */
export function bareQualifier(text: string, numStart: number, approximateNumber: boolean): Qualifier {
  return finalQualifier(qualifierBefore(text, numStart).q, approximateNumber, false);
}

export function finalQualifier(cue: Qualifier | null, approximateNumber: boolean, lebihAfter: boolean): Qualifier {
  if (lebihAfter) return 'at_least';
  if (cue === 'at_most' || cue === 'at_least') return cue;
  if (approximateNumber) return 'approximate';
  return cue ?? 'exact';
}

export function isIdentifier(text: string, numStart: number): boolean {
  const before = text.slice(Math.max(0, numStart - 20), numStart);
  return (ID_BEFORE.test(before) && !sentenceEndBefore(text, before, numStart)) || MONTH_BEFORE.test(before) || (ONE_OF_BEFORE.test(before) && ONE_OF_AT.test(text.slice(numStart, numStart + ONE_OF_NUMBER.length + 1)));
}
