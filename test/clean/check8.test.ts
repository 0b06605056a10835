// Cleaning on the check8 blind set (fixtures/clean/check8, see its README).
// 10 scraped plain-text pages (markers as check7, `== ` for a second copy) and 2 web pages (gold as check7's html).
// Written blind by check8b on 2026-12-06 (pages and markers by hand, BEFORE any run of the cleaner on them) in the
// style of an NTT Tribun-network daily, a kabupaten portal on WordPress (Poso), a Tribratanews page (Simalungun), a
// local radio station's site (Kerinci), a Bali daily's e-paper page hard-wrapped at a fixed width, an aggregator's
// user-content page with a paragraph pasted twice (Minahasa Utara), a WordPress local site with gambling spam (Kolaka
// Utara), a Bawaslu provincial site (Jambi), a national wire's regional channel (Banjarnegara) and an op-ed on a
// Sumatera Utara daily's site; the web pages a Panwaslih kabupaten site (Aceh Tamiang) and a Lampung regional online
// site. Never shown to the engineers tuning cleaning this session; every page is held out. CHECK8_REPORT=1 prints the
// figures and the lines left, lost or extra.
//
// Blind score: not yet run (floors open until the blind run).
import { describeCheckPages } from './junk-devset.js';

describeCheckPages({
  set: 'check8',
  reportEnv: 'CHECK8_REPORT',
  sizes: { pages: 10, junk: 177, htmlJunk: 45, htmlBody: 10, repeats: 1 },
  floor: { junkLeft: 177, bodyLost: 99, leadsLeft: 9, repeatsLeft: 1, htmlJunkLeft: 45, htmlBodyLost: 10, htmlExtra: 99 },
});
