import { describe, expect, it } from 'vitest';
import { areaByCode, regencies } from '../../src/lexicon/gazetteer.js';
import { REGION_ALIASES, RISKY_REGION_NAMES } from '../../src/lexicon/region-aliases.js';

describe('region aliases', () => {
  it.each(REGION_ALIASES.map((a) => [a.alias, a.code] as const))('%s → %s exists in the gazetteer', (_alias, code) => {
    expect(areaByCode(code)).toBeDefined();
  });

  it.each([
    ['Lotim', 'Kabupaten Lombok Timur'],
    ['NTB', 'Nusa Tenggara Barat'],
    ['Babel', 'Kepulauan Bangka Belitung'],
    ['Pangkalpinang', 'Kota Pangkal Pinang'],
    ['Kotim', 'Kabupaten Kotawaringin Timur'],
    ['Jakarta', 'DKI Jakarta'],
  ])('%s names %s', (alias, name) => {
    const a = REGION_ALIASES.find((x) => x.alias === alias)!;
    expect(areaByCode(a.code)?.name).toBe(name);
  });

  it('every alias is unique, and its case variants (exact mode: `keistimewaan`/`Keistimewaan`) agree on the code', () => {
    const seen = REGION_ALIASES.map((a) => a.alias);
    expect(new Set(seen).size).toBe(seen.length);
    const codeOf = new Map<string, string>();
    for (const a of REGION_ALIASES) {
      const k = a.alias.toLowerCase();
      expect(codeOf.get(k) ?? a.code, a.alias).toBe(a.code);
      codeOf.set(k, a.code);
    }
  });

  it('risky names are real single-word gazetteer names', () => {
    const cores = new Set(regencies().map((r) => r.core.toLowerCase()));
    for (const n of RISKY_REGION_NAMES) expect(cores.has(n.toLowerCase()), n).toBe(true);
  });
});
