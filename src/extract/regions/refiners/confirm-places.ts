// Refiner `confirm-places`: district/village hits keep only candidates inside a regency the article names elsewhere
// (or a district name unique in the whole country).
import { regencyOf } from '../../../lexicon/gazetteer.js';
import { type Hit, withCode } from '../hit.js';

/** The regencies of the hits that need no confirmation (regencyOf their codes; provinces have none). */
export function confirmedRegencies(hits: readonly Hit[]): Set<string> {
  const regs = new Set<string>();
  for (const h of hits) {
    if (h.needsRegencyContext) continue;
    const r = regencyOf(h.code);
    if (r) regs.add(r);
  }
  return regs;
}

export function confirmPlaces(hits: Hit[]): Hit[] {
  const regs = confirmedRegencies(hits);
  const out: Hit[] = [];
  for (const h of hits) {
    if (!h.needsRegencyContext) {
      out.push(h);
      continue;
    }
    const cands = h.candidates ?? [h.code];
    let inside: string | null = null;
    let count = 0;
    for (const c of cands)
      if (regs.has(regencyOf(c)!)) {
        inside = c;
        count++;
      }
    if (count === 1) out.push(withCode(h, inside!, false));
    else if (count === 0 && cands.length === 1 && h.rule === 'kecamatan-context') out.push(withCode(h, h.code, false));
  }
  return out;
}
