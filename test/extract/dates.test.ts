import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELECTION_NAME_RE } from '../../src/extract/dates/elections.js';
import { extractDates, publishedFromText } from '../../src/extract/dates/index.js';
import { DATE_PARSERS, TIME_PATTERN, parseDates } from '../../src/extract/dates/parsers.js';
import { At, candidates } from '../../src/extract/dates/scan.js';
import type { ExtractContext } from '../../src/model.js';
import { budget } from '../helpers/budget.js';

const ctx = (text: string, published: string | null = '2024-11-22'): ExtractContext => ({
  articleId: 't',
  text,
  paragraphs: [{ start: 0, end: text.length }],
  title: null,
  published,
  dateline: null,
});

/** The days found (months and years, kind `period`, are tested on their own). */
const isos = (text: string, published: string | null = '2024-11-22'): string[] =>
  extractDates(ctx(text, published)).dates.flatMap((d) => (d.iso && d.kind !== 'period' ? [d.iso] : []));

const one = (text: string, published: string | null = '2024-11-22') => {
  const { dates } = extractDates(ctx(text, published));
  expect(dates).toHaveLength(1);
  const d = dates[0]!;
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return d;
};

describe('calendar forms', () => {
  it.each([
    // text, published, expected mention text, iso, certain
    ['Deklarasi di Aula Kantor Bupati Lotim, Kamis (03/10/24).', null, 'Kamis (03/10/24)', '2024-10-03', true],
    ['bertempat di Ballroom pada Kamis (3/10/2024)', null, 'Kamis (3/10/2024)', '2024-10-03', true],
    ['kepada Kalteng Pos, Selasa (6/8).', '2024-11-22', 'Selasa (6/8)', '2024-08-06', false],
    ['pada Selasa, 5 November 2024.', null, 'Selasa, 5 November 2024', '2024-11-05', true],
    ['digelar 27 November 2024 nanti', null, '27 November 2024', '2024-11-27', true],
    ['secara serentak tanggal 27 November 2024 mendatang', null, '27 November 2024', '2024-11-27', true],
    ['rapat pada 5 Nop 2024 di kantor', null, '5 Nop 2024', '2024-11-05', true],
    ['sejak 5 Nopember 2024 lalu', null, '5 Nopember 2024', '2024-11-05', true],
    ['sejak 14 Pebruari 2024', null, '14 Pebruari 2024', '2024-02-14', true],
    ['sejak 3 Mrt 2024', null, '3 Mrt 2024', '2024-03-03', true],
    ['pada 17 Agt 2024', null, '17 Agt 2024', '2024-08-17', true],
    ['pada 1 Des 2023', null, '1 Des 2023', '2023-12-01', true],
    ['pada 5 Nov. lalu', '2024-11-22', '5 Nov.', '2024-11-05', false],
    // (the part of the day joins the span since round 10: fixtures/dates/README.md, one expression)
    ["apel Jum'at (4/10/2024) pagi", null, "Jum'at (4/10/2024) pagi", '2024-10-04', true],
    ['apel Jum’at (4/10/2024) pagi', null, 'Jum’at (4/10/2024) pagi', '2024-10-04', true],
    ['apel Jumat (4/10/2024) pagi', null, 'Jumat (4/10/2024) pagi', '2024-10-04', true],
    ['di Mataram, Ahad (6/10).', '2024-11-22', 'Ahad (6/10)', '2024-10-06', false],
    ['Friday, November 22, 2024', null, 'Friday, November 22, 2024', '2024-11-22', true],
    ['Updated November 22, 2024', null, 'November 22, 2024', '2024-11-22', true],
    ['diunggah 2024-11-27 oleh admin', null, '2024-11-27', '2024-11-27', true],
    ['stempel 2024-11-27T10:00:00 tercatat', null, '2024-11-27', '2024-11-27', true],
    ['rapat tanggal 05/11/2024 di aula', null, '05/11/2024', '2024-11-05', true],
    ['rapat 5-11-2024 di aula', null, '5-11-2024', '2024-11-05', true],
    ['rapat tanggal 3/10 di aula', '2024-11-22', '3/10', '2024-10-03', false],
    ['rapat pada 03/10/24 di aula', null, '03/10/24', '2024-10-03', true],
    ['Kamis, 3/10/2024 di aula', null, 'Kamis, 3/10/2024', '2024-10-03', true],
    ['digelar 27 November mendatang', '2024-11-22', '27 November', '2024-11-27', false],
    ['sejak 28 Desember lalu', '2025-01-03', '28 Desember', '2024-12-28', false],
    ['hingga 5 Januari mendatang', '2024-12-30', '5 Januari', '2025-01-05', false],
    ['rapat Fri, 22 Nov 2024', null, 'Fri, 22 Nov 2024', '2024-11-22', true],
    ['posted November 22nd, 2024 by admin', null, 'November 22nd, 2024', '2024-11-22', true],
  ] as const)('%s', (text, pub, mention, iso, certain) => {
    const d = one(text, pub);
    expect(d.text).toBe(mention);
    expect(d.iso).toBe(iso);
    expect(d.certain).toBe(certain);
    expect(d.weekdayMismatch).toBe(false);
  });

  it('day first always: 03/10/24 is 3 October, never 10 March', () => {
    expect(isos('Kamis (03/10/24)', null)).toEqual(['2024-10-03']);
    expect(isos('tanggal 03/10/2024', null)).toEqual(['2024-10-03']);
  });

  it('a range gives both days', () => {
    const { dates } = extractDates(ctx('Pelatihan 5-7 November 2024 di Mataram', null));
    expect(dates.map((d) => [d.text, d.iso])).toEqual([
      ['5-7 November 2024', '2024-11-05'],
      ['7 November 2024', '2024-11-07'],
    ]);
  });

  it('attaches a time to the nearby date', () => {
    const d = one('Rapat digelar Kamis (3/10/2024) pukul 10.15 WIB di aula.', null);
    expect(d.time).toBe('10:15');
    expect(d.text).toBe('Kamis (3/10/2024) pukul 10.15 WIB');
    // a time elsewhere in the sentence: the date takes it, and it is a mention of its own on that day
    const e = extractDates(ctx('Pukul 09.00 WITA, rapat dimulai pada Kamis (3/10/2024) di aula.', null)).dates;
    expect(e.map((x) => [x.text, x.iso, x.time, x.certain, x.rule])).toEqual([
      ['Pukul 09.00 WITA', '2024-10-03', '09:00', false, 'time'],
      ['Kamis (3/10/2024)', '2024-10-03', '09:00', true, 'weekday-paren'],
    ]);
    const f = one('Jumat, 22 November 2024 10:15 WIB', null);
    expect(f.time).toBe('10:15');
  });

  it('a cued time right before a date, joined by at most a cue word, is that date\'s', () => {
    const e = extractDates(ctx('Masa tenang berlangsung 24-26 November 2024. Baliho diturunkan paling lambat pukul 00.00 WIB tanggal 24 November.', '2024-11-20')).dates;
    expect(e.map((x) => [x.text, x.iso, x.time])).toEqual([
      ['24-26 November 2024', '2024-11-24', null],
      ['26 November 2024', '2024-11-26', null],
      ['pukul 00.00 WIB tanggal 24 November', '2024-11-24', '00:00'],
    ]);
    // more than a cue word between them: the time goes back to the date before it, as before
    const g = extractDates(ctx('Rapat digelar Kamis (3/10/2024). Pukul 09.00 WITA peserta hadir, lalu Jumat (4/10/2024) pulang.', null)).dates;
    expect(g.map((x) => [x.rule, x.iso, x.time])).toEqual([
      ['weekday-paren', '2024-10-03', '09:00'],
      ['time', '2024-10-03', '09:00'],
      ['weekday-paren', '2024-10-04', null],
    ]);
  });

  it('an uncued dotted number is not a time', () => {
    expect(one('Kamis (3/10/2024) suhu 32.7 C', null).time).toBeNull();
    expect(one('Kamis (3/10/2024) skor 10.30 untuk tim', null).time).toBeNull();
  });
});

