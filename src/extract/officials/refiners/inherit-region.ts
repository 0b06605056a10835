// Refiner `inherit-region`: a regional post named without its region takes the region of the nearest official of its
// family named before it in the article (`Kapolres Madiun Kota AKBP X … Wakapolres Kompol Y`: Y serves Kota Madiun;
// `Bupati Garut … Kepala Dinas Kominfo Hj. W`: W serves Garut). Families and the institutions that put a post outside
// them are data (lexicon/title-context.ts). The region's level must fit the role (a `bupati` takes a regency's, never a
// province's), and only provinces, regencies and cities are handed on.
import { ADMIN_UNIT_WORDS, BODY_REGION_REACH, HOUSE_COMMISSION_NAMES, REGIONAL_HOUSE_NAMES, DIVISION_ROLE, HOUSES_WITHOUT_DIVISIONS, REGION_BOUND_ELECTION_BODIES, UNIT_WORDS, REGION_FAMILY_OUTSIDERS, REGION_FAMILY_ROLES, REGION_HEAD_ROLES, ROLE_REGION_LEVEL } from '../../../lexicon/titles.js';
import { areaByCode } from '../../../lexicon/gazetteer.js';
import type { RegionMention, RegionRef } from '../../../model.js';
import type { Candidate } from '../types.js';
import { SPACE, alternationOf } from '../../../text/regex.js';
import { PARTY_ORGAN_HEADS } from '../../../lexicon/office-units.js';
import { PARTY_CONNECTIVES } from '../../../lexicon/title-words.js';

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
  inheritBodyRegions(candidates);
  inheritUnitRegions(candidates);
  inheritDivisionBodies(candidates);
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

/** A unit word opening the unit a title names (`Komisi`, `Bidang`, `Divisi`: UNIT_WORDS), capitalised, after a space. */
const ADMIN_UNIT: ReadonlySet<string> = new Set(ADMIN_UNIT_WORDS);
const UNIT_IN_TITLE_RE = new RegExp(`[ \\t](?:${alternationOf(UNIT_WORDS.filter((w) => !ADMIN_UNIT.has(w)), { space: SPACE.literal })})(?![\\p{L}\\p{N}])`, 'u');
/** `Ketua Komisi I DPRD Balangan X, didampingi Wakil Ketua Komisi I, Y`: a post of a unit written without its body or
 *  region takes the body and region of the nearest post before it (close by, BODY_REGION_REACH) whose title names the
 *  same unit followed by its body. */
function inheritUnitRegions(candidates: Candidate[]): void {
  const units = new Map<Candidate, string>();
  for (const o of candidates) {
    if (o.region || !o.title) continue;
    const m = UNIT_IN_TITLE_RE.exec(o.title);
    const unit = m ? o.title.slice(m.index + 1).replace(/[ \t]+/gu, ' ') : '';
    // (its institution, if any, the unit alone: `Badan Kehormatan`)
    if (m && (o.institution === null || o.institution.replace(/[ \t]+/gu, ' ') === unit)) units.set(o, unit);
  }
  if (units.size === 0) return;
  const ordered = [...candidates].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  for (let i = 0; i < ordered.length; i++) {
    const o = ordered[i]!;
    const unit = units.get(o);
    if (unit === undefined) continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = ordered[j]!;
      if (o.spans[0]!.start - p.spans[0]!.end > BODY_REGION_REACH) break;
      if (!p.region || !p.title || !` ${p.title.replace(/[ \t]+/gu, ' ')} `.includes(` ${unit} `)) continue;
      o.region = p.region;
      o.institution = p.institution;
      break;
    }
  }
}

const NO_DIVISIONS: ReadonlySet<string> = new Set(HOUSES_WITHOUT_DIVISIONS);
/** `Ketua Bawaslu Malinau, X, didampingi Koordinator Divisi Penanganan Pelanggaran …, Y`: a division post written
 *  without its body or region is a member's post of the election body (never a house: DPRD has no divisions) whose
 *  post is named nearest before it, close by (BODY_REGION_REACH), with that body and region. */
function inheritDivisionBodies(candidates: Candidate[]): void {
  if (!candidates.some((o) => o.role === DIVISION_ROLE && !o.region && !o.institution)) return;
  const ordered = [...candidates].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  let last: { body: string; o: Candidate } | null = null;
  for (const o of ordered) {
    const body = bodyOf(o.role);
    if (body && !NO_DIVISIONS.has(body) && o.region && o.institution) last = { body, o };
    else if (last && o.role === DIVISION_ROLE && !o.region && !o.institution && o.spans[0]!.start - last.o.spans[0]!.end <= BODY_REGION_REACH) {
      o.region = last.o.region;
      o.institution = last.o.institution;
      o.role = `anggota ${last.body}`;
    }
  }
}

const ELECTION_BODY: ReadonlySet<string> = new Set(REGION_BOUND_ELECTION_BODIES);
/** The body a role names (`anggota kpu` → `kpu`), when it is a regional election body or house. */
function bodyOf(role: string | null): string | null {
  const last = role?.split(' ').pop();
  return last !== undefined && ELECTION_BODY.has(last) ? last : null;
}
/** `Ketua KPU Asahan X didampingi anggota KPU divisi teknis Y`: a post of a regional election body or house written
 *  without its region and without a national marker (its institution the bare body) takes the region of the nearest
 *  post of the same body named before it, close by (BODY_REGION_REACH). */
