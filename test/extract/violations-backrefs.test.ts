// Counts in the frames of the counts5 round (issue 22; fixtures/violations/counts5): parts that point back to a whole
// stated sentences or paragraphs before them ("N di antaranya", "N sisanya", "N lainnya"), with or without a unit; the
// reporter of a restated figure and of a change's first figure; the scope of a whole split by the people involved; the
// election of a figure after a bare "dari" and of a figure compared with an earlier election.
// Each case runs the whole pipeline and checks the claims a user sees; each rule has negative cases beside it.
import { describe, it } from 'vitest';
import { type ClaimWant, expectClaims } from './violations-dev.js';

const cases: { name: string; text: string; want: ClaimWant[] }[] = [
  // "N di antaranya" far from its whole
  {
    name: '"di antaranya" two sentences after its whole, a sentence about something else between',
    text:
      'Bawaslu Kabupaten Banyumas mencatat 31 laporan dugaan pelanggaran selama tahapan Pilkada 2024. Laporan itu datang dari masyarakat maupun hasil pengawasan jajaran panwascam. ' +
      'Sebanyak 14 di antaranya menyangkut netralitas ASN.',
    want: [{ value: 31, parent: null, scope: 'all' }, { value: 14, parent: 31, reporter: 'Bawaslu', scope: 'neutrality' }],
  },
  {
    name: 'a bare "N di antaranya" a paragraph and a quotation after its whole takes the whole\'s unit',
    text:
      'Panwaslih Kabupaten Aceh Besar memproses 11 kasus dugaan pelanggaran netralitas ASN dalam Pilkada Aceh 2024.\n\n' +
      'Ketua Panwaslih Aceh Besar, Nurdin, mengatakan kasus-kasus itu berawal dari unggahan di media sosial. "Kami sudah memanggil para terlapor," katanya.\n\n' +
      'Tujuh di antaranya sudah diteruskan ke instansi terkait, sedangkan empat lainnya dihentikan.',
    want: [
      { value: 11, reporter: 'Panwaslih' },
      { value: 7, parent: 11, unit: 'kasus', reporter: 'Panwaslih' },
      { value: 4, parent: 11, unit: 'kasus' },
    ],
  },
  {
    name: 'negative: a whole of another group nearer bars the way back to an older whole',
    text:
      'Bawaslu menerima lebih dari 100 laporan dugaan pelanggaran selama Pilkada 2024. Dari laporan itu, belasan ASN diduga tidak netral. ' +
      'Ketua Bawaslu mengatakan dua kasus di antaranya sudah diteruskan ke BKN.',
    want: [{ value: 100 }, { value: 10 }, { value: 2, parent: null }],
  },
  {
    name: 'a part is smaller than its whole: "di antaranya" passes over a smaller figure of a compared election',
    text:
      'Bawaslu Kota Bima mencatat dugaan pelanggaran netralitas ASN pada Pilwalkot Bima 2024 mencapai 22 kasus. Angka ini jauh lebih tinggi dibanding Pilwalkot 2018 yang hanya sembilan kasus.\n\n' +
      'Ketua Bawaslu Kota Bima mengatakan sebagian besar pelanggaran berupa unggahan di media sosial. Sebanyak 14 kasus di antaranya sudah direkomendasikan ke BKN.',
    want: [{ value: 22, year: 2024 }, { value: 9, year: 2018 }, { value: 14, parent: 22, year: 2024 }],
  },
  {
    name: 'negative: "di antaranya" after a list of places is no count',
    text: 'Bawaslu menemukan pelanggaran netralitas ASN pada Pilkada 2024 di sejumlah kecamatan, di antaranya Kecamatan Kota dan Kecamatan Barat.',
    want: [],
  },
  // the rest of a split in a later sentence
  {
    name: '"Adapun lima sisanya" after a split in the sentence before: the split\'s whole is its parent',
    text:
      'Pelanggaran netralitas ASN yang ditangani Bawaslu Kota Bengkulu selama Pilwalkot 2024 berjumlah 16. Sebelas di antaranya sudah direkomendasikan ke KASN. ' +
      'Adapun lima sisanya dihentikan karena tidak memenuhi unsur.',
    want: [{ value: 16 }, { value: 11, parent: 16 }, { value: 5, parent: 16, unit: 'pelanggaran' }],
  },
  {
    name: '"N laporan lainnya" after a split hanging on a restatement of the whole',
    text:
      'Bawaslu Kota Palu menerima sembilan laporan dari warga selama Pilwalkot Palu 2024. Lima dari sembilan laporan itu terkait netralitas ASN. ' +
      'Tiga laporan lainnya menyangkut dugaan politik uang.',
    want: [{ value: 9, scope: 'all' }, { value: 5, parent: 9 }, { value: 3, parent: 9, scope: 'all' }],
  },
  {
    name: 'negative: a bare rest that would make the parts exceed the whole is no count',
    text:
      'Bawaslu Kota Bengkulu menangani 16 pelanggaran netralitas ASN selama Pilwalkot 2024. Sebelas di antaranya sudah direkomendasikan ke KASN. ' +
      'Adapun delapan sisanya masih dikaji.',
    want: [{ value: 16 }, { value: 11, parent: 16 }],
  },
  {
    name: 'negative: a bare "N lainnya" with no split before is no count',
    text: 'Bawaslu Kota Bengkulu menangani 16 pelanggaran netralitas ASN selama Pilwalkot 2024. Dua lainnya masih menunggu jadwal sidang.',
    want: [{ value: 16 }],
  },
  // reporters of restatements and of changes
  {
    name: 'a figure restated with a demonstrative takes the body that first counted it, not a body named in passing between',
    text:
      'Bawaslu Kabupaten Banyumas mencatat 31 laporan dugaan pelanggaran selama Pilkada 2024. Laporan itu datang dari masyarakat maupun hasil pengawasan jajaran panwascam. ' +
      'Sebanyak 14 di antaranya menyangkut netralitas ASN. Dari 14 laporan netralitas itu, sembilan sudah diteruskan ke KASN.',
    want: [{ value: 31, reporter: 'Bawaslu' }, { value: 14, reporter: 'Bawaslu' }, { value: 9, parent: 14, reporter: 'Bawaslu' }],
  },
  {
    name: 'the first figure of a change is counted by the body that counted the second',
    text:
      'Jumlah laporan pelanggaran netralitas di Kabupaten Bone naik dari tujuh laporan pada Pilkada 2018 menjadi 19 laporan pada Pilkada 2024. ' +
      'Tahun ini, 12 dari 19 laporan itu melibatkan kepala desa, kata Ketua Bawaslu Bone.',
    want: [
      { value: 7, reporter: 'Bawaslu', year: 2018 },
      { value: 19, reporter: 'Bawaslu', year: 2024 },
      { value: 12, parent: 19, reporter: 'Bawaslu' },
    ],
  },
  // scope of a whole
  {
    name: 'a whole split by the people involved stays of the kind of the figure of its unit just before',
    text:
      'Bawaslu Kabupaten Ketapang memperkirakan laporan dugaan pelanggaran netralitas bisa bertambah hingga 20 laporan menjelang Pilkada 2024. ' +
      'Saat ini tercatat belasan laporan yang masih dikaji, dan sedikitnya enam di antaranya melibatkan kepala desa.',
    want: [{ value: 20, qualifier: 'forecast' }, { value: 10, scope: 'neutrality' }, { value: 6, parent: 10, qualifier: 'at_least' }],
  },
  {
    name: 'negative: a whole split by a part naming neutrality as a kind covers all violations',
    text: 'Bawaslu Kabupaten Banyumas mencatat 31 laporan dugaan pelanggaran selama Pilkada 2024, 14 di antaranya menyangkut netralitas ASN.',
    want: [{ value: 31, scope: 'all' }, { value: 14, parent: 31, scope: 'neutrality' }],
  },
  // people as the object of a passive with a pronoun agent
  {
    name: 'people "yang sudah kami periksa" in a quotation are offenders counted, with the article\'s election',
    text: 'Bawaslu Kabupaten Kudus mencatat 12 kasus netralitas ASN pada Pilkada 2024.\n\n"Ada tujuh kepala desa yang sudah kami periksa," kata Ketua Bawaslu Kudus.',
    want: [{ value: 12 }, { value: 7, unit: 'kepala desa', election: 'Pilkada', year: 2024, reporter: 'Bawaslu' }],
  },
  {
    name: 'negative: people "yang kami beri sosialisasi" are an audience',
    text: 'Bawaslu Kabupaten Kudus mencatat 12 kasus netralitas ASN pada Pilkada 2024.\n\n"Ada 1.200 ASN yang sudah kami beri sosialisasi," kata Ketua Bawaslu Kudus.',
    want: [{ value: 12 }],
  },
  // elections of compared figures
  {
    name: 'a bare "dari" naming where reports came from is no comparison: the election after it is the count\'s',
    text:
      'Pada Pemilu 2019 Bawaslu Palu menangani 4 kasus netralitas ASN. Tahun ini, Bawaslu Kota Palu menerima sembilan laporan dugaan pelanggaran netralitas dari warga selama Pilwalkot Palu 2024.',
    want: [{ value: 4, election: 'Pemilu', year: 2019 }, { value: 9, election: 'Pilwalkot', year: 2024 }],
  },
  {
    name: 'a figure compared with an earlier election another figure owns is of the later election of that name',
    text:
      'Bawaslu Jambi mencatat 27 kasus pelanggaran netralitas ASN, naik dari 15 kasus pada Pilgub 2020. Seluruh kasus itu terjadi selama tahapan Pilgub 2024.',
    want: [{ value: 27, election: 'Pilgub', year: 2024 }, { value: 15, election: 'Pilgub', year: 2020 }],
  },
  {
    name: 'negative: "lebih banyak dari" an election is still a comparison',
    text: 'Bawaslu Sleman menangani 14 kasus netralitas ASN selama Pilkada 2024. Tahun ini Bawaslu mencatat 14 kasus, lebih banyak dari Pilkada 2020.',
    want: [{ value: 14, election: 'Pilkada', year: 2024 }],
  },
  {
    name: '"tahun ini" after an earlier election dates the figure to the latest election of that name (one claim with the lead)',
    text: 'Bawaslu Kabupaten Bone mencatat 25 kasus netralitas ASN pada Pilkada 2024. Pada Pilkada 2020, tercatat 12 kasus, sedangkan tahun ini 25 kasus.',
    want: [{ value: 25, year: 2024 }, { value: 12, year: 2020 }],
  },
  {
    name: 'an election a figure is compared with is not the article\'s election',
    text: 'Bawaslu Bone mencatat 25 kasus netralitas ASN. Jumlah itu lebih tinggi daripada Pilkada 2020 yang mencatat 12 kasus. Pilkada 2024 digelar serentak.',
    want: [{ value: 25, election: 'Pilkada', year: 2024 }, { value: 12, year: 2020 }],
  },
  {
    name: 'negative: a figure compared with the only election named is of no election',
    text: 'Bawaslu Bone mencatat 25 kasus netralitas ASN, lebih tinggi daripada Pilkada 2020.',
    want: [{ value: 25, election: null, year: null }],
  },
];

describe('counts: parts pointing back to a whole stated before', () => {
  it.each(cases)('$name', ({ text, want }) => {
    expectClaims(text, want);
  });
});
