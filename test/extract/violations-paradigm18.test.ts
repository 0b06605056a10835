// Paradigms of round 18 (counts18, issue 22): count structures check20, check18 and check22 still lost, written as
// structures with invented text. Rows marked `held: true` (about a third of each kind) were kept out of tuning: the
// rule was written against the other rows only, and the held rows scored once after.
//   P. A part takes its whole's election when its own sentence names none: "Waktu itu Bawaslu menangani tujuh kasus
//      netralitas ASN. Lima di antaranya kepala sekolah." after "Pengalaman Pilkada 2020 jangan terulang." in an article
//      about Pilkada 2024 (check20 02; check18 04 the other way round). The part's sentence is two sentences from the
//      election, so the article's election was taken. Negatives: a part whose own sentence names another election keeps
//      it; a whole-less count after a past figure keeps the article's election.
//   R. A precise figure in a sentence with no offence word, a sentence or two after an accepted vague plural of its
//      unit group whose span holds it, refines that plural: "Bawaslu Puncak Jaya menerima belasan laporan terkait kepala
//      kampung yang diduga ikut kampanye" then "Ketua Bawaslu menyebut sekitar 15 laporan masuk dalam dua pekan
//      terakhir" (check22 09). The precise figure is the claim, the plural folds into it (restatements.ts). Negatives:
//      a figure outside the plural's span, three sentences on, or of another unit group.
//      Blind score (b92f066): R tuned rows 3/6 (the three positives failed), held-out 3/3 (both positives passed already:
//      their own sentences hold a cue, "diregister", "memanggil"). After (context.ts refinesVague, restatements.ts):
//      tuned 6/6, held-out 3/3. (A numeric date's year, "Hingga Senin (4/11/2024)", no longer stops the fold: tuned row 2.)
//   H. A headline's vague plural over its lead's same vague plural of another unit: "Belasan Kepala Kampung di Puncak
//      Jaya Diduga Ikut Kampanye" over "Bawaslu Puncak Jaya menerima belasan laporan terkait kepala kampung …" (check22
//      09): one figure, the lead's (the reports about the people the headline counts). Negatives: another vague word in
//      the lead, the same word only in a later paragraph, a precise headline figure.
//      Blind score (ff61fa5): H tuned rows 1/4 (both positives and the "another vague word" negative failed), held-out
//      1/2 (the positive failed). After (headline.ts, a lead plural of another unit only): tuned 3/4, held-out 2/2; the
//      "another vague word" row stays open (index.ts merges equal vague values across units, not this rule).
//   E. An article that names no election but a candidate for an office ("video yang memperlihatkan mereka mengacungkan
//      jari bersama pasangan calon bupati", check23 04): its counts are of the election of that office held in its
//      publication year (the calendar), Pilkada for a regional head, Pemilu for a legislator or president. Negatives: a
//      named election wins; no publication date, or a year with no such election next to it, gives none.
//      Blind score (5f79092): E tuned rows 2/5 (the three positives failed), held-out 2/3 (the positive failed).
// Blind score (2f30b0f, before any rule of this round): P tuned rows 3/6 pass (all three positives failed), held-out
// rows 2/3 pass (the "Saat itu … Tiga dari enam terlapor" positive failed; the year-end review passed already); every
// negative row passed. After (link-election.ts wholeElection): tuned 5/6, held-out 2/3; the two rows still failing fail
// on their parent, not their election (marked `open`).
import { describe, expect, it } from 'vitest';
import { countsOf } from './violations-dev.js';
import { processArticle } from '../../src/pipeline.js';

interface Row {
  name: string;
  text: string;
  /** value → parent value (null: a whole) → election label ("Pilkada 2020") each count must carry */
  want: [number, number | null, string][];
  held?: boolean;
  /** A row this round left failing, and why: asserted to fail still (it.fails), so a fix shows. */
  open?: string;
}

const rows: Row[] = [];
const label = (c: { election: string | null; year: number | null }): string => `${c.election} ${c.year}`;

