// Paradigm tables for the date kinds of round 10 (the kinds check7's blind set found): counted relative spans
// (number words × units × directions), a weekday with its part of the day before its date, an evening time after a
// date in the small hours, a sentence framed in an earlier year, a deadline weekday after `sampai`/`hingga`, and the
// start of a dash range across months with the year written once. Rows are generated from the lexicon's data; every
// table has negative rows (numbers and stretches of time that are not dates).
import { describe, expect, it } from 'vitest';
import { DEADLINE_CUES, INDONESIAN_MONTHS, MONTHS, PARTS_OF_DAY, PERIOD_MODIFIERS, RANGE_CONNECTOR_WORDS, RANGE_DASHES, RECURRENCE_WORDS, RELATIVE_DIRECTIONS, RELATIVE_UNITS, WEEKDAYS } from '../../src/lexicon/calendar.js';
import { ELECTION_NAMES } from '../../src/lexicon/violations.js';
import { extractDates } from '../../src/extract/dates/index.js';
import type { ExtractContext } from '../../src/model.js';
import { ctxOf } from './helpers.js';

const ctx = (text: string, published: string | null): ExtractContext => ({ ...ctxOf(text), published });
const found = (text: string, published: string): Array<[string, string | null, boolean]> =>
  extractDates(ctx(text, published)).dates.map((d) => [d.text, d.iso, d.certain]);

