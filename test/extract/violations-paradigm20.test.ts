// Paradigms of round 20 (counts20, issue 22): count structures check24b, check22 and check20 still lost, written as
// structures with invented text. Rows marked `held: true` (about a third of each kind) were kept out of tuning: the
// rule was written against the other rows only, and the held rows scored once after.
//   V. A village-government office as the body that counted: the complaints about ASN in a village-head election
//      (Pilkades) go to the regency's Dinas Pemberdayaan Masyarakat dan Desa (DPMD; in Aceh "… dan Gampong", DPMG; in
//      Papua "… dan Kampung", DPMK; elsewhere "… dan Pemerintahan Desa", DPMPD), not to Bawaslu, which has no say over
//      Pilkades: "DPMD Kabupaten Sumba Barat menerima enam aduan keterlibatan ASN dalam Pilkades serentak 2023". A
//      count it states, and the counts its head breaks it into, are its own; the inspectorate a quote hands the cases
//      to ("Dua aduan sudah kami serahkan ke Inspektorat") is a recipient, as after the prefixed verbs ("diserahkan ke
//      Inspektorat"): the bare forms after an agent ("kami serahkan", "kami limpahkan") are the same verbs.
//      Negatives: a DPMD that only receives a case from Bawaslu ("diteruskan ke DPMD") is a recipient; a count of
//      Bawaslu's in a sentence naming a DPMD event after it keeps Bawaslu.
//      Blind score (eceecf8, before the rule): tuned rows 1/5 (the negatives passed, every positive failed), held-out
//      rows 1/3 (the negative passed). After (REPORTERS: the village offices; FORWARD_VERBS: the bare forms;
//      ORIGIN_MARKERS: 'melalui'): tuned 3/5, held-out 2/3; the three rows left open fail on the quoted handed-over
//      count, which is not read at all (their reporters are right once it is).
//   V, the handed-on count (second rule): a case count whose own clause hands its cases on to a body, the verb right
//      after the unit ("Dua aduan sudah kami serahkan ke Inspektorat"), in the sentence after a count of that very unit,
//      is a stage of their handling (context.ts HANDED_ON_AFTER). Negative: "5 laporan keuangan desa diserahkan ke
//      Inspektorat" (a noun between the unit and the verb; it passed before and after). After: tuned 6/6 (the two open
//      tuned rows pass), held-out 2/3 (the held "Lima aduan telah kami serahkan kepada Inspektorat" row still fails,
//      left open: not looked into, as a held row).
//   K. A count split right after it, in its sentence, by a label before each number, the first item carrying no unit
//      either: "1.318 ASN telah dijatuhi sanksi …, yakni hukuman disiplin ringan 716, sedang 402, dan berat 200" (a
//      national recap of sanctions by severity, republished by many outlets). An opener (PARTITION_OPENERS, a colon)
//      after the count's clause, then two or more "<label> N" pieces whose figures add up EXACTLY to the count: the
//      sum is the evidence that they split it. Negatives: pieces that do not add up; labels with an identifier cue
//      ("di TPS 12 dan TPS 18").
//      Blind score (f05359c, before the rule): tuned rows 1/4 (the negative passed), held-out 1/2 (the negative passed).
//      After (label-items.ts addBareLabelSplits): tuned 4/4, held-out 2/2. (A later label's last word may look like a
//      verb there, "hukuman disiplin 24": the verb test of label-items' later pieces is not applied; the sum decides.)
import { describe, expect, it } from 'vitest';
import { countsOf } from './violations-dev.js';

interface Row {
  name: string;
  text: string;
  /** value → reporter each count must carry */
  want: [number, string | null][];
  held?: boolean;
  /** values that must not be reported */
  not?: number[];
  /** A row left failing, and why: asserted to fail still (it.fails), so a fix shows. */
  open?: string;
}

