// A source inserted between a subject and its predicate (`Guru dan tenaga kesehatan, menurut dia, mendominasi daftar
// terlapor …`): the subject before the aside is part of what was said, the statement's first part. Only a noun
// phrase opening the sentence qualifies (a capital, no connective, fronted preposition or subordinator first, no
// other comma, a few words): an adjunct or a connective before the aside (`Sementara itu, menurut Camat X, …`)
// frames the sentence and stays out, and so does a preposition, a time adverbial or a discourse particle
// (ASIDE_FRAME_OPENERS: `Terhadap ASN yang terbukti, menurut X, sanksi …`, `Kemarin, menurut X, …`). The head is
// taken only when the content after the aside opens with a predicate (`…, menurut dia, mendominasi …`): content
// opening with its own subject (`…, menurut X, sanksi akan diberikan`) needs none.
import { FRONTED_ADJUNCT_OPENERS, SECTION_CONNECTIVES, SUBORDINATORS } from '../../lexicon/attribution.js';
import { ASIDE_FRAME_OPENERS } from '../../lexicon/attribution-aside.js';
import { opensWithActiveVerb, opensWithPredicate } from './clause.js';
import type { Range } from './doc.js';

const MAX_SUBJECT_WORDS = 8;
const NOT_SUBJECT = new Set([...SECTION_CONNECTIVES, ...FRONTED_ADJUNCT_OPENERS, ...SUBORDINATORS, ...ASIDE_FRAME_OPENERS]);
/** The sentence's opening up to the aside's comma: a capitalised first word, no comma or quote mark before it. */
const OPENING = /^\s*(\p{Lu}[\p{L}\p{N}-]*)[^,;:"“”„«»()]*,\s*$/u;

/** The subject before an aside at `at` in the sentence from `start`, when the aside's content `content` opens
 *  with a predicate, or null. */
export function subjectBeforeAside(text: string, start: number, at: number, content: string): Range | null {
  if (at <= start || !(opensWithPredicate(content) || opensWithActiveVerb(content))) return null;
  const before = text.slice(start, at);
  const m = OPENING.exec(before);
  if (!m || NOT_SUBJECT.has(m[1]!.toLowerCase())) return null;
  const words = before.trim().split(/\s+/u).length;
  if (words > MAX_SUBJECT_WORDS) return null;
  const lead = before.length - before.trimStart().length;
  return { start: start + lead, end: start + before.lastIndexOf(',') };
}
