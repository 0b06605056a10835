// Counts attached at the clause level (issue 22 "Counts", the shapes of fixtures/violations/dev/tune9): a cue's
// number and the subject of its sentence, people a report is about, active forms of the person-action cues,
// breakdowns naming the region after the number, and a figure of people restated as one of cases. Each case runs
// the whole pipeline and checks the claims a user sees; each rule has negative cases beside it.
import { describe, it } from 'vitest';
import { type ClaimWant, expectClaims } from './violations-dev.js';

const cases: { name: string; text: string; want: ClaimWant[] }[] = [
  // the subject of the sentence, far from its cue
  {
    name: 'subject after a leading adverbial, a year between it and the cue',
    text: 'Menjelang Pilkada 2024, kasus netralitas ASN yang ditangani Inspektorat Kabupaten Kendal berjumlah 16.',
    want: [{ value: 16, unit: 'kasus', reporter: 'Inspektorat' }],
  },
  {
    name: 'a long subject with an election and a month inside it',
    text: 'Dugaan pelanggaran netralitas ASN yang ditangani Bawaslu Sumatera Utara sepanjang tahapan Pilkada 2024 hingga akhir Oktober mencapai 45.',
    want: [{ value: 45, unit: 'pelanggaran', reporter: 'Bawaslu' }],
  },
  {
    name: 'a verb of reaching after a parenthetical',
    text: 'Angka dugaan pelanggaran netralitas ASN di Kota Surabaya pada Pilwalkot Surabaya 2024, menurut catatan Bawaslu setempat, sudah menyentuh 24.',
    want: [{ value: 24, qualifier: 'exact' }],
  },
  {
    name: 'negative: a subject that names no case (TPS supervisors) is no count',
    text: 'Pengawas TPS yang disiagakan Bawaslu Kabupaten Bogor untuk Pilkada 2024 mencapai 4.500.',
    want: [],
  },
  {
    name: 'negative: a subject of people (all the staff) is left to the clause look-back',
    text: 'ASN di Kabupaten Sleman yang wajib menjaga netralitas pada Pilkada 2024 berjumlah 9.800.',
    want: [],
  },
  {
    name: 'negative: another figure between the subject and the cue blocks it',
    text: 'Laporan warga ke Bawaslu Kabupaten Bogor dari 12 kecamatan soal netralitas ASN pada Pilkada 2024 mencapai puncaknya.',
    want: [],
  },
  // headlines
  {
    name: 'a headline root of a forecast ("Bisa Capai 60") restated by the body is one forecast',
    text: 'Kasus Netralitas ASN di Riau Bisa Capai 60\n\nBawaslu Provinsi Riau memperkirakan dugaan pelanggaran netralitas ASN pada Pilkada 2024 bisa mencapai 60 kasus.',
    want: [{ value: 60, qualifier: 'forecast' }],
  },
  // people
  {
    name: 'the active form of a passive action cue ("memproses" for "diproses")',
    text: 'Selain itu, Bawaslu Sulawesi Selatan juga memproses 14 kepala desa di Kabupaten Gowa pada Pilgub 2024.',
    want: [{ value: 14, unit: 'kepala desa', reporter: 'Bawaslu' }],
  },
  {
    name: 'people a report is about ("laporan terhadap 7 pejabat") beside the count of reports',
    text: 'Ombudsman NTB menerima 3 laporan terhadap 7 pejabat Pemprov NTB terkait netralitas pada Pilgub 2024.',
    want: [
      { value: 3, unit: 'laporan', reporter: 'Ombudsman' },
      { value: 7, unit: 'pejabat', reporter: 'Ombudsman' },
    ],
  },
  {
    name: 'people a report targets, in the next sentence',
    text: 'KASN mencatat 20 laporan pada Pilkada 2024. Laporan itu menyasar 9 camat dan 14 lurah.',
    want: [{ value: 20 }, { value: 9, unit: 'camat' }, { value: 14, unit: 'lurah' }],
  },
  {
    name: 'negative: an outreach "terhadap 500 ASN" is no report',
    text: 'Bawaslu Jambi menggelar sosialisasi netralitas terhadap 500 ASN pada Pilkada 2024.',
    want: [],
  },
  {
    name: 'negative: an active verb of outreach ("mengundang") is no action cue',
    text: 'Bawaslu Jambi mengundang 300 ASN dalam apel netralitas pada Pilkada 2024.',
    want: [],
  },
  // breakdowns with the region after the number
  {
    name: 'region after the number, only the first item with its unit',
    text: 'Bawaslu Jawa Barat mencatat 25 dugaan pelanggaran netralitas ASN selama Pilgub Jabar 2024: 12 kasus di Kabupaten Bekasi, 8 di Kota Bekasi, dan 5 di Kabupaten Karawang.',
    want: [
      { value: 25, region: null },
      { value: 12, region: 'Kabupaten Bekasi' },
      { value: 8, region: 'Kota Bekasi' },
      { value: 5, region: 'Kabupaten Karawang' },
    ],
  },
  {
    name: 'region after the number, modifiers before the first "di"',
    text: 'Bawaslu Jabar mencatat ada tiga kasus netralitas ASN di Kota Bekasi dan dua di Kabupaten Bekasi pada Pilkada 2024.',
    want: [
      { value: 3, region: 'Kota Bekasi' },
      { value: 2, region: 'Kabupaten Bekasi' },
    ],
  },
  {
    name: 'negative: one count with its place is no breakdown',
    text: 'Bawaslu mencatat 12 kasus netralitas ASN di Kabupaten Bekasi pada Pilkada 2024.',
    want: [{ value: 12, region: null }],
  },
  {
    name: 'negative: "N di antaranya" after a placed count is a part, not an item',
    text: 'Bawaslu Jabar mencatat 12 kasus netralitas ASN di Kota Bekasi, 5 di antaranya camat, pada Pilkada 2024.',
    want: [
      { value: 12, region: null },
      { value: 5, parent: 12, region: null },
    ],
  },
  // restatements across unit groups
  {
    name: 'a figure of people restated in a later sentence as a figure of cases is one claim',
    text: 'Bawaslu Kabupaten Lampung Tengah menemukan sembilan ASN yang diduga tidak netral pada Pilkada 2024. "Ada 9 pelanggaran yang kami tangani," kata Ketua Bawaslu.',
    want: [{ value: 9, unit: 'ASN' }],
  },
  {
    name: 'negative: reports and the people they name in one sentence stay two',
    text: 'Bawaslu Kota Medan menerima 3 laporan terhadap 3 ASN pada Pilkada 2024.',
    want: [
      { value: 3, unit: 'laporan' },
      { value: 3, unit: 'ASN' },
    ],
  },
  {
    name: 'negative: the same figure counted by two bodies stays two',
    text: 'KASN mencatat 9 ASN dilaporkan melanggar netralitas pada Pilkada 2024. Sementara itu, Bawaslu Kota Medan menangani 9 kasus netralitas ASN pada Pilkada 2024.',
    want: [
      { value: 9, unit: 'ASN', reporter: 'KASN' },
      { value: 9, unit: 'kasus', reporter: 'Bawaslu' },
    ],
  },
  // scope
  {
    name: '"secara keseluruhan" names all violations',
    text: 'Pelanggaran netralitas ASN pada Pilwalkot Surabaya 2024 menurut Bawaslu berjumlah 24. Sementara laporan pelanggaran secara keseluruhan berjumlah 70.',
    want: [
      { value: 24, scope: 'neutrality' },
      { value: 70, scope: 'all' },
    ],
  },
];

describe('counts: subjects, targets, regions after the number, restatements', () => {
  it.each(cases)('$name', ({ text, want }) => {
    expectClaims(text, want);
  });
});
