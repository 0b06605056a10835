// Clause-level attachment of counts (issue 22, the shapes of fixtures/violations/dev/tune6): each case runs an
// article through the whole pipeline and checks the claims a user sees (value, qualifier, election, parent,
// reporter), with negative cases beside each rule.
import { describe, it } from 'vitest';
import { type ClaimWant, expectClaims } from './violations-dev.js';

const cases: { name: string; text: string; want: ClaimWant[] }[] = [
  {
    name: 'an election right after a count is its own, not the next count\'s',
    text: 'Bawaslu Kabupaten Bogor mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2024 naik dari 12 kasus pada Pilkada 2018 menjadi 31 kasus.',
    want: [
      { value: 12, election: 'Pilkada', year: 2018 },
      { value: 31, election: 'Pilkada', year: 2024 },
    ],
  },
  {
    name: 'negative: one count with its election after it keeps it',
    text: 'Bawaslu mencatat 20 kasus pelanggaran netralitas ASN pada Pilkada 2024, naik dibandingkan Pemilu 2019.',
    want: [{ value: 20, election: 'Pilkada', year: 2024 }],
  },
  {
    name: 'a bare year in the clause dates the count; the next clause keeps the article\'s election',
    text: 'Laporan pelanggaran netralitas ASN yang ditangani Bawaslu pada Pilkada 2024 turun dibandingkan Pilkada 2020. Jika pada 2020 tercatat 65 laporan, tahun ini hanya 39 laporan.',
    want: [
      { value: 65, election: 'Pilkada', year: 2020 },
      { value: 39, election: 'Pilkada', year: 2024 },
    ],
  },
  {
    name: 'a rest number beside a sibling count is a part, and both are parts of the whole they add up to',
    text: 'Inspektorat Kabupaten Bantul telah memeriksa 11 ASN yang dilaporkan Bawaslu karena diduga melanggar netralitas pada Pilkada 2024. Hasilnya, delapan orang terbukti melanggar dan tiga lainnya tidak terbukti.',
    want: [
      { value: 11, parent: null, reporter: 'Inspektorat' },
      { value: 8, parent: 11, reporter: 'Inspektorat' },
      { value: 3, parent: 11, reporter: 'Inspektorat' },
    ],
  },
  {
    name: 'negative: a number of days after a count is no rest part',
    text: 'Bawaslu memeriksa 11 ASN yang diduga melanggar netralitas pada Pilkada 2024. Hasilnya diumumkan dan tiga hari kemudian dikirim ke BKN.',
    want: [{ value: 11, parent: null }],
  },
  {
    name: 'an exact sum links parts to a whole in another unit',
    text: 'Inspektorat Provinsi Kalimantan Barat menindaklanjuti 16 rekomendasi KASN terkait pelanggaran netralitas ASN pada Pilgub Kalbar 2024. Hingga kini, 12 ASN telah dijatuhi sanksi, dan 4 ASN lainnya sedang dalam pemeriksaan.',
    want: [
      { value: 16, parent: null, reporter: 'Inspektorat' },
      { value: 12, parent: 16, reporter: 'Inspektorat' },
      { value: 4, parent: 16, reporter: 'Inspektorat' },
    ],
  },
  {
    name: 'negative: parts that do not add up stay without that parent',
    text: 'Inspektorat Provinsi Kalimantan Barat menindaklanjuti 16 rekomendasi KASN terkait pelanggaran netralitas ASN pada Pilgub Kalbar 2024. Hingga kini, 10 ASN telah dijatuhi sanksi, dan 4 ASN lainnya sedang dalam pemeriksaan.',
    want: [
      { value: 16, parent: null },
      { value: 10, parent: null },
      { value: 4, parent: null },
    ],
  },
  {
    name: 'a figure after "atas" is the object of a target, not a forecast; the forecast itself is one',
    text: 'Bawaslu Provinsi Banten menargetkan kajian atas 50 laporan dugaan pelanggaran netralitas ASN pada Pilgub Banten 2024 rampung pekan ini. Bawaslu Banten memperkirakan jumlah laporan masih akan bertambah hingga 70 laporan.',
    want: [
      { value: 50, qualifier: 'exact' },
      { value: 70, qualifier: 'forecast' },
    ],
  },
  {
    name: 'a vague headline figure restated by the lead is one claim, the lead\'s',
    text: 'Puluhan Kepala Desa di Kabupaten Bone Dilaporkan ke Bawaslu\n\nWATAMPONE – Sedikitnya 23 kepala desa di Kabupaten Bone dilaporkan ke Bawaslu karena diduga menghadiri deklarasi dukungan pada Pilkada 2024.\n',
    want: [{ value: 23, qualifier: 'at_least' }],
  },
  {
    name: 'negative: a lead figure out of the headline\'s order is another claim',
    text: 'Puluhan Kepala Desa di Kabupaten Bone Dilaporkan ke Bawaslu\n\nWATAMPONE – Sebanyak 230 kepala desa di Sulawesi Selatan dilaporkan ke Bawaslu karena diduga melanggar netralitas pada Pilkada 2024.\n',
    want: [
      { value: 10, qualifier: 'approximate' },
      { value: 230, qualifier: 'exact' },
    ],
  },
  {
    name: 'a breakdown by kind in the next sentence gives one part per item',
    text: 'BKPSDM Kabupaten Garut menjatuhkan sanksi kepada 9 ASN yang terbukti melanggar netralitas pada Pilkada 2024. Mereka terdiri atas 2 pejabat administrator, 4 guru dan 3 tenaga kesehatan.',
    want: [
      { value: 9, parent: null },
      { value: 2, parent: 9 },
      { value: 4, parent: 9 },
      { value: 3, parent: 9 },
    ],
  },
  {
    name: 'negative: a breakdown of another subject, or one adding up to more than the count, gives no parts',
    text: 'BKPSDM Kabupaten Garut menjatuhkan sanksi kepada 9 ASN yang terbukti melanggar netralitas pada Pilkada 2024. Tim pemeriksa terdiri atas 3 auditor dan 2 pengacara. Sanksi itu meliputi 8 teguran dan 5 penundaan pangkat.',
    want: [{ value: 9, parent: null }],
  },
  {
    name: 'a numbered breakdown whose lines repeat a capitalised unit: one item per line',
    text: 'Bawaslu Provinsi Jawa Tengah mencatat 52 ASN diduga melanggar netralitas pada Pilkada 2024. Berikut daerah dengan jumlah terbanyak:\n\n1. Kabupaten Brebes: 9 ASN\n2. Kabupaten Cilacap: 7 ASN\n3. Kota Surakarta: 6 ASN\n',
    want: [
      { value: 52, region: null },
      { value: 9, region: 'Kabupaten Brebes', reporter: 'Bawaslu' },
      { value: 7, region: 'Kabupaten Cilacap', reporter: 'Bawaslu' },
      { value: 6, region: 'Kota Surakarta', reporter: 'Bawaslu' },
    ],
  },
  {
    name: 'a block of stage lines after a lead-in about violations: one count per stage, with the body above it',
    text: 'Bawaslu Kabupaten Bekasi merilis rekap penanganan dugaan pelanggaran netralitas ASN selama Pilkada 2024:\n\n1. Laporan masuk: 14\n2. Temuan pengawas: 6\n3. Direkomendasikan ke BKN: 12\n',
    want: [
      { value: 14, reporter: 'Bawaslu', election: 'Pilkada', year: 2024 },
      { value: 6, reporter: 'Bawaslu' },
      { value: 12, reporter: 'Bawaslu' },
    ],
  },
  {
    name: 'negative: lines of staff, or stage-like lines with no lead-in about violations, are no counts',
    text: 'Bawaslu Kabupaten Kudus memaparkan kesiapan pengawasan Pilkada 2024 sebagai berikut:\n\n- Pengawas kecamatan: 27\n- Pengawas TPS: 1.850\n\nJadwal kegiatan pekan ini:\n\n- Laporan keuangan: 3\n- Rapat koordinasi: 2\n',
    want: [],
  },
  {
    name: 'a case unit followed by a verb stands alone: next to an accepted count it is a count too',
    text: 'Pada Pilkada 2024, Bawaslu Jateng menerima 88 laporan netralitas ASN. Sebagian besar atau 52 laporan berasal dari media sosial.',
    want: [{ value: 88 }, { value: 52 }],
  },
  {
    name: 'negative: a case unit followed by another noun is not one',
    text: 'Pada Pilkada 2024, Bawaslu Jateng menerima 88 laporan netralitas ASN. KPU juga menerima 5 laporan keuangan dana kampanye.',
    want: [{ value: 88 }],
  },
  {
    name: '"satu lagi" beside a sibling is the rest of the split',
    text: 'Bawaslu Sumbawa menangani dua kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024. Satu kasus melibatkan kepala sekolah dan satu lagi staf kecamatan.',
    want: [{ value: 2, parent: null }, { value: 1, parent: 2 }],
  },
  {
    name: 'the first figure of a change takes the unit of the second; a forecast governs only the second',
    text: 'Jumlah laporan dugaan pelanggaran netralitas ASN yang diterima Bawaslu Kota Depok pada Pilkada 2024 naik dari 12 menjadi 31 laporan. Bawaslu memprediksi jumlah aduan netralitas ASN naik dari 31 menjadi 45 aduan.',
    want: [
      { value: 12, qualifier: 'exact' },
      { value: 31, qualifier: 'exact' },
      { value: 45, qualifier: 'forecast' },
    ],
  },
  {
    name: 'negative: a change of something that is no count gives nothing',
    text: 'Menjelang Pilkada 2024, jumlah pengawas netralitas ASN di Kota Depok naik dari 120 menjadi 150 orang, dan masa sosialisasi diperpanjang dari 30 menjadi 60 hari.',
    want: [],
  },
  {
    name: 'counts listed after a part are parts of the same whole',
    text: 'Bawaslu Riau menerima 40 laporan pelanggaran netralitas ASN pada Pilkada 2024. Sebanyak 25 laporan di antaranya telah diregister, 10 laporan dihentikan, dan 5 laporan masih dikaji.',
    want: [{ value: 40, parent: null }, { value: 25, parent: 40 }, { value: 10, parent: 40 }, { value: 5, parent: 40 }],
  },
  {
    name: 'negative: listed counts adding up to more than the whole keep no parent',
    text: 'Bawaslu Riau menerima 40 laporan pelanggaran netralitas ASN pada Pilkada 2024. Sebanyak 25 laporan di antaranya telah diregister, 30 laporan dihentikan, dan 5 laporan masih dikaji.',
    want: [{ value: 40, parent: null }, { value: 25, parent: 40 }, { value: 30, parent: null }, { value: 5, parent: null }],
  },
];

describe('counts: clause-level attachment', () => {
  it.each(cases)('$name', ({ text, want }) => {
    expectClaims(text, want);
  });
});
