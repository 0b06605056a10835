// Statements and their speakers on the check15 blind set of saved web pages (fixtures/check15): 12 HTML pages, 103
// gold statements (direct, reported and Q&A answers); reader comments, disclaimers, a promo line and a view counter
// marked forbidden.
// Written blind by check15 on 2026-12-07 (pages and gold by hand, committed in 8358881 BEFORE any run of the tool on
// them); every page is held out. Blind score on db14538 (branch check15's src/ is main at db14538, unchanged; scored
// once on 2026-12-07 04:16 UTC, the three fields in one run, CHECK15_REPORT=1). Two gold slips found in that run and
// corrected after it (named here; the figures below are after them, the blind ones are given too): Barito Timur's
// code was written 62.12 (Murung Raya's) where the gazetteer has 62.13 (two officials' regions); one optional
// fragment of page 06 kept its reporting verb ('majelis menilai …'), against the format's convention that fragments
// start after the verb (as check10's slips), and so did not cover the court's finding: cut to start after the verb.
// No other gold was changed after the run by its author. The lead, on merging round 13 (2026-12-07 05:50 UTC), cut a
// third optional fragment of the same slip (page 12, 'kembali mengingatkan aparatur sipil negara' → 'aparatur sipil
// negara agar tidak terlibat politik praktis', the Bawaslu's warning in the lead) when round 13's rules first found
// that statement and the slip counted it spurious; the figures at db14538 are unchanged by it (the statement was not
// found then).
// recall 0.932 (96/103), precision 1.000 (spurious 0, forbidden 0; blind, before the fragment fix, 0.990 with one
// spurious: the court's finding "Majelis menilai keputusan … sesuai prosedur", which the gold meant as optional),
// right speaker 0.948 (91/96).
// Kinds of error: statements whose verb is a phrase or a verb of evaluation with a noun object ("mengapresiasi
// langkah pemkab", "menyambut baik putusan tersebut", "memaparkan bentuk-bentuk pelanggaran …") not read (three); a
// request after a pronoun with a short clause ("Ia meminta camat aktif memantau") and a "memastikan" after a pronoun
// ("Ia memastikan kedua camat tetap bekerja …") not read (two); one of four Q&A answers whose question is an H2
// heading not read (the answer opens "Paling banyak itu …"); a statement framed "seperti disampaikan ketuanya,
// <Name>," not read; speakers: a Minang adat title kept in the speaker's name (four, the gold leaves it out), a name
// cut to 'Andi' + given name (one). No reader comment, disclaimer, promo line or pull quote became a statement.
// The pages are whole saved pages in site themes check11 and check13 did not use (see expected.json's `about`):
// JNews, a PRMN-network sub-site (pager and ad inside the body), a Drupal 7 Diskominfo portal, a Jannah AMP page, a
// radio station on Elementor (an on-air Q&A with H2 questions), a Suara-network sub-site, a Kompas-style regional
// page, an Astra op-ed with reader comments, Soledad with reader comments, a Next.js user-content page (the whole
// body repeated in the __NEXT_DATA__ script), a Kemenag office portal on Bootstrap and GeneratePress; head, scripts,
// menus, breadcrumbs, BACA JUGA blocks and lines inside the body, captions, ads, tags, related blocks, comments,
// sidebars, footers. The helper reads each page as text; the adapter (test/extract/html-pages.ts, as check11 and
// check13) hands it to processArticle as the CLI's reader hands on a `.html` file (format 'html', the page in
// `html`), so it is scored after HTML extraction and cleaning, as a user's corpus of saved pages is. The set's folder
// is outside the helper's fixtures folder, so its name is given as '../check15'. CHECK15_REPORT=1 prints the figures
// and problems.
// What the HTML path costs (a throw-away plain-text copy of the same bodies, headline first, no furniture, scored by
// the same helpers at db14538 with the corrected gold, not kept): officials P 0.967 R 0.935, fields 0.987, quotes
// 26/26, attribution 1.000; statements recall 0.932 (96/103), precision 1.000, right speaker 0.948 (91/96); counts P
// 1.000 R 0.843 (43/51), reporter 37/39, election 42/43, parent 37/43, scope 43/43. So the HTML path cost nothing on
// these pages (every figure equal, one parent better through HTML); no furniture reached a statement or a count:
// reader comments, disclaimers, the Kompas Telegram promo line, view counters, the PRMN pager and ad, dangling and
// plain-paragraph 'BACA JUGA' lines, the Kemenag 'Penulis | Editor | Foto' line and the Next.js JSON copy of the
// body gave no spurious item.
// Floors pinned a hair below the figures (checked failing with a floor raised).
import { vi } from 'vitest';
import { describePagesStatements } from './quotes-devset.js';

// The adapter, as in officials-check15.test.ts: a saved page is handed to processArticle as the CLI's reader hands
// on a `.html` file, so it goes through HTML extraction, then cleaning, then the extractors.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describePagesStatements({
  set: 'check15',
  dir: new URL('../../fixtures/check15/', import.meta.url),
  pages: 12,
  gold: 103,
  title: 'check15 statements on saved web pages (never tuned on)',
  // After round 13's merges (2026-12-07, 13928b2): recall 0.951 (98/103), precision 1.000, right speaker 0.959 (94/98)
  // (blind 0.932, 1.000, 0.948).
  floor: { recall: 0.95, precision: 0.99, speaker: 0.955, forbidden: 0 },
});
