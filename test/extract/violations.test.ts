import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { candidates } from '../../src/extract/dates/scan.js';
import { extractViolations, parseIndonesianNumber } from '../../src/extract/violations/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';
import { COUNT_PARSERS } from '../../src/extract/violations/parsers.js';
import type { ExtractContext, ViolationCount } from '../../src/model.js';
import { budget } from '../helpers/budget.js';

const ctx = (text: string, published: string | null = '2024-11-22'): ExtractContext => ({
  articleId: 't',
  text,
  paragraphs: [{ start: 0, end: text.length }],
  title: null,
  published,
  dateline: null,
});

/** Run dates first (for the elections), as the pipeline does. */
const counts = (text: string): ViolationCount[] => {
  const c = ctx(text);
  const out = extractViolations(c, extractDates(c).elections);
  for (const v of out) expect(text.slice(v.start, v.end)).toBe(v.text);
  return out;
};

describe('parseIndonesianNumber', () => {
  it.each([
    ['1.010', 1010, false],
    ['1.000.000', 1_000_000, false],
    ['12', 12, false],
    ['1,5 juta', 1_500_000, false],
    ['2 ribu', 2000, false],
    ['seribu', 1000, false],
    ['dua ribu', 2000, false],
    ['dua belas', 12, false],
    ['sebelas', 11, false],
    ['seratus', 100, false],
    ['dua ratus lima puluh', 250, false],
    ['seribu dua ratus', 1200, false],
    ['tiga puluh tujuh', 37, false],
    ['dua juta tiga ratus ribu', 2_300_000, false],
    ['ratusan', 100, true],
    ['ribuan', 1000, true],
    ['puluhan', 10, true],
    ['puluhan ribu', 10_000, true],
    ['Seribu', 1000, false],
  ] as const)('%s → %d', (s, value, approximate) => {
    expect(parseIndonesianNumber(s)).toEqual({ value, approximate });
  });

  it.each([['12,5'], ['32.7'], ['belas'], ['puluh'], ['ribu'], ['dua seribu'], ['0'], ['nol']])('%s → null', (s) => {
    expect(parseIndonesianNumber(s)).toBeNull();
  });
});

