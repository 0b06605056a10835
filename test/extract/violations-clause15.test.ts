// Paradigms of one count's clause (round 15, counts14b; issue 22 kinds of check16): what one figure in one sentence is.
//   B. Bounds: every cue of QUALIFIER_CUES that gives a direction (violation-bounds.ts: the comparatives with and
//      without a negator, and the single phrases) × figures in digits and in words × case and person units ×
//      two cue verbs; the qualifier is the cue's direction (check16 read "tak kurang dari 30 ASN" as at_most, since
//      only "tidak kurang dari" was listed). Negative rows: a bound before a percentage, an age, a sum of money.
//   W. Workforces: a word of having (WORKFORCE_BEFORE) with or without a bound before a thousand people or more is no
//      count, next to a real count in the same article (check16: "daerah dengan lebih dari 18 ribu pegawai" in an
//      op-ed); the same words before a small figure of offenders stay counts.
//   F. Forecasts with their own unit in a sentence with no word of violation ("kami prediksi jumlahnya bisa naik
//      sampai 30 kasus kalau …", "jumlahnya bisa mencapai 20 kasus hingga akhir tahapan", both missed in check16):
//      forecast words and modals × verbs of change × bounds × units; qualifier forecast, scope that of the count
//      forecast, never a parent. Negative rows: no subject pointing back, a figure of TPS.
//   O, E, P: see their tables below (people coordinated after a part's object; an earlier record after "angka itu
//      naik"; a partition after a restated whole past a figure of another group).
// Before (d687d47, the same tables): B 64 of 140 rows failed (every "tak"/"belum" negation, "daripada", the negated
// comparatives without "dari", and the single phrases not listed: maksimum, minimum, paling tidak, kisaran …), W 8 of
// 11, F 18 of 26, O 12 of 13, E 5 of 7, P 6 of 9. After: all pass.
import { describe, expect, it } from 'vitest';
import { BOUND_COMPARATIVES, BOUND_NEGATORS, BOUND_NOT_YET, BOUND_PHRASES, FORECAST_BOUNDS, PERSON_UNITS, QUALIFIER_CUES, WORKFORCE_BEFORE } from '../../src/lexicon/violations.js';
import { countsOf } from './violations-dev.js';

const LEAD = 'Bawaslu Kabupaten Tulungagung mencatat 9 kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024.';

// B
interface BoundRow {
  name: string;
  text: string;
  value: number;
  qualifier: string | null;
}
const bounds: BoundRow[] = [];
const directed = Object.entries(QUALIFIER_CUES).filter(([, q]) => q !== 'exact');
const FIGURES: [string, number][] = [['30', 30], ['tiga puluh', 30], ['12', 12], ['tujuh', 7]];
const PEOPLE = ['ASN', 'kepala desa', 'guru', 'camat'];
let k = 0;
for (const [cue, q] of directed) {
  const [fig, value] = FIGURES[k % FIGURES.length]!;
  bounds.push({
    name: `${cue} ${fig} ${PEOPLE[k % PEOPLE.length]} dilaporkan`,
    text: `${LEAD} Pada Pemilu 2019, ${cue} ${fig} ${PEOPLE[k % PEOPLE.length]} dilaporkan karena unggahan dukungan di media sosial.`,
    value,
    qualifier: q,
  });
  bounds.push({
    name: `Bawaslu menangani ${cue} ${fig} pelanggaran`,
    text: `Sepanjang Pilkada 2024, Bawaslu Kabupaten Kaur menangani ${cue} ${fig} dugaan pelanggaran netralitas ASN.`,
    value,
    qualifier: q,
  });
  k++;
}
// every negator before every comparative is in the class, turned round
for (const c of BOUND_COMPARATIVES)
  for (const n of c.reach ? [...BOUND_NEGATORS, ...BOUND_NOT_YET] : BOUND_NEGATORS) if (QUALIFIER_CUES[`${n} ${c.phrase}`] !== (c.direction === 'at_most' ? 'at_least' : 'at_most')) throw new Error(`${n} ${c.phrase}`);
