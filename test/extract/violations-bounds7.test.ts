// Paradigm of counts of people written `N orang` after the person noun of their subject, as bounds and ranges
// (issue 22; check6 kind: "Jumlah ASN … yang terindikasi ikut berkampanye … berkisar 15 hingga 20 orang", "Dari yang
// sudah dikaji, tidak kurang dari 8 orang memenuhi unsur pelanggaran"). The table crosses, from lexicon data:
//   the person noun of the subject (PERSON_UNITS other than `orang`/`oknum`);
//   the word of suspicion or offence in the subject (PERSON_ACTION_CUES: terindikasi, disinyalir, diduga, berkampanye);
//   the figure: a range (RANGE_JOINERS words), digits or number words;
//   a bound (QUALIFIER_CUES at_least/at_most) before `N orang` followed by a verb of finding (ORANG_FINDING_VERBS).
// Negative rows: people that are an audience or staff ("memiliki lebih dari 16.000 ASN", "dihadiri 200 orang"),
// a figure of other things (persen, tahun), "N orang" followed by another noun.
//
// Before (f5d7cb7): 16 of the 36 rows failed: the 6 range rows whose subject's cue is "terindikasi", "disinyalir" or
// "berkampanye" (the `orang` count after a person noun was left to the unit-count parser, which reads no range, and
// those words were no offence cues), and the 10 bound rows with "memenuhi unsur" after `N orang`; the "diduga" and
// cue-less rows, the "terbukti" rows and the negatives passed. After: 36/36.
import { describe, expect, it } from 'vitest';
import { ORANG_FINDING_VERBS, PERSON_ACTION_CUES, PERSON_UNITS, QUALIFIER_CUES, RANGE_JOINERS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const NOUNS = Object.keys(PERSON_UNITS).filter((w) => !['orang', 'oknum', 'aparatur'].includes(w));
const SUSPECT = ['terindikasi', 'disinyalir', 'diduga', 'berkampanye'];
const JOINERS = RANGE_JOINERS.filter((j) => /^\p{L}+$/u.test(j));
for (const w of SUSPECT) if (!PERSON_ACTION_CUES.includes(w)) throw new Error(`not lexicon data: ${w}`);
const BOUNDS = Object.entries(QUALIFIER_CUES).filter(([w, q]) => (q === 'at_least' || q === 'at_most') && / dari$|nya$/u.test(w));

interface Row {
  name: string;
  text: string;
  want: { value: number; upper?: number | null; qualifier: string } | null;
}
const rows: Row[] = [];
const noun = (i: number) => (NOUNS[i % NOUNS.length] === 'asn' ? 'ASN' : NOUNS[i % NOUNS.length]!);
const PLACES = ['Kabupaten Buleleng', 'Kota Kendari', 'Kabupaten Bogor', 'Kota Ambon'];
const FIGURES: [string, string, number, number][] = [['15', '20', 15, 20], ['tiga', 'lima', 3, 5], ['12', '18', 12, 18]];
let k = 0;
for (const s of SUSPECT) {
  for (const j of JOINERS) {
    const [a, b, va, vb] = FIGURES[k % FIGURES.length]!;
    const place = PLACES[k % PLACES.length]!;
    rows.push({
      name: `${noun(k)} ${s}, range ${a} ${j} ${b}`,
      text: `Jumlah ${noun(k)} di ${place} yang ${s} ikut kampanye pada Pilkada 2024 berkisar ${a} ${j} ${b} orang, kata Ketua Bawaslu.`,
      want: { value: va, upper: vb, qualifier: 'range' },
    });
    k++;
  }
  const [a, , va] = FIGURES[k % FIGURES.length]!;
  rows.push({
    name: `${noun(k)} ${s}, no cue before the figure`,
    text: `Bawaslu mencatat ${noun(k)} yang ${s} tidak netral pada Pilkada 2024 ${a} orang.`,
    want: { value: va, qualifier: 'exact' },
  });
  k++;
}
for (const [bound, q] of BOUNDS) {
  for (const verb of ORANG_FINDING_VERBS) {
    rows.push({
      name: `${bound} 8 orang ${verb}`,
      text: `Bawaslu Kabupaten Buleleng mengkaji laporan netralitas ASN pada Pilbup 2024. Dari yang sudah dikaji, ${bound} 8 orang ${verb} pelanggaran.`,
      want: { value: 8, qualifier: q },
    });
  }
}
// negatives
rows.push(
  { name: 'staff of a regency', text: 'Bawaslu Garut menerima enam laporan netralitas ASN, namun dua di antaranya tidak memenuhi unsur. Kabupaten Garut memiliki lebih dari 16.000 ASN.', want: null },
  { name: 'an audience', text: 'Sosialisasi netralitas ASN oleh Bawaslu pada Pilkada 2024 dihadiri berkisar 150 hingga 200 orang peserta.', want: null },
  { name: 'a share', text: 'Jumlah ASN yang terindikasi tidak netral pada Pilkada 2024 berkisar 15 hingga 20 persen.', want: null },
  { name: 'years', text: 'Jumlah ASN yang diduga tidak netral naik dari 2019 hingga 2024, kata Bawaslu.', want: null },
);

describe('counts of people as bounds and ranges after a person subject (check6 kinds)', () => {
  it.each(rows)('$name', ({ text, want }) => {
    const got = countsOf(text);
    if (want === null) {
      expect(got.map((v) => v.value)).toEqual(text.includes('enam laporan') ? [6, 2] : []);
      return;
    }
    const c = got.find((v) => v.value === want.value);
    expect(c, JSON.stringify(got.map((v) => [v.value, v.qualifier, v.text]))).toBeDefined();
    expect(c!.qualifier).toBe(want.qualifier);
    if (want.upper !== undefined) expect(c!.upper).toBe(want.upper);
  });
});
