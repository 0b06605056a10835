// Violation counts on the check7 blind set (fixtures/violations/check7): 16 short articles, 77 distinct claims.
// Written blind by check7b on 2026-12-06 (fixtures and gold by hand, BEFORE any run of the tool on them: commit 6b522d2)
// in the styles of a Papua provincial daily (Jayapura), a Maluku Utara daily's site, a Sulawesi Barat regional site, a
// Kalimantan Utara daily (2019, Pemilu 2019), a Bawaslu kabupaten press release (Kotawaringin Timur), a KASN press
// release, a Banten regional site, an RRI page (Nabire, Papua Tengah), an Antara wire (Mataram), a Polres Humas page
// (Sorong, Gakkumdu), a Diskominfo portal (Gunungkidul, 2025), an aggregator (Aceh, Panwaslih), an op-ed (Kalteng,
// 2026), a WordPress local site (Merauke), a regional TV network's site (Padangsidimpuan) and a Bawaslu kabupaten site
// (Jayawijaya); shapes listed in expected.json's `about`. Never shown to the engineers tuning the rules this session;
// every article is held out.
// Scored as check3-check6 (test/extract/violations-checkset.ts: value and qualifier of the distinct claims, then the
// gold's attributes on the matched claims). CHECK7_REPORT=1 prints the figures and the problems.
//
// Blind score on f5d7cb7 (branch check7b's src/ is main at f5d7cb7, unchanged; scored once on 2026-12-06 16:55 UTC):
// P 1.000 R 0.805 qualifiers 0.984 (tool 62, gold 77, found 62); attributes reporter 58/61, election 52/62,
// parent 46/60, scope 58/62, region 11/11.
// Kinds missed: a bare figure in a quote with no unit ("Sudah N yang kami teruskan ke BKN"); a cue far from its figure
// inside a quote ("yang masuk ke kami sudah <number in words>"); stage figures without units after a total ("Rinciannya,
// N berasal dari laporan … dan N merupakan temuan"; "N dinyatakan memenuhi unsur …, N dihentikan, sedangkan N lainnya
// masih …"); regions each with their own figure in words and a unit after "paling banyak dengan" and "disusul"; a
// people breakdown in words after "terdiri atas" (kepala distrik, kepala kampung, ASN); a bounded figure "sedikitnya
// <word> laporan" after "Bawaslu setempat menerima" in a second paragraph; "sebanyak N melibatkan <people noun>" after
// a total; "tidak lebih dari <word> ASN".
// Spurious: none.
// Kinds of wrong attributes: a forecast "memperkirakan … akan menembus N laporan" read exact; the recipient taken as
// reporter ("direkomendasikan ke BKN" → BKN; "diteruskan ke KASN" → KASN for a remainder "Empat lainnya"); the year of
// spelled-out elections lost ("Pemilihan Gubernur dan Wakil Gubernur <province> 2024", "Pemilihan Bupati dan Wakil
// Bupati … Tahun 2024", "Pemilihan Wali Kota dan Wakil Wali Kota … 2024") and with it the election of the sub-counts;
// parents not given to the items of per-region lists under a total written after them or before them, nor to a camat
// count inside a total stated later in a quote; a sub-count's parent taken from an earlier election's figure in the
// same sentence ("naik dibanding Pilkada 2020 yang hanya N kasus") and from a sibling item of a breakdown ("terdiri
// dari N administrasi, N pidana dan N …": the later items get the first item as parent); scope `all` for the items of a
// per-region list of neutrality reports and for an earlier election's "kasus serupa".
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers. No gold was changed
// after the run.
// After the ninth round's merges (their engineers never saw this set): P 1.000 R 0.818 (63 of 77), qualifiers 0.984;
// reporter 59/62, election 63/63, parent 47/61, scope 59/63, region 11/11; floors raised.
// Round 10 (counts8; the set released for tuning, each miss read as an instance of a kind, paradigm tables in
// violations-kinds8.test.ts): before (8b1d226) P 1.000 R 0.818 qualifiers 0.984 (tool 63, found 63); reporter 59/62,
// election 63/63, parent 47/61, scope 59/63, region 11/11. After: P 1.000 R 1.000 qualifiers 1.000 (tool 77, found 77);
// reporter 76/76, election 77/77, parent 61/74, scope 73/77, region 13/13. Floors raised. Left: list parents by a total
// after the list (02; check3's gold gives none for that shape), a ranking under a whole four sentences before (01),
// people sanctioned "dari rekomendasi yang diteruskan tersebut" (05), scope of items.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check7',
  gold: 77,
  reportEnv: 'CHECK7_REPORT',
  floor: { p: 0.99, r: 0.99, qualifiers: 0.99 },
  // Round 11 (counts10, the reader's convention for the parents of breakdown items): parent 61 -> 64/74 (before c6c9460, after)
  // Round 11 (counts10, the reader's convention for the parents of breakdown items): scope 73 -> 76/77 (before c6c9460, after: the items of 09's breakdown take their neutral whole's scope)
  attrFloor: { reporter: 76, election: 77, parent: 64, scope: 76, region: 13 },
});
