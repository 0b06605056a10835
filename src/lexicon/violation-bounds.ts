// Bound and vague-figure words for the VIOLATION COUNTS extractor (extract/violations/parsers.ts qualifierBefore, and
// every pattern that skips a qualifier before a figure): the closed class of words read right before a number, with
// the direction each gives the figure. Data only; lower-case. Re-exported by violations.ts.
//
// The class is built, not listed phrase by phrase, so that a negated bound is never missed and read the wrong way:
// a comparative (lebih / kurang / sampai / mencapai …) gives a direction, and a negator before it (tidak, tak, belum …)
// turns it round: "lebih dari 30" at_least, "tidak lebih dari 30" at_most; "kurang dari 30" at_most, "tak kurang dari
// 30" at_least (check16 read the last as at_most, since only "tidak kurang dari" was listed). The pattern built on the
// keys matches the longest phrase ending before the number, so "tak kurang dari" wins over "kurang dari".
import { lookupTable } from '../util/table.js';

export type BoundDirection = 'exact' | 'at_most' | 'at_least' | 'approximate';

/** Negators that turn a comparative round ("tidak lebih dari", "tak kurang dari"); "belum" ("not yet") only before a
 *  verb of reaching ("belum sampai 10", "belum mencapai 10"): "belum lebih dari" is not said. */
export const BOUND_NEGATORS: readonly string[] = ['tidak', 'tak'];
export const BOUND_NOT_YET: readonly string[] = ['belum'];

/** Comparatives: the direction of the phrase; a negator before it flips at_least and at_most (a negated "sedikitnya"
 *  is not Indonesian: those are BOUND_PHRASES). `bare: false` for the ones that are a bound only when negated. */
export const BOUND_COMPARATIVES: readonly { phrase: string; direction: 'at_most' | 'at_least'; bare: boolean; reach?: true }[] = [
  { phrase: 'lebih dari', direction: 'at_least', bare: true },
  { phrase: 'lebih daripada', direction: 'at_least', bare: true },
  { phrase: 'kurang dari', direction: 'at_most', bare: true },
  { phrase: 'kurang daripada', direction: 'at_most', bare: true },
  // the negated comparative without "dari" ("tak kurang 30 ASN", "tidak lebih 5 kasus"); bare "lebih 30" and
  // "kurang 30" are no bound (a figure "lebih" follows is read by the parsers: "30 lebih")
  { phrase: 'lebih', direction: 'at_least', bare: false },
  { phrase: 'kurang', direction: 'at_most', bare: false },
  { phrase: 'di bawah', direction: 'at_most', bare: true },
  { phrase: 'di atas', direction: 'at_least', bare: true },
  // a figure not reached: "tidak sampai 10", "belum mencapai 10", "tidak melebihi 10" (bare "sampai" is a range's
  // joiner, bare "mencapai" a stated count in BOUND_PHRASES, bare "melebihi" a comparison: EXCEED_WORDS)
  { phrase: 'sampai', direction: 'at_least', bare: false, reach: true },
  { phrase: 'mencapai', direction: 'at_least', bare: false, reach: true },
  { phrase: 'melebihi', direction: 'at_least', bare: false, reach: true },
];

/** Single phrases, each with its direction, that take no negator. */
export const BOUND_PHRASES: Readonly<Record<string, BoundDirection>> = {
  // upper bounds
  maksimal: 'at_most', maksimum: 'at_most', 'paling banyak': 'at_most', 'sebanyak-banyaknya': 'at_most',
  // lower bounds
  sedikitnya: 'at_least', 'sedikit-dikitnya': 'at_least', minimal: 'at_least', minimum: 'at_least',
  setidaknya: 'at_least', 'setidak-tidaknya': 'at_least', 'paling sedikit': 'at_least', 'paling tidak': 'at_least',
  sekurangnya: 'at_least', 'sekurang-kurangnya': 'at_least',
  // approximations
  sekitar: 'approximate', sekira: 'approximate', sekitaran: 'approximate', kisaran: 'approximate', 'di kisaran': 'approximate',
  hampir: 'approximate', nyaris: 'approximate', 'kurang lebih': 'approximate', 'lebih kurang': 'approximate',
  'kurang-lebih': 'approximate', '±': 'approximate', '+/-': 'approximate', 'kira-kira': 'approximate',
  mendekati: 'approximate', berkisar: 'approximate', 'berkisar antara': 'approximate',
  // stated counts
  sebanyak: 'exact', terdapat: 'exact', tercatat: 'exact', berjumlah: 'exact', mencapai: 'exact', total: 'exact',
  hanya: 'exact', cuma: 'exact', cuman: 'exact', yakni: 'exact', yaitu: 'exact', ada: 'exact', adalah: 'exact',
  menjadi: 'exact', sebesar: 'exact',
  // a figure reached so far, closing its clause ("laporan yang masuk sudah 34, naik dari …", "totalnya sudah 41."):
  // unit-count reads it only when punctuation or a function word follows ("sudah 3 kali" is no count; see
  // CLAUSE_END_CUES)
  sudah: 'exact', telah: 'exact', bertambah: 'exact',
  // "only so far", closing its clause ("Yang sudah ada putusan KASN baru enam."; see CLAUSE_END_CUES)
  baru: 'exact',
  // verbs of reaching a level ("Angka dugaan pelanggaran … sudah menyentuh 24"), and the bare roots headlines use
  // ("Pelanggaran Netralitas ASN di Sultra Capai 45", "… Tembus 45")
  menyentuh: 'exact', menembus: 'exact', tembus: 'exact', capai: 'exact', sentuh: 'exact',
};

const flip = (d: 'at_most' | 'at_least'): 'at_most' | 'at_least' => (d === 'at_most' ? 'at_least' : 'at_most');

/** Qualifier cue phrases, read right before the number: BOUND_PHRASES, the comparatives that stand alone, and every
 *  negator before every comparative with the direction turned round ("belum" before the verbs of reaching only). */
export const QUALIFIER_CUES: Readonly<Record<string, BoundDirection>> = lookupTable(
  (() => {
    const out: Record<string, BoundDirection> = { ...BOUND_PHRASES };
    for (const c of BOUND_COMPARATIVES) {
      if (c.bare && !(c.phrase in out)) out[c.phrase] = c.direction;
      for (const n of c.reach ? [...BOUND_NEGATORS, ...BOUND_NOT_YET] : BOUND_NEGATORS) out[`${n} ${c.phrase}`] = flip(c.direction);
    }
    return out;
  })(),
);
