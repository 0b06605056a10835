// Items of a breakdown of people coordinated after the people a kept count names as its object (round 15, counts14b):
// "empat di antaranya melibatkan guru honorer, dua camat, dan satu lurah", "tiga laporan terhadap kepala desa, dua
// camat dan satu lurah". The first item is counted before its people (a subset, a case count); the next items are
// figures of people with no cue of their own. context.ts keeps them (requireContext); objectItemParents gives them
// the first item's whole.
import { PERSON_UNITS } from '../../lexicon/violations.js';
import { alternation } from '../dates/text.js';
import type { CountCandidate } from './parsers.js';

/** Between a kept count and the next figure of people: the people of the kept count's clause, after a verb or a
 *  link (a word or two and a person noun, its modifier after it: "di antaranya melibatkan guru honorer"), then a
 *  coordinator (", ", " dan ", ", dan "), or, after an item, only the coordinator. No sentence or clause mark but the
 *  comma, no figure. */
export const OBJECT_THEN_ITEM = new RegExp(
  `^(?:(?:\\s{1,2}[\\p{Ll}-]+){0,4}?\\s{1,2}(?:${alternation(Object.keys(PERSON_UNITS).filter((w) => w !== 'orang'))})(?:\\s{1,2}\\p{Ll}+)?)?\\s{0,2}(?:,\\s{1,2}(?:(?:dan|serta)\\s{1,2})?|\\s(?:dan|serta)\\s{1,2})$`,
  'iu',
);
export const OBJECT_ITEM_REACH = 70;
/** The last of `list` (sorted by start) ending at or before `pos`. */
export function lastEndingBefore(list: readonly CountCandidate[], pos: number): CountCandidate | undefined {
  let best: CountCandidate | undefined;
  for (const d of list) if (d.end <= pos && (best === undefined || d.end > best.end)) best = d;
  return best;
}

/** An item kept by requireContext after the object of a part takes that part's whole: each figure of people whose
 *  only link back is OBJECT_THEN_ITEM to a count with a parent (or to an item that took one), smaller than that
 *  whole. Runs after the parents are set. */
export function objectItemParents(list: CountCandidate[], text: string): void {
  for (const c of list) {
    if (c.parent !== null || c.unitClass !== 'person' || c.unitEnd <= c.numStart) continue;
    const a = lastEndingBefore(list, c.start);
    if (a === undefined || a.parent === null || c.start - a.end > OBJECT_ITEM_REACH || !OBJECT_THEN_ITEM.test(text.slice(a.end, c.start))) continue;
    if (c.value < a.parent.value) c.parent = a.parent;
  }
}