// P. a part takes its whole's election
rows.push({
  name: 'P: "Waktu itu … tujuh kasus … Lima di antaranya" after a quoted past election',
  text: `ASN Kapuas Ikrar Netral Jelang Pilkada 2024\n\nKuala Kapuas - Ribuan ASN Kabupaten Kapuas mengikuti apel ikrar netralitas menjelang Pilkada 2024, Senin (2/9/2024).\n\n"Pengalaman Pilkada 2020 jangan terulang. Waktu itu Bawaslu menangani tujuh kasus netralitas ASN. Lima di antaranya kepala sekolah," kata Penjabat Bupati.\n\nBawaslu Kapuas menyebut persiapan pengawasan Pilkada 2024 sudah berjalan.`,
  want: [[7, null, 'Pilkada 2020'], [5, 7, 'Pilkada 2020']],
});
rows.push({
  name: 'P: "Dua di antaranya kepala sekolah" after a recent election in an op-ed naming an older one first',
  text: `OPINI\n\nNetralitas yang Tak Kunjung Tegak\n\nPada Pilkada Buton 2020, banyak ASN terang-terangan mendukung calon, namun tak satu pun sanksi diumumkan. Pilkada Buton 2020 menjadi pelajaran pahit.\n\nPilkada 2024 lalu tidak jauh berbeda. Bawaslu Buton menangani sembilan dugaan pelanggaran netralitas ASN. Empat di antaranya kepala desa.\n\nPenulis adalah pegiat pemilu di Buton.`,
  want: [[9, null, 'Pilkada 2024'], [4, 9, 'Pilkada 2024']],
});
rows.push({
  name: 'P: "Dari jumlah itu, tiga ASN …" two sentences after the earlier election',
  text: `Bawaslu Ingatkan ASN\n\nBawaslu Kota Bitung mengingatkan ASN menjaga netralitas pada Pilkada 2024. Ketua Bawaslu mengenang Pilkada 2020. Ketika itu Bawaslu menerima delapan laporan pelanggaran netralitas ASN. Dari jumlah itu, tiga ASN terbukti melanggar. Bawaslu berharap Pilkada 2024 lebih bersih.`,
  want: [[8, null, 'Pilkada 2020'], [3, 8, 'Pilkada 2020']],
  open: '"Dari jumlah itu, tiga ASN" after "delapan laporan" gets no parent (a part of people under a whole of reports)',
});
rows.push({
  name: 'P: "Tiga dari enam terlapor …" after "Saat itu" in a radio report',
  text: `Bawaslu Sorong Buka Posko\n\nBawaslu Kabupaten Sorong membuka posko pengaduan Pemilu 2024. Komisioner Bawaslu mengingatkan Pemilu 2019 menjadi catatan. Saat itu Bawaslu memproses enam laporan dugaan pelanggaran netralitas ASN. Tiga dari enam terlapor merupakan guru. Untuk Pemilu 2024, posko dibuka di setiap distrik.`,
  want: [[6, null, 'Pemilu 2019'], [3, 6, 'Pemilu 2019']],
  held: true,
  open: '"Tiga dari enam terlapor" after "enam laporan" reads a second whole 6 of its own (another unit) as the part\'s parent',
});
rows.push({
  name: 'P: "Sebanyak dua di antaranya …" in a year-end review naming the later election last',
  text: `Catatan Akhir Tahun Bawaslu Lebak\n\nBawaslu Kabupaten Lebak merilis catatan akhir tahun. Pemilu 2019 masih dikenang sebagai tahun tersibuk, dan Pemilu 2019 menyisakan banyak pekerjaan rumah. Tahun ini berbeda. Sepanjang Pilkada 2024 Bawaslu Lebak menangani 11 kasus netralitas ASN. Sebanyak dua di antaranya kepala desa.`,
  want: [[11, null, 'Pilkada 2024'], [2, 11, 'Pilkada 2024']],
  held: true,
});
rows.push({
  name: 'P, not: a part whose own sentence names another election keeps it',
  text: `Bawaslu Ingatkan ASN\n\nBawaslu Kota Bitung mengingatkan ASN menjaga netralitas pada Pilkada 2024. Ketua Bawaslu mengenang Pilkada 2020. Ketika itu Bawaslu menerima delapan laporan pelanggaran netralitas ASN. Pada Pilkada 2024, tiga di antaranya kembali dilaporkan. Bawaslu berharap Pilkada 2024 lebih bersih.`,
  want: [[8, null, 'Pilkada 2020']],
});
rows.push({
  name: 'P, not: a whole-less count after a past figure keeps the article\'s election',
  text: `Bawaslu Ingatkan ASN\n\nBawaslu Kota Bitung mengingatkan ASN menjaga netralitas pada Pilkada 2024. Ketua Bawaslu mengenang Pilkada 2020. Ketika itu Bawaslu menerima delapan laporan pelanggaran netralitas ASN. Bawaslu kini sudah menerima lima laporan dugaan pelanggaran netralitas ASN. Bawaslu berharap Pilkada 2024 lebih bersih.`,
  want: [[8, null, 'Pilkada 2020'], [5, null, 'Pilkada 2024']],
});
rows.push({
  name: 'P, not: a part in its whole\'s sentence with the article\'s election stays',
  text: `Bawaslu Tangani Kasus\n\nBawaslu Kabupaten Sinjai menangani 12 kasus netralitas ASN pada Pilkada 2024, tujuh di antaranya kepala desa. Pada Pilkada 2018, Bawaslu Sinjai menangani lima kasus.`,
  want: [[12, null, 'Pilkada 2024'], [7, 12, 'Pilkada 2024'], [5, null, 'Pilkada 2018']],
});
rows.push({
  name: 'P, not: a later paragraph\'s whole-less count after a past part',
  text: `Bawaslu Ingatkan ASN\n\nBawaslu Kabupaten Gowa mengingatkan ASN menjaga netralitas pada Pilkada 2024, dan Pilkada 2024 diawasi ketat.\n\nPada Pilkada 2020, Bawaslu Gowa menangani sepuluh kasus netralitas ASN. Empat di antaranya camat.\n\nHingga kini Bawaslu sudah menerima tiga laporan dugaan pelanggaran netralitas ASN.`,
  want: [[10, null, 'Pilkada 2020'], [4, 10, 'Pilkada 2020'], [3, null, 'Pilkada 2024']],
  held: true,
});