describe('weekday agreement', () => {
  it.each([
    // text, published, iso, certain, mismatch
    ['Selasa (6/8)', '2024-11-22', '2024-08-06', false, false],
    // the nearest year (2025-08-06) is a Wednesday; 2024-08-06 is a Tuesday and close enough
    ['Selasa (6/8)', '2025-02-10', '2024-08-06', false, false],
    ['Rabu (6/8)', '2025-02-10', '2025-08-06', false, false],
    // no year near the reference has a Monday 6 August: keep the nearest, flag it
    ['Senin (6/8)', '2024-11-22', '2024-08-06', false, true],
    // written year + wrong weekday: the numbers win, the mismatch is flagged
    ['Jumat (3/10/2024)', null, '2024-10-03', true, true],
    ['Monday, November 22, 2024', null, '2024-11-22', true, true],
    ['Rabu, 5 November 2024', null, '2024-11-05', true, true],
  ] as const)('%s (published %s)', (text, pub, iso, certain, mismatch) => {
    const d = one(text, pub);
    expect(d.iso).toBe(iso);
    expect(d.certain).toBe(certain);
    expect(d.weekdayMismatch).toBe(mismatch);
  });

  it('without a publication date the year comes from the article', () => {
    const text = 'Menjelang Pilkada 2024, Sekda mengingatkan ASN, Selasa (6/8).';
    const d = extractDates(ctx(text, null)).dates;
    expect(d.map((x) => [x.iso, x.certain])).toEqual([['2024-08-06', false]]);
  });

  it('a weekday picks the neighbouring article year when the article year disagrees', () => {
    // 2025-08-06 is a Wednesday, 2024-08-06 a Tuesday
    const text = 'Program tahun 2025 dibahas, Selasa (6/8).';
    expect(isos(text, null)).toEqual(['2024-08-06']);
  });

  it('full dates in the article are preferred over election years as the reference', () => {
    const text = 'Rapat Kamis (3/10/2024) membahas Pemilu 2019. Lanjutan rapat, Senin (7/10).';
    expect(isos(text, null)).toEqual(['2024-10-03', '2024-10-07']);
  });

  it('no publication date and no years: d/m stays unresolved', () => {
    const { dates } = extractDates(ctx('Rapat digelar Selasa (6/8).', null));
    expect(dates.map((d) => [d.text, d.iso])).toEqual([['Selasa (6/8)', null]]);
  });
});

