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

  it('every alias is unique', () => {
    const seen = REGION_ALIASES.map((a) => a.alias.toLowerCase());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('risky names are real single-word gazetteer names', () => {
    const cores = new Set(regencies().map((r) => r.core.toLowerCase()));
    for (const n of RISKY_REGION_NAMES) expect(cores.has(n.toLowerCase()), n).toBe(true);
  });
});
