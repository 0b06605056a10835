// Officials and quote speakers on the check15 blind set of saved web pages (fixtures/check15): 12 HTML pages, 31
// officials, 26 quotes.
// Written blind by check15 on 2026-12-07 (pages and gold by hand, committed BEFORE any run of the tool on them);
// every page is held out. BLIND FIGURES: not yet run.
// The pages are whole saved pages in site themes check11 and check13 did not use (see expected.json's `about`):
// JNews, a PRMN-network sub-site, a Drupal 7 Diskominfo portal, a Jannah AMP page, a radio station on Elementor, a
// Suara-network sub-site, a Kompas-style regional page, an Astra op-ed, Soledad, a Next.js user-content page (body
// repeated in __NEXT_DATA__), a Kemenag office portal and GeneratePress. The helper reads each page as text; the
// adapter (test/extract/html-pages.ts, as check11 and check13) hands it to processArticle as the CLI's reader hands
// on a `.html` file, so it is scored after HTML extraction and cleaning. CHECK15_REPORT=1 prints the figures and
// problems.
import { vi } from 'vitest';
import { describeOfficialsCheckSet } from './officials/news-score.js';

// The adapter (test/extract/html-pages.ts): a saved page (`<!DOCTYPE …` / `<html …`) is handed on as the CLI's
// reader hands on a `.html` file (format 'html', the page in `html`, newlines normalised as the reader does, no
// text); anything else unchanged.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeOfficialsCheckSet({
  name: '../check15',
  title: 'officials on the check15 blind set of saved web pages (never tuned on)',
  gold: 31,
  quotes: 26,
  reportEnv: 'CHECK15_REPORT',
  floor: { p: 0, r: 0, fieldAcc: 0, quotesR: 0, attr: 0 },
});
