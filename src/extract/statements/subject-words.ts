// The words of a reporting verb's subject clause, read by char code (`[\p{L}\p{N}][\p{L}\p{N}'’.\-]*` within
// [start, end)): a subject pronoun (`Ia menyatakan`, `Dalam kesempatan itu, dia mengatakan`), else the content
// words' count, span and capitals (adverbs such as `juga` left out). Read by SpeakerResolver.fromSubject.
import { ACTING_PREFIXES, DESCRIPTIVE_DEMONSTRATIVES, DESCRIPTIVE_HEADS, ORIGIN_PREPOSITIONS, SUBJECT_ADVERBS, SUBJECT_PRONOUNS } from '../../lexicon/attribution.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { wordCharLength } from '../../nlp/words.js';
import { startsUpper } from './phrase.js';

const SUBJ_PRONOUN = new Set(SUBJECT_PRONOUNS);
const ADVERB = new Set(SUBJECT_ADVERBS);
/** The longest subject pronoun or adverb (only words this short are lower-cased). */
const SUBJECT_WORD_MAX_LENGTH = Math.max(...SUBJECT_PRONOUNS.map((w) => w.length), ...SUBJECT_ADVERBS.map((w) => w.length));
/** The ASCII first letters of the subject pronouns and adverbs (lower case): 1 at those codes. */
const SUBJECT_WORD_FIRST = new Uint8Array(128);
for (const w of [...SUBJECT_PRONOUNS, ...SUBJECT_ADVERBS]) if (w.charCodeAt(0) < 128) SUBJECT_WORD_FIRST[w.charCodeAt(0)] = 1;

export interface SubjectWords {
  /** Where a subject pronoun starts (reading stops there), or -1. */
  pronounAt: number;
  /** Words that are no adverb. */
  contentCount: number;
  /** Start of the first and end of the last such word (-1 when none). */
  firstStart: number;
  lastEnd: number;
  /** Every such word starts with a capital. */
  allUpper: boolean;
}

export function scanSubjectWords(text: string, start: number, end: number): SubjectWords {
  let contentCount = 0;
  let firstStart = -1;
  let lastEnd = -1;
  let allUpper = true;
  let i = start;
  while (i < end) {
    const l = wordCharLength(text, i);
    if (l === 0 || i + l > end) {
      i++;
      continue;
    }
    let j = i + l;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) j++;
      else {
        const n = wordCharLength(text, j);
        if (n === 0 || j + n > end) break;
        j += n;
      }
    }
    // lower-casing never shortens: longer words cannot be a pronoun or an adverb; nor can a word whose
    // ASCII first letter starts none of them (most words: no slice then)
    const c0 = text.charCodeAt(i);
    const low =
      j - i <= SUBJECT_WORD_MAX_LENGTH && (c0 >= 128 || SUBJECT_WORD_FIRST[c0 >= 65 && c0 <= 90 ? c0 | 0x20 : c0] === 1)
        ? text.slice(i, j).toLowerCase()
        : '';
    if (SUBJ_PRONOUN.has(low)) return { pronounAt: i, contentCount, firstStart, lastEnd, allUpper };
    if (!ADVERB.has(low)) {
      contentCount++;
      if (firstStart < 0) firstStart = i;
      lastEnd = j;
      // an ASCII first letter is decided by its code (no slice); `startsUpper` reads a surrogate pair
      if (allUpper && !(c0 < 128 ? c0 >= 65 && c0 <= 90 : startsUpper(text.slice(i, i + 2)))) allUpper = false;
    }
    i = j;
  }
  return { pronounAt: -1, contentCount, firstStart, lastEnd, allUpper };
}

/** A preposition of origin and the capitalised words of a place or body after it, to the end: ` dari Gampong X`. */
const ORIGIN = new RegExp(`\\s(?:${alternationOf(ORIGIN_PREPOSITIONS, { space: SPACE.literal })})(?:\\s{1,3}\\p{Lu}[\\p{L}.'’-]*){1,5}\\s*$`, 'u');

/** The end of a subject part [a, b) before its origin (`Tgk. Zulkifli Abdullah dari Gampong Meurandeh`: the
 *  name's end), else `b`. */
export function endBeforeOrigin(text: string, a: number, b: number): number {
  const m = ORIGIN.exec(text.slice(a, b));
  return m ? a + m.index : b;
}

/** The first word of [start, end) (letters and hyphens: `laki-laki`) and its last, lower case ('' when none). */
export function edgeWords(text: string, start: number, end: number): { first: string; last: string } {
  // the head after an acting prefix (`Pj Bupati yang akrab disapa Pak Kobus itu meminta …`, `Plt Kepala Dinas itu`):
  // the prefix is no head, the title after it is
  LEADING_WORD.lastIndex = start;
  let first = '';
  for (let k = 0, m = LEADING_WORD.exec(text); m && m.index < end && k <= MAX_ACTING_WORDS; m = LEADING_WORD.exec(text), k++) {
    first = m[1]!.toLowerCase();
    if (!ACTING.has(first)) break;
  }
  const last = /[\p{L}]+$/u.exec(text.slice(Math.max(start, end - 12), end).trimEnd())?.[0]?.toLowerCase() ?? '';
  return { first, last };
}

const DESCRIPTIVE_HEAD = new Set(DESCRIPTIVE_HEADS);
const ACTING = new Set(ACTING_PREFIXES);
/** Most words of an acting prefix (`Pelaksana Tugas`, `Penjabat Sementara`) skipped before a subject's head. */
const MAX_ACTING_WORDS = 2;
/** A word at the reading position (white space before it only). */
const LEADING_WORD = /\s*([\p{L}-]+)/uy;
const DEMONSTRATIVE = new Set(DESCRIPTIVE_DEMONSTRATIVES);
/** [start, end) opens with a descriptive head and closes with a demonstrative (`Pria yang akrab disapa Bang Fikri
 *  itu`, `Wanita kelahiran Padang tersebut`): it refers back to a person, whatever names its relative clause holds. */
export function isDescriptiveBackReference(text: string, start: number, end: number): boolean {
  const { first, last } = edgeWords(text, start, end);
  return DESCRIPTIVE_HEAD.has(first) && DEMONSTRATIVE.has(last);
}
