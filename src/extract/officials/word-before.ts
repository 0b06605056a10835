// Words right before a title or a capitalised run that change what it is (`para camat`, `calon Bupati`,
// `Jalan Bupati`, `Keputusan Presiden`, `ujar Ilham`): each a regex on a short slice ending there, run only when
// the word before the gap is one of its words (precededBy).
import { SPACE, alternationOf, alternationOfSources } from '../../text/regex.js';
import { LETTER_OR_DIGIT, charClass, classBefore } from '../../lexicon/matcher.js';
import { SPEECH_PHRASES_BEFORE, SPEECH_VERBS_BEFORE } from '../../lexicon/honorifics.js';
import { DOCUMENT_BEFORE_TITLE, GENERIC_BEFORE_TITLE, NOT_HOLDER_BEFORE, NOT_TITLE_BEFORE, RELATION_BEFORE_TITLE, SECOND_POST_CONNECTIVES } from '../../lexicon/titles.js';
import { isHighSurrogate, isLowSurrogate, isSpaceOrTab } from './scan.js';
import { phrasePattern } from './title-compile.js';
import { WordFilter } from './word-filter.js';

/** `para camat`, `seluruh kepala desa`, `119 kepala desa` (a count, not a year `2024`): a generic title;
 *  `calon Bupati`, `mantan Bupati`: a post the person does not hold. */
const GENERIC_BEFORE_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:${alternationOf(GENERIC_BEFORE_TITLE, { space: SPACE.literal })})|(?<![\\p{L}\\p{N}./-])(?!(?:19|20)\\d\\d(?!\\d))\\d{1,5})[ \\t]{1,2}$`,
  'iu',
);
const NOT_TITLE_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOfSources(NOT_TITLE_BEFORE.map((w) => phrasePattern(w)))})\\.?[ \\t]{1,2}$`,
  'u',
);

