// Dates on the check26b blind set (fixtures/dates/check26b.txt).
// 12 short articles, 60 gold dates, written blind by check26b on 2026-12-07 (articles and gold by hand, BEFORE any run
// of the tool on them) in the style of outlets of regions no earlier date set used (Aceh Tenggara, Dairi, Hulu Sungai
// Selatan, Riau, Lampung Utara, Batanghari, Fakfak, Kepulauan Yapen, Tojo Una-Una, Paniai, Indragiri Hulu):
// weekday-paren dates with and without the year and with "siang", "pagi", "malam" and a time ("Rabu (4/12) pukul 09.00
// WIB", "Selasa (19/11) pagi, pukul 08.05 WIT", "Minggu (22/6) malam, sekitar pukul 20.30 WIB"); "Minggu, 17 November
// 2024" and "Rabu, 27 November 2024" with commas; day-first dates with and without the year and with "lalu"/"mendatang";
// ranges ("24 hingga 26 November 2024", "25 September sampai 23 November 2024", "21-22 November", "8 dan 9 November", "29
// April-2 Mei 2019" across months, "3 / Desember 2024" across a hard wrap); months ("Januari 2025", "Februari 2025",
// "pertengahan Desember", "akhir Juli", bare "Juli" and "Oktober") and bare years after "Pada" and "Sepanjang"; relative
// dates ("Kamis pekan lalu", "Sabtu lalu", "Kamis depan", "Sabtu depan", "hari Minggu" in speech, "kemarin sore", "besok",
// "lusa", "pekan lalu", "pekan depan", "Tahun ini", "pukul 23.59 WIT malam ini"); published lines (an Antara byline with a
// time, an Instagram "3 mgg · 26 November 2024"); and negatives (a Hijri date "23 Jumadil Awal 1446 H", office hours
// "Senin-Jumat pukul 08.00-15.30 Wita" and "setiap hari pukul 08.00-16.00 Wita", a phone number, a letter number
// "B-3120/KASN/4/2019", "nomor urut 3", "14 hari", "tiga hari kerja", an age, "99,4 FM", "setiap Selasa pekan kedua", "KM
// 3", money and a percentage, law/PP numbers and years, elections' years, "sehari sebelum pencoblosan" (event-anchored,
// not gold by the released convention)).
// Never shown to the engineers tuning the rules; every article is held out. Scored like the dates check set
// (test/extract/dates-dev.ts). CHECK26B_REPORT=1 prints the figures and the problems.
//
// Blind score on bb3e10a (branch check26b's src/ is main at bb3e10a, unchanged; articles and gold committed first in
// 907a043; scored once on 2026-12-07 21:57 UTC):
// P 0.951 R 0.967 F1 0.959 (tp 58 fp 3 fn 2) certain 1.000 time 1.000.
// Kinds: a published/date line on its own line removed by the cleaner with its line (two misses: an Antara byline
// "Jumat, 6 Desember 2024 15:40 WIB", as check22 and check24b; an Instagram footer "3 mgg · 26 November 2024"); office
// hours opened by a weekday range ("buka Senin-Jumat pukul 08.00-15.30 Wita") read as two weekday dates ("Senin" on the
// publication day, "Jumat pukul 08.00" on the Friday before): the open-hours rule keeps out the span of hours but not the
// span of weekdays before it; a time joined to its date by ", sekitar" ("Minggu (22/6) malam, sekitar pukul 20.30 WIB")
// read as a second mention (the time alone, on the right day: one spurious). Found: the range across months, the date
// across a hard wrap, "8 dan 9 November", "Kamis pekan lalu", "hari Minggu" in speech, "lusa", "pekan lalu" without a
// value, "Tahun ini", the time before "malam ini", and all the negatives (the Hijri date, the letter number, "setiap hari
// pukul 08.00-16.00 Wita").
// Gold slips: none noticed (the byline and Instagram date lines are gold by check22's and check24b's convention, which
// the released sets do not all share). The gold was not changed after the run. Floors pinned a hair below the blind
// figures.
import { describeDatesCheckSet } from './dates-dev.js';

describeDatesCheckSet({
  name: 'check26b',
  file: 'fixtures/dates/check26b.txt',
  articles: 12,
  dates: 60,
  reportEnv: 'CHECK26B_REPORT',
  floor: { p: 0.95, r: 0.96, f1: 0.95, certain: 0.99, time: 0.99 },
});
