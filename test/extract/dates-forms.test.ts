// The date forms added for unseen news (issue 15): months and years, relative periods, dates counted from
// the last written date, times that belong to an earlier date, weekday followers and ranges. One table per
// form, with the negatives next to the positives.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { extractDates } from '../../src/extract/dates/index.js';
import type { ExtractContext } from '../../src/model.js';
import { ctxOf } from './helpers.js';

const ctx = (text: string, published: string | null): ExtractContext => ({ ...ctxOf(text), published });

/** [text, iso, certain, kind, time] of every mention. */
const found = (text: string, published: string | null = '2024-11-22') =>
  extractDates(ctx(text, published)).dates.map((d) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    return [d.text, d.iso, d.certain, d.kind, d.time] as const;
  });

describe('months and years (kind period)', () => {
  it.each([
    // text, published, mention, iso, certain
    ['Kasus ini dilaporkan pada Desember 2024.', '2025-01-08', 'Desember 2024', '2024-12', true],
    ['sejak Okt 2024 belum dibayar', '2025-01-08', 'Okt 2024', '2024-10', true],
    ['dan mulai diperiksa awal Januari.', '2025-01-08', 'awal Januari', '2025-01', false],
    ['Pendaftaran dibuka sejak Mei lalu.', '2024-07-05', 'Mei', '2024-05', false],
    ['diumumkan pada Maret mendatang', '2024-07-05', 'Maret', '2025-03', false],
    ['Hasilnya keluar akhir Juli.', '2024-07-05', 'akhir Juli', '2024-07', false],
    ['Deklarasi digelar pada 2019 menjelang pemilu.', '2024-09-03', '2019', '2019', true],
    ['Mulai tahun 2004, presiden dipilih langsung.', '2024-09-03', 'tahun 2004', '2004', true],
    ['Ia bekerja sejak 2015.', '2024-09-03', '2015', '2015', true],
    ['hingga akhir 2025 nanti', '2024-09-03', 'akhir 2025', '2025', true],
    ['Tahun lalu dua pegawai disanksi.', '2024-09-03', 'Tahun lalu', '2023', false],
    ['dijatuhi sanksi dua tahun lalu', '2024-09-03', 'dua tahun lalu', '2022', false],
    ['Pelantikan direncanakan bulan depan.', '2025-03-12', 'bulan depan', '2025-04', false],
    ['dilaporkan akhir bulan ini', '2025-01-08', 'akhir bulan ini', '2025-01', false],
    ['Anggota bertugas hingga akhir tahun.', '2024-07-05', 'akhir tahun', '2024', false],
    ['Tahun ini pemilih pemula bertambah.', '2024-07-05', 'Tahun ini', '2024', false],
  ] as const)('%s', (text, pub, mention, iso, certain) => {
    expect(found(text, pub)).toEqual([[mention, iso, certain, 'period', null]]);
  });

  it('a year joined to a cued one is a year too', () => {
    expect(found('pasar itu terbakar pada 2018 dan 2021.').map((m) => [m[0], m[1]])).toEqual([
      ['2018', '2018'],
      ['2021', '2021'],
    ]);
  });

  it('a month range gives both months, the first taking the written year', () => {
    expect(found('temuan selama Oktober-November 2024 dibahas').map((m) => [m[0], m[1]])).toEqual([
      ['Oktober', '2024-10'],
      ['November 2024', '2024-11'],
    ]);
  });

  it.each([
    ['sesuai UU Nomor 7 Tahun 2017 tentang Pemilu'],
    ['PP Nomor 94 Tahun 2021 mengatur disiplin'],
    ['Pilkada 2020 dan Pemilu 2019 berbeda'],
    ['anggota DPRD periode 2024-2029 dilantik'],
    ['sebanyak 2019 pemilih terdaftar'],
    ['Juni Rahmawati hadir di aula'],
    ['April dan Mei adalah nama tokoh itu'],
    ['laporan setiap akhir tahun disampaikan'],
    ['selama dua minggu ini'],
    ['dalam beberapa hari lalu'],
    ['kode 2024/ABC tercatat'],
    ['nomor 2024 tertera di kaus'],
    ['direlokasi hingga tiga bulan ke depan'],
    ['diperketat sejak dua hari terakhir'],
    ['skor 2018 dan 2021 poin'],
  ])('no month or year: %s', (text) => {
    expect(found(text).filter((m) => m[3] === 'period')).toEqual([]);
  });
});

