import { describe, expect, it } from 'vitest';
import { At, candidates } from '../../src/extract/dates/scan.js';

// The candidate scan lists where each parser's kept matches can start (a superset is fine, a missing start is not).
describe('candidates', () => {
  it.each([
    ['plain ASCII', 'Ada sebanyak 12 kasus, ± 3 ASN.', [0, 4, 23]],
    ['long s folds to s under `iu`', 'Ada \u017febanyak 12 kasus, ± 3 ASN.', [0, 4, 23]],
    ['astral letter before a cue', '\u{1d49c}ada sebanyak 12 kasus', [2, 6]],
    ['sign only', '+/- 5 kasus', [0]],
  ])('qualifier starts: %s', (_name, text, expected) => {
    expect(candidates(text).lists[At.Qualifier]).toEqual(expected);
  });

  it.each([
    ['digits inside a word run and at its start', 'jam10.00 dan 2024', [3, 6, 13]],
    ['no digits', 'Selasa pagi', []],
  ])('number starts: %s', (_name, text, expected) => {
    expect(candidates(text).lists[At.Digits]).toEqual(expected);
  });

  it('a time cue glued to the hour starts a time', () => {
    expect(candidates('jam10.00 dan 2024').lists[At.Time]).toEqual([0, 3, 6, 13]);
  });

  it('a run with a non-ASCII unit goes to every list (its case folding is not modelled)', () => {
    expect(candidates('Selasaé Selasa \u212a').lists[At.Weekday]).toEqual([0, 8, 15]);
  });
});
