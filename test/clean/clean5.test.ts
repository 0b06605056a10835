// The cleaning development set of the `clean5` engineer (issue 22): fixtures/clean/clean5, 18 plain-text pages in
// styles no set held before (see its README). 01–09 tune; 10–18 are held out (only their counts are printed while
// tuning).
//
// Blind score (branch clean5 at d59550f, before any rule of this branch):
//   tune (01–09)      boilerplate left 31/137 (3.44 per article), body lines lost 6/80, leads left 2/6
//   held-out (10–18)  boilerplate left 42/104 (4.67 per article), body lines lost 0/66, leads left 3/6
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, reportParts, scoreJunk } from './junk-devset.js';

const DIR = join('fixtures', 'clean', 'clean5');

describe('cleaning on the clean5 development set (fixtures/clean/clean5)', () => {
  const tune = scoreJunk(files(1, 9, DIR), DIR);
  const held = scoreJunk(files(10, 18, DIR), DIR);
  reportParts('clean5', [['tune', tune], ['held', held]], ['tune']);
  it('reads every file', () => {
    expect([tune.junk, tune.body, held.junk, held.body]).toEqual([137, 80, 104, 66]);
  });
});