const vRows: Row[] = [
  {
    name: 'V: "DPMD Kabupaten … menerima enam aduan" and its head\'s breakdown',
    text: `ASN Terlibat Pilkades, DPMD Sumba Barat Terima Enam Aduan\n\nWAIKABUBAK - DPMD Kabupaten Sumba Barat menerima enam aduan keterlibatan ASN dalam Pilkades serentak 2023 di 38 desa.\n\nKepala DPMD Sumba Barat merinci, empat aduan menyangkut guru dan dua menyangkut tenaga kesehatan.`,
    want: [[6, 'DPMD'], [4, 'DPMD'], [2, 'DPMD']],
  },
  {
    name: 'V: the spelled-out name with its acronym, a quote handing two cases to the inspectorate',
    text: `Pilkades Sigi Diwarnai Aduan ASN\n\nSIGI - Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Sigi mencatat lima laporan dugaan ASN tidak netral dalam Pilkades 2022.\n\n"Dua laporan sudah kami serahkan ke Inspektorat untuk diperiksa," ujar Kepala DPMD Sigi.`,
    want: [[5, 'DPMD'], [2, 'DPMD']],
  },
  {
    name: 'V: Aceh\'s DPMG for a keuchik election',
    text: `DPMG Pidie Terima Tiga Laporan\n\nSIGLI - Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Kabupaten Pidie menerima tiga laporan keterlibatan ASN dalam pemilihan keuchik serentak tahun ini. Laporan itu kini ditelaah.`,
    want: [[3, 'DPMG']],
  },
  {
    name: 'V: a Bawaslu count handed over with "kami limpahkan ke Inspektorat" keeps Bawaslu',
    text: `Bawaslu Lahat Tangani Lima Laporan ASN\n\nLAHAT - Bawaslu Kabupaten Lahat menangani lima laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024.\n\n"Tiga laporan sudah kami limpahkan ke Inspektorat," kata Ketua Bawaslu Lahat.`,
    want: [[5, 'Bawaslu'], [3, 'Bawaslu']],
  },
  {
    name: 'V (negative): "diteruskan ke DPMD" is a recipient, the count is Bawaslu\'s',
    text: `Bawaslu Bima Teruskan Kasus Kades\n\nBIMA - Bawaslu Kabupaten Bima menangani tujuh dugaan pelanggaran netralitas pada Pilkada 2024. Dua kasus yang melibatkan kepala desa diteruskan ke DPMD Kabupaten Bima.`,
    want: [[7, 'Bawaslu'], [2, 'Bawaslu']],
  },
  {
    name: 'V (negative): "5 laporan keuangan desa diserahkan ke Inspektorat" after a count of reports is no count',
    text: `Bawaslu Bantaeng Terima Tiga Laporan\n\nBANTAENG - Bawaslu Kabupaten Bantaeng menerima tiga laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Setiap tahun 5 laporan keuangan desa diserahkan ke Inspektorat untuk diaudit.`,
    want: [[3, 'Bawaslu']],
    not: [5],
  },
  // held out
  {
    name: 'V (held): DPMPD of a province-named office, counts in the lead',
    text: `Empat ASN Diadukan ke DPMPD\n\nKENDARI - Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa (DPMPD) Kabupaten Konawe menerima empat pengaduan keterlibatan ASN dalam pemilihan kepala desa serentak 2023.`,
    want: [[4, 'DPMPD']],
    held: true,
  },
  {
    name: 'V (held): "kami serahkan kepada Inspektorat" after DPMD\'s total',
    text: `DPMD Lombok Tengah Catat Delapan Aduan\n\nPRAYA - DPMD Lombok Tengah mencatat delapan aduan ASN berpihak dalam Pilkades 2024.\n\n"Lima aduan telah kami serahkan kepada Inspektorat," tutur Kepala DPMD.`,
    want: [[8, 'DPMD'], [5, 'DPMD']],
    held: true,
    open: 'the quoted "Lima aduan telah kami serahkan kepada Inspektorat" is no count (no violation cue in its clause)',
  },
  {
    name: 'V (held, negative): Bawaslu\'s count in a sentence naming a DPMD event after it',
    text: `Bawaslu Ingatkan ASN\n\nBawaslu Kabupaten Ende mencatat tiga pelanggaran netralitas ASN pada Pilkada 2024 dalam rapat yang digelar DPMD Ende.`,
    want: [[3, 'Bawaslu']],
    held: true,
  },
];

