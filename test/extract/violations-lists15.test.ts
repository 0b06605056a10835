// Paradigms of the list structures round 14's fresh sets (check16, check17) missed, read as structures (round 15):
//   L. a list of regions in one sentence, figures with or without brackets ("Sulawesi Tenggara 41 ASN, Maluku Utara 29,
//      … dan Gorontalo 12"; "Jawa Tengah (212), Sulawesi Selatan (187), …"), a partial list ("terbanyak") under a
//      national total it does not add up to, with a stage of that total between (the items take the total). Crossed:
//      the provinces of the gazetteer, the joiner (comma, semicolon, "dan", "serta"), the unit's place (first item,
//      inside the brackets, the lead's noun named in the total's sentence), every superlative of PARTIAL_LIST_WORDS;
//   T. a table flattened to lines under a header row ("Jenis Pelanggaran | Jumlah"), labels that name no region and
//      no violation (a kind written as a clause, a status), a total row or none (then the figure the lead gave, when
//      the rows add up to it); every label head of TABLE_LABEL_HEADS, quantity heads of TABLE_QUANTITY_HEADS, bars or
//      tabs; two tables one under the other;
//   S. sanctions by kind: lines that lost their bullets ("hukuman disiplin berat: 2 orang (pembebasan dari jabatan);"),
//      every kind of SANCTION_KINDS, and a run of one sentence ("delapan ASN dijatuhi …, lima ASN mendapat … selama 12
//      bulan, serta satu ASN …") under the figure they add up to;
//   Q. a Q&A's bare answers under an answered quantity question: "<people>, <figure in words>.", "Yang ASN <n> orang",
//      an earlier election's "cuma <n>" (every word of QA_ONLY_WORDS), "<N> sudah kami teruskan …", for every pair of
//      turn markers ("RRI:/Name:", "T:/J:", "Tanya:/Jawab:").
// Negative rows: lists of money, percentages, vote counts, TPS numbers, dates, phone numbers, ages, rankings and a
// list of regions with no figure; tables of polling stations, money and shares; sanction lines adding up to nothing;
// interview figures that are places, durations or phone numbers.
// Before (d687d47): the negative rows passed and none of the positive ones; after: all.
import { describe, expect, it } from 'vitest';
import { provinces } from '../../src/lexicon/gazetteer.js';
import { PARTIAL_LIST_WORDS, QA_ONLY_WORDS, SANCTION_KINDS, TABLE_LABEL_HEADS, TABLE_QUANTITY_HEADS } from '../../src/lexicon/count-lists.js';
import { type ParadigmRow, valuesWithParents } from './violations-dev.js';

const rows: ParadigmRow[] = [];
const got = valuesWithParents;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const PROVINCES = provinces()
  .map((p) => p.name)
  .filter((n) => !/^(?:DKI|Daerah|Papua$|Maluku$|Bali$|Riau$|Banten$|Aceh$)/u.test(n));

// L. lists of regions in a sentence
const JOINERS: [string, string][] = [[', ', ' dan '], ['; ', '; dan '], [', ', ', serta '], [', ', ' dan ']];
const FIGS = [41, 29, 24, 17];
let k = 0;
for (const word of PARTIAL_LIST_WORDS) {
  for (const place of ['first', 'brackets', 'noun'] as const) {
    const regs = [0, 1, 2, 3].map((i) => PROVINCES[(k * 3 + i * 7) % PROVINCES.length]!);
    const [sep, last] = JOINERS[k % JOINERS.length]!;
    k++;
    const item = (i: number) => (place === 'brackets' ? `${regs[i]} (${FIGS[i]})` : `${regs[i]} ${FIGS[i]}${place === 'first' && i === 0 ? ' ASN' : ''}`);
    const list = `${item(0)}${sep}${item(1)}${sep}${item(2)}${last}${item(3)}`;
    const lead = place === 'noun' ? `Rekomendasi ${word} datang dari` : `Provinsi dengan laporan ${word} yakni`;
    const total = place === 'noun' ? 'BKN telah menerima rekomendasi dari Bawaslu atas 417 ASN' : 'KASN mencatat 417 ASN dilaporkan melanggar netralitas';
    rows.push({
      name: `L: ${word} × ${place} × "${sep.trim() || ' '}${last.trim()}"`,
      text: `${total} selama tahapan Pemilu 2024.\n\nDari jumlah tersebut, 309 ASN terbukti melanggar dan dijatuhi sanksi.\n\n${lead} ${list}.`,
      want: [[417, null], [309, 417], ...FIGS.map((f) => [f, 417] as [number, number])],
    });
  }
}
const L_NEG = 'Bawaslu mencatat 417 ASN dilaporkan melanggar netralitas selama tahapan Pemilu 2024.\n\n';
for (const [name, s, not] of [
  ['money', 'Anggaran pengawasan terbanyak yakni Jawa Barat Rp 12 miliar, Jawa Timur Rp 9 miliar dan Sumatera Utara Rp 7 miliar.', [12, 9, 7]],
  ['percentages', 'Partisipasi pemilih tertinggi yakni Jawa Tengah 82 persen, Jawa Timur 80 persen dan Sulawesi Selatan 79 persen.', [82, 80, 79]],
  ['votes', 'Perolehan suara terbanyak yakni Jawa Barat 120, Jawa Timur 98 dan Sumatera Utara 87.', [120, 98, 87]],
  ['TPS', 'Jumlah TPS terbanyak yaitu Jawa Barat 140, Jawa Timur 120 dan Jawa Tengah 110.', [140, 120, 110]],
  ['dates', 'Sosialisasi terbanyak digelar di Jawa Barat 12 Januari, Jawa Timur 14 Januari dan Jawa Tengah 16 Januari.', [12, 14, 16]],
  ['phones', 'Posko pengaduan terbanyak yakni Jawa Barat 0812 4455 7021 dan Jawa Timur 0813 2233 4455.', [812, 4455, 7021, 813]],
  ['ages', 'Pegawai tertua ada di Jawa Barat 58 tahun, Jawa Timur 57 tahun dan Jawa Tengah 56 tahun.', [58, 57, 56]],
  ['rankings', 'Indeks kerawanan tertinggi yakni Jawa Barat peringkat 1, Jawa Timur peringkat 2 dan Jawa Tengah peringkat 3.', [1, 2, 3]],
  ['no figure', 'Laporan terbanyak datang dari Jawa Barat, Jawa Timur dan Jawa Tengah.', []],
] as const) {
  rows.push({ name: `L neg: a list of ${name}`, text: `${L_NEG}${s}`, want: [[417, null]], not: [...not] });
}

