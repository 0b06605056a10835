// The cleaning development set of the `clean4` engineer (issue 22): fixtures/clean/clean4, 18 plain-text pages in
// shapes the cascade was not written for (see its README). 01–09 tune; 10–18 are held out (only their counts are
// printed while tuning).
//
// Blind score (branch clean4 at aef6321, before any rule of this branch):
//   tune (01–09)      boilerplate left 15/148 (1.67 per article), body lines lost 1/63, leads left 1/9
//   held-out (10–18)  boilerplate left 13/131 (1.44 per article), body lines lost 0/64, leads left 1/8
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, reportParts, scoreJunk } from './junk-devset.js';

const DIR = join('fixtures', 'clean', 'clean4');

describe('cleaning on the clean4 development set (fixtures/clean/clean4)', () => {
  const tune = scoreJunk(files(1, 9, DIR), DIR);
  const held = scoreJunk(files(10, 18, DIR), DIR);
  reportParts('clean4', [['tune', tune], ['held', held]], ['tune']);
  it('reads every file', () => {
    expect([tune.junk, tune.body, held.junk, held.body]).toEqual([148, 63, 131, 64]);
  });
});
