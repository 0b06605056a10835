// Paradigms of the structures round 12's fresh sets (check12, check13) missed, read as structures (round 13):
//   Q. an interview laid out as questions and answers (qa-answers.ts): the answer's cue and unit stand in the
//      question. Crossed: the question's label (none, "T:", "Tanya:", an outlet's name), the answer's label (none, "J:",
//      "Jawab:", the interviewee's name), every quantity question word of QUANTITY_QUESTION_WORDS, case units of the
//      lexicon, digits or words, the question and answer on one line, every word of INTERVIEW_CUES saying it is an
//      interview; the parts after the answer ("Sepuluh itu temuan …, dua dari laporan …"), people after "Siapa …?"
//      (a unit before its figure: "Lalu guru tiga."), an earlier election's figure ("Pemilu 2019 itu cuma satu kasus"),
//      a figure "baru N" closing its clause;
//   T. a table flattened to lines: a row-number cell, cell bars, tabs or a markdown frame, a total row that is the
//      rows' whole (the figure the text gave before it, or a count of its own);
//   B. figures in brackets after regions ranked under a total given sentences before ("provinsi dengan dugaan
//      pelanggaran terbanyak adalah Jawa Timur (96), …"), every ranking word of LIST_WHOLE_LINKS;
//   P. a "dari" clause pointing back at a whole with a relative clause ("Dari 12 yang terbukti, tujuh dijatuhi …,
//      empat hukuman sedang …, dan satu orang …"), items with a bracketed abbreviation ("lima melibatkan aparatur
//      sipil negara (ASN) dan dua lainnya …").
//   C. an earlier record compared with a figure ("jumlah tersebut sudah melampaui catatan pada Pilbup Karimun 2020, yang
//      saat itu hanya empat kasus"), every word of EXCEED_WORDS and some of COMPARISON_WORDS;
//   E. people attending the campaign's own meeting forms (OFFENCE_EVENTS: "pertemuan terbatas", "tatap muka" …);
//   W. a workforce of a thousand or more ("bagi 9.412 ASN di lingkungan Pemkab …", WORKFORCE_AFTER) is no count.
// Negative rows: money, percentages, dates, ages, vote counts, TPS numbers, "Pasal 2", NIP digits, phone numbers,
// question numbers, rankings in an answer; an interview about something else; one rhetorical question in a news
// story; a table of polling stations; rows adding up to more than the total row; brackets with no total before them
// or with shares inside; pointed items over their whole.
//   R. the rest of a split after a long first item ("delapan ASN dijatuhi … 25 persen selama 6 bulan, dan lima lainnya …");
//   A. people attending an offence event after "yang ikut" ("tiga kepala sekolah yang ikut menghadiri kampanye").
// Before (db14538), of the 102 rows of Q-W: 26 passed (the 18 negative rows of Q, T, B and P, the five older events of
// E, its negative, a workforce phrase and the small "di lingkungan" figure); after: all, and the R and A rows.
import { describe, expect, it } from 'vitest';
import { CASE_UNITS, COMPARISON_WORDS, EXCEED_WORDS, LIST_WHOLE_LINKS, OFFENCE_EVENTS, QUANTITY_QUESTION_WORDS, SIBLING_REST_WORDS, WORKFORCE_AFTER } from '../../src/lexicon/violations.js';
import { INTERVIEW_CUES } from '../../src/lexicon/attribution.js';
import { type ParadigmRow, valuesWithParents } from './violations-dev.js';

