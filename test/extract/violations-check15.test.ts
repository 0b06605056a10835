// Violation counts on the check15 blind set of saved web pages (fixtures/check15): 12 HTML pages, 51 distinct claims
// with their attributes.
// Written blind by check15 on 2026-12-07 (pages and gold by hand, committed BEFORE any run of the tool on them);
// every page is held out. BLIND FIGURES: not yet run.
// Pages, themes and the adapter: see officials-check15.test.ts and expected.json's `about`. CHECK15_REPORT=1 prints
// the figures and problems.
import { vi } from 'vitest';
import { describeCountsCheckSet } from './violations-checkset.js';

// The adapter, as in officials-check15.test.ts: a saved page is handed to processArticle as the CLI's reader hands
// on a `.html` file, so it goes through HTML extraction, then cleaning, then the extractors.
vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check15',
  gold: 51,
  reportEnv: 'CHECK15_REPORT',
  floor: { p: 0, r: 0, qualifiers: 0 },
  attrFloor: { reporter: 0, election: 0, parent: 0, scope: 0 },
});