describe('counts tied to a violation noun', () => {
  it.each([
    // text, value, qualifier, unit, written
    ['Bawaslu mencatat terjadi sebanyak 1.010 perkara atau pelanggaran netralitas ASN.', 1010, 'exact', 'perkara', 'sebanyak 1.010 perkara'],
    ['Pada Pemilu 2019, jumlah perkara netralitas ASN tidak lebih dari seribu, tetapi kini naik.', 1000, 'at_most', 'perkara', 'perkara netralitas ASN tidak lebih dari seribu'],
    ['Sebanyak 15 ASN dilaporkan ke Bawaslu karena tidak netral.', 15, 'exact', 'ASN', 'Sebanyak 15 ASN'],
    ['15 ASN dilaporkan melanggar netralitas.', 15, 'exact', 'ASN', '15 ASN'],
    ['ASN yang melanggar netralitas sebanyak 12 orang.', 12, 'exact', 'ASN', 'ASN yang melanggar netralitas sebanyak 12'],
    ['KASN menerima lebih dari 2.000 aduan pelanggaran netralitas ASN.', 2000, 'at_least', 'aduan', 'lebih dari 2.000 aduan'],
    ['Ada sedikitnya 20 laporan dugaan pelanggaran netralitas ASN.', 20, 'at_least', 'laporan', 'sedikitnya 20 laporan'],
    ['Bawaslu menemukan sekitar 30 pelanggaran netralitas ASN.', 30, 'approximate', 'pelanggaran', 'sekitar 30 pelanggaran'],
    ['Tercatat hampir 1,5 juta pelanggaran kampanye pada Pemilu.', 1_500_000, 'approximate', 'pelanggaran', 'hampir 1,5 juta pelanggaran'],
    ['Ratusan ASN dilaporkan melanggar netralitas.', 100, 'approximate', 'ASN', 'Ratusan ASN'],
    ['Bawaslu menerima ribuan laporan pelanggaran netralitas.', 1000, 'approximate', 'laporan', 'ribuan laporan'],
    ['Ada dua ribu pelanggaran netralitas ASN.', 2000, 'exact', 'pelanggaran', 'Ada dua ribu pelanggaran'],
    ['Bawaslu mencatat 5 kasus pelanggaran netralitas ASN.', 5, 'exact', 'kasus', '5 kasus'],
    ['Tahun ini setidaknya 7 ASN diberi sanksi karena berpolitik.', 7, 'at_least', 'ASN', 'setidaknya 7 ASN'],
    ['Bawaslu mengeluarkan minimal 3 rekomendasi pelanggaran netralitas.', 3, 'at_least', 'rekomendasi', 'minimal 3 rekomendasi'],
    ['Ditemukan ± 50 temuan pelanggaran netralitas ASN.', 50, 'approximate', 'temuan', '± 50 temuan'],
    ['Ada kurang lebih 40 laporan netralitas ASN.', 40, 'approximate', 'laporan', 'kurang lebih 40 laporan'],
    ['Ada 1.000 lebih laporan pelanggaran netralitas.', 1000, 'at_least', 'laporan', 'Ada 1.000 lebih laporan'],
    ['Dua belas ASN terbukti melanggar netralitas.', 12, 'exact', 'ASN', 'Dua belas ASN'],
    ['Terdapat 12 dugaan pelanggaran netralitas ASN.', 12, 'exact', 'pelanggaran', 'Terdapat 12 dugaan pelanggaran'],
    ['Sebanyak 5 orang ASN dijatuhi sanksi.', 5, 'exact', 'ASN', 'Sebanyak 5 orang ASN'],
    ['Sebanyak 9 orang dilaporkan karena tidak netral dalam Pilkada.', 9, 'exact', 'orang', 'Sebanyak 9 orang'],
  ] as const)('%s', (text, value, qualifier, unit, written) => {
    const out = counts(text);
    expect(out.map((v) => [v.value, v.qualifier, v.unit, v.text])).toEqual([[value, qualifier, unit, written]]);
  });
});

