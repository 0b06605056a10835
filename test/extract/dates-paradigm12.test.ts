// Paradigm table for dates (round 17, dates12; issue 22): ~60 invented lines in the style of regional outlets, each
// with its gold mentions as a user sees them ([text, iso, certain] and the time when one is given), run through the
// cleaner and the DATES extractor as the pipeline runs them. Published 2026-12-09 (a Wednesday) unless a row says
// otherwise. Covers weekday-paren dates with and without the year, abbreviated months (Jan, Feb, Agt, Agu, Sept, Okt,
// Nop, Des), numeric dates, a date with its time and zone, a day of next month, the start/middle/end of a month,
// counted spans (dua pekan lalu, 3 hari yang lalu), weekday pairs, coordinated and s.d. ranges, "sejak Januari hingga
// kini", parts of the day (kemarin sore, tadi malam), "Rabu pekan lalu", English months on a bilingual site, dates in a
// headline and a caption, published/updated lines at the top, a year-end article's yearless dates, office hours inside
// a quote, a time after "(11/12) mendatang", and negatives (Hijri dates, app versions, scores, office hours, phone
// numbers, law and PP numbers, election years, "2 x 24 jam", page numbers, prices, percentages, "H-7 pencoblosan": a
// day counted back from a voting day the line does not write, so no date of its own).
//
// A third of the rows are held out (HELD_*): written with the rest, never looked at while tuning, scored separately.
//
// Blind score (before any change of round 17, on 05fc75f; run 2026-12-07 16:16 UTC): 50 of 60 rows right. Tuned rows
// 32 of 38: missed "sejak Januari hingga kini" (2027-01: the January nearest a December publication), the caption's
// date ("Foto: …, Senin (7/12/2026). (ANTARA/Ahmad)": the cleaner drops the caption line), a year-end recap's "14
// Februari" after "Sepanjang 2026," (2027-02-14), "Jumat (11/12) mendatang pukul 09.00 WITA" (the time also a date of
// its own), "30 November lalu" (the span stops before "lalu"; the value right), a live page's "Diperbarui 14.20 WIB"
// (the cleaner drops the line with its stamp). Held-out rows 18 of 22: missed "kemarin sore" (span "kemarin"), the
// year-end "pada Maret" (2027-03), "4 Des lalu" (span "4 Des"), "Dipublikasikan pada 7 Desember 2026" (not read as the
// published date).
//
// After (dates12, 2026-12-07): tuned 36 of 38, held-out 19 of 22 (the year-end "pada Maret", by the span frame). The
// rows still wrong are in LEFT and run as expected failures (it.fails): when one is fixed, its test fails; move it.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/cascade.js';
import { extractDates } from '../../src/extract/dates/index.js';
import { processArticle } from '../../src/pipeline.js';

const HEADLINE = 'Bawaslu Tangani Laporan Netralitas ASN';
const PUB = '2026-12-09';

type Mention = [string, string | null, boolean] | [string, string | null, boolean, string];

/** The date mentions a user sees for `body` under a headline: [text, iso, certain(, time)]. */
function datesOf(body: string, published: string, headline = HEADLINE): Mention[] {
  const c = clean(`${headline}\n\n${body}`);
  const { dates } = extractDates({ articleId: 't', text: c.text, paragraphs: c.paragraphs, title: c.title, published, dateline: null });
  return dates.map((d) => (d.time === null ? [d.text, d.iso, d.certain] : [d.text, d.iso, d.certain, d.time]));
}

type Row = [string, string, Mention[]];