describe('relative dates resolve against the publication date only', () => {
  it.each([
    ['Rapat digelar kemarin di aula.', 'kemarin', '2024-11-21'],
    ['Rapat digelar hari ini di aula.', 'hari ini', '2024-11-22'],
    ['Rapat digelar besok di aula.', 'besok', '2024-11-23'],
    ['Rapat digelar lusa di aula.', 'lusa', '2024-11-24'],
    ['Rapat digelar kemarin lusa di aula.', 'kemarin lusa', '2024-11-20'],
    ['Rapat digelar 2 hari lalu di aula.', '2 hari lalu', '2024-11-20'],
    ['Rapat digelar dua hari yang lalu di aula.', 'dua hari yang lalu', '2024-11-20'],
    ['Rapat digelar sehari sebelumnya di aula.', 'sehari sebelumnya', '2024-11-21'],
    // 2024-11-22 is a Friday
    ['kata Sugito di Pangkalpinang, Selasa.', 'Selasa', '2024-11-19'],
    ['Rapat digelar pada Jumat malam.', 'Jumat malam', '2024-11-22'],
    ['Rapat digelar pada Jumat lalu.', 'Jumat lalu', '2024-11-15'],
    ['Rapat digelar pada Senin mendatang.', 'Senin mendatang', '2024-11-25'],
    ['Rapat digelar (Rabu) di aula.', 'Rabu', '2024-11-20'],
  ] as const)('%s', (text, mention, iso) => {
    const d = one(text, '2024-11-22');
    expect(d.text).toBe(mention);
    expect(d.iso).toBe(iso);
    expect(d.certain).toBe(false);
  });

  it.each([
    ['Rapat digelar kemarin di aula.'],
    ['Rapat digelar 2 hari lalu di aula.'],
    ['Warga Koba datang lebih awal ke TPS\n18 menit lalu'],
  ])('no publication date → no resolved date: %s', (text) => {
    expect(isos(text, null)).toEqual([]);
  });

  it('a bare weekday with no publication date is an unresolved mention', () => {
    const { dates } = extractDates(ctx('kata Sugito di Pangkalpinang, Selasa.', null));
    expect(dates.map((d) => [d.text, d.iso, d.rule])).toEqual([['Selasa', null, 'weekday']]);
  });

  it('minutes and hours ago are not dates', () => {
    expect(extractDates(ctx('Berita Terkait\n18 menit lalu\n2 jam lalu')).dates).toEqual([]);
  });

  // (`dua minggu lalu` was null before round 10: check7's blind gold counts `tiga pekan lalu` as 21 days back)
  it('last week gives no single day; counted weeks ago are days; a month ago is a month', () => {
    const { dates } = extractDates(ctx('Rapat digelar pekan lalu, dua minggu lalu dan bulan lalu.'));
    expect(dates.map((d) => [d.text, d.iso])).toEqual([
      ['pekan lalu', null],
      ['dua minggu lalu', '2024-11-08'],
      ['bulan lalu', '2024-10'],
    ]);
  });

  it('hari itu takes the date named before it', () => {
    const { dates } = extractDates(ctx('Deklarasi digelar Kamis (3/10/2024). Pada hari itu juga ASN berikrar.', null));
    expect(dates.map((d) => [d.text, d.iso, d.certain])).toEqual([
      ['Kamis (3/10/2024)', '2024-10-03', true],
      ['hari itu', '2024-10-03', false],
    ]);
  });

  it('hari itu with nothing before it gives nothing', () => {
    expect(extractDates(ctx('Pada hari itu juga ASN berikrar.')).dates).toEqual([]);
  });
});