/** `iso` moved by `days` days / `months` months (day clamped) / `years` years: the arithmetic, independently. */
const day = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const month = (iso: string, months: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  const t = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};
const monthDay = (iso: string, months: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  const t = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(t / 12);
  const m = t % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(Math.min(d.getUTCDate(), last)).padStart(2, '0')}`;
};

// ---- counted relative spans -------------------------------------------------------------------

/** Number words and digits, with their value: the closed class up to the tens (units, `sepuluh`, `sebelas`, the
 *  teens, the tens and a ten with a unit). */
const NUMBERS: Array<[string, number]> = [
  ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5], ['enam', 6], ['tujuh', 7], ['delapan', 8], ['sembilan', 9],
  ['sepuluh', 10], ['sebelas', 11], ['dua belas', 12], ['lima belas', 15], ['sembilan belas', 19], ['dua puluh', 20],
  ['dua puluh lima', 25], ['tiga puluh', 30], ['2', 2], ['10', 10], ['45', 45],
];
/** Each unit written as a count and its `se-` form (`sehari`, `sepekan`). */
const UNITS = Object.keys(RELATIVE_UNITS);
const DIRS = Object.entries(RELATIVE_DIRECTIONS);
const PUBS = ['2024-03-08', '2024-12-30'];
/** What a counted span gives from publication (`lalu`, `mendatang`, `lagi`) or from the written date before it. */
function expected(unit: string, n: number, where: 'past' | 'future' | 'after' | 'before', anchor: string): string {
  const k = where === 'past' || where === 'before' ? -n : n;
  const u = RELATIVE_UNITS[unit]!;
  if (u.step === 'day') return day(anchor, k * u.days);
  if (u.step === 'month') return where === 'after' || where === 'before' ? monthDay(anchor, k) : month(anchor, k);
  return String(Number(anchor.slice(0, 4)) + k);
}

describe('counted relative spans: number × unit × direction', () => {
  const rows: Array<[string, string, string]> = [];
  for (const pub of PUBS)
    for (const [num, n] of NUMBERS)
      for (const unit of UNITS)
        for (const [dir, where] of DIRS) {
          if (where === 'present') continue;
          rows.push([`${num} ${unit} ${dir}`, pub, expected(unit, n, where, pub)]);
        }
  it.each(rows)('"%s" (published %s) is %s', (span, pub, iso) => {
    // a sentence with no date before the span: `kemudian`/`sebelumnya` count from the publication date
    expect(found(`Rekomendasi itu dikirim ${span} ke instansi.`, pub)).toEqual([[span, iso, false]]);
  });

  const seRows: Array<[string, string, string]> = [];
  for (const unit of UNITS)
    for (const [dir, where] of DIRS) if (where !== 'present') seRows.push([`se${unit} ${dir}`, '2024-03-08', expected(unit, 1, where, '2024-03-08')]);
  it.each(seRows)('"%s" (published %s) is %s', (span, pub, iso) => {
    expect(found(`Rekomendasi itu dikirim ${span} ke instansi.`, pub)).toEqual([[span, iso, false]]);
  });

  // from the last written date before it (README: `… kemudian` / `… sebelumnya` count from the last explicit date)
  it.each(
    UNITS.flatMap((unit) =>
      (['kemudian', 'sebelumnya'] as const).map((dir) => [unit, dir, expected(unit, 3, dir === 'kemudian' ? 'after' : 'before', '2024-01-31')] as const),
    ),
  )('"tiga %s %s" after 31 January 2024 is %s', (unit, dir, iso) => {
    const d = found(`Rapat digelar pada 31 Januari 2024. Tiga ${unit} ${dir}, surat itu dikirim.`, '2024-06-01');
    expect(d[1]).toEqual([`Tiga ${unit} ${dir}`, iso, false]);
  });

  it.each(UNITS.flatMap((unit) => ['beberapa', 'puluhan', 'belasan', 'sekian'].map((q) => [q, unit] as const)))(
    'an open count "%s %s lalu" names no single date',
    (q, unit) => {
      expect(found(`Kasus serupa terjadi ${q} ${unit} lalu di sana.`, '2024-03-08')).toEqual([[`${q} ${unit} lalu`, null, false]]);
    },
  );

  it.each([
    // stretches of time: README "Durations are not dates"
    'Pencarian dilanjutkan tiga hari ke depan.',
    'Harga naik dalam sepekan terakhir.',
    'Harga naik dalam dua pekan terakhir.',
    'Sidang digelar selama dua hari lagi.',
    'Hasilnya diumumkan dalam tiga pekan mendatang.',
    'Status siaga berlaku selama lima tahun mendatang.',
    // numbers that are not dates
    'Pasal 2 ayat 3 hari kerja mengatur itu.',
    'Berkas diproses 7 hari kerja.',
    'Layanan dibuka 24 jam.',
    'Tim menang 3-1 dan 2-0.',
    'Sebanyak 3/12 ASN dilaporkan.',
    'Aplikasi versi 2.10 dirilis.',
    'Skor akhir 3 - 2 untuk tuan rumah.',
    'Usianya 45 tahun.',
    'Masa jabatan 5 tahun.',
    // `lalu lintas` (traffic) and `lalu-lalang` are no direction
    'Operasi tiga hari lalu lintas digelar polisi.',
    'Beberapa hari berikutnya, warga kembali.',
    'Beberapa tahun kemudian, ia pindah.',
    'Selama dua hari lalu-lalang kendaraan padat.',
  ])('%s gives no relative date', (text) => {
    expect(found(text, '2024-03-08')).toEqual([]);
  });

  it('tanggal 25 bulan depan is a day of next month, not 25 months', () => {
    expect(found('Pelantikan digelar tanggal 25 bulan depan.', '2024-03-08')).toEqual([['tanggal 25 bulan depan', '2024-04-25', false]]);
  });
});

// ---- a weekday with its part of the day before its date ---------------------------------------

describe('weekday, part of day, date: one mention', () => {
  // 19 October 2024 is a Saturday
  const rows: Array<[string, string]> = [];
  for (const part of PARTS_OF_DAY) {
    rows.push([`Sabtu ${part}, 19 Oktober`, '2024-10-19']);
    rows.push([`Sabtu ${part} (19/10)`, '2024-10-19']);
    rows.push([`Sabtu ${part}, 19 Oktober 2024`, '2024-10-19']);
  }
  it.each(rows)('"%s" is one date, %s', (span, iso) => {
    const d = found(`Kedua pejabat hadir di acara syukuran pada ${span} lalu.`, '2024-10-30');
    expect(d.map(([t, v]) => [t, v])).toEqual([[span, iso]]);
  });
  it.each(Object.keys(WEEKDAYS).filter((w) => /^[a-z]+$/.test(w) && w.length > 4).slice(0, 7))('%s malam with a date is one mention', (wd) => {
    const name = wd[0]!.toUpperCase() + wd.slice(1);
    expect(found(`Rapat digelar ${name} malam, 12 Desember 2024.`, '2024-12-20')).toHaveLength(1);
  });
  it.each([
    // negatives: a part of day with no weekday is not taken into the date; a weekday before a list item is its own
    ['Rapat digelar malam, 19 Oktober lalu.', '19 Oktober'],
    ['Rapat digelar pagi ini, 19 Oktober lalu.', '19 Oktober'],
  ])('%s: the date alone', (text, span) => {
    expect(found(text, '2024-10-30').map(([t]) => t)).toContain(span);
    expect(found(text, '2024-10-30').some(([t]) => t.startsWith('malam,') || t.startsWith('ini,'))).toBe(false);
  });
});

// ---- an evening time after a date in the small hours ------------------------------------------

describe('a time after "<weekday> dini hari"', () => {
  // published Tuesday 2024-12-03: Senin = 2024-12-02
  it.each([
    ['23.30', '2024-12-01'],
    ['21.00', '2024-12-01'],
    ['18.00', '2024-12-01'],
    ['02.15', '2024-12-02'],
    ['04.00', '2024-12-02'],
    ['10.00', '2024-12-02'],
  ])('pukul %s is on %s', (time, iso) => {
    const d = found(`Pleno berlangsung sejak Minggu (1/12/2024) hingga Senin dini hari. Pleno sempat diskors pukul ${time} WIT.`, '2024-12-03');
    expect(d.find(([t]) => t.startsWith('pukul'))?.[1]).toBe(iso);
  });
  it('the small-hours date itself keeps its day', () => {
    const d = found('Rapat berlangsung hingga Senin dini hari. Rapat diskors pukul 23.30 WIT.', '2024-12-03');
    expect(d.find(([t]) => t === 'Senin dini hari')?.[1]).toBe('2024-12-02');
  });
  it('an evening time after a plain weekday stays on it', () => {
    const d = found('Rapat digelar Senin malam. Rapat diskors pukul 23.30 WIT.', '2024-12-03');
    expect(d.find(([t]) => t.startsWith('pukul'))?.[1]).toBe('2024-12-02');
  });
});

// ---- a sentence framed in an earlier year -----------------------------------------------------

describe('a yearless day or month in a sentence framed in a year takes that year', () => {
  const elections = Object.keys(ELECTION_NAMES).filter((e) => !e.includes(' '));
  const rows: Array<[string, string, string]> = [];
  for (const lead of ['Pada', 'Dalam', 'Saat', 'Ketika', 'Sepanjang']) {
    for (const e of elections.slice(0, 4)) {
      const name = e[0]!.toUpperCase() + e.slice(1);
      rows.push([`${lead} ${name} 2017, rekapitulasi molor hingga pertengahan Desember.`, 'pertengahan Desember', '2017-12']);
      rows.push([`${lead} ${name} 2019 lalu, pencoblosan digelar 17 April.`, '17 April', '2019-04-17']);
    }
    rows.push([`${lead} 2018, banjir melanda pada akhir Januari.`, 'akhir Januari', '2018-01']);
  }
  rows.push(['Tahun 2018, banjir terjadi pada Maret.', 'Maret', '2018-03']);
  // 5 March 2019 is a Tuesday: the written weekday agrees with the frame
  rows.push(['Pada Pemilu 2019, rapat pleno digelar Selasa (5/3).', 'Selasa (5/3)', '2019-03-05']);
  it.each(rows)('%s', (text, span, iso) => {
    const d = found(text, '2024-11-28').find(([t]) => t === span);
    expect(d).toEqual([span, iso, false]);
  });
  it.each([
    // not framed: a contrast, a year later in the sentence, another sentence, a direction, a disagreeing weekday
    ['Berbeda dengan Pilkada 2020, pilkada kali ini digelar 27 November.', '27 November', '2024-11-27'],
    ['Rekapitulasi molor hingga pertengahan Desember, seperti pada Pilkada 2017.', 'pertengahan Desember', '2024-12'],
    ['Pada Pilkada 2017, rekapitulasi molor. Tahun ini pleno selesai pertengahan Desember.', 'pertengahan Desember', '2024-12'],
    ['Pada Pilkada 2017, rekapitulasi molor hingga Desember lalu.', 'Desember', '2023-12'],
    ['Pada Pemilu 2014, rapat pleno digelar Rabu (27/11).', 'Rabu (27/11)', '2024-11-27'],
  ])('%s: not the frame year', (text, span, iso) => {
    expect(found(text, '2024-11-28').find(([t]) => t === span)?.[1]).toBe(iso);
  });
});

// ---- a deadline weekday -----------------------------------------------------------------------

describe('a weekday after hingga/sampai in a deadline lies ahead', () => {
  // published Thursday 2024-10-03
  const ahead: Record<string, string> = { Jumat: '2024-10-04', Senin: '2024-10-07', Kamis: '2024-10-03', Rabu: '2024-10-09' };
  const rows: Array<[string, string]> = [];
  for (const cue of DEADLINE_CUES.filter((c) => !['paling lambat', 'selambat-lambatnya', 'tenggat', 'batas waktu', 'batas akhir'].includes(c)))
    for (const link of ['sampai', 'hingga']) for (const wd of Object.keys(ahead)) rows.push([`Kami ${cue} ${link} ${wd} untuk menyerahkan bukti.`, wd]);
  for (const lead of ['paling lambat', 'selambat-lambatnya', 'batas waktu', 'batas akhir'])
    for (const wd of Object.keys(ahead)) rows.push([`Berkas diserahkan ${lead} ${wd}.`, wd]);
  it.each(rows)('%s', (text, wd) => {
    expect(found(text, '2024-10-03')).toEqual([[wd, ahead[wd], false]]);
  });
  it.each([
    'Pencarian berlangsung hingga Jumat.',
    'Antrean mengular sampai Senin untuk semua warga.',
    'Warga diberi bantuan hingga Senin.',
  ])('%s: no deadline, no date', (text) => {
    expect(found(text, '2024-10-03')).toEqual([]);
  });
});

// ---- a range (or a pair of dates) whose year is written once, at its end ---------------------------

// The start of `25 September hingga 23 November 2024`, `antara 25 September dan 5 Oktober 2024`, `1 Januari s.d. 31
// Desember 2023`, `25 Sep–3 Okt 2024` takes the end's year, as written (certain): every month (full and short name) ×
// every connector of the lexicon (words and dashes, spaced or glued) × where the year stands. (check8, check10 d01/d03/
// d05: the start had the article's year or `certain: false`.)
describe('the start of a range takes the year written on its end', () => {
  const cap = (m: string): string => m[0]!.toUpperCase() + m.slice(1);
  const mm = (i: number): string => String(i + 1).padStart(2, '0');
  const connectors = [...RANGE_CONNECTOR_WORDS.map((w) => ` ${w} `), ...RANGE_DASHES, ...RANGE_DASHES.map((d) => ` ${d} `)];
  const rows: Array<[string, string, boolean]> = [];
  for (const c of connectors) {
    MONTHS.forEach((m, i) => {
      const j = (i + 1) % 12; // the next month: across the new year after December
      const y = i === 11 ? 2024 : 2025;
      const next = MONTHS[j]!;
      for (const [a, b] of [[m.names[0]!, next.names[0]!], [m.short[0] ?? m.names[0]!, next.short[0] ?? next.names[0]!]] as const) {
        rows.push([`25 ${cap(a)}${c}3 ${cap(b)} 2025`, `${y}-${mm(i)}-25`, true]); // the year on the end only
        rows.push([`5 ${cap(a)}${c}17 ${cap(a)} 2025`, `2025-${mm(i)}-05`, true]); // one month named twice
        rows.push([`25 ${cap(a)} 2023${c}3 ${cap(b)} 2025`, `2023-${mm(i)}-25`, true]); // the start has its own year
      }
    });
  }
  it.each(rows)('"%s" starts on %s (certain %s)', (range, iso, certain) => {
    const d = found(`Masa pendaftaran berlangsung ${range} di kantor KPU.`, '2024-09-26');
    expect(d[0]!.slice(1)).toEqual([iso, certain]);
  });
  it.each([
    // an end with a weekday or `tanggal` before it
    ['Laporan dihimpun sejak 1 Oktober hingga Selasa, 5 November 2024.', '2024-10-01', true],
    ['Laporan dihimpun 1 Oktober sampai tanggal 5 November 2024.', '2024-10-01', true],
    ['Laporan masuk antara 25 September dan 5 Oktober 2024.', '2024-09-25', true],
    // no year on the end: nothing to take, the year is inferred
    ['Rekapitulasi mulai 29 November hingga 3 Desember.', '2024-11-29', false],
    ['Rekapitulasi 29 November–3 Desember.', '2024-11-29', false],
    ['Sidang digelar 28 Oktober dan 4 November.', '2024-10-28', false],
    // an end before the start in the same month is no range
    ['Berkas masuk 25 November hingga 3 November 2024.', '2024-11-25', false],
    // a year on a later date that is not joined to the start
    ['Berkas masuk 25 September, lalu disidangkan hingga 3 Oktober 2024.', '2024-09-25', false],
  ] as const)('%s', (text, iso, certain) => {
    expect(found(text, '2024-09-26')[0]!.slice(1)).toEqual([iso, certain]);
  });
  it.each([
    // months with their own years keep them
    ['Harga naik dari Desember 2023 hingga Januari 2024.', [['Desember 2023', '2023-12', true], ['Januari 2024', '2024-01', true]]],
    // counts joined by a connector are no dates
    ['Ia dipanggil 2 hingga 3 kali oleh Bawaslu.', []],
    ['Sebanyak 25 sampai 30 orang hadir.', []],
  ] as const)('%s', (text, want) => {
    expect(found(text, '2024-09-26')).toEqual(want);
  });
});

