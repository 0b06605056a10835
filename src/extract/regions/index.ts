// REGIONS: every Indonesian province, regency or city named in the cleaned body, with Kemendagri codes.
//
// Shape (chrono-style):
//   parsers  — `gazetteer` (one compiled phrase matcher over gazetteer names + aliases, one pass),
//              `admin-context` (`Kecamatan X`, `Desa Y`, `Kelurahan Z`: district/village lookups),
//              `dateline` (the dateline place: a region name/alias, or a town found via the
//              district/village tables, e.g. `KASONGAN` → Kabupaten Katingan).
//   refiners — fixed order in extractRegions() (see the list above dropOverlaps).
import type { ExtractContext, RegionLevel, RegionMention, Span } from '../../model.js';
import {
  type Area,
  areaByCode,
  districtsByName,
  placesStartingWith,
  provinces,
  regencies,
  regencyOf,
  villagesByName,
} from '../../lexicon/gazetteer.js';
import {
  classBefore,
  LETTER_OR_DIGIT,
  type PhraseMatch,
  PhraseMatcher,
  runLowers,
  type TokenTable,
  tokenTable,
  wordRuns,
} from '../../lexicon/matcher.js';
import {
  MEDIA_WORDS_AFTER,
  MEDIA_WORDS_BEFORE,
  REGION_ALIASES,
  REGION_CONTEXT_BEFORE,
  RISKY_REGION_NAMES,
  UNIT_NUMBER_BEFORE,
} from '../../lexicon/region-aliases.js';
import { DINAS_ACRONYMS, REGIONAL_AGENCY_ACRONYMS } from '../../lexicon/titles.js';

/** One region hit before aggregation. Every hit has every field, set at creation (newHit), so all hits share
 *  one object shape: the refiners read them at the same sites, which stay monomorphic in optimised code
 *  (optional fields added later gave several shapes, and deoptimisations on them). */
interface Hit {
  code: string;
  start: number;
  end: number;
  rule: string;
  /** District/village hits whose regency must be confirmed by another mention. */
  needsRegencyContext: boolean;
  /** Alternative codes when the place name exists in several regencies (null: none). */
  candidates: readonly string[] | null;
  /** A bare name shared by a regency and a city (`Bima`, `Malang`): every code it may stand for (null: not shared). */
  shared: readonly string[] | null;
  /** A risky name (`Medan`, `Batu`) with no context of its own: a region only as an item of a list of regions. */
  listOnly: boolean;
}

/** The one factory of Hit objects (see Hit). */
function newHit(
  code: string,
  start: number,
  end: number,
  rule: string,
  needsRegencyContext = false,
  candidates: readonly string[] | null = null,
  shared: readonly string[] | null = null,
  listOnly = false,
): Hit {
  return { code, start, end, rule, needsRegencyContext, candidates, shared, listOnly };
}

/** A copy of `h` standing for `code` (a refiner's decision), as newHit builds it. */
function withCode(h: Hit, code: string, needsRegencyContext = h.needsRegencyContext): Hit {
  return newHit(code, h.start, h.end, h.rule, needsRegencyContext, h.candidates, h.shared, h.listOnly);
}

/** The city among the codes of a shared name (`Malang`: Kota Malang), or null. */
function cityOf(codes: readonly string[]): string | null {
  for (const c of codes) if (areaByCode(c)?.level === 'city') return c;
  return null;
}

interface Entry {
  codes: string[];
  via: 'name' | 'alias';
}

// ---------------------------------------------------------------------------------------------
// Compiled once per process (lazily, on first call).

let compiled: { matcher: PhraseMatcher<Entry>; risky: Set<string> } | null = null;

function compile(): { matcher: PhraseMatcher<Entry>; risky: Set<string> } {
  if (compiled) return compiled;
  // Group codes by the phrase they are written as: `Bima` → [52.06, 52.72].
  const byPhrase = new Map<string, string[]>();
  const addName = (phrase: string, code: string): void => {
    const k = phrase.toLowerCase();
    const l = byPhrase.get(k);
    if (l) {
      if (!l.includes(code)) l.push(code);
    } else byPhrase.set(k, [code]);
  };
  const phraseText = new Map<string, string>();
  for (const a of [...provinces(), ...regencies()]) {
    addName(a.core, a.code);
    phraseText.set(a.core.toLowerCase(), a.core);
  }
  const entries: Array<{ phrase: string; mode: 'exact' | 'title'; value: Entry }> = [];
  for (const [k, codes] of byPhrase) entries.push({ phrase: phraseText.get(k)!, mode: 'title', value: { codes, via: 'name' } });
  for (const al of REGION_ALIASES) entries.push({ phrase: al.alias, mode: al.mode, value: { codes: [al.code], via: 'alias' } });
  compiled = {
    matcher: new PhraseMatcher(entries),
    risky: new Set(RISKY_REGION_NAMES.map((s) => s.toLowerCase())),
  };
  return compiled;
}