type Row = ParadigmRow;
const rows: Row[] = [];
const got = valuesWithParents;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Q. interviews
const INTRO = (cue: string) => `Pemilu 2024 telah usai, tetapi penanganan pelanggaran netralitas ASN di Natuna masih menyisakan pekerjaan rumah. Berikut ${cue} dengan Ketua Bawaslu Kabupaten Natuna, Siti Nurhaliza, di kantornya.`;
const Q_LABELS = ['', 'T: ', 'Tanya: ', 'NatunaNews: '];
const A_LABELS = ['', 'J: ', 'Jawab: ', 'Siti Nurhaliza: '];
const CASE_WORDS = ['pelanggaran', 'laporan', 'kasus', 'temuan', 'perkara'].filter((w) => w in CASE_UNITS);
const TWELVE = ['12', 'dua belas'];
let k = 0;
for (const qw of QUANTITY_QUESTION_WORDS) {
  for (const unit of CASE_WORDS) {
    const ql = Q_LABELS[k % Q_LABELS.length]!;
    const al = A_LABELS[k % A_LABELS.length]!;
    const twelve = TWELVE[k % TWELVE.length]!;
    const cue = INTERVIEW_CUES[k % INTERVIEW_CUES.length]!;
    rows.push({
      name: `Q: ${ql}${qw} ${unit} × ${al || 'no label'} × ${twelve}`,
      text: [
        INTRO(cue),
        `${ql}${cap(qw)} ${unit} netralitas ASN yang ditangani selama Pemilu 2024?`,
        `${al}Total ada ${twelve}. Sepuluh itu temuan kami sendiri, dua dari laporan masyarakat.`,
        `${ql}Siapa saja yang terlibat?`,
        `${al}Paling banyak camat dan staf kecamatan, lima orang. Lalu guru tiga. Sisanya pegawai dinas.`,
        `${ql}Apakah lebih banyak dibanding pemilu sebelumnya?`,
        `${al}Jauh. Pemilu 2019 itu cuma satu kasus.`,
        `${ql}Sudah ada yang disanksi?`,
        `${al}Yang sudah ada putusan KASN baru enam. Itu pun sanksi moral.`,
        `${ql}Apa tantangan terbesar pengawasan di Natuna?`,
        `${al}Wilayah kami 17 kecamatan, banyak di pulau.`,
      ].join('\n\n'),
      want: [[12, null], [10, 12], [2, 12], [5, 12], [3, 12], [1, null], [6, 12]],
      not: [17, 2019],
    });
    k++;
  }
}
// one line per turn
rows.push({
  name: 'Q: question and answer on one line',
  text: `${INTRO('petikan wawancara')}\n\nT: Berapa laporan netralitas ASN yang masuk? J: Total ada 12. Tujuh sudah kami teruskan ke KASN, lima dihentikan.\n\nT: Siapa saja terlapornya? J: Kebanyakan guru, ada tujuh orang yang terbukti melanggar.`,
  want: [[12, null], [7, 12], [5, 12]],
});
// negatives: what the first figure of an answer to a quantity question may be that is no count
const NOT_COUNTS: [string, number][] = [
  ['Sekitar 60 persen sudah ditindaklanjuti.', 60],
  ['Anggarannya Rp 5 juta untuk itu.', 5],
  ['Sejak 22/3/2024 kami hitung ulang.', 22],
  ['Pelapornya berusia 45 tahun.', 45],
  ['Di TPS 14 paling banyak.', 14],
  ['Itu diatur Pasal 2 undang-undangnya.', 2],
  ['Silakan hubungi 0812-3456-7890.', 812],
  ['Calon itu meraih 1.250 suara.', 1250],
  ['Kabupaten kami di urutan 3 se-provinsi.', 3],
  ['NIP 198703122010011002 itu milik camat.', 198703122010011002],
];
for (const [answer, v] of NOT_COUNTS) {
  rows.push({
    name: `Q neg: ${answer}`,
    text: `${INTRO('wawancara')}\n\nBerapa pelanggaran netralitas ASN yang ditangani?\n\n${answer}\n\nSiapa saja yang terlibat?\n\nBelum bisa kami sebut.`,
    want: [],
    not: [v],
  });
}
rows.push({
  name: 'Q neg: question numbers are no answer',
  text: `${INTRO('wawancara')}\n\n1. Berapa pelanggaran netralitas ASN yang ditangani?\n\nBelum kami rekap.\n\n2. Siapa saja yang terlibat?\n\nBelum bisa kami sebut.`,
  want: [],
  not: [1, 2],
});
rows.push({
  name: 'Q neg: an interview about something else',
  text: 'Berikut petikan wawancara dengan Kepala Dinas Perikanan Natuna.\n\nBerapa kapal yang beroperasi?\n\nTotal ada 12. Sepuluh milik nelayan lokal.\n\nApa kendalanya?\n\nCuaca, kadang tiga hari tidak melaut.',
  want: [],
  not: [12, 10, 3],
});
rows.push({
  name: 'Q neg: one rhetorical question in a news story',
  text: 'Bawaslu Natuna mencatat pelanggaran netralitas ASN selama Pemilu 2024.\n\nBerapa kasus yang ditangani?\n\nTotal ada 12 kegiatan sosialisasi yang digelar sepanjang tahun.',
  want: [],
  not: [12],
});