// A range of months whose year stands on its end (check11/12: `sejak Februari hingga akhir Juni 2018`): the first
// month takes it, as written. Every month × connector × a modifier or none before the end; negatives: no year, the
// start's own year.
describe('the first month of a range of months takes the year written on its end', () => {
  const cap = (m: string): string => m[0]!.toUpperCase() + m.slice(1);
  const rows: Array<[string, string]> = [];
  for (const c of [...RANGE_CONNECTOR_WORDS.map((w) => ` ${w} `), ' - ', ' – '])
    for (const mod of ['', ...PERIOD_MODIFIERS.map((w) => `${w} `)])
      INDONESIAN_MONTHS.forEach((m, i) => {
        const j = (i + 2) % 12; // two months on: across the new year from November
        const y = j < i ? 2024 : 2025;
        rows.push([`sejak ${cap(m)}${c}${mod}${cap(INDONESIAN_MONTHS[j]!)} 2025`, `${y}-${String(i + 1).padStart(2, '0')}`]);
      });
  it.each(rows)('"%s" starts in %s', (span, ym) => {
    const d = found(`Masa kampanye berlangsung ${span} di seluruh kecamatan.`, '2024-09-26');
    expect(d[0]!.slice(1)).toEqual([ym, true]);
  });
  it.each([
    ['Kampanye berlangsung sejak Februari hingga pertengahan Maret.', '2025-02', false],
    ['Kampanye berlangsung sejak Februari 2023 hingga Juni 2025.', '2023-02', true],
  ] as const)('%s', (text, ym, certain) => {
    expect(found(text, '2024-09-26')[0]!.slice(1)).toEqual([ym, certain]);
  });
});

