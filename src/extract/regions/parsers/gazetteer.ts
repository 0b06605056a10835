// Parser `gazetteer`: province, regency and city names and aliases (one compiled phrase matcher, one pass over the
// text's tokens).
//   pattern — a PhraseMatcher match (index.ts runs matchAll).
//   extract — mastheads (`Radar Lombok`) rejected; the level from an admin prefix or a level cue; a risky name
//             (`Medan`, `Batu`) needs context or a list of places; a name shared by a regency and a city is marked.
import type { RegionLevel } from '../../../model.js';
import { areaByCode, type Area } from '../../../lexicon/gazetteer.js';
import { ACRONYMS_NOT_BODIES } from '../../../lexicon/region-aliases.js';
import type { PhraseMatch, TokenTable } from '../../../lexicon/matcher.js';
import {
  CONTEXT_RE,
  CUE_CONTEXT,
  CUE_CULTURE,
  CUE_DISTRICT_TITLE,
  CULTURE_RE,
  DISTRICT_TITLE_RE,
  CUE_LEVEL,
  CUE_MEDIA,
  CUE_PREFIX,
  CUE_UNIT,
  CUE_WEAK,
  cueMask,
  LEVEL_CUE_RE,
  NAME_HEADS,
  MEDIA_AFTER,
  MEDIA_BEFORE_RE,
  PREFIX_RE,
  UNIT_RE,
  UPPER_START,
  WEAK_CONTEXT_RE,
} from '../cues.js';
import { codesOf, compile, type Entry, type Hit, newHit } from '../hit.js';

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, regency: 1, city: 2, district: 3, village: 4 };

export function extractGazetteer(text: string, tokens: TokenTable, m: PhraseMatch<Entry>): Hit | null {
  const { risky } = compile();
  const lo = Math.max(0, m.start - 40);
  const cues = cueMask(text, lo, m.start);
  // the 40 characters before the name, where the context regexes look (only when one of them can match)
  const before = cues !== 0 ? text.slice(lo, m.start) : '';
  // the token right after the name, when the phrase could run on into it (`Kalteng Pos`)
  const next = m.tokenEnd < tokens.count && tokens.joinsPrev(m.tokenEnd) ? text.slice(tokens.starts[m.tokenEnd]!, tokens.ends[m.tokenEnd]!) : null;
  // Mastheads: `Kalteng Pos`, `Radar Lombok`.
  if (next !== null && MEDIA_AFTER.has(next)) return null;
  if ((cues & CUE_MEDIA) !== 0 && MEDIA_BEFORE_RE.test(before)) return null;
  // A people or a custom (`adat Minahasa`, `suku Bima`); a district after its title (`Camat Kediri`: parser
  // admin-context reads it); the end of an academic institution's or a facility's name (`Universitas Negeri Semarang`,
  // `Bandara Internasional Sepinggan Balikpapan`, `Bursa Efek Surabaya`).
  if ((cues & CUE_CULTURE) !== 0 && CULTURE_RE.test(before)) return null;
  if ((cues & CUE_DISTRICT_TITLE) !== 0 && DISTRICT_TITLE_RE.test(before)) return null;
  if (inInstitutionName(text, tokens, m.tokenStart)) return null;

  const codes = m.values.length === 1 ? m.values[0]!.codes : distinctCodes(m.values);
  const prefix = (cues & CUE_PREFIX) !== 0 ? PREFIX_RE.exec(before) : null;
  const cue = prefix || (cues & CUE_LEVEL) === 0 ? null : LEVEL_CUE_RE.exec(before);
  const viaName = anyViaName(m.values);

  // A single common word / personal name needs context, or a place in a list of places (confirmListItems).
  let listOnly = false;
  if (viaName && m.tokenEnd - m.tokenStart === 1 && risky.has(m.text.toLowerCase())) {
    const context =
      ((cues & CUE_CONTEXT) !== 0 && CONTEXT_RE.test(before)) || ((cues & CUE_UNIT) !== 0 && UNIT_RE.test(before)) || afterBodyAcronym(text, tokens, m.tokenStart, next);
    if (!prefix && !cue && !context) listOnly = true;
    else if (!prefix && !cue && (cues & CUE_WEAK) !== 0 && WEAK_CONTEXT_RE.test(before) && next !== null && UPPER_START.test(next)) return null;
  }

  let wanted: RegionLevel | null = null;
  if (prefix) wanted = prefix[1] ? 'regency' : prefix[2] ? 'city' : 'province';
  else if (cue) wanted = cue[1] ? 'regency' : cue[2] ? 'city' : 'province';

  // (plain loops instead of map/filter/find/some chains: this runs for every gazetteer match)
  const areas: Area[] = [];
  for (const c of codes) {
    const a = areaByCode(c);
    if (a !== undefined) areas.push(a);
  }
  if (areas.length === 0) return null;
  let pick = wanted ? areaOfLevel(areas, wanted) : undefined;
  // Default: the gazetteer name before an alias of the same spelling (a bare `Yogyakarta` is the city,
  // `Provinsi Yogyakarta` the province), then province > regency > city (a bare `Bima` is the regency;
  // `Bengkulu` the province).
  let pool = areas;
  // (one entry: its codes are all the codes, so the pool is every area)
  if (!pick && viaName && m.values.length > 1) pool = namedAreas(m.values, areas);
  if (!pick && pool.length === 1) pick = pool[0]!;
  if (!pick) pick = highestLevel(pool);
  const start = prefix ? m.start - prefix[0].length : m.start;
  const rule = prefix ? 'admin-prefix' : viaName ? 'gazetteer-name' : 'alias';
  // A bare name that is both a regency and a city: the article may say which one elsewhere.
  const shared = !wanted && pool.length > 1 && noProvince(pool) ? codesOf(pool) : null;
  return newHit(pick.code, start, m.end, rule, false, null, shared, listOnly);
}

