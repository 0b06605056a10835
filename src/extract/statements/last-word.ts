// Reading words backwards from a position, for the indirect parsers (split out of indirect.ts): the word before a
// verb (`lastWord`).
import { isLetterUnit } from '../../nlp/words.js';
import { isJsSpace } from './doc.js';

const LETTER = /^\p{L}$/u;

/** `/(\p{L}+)[\s,]*$/u.exec(s)?.[1]?.toLowerCase()`: the word before trailing white space and commas,
 *  read backwards by char code (the regex tries every start position of the text). */
export function lastWord(s: string): string | undefined {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 0x2c /* , */ || isJsSpace(s.charCodeAt(e - 1)))) e--;
  let b = e;
  while (b > 0) {
    const c = s.charCodeAt(b - 1);
    if (c >= 0xdc00 && c <= 0xdfff && b >= 2) {
      // a surrogate pair is one code point: a letter only as a whole
      const h = s.charCodeAt(b - 2);
      if (h >= 0xd800 && h <= 0xdbff && LETTER.test(s.slice(b - 2, b))) {
        b -= 2;
        continue;
      }
      break;
    }
    if (!isLetterUnit(c)) break;
    b--;
  }
  return b < e ? s.slice(b, e).toLowerCase() : undefined;
}