// A weekday after a recurrence word is a set, not a date (check11/01: `disiarkan setiap Kamis pukul 08.00 WIB`).
describe('every weekday is no date', () => {
  const rows: string[] = [];
  for (const r of RECURRENCE_WORDS.filter((w) => w !== 'sehari-hari'))
    for (const wd of ['Senin', 'Selasa', 'Rabu', 'Kamis', "Jum'at", 'Jumat', 'Sabtu', 'Minggu'])
      for (const tail of [' pukul 08.00 WIB', ' malam', ', mulai pukul 19.00'])
        rows.push(`Dialog interaktif disiarkan ${r} ${wd}${tail} di radio daerah.`, `Apel digelar ${r} hari ${wd}${tail} di halaman kantor bupati.`);
  it.each(rows)('%s', (text) => {
    expect(found(text, '2024-09-26')).toEqual([]);
  });
  it('a weekday with its own lead stays a date', () => {
    expect(found('Dialog interaktif disiarkan pada Kamis malam di radio daerah.', '2024-09-26').map((d) => d[1])).toEqual(['2024-09-26']);
  });
});

// `N hari kemudian` / `N hari sebelumnya` count from the day last narrated before them, written or relative (check7
// d09: `digelar Minggu malam lalu … dua hari kemudian` after a date written in an earlier paragraph). Rows: the
// narrated day's forms × the counts × both directions; a negative: with no day before it, the publication date.
describe('a counted day after a narrated day counts from it', () => {
  const pub = '2024-10-03'; // a Thursday
  const narrated: Array<[string, string]> = [
    ['Minggu malam lalu', '2024-09-29'],
    ['Senin lalu', '2024-09-30'],
    ['kemarin', '2024-10-02'],
    ['tiga hari lalu', '2024-09-30'],
    ['Sabtu (28/9)', '2024-09-28'],
    ['28 September', '2024-09-28'],
  ];
  const counts: Array<[string, number]> = [['sehari', 1], ['dua hari', 2], ['tiga hari', 3]];
  const rows: Array<[string, string, string]> = [];
  for (const [when, iso] of narrated)
    for (const [n, k] of counts)
      for (const [dir, sign] of [['kemudian', 1], ['sebelumnya', -1]] as const)
        rows.push([
          `Pemanggilan dijadwalkan Senin (7/10) pukul 09.00 WIB.\n\nKonsolidasi itu digelar ${when} di sebuah rumah makan. Laporan masuk ke Bawaslu ${n} ${dir}.`,
          `${n} ${dir}`,
          day(iso, sign * k),
        ]);
  it.each(rows)('%s', (text, span, iso) => {
    const d = found(text, pub).find(([t]) => t.toLowerCase() === span);
    expect(d?.[1]).toBe(iso);
  });
  it('with no day before it, the publication date', () => {
    expect(found('Laporan masuk ke Bawaslu dua hari kemudian.', pub)).toEqual([['dua hari kemudian', day(pub, 2), false]]);
  });
});

