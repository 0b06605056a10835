// Review findings of round 15 on the counts' list, Q&A and table structures (fix15b):
//   1. an unbracketed list of scores or other figures read as counts because the lead names a case noun somewhere
//      ("Dalam indeks kerawanan pelanggaran, daerah dengan skor tertinggi yakni Kabupaten Bogor 87, …"): read only when
//      the first figure carries a unit or the case noun stands right before the link ("dengan laporan terbanyak");
//      crossed with the non-count nouns of a ranking and the links;
//   2. a later Q&A answer's bare number taken as a count when its question asks another quantity ("Berapa hari …? /
//      … cuma tujuh.") or a noun that is no unit is its subject ("Staf kami tinggal empat.");
//   3. a table under a header with no unit and labels that are no violation kinds, whose lead-in names no case
//      ("Berikut pengawas TPS yang disiagakan:"), and region rows without a header under such a lead-in;
//   4. a partial list's whole: the nearest earlier root count bigger than its sum (a province's 150, not the national
//      2.000).
// Before (62e5ae7): the negative rows of 1–3 and the rows of 4 fail; the positive rows pass.
import { describe, expect, it } from 'vitest';
import { type ParadigmRow, valuesWithParents } from './violations-dev.js';

const rows: ParadigmRow[] = [];
const LEAD = 'Bawaslu Jawa Barat mencatat 412 dugaan pelanggaran selama tahapan Pemilu 2024, termasuk pelanggaran netralitas ASN.';
const LIST = 'Kabupaten Bogor 87, Kota Bandung 80 dan Kabupaten Garut 75.';
// 1. non-count nouns of a ranking under a case lead
for (const noun of ['skor', 'indeks', 'nilai', 'TPS rawan', 'pengawas', 'suara', 'persentase']) {
  for (const link of ['tertinggi yakni', 'terbanyak yaitu', 'tertinggi adalah']) {
    rows.push({
      name: `1 neg: ${noun} ${link}`,
      text: `${LEAD}\n\nDalam indeks kerawanan pelanggaran, daerah dengan ${noun} ${link} ${LIST}`,
      want: [[412, null]],
      not: [87, 80, 75],
    });
  }
}
for (const noun of ['laporan', 'kasus', 'dugaan pelanggaran', 'temuan']) {
  rows.push({
    name: `1 pos: dengan ${noun} terbanyak yakni`,
    text: `${LEAD}\n\nDaerah dengan ${noun} terbanyak yakni ${LIST}`,
    want: [[412, null], [87, 412], [80, 412], [75, 412]],
  });
}
rows.push({
  name: '1 pos: the first figure carries the unit',
  text: `${LEAD}\n\nDaerah dengan skor tertinggi yakni Kabupaten Bogor 87 kasus, Kota Bandung 80 dan Kabupaten Garut 75.`,
  want: [[412, null], [87, 412], [80, 412], [75, 412]],
});

// 2. later answers that count something else
const QA_HEAD = [
  'Menjelang hari pemungutan suara Pemilu 2024, RRI Fakfak berbincang dengan Ketua Bawaslu Kabupaten Fakfak soal pengawasan netralitas aparatur. Berikut petikannya.',
  'RRI: Berapa banyak dugaan pelanggaran netralitas yang sudah ditangani?',
  'Yohanis: Sampai sekarang sudah ada sebelas yang kami tangani.',
];
for (const [q, a, v] of [
  ['Berapa hari waktu untuk kajian setiap laporan?', 'Menurut aturan cuma tujuh.', 7],
  ['Berapa lama kajian setiap laporan?', 'Paling lama tujuh.', 7],
  ['Berapa staf yang menangani?', 'Staf kami tinggal empat.', 4],
  ['Siapa yang menangani?', 'Staf kami tinggal empat.', 4],
  ['Berapa distrik yang sudah didatangi?', 'Baru lima.', 5],
] as const) {
  rows.push({ name: `2 neg: ${q} / ${a}`, text: [...QA_HEAD, `RRI: ${q}`, `Yohanis: ${a}`].join('\n\n'), want: [[11, null]], not: [v] });
}
for (const [q, a, v] of [
  ['Sudah sampai mana penanganannya?', 'Tiga sudah kami teruskan ke KASN minggu lalu.', 3],
  ['Berapa yang sudah diputus?', 'Yang sudah diputus baru tiga.', 3],
  ['Berapa banyak yang sudah diputus?', 'Sejauh ini baru tiga.', 3],
] as const) {
  rows.push({ name: `2 pos: ${q} / ${a}`, text: [...QA_HEAD, `RRI: ${q}`, `Yohanis: ${a}`].join('\n\n'), want: [[11, null], [v, 11]] });
}