for (const w of Object.keys(BOUND_PHRASES)) if (QUALIFIER_CUES[w] === undefined) throw new Error(w);
// negatives: not a count of violations
for (const [cue] of directed.filter(([w]) => /dari$|nya$/u.test(w)).slice(0, 6)) {
  bounds.push({ name: `${cue} 30 persen`, text: `${LEAD} Menurut survei, ${cue} 30 persen ASN belum membaca aturan netralitas.`, value: 30, qualifier: null });
  bounds.push({ name: `${cue} 45 tahun`, text: `${LEAD} Pelaku rata-rata berusia ${cue} 45 tahun dan diduga tidak netral.`, value: 45, qualifier: null });
  bounds.push({ name: `Rp ${cue} 50 juta`, text: `${LEAD} Anggaran pengawasan netralitas ASN ${cue} Rp 50 juta.`, value: 50, qualifier: null });
}

/** The count of `value` in `text` with `qualifier`, or (qualifier null) no count of `value` at all. */
function qualifiedCount(text: string, value: number, qualifier: string | null): ReturnType<typeof countsOf>[number] | undefined {
  const got = countsOf(text);
  const c = got.find((v) => v.value === value);
  if (qualifier === null) {
    expect(c, JSON.stringify(got.map((v) => [v.value, v.text]))).toBeUndefined();
    return undefined;
  }
  expect(c, JSON.stringify(got.map((v) => [v.value, v.qualifier, v.text]))).toBeDefined();
  expect(c!.qualifier).toBe(qualifier);
  return c;
}

describe('B: bounds and vague figures read with their direction (violation-bounds.ts)', () => {
  it.each(bounds)('$name', ({ text, value, qualifier }) => {
    qualifiedCount(text, value, qualifier);
  });
});

// W
interface WorkRow {
  name: string;
  text: string;
  values: number[];
}
const work: WorkRow[] = [];
const BIG: [string, number][] = [['18 ribu', 18000], ['9.412', 9412], ['12.000', 12000], ['seribu', 1000]];
const NOUNS = Object.keys(PERSON_UNITS).filter((w) => ['asn', 'pegawai', 'pns', 'guru'].includes(w));
const HAVE_BOUNDS = ['', 'lebih dari ', 'sekitar ', 'tak kurang dari '];
k = 0;
for (const have of WORKFORCE_BEFORE) {
  const [fig] = BIG[k % BIG.length]!;
  const noun = NOUNS[k % NOUNS.length] === 'asn' ? 'ASN' : NOUNS[k % NOUNS.length]!;
  const bound = HAVE_BOUNDS[k % HAVE_BOUNDS.length]!;
  work.push({
    name: `${have} ${bound}${fig} ${noun}`,
    text: `${LEAD} Lima di antaranya melibatkan kepala desa. Angka ini mungkin terlihat kecil untuk pemerintah daerah ${have} ${bound}${fig} ${noun}. Namun pada Pemilu 2019 tak kurang dari 30 ASN dilaporkan.`,
    values: [9, 5, 30],
  });
  k++;
}
work.push(
  { name: 'offenders after dengan (small figure)', text: 'Bawaslu Kabupaten Kaur menemukan pelanggaran netralitas pada Pilkada 2024 dengan 12 ASN terlibat.', values: [12] },
  { name: 'offenders of a thousand after dengan, an offence in the clause', text: 'Pada Pilkada 2020 KASN menerima 2.034 laporan dugaan pelanggaran netralitas, dengan 1.373 ASN di antaranya dijatuhi sanksi.', values: [2034, 1373] },
  { name: 'offenders of a thousand, no word of having', text: 'Bawaslu RI mencatat 1.200 ASN dilaporkan melanggar netralitas selama Pemilu 2024.', values: [1200] },
);

