// Violation counts on the check18 blind set (fixtures/violations/check18): 18 short articles, 98 distinct claims.
// Written blind by check18b on 2026-12-07 (fixtures and gold by hand, BEFORE any run of the tool on them), weighted to a
// crawl's proportions: about half in the shapes a crawl holds most (a daily's lead figure restated, with outcomes and a
// Pilkada 2018 comparison (Enrekang); a KASN release on Pilkada 2020 with stages, three provinces and kinds; a provincial
// Bawaslu recap by kabupaten (Sulawesi Barat); an Antara wire after a PSU adding to an earlier figure (Bangka Barat); a
// Bawaslu closing report with a table flattened to "N. Kind : N" lines (Kepulauan Mentawai); a year-end recap over
// Pemilu and Pilkada 2024 (Kepulauan Tanimbar); a comparison with two earlier Pilkada (Morowali Utara)), the rest from
// the remainder of a crawl (an RRI Q&A in "Tanya:/Jawab:" turns (Tambrauw), an op-ed (Kolaka Timur), a Diskominfo
// portal on sanctions months later (Kaimana), a WordPress site on a Pilkades (Sukamara, DPMD and Inspektorat), a
// hard-wrapped e-paper of 2018 (Soppeng, Panwaslu), a TV live blog in reverse order (Maybrat, running totals), an
// aggregator quoting another outlet (Kuantan Singingi), a kabupaten portal on PNS, PPPK and honorer (Tojo Una-Una), a
// radio site with a forecast range (Sabu Raijua), a PTUN court report (Bombana) and a Bawaslu page on reports forwarded
// to KASN (Supiori)), with figures that are not counts (money, percentages, TPS, voters, law and case numbers, ages,
// phone numbers, workforce sizes); shapes listed in expected.json's `about`.
// Never shown to the engineers tuning the rules this session; every article is held out.
// Scored as check3-check16 (test/extract/violations-checkset.ts). CHECK18_REPORT=1 prints the figures and the problems.
//
// BLIND-SCORE-PLACEHOLDER
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check18',
  gold: 98,
  reportEnv: 'CHECK18_REPORT',
  floor: { p: 0, r: 0, qualifiers: 0 },
  attrFloor: { reporter: 0, election: 0, parent: 0, scope: 0, region: 0 },
});
