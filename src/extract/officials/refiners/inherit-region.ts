// Refiner `inherit-region`: a regional post named without its region takes the region of the nearest official of its
// family named before it in the article (`Kapolres Madiun Kota AKBP X … Wakapolres Kompol Y`: Y serves Kota Madiun;
// `Bupati Garut … Kepala Dinas Kominfo Hj. W`: W serves Garut). Families and the institutions that put a post outside
// them are data (lexicon/title-context.ts). The region's level must fit the role (a `bupati` takes a regency's, never a
// province's), and only provinces, regencies and cities are handed on.
import { REGION_FAMILY_OUTSIDERS, REGION_FAMILY_ROLES, REGION_HEAD_ROLES, ROLE_REGION_LEVEL } from '../../../lexicon/titles.js';
import { areaByCode } from '../../../lexicon/gazetteer.js';
import type { RegionRef } from '../../../model.js';
import type { Candidate } from '../types.js';

const OUTSIDER = new Set(REGION_FAMILY_OUTSIDERS);
const HEAD: ReadonlySet<string> = new Set(REGION_HEAD_ROLES);
const MINISTRY_RE = /^kem(?:en)?\p{Ll}{2,}$/u;
/** The institution (or the title) names a body outside the regional government and police (a ministry, an election body, …). */
function outsider(institution: string | null): boolean {
  if (!institution) return false;
  for (const w of institution.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (OUTSIDER.has(w) || MINISTRY_RE.test(w)) return true;
  return false;
}
/** A region at the level a role needs (ROLE_REGION_LEVEL; any of province, regency, city for the others). */
function fits(role: string, region: RegionRef): boolean {
  const level = areaByCode(region.code)?.level;
  if (level !== 'province' && level !== 'regency' && level !== 'city') return false;
  const need = ROLE_REGION_LEVEL[role];
  return !need || need === level || (need !== 'province' && level !== 'province');
}

/** Sets the region of each candidate of a family role that has none, in text order (candidates given in any order). */
export function inheritRegions(candidates: Candidate[]): void {
  // (most articles name no post of a family without its region: settled before sorting)
  if (!candidates.some((o) => !o.region && o.role !== null && REGION_FAMILY_ROLES[o.role] !== undefined && !HEAD.has(o.role))) return;
  const ordered = [...candidates].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  let police: RegionRef | null = null;
  let civil: RegionRef | null = null;
  let last: RegionRef | null = null;
  for (const o of ordered) {
    const family = o.role === null ? undefined : REGION_FAMILY_ROLES[o.role];
    if (!family || o.role === null || outsider(o.institution) || outsider(o.title)) continue;
    if (!o.region && !HEAD.has(o.role)) {
      const from: RegionRef | null = family === 'police' ? police : family === 'civil' ? civil : last;
      if (from && fits(o.role, from)) o.region = from;
    }
    if (!o.region) continue;
    const level = areaByCode(o.region.code)?.level;
    if (level !== 'province' && level !== 'regency' && level !== 'city') continue;
    if (family === 'police') police = o.region;
    else if (family === 'civil') civil = o.region;
    last = o.region;
  }
}