// Administrative words right before a name, included in the span: they also pick the level.
// Written in lower case too, as a common noun: "warga di kota Madiun", "di kabupaten Bima".
const PREFIX_RE =
  /(?<![\p{L}\p{N}])(?:([Kk]abupaten|KABUPATEN|Kab\.?|KAB\.?)|(?<![Ww]ali[ \t]{1,2}|WALI[ \t]{1,2})([Kk]ota(?: Administrasi| Adm\.)?|KOTA)|([Pp]rovinsi|PROVINSI|Prov\.?))[ \t]{1,2}$/u;
// Words before a name (not in the span) that pick the level: `Pemkab Bima`, `Wali Kota Bima`.
const LEVEL_CUE_RE =
  /(?<![\p{L}\p{N}])(?:((?:[Ww]akil )?[Bb]upati|Pemkab|PEMKAB)|((?:[Ww]akil )?[Ww]ali ?[Kk]ota|Pemkot|PEMKOT)|([Gg]ubernur|Pemprov|PEMPROV))[ \t]{1,2}$/u;
const CONTEXT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...REGION_CONTEXT_BEFORE, ...REGIONAL_AGENCY_ACRONYMS, ...DINAS_ACRONYMS].map(escapeRe).join('|')})\\.?[ \\t]{1,2}$`,
  'iu',
);
// `Dandim 0905/Balikpapan`, `Kodim 1608/Bima`: a military unit number, then the region.
const UNIT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${UNIT_NUMBER_BEFORE.map(escapeRe).join('|')})[ \\t]{1,2}\\d{2,4}[ \\t]{0,2}/[ \\t]{0,2}$`, 'u');
const WEAK_CONTEXT_RE = /(?<![\p{L}\p{N}])(?:di|ke|dari|asal|wilayah|warga|masyarakat|se|daerah)[ \t]{1,2}$/iu;
const MEDIA_AFTER = new Set(MEDIA_WORDS_AFTER);
const MEDIA_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MEDIA_WORDS_BEFORE.map(escapeRe).join('|')})[ \\t]{1,2}$`, 'u');
const UPPER_START = /^\p{Lu}/u;

/** One bit per context regex above (a mask says which of them can match a window, see cueMask). */
const CUE_PREFIX = 1;
const CUE_LEVEL = 2;
const CUE_CONTEXT = 4;
const CUE_UNIT = 8;
const CUE_WEAK = 16;
const CUE_MEDIA = 32;
const CUE_ALL = 63;

/**
 * The last word each of the `…$` regexes above can end on, lower-cased (the word right before the final
 * `\.?[ \t]{1,2}`), with the bits of the regexes that end on it. Those regexes are run at every start position
 * of the 40-char window, for every gazetteer match, yet match rarely: cueMask() first looks up the word the
 * window ends on, and only the regexes that can end on it are run (`di Lombok` runs none of the level regexes).
 */
const CUE_LAST_WORDS = new Map<string, number>();
function addCueWords(bit: number, phrases: readonly string[]): void {
  for (const p of phrases) {
    const w = p.split(' ').pop()!.toLowerCase();
    CUE_LAST_WORDS.set(w, (CUE_LAST_WORDS.get(w) ?? 0) | bit);
  }
}
addCueWords(CUE_PREFIX, ['kabupaten', 'kab', 'kota', 'administrasi', 'adm', 'provinsi', 'prov']);
// `Wali Kota` ends on `kota`, `Walikota` is one word
addCueWords(CUE_LEVEL, ['bupati', 'pemkab', 'kota', 'walikota', 'pemkot', 'gubernur', 'pemprov']);
addCueWords(CUE_WEAK, ['di', 'ke', 'dari', 'asal', 'wilayah', 'warga', 'masyarakat', 'se', 'daerah']);
addCueWords(CUE_CONTEXT, [...REGION_CONTEXT_BEFORE, ...REGIONAL_AGENCY_ACRONYMS, ...DINAS_ACRONYMS]);
addCueWords(CUE_MEDIA, MEDIA_WORDS_BEFORE);

const isAsciiAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * The bits of the regexes among PREFIX_RE, LEVEL_CUE_RE, CONTEXT_RE, UNIT_RE, WEAK_CONTEXT_RE, MEDIA_BEFORE_RE
 * that can match the window `text.slice(lo, end)` (a necessary condition only: for a set bit, the regex decides).
 * All but UNIT_RE end with a word of CUE_LAST_WORDS (only PREFIX_RE and CONTEXT_RE then allow a `.`) and
 * 1–2 spaces/tabs; UNIT_RE ends with `/` and 0–2 of them. A word with non-ASCII letters is not looked up
 * (`/iu` folds e.g. `ſ` to `s`): every regex decides.
 */
function cueMask(text: string, lo: number, end: number): number {
  // `text.slice(lo, end)` is the window the regexes see; read in place, it is sliced only when a bit is set
  let i = end;
  let spaces = 0;
  while (spaces < 2 && i > lo && isSpaceOrTab(text.charCodeAt(i - 1))) {
    i--;
    spaces++;
  }
  if (i > lo && text.charCodeAt(i - 1) === 0x2f) return CUE_UNIT; // `/`
  if (spaces === 0) return 0;
  let dotMask = CUE_ALL;
  if (i > lo && text.charCodeAt(i - 1) === 0x2e) {
    i--; // `.`
    dotMask = CUE_PREFIX | CUE_CONTEXT;
  }
  let j = i;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (isAsciiAlnum(c)) j--;
    else if (c >= 0x80 && classBefore(text, j) & LETTER_OR_DIGIT) return CUE_ALL;
    else break;
  }
  if (j === i) return 0;
  return (CUE_LAST_WORDS.get(text.slice(j, i).toLowerCase()) ?? 0) & dotMask;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\t]{1,2}');
}

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, regency: 1, city: 2, district: 3, village: 4 };

// ---------------------------------------------------------------------------------------------
// Parser 1: gazetteer names and aliases.

function extractGazetteer(text: string, tokens: TokenTable, m: PhraseMatch<Entry>): Hit | null {
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

  const codes = m.values.length === 1 ? m.values[0]!.codes : distinctCodes(m.values);
  const prefix = (cues & CUE_PREFIX) !== 0 ? PREFIX_RE.exec(before) : null;
  const cue = prefix || (cues & CUE_LEVEL) === 0 ? null : LEVEL_CUE_RE.exec(before);
  const viaName = anyViaName(m.values);

  // A single common word / personal name needs context, or a place in a list of places (confirmListItems).
  let listOnly = false;
  if (viaName && m.tokenEnd - m.tokenStart === 1 && risky.has(m.text.toLowerCase())) {
    const context = ((cues & CUE_CONTEXT) !== 0 && CONTEXT_RE.test(before)) || ((cues & CUE_UNIT) !== 0 && UNIT_RE.test(before));
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

function codesOf(areas: readonly Area[]): string[] {
  const out: string[] = [];
  for (const a of areas) out.push(a.code);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parser 2: districts and villages, only after `Kecamatan`, `Desa`, `Kelurahan`.

const ADMIN_CONTEXT_RE =
  /(?<![\p{L}\p{N}])(Kecamatan|KECAMATAN|Kec\.|Desa|DESA|Kelurahan|KELURAHAN|Kel\.)[ \t]{1,2}(\p{Lu}[\p{L}'’]{1,30}(?:[ \t-]\p{Lu}[\p{L}'’]{0,30}){0,3})/gu;

/** ADMIN_CONTEXT_RE anchored, tried only at words that can open it: its look-behind puts every match at the
 *  start of a word run, and that run's lower-cased text is one of ADMIN_WORDS. */
const ADMIN_CONTEXT_AT = new RegExp(ADMIN_CONTEXT_RE.source, 'uy');
const ADMIN_WORDS = new Set(['kecamatan', 'kec', 'desa', 'kelurahan', 'kel']);
/** Their first letters as ADMIN_CONTEXT_RE writes them (every form starts with a capital `K` or `D`, so the
 *  common lower-case `desa` is ruled out at once), and their lengths as bits: most runs are ruled out
 *  without hashing them. */
const ADMIN_FIRST = new Uint8Array(128);
for (const w of ADMIN_WORDS) ADMIN_FIRST[w.toUpperCase().charCodeAt(0)] = 1;
let ADMIN_LENGTHS = 0;
for (const w of ADMIN_WORDS) ADMIN_LENGTHS |= 1 << w.length;

function extractAdminContext(text: string): Hit[] {
  const out: Hit[] = [];
  const runs = wordRuns(text);
  const lowers = runLowers(text, runs);
  let from = 0;
  for (let k = 0; k < runs.count; k++) {
    const start = runs.starts[k]!;
    const len = runs.ends[k]! - start;
    if (start < from || len > 30 || !(ADMIN_LENGTHS & (1 << len)) || ADMIN_FIRST[text.charCodeAt(start) & 0x7f] !== 1) continue;
    if (!ADMIN_WORDS.has(lowers[k]!)) continue;
    ADMIN_CONTEXT_AT.lastIndex = start;
    const m = ADMIN_CONTEXT_AT.exec(text);
    if (m === null) continue;
    from = m.index + m[0].length;
    const kind = m[1]!.toLowerCase().startsWith('kec') ? 'district' : 'village';
    const words = m[2]!.split(/[ \t]+/u);
    const nameStart = m.index + m[0].length - m[2]!.length;
    // Longest prefix of the capitalised words that is a district/village name.
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      const found = kind === 'district' ? districtsByName(name) : villagesByName(name);
      if (found.length === 0) continue;
      const end = text.indexOf(words[n - 1]!, nameStart) + words[n - 1]!.length;
      out.push(newHit(found[0]!.code, m.index, end, kind === 'district' ? 'kecamatan-context' : 'desa-context', true, codesOf(found)));
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parser 3: the dateline place.

const TOWN_RE = /^\p{L}[\p{L}'’ -]{1,40}$/u;

function extractDateline(ctx: ExtractContext, bodyHits: Hit[]): Hit | null {
  const place = ctx.dateline?.place?.trim();
  if (!place || !TOWN_RE.test(place)) return null;
  // Where it stands in the text (near the top), for the span.
  const idx = findWord(ctx.text, place, 600);
  if (idx >= 0 && bodyHits.some((h) => h.start <= idx && idx < h.end)) return null; // already a region hit
  const { matcher } = compile();
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
    for (const lookup of [districtsByName, villagesByName, placesStartingWith]) {
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
  // a dateline names a city: a name shared by a regency and a city is the city (`MALANG -`)
  const city = shared !== null ? cityOf(shared) : null;
  if (city !== null) {
    code = city;
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

// ---------------------------------------------------------------------------------------------
// Refiners, in this fixed order:
//   1. dropOverlaps        — a span already covered by an earlier/longer hit is dropped.
//   1b. confirmListItems   — a risky name with no context of its own (`Medan`) is kept as an item of a list of
//                            regions ("Sulawesi Selatan, Medan, dan Pekanbaru"); a shared name in a list of
//                            cities is the city ("Padang, Solok, dan Bukittinggi"). After dropOverlaps, so the
//                            neighbours are the hits that stay; before the dateline, which names a city anyway.
//   2. resolveShared       — a bare name shared by a regency and a city (`Malang`, `Bima`) joins the one
//                            the article names explicitly (`Kota Malang`, `Pemkab Bima`) when only one is.
//   3. confirmPlaces       — district/village hits keep only candidates inside a regency the article
//                            names elsewhere (or a district name unique in the whole country).
//   4. aggregate           — one RegionMention per code: distinct sorted surfaces, spans by position.

function dropOverlaps(hits: Hit[]): Hit[] {
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

/** Between two items of a list of places: `, `, `, dan `, ` dan `, ` serta `, ` atau `. */
const LIST_GAP = /^(?:,[ \t]{1,2}(?:(?:dan|serta|atau)[ \t]{1,2})?|[ \t]{1,2}(?:dan|serta|atau)[ \t]{1,2})$/u;
/** The longest LIST_GAP (`, serta  `), so a gap is sliced only when it can be one. */
const LIST_GAP_MAX = 10;

function listNeighbours(text: string, a: Hit, b: Hit): boolean {
  return a.end >= 0 && b.start >= a.end && b.start - a.end <= LIST_GAP_MAX && LIST_GAP.test(text.slice(a.end, b.start));
}

function confirmListItems(text: string, hits: Hit[]): Hit[] {
  let pending = 0;
  for (const h of hits) if (h.listOnly || h.shared) pending++;
  if (pending === 0) return hits;
  const ok = hits.map((h) => !h.listOnly);
  // a list item confirms the next one: repeat until nothing changes (each pass confirms at least one more)
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < hits.length; k++) {
      if (ok[k]) continue;
      if ((k > 0 && ok[k - 1] && listNeighbours(text, hits[k - 1]!, hits[k]!)) || (k + 1 < hits.length && ok[k + 1] && listNeighbours(text, hits[k]!, hits[k + 1]!))) {
        ok[k] = true;
        changed = true;
      }
    }
  }
  const out: Hit[] = [];
  for (let k = 0; k < hits.length; k++) {
    if (!ok[k]) continue;
    const h = hits[k]!;
    // a shared name between list items that are cities is the city
    const city = h.shared !== null ? cityOf(h.shared) : null;
    const cityNext = (j: number, a: Hit, b: Hit): boolean => ok[j] === true && areaByCode(hits[j]!.code)?.level === 'city' && hits[j]!.shared === null && listNeighbours(text, a, b);
    if (city !== null && ((k > 0 && cityNext(k - 1, hits[k - 1]!, h)) || (k + 1 < hits.length && cityNext(k + 1, h, hits[k + 1]!)))) {
      out.push(newHit(city, h.start, h.end, h.rule, h.needsRegencyContext, h.candidates, null));
    } else out.push(h.listOnly ? newHit(h.code, h.start, h.end, h.rule, h.needsRegencyContext, h.candidates, h.shared) : h);
  }
  return out;
}

function resolveShared(hits: Hit[]): Hit[] {
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

/** The regencies of the hits that need no confirmation (regencyOf their codes; provinces have none). */
function confirmedRegencies(hits: readonly Hit[]): Set<string> {
  const regs = new Set<string>();
  for (const h of hits) {
    if (h.needsRegencyContext) continue;
    const r = regencyOf(h.code);
    if (r) regs.add(r);
  }
  return regs;
}

function confirmPlaces(hits: Hit[]): Hit[] {
  const regs = confirmedRegencies(hits);
  const out: Hit[] = [];
  for (const h of hits) {
    if (!h.needsRegencyContext) {
      out.push(h);
      continue;
    }
    const cands = h.candidates ?? [h.code];
    let inside: string | null = null;
    let count = 0;
    for (const c of cands)
      if (regs.has(regencyOf(c)!)) {
        inside = c;
        count++;
      }
    if (count === 1) out.push(withCode(h, inside!, false));
    else if (count === 0 && cands.length === 1 && h.rule === 'kecamatan-context') out.push(withCode(h, h.code, false));
  }
  return out;
}

function aggregate(text: string, hits: Hit[]): RegionMention[] {
  // One sort groups the hits by code and orders each group by position (stable: equal starts keep their
  // order), instead of a map of per-code lists each filtered and sorted on its own.
  const sorted = hits.slice().sort((a, b) => compareCodes(a.code, b.code) || a.start - b.start);
  const out: RegionMention[] = [];
  for (let g = 0; g < sorted.length; ) {
    const code = sorted[g]!.code;
    let e = g + 1;
    while (e < sorted.length && sorted[e]!.code === code) e++;
    const area = areaByCode(code);
    if (area) {
      const spans: Span[] = [];
      const surface: string[] = [];
      for (let k = g; k < e; k++) {
        const h = sorted[k]!;
        if (h.start < 0) continue;
        const t = text.slice(h.start, h.end);
        spans.push({ start: h.start, end: h.end, text: t, rule: h.rule });
        if (!surface.includes(t)) surface.push(t);
      }
      surface.sort();
      out.push({ code, name: area.name, level: area.level, surface, mentions: Math.max(spans.length, e - g), spans });
    }
    g = e;
  }
  return out;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------

export function extractRegions(ctx: ExtractContext): RegionMention[] {
  const text = ctx.text;
  const tokens = tokenTable(text);
  const { matcher } = compile();
  const hits: Hit[] = [];
  for (const m of matcher.matchAll(text, tokens)) {
    const h = extractGazetteer(text, tokens, m);
    if (h) hits.push(h);
  }
  hits.push(...extractAdminContext(text));
  let refined = confirmListItems(text, dropOverlaps(hits));
  const dl = extractDateline(ctx, refined);
  if (dl) refined = dropOverlaps([...refined, dl]);
  refined = resolveShared(refined);
  refined = confirmPlaces(refined);
  return aggregate(text, refined);
}

/** For the equivalence test: cueMask, and each context regex with its bit. */
export const cueInternals = {
  cueMask,
  regexes: [
    [CUE_PREFIX, PREFIX_RE],
    [CUE_LEVEL, LEVEL_CUE_RE],
    [CUE_CONTEXT, CONTEXT_RE],
    [CUE_UNIT, UNIT_RE],
    [CUE_WEAK, WEAK_CONTEXT_RE],
    [CUE_MEDIA, MEDIA_BEFORE_RE],
  ] as ReadonlyArray<readonly [number, RegExp]>,
};
