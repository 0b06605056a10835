// Violation counts on the check14 blind set (fixtures/violations/check14): 18 short articles, 100 distinct claims.
// Written blind by check14b on 2026-12-07 (fixtures and gold by hand, BEFORE any run of the tool on them) in the styles
// of a Kalimantan Selatan daily's year-end recap (Tanah Laut, Pemilu 2024 and Pilkada 2024 together, a 2018 comparison),
// a Diskominfo portal (Pohuwato, sanctions in 2025 with a people breakdown in a quote), a KASN press release (December
// 2023, per-province figures "Province sebanyak N ASN, disusul Province N ASN", a Pemilu 2019 comparison), a DPRD
// hearing (Mandailing Natal), a PTUN court report (Padang, Sijunjung), a radio Q&A in "Tanya:/Jawab:" turns
// (Situbondo), an op-ed (Lombok Timur, "belasan kasus"), a Polres Tribratanews page (Grobogan, Gakkumdu), a WordPress
// site on a Pilkades (Belitung Timur), an Antara wire before a PSU (Lamandau), a hard-wrapped e-paper with hyphenated
// breaks (Tanjung Jabung Barat, Pemilu 2019), an aggregator (Kolaka Utara, Pilkada 2020), a TV live report (Garut), a
// Bawaslu provincial recap with a table flattened to "Kabupaten/Kota | Jumlah" lines (Kalimantan Utara), a BKN release
// of 2026 (numbered per-province list "N. Province: N ASN"), an RRI page (Manggarai Barat), a Bali daily (Jembrana,
// 2019) and a Maluku portal (Seram Bagian Timur, PPPK and PNS); shapes listed in expected.json's `about`.
// Never shown to the engineers tuning the rules this session; every article is held out.
// Scored as check3-check12 (test/extract/violations-checkset.ts). CHECK14_REPORT=1 prints the figures and the problems.
//
// Blind score on db14538 (branch check14b's src/ is main at db14538, unchanged; fixtures and gold committed first in
// 81bd973; scored once on 2026-12-07 04:14 UTC):
// P 0.975 R 0.790 qualifiers 1.000 (tool 81, gold 100, found 79); attributes reporter 72/76, election 65/79, parent
// 44/79, scope 76/79, region 9/9.
// Kinds missed: every figure of a Q&A in "Tanya:/Jawab:" turns but one (a bare "Seluruhnya N." answer, its split into
// laporan and temuan in words, "Kepala desa paling banyak, enam.", "ASN-nya sendiri sembilan, dua di antaranya …", an
// earlier election's "hanya menangani tiga"); the rows of a table flattened to "Kabupaten/Kota | Jumlah" lines (the
// total row found, as check12); the total and both parts of a hard-wrapped e-paper whose figure sits before a hyphenated
// line break or at a line end (cause not examined) while the people sub-count was found; a
// sub-count in words opening a sentence after a total in a year-end recap ("merinci sembilan kasus terjadi pada masa
// Pemilu"); a remainder in a quote ("Delapan lainnya masih menunggu …"); the vague "belasan kasus" of an earlier
// Pilkada in an op-ed; the second item of a people breakdown in a quote ("tiga guru SD dan dua staf kecamatan"); "seorang
// ASN" counted once in an earlier Pilkades; "Satu perkara kepala desa" in a Polres quote.
// Spurious: "satu dari enam ASN" for one person in a court report (listed as not a count, as check12); "lebih dari 15
// ribu ASN", a kabupaten's workforce in an op-ed (listed).
// Kinds of wrong attributes: parents not given to per-province figures under a KASN total and to a BKN release's
// numbered province list under its sanctioned figure (and the release's not-proven and returned figures put under the
// sanctioned one), to sub-counts under a running total ("Dengan tambahan ini … 16"; "Sebelumnya, 11 kasus lain"), to
// kinds of violation under a table's total, to sub-counts of an aggregator, a Bali daily and a Maluku portal, to a
// court report's sanctioned ASN (its not-proven ASN and the recommended total given the sanctioned figure as parent);
// reporter BKN for a BKPSDM's sanctions on BKN's recommendation and for a BKPSDM head's statement in a DPRD hearing,
// KASN for KASN's decisions told by Bawaslu in a Q&A; election none for a live report's figures under the headline's
// "Pilkada Garut 2024" and for a Bawaslu recap under the long official name of the 2024 elections (as check12), year
// none for a recap's Pilkada figures after "Pilkada Tanah Laut 2024", "Pemilu 2024" for a year-end total of Pemilu and
// Pilkada together; scope `all` for kinds of violation with the unit after the figure (as check12) and for an earlier
// Pilgub's figure.
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers. No gold was changed
// after the run.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check14',
  gold: 100,
  reportEnv: 'CHECK14_REPORT',
  // After round 13's merges (2026-12-07, 13928b2): P 0.976 R 0.830 (83/100), reporter 76/80, election 69/83, parent 47/83,
  // scope 80/83, region 9/9 (blind at db14538: P 0.975 R 0.790).
  // Round 14 (counts13, the parent as a discourse relation: parts in a later sentence by exact sum, lists under the
  // whole their lead names, remainders opening a sentence, the largest share): f3c57f0 P 0.976 R 0.830 (83/100), reporter 76/80,
  // election 69/83, parent 47/83, scope 80/83 -> P 0.977 R 0.850 (85/100), reporter 79/82, election 71/85, parent 69/85,
  // scope 84/85; then a part's election word of several years takes its whole's year: election 71/85 -> 74/85.
  // Round 16 (counts15): the live report's claim back (its stamps are no sentences of the counts, stamps.ts): R 0.840 ->
  // 0.850, reporter 79 -> 80, scope 83 -> 84.
  // Round 15 (counts14b): reporter 79/82 (d687d47) -> 80/82.
  // Round 15's last merges lost one claim here (13-tv-live-garut "2 laporan", R 0.850 -> 0.840, reporter 80 -> 79,
  // scope 84 -> 83): a live report's entry after fix15a kept its time stamps as body; the same kind lost "dua laporan"
  // in check18's live report. A regression named in the closing note, not fixed in the session; floors at the figures.
  // Round 16 (dates11: a word broken by a hyphen at a hard-wrapped line's end is joined whole, "dugaan pe-" / "langgaran"
  // -> "dugaan pelanggaran"): 11-epaper-tanjabbar's total and both parts found (19, 12, 7): R 0.840 -> 0.870 (87/100),
  // P 0.977 -> 0.978, reporter 79/81 -> 82/84, election 74 -> 77, parent 69 -> 73, scope 83 -> 86.
  // Both merged (round 16's main): P 0.978 R 0.880 (88/100), reporter 83/85, election 77/88, parent 73/88, scope 87/88.
  // Round 16 fix16e: 13-tv-live-garut's headline "LIVE UPDATE: Pemungutan Suara Pilkada Garut 2024" kept (it was read as
  // a ticker): its five counts take the headline's election, election 77/88 -> 82/88.
  floor: { p: 0.97, r: 0.88, qualifiers: 0.99 },
  attrFloor: { reporter: 83, election: 82, parent: 73, scope: 87, region: 9 },
});
