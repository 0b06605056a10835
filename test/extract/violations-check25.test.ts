// Violation counts on the check25 blind set of saved web pages (fixtures/check25): 12 HTML pages, 36 gold claims
// with their attributes.
// Written blind by check25 on 2026-12-07 (pages and gold by hand, committed in 592048f BEFORE any run of the tool on
// them); every page is held out. Blind score on 592048f (branch check25's src/ is main at 762eec7, unchanged; scored
// once on 2026-12-07 18:44 UTC, the three fields in one vitest run, CHECK25_REPORT=1). No gold was changed after the
// run (the slips in the gold found then are named below and left in place). To name the kinds of error, the CLI
// was run once afterwards on four pages (02, 04, 09, 10; `-f json -j 1`), reading only what it found; nothing changed.
// Blind figures, all three fields: officials P 0.900 R 0.857 (18/21, tool 20), fields 1.000, quotes 18/20,
// attribution 0.944 (17/18); statements recall 0.885 (46/52), precision 1.000 (spurious 0, forbidden 0), right
// speaker 0.978 (45/46); counts P 1.000 R 0.833 (30/36, tool 30), qualifiers 1.000, reporter 28/29, election 23/30,
// parent 24/30, scope 29/30.
// The pages are whole saved pages in engines and layouts no earlier set used (see expected.json's `about`): an
// ANTARA-network regional page (bare text with <br><br>, 'Pewarta:/Editor:/COPYRIGHT' block), an IDN Times regional
// page (Next.js hashed class names, numbered <h2> sub-headings inside the body, 'Baca Juga:' cards, 'Editorial Team'),
// a Wix site (rich-text <p>s in data-breakout <div>s, views and likes counters), a Squarespace blog of an
// election-monitoring NGO (first-person 'kami' counts, a <blockquote> quote with 'katanya'), a Webflow page (three
// reader comments with figures, a related grid), a live blog (LiveBlogPosting, timestamped entries newest first,
// turnout figures in other entries), a print view (print toolbar, 'URL artikel' and 'Dicetak pada' lines), a
// MediaWiki page (infobox with figures, [n] reference marks, references, navbox; reported speech only), a page whose
// second half sits in a hidden <div> behind 'Lanjutkan membaca' and whose NEXT article is appended below (infinite
// scroll: a police chief's quote and a figure), a press release converted by pdftohtml (every printed line an
// absolutely positioned <p>, sentences broken across lines), a Telegram channel web preview (four messages, the ASN one
// between traffic and weather notes) and a NEGATIVE ASP.NET WebForms kabupaten portal in a table layout (__VIEWSTATE,
// a KORPRI anniversary: 12 ASN awarded, 34 retirees, 5.812 ASN, 'no ASN sanctioned': no count at all); regions no
// earlier fixture used (Aceh Selatan, Ogan Komering Ulu Timur, Tanjungpinang, Tolitoli, Tojo Una-Una, Baubau,
// Mamberamo Raya, Fakfak, Intan Jaya, Pidie Jaya, Serdang Bedagai, Tanah Datar). Bodies of about 120-260 words. The
// adapter (test/extract/html-pages.ts, as check11-23) hands each page to processArticle as the CLI's reader hands on a
// `.html` file, so it is scored after HTML extraction and cleaning. The set's folder is outside the helpers' fixtures
// folder, so its name is given as '../check25'. CHECK25_REPORT=1 prints figures and problems.
// Kinds of error (counts): (1) Missed: a monitor's own first-person count ('Secara keseluruhan kami mencatat 11
// peristiwa. Delapan di antaranya …', Squarespace NGO page: 11 and 8); a remainder 'Satu laporan lagi masih menunggu'
// after 'Dua dari tiga laporan itu' (Wix); a count as the object of a recommendation ('merekomendasikan Penjabat
// Bupati … menegur dua kepala dinas', lazy page); on the pdftohtml page 'sembilan / laporan' broken across two
// positioned lines (9) and 'empat guru / sekolah dasar dan dua pegawai' (the 2 after the line break). (2) Parent:
// the pdftohtml page's parts are not tied (6 and 3 to the nine reports, 4 to the six ASN); a total told AFTER its
// parts ('Dengan temuan ini, totalnya menjadi tujuh', live blog: 5 and 2); BKN's three sanctions told in another
// <h2> section by the BKPSDM head (IDN Times) not tied to Bawaslu's seven. (3) Election: 'Pemilihan umum Bupati
// Fakfak 2024' (the wiki's title form) read as Pemilu 2024 (2 counts); a count with no election year in its body
// borrows the only year there, a PAST one ('Pada Pilkada 2020, Bawaslu … tidak menerima satu pun laporan', print
// view); on the live blog the voting-eve 2 takes Pilkada 2024 (page title) where the gold has the Pilwalkot named a
// paragraph later. (4) Reporter: the pdftohtml page's six ASN 'kepada Badan Kepegawaian Negara (BKN)' take BKN, the
// body the cases were passed to. (5) Scope: the three dropped reports there read as 'all'.
// SLIPS IN MY GOLD (left in place): the pdftohtml page names only 'Pemilihan Bupati dan Wakil Bupati Pidie Jaya Tahun
// 2024' and the tool's own convention then is Pilbup (as check17's header names), while my gold wrote Pilkada: 3 of the
// 7 election misses are that convention (6, 3, 4); the live blog's Pilwalkot for the voting-eve 2 is arguable (its own
// sentence names no election); 'scope all' for the three dropped reports is arguable too (the release does not say
// all nine were about neutrality). Right: no furniture figure became a count (comments, views, turnout, TPS, the
// infobox, the appended article's 140 personnel, Telegram's 3 km and 17 kecamatan), the negative page gave none, an
// NGO page's Bawaslu 6 > 2, Wix 3 > 2, Inspektorat 4 > 3, 1 with Inspektorat as reporter, a Telegram 8 > 5.
// Floors pinned a hair below the blind figures (as scored, not as meant).
import { vi } from 'vitest';
import { describeCountsCheckSet } from './violations-checkset.js';

vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check25',
  gold: 36,
  reportEnv: 'CHECK25_REPORT',
  // counts19: R 0.833 -> 0.861 (03's 'Satu laporan lagi'); ingest19: R 0.889 (pdftohtml lines joined, a hidden
  // 'Lanjutkan membaca' half read); both merged: R 0.917, reporter 32, parent 28, scope 33
  floor: { p: 0.99, r: 0.91, qualifiers: 0.99 },
  attrFloor: { reporter: 32, election: 24, parent: 28, scope: 33 },
});
