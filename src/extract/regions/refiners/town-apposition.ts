// Refiner `town-apposition`: `Depok, Sleman`, `Kediri, Lombok Barat` — a bare regency or city name followed, after a
// comma, by a regency or city in which a district of that name lies is that district (news places a town by its
// regency), never the other regency or city of that name (Kota Depok, Kabupaten Kediri); and a kecamatan's name that
// is no region's, placed so by its regency or city (`di Porong, Sidoarjo`, `Menteng, Jakarta Pusat`), is that district.
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
  const placed = placedDistricts(text, out ?? hits);
  return placed.length > 0 ? [...(out ?? hits), ...placed].sort((a, b) => a.start - b.start || b.end - a.end) : (out ?? hits);
}

/** One or two capitalised words, then the apposition's comma, closing the text before a regency's or a city's hit. */
const PLACED_WORDS_RE = /(\p{Lu}[\p{L}'’-]{1,30})(?:[ \t]{1,2}(\p{Lu}[\p{L}'’-]{1,30}))?,[ \t]{1,2}$/u;
/** The word before a run of capitalised words: a capitalised one would make the district's words a name's tail
 *  (`Ahmad Porong, Sidoarjo`). */
const WORD_BEFORE_RE = /(\p{L}[\p{L}'’-]*)[ \t]{1,2}$/u;
/** How far before a hit the district's words are read (two words of 30 letters, their spaces and the comma). */
const PLACED_WINDOW = 72;

/** `Warga di Porong, Sidoarjo, …`, `di kantor KPU, Menteng, Jakarta Pusat`: one or two capitalised words that no hit
 *  covers, not after another capitalised word, then a comma and a regency's or a city's hit, naming a kecamatan of that
 *  regency or city (the longer reading first), are that district. */
function placedDistricts(text: string, hits: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.start < 0 || h.listOnly || h.shared !== null || h.needsRegencyContext) continue;
    const level = areaByCode(h.code)?.level;
    if (level !== 'regency' && level !== 'city') continue;
    const lo = Math.max(0, h.start - PLACED_WINDOW);
    const m = PLACED_WORDS_RE.exec(text.slice(lo, h.start));
    if (!m) continue;
    const prevEnd = k > 0 ? hits[k - 1]!.end : -1;
    const runStart = lo + m.index;
    const readings: Array<[number, string]> = m[2] ? [[runStart, `${m[1]} ${m[2]}`], [runStart + m[0].indexOf(m[2], m[1]!.length), m[2]]] : [[runStart, m[1]!]];
    for (const [start, words] of readings) {
      if (start < prevEnd) continue;
      const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, start - 32), start));
      if (before && /^\p{Lu}/u.test(before[1]!)) continue;
      const d = districtsByName(words).find((a) => regencyOf(a.code) === h.code);
      if (!d) continue;
      out.push(newHit(d.code, start, runStart + m[0].lastIndexOf(','), 'town-apposition'));
      break;
    }
  }
  return out;
}