const TUNE: Row[] = [
  ['Rapat pleno digelar Senin (7/12/2026) di aula Bawaslu.', PUB, [['Senin (7/12/2026)', '2026-12-07', true]]],
  ['Surat edaran itu terbit 7 Des 2026 dan langsung disebar.', PUB, [['7 Des 2026', '2026-12-07', true]]],
  ['Sidang digelar 7 Desember 2026 pukul 10.00 WITA di kantor Bawaslu.', PUB, [['7 Desember 2026 pukul 10.00 WITA', '2026-12-07', true, '10:00']]],
  ['Evaluasi digelar awal bulan depan di kantor bupati.', PUB, [['awal bulan depan', '2027-01', false]]],
  ['Laporan itu diterima dua pekan lalu oleh sekretariat.', PUB, [['dua pekan lalu', '2026-11-25', false]]],
  ['Jumlah laporan naik dibanding tahun lalu.', PUB, [['tahun lalu', '2025', false]]],
  ['Sosialisasi digelar 5 dan 6 Desember di aula kantor camat.', PUB, [['5 dan 6 Desember', '2026-12-05', false], ['6 Desember', '2026-12-06', false]]],
  ['Bawaslu menerima 12 laporan sejak Januari hingga kini.', PUB, [['Januari', '2026-01', false]]],
  ['Rapat koordinasi digelar tadi malam di posko pengawasan.', PUB, [['tadi malam', '2026-12-08', false]]],
  ['Sidang digelar 3 Jan 2026, 14 Feb 2026 dan 17 Agu 2026.', PUB, [['3 Jan 2026', '2026-01-03', true], ['14 Feb 2026', '2026-02-14', true], ['17 Agu 2026', '2026-08-17', true]]],
  ['The workshop on ASN neutrality was held on December 7, 2026 in Kendari.', PUB, [['December 7, 2026', '2026-12-07', true]]],
  ['Foto: Petugas memeriksa baliho di Jalan Ahmad Yani, Senin (7/12/2026). (ANTARA/Ahmad)\nBawaslu menurunkan 40 baliho.', PUB, [['Senin (7/12/2026)', '2026-12-07', true]]],
  // a year-end article: a yearless day or month it narrates lies in its own year (the lead's "Sepanjang 2026")
  ['Sepanjang 2026, Bawaslu menangani 23 kasus netralitas ASN. Sebanyak 10 kasus terjadi menjelang pemungutan suara 14 Februari.', '2026-12-30', [['2026', '2026', true], ['14 Februari', '2026-02-14', false]]],
  ['Pelantikan kepala daerah dijadwalkan 20 Februari mendatang.', '2026-12-30', [['20 Februari', '2027-02-20', false]]],
  // office hours inside a quote are no date; the quote's date is
  ['"Posko buka setiap hari pukul 08.00-16.00 WITA," kata Ketua Bawaslu, Senin (7/12).', PUB, [['Senin (7/12)', '2026-12-07', false]]],
  // a time after "(11/12) mendatang" is that date's time, not a date of its own
  ['Pleno dijadwalkan Jumat (11/12) mendatang pukul 09.00 WITA.', PUB, [['Jumat (11/12) mendatang pukul 09.00 WITA', '2026-12-11', false, '09:00']]],
  ['Patroli digelar Sabtu-Minggu (5-6/12) di seluruh kecamatan.', PUB, [['Sabtu-Minggu (5-6/12)', '2026-12-05', false], ['Minggu (5-6/12)', '2026-12-06', false]]],
  ['Rapat digelar 12 Sept 2026, 5 Okt 2026 dan 10 Nop 2026.', PUB, [['12 Sept 2026', '2026-09-12', true], ['5 Okt 2026', '2026-10-05', true], ['10 Nop 2026', '2026-11-10', true]]],
  ['Rapat digelar Kamis (10/12) pagi di kantor camat.', PUB, [['Kamis (10/12) pagi', '2026-12-10', false]]],
  ['Laporan itu diterima 25/11/2026 oleh Bawaslu.', PUB, [['25/11/2026', '2026-11-25', true]]],
  ['Sidang etik digelar 28 Nov 2026 di Mamuju.', PUB, [['28 Nov 2026', '2026-11-28', true]]],
  ['Rekapitulasi selesai 30 November lalu.', PUB, [['30 November lalu', '2026-11-30', false]]],
  ['Kasus serupa terjadi pada 2024 silam.', PUB, [['2024', '2024', true]]],
];

