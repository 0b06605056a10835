// Character scans shared by the officials parsers and refiners: hand-written stand-ins for small sticky regexes
// (`[ \t]{1,2}`, `[ \t]{0,2},[ \t]{0,2}`), the ASCII class table, and `stickyAt`.
import { charClass, classAt } from '../../lexicon/matcher.js';

export function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Class bits of the ASCII characters, from the shared table (the scans below mostly see ASCII). */
export const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => charClass(c));
/** Class bits at `i` (classAt), 0 at or past the end of the text. (The end is checked first: reading past it,
 *  even with charCodeAt's NaN, deoptimises optimised code as "out of bounds".) */
export function classAtOr0(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c]! : classAt(text, i);
}
export const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
export const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;

/** Length of the match of `/[ \t]{1,2}/y` at `p`: 0 (no match), 1 or 2. */
export function spaceLenAt(text: string, p: number): number {
  let n = 0;
  while (n < 2 && p + n < text.length && isSpaceOrTab(text.charCodeAt(p + n))) n++;
  return n;
}
/** Length of the match of `/[ \t]{0,2},[ \t]{0,2}/y` at `p`, or 0 when none (a match is never empty). Greedy
 *  spaces never need backing off: with fewer, a space would stand where the comma must be. */
export function commaLenAt(text: string, p: number): number {
  let n = 0;
  while (n < 2 && p + n < text.length && isSpaceOrTab(text.charCodeAt(p + n))) n++;
  if (p + n >= text.length || text.charCodeAt(p + n) !== 0x2c) return 0;
  return n + 1 + spaceLenAt(text, p + n + 1);
}

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
export const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
