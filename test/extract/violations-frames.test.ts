// Counts in the frames of the counts4 round (issue 22; fixtures/violations/counts4): tables flattened to lines,
// changes and increases, parts named by "N dari M", people coordinated with people counted, the whole a case-noun
// anchor names, elections carried from the sentence before, a figure predicated of a long subject, and what a
// headline figure may not take from the next paragraph. Each case runs the whole pipeline and checks the claims a
// user sees; each rule has negative cases beside it.
import { describe, it } from 'vitest';
import { type ClaimWant, expectClaims } from './violations-dev.js';

const cases: { name: string; text: string; want: ClaimWant[] }[] = [
  // tables flattened to lines
  {
    name: 'rows of regions with no unit after a lead-in about violations: one count per region, in the lead-in unit',
    text:
      'Bawaslu Provinsi Jawa Timur merilis dugaan pelanggaran netralitas ASN selama Pilkada 2024. Tiga daerah dengan laporan terbanyak sebagai berikut:\n\n' +
      'Kabupaten Jember 14\nKabupaten Sumenep 9\nKota Malang 9\n\nData diperbarui setiap pekan.',
    want: [
      { value: 14, unit: 'laporan', region: 'Kabupaten Jember', reporter: 'Bawaslu' },
      { value: 9, unit: 'laporan', region: 'Kabupaten Sumenep', reporter: 'Bawaslu' },
      { value: 9, unit: 'laporan', region: 'Kota Malang', reporter: 'Bawaslu' },
    ],
  },
  {
    name: 'negative: rows of regions after a lead-in about voters are no counts',
    text: 'KPU Jawa Timur menetapkan daftar pemilih tetap Pilkada 2024 sebagai berikut:\n\nKabupaten Jember 1.920.114\nKabupaten Sumenep 850.221\nKota Malang 640.318',
    want: [],
  },
  {
    name: 'negative: rows whose labels are no regions are no region rows',
    text: 'Bawaslu mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2024 di tiap kecamatan sebagai berikut:\n\nPengawas Desa 120\nPengawas Kelurahan 35',
    want: [],
  },
  {
    name: 'a table of kinds with a tab between label and number',
    text: 'Bawaslu Provinsi Bali merilis penanganan dugaan pelanggaran Pilkada 2024:\n\nJenis pelanggaran\tJumlah\nNetralitas ASN\t21\nPolitik uang\t6\n',
    want: [{ value: 21, reporter: 'Bawaslu' }, { value: 6, scope: 'all' }],
  },
  {
    name: 'negative: a tab table of staff is no count',
    text: 'Bawaslu Provinsi Bali memaparkan kesiapan pengawasan Pilkada 2024:\n\nPengawas kecamatan\t171\nPengawas TPS\t6.021\n',
    want: [],
  },
  // changes and increases
  {
    name: 'a change whose first figure repeats the unit ("dari tiga orang menjadi sembilan orang")',
    text: 'Bawaslu Kabupaten Banyumas mencatat ASN yang dijatuhi sanksi naik dari 12 kasus pada Pilkada 2018 menjadi 25 kasus pada Pilkada 2024. Kenaikan juga terlihat pada jumlah ASN yang dijatuhi sanksi, dari tiga orang menjadi sembilan orang.',
    want: [
      { value: 12, year: 2018 },
      { value: 25, year: 2024 },
      { value: 3, unit: 'orang', year: 2018 },
      { value: 9, unit: 'orang', year: 2024 },
    ],
  },
  {
    name: 'the figure of an increase before "menjadi" is a part of the total',
    text: 'Laporan dugaan pelanggaran netralitas ASN yang diterima Bawaslu Kota Palu pada Pilwalkot 2024 bertambah 6 dalam sepekan terakhir menjadi 31 laporan.',
    want: [
      { value: 6, unit: 'laporan', parent: 31, scope: 'neutrality' },
      { value: 31, unit: 'laporan', parent: null, scope: 'neutrality' },
    ],
  },
  {
    name: 'negative: a share of an increase ("naik 40 persen menjadi 30 kasus") is no count',
    text: 'Bawaslu mencatat pelanggaran netralitas ASN pada Pilkada 2024 naik 40 persen menjadi 30 kasus.',
    want: [{ value: 30 }],
  },
  // parts
  {
    name: '"18 dari 25 kasus": a part of the count after "dari", which is the same figure as before',
    text: 'Bawaslu Kabupaten Banyumas menangani 25 kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024. Tahun ini, 18 dari 25 kasus terkait unggahan di media sosial.',
    want: [{ value: 25 }, { value: 18, parent: 25 }],
  },
  {
    name: 'negative: a number ending a line is no part of a count opening the next paragraph ("… 12" / "Dari 37 kasus")',
    text: 'Bawaslu Provinsi Bali mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2024. Kasus terbanyak di Kabupaten Gianyar, yakni 12\n\nDari 37 kasus netralitas ASN itu, 20 di antaranya melibatkan kepala desa.',
    want: [{ value: 37 }, { value: 20, parent: 37 }],
  },
  {
    name: 'negative: a year before "dari" is no part',
    text: 'Bawaslu Kabupaten Banyumas menangani 25 kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024. Sejak 2018 dari 25 kasus itu tidak ada yang dihentikan.',
    want: [{ value: 25 }],
  },
  {
    name: 'people in a clause anchored by "Dari laporan itu" are parts of the reports counted before',
    text: 'Bawaslu Kabupaten Sleman menerima 23 laporan dugaan pelanggaran selama Pilkada 2024. Dari laporan itu, belasan tenaga honorer dan enam PPPK diduga ikut berkampanye.',
    want: [{ value: 23, parent: null }, { value: 10, qualifier: 'approximate', parent: 23 }, { value: 6, unit: 'PPPK', parent: 23 }],
  },
  {
    name: 'a part counted after a forecast belongs to the count before the forecast',
    text: 'Laporan dugaan pelanggaran netralitas ASN yang masuk ke Bawaslu Kabupaten Bogor selama Pilbup Bogor 2024 sebanyak 33 laporan. Jumlah itu diperkirakan bertambah hingga 40 laporan. Sebanyak 21 laporan di antaranya menyangkut kepala desa.',
    want: [{ value: 33, scope: 'neutrality' }, { value: 40, qualifier: 'forecast' }, { value: 21, parent: 33 }],
  },
  // people
  {
    name: 'people coordinated with people counted share their cue; an offence a case noun "melibatkan"',
    text: 'Bawaslu Kota Makassar menangani lima kasus netralitas ASN pada Pilwalkot 2024. Pelanggaran itu melibatkan dua camat dan tiga lurah yang menghadiri deklarasi dukungan.',
    want: [{ value: 5 }, { value: 2, unit: 'camat' }, { value: 3, unit: 'lurah' }],
  },
  {
    name: 'negative: an event "melibatkan" people is an audience',
    text: 'Sosialisasi netralitas ASN yang digelar Bawaslu Kota Makassar menjelang Pilwalkot 2024 melibatkan 300 ASN dan 15 camat.',
    want: [],
  },
  {
    name: 'negative: officials an authority letter goes to ("pejabat pembina kepegawaian") are no offenders',
    text: 'KASN mencatat 2.034 ASN dilaporkan melanggar netralitas pada Pilkada 2024. KASN telah mengirim surat kepada 545 pejabat pembina kepegawaian agar menindaklanjuti rekomendasi.',
    want: [{ value: 2034, reporter: 'KASN' }],
  },
  // headlines
  {
    name: 'negative: a headline figure never takes a unit from the next paragraph',
    text: 'Dugaan Pelanggaran Netralitas di Lampung Selatan Tembus 18\n\nPejabat dan ASN di Lampung Selatan diingatkan menjaga netralitas. Bawaslu Kabupaten Lampung Selatan mencatat 18 kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024.',
    want: [{ value: 18, reporter: 'Bawaslu' }],
  },
  // elections
  {
    name: 'a sentence naming no election continues the one before it in its paragraph',
    text: 'KASN mencatat 2.073 ASN dilaporkan melanggar netralitas sepanjang Pemilu 2019. Dari jumlah itu, 1.605 ASN dijatuhi sanksi.\n\nPada Pemilu 2024, KASN menerima 417 aduan hingga Januari.',
    want: [{ value: 2073, year: 2019 }, { value: 1605, year: 2019, parent: 2073 }, { value: 417, year: 2024 }],
  },
  {
    name: 'negative: the election a figure is compared with is not carried to the next sentence',
    text: 'Bawaslu Kota Bandung menangani 27 dugaan pelanggaran netralitas ASN selama Pilwalkot 2024, melonjak dibanding Pilwalkot 2018 yang hanya 9 kasus. Dari 27 kasus tersebut, 15 berupa unggahan di media sosial.',
    want: [{ value: 27, year: 2024 }, { value: 9, year: 2018 }, { value: 15, year: 2024, parent: 27 }],
  },
  // stages
  {
    name: 'registration is a stage of handling ("- Diregistrasi: 11")',
    text: 'Bawaslu Kabupaten Tapanuli Utara menyampaikan penanganan dugaan pelanggaran netralitas ASN pada Pilkada 2024 sebagai berikut:\n\n- Laporan yang diterima: 16\n- Diregistrasi: 11\n- Dihentikan: 5\n',
    want: [{ value: 16 }, { value: 11 }, { value: 5 }],
  },
];

describe('counts: tables, changes, parts, coordinated people, elections carried over', () => {
  it.each(cases)('$name', ({ text, want }) => {
    expectClaims(text, want);
  });
});