// R. a precise figure refining an accepted vague plural
interface VRow {
  name: string;
  text: string;
  /** value → qualifier of each count that must be there */
  want: [number, string][];
  not?: number[];
  held?: boolean;
}
const vRows: VRow[] = [
  {
    name: 'R: "belasan laporan … diduga ikut kampanye" then "sekitar 14 laporan masuk"',
    text: `Kepala Kampung Diduga Ikut Kampanye\n\nTIOM - Bawaslu Lanny Jaya menerima belasan laporan terkait kepala kampung yang diduga ikut kampanye pasangan calon bupati pada Pilkada 2024.\n\nKetua Bawaslu Lanny Jaya menyebut sekitar 14 laporan masuk dalam sepekan terakhir.`,
    want: [[14, 'approximate']],
    not: [10],
  },
  {
    name: 'R: "puluhan kasus dugaan pelanggaran netralitas" then "tercatat 34 kasus yang masuk"',
    text: `Bawaslu Sulbar Rilis Data\n\nMAMUJU - Bawaslu Provinsi Sulawesi Barat menangani puluhan kasus dugaan pelanggaran netralitas ASN selama Pilkada 2024. Hingga Senin (4/11/2024), tercatat 34 kasus yang masuk ke meja Bawaslu.`,
    want: [[34, 'exact']],
    not: [10],
  },
  {
    name: 'R: "ratusan ASN dilaporkan melanggar netralitas" then "Data BKN menyebut 312 ASN tercatat"',
    text: `Ratusan ASN Dilaporkan\n\nJAKARTA - Ratusan ASN dilaporkan melanggar netralitas selama Pilkada 2024 di wilayah Sumatera Utara. Data BKN menyebut 312 ASN tercatat hingga akhir Oktober.`,
    want: [[312, 'exact']],
    not: [100],
  },
  {
    name: 'R, not: a figure outside the plural\'s span ("belasan laporan" then "25 laporan masuk ke KPU")',
    text: `Laporan Netralitas\n\nBawaslu Kabupaten Jayawijaya menerima belasan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Sementara itu KPU Jayawijaya menyebut 25 laporan masuk terkait daftar pemilih.`,
    want: [[10, 'approximate']],
    not: [25],
  },
  {
    name: 'R, not: a figure three sentences on',
    text: `Laporan Netralitas\n\nBawaslu Kabupaten Jayawijaya menerima belasan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Bawaslu membuka posko di setiap distrik. Posko buka setiap hari. Sekretariat menyebut 15 laporan masuk lewat surat elektronik.`,
    want: [[10, 'approximate']],
    not: [15],
  },
  {
    name: 'R, not: a figure of another unit group ("belasan laporan" then "12 ASN hadir")',
    text: `Laporan Netralitas\n\nBawaslu Kabupaten Jayawijaya menerima belasan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Dalam sosialisasi kemarin, sebanyak 12 ASN hadir di aula Bawaslu.`,
    want: [[10, 'approximate']],
    not: [12],
  },
  {
    name: 'R: "belasan aduan … netralitas" then "Ketua Panwaslih menyebut 13 aduan sudah diregister"',
    text: `Panwaslih Terima Aduan\n\nBLANGPIDIE - Panwaslih Aceh Barat Daya menerima belasan aduan dugaan pelanggaran netralitas ASN selama masa kampanye Pilkada 2024. Ketua Panwaslih menyebut 13 aduan sudah diregister.`,
    want: [[13, 'exact']],
    not: [10],
    held: true,
  },
  {
    name: 'R: "belasan kepala desa diduga ikut kampanye" then "Bawaslu memanggil 12 kepala desa"',
    text: `Kades Dipanggil Bawaslu\n\nBawaslu Kabupaten Mamuju menemukan belasan kepala desa diduga ikut kampanye pasangan calon pada Pilkada 2024. Pekan ini Bawaslu memanggil 12 kepala desa ke kantornya.`,
    want: [[12, 'exact']],
    not: [10],
    held: true,
  },
  {
    name: 'R, not: a later figure set in another election ("Pada Pilkada 2020, … 15 laporan masuk")',
    text: `Laporan Netralitas\n\nBawaslu Kabupaten Jayawijaya menerima belasan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Pada Pilkada 2020, Bawaslu menyebut 15 laporan masuk.`,
    want: [[10, 'approximate']],
    held: true,
  },
];

