// A two-word region name written as one word (`Mukomuko`, `Sungaipenuh`, `Padangpanjang`, `Fakfak`) is that region
// (lexicon/region-spellings.ts). Rows: every two-word province, regency and city name of the gazetteer that may be
// joined, written joined in three positions (after Bawaslu, after "di", as a dateline) and in capitals; each resolves
// to its own code(s). Negatives: a qualified name joined (`Lampungselatan`), a kind-of-place name joined
// (`Kepulauanseribu`), a joined name in lower case (`batubara`: coal), and the spaced name still found. A district
// named after its regency or city and written joined after `Kecamatan` (`Kecamatan Tebingtinggi Barat`) is that
// district, not the city of the joined name.
import { describe, expect, it } from 'vitest';
import { extractRegions } from '../../src/extract/regions/index.js';
import { districtsByName, districtsStartingWith, provinces, regencies } from '../../src/lexicon/gazetteer.js';
import { UNJOINED_FIRST_WORDS, UNJOINED_SECOND_WORDS } from '../../src/lexicon/region-spellings.js';
import { ctxOf } from './helpers.js';

const codes = (text: string): string[] => extractRegions(ctxOf(`Judul Berita\n\n${text}`)).map((r) => r.code).sort();

const areas = [...provinces(), ...regencies()];
const spaced = new Set(areas.map((a) => a.core.toLowerCase()));
const codesByCore = new Map<string, string[]>();
for (const a of areas) codesByCore.set(a.core.toLowerCase(), [...(codesByCore.get(a.core.toLowerCase()) ?? []), a.code]);

const joinable: Array<{ joined: string; core: string; codes: string[] }> = [];
const qualified: string[] = [];
for (const [k, cs] of codesByCore) {
  const core = areas.find((a) => a.core.toLowerCase() === k)!.core;
  const w = core.split(' ');
  if (w.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(w[0]!) || !/^\p{Lu}\p{Ll}+$/u.test(w[1]!)) continue;
  const joined = w[0]! + w[1]!.toLowerCase();
  if (spaced.has(joined.toLowerCase())) continue;
  if (UNJOINED_FIRST_WORDS.includes(w[0]!) || UNJOINED_SECOND_WORDS.includes(w[1]!)) qualified.push(joined);
  else joinable.push({ joined, core, codes: [...cs].sort() });
}

describe('a two-word region name written as one word', () => {
  it('covers the gazetteer (both kinds present)', () => {
    expect(joinable.length).toBeGreaterThan(40);
    expect(qualified.length).toBeGreaterThan(100);
  });
  const rows: Array<[string, string[]]> = [];
  for (const j of joinable) {
    rows.push([`Bawaslu ${j.joined} mencatat dua laporan netralitas ASN.`, j.codes]);
    rows.push([`Apel siaga digelar di ${j.joined} pada Senin pagi.`, j.codes]);
    rows.push([`${j.joined.toUpperCase()}, Radar – Bawaslu menggelar apel siaga.`, j.codes]);
  }
  it.each(rows)('%s', (text, want) => {
    // a shared name (a regency and a city) gives one of its codes
    const got = codes(text);
    expect(got.length).toBe(1);
    expect(want).toContain(got[0]);
  });
});

describe('negatives: names never written joined, and ordinary words', () => {
  const rows: Array<[string]> = qualified.map((q) => [`Bawaslu ${q} mencatat dua laporan.`]);
  rows.push(['Harga batubara naik pekan ini.'], ['Truk pengangkut batubara melintas di jalan desa.']);
  it.each(rows)('%s', (text) => {
    expect(codes(text)).toEqual([]);
  });
  it('the spaced name is still found', () => {
    expect(codes('Bawaslu Muko Muko mencatat dua laporan.')).toEqual(['17.06']);
    expect(codes('Bawaslu Kota Sungai Penuh mencatat dua laporan.')).toEqual(['15.72']);
  });
});

describe('a district whose name starts with a joined region name, after Kecamatan', () => {
  const rows: Array<[string, string[]]> = [];
  for (const j of joinable) {
    const [first, second] = j.core.split(' ');
    for (const d of districtsStartingWith(first!)) {
      const words = d.name.split(' ');
      if (words.length !== 3 || words[1] !== second || districtsByName(d.name).length !== 1) continue;
      rows.push([`Aduan datang dari warga Kecamatan ${j.joined} ${words[2]} pekan lalu.`, [d.code]]);
    }
  }
  it('has rows', () => expect(rows.length).toBeGreaterThan(10));
  it.each(rows)('%s', (text, want) => {
    expect(extractRegions(ctxOf(`Judul Berita\n\n${text}`)).some((r) => want.includes(r.code))).toBe(true);
    for (const j of joinable) if (text.includes(` ${j.joined} `)) expect(codes(text).filter((c) => j.codes.includes(c))).toEqual([]);
  });
});

// A renamed regency's former name is the regency under its new name, never the neighbour whose name it starts with
// (region-aliases.ts: "Mamuju Utara" is Pasangkayu, not Mamuju).
describe('former names of renamed regencies', () => {
  const rows: Array<[string, string[]]> = [
    ['Pada Pilkada 2015, Bawaslu Mamuju Utara menangani dua laporan.', ['76.01']],
    ['Panwaslu Kabupaten Mamuju Utara saat itu mencatat tiga kasus.', ['76.01']],
    ['Bawaslu Maluku Tenggara Barat menerima laporan pada 2017.', ['81.03']],
    ['Kasus di Toba Samosir pada Pilkada 2015 sudah diputus.', ['12.12']],
    ['Bawaslu Tobasa menangani satu laporan.', ['12.12']],
    // negatives: the neighbours under their own names
    ['Bawaslu Mamuju menangani dua laporan.', ['76.02']],
    ['Bawaslu Maluku Tenggara menerima laporan.', ['81.02']],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
});
