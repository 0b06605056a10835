// Officials and quote speakers on the check10 blind set (fixtures/officials/check10): 14 articles, 80 officials,
// 12 quotes.
// Written blind by check10a on 2026-12-06 (fixtures and gold by hand, committed BEFORE any run of the tool on them)
// in the style of outlets, regions and phases earlier sets used least: an NTB provincial daily (Pilkada Lombok Timur
// 2018), a South Kalimantan kabupaten Diskominfo portal (Pemilu 2024), a South Sulawesi Bawaslu press release with its
// letter number (Pemilu 2024), an East Kalimantan public-radio site (Pilkada 2020, Plh Sekda, a bupati on leave and
// the Pjs), a West Java Polres humas page on a Pilkades (2021), a BKN regional-office release on blocked data (2025,
// Papua Barat Daya), a PTUN court report on a former camat's appeal (2021), a Q&A interview before the 2021 PSU of the
// South Kalimantan governor election, an East Java live report on voting day (2024), a Central Java year-end recap
// (2024; a bupati terpilih, a mantan kepala dinas), a North Kalimantan aggregator page (2019), an NTB e-paper page with
// a hard-wrapped headline on a PSU (2020), a national wire on the 2022 joint decree, and a North Kalimantan op-ed;
// shapes listed in expected.json's `about`. Never shown to the engineers tuning; every article is held out. Scored
// with the rules of news4 (test/extract/officials/news-score.ts). CHECK10_REPORT=1 prints the figures and the
// problems (for a final report only).
//
// Fixtures and gold committed in 2cb61bb before any run. Blind score on 374a96f (branch check10a's src/ is main at
// 374a96f, unchanged; scored once on 2026-12-06 22:22 UTC): officials P 0.987 R 0.975 (tool 79, gold 80, found 78),
// fields 1.000 (title, role, acting, region, modifier of the 78 found, and 17/17 institutions); quotes found 1.000
// (12/12), attribution 0.917 (11/12).
// Kinds of error: a regional assistant introduced as "Asisten I Setkab <Kab> bidang …, Name" (roman numeral and the
// Setkab between title and name) not found; a Panwascam head named only in a relative clause after the body
// ("Panwascam X, yang diketuai Name") not found (a hard case, kept in the gold as a careful reader sees it); a bare
// ministry title used as a speaker frame ("Menurut MenPAN-RB, SKB tersebut …") read as title + name, giving a spurious
// official named after the next word (an acronym), and the quote that follows ("…," katanya) given to it by pronoun
// instead of the minister named in the paragraph before.
// Floors pinned a hair below the blind figures. No gold was changed after the run.
import { describeOfficialsCheckSet } from './officials/news-score.js';

describeOfficialsCheckSet({
  name: 'check10',
  title: 'officials on the check10 blind set (never tuned on)',
  gold: 80,
  quotes: 12,
  reportEnv: 'CHECK10_REPORT',
  floor: { p: 0.98, r: 0.97, fieldAcc: 0.99, quotesR: 0.99, attr: 0.91 },
});
