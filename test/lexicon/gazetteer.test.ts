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
import { budget } from '../helpers/budget.js';

describe('gazetteer', () => {
  it('loads 38 provinces and 514 regencies + cities quickly', () => {
    const t0 = performance.now();
    expect(provinces()).toHaveLength(38);
    expect(regencies()).toHaveLength(514);
    expect(performance.now() - t0).toBeLessThan(budget(150));
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

  // The district/village tables are compact indexes over the CSV text (hash chains, rows read on demand):
  // lookups must give exactly what a plain name → rows map would.
  it.each<[string, string[]]>([
    ['Kute Lang-Lang', ['11.02.03.2012', '11.02.11.2006']],
    ['kute lang lang', ['11.02.03.2012', '11.02.11.2006']],
    ['KUTE  LANG-LANG BAKHU', ['11.02.03.2042']],
    ["Soka'an", ['35.13.15.2017']], // written `Soka"an` in the CSV
    ['REGAPU’U', ['53.07.01.2021']], // a UTF-8 name
    ['Kute Lang', []],
    ['Kute', []],
    ['', []],
  ])('villagesByName(%j)', (name, codes) => {
    expect(villagesByName(name).map((a) => a.code)).toEqual(codes);
  });

  it('returns every row of a shared name, in code order, with names as written', () => {
    const all = villagesByName('Sukamaju');
    expect(all).toHaveLength(65);
    expect(all.slice(0, 3).map((a) => a.code)).toEqual(['12.06.04.2023', '12.07.23.2012', '12.72.05.1007']);
    expect([...all.map((a) => a.code)].sort()).toEqual(all.map((a) => a.code));
    expect(all[0]).toEqual({ code: '12.06.04.2023', name: 'Sukamaju', level: 'village', parent: '12.06.04', core: 'Sukamaju' });
    expect(villagesByName('Regapu’u')[0]?.name).toBe('Regapu’u');
  });

  it.each<[string, number]>([
    ['Kute', 39],
    ['kasongan', 2],
    ['Kasongan Baru', 0], // not one word
    ['', 0],
  ])('placesStartingWith(%j) has %i places', (word, n) => {
    const got = placesStartingWith(word);
    expect(got).toHaveLength(n);
    expect(got.every((a) => a.name.toLowerCase().replace(/-/gu, ' ').startsWith(`${word.toLowerCase()} `))).toBe(true);
  });

  it.each<[string, string | undefined]>([
    ['11.01.01.2001', 'Keude Bakongan'],
    ['53.07.01.2021', 'Regapu’u'],
    ['11.01.01', 'Bakongan'],
    ['11.01.01.9999', undefined],
    ['99.99.99', undefined],
  ])('areaByCode(%s) for districts and villages', (code, name) => {
    expect(areaByCode(code)?.name).toBe(name);
  });

  it('regencyOf', () => {
    expect(regencyOf('62.06.02.1003')).toBe('62.06');
    expect(regencyOf('52')).toBeNull();
  });
});
