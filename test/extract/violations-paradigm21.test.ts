// Paradigms of round 21 (counts21, issue 22): a whole's items listed in the NEXT sentence, the structure check27 lost on
// two pages (a total, then "<subject pointing back> <verb of composition or copula> N noun, N noun, dan seorang noun").
// Rows marked `held: true` (about a third) were kept out of tuning: the rule was written against the other rows only,
// and the held rows scored once after.
//   B. The breakdown sentence after a count. Its subject points back to the count in one of three shapes: a collective
//      numeral of the "ke-N-nya" grammar (ketiganya, keenamnya, kesebelasnya: read by the numeral grammar, not listed),
//      a pronoun or "jumlah itu" (BREAKDOWN_SUBJECTS), or a case or person noun with a demonstrative ("Temuan itu",
//      "Laporan tersebut", "Para ASN itu"). Its verb is one of composition (BREAKDOWN_VERBS) or a copula of
//      identification ("Ketiganya adalah …", "Mereka ialah …"). An item may end in an attribute after its noun that
//      carries an acronym or a name ("dua bidan desa berstatus PNS", "seorang guru SD negeri"). The items, a count of
//      one ("seorang") among them, add up to no more than the whole, and take it as parent.
//      Negatives: a copula whose subject does not point back ("Kepala dinas adalah …"); items that add up past the whole;
//      a pointer sentence without numbers ("Ketiganya adalah pegawai dinas").
//      Blind score (main dff52b2, before the rule): tuned rows 2/5 (the figures-only "Laporan tersebut meliputi" row and
//      the negative passed; every other positive failed), held-out rows 0/3. After (sums.ts breakdownParts: the
//      collective pronouns of the numeral grammar and noun-with-demonstrative subjects, BREAKDOWN_COPULAS in the next
//      sentence, a three-word attribute after an item's noun): tuned 5/5, held-out 3/3. The held negative first
//      asserted "4 not reported"; it failed before and after for another reason ("empat camat" is a count of its own
//      for the other parsers), so it now asserts what the rule is about: no item takes the whole it exceeds.
import { describe, expect, it } from 'vitest';
import { countsOf } from './violations-dev.js';

interface Row {
  name: string;
  text: string;
  /** [value, parent value] each count must carry */
  want: [number, number | null][];
  held?: boolean;
  /** values that must not be reported (a figure other parsers read as a count of its own is asserted with its parent
   *  null in `want` instead) */
  not?: number[];
}

const rows: Row[] = [
  {
    name: 'B: "Ketiganya adalah dua … dan seorang …" after a letter about three ASN',
    text: `Bupati Minta ASN Netral\n\nNABIRE - Pemerintah daerah telah menerima surat dari Bawaslu Kabupaten Nabire terkait tiga ASN yang diduga hadir dalam kampanye salah satu pasangan calon. Ketiganya adalah dua kepala distrik dan seorang sekretaris dinas.`,
    want: [[3, null], [2, 3], [1, 3]],
  },
  {
    name: 'B: "Temuan itu terdiri atas …" with an attribute carrying an acronym',
    text: `Bawaslu Catat Tujuh Temuan\n\nBawaslu Kabupaten Kampar mencatat tujuh temuan dugaan pelanggaran netralitas ASN selama masa kampanye Pilkada 2024. Temuan itu terdiri atas empat guru sekolah dasar, dua perawat puskesmas berstatus PNS, dan seorang staf kantor kelurahan.`,
    want: [[7, null], [4, 7], [2, 7], [1, 7]],
  },
  {
    name: 'B: "Laporan tersebut meliputi …" in figures',
    text: `Lima Laporan Masuk\n\nBawaslu Kota Palu menerima 5 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Laporan tersebut meliputi 3 camat dan 2 lurah.`,
    want: [[5, null], [3, 5], [2, 5]],
  },
  {
    name: 'B: "Mereka adalah …" after a people count',
    text: `Empat ASN Dilaporkan\n\nBawaslu Kabupaten Sigi melaporkan empat ASN ke BKN karena mengunggah dukungan kepada calon bupati. Mereka adalah tiga guru SMP negeri dan seorang penyuluh pertanian.`,
    want: [[4, null], [3, 4], [1, 4]],
  },
  {
    name: 'B (negative): a copula whose subject does not point back',
    text: `Enam ASN Diperiksa\n\nBawaslu Kabupaten Poso memeriksa enam ASN yang diduga ikut kampanye. Kepala dinas adalah dua kali pejabat yang dipanggil.`,
    want: [[6, null]],
    not: [2],
  },
  {
    name: 'B: "Keenamnya adalah …", a collective numeral no list names',
    text: `Enam Kades Dilaporkan\n\nPanwaslu Kecamatan Bungku mencatat enam kepala desa yang diduga mengarahkan warga memilih calon tertentu. Keenamnya adalah lima kepala desa definitif dan seorang penjabat kepala desa.`,
    want: [[6, null], [5, 6], [1, 6]],
    held: true,
  },
  {
    name: 'B: "Para ASN itu terdiri dari …", an attribute naming the office',
    text: `Sembilan ASN Terbukti\n\nKASN menyatakan sembilan ASN di Kabupaten Luwu terbukti melanggar netralitas. Para ASN itu terdiri dari lima guru SD negeri, tiga tenaga kesehatan RSUD, dan seorang staf Bappeda.`,
    want: [[9, null], [5, 9], [3, 9], [1, 9]],
    held: true,
  },
  {
    name: 'B (negative): items adding past the whole',
    text: `Tiga Laporan\n\nBawaslu Kota Bitung menerima tiga laporan dugaan pelanggaran netralitas ASN. Laporan itu terdiri atas empat camat dan dua lurah.`,
    want: [[3, null], [4, null], [2, null]],
    held: true,
  },
];

function check(r: Row): void {
  const counts = countsOf(r.text).map((c) => [c.value, c.parent?.value ?? null] as [number, number | null]);
  for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
  for (const v of r.not ?? []) expect(counts.map((c) => c[0])).not.toContain(v);
}

describe('round 21 paradigms (paradigm21): B tuned rows', () => {
  it.each(rows.filter((r) => r.held !== true).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
describe('round 21 paradigms (paradigm21): B held-out rows', () => {
  it.each(rows.filter((r) => r.held === true).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