describe('not dates', () => {
  it.each([
    ['sesuai UU Nomor 20 Tahun 2023 tentang ASN'],
    ['Pilkada 2020 dan Pemilu 2019 berbeda'],
    ['dimulai pukul 10.30 di aula'],
    ['suhu 32.7 C di Jakarta'],
    ['skor akhir 3/4 untuk tim tamu'],
    ['sekitar 2/3 peserta hadir'],
    ['sebanyak 3/4 pada babak pertama'],
    ['hubungi 0812-3456-7890 atau 021-5551234'],
    ['terjadi 1.010 perkara'],
    ['Surat Nomor 5/11/2024 tentang netralitas'],
    ['Surat No. 800/12/2024 tentang netralitas'],
    ['lihat https://contoh.id/2024/11/27/berita'],
    ['kode 12/10/2024/ABC'],
    ['sejak 5 Jan ia menjabat'],
    ['di 3 Desa se-kecamatan'],
    ['tanggal 31/02/2024 tidak ada'],
    ['Selasa adalah hari kerja'],
    ['selama dua minggu ini'],
    ['pada minggu ini rapat'],
    ['pada Minggu lalu rapat'],
    ['Mereka salat Jumat berjamaah'],
    ['versi 1.2.3 dirilis'],
    ['nilai 12-3-45 tercatat'],
  ])('%s', (text) => {
    expect(isos(text)).toEqual([]);
  });

  it('law references give neither dates nor elections', () => {
    const r = extractDates(ctx('sesuai UU Nomor 20 Tahun 2023 tentang ASN dan UU Pemilu 2017', null));
    expect(r.dates).toEqual([]);
    expect(r.elections).toEqual([]);
  });
});