const SPEECH_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOf(SPEECH_VERBS_BEFORE, { space: SPACE.literal })}|${alternationOf(SPEECH_PHRASES_BEFORE, { space: SPACE.blank1 })})[ \\t]{1,2}$`,
  'iu',
);
/**
 * GENERIC_BEFORE_RE, NOT_TITLE_BEFORE_RE and SPEECH_BEFORE_RE are tried before every title (or every
 * capitalised run) on a short slice ending there, and rarely match. Each can only match when the slice ends
 * in 1–2 spaces or tabs (after an optional dot for NOT_TITLE_BEFORE_RE) right after a word run that IS one of
 * its words (its lookbehind makes the word start a run, or the slice), or for the counts a run ending in a
 * digit. So the regex is run only when that run, lower-cased, is one of the words. Case-insensitive regexes
 * also equate `ſ` with `s` (and the Kelvin sign with `k`, which toLowerCase already does): folded too.
 */
export interface WordBefore {
  re: RegExp;
  /** lower-cased: the last word of each alternative */
  words: ReadonlySet<string>;
  /** how far back the slice reaches */
  reach: number;
  /** an optional dot between the word and the gap (`Jl. Bupati`) */
  dot: boolean;
  /** a number may stand for the word (`119 kepala desa`) */
  digits: boolean;
}
export const GENERIC_BEFORE: WordBefore = {
  re: GENERIC_BEFORE_RE,
  words: new Set(GENERIC_BEFORE_TITLE.map((w) => w.toLowerCase())),
  reach: 20,
  dot: false,
  digits: true,
};
/** `calon Bupati X`, `mantan Bupati X`: X is kept with a modifier (HOLDER_MODIFIER). */
export const HOLDER_BEFORE: WordBefore = {
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(NOT_HOLDER_BEFORE, { space: SPACE.literal })})[ \\t]{1,2}$`, 'iu'),
  words: new Set(NOT_HOLDER_BEFORE.map((w) => w.toLowerCase())),
  reach: 20,
  dot: false,
  digits: false,
};
/** A filter for one of `phrases` (case-insensitive, spaces as 1–2 blanks) right before the title, within `reach`. */
function phrasesBefore(phrases: readonly string[], reach: number): WordBefore {
  return {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(phrases, { space: SPACE.blank1to2 })})[ \\t]{1,2}$`, 'iu'),
    words: new Set(phrases.map((p) => p.split(' ').pop()!.toLowerCase())),
    reach,
    dot: false,
    digits: false,
  };
}
/** `Keputusan Presiden Nomor …` names nobody, `keputusan Presiden Jokowi` does: the title needs a name after it. */
export const DOCUMENT_BEFORE: WordBefore = phrasesBefore(DOCUMENT_BEFORE_TITLE, 25);
export const NOT_TITLE_BEFORE_WORD: WordBefore = {
  re: NOT_TITLE_BEFORE_RE,
  words: new Set(NOT_TITLE_BEFORE.map((p) => p.split(' ').pop()!.toLowerCase())),
  reach: 25,
  dot: true,
  digits: false,
};
export const SPEECH_BEFORE: WordBefore = {
  re: SPEECH_BEFORE_RE,
  words: new Set([...SPEECH_VERBS_BEFORE, 'oleh'].map((w) => w.toLowerCase())),
  reach: 30,
  dot: false,
  digits: false,
};
/** `Anak Wali Kota Solo, X`: X is the relative or aide, not the holder. */
export const RELATION_BEFORE: WordBefore = phrasesBefore(RELATION_BEFORE_TITLE, 20);
/** `X, yang juga Ketua DPD Partai Y`, `X sekaligus Ketua …`: a second post of the person named before. */
export const SECOND_POST_BEFORE: WordBefore = phrasesBefore(SECOND_POST_CONNECTIVES, 20);
for (const f of [GENERIC_BEFORE, NOT_TITLE_BEFORE_WORD, SPEECH_BEFORE, HOLDER_BEFORE, DOCUMENT_BEFORE, SECOND_POST_BEFORE, RELATION_BEFORE])
  for (const w of f.words) if (!/^[a-z]+$/u.test(w)) throw new Error(`word-before pre-filter needs ASCII letters: ${w}`);
/** The words of each WordBefore as a WordFilter: most words before a gap are settled without slicing them. */
const WORD_BEFORE_FILTERS = new Map<WordBefore, WordFilter>(
  [GENERIC_BEFORE, NOT_TITLE_BEFORE_WORD, SPEECH_BEFORE, HOLDER_BEFORE, DOCUMENT_BEFORE, SECOND_POST_BEFORE, RELATION_BEFORE].map((f) => [f, new WordFilter(f.words)]),
);

/** `f.re.test(text.slice(end - f.reach, end))`, running the regex only when it can match (see above). */
export function precededBy(f: WordBefore, text: string, end: number): boolean {
  const from = Math.max(0, end - f.reach);
  const w = wordBeforeGap(text, from, end, f.dot, f.digits ? null : (WORD_BEFORE_FILTERS.get(f) ?? null));
  if (w === null) return false;
  const last = w.charCodeAt(w.length - 1);
  if (!f.words.has(w) && !(f.digits && last >= 0x30 && last <= 0x39)) return false;
  return f.re.test(text.slice(from, end));
}

/** The word run ending right before 1–2 spaces or tabs that end at `end` (with `dot`, also before one
 *  optional dot there), not reaching before `from`, lower-cased and folded (see above); null when the
 *  gap is not like that, or when `words` says the word is none of its words. (The filter reads the run in
 *  the text: folding keeps its length and turns it into ASCII only from non-ASCII characters, which the
 *  filter lets through at the first two; a run that changes length is not ASCII letters, so in no set.) */
export function wordBeforeGap(text: string, from: number, end: number, dot: boolean, words: WordFilter | null = null): string | null {
  let we = end;
  while (we > from && end - we < 3 && isSpaceOrTab(text.charCodeAt(we - 1))) we--;
  if (end - we < 1 || end - we > 2) return null;
  if (dot && we > from && text.charCodeAt(we - 1) === 0x2e) we--;
  let ws = we;
  while (ws > from) {
    // a surrogate pair is one character, unless the slice cuts it
    const pair = ws - 2 >= from && isLowSurrogate(text.charCodeAt(ws - 1)) && isHighSurrogate(text.charCodeAt(ws - 2));
    if ((pair ? classBefore(text, ws) : charClass(text.charCodeAt(ws - 1))) & LETTER_OR_DIGIT) ws -= pair ? 2 : 1;
    else break;
  }
  if (ws === we) return null;
  if (words && !words.mayHave(text, ws, we)) return null;
  const w = text.slice(ws, we).toLowerCase();
  return w.includes('ſ') ? w.replace(/ſ/gu, 's') : w;
}
