// Cleaning on the check7 blind set (fixtures/clean/check7, see its README).
// 10 scraped plain-text pages (markers as fixtures/clean/junk and check6, `== ` for a second copy) and 2 web pages (gold
// as check6's html). Written blind by check7b on 2026-12-06 (pages and markers by hand, BEFORE any run of the cleaner
// on them: commit 6b522d2) in the style of a Papua provincial daily, a kabupaten Diskominfo portal on Joomla (Maluku
// Utara), a police Tribratanews page (NTB), a public TV station's regional site (Kalteng), an op-ed in a Riau daily's
// e-paper, a WordPress regional site on the Newspaper theme with gambling spam (Sumatera Barat), an Antara regional
// bureau page (Sulawesi Barat), a KemenPAN-RB press release page, a Banten daily's e-paper page hard-wrapped at a fixed
// width and a DIY daily's mobile page with a paragraph pasted twice; the web pages a province government portal
// (Kalimantan Utara) and a regional online site on the Newspaper theme (Papua Barat Daya). Never shown to the engineers
// tuning cleaning this session; every page is held out. CHECK7_REPORT=1 prints the figures and the lines left, lost
// or extra.
//
// Blind score on f5d7cb7 (branch check7b's src/ is main at f5d7cb7, unchanged; scored once on 2026-12-06 16:55 UTC):
//   text pages: furniture 168 lines, 9 left; body 81 lines, 1 lost; leads 9, 2 left; repeats 1, 0 wrong. Left per
//     page: 01 0, 02 2, 03 0, 04 1, 05 0, 06 0, 07 0, 08 2, 09 0, 10 4 (0.9 per page).
//   web pages:  furniture 44 lines, 0 left; body 13 lines, 0 lost; no stray paragraph.
// Kinds left: a portal's department name under its masthead ("Dinas Komunikasi, …"); a credit in brackets naming the
// office ("(Diskominfo … /rd)"); a video prompt "Simak video selengkapnya di kanal YouTube …"; a ministry's short name
// as masthead and a press-release number line ("SIARAN PERS Nomor: …"); a mobile page's section labels (kanal name,
// place name) and "Konten Premium"; an "Ilustrasi." caption with a bracketed outlet/photographer credit.
// Lost: a press release's headline after the masthead and menu (a headline with a colon, "<Minister>: …").
// Leads left: an upper-case town dateline opening a hard-wrapped e-paper paragraph ("RANGKASBITUNG –"); an outlet
// dateline "Outlet.com, PLACE—" with an em dash and no space.
// Floors pin the blind levels (at most these many left or lost). No marker was changed after the run.
// After the ninth round's merges (their engineers never saw this set): 8 of 168 left (0.8 per page), 1 body line lost
// (the same headline), 2 of 9 leads left; web pages clean; floor raised.
// Round 10 (clean8, the set released for tuning; every kind fixed as a class with its paradigm in
// test/clean/round10-paradigm.test.ts): 8 -> 0 of 168 left, 1 -> 0 body lines lost, 2 -> 0 of 9 leads left (8b1d226 ->
// now); web pages unchanged (clean); floor raised.
// Round 10, head8 (clean/page-top.ts, the furniture above the headline): 8 -> 2 of 168 left (a department name under the
// masthead, a press-release menu's "Siaran Pers", a mobile page's kanal and place labels, "Konten Premium" and the
// "Ilustrasi." caption between the headline and the lead went); lost and leads unchanged; floor raised.
import { describeCheckPages } from './junk-devset.js';

describeCheckPages({
  set: 'check7',
  reportEnv: 'CHECK7_REPORT',
  sizes: { pages: 10, junk: 168, htmlJunk: 44, htmlBody: 13, repeats: 1 },
  // Round 16 (fix16a: a place the gazetteer knows is no outlet, so "Mamuju, Sulawesi Barat – …" keeps both regions):
  // 0 -> 1 of 9 leads left, 03's "Lombok Timur, NTB –", a place and its province no longer stripped (before, the province
  // was taken for the publisher). A trade named in the closing note: a place-and-province dateline with no outlet, whose
  // province still reaches the regions, is the next step (a dateline holds one place today).
  // Round 17 (clean16): that step (dateline-place-comma-province; the regions' dateline parser reads the province after
  // the place): 1 -> 0 leads left, both regions kept; floor raised back.
  floor: { junkLeft: 0, bodyLost: 0, leadsLeft: 0, repeatsLeft: 0, htmlJunkLeft: 0, htmlBodyLost: 0, htmlExtra: 0 },
});
