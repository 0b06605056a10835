// Paradigm of per-region breakdowns whose first item carries a verb and the unit ("Kota Ambon menyumbang sembilan
// kasus, Maluku Tengah tujuh, dan Seram Bagian Barat empat") and of the whole such a breakdown divides (issue 22,
// check6 kinds; clauses.ts addListItems with RANKING_LABEL_VERBS, list-parents.ts with LIST_WHOLE_LINKS and
// LIST_TOTAL_POINTERS). The table crosses, from lexicon data:
//   the verb between the first region and its count (RANKING_LABEL_VERBS);
//   the case unit (CASE_UNITS), the number forms (digits, number words) and the regions (three sets);
//   the whole: before the list with a link word (LIST_WHOLE_LINKS: "tersebar di", "menyumbang" …), or after it as a
//   total pointing back (LIST_TOTAL_POINTERS: "Total ada 42 kasus, seluruhnya di …");
//   a comparison figure between the whole and the list ("turun dibanding Pemilu 2019 ketika tercatat 38 kasus").
// Negative rows: a verb after a label that is no region ("Bawaslu mencatat 23 kasus, Panwascam 5" gives no items), a
// total that does not equal the sum, a whole smaller than the sum. Round 11 (the reader's convention, the lead's
// decision): "Rinciannya, …" after a whole and a total after the list equal to their sum now give the parent (the two
// rows that said "no parent" say so).
//
// Before (f5d7cb7): 28 of the 32 rows failed: the verb rows and the "whole smaller than the sum" row gave the first
// item only (no label right before its number), the link and pointer rows gave no parent; the other four negatives
// passed. After: 32/32.
import { describe, expect, it } from 'vitest';
import { CASE_UNITS, LIST_TOTAL_POINTERS, LIST_WHOLE_LINKS, RANKING_LABEL_VERBS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const UNITS = Object.keys(CASE_UNITS).filter((w) => !['tindak pidana', 'pelanggaran'].includes(w));
const REGIONS = [
  ['Kota Ambon', 'Kabupaten Maluku Tengah', 'Kabupaten Seram Bagian Barat'],
  ['Kabupaten Bogor', 'Kota Depok', 'Kabupaten Bekasi'],
  ['Kabupaten Lampung Tengah', 'Kabupaten Tanggamus', 'Kota Metro'],
];
const FIGURES: { forms: string[]; values: number[] }[] = [
  { forms: ['sembilan', 'tujuh', 'empat'], values: [9, 7, 4] },
  { forms: ['14', '11', '3'], values: [14, 11, 3] },
];
const list = (regs: string[], forms: string[], unit: string, verb: string) =>
  `${regs[0]} ${verb} ${forms[0]} ${unit}, ${regs[1]} ${forms[1]}, dan ${regs[2]} ${forms[2]}`;

interface Row {
  name: string;
  text: string;
  values: number[];
  parent: number | null;
  regions?: string[];
}
const rows: Row[] = [];
let k = 0;
// the verb of the first item, with the whole before and a link word ("menyumbang" is one, the others are not)
for (const verb of RANKING_LABEL_VERBS) {
  const unit = UNITS[k % UNITS.length]!;
  const regs = REGIONS[k % REGIONS.length]!;
  const fig = FIGURES[k % FIGURES.length]!;
  const linked = LIST_WHOLE_LINKS.includes(verb);
  rows.push({
    name: `verb "${verb}" × ${unit} × ${fig.forms[0]}${linked ? ' (a link: parent)' : ' (no link: no parent)'}`,
    text: `Bawaslu Provinsi Maluku menangani 58 dugaan pelanggaran netralitas ASN pada Pilkada 2024, turun dibanding Pemilu 2019 ketika tercatat 38 kasus. ${list(regs, fig.forms, unit, verb)}.`,
    values: [58, 38, ...fig.values],
    parent: linked ? 58 : null,
    regions: regs,
  });
  k++;
}
// a link word before a list with the label right before the number
for (const link of LIST_WHOLE_LINKS.filter((w) => !RANKING_LABEL_VERBS.includes(w))) {
  const unit = UNITS[k % UNITS.length]!;
  const regs = REGIONS[k % REGIONS.length]!;
  const fig = FIGURES[k % FIGURES.length]!;
  const near = /di$|dari$|atas$/u.test(link) ? link : `${link} di`;
  rows.push({
    name: `link "${link}" × ${unit} × ${fig.forms[0]}`,
    text: `Bawaslu menangani 58 dugaan pelanggaran selama Pilkada 2024, 33 di antaranya pelanggaran netralitas ASN. Kasus netralitas itu ${near} ${regs[0]} ${fig.forms[0]} ${unit}, ${regs[1]} ${fig.forms[1]}, dan ${regs[2]} ${fig.forms[2]}.`,
    values: [58, 33, ...fig.values],
    parent: 33,
    regions: regs,
  });
  k++;
}
// a total after, pointing back
for (const ptr of LIST_TOTAL_POINTERS) {
  const regs = REGIONS[k % REGIONS.length]!;
  const fig = FIGURES[k % FIGURES.length]!;
  const sum = fig.values.reduce((a, b) => a + b, 0);
  rows.push({
    name: `total after with "${ptr}" × ${fig.forms[0]}`,
    text: `Bawaslu Provinsi Lampung merinci sebaran dugaan pelanggaran netralitas ASN selama Pilkada 2024: ${regs[0]} ${fig.forms[0]} kasus, ${regs[1]} ${fig.forms[1]} dan ${regs[2]} ${fig.forms[2]}. Total ada ${sum} kasus, ${ptr} di tiga daerah tersebut.`,
    values: [...fig.values, sum],
    parent: sum,
  });
  k++;
}
// negatives
rows.push(
  {
    // round 11 (the reader's convention): "Rinciannya" is an itemising word, the whole the sentence before
    name: '"Rinciannya" after a whole the sentence before: that whole',
    text: 'Bawaslu Jawa Timur mencatat 38 dugaan pelanggaran netralitas ASN selama Pilgub Jatim 2024. Rinciannya, Kabupaten Jember 11 kasus, Kabupaten Sumenep 9, Kota Malang 7, dan Kabupaten Blitar 5.',
    values: [38, 11, 9, 7, 5],
    parent: 38,
  },
  {
    // round 11 (the reader's convention): a total after the list, their sum, in the next sentence, needs no pointer
    name: 'a total with no pointer, their sum, in the next sentence: that total',
    text: 'Bawaslu Jawa Barat merilis sebaran dugaan pelanggaran netralitas ASN pada Pilkada 2024. Rinciannya, Kabupaten Bogor 14 kasus, Kabupaten Bekasi 9, Kota Depok 6, dan Kabupaten Karawang 3.\n\n"Total ada 32 kasus yang kami tangani sampai hari ini," kata anggota Bawaslu Jabar.',
    values: [14, 9, 6, 3, 32],
    parent: 32,
  },
  {
    name: 'a total that is not the sum keeps no parent',
    text: 'Bawaslu Provinsi Lampung merinci sebaran dugaan pelanggaran netralitas ASN selama Pilkada 2024: Kabupaten Tanggamus 14 kasus, Kota Metro 11 dan Kabupaten Pesawaran 3. Total ada 50 kasus, seluruhnya sudah diproses.',
    values: [14, 11, 3, 50],
    parent: null,
  },
  {
    name: 'a whole smaller than the sum keeps no parent',
    text: 'Bawaslu Provinsi Maluku menangani 12 dugaan pelanggaran netralitas ASN pada Pilkada 2024. Kota Ambon menyumbang sembilan kasus, Maluku Tengah tujuh, dan Seram Bagian Barat empat.',
    values: [12, 9, 7, 4],
    parent: null,
  },
  {
    name: 'a verb after a label that is no region gives no list',
    text: 'Bawaslu mencatat 23 kasus dugaan pelanggaran netralitas ASN, Panwascam lima.',
    values: [23],
    parent: null,
  },
);

describe('per-region breakdowns: a verb before the first count, and the whole they divide (check6 kinds)', () => {
  it.each(rows)('$name', ({ text, values, parent, regions }) => {
    const got = countsOf(text);
    expect(got.map((v) => v.value)).toEqual(values);
    const items = got.filter((v) => v.region !== null);
    if (regions !== undefined) expect(items.map((v) => v.region?.name)).toEqual(regions);
    for (const v of items) expect(v.parent?.value ?? null).toBe(parent);
  });
});
