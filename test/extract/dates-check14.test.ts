// Dates on the check14 blind set (fixtures/dates/check14.txt).
// 12 short articles, 69 gold dates, written blind by check14b on 2026-12-07 (articles and gold by hand, BEFORE any run
// of the tool on them) in the style of outlets of Kalimantan Selatan, Gorontalo, Sumatera Utara and Barat, Jawa Timur
// and Tengah, Bangka Belitung, Kalimantan Tengah, Jambi, Jawa Barat and Bali, of a KASN release of 2023 with its
// dateline, a DPRD hearing, a PTUN court report, a radio Q&A, a Polres release, an Antara wire, a hard-wrapped e-paper of
// 2019, a TV live report and a Radar Bali page with a byline date line: weekday-paren dates with and without the year,
// with part of day ("pagi", "malam") and with a WIB time, day-first dates in running text with and without the year,
// ranges ("1 Juli 2025 sampai 31 Desember 2025", "4-18 Agustus", "22–28 Agustus", "16-18 April"), a release's dateline
// date, relative dates (kemarin sore, pekan lalu, pekan depan, bulan lalu, dua hari lalu, "dua hari kemudian", "…
// lalu", "… mendatang", "November nanti", "Akhir bulan ini", "akhir tahun ini", "awal Januari tahun depan", hari ini, a
// weekday alone in a wire), months ("awal Januari 2025", "Januari 2024", "awal Mei"), a live report's time stamps,
// Hijri dates and a holiday name that are not gold, durations that are not gold, and an event's name ("catatan akhir
// tahun") that is not a date.
// Never shown to the engineers tuning the rules; every article is held out. Scored like the dates check set
// (test/extract/dates-dev.ts). CHECK14_REPORT=1 prints the figures and the problems.
//
// Blind score on db14538 (branch check14b's src/ is main at db14538, unchanged; articles and gold committed first in
// 81bd973; scored once on 2026-12-07 04:14 UTC):
// P 0.970 R 0.942 F1 0.956 (tp 65 fp 2 fn 4), certain 1.000, time 1.000.
// Kinds: a live report's time stamps on lines of their own ("HH.MM WIB") not in the cleaned text (three missed, as
// check12); a release's dateline date ("Jakarta, D Month YEAR –") removed with the dateline (one missed, as check10 and
// check12); an event's name "catatan akhir tahun" (year-end notes, in the headline and the lead) read as a date (two
// spurious, as check12's "rilis akhir tahun"). The byline date line set published; the ranges (with "sampai", a hyphen
// and an en dash), the hard-wrapped e-paper's dates beside a Hijri date, "Kemarin sore" in a Q&A answer, "November
// nanti", "dua hari kemudian", the weekday alone in a wire and "hari ini" in a live report were right.
// Floors pinned a hair below the blind figures. No gold was changed after the run.
// Round 18 (dates13): d03's release dateline date ("18 Desember 2023", split off by the cleaner with its dateline) is read from
// the dateline as a mention with no span (dates/dateline-removed.ts; the scorer matches it by its text): P 1.000 R 0.986 F1 0.993 (tp 68 fn 1) -> P 1.000 R 1.000 F1 1.000 (tp 69).
// Floors raised.
import { describeDatesCheckSet } from './dates-dev.js';

describeDatesCheckSet({
  name: 'check14',
  file: 'fixtures/dates/check14.txt',
  articles: 12,
  dates: 69,
  reportEnv: 'CHECK14_REPORT',
  // After round 13's merges (2026-12-07, 13928b2): P 1.000 R 0.942 F1 0.970 (blind at db14538: P 0.970 F1 0.956; the
  // two 'catatan akhir tahun' reads gone with regions11's genre nouns, written before this set existed).
  // round 15, fix15a: a live report's stamps kept by the cleaner: R 0.942 -> 0.986, F1 0.970 -> 0.993 (d687d47/bd934e5 -> a610080)
  floor: { p: 0.99, r: 0.99, f1: 0.99, certain: 0.99, time: 0.99 },
});
