// Date forms of history features and long narratives (issue 15, general-news set): dates and years before
// 1900, `N tahun kemudian` counted from the last written year, centuries (a time expression with no calendar
// value), `semalam` as last night. Negatives next to the positives: counts that look like old years, durations.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { ctxOf } from './helpers.js';

/** [text, iso, certain] of every mention. */
const found = (text: string, published = '2024-06-03') =>
  extractDates({ ...ctxOf(text), published }).dates.map((d) => [d.text, d.iso, d.certain] as const);

describe('dates before 1900', () => {
  it.each([
    ['Peristiwa itu terjadi pada 22 Juni 1527 di pelabuhan.', '22 Juni 1527', '1527-06-22'],
    ['Jalur dibuka pada Sabtu, 10 Agustus 1867.', 'Sabtu, 10 Agustus 1867', '1867-08-10'],
    ['Kapal itu tiba pada April 1619 di Banten.', 'April 1619', '1619-04'],
    ['Bangsa Portugis tiba pada 1522 dan membuat perjanjian.', '1522', '1522'],
    ['Kota itu didirikan sejak 1850 silam.', '1850', '1850'],
    ['Belanda menguasai kawasan itu pada 1619.', '1619', '1619'],
  ] as const)('%s', (text, mention, iso) => {
    expect(found(text)).toEqual([[mention, iso, true]]);
  });

  it.each([
    ['Pendaki harus naik hingga 1500 meter di atas laut.'],
    ['Bantuan dikirim pada 1200 keluarga korban.'],
    ['Sebanyak 1865 warga mengungsi sejak pagi.'],
  ])('no old year: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('years counted from the last written date', () => {
  it.each([
    ['Ia dipenjara pada 2019 dan bebas bersyarat tiga tahun kemudian.', 'tiga tahun kemudian', '2022'],
    ['Portugis tiba pada 1522. Lima tahun kemudian, Demak merebut kota itu.', 'Lima tahun kemudian', '1527'],
    ['Pasar terbakar pada Maret 2017 dan dibangun ulang dua tahun kemudian.', 'dua tahun kemudian', '2019'],
    ['Rumah itu dibangun pada 5 Mei 2010. Setahun kemudian, rumah itu dijual.', 'Setahun kemudian', '2011'],
  ] as const)('%s', (text, mention, iso) => {
    expect(found(text).find((m) => m[0] === mention)).toEqual([mention, iso, false]);
  });

  it('with no date written before it, the publication year', () => {
    expect(found('Dua tahun kemudian, proyek itu selesai.', '2024-06-03')).toEqual([['Dua tahun kemudian', '2026', false]]);
  });
});

describe('centuries', () => {
  it.each([
    ['sejak abad ke-12 menjadi pelabuhan', 'abad ke-12'],
    ['pada pertengahan abad ke 19', 'abad ke 19'],
    ['bangunan dari abad XIX itu', 'abad XIX'],
    ['Abad ke-21 ditandai teknologi digital.', 'Abad ke-21'],
  ] as const)('%s', (text, mention) => {
    expect(found(text)).toEqual([[mention, null, false]]);
  });

  it.each([['selama lebih dari tiga abad'], ['setengah abad kemudian'], ['pada abad lalu'], ['seabad silam']])(
    'no century: %s',
    (text) => {
      expect(found(text).filter((m) => /abad/iu.test(m[0]))).toEqual([]);
    },
  );
});

describe('semalam (last night)', () => {
  it.each([
    ['"Semalam kami tidur di tenda," kata warga.', 'Semalam'],
    ['Hujan deras turun sejak semalam.', 'semalam'],
    ['Warga sudah berjaga. Semalam, air naik setinggi lutut.', 'Semalam'],
  ] as const)('%s', (text, mention) => {
    expect(found(text, '2024-03-19')).toEqual([[mention, '2024-03-18', false]]);
  });

  it.each([['Mereka menginap semalam di rumah kerabat.'], ['Ia berjaga semalam suntuk.'], ['Biaya semalam Rp 300.000.']])(
    'a duration: %s',
    (text) => {
      expect(found(text, '2024-03-19')).toEqual([]);
    },
  );
});

describe('decades and year ranges', () => {
  it.each([
    ['Proyek itu dimulai pada 1990-an.', [['1990-an', null, false]]],
    ['Di era 2000-an internet masuk desa.', [['2000-an', null, false]]],
    ['Pada 2019-2020 sekolah ditutup.', [['2019-2020', '2019', true], ['2020', '2020', true]]],
    ['Ia menjabat sejak 1998–2003 di sana.', [['1998–2003', '1998', true], ['2003', '2003', true]]],
  ] as const)('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    ['Anggota DPRD periode 2024-2029 dilantik.'],
    ['Persib juara musim 2023/2024.'],
    ['Nomor registrasi 2019-2020 ditolak.'],
    ['Skor akhir pada 2019-1990 tidak masuk akal.'],
    ['Ia menyebut pada 1990-2040 sebagai target.'],
  ])('no year range: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('day words', () => {
  it.each([
    ['Para anggota dilantik tanggal 10 bulan ini.', 'tanggal 10 bulan ini', '2024-06-10'],
    ['Gaji dibayar tgl. 25 bulan depan.', 'tgl. 25 bulan depan', '2024-07-25'],
    ['Rapat digelar tanggal 3 bulan lalu.', 'tanggal 3 bulan lalu', '2024-05-03'],
    ['Pelaku ditangkap dini hari tadi.', 'dini hari tadi', '2024-06-03'],
    ['Polisi datang pagi tadi.', 'pagi tadi', '2024-06-03'],
  ] as const)('%s', (text, mention, iso) => {
    expect(found(text)).toEqual([[mention, iso, false]]);
  });

  it('`tanggal 31 bulan depan` of a 30-day month is no date', () => {
    expect(found('Dibayar tanggal 31 bulan depan.', '2024-05-10')).toEqual([]);
  });

  it('`hari yang sama` is the date named before it', () => {
    expect(found('Ia ditangkap Kamis (6/6/2024). Pada hari yang sama, rumahnya digeledah.')).toEqual([
      ['Kamis (6/6/2024)', '2024-06-06', true],
      ['hari yang sama', '2024-06-06', false],
    ]);
  });

  it('a count of months is still a count without `tanggal`', () => {
    expect(found('Iuran naik 3 bulan lalu.')).toEqual([['3 bulan lalu', '2024-03', false]]);
  });
});
