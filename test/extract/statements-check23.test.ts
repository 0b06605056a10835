// Statements and their speakers on the check23 blind set of saved web pages (fixtures/check23): 12 HTML pages, 62
// gold statements.
// BLIND RUN PENDING: figures, kinds of error and floors are recorded after the single run.
import { vi } from 'vitest';
import { describePagesStatements } from './quotes-devset.js';

vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describePagesStatements({
  set: 'check23',
  dir: new URL('../../fixtures/check23/', import.meta.url),
  pages: 12,
  gold: 62,
  title: 'check23 statements on saved web pages (never tuned on)',
  floor: { recall: 0, precision: 0, speaker: 0 },
});
