// Refiner `resolve-shared`: a bare name shared by a regency and a city (`Malang`, `Bima`) joins the one the article
// names explicitly (`Kota Malang`, `Pemkab Bima`) when only one is.
import { type Hit, withCode } from '../hit.js';

export function resolveShared(hits: Hit[]): Hit[] {
  const explicit = new Set<string>();
  for (const h of hits) if (!h.shared && !h.needsRegencyContext) explicit.add(h.code);
  const out: Hit[] = [];
  for (const h of hits) {
    if (!h.shared) {
      out.push(h);
      continue;
    }
    // the one code of the shared name that the article names explicitly, if exactly one
    let named: string | null = null;
    let count = 0;
    for (const c of h.shared)
      if (explicit.has(c)) {
        named = c;
        count++;
      }
    out.push(count === 1 && named !== h.code ? withCode(h, named!) : h);
  }
  return out;
}
