// Dates on the check24b blind set (fixtures/dates/check24b.txt).
// 12 short articles, 59 gold dates, written blind by check24b on 2026-12-07 (articles and gold by hand, BEFORE any run
// of the tool on them) in the style of outlets of regions no earlier date set used (Pidie Jaya, Pelalawan, Sarmi, Padang
// Lawas Utara, Timor Tengah Utara, Deiyai, Intan Jaya, Dogiyai, Papua Tengah): weekday-paren dates with and without the
// year and with "malam", "sore", "mendatang"; "Rabu, 27 November 2024" with a comma; day-first dates with and without
// the year and with "lalu"/"mendatang"; ranges ("24-26 November 2024", "2-8 Januari 2025", "10-16 November 2024",
// "20-22 November mendatang", "25 September–23 November 2024" with an en dash, "24 Maret / hingga 13 April 2019" across
// a hard wrap); months ("akhir Maret", "awal November", "Januari mendatang", "Juni 2025", "pertengahan Januari 2025",
// bare "Agustus" and "Mei") and bare years after "Pada" and "Sepanjang"; relative dates ("Selasa lalu", "Sabtu depan",
// "Jumat pekan lalu", besok with a time, kemarin, Kemarin inside a quote, "hari ini pukul …" inside a quote, "dua hari
// lalu", "Tahun depan"); published lines (an Antara byline with a time, a Facebook "2 Desember 2024 ·", Kompasiana's
// "Diterbitkan: … 19:32", an e-paper page head with pipes); and negatives (office hours "pukul 08.00-16.00 WIB", a phone
// number ending in a year, an account name "sarmi_2024", a letter number "…/II/2019", a report number "12/2024",
// "nomor urut 2", "dalam 14 hari", "97,2 FM", "1 mgg", a page number, law/PP numbers and years, elections' years).
// Never shown to the engineers tuning the rules; every article is held out. Scored like the dates check set
// (test/extract/dates-dev.ts). CHECK24B_REPORT=1 prints the figures and the problems.
//
// Blind score on 762eec7 (branch check24b's src/ is main at 762eec7, unchanged; articles and gold committed first in
// be156f9; scored once on 2026-12-07 18:47 UTC):
// P 0.965 R 0.932 F1 0.948 (tp 55 fp 2 fn 4) certain 1.000 time 1.000.
// Kinds: every published/date line on its own line was removed by the cleaner with its line (four misses: an Antara
// byline "Kamis, 21 November 2024 16:48 WIB", a Facebook "2 Desember 2024 ·", Kompasiana's "Diterbitkan: 10 Desember 2024
// 19:32", an e-paper page head "METRO TABAGSEL | Selasa, 9 April 2019 | Halaman 7"; the first was seen in check22 too);
// office hours "pukul 08.00-16.00 WIB" outside a quote read as two times on the passage's date (two spurious, as check22's
// inside a quote). Found: the range with an en dash, the range across a hard wrap, "Jumat pekan lalu", "Sabtu depan",
// times inside quotes, and all the negatives that look like dates ("12/2024", "…/II/2019", "sarmi_2024").
// Gold slips: none noticed (the four lines missed are gold by check22's convention, byline lines are dates of the
// article, though the cleaning set marks such lines as furniture). The gold was not changed after the run. Floors pinned a
// hair below the blind figures.
// Released after round 18 (main 0f5ba3c, with dates13's span-of-hours rule): P 1.000 R 0.932 F1 0.965 (tp 55 fp 0 fn 4).
// Round 19 (dates14): unchanged. The office hours "Sekretariat Panwaslih buka pukul 08.00-16.00 WIB" now stay out by the
// word of being open in their sentence (lexicon OPENING_HOURS_WORDS; an event's own span of hours is its date's time
// again, review 18 a5); floors raised to pin that. Left: the four byline/page-head date lines the cleaner removes with
// their line. The released gold disagrees on such lines: 12 articles leave them out (check7 d02, d09; check8 d02, d07;
// check10 d04, d08; check12 d03, d07; check14 d12; check16 e12; dev-tune t07; dev-heldout h19), 5 list them (check22
// g04, two lines; check24b g04, g09, g10, g12). No structure tells the two sides apart: the side that leaves them out
// holds pages with a metadata date too (t07, h19), both sides have lines with pipes, with a time, and with a label
// ("Diposting oleh: … | 14 Oktober 2024" left out, "Diterbitkan: 10 Desember 2024 19:32" listed); no rule is flipped.
import { describeDatesCheckSet } from './dates-dev.js';

describeDatesCheckSet({
  name: 'check24b',
  file: 'fixtures/dates/check24b.txt',
  articles: 12,
  dates: 59,
  reportEnv: 'CHECK24B_REPORT',
  floor: { p: 0.99, r: 0.93, f1: 0.96, certain: 0.99, time: 0.99 },
});
