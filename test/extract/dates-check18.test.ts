// Dates on the check18 blind set (fixtures/dates/check18.txt).
// 12 short articles, 55 gold dates, written blind by check18b on 2026-12-07 (articles and gold by hand, BEFORE any run
// of the tool on them) in the style of outlets of Sulawesi Selatan, Papua Barat Daya, Sulawesi Tenggara, Papua Barat,
// Bangka Belitung, Kalimantan Tengah, Maluku, NTT, a KASN release of 2021 with its dateline, an RRI Q&A, an op-ed, a
// Diskominfo portal, an Antara wire with a weekday alone, a WordPress site, a hard-wrapped e-paper of 2018 with a date
// broken by a hyphen, a TV live blog with time stamps, a year-end recap and a court report: weekday-paren dates with and
// without the year and with "malam", day-first dates in running text with and without the year, a range "3-14
// Februari", numeric forms ("25/09/2024", "27-11-2024"), relative dates (Kemarin sore, Lusa, besok, kemarin, hari ini,
// Dua hari lalu, pekan lalu, pekan depan, "… lalu", "… mendatang", tahun ini, akhir tahun ini), months and years
// ("Februari lalu", "akhir November 2024", "April 2025", "pertengahan Januari 2025", bare years), and a case number,
// a law's year and an election's year that are not gold.
// Never shown to the engineers tuning the rules; every article is held out. Scored like the dates check set
// (test/extract/dates-dev.ts). CHECK18_REPORT=1 prints the figures and the problems.
//
// BLIND-SCORE-PLACEHOLDER
import { describeDatesCheckSet } from './dates-dev.js';

describeDatesCheckSet({
  name: 'check18',
  file: 'fixtures/dates/check18.txt',
  articles: 12,
  dates: 55,
  reportEnv: 'CHECK18_REPORT',
  floor: { p: 0, r: 0, f1: 0, certain: 0, time: 0 },
});