describe('elections', () => {
  it.each([
    ['menghadapi Pilkada 2024.', 'Pilkada', 2024, 'Pilkada 2024'],
    ['netral selama Pilkada serentak 2024, guna', 'Pilkada', 2024, 'Pilkada serentak 2024'],
    ['menjelang Pilkada Serentak 2024', 'Pilkada', 2024, 'Pilkada Serentak 2024'],
    ['menjaga netralitas pada Pilkada Lotim 2024,', 'Pilkada', 2024, 'Pilkada Lotim 2024'],
    [
      'menghadapi pemilihan kepala daerah (pilkada) di Kabupaten Katingan tahun 2024, seluruh',
      'Pilkada',
      2024,
      'pemilihan kepala daerah (pilkada) di Kabupaten Katingan tahun 2024',
    ],
    ['saat Pilpres 2019 lalu', 'Pilpres', 2019, 'Pilpres 2019'],
    ['saat Pileg 2024 lalu', 'Pileg', 2024, 'Pileg 2024'],
    ['saat Pilgub NTB 2024 lalu', 'Pilgub', 2024, 'Pilgub NTB 2024'],
    ['saat Pilbup 2020 lalu', 'Pilbup', 2020, 'Pilbup 2020'],
    ['saat Pilwalkot 2020 lalu', 'Pilwalkot', 2020, 'Pilwalkot 2020'],
    ['Pemkab Lotim Tetap Gelar Pilkades Serentak 2020', 'Pilkades', 2020, 'Pilkades Serentak 2020'],
    ['saat PILKADA 2024 nanti', 'Pilkada', 2024, 'PILKADA 2024'],
    ['saat Pemilihan Umum (Pemilu) 2024 lalu', 'Pemilu', 2024, 'Pemilihan Umum (Pemilu) 2024'],
  ] as const)('%s', (text, name, year, written) => {
    const { elections, dates } = extractDates(ctx(text, null));
    expect(elections.map((e) => [e.name, e.year, e.text, e.rule])).toEqual([[name, year, written, 'election-year']]);
    expect(text.slice(elections[0]!.start, elections[0]!.end)).toBe(written);
    expect(dates.filter((d) => d.iso && d.kind !== 'period')).toEqual([]);
  });

  it('one name, two years', () => {
    const { elections } = extractDates(ctx('pada saat Pemilu 2019 atau 2024, jumlah perkara', null));
    expect(elections.map((e) => [e.name, e.year, e.text, e.rule])).toEqual([
      ['Pemilu', 2019, 'Pemilu 2019', 'election-year'],
      ['Pemilu', 2024, '2024', 'election-joined-year'],
    ]);
  });

  it.each([
    ['pilkada serentak tahun ini'],
    ['UU Pemilu 2017 mengatur'],
    ['sukseskan Pilkada. 2024 adalah tahun politik'],
    ['Pilkada\n2024'],
    ['pemilu yang digelar 27 November 2024'],
  ])('no election year: %s', (text) => {
    expect(extractDates(ctx(text, null)).elections).toEqual([]);
  });
});

describe('kinds', () => {
  it.each([
    ['di tengah kontestasi Pilkada yang akan di gelar secara serentak tanggal 27 November 2024 mendatang.', 'election'],
    ['Pemungutan suara dilaksanakan pada 27 November 2024.', 'election'],
    ['Hari pencoblosan jatuh pada Rabu (27/11/2024).', 'election'],
    ['Surat Edaran Nomor 1 Tahun 2024 tanggal 5 November 2024 mengatur netralitas.', 'reference'],
    ['sesuai surat tertanggal 5 November 2024 dari KASN', 'reference'],
    ['Deklarasi digelar serentak pada Kamis (3/10/2024) di aula.', 'event'],
    ['Rapat digelar Selasa, 5 November 2024.', 'event'],
  ] as const)('%s → %s', (text, kind) => {
    const d = one(text, null);
    expect(d.kind).toBe(kind);
  });

  it('a date line at the top is the publication date', () => {
    const text = 'Jumat, 22 November 2024 10:15 WIB\n\nPj Gubernur mengingatkan ASN untuk netral pada Kamis (21/11/2024).';
    const { dates } = extractDates(ctx(text, '2024-11-22'));
    expect(dates.map((d) => [d.text, d.kind, d.time])).toEqual([
      ['Jumat, 22 November 2024 10:15 WIB', 'publication', '10:15'],
      ['Kamis (21/11/2024)', 'event', null],
    ]);
  });

  it('the page header date equal to the publication date is a publication date', () => {
    const text = '32.7 C\nJakarta\nFriday, November 22, 2024\n\nNetralitas ASN Salah Satu Kunci Utama';
    const { dates } = extractDates(ctx(text, '2024-11-22'));
    expect(dates.map((d) => [d.iso, d.kind])).toEqual([['2024-11-22', 'publication']]);
  });
});

