// Paradigm of a figure far from its subject (issue 22, check6 and check4 kinds: "Laporan dugaan pelanggaran netralitas
// … yang masuk ke meja Bawaslu … sejak … dibuka pada 25 September lalu hingga pekan ini totalnya sudah 41"; "laporan
// yang masuk ke Bawaslu Banjarbaru selama masa kampanye berjumlah sebelas, tetapi enam di antaranya dihentikan"; "Saat
// ini laporan yang masuk sudah 34, naik dari 21 laporan"). The table crosses, from lexicon data:
//   the case noun of the subject (CASE_UNITS);
//   the cue before the figure (QUALIFIER_CUES 'sudah', 'telah', 'berjumlah', 'mencapai');
//   the number forms (digits, number words);
//   a day of a date between subject and figure ("sejak 25 September"), or none;
//   where the violation cue stands: in the subject, or only after the figure in its sentence ("…, tetapi enam di
//   antaranya dihentikan").
// Negative rows: "sudah 3 kali", "telah 2 tahun", a subject with no violation cue anywhere in its sentence ("laporan
// keuangan … berjumlah 5, …"), a figure of another day ("sudah 25 September").
//
// Before (f5d7cb7): 42 of the 48 positive rows failed (all but the "mencapai" rows with the cue in the subject: "sudah"
// and "telah" were no cues, a day of a date stopped the subject look-back, and a cue only after the figure did not
// accept it); the 4 negatives passed. After: 52/52.
import { describe, expect, it } from 'vitest';
import { CASE_UNITS, QUALIFIER_CUES } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const NOUNS = Object.keys(CASE_UNITS).filter((w) => !['tindak pidana', 'pelanggaran', 'putusan', 'rekomendasi'].includes(w));
const CUES = ['sudah', 'telah', 'berjumlah', 'mencapai'];
for (const c of CUES) if (QUALIFIER_CUES[c] !== 'exact') throw new Error(`not an exact cue: ${c}`);
const FIGURES: [string, number, string, number][] = [['41', 41, '17', 17], ['sebelas', 11, 'enam', 6], ['34', 34, 'sembilan', 9]];

interface Row {
  name: string;
  text: string;
  values: number[];
}
const rows: Row[] = [];
let k = 0;
for (const noun of NOUNS) {
  for (const cue of CUES) {
    const [a, va, b, vb] = FIGURES[k % FIGURES.length]!;
    const cap = noun[0]!.toUpperCase() + noun.slice(1);
    const date = k % 2 === 0 ? ' sejak 25 September lalu' : '';
    rows.push({
      name: `${noun} × ${cue} × ${a} × cue in the subject${date ? ' × date' : ''}`,
      text: `${cap} dugaan pelanggaran netralitas ASN yang masuk ke Bawaslu Provinsi Bengkulu${date} hingga pekan ini totalnya ${cue} ${a}.`,
      values: [va],
    });
    rows.push({
      name: `${noun} × ${cue} × ${a} × cue after the figure${date ? ' × date' : ''}`,
      text: `Menurutnya, ${noun} yang masuk ke Bawaslu Banjarbaru${date} selama masa kampanye ${cue} ${a}, tetapi ${b} di antaranya dihentikan karena tidak cukup bukti.`,
      values: [va, vb],
    });
    k++;
  }
}
const NEGATIVES: Row[] = [
  { name: 'sudah 3 kali', text: 'Bawaslu sudah 3 kali memanggil ASN yang diduga melanggar netralitas.', values: [] },
  { name: 'telah 2 tahun', text: 'Laporan netralitas ASN itu telah 2 tahun tidak ditindaklanjuti.', values: [] },
  { name: 'no violation cue in the sentence', text: 'Bawaslu menerima laporan keuangan dana kampanye, yang berjumlah 5, tetapi belum lengkap.', values: [] },
  { name: 'a day of a date', text: 'Laporan dugaan pelanggaran netralitas ASN diterima Bawaslu sudah 25 September lalu.', values: [] },
];

describe('a figure far from its subject, closing its clause (check6 and check4 kinds)', () => {
  it.each([...rows, ...NEGATIVES])('$name', ({ text, values }) => {
    expect(countsOf(text).map((v) => v.value)).toEqual(values);
  });
});
