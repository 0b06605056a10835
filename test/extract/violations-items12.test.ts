// Paradigms of the breakdown kinds fresh text had most of in round 11's blind sets (check10, check11), read at the
// clause level (continued-items.ts, colon-lists.ts, collectives.ts):
//   A. a "dari" clause pointing back at a whole ("Dari 27 itu, …", "dari total kasus tersebut, …", "Dari tujuh ASN
//      itu, …") then items, however the items are worded (a person noun, a verb and a noun, "dari" and a case noun),
//      a noun phrase with "dan" inside an item, a rest without a number closing the list; crossed with every pointer
//      of WHOLE_POINTERS, the whole's number given or not, digits or words, the whole in an answer's earlier paragraph;
//   B. more items after a part already read, in its sentence ("lima orang dijatuhi hukuman berat, enam hukuman
//      sedang, dan sisanya …", "Sebanyak 19 berasal dari temuan pengawas, 8 dari laporan masyarakat");
//   C. a per-region list after a colon, the unit on the whole only ("total 71 kasus: Bangkalan 34, Sampang 21, …");
//   D. counts of one coordinated with people ("seorang lurah dan dua guru") and collective wholes ("ketiga ASN
//      tersebut", every collective numeral of the lexicon) as the sum of the parts before them, or restating a whole
//      and opening its breakdown ("keenam ASN tersebut terdiri atas …");
//   H. a run of items closed by a pronoun for the rest ("Ada sembilan guru, tiga pegawai puskesmas, sisanya staf
//      kecamatan") dividing the whole stated before it, every pronoun of REST_PRONOUNS but the two-word one.
// Negative rows: items that add up to more than the whole, pieces of measure (days, weeks, percentages, TPS, votes),
// dates and years after a part, a pointer whose number no count has, party labels after a colon, ordinals after a
// noun ("tahap ketiga"), a collective whose parts do not add up, "seorang" with no count of people beside it, a run over
// its whole, measures in a run, a run with no whole before it.
// Before (8bfcdec): 3 of the 51 positive rows passed ("Dari dua puluh tujuh itu/tersebut/ini, sembilan melibatkan ASN,
// …"), and the 15 negative rows; after: 66/66.
import { describe, expect, it } from 'vitest';
import { WHOLE_POINTERS } from '../../src/lexicon/violations.js';
import { NUMERAL_UNITS } from '../../src/lexicon/numerals.js';
import { type ParadigmRow, valuesWithParents } from './violations-dev.js';

type Row = ParadigmRow;
const rows: Row[] = [];
const got = valuesWithParents;

// A. pointed
const LEADS = [
  'Bawaslu Kota Bekasi mencatat total ada 27 dugaan pelanggaran netralitas ASN selama Pilkada 2024.',
  'Selama Pilkada 2024, Bawaslu Kabupaten Garut menangani 27 kasus dugaan pelanggaran netralitas ASN.',
];
const ITEM_SETS: { text: string; values: number[] }[] = [
  { text: '11 lurah dan staf kelurahan, tujuh guru, sisanya pegawai dinas', values: [11, 7] },
  { text: 'sembilan melibatkan ASN, 11 melibatkan kepala desa dan perangkat desa, dan tiga lainnya melibatkan pegawai honorer', values: [9, 11, 3] },
  { text: 'empat merupakan guru SD, dua staf kecamatan dan satu tenaga kesehatan puskesmas', values: [4, 2, 1] },
  { text: '12 berasal dari temuan pengawas dan 15 dari laporan masyarakat', values: [12, 15] },
  { text: 'delapan camat, enam kepala sekolah, serta lima pegawai puskesmas', values: [8, 6, 5] },
];
let k = 0;
for (const pointer of WHOLE_POINTERS) {
  for (const head of ['27', 'dua puluh tujuh', 'total kasus', 'jumlah', '27 kasus']) {
    const items = ITEM_SETS[k % ITEM_SETS.length]!;
    const lead = LEADS[k % LEADS.length]!;
    rows.push({
      name: `A: Dari ${head} ${pointer}, × ${items.text.slice(0, 24)}`,
      text: `${lead} "Dari ${head} ${pointer}, ${items.text}," kata anggota Bawaslu.`,
      want: [[27, null], ...items.values.map((v) => [v, 27] as [number, number])],
    });
    k++;
  }
}
rows.push({
  name: 'A: the whole in an answer two paragraphs before (a Q&A)',
  text: 'Berapa dugaan pelanggaran netralitas ASN selama Pilkada kemarin?\nUntuk Pilwalkot Bekasi 2024, total ada 27 dugaan pelanggaran netralitas ASN.\n\nSiapa saja terlapornya?\nPaling banyak dari kelurahan. Dari 27 itu, 11 lurah dan staf kelurahan, tujuh guru, sisanya pegawai dinas.',
  want: [[27, null], [11, 27], [7, 27]],
});
// negatives of A
rows.push({ name: 'A neg: items over the whole', text: `${LEADS[0]} Dari 27 itu, 20 lurah, 15 guru, sisanya pegawai dinas.`, want: [[27, null]], not: [20, 15] });
rows.push({ name: 'A neg: a pointer whose number no count has', text: `${LEADS[0]} Dari 40 itu, 11 lurah, tujuh guru.`, want: [[27, null]], not: [11, 7] });
rows.push({ name: 'A neg: measures and shares as pieces', text: `${LEADS[1]} Dari jumlah itu, tiga hari kemudian, 40 persen warga.`, want: [[27, null]], not: [3, 40] });
rows.push({ name: 'A neg: TPS and votes as pieces', text: `${LEADS[1]} Dari 27 kasus tersebut, 12 TPS dan 300 suara diperiksa.`, want: [[27, null]], not: [12, 300] });

