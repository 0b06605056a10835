// A reporting verb coordinated after a first predicate (`Anik mengapresiasi kegiatan tersebut dan mengajak
// masyarakat melapor …`): its subject is the first predicate's, the words before the clause's first active verb.
// Read by the `indirect-verb` parser (indirect.ts) when the word before the reporting verb is a coordinator
// (VERB_COORDINATORS); a coordinator before a verb with no active verb before it (`ASN dilarang berkampanye dan
// menyatakan dukungan`: a passive first) or whose first verb is subordinate (`yang`, `untuk`: INDIRECT_BLOCKERS)
// names no subject.
import { INDIRECT_BLOCKERS } from '../../lexicon/attribution.js';
import { isActiveMen } from './clause.js';

const BLOCKER = new Set(INDIRECT_BLOCKERS);
/** A lower-case word. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}-]*/gu;
/** Fewest characters of the subject before the first verb (a name or a title). */
const MIN_SUBJECT = 2;

/** The offset in `prefix` (the sentence before the coordinator and the reporting verb) where the first
 *  predicate's active verb starts, its subject before it; -1 when the words name no subject. */
export function firstPredicateAt(prefix: string): number {
  LOWER_WORD.lastIndex = 0;
  let prev = '';
  for (let m = LOWER_WORD.exec(prefix); m; m = LOWER_WORD.exec(prefix)) {
    const w = m[0];
    if (isActiveMen(w)) return BLOCKER.has(prev) || prefix.slice(0, m.index).trim().length < MIN_SUBJECT ? -1 : m.index;
    prev = w;
  }
  return -1;
}

