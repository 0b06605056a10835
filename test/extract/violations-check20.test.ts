// Violation counts on the check20 blind set (fixtures/violations/check20): 18 short articles, 94 distinct claims.
// Written blind by check20b on 2026-12-07 (fixtures and gold by hand, BEFORE any run of the tool on them), weighted to a
// crawl's proportions: about half in the shapes a crawl holds most (a Bawaslu warning before the vote with outcomes and
// "Empat dari sembilan terlapor" (Barito Kuala); a kabupaten portal's apel and ikrar with a regent's quote on Pilkada 2020
// (Gunung Mas); an Antara wire on BKN's sanctions for Pemilu 2024 by kind and by level of government; BKPSDM sanctions
// after BKN's recommendations (Konawe Kepulauan); a case update "bertambah jadi 11" (Kepahiang); an Aceh Panwaslih's total
// of all violations with laporan/temuan (Bener Meriah); a year-end recap over two elections (Sekadau); a Pemilu 2019
// warning with KASN's proven figure (Halmahera Selatan)), the rest from the rest of a crawl (an RRI dialogue in "T:/J:"
// turns (Nagekeo), an op-ed (Kayong Utara), a Pilkades case with DPMD's complaints and Inspektorat's proven figure in a
// quote (Pulang Pisau), PNS/PPPK/honorer (Tanah Bumbu), a social-media case (Nias Barat), police neutrality (Bengkulu
// Utara), Bawaslu RI on the PSU of 2025 by kabupaten, a TV live page of Pilkada 2020 (Barito Timur), a Pilwalkot 2018
// Panwaslu report (Baubau), a forecast range (Sigi)), with figures that are not counts (TPS, staff, voters, workforce,
// money, percentages, phone, law/PP/qanun numbers, views); shapes listed in expected.json's `about`.
// Never shown to the engineers tuning the rules this session; every article is held out.
// Scored as check3-check18 (test/extract/violations-checkset.ts). CHECK20_REPORT=1 prints the figures and the problems.
//
// Blind score on 846418b (branch check20b's src/ is main at 846418b, unchanged; fixtures and gold committed first in
// 8d2837c; scored once on 2026-12-07 13:19 UTC):
// P 1.000 R 0.830 qualifiers 1.000 (tool 78, gold 94, found 78); attributes reporter 76/78, election 76/77, parent
// 66/78, scope 75/78, region 4/4.
// Kinds missed: sub-counts "N dari M <noun>" ("Empat dari sembilan terlapor", "Tiga dari lima PPPK itu"); a bare
// comparison "Pada Pilkada 2020, jumlahnya hanya tiga"; a split by level of government after the first item ("pemerintah
// provinsi 96, dan pemerintah kabupaten/kota 263") and sanctions by kind ("121 hukuman disiplin sedang dan 62 hukuman
// disiplin berat"); an op-ed's "dan sembilan sudah direkomendasikan ke BKN"; a DPMD's total "tujuh aduan" and its items
// "dua menyangkut …, dan satu menyangkut …"; Inspektorat's "Tiga orang terbukti" inside a quote; "hanya satu yang
// tertangkap …" inside a quote; "Tiga melibatkan ASN, satu melibatkan anggota Polri" after a total; an earlier
// election's figure inside a quote ("Di Pilwalkot 2012 hanya dua kasus").
// Spurious: none.
// Kinds of wrong attributes: parents not given to the first item of a split by level of government (58 under 417), to
// BKPSDM's proven figure under the recommendations received (5 under 7), to a case update's new reports and their split
// (5 under 11, 3 and 2 under 5), to "sebelas kasus sudah diteruskan" under the total, to "Dua ASN … menambah daftar …
// menjadi delapan kasus", to Bawaslu's forwarded figure and KASN's proven figure (8 under 11, 5 under 8), to a DPMD item
// (4 under 7); a neutrality sub-count given the list item before it as parent (5 under temuan 4, not the total 12) and a
// stopped figure given the forwarded one (3 under 8, not 11); scope neutrality for an Aceh Panwaslih's total of all
// violations and its laporan/temuan; election Pilkada 2024 for "Lima di antaranya kepala sekolah" inside a regent's
// quote on Pilkada 2020; reporter none for a DPMD's complaints (as check18).
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers. No gold was changed
// after the run.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check20',
  gold: 94,
  reportEnv: 'CHECK20_REPORT',
  // After round 16's merges (blind for the tuners): P 1.000 R 0.840 (79/94), reporter 76/79, election 77/78, parent
  // 67/79, scope 76/79.
  // Round 17 (counts16, tuned on this set, no longer blind): sub-counts "Empat dari sembilan terlapor", "Pada Pilkada
  // 2020, jumlahnya hanya tiga" (comparisons.ts), sanctions by kind and the split by level of government
  // (label-items.ts), items sharing their verb (verb-items.ts): R 0.840 -> 0.947 (89/94), reporter 76 -> 84, election
  // 77 -> 87, parent 67 -> 77, scope 76 -> 86.
  floor: { p: 0.99, r: 0.94, qualifiers: 0.99 },
  attrFloor: { reporter: 89, election: 88, parent: 77, scope: 86, region: 4 }, // counts20: reporter 84 -> 89 (DPMD)
});
