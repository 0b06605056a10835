// The dates development set (fixtures/dates/dev-*.txt, own writing in the style of regional outlets):
// each article is cleaned and its dates extracted as in the pipeline, then scored against gold mentions
// (span overlap + equal value; see dates-dev.ts). The held-out half was never read while tuning.
//
// BLIND score (before any change for these forms, commit of the fixtures):
//   tune     P 0.913 R 0.483 F1 0.632 (tp 42 fp 4 fn 45)
//   held-out P 0.950 R 0.535 F1 0.685 (tp 38 fp 2 fn 33)
import { describe, expect, it } from 'vitest';
import { readDevSet, scoreSet } from './dates-dev.js';

const tune = readDevSet('fixtures/dates/dev-tune.txt');
const heldout = readDevSet('fixtures/dates/dev-heldout.txt');

describe('dates development set', () => {
  it('has at least 40 articles, split in two halves', () => {
    expect(tune.length + heldout.length).toBeGreaterThanOrEqual(40);
    expect(Math.abs(tune.length - heldout.length)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['tune', tune, 0.6, 0.9],
    ['held-out', heldout, 0.65, 0.9],
  ] as const)('%s half stays above its floors (F1, P)', (_name, set, f1, p) => {
    const s = scoreSet(set);
    expect(s.f1, s.problems.join('\n')).toBeGreaterThanOrEqual(f1);
    expect(s.p, s.problems.join('\n')).toBeGreaterThanOrEqual(p);
  });
});
