// Refiner `drop-overlaps`: a span already covered by an earlier (or, at the same start, longer) hit is dropped.
import type { Hit } from '../hit.js';

export function dropOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  let lastEnd = -1;
  for (const h of sorted) {
    if (h.start < 0) {
      out.push(h);
      continue;
    }
    if (h.start < lastEnd) continue;
    out.push(h);
    lastEnd = h.end;
  }
  return out;
}
