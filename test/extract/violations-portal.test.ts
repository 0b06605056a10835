// Counts in the styles of government portals, wire copy and TV-network lists (issue 22, the dev set's tune4 split):
// one behaviour per row, each with a negative beside it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { extractViolations } from '../../src/extract/violations/index.js';
import type { ExtractContext, ViolationCount } from '../../src/model.js';

const ctx = (text: string): ExtractContext => ({
  articleId: 'p',
  text,
  paragraphs: [{ start: 0, end: text.length }],
  title: null,
  published: '2024-11-22',
  dateline: null,
});

/** Dates and regions first, as the pipeline runs them. */
function counts(text: string): ViolationCount[] {
  const c = ctx(text);
  const out = extractViolations(c, extractDates(c).elections, extractRegions(c));
  for (const v of out) expect(text.slice(v.start, v.end)).toBe(v.text);
  return out;
}

describe('a number spelled out in brackets after it', () => {
  it.each<[string, string, number[]]>([
    ['people', 'BKPSDM mencatat sebanyak 12 (dua belas) orang ASN telah dijatuhi hukuman disiplin karena melanggar netralitas.', [12]],
    ['reports after terdapat', 'Inspektorat mencatat terdapat 3 (tiga) laporan dugaan pelanggaran netralitas ASN.', [3]],
    ['an article of a law is still no count', 'ASN wajib netral sesuai Pasal 2 (dua) huruf f Undang-Undang ASN tentang pelanggaran netralitas.', []],
    ['a duration is no count', 'Pemeriksaan ASN yang diduga melanggar netralitas ditargetkan selesai dalam 14 (empat belas) hari kerja.', []],
  ])('%s', (_what, text, values) => {
    expect(counts(text).map((v) => v.value)).toEqual(values);
  });

  it('parts after "dari jumlah tersebut" keep their bracketed spelling out of the way', () => {
    const text =
      'BKPSDM mencatat sebanyak 12 (dua belas) orang ASN dijatuhi hukuman disiplin karena melanggar netralitas. ' +
      'Dari jumlah tersebut, 4 (empat) orang dijatuhi hukuman disiplin sedang dan 8 (delapan) orang hukuman disiplin ringan.';
    expect(counts(text).map((v) => [v.value, v.parent?.value ?? null])).toEqual([[12, null], [4, 12], [8, 12]]);
  });
});

