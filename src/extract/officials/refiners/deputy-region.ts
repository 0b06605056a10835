// Refiner `deputy-region` (run inside the title parsers, on each named title as it is found): `Bupati Lombok Timur
// H. Sukiman Azmy dan Wakil Bupati H. Rumaksi` — a deputy without a region shares the region (and institution)
// of the head named just before, in the same sentence.
import { DEPUTY_HEADS } from '../../../lexicon/titles.js';
import type { Candidate } from '../types.js';

/** The head whose region a deputy (`role`, no region, its span starting at `spanStart`) takes, or null. `named`:
 *  the named titles found so far, in text order. */
export function deputyHeadOf(text: string, named: readonly Candidate[], role: string, spanStart: number): Candidate | null {
  if (!DEPUTY_HEADS[role]) return null;
  const head = named[named.length - 1];
  const gap = head ? text.slice(head.spans[0]!.end, spanStart) : '';
  if (head?.region && head.role === DEPUTY_HEADS[role] && gap.length <= 40 && !/[.!?]/u.test(gap)) return head;
  return null;
}
