// Violation counts on the check22 blind set (fixtures/violations/check22): 18 short articles, 87 distinct claims.
// Written blind by check22b on 2026-12-07 (fixtures and gold by hand, BEFORE any run of the tool on them), weighted to a
// crawl's proportions: about half in the shapes a crawl holds most (Panwaslih totals by origin and by stage (Aceh Jaya);
// a national BKN recap over Pemilu 2024 with sanctions by kind where only the first item carries the unit; a kabupaten
// portal's "Tiga dari lima laporan" (Murung Raya); BKPSDM sanctions after BKN's recommendations (Kepulauan Talaud);
// "sedikitnya enam" after a new case (Sitaro); an op-ed citing Data Bawaslu (Nias Utara); Bawaslu RI's national recap
// with temuan/laporan and per-province items; KASN's proven figure under Bawaslu's forwarded cases (Boven Digoel, Pemilu
// 2019); "belasan"/"sekitar 15" (Puncak Jaya)), the rest from the rest of a crawl (an RRI dialogue in "T:/J:" turns
// (Waropen), a Pilkades DPMD case (Batu Bara), PNS/PPPK/honorer (Aceh Barat Daya), TNI and kades (Kotawaringin Barat),
// PSU by kabupaten, a live page in reverse order (Aceh Jaya), a forecast range with "kurang dari sepuluh" (Murung Raya), a
// Pilbup 2018 Panwaslu report (Batu Bara), a hard-wrapped e-paper of 2018 (Sitaro)), with figures that are not counts
// (TPS, voters, staff, money, percentages, phone, law numbers, years, views, shares, personnel, a Kodim number).
// Never shown to the engineers tuning the rules this session; every article is held out.
// Scored as check3-check20 (test/extract/violations-checkset.ts). CHECK22_REPORT=1 prints the figures and the problems.
//
// Blind score on 05fc75f (branch check22b's src/ is main at 05fc75f, unchanged; fixtures and gold committed first in
// c480f91 (71 claims) and be661a8 (16 more, 87; its message says 88, a miscount); scored once on 2026-12-07 16:06 UTC):
// P 0.973 R 0.816 qualifiers 0.972 (tool 73, gold 87, found 71); attributes reporter 65/71, election 61/71, parent
// 59/71, scope 69/71, region 2/5.
// Kinds missed: items after the first of a split by kind where only the first carries the unit ("hukuman disiplin
// ringan 589 dan berat 320"; "tiga hukuman disiplin sedang dan satu hukuman disiplin berat"); a per-province list's first
// item ("Sulawesi Tenggara 142"); a comparison inside an op-ed ("Pilkada 2020 yang hanya tujuh"); "sekitar 15 laporan
// … baru empat yang memenuhi syarat" (tool read "belasan" as 10 instead); a DPMD's items "tiga menyangkut …, dan satu
// menyangkut …" and "Dua orang sudah terbukti" inside a quote; "Empat melibatkan ASN, satu melibatkan …" after a total;
// a live page's latest and earlier running totals ("kini mencatat tiga laporan", "bertambah menjadi dua"); "Dua dari
// tiga terlapor itu camat".
// Spurious: "belasan" as 10 beside "sekitar 15" (Puncak Jaya); a forecast range's bound 15 reported again alone (Murung
// Raya).
// Kinds of wrong attributes: parents not given to sanctions under the recommendations received (4 under 6), to a new
// case under "sedikitnya enam", to KASN's proven under the forwarded 5, to forwarded figures under totals (1109 under
// 1362, 7 under 10, 3 under 4), to a DPMD item; per-province items given the forwarded figure as parent (97, 88 under
// 1109); a sub-count of a sub-count given the wrong parent (2 under 10, not 4); an earlier Panwaslu figure in a dialogue
// given the current total as parent; election taken from a later sentence's comparison (Pilkada 2020 for a portal's
// Pilkada 2024 counts and for a forecast range; Pemilu 2019 for a dialogue's current counts); election and reporter
// none for a kabupaten story that names neither body nor year near the count (Sitaro); reporter none or Inspektorat for
// DPMD's complaints, Bawaslu for a dialogue's Panwaslu figure of 2019 and for KASN's "tidak cukup bukti"; scope all for
// "lebih dari 2.000 kasus" of Pemilu 2024 and for "kurang dari sepuluh" (read
// approximate, not at_most); "8" after "sedikitnya" read exact.
// Gold slips (left as written): region gold "Puncak Jaya", "Boven Digoel", "Kepulauan Talaud" where earlier sets write
// the region's name as the tool gives it ("Kabupaten Puncak Jaya"), and the text says "Kabupaten Talaud" for Kepulauan
// Talaud: the three region misses are the gold's spelling, not the tool's (region 2/5 would be 5/5).
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers. No gold was changed
// after the run.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check22',
  gold: 87,
  reportEnv: 'CHECK22_REPORT',
  floor: { p: 0.995, r: 0.915, qualifiers: 0.98 }, // counts17: raised from the blind 0.97/0.81/0.97 (after 17b: P 0.988 R 0.908 q 0.987); counts18: P 1.000 R 0.920
  attrFloor: { reporter: 77, election: 70, parent: 64, scope: 78, region: 2 }, // counts20: reporter 72 -> 77 (DPMD)
});
