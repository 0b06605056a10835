// Review18a findings 2, 3 and 8 (counts19): rows for each finding: the reviewer's input as a negative, invented variants
// of the same structure, and rows of what the rule was written to catch.
//   2. A headline's vague plural folded into its lead's same plural word of another unit (headline.ts) only when the
//      lead's figure is ABOUT the headline's unit ("belasan laporan terkait kepala kampung" under "Belasan Kepala
//      Kampung"), not when the lead's reports are of something else ("puluhan laporan dugaan pelanggaran …, sebagian
//      besar menyangkut kepala desa" under "Puluhan ASN").
//   3. A later precise figure refines an earlier vague plural (context.ts refinesVague) only when it restates it: an
//      added figure ("Selain itu, Bawaslu juga menerima 14 laporan soal baliho") is another count.
//   8. A candidate's office in a year with no election names the coming election (2023 -> Pemilu 2024), never the one
//      just past (published June 2025: no election).
// Blind score (0f5ba3c): see the commit messages of each finding.
import { describe, expect, it } from 'vitest';
import { countsOf } from './violations-dev.js';
import { processArticle } from '../../src/pipeline.js';

// 2. headline plural over the lead's same plural word
interface HRow {
  name: string;
  text: string;
  /** value → unit → how many counts of that value and unit */
  want: [number, string, number][];
}
const hRows: HRow[] = [
  {
    name: '2, not (review a2): "Puluhan ASN" over "puluhan laporan dugaan pelanggaran …, sebagian besar menyangkut kepala desa"',
    text: `Puluhan ASN di Sikka Diduga Tak Netral\n\nMaumere - Bawaslu Sikka menerima puluhan laporan dugaan pelanggaran selama masa kampanye Pilkada 2024, sebagian besar menyangkut kepala desa yang mendukung pasangan calon.\n\nKetua Bawaslu Sikka mengatakan laporan terkait ASN masih didalami.`,
    want: [[10, 'ASN', 1]],
  },
  {
    name: '2, not: "Belasan Guru" over "belasan laporan dugaan pelanggaran alat peraga kampanye"',
    text: `Belasan Guru di Lembata Diduga Tak Netral\n\nLEWOLEBA - Bawaslu Lembata menerima belasan laporan dugaan pelanggaran alat peraga kampanye yang dipasang di sekolah selama masa kampanye Pilkada 2024.\n\nBawaslu juga mendalami informasi keterlibatan guru.`,
    want: [[10, 'guru', 1]],
  },
  {
    name: '2, not: "Puluhan Kepala Desa" over "puluhan laporan politik uang, sebagian melibatkan kepala desa"',
    text: `Puluhan Kepala Desa Diduga Tak Netral\n\nBONE - Bawaslu Bone menerima puluhan laporan politik uang selama masa tenang Pilkada 2024, sebagian melibatkan kepala desa dan perangkatnya.\n\nSemua laporan masih dikaji.`,
    want: [[10, 'kepala desa', 1]],
  },
  {
    name: '2: "Belasan Kepala Kampung" over "belasan laporan terkait kepala kampung"',
    text: `Belasan Kepala Kampung di Tolikara Diduga Ikut Kampanye\n\nKARUBAGA - Bawaslu Tolikara menerima belasan laporan terkait kepala kampung yang diduga ikut kampanye pasangan calon bupati.\n\nLaporan itu kini dikaji.`,
    want: [[10, 'laporan', 1], [10, 'kepala kampung', 0]],
  },
  {
    name: '2: "Puluhan ASN" over "puluhan laporan dugaan pelanggaran netralitas aparatur sipil negara"',
    text: `Puluhan ASN Dilaporkan ke Bawaslu\n\nSORONG - Bawaslu Kota Sorong menerima puluhan laporan dugaan pelanggaran netralitas aparatur sipil negara selama masa kampanye Pilkada 2024.\n\nLaporan itu kini dikaji.`,
    want: [[10, 'laporan', 1], [10, 'ASN', 0]],
  },
];