describe('dates counted from the last written date', () => {
  it.each([
    ['Rapat digelar 12 Oktober 2002. Sehari kemudian, polisi datang.', 'Sehari kemudian', '2002-10-13'],
    ['Bom meledak 12 Oktober 2002. Tiga minggu kemudian, tersangka ditangkap.', 'Tiga minggu kemudian', '2002-11-02'],
    ['Dilantik 20 Februari 2025. Sebulan kemudian, retret digelar.', 'Sebulan kemudian', '2025-03-20'],
    ['Video diunggah Jumat (25/10/2024). Keesokan harinya, lurah dipanggil.', 'Keesokan harinya', '2024-10-26'],
    ['Upacara Sabtu (17/8/2024). Sehari sebelumnya, gladi digelar.', 'Sehari sebelumnya', '2024-08-16'],
    ['Dilaporkan 3 November 2024. Dua hari kemudian, kades dipanggil.', 'Dua hari kemudian', '2024-11-05'],
  ] as const)('%s', (text, mention, iso) => {
    const m = found(text, '2024-12-01').find((x) => x[0] === mention);
    expect(m).toEqual([mention, iso, false, 'event', null]);
  });

  it('counts from the written date, not from a relative one in between', () => {
    const text = 'Dilantik 20 Februari 2025. Gelombang kedua bulan depan. Sebulan kemudian, retret digelar.';
    expect(found(text, '2025-03-12').map((m) => [m[0], m[1]])).toEqual([
      ['20 Februari 2025', '2025-02-20'],
      ['bulan depan', '2025-04'],
      ['Sebulan kemudian', '2025-03-20'],
    ]);
  });

  it('without a written date it counts from the publication date, and without either it is dropped', () => {
    expect(found('Rapat digelar sehari sebelumnya di aula.', '2024-11-22')).toEqual([['sehari sebelumnya', '2024-11-21', false, 'event', null]]);
    expect(found('Rapat digelar sehari sebelumnya di aula.', null)).toEqual([]);
  });

  it.each([['kemudian ia pergi'], ['minggu kemudian'], ['tiga hari berturut-turut'], ['selama tiga hari']])('no date: %s', (text) => {
    expect(found(`Rapat 5 November 2024. ${text}.`).length).toBe(1);
  });
});

describe('times of day', () => {
  it('a time after a date in the passage belongs to that date', () => {
    const text =
      'Pesawat hilang kontak pada Minggu (28/12/2014) kemarin. Pesawat lepas landas pukul 05.35 WIB dan hilang sekitar pukul 06.14 WIB.';
    expect(found(text, '2014-12-29')).toEqual([
      ['Minggu (28/12/2014) kemarin', '2014-12-28', true, 'event', '05:35'],
      ['pukul 05.35 WIB', '2014-12-28', false, 'event', '05:35'],
      ['pukul 06.14 WIB', '2014-12-28', false, 'event', '06:14'],
    ]);
  });

  it('the passage is the paragraph and the one before it', () => {
    const text = 'Rapat digelar Selasa (7/1/2025).\n\nRapat yang dimulai pukul 09.30 WIB itu membahas temuan.';
    expect(found(text, '2025-01-08').map((m) => [m[0], m[1]])).toEqual([
      ['Selasa (7/1/2025)', '2025-01-07'],
      ['pukul 09.30 WIB', '2025-01-07'],
    ]);
    const far = 'Rapat digelar Selasa (7/1/2025).\n\nPeserta 40 orang.\n\nAcara dimulai pukul 09.30 WIB.';
    expect(found(far, '2025-01-08').map((m) => m[0])).toEqual(['Selasa (7/1/2025)']);
  });

  it.each([
    ['dimulai pukul 10.30 di aula'],
    ['Petugas bekerja dua shift, pukul 08.00-16.00 dan 16.00-24.00.'],
    ['Debat 16 Nov 2024. Setiap debat disiarkan mulai pukul 19.00 WIB.'],
    ['Debat 16 Nov 2024. Waktu tempuh 31.45 menit.'],
  ])('no time mention: %s', (text) => {
    expect(found(text).filter((m) => m[0].toLowerCase().startsWith('pukul') || /^\d/.test(m[0]) && m[0].includes('.'))).toEqual([]);
  });
});