describe('breakdowns written one item per line', () => {
  it('items after the first carry its unit, their own region, and its scope and reporter', () => {
    const text =
      'Bawaslu RI merilis provinsi dengan dugaan pelanggaran netralitas ASN terbanyak pada Pilkada 2024. Berikut daftarnya:\n\n' +
      '1. Jawa Barat: 24 kasus\n2. Banten: 11\n3. Nusa Tenggara Timur: 6\n\nData itu diperbarui setiap pekan.';
    expect(counts(text).map((v) => [v.value, v.unit, v.region?.name ?? null, v.scope, v.reporter])).toEqual([
      [24, 'kasus', 'Jawa Barat', 'neutrality', 'Bawaslu'],
      [11, 'kasus', 'Banten', 'neutrality', 'Bawaslu'],
      [6, 'kasus', 'Nusa Tenggara Timur', 'neutrality', 'Bawaslu'],
    ]);
  });

  it.each([
    ['a list of polling stations', 'KPU menetapkan jumlah TPS untuk Pilkada 2024 sebagai berikut:\n- Kota Kendari: 812\n- Kabupaten Konawe: 640'],
    ['a list of cases of another domain', 'Dinas Kesehatan merilis data demam berdarah:\n- Kota Malang: 40 kasus\n- Kabupaten Malang: 31'],
    ['a closing total is no item', 'Hasil hitung suara Pilkada 2024:\n1. Kota Kendari: 812 suara\nTotal: 812'],
  ])('no counts from %s', (_what, text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('the first item of a ranking', () => {
  it.each<[string, string, Array<[number, string | null]>]>([
    [
      'its region stands before a link word',
      'Bawaslu mencatat pelanggaran netralitas ASN pada Pemilu 2024. Terbanyak adalah Jawa Tengah dengan 61 kasus, disusul Jawa Timur 37 kasus.',
      [[61, 'Jawa Tengah'], [37, 'Jawa Timur']],
    ],
    [
      'its region is the subject of its clause',
      'Bawaslu mencatat pelanggaran netralitas ASN pada Pilkada 2024. Kabupaten Jember menjadi daerah terbanyak, yakni 14 kasus, kemudian Kabupaten Probolinggo 11.',
      [[14, 'Kabupaten Jember'], [11, 'Kabupaten Probolinggo']],
    ],
    [
      'never the region of the body that counted',
      'Bawaslu Jawa Timur menangani pelanggaran netralitas ASN terbanyak pada Pilkada 2024, yakni 14 kasus, kemudian Kabupaten Probolinggo 11.',
      [[14, null], [11, 'Kabupaten Probolinggo']],
    ],
  ])('%s', (_what, text, expected) => {
    expect(counts(text).map((v) => [v.value, v.region?.name ?? null])).toEqual(expected);
  });
});

describe('a quantity subject far before its figure', () => {
  it.each<[string, string, Array<[number, string, string]>]>([
    [
      'a relative clause, an election and dates inside the subject',
      'Jumlah dugaan pelanggaran netralitas ASN yang ditangani Bawaslu Banten sejak tahapan Pilkada 2024 dimulai pada Agustus hingga pekan kedua Oktober mencapai 34.',
      [[34, 'exact', 'pelanggaran']],
    ],
    ['a quantity of something else', 'Jumlah TPS yang diawasi Bawaslu pada Pilkada 2024 di seluruh kabupaten mencapai 1.200.', []],
    ['a year after the cue', 'Jumlah pelanggaran netralitas ASN yang ditangani Bawaslu terbanyak terjadi pada 2024.', []],
  ])('%s', (_what, text, expected) => {
    expect(counts(text).map((v) => [v.value, v.qualifier, v.unit])).toEqual(expected);
  });
});

describe('parts, restatements, scope and reporters', () => {
  type Row = [number, string, number | null, string | null];
  const rows = (text: string): Row[] => counts(text).map((v) => [v.value, v.qualifier, v.parent?.value ?? null, v.scope ?? null]);
  it.each<[string, string, Row[]]>([
    [
      'a figure before "sisanya" is a part of the larger count before it',
      'Bawaslu menerima 21 laporan dugaan pelanggaran netralitas ASN. Sebanyak 13 laporan diteruskan ke KASN, sedangkan sisanya dihentikan.',
      [[21, 'exact', null, 'neutrality'], [13, 'exact', 21, 'neutrality']],
    ],
    [
      'without it the figure stands alone',
      'Bawaslu menerima 21 laporan dugaan pelanggaran netralitas ASN. Sebanyak 13 laporan lain masuk ke Bawaslu provinsi.',
      [[21, 'exact', null, 'neutrality'], [13, 'exact', null, 'neutrality']],
    ],
    [
      'a vague restatement folds into the figure it restates',
      'Bawaslu menerima lebih dari 120 laporan dugaan pelanggaran selama Pilkada 2024. Dari ratusan laporan itu, 45 laporan terkait netralitas ASN.',
      [[120, 'at_least', null, 'all'], [45, 'exact', 120, 'neutrality']],
    ],
    [
      'not when the figure is of another order',
      'Bawaslu menerima 3.500 laporan dugaan pelanggaran selama Pemilu 2024. Puluhan laporan itu terkait netralitas ASN.',
      [[3500, 'exact', null, 'neutrality'], [10, 'approximate', null, 'neutrality']],
    ],
    [
      'violations of the election in general cover all',
      'Bawaslu menangani 40 kasus netralitas ASN. Secara keseluruhan, Bawaslu mencatat 1.215 laporan dugaan pelanggaran pemilu.',
      [[40, 'exact', null, 'neutrality'], [1215, 'exact', null, 'all']],
    ],
    ['an election named with the neutrality cue stays neutrality', 'Bawaslu mencatat 1.215 laporan pelanggaran netralitas ASN pada pemilu.', [[1215, 'exact', null, 'neutrality']]],
  ])('%s', (_what, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string, Array<string | null>]>([
    [
      'a body owning a letter is not who counted',
      'BKD Kalbar menjatuhkan sanksi kepada 5 ASN yang tidak netral. Sanksi itu tindak lanjut surat KASN Nomor B-12/KASN/10/2024. Selain itu, terdapat 2 laporan lain yang masih diklarifikasi.',
      ['BKD', 'BKD'],
    ],
    ['the only body named is still the reporter', 'Sesuai surat KASN, terdapat 2 laporan netralitas ASN yang masih diklarifikasi.', ['KASN']],
    ['a body that counted', 'KASN mencatat 20 ASN diduga melanggar netralitas.', ['KASN']],
  ])('%s', (_what, text, reporters) => {
    expect(counts(text).map((v) => v.reporter)).toEqual(reporters);
  });
});