// ---- a day or month with its year in words ----------------------------------------------------

describe('a day or month followed by "tahun <year|lalu|ini|depan>" is one date of that year', () => {
  // published 2024-11-20
  const years: Array<[string, string, boolean]> = [
    ['tahun lalu', '2023', false],
    ['tahun kemarin', '2023', false],
    ['tahun ini', '2024', false],
    ['tahun depan', '2025', false],
    ['tahun mendatang', '2025', false],
    ['tahun 2019', '2019', true],
    ['tahun 1945', '1945', true],
  ];
  const rows: Array<[string, string, boolean]> = [];
  INDONESIAN_MONTHS.forEach((m, i) => {
    const mon = m[0]!.toUpperCase() + m.slice(1);
    const mm = String(i + 1).padStart(2, '0');
    for (const [yw, y, certain] of years) {
      rows.push([`pada ${mon} ${yw}`, `${y}-${mm}`, certain]);
      rows.push([`pada 12 ${mon} ${yw}`, `${y}-${mm}-12`, certain]);
      rows.push([`hingga akhir ${mon} ${yw}`, `${y}-${mm}`, certain]);
    }
  });
  it.each(rows)('"%s" is %s (certain %s)', (span, iso, certain) => {
    const d = found(`Kegiatan itu berlangsung ${span} di kantor bupati.`, '2024-11-20');
    expect(d).toHaveLength(1);
    expect(d[0]!.slice(1)).toEqual([iso, certain]);
  });
  it('a relative date after it counts from the joined date', () => {
    const d = found('Proklamasi dibacakan 17 Agustus tahun 1945. Sehari kemudian UUD disahkan.', '2024-11-20');
    expect(d.map(([t, v]) => [t, v])).toEqual([
      ['17 Agustus tahun 1945', '1945-08-17'],
      ['Sehari kemudian', '1945-08-18'],
    ]);
  });
  it.each([
    // not joined: punctuation between, a period modifier on the year, a year with a direction already on the month
    ['Pada Oktober, tahun lalu juga begitu.', 2],
    ['Pada 12 Oktober akhir tahun lalu.', 2],
    ['Sejak Mei lalu tahun ini berbeda.', 2],
  ])('%s: %s mentions', (text, n) => {
    expect(found(text, '2024-11-20')).toHaveLength(n);
  });
});