describe('elections and reporters', () => {
  it('links the election named before the count in the same sentence', () => {
    const text =
      'Ia menyatakan bahwa pada saat Pemilu 2019 atau 2024, jumlah perkara netralitas ASN tidak lebih dari seribu, tetapi Pilkada 2020 dengan hanya 170 wilayah justru terjadi sebanyak 1.010 perkara atau pelanggaran.';
    expect(counts(text).map((v) => [v.value, v.qualifier, v.election, v.year])).toEqual([
      [1000, 'at_most', 'Pemilu', 2024],
      [1010, 'exact', 'Pilkada', 2020],
    ]);
  });

  it("falls back to the article's election", () => {
    const text = 'Netralitas ASN diuji pada Pilkada 2024. Bawaslu mencatat 5 pelanggaran netralitas ASN.';
    expect(counts(text).map((v) => [v.election, v.year, v.reporter])).toEqual([['Pilkada', 2024, 'Bawaslu']]);
  });

  it('a bare election word in the sentence takes the year the article gives it', () => {
    const text = 'Pilkada 2024 makin dekat. Selama pilkada, 8 ASN dilaporkan tidak netral.';
    expect(counts(text).map((v) => [v.election, v.year])).toEqual([['Pilkada', 2024]]);
  });

  it('no election anywhere → null', () => {
    expect(counts('Sebanyak 8 ASN dilaporkan tidak netral.').map((v) => [v.election, v.year])).toEqual([[null, null]]);
  });

  it.each([
    ['KemenPAN-RB mencatat 120 ASN dijatuhi sanksi.', 'KemenPAN-RB'],
    ['Komisi Aparatur Sipil Negara menerima 40 aduan netralitas ASN.', 'KASN'],
    ['BKN mencatat 33 ASN dijatuhi sanksi.', 'BKN'],
    ['Sebanyak 33 ASN dijatuhi sanksi, kata Ombudsman.', 'Ombudsman'],
    ['Ketua Bawaslu RI Rahmat Bagja berbicara. Ia senang. "Titik rawan ada." Ia menyebut ada 5 pelanggaran netralitas ASN.', 'Bawaslu'],
    ['Sebanyak 33 ASN dijatuhi sanksi.', null],
    ['Bawaslu hadir. Rapat dimulai. Peserta datang. Acara usai. Sebanyak 33 ASN dijatuhi sanksi.', null],
  ] as const)('%s → %s', (text, reporter) => {
    expect(counts(text).map((v) => v.reporter)).toEqual([reporter]);
  });

  it.each([
    // a unit followed by "serupa"/"sejenis" points back to a set named up to three sentences before
    ['Panwascam menemukan tiga kasus pelanggaran netralitas ASN. Semuanya guru. Mereka sudah dipanggil. Bawaslu juga menerima belasan aduan serupa.', [3, 10]],
    ['Bawaslu menemukan tiga kasus pelanggaran netralitas ASN. Semuanya guru. Rapat dimulai pagi. Acara usai siang. Ada 9 kasus serupa di kota.', [3]],
    // people counted with a relative clause of involvement; an appeal not to take part is none
    ['Panwaslu mencatat belasan camat yang terlibat politik praktis.', [10]],
    ['Bupati meminta agar tidak ada camat yang terlibat politik praktis.', []],
    // a ranking of regions: "X dengan N kasus, diikuti Y M, Z K"
    ['Bawaslu mencatat pelanggaran netralitas ASN terbanyak di Aceh dengan 31 kasus, disusul Riau 22, dan Jambi 9.', [31, 22, 9]],
    ['Sebanyak 12 kasus pelanggaran netralitas ASN tercatat, diikuti rapat pada Senin 15 lalu.', [12]],
  ] as const)('%s', (text, values) => {
    expect(counts(text).map((v) => v.value)).toEqual(values);
  });

  it('a count repeated in duplicated paragraphs is reported once', () => {
    const p = 'Bawaslu mencatat 5 pelanggaran netralitas ASN.';
    expect(counts(`${p}\n\n${p}`)).toHaveLength(1);
  });
});

