// Cleaning on the check18 blind set (fixtures/clean/check18, see its README).
// 10 scraped plain-text pages (markers as check10-check16) and 2 web pages (gold as check10's html).
// Written blind by check18b on 2026-12-07 (pages and markers by hand, BEFORE any run of the cleaner on them), the
// furniture of real portals in proportion: seven pages of the common kinds (a Fajar-style daily (Enrekang), a kabupaten
// government portal (Tojo Una-Una), a regional daily on a WordPress news theme (Radar Sulteng style, Morowali Utara), a
// Tribun network sub-site (Pos Kupang style, Sabu Raijua), a Diskominfo portal on WordPress (Kaimana), a Sulawesi Barat
// daily with a Disqus widget, an Antara regional site (Bangka Barat)) and three of the kinds used least (a TV station's
// live page (TVRI Papua Barat, Maybrat), a radio site with a Q&A (RRI Sorong, Tambrauw), a Blogspot local site (Kuantan
// Singingi)); the web pages a provincial daily (Siwalima style, Kepulauan Tanimbar) and a kabupaten Bawaslu site
// (Supiori, 2019). Never shown to the engineers tuning cleaning this session; every page is held out. CHECK18_REPORT=1
// prints the figures and the lines left, lost or extra.
//
// BLIND-SCORE-PLACEHOLDER
import { describeCheckPages } from './junk-devset.js';

describeCheckPages({
  set: 'check18',
  reportEnv: 'CHECK18_REPORT',
  sizes: { pages: 10, junk: 297, htmlJunk: 49, htmlBody: 7 },
  floor: { junkLeft: 297, bodyLost: 0, leadsLeft: 9, htmlJunkLeft: 49, htmlBodyLost: 0, htmlExtra: 99 },
});