// H. a headline's vague plural over the lead's same plural of another unit
interface HRow {
  name: string;
  text: string;
  /** value → unit → how many counts of that value and unit */
  want: [number, string, number][];
  held?: boolean;
  open?: string;
}
const hRows: HRow[] = [
  {
    name: 'H: "Belasan ASN Dilaporkan" over "belasan laporan dugaan pelanggaran netralitas ASN"',
    text: `Belasan ASN Dilaporkan ke Bawaslu\n\nWAMENA - Bawaslu Kabupaten Jayawijaya menerima belasan laporan dugaan pelanggaran netralitas ASN selama masa kampanye Pilkada 2024.\n\nLaporan itu kini dikaji.`,
    want: [[10, 'laporan', 1], [10, 'ASN', 0]],
  },
  {
    name: 'H: "Puluhan Kepala Desa Diduga Tak Netral" over "puluhan laporan terkait kepala desa"',
    text: `Puluhan Kepala Desa di Bone Diduga Tak Netral\n\nWATAMPONE - Bawaslu Kabupaten Bone menerima puluhan laporan terkait kepala desa yang diduga ikut kampanye pasangan calon pada Pilkada 2024.\n\nBawaslu memanggil para pelapor pekan depan.`,
    want: [[10, 'laporan', 1], [10, 'kepala desa', 0]],
  },
  {
    name: 'H, not: another vague word in the lead ("Puluhan ASN" over "belasan laporan")',
    text: `Puluhan ASN Diperiksa\n\nBawaslu Kabupaten Jayawijaya menerima belasan laporan dugaan pelanggaran netralitas ASN selama masa kampanye Pilkada 2024, dan memeriksa puluhan ASN yang diduga ikut kampanye.`,
    want: [[10, 'laporan', 1]],
    open: 'index.ts merges equal vague values of other units as repeated mentions: "belasan laporan" and "puluhan ASN" fold into the headline\'s "Puluhan ASN" (10 = 10)',
  },
  {
    name: 'H, not: a precise headline figure stays ("12 ASN Dilaporkan" over "belasan laporan")',
    text: `12 ASN Dilaporkan ke Bawaslu\n\nBawaslu Kabupaten Jayawijaya menerima belasan laporan dugaan pelanggaran netralitas ASN selama masa kampanye Pilkada 2024.`,
    want: [[12, 'ASN', 1]],
  },
  {
    name: 'H: "Ratusan ASN Dilaporkan Langgar Netralitas" over "ratusan aduan terhadap ASN"',
    text: `Ratusan ASN Dilaporkan Langgar Netralitas\n\nJAKARTA - Badan Kepegawaian Negara mencatat ratusan aduan terhadap ASN yang diduga melanggar netralitas selama Pilkada 2024.\n\nAduan itu diteruskan ke instansi masing-masing.`,
    want: [[100, 'aduan', 1], [100, 'ASN', 0]],
    held: true,
  },
  {
    name: 'H, not: the same word only in a later paragraph',
    text: `Belasan ASN Dilaporkan ke Bawaslu\n\nWAMENA - Bawaslu Kabupaten Jayawijaya mengingatkan ASN menjaga netralitas dalam Pilkada 2024, dan menyebut belasan ASN diduga ikut kampanye.\n\nSejak September, Bawaslu menerima belasan laporan dugaan pelanggaran netralitas ASN.`,
    want: [[10, 'ASN', 1]],
    held: true,
  },
];