describe('publishedFromText', () => {
  it.each([
    ['Jumat, 22 November 2024 10:15 WIB\n\nJudul berita\n\nIsi berita.', '2024-11-22'],
    ['22/11/2024\nJudul berita\n\nIsi berita.', '2024-11-22'],
    ['32.7 C\nJakarta\nFriday, November 22, 2024\n\nNetralitas ASN', '2024-11-22'],
    ['Jakarta, Jumat 22 November 2024\nJudul', '2024-11-22'],
    ['Diterbitkan 2024-11-22 10:15\nJudul', '2024-11-22'],
    ['Judul berita\nJumat, 22 Nov 2024 | 10:15 WIB\n\nIsi', '2024-11-22'],
  ])('%j → %s', (text, iso) => {
    expect(publishedFromText(text)).toBe(iso);
  });

  it.each([
    [''],
    ['Selasa\nJudul'],
    ['22/11\nJudul'],
    ['November 2024\nJudul'],
    ['kemarin\nJudul'],
    ['Pilkada digelar 27 November 2024 di seluruh daerah Indonesia\nIsi'],
    [
      'Lombok Timur NTB – Untuk menjaga kondusifitas daerah dan menegakkan Undang-undang ASN dalam menghadapi kontestasi Pilkada 2024 pada Kamis (3/10/2024)\nIsi',
    ],
    ['Paragraf pertama yang panjang sekali sehingga jelas sudah masuk isi berita dan bukan lagi kepala halaman, karena panjangnya lebih dari seratus enam puluh karakter di satu baris.\n22/11/2024'],
  ])('%j → null', (text) => {
    expect(publishedFromText(text)).toBeNull();
  });
});

