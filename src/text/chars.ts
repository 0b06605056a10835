// The one character-class table of the project: what the regex engine says of every BMP code unit
// (`\p{L}`, `\p{N}`, `\p{Ll}`, `\p{Lu}`, `\s` with the `u` flag), tabulated once when the module loads, so a
// character loop sees exactly what the extractors' regexes see. Astral code points are asked of the same
// regexes (rare: emoji, historic scripts) and never stored.
//
// Bits of CLASS[c] for a BMP unit c (a surrogate half on its own is no letter, digit or space):

/** `[\p{L}\p{N}]`: a word unit. Bit 1 on purpose: loops read `CLASS[c] & WORD` as a 0/1 number. */
export const WORD = 1;
/** `\p{Ll}`. */
export const LOWER = 2;
/** `\p{Lu}`. */
export const UPPER = 4;
/** `\p{L}`. */
export const LETTER = 8;
/** A surrogate half (U+D800–U+DFFF): the code point must be read as a pair (see classAt). */
export const SURROGATE = 16;
/** `\s` (the `u`-flag white space: spaces, tabs, line breaks, no-break and other Unicode spaces, BOM). */
export const SPACE = 32;
/** ASCII digit 0–9. */
export const DIGIT = 64;
/** `toLowerCase` of this unit is not one unit standing for it alone: a surrogate half (astral letters have
 *  cases too), `İ` U+0130 (two units) and `Σ` U+03A3 (`σ` or final `ς`, decided by the letters around it,
 *  the only context rule of `toLowerCase`). A text holding one is lower-cased as a whole, never unit by unit. */
export const CASE_UNSAFE = 128;

/** The units whose lower case is not themselves (see LOWER_UNIT's table below). */
const CHANGES_WHEN_LOWERED = /\p{CWL}+/gu;

/** Class bits of every BMP unit (see above). */
export const CLASS: Uint8Array = new Uint8Array(0x10000);
/** The lower case of every BMP unit alone (`String.fromCharCode(c).toLowerCase()` when that is one unit,
 *  else the unit itself; see CASE_UNSAFE for when a unit-by-unit lower case differs from the text's). */
export const LOWER_UNIT: Uint16Array = new Uint16Array(0x10000);

{
  // every BMP unit once, surrogate halves replaced by a space (alone they are no letter); decoded in one call
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  const all = new TextDecoder('utf-16le').decode(units);
  // runs of each class (code points of a class mostly come in blocks: a few thousand matches, not 50,000)
  const mark = (re: RegExp, bit: number): void => {
    for (let m = re.exec(all); m !== null; m = re.exec(all)) for (let i = m.index; i < m.index + m[0].length; i++) CLASS[i]! |= bit;
  };
  mark(/[\p{L}\p{N}]+/gu, WORD);
  mark(/\p{Ll}+/gu, LOWER);
  mark(/\p{Lu}+/gu, UPPER);
  mark(/\p{L}+/gu, LETTER);
  mark(/\s+/gu, SPACE);
  for (let c = 0xd800; c <= 0xdfff; c++) CLASS[c] = SURROGATE | CASE_UNSAFE; // their stand-in space marked none
  for (let c = 0x30; c <= 0x39; c++) CLASS[c]! |= DIGIT;
  // A unit lower-cases to itself unless it has the Unicode property Changes_When_Lowercased (`\p{CWL}`, the
  // regex engine's own table again): about 1,200 BMP units have it, so `toLowerCase` is asked of those alone
  // instead of all 65,536 (most of this block's start-up cost in every thread). The kernel test compares every
  // unit with its `toLowerCase`.
  for (let c = 0; c < 0x10000; c++) LOWER_UNIT[c] = c;
  for (let m = CHANGES_WHEN_LOWERED.exec(all); m !== null; m = CHANGES_WHEN_LOWERED.exec(all)) {
    for (let c = m.index; c < m.index + m[0].length; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const low = String.fromCharCode(c).toLowerCase();
      if (low.length === 1) LOWER_UNIT[c] = low.charCodeAt(0);
      else CLASS[c]! |= CASE_UNSAFE;
    }
  }
  CLASS[0x3a3]! |= CASE_UNSAFE;
}

const ASTRAL = new Map<number, number>();

/** Class bits of the code point `cp` (SURROGATE is never set for a whole astral code point). */
export function charClass(cp: number): number {
  if (cp < 0x10000) return CLASS[cp]!;
  let c = ASTRAL.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (/[\p{L}\p{N}]/u.test(ch) ? WORD : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{L}/u.test(ch) ? LETTER : 0) | CASE_UNSAFE;
    // a constant answer per code point: the map only saves the regex calls, whatever was read before
    ASTRAL.set(cp, c);
  }
  return c;
}

/** Class bits of the code point starting at `i` (a lone surrogate has none but SURROGATE). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return charClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return c >= 0 ? CLASS[c]! : 0;
}

/** Class bits of the code point ending right before `i` (0 at the start of the text). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return charClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return CLASS[d]!;
}

/** Length in UTF-16 units of the code point starting at `i`. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** End of the word run (`[\p{L}\p{N}]+`, by code points) starting at `i` (`i` itself when none starts there). */
export function runEndAt(text: string, i: number): number {
  let e = i;
  while (e < text.length && classAt(text, e) & WORD) e += widthAt(text, e);
  return e;
}

/** `/\p{L}/u.test(String.fromCharCode(code))`: one UTF-16 unit on its own (a surrogate half is none). */
export function isLetterUnit(code: number): boolean {
  return (CLASS[code]! & LETTER) !== 0;
}

/** `/[\p{L}\p{N}]/u.test(String.fromCharCode(code))`: one UTF-16 unit on its own. */
export function isWordUnit(code: number): boolean {
  return (CLASS[code]! & WORD) !== 0;
}

/** `/\s/u.test(String.fromCharCode(code))`. */
export function isSpaceUnit(code: number): boolean {
  return (CLASS[code]! & SPACE) !== 0;
}