// T. tables flattened to lines
const LEAD_T = 'Bawaslu Provinsi Kepulauan Riau merilis rekapitulasi penanganan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Secara keseluruhan terdapat 41 dugaan pelanggaran yang ditangani jajaran Bawaslu se-Kepri.\n\nBerikut rekapitulasi per kabupaten/kota:\n\n';
const REGIONS: [string, number][] = [['Kota Batam', 17], ['Kabupaten Natuna', 12], ['Kabupaten Karimun', 9], ['Kabupaten Bintan', 3]];
const LAYOUTS: { name: string; header: string; row: (i: number, r: string, v: number) => string; total: (v: number) => string }[] = [
  { name: 'bars', header: 'No | Kabupaten/Kota | Jumlah', row: (i, r, v) => `${i} | ${r} | ${v}`, total: (v) => `Jumlah | ${v}` },
  { name: 'markdown', header: '| No | Kabupaten/Kota | Jumlah |', row: (i, r, v) => `| ${i} | ${r} | ${v} |`, total: (v) => `| Total | ${v} |` },
  { name: 'tabs', header: 'No\tKabupaten/Kota\tJumlah', row: (i, r, v) => `${i}\t${r}\t${v}`, total: (v) => `Jumlah\t${v}` },
  { name: 'numbered', header: 'Kabupaten/Kota Jumlah', row: (i, r, v) => `${i}. ${r}  ${v}`, total: (v) => `Total  ${v}` },
];
for (const lay of LAYOUTS) {
  const body = [lay.header, ...REGIONS.map(([r, v], i) => lay.row(i + 1, r, v)), lay.total(41)].join('\n');
  rows.push({ name: `T: ${lay.name}, total row restating the lead`, text: LEAD_T + body, want: [[41, null], ...REGIONS.map(([, v]) => [v, 41] as [number, number])], not: [1, 4] });
  const own = LEAD_T.replace('Secara keseluruhan terdapat 41 dugaan pelanggaran yang ditangani jajaran Bawaslu se-Kepri.', 'Penanganan dilakukan jajaran Bawaslu se-Kepri.');
  rows.push({ name: `T: ${lay.name}, total row a count of its own`, text: own + body, want: [[41, null], ...REGIONS.map(([, v]) => [v, 41] as [number, number])] });
  const over = [lay.header, ...REGIONS.map(([r, v], i) => lay.row(i + 1, r, v)), lay.total(30)].join('\n');
  rows.push({ name: `T neg: ${lay.name}, rows over the total row`, text: own + over, want: REGIONS.map(([, v]) => [v, null] as [number, number | null]), not: [30] });
}
rows.push({
  name: 'T neg: a table of polling stations',
  text: 'KPU Kepulauan Riau menetapkan jumlah TPS untuk Pilkada 2024.\n\nNo | Kabupaten/Kota | Jumlah TPS\n1 | Kota Batam | 2950\n2 | Kabupaten Natuna | 310\nJumlah | 3260',
  want: [],
  not: [2950, 310, 3260],
});

