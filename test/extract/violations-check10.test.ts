// Violation counts on the check10 blind set (fixtures/violations/check10): 16 short articles, 85 distinct claims.
// Written blind by check10b on 2026-12-06 (fixtures and gold by hand, BEFORE any run of the tool on them) in the styles
// of a local radio station's site (Bone, Sulawesi Selatan), a kabupaten Diskominfo portal (Lombok Timur, NTB, sanctions
// in 2025), a national network's regional sub-site (Makassar), a Bawaslu provincial release (Kalimantan Utara, Pemilu
// 2024, per-region list), a KASN release (January 2024), a Polres page (Sumenep, Gakkumdu), a court report (PTUN
// Banjarmasin, Banjar, 2025), a Q&A interview (Kota Bekasi), a WordPress local site (Cianjur, Pilkades 2022), a regional
// TV site (Barito Utara, PSU 2025), a Kalimantan Selatan e-paper (Hulu Sungai Tengah, Pemilu 2019), an aggregator
// (Brebes, Pilbup 2018), an op-ed (Madura), an Antara wire (Dompu, Pilkada 2020), a TV live report (Kota Malang) and a
// Bawaslu provincial year-end recap (Sulawesi Selatan); shapes listed in expected.json's `about`. Never shown to the
// engineers tuning the rules this session; every article is held out.
// Scored as check3-check8 (test/extract/violations-checkset.ts). CHECK10_REPORT=1 prints the figures and the problems.
//
// Blind score on 374a96f (branch check10b's src/ is main at 374a96f, unchanged; fixtures and gold committed first in
// a33a7a1; scored once on 2026-12-06 22:22 UTC):
// P 1.000 R 0.765 qualifiers 1.000 (tool 65, gold 85, found 65); attributes reporter 62/65, election 62/65, parent
// 51/63, scope 62/65, region 6/10.
// Kinds missed: people sub-counts in a quote after a total ("Ada sembilan guru, tiga pegawai …"; "N lurah dan staf
// kelurahan, tujuh guru" in a Q&A answer); the items of an op-ed's per-region list after a colon ("total N kasus:
// Place N, Place N, …"); stage items after a total in a quote ("N kami nyatakan memenuhi unsur … Sembilan sisanya
// dihentikan"; "Yang sudah kami teruskan ke BKN ada N"); a Q&A's answers (every sub-count, "belasan" for an earlier
// election, "Yang sudah diputus BKN baru N"); a breakdown of people after "Dari tujuh ASN itu" with the remainder items
// in words ("dua staf kecamatan dan satu tenaga kesehatan") and an earlier Pilkades' "tiga aduan" in a quote; "Sedikitnya
// enam lurah"; the second item of a sanctions breakdown ("enam hukuman sedang"); "dua rekomendasi yang tidak bisa kami
// tindaklanjuti" in a quote.
// Spurious: none.
// Kinds of wrong attributes: parents not given to the items of per-region lists under a total (a Bawaslu province
// list with the unit on the first items; KASN's instansi in parentheses; a recap's list under the Pilkada sub-total),
// nor to a stage item after a people breakdown (given the last item's value instead of the total's); regions lost for
// list items without their own unit ("disusul Bone 24 dan Gowa 20") and for KASN's "Pemerintah Kabupaten X (N
// laporan)"; scope `all` for KASN's per-instansi figures, `neutrality` for "N dugaan pelanggaran lain"; reporter null
// for stage items in words after a total, Bawaslu for BKPSDM's data of ASN recommended by Bawaslu; election of an
// earlier Pemilu figure in a Pilbup article taken from the article's election; "Pemilu dan Pilkada 2024" read as
// Pilkada 2024 for a year-end recap's totals.
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers. No gold was changed
// after the run.
// Round 12 (counts11, released set tuned on; continued-items.ts, colon-lists.ts, collectives.ts, the topic-link, agent
// and "tindaklanjuti" cues): P 1.000, R 0.765 -> 0.953 (tool 65 -> 81; 8bfcdec -> counts11), reporter 62/65 -> 76/81,
// election 62 -> 78, parent 58/63 -> 74/79, scope 62 -> 78, region 6/10 -> 9/14. Floors raised.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check10',
  gold: 85,
  reportEnv: 'CHECK10_REPORT',
  // round 13 (counts12): db14538 R 0.953 (found 81), reporter 76, election 78, parent 74, scope 78; after R 0.965 (found 82),
  // reporter 77, election 79, parent 75, scope 79
  floor: { p: 0.99, r: 0.96, qualifiers: 0.99 },
  // regions11 (round 13): a risky name as an item of a count list ("Bangkalan 34, Sampang 21"; "Bone 24 dan Gowa 20")
  // is a region: region 9/14 (db14538) -> 12/14.
  // Round 14 (counts13, a ranking under the total past a restated figure, the largest share): reporter 77 -> 79,
  // parent 75 -> 79, scope 79 -> 81 (f3c57f0 -> counts13).
  attrFloor: { reporter: 79, election: 79, parent: 79, scope: 81, region: 12 },
});
