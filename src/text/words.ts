// Words of a text, by character codes (the class table of chars.ts), without a regex call per word.
//
// Two notions of "a word", with two names:
//   - a word RUN is a maximal `[\p{L}\p{N}]+` (by code points, as the `u`-flag regex sees them): `words`,
//     `countWordRuns` (= `text.match(/[\p{L}\p{N}]+/gu)?.length`);
//   - a SPACED word is a chunk between single spaces of a whitespace-normalised line (`countSpacedWords`):
//     what the cleaning rules' word limits count (`Baca juga: Judul` is three, `1.010` one, `—` one).
import { CLASS, WORD, charClass } from './chars.js';

export { isLetterUnit, isWordUnit } from './chars.js';

/**
 * Length (1 or 2 code units) of the `\p{L}`/`\p{N}` code point starting at `i`, or 0 when the character at
 * `i` is not one. Surrogate pairs are classified as one code point, as a `u`-flag regex does.
 */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return c >= 0 && (CLASS[c]! & WORD) !== 0 ? 1 : 0; // (NaN past the end: none)
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  return charClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) & WORD ? 2 : 0;
}

/** True when the code point at `i` is a letter or a digit (`[\p{L}\p{N}]`). */
export function isWordCharAt(text: string, i: number): boolean {
  return wordCharLength(text, i) > 0;
}

/** True when the code point ending at `i` (just before it) is a letter or a digit: `(?<=[\p{L}\p{N}])`. */
export function isWordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return wordCharLength(text, i - 2) === 2;
  }
  return wordCharLength(text, i - 1) === 1;
}

/** End (exclusive) of the run of word characters starting at `i` (`i` itself when there is none). */
export function wordRunEnd(text: string, i: number, end = text.length): number {
  let j = i;
  while (j < end) {
    const n = wordCharLength(text, j);
    if (n === 0) break;
    j += n;
  }
  return j > end ? end : j;
}

/** Start of the next run of word characters at or after `i`, or `end` when there is none. */
export function nextWordStart(text: string, i: number, end = text.length): number {
  let j = i;
  while (j < end && wordCharLength(text, j) === 0) j++;
  return j;
}

/** Word runs: the same strings, in the same order, as `text.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = nextWordStart(text, 0, n);
  while (i < n) {
    const j = wordRunEnd(text, i, n);
    out.push(text.slice(i, j));
    i = nextWordStart(text, j, n);
  }
  return out;
}

/** Number of word runs, counting no further than `cap` (`text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0`). */
export function countWordRuns(text: string, cap = Number.MAX_SAFE_INTEGER): number {
  const n = text.length;
  let count = 0;
  let i = nextWordStart(text, 0, n);
  while (i < n && count < cap) {
    count++;
    i = nextWordStart(text, wordRunEnd(text, i, n), n);
  }
  return count;
}

/** Spaced words of a whitespace-normalised line (chunks between single spaces), counting no further than `cap`. */
export function countSpacedWords(s: string, cap = Number.MAX_SAFE_INTEGER): number {
  if (s === '') return 0;
  // one space = one more word (the text is normalised). `indexOf` finds the next space natively: about
  // twice as fast as a character loop on body lines (most of a line is not spaces).
  let n = 1;
  let i = -1;
  while (n < cap && (i = s.indexOf(' ', i + 1)) >= 0) n++;
  return n;
}
