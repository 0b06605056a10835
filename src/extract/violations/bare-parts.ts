// Bare parts (issue 22): a number with no unit of its own, inside the zone where a count's parts are given and followed
// by a verb or a part word, is a part of that count in the count's unit ("Dari 27 ASN yang dilaporkan, 19
// direkomendasikan ke BKN"; the agent of a bare-root passive between, "Dari 38 kasus itu, 29 kami nyatakan memenuhi
// unsur"). Read by the subset clauses (clauses.ts addParts) and the stage figures (stage-parts.ts).
import { AGENT_PRONOUNS, BARE_PART_FOLLOWERS, DEMONSTRATIVES, NEUTRALITY_CUES, OTHER_VIOLATION_KINDS, SUBSET_PHRASES, VERB_PREFIXES } from '../../lexicon/violations.js';
import { WE, alternation } from '../dates/text.js';
import { firstAtOrAfter } from '../../text/search.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, afterSpelling, bareQualifier, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';

const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
const PART_FOLLOWER = new RegExp(
  `^\\s{1,2}(?:(?:${alternation([...BARE_PART_FOLLOWERS, ...SUBSET_PHRASES, ...OTHER_VIOLATION_KINDS, ...NEUTRALITY_CUES])})${WE}|(?!(?:${alternation(DEMONSTRATIVES)})${WE})(?:${alternation(VERB_PREFIXES)})\\p{Ll}{2,}|(?:${alternation(AGENT_PRONOUNS)})\\s{1,2}\\p{Ll}{3,})`,
  'u',
);

/** The bare numbers in `[z0, z1)` (positions from the one-pass scan) not yet in `taken` that read as parts of
 *  `parent` (barePart) and that `accept` allows: each is added to `taken` and handed to `add`, in text order. */
export function bareParts(text: string, numbers: readonly number[], taken: Set<number>, parent: CountCandidate, z0: number, z1: number,
  add: (part: CountCandidate) => void, accept: (p: number) => boolean = () => true): void {
  for (let k = firstAtOrAfter(numbers, z0); k < numbers.length && numbers[k]! < z1; k++) {
    const p = numbers[k]!;
    if (taken.has(p) || !accept(p)) continue;
    const part = barePart(text, p, parent);
    if (part === null) continue;
    taken.add(p);
    add(part);
  }
}

/** A bare number at `p` (not inside a count) followed by a verb or a part word: a part in `parent`'s unit. */
export function barePart(text: string, p: number, parent: CountCandidate): CountCandidate | null {
  NUMBER_AT.lastIndex = p;
  const m = NUMBER_AT.exec(text);
  if (m === null) return null;
  const end = p + m[0].length;
  const after = afterSpelling(text, end);
  if (BARE_YEAR.test(m[0]) || isIdentifier(text, p) || !PART_FOLLOWER.test(text.slice(after, after + 40))) return null;
  if (p > 0 && /[\p{L}\p{N}.,/-]/u.test(text[p - 1]!)) return null;
  const num = parseIndonesianNumber(m[0]);
  if (!num || num.value >= parent.value) return null;
  const c = countCandidate(num.value, bareQualifier(text, p, num.approximate), { unit: parent.unit, unitClass: parent.unitClass }, p, p, p, end, p, end, 'part');
  c.parent = parent;
  return c;
}
