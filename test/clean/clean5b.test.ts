// The second cleaning development set of the `clean5` engineer (issue 22): fixtures/clean/clean5b, 8 plain-text pages
// written after the first clean5 rules (see its README). 01–04 tune; 05–08 are held out (only their counts are printed
// while tuning).
//
// Blind score (branch clean5 at e59b234, before any change for this set):
//   tune (01–04)      boilerplate left 13/35 (3.25 per article), body lines lost 3/26, leads left 1/2
//   held-out (05–08)  boilerplate left 9/37 (2.25 per article), body lines lost 0/21, leads left 2/4
// After rules from 01–04 (Title Case running heads beside capitals ones and bare page numbers; a live blog's labelled
// time stamps; asterisk-separated running feet; a masthead naming the dateline's outlet; page-turn, page-section,
// share-this and downloaded-document lines; 05–08 still unread):
//   tune (01–04)      boilerplate left 6/35, body lines lost 3/26, leads left 1/2 ("MASOHI, RM.-")
//   held-out (05–08)  boilerplate left 8/37 (2.0 per article), body lines lost 0/21, leads left 2/4
// Left open: 04's subhead "Rekomendasi" reads as a recommendation widget's heading and its block takes the hard-wrapped
// paragraph under it (3 lines lost; keeping a related heading over prose broke idempotence, since the second pass sees
// the paragraph joined, and kept "Berita Terkait" headings between paragraphs), and the running head under it stays.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, reportParts, scoreJunk } from './junk-devset.js';

const DIR = join('fixtures', 'clean', 'clean5b');

describe('cleaning on the clean5b development set (fixtures/clean/clean5b)', () => {
  const tune = scoreJunk(files(1, 4, DIR), DIR);
  const held = scoreJunk(files(5, 8, DIR), DIR);
  reportParts('clean5b', [['tune', tune], ['held', held]], ['tune']);
  it('reads every file', () => {
    expect([tune.junk, tune.body, held.junk, held.body]).toEqual([35, 26, 37, 21]);
  });
  // pinned at the level reached; raise them when quality improves, never lower them
  it('loses no body line but 04\'s "Rekomendasi" paragraph; at most 6 boilerplate lines left on the tuning part and 8 on the held-out part', () => {
    expect(tune.bodyLost.length).toBeLessThanOrEqual(3);
    expect(held.bodyLost).toEqual([]);
    expect(tune.junkLeft.length).toBeLessThanOrEqual(6);
    expect(held.junkLeft.length).toBeLessThanOrEqual(8);
    expect(tune.leadsLeft.length + held.leadsLeft.length).toBeLessThanOrEqual(3);
  });
});
