// Word scanning without a regex call per word.
//
// Several steps split text into runs of letters and digits: exactly `text.match(/[\p{L}\p{N}]+/gu)`.
// A Unicode-property regex costs ~150 ns per match (a call into the regex engine and a result array per
// word); these helpers walk the char codes instead, with a table for ASCII and a per-code cache for the
// rest of the BMP, and give the same tokens (astral letters are classified by the same `\p{L}\p{N}` test).

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/** Classes of BMP code units, filled on first use: 0 = not yet classified; else CLASSIFIED plus the
 *  LETTER_BIT / NUMBER_BIT of what the code unit is on its own (a surrogate half is neither). */
const CLASSIFIED = 4;
const LETTER_BIT = 1;
const NUMBER_BIT = 2;
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = BMP_CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = CLASSIFIED | (LETTER.test(ch) ? LETTER_BIT : WORD_CHAR.test(ch) ? NUMBER_BIT : 0);
    BMP_CLASS[c] = k;
  }
  return k;
}

function bmpIsWord(c: number): boolean {
  return (classOf(c) & (LETTER_BIT | NUMBER_BIT)) !== 0;
}

/** `/\p{L}/u.test(ch)` for the single UTF-16 unit `ch = String.fromCharCode(code)`. */
export function isLetterUnit(code: number): boolean {
  return (classOf(code) & LETTER_BIT) !== 0;
}

/** `/[\p{L}\p{N}]/u.test(ch)` for the single UTF-16 unit `ch = String.fromCharCode(code)`. */
export function isWordUnit(code: number): boolean {
  return bmpIsWord(code);
}

/**
 * Length (1 or 2 code units) of the `\p{L}`/`\p{N}` code point starting at `i`, or 0 when the character at
 * `i` is not one. Surrogate pairs are classified as one code point, as a `u`-flag regex does.
 */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return bmpIsWord(c) ? 1 : 0;
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
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

/** Word tokens: the same strings, in the same order, as `text.match(/[\p{L}\p{N}]+/gu) ?? []`. */
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

/** Number of word tokens, counting no further than `cap` (`text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0`). */
export function countWords(text: string, cap = Number.MAX_SAFE_INTEGER): number {
  const n = text.length;
  let count = 0;
  let i = nextWordStart(text, 0, n);
  while (i < n && count < cap) {
    count++;
    i = nextWordStart(text, wordRunEnd(text, i, n), n);
  }
  return count;
}
