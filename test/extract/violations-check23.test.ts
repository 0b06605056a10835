// Violation counts on the check23 blind set of saved web pages (fixtures/check23): 12 HTML pages, 34 distinct claims
// with their attributes.
// BLIND RUN PENDING: figures, kinds of error and floors are recorded after the single run.
import { vi } from 'vitest';
import { describeCountsCheckSet } from './violations-checkset.js';

vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));

describeCountsCheckSet({
  name: '../check23',
  gold: 34,
  reportEnv: 'CHECK23_REPORT',
  floor: { p: 0, r: 0, qualifiers: 0 },
  attrFloor: { reporter: 0, election: 0, parent: 0, scope: 0 },
});
