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

export function extractDateline(ctx: ExtractContext, bodyHits: Hit[]): Hit | null {
  // the cleaner's dateline, else one it leaves in the lead (`KUPANG (12/2) – …`: a bracketed date is kept)
  const place = (ctx.dateline?.place ?? leadDatelinePlace(ctx.text, 600)?.place)?.trim();
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