// B. continued after a part
const SANCTIONS = [
  ['dijatuhi hukuman disiplin berat', 'hukuman sedang', 'hukuman ringan'],
  ['diberhentikan dengan hormat', 'penurunan jabatan', 'teguran tertulis'],
];
for (const [i, s] of SANCTIONS.entries()) {
  for (const [five, six] of [['lima', 'enam'], ['5', '6']] as const) {
    rows.push({
      name: `B: ${five} orang ${s[0]!.split(' ')[0]}, ${six} ${s[1]}`,
      text: `Data BKPSDM Banjar menunjukkan, dari 16 ASN yang direkomendasikan Bawaslu ke BKN pada masa kampanye Pilbup Banjar 2024, ${five} orang ${s[0]}, ${six} ${s[1]}, dan sisanya ${s[2]}.${i === 1 ? ' Semua sudah menerima SK.' : ''}`,
      want: [[16, null], [5, 16], [6, 16]],
    });
  }
}
rows.push({
  name: 'B: a stage part then "N dari laporan masyarakat"',
  text: 'Untuk Pemilihan Wali Kota Bekasi 2024, total ada 27 dugaan pelanggaran netralitas ASN. Sebanyak 19 berasal dari temuan pengawas kami, 8 dari laporan masyarakat.',
  want: [[27, null], [19, 27], [8, 27]],
});
rows.push({ name: 'B neg: a time after a part', text: 'Dari 16 ASN yang direkomendasikan Bawaslu ke BKN pada Pilbup Banjar 2024, lima orang dijatuhi hukuman disiplin berat, tiga hari setelah putusan.', want: [[16, null], [5, 16]], not: [3] });
rows.push({ name: 'B neg: a date after a part', text: 'Dari 16 ASN yang direkomendasikan Bawaslu ke BKN pada Pilbup Banjar 2024, lima orang dijatuhi hukuman disiplin berat, 12 Desember 2024.', want: [[16, null], [5, 16]], not: [12] });
rows.push({ name: 'B neg: parts over the whole', text: 'Dari 8 ASN yang direkomendasikan Bawaslu ke BKN pada Pilbup Banjar 2024, lima orang dijatuhi hukuman disiplin berat, enam hukuman sedang.', want: [[8, null], [5, 8]], not: [6] });

// C. a per-region list after a colon
const MADURA = [['Bangkalan', 'Pamekasan', 'Sumenep'], ['Kabupaten Jember', 'Kabupaten Banyuwangi', 'Kota Malang']];
for (const regs of MADURA) {
  for (const [forms, whole] of [[['34', '21', '9'], '71'], [['tiga puluh empat', 'dua puluh satu', 'sembilan'], 'tujuh puluh satu']] as const) {
    for (const unit of ['kasus', 'laporan dugaan pelanggaran netralitas ASN']) {
      rows.push({
        name: `C: ${regs[0]} × ${forms[0]} × ${unit.split(' ')[0]}`,
        text: `Pada Pilkada 2024, Bawaslu mencatat dugaan pelanggaran netralitas ASN di Jawa Timur. Bawaslu menangani total ${whole} ${unit}: ${regs[0]} ${forms[0]}, ${regs[1]} ${forms[1]}, dan ${regs[2]} ${forms[2]}.`,
        want: [[71, null], [34, 71], [21, 71], [9, 71]],
      });
    }
  }
}
rows.push({ name: 'C neg: items over the whole', text: 'Pada Pilkada 2024, Bawaslu mencatat dugaan pelanggaran netralitas ASN di Jawa Timur. Bawaslu menangani total 50 kasus: Bangkalan 34, Pamekasan 21, dan Sumenep 9.', want: [[50, null]], not: [34, 21, 9] });
rows.push({ name: 'C neg: party labels after the colon', text: 'Pada Pilkada 2024, Bawaslu mencatat dugaan pelanggaran netralitas ASN di Jawa Timur. Bawaslu menangani total 71 kasus: Golkar 34, Gerindra 21, dan Demokrat 9.', want: [[71, null]], not: [34, 21, 9] });

