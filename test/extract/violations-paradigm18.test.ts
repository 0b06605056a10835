// Paradigms of round 18 (counts18, issue 22): count structures check20, check18 and check22 still lost, written as
// structures with invented text. Rows marked `held: true` (about a third of each kind) were kept out of tuning: the
// rule was written against the other rows only, and the held rows scored once after.
//   P. A part takes its whole's election when its own sentence names none: "Waktu itu Bawaslu menangani tujuh kasus
//      netralitas ASN. Lima di antaranya kepala sekolah." after "Pengalaman Pilkada 2020 jangan terulang." in an article
//      about Pilkada 2024 (check20 02; check18 04 the other way round). The part's sentence is two sentences from the
//      election, so the article's election was taken. Negatives: a part whose own sentence names another election keeps
//      it; a whole-less count after a past figure keeps the article's election.
// Blind score (2f30b0f, before any rule of this round): P tuned rows 3/6 pass (all three positives failed), held-out
// rows 2/3 pass (the "Saat itu … Tiga dari enam terlapor" positive failed; the year-end review passed already); every
// negative row passed. After (link-election.ts wholeElection): tuned 5/6, held-out 2/3; the two rows still failing fail
// on their parent, not their election (marked `open`).
import { describe, expect, it } from 'vitest';
import { countsOf } from './violations-dev.js';

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