const BODY_ACRONYM = /^\p{Lu}{2,6}$/u;
const NOT_BODIES = new Set(ACRONYMS_NOT_BODIES);
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const SPACE_GAP = /^[ \t]{1,2}$/u;

/** A body's acronym right before a name written in title case (`Kepala BEI Medan`, `DPC PDIP Garut`), the name not
 *  running on into a capitalised word (`PT Batu Bara`, `KPU Bima Arya`): the name is the body's region (a region
 *  inside an organisation's name is a region mention). An all-capital line (`HUJAN BATU`) never counts. */
function afterBodyAcronym(text: string, tokens: TokenTable, k: number, next: string | null): boolean {
  if (k === 0 || (next !== null && UPPER_START.test(next))) return false;
  if (!TITLE_CASE.test(text.slice(tokens.starts[k]!, tokens.ends[k]!))) return false;
  if (!SPACE_GAP.test(text.slice(tokens.ends[k - 1]!, tokens.starts[k]!))) return false;
  const w = text.slice(tokens.starts[k - 1]!, tokens.ends[k - 1]!);
  return BODY_ACRONYM.test(w) && !NOT_BODIES.has(w);
}

/** How many capitalised words before a name may belong to the institution's or facility's name with it (`Universitas Islam
 *  Negeri Sunan Kalijaga Yogyakarta`). */
const ACADEMIC_REACH = 5;

/** The name ends an academic institution's or a facility's name: a head word (`Universitas`, `Sekolah Tinggi`,
 *  `Bandara`, `Bursa Efek`) starts the run of capitalised words, joined by spaces, right before it. */
function inInstitutionName(text: string, tokens: TokenTable, tokenStart: number): boolean {
  for (let k = tokenStart - 1; k >= 0 && k >= tokenStart - ACADEMIC_REACH; k--) {
    if (!tokens.joinsPrev(k + 1) || !UPPER_START.test(text[tokens.starts[k]!]!)) return false;
    for (const head of NAME_HEADS) {
      const first = k - head.length + 1;
      if (first < 0) continue;
      let same = true;
      for (let j = 0; j < head.length && same; j++) same = tokens.lowers[first + j] === head[j];
      if (same) return true;
    }
  }
  return false;
}

/** The codes of several entries of one phrase, each once, in order. */
function distinctCodes(values: readonly Entry[]): string[] {
  const out: string[] = [];
  for (const v of values) for (const c of v.codes) if (!out.includes(c)) out.push(c);
  return out;
}

function areaOfLevel(areas: readonly Area[], level: RegionLevel): Area | undefined {
  for (const a of areas) if (a.level === level) return a;
  return undefined;
}

function anyViaName(values: readonly Entry[]): boolean {
  for (const v of values) if (v.via === 'name') return true;
  return false;
}

/** The areas named by a gazetteer-name entry (not only by an alias of the same spelling). */
function namedAreas(values: readonly Entry[], areas: readonly Area[]): Area[] {
  const named = new Set<string>();
  for (const v of values) if (v.via === 'name') for (const c of v.codes) named.add(c);
  const out: Area[] = [];
  for (const a of areas) if (named.has(a.code)) out.push(a);
  return out;
}

/** The first area of the highest level (province > regency > city), codes in order among equals: what a
 *  stable sort by (level, code) puts first. */
function highestLevel(pool: readonly Area[]): Area {
  let best = pool[0]!;
  for (let i = 1; i < pool.length; i++) {
    const a = pool[i]!;
    if (LEVEL_RANK[a.level] - LEVEL_RANK[best.level] < 0 || (a.level === best.level && a.code.localeCompare(best.code) < 0)) best = a;
  }
  return best;
}

function noProvince(areas: readonly Area[]): boolean {
  for (const a of areas) if (a.level === 'province') return false;
  return true;
}
