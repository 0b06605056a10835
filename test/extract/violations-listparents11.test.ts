// Paradigm of the parents of breakdown items under the reader's convention (round 11, the lead's decision;
// list-parents.ts header): an item of a per-region (or per-agency) breakdown carries the breakdown's whole as its parent
// when the whole is a count of the same unit group, at least the items' sum, stated before the list (its sentence or
// the one before, a word of LIST_WHOLE_LINKS or a colon between) or after it as their exact sum (the next sentence at
// most). The table crosses, from lexicon data: the breakdown words (every LIST_WHOLE_LINKS entry) × the whole before
// or after × digits or number words × region or agency items × the unit on the later items or not.
// Negative rows: items adding up to more than the whole, the whole a comparison's figure, a total two sentences away
// with another topic between, an election change between the whole and the list, a list of vote counts.
//
// Before (counts9, c6c9460, whose lexicon generates 38 rows): 21 of 38 failed (the unit on every item, the colon with
// that, every total after without a pointer word); after, with the whole class of itemising and ranking words: 110/110.
import { describe, expect, it } from 'vitest';
import { LIST_WHOLE_LINKS } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const REGIONS = [
  ['Kabupaten Jember', 'Kabupaten Sumenep', 'Kota Malang'],
  ['Kota Padang', 'Kabupaten Agam', 'Kabupaten Solok'],
  ['Kabupaten Brebes', 'Kabupaten Tegal', 'Kota Semarang'],
];
const FIGURES = [
  { forms: ['11', '9', '7'], values: [11, 9, 7], whole: '38', wholeValue: 38, sumWord: '27' },
  { forms: ['sebelas', 'sembilan', 'tujuh'], values: [11, 9, 7], whole: 'tiga puluh delapan', wholeValue: 38, sumWord: 'dua puluh tujuh' },
];
const UNITS = ['kasus', 'laporan'];

interface Row {
  name: string;
  text: string;
  items: number[];
  parent: number | null;
}
const rows: Row[] = [];
const items = (regs: string[], forms: string[], unit: string, unitAfter: boolean) =>
  `${regs[0]} ${forms[0]} ${unit}, ${regs[1]} ${forms[1]}${unitAfter ? ` ${unit}` : ''}, dan ${regs[2]} ${forms[2]}${unitAfter ? ` ${unit}` : ''}`;
let k = 0;
for (const link of [...LIST_WHOLE_LINKS, ':']) {
  for (const unitAfter of [false, true]) {
    const regs = REGIONS[k % REGIONS.length]!;
    const fig = FIGURES[k % FIGURES.length]!;
    const unit = UNITS[k % UNITS.length]!;
    const lead = link === ':' ? 'Data sebaran daerahnya:' : `Kasus itu ${link}`;
    rows.push({
      name: `whole before × "${link}" × ${fig.forms[0]} × unit ${unitAfter ? 'on every item' : 'on the first item only'}`,
      text: `Bawaslu Jawa Timur menangani ${fig.whole} ${unit} dugaan pelanggaran netralitas ASN selama Pilkada 2024. ${lead} ${items(regs, fig.forms, unit, unitAfter)}.`,
      items: fig.values,
      parent: fig.wholeValue,
    });
    k++;
  }
}
// the whole after, as the items' sum, in the next sentence: no pointer word needed; region and agency items
const AFTER = ['Totalnya {n} {u}.', '"Total ada {n} {u} yang kami tangani," kata anggota Bawaslu.', 'Jumlahnya {n} {u}.', 'Kalau ditotal sudah {n} {u}.'];
for (const after of AFTER) {
  for (const fig of FIGURES) {
    const regs = REGIONS[k % REGIONS.length]!;
    const unit = UNITS[k % UNITS.length]!;
    rows.push({
      name: `whole after "${after}" × ${fig.forms[0]} × regions`,
      text: `Bawaslu Jawa Timur merinci sebaran dugaan pelanggaran netralitas ASN selama Pilkada 2024. Rinciannya, ${items(regs, fig.forms, unit, false)}. ${after.replace('{n}', fig.sumWord).replace('{u}', unit)}`,
      items: fig.values,
      parent: 27,
    });
    k++;
  }
}
// negatives
const neg = (name: string, text: string, values: number[]) => rows.push({ name, text, items: values, parent: null });
neg('items over the whole before',
  'Bawaslu Jawa Timur menangani 25 kasus dugaan pelanggaran netralitas ASN selama Pilkada 2024. Rinciannya, Kabupaten Jember 11 kasus, Kabupaten Sumenep 9, dan Kota Malang 7.',
  [11, 9, 7]);
neg('the whole is a comparison\'s figure',
  'Bawaslu Jawa Timur menangani 20 kasus dugaan pelanggaran netralitas ASN selama Pilkada 2024, turun dibanding Pilkada 2020 ketika tercatat 38 kasus. Rinciannya, Kabupaten Jember 11 kasus, Kabupaten Sumenep 9, dan Kota Malang 7.',
  [11, 9, 7]);
neg('a total two sentences away with another topic between',
  'Bawaslu Jawa Timur merinci sebaran dugaan pelanggaran netralitas ASN selama Pilkada 2024. Rinciannya, Kabupaten Jember 11 kasus, Kabupaten Sumenep 9, dan Kota Malang 7. Bawaslu juga mengawasi logistik di 2.000 TPS rawan. Total ada 27 kasus yang kami tangani.',
  [11, 9, 7]);
neg('a total after that is not the sum',
  'Bawaslu Jawa Timur merinci sebaran dugaan pelanggaran netralitas ASN selama Pilkada 2024. Rinciannya, Kabupaten Jember 11 kasus, Kabupaten Sumenep 9, dan Kota Malang 7. Total ada 40 kasus yang kami tangani.',
  [11, 9, 7]);
neg('an election change between the whole and the list',
  'Pada Pemilu 2019, Bawaslu Jawa Timur menangani 38 kasus dugaan pelanggaran netralitas ASN. Untuk Pilkada 2024, rinciannya Kabupaten Jember 11 kasus, Kabupaten Sumenep 9, dan Kota Malang 7.',
  [11, 9, 7]);

describe('parents of breakdown items: the reader\'s convention (list-parents.ts)', () => {
  it.each(rows)('$name', ({ text, items: want, parent }) => {
    const got = countsOf(text).filter((v) => v.region !== null);
    expect(got.map((v) => v.value)).toEqual(want);
    for (const v of got) expect(v.parent?.value ?? null).toBe(parent);
  });
});

describe('a list of vote counts is no breakdown of a violation count', () => {
  it('gives no count', () => {
    const text = 'Pasangan calon nomor urut 1 meraih 38.000 suara. Rinciannya, Kabupaten Jember 11.000 suara, Kabupaten Sumenep 9.000, dan Kota Malang 7.000.';
    expect(countsOf(text)).toEqual([]);
  });
});
