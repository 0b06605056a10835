// Violation counts on the check27 blind set of saved web pages (fixtures/check27): 12 HTML pages, 39 gold claims
// with their attributes.
// Written blind by check27 on 2026-12-07 (pages and gold by hand, committed in 4faf747 BEFORE any run of the tool on
// them); every page is held out. Blind score on 4faf747 (branch check27's src/ is main at bb3e10a, unchanged; scored
// once on 2026-12-07 21:55 UTC, the three fields in one vitest run, CHECK27_REPORT=1). No gold was changed after the
// run (the slips in the gold found then are named below and left in place). To name the kinds of error, the CLI
// was run once afterwards on four pages (03, 09, 11, 12; `-f json -q -j 1`), reading only what it found; nothing
// changed.
// Blind figures, all three fields: officials P 1.000 R 1.000 (21/21, tool 21), fields 1.000, quotes 18/18,
// attribution 1.000 (18/18); statements recall 0.906 (48/53), precision 0.923 (spurious 4, forbidden 1), right
// speaker 1.000 (48/48); counts P 0.844 R 0.692 (27/39, tool 32), qualifiers 1.000, reporter 25/26, election 27/27,
// parent 24/27, scope 27/27.
// The pages are whole saved pages in engines, layouts and saving tools no earlier set used (see expected.json's
// `about`): a Liputan6 regional page (KLY read-page classes, a 'Baca Juga' collection and an in-read ad inside the
// body, 'Simak Video Pilihan Berikut Ini:', reader comments with figures), a Jawa Pos Radar network page (network
// bar, ticker, 'BACA JUGA:' box, a pagination bar with 'Tampilkan Semua' in the middle of the body), a Tempo
// regional page (subscription banner, 'Pilihan Editor:' box, paywall prompt, an Inspektur named without commas), a
// Google Sites page of a Bawaslu office (obfuscated class names, jsname attributes, a contact block with figures,
// 'Report abuse'), an e-government portal with Bootstrap tabs and an accordion (the article in the active tab,
// announcements and an agenda with figures in hidden tabs, an FAQ accordion inside the article), an article split
// over two pages in one saved file (AutoPagerize: page 2 appended after 'page: 2' with headline, breadcrumb and
// byline repeated), a 2000s <table>/<font> layout (marquee ticker, poll, body as <br><br> text in a <td>, hit
// counter, reader comments), a Substack newsletter long read (first person, <h2> sections, a <blockquote> quote, a
// subscribe widget inside the body), a Facebook mbasic post of a Diskominfo page (hashtags, reaction counts, alt text
// and comments with figures), a Notion public page (properties, a callout summary with the figures, a hidden toggle
// of notes, a table of TPS and voters), a YouTube watch page whose description holds the news text (ytInitialData,
// view counts, comments, up-next titles with figures) and a NEGATIVE WordPress search-results page (five teasers with
// counts and a quoted excerpt: no article, so no official, statement or count). About half are the crawl's common
// shapes (Bawaslu case updates with parts, a sanction decision, an acting head's warning), the rest other genres.
// Regions no earlier fixture used (Tapanuli Selatan, Sibolga, Indragiri Hulu, Rokan Hilir, Dumai, Subang, Bolaang
// Mongondow Selatan, Tomohon, Paniai, Yahukimo, Kepulauan Seribu). Bodies of about 150-260 words. The adapter
// (test/extract/html-pages.ts, as check11-25) hands each page to processArticle as the CLI's reader hands on a
// `.html` file, so it is scored after HTML extraction and cleaning. The set's folder is outside the helpers'
// fixtures folder, so its name is given as '../check27'. CHECK27_REPORT=1 prints figures and problems.
// Kinds of error (counts): (1) A LISTING PAGE READ AS AN ARTICLE: the negative search-results page's teaser excerpts
// give five counts (6 and 4 with a parent, 9, 11 and 2 with BKN as reporter): 5 of the 5 spurious values. (2) COUNTS
// OF ONE, as a part or a remainder, missed on six pages: 'Satu laporan lagi, menyangkut …, masih menunggu' (01),
// 'seorang pegawai kantor kecamatan' as the last item of 'terdiri atas empat …, dua …, dan seorang …' (04), 'seorang
// pegawai … sedangkan seorang lainnya' (05), 'dua kepala distrik dan seorang sekretaris dinas' (09), 'laporan
// keempat menyangkut seorang guru' (11), and a past figure 'Pada Pilkada 2020 … jumlah laporan serupa hanya satu'
// (03). (3) LIST ITEMS AFTER A WHOLE: 'Ketiganya adalah dua kepala distrik dan …' (09: 2 missed), 'terdiri atas …
// dua bidan desa …' (04: 2 missed, and 4 without its parent 7). (4) Other parts missed: 'hasil kajian kelima laporan
// sudah dikirim ke BKN' (01: 'kelima' collective, all five, read as no count), 'empat dugaan lain masih dalam tahap
// klarifikasi' (03), 'dua pegawai dinas yang juga dilaporkan' inside a quote (02). (5) A TOTAL TOLD AFTER ITS PART:
// 'total laporan … berjumlah enam' after the four recommended (07): 6 missed and 4 without its parent. (6) Parent and
// reporter: 'termasuk lima kasus yang kini ditangani Inspektorat' is not tied to Bawaslu's nine (03); the Inspektur's
// 'tiga dari lima' takes Bawaslu, named in a later paragraph, as reporter (03). Right: qualifiers, every election
// (Pilwalkot for Sibolga, Dumai and Tomohon, Pilgub DKI for Kepulauan Seribu, Pilkada 2020 for two past figures),
// every scope; no figure of furniture became a count (tickers, hidden tabs, the Notion table, TPS and voters,
// comments, view and hit counters, the FAQ's '7 hari', category counts).
// SLIPS IN MY GOLD (left in place): none certain; arguable: 05's 1 (a split of two into 'seorang … seorang lainnya'
// that a reader may not list), 11's 1 (the remaining report named by an ordinal), 03's parent 9 for the five.
// Floors pinned a hair below the blind figures (as scored, not as meant).
import { vi } from 'vitest';
import { describeCountsCheckSet } from './violations-checkset.js';

vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check27',
  gold: 39,
  reportEnv: 'CHECK27_REPORT',
  // counts21 (round 21, released): P 0.844 R 0.692 -> P 0.865 R 0.821 (the items after a whole in the next sentence,
  // the split of one and the rest); floors raised.
  // round 21 (ingest21): P 0.844 -> 1.000, the negative search page's five teaser counts gone (no article)
  // both merged (round 19's release): P 1.000 R 0.821
  floor: { p: 0.99, r: 0.82, qualifiers: 0.99 },
  attrFloor: { reporter: 29, election: 32, parent: 30, scope: 32 },
});
