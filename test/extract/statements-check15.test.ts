// Statements and their speakers on the check15 blind set of saved web pages (fixtures/check15): 12 HTML pages, 103
// gold statements (direct, reported and Q&A answers); reader comments, disclaimers, a promo line and a view counter
// marked forbidden.
// Written blind by check15 on 2026-12-07 (pages and gold by hand, committed BEFORE any run of the tool on them);
// every page is held out. BLIND FIGURES: not yet run.
// Pages, themes and the adapter: see officials-check15.test.ts and expected.json's `about`. CHECK15_REPORT=1 prints
// the figures and problems.
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
  floor: { recall: 0, precision: 0, speaker: 0 },
});
