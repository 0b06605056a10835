import { describe, expect, it } from 'vitest';
import {
  areaByCode,
  districtsByName,
  placesStartingWith,
  provinces,
  regencies,
  regencyOf,
  titleCase,
  villagesByName,
} from '../../src/lexicon/gazetteer.js';

describe('gazetteer', () => {
  it('loads 38 provinces and 514 regencies + cities quickly', () => {
    const t0 = performance.now();
    expect(provinces()).toHaveLength(38);
    expect(regencies()).toHaveLength(514);
    expect(performance.now() - t0).toBeLessThan(150);
    expect(regencies().filter((r) => r.level === 'city')).toHaveLength(98);
  });

  it.each([
    ['KABUPATEN LOMBOK TIMUR', 'Kabupaten Lombok Timur'],
    ['NUSA TENGGARA BARAT', 'Nusa Tenggara Barat'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['KABUPATEN TOLI-TOLI', 'Kabupaten Toli-Toli'],
    ['KOTA BAU BAU', 'Kota Bau Bau'],
  ])('titleCase(%s) = %s', (raw, want) => {
    expect(titleCase(raw)).toBe(want);
  });

  it.each([
    ['52', 'Nusa Tenggara Barat', 'province', 'Nusa Tenggara Barat'],
    ['52.03', 'Kabupaten Lombok Timur', 'regency', 'Lombok Timur'],
    ['52.72', 'Kota Bima', 'city', 'Bima'],
    ['19.71', 'Kota Pangkal Pinang', 'city', 'Pangkal Pinang'],
    ['31.71', 'Kota Administrasi Jakarta Pusat', 'city', 'Jakarta Pusat'],
    ['31', 'DKI Jakarta', 'province', 'DKI Jakarta'],
  ])('areaByCode(%s)', (code, name, level, core) => {
    const a = areaByCode(code)!;
    expect([a.name, a.level, a.core]).toEqual([name, level, core]);
  });

  it('looks up districts and villages lazily by name', () => {
    expect(districtsByName('Selong').map((a) => a.code)).toEqual(['52.03.07']);
    expect(villagesByName('selong').map((a) => a.code).sort()).toEqual(['31.74.07.1004', '52.03.07.1002']);
    expect(placesStartingWith('KASONGAN').map((a) => a.name).sort()).toEqual(['Kasongan Baru', 'Kasongan Lama']);
    expect(areaByCode('62.06.02')?.name).toBe('Katingan Hilir');
    expect(districtsByName('Tidak Ada Namanya')).toEqual([]);
  });

  it('regencyOf', () => {
    expect(regencyOf('62.06.02.1003')).toBe('62.06');
    expect(regencyOf('52')).toBeNull();
  });
});
