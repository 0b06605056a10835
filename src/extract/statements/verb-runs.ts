// Where two indirect parsers can match: at a word run of the article that is one of their verbs' first word.
//   `indirect-verb` (indirect.ts `subjectVerb`: `Sugito menegaskan …`): its pattern has no literal a sentence
//     must hold (`needs`), so it was tried on every sentence outside the direct quotes (two in three hold no
//     reporting verb); case-sensitive, so the run must be the word as written.
//   `indirect-passive` (`passiveNya`: `… dikatakannya …`): its `needs` was the verbs' common ending `nya`,
//     case-insensitive: a slow native scan (no fast first-letter search) that most sentences passed anyway;
//     case-insensitive, so the run lower-cased must be the word (exact for ASCII text: only `ſ` and the
//     Kelvin sign fold to ASCII letters, and an article holding either is tried everywhere, as before).
// Derived from the lexicons the patterns are built from; pinned by test/extract/statements-equivalence.test.ts
// (a match of the pattern at a word start ⇒ `mayHoldVerb`).
import { INDIRECT_VERBS, PASSIVE_NYA_VERBS } from '../../lexicon/attribution.js';
import { isWordCharAt, isWordCharBefore } from '../../nlp/words.js';
import { indexOf } from '../../text/index.js';
import { WordFilter } from '../officials/word-filter.js';
import type { Doc } from './doc.js';

/** The first word of each verb (`menginstruksikan kepada` → `menginstruksikan`, `mewanti-wanti` → `mewanti`):
 *  the pattern (at a word start, its first word followed by white space, a hyphen or a word end) can match
 *  only where a word run of the text is one of these. The verbs are written in lower-case ASCII, which the
 *  checks rely on. */
function firstWords(verbs: readonly string[]): ReadonlySet<string> {
  return new Set(verbs.map((v) => {
    const w = /^[\p{L}\p{N}]+/u.exec(v)?.[0];
    if (!w || !/^[a-z]+$/u.test(w)) throw new Error(`verb must start with a lower-case ASCII word: ${v}`);
    return w;
  }));
}
export const VERB_FIRST_WORDS = firstWords(INDIRECT_VERBS.map((v) => v.verb));
export const PASSIVE_FIRST_WORDS = firstWords(PASSIVE_NYA_VERBS);
const VERB_FIRST_FILTER = new WordFilter(VERB_FIRST_WORDS);
const PASSIVE_FIRST_FILTER = new WordFilter(PASSIVE_FIRST_WORDS);

/** The starts of the word runs of the article that are a reporting verb's first word as written (`indirect-verb`,
 *  case-sensitive), in order. */
export function verbRunStarts(doc: Doc): number[] {
  return runStarts(doc, VERB_FIRST_FILTER, true);
}

/** The same for the passive -nya verbs (`indirect-passive`, any case); null when the article holds a character
 *  that folds to an ASCII letter (`ſ`, `K`): then every sentence may hold one. */
export function passiveRunStarts(doc: Doc): number[] | null {
  if (doc.text.includes('\u017f') || doc.text.includes('\u212a')) return null;
  return runStarts(doc, PASSIVE_FIRST_FILTER, false);
}

function runStarts(doc: Doc, filter: WordFilter, asWritten: boolean): number[] {
  const ix = indexOf(doc.ctx);
  const { count, starts, ends } = ix.runs;
  const lowers = ix.runLowers;
  const text = doc.text;
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    // in the set lower-cased (and, case-sensitive, written so: the run is its own lower case)
    if (filter.hasRun(text, s, ends[k]!, lowers[k]!) && (!asWritten || text.startsWith(lowers[k]!, s))) out.push(s);
  }
  return out;
}

/** Whether such a pattern may match in the sentence `[start, end)`: a verb's first word starts in it (`starts`:
 *  verbRunStarts, passiveRunStarts; null: anywhere), or a word run crosses one of its edges (the sentence's text
 *  then begins or ends inside a run, whose piece the pattern reads as a word of its own: tried as before). */
export function mayHoldVerb(text: string, starts: readonly number[] | null, start: number, end: number): boolean {
  if (starts === null) return true;
  if (start > 0 && isWordCharBefore(text, start) && isWordCharAt(text, start)) return true;
  if (end < text.length && isWordCharBefore(text, end) && isWordCharAt(text, end)) return true;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < end;
}