describe('W: a workforce is no count (WORKFORCE_BEFORE)', () => {
  it.each(work)('$name', ({ text, values }) => {
    expect(countsOf(text).map((v) => v.value)).toEqual(values);
  });
});

// F
interface ForecastRow {
  name: string;
  text: string;
  value: number;
  forecast: boolean;
}
const forecasts: ForecastRow[] = [];
const SAY = ['Ketua Bawaslu Kaur, Ferdi, mengatakan angka itu naik tajam.', 'Ketua Bawaslu Kaur mengatakan tren masih berlanjut.'];
const FRAMES: [string, string][] = [
  ['kami prediksi jumlahnya bisa naik', 'kalau tidak ada pencegahan serius'],
  ['jumlahnya bisa mencapai', 'hingga akhir tahapan'],
  ['kami perkirakan angka itu akan bertambah', 'menjelang pencoblosan'],
  ['jumlah tersebut diperkirakan meningkat', 'pada akhir tahapan'],
  ['jumlahnya berpotensi menembus', 'bila tak diawasi'],
  ['angka itu diproyeksikan melonjak', 'sampai masa tenang'],
];
const UNITS = ['kasus', 'laporan', 'dugaan pelanggaran', 'temuan'];
k = 0;
for (const [frame, tail] of FRAMES) {
  for (const bound of ['', ...FORECAST_BOUNDS.filter((b) => ['hingga', 'sampai', 'menjadi'].includes(b))]) {
    const unit = UNITS[k % UNITS.length]!;
    const value = 20 + k;
    forecasts.push({
      name: `${frame} ${bound} ${value} ${unit} ${tail}`,
      text: `Bawaslu Kabupaten Kaur sudah menangani tujuh ${unit} dugaan pelanggaran netralitas pada Pilkada 2024. ${SAY[k % SAY.length]} "Melihat tren sekarang, ${frame}${bound === '' ? '' : ` ${bound}`} ${value} ${unit} ${tail}," ujar Ferdi.`,
      value,
      forecast: true,
    });
    k++;
  }
}
forecasts.push(
  { name: 'no subject pointing back', text: `${LEAD} Ketua Bawaslu mengatakan pemilih bisa mencapai 30 orang per TPS kalau hujan.`, value: 30, forecast: false },
  { name: 'TPS', text: `${LEAD} Ketua KPU mengatakan jumlahnya bisa mencapai 40 TPS hingga akhir tahapan.`, value: 40, forecast: false },
);

describe('F: forecasts with their own unit under a subject pointing back (forecasts.ts forecastRescue)', () => {
  it.each(forecasts)('$name', ({ text, value, forecast }) => {
    const got = countsOf(text);
    const c = got.find((v) => v.value === value);
    if (!forecast) {
      expect(c, JSON.stringify(got.map((v) => [v.value, v.text]))).toBeUndefined();
      return;
    }
    expect(c, JSON.stringify(got.map((v) => [v.value, v.qualifier, v.text]))).toBeDefined();
    expect(c!.qualifier).toBe('forecast');
    expect(c!.scope).toBe('neutrality');
    expect(got.filter((v) => v.parent?.value === value)).toEqual([]);
  });
});