// D. counts of one and collective wholes
const COLLECTIVE_WORDS = Object.entries(NUMERAL_UNITS).filter(([, v]) => v >= 2 && v <= 11);
for (const [word, value] of COLLECTIVE_WORDS) {
  const rest = value - 1;
  const restWord = Object.entries(NUMERAL_UNITS).find(([, v]) => v === rest)![0];
  for (const [unit, one] of [['ASN', 'seorang lurah'], ['ASN', 'seorang camat']] as const) {
    if (rest < 2) continue;
    rows.push({
      name: `D: ${one} dan ${restWord} guru … ke${word} ${unit} tersebut`,
      text: `Bawaslu Kabupaten Karimun memproses dugaan pelanggaran netralitas yang melibatkan ${one} dan ${restWord} guru yang menghadiri kampanye Pemilu 2024. Ketua Bawaslu mengatakan ke${word} ${unit} tersebut telah dimintai klarifikasi.`,
      want: [[1, value], [rest, value], [value, null]],
    });
    break;
  }
}
rows.push({
  name: 'D: a collective restating a whole opens its breakdown, "seorang" last',
  text: 'Bawaslu Kabupaten Bantaeng meneruskan rekomendasi atas enam ASN yang diduga melanggar netralitas dalam Pilbup Bantaeng 2020 ke KASN. Ketua Bawaslu menjelaskan keenam ASN tersebut terdiri atas dua kepala sekolah, tiga guru, dan seorang staf kelurahan.',
  want: [[6, null], [2, 6], [3, 6], [1, 6]],
});
rows.push({
  name: 'D: "seorang" after people, the collective after',
  text: 'Bawaslu Kota Malang menemukan dua camat dan seorang lurah yang ikut kampanye Pilwalkot Malang 2024. Ketiga ASN itu sudah diklarifikasi.',
  want: [[2, 3], [1, 3], [3, null]],
});
rows.push({ name: 'D neg: ordinals after a noun', text: 'Bawaslu memproses dua laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Pada tahap ketiga, putaran kedua kampanye, hari ketiga.', want: [[2, null]], not: [3] });
rows.push({ name: 'D neg: parts that do not add up', text: 'Bawaslu memproses dugaan pelanggaran netralitas yang melibatkan dua lurah dan empat guru pada Pemilu 2024. Ketiga ASN tersebut telah diklarifikasi.', want: [[2, null], [4, null]], not: [3] });
rows.push({ name: 'D neg: "seorang" with no count of people beside it', text: 'Seorang warga melaporkan dugaan pelanggaran netralitas ASN ke Bawaslu pada Pilkada 2024. Bawaslu menangani 5 laporan.', want: [[5, null]], not: [1] });

// H. a run of items closed by a pronoun for the rest divides the whole before it
const RUN_LEAD = 'Bawaslu Kabupaten Bone hingga pekan ketiga masa kampanye Pilkada 2024 menangani 14 dugaan pelanggaran netralitas ASN.';
for (const rest of ['sisanya', 'selebihnya']) {
  for (const [opener, a, b, unitA, unitB] of [
    ['Ada ', 'sembilan', 'tiga', 'guru', 'pegawai puskesmas'],
    ['', '9', '3', 'kepala sekolah', 'camat'],
    ['Yakni ', 'sembilan', '3', 'lurah', 'guru'],
  ] as const) {
    rows.push({
      name: `H: ${opener}${a} ${unitA}, ${b} ${unitB}, ${rest} …`,
      text: `${RUN_LEAD}\n\n"Terlapornya macam-macam. ${opener}${a} ${unitA}, ${b} ${unitB}, ${rest} staf kecamatan," kata anggota Bawaslu.`,
      want: [[14, null], [9, 14], [3, 14]],
    });
  }
}
rows.push({ name: 'H neg: a run over the whole', text: `${RUN_LEAD}\n\n"Ada sembilan guru, tujuh pegawai puskesmas, sisanya staf kecamatan," kata anggota Bawaslu.`, want: [[14, null]], not: [9, 7] });
rows.push({ name: 'H neg: measures in the run', text: `${RUN_LEAD}\n\n"Ada tiga hari, dua pekan, sisanya libur," kata anggota Bawaslu.`, want: [[14, null]], not: [3, 2] });
rows.push({ name: 'H neg: no whole before', text: 'Bawaslu mengawasi netralitas ASN pada Pilkada 2024.\n\n"Ada sembilan guru, tiga pegawai puskesmas, sisanya staf kecamatan," kata anggota Bawaslu.', want: [], not: [9, 3] });

describe('breakdowns read at the clause level (round 12)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const counts = got(r.text);
    for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
    for (const v of r.not ?? []) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
  });
});
