// The title clause before an apposition comma (`Ketua Panwascam X, Nama,`): where a clause ends, and whether it
// holds a capitalised role word or a person noun (read by discourse.ts when it keeps persons named in
// apposition for the pronoun chain).
import { PERSON_NOUNS } from '../../lexicon/attribution.js';
import { isLetterUnit } from '../../nlp/words.js';
import { ROLE, SPEAKER_ROLE_WORD_MAX, startsUpper } from './phrase.js';

const PERSON_NOUN = new Set(PERSON_NOUNS);
const PERSON_NOUN_MAX_LENGTH = Math.max(...PERSON_NOUNS.map((w) => w.length));
/** The ASCII first letters of the person nouns (lower case): 1 at those codes. */
const PERSON_NOUN_FIRST = new Uint8Array(128);
for (const w of PERSON_NOUNS) if (w.charCodeAt(0) < 128) PERSON_NOUN_FIRST[w.charCodeAt(0)] = 1;
/** The title clause before an apposition comma: back to the previous clause boundary. */
const CLAUSE_WORDS = /[\p{L}]+/gu;
const CLAUSE_BOUNDARY = new Set([...',.;:!?"“”\n'].map((c) => c.charCodeAt(0)));
/** CLAUSE_BOUNDARY's members below 0x80, as a table: the back walk meets a space every few characters,
 *  and a typed-array read is cheaper than a Set probe. */
const CLAUSE_BOUNDARY_ASCII = new Uint8Array(0x80);
for (const c of CLAUSE_BOUNDARY) if (c < 0x80) CLAUSE_BOUNDARY_ASCII[c] = 1;
/** `CLAUSE_BOUNDARY.has(c)`: ASCII by table, letters above ASCII (most characters walked over) ruled out
 *  by one comparison. */
export function isClauseBoundary(c: number): boolean {
  return c < 0x80 ? CLAUSE_BOUNDARY_ASCII[c] === 1 : CLAUSE_BOUNDARY.has(c);
}
const ROLE_MAX_LENGTH = SPEAKER_ROLE_WORD_MAX;

/** Whether [k, end) holds a capitalised role word (a `CLAUSE_WORDS` word that starts upper case and whose
 *  lower case is in ROLE). Letter runs are read by char code; a clause with a surrogate (an astral
 *  letter belongs to a `\p{L}` word as a whole) takes the regex. A run longer than every role word is
 *  skipped unsliced: lower-casing never shortens a BMP letter. */
export function clauseHasTitle(text: string, k: number, end: number): boolean {
  for (let i = k; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      for (const w of text.slice(k, end).matchAll(CLAUSE_WORDS)) {
        const low = w[0].toLowerCase();
        if ((startsUpper(w[0]) && ROLE.has(low)) || PERSON_NOUN.has(low)) return true;
      }
      return false;
    }
  }
  let i = k;
  while (i < end) {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isLetterUnit(text.charCodeAt(j))) j++;
    // an ASCII first letter that is not a capital fails `startsUpper` (the common case): no slice
    const c0 = text.charCodeAt(i);
    if (j - i <= ROLE_MAX_LENGTH && (c0 >= 128 || (c0 >= 65 && c0 <= 90))) {
      const w = text.slice(i, j);
      if (startsUpper(w) && ROLE.has(w.toLowerCase())) return true;
    }
    // a person noun in any case: only words as short as one, whose first letter starts one, are sliced
    if (j - i <= PERSON_NOUN_MAX_LENGTH && (c0 >= 128 || PERSON_NOUN_FIRST[c0 | 0x20] === 1) && PERSON_NOUN.has(text.slice(i, j).toLowerCase())) return true;
    i = j;
  }
  return false;
}