// O: people coordinated after the people a part names as its object (object-items.ts): "empat di antaranya
// melibatkan guru honorer, dua camat, dan satu lurah" (check16, both items missing). Person nouns of PERSON_UNITS ×
// the verb or link before the object × coordinators; each item a part of the whole. Negative rows: a figure of TPS,
// people joined after a figure of another kind.
interface ItemRow {
  name: string;
  text: string;
  parts: [number, number | null][];
  absent: number[];
}
const items: ItemRow[] = [];
const PEOPLE_NOUNS = ['guru honorer', 'camat', 'lurah', 'kepala desa', 'ASN', 'PPPK', 'perangkat desa', 'kepala sekolah'];
for (const n of PEOPLE_NOUNS) if (PERSON_UNITS[n.toLowerCase()] === undefined && PERSON_UNITS[n.split(' ')[0]!.toLowerCase()] === undefined) throw new Error(`not a person noun: ${n}`);
const LINKS = ['melibatkan', 'menyangkut', 'dilakukan oleh', 'melibatkan oknum'];
const JOINS: [string, string][] = [[', ', ', dan '], [', ', ' dan '], [', ', ', serta ']];
k = 0;
for (const link of LINKS) {
  for (const [j1, j2] of JOINS) {
    const a = PEOPLE_NOUNS[k % PEOPLE_NOUNS.length]!;
    const b = PEOPLE_NOUNS[(k + 3) % PEOPLE_NOUNS.length]!;
    const c = PEOPLE_NOUNS[(k + 5) % PEOPLE_NOUNS.length]!;
    items.push({
      name: `empat di antaranya ${link} ${a}${j1}dua ${b}${j2}satu ${c}`,
      text: `Bawaslu Kabupaten Kaur sudah menangani tujuh kasus dugaan pelanggaran netralitas pada Pilkada Kaur 2020. Ketua Bawaslu Kaur, Ferdi, mengatakan empat di antaranya ${link} ${a}${j1}dua ${b}${j2}satu ${c}.`,
      parts: [[4, 7], [2, 7], [1, 7]],
      absent: [],
    });
    k++;
  }
}
items.push({
  name: 'TPS after the object (negative)',
  text: 'Bawaslu Kabupaten Kaur sudah menangani tujuh kasus dugaan pelanggaran netralitas pada Pilkada Kaur 2020. Empat di antaranya melibatkan camat, dua TPS dan satu gedung.',
  parts: [[4, 7]],
  absent: [2, 1],
});

describe('O: people coordinated after a part\'s object are parts of its whole (object-items.ts)', () => {
  it.each(items)('$name', ({ text, parts, absent }) => {
    const got = countsOf(text);
    const show = JSON.stringify(got.map((v) => [v.value, v.parent?.value ?? null, v.text]));
    for (const [value, parent] of parts) {
      const c = got.find((v) => v.value === value);
      expect(c, show).toBeDefined();
      expect(c!.parent?.value ?? null, show).toBe(parent);
    }
    for (const v of absent) expect(got.find((x) => x.value === v), show).toBeUndefined();
  });
});

// E: an earlier record in the sentence after one pointing back at the figure by its size with a verb of change
// (SIZE_CHANGE_VERBS × size heads and pointers × bounds × elections): "angka itu naik tajam. Pada Pemilu 2019, Bawaslu
// menangani tidak lebih dari lima kasus." (check16, missing). Negative rows: no election named in the record's
// sentence, no verb of change, a figure of TPS.
interface RecordRow {
  name: string;
  text: string;
  value: number;
  qualifier: string | null;
}
const records: RecordRow[] = [];
const POINTED = ['angka itu', 'jumlah tersebut', 'jumlahnya', 'angka ini'];
const EARLIER = ['Pemilu 2019', 'Pilkada 2020', 'Pilbup 2018', 'Pilgub 2018'];
const RECORD_BOUNDS: [string, string][] = [['tidak lebih dari ', 'at_most'], ['hanya ', 'exact'], ['sekitar ', 'approximate'], ['tak kurang dari ', 'at_least']];
k = 0;
for (const verb of ['naik', 'meningkat', 'melonjak', 'turun', 'bertambah']) {
  const [bound, q] = RECORD_BOUNDS[k % RECORD_BOUNDS.length]!;
  const unit = ['kasus', 'laporan', 'kasus', 'perkara'][k % 4]!;
  records.push({
    name: `${POINTED[k % POINTED.length]} ${verb} … ${EARLIER[k % EARLIER.length]} ${bound}lima ${unit}`,
    text: `Sepanjang tahapan Pemilu 2024, Bawaslu Kabupaten Pulau Morotai menangani dua puluh satu dugaan pelanggaran netralitas. Ketua Bawaslu mengatakan ${POINTED[k % POINTED.length]} ${verb} tajam. Pada ${EARLIER[k % EARLIER.length]}, Bawaslu menangani ${bound}lima ${unit}.`,
    value: 5,
    qualifier: q,
  });
  k++;
}
records.push(
  { name: 'no election in the record', text: 'Sepanjang tahapan Pemilu 2024, Bawaslu Kabupaten Pulau Morotai menangani dua puluh satu dugaan pelanggaran netralitas. Ketua Bawaslu mengatakan angka itu naik tajam. Tahun lalu, Bawaslu menggelar lima kali sosialisasi.', value: 5, qualifier: null },
  { name: 'no verb of change', text: 'Sepanjang tahapan Pemilu 2024, Bawaslu Kabupaten Pulau Morotai menangani dua puluh satu dugaan pelanggaran netralitas. Ketua Bawaslu mengatakan angka itu wajar. Pada Pemilu 2019, Bawaslu menangani lima kasus korupsi dana desa.', value: 5, qualifier: null },
);