function inheritBodyRegions(candidates: Candidate[]): void {
  if (!candidates.some((o) => !o.region && bodyOf(o.role) !== null)) return;
  const ordered = [...candidates].sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  const last = new Map<string, { region: RegionRef; end: number }>();
  for (const o of ordered) {
    const body = bodyOf(o.role);
    if (!body) continue;
    if (o.region) {
      last.set(body, { region: o.region, end: o.spans[0]!.end });
      continue;
    }
    const from = last.get(body);
    const bare = o.institution === null || o.institution.toLowerCase() === body;
    if (from && bare && o.spans[0]!.start - from.end <= BODY_REGION_REACH) {
      o.region = from.region;
      o.institution = `${o.institution ?? body.toUpperCase()} ${areaByCode(from.region.code)?.core ?? from.region.name}`;
    }
  }
}

/** `Pilkada Purbalingga 2024 sudah usai. Bupati terpilih, Ir. X, …`, `Penjabat Bupati saat itu, Y`: a region's head
 *  (or deputy) written without the region, in an article that names exactly one area of the level the post governs
 *  before it, heads that area, unless another head already does (then the post may be another area's). */
export function headsFromArticle(candidates: Candidate[], regions: readonly RegionMention[]): void {
  const written = new Set<string>();
  for (const o of candidates) if (o.region && o.role !== null && ROLE_REGION_LEVEL[o.role]) written.add(o.region.code);
  for (const o of candidates) {
    const need = o.role === null ? undefined : ROLE_REGION_LEVEL[o.role];
    if (o.region || !need) continue;
    const at = o.spans[0]!.start;
    let only: RegionMention | null = null;
    let many = false;
    for (const r of regions) {
      if (r.level !== need) continue;
      if (only) many = true;
      else if (r.spans.some((x) => x.start < at)) only = r;
      else many = true;
    }
    // (never an area a head written with it heads: `Pj Bupati Pulpis X … Bupati Y` may be another regency's)
    if (only && !many && !written.has(only.code)) o.region = { code: only.code, name: only.name };
  }
}

/** A title that names a house commission's post and stops at the commission (`Ketua Komisi A`, `anggota Komisi II`), or
 *  at the member's faction or party after it (`Anggota Komisi I dari Fraksi Golkar, X`, `Ketua Komisi A Fraksi PDI
 *  Perjuangan, X`: the faction names no house, the lead's `Komisi I DPRD Kabupaten X` does). */
const PARTY_TAIL = `[ \\t]{1,2}(?:(?:${alternationOf(PARTY_CONNECTIVES, { space: SPACE.literal })})[ \\t]{1,2})?(?:${alternationOf(PARTY_ORGAN_HEADS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)), { space: SPACE.literal })})[ \\t]{1,2}[^,.\\n]+`;
const BARE_COMMISSION_RE = new RegExp(`(?:^|[ \\t])Komisi[ \\t]{1,2}(${alternationOf(HOUSE_COMMISSION_NAMES, { space: SPACE.literal })})(?:${PARTY_TAIL})?$`, 'u');
/** How far before a region's mention the `Komisi X DPRD` that opens it may start (characters: the house's name spelled
 *  out with its acronym, `Komisi A Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten`, is about 60). */
const COMMISSION_HOUSE_REACH = 80;
/** `Komisi A DPRD Kabupaten Maluku Barat Daya menggelar rapat … Rapat dipimpin Ketua Komisi A, X`: a commission's post
 *  written without its house takes the region the article wrote after that commission and a regional house
 *  (REGIONAL_HOUSE_NAMES) before it, outside any official's title (the commission as the lead's subject); the region of
 *  the one written last before the post. */
export function commissionsFromArticle(candidates: Candidate[], regions: readonly RegionMention[], text: string): void {
  for (const o of candidates) {
    if (o.region || !o.title) continue;
    const m = BARE_COMMISSION_RE.exec(o.title);
    if (!m) continue;
    const at = o.spans[0]!.start;
    const house = new RegExp(`Komisi[ \\t]{1,2}${m[1]}[ \\t]{1,2}(?:${alternationOf(REGIONAL_HOUSE_NAMES, { space: SPACE.literal })})(?![\\p{L}\\p{N}])[^.\\n]*$`, 'u');
    let best: { start: number; r: RegionMention } | null = null;
    for (const r of regions) {
      if (r.level !== 'province' && r.level !== 'regency' && r.level !== 'city') continue;
      for (const s of r.spans) {
        if (s.start >= at || (best && s.start <= best.start)) continue;
        // (a region inside an official's own title is the unit rule's, within its reach: inheritUnitRegions)
        if (candidates.some((c) => c.spans.some((x) => x.start <= s.start && s.end <= x.end))) continue;
        if (house.test(text.slice(Math.max(0, s.start - COMMISSION_HOUSE_REACH), s.start))) best = { start: s.start, r };
      }
    }
    if (best) o.region = { code: best.r.code, name: best.r.name };
  }
}
