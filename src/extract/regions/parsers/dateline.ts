// Parser `dateline`: the dateline's place (`LOTIM -`, `KASONGAN -`, `KUPANG (12/2) -`).
//   pattern — the place the cleaner read from the dateline, else the place of a dateline with a bracketed date left
//             at the start of a line near the top; where it stands in the text, for the span.
//   extract — an admin word and a name (`KOTA BEKASI`), a region name or alias as the whole place, else a town
//             found in the district, village, or `<place> Utara/Baru/…` tables inside one regency (or one the body
//             names); a shared name is the city unless the body names only the regency.
import type { ExtractContext } from '../../../model.js';
import { areaByCode, districtsByName, districtsStartingWith, placesStartingWith, regencyOf, villagesByName } from '../../../lexicon/gazetteer.js';
import { tokenTable } from '../../../lexicon/matcher.js';
import { cityOf, compile, type Hit, newHit } from '../hit.js';
import { confirmedRegencies } from '../refiners/confirm-places.js';
import { extractGazetteer } from './gazetteer.js';
import { leadDatelinePlace } from '../../dates/dateline-frame.js';

const TOWN_RE = /^\p{L}[\p{L}'’. -]{1,40}$/u;
/** An admin word opening the dateline's place (`KOTA BEKASI`, `KABUPATEN BOGOR`, `Kab. Bogor`): it gives the level. */
const DATELINE_PREFIX_RE = /^(?:(KABUPATEN|Kabupaten|KAB\.?|Kab\.?)|(KOTA|Kota))[ \t]{1,2}(?=\p{L})/u;

/** The dateline's place as written: the cleaner's, else one left in the lead (`KUPANG (12/2) – …`: a bracketed date
 *  is kept). */
function datelinePlace(ctx: ExtractContext): string | undefined {
  return (ctx.dateline?.place ?? leadDatelinePlace(ctx.text, 600)?.place)?.trim();
}

/** A place written with its province after it, with a comma or none (check7/03 `Lombok Timur, NTB`, seed 001 `Lombok
 *  Timur NTB`, check16/08 `MAUMERE, NTT`): the place before the province, and the province's code. Null when no
 *  province's name or alias closes the place, or nothing stands before it, or the whole place is a region's name. */
function splitTrailingProvince(place: string): { head: string; code: string } | null {
  const toks = tokenTable(place);
  if (toks.count < 2) return null;
  const { matcher } = compile();
  // (a region's own name that ends in a province's is whole: `Banda Aceh`, `Bandar Lampung`, `Muaro Jambi`)
  if (matcher.matchAt(place, toks, 0)?.tokenEnd === toks.count) return null;
  for (let k = 1; k < toks.count; k++) {
    const m = matcher.matchAt(place, toks, k);
    if (!m || m.tokenEnd !== toks.count) continue;
    const h = extractGazetteer(place, toks, m);
    if (h === null || areaByCode(h.code)?.level !== 'province') continue;
    const head = place.slice(0, toks.starts[k]!).replace(/[\s,]+$/u, '');
    return head === '' ? null : { head, code: h.code };
  }
  return null;
}

/** The province the dateline names after its place (`Lombok Timur, NTB –`), a region of the article whether or not the
 *  cleaner took the dateline out of the text; null when the place names none or a body hit already has it. */
export function extractDatelineProvince(ctx: ExtractContext, hits: readonly Hit[]): Hit | null {
  const place = datelinePlace(ctx);
  const split = place ? splitTrailingProvince(place) : null;
  if (split === null || hits.some((h) => h.code === split.code)) return null;
  return newHit(split.code, -1, -1, 'dateline');
}

export function extractDateline(ctx: ExtractContext, bodyHits: Hit[]): Hit | null {
  const written = datelinePlace(ctx);
  // (a place with its province after it reads as the place: `Lombok Timur, NTB` → `Lombok Timur`; the province is
  // extractDatelineProvince's)
  const place = written ? (splitTrailingProvince(written)?.head ?? written) : written;
  if (!place || !TOWN_RE.test(place)) return null;
  // Where it stands in the text (near the top), for the span.
  const idx = findWord(ctx.text, place, 600);
  // already a region hit, unless that hit is the dateline itself left in the text with a shared name, which the
  // dateline settles (the caller puts this hit in its place)
  if (idx >= 0 && bodyHits.some((h) => h.start <= idx && idx < h.end && !(h.shared !== null && h.start === idx && h.end === idx + place.length))) return null;
  const { matcher, byName } = compile();
  // An admin word and a name (`KOTA BEKASI`): that level of the name.
  const pre = DATELINE_PREFIX_RE.exec(place);
  if (pre) {
    const level = pre[1] !== undefined ? 'regency' : 'city';
    for (const c of byName.get(place.slice(pre[0].length).toLowerCase()) ?? [])
      if (areaByCode(c)?.level === level) return idx < 0 ? newHit(c, -1, -1, 'dateline') : newHit(c, idx, idx + place.length, 'dateline');
    return null;
  }
  // A region name or alias as the whole place (`LOTIM`, `Pangkalpinang`).
  const ptoks = tokenTable(place);
  const pm = ptoks.count > 0 ? matcher.matchAt(place, ptoks, 0) : null;
  let code: string | null = null;
  let rule = 'dateline';
  let shared: readonly string[] | null = null;
  if (pm && pm.tokenEnd === ptoks.count) {
    const h = extractGazetteer(place, ptoks, pm);
    // (a dateline is context enough for a risky name: `BATU -`)
    if (h) {
      code = h.code;
      shared = h.shared;
    }
  }
  if (!code) {
    // A town: district name, else village name, else `<place> Baru/Lama/…` villages; one regency only.
    const bodyRegencies = confirmedRegencies(bodyHits);
    // Tiers are looked up one at a time: a district hit never loads the (larger) village table.
    // (districts named `<place> <word>` before villages of that very name: `CIKARANG` is the regency of the
    // Cikarang Utara/Selatan/… districts, not one of five villages called Cikarang)
    for (const lookup of [districtsByName, districtsStartingWith, villagesByName, placesStartingWith]) {
      const tier = lookup(place);
      const regs = [...new Set(tier.map((a) => regencyOf(a.code)!))].sort();
      if (regs.length === 0) continue;
      let chosen: string | null = regs.length === 1 ? regs[0]! : null;
      if (!chosen) {
        const inBody = regs.filter((r) => bodyRegencies.has(r));
        if (inBody.length === 1) chosen = inBody[0]!;
      }
      if (chosen) {
        code = chosen;
        rule = 'dateline-town';
      }
      break;
    }
  }
  if (!code) return null;
  // a dateline names a city: a name shared by a regency and a city is the city (`MALANG -`), unless the body names
  // the regency explicitly and never the city (`BEKASI - Pemkab Bekasi menggelar …`: filed from the regency)
  const city = shared !== null ? cityOf(shared) : null;
  if (city !== null) {
    const explicit = new Set<string>();
    for (const h of bodyHits) if (h.shared === null && !h.needsRegencyContext) explicit.add(h.code);
    const regency = explicit.has(city) ? undefined : shared!.find((c) => c !== city && explicit.has(c));
    code = regency ?? city;
    shared = null;
  }
  return idx < 0 ? newHit(code, -1, -1, rule, false, null, shared) : newHit(code, idx, idx + place.length, rule, false, null, shared);
}

function findWord(text: string, word: string, within: number): number {
  const hay = text.slice(0, within);
  let from = 0;
  for (;;) {
    const i = hay.indexOf(word, from);
    if (i < 0) return -1;
    const b = i === 0 ? '' : hay[i - 1]!;
    const a = hay[i + word.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(b) && !/[\p{L}\p{N}]/u.test(a)) return i;
    from = i + 1;
  }
}