// T. tables under a header row
const KINDS = ['Memberikan dukungan melalui media sosial', 'Menghadiri kegiatan kampanye', 'Memakai atribut pasangan calon', 'Membuat keputusan yang menguntungkan pasangan calon'];
const KIND_FIGS = [7, 4, 2, 1];
k = 0;
for (const head of TABLE_LABEL_HEADS.filter((h) => !h.includes('/'))) {
  const qh = TABLE_QUANTITY_HEADS[k % TABLE_QUANTITY_HEADS.length]!;
  const bar = k % 3 === 2 ? '\t' : ' | ';
  const totalRow = k % 2 === 0;
  k++;
  const table = [`${cap(head)} Pelanggaran${bar}${cap(qh)}`, ...KINDS.map((l, i) => `${l}${bar}${KIND_FIGS[i]}`), ...(totalRow ? [`Jumlah${bar}14`] : [])];
  rows.push({
    name: `T: ${head} | ${qh} × ${bar === '\t' ? 'tab' : 'bar'} × ${totalRow ? 'total row' : 'no total row'}`,
    text: `Bawaslu Kabupaten Lima Puluh Kota merilis rekapitulasi penanganan dugaan pelanggaran netralitas ASN selama tahapan Pilkada 2024. Total terdapat 14 dugaan pelanggaran yang ditangani.\n\n${table.join('\n')}\n\nStatus Penanganan${bar}Jumlah\nDiteruskan ke BKN${bar}11\nDihentikan${bar}3\n\nBawaslu mengimbau ASN menjaga netralitas.`,
    want: [[14, null], ...KIND_FIGS.map((f) => [f, 14] as [number, number]), [11, 14], [3, 14]],
  });
}
const T_LEAD = 'Bawaslu Kabupaten Lima Puluh Kota merilis rekapitulasi penanganan dugaan pelanggaran netralitas ASN selama tahapan Pilkada 2024.\n\n';
for (const [name, table, not] of [
  ['polling stations', 'Kecamatan | Jumlah TPS\nKecamatan Harau | 120\nKecamatan Guguak | 98', [120, 98]],
  ['money', 'Jenis Kegiatan | Anggaran\nSosialisasi pengawasan partisipatif | 12000000\nRapat koordinasi dengan pengawas nagari | 8000000', [12000000, 8000000]],
  ['shares', 'Status Penanganan | Jumlah\nDiteruskan ke BKN | 75%\nDihentikan | 25%', [75, 25]],
  ['a page foot', 'Laporan Hasil Pengawasan Pilkada Lima Puluh Kota 2024 | 12', [12]],
] as const) {
  rows.push({ name: `T neg: a table of ${name}`, text: `${T_LEAD}${table}\n\nBawaslu mengimbau ASN menjaga netralitas.`, want: [], not: [...not] });
}

