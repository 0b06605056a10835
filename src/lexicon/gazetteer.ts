// The Kemendagri gazetteer, read from idn-area-data's CSV files (never typed in by hand).
//
// Provinces and regencies/cities (38 + 514 rows) are loaded once per process on first use (a few ms).
// Districts (7k rows) and villages (83k rows) are loaded lazily, only when an extractor asks for a
// context-triggered lookup (`Kecamatan X`, `Desa Y`, a dateline town), and then indexed by lower-cased
// name only.
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
  const p = code.split('.');
  return p.length >= 2 ? `${p[0]}.${p[1]}` : null;
}

/** Lower-cased, space-normalised key used to index district and village names. */
export function nameKey(s: string): string {
  return s.toLowerCase().replace(/[-\s]+/gu, ' ').trim();
}

/**
 * A district or village table kept as parallel arrays (no object per row until asked for), with
 * name → row numbers and first word → row numbers maps.
 */
interface Index {
  level: RegionLevel;
  codes: string[];
  parents: string[];
  names: string[];
  byName: Map<string, number[]>;
  byFirstWord: Map<string, number[]>;
  byCode: Map<string, number> | null;
}
let districts: Index | null = null;
let villages: Index | null = null;

function buildIndex(file: string, level: RegionLevel): Index {
  const text = readFileSync(join(dir(), file), 'utf8');
  const codes: string[] = [];
  const parents: string[] = [];
  const names: string[] = [];
  const byName = new Map<string, number[]>();
  const byFirstWord = new Map<string, number[]>();
  let pos = text.indexOf('\n') + 1;
  while (pos > 0 && pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const c1 = text.indexOf(',', pos);
    const c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
    if (c2 > 0 && c2 < nl) {
      let name = text.slice(c2 + 1, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      if (name.includes('"')) name = name.replace(/"/gu, "'");
      const row = codes.length;
      codes.push(text.slice(pos, c1));
      parents.push(text.slice(c1 + 1, c2));
      names.push(name);
      const k = name.includes('-') || name.includes('  ') ? nameKey(name) : name.toLowerCase();
      const list = byName.get(k);
      if (list) list.push(row);
      else byName.set(k, [row]);
      const sp = k.indexOf(' ');
      if (sp > 0) {
        const fw = k.slice(0, sp);
        const l2 = byFirstWord.get(fw);
        if (l2) l2.push(row);
        else byFirstWord.set(fw, [row]);
      }
    }
    pos = nl + 1;
  }
  return { level, codes, parents, names, byName, byFirstWord, byCode: null };
}

function rowArea(ix: Index, row: number): Area {
  const name = ix.names[row]!;
  return { code: ix.codes[row]!, name, level: ix.level, parent: ix.parents[row]!, core: name };
}

function byCodeIn(ix: Index, code: string): Area | undefined {
  if (!ix.byCode) {
    ix.byCode = new Map();
    for (let i = 0; i < ix.codes.length; i++) ix.byCode.set(ix.codes[i]!, i);
  }
  const row = ix.byCode.get(code);
  return row === undefined ? undefined : rowArea(ix, row);
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
  return (ix.byName.get(nameKey(name)) ?? []).map((r) => rowArea(ix, r));
}

/** Villages (desa/kelurahan) with exactly this name (case-insensitive). Loads the village table on first use. */
export function villagesByName(name: string): readonly Area[] {
  const ix = loadVillages();
  return (ix.byName.get(nameKey(name)) ?? []).map((r) => rowArea(ix, r));
}

/** Districts and villages whose name is `<word> <something>` (`Kasongan` → `Kasongan Baru`, `Kasongan Lama`). */
export function placesStartingWith(word: string): readonly Area[] {
  const k = nameKey(word);
  const d = loadDistricts();
  const v = loadVillages();
  return [
    ...(d.byFirstWord.get(k) ?? []).map((r) => rowArea(d, r)),
    ...(v.byFirstWord.get(k) ?? []).map((r) => rowArea(v, r)),
  ];
}
