// A title written in its short form (`Kasdim`, `Dandim`, `Kasatpol PP`, `Kaban Kesbangpol`, `Kasat Reskrim`)
// read against a title written in full before (`Kepala Staf Kodim 0304/Agam`, `Komandan Kodim …`, `Kepala
// Satuan Polisi Pamong Praja …`, `Kepala Badan Kesatuan Bangsa dan Politik …`, `Kepala Satuan Reserse Kriminal
// …`). Indonesian office abbreviations are built from pieces of the title's words, in order: a word's first
// letters (`sat` of `Satuan`, `s` of `Staf`), its first letter and a few later ones (`ka` of `Kepala`, `ban` of
// `Badan`), or a syllable inside it (`dim` of `Kodim`, `dan` of `Komandan`, `pol` of `Kepolisian`). The short
// form is the title's head and the words after it, the place and unit number left off at the end; a
// conjunction inside the title may be left out (`Kesatuan Bangsa dan Politik` → `Kesbangpol`).
import type { Official } from '../../model.js';
import { SHORT_TITLE_SKIPPABLE } from '../../lexicon/attribution.js';
import { type PhraseToken, startsUpper } from './phrase.js';

const SKIPPABLE = new Set(SHORT_TITLE_SKIPPABLE);
/** Fewest letters of a piece found inside a word rather than at its start. */
const MIN_INNER_PIECE = 3;
/** Longest short form tried (letters): longer phrases are names or titles in full. */
const MAX_SHORT = 24;
/** Most words of a title read (long division titles are never abbreviated whole). */
const MAX_TITLE_WORDS = 24;

/** Whether `piece` is a subsequence of `word` that starts at its first letter. */
function initialSubsequence(piece: string, word: string): boolean {
  if (piece[0] !== word[0]) return false;
  let j = 1;
  for (let i = 1; i < word.length && j < piece.length; i++) if (word[i] === piece[j]) j++;
  return j === piece.length;
}

/** Whether `piece` may stand for `word` in a short form: its first letters, its first letter and later ones,
 *  its last syllable (`ta` of `Kota` in `Kapolresta`) or a syllable inside it. */
function pieceOf(piece: string, word: string): boolean {
  if (word.startsWith(piece)) return true;
  if (piece.length >= 2 && (initialSubsequence(piece, word) || word.endsWith(piece))) return true;
  return piece.length >= MIN_INNER_PIECE && word.includes(piece);
}

/** Whether short[si..] can be split into pieces of words[wi..] in order (each piece one word; a word in
 *  SKIPPABLE may be passed over), `used` words so far, at least `min` in all. `failed` marks the (si, wi,
 *  used) states already tried without success (at most letters × words × words: the search stays small). */
function align(short: string, si: number, words: string[], wi: number, used: number, min: number, failed: Uint8Array): boolean {
  if (si === short.length) return used >= min;
  if (wi >= words.length) return false;
  const state = (si * words.length + wi) * (words.length + 1) + used;
  if (failed[state] === 1) return false;
  const w = words[wi]!;
  for (let l = Math.min(w.length, short.length - si); l >= 1; l--) {
    if (pieceOf(short.slice(si, si + l), w) && align(short, si + l, words, wi + 1, used + 1, min, failed)) return true;
  }
  if (si > 0 && SKIPPABLE.has(w) && align(short, si, words, wi + 1, used, min, failed)) return true;
  failed[state] = 1;
  return false;
}

const LETTER = /\p{L}/u;
/** Whether the char code `c` of `s` at `i` is a letter (ASCII by code, else by the Unicode class). */
function isLetterAt(s: string, i: number, c: number): boolean {
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(s[i]!);
}

/** The letters of a title's words, lower case (digits, unit numbers and punctuation dropped): the runs of
 *  letters, read by char code (`toLowerCase().split(/[^\p{L}]+/u)` without its empty strings). */
export function titleLetterWords(title: string): string[] {
  const low = title.toLowerCase();
  const out: string[] = [];
  let a = -1;
  for (let i = 0; i <= low.length; i++) {
    const letter = i < low.length && isLetterAt(low, i, low.charCodeAt(i));
    if (letter && a < 0) a = i;
    else if (!letter && a >= 0) {
      out.push(low.slice(a, i));
      a = -1;
    }
  }
  return out;
}

/**
 * Whether `short` (the letters of a short-form title of `written` words, lower case, no spaces: `kasatpolpp`
 * of `Kasatpol PP`) abbreviates the title whose words are `words` (`titleLetterWords`): its first piece stands
 * for the title's head (the first word after any acting prefix in `skipHead`), every letter is used, and it
 * stands for more words than were written (a short form, not the title written out: `Kepala Desa X`).
 */
export function abbreviatesTitle(short: string, written: number, words: string[], skipHead: ReadonlySet<string>): boolean {
  if (short.length < 3 || short.length > MAX_SHORT) return false;
  let h = 0;
  while (h < words.length && skipHead.has(words[h]!)) h++;
  // the head's first letter opens the short form, or its first letters lie inside the head (`dan` of
  // `komandan`): most names and titles part here, before any search
  if (h >= words.length) return false;
  const head = words[h]!;
  if (head.charCodeAt(0) !== short.charCodeAt(0) && !head.includes(short.slice(0, 2))) return false;
  // the short form is no word of the title itself (`Bupati` is read as a role, not as an abbreviation)
  for (let i = h; i < words.length; i++) if (words[i] === short) return false;
  if (words.length > MAX_TITLE_WORDS) return false;
  const failed = new Uint8Array((short.length + 1) * words.length * (words.length + 1));
  return align(short, 0, words, h, 0, Math.max(2, written + 1), failed);
}

/** The letters of a speaker phrase's words (`Kasatpol PP` → `kasatpolpp`) and how many words gave them,
 *  honorifics and acting prefixes left out; no letters when a word is not capitalised (a short-form title is
 *  written with capitals). */
export function shortFormLetters(tokens: readonly PhraseToken[], skip: (low: string) => boolean): { short: string; written: number } {
  let short = '';
  let written = 0;
  for (const t of tokens) {
    if (skip(t.low)) continue;
    if (!startsUpper(t.raw)) return { short: '', written: 0 };
    for (let i = 0; i < t.low.length; i++) if (isLetterAt(t.low, i, t.low.charCodeAt(i))) short += t.low[i];
    written++;
  }
  return { short, written };
}

/** The official among `officials` (their titles' words `titleWords`, same index: `titleLetterWords`) whose
 *  title `short` abbreviates, the one mentioned last before `pos` on a
 *  tie (`lastMention`), or null. */
export function officialByShortTitle(
  short: string,
  written: number,
  officials: readonly Official[],
  titleWords: readonly string[][],
  skipHead: ReadonlySet<string>,
  lastMention: (o: Official) => number,
): Official | null {
  let best: Official | null = null;
  let bestLast = -1;
  for (let k = 0; k < officials.length; k++) {
    const o = officials[k]!;
    if (!abbreviatesTitle(short, written, titleWords[k]!, skipHead)) continue;
    const last = lastMention(o);
    if (last > bestLast) {
      best = o;
      bestLast = last;
    }
  }
  return best;
}