// S. sanctions by kind
const NOTES = [' (pembebasan dari jabatan)', '', ' (teguran tertulis)'];
const ENDS = [';', '.', ''];
k = 0;
for (const kind of SANCTION_KINDS) {
  const unit = ['orang', 'ASN', ''][k % 3]!;
  const note = NOTES[k % NOTES.length]!;
  const end = ENDS[k % ENDS.length]!;
  k++;
  const line = (level: string, n: number) => `${kind} ${level}: ${n}${unit === '' ? '' : ` ${unit}`}${note}${end}`;
  rows.push({
    name: `S: "${kind} berat: 2 ${unit}${note}${end}" lines`,
    text: `BKN telah memutuskan 12 ASN terbukti melanggar netralitas pada Pilkada 2024. Keputusan tersebut diterima pemerintah daerah pada awal Maret 2025.\n\nAdapun rincian hukuman disiplin yang dijatuhkan sebagai berikut:\n\n${line('berat', 2)}\n\n${line('sedang', 3)}\n\n${line('ringan', 7)}\n\nSemua keputusan sudah diserahkan.`,
    want: [[12, null], [2, 12], [3, 12], [7, 12]],
  });
}
for (const [a, b, c] of [['dijatuhi hukuman disiplin ringan berupa teguran tertulis', 'mendapat penundaan kenaikan pangkat selama 12 bulan', 'diberhentikan dengan hormat'], ['menerima teguran lisan', 'dijatuhi pemotongan tunjangan kinerja 25 persen', 'dibebaskan dari jabatan']]) {
  rows.push({
    name: `S: a run of one sentence, "${a}" …`,
    text: `Pemerintah Kabupaten Paser menjatuhkan hukuman disiplin kepada 14 aparatur sipil negara yang terbukti melanggar netralitas pada Pilkada Paser 2024.\n\nRinciannya, delapan ASN ${a}, lima ASN ${b}, serta satu ASN ${c}.`,
    want: [[14, null], [8, 14], [5, 14], [1, 14]],
  });
}
rows.push({
  name: 'S neg: a run adding up to no figure before it keeps no parent',
  text: 'Pemerintah Kabupaten Paser menjatuhkan hukuman disiplin kepada 20 aparatur sipil negara yang terbukti melanggar netralitas pada Pilkada Paser 2024.\n\nSebelumnya, delapan ASN dijatuhi teguran tertulis, lima ASN mendapat penundaan kenaikan pangkat, serta satu ASN diberhentikan.',
  want: [[20, null], [8, null]],
});

// Q. bare answers in a Q&A
const MARKERS: [string, string][] = [['RRI: ', 'Yohanis: '], ['T: ', 'J: '], ['Tanya: ', 'Jawab: ']];
k = 0;
for (const only of QA_ONLY_WORDS) {
  const [q, a] = MARKERS[k % MARKERS.length]!;
  k++;
  rows.push({
    name: `Q: ${q.trim()}/${a.trim()} × "cuma" = "${only}"`,
    text: [
      'Menjelang hari pemungutan suara Pemilu 2024, RRI Fakfak berbincang dengan Ketua Bawaslu Kabupaten Fakfak soal pengawasan netralitas aparatur. Berikut petikannya.',
      `${q}Berapa banyak dugaan pelanggaran netralitas yang sudah ditangani?`,
      `${a}Sampai sekarang sudah ada sebelas yang kami tangani.`,
      `${q}Siapa yang paling banyak terlibat?`,
      `${a}Kepala kampung, enam. Yang ASN lima orang, kebanyakan guru dan pegawai distrik.`,
      `${q}Sudah sampai mana penanganannya?`,
      `${a}Tiga sudah kami teruskan ke KASN minggu lalu. Dua hari lalu kami panggil yang lain.`,
      `${q}Apakah ini lebih banyak dari pemilu sebelumnya?`,
      `${a}Jauh lebih banyak. Pemilu 2019 dulu ${only} dua.`,
      `${q}Bagaimana masyarakat bisa melapor?`,
      `${a}Bisa datang ke kantor Bawaslu atau hubungi 0812 4455 7021. Pengawas kami ada di 17 distrik.`,
    ].join('\n\n'),
    want: [[11, null], [6, 11], [5, 11], [3, 11], [2, null]],
    not: [812, 4455, 7021, 17],
  });
}
rows.push({
  name: 'Q neg: an interview about something else keeps its bare figures',
  text: [
    'RRI Fakfak berbincang dengan Kepala Dinas Pendidikan Fakfak soal ujian sekolah. Berikut petikannya.',
    'RRI: Berapa sekolah yang sudah siap?',
    'Kepala Dinas: Sudah ada sebelas sekolah.',
    'RRI: Siapa yang paling banyak terlibat?',
    'Kepala Dinas: Guru, enam. Tiga sudah kami latih minggu lalu.',
  ].join('\n\n'),
  want: [],
  not: [11, 6, 3],
});

describe('lists, tables and Q&A turns fresh text had (round 15)', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const counts = got(r.text);
    for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
    for (const v of r.not ?? []) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
  });
});
