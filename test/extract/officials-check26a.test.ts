// Officials and quote speakers on the check26a blind set (fixtures/officials/check26a): 14 articles, 56 officials, 22
// quotes.
// Written blind by check26a on 2026-12-07 (fixtures and gold by hand, committed in 7fe0350 BEFORE any run of the tool
// on them), about half in the shapes a crawl holds most (a Bawaslu rakor with kepala desa and a Kepala DPMD with a
// single name, a humas apel with a nicknamed Pj Bupati and a BKPSDM spelled out, a Tribun report with a Bawaslu
// division in a passive "dibenarkan …", a DPRD hearing where the lead spells the regency out and later paragraphs use
// its short form "Tanjab Barat", an Antara wire with titles and names without commas and a Ketua KASN, sanctions in
// detik with "Hal itu disampaikan Sekretaris Daerah (Sekda) …") and half from the rest of a crawl (a radio dialogue
// with labels, a Kompas page on a kades's video, a live page with WITA stamps, an ikrar of kepala desa with a "Kepala
// Desa <Village>" and an attendance line, an opinion column with a lower-case "mantan Sekda", a police portal with a
// Pasiter representing a Dandim, a national recap with the Kepala BKN, a Deputi and the MenPAN-RB, and a PPPK selection
// with a Wali Nagari and no neutrality content), in regions no officials or statements set used (Mukomuko, Fakfak,
// Tolitoli, Tanjung Jabung Barat, Pangkep, Pulau Taliabu, PALI, Sitaro, Demak, Hulu Sungai Utara, Keerom, Takalar,
// Halmahera Barat, Lima Puluh Kota); shapes listed in expected.json's `about`. Never shown to the engineers tuning;
// every article is held out. Scored with the rules of news4 (test/extract/officials/news-score.ts). CHECK26A_REPORT=1
// prints the figures and the problems (for a final report only).
//
// Blind score on bb3e10a (branch check26a's src/ is main at bb3e10a, unchanged; fixtures of 7fe0350; scored once on
// 2026-12-07 21:56 UTC): officials P 0.981 R 0.946 (tool 54, gold 56, found 53), fields 0.996 (title 53/53, role and
// acting 53/53, region 52/53, modifier 53/53, institutions 11/11); quotes found 1.000 (22/22), attribution 1.000
// (22/22).
// Kinds of error: a regency's short form followed by a compass word that no list holds ("Plt Kepala BKPSDM Tanjab
// Barat, <Name>", "Ketua Bawaslu Tanjab Barat, <Name>", "Wakil Ketua DPRD Tanjab Barat, <Name>", after a lead that
// spells "Kabupaten Tanjung Jabung Barat" out) read as the person's name: the three officials collapse into one
// spurious official named "Tanjab Barat" (acting, no region), and a reported statement of the Ketua Bawaslu is given to
// it (the kind check24a named for "OKU Selatan", fixed then for a listed short form only); a village in a title ("Kepala
// Desa Kedondong", the regency named in the lead, no kecamatan written) given no region.
// Gold slips noticed: none in this file's fields (the Dandim "0716/Demak" the tool gives 33.21 is allowed by '*').
// Floors pinned a hair below the blind figures. No gold of this set was changed after the run.
import { describeOfficialsCheckSet } from './officials/news-score.js';

describeOfficialsCheckSet({
  name: 'check26a',
  title: 'officials on the check26a blind set (never tuned on)',
  gold: 56,
  quotes: 22,
  reportEnv: 'CHECK26A_REPORT',
  // raised by officials21 (round 20: the derived short form `Tanjab Barat`, regions/short-spelling.ts): P 1.000 R 1.000
  floor: { p: 0.99, r: 0.99, fieldAcc: 0.99, quotesR: 0.99, attr: 0.99 },
});
