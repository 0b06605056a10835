// The Kemendagri gazetteer, read from idn-area-data's CSV files (never typed in by hand).
//
// Provinces and regencies/cities (38 + 514 rows) are loaded once per process on first use (a few ms).
// Districts (7k rows) and villages (83k rows) are loaded lazily, only when an extractor asks for a
// context-triggered lookup (`Kecamatan X`, `Desa Y`, a dateline town), and then indexed compactly by
// lower-cased name (see Index).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RegionLevel } from '../model.js';

export interface Area {
  /** Kemendagri code: `52`, `52.03`, `52.03.07`, `52.03.07.1002`. */
  code: string;
  /** Official name, title-cased: `Kabupaten Lombok Timur`, `Nusa Tenggara Barat`. */
  name: string;
  level: RegionLevel;
  /** Code of the enclosing area (null for provinces). */
  parent: string | null;
  /** The name without its administrative prefix: `Lombok Timur`, `Bima`, `Jakarta Pusat`. */
  core: string;
}

/** Words kept upper-case when title-casing gazetteer names. */
const KEEP_UPPER = new Set(['DKI', 'DIY', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);

/** Administrative prefixes stripped to get a regency/city's core name (longest first). */
const REGENCY_PREFIXES: Array<[string, RegionLevel]> = [
  ['KABUPATEN ADMINISTRASI ', 'regency'],
  ['KOTA ADMINISTRASI ', 'city'],
  ['KABUPATEN ', 'regency'],
  ['KOTA ', 'city'],
];

/** `KABUPATEN LOMBOK TIMUR` → `Kabupaten Lombok Timur`; `DKI JAKARTA` → `DKI Jakarta`; `TOLI-TOLI` → `Toli-Toli`. */
export function titleCase(s: string): string {
  return s
    .trim()
    .split(/\s+/u)
    .map((w) => {
      if (KEEP_UPPER.has(w.toUpperCase()) && w === w.toUpperCase()) return w.toUpperCase();
      return w
        .toLowerCase()
        .replace(/(^|[-/(])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
    })
    .join(' ');
}

let dataDir: string | null = null;
function dir(): string {
  if (dataDir === null) {
    const req = createRequire(import.meta.url);
    dataDir = join(dirname(req.resolve('idn-area-data/package.json')), 'data');
  }
  return dataDir;
}

/** Rows of a simple CSV (no quoted fields with commas in these files); header dropped. */
function rows(file: string): string[][] {
  const text = readFileSync(join(dir(), file), 'utf8');
  const out: string[][] = [];
  const lines = text.split(/\r?\n/u);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    out.push(line.split(','));
  }
  return out;
}

interface Core {
  provinces: Area[];
  regencies: Area[];
  byCode: Map<string, Area>;
}
let core: Core | null = null;

function loadCore(): Core {
  if (core) return core;
  const provinces: Area[] = [];
  const regencies: Area[] = [];
  const byCode = new Map<string, Area>();
  for (const [code, raw] of rows('provinces.csv')) {
    if (!code || !raw) continue;
    const name = titleCase(raw);
    const a: Area = { code, name, level: 'province', parent: null, core: name };
    provinces.push(a);
    byCode.set(code, a);
  }
  for (const [code, prov, raw] of rows('regencies.csv')) {
    if (!code || !prov || !raw) continue;
    let level: RegionLevel = 'regency';
    let bare = raw;
    for (const [p, lv] of REGENCY_PREFIXES) {
      if (raw.startsWith(p)) {
        level = lv;
        bare = raw.slice(p.length);
        break;
      }
    }
    const a: Area = { code, name: titleCase(raw), level, parent: prov, core: titleCase(bare) };
    regencies.push(a);
    byCode.set(code, a);
  }
  core = { provinces, regencies, byCode };
  return core;
}

/** The 38 provinces, in code order. */
export function provinces(): readonly Area[] {
  return loadCore().provinces;
}

/** The 514 regencies and cities, in code order. */
export function regencies(): readonly Area[] {
  return loadCore().regencies;
}

/** A province, regency or city by code (districts/villages only once their tables are loaded). */
export function areaByCode(code: string): Area | undefined {
  const c = loadCore().byCode.get(code);
  if (c) return c;
  const parts = code.split('.').length;
  if (parts === 3) return byCodeIn(loadDistricts(), code);
  if (parts === 4) return byCodeIn(loadVillages(), code);
  return undefined;
}

/** The regency/city code enclosing any code (`62.06.02.1003` → `62.06`), or null for a province. */
export function regencyOf(code: string): string | null {
  // the code up to its second dot (no split: called for every hit)
  const i = code.indexOf('.');
  if (i < 0) return null;
  const j = code.indexOf('.', i + 1);
  return j < 0 ? code : code.slice(0, j);
}

/** Lower-cased, space-normalised key used to index district and village names. */
export function nameKey(s: string): string {
  return s.toLowerCase().replace(/[-\s]+/gu, ' ').trim();
}

/**
 * A district or village table. Every worker thread loads it (villages: 83k rows), so it is kept compact
 * instead of holding a string, an array slot and a map entry per row (≈ 27 MB of heap), and is built in
 * one pass over the file (no per-row strings, no sort):
 *   - `text`: the CSV file itself, read as latin1 so V8 keeps it one byte per character (the file is
 *     UTF-8 with a handful of non-ASCII names, decoded when such a row is read, see rowName);
 *   - `lineStart`: row → offset of its line in `text` (rows in file order, which is code order);
 *   - two hash tables with chaining, as typed arrays: name key → rows (`nameHead`/`nameNext`) and
 *     first word of the key → rows (`wordHead`/`wordNext`). A chain may mix keys that share a hash
 *     bucket, so a lookup compares each row's key; chains run in row order.
 * Codes, parents, names and keys are sliced from `text` only when a row is read.
 */
interface Index {
  level: RegionLevel;
  text: string;
  lineStart: Int32Array;
  /** Whether rows are in code order (then areaByCode is a binary search over rows). */
  codeOrder: boolean;
  nameHead: Int32Array;
  nameNext: Int32Array;
  wordHead: Int32Array;
  wordNext: Int32Array;
}
let districts: Index | null = null;
let villages: Index | null = null;

/** Offsets of a row's two commas and of its line end (before any `\r`). */
function rowBounds(ix: Index, row: number): [c1: number, c2: number, end: number] {
  const s = ix.lineStart[row]!;
  const c1 = ix.text.indexOf(',', s);
  const c2 = ix.text.indexOf(',', c1 + 1);
  let nl = ix.text.indexOf('\n', c2);
  if (nl < 0) nl = ix.text.length;
  return [c1, c2, ix.text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl];
}

function rowCode(ix: Index, row: number): string {
  const s = ix.lineStart[row]!;
  return ix.text.slice(s, ix.text.indexOf(',', s));
}

const NON_ASCII_RE = /[^\x00-\x7f]/u;

function rowName(ix: Index, row: number): string {
  const [, c2, end] = rowBounds(ix, row);
  return decodeName(ix.text.slice(c2 + 1, end));
}

/** A name field as stored in `text` → the name. */
function decodeName(field: string): string {
  // `text` holds UTF-8 bytes as latin1 characters: decode the rare non-ASCII name (`Regapu’u`).
  let name = NON_ASCII_RE.test(field) ? Buffer.from(field, 'latin1').toString('utf8') : field;
  if (name.includes('"')) name = name.replace(/"/gu, "'");
  return name;
}

/** A row's lookup key: the lower-cased name, space-normalised when it has a hyphen or a double space. */
function keyOfName(name: string): string {
  return name.includes('-') || name.includes('  ') ? nameKey(name) : name.toLowerCase();
}

const rowKey = (ix: Index, row: number): string => keyOfName(rowName(ix, row));

/** FNV-1a over UTF-16 code units (unsigned 32-bit). */
const FNV_OFFSET = 0x811c9dc5;
const fnv = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h >>> 0;
}

/**
 * Builds an Index in one pass over the file. The per-row hashes go into typed arrays sized from the line count
 * (a plain array of hashes changed element kind, small integers to doubles, halfway through the 83k rows and
 * deoptimised the loop), and the rare rows whose key needs the string form (non-ASCII, hyphen, double space)
 * are hashed after the loop (hashRowKeys), so the hot loop never meets that code cold.
 */
function buildIndex(file: string, level: RegionLevel): Index {
  const text = readFileSync(join(dir(), file), 'latin1');
  // one row per line at most
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const starts = new Int32Array(lines);
  const nameHashes = new Uint32Array(lines);
  const wordHashes = new Float64Array(lines); // -1: the key has no first word (no space); else a uint32 hash
  const special: number[] = []; // rows hashed by hashRowKeys
  let n = 0;
  let codeOrder = true;
  let prevCode = '';
  let pos = text.indexOf('\n') + 1;
  while (pos > 0 && pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const c1 = text.indexOf(',', pos);
    const c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
    // a row needs its three fields on one line
    if (c1 >= 0 && c2 > 0 && c2 < nl) {
      const code = text.slice(pos, c1);
      if (n > 0 && !(prevCode < code)) codeOrder = false;
      prevCode = code;
      starts[n] = pos;
      // The key's hashes straight from the bytes for the usual name (ASCII, no hyphen, no double space:
      // its key is the name lower-cased, with `"` read as `'`), else from the key string (hashRowKeys).
      const end = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let h = FNV_OFFSET;
      let w = -1;
      let plain = true;
      for (let i = c2 + 1; i < end; i++) {
        let c = text.charCodeAt(i);
        if (c >= 0x80 || c === 0x2d || (c === 0x20 && text.charCodeAt(i - 1) === 0x20)) {
          plain = false;
          break;
        }
        if (c >= 0x41 && c <= 0x5a) c |= 0x20;
        else if (c === 0x22) c = 0x27;
        if (c === 0x20 && w < 0 && i > c2 + 1) w = h >>> 0;
        h = fnv(h, c);
      }
      if (plain) {
        nameHashes[n] = h >>> 0;
        wordHashes[n] = w;
      } else special.push(n);
      n++;
    }
    pos = nl + 1;
  }
  let buckets = 1;
  while (buckets < n) buckets <<= 1;
  const mask = buckets - 1;
  const ix: Index = {
    level,
    text,
    lineStart: starts.slice(0, n),
    codeOrder,
    nameHead: new Int32Array(buckets).fill(-1),
    nameNext: new Int32Array(n).fill(-1),
    wordHead: new Int32Array(buckets).fill(-1),
    wordNext: new Int32Array(n).fill(-1),
  };
  hashRowKeys(ix, special, nameHashes, wordHashes);
  // Rows are linked in from the last one, so every chain runs in row order.
  for (let row = n - 1; row >= 0; row--) {
    const h = nameHashes[row]! & mask;
    ix.nameNext[row] = ix.nameHead[h]!;
    ix.nameHead[h] = row;
    const w = wordHashes[row]!;
    if (w >= 0) {
      ix.wordNext[row] = ix.wordHead[w & mask]!;
      ix.wordHead[w & mask] = row;
    }
  }
  return ix;
}

/** The hashes of the rows whose key is computed from the decoded name (see buildIndex). */
function hashRowKeys(ix: Index, rows: readonly number[], nameHashes: Uint32Array, wordHashes: Float64Array): void {
  for (const row of rows) {
    const key = rowKey(ix, row);
    nameHashes[row] = hashOf(key);
    const sp = key.indexOf(' ');
    wordHashes[row] = sp > 0 ? hashOf(key.slice(0, sp)) : -1;
  }
}

/** Rows whose key is `key`, in row order. */
function rowsNamed(ix: Index, key: string): number[] {
  const out: number[] = [];
  for (let r = ix.nameHead[hashOf(key) & (ix.nameHead.length - 1)]!; r >= 0; r = ix.nameNext[r]!) if (rowKey(ix, r) === key) out.push(r);
  return out;
}

/** Rows whose key is `<word> <something>`, in row order. */
function rowsStartingWith(ix: Index, word: string): number[] {
  const out: number[] = [];
  const prefix = `${word} `;
  for (let r = ix.wordHead[hashOf(word) & (ix.wordHead.length - 1)]!; r >= 0; r = ix.wordNext[r]!) {
    const k = rowKey(ix, r);
    if (k.startsWith(prefix)) out.push(r);
  }
  return out;
}

function rowArea(ix: Index, row: number): Area {
  const [c1, c2] = rowBounds(ix, row);
  const s = ix.lineStart[row]!;
  const name = rowName(ix, row);
  return { code: ix.text.slice(s, c1), name, level: ix.level, parent: ix.text.slice(c1 + 1, c2), core: name };
}

function byCodeIn(ix: Index, code: string): Area | undefined {
  if (!ix.codeOrder) {
    for (let r = 0; r < ix.lineStart.length; r++) if (rowCode(ix, r) === code) return rowArea(ix, r);
    return undefined;
  }
  let lo = 0;
  let hi = ix.lineStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rowCode(ix, mid) < code) lo = mid + 1;
    else hi = mid;
  }
  return lo < ix.lineStart.length && rowCode(ix, lo) === code ? rowArea(ix, lo) : undefined;
}

