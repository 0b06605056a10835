// Statements and their speakers on the check23 blind set of saved web pages (fixtures/check23): 12 HTML pages, 62
// gold statements (direct and reported); reader comments, cookie notices, 'Baca juga' links, tickers, counters,
// paywall teasers and footer credits marked forbidden.
// Written blind by check23 on 2026-12-07 (pages and gold by hand, committed in b04d22b BEFORE any run of the tool on
// them); every page is held out. Blind score on 05fc75f (branch check23's src/ is main at 05fc75f, unchanged; scored
// once on 2026-12-07 16:07 UTC, the three fields in one vitest run, CHECK23_REPORT=1). No gold was changed after the
// run (the slips in the gold found then are named below and left in place). To name the kinds of error, the CLI
// was run once afterwards on four pages (04, 09, 11, 12; `-f json`), reading only what it found; nothing changed.
// Blind figures, all three fields: officials P 1.000 R 1.000 (23/23), fields 0.992 (title 22/23), quotes 24/24,
// attribution 1.000; statements recall 0.919 (57/62), precision 0.891 (spurious 7, forbidden 0), right speaker 1.000
// (57/57); counts P 0.909 R 0.882 (30/34, tool 33), qualifiers 1.000, reporter 27/27, election 26/30, parent 28/30,
// scope 30/30.
// The pages are whole saved pages in site themes and engines check11-check21 did not use (see expected.json's
// `about`): a Tribun-network AMP page (amp-ad slots inside the body, sticky amp-social-share bar), a Kompas.com-style
// regional page (inline 'Baca juga:' links with figures, 'Dapatkan update berita pilihan' box), a detik-network page
// (bare text with <br><br>, parallax ad slot, [Gambas:Video 20detik], a two-paragraph quote whose first paragraph has
// no closing mark), a Suara.com-network page (cookie bar, 'BACA JUGA:' list in the body, a quote in single marks), an
// Okezone/iNews page (JSON-LD without body, 'ADVERTISEMENT' slot, a quote in guillemets, Google News box), a WordPress
// Newsmatic page (ticker, image ad in the body, two reader comments), a Ghost/Casper blog (a first-person column, a
// quote in a bare <blockquote> with 'katanya', subscribe CTA), a kabupaten portal on CodeIgniter 3 (views counter,
// visitor statistics, 'Page rendered in' footer), a JPNN-network page (dateline 'malut.jpnn.com, TOBELO', two 'BACA
// JUGA:' lines, 'Redaktur & Reporter'), a Bawaslu provincial site (Sulawesi Utara; views, sidebar, address), a
// Medium-like post (member-only banner, clap and response counters, __APOLLO_STATE__) and a custom CMS page whose
// JSON-LD holds the whole body again as articleBody, with lazy-loaded images, a cookie notice, an in-body ad slot and
// a PREMIUM paywall teaser inside the body; regions no earlier fixture used (Aceh Jaya, Kotawaringin Barat, Nganjuk,
// Penukal Abab Lematang Ilir, Batu Bara, Nias Utara, Barito Selatan, Murung Raya, Halmahera Utara, Kepulauan Talaud,
// Boven Digoel, Teluk Wondama). Bodies of about 180-260 words. The adapter (test/extract/html-pages.ts, as check11-21)
// hands each page to processArticle as the CLI's reader hands on a `.html` file, so it is scored after HTML
// extraction and cleaning. The set's folder is outside the helpers' fixtures folder, so its name is given as
// '../check23'. CHECK23_REPORT=1 prints figures and problems.
// Kinds of error (statements): most of the loss is SLIPS IN MY GOLD, left in place: (a) four gold fragments start with
// the reporting verb ('meminta seluruh kepala perangkat daerah mengawasi', 'meminta pegawai tidak bermain dua kaki',
// 'meminta pegawai tidak menghadiri kampanye', 'berharap sanksi itu menjadi pelajaran'), while the tool's statement
// text begins after the verb: each is scored as one miss AND one spurious although the tool found the statement with
// the right speaker (4 of 5 misses, 4 of 7 spurious); (b) three optional lines also hold the subject or the verb
// ('bawaslu kabupaten nganjuk mengingatkan', 'pada pilkada 2020, bawaslu mencatat lima asn', 'membenarkan laporan
// itu'), so the statements they meant to allow (Bawaslu's warning in the detik lead, the BKPSDM head's telling of
// Bawaslu's Pilkada 2020 figures, 'membenarkan laporan itu ketika saya menghubunginya') count as spurious (3 of 7).
// Counting those as found, recall would be 61/62 and spurious 0. The one real miss: 'mengakui pola pelanggarannya
// berubah' (Ghost column, a Bawaslu member; 'mengakui' as a reporting verb). Every speaker right, nothing forbidden
// reached a statement (comments with figures, cookie bars, 'Dapatkan update', the paywall teaser, the JSON-LD
// articleBody copy of the Wondama body gave no doubled statement, the Medium counters, the CodeIgniter footer).
// Floors pinned a hair below the blind figures (as scored, not as meant).
import { vi } from 'vitest';
import { describePagesStatements } from './quotes-devset.js';

vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describePagesStatements({
  set: 'check23',
  dir: new URL('../../fixtures/check23/', import.meta.url),
  pages: 12,
  gold: 62,
  title: 'check23 statements on saved web pages (never tuned on)',
  // After round 17 (scored once by the lead, 17:20 UTC, on main aa869f5): precision 0.891 -> 0.877 (one spurious more,
  // none less): quotes14 read a lead written with an acronym in its institution's name ("Badan Pengawas Pemilu
  // (Bawaslu) Kabupaten Nias Utara mencatat …") as the institution's statement, as the leads without the acronym
  // already were (check7, check8 and quotes4 require them); this set's gold has no such line. A convention this gold
  // does not share, not a loss: floor 0.88 -> 0.87.
  // round 18 (quotes15): recall 0.919 -> 0.935 (the one real miss, 'mengakui pola pelanggarannya berubah'): 0.91 -> 0.93
  floor: { recall: 0.93, precision: 0.87, speaker: 0.99, forbidden: 0 },
});
