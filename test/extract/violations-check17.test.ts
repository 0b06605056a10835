// Violation counts on the check17 blind set of saved web pages (fixtures/check17): 12 HTML pages, 53 distinct claims
// with their attributes.
// Written blind by check17 on 2026-12-07 (pages and gold by hand, committed in 66e80f5 BEFORE any run of the tool on
// them); every page is held out. Blind score on f3c57f0 (branch check17's src/ is main at f3c57f0, unchanged; scored
// once on 2026-12-07 07:11 UTC, the three fields in one run, CHECK17_REPORT=1). No gold was changed after the run.
// P 1.000 R 0.736 (tool 39, gold 53, found 39), qualifiers 1.000; attributes on the matched claims: reporter 30/34,
// election and year 28/35, parent 29/36, scope 39/39 (no region scored). One convention the gold, written before
// the run, did not follow: the tool names 'Pemilihan Bupati … 2024' 'Pilbup' where the gold wrote Pilkada (check15's
// gold wrote Pilwalkot and Pilgub); counted the tool's way, election 29/35.
// Kinds of error: breakdowns whose items are a sanction level with a bare count ("dua kami jatuhi hukuman disiplin
// sedang … Lima lainnya hukuman disiplin ringan"; a <ul> "hukuman disiplin berat: 2 orang; … sedang: 3 orang; …
// ringan: 7 orang": all five items missing); counts of one (a camat in "seorang camat dan enam guru", "satu lagi
// masih kami kaji", "satu-satunya yang dijatuhi hukuman disiplin berat", "seorang staf puskesmas" after "empat guru")
// not read, and "delapan lainnya" after it; a count whose body is a village-election committee ("Panitia kabupaten
// mencatat sembilan pengaduan …, tiga di antaranya …": both missing); "empat guru SMP negeri" after
// "mengidentifikasi" and "Lima sudah kami teruskan" in a Q&A answer missing; election: a later paragraph's 'Pilkada
// 2015' given to the 2020 figures before it, a 'Pemilu' without its year in a year-end recap, no election on a
// voting-day page whose body names the election only by 'calon anggota legislatif' and the date; parents:
// "Rinciannya, enam … dan 11 …" not linked to the 17, the whole after its parts ("Dengan temuan hari ini, jumlahnya
// menjadi tujuh"), a part named before its whole ("termasuk kelima temuan terbaru itu"), "Untuk tiga orang ini" after
// "lima kepala distrik … dua di antaranya"; reporters: 'Bawaslu' from a clause saying the Pilkades is NOT watched by
// Bawaslu, where the Inspektorat counted; none for two figures of a year-end recap's breakdown sentences ('Ia
// merinci, dari 11 …, delapan di antaranya …'). No TPS, personnel, panelist, regulation, counter, duration or
// related-block figure was taken for a count.
// The pages are whole saved pages in site themes check11, check13 and check15 did not use (see expected.json's
// `about`): MH Magazine (ticker, strong BACA JUGA line, two reader comments), Publisher/BetterStudio (inline 'Baca
// Juga' related box and ad inside the body, view counter), a Divi Diskominfo portal (caption span and 'Penulis |
// Editor' line inside the body, 'Dibaca' counter), a Hugo static Bawaslu site (a recap table inside the body), an AMP
// for WP plugin page (amp-ad inside the body, JSON-LD), SmartMag (an updated voting-day report with update stamps,
// inline related block), a Laravel + Tailwind e-paper text page, a Nuxt.js local TV page (a Q&A interview, the
// window.__NUXT__ payload), a Kadence Polres page (hashtag line), an Avada BKPSDM site (a sanction list as <ul>), a
// Joomla 4 Cassiopeia provincial Bawaslu site (hits counter) and Zeen (cookie bar, 'Baca juga:' line, disclaimer
// inside the body, three reader comments); regions no or few earlier sets used (Pakpak Bharat, Musi Rawas Utara,
// Pulang Pisau, Tanjung Jabung Timur, Banggai Laut, Mahakam Ulu, Solok Selatan, Kepulauan Aru, Muna Barat,
// Halmahera Timur, Lanny Jaya, Landak); phases from a Pilkada 2018 campaign to BKN sanctions carried out in 2025,
// a 2022 Pilkades, a PTUN ruling, a voting day, a year-end recap. Bodies of about 215-250 words (a little under the
// brief's 250). The helper reads each page as text; the adapter (test/extract/html-pages.ts, as check11, check13
// and check15) hands it to processArticle as the CLI's reader hands on a `.html` file (format 'html', the page in
// `html`), so it is scored after HTML extraction and cleaning, as a user's corpus of saved pages is. The set's folder
// is outside the helper's fixtures folder, so its name is given as '../check17'. CHECK17_REPORT=1 prints the figures
// and problems.
// What the HTML path costs (a throw-away plain-text copy of the same bodies, headline first, no furniture, the Q&A
// as 'Aru TV: …' / 'Jacob: …' lines, scored by the same helpers at f3c57f0, not kept): officials P 0.852 R 0.920
// (one more spurious official in plain text: 'Aru' as a Ketua Bawaslu, from the Q&A lead), fields 0.984, quotes
// 31/31, attribution 1.000; statements recall 0.989, precision 1.000, right speaker 0.895; counts P 1.000 R 0.736,
// reporter 30/34, election 28/35, parent 29/36, scope 39/39 (one election differently wrong: Pemilu 2019 in plain
// text, Pemilu with no year through HTML). So the HTML path cost nothing on these pages; no furniture reached a
// statement, an official or a count: reader comments, the disclaimer, the byline and counter lines, the hashtag
// line, BACA JUGA lines and boxes (with figures: 6 panelis, 42 pejabat, 5 poin), related blocks (63 ASN, 48
// laporan), the recap table, the __NUXT__ payload and the e-paper notice gave no spurious item.
// Floors pinned a hair below the figures (checked failing with a floor raised).
import { vi } from 'vitest';
import { describeCountsCheckSet } from './violations-checkset.js';

// The adapter, as in officials-check17.test.ts: a saved page is handed to processArticle as the CLI's reader hands
// on a `.html` file, so it goes through HTML extraction, then cleaning, then the extractors.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check17',
  gold: 53,
  reportEnv: 'CHECK17_REPORT',
  // round 15 (counts14a: lists, tables, Q&A turns): d687d47 R 0.736 (39/53) reporter 30/34 election 28/35 parent 29/36
  // scope 39/39 -> R 0.811 (43/53) reporter 31/35 election 29/39 parent 33/40 scope 43/43
  // Round 15 (counts14b): reporter 30/34 (d687d47) -> 32/34.
  // after both merges (round 15): P 1.000 R 0.811 (43/53) reporter 33/35 election 29/39 parent 33/40 scope 43/43
  // Round 16 (counts15): a split opened by a bare number ("Dua …, satu lagi …", bare-splits.ts): R 0.811 -> 0.830
  // (44/53), reporter 33 -> 34, parent 33 -> 34, scope 43 -> 44.
  floor: { p: 0.99, r: 0.83, qualifiers: 0.99 },
  attrFloor: { reporter: 34, election: 32, parent: 34, scope: 44 },
});