function loadDistricts(): Index {
  if (!districts) districts = buildIndex('districts.csv', 'district');
  return districts;
}
function loadVillages(): Index {
  if (!villages) villages = buildIndex('villages.csv', 'village');
  return villages;
}

/** Districts (kecamatan) with exactly this name (case-insensitive). Loads the district table on first use. */
export function districtsByName(name: string): readonly Area[] {
  const ix = loadDistricts();
  return rowsNamed(ix, nameKey(name)).map((r) => rowArea(ix, r));
}

/** Villages (desa/kelurahan) with exactly this name (case-insensitive). Loads the village table on first use. */
export function villagesByName(name: string): readonly Area[] {
  const ix = loadVillages();
  return rowsNamed(ix, nameKey(name)).map((r) => rowArea(ix, r));
}

/** Districts whose name is `<word> <something>` (`Cikarang` → `Cikarang Utara`, `Cikarang Selatan`, …). */
export function districtsStartingWith(word: string): readonly Area[] {
  const k = nameKey(word);
  if (k === '' || k.includes(' ')) return [];
  const d = loadDistricts();
  return rowsStartingWith(d, k).map((r) => rowArea(d, r));
}

/** Districts and villages whose name is `<word> <something>` (`Kasongan` → `Kasongan Baru`, `Kasongan Lama`). */
export function placesStartingWith(word: string): readonly Area[] {
  const k = nameKey(word);
  // `word` must be one word: the part of a name key before its first space.
  if (k === '' || k.includes(' ')) return [];
  const d = loadDistricts();
  const v = loadVillages();
  return [...rowsStartingWith(d, k).map((r) => rowArea(d, r)), ...rowsStartingWith(v, k).map((r) => rowArea(v, r))];
}
