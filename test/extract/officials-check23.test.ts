// Officials and quote speakers on the check23 blind set of saved web pages (fixtures/check23): 12 HTML pages, 23
// officials, 24 quotes.
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
// Kinds of error (officials): one title: the AMP page's Panwaslih chair (text: 'Panitia Pengawas Pemilihan
// (Panwaslih) Kabupaten Aceh Jaya' in the lead, then 'Ketua Panwaslih Aceh Jaya, Zulkifli Hamzah') keeps the
// abbreviation, 'Ketua Panwaslih Aceh Jaya', where the gold asks for 'ketua panitia pengawas' (as check21's Nagan
// Raya page, which wrote the long form next to the name): a strict gold as much as a tool error. Right: two acting
// regents (Penjabat Bupati, one without commas around the name), a provincial Bawaslu division coordinator (region
// 71) next to a kabupaten chair, an Inspektur, two Sekda (one later called only 'Sekda'), BKPSDM heads, a head of an
// education office; no reporter, editor, commenter, blog author or university analyst became an official. Quotes:
// all 24, including the detik page's two-paragraph quote, single marks, guillemets, the Ghost and Medium
// <blockquote>s with 'katanya', and the analyst's quote (a speaker who is no official).
// Floors pinned a hair below the blind figures (as scored, not as meant).
import { vi } from 'vitest';
import { describeOfficialsCheckSet } from './officials/news-score.js';

// The adapter (test/extract/html-pages.ts): a saved page (`<!DOCTYPE …` / `<html …`) is handed on as the CLI's
// reader hands on a `.html` file (format 'html', the page in `html`, newlines normalised as the reader does, no
// text); anything else unchanged.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeOfficialsCheckSet({
  name: '../check23',
  title: 'officials on the check23 blind set of saved web pages (never tuned on)',
  gold: 23,
  quotes: 24,
  reportEnv: 'CHECK23_REPORT',
  floor: { p: 0.99, r: 0.99, fieldAcc: 0.99, quotesR: 0.99, attr: 0.99 },
});