describe('round 18 paradigms (paradigm18): H tuned rows', () => {
  it.each(hRows.filter((r) => !r.held && r.open === undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => checkH(r));
  it.fails.each(hRows.filter((r) => r.open !== undefined).map((r) => [r.name, r] as const))('%s (open)', (_name, r) => checkH(r));
});

describe('round 18 paradigms (paradigm18): H held-out rows', () => {
  it.each(hRows.filter((r) => r.held).map((r) => [r.name, r] as const))('%s', (_name, r) => checkH(r));
});

function checkH(r: HRow): void {
  const counts = countsOf(r.text).map((c) => [c.value, c.unit] as [number, string]);
  for (const [v, u, n] of r.want) expect(counts.filter((c) => c[0] === v && c[1] === u).length, JSON.stringify(counts)).toBe(n);
}

// E. the election of a candidate's office, by the publication year
interface ERow {
  name: string;
  text: string;
  published: string | null;
  /** value → election label ("Pilkada 2024", "null null") */
  want: [number, string][];
  held?: boolean;
}
const eRows: ERow[] = [
  {
    name: 'E: "mengacungkan jari bersama pasangan calon bupati" published 2024-11 -> Pilkada 2024',
    text: `Tiga ASN Diperiksa Inspektorat\n\nInspektorat Kabupaten Muara Enim memeriksa tiga ASN setelah video yang memperlihatkan mereka mengacungkan jari bersama pasangan calon bupati viral di media sosial. Bawaslu menyebut ketiganya diduga melanggar netralitas.`,
    published: '2024-11-05',
    want: [[3, 'Pilkada 2024']],
  },
  {
    name: 'E: "foto bersama calon wali kota" published 2020-10 -> Pilkada 2020',
    text: `Dua Lurah Dilaporkan\n\nBawaslu Kota Binjai menerima dua laporan dugaan pelanggaran netralitas ASN setelah foto dua lurah bersama calon wali kota beredar di grup WhatsApp warga.`,
    published: '2020-10-12',
    want: [[2, 'Pilkada 2020']],
  },
  {
    name: 'E: "ikut kampanye caleg" published 2024-02 -> Pemilu 2024',
    text: `Guru Honorer Diperiksa\n\nBawaslu Kabupaten Klaten menangani empat dugaan pelanggaran netralitas ASN, termasuk guru yang ikut kampanye seorang caleg DPRD di balai desa.`,
    published: '2024-02-01',
    want: [[4, 'Pemilu 2024']],
  },
  {
    name: 'E, not: a named election wins ("calon bupati" beside "Pilkada 2020")',
    text: `ASN Diperiksa\n\nBawaslu Kabupaten Muara Enim menangani lima dugaan pelanggaran netralitas ASN pada Pilkada 2020, termasuk camat yang berfoto dengan calon bupati.`,
    published: '2024-11-05',
    want: [[5, 'Pilkada 2020']],
  },
  {
    name: 'E, not: no publication date gives no election',
    text: `Tiga ASN Diperiksa Inspektorat\n\nInspektorat Kabupaten Muara Enim memeriksa tiga ASN setelah video yang memperlihatkan mereka mengacungkan jari bersama pasangan calon bupati viral di media sosial. Bawaslu menyebut ketiganya diduga melanggar netralitas.`,
    published: null,
    want: [[3, 'null null']],
  },
  {
    name: 'E: "deklarasi dukungan untuk cagub" published 2018-05 -> Pilkada 2018',
    text: `Camat Dilaporkan\n\nPanwaslu Kabupaten Garut menerima tiga laporan dugaan pelanggaran netralitas ASN setelah sejumlah camat hadir dalam deklarasi dukungan untuk seorang cagub.`,
    published: '2018-05-03',
    want: [[3, 'Pilkada 2018']],
    held: true,
  },
  {
    name: 'E, not: a year with no regional election next to it (2022) gives none',
    text: `Dua Lurah Dilaporkan\n\nBawaslu Kota Binjai menerima dua laporan dugaan pelanggaran netralitas ASN setelah foto dua lurah bersama bakal calon wali kota beredar di grup WhatsApp warga.`,
    published: '2022-06-12',
    want: [[2, 'null null']],
    held: true,
  },
  {
    name: 'E, not: a bare election word keeps its own reading ("pelanggaran pilkada" beside "calon bupati")',
    text: `ASN Diperiksa\n\nBawaslu Kabupaten Muara Enim menangani lima dugaan pelanggaran netralitas ASN dalam pilkada, termasuk camat yang berfoto dengan calon bupati.`,
    published: '2024-11-05',
    want: [[5, 'Pilkada 2024']],
    held: true,
  },
];

describe('round 18 paradigms (paradigm18): E tuned rows', () => {
  it.each(eRows.filter((r) => !r.held).map((r) => [r.name, r] as const))('%s', async (_name, r) => checkE(r));
});

describe('round 18 paradigms (paradigm18): E held-out rows', () => {
  it.each(eRows.filter((r) => r.held).map((r) => [r.name, r] as const))('%s', async (_name, r) => checkE(r));
});

async function checkE(r: ERow): Promise<void> {
  const a = await processArticle({ id: 'e', source: 'e', line: null, format: 'text', text: r.text, html: null, title: null, url: null, published: r.published });
  const counts = a.violations.map((c) => [c.value, label(c)] as [number, string]);
  for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
}

describe('round 18 paradigms (paradigm18): R tuned rows', () => {
  it.each(vRows.filter((r) => !r.held).map((r) => [r.name, r] as const))('%s', (_name, r) => checkV(r));
});

describe('round 18 paradigms (paradigm18): R held-out rows', () => {
  it.each(vRows.filter((r) => r.held).map((r) => [r.name, r] as const))('%s', (_name, r) => checkV(r));
});

function checkV(r: VRow): void {
  const counts = countsOf(r.text).map((c) => [c.value, c.qualifier] as [number, string]);
  for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
  for (const v of r.not ?? []) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
}

describe('round 18 paradigms (paradigm18): tuned rows', () => {
  it.each(rows.filter((r) => !r.held && r.open === undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});

describe('round 18 paradigms (paradigm18): held-out rows', () => {
  it.each(rows.filter((r) => r.held && r.open === undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});

describe('round 18 paradigms (paradigm18): rows left open (they must still fail; drop `open` when one passes)', () => {
  it.fails.each(rows.filter((r) => r.open !== undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});

function check(r: Row): void {
  const counts = countsOf(r.text).map((c) => [c.value, c.parent?.value ?? null, label(c)] as [number, number | null, string]);
  for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
}
