// Statements and their speakers on the check27 blind set of saved web pages (fixtures/check27): 12 HTML pages, 53
// gold statements (direct and reported).
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
// Kinds of error (statements): (1) A REQUEST REPORTED WITH 'meminta' + object + clause ('Ia meminta Inspektorat
// mendampingi pemeriksaan', 'meminta seluruh pegawai menjadikan kasus tersebut sebagai pelajaran', 'Ia meminta para
// guru kooperatif'): the tool gives the statement from the object on, without the verb, to the right speaker; my gold
// fragments begin with 'meminta', so each counts as one miss AND one spurious (3 + 3) -- a slip of my gold (see
// below). (2) A reported statement after 'menduga' ('Meiske menduga lonjakan itu juga karena …', Substack) is
// missed: 'menduga' is not read as a reporting verb. (3) 'Ketua Bawaslu …, Rudi Hartono Lubis, menjelaskan laporan
// keempat menyangkut seorang guru …' in a YouTube description (one <span> with newline paragraphs) is missed; the
// next sentence 'Menurutnya, seluruh laporan …' is found. (4) The NEGATIVE search page: a teaser excerpt '"ASN wajib
// menggunakan hak pilih, …," kata Penjabat Gubernur …' is read as a direct statement with no speaker (forbidden):
// a listing of teasers is taken as an article body. Right: every speaker (48/48); comments with quotes of the
// article's own words (Liputan6, Substack, YouTube, Facebook, table layout), the FAQ accordion, hidden tabs, the
// Notion toggle, tickers, 'Simak Video', 'Jangan lupa like' and the subscribe widget gave no statement; page 2 of the
// AutoPagerize save was read with its quote.
// SLIPS IN MY GOLD (left in place): the three 'meminta …' lines keep the reporting verb in the fragment, against the
// tool's convention (check19's header names the same slip); counted as intended: recall 51/53 = 0.962, precision
// 51/52 = 0.981.
// Floors pinned a hair below the blind figures (as scored, not as meant).
// Round 21 (ingest21): the negative search page gives no article (listing.ts reads a teaser's title in its own
// dropped <header> and records spread over one template): precision 0.923 -> 0.941 (spurious 3), forbidden 1 -> 0.
import { vi } from 'vitest';
import { describePagesStatements } from './quotes-devset.js';

vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describePagesStatements({
  set: 'check27',
  dir: new URL('../../fixtures/check27/', import.meta.url),
  pages: 12,
  gold: 53,
  title: 'check27 statements on saved web pages (never tuned on)',
  floor: { recall: 0.9, precision: 0.94, speaker: 0.99, forbidden: 0 },
});
