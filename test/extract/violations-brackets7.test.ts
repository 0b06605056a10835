// Paradigm of rankings and breakdowns whose figures stand in brackets after region names (issue 22, check6 kind:
// "Tiga provinsi dengan kasus terbanyak ialah Sulawesi Tenggara (112), Gorontalo (87) dan Bengkulu (65)";
// src/extract/violations/bracket-items.ts). The table crosses, from lexicon data:
//   the case noun naming the items (CASE_UNITS keys), before the list or inside the brackets;
//   the regions (provinces, regencies and cities of the gazetteer) and the number of items (2 to 4);
//   the joiners (", ", ", dan ", " dan ", ", serta ") and the number forms (digits, "1.204", number words);
//   the whole (a count of the case group in the sentence before or in the same sentence).
// Each item is a count in the list's unit, with its region and the whole as parent.
// Negative rows: no whole counted before, a whole smaller than the items' sum, seats, votes and shares in brackets
// ("(35 kursi)", "(12.345 suara)", "(35%)"), years in brackets, a single region with a figure.
//
// Before (f5d7cb7): every positive row gave the whole only (no item); the negatives passed. After: all rows pass.
import { describe, expect, it } from 'vitest';
import { CASE_UNITS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const NOUNS = Object.keys(CASE_UNITS).filter((w) => w !== 'tindak pidana');
const REGION_SETS: { name: string; names: string[] }[] = [
  { name: 'provinsi', names: ['Sulawesi Tenggara', 'Gorontalo', 'Bengkulu', 'Jawa Barat'] },
  { name: 'kabupaten/kota', names: ['Kabupaten Bogor', 'Kota Depok', 'Kabupaten Bekasi', 'Kota Bandung'] },
  { name: 'daerah', names: ['Kota Ambon', 'Kabupaten Maluku Tengah', 'Kabupaten Seram Bagian Barat', 'Kabupaten Buru'] },
];
const JOINERS = [', ', ', dan ', ' dan ', ', serta '];
const FIGURES: { forms: string[]; values: number[] }[] = [
  { forms: ['112', '87', '65', '40'], values: [112, 87, 65, 40] },
  { forms: ['sembilan', 'tujuh', 'empat', 'dua'], values: [9, 7, 4, 2] },
  { forms: ['12', '8', '6', '3'], values: [12, 8, 6, 3] },
];

interface Row {
  name: string;
  text: string;
  whole: number;
  items: { value: number; region: string }[];
}
const rows: Row[] = [];
let k = 0;
for (const noun of NOUNS) {
  for (const set of REGION_SETS) {
    const n = 2 + (k % 3);
    const fig = FIGURES[k % FIGURES.length]!;
    const inside = k % 2 === 1;
    const join = JOINERS[k % JOINERS.length]!;
    const parts = set.names.slice(0, n).map((r, i) => `${r} (${fig.forms[i]}${inside ? ` ${noun}` : ''})`);
    const list = parts.slice(0, -1).join(', ') + join + parts[n - 1];
    const lead = `Bawaslu menangani 1.846 dugaan pelanggaran netralitas ASN selama Pilkada 2024.`;
    const second = inside ? `Rinciannya ialah ${list}.` : `Tiga ${set.name} dengan ${noun} terbanyak ialah ${list}.`;
    rows.push({
      name: `${noun}${inside ? ' inside' : ' before'} × ${set.name} × ${n} items × "${join.trim() || 'space'}"`,
      text: `${lead} ${second}`,
      whole: 1846,
      items: set.names.slice(0, n).map((r, i) => ({ value: fig.values[i]!, region: r })),
    });
    k++;
  }
}
// the whole in the same sentence
rows.push({
  name: 'whole in the same sentence',
  text: 'Bawaslu Jawa Barat mencatat 58 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024, terbanyak di Kabupaten Bogor (14), Kota Depok (9) dan Kabupaten Bekasi (6).',
  whole: 58,
  items: [{ value: 14, region: 'Kabupaten Bogor' }, { value: 9, region: 'Kota Depok' }, { value: 6, region: 'Kabupaten Bekasi' }],
});

const NEGATIVES: { name: string; text: string; values: number[] }[] = [
  { name: 'no whole counted', text: 'Pelanggaran netralitas ASN pada Pilkada 2024 terbanyak di Sulawesi Tenggara (112), Gorontalo (87) dan Bengkulu (65).', values: [] },
  { name: 'whole smaller than the sum', text: 'Bawaslu menangani 100 dugaan pelanggaran netralitas ASN. Kasus terbanyak di Sulawesi Tenggara (112), Gorontalo (87) dan Bengkulu (65).', values: [100] },
  { name: 'seats', text: 'Bawaslu menangani 1.846 dugaan pelanggaran netralitas ASN. Perolehan kursi terbanyak di Jawa Barat (35 kursi), Jawa Tengah (30 kursi) dan Banten (12 kursi).', values: [1846] },
  { name: 'votes', text: 'Bawaslu menangani 1.846 dugaan pelanggaran netralitas ASN. Suara terbanyak di Jawa Barat (12.345 suara) dan Jawa Tengah (10.001 suara).', values: [1846] },
  { name: 'shares', text: 'Bawaslu menangani 1.846 dugaan pelanggaran netralitas ASN. Kasus terbanyak di Jawa Barat (35%) dan Jawa Tengah (20%).', values: [1846] },
  { name: 'years', text: 'Bawaslu menangani 1.846 dugaan pelanggaran netralitas ASN. Kasus serupa terjadi di Jawa Barat (2019) dan Jawa Tengah (2020).', values: [1846] },
  { name: 'one region only', text: 'Bawaslu menangani 1.846 dugaan pelanggaran netralitas ASN. Kasus terbanyak di Sulawesi Tenggara (112).', values: [1846] },
  { name: 'people in brackets', text: 'Bawaslu menangani 1.846 dugaan pelanggaran netralitas ASN. Peserta sosialisasi dari Jawa Barat (120 orang) dan Jawa Tengah (80 orang).', values: [1846] },
];

describe('bracketed figures after region names in a ranking or breakdown (check6 kind)', () => {
  it.each(rows)('$name', ({ text, whole, items }) => {
    const got = countsOf(text);
    expect(got.map((v) => v.value)).toEqual([whole, ...items.map((i) => i.value)]);
    for (const it of items) {
      const c = got.find((v) => v.value === it.value)!;
      expect(c.region?.name).toBe(it.region);
      expect(c.parent?.value).toBe(whole);
      expect(c.scope).toBe('neutrality');
    }
  });
  it.each(NEGATIVES)('not an item: $name', ({ text, values }) => {
    expect(countsOf(text).map((v) => v.value)).toEqual(values);
  });
});