// B. bracketed figures ranked under a total sentences back
const RANKING = LIST_WHOLE_LINKS.filter((w) => ['terbanyak', 'tertinggi', 'paling banyak', 'urutan teratas', 'peringkat teratas'].includes(w));
for (const word of RANKING) {
  rows.push({
    name: `B: provinsi … ${word} adalah … (96), …`,
    text: `Bawaslu RI mencatat 1.118 dugaan pelanggaran netralitas ASN selama Pilkada 2024.\n\nMenurut anggota Bawaslu RI, dukungan melalui media sosial menjadi jenis yang paling sering dengan 437 kasus. Berikutnya menghadiri kegiatan kampanye 201 kasus.\n\nMenurut dia, provinsi dengan dugaan pelanggaran ${word} adalah Jawa Timur (96), Sumatera Utara (74) dan Kalimantan Timur (58).`,
    want: [[1118, null], [96, 1118], [74, 1118], [58, 1118]],
  });
}
rows.push({
  name: 'B neg: no total before the list',
  text: 'Bawaslu RI menyoroti netralitas ASN selama Pilkada 2024.\n\nProvinsi dengan dugaan pelanggaran terbanyak adalah Jawa Timur (96), Sumatera Utara (74) dan Kalimantan Timur (58).',
  want: [],
  not: [96, 74, 58],
});
rows.push({
  name: 'B neg: shares in brackets',
  text: 'Bawaslu RI mencatat 1.118 dugaan pelanggaran netralitas ASN selama Pilkada 2024. Dukungan di media sosial paling banyak.\n\nProvinsi dengan dugaan pelanggaran terbanyak adalah Jawa Timur (9 persen), Sumatera Utara (7 persen) dan Kalimantan Timur (5 persen).',
  want: [[1118, null]],
  not: [9, 7, 5],
});

// P. pointed breakdowns with a relative clause, and items with a bracketed abbreviation
const LEAD_P = 'Bawaslu Kutai Barat merekomendasikan pemeriksaan terhadap 14 ASN selama Pilkada 2024. Setelah diperiksa tim, dua orang dinyatakan tidak terbukti.';
for (const rel of ['yang terbukti', 'yang terbukti melanggar', 'yang memenuhi unsur', 'yang diteruskan ke KASN']) {
  rows.push({
    name: `P: Dari 12 ${rel}, …`,
    text: `${LEAD_P}\n\n"Dari 12 ${rel}, tujuh dijatuhi hukuman disiplin ringan berupa teguran tertulis, empat hukuman sedang berupa pemotongan tunjangan, dan satu orang hukuman berat," jelasnya.`,
    want: [[14, null], [12, 14], [7, 12], [4, 12], [1, 12]],
  });
}
rows.push({
  name: 'P neg: items over the pointed whole',
  text: `${LEAD_P}\n\n"Dari 12 yang terbukti, sembilan dijatuhi hukuman ringan, dan enam hukuman sedang," jelasnya.`,
  want: [[14, null]],
  not: [9, 6],
});
for (const abbr of ['aparatur sipil negara (ASN)', 'pegawai pemerintah dengan perjanjian kerja (PPPK)']) {
  rows.push({
    name: `P: Dari jumlah itu, lima melibatkan ${abbr} …`,
    text: `Bawaslu Kabupaten Pasaman Barat mencatat tujuh dugaan pelanggaran netralitas selama masa kampanye Pemilu 2024. Dari jumlah itu, lima melibatkan ${abbr} dan dua lainnya melibatkan wali nagari.`,
    want: [[7, null], [5, 7], [2, 7]],
  });
}

// C. an earlier record a figure is compared with, every word of EXCEED_WORDS and the "dari" comparisons
const LEAD_C = 'Bawaslu Kabupaten Karimun menangani sembilan dugaan pelanggaran netralitas ASN sejak masa kampanye Pilkada 2024.\n\nPengawasan dilakukan hingga ke 12 kecamatan.\n\n';
for (const word of [...EXCEED_WORDS, ...COMPARISON_WORDS.filter((w) => w.endsWith(' dari')).slice(0, 4)]) {
  rows.push({
    name: `C: jumlah tersebut ${word} catatan pada Pilbup 2020, … hanya empat kasus`,
    text: `${LEAD_C}Menurut Raja, jumlah tersebut sudah ${word} catatan pada Pilbup Karimun 2020, yang saat itu hanya empat kasus selama seluruh tahapan.`,
    want: [[9, null], [4, null]],
    not: [12],
  });
}