const HELD: Row[] = [
  ['Rapat pleno digelar Senin (7/12) di aula Bawaslu.', PUB, [['Senin (7/12)', '2026-12-07', false]]],
  ['Surat edaran itu terbit 07-12-2026 dan langsung disebar.', PUB, [['07-12-2026', '2026-12-07', true]]],
  ['Klarifikasi dijadwalkan tanggal 14 bulan depan di kantor Bawaslu.', PUB, [['tanggal 14 bulan depan', '2027-01-14', false]]],
  ['Laporan itu masuk pertengahan bulan ini ke sekretariat.', PUB, [['pertengahan bulan ini', '2026-12', false]]],
  ['Terlapor dipanggil 3 hari yang lalu oleh tim klarifikasi.', PUB, [['3 hari yang lalu', '2026-12-06', false]]],
  ['Bimtek berlangsung 1 s.d. 3 Desember di Kendari.', PUB, [['1 s.d. 3 Desember', '2026-12-01', false], ['3 Desember', '2026-12-03', false]]],
  ['Tim patroli menemukan baliho itu kemarin sore di simpang tiga.', PUB, [['kemarin sore', '2026-12-08', false]]],
  ['Laporan itu masuk Rabu pekan lalu ke sekretariat.', PUB, [['Rabu pekan lalu', '2026-12-02', false]]],
  ['Apel digelar 17 Agt 2026 dan rapat 1 Des 2026.', PUB, [['17 Agt 2026', '2026-08-17', true], ['1 Des 2026', '2026-12-01', true]]],
  ['The election supervisory body met on 7 December 2026 in Ambon.', PUB, [['7 December 2026', '2026-12-07', true]]],
  ['Sepanjang 2026, Bawaslu menerima 31 laporan. Laporan pertama masuk pada Maret.', '2026-12-29', [['2026', '2026', true], ['Maret', '2026-03', false]]],
  ['Hasil pemeriksaan diumumkan pekan depan, kata ketua Bawaslu.', PUB, [['pekan depan', null, false]]],
  ['Posko pengaduan ditutup akhir bulan ini.', PUB, [['akhir bulan ini', '2026-12', false]]],
  ['Rapat digelar Selasa (8/12/2026) sore di aula.', PUB, [['Selasa (8/12/2026) sore', '2026-12-08', true]]],
  ['Pemeriksaan dilakukan 4 Des lalu di kantor Bawaslu.', PUB, [['4 Des lalu', '2026-12-04', false]]],
];

// Rows added after the blind score: guards of the rules it led to (what they must leave alone).
const GUARDS: Row[] = [
  // "sejak" before a planned span is no past start
  ['Posko akan dibuka sejak 28 Desember hingga 5 Januari.', '2026-12-20', [['28 Desember', '2026-12-28', false], ['5 Januari', '2027-01-05', false]]],
  // … nor a span closed by a date (a schedule: its start may lie ahead)
  ['Masa kampanye berlangsung sejak 25 September hingga 23 November.', '2026-09-20', [['25 September', '2026-09-25', false], ['23 November', '2026-11-23', false]]],
  ['Kampanye berlangsung sejak Februari hingga pertengahan Maret.', '2026-09-26', [['Februari', '2027-02', false], ['pertengahan Maret', '2027-03', false]]],
  // a sentence's own year frame beats "sejak"
  ['Pada Pilkada 2020, pengawasan berlangsung sejak Januari.', PUB, [['Januari', '2020-01', false]]],
  // a span frame does not reach a plan (a future cue) nor the next paragraph
  ['Sepanjang 2026, Bawaslu menangani 23 kasus. Evaluasi dijadwalkan 10 Januari.', '2026-12-30', [['2026', '2026', true], ['10 Januari', '2027-01-10', false]]],
  ['Sepanjang 2026, Bawaslu menangani 23 kasus.\n\nPelantikan bupati digelar 20 Februari di gedung DPRD.', '2026-12-30', [['2026', '2026', true], ['20 Februari', '2027-02-20', false]]],
  // a time after "lalu" joins its date as after "mendatang"
  ['Rapat digelar Senin (7/12) lalu pukul 10.00 WITA di aula.', PUB, [['Senin (7/12) lalu pukul 10.00 WITA', '2026-12-07', false, '10:00']]],
];

/** Lines with no date a user should see (published PUB). */
const NEGATIVE: string[] = [
  'Peringatan Maulid digelar 12 Rabiul Awal 1448 H di masjid agung.',
  'Petugas memakai aplikasi Sirekap versi 2.1.12 di setiap TPS.',
  'Laga persahabatan itu berakhir dengan skor 3-1 untuk tim Bawaslu.',
  'Kantor pelayanan buka pukul 08.00-16.00 WITA setiap hari kerja.',
  'Warga dapat melapor ke nomor 0812-1207-2026.',
  'Larangan itu diatur dalam UU Nomor 5 Tahun 2014 tentang ASN.',
  'Sanksi disiplin mengacu pada PP 94/2021.',
  'Terlapor diberi waktu 2 x 24 jam untuk memberikan klarifikasi.',
  'Berita selengkapnya di halaman 12/24 edisi cetak.',
  'Harga baliho Rp 12.500 per lembar, naik 12,5 persen.',
  'Pukul 10.00 WIB, massa mulai berdatangan ke kantor Bawaslu.',
];
const HELD_NEGATIVE: string[] = [
  'Pengawasan diperketat pada H-7 pencoblosan di seluruh TPS.',
  'Kegiatan itu melanggar Pasal 71 ayat (3) UU 10/2016.',
  'Pemilu 2029 dan Pilkada 2029 diawasi ketat.',
  'Ketua RT 07/RW 12 ikut menyaksikan penurunan baliho.',
  'Paslon nomor urut 2 meraih 12.207 suara atau 20,26 persen.',
  'Panitia menyediakan 1.207 kursi dan 2.026 kotak suara.',
];

