// Indonesian numbers as written in news: `1.010` (dot = thousands), `1,5 juta` (comma = decimal),
// `seribu`, `dua ribu tiga ratus`, `dua belas`, and approximate plurals (`ratusan`, `puluhan ribu`).
import {
  NUMERAL_APPROXIMATE,
  NUMERAL_GROUP_MULTIPLIERS,
  NUMERAL_SCALES,
  NUMERAL_TEEN,
  NUMERAL_UNITS,
} from '../../lexicon/numerals.js';
import { WE, alternation } from '../dates/text.js';

const DIGITS = '\\d{1,3}(?:\\.\\d{3}){1,4}(?:,\\d{1,3})?|\\d{1,9}(?:,\\d{1,3})?';
/** The longest number DIGITS matches: `ddd.ddd.ddd.ddd.ddd,ddd` (3 + 4 × 4 + 4 units). */
export const MAX_WRITTEN_NUMBER = 23;
const SCALE = alternation(Object.keys(NUMERAL_SCALES));
const WORD = alternation([
  ...Object.keys(NUMERAL_UNITS),
  NUMERAL_TEEN,
  ...Object.keys(NUMERAL_GROUP_MULTIPLIERS),
  ...Object.keys(NUMERAL_SCALES),
  ...Object.keys(NUMERAL_APPROXIMATE),
]);

/** A number as a regex source (use with the `i` and `u` flags), bounded everywhere. */
export const NUMBER_SOURCE =
  `(?:(?:${DIGITS})(?:\\s{1,2}(?:${SCALE})${WE})?|(?:${WORD})${WE}(?:\\s{1,2}(?:${WORD})${WE}){0,7})`;

export interface ParsedNumber {
  value: number;
  /** `ratusan`, `ribuan`: an order of magnitude, not a count. */
  approximate: boolean;
}

const DIGITS_RE = /^(\d{1,3}(?:\.\d{3}){1,4}|\d{1,9})(?:,(\d{1,3}))?(?:\s{1,2}(\p{L}+))?$/u;

function parseWords(tokens: string[]): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let last = 0; // value of the last digit word inside the current group
  let approximate = false;
  let any = false;
  for (const t of tokens) {
    const unit = NUMERAL_UNITS[t];
    if (unit !== undefined) {
      any = true;
      if (unit >= 1000) {
        if (current !== 0) return null;
        total += unit;
        last = 0;
      } else {
        current += unit;
        last = unit < 10 ? unit : 0;
      }
      continue;
    }
    if (t === NUMERAL_TEEN) {
      if (last < 1 || last > 9) return null;
      current += 10;
      last = 0;
      continue;
    }
    const mult = NUMERAL_GROUP_MULTIPLIERS[t];
    if (mult !== undefined) {
      if (last < 1) return null;
      current += last * (mult - 1);
      last = 0;
      continue;
    }
    const scale = NUMERAL_SCALES[t];
    if (scale !== undefined) {
      if (current === 0) return null;
      total += current * scale;
      current = 0;
      last = 0;
      continue;
    }
    const approx = NUMERAL_APPROXIMATE[t];
    if (approx !== undefined) {
      if (current !== 0 || total !== 0) return null;
      current = approx;
      approximate = true;
      any = true;
      last = 0;
      continue;
    }
    return null;
  }
  const value = total + current;
  if (!any || value <= 0) return null;
  return { value, approximate };
}

/** Parse a number matched by NUMBER_SOURCE; null when it is not a whole positive count. */
export function parseIndonesianNumber(s: string): ParsedNumber | null {
  const t = s.trim().replace(/\s+/g, ' ');
  const d = DIGITS_RE.exec(t);
  if (d) {
    const int = Number(d[1]!.replace(/\./g, ''));
    const frac = d[2] !== undefined ? Number(`0.${d[2]}`) : 0;
    let value = int + frac;
    if (d[3] !== undefined) {
      const scale = NUMERAL_SCALES[d[3].toLowerCase()];
      if (scale === undefined) return null;
      value = Math.round(value * scale);
    }
    if (!Number.isInteger(value) || value <= 0) return null;
    return { value, approximate: false };
  }
  if (/\d/.test(t)) return null;
  return parseWords(t.toLowerCase().split(' '));
}