// E. attendance of the campaign's own meeting forms, every event of OFFENCE_EVENTS
for (const ev of OFFENCE_EVENTS) {
  rows.push({
    name: `E: sedikitnya tujuh ASN menghadiri ${ev} …`,
    text: `Bawaslu Kabupaten Rejang Lebong menemukan sedikitnya tujuh ASN menghadiri ${ev} salah satu pasangan calon menjelang PSU Pilkada 2024. Anggota Bawaslu mengatakan empat di antaranya adalah guru PPPK.`,
    want: [[7, null], [4, 7]],
  });
}
rows.push({
  name: 'E neg: an audience of a briefing',
  text: 'Sebanyak 200 ASN menghadiri sosialisasi netralitas ASN yang digelar Bawaslu menjelang Pilkada 2024.',
  want: [],
  not: [200],
});

// W. a workforce of a thousand or more, every phrase of WORKFORCE_AFTER
const LEAD_W = 'Bupati Pandeglang menyerahkan SK hukuman disiplin kepada 13 ASN yang terbukti melanggar netralitas pada Pilkada 2024.';
for (const phrase of WORKFORCE_AFTER) {
  rows.push({
    name: `W neg: pelajaran bagi 9.412 ASN ${phrase} …`,
    text: `${LEAD_W}\n\nEuis berharap sanksi ini menjadi pelajaran bagi 9.412 ASN ${phrase} Pemkab Pandeglang.`,
    want: [[13, null]],
    not: [9412],
  });
}
rows.push({
  name: 'W: a small figure of people "di lingkungan" is still a count',
  text: 'Sebanyak 13 ASN di lingkungan Pemkab Pandeglang dijatuhi sanksi karena melanggar netralitas pada Pilkada 2024.',
  want: [[13, null]],
});

// R. the rest of a split after a long first item (its sanction's terms with figures of measure), every rest word
const LEAD_R = 'Bupati Pandeglang menyerahkan SK hukuman disiplin kepada 13 ASN yang terbukti melanggar netralitas pada Pilkada 2024.';
for (const rest of SIBLING_REST_WORDS) {
  rows.push({
    name: `R: delapan ASN dijatuhi … 25 persen selama 6 bulan, dan lima ${rest} …`,
    text: `${LEAD_R}\n\n"Rinciannya, delapan ASN dijatuhi hukuman disiplin sedang berupa pemotongan tunjangan kinerja 25 persen selama 6 bulan, dan lima ${rest} hukuman disiplin ringan berupa teguran tertulis," jelasnya.`,
    want: [[13, null], [8, 13], [5, 13]],
    not: [25, 6],
  });
}

// A. people attending an offence event, "yang ikut" / "yang turut" before the verb
for (const [who, ev] of [['ikut', 'kampanye'], ['turut', 'deklarasi'], ['ikut', 'pertemuan terbatas']] as const) {
  rows.push({
    name: `A: tiga kepala sekolah yang ${who} menghadiri ${ev}`,
    text: `Panwaslu Pringsewu menangani delapan kasus pada Pilgub Lampung 2018.\n\n"Delapan ASN itu di antaranya tiga kepala sekolah yang ${who} menghadiri ${ev} salah satu calon gubernur," kata Ketua Panwaslu.`,
    want: [[8, null]],
  });
  rows[rows.length - 1]!.want.push([3, null]);
}
rows.push({
  name: 'A neg: an audience "yang ikut menghadiri" a briefing',
  text: 'Sebanyak 300 guru yang ikut menghadiri sosialisasi netralitas ASN menjelang Pilkada 2024 menerima buku saku dari Bawaslu.',
  want: [],
  not: [300],
});

describe('structures fresh text had (round 13): interviews, tables, brackets, pointed breakdowns', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const counts = got(r.text);
    for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
    for (const v of r.not ?? []) expect(counts.map((c) => c[0]), JSON.stringify(counts)).not.toContain(v);
  });
});
