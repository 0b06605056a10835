// Officials and quote speakers on the check23 blind set of saved web pages (fixtures/check23): 12 HTML pages, 23
// officials, 24 quotes.
// BLIND RUN PENDING: figures, kinds of error and floors are recorded after the single run.
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
  floor: { p: 0, r: 0, fieldAcc: 0, quotesR: 0, attr: 0 },
});