describe('review18a finding 2: a headline plural over a lead plural of another thing', () => {
  it.each(hRows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const counts = countsOf(r.text).map((c) => [c.value, c.unit] as [number, string]);
    for (const [v, u, n] of r.want) expect(counts.filter((c) => c[0] === v && c[1] === u).length, JSON.stringify(counts)).toBe(n);
  });
});

// 3. a later figure refining a vague plural
interface RRow {
  name: string;
  text: string;
  /** value → qualifier that must be reported */
  want: [number, string][];
  /** values that must not be reported */
  not?: number[];
}
const rRows: RRow[] = [
  {
    name: '3, not (review a7): "belasan laporan … Selain itu, Bawaslu juga menerima 14 laporan soal baliho"',
    text: `Bawaslu Sikka Dalami Laporan ASN\n\nMaumere - Bawaslu Kabupaten Sikka menerima belasan laporan dugaan ASN tidak netral selama masa kampanye Pilkada 2024. Selain itu, Bawaslu juga menerima 14 laporan soal baliho yang dipasang di pohon dan tiang listrik.`,
    want: [[10, 'approximate']],
  },
  {
    name: '3, not: "puluhan laporan netralitas ASN … Bawaslu juga menangani 23 laporan politik uang"',
    text: `Bawaslu Alor Kewalahan\n\nKALABAHI - Bawaslu Kabupaten Alor menerima puluhan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Bawaslu juga menangani 23 laporan politik uang selama masa tenang.`,
    want: [[10, 'approximate']],
  },
  {
    name: '3, not: "belasan laporan ASN … Di samping itu, ada 12 laporan kampanye di tempat ibadah"',
    text: `Laporan Menumpuk di Bawaslu Ende\n\nENDE - Bawaslu Kabupaten Ende menerima belasan laporan dugaan ASN tidak netral menjelang Pilkada 2024. Di samping itu, ada 12 laporan kampanye di tempat ibadah yang masih diklarifikasi.`,
    want: [[10, 'approximate']],
  },
  {
    name: '3: "belasan laporan … Ketua Bawaslu menyebut 14 laporan itu" (a restatement)',
    text: `Bawaslu Ngada Dalami Laporan\n\nBAJAWA - Bawaslu Kabupaten Ngada menerima belasan laporan dugaan ASN tidak netral selama masa kampanye Pilkada 2024. Ketua Bawaslu menyebut 14 laporan itu kini dikaji.`,
    want: [[14, 'exact']],
    not: [10],
  },
];

describe('review18a finding 3: an added figure is not a restatement', () => {
  it.each(rRows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const counts = countsOf(r.text).map((c) => [c.value, c.qualifier] as [number, string]);
    for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
    for (const v of r.not ?? []) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
  });
});

// 8. a candidate's office in a year with no election
interface ERow {
  name: string;
  text: string;
  published: string;
  /** value → election label ("Pemilu 2024", "null null") */
  want: [number, string][];
}
const eRows: ERow[] = [
  {
    name: '8, not (review a4): "calon presiden" published 2025-06 -> no election',
    text: `Tiga ASN Dilaporkan ke Bawaslu\n\nBawaslu Sikka menerima laporan tiga aparatur sipil negara yang diduga berfoto bersama calon presiden dari sebuah partai dalam acara pelantikan pengurus ormas di Maumere. Ketiganya guru SMP.`,
    published: '2025-06-10',
    want: [[3, 'null null']],
  },
  {
    name: '8, not: "calon bupati" published 2021-03 -> no election',
    text: `Dua Kades Diperiksa\n\nInspektorat Kabupaten Sumba Timur memeriksa dua kepala desa yang diduga melanggar netralitas karena hadir dalam acara syukuran bersama calon bupati yang kalah.`,
    published: '2021-03-15',
    want: [[2, 'null null']],
  },
  {
    name: '8: "calon presiden" published 2023-11 -> Pemilu 2024 (the coming election)',
    text: `Dua ASN Dilaporkan\n\nBawaslu Kabupaten Ende menerima laporan dua ASN yang diduga berfoto bersama calon presiden dalam acara deklarasi relawan.`,
    published: '2023-11-20',
    want: [[2, 'Pemilu 2024']],
  },
  {
    name: '8: "calon bupati" published 2024-11 -> Pilkada 2024 (the election year)',
    text: `Tiga ASN Diperiksa Inspektorat\n\nInspektorat Kabupaten Muara Enim memeriksa tiga ASN setelah video yang memperlihatkan mereka mengacungkan jari bersama pasangan calon bupati viral di media sosial.`,
    published: '2024-11-05',
    want: [[3, 'Pilkada 2024']],
  },
];