interface KRow {
  name: string;
  text: string;
  /** value → parent value for every count that must be there */
  want: [number, number | null][];
  not?: number[];
  held?: boolean;
}
const kRows: KRow[] = [
  {
    name: 'K: sanctions by severity after "yakni", only the first label naming the kind',
    text: `BKN Catat 120 ASN Disanksi\n\nJakarta - Badan Kepegawaian Negara (BKN) mencatat 120 ASN dijatuhi sanksi karena melanggar netralitas pada Pilkada 2024, yakni hukuman disiplin ringan 70, sedang 30, dan berat 20.`,
    want: [[120, null], [70, 120], [30, 120], [20, 120]],
  },
  {
    name: 'K: cases by kind after "terdiri atas"',
    text: `Bawaslu Kolaka Tangani 45 Kasus\n\nKOLAKA - Bawaslu Kabupaten Kolaka menangani 45 kasus dugaan pelanggaran selama Pilkada 2024, terdiri atas pelanggaran netralitas 30, pelanggaran kode etik 10 dan pidana pemilihan 5.`,
    want: [[45, null], [30, 45], [10, 45], [5, 45]],
  },
  {
    name: 'K: recommendations by kind after "meliputi"',
    text: `KASN Rekomendasikan Sanksi\n\nKASN merekomendasikan sanksi bagi 64 ASN yang terbukti melanggar netralitas pada Pemilu 2024, meliputi sanksi moral 40 dan hukuman disiplin 24.`,
    want: [[64, null], [40, 64], [24, 64]],
  },
  {
    name: 'K (negative): pieces that do not add up to the count',
    text: `BKN Catat 120 ASN Disanksi\n\nJakarta - BKN mencatat 120 ASN dijatuhi sanksi karena melanggar netralitas pada Pilkada 2024, yakni hukuman disiplin ringan 70, sedang 30, dan berat 10.`,
    want: [[120, null]],
    not: [30, 10],
  },
  // held out
  {
    name: 'K (held): reprimands by kind after "yaitu"',
    text: `Pemkab Sanksi 18 ASN\n\nSINJAI - Pemkab Sinjai menjatuhkan sanksi kepada 18 ASN yang terbukti tidak netral pada Pilkada 2024, yaitu teguran lisan 10, teguran tertulis 5 dan pernyataan tidak puas 3.`,
    want: [[18, null], [10, 18], [5, 18], [3, 18]],
    held: true,
  },
  {
    name: 'K (held, negative): polling-station numbers that add up',
    text: `Bawaslu Catat 30 Pelanggaran\n\nBawaslu Kabupaten Gowa mencatat 30 pelanggaran netralitas ASN pada Pilkada 2024, yaitu di TPS 12 dan TPS 18.`,
    want: [[30, null]],
    not: [12, 18],
    held: true,
  },
];
function checkK(r: KRow): void {
  const counts = countsOf(r.text).map((c) => [c.value, c.parent?.value ?? null] as [number, number | null]);
  for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
  for (const v of r.not ?? []) expect(counts.map((c) => c[0])).not.toContain(v);
}
describe('round 20 paradigms (paradigm20): K tuned rows', () => {
  it.each(kRows.filter((r) => !r.held).map((r) => [r.name, r] as const))('%s', (_name, r) => checkK(r));
});
describe('round 20 paradigms (paradigm20): K held-out rows', () => {
  it.each(kRows.filter((r) => r.held).map((r) => [r.name, r] as const))('%s', (_name, r) => checkK(r));
});

function check(r: Row): void {
  const counts = countsOf(r.text).map((c) => [c.value, c.reporter] as [number, string | null]);
  for (const w of r.want) expect(counts, JSON.stringify(counts)).toContainEqual(w);
  for (const v of r.not ?? []) expect(counts.map((c) => c[0])).not.toContain(v);
}

describe('round 20 paradigms (paradigm20): V tuned rows', () => {
  it.each(vRows.filter((r) => !r.held && r.open === undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
describe('round 20 paradigms (paradigm20): V held-out rows', () => {
  it.each(vRows.filter((r) => r.held && r.open === undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
describe('round 20 paradigms (paradigm20): rows left open (they must still fail; drop `open` when one passes)', () => {
  it.fails.each(vRows.filter((r) => r.open !== undefined).map((r) => [r.name, r] as const))('%s', (_name, r) => check(r));
});
