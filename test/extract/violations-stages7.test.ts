// Paradigm of stage figures written without a unit, and of the year of a spelled-out election with a running mate
// (issue 22, check6 kinds; src/extract/violations/stage-parts.ts, ELECTION_GAP_WORDS 'dan Wakil'):
//   - "Dari 26 itu, 19 diregistrasi, 13 dinyatakan terbukti …, sedangkan 6 dihentikan": an anchor restating a count's
//     figure with a demonstrative; crossed with DEMONSTRATIVES, the number forms and the stage verbs;
//   - "menerima 15 laporan dari masyarakat, namun 9 tidak memenuhi syarat formil": PART_CONTRASTS × stage phrases;
//   - "menjatuhkan sanksi kepada lima ASN dari 13 yang direkomendasikan": the part of a figure given before;
//   - "Pemilihan Wali Kota dan Wakil Wali Kota Kendari 2024": the spelled-out names of ELECTION_NAMES with a running
//     mate keep their year.
// Negative rows: an anchor whose figure is no count's, a year, days or a percentage after a contrast word, "dari N yang"
// with N no count's, a bare number followed by a noun.
//
// Before (f5d7cb7): 26 of the 34 rows failed: the anchors without a noun ("Dari 26 itu,"), every contrast row, every
// "dari 13 yang" row and every spelled-out election with a running mate (year lost); the anchors with a noun ("Dari 26
// laporan itu,") and the five negatives passed. After: 34/34.
import { describe, expect, it } from 'vitest';
import { DEMONSTRATIVES, ELECTION_NAMES, PART_CONTRASTS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

interface Row {
  name: string;
  text: string;
  want: { value: number; parent?: number | null; election?: string; year?: number }[];
  /** Values that must not be counts. */
  not?: number[];
}
const rows: Row[] = [];
const LEAD = 'Bawaslu Kota Kendari mencatat terdapat 26 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024.';
const STAGES: [string, string, string][] = [
  ['19 diregistrasi', '13 dinyatakan terbukti dan direkomendasikan ke BKN', '6 dihentikan karena tidak cukup bukti'],
  ['sembilan belas sudah diregistrasi', 'tiga belas terbukti melanggar', 'enam tidak ditindaklanjuti'],
];
const VALUES = [19, 13, 6];
let k = 0;
for (const dem of DEMONSTRATIVES) {
  for (const noun of ['', 'laporan ']) {
    const [a, b, c] = STAGES[k % STAGES.length]!;
    rows.push({
      name: `Dari 26 ${noun}${dem}, × ${a.split(' ')[0]}`,
      text: `${LEAD} Dari 26 ${noun}${dem}, ${a}, ${b}, sedangkan ${c}.`,
      want: VALUES.map((v, i) => ({ value: v, ...(i === 0 ? { parent: 26 } : {}) })),
    });
    k++;
  }
}
const CONTRAST_STAGES = ['tidak memenuhi syarat formil dan materiil', 'dihentikan', 'belum diregistrasi', 'sudah diteruskan ke BKN'];
for (const w of PART_CONTRASTS) {
  const stage = CONTRAST_STAGES[k % CONTRAST_STAGES.length]!;
  const num = k % 2 === 0 ? '9' : 'sembilan';
  rows.push({
    name: `contrast "${w}" × ${num} ${stage.split(' ')[0]}`,
    text: `Bawaslu Kabupaten Konawe Selatan menerima 15 laporan dugaan pelanggaran netralitas ASN dari masyarakat, ${w} ${num} ${stage}.`,
    want: [{ value: 15, parent: null }, { value: 9, parent: 15 }],
  });
  k++;
}
for (const unit of ['ASN', 'pegawai', 'kepala desa']) {
  for (const verb of ['direkomendasikan', 'dilaporkan', 'diteruskan ke BKN']) {
    rows.push({
      name: `lima ${unit} dari 13 yang ${verb}`,
      text: `${LEAD} Dari 26 itu, 13 dinyatakan terbukti. BKN telah menjatuhkan sanksi kepada lima ${unit} dari 13 yang ${verb}.`,
      want: [{ value: 26 }, { value: 13, parent: 26 }, { value: 5, parent: 13 }],
    });
  }
}
const OFFICES: [string, string][] = [['Gubernur', 'Bengkulu'], ['Bupati', 'Tabalong'], ['Wali Kota', 'Kendari']];
for (const [office, place] of OFFICES) {
  const key = Object.keys(ELECTION_NAMES).find((n) => n === `pemilihan ${office.toLowerCase()}`)!;
  for (const num of ['26', 'dua puluh enam']) {
    rows.push({
      name: `Pemilihan ${office} dan Wakil ${office} ${place} 2024 × ${num}`,
      text: `Bawaslu ${place} mencatat, sepanjang tahapan Pemilihan ${office} dan Wakil ${office} ${place} 2024, terdapat ${num} laporan dugaan pelanggaran netralitas ASN.`,
      want: [{ value: 26, election: ELECTION_NAMES[key]!, year: 2024 }],
    });
  }
}
// negatives
rows.push(
  { name: 'an anchor whose figure is no count', text: `${LEAD} Dari 30 itu, 19 diregistrasi.`, want: [{ value: 26 }], not: [19] },
  { name: 'a year after a contrast word', text: 'Bawaslu menerima 15 laporan dugaan pelanggaran netralitas ASN, namun 2024 dihentikan.', want: [{ value: 15 }], not: [2024] },
  { name: 'days after a contrast word', text: 'Bawaslu menerima 15 laporan dugaan pelanggaran netralitas ASN, namun 3 hari kemudian dihentikan.', want: [{ value: 15 }], not: [3] },
  { name: 'a percentage after a contrast word', text: 'Bawaslu menerima 15 laporan dugaan pelanggaran netralitas ASN, namun 9 persen dihentikan.', want: [{ value: 15 }], not: [9] },
  { name: 'dari N yang with N no count', text: `${LEAD} BKN telah menjatuhkan sanksi kepada lima ASN dari 40 yang diperiksa.`, want: [{ value: 26 }, { value: 5, parent: null }] },
);

describe('stage figures without a unit, and the year of a spelled-out election (check6 kinds)', () => {
  it.each(rows)('$name', ({ text, want, not }) => {
    const got = countsOf(text);
    for (const w of want) {
      const c = got.find((v) => v.value === w.value);
      expect(c, JSON.stringify(got.map((v) => [v.value, v.parent?.value, v.text]))).toBeDefined();
      if (w.parent !== undefined) expect(c!.parent?.value ?? null).toBe(w.parent);
      if (w.election !== undefined) expect([c!.election, c!.year]).toEqual([w.election, w.year]);
    }
    for (const n of not ?? []) expect(got.map((v) => v.value)).not.toContain(n);
  });
});
