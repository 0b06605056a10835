import { areaByCode } from '../../lexicon/gazetteer.js';
import { regionsNamed } from './complement.js';
import { capWordEnds } from './complement-place.js';
import { spaceLenAt } from './scan.js';
import type { RegionAt } from './types.js';

/** `Ketua Bawaslu OKU Selatan, Deni Iskandar`, `Kepala BKPSDM OKU Timur, X`, `Bupati OKU Timur Lanosin`: a region
 *  written by its short form (`OKU`, the regions extractor's alias of Ogan Komering Ulu) then one or two capitalised
 *  words that, after the region's full name, name another region of the same province in the gazetteer (`Ogan
 *  Komering Ulu Selatan`: a split regency keeps its parent's name with a compass word, or another word) are that
 *  region, not the short form's region and a name. Derived from the gazetteer for every short form, no list. */
export function variantRegionAt(text: string, r: RegionAt): RegionAt {
  const area = areaByCode(r.code);
  if (!area || area.core.toLowerCase() === r.bare.toLowerCase()) return r;
  const sp = spaceLenAt(text, r.end);
  if (sp === 0 || sp > 2) return r;
  const ends = capWordEnds(text, r.end + sp).slice(0, 2);
  for (let n = ends.length; n >= 1; n--) {
    const words = text.slice(r.end + sp, ends[n - 1]).replace(/[ \t]+/gu, ' ');
    const province = r.code.split('.')[0]!;
    const fit = regionsNamed(`${area.core} ${words}`, '')?.filter((a) => a.code !== r.code && a.code.split('.')[0] === province && a.level !== 'province');
    if (fit?.length === 1) return { end: ends[n - 1]!, code: fit[0]!.code, bare: `${r.bare} ${words}` };
  }
  return r;
}
