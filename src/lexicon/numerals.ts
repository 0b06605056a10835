// Indonesian number words for the VIOLATIONS extractor. Data only; the parser in
// src/extract/violations/numbers.ts combines them (`dua ribu tiga ratus` = 2300).
import { lookupTable } from '../util/table.js';

/** Digit words and the `se-` forms that stand for one unit of a scale → their value. */
export const NUMERAL_UNITS: Readonly<Record<string, number>> = lookupTable({
  // 0–9
  nol: 0, kosong: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  // 10–11
  sepuluh: 10, sebelas: 11,
  // se- forms of the scales ("one hundred", "one thousand", …)
  seratus: 100, seribu: 1000, sejuta: 1_000_000, semiliar: 1_000_000_000,
});

/** `belas` adds ten to the digit before it (`dua belas` = 12). */
export const NUMERAL_TEEN = 'belas';

/** Multipliers inside a group: `tiga puluh` = 30, `dua ratus` = 200. */
export const NUMERAL_GROUP_MULTIPLIERS: Readonly<Record<string, number>> = lookupTable({
  puluh: 10,
  ratus: 100,
});

/** Scales that close a group: `dua ribu` = 2000, `1,5 juta` = 1 500 000. */
export const NUMERAL_SCALES: Readonly<Record<string, number>> = lookupTable({
  ribu: 1000,
  juta: 1_000_000,
  miliar: 1_000_000_000,
  milyar: 1_000_000_000,
  triliun: 1_000_000_000_000,
});

/** Plural "tens of / hundreds of" words: approximate counts, valued at the scale itself
 *  (`ratusan` = 100, `puluhan ribu` = 10 000). */
export const NUMERAL_APPROXIMATE: Readonly<Record<string, number>> = lookupTable({
  belasan: 10,
  puluhan: 10,
  ratusan: 100,
  ribuan: 1000,
  jutaan: 1_000_000,
});

/** How far above its value a vague plural's figures reach, as a factor: "belasan" is 11 to 19 (under twice 10), the
 *  others any figure of their order ("puluhan" 10 to 99). Read by extract/violations/restatements.ts, which folds a
 *  vague figure into a precise one of its span stated just after ("belasan laporan" … "sekitar 15 laporan"). */
export const NUMERAL_APPROXIMATE_SPAN: Readonly<Record<string, number>> = lookupTable({
  belasan: 2,
  puluhan: 10,
  ratusan: 10,
  ribuan: 10,
  jutaan: 10,
});

/** The prefix of collective numerals before a noun ("ketiga ASN tersebut": the three civil servants named before);
 *  after a noun the same word is an ordinal ("tahap ketiga"). */
export const COLLECTIVE_PREFIX = 'ke';
/** The suffix that makes a collective numeral a pronoun for the set ("ketiganya", "keenamnya": all N of them). */
export const COLLECTIVE_PRONOUN_SUFFIX = 'nya';