describe('weekdays and day words', () => {
  it('a weekday after hingga/sampai is a date only when its clause gives the direction', () => {
    expect(found('Posko dibuka mulai besok hingga Senin.').map((m) => [m[0], m[1]])).toEqual([['besok', '2024-11-23'], ['Senin', '2024-11-25']]);
    expect(found('Posko dibuka hingga Senin.')).toEqual([]);
    // a future cue in an earlier sentence does not reach it
    expect(found('Rapat akan digelar. Posko dibuka hingga Senin.')).toEqual([]);
  });

  it.each([
    // 2024-11-22 is a Friday. A bare weekday is the latest such day on or before publication, unless a future
    // cue earlier in its clause puts it on or after (`dijadwalkan`, `akan`, `mulai besok hingga`)
    ['Sidang digelar Selasa malam.', 'Selasa malam', '2024-11-19', null],
    ['Sidang dijadwalkan Selasa malam.', 'Selasa malam', '2024-11-26', null],
    ['Rapat pleno akan digelar pada Jumat.', 'Jumat', '2024-11-22', null],
    ['Sidang semula dijadwalkan Selasa malam.', 'Selasa malam', '2024-11-19', null],
    ['Laporan diterima Minggu pukul 07.55 Wita.', 'Minggu pukul 07.55 Wita', '2024-11-17', '07:55'],
    ['Sosialisasi berakhir Sabtu besok.', 'Sabtu besok', '2024-11-23', null],
    ['Temuan disampaikan Senin kemarin.', 'Senin kemarin', '2024-11-18', null],
    ['Pencarian diperluas esok hari.', 'esok hari', '2024-11-23', null],
    ['Kami terima laporannya pagi ini.', 'pagi ini', '2024-11-22', null],
  ] as const)('%s', (text, mention, iso, time) => {
    // (the kind is left out: a one-line text dated on the publication day reads as a date line)
    expect(found(text).map((m) => [m[0], m[1], m[2], m[4]])).toEqual([[mention, iso, false, time]]);
  });

  it('a weekday range takes the direction of its second weekday', () => {
    expect(found('Sidang berlangsung Senin-Selasa pekan lalu.', '2025-02-17').map((m) => [m[0], m[1]])).toEqual([
      ['Senin', '2025-02-10'],
      ['Selasa pekan lalu', '2025-02-11'],
    ]);
  });

  it('a day word after a written date is the same date, one mention', () => {
    expect(found('Gempa terjadi Rabu (14/8/2024) kemarin.', '2024-08-15')).toEqual([['Rabu (14/8/2024) kemarin', '2024-08-14', true, 'event', null]]);
  });

  it('a short month without a year is a date only with a dot or a direction', () => {
    expect(found('bertemu calon pada 3 Okt lalu.', '2024-11-22').map((m) => [m[0], m[1]])).toEqual([['3 Okt', '2024-10-03']]);
    expect(found('sejak 5 Jan ia menjabat', '2024-11-22')).toEqual([]);
  });

  it('a direction after a day and month picks the year', () => {
    expect(found('lebih rendah dari Pemilu 14 Februari lalu', '2024-11-28').map((m) => m[1])).toEqual(['2024-02-14']);
    expect(found('berakhir 24 Juli mendatang', '2024-07-05').map((m) => m[1])).toEqual(['2024-07-24']);
  });

  it('a range across months gives both days', () => {
    expect(found('Verifikasi digelar pada 29 Mei-23 Juni.', '2024-06-11').map((m) => [m[0], m[1]])).toEqual([
      ['29 Mei', '2024-05-29'],
      ['23 Juni', '2024-06-23'],
    ]);
  });

  it.each([['Apel digelar setiap Senin dan Kamis.'], ['Mereka salat Jumat berjamaah.'], ['Minggu lalu rapat ditunda.']])('no weekday date: %s', (text) => {
    expect(found(text).filter((m) => m[1] !== null && m[1].length === 10)).toEqual([]);
  });
});

describe('date lines in the body are text, bylines at the edges are furniture', () => {
  const body = (s: string) => `${s} ${'kata demi kata '.repeat(14)}berakhir.`;
  it('a date heading a list entry between body paragraphs stays', () => {
    const raw = ['Judul Artikel Sejarah', body('Pembuka artikel'), '14 Februari 1990', body('Peristiwa pertama'), '12 Oktober 2002', body('Peristiwa kedua')].join('\n');
    const c = clean(raw);
    expect(c.text).toContain('14 Februari 1990');
    expect(c.text).toContain('12 Oktober 2002');
  });

  it('a byline date at the top or the bottom still goes', () => {
    const raw = ['Judul Berita', 'Senin, 04 Nov 2024 10:15 WIB', body('Isi berita'), body('Paragraf dua'), 'Kompas.com - 12/11/2024, 14:30 WIB'].join('\n');
    const c = clean(raw);
    expect(c.text).not.toContain('04 Nov 2024');
    expect(c.text).not.toContain('12/11/2024');
    expect(c.headerDate).toBe('2024-11-04');
    expect(clean(c.text).text).toBe(c.text);
  });
});
