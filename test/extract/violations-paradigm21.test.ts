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
//   S. A count of people split into a person and the rest in the sentence after it: "seorang <noun> …, sedangkan
//      seorang lainnya …" / "… dan dua lainnya …" (a BKPSDM head telling two sanctions apart). The split's first part is
//      a count of one ("seorang"), the sentence's first figure, wherever the reporting clause puts it; the rest a
//      number or "seorang" before a rest word; both add up EXACTLY to the people count the sentence before ends with.
//      Negatives: the parts do not add up to the whole; the whole counts cases, not people (a witness and "seorang
//      lainnya" after "dua laporan").
//      Blind score (524b374, before the rule): tuned rows 2/4 (the negatives passed; the "dua lainnya" row read the rest
//      and its parent but not the one), held-out rows 1/3 (the negative passed). After (bare-splits.ts addOneSplits,
//      ONE_HUMAN_WORDS): tuned 4/4, held-out 3/3.
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

const sRows: Row[] = [
  {
    name: 'S: "menjelaskan seorang pegawai …, sedangkan seorang lainnya …" after two ASN sanctioned',
    text: `Dua ASN Dijatuhi Sanksi\n\nPemerintah Kota Bitung menjatuhkan hukuman disiplin kepada dua aparatur sipil negara yang terbukti melanggar netralitas pada Pilkada 2024.\n\nKepala BKPSDM Kota Bitung menjelaskan seorang pegawai dijatuhi hukuman disiplin sedang, sedangkan seorang lainnya menerima teguran tertulis.`,
    want: [[2, null], [1, 2]],
  },
  {
    name: 'S: "seorang guru … dan dua lainnya …" after three ASN examined',
    text: `Tiga ASN Diperiksa\n\nInspektorat Kabupaten Luwu memeriksa tiga ASN yang dilaporkan Bawaslu karena hadir dalam kampanye.\n\nMenurut Inspektur, seorang guru terbukti melanggar dan dua lainnya tidak terbukti.`,
    want: [[3, null], [1, 3], [2, 3]],
  },
  {
    name: 'S (negative): the parts do not add up to the whole',
    text: `Empat ASN Dilaporkan\n\nBawaslu Kabupaten Sigi melaporkan empat ASN ke BKN karena ikut kampanye.\n\nKetua Bawaslu menyebut seorang camat sudah diperiksa, sedangkan seorang lainnya belum hadir.`,
    want: [[4, null]],
    not: [1],
  },
  {
    name: 'S (negative): the whole counts cases, the split people',
    text: `Dua Laporan Masuk\n\nBawaslu Kota Palu menerima dua laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024.\n\nSaat klarifikasi, seorang saksi hadir, sedangkan seorang lainnya berhalangan.`,
    want: [[2, null]],
    not: [1],
  },
  {
    name: 'S: "seorang kepala desa …, sementara seorang lainnya …" after two village heads',
    text: `Dua Kades Diperiksa\n\nBawaslu Kabupaten Poso memeriksa dua kepala desa yang diduga mengarahkan warga memilih calon tertentu.\n\nKoordinator divisi menyebut seorang kepala desa sudah mengakui perbuatannya, sementara seorang lainnya membantah.`,
    want: [[2, null], [1, 2]],
    held: true,
  },
  {
    name: 'S: "seorang camat …, sedangkan empat lainnya …" after five ASN',
    text: `Lima ASN Diklarifikasi\n\nBawaslu Kabupaten Banggai mengklarifikasi lima ASN yang mengunggah dukungan kepada pasangan calon.\n\nHasilnya, seorang camat direkomendasikan ke BKN, sedangkan empat lainnya dinyatakan tidak terbukti.`,
    want: [[5, null], [1, 5], [4, 5]],
    held: true,
  },
  {
    name: 'S (negative): the whole two sentences back, a figure between',
    text: `Dua ASN Dilaporkan\n\nBawaslu Kota Kendari melaporkan dua ASN ke BKN. Sebanyak 12 saksi telah dimintai keterangan.\n\nSeorang pegawai hadir, sedangkan seorang lainnya tidak.`,
    want: [[2, null]],
    not: [1],
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
describe('round 21 paradigms (paradigm21): S tuned rows', () => {
  it.each(sRows.filter((r) => r.held !== true).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
describe('round 21 paradigms (paradigm21): S held-out rows', () => {
  it.each(sRows.filter((r) => r.held === true).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