describe('review18a finding 8: a candidate named in a year after an election', () => {
  it.each(eRows.map((r) => [r.name, r] as const))('%s', async (_name, r) => {
    const a = await processArticle({ id: 'e', source: 'e', line: null, format: 'text', text: r.text, html: null, title: null, url: null, published: r.published });
    const counts = a.violations.map((c) => [c.value, `${c.election} ${c.year}`] as [number, string]);
    for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
  });
});

// check24b (released) kinds, counts19: a count of complaints handed over ("Dua aduan sudah kami serahkan ke
// Inspektorat") was read by adding 'diserahkan'/'dilimpahkan' to VIOLATION_CUES (81d2a8a). Withdrawn by the lead (reverted):
// it made the negative 'Sebanyak 5 laporan keuangan ASN diserahkan.' (test/extract/violations.test.ts) a count, and it
// gained nothing on check24b (its 11 still misses the 2). A handing-over verb needs a complaint noun, not any report.

// check25 (released) kinds, counts19: a remainder after a part written out of its whole ("Dua dari tiga laporan itu
// … . Satu laporan lagi …", check25 03's shape): the rest of that whole. Blind score (81d2a8a): the first positive missed its 1
// (checked before the change); the other rows were written with it, not scored blind. After (later-parts.ts laterRests, lexicon PART_OF_WORDS): 2/2, 2/2.
const restRows: [string, string, [number, number | null][], number[]][] = [
  ['rest: "Dua dari tiga laporan itu … Satu laporan lagi masih menunggu keterangan saksi"', `Bawaslu Tangani Tiga Laporan\n\nBawaslu Kota Bitung menangani tiga laporan dugaan pelanggaran netralitas ASN selama Pilkada 2024.\n\nDua dari tiga laporan itu, lanjut dia, sudah diteruskan ke BKN. Satu laporan lagi masih menunggu keterangan saksi.`, [[3, null], [2, 3], [1, 3]], []],
  ['rest: "Tiga dari lima ASN tersebut … Dua orang lagi masih diperiksa"', `Lima ASN Dilaporkan\n\nBawaslu Kabupaten Sikka menerima laporan terhadap lima ASN yang diduga ikut kampanye pasangan calon pada Pilkada 2024. Tiga dari lima ASN tersebut sudah diteruskan ke BKN. Dua orang lagi masih menunggu keterangan saksi.`, [[5, null], [3, 5], [2, 5]], []],
  ['rest, not: "Dua dari lima laporan itu … Satu laporan lagi masuk" (2 + 1 is not 5)', `Bawaslu Tangani Lima Laporan\n\nBawaslu Kota Bitung menangani lima laporan dugaan pelanggaran netralitas ASN selama Pilkada 2024.\n\nDua dari lima laporan itu sudah diteruskan ke BKN. Satu laporan lagi masuk pagi ini ke posko.`, [[5, null], [2, 5]], [1]],
  ['rest, not: "Dua dari tiga kecamatan … Satu lagi menyusul" (no count)', `Posko Dibuka\n\nBawaslu Kota Bitung membuka posko pengaduan di tiga kecamatan. Dua dari tiga kecamatan itu sudah menerima logistik. Satu lagi menyusul pekan depan.`, [], [1, 2]],
];

describe('check25 kinds (counts19): a remainder after a part out of its whole', () => {
  it.each(restRows)('%s', (_name, text, want, not) => {
    const counts = countsOf(text).map((c) => [c.value, c.parent?.value ?? null] as [number, number | null]);
    for (const w of want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
    for (const v of not) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
  });
});
