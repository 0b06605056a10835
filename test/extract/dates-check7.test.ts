// Dates on the check7 blind set (fixtures/dates/check7.txt).
// 12 short articles, 64 gold dates, written blind by check7b on 2026-12-06 (articles and gold by hand, BEFORE any run of
// the tool on them: commit 6b522d2) in the style of regional outlets of Papua, Maluku Utara, NTB, DIY, Kalimantan Utara
// and Tengah, Sumatera Barat, Banten, Papua Pegunungan and Aceh and of a KASN release: weekday-paren dates with and
// without the year, WIT/WITA/WIB times after "pukul", a numeric date "23-09-2024", ranges within a month, across
// months and across years ("28 November 2023 hingga 10 Februari 2024", "25 September–23 November 2024", "5-6 Desember
// 2024"), a weekday with part of day and date ("Sabtu malam, 19 Oktober lalu"), relative dates (besok, lusa, kemarin,
// hari ini, pagi tadi, tahun lalu, awal tahun ini, tiga pekan lalu, Agustus lalu, "… mendatang", "Minggu malam lalu",
// "Senin dini hari", sehari/dua hari kemudian, a future bare weekday, pekan depan, akhir pekan depan, akhir Januari),
// years alone and "pertengahan/akhir YEAR", a Hijri and a Javanese date that are not gold, event-anchored phrases that
// are not gold, and two byline date lines that set published. Never shown to the engineers tuning the rules; every
// article is held out. Scored like the dates check set (test/extract/dates-dev.ts: span overlap + equal value).
// CHECK7_REPORT=1 prints the figures and the problems.
//
// Blind score on f5d7cb7 (branch check7b's src/ is main at f5d7cb7, unchanged; scored once on 2026-12-06 16:55 UTC):
// P 0.908 R 0.922 F1 0.915 (tp 59 fp 6 fn 5), certain 0.983 (58/59), time 1.000.
// Kinds: "tiga pekan lalu" given no value (gold: 21 days before publication, as "Tiga minggu kemudian" in dev-tune); a
// weekday with part of day before its date ("Sabtu malam, 19 Oktober lalu") split, the weekday alone resolved to the
// Saturday before publication (one spurious); the start of a range across months with the year written once at the
// end marked certain false (as in check5); a future bare weekday after "sampai" missed; a time of day in the sentence
// after "Minggu (1/12/2024) hingga Senin dini hari" given the Monday (gold: the Sunday, the pleno was suspended before
// midnight); "pertengahan Desember" after "Pada Pilkada 2017" given the publication year (gold 2017-12).
// Two problems are the gold's, not the tool's, and are left as written (the rule: no gold changed after the run):
// "Tahun ini" in d06 is a relative date (2024) the gold omitted, so the tool's mention counts as spurious; "dua hari
// kemudian" in d09 is gold against the relative "Minggu malam lalu" just before it (2024-10-01), while the tool anchors
// it to the last explicit date ("Senin (7/10)", 2024-10-09), which README.md's wording ("the last explicit date before
// them") also allows. Counting both as right would give P 0.938 R 0.938 (tp 61 fp 4 fn 4).
// Floors pinned a hair below the blind figures.
// Round 10 (dates8; no longer blind): counted spans (`tiga pekan lalu` 21 days back), a weekday with its part of day
// before its date, an evening time after `Senin dini hari`, a sentence framed in an earlier year, a deadline weekday
// after `sampai`, the start of a dash range across months certain: 8b1d226 P 0.908 R 0.922 F1 0.915 certain 0.983 ->
// P 0.969 R 0.984 F1 0.977 (tp 63 fp 2 fn 1) certain 1.000; what is left is the two gold slips above.
// Round 12 (dates10): d09's gold was right after all: `dua hari kemudian` counts from the day last narrated before it
// (the relative "Minggu malam lalu"), not from a date written in an earlier paragraph; 8bfcdec P 0.969 R 0.984 F1 0.977
// -> P 0.985 R 1.000 F1 0.992 (tp 64 fp 1 fn 0); floors raised. Left: d06's "Tahun ini", absent from the gold.
import { describeDatesCheckSet } from './dates-dev.js';

describeDatesCheckSet({
  name: 'check7',
  file: 'fixtures/dates/check7.txt',
  articles: 12,
  dates: 64,
  reportEnv: 'CHECK7_REPORT',
  floor: { p: 0.98, r: 0.99, f1: 0.99, certain: 0.99, time: 0.99 },
});