// ---- a range of days in one parenthesis -------------------------------------------------------

describe('a weekday range with a range of days: its first and last day', () => {
  // 4-6 November 2024: Monday to Wednesday
  const rows: Array<[string, string, string]> = [];
  for (const link of ['-', '–', ' - ', ' hingga ', ' sampai ', ' s.d. '])
    for (const paren of ['(4-6/11)', '(4-6/11/2024)', '(4 - 6/11/24)', '(4-6.11.2024)']) rows.push([`Senin${link}Rabu ${paren}`, '2024-11-04', '2024-11-06']);
  rows.push(['Senin (4-6/11/2024)', '2024-11-04', '2024-11-06']);
  // without a weekday: a numeric range of days with its year
  for (const r of ['4-6/11/2024', '4–6/11/2024', '4-6.11.2024']) rows.push([r, '2024-11-04', '2024-11-06']);
  it.each(rows)('"%s" is %s to %s', (span, first, last) => {
    const d = found(`Bimbingan teknis digelar ${span} di Mataram.`, '2024-11-20');
    expect(d.map(([, v]) => v)).toEqual([first, last]);
    expect(d[0]![0]).toBe(span);
  });
  it.each([
    // a dash as the date separator with a range is ambiguous; a range running backwards is no range
    'Skor Senin (4-6-11) diumumkan.',
    'Surat Nomor 4-6/11/2024 diterbitkan.',
    'Hasilnya 6-4/11/2024 di papan.',
    'Digelar Senin (6-4/11) di Mataram.',
  ])('%s: no range', (text) => {
    expect(found(text, '2024-11-20').filter(([t]) => t.includes('-'))).toEqual([]);
  });
});

// ---- a weekday-paren date with its part of the day after it ------------------------------------

describe('a part of the day after a weekday-paren date joins its span', () => {
  it.each(PARTS_OF_DAY.flatMap((p) => [`Minggu (17/11/2024) ${p}`, `Minggu (17/11) ${p}`]))('"%s" is one mention', (span) => {
    const d = found(`Rapat pleno digelar ${span} di kantor KPU.`, '2024-11-20');
    expect(d.map(([t, v]) => [t, v])).toEqual([[span, '2024-11-17']]);
  });
  it.each([
    // `malamnya` is another word; a lower-case word after the date is not a part of the day
    ['Rapat digelar Minggu (17/11) malamnya.', 'Minggu (17/11)'],
    ['Rapat digelar Minggu (17/11) lalu.', 'Minggu (17/11)'],
  ])('%s: %s', (text, span) => {
    expect(found(text, '2024-11-20')[0]![0]).toBe(span);
  });
});
