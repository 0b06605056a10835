// The short forms of kabupaten and kota (src/lexicon/region-abbreviations.ts) are read from the region table: each
// row's code must carry the core name the row gives, and no short form may be a place's own name or another alias.
import { describe, expect, it } from 'vitest';
import { areaByCode, provinces, regencies } from '../../src/lexicon/gazetteer.js';
import { REGION_ABBREVIATION_ROWS } from '../../src/lexicon/region-abbreviations.js';
import { REGION_ALIASES } from '../../src/lexicon/region-aliases.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { ctxOf } from '../extract/helpers.js';

describe('region abbreviations', () => {
  it.each(REGION_ABBREVIATION_ROWS.map((r) => [r[0], r[1], r[2]] as const))('%s → %s is %s in the gazetteer', (_alias, code, core) => {
    expect(areaByCode(code)?.core).toBe(core);
  });

  it('no short form is a province, regency or city name, nor written twice', () => {
    const cores = new Set([...provinces(), ...regencies()].map((a) => a.core.toLowerCase()));
    for (const [alias] of REGION_ABBREVIATION_ROWS) expect(cores.has(alias.toLowerCase()), alias).toBe(false);
    for (const [alias] of REGION_ABBREVIATION_ROWS) expect(REGION_ALIASES.filter((a) => a.alias.toLowerCase() === alias.toLowerCase()), alias).toHaveLength(1);
  });

  // each short form is read as its region after a body, and only as written (an exact short form in lower case is
  // an ordinary word: `tuba`, `basel`)
  it.each(REGION_ABBREVIATION_ROWS.map((r) => [r[0], r[1]] as const))('Bawaslu %s → %s', (alias, code) => {
    const ctx = ctxOf(`Judul\n\nBawaslu ${alias} menerima laporan warga.`);
    expect(extractRegions(ctx).map((r) => r.code)).toContain(code);
  });
  it.each(REGION_ABBREVIATION_ROWS.filter((r) => (r[3] ?? 'exact') === 'exact' && r[0] !== r[0].toUpperCase()).map((r) => [r[0]] as const))(
    'the lower-case word %s is no region',
    (alias) => {
      const ctx = ctxOf(`Judul\n\nwarga membawa ${alias.toLowerCase()} ke pasar.`);
      expect(extractRegions(ctx)).toHaveLength(0);
    },
  );
});
