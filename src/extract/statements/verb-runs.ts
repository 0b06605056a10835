// Where `indirect-verb` (indirect.ts `subjectVerb`: `Sugito menegaskan …`) can match: at a word run of the
// article that is a reporting verb's first word as written. Its pattern has no literal a sentence must hold
// (`needs`), so without this it was tried on every sentence outside the direct quotes; two in three hold no
// reporting verb. Derived from the lexicon the pattern is built from (INDIRECT_VERBS); pinned by
// test/extract/statements-equivalence.test.ts (a boundary match of the pattern ⇒ `mayHoldVerb`).
import { INDIRECT_VERBS } from '../../lexicon/attribution.js';
import { isWordCharAt, isWordCharBefore } from '../../nlp/words.js';
import { indexOf } from '../../text/index.js';
import { WordFilter } from '../officials/word-filter.js';
import type { Doc } from './doc.js';

/** The first word of each reporting verb (`menginstruksikan kepada` → `menginstruksikan`, `mewanti-wanti` →
 *  `mewanti`). `subjectVerb`'s pattern (case-sensitive, at a word start, its first word followed by white
 *  space, a hyphen or a word end) can match only where a word run of the text is exactly one of these: a
 *  sentence without one is not tried (`mayHoldVerb`). The verbs are written in lower case, which the check
 *  relies on (a capitalised `Meminta` is no match). */
export const VERB_FIRST_WORDS: ReadonlySet<string> = new Set(INDIRECT_VERBS.map((v) => {
  const w = /^[\p{L}\p{N}]+/u.exec(v.verb)?.[0];
  if (!w || w !== w.toLowerCase()) throw new Error(`reporting verb must start with a lower-case word: ${v.verb}`);
  return w;
}));
const VERB_FIRST_FILTER = new WordFilter(VERB_FIRST_WORDS);

/** The starts of the word runs of the article that are a reporting verb's first word as written, in order. */
export function verbRunStarts(doc: Doc): number[] {
  const ix = indexOf(doc.ctx);
  const { count, starts, ends } = ix.runs;
  const lowers = ix.runLowers;
  const text = doc.text;
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const s = starts[k]!;
    // in the set lower-cased, and written so (the run is its own lower case)
    if (VERB_FIRST_FILTER.hasRun(text, s, ends[k]!, lowers[k]!) && text.startsWith(lowers[k]!, s)) out.push(s);
  }
  return out;
}

/** Whether `subjectVerb`'s pattern may match in the sentence `[start, end)`: a verb's first word starts in it
 *  (`starts`: verbRunStarts), or a word run crosses one of its edges (the sentence's text then begins or ends
 *  inside a run, whose piece the pattern reads as a word of its own: tried as before). */
export function mayHoldVerb(text: string, starts: readonly number[], start: number, end: number): boolean {
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
