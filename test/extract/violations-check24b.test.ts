// Violation counts on the check24b blind set (fixtures/violations/check24b): 18 short articles, 83 distinct claims.
// Written blind by check24b on 2026-12-07 (fixtures and gold by hand, BEFORE any run of the tool on them), in regions no
// earlier counts set used (Pidie Jaya, OKU Selatan, Pelalawan, Sarmi, Timor Tengah Utara, Deiyai, Padang Lawas Utara,
// Intan Jaya, Dogiyai) and two national recaps, weighted to a crawl's proportions: about half in the shapes a crawl holds
// most (Panwaslih totals by origin and stage (Pidie Jaya); a BKN national recap of Pilkada 2024 with sanctions by kind
// where only the first item carries the unit; a kabupaten portal's "Empat dari tujuh laporan" (OKU Selatan); BKPSDM
// sanctions after BKN's recommendations (Pelalawan); "sedikitnya delapan" after a new case (Sarmi); an op-ed citing Data
// Bawaslu with kades counted apart (TTU); Bawaslu RI's recap with temuan/laporan and per-province items; KASN's proven
// figure under Bawaslu's forwarded cases (Deiyai, Pemilu 2019); "belasan" beside "sekitar 14" and a total of all
// violations (Paluta)), the rest from the rest of a crawl (an RRI dialogue in T:/J: turns (Intan Jaya), a Pilkades DPMD
// case (TTU), PNS/PPPK/honorer with a forwarded sub-count (OKU Selatan), kepala kampung and Polri items before their
// total (Dogiyai), a provincial recap by kabupaten (Papua Tengah), a live page in reverse order (Sarmi), a forecast range
// (Pelalawan), a Pilbup 2018 Panwaslu report (Deiyai), a hard-wrapped e-paper of 2019 (Paluta)), with figures that are
// not counts (TPS, villages, districts, voters, staff, personnel, views, percentages, PP numbers, a Kodim number, times
// of a live page). Never shown to the engineers tuning the rules; every article is held out.
// Scored as check3-check22 (test/extract/violations-checkset.ts). CHECK24B_REPORT=1 prints the figures and the problems.
//
// Blind score on 762eec7 (branch check24b's src/ is main at 762eec7, unchanged; fixtures and gold committed first in
// be156f9; scored once on 2026-12-07 18:47 UTC):
// P 0.972 R 0.843 qualifiers 1.000 (tool 72, gold 83, found 70); attributes reporter 65/70, election 70/70, parent
// 59/70, scope 70/70, region 5/5.
// Kinds missed: items after the first of a split by kind where only the first carries the unit ("hukuman disiplin
// ringan 716, sedang 402, dan berat 200", as in check22); an earlier election's figure with "serupa" after the current
// one ("Pada Pemilu 2024, BKN menerima 1.522 rekomendasi serupa"); a sanction split over two clauses ("Tiga ASN dijatuhi
// hukuman disiplin sedang …, sementara dua lainnya hukuman disiplin ringan"); the first item of a per-province list
// ("Papua Tengah 118", as in check22); a people count of kades outside the ASN total ("berjumlah empat orang"); an
// at_least item inside a split ("sedikitnya empat PNS …, sementara tiga laporan lain"). Structure across articles: the
// value two is missed in five articles whatever its shape ("Dua sudah kami rekomendasikan" in a dialogue turn, "Dua
// aduan sudah kami serahkan" in a quote, "dua anggota Polri" as the second item of a list, a live page's "bertambah
// menjadi dua", "dua lainnya" above).
// Spurious: a workforce size "sekitar 6.100 ASN" (listed as not a count); "belasan" as 10 beside "sekitar 14" (as
// check22).
// Kinds of wrong attributes: parents not given to sub-counts in a later sentence or quote ("Lima kasus sudah kami
// teruskan", "Sembilan terlapor … telah diteruskan", "1.318 … dari jumlah tersebut", "Sisanya, 629"), to sanctions under
// the recommendations received (5 under 8), to KASN's proven under the forwarded (4 under 6), to items written BEFORE
// their total ("tiga kepala kampung … sehingga total ada sembilan"; the e-paper's "tiga ASN … total … menjadi 11"), to a
// Pilbup report's items ("tiga laporan lain", "meneruskan lima laporan"); reporter Inspektorat (named in a quote as the
// body receiving the complaints) or none for DPMD's complaints; reporter Bawaslu for "Dua kasus lain" (see the slip).
// Gold slips (left as written): 08's "Dua kasus lain dinyatakan tidak cukup bukti" after "meneruskan enam kasus ke KASN"
// reads better as two OTHER cases of Bawaslu (reporter Bawaslu, no parent) than the gold's KASN under 6: the tool's
// reporter there is the better reading. 06's kades "berjumlah empat orang" is a judgement call (a count of people
// reported, outside the ASN total). No gold was changed after the run.
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: 'check24b',
  gold: 83,
  reportEnv: 'CHECK24B_REPORT',
  floor: { p: 0.98, r: 0.89, qualifiers: 0.99 }, // blind 0.972/0.843/1.000; counts20: P 0.987 R 0.892
  attrFloor: { reporter: 73, election: 74, parent: 62, scope: 74, region: 5 }, // counts20: reporter 65 -> 73 (DPMD, the new counts), parent 59 -> 62 (the split by severity)
});
