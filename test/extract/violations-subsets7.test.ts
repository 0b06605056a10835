// Paradigm of "N di antaranya" with a bound or an approximation before it, under a sub-count (issue 22, check6 kind:
// "Dari jumlah itu, belasan kasus menyangkut netralitas aparatur sipil negara. Sedikitnya enam di antaranya melibatkan
// kepala desa …": at_least, its parent the sub-count before it, not the outer total). The table crosses, from lexicon
// data:
//   the qualifier cue before the part (QUALIFIER_CUES of kinds at_least, at_most, approximate);
//   the subset phrase (SUBSET_PHRASES "di antaranya", "diantaranya");
//   the number forms (digits, number words);
//   the sub-count before (a vague "belasan kasus", an exact "12 kasus") or none (the part hangs on the total).
// Negative row: a sub-count of another group before (people) is never the part's whole.
//
// Before (f5d7cb7): all 39 positive rows failed (the part read exact, and hung on the outer total under a sub-count);
// the negative passed. After: 40/40.
import { describe, expect, it } from 'vitest';
import { QUALIFIER_CUES, SUBSET_PHRASES } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const CUES = Object.entries(QUALIFIER_CUES).filter(([w, q]) => q !== 'exact' && /^\p{L}[\p{L} -]*$/u.test(w) && !['di bawah', 'di atas', 'tidak sampai', 'tak sampai', 'mendekati', 'nyaris', 'hampir', 'berkisar', 'berkisar antara', 'kurang dari', 'lebih dari', 'tidak lebih dari', 'tak lebih dari', 'tidak kurang dari'].includes(w));
const PHRASES = SUBSET_PHRASES.filter((p) => /antaranya$/u.test(p));
const FIGURES: [string, number][] = [['enam', 6], ['7', 7], ['lima', 5]];
const SUBS: { text: string; value: number | null; qualifier?: string }[] = [
  { text: 'Dari jumlah itu, belasan kasus menyangkut netralitas aparatur sipil negara.', value: 10, qualifier: 'approximate' },
  { text: 'Dari jumlah itu, 12 kasus menyangkut netralitas aparatur sipil negara.', value: 12 },
  { text: 'Sebagian besar menyangkut netralitas aparatur sipil negara.', value: null },
];

interface Row {
  name: string;
  text: string;
  value: number;
  qualifier: string;
  parent: number;
}
const rows: Row[] = [];
let k = 0;
for (const [cue, q] of CUES) {
  for (const sub of SUBS) {
    const phrase = PHRASES[k % PHRASES.length]!;
    const [form, value] = FIGURES[k % FIGURES.length]!;
    const Cue = cue[0]!.toUpperCase() + cue.slice(1);
    rows.push({
      name: `${cue} × ${form} ${phrase} × under ${sub.value ?? 'the total'}`,
      text: `Bawaslu Kabupaten Tabalong sudah menerima dua puluh satu laporan dugaan pelanggaran pemilihan selama Pilbup Tabalong 2024. ${sub.text} ${Cue} ${form} ${phrase} melibatkan kepala desa yang hadir dalam kampanye.`,
      value,
      qualifier: q,
      parent: sub.value ?? 21,
    });
    k++;
  }
}
const NEGATIVES = [
  {
    name: 'a sub-count of people before: the part is never a part of the people',
    text: 'Bawaslu menerima 21 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Laporan itu menyeret 15 kepala desa. Sedikitnya enam laporan di antaranya sudah diteruskan ke BKN.',
    value: 6,
    notParent: 15,
  },
];

describe('bounded parts "Sedikitnya N di antaranya" under a sub-count (check6 kind)', () => {
  it.each(rows)('$name', ({ text, value, qualifier, parent }) => {
    const c = countsOf(text).find((v) => v.value === value);
    expect(c).toBeDefined();
    expect(c!.qualifier).toBe(qualifier);
    expect(c!.parent?.value).toBe(parent);
  });
  it.each(NEGATIVES)('$name', ({ text, value, notParent }) => {
    const c = countsOf(text).find((v) => v.value === value);
    expect(c).toBeDefined();
    expect(c!.parent?.value).not.toBe(notParent);
  });
});
