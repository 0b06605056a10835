// Violation counts on the check26b blind set (fixtures/violations/check26b): 18 short articles, 80 distinct claims.
// Written blind by check26b on 2026-12-07 (fixtures and gold by hand, BEFORE any run of the tool on them), in regions no
// earlier counts set used (Aceh Tenggara, Lampung Utara, Indragiri Hulu, Paniai, Dairi, Rokan Hilir, Fakfak, Tojo
// Una-Una, Kepulauan Yapen, Batanghari, Hulu Sungai Selatan, Banggai Kepulauan) and a national and two provincial recaps
// (Riau, Sulawesi Tengah), weighted to a crawl's proportions: about half in the shapes a crawl holds most (Panwaslih
// totals split into findings and reports with a forwarded figure in a quote (Aceh Tenggara); KASN's Pilkada 2020 recap
// with proven and followed-up sub-counts beside percentages; a kabupaten portal's "Dari enam laporan tersebut, empat"
// (Lampung Utara); BKPSDM sanctions split by kind under BKN's recommendations (Indragiri Hulu); "paling sedikit tujuh
// kepala kampung dan dua aparatur distrik" (Paniai); an op-ed citing Data Bawaslu in words with kades outside the ASN
// total (Dairi); Bawaslu Riau's recap with per-regency items; KASN's proven figure under Bawaslu's forwarded cases
// (Fakfak, Pemilu 2019)), the rest from the rest of a crawl ("puluhan" beside "tak kurang dari 20" (Tojo Una-Una), an
// RRI dialogue in T:/J: turns (Kepulauan Yapen), a Pilkades DPMD case (Batanghari), PNS/PPPK/honorer with a forwarded
// sub-count (Hulu Sungai Selatan), kades and TNI items before their total (Banggai Kepulauan), a provincial recap by
// kabupaten (Sulawesi Tengah), a live page in reverse order (Rokan Hilir), a forecast range beside the past election it
// rests on (Batanghari), a Pilbup 2017 Panwaslu report of all violations (Kepulauan Yapen), an Instagram caption with
// numbers in words in brackets (Lampung Utara)), with figures that are not counts (TPS, villages, districts, voters,
// staff, percentages, law and letter numbers, a Kodim number, a frequency, times, likes, "satu dari tiga ratus").
// Never shown to the engineers tuning the rules; every article is held out.
// Scored as check3-check24b (test/extract/violations-checkset.ts). CHECK26B_REPORT=1 prints the figures and the problems.
//
// Blind score on bb3e10a (branch check26b's src/ is main at bb3e10a, unchanged; fixtures and gold committed first in
// 907a043; scored once on 2026-12-07 21:57 UTC):
// P 0.973 R 0.900 qualifiers 0.972 (tool 74, gold 80, found 72); attributes reporter 63/72, election 65/72, parent
// 57/72, scope 69/72, region 6/6.
// Kinds missed: a figure closing its clause after "ada" in a quote ("Yang sudah kami kirim ke BKN ada delapan"); the
// items of a sanction split by kind with "orang" as unit, the second without a verb ("Delapan orang kami beri hukuman
// disiplin sedang …, tiga orang hukuman disiplin ringan", as check24b; "empat orang dijatuhi sanksi moral dan satu orang
// hukuman disiplin sedang" loses the 1); a lower bound on a people count whose noun is an office, not ASN ("paling
// sedikit tujuh kepala kampung dan dua aparatur distrik": both lost); "tak kurang dari 20 orang" after "puluhan ASN"; an
// earlier election's figure in words as the second half of "naik dari sebelas orang pada Pilkada 2018".
// Spurious: a workforce size "sekitar 5.800 ASN" (listed as not a count, as check24b's "sekitar 6.100 ASN"); "puluhan"
// as 10 beside a stated figure.
// Qualifiers: the past election's figures in a forecast article typed forecast ("Prediksi itu didasarkan pada
// pengalaman Pilkada 2020, ketika … menangani 14 kasus, sepuluh di antaranya …").
// Kinds of wrong attributes: parents not given to sub-counts in a later sentence, quote or dialogue turn ("Dari
// rekomendasi tersebut, baru 1.224" took the top total; "Dari tujuh itu … Empat sudah kami teruskan" took 10; "sisa 21
// kasus"; "Di Distrik Bibida saja ada tiga"; KASN's proven 5 under Bawaslu's 7 and its split), to items written BEFORE
// their total ("lima kepala desa dan seorang anggota TNI … jumlah terlapor kini mencapai 12"), to a live page's
// increments, to a Pilbup report's items and to "2 (dua) di antaranya"; scope all for an earlier election's comparison
// figure ("990 laporan serupa", "menangani 57 kasus", "yang mencapai 73 kasus"); reporter null for DPMD's complaints in a
// Pilkades; reporter BKN (the body the caption forwards to) for an Instagram caption's counts, and election null there
// (the election named only in a hashtag); "Panwas Kabupaten Paniai" (2017) read as Bawaslu.
// Gold slips (left as written): 13's election is Pilkada 2024 in the gold though the article names only "Pemilu 2024
// lalu" (the tool's Pemilu 2024 follows the text; the gold reads the current contest from context), and 18's rests on a
// hashtag alone; 04's BKN recommendations (13, and "Dua rekomendasi lainnya") have reporter BKN where check24b's gold
// gives BKPSDM, the body speaking (the tool's BKPSDM follows the released convention); 15's live-page entries are gold
// as sub-counts of the last total (they are increments that sum to it) where check24b leaves earlier running totals
// without a parent. No gold was changed after the run.
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check26b',
  gold: 80,
  reportEnv: 'CHECK26B_REPORT',
  floor: { p: 0.97, r: 0.89, qualifiers: 0.97 }, // blind 0.973/0.900/0.972
  attrFloor: { reporter: 63, election: 65, parent: 57, scope: 69, region: 6 },
});
