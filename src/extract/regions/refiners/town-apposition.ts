// Refiner `town-apposition`: `Depok, Sleman`, `Kediri, Lombok Barat` — a bare regency or city name followed, after a
// comma, by a regency or city in which a district of that name lies is that district (news places a town by its
// regency), never the other regency or city of that name (Kota Depok, Kabupaten Kediri).
import { areaByCode, districtsByName, regencyOf } from '../../../lexicon/gazetteer.js';
import { type Hit, newHit } from '../hit.js';

/** `, ` with 1–2 spaces: the apposition gap. */
const APPOSITION_GAP = /^,[ \t]{1,2}$/u;

export function resolveTownAppositions(text: string, hits: Hit[]): Hit[] {
  let out: Hit[] | null = null;
  for (let k = 0; k + 1 < hits.length; k++) {
    const h = hits[k]!;
    const next = hits[k + 1]!;
    if (h.start < 0 || h.needsRegencyContext || h.rule === 'admin-prefix' || next.start < h.end || next.start - h.end > 3) continue;
    if (!APPOSITION_GAP.test(text.slice(h.end, next.start))) continue;
    const level = areaByCode(h.code)?.level;
    const nextLevel = areaByCode(next.code)?.level;
    if ((level !== 'regency' && level !== 'city') || (nextLevel !== 'regency' && nextLevel !== 'city') || next.code === h.code) continue;
    let district: string | null = null;
    for (const d of districtsByName(text.slice(h.start, h.end))) if (regencyOf(d.code) === next.code) district = d.code;
    if (district === null) continue;
    out ??= hits.slice();
    out[k] = newHit(district, h.start, h.end, 'town-apposition');
  }
  return out ?? hits;
}