// 3. tables and region rows under a lead-in naming no case
for (const lead of ['Berikut pengawas TPS yang disiagakan:', 'Berikut jumlah TPS rawan di tiap kecamatan:', 'Berikut sebaran petugas di tiap kecamatan:']) {
  rows.push({
    name: `3 neg table: ${lead}`,
    text: `Bawaslu Kota Semarang mengawasi potensi pelanggaran netralitas ASN di seluruh kecamatan. ${lead}\n\nKecamatan | Jumlah\nTembalang | 120\nBanyumanik | 95\nPedurungan | 88`,
    want: [],
    not: [120, 95, 88],
  });
}
for (const lead of ['Berikut jumlah TPS rawan di tiap daerah:', 'Berikut pengawas yang disiagakan di tiap daerah:']) {
  rows.push({
    name: `3 neg rows: ${lead}`,
    text: `Bawaslu Jawa Tengah memetakan kerawanan pelanggaran netralitas ASN menjelang pemungutan suara. ${lead}\n\nKabupaten Brebes 17\nKota Semarang 9\nKabupaten Demak 5`,
    want: [],
    not: [17, 9, 5],
  });
}
for (const lead of ['Berikut dugaan pelanggaran yang ditangani:', 'Berikut sebaran kasus di tiap kecamatan:']) {
  rows.push({
    name: `3 pos table: ${lead}`,
    text: `Bawaslu Kota Semarang mengawasi potensi pelanggaran netralitas ASN di seluruh kecamatan. ${lead}\n\nKecamatan | Jumlah\nTembalang | 12\nBanyumanik | 9\nPedurungan | 8`,
    want: [[12, null], [9, null], [8, null]],
  });
}

// 4. a partial list's whole: the nearest bigger root count
for (const [list, unit] of [['Kabupaten Brebes (30), Kabupaten Demak (20) dan Kabupaten Kudus (10)', ''], ['Kabupaten Brebes 30 kasus, Kabupaten Demak 20 kasus dan Kabupaten Kudus 10 kasus', ' kasus']] as const) {
  rows.push({
    name: `4: province under nation${unit}`,
    text: [
      'Secara nasional, Bawaslu RI mencatat 2.000 dugaan pelanggaran netralitas ASN selama tahapan Pilkada 2024.',
      'Di Jawa Tengah, Bawaslu provinsi mencatat 150 dugaan pelanggaran netralitas ASN. Sebagian besar berupa unggahan dukungan di media sosial.',
      `Rekomendasi terbanyak datang dari ${list}.`,
    ].join('\n\n'),
    want: [[2000, null], [150, null], [30, 150], [20, 150], [10, 150]],
  });
}

rows.push({
  name: '4 neg: a kind count between keeps the list under the total of its own unit',
  text: [
    'Bawaslu RI mencatat 1.118 dugaan pelanggaran netralitas ASN selama tahapan Pilkada Serentak 2024.',
    'Berdasarkan jenisnya, dukungan melalui media sosial menjadi yang terbanyak dengan 437 kasus. Berikutnya menghadiri kegiatan kampanye 201 kasus.',
    'Menurut dia, provinsi dengan dugaan pelanggaran terbanyak adalah Jawa Timur (96), Sumatera Utara (74) dan Kalimantan Timur (58).',
  ].join('\n\n'),
  want: [[1118, null], [96, 1118], [74, 1118], [58, 1118]],
});

describe('review findings of round 15 on lists, Q&A turns and tables (fix15b)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const counts = valuesWithParents(r.text);
    for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
    for (const v of r.not ?? []) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
  });
});