describe('seeds', () => {
  const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
  it.each([
    ['000_79a728709b280e4b.txt', null, ['2024-10-03']],
    ['001_8f669d21e09e7c84.txt', null, ['2024-10-03', '2024-11-27']],
    ['002_032903b13de2509e.txt', null, []],
    ['003_f89a6d188a848fe1.txt', null, ['2024-11-05']],
    ['004_69e4b941b536bd41.txt', '2024-11-22', ['2024-08-06', '2024-11-22']],
  ] as const)('%s', (name, pub, expected) => {
    const text = seed(name);
    const r = extractDates(ctx(text, pub));
    expect([...new Set(r.dates.flatMap((d) => (d.iso && d.kind !== 'period' ? [d.iso] : [])))].sort()).toEqual(expected);
    for (const d of r.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    for (const e of r.elections) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('seed 001: the 27 November date is the voting day, and no 2023 from the law', () => {
    const r = extractDates(ctx(seed('001_8f669d21e09e7c84.txt'), null));
    expect(r.dates.find((d) => d.iso === '2024-11-27')?.kind).toBe('election');
    expect(r.dates.some((d) => d.iso?.startsWith('2023'))).toBe(false);
  });

  it('seed 002: Selasa twice, nothing resolved, elections found', () => {
    const r = extractDates(ctx(seed('002_032903b13de2509e.txt'), null));
    expect(r.dates.map((d) => [d.text, d.iso])).toEqual([
      ['Selasa', null],
      ['Selasa', null],
    ]);
    expect(r.elections.map((e) => `${e.name} ${e.year}`)).toEqual(['Pilkada 2024', 'Pemilu 2019', 'Pemilu 2024', 'Pilkada 2020']);
  });

  it('seed 004 without the header date resolves Selasa (6/8) from the article years', () => {
    const r = extractDates(ctx(seed('004_69e4b941b536bd41.txt').replace('Friday, November 22, 2024', ''), null));
    expect([...new Set(r.dates.filter((d) => d.kind !== 'period').map((d) => d.iso))]).toEqual(['2024-08-06']);
  });
});

describe('pathological inputs finish fast', () => {
  it.each([
    ['200,000 spaces', ' '.repeat(200_000)],
    ['50,000 slashes', '/'.repeat(50_000)],
    ['50,000 digits and dots', '1.'.repeat(25_000)],
    ['digit groups', '123.456.'.repeat(6_250)],
    ['digits and slashes', '12/'.repeat(16_000)],
    ['repeated weekdays', 'Selasa, '.repeat(20_000)],
    ['repeated weekday parens', 'Selasa ('.repeat(20_000)],
    ['repeated months', '5 November '.repeat(15_000)],
    ['repeated elections', 'Pilkada Serentak '.repeat(10_000)],
    ['repeated times', 'pukul 10.15 '.repeat(10_000)],
    ['repeated relative', 'dua hari '.repeat(20_000)],
    ['repeated last-week weekdays', 'pada Kamis pekan lalu '.repeat(10_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    extractDates(ctx(text));
    publishedFromText(text);
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});

describe('weekday leads and abbreviations', () => {
  it.each([['Apel digelar setiap Senin.'], ['Rapat ditunda hingga Jumat.'], ['kode Sen 5 November 2024 tercatat']])(
    'no weekday date: %s',
    (text) => {
      const { dates } = extractDates(ctx(text));
      expect(dates.filter((d) => d.rule === 'weekday')).toEqual([]);
      expect(dates.every((d) => d.weekdayMismatch === false)).toBe(true);
    },
  );

  it('an election name right before the date makes it the voting day', () => {
    expect(one('Pilkada Serentak 2024 pada 27 November 2024 diikuti 545 daerah.', null).kind).toBe('election');
    expect(one('Jadwal Pilkada, 27 November 2024, sudah ditetapkan.', null).kind).toBe('election');
  });

  it('a voting-day cue far away in a long sentence does not make an election date', () => {
    const text = `Bawaslu mengawasi pemungutan suara ${'dan juga banyak kegiatan lain '.repeat(6)}serta rapat Kamis (3/10/2024) di aula.`;
    expect(one(text, null).kind).toBe('event');
  });
});

describe('voting-day cue placement', () => {
  it('a cue in a later clause does not make an earlier date a voting day', () => {
    const { dates } = extractDates(
      ctx('Rapat digelar Kamis (21/11/2024) pukul 14.00 WITA di kantor Bawaslu, dan pencoblosan Rabu (27/11) mendatang.'),
    );
    expect(dates.map((d) => [d.iso, d.kind, d.time])).toEqual([
      ['2024-11-21', 'event', '14:00'],
      ['2024-11-27', 'election', null],
    ]);
  });

  it('a cue right after the date in its clause counts', () => {
    expect(one('Tanggal 27 November 2024 sebagai hari pencoblosan.', null).kind).toBe('election');
  });
});

describe('weekday of the previous / next week (news/08)', () => {
  // published Monday 2024-11-18; Monday-first weeks
  it.each<[string, string | null, string[]]>([
    ['Mereka sudah dimintai klarifikasi pada Kamis pekan lalu.', '2024-11-18', ['2024-11-14']],
    ['Klarifikasi digelar pada Senin minggu lalu.', '2024-11-18', ['2024-11-11']],
    ['Pemeriksaan dijadwalkan pada Rabu pekan depan.', '2024-11-18', ['2024-11-27']],
    // published Friday 2024-11-22: still the Thursday of the week before, not yesterday
    ['Mereka diperiksa pada Kamis pekan lalu.', '2024-11-22', ['2024-11-14']],
    // no publication date: nothing to resolve against
    ['Mereka diperiksa pada Kamis pekan lalu.', null, []],
    // `Minggu lalu` alone is "last week", never a Sunday
    ['ASN itu menghadiri kampanye, Minggu lalu.', '2024-11-18', []],
    ['Kedua ASN akan dipanggil pekan depan.', '2024-11-18', []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(isos(text, published)).toEqual(expected);
  });
});

// The parsers run only at the candidate positions of dates/scan.ts (one pass over the text instead of a
// global regex scan per parser). These tests hold that to its promise: on real articles and on awkward
// variants of them (all caps, KELVIN SIGN / long s, astral letters glued to words, digits glued to words),
// every match a plain global loop over a parser's pattern KEEPS (or, for times and elections, every match
// that moves the loop on) starts at a listed position — so the sticky runs find exactly the same.
describe('candidate positions (scan.ts) cover every kept match', () => {
  const dir = new URL('../../fixtures/', import.meta.url);
  const read = (sub: string) =>
    readdirSync(new URL(sub, dir)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(`${sub}${f}`, dir), 'utf8'));
  const articles = [...read('seeds/'), ...read('clean/news/')];
  const variants = (t: string): string[] => [
    t,
    t.toUpperCase(),
    t.toLowerCase(),
    t.replace(/k/g, '\u212a').replace(/s/g, '\u017f'),
    t.replace(/([a-z])( )/g, '$1\ud835\udc00$2'),
    t.replace(/ (\d)/g, 'x$1').replace(/ (hari|pukul|Selasa)/g, '-$1'),
    'hingga7 November 2024, dan5 Desember, jam10.00 WIB, pada3/10/2024, tgl.4/10, Jum’at (4/10), Pilkada2024 2024',
    'Rapat pada 03/10/24, Selasa (6/8), Kamis, 3/10/2024, Friday, November 22, 2024, 2024-11-27, kemarin, 2 hari lalu, ' +
      'sepekan lalu, hari itu, pada Kamis pekan lalu, pukul 10.15 WIB, Pemilihan Kepala Daerah (Pilkada) Lotim tahun 2024.',
  ];
  const texts = articles.flatMap(variants);

  /** Match starts of a global loop over `pattern`: `keep(m)` says whether the match is kept. */
  function keptStarts(pattern: RegExp, text: string, keep: (m: RegExpExecArray) => boolean): number[] {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    const out: number[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0 || !keep(m)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      out.push(m.index);
    }
    return out;
  }

  it.each(DATE_PARSERS.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    for (const text of texts) {
      const listed = new Set(candidates(text).lists[p.at]);
      const missed = keptStarts(p.pattern, text, (m) => p.extract(m, text) !== null).filter((s) => !listed.has(s));
      expect(missed).toEqual([]);
    }
  });

  it('times: every match not refused by the character before it', () => {
    for (const text of texts) {
      const listed = new Set(candidates(text).lists[At.Time]);
      const starts = keptStarts(TIME_PATTERN, text, (m) => m.index === 0 || !(m.groups!.cue ? /[\p{L}\p{N}]/u : /[\p{L}\p{N}.,:]/u).test(text[m.index - 1]!));
      expect(starts.filter((s) => !listed.has(s))).toEqual([]);
    }
  });

  it('elections: every name match', () => {
    for (const text of texts) {
      const listed = new Set(candidates(text).lists[At.Election]);
      expect(keptStarts(ELECTION_NAME_RE, text, () => true).filter((s) => !listed.has(s))).toEqual([]);
    }
  });

  it('finds what a global loop over every parser finds', () => {
    for (const text of texts) {
      const naive: string[] = [];
      for (const p of DATE_PARSERS) {
        const re = new RegExp(p.pattern.source, p.pattern.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const r = p.extract(m, text);
          if (r === null) re.lastIndex = m.index + 1;
          else naive.push(...(Array.isArray(r) ? r : [r]).map((c) => JSON.stringify(c)));
        }
      }
      expect(parseDates(text).map((c) => JSON.stringify(c))).toEqual(naive);
    }
  });
});
