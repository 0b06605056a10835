// Statements and their speakers on the check25 blind set of saved web pages (fixtures/check25): 12 HTML pages, 52
// gold statements (direct and reported); reader comments, the appended next article, tickers of other messages,
// counters, print and press-release furniture, wiki references and 'Baca juga' links marked forbidden.
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
// Kinds of error (statements): (1) the hidden second half of the Intan Jaya page (see the officials file: a
// <div hidden> behind 'Lanjutkan membaca') is dropped: 5 of the 6 misses (two quotes, 'ditembuskan', 'membenarkan
// telah menerima surat', 'berjanji memanggil'). (2) The live blog's 'La Ode Safrin, menyampaikan pengawas menemukan
// dua ASN …' (a reported statement after 'menyampaikan', inside an entry under an <h3> heading) is missed. (3) The
// pdftohtml quote whose attribution 'ujar Fadhlullah.' is a line of its own after the closing mark: found but given to
// nobody (the one wrong speaker). Right: nothing spurious and nothing forbidden: the appended next article's quote,
// reader comments with figures, Telegram's traffic and weather messages and its og:description, the print toolbar,
// the press release's 'Demikian siaran pers' and 'Narahubung', the wiki's references and 'terakhir diubah', the ASP.NET
// poll and visitor counter; the IDN Times numbered sub-headings did not cut statements; the Squarespace NGO's
// first-person lines (optional) gave no statement with a wrong speaker. No gold slip noticed here.
// Floors pinned a hair below the blind figures (as scored, not as meant).
import { vi } from 'vitest';
import { describePagesStatements } from './quotes-devset.js';

vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describePagesStatements({
  set: 'check25',
  dir: new URL('../../fixtures/check25/', import.meta.url),
  pages: 12,
  gold: 52,
  title: 'check25 statements on saved web pages (never tuned on)',
  // round 18 (released): ingest19 recall 0.885 -> 0.981, speaker 1.000 (a hidden 'Lanjutkan membaca' half read);
  // quotes16 the live blog's 'menyampaikan pengawas menemukan …': floors raised
  floor: { recall: 0.98, precision: 0.99, speaker: 0.99, forbidden: 0 },
});