describe('E: an earlier record after a figure pointed back at with a verb of change (context.ts)', () => {
  it.each(records)('$name', ({ text, value, qualifier }) => {
    const c = qualifiedCount(text, value, qualifier);
    if (c) expect(c.parent).toBeNull();
  });
});

// P: parts in a later sentence that restates its whole by its figure, past a figure of another group ("memeriksa 19
// pegawai … . … menindaklanjuti 22 laporan yang diteruskan Bawaslu sejak Desember 2023. … merinci ke-19 pegawai itu
// terdiri dari 11 PPPK, 5 PNS dan 3 tenaga honorer. "Dua belas di antaranya …"": check16 gave the three items and the
// 12 no parent and Bawaslu's name). Openers of PARTITION_OPENERS ending in "dari" and others × restatements × bodies.
interface PartRow {
  name: string;
  text: string;
  parts: [number, number | null, string | null][];
}
const partRows: PartRow[] = [];
const RESTATE = ['ke-19 pegawai itu', '19 pegawai tersebut', 'ke-19 orang itu'];
const OPENERS = ['terdiri dari', 'terdiri atas', 'meliputi'];
const BODIES: [string, string][] = [['Inspektorat Kabupaten Nias Selatan', 'Inspektorat'], ['BKPSDM Kabupaten Nias Selatan', 'BKPSDM']];
k = 0;
for (const r of RESTATE) {
  for (const o of OPENERS) {
    const [body, name] = BODIES[k % BODIES.length]!;
    partRows.push({
      name: `${name}: ${r} ${o} …`,
      text: `${body} telah memeriksa 19 pegawai yang diduga tidak netral pada Pemilu 2024. Pemeriksaan ini menindaklanjuti 22 laporan yang diteruskan Bawaslu Nias Selatan sejak Desember 2023. Kepala kantor itu merinci ${r} ${o} 11 PPPK, 5 PNS dan 3 tenaga honorer. "Dua belas di antaranya sudah kami rekomendasikan untuk dijatuhi sanksi," katanya.`,
      parts: [[11, 19, name], [5, 19, name], [3, 19, name], [12, 19, name], [22, null, 'Bawaslu']],
    });
    k++;
  }
}

describe('P: a partition after a restated whole, past a figure of another group (later-parts.ts)', () => {
  it.each(partRows)('$name', ({ text, parts }) => {
    const got = countsOf(text);
    const show = JSON.stringify(got.map((v) => [v.value, v.parent?.value ?? null, v.reporter, v.text]));
    for (const [value, parent, reporter] of parts) {
      const c = got.find((v) => v.value === value);
      expect(c, show).toBeDefined();
      expect(c!.parent?.value ?? null, show).toBe(parent);
      expect(c!.reporter, show).toBe(reporter);
    }
  });
});
