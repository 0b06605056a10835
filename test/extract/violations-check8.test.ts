// Violation counts on the check8 blind set (fixtures/violations/check8): 16 short articles, 71 distinct claims.
// Written blind by check8b on 2026-12-06 (fixtures and gold by hand, BEFORE any run of the tool on them) in the styles
// of an NTT daily's site (Kupang, Pilgub NTT 2024), a Sulawesi Tengah regional site (Palu), a Sumatera Utara regional
// site (Karo), a Jambi daily (Kerinci, sanctions in 2025), a Bali daily (Gianyar, Pemilu 2024), a BKN press release, a
// Central Java kabupaten site (Blora), an RRI page (Kotamobagu, Sulawesi Utara), an Antara wire (Banyumas), a Kodim page
// (Lumajang), a Diskominfo portal (Wonosobo, Pilkades 2019), an aggregator (Kabupaten Tasikmalaya, PSU 2025), an op-ed
// (Flores, 2026), a WordPress local site (Muna, Sulawesi Tenggara), a regional TV network's site (Garut) and a Bawaslu
// kabupaten site (Ponorogo, 2019); shapes listed in expected.json's `about`. Never shown to the engineers tuning the
// rules this session; every article is held out.
// Scored as check3-check7 (test/extract/violations-checkset.ts). CHECK8_REPORT=1 prints the figures and the problems.
//
// Blind score on 8b1d226 (branch check8b's src/ is main at 8b1d226, unchanged; fixtures and gold committed first in
// c0b4749; scored once on 2026-12-06 19:39 UTC):
// P 1.000 R 0.915 qualifiers 1.000 (tool 65, gold 71, found 65); attributes reporter 64/65, election 64/65, parent
// 41/60, scope 58/65, region 6/10.
// Kinds missed: a total with cue and figure apart, the figure after "sudah menyentuh angka" at the end of a long
// clause; a people sub-count in a quote ("Ada juga dua orang camat di …"); "tidak lebih dari <word>" for an earlier
// election's figure at the end of a sentence ("laporan serupa yang masuk … tidak lebih dari lima"); remainders and stage
// items in words after a first item ("Dua orang masih menunggu …" in a quote, "dua aduan lain yang menyangkut …", the
// middle item "tiga tidak memenuhi unsur" of a three-item breakdown in a quote: items without a unit).
// Spurious: none.
// Kinds of wrong attributes: parents not given to sub-counts after "dari jumlah itu", "Dari sembilan ASN itu",
// "Dari 23 perkara itu" (items stated before or after the total: laporan + temuan = perkara), nor to the items of
// per-region lists under a total (a province list with the unit on the first item; BKN's list of kabupaten; an op-ed's
// "Di X saja ada N kasus, sementara Y N kasus"); regions lost for list items without their own unit ("disusul Banggai 9,
// Poso 7") and for an op-ed's two regions; scope `all` for an earlier election's "kasus serupa", for stage items of a
// neutrality total ("23 sudah kami rekomendasikan", "Sepuluh lainnya dihentikan"), for another body's "laporan serupa"
// and for an earlier phase's "kasus serupa" in an aggregator; scope `neutrality` for Gakkumdu's pidana perkara and their
// sub-count under a total of all violations; a sub-count's reporter taken from the examining body named in its clause
// ("menunggu hasil pemeriksaan Inspektorat" → Inspektorat for BKPSDM's figure); the year of "pada pemilihan bupati"
// without a year in a 2024 article left null.
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers. No gold was changed
// after the run.
// After the round-10 merges (counts8; lead, 2026-12-06 21:45): P 1.000, R 0.915 -> 0.930 (66/71); reporter 65/66,
// election 65/66, parent 41/61, scope 62/66, region 6/10; recall floor raised.
// Round 11 (counts9): election 65/66 -> 66/66 (374a96f -> counts9; "pemilihan bupati" without a year beside
// "Pemilihan Wali Kota … 2024": the one year of the article's regional elections); floor raised.
// Round 11 (counts9): parent 41/61 -> 46/61 (374a96f -> counts9; "19 laporan dan 4 temuan …. Dari 23 perkara itu": parts
// of their anchored sum; "Tujuh ASN sudah kami rekomendasikan ke KASN, tiga …, dan dua lagi …" after 12: parts of 12, the
// first no whole of the others); floor raised. Scope 62/66 -> 64/66 ("Dari 41 kasus itu, 23 …. Sepuluh lainnya …": a
// figure restated with a demonstrative takes the kind of the figure first given); floor raised.
// Round 12 (counts11, the topic-link cue: "dua aduan … soal ASN"): R 0.930 -> 0.944 (tool 66 -> 67; 8bfcdec -> counts11),
// election 66 -> 67, scope 64 -> 65 (reporter 65/67: the new claim's reporter not read). Floors raised.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check8',
  gold: 71,
  reportEnv: 'CHECK8_REPORT',
  floor: { p: 0.99, r: 0.94, qualifiers: 0.99 },
  // Round 11 (counts10, the reader's convention for the parents of breakdown items): parent 46 -> 51/61 (before c6c9460, after: 02's ranking after its whole)
  attrFloor: { reporter: 65, election: 67, parent: 51, scope: 65, region: 6 },
});