describe('numbers that are not violation counts', () => {
  it.each([
    ['Deklarasi dihadiri komisioner Bawaslu Lotim dan 254 kepala desa se Lotim untuk netralitas ASN.'],
    ['seluruh ASN, PPPK, dan 254 desa/kelurahan menjaga netralitas pada Pilkada Lotim 2024.'],
    ['tetapi Pilkada 2020 dengan hanya 170 wilayah justru rawan pelanggaran netralitas.'],
    ['Siapkan 56 Orang Calon Anggota Paskibraka, Wanto : Sebelum Tugas Akan Diberikan Pelatihan'],
    ['Siapkan 56 Orang Calon Anggota Paskibraka yang melanggar aturan'],
    ['32.7 C\nJakarta'],
    ['sesuai UU Nomor 20 Tahun 2023 tentang ASN, pelanggaran netralitas dikenai sanksi.'],
    ['pada saat Pemilu 2019 atau 2024 pelanggaran netralitas ASN tinggi.'],
    ['Dinkes mencatat 30 kasus DBD dilaporkan pekan ini.'],
    ['Sebanyak 5 laporan keuangan ASN diserahkan.'],
    ['Sebanyak 500 ASN mengikuti apel netralitas.'],
    ['Sebanyak 80 persen ASN melanggar netralitas.'],
    ['Survei: 80% ASN netral dan pelanggaran menurun.'],
    ['Pilkada digelar 27 November 2024 pelanggaran netralitas diawasi.'],
    ['Pasal 2 ayat 3 tentang pelanggaran netralitas ASN.'],
    ['Perkara netralitas ASN dibahas pukul 10.15 WIB.'],
    ['Pelanggaran netralitas ASN menjadi perhatian ke-3 kalinya.'],
    ['Pelanggaran netralitas ASN adalah 2024, tahun rawan.'],
    ['Warga Koba datang lebih awal ke TPS\n18 menit lalu\nDwi Aryani: Memilih untuk masa depan lebih baik\n25 menit lalu'],
    ['Jumlah pelanggaran netralitas ASN sebanyak 3/4 dari total.'],
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('seeds', () => {
  const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
  it.each([
    ['000_79a728709b280e4b.txt'],
    ['001_8f669d21e09e7c84.txt'],
    ['003_f89a6d188a848fe1.txt'],
    ['004_69e4b941b536bd41.txt'],
  ])('%s has no counts', (name) => {
    expect(counts(seed(name))).toEqual([]);
  });

  it('002 has exactly 1010 exact and 1000 at_most', () => {
    const out = counts(seed('002_032903b13de2509e.txt'));
    expect(out.map((v) => [v.value, v.qualifier, v.unit, v.election, v.year, v.reporter])).toEqual([
      [1000, 'at_most', 'perkara', 'Pemilu', 2024, 'Bawaslu'],
      [1010, 'exact', 'perkara', 'Pilkada', 2020, 'Bawaslu'],
    ]);
  });
});

describe('pathological inputs finish fast', () => {
  it.each([
    ['200,000 spaces', ' '.repeat(200_000)],
    ['50,000 slashes', '/'.repeat(50_000)],
    ['50,000 digits and dots', '1.'.repeat(25_000)],
    ['digit groups', '123.456.'.repeat(6_250)],
    ['repeated units', 'ASN '.repeat(50_000)],
    ['repeated cues', 'sebanyak '.repeat(20_000)],
    ['repeated number words', 'seribu '.repeat(25_000)],
    ['repeated counts', 'sebanyak 5 ASN dilaporkan Bawaslu pada Pilkada 2024 '.repeat(4_000)],
    ['repeated unit-then-count', 'perkara netralitas tidak lebih dari seribu, '.repeat(4_000)],
    ['repeated subsets', '15 kasus, 12 di antaranya '.repeat(8_000)],
    ['repeated attendance', '200 ASN Pemkot Kendari hadir pelanggaran '.repeat(5_000)],
    ['repeated enumeration', '9 kasus, 4 kasus, dan 2 kasus netralitas. '.repeat(5_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    const c = ctx(text);
    extractViolations(c, extractDates(c).elections);
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});

describe('clause-level cues', () => {
  it('a total of civil servants is not a count of offenders', () => {
    expect(counts('Dari 1.200 ASN di Lotim, 15 orang dilaporkan melanggar netralitas.').map((v) => [v.value, v.unit])).toEqual([
      [15, 'orang'],
    ]);
  });

  it('a violation cue in another clause does not make a case count', () => {
    expect(counts('Dinkes mencatat 30 kasus DBD, sementara Bawaslu menangani pelanggaran netralitas ASN.')).toEqual([]);
  });

  it('the action may come before the number', () => {
    expect(counts('Bawaslu merekomendasikan 12 ASN ke KASN.').map((v) => [v.value, v.unit, v.reporter])).toEqual([
      [12, 'ASN', 'Bawaslu'],
    ]);
  });
});

describe('held-out news forms (fixtures/clean/news)', () => {
  const vq = (text: string): Array<[number, string, string]> => counts(text).map((v) => [v.value, v.qualifier, v.unit]);
  it.each<[string, Array<[number, string, string]>]>([
    // a subset of the count just before takes its unit (news/01)
    ['Bawaslu mencatat 15 kasus dugaan pelanggaran netralitas ASN. "Dari 15 kasus itu, 12 di antaranya terbukti melanggar," kata Dedi.', [[15, 'exact', 'kasus'], [12, 'exact', 'kasus']]],
    // suspected involvement is an offence cue (news/08)
    ['Panwascam Woha menemukan tiga ASN yang diduga terlibat kampanye terselubung.', [[3, 'exact', 'ASN']]],
    // handling verbs are violation cues for case nouns (news/13, news/08)
    ['"Sebanyak 30 kasus sudah kami teruskan ke BKN," ujar anggota Bawaslu.', [[30, 'exact', 'kasus']]],
    ['Bawaslu juga menerima belasan laporan lain yang masih diverifikasi.', [[10, 'approximate', 'laporan']]],
    // an enumeration inherits its sibling's acceptance; the domain may be named one sentence earlier (news/12)
    [
      'Bawaslu mencatat 15 kasus dugaan pelanggaran netralitas ASN.\n\nDari 15 kasus tersebut, 9 kasus memenuhi unsur pelanggaran, 4 kasus dihentikan, dan 2 kasus masih dalam proses.',
      [[15, 'exact', 'kasus'], [9, 'exact', 'kasus'], [4, 'exact', 'kasus'], [2, 'exact', 'kasus']],
    ],
    // the audience is no count, but a part of it that offended is (village heads are counted since issue 22)
    ['Sebanyak 45 kepala desa hadir, 12 di antaranya terbukti melanggar netralitas.', [[12, 'exact', 'kepala desa']]],
    // the same count in headline and body is reported once (news/15)
    ['Pilkada Kotim, Dua ASN Dijatuhi Sanksi Disiplin\n\nDua ASN di Pemkab Kotim dijatuhi sanksi disiplin pada Pilkada 2024.', [[2, 'exact', 'ASN']]],
  ])('%s', (text, expected) => {
    expect(vq(text)).toEqual(expected);
  });

  it.each([
    // an audience is not a set of offenders, whatever the clause says (news/14, news/06)
    'Sebelumnya, sebanyak 200 ASN hadir dalam sosialisasi pencegahan pelanggaran netralitas yang digelar Bawaslu Kendari.',
    'Sebanyak 2.500 ASN Pemkot Kendari mengikuti apel pencegahan pelanggaran netralitas.',
    'Deklarasi diikuti 1.500 ASN yang berjanji tidak melanggar netralitas.',
    // a subset needs a cue in its clause, and an antecedent count with a unit
    'Dari 15 kasus itu, 12 di antaranya berasal dari Lombok Timur, kata Ketua Bawaslu.',
    // an enumeration of non-violation nouns, or a sentence without any domain cue nearby
    'Ada 17 kecamatan, 45 kepala desa, dan 3 paslon dalam pilkada itu.',
    'Harga cabai naik. Dari 15 kasus DBD, 9 kasus dirawat, 4 kasus sembuh.',
    'Tiga ASN diminta tidak terlibat politik praktis selama pilkada.',
  ])('no count in %j', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

// The count parsers run only at the candidate positions of dates/scan.ts (number starts, qualifier words).
// On real articles and awkward variants (all caps, KELVIN SIGN / long s, glued digits), every match a plain
// global loop over a parser's pattern KEEPS starts at a listed position, so the sticky runs find the same.
describe('candidate positions (dates/scan.ts) cover every kept count', () => {
  const dir = new URL('../../fixtures/', import.meta.url);
  const read = (sub: string) =>
    readdirSync(new URL(sub, dir)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(`${sub}${f}`, dir), 'utf8'));
  const articles = [...read('seeds/'), ...read('clean/news/')];
  const texts = articles.flatMap((t) => [
    t,
    t.toUpperCase(),
    t.replace(/k/g, '\u212a').replace(/s/g, '\u017f'),
    t.replace(/ (\d)/g, 'x$1'),
    'Sebanyak ± 12 ASN dilaporkan, +/- 5 kasus pelanggaran, sekurang-kurangnya tiga ASN terbukti melanggar netralitas.',
  ]);

  it.each(COUNT_PARSERS.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    for (const text of texts) {
      const listed = new Set(candidates(text).lists[p.at]);
      const re = new RegExp(p.pattern.source, p.pattern.flags);
      const missed: number[] = [];
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (p.extract(m, text) === null) re.lastIndex = m.index + 1;
        else if (!listed.has(m.index)) missed.push(m.index);
      }
      expect(missed).toEqual([]);
    }
  });
});

// Clause-level attachment (issue 22, clauses.ts): each row is one behaviour, with its negative beside it.
describe('clause-level attachment', () => {
  const ctxR = (text: string): ExtractContext => ({ ...ctx(text), articleId: 'r' });
  type Row = [number, string, number | null, string | null, string | null];
  /** value, qualifier, upper, parent value, scope */
  const rows = (text: string): Row[] => counts(text).map((v) => [v.value, v.qualifier, v.upper ?? null, v.parent?.value ?? null, v.scope ?? null]);
  it.each<[string, string, Row[]]>([
    ['range with a word', 'Bawaslu menerima 30 sampai 40 laporan dugaan pelanggaran netralitas ASN.', [[30, 'range', 40, null, 'neutrality']]],
    ['range with a dash', 'Sebanyak 10-15 ASN diduga ikut kampanye pada Pilkada 2024.', [[10, 'range', 15, null, 'neutrality']]],
    ['a year span is no range', 'Pada 2020 hingga 2024 laporan pelanggaran netralitas ASN menurun.', []],
    ['forecast', 'Bawaslu memperkirakan pelanggaran netralitas ASN bisa mencapai 30 kasus.', [[30, 'forecast', null, null, 'neutrality']]],
    ['forecast by modal and change verb', 'Laporan netralitas ASN akan naik hingga 50 kasus menjelang pencoblosan.', [[50, 'forecast', null, null, 'neutrality']]],
    ['a contrast ends the forecast', 'Bawaslu memprediksi pelanggaran netralitas ASN naik, sementara saat ini tercatat 31 kasus.', [[31, 'exact', null, null, 'neutrality']]],
    [
      'parts after "Dari N unit yang …,"',
      'Dari 27 ASN yang dilaporkan Bawaslu, 19 direkomendasikan ke BKN, sedangkan 8 lainnya tidak terbukti melanggar.',
      [[27, 'exact', null, null, 'neutrality'], [19, 'exact', null, 27, 'neutrality'], [8, 'exact', null, 27, 'neutrality']],
    ],
    [
      'a whole split into a neutrality part covers all violations',
      'Bawaslu mencatat 120 pelanggaran selama Pemilu 2024, 45 di antaranya pelanggaran netralitas ASN.',
      [[120, 'exact', null, null, 'all'], [45, 'exact', null, 120, 'neutrality']],
    ],
    ['another kind of violation', 'Bawaslu juga menerima 2 laporan politik uang pada Pilkada 2024.', [[2, 'exact', null, null, 'all']]],
    ['a number after "dari jumlah itu" that is a percentage is no part', 'Bawaslu mencatat 40 kasus netralitas ASN. Dari jumlah itu, 60 persen di media sosial.', [[40, 'exact', null, null, 'neutrality']]],
  ])('%s', (_what, text, expected) => {
    expect(rows(text)).toEqual(expected);
    void ctxR;
  });

  it('items of a per-region breakdown carry the unit of the first and their own region', () => {
    const text = 'Bawaslu merilis dugaan pelanggaran netralitas ASN pada Pilkada 2024. Jawa Barat 12 kasus, Jawa Timur 9, dan Banten 4.';
    const c = ctx(text);
    const d = extractDates(c);
    const regions = extractRegions(c);
    const out = extractViolations(c, d.elections, regions);
    expect(out.map((v) => [v.value, v.unit, v.region?.name ?? null])).toEqual([
      [12, 'kasus', 'Jawa Barat'],
      [9, 'kasus', 'Jawa Timur'],
      [4, 'kasus', 'Banten'],
    ]);
  });

  it.each([
    ['a date after the count is no item', 'Bawaslu mencatat 12 kasus pelanggaran netralitas ASN, Senin 14 Oktober.'],
    ['an article of a law is no item', 'Bawaslu mencatat 12 kasus pelanggaran netralitas ASN, Pasal 71 dilanggar.'],
  ])('%s', (_what, text) => {
    expect(counts(text).map((v) => v.value)).toEqual([12]);
  });

  it.each([
    ['the recipient of a forwarded case is not the reporter', 'Bawaslu Sigi mencatat 7 ASN melanggar netralitas yang telah diteruskan ke KASN.', 'Bawaslu'],
    ['nor before the count', 'Setelah diteruskan ke KASN, 7 ASN dijatuhi sanksi.', null],
    ['where reports came from only when there is no other', 'KASN menerima 2 laporan netralitas ASN dari Bawaslu Maluku.', 'KASN'],
    ['reports arriving at a body were counted by it', 'Laporan netralitas ASN yang masuk ke Bawaslu Kalsel sebanyak 25 laporan.', 'Bawaslu'],
  ])('%s', (_what, text, reporter) => {
    expect(counts(text).map((v) => v.reporter)).toEqual([reporter]);
  });

  it.each<[string, string, Array<[number, string]>]>([
    ['restated in other words of the group', 'Bawaslu menangani 5 kasus netralitas ASN. Menurut Ketua Bawaslu, 5 pelanggaran itu berupa unggahan.', [[5, 'kasus']]],
    ['a demonstrative restates across groups', 'Dua ASN dijatuhi sanksi karena tidak netral. Bawaslu menyebut 2 pelanggaran netralitas tersebut ditemukan di medsos.', [[2, 'ASN']]],
    ['a vague figure made exact', 'Belasan pegawai diperiksa Bawaslu karena tidak netral. Pemeriksaan terhadap 13 pegawai itu rampung.', [[13, 'pegawai']]],
    ['the same value of another group without demonstrative stays apart', 'Bawaslu mencatat 5 kasus netralitas ASN dan memeriksa 5 ASN yang diduga tidak netral.', [[5, 'kasus'], [5, 'ASN']]],
  ])('%s', (_what, text, expected) => {
    expect(counts(text).map((v) => [v.value, v.unit])).toEqual(expected);
  });

  it('a figure of an earlier election keeps its year; a compared election is not the figure\'s', () => {
    const text = 'Menjelang Pilkada 2024, Bawaslu mengingatkan ASN. Pada Pilkada 2020, Bawaslu menangani 23 kasus netralitas ASN. Tahun ini tercatat 7 kasus netralitas ASN, lebih banyak dari Pilkada 2018.';
    expect(counts(text).map((v) => [v.value, v.election, v.year])).toEqual([
      [23, 'Pilkada', 2020],
      [7, 'Pilkada', 2024],
    ]);
  });

  it.each([
    'Sebanyak 4.000 ASN diimbau tidak hadir dalam kampanye.',
    'Sebanyak 200 ASN hadir dalam sosialisasi netralitas yang digelar Bawaslu.',
  ])('an audience is no count even near "kampanye": %s', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('attending a campaign is the offence', () => {
    expect(counts('Panwascam menemukan sedikitnya lima kepala desa yang menghadiri kampanye calon bupati pada Pilkada 2024.').map((v) => [v.value, v.qualifier, v.unit])).toEqual([
      [5, 'at_least', 'kepala desa'],
    ]);
  });
});