/** An article's published date read from its top lines (no metadata date). */
function publishedOf(top: string): string | null {
  const a = processArticle({
    id: 'p', source: 'p.txt', line: null, format: 'text', html: null, title: null, url: null, published: null, error: null,
    text: `${HEADLINE}\n${top}\n\nBawaslu Kabupaten Konawe mencatat tiga laporan netralitas ASN sejak awal bulan.`,
  });
  return a.published ? a.published.slice(0, 10) : null;
}
const PUBLISHED_LINES: Array<[string, string]> = [
  ['Diterbitkan: 7 Desember 2026, 14.20 WIB', '2026-12-07'],
  ['Diperbarui 7 Des 2026, 14.20 WIB', '2026-12-07'],
];
const HELD_PUBLISHED_LINES: Array<[string, string]> = [['Dipublikasikan pada 7 Desember 2026', '2026-12-07']];

// A live page's stamp after "Diperbarui" is that day at that time.
const LIVE: Row[] = [
  [
    'Diperbarui 14.20 WIB\nBawaslu mencatat tiga laporan sejak TPS dibuka.\n07.00 WIB\nSebanyak 312 TPS mulai dibuka.',
    '2026-12-09T16:00:00+07:00',
    [['14.20 WIB', '2026-12-09', false, '14:20'], ['07.00 WIB', '2026-12-09', false, '07:00']],
  ],
];
// A date in the headline is a date the user sees.
const HEADLINED: Array<[string, string, string, Mention[]]> = [
  ['Bawaslu Periksa Camat Senin (7/12)', 'Camat diperiksa soal unggahan di media sosial.', PUB, [['Senin (7/12)', '2026-12-07', false]]],
];

/** Rows the tool still gets wrong (see the header): expected failures. */
const LEFT = new Set<string>([
  'Foto: Petugas memeriksa baliho di Jalan Ahmad Yani, Senin (7/12/2026). (ANTARA/Ahmad)\nBawaslu menurunkan 40 baliho.',
  'Rekapitulasi selesai 30 November lalu.',
  'Tim patroli menemukan baliho itu kemarin sore di simpang tiga.',
  'Pemeriksaan dilakukan 4 Des lalu di kantor Bawaslu.',
  'Dipublikasikan pada 7 Desember 2026',
]);
const right = <T extends [string, ...unknown[]]>(rows: T[]): T[] => rows.filter((r) => !LEFT.has(r[0]));
const left = <T extends [string, ...unknown[]]>(rows: T[]): T[] => rows.filter((r) => LEFT.has(r[0]));

describe('paradigm12: rows still wrong (expected failures)', () => {
  for (const [body, published, want] of left([...TUNE, ...HELD])) it.fails(body, () => expect(datesOf(body, published)).toEqual(want));
  for (const [top, want] of left(HELD_PUBLISHED_LINES)) it.fails(`published from ${top}`, () => expect(publishedOf(top)).toBe(want));
});

describe('paradigm12: tuned rows', () => {
  it.each(GUARDS)('guard: %s (published %s)', (body, published, want) => expect(datesOf(body, published)).toEqual(want));
  it.each(right(TUNE))('%s (published %s)', (body, published, want) => expect(datesOf(body, published)).toEqual(want));
  it.each(NEGATIVE)('no date: %s', (body) => expect(datesOf(body, PUB)).toEqual([]));
  it.each(PUBLISHED_LINES)('published from %s', (top, want) => expect(publishedOf(top)).toBe(want));
  it.each(LIVE)('%s', (body, published, want) => expect(datesOf(body, published.slice(0, 10))).toEqual(want));
  it.each(HEADLINED)('headline %s', (head, body, published, want) => expect(datesOf(body, published, head)).toEqual(want));
});

describe('paradigm12: held-out rows', () => {
  it.each(right(HELD))('%s (published %s)', (body, published, want) => expect(datesOf(body, published)).toEqual(want));
  it.each(HELD_NEGATIVE)('no date: %s', (body) => expect(datesOf(body, PUB)).toEqual([]));
  it.each(right(HELD_PUBLISHED_LINES))('published from %s', (top, want) => expect(publishedOf(top)).toBe(want));
});
