import { describe, expect, it } from 'vitest';
import { At, candidates } from '../../src/extract/dates/scan.js';

// The candidate scan has two paths (shared word runs, or per UTF-16 unit for texts with a letter that case-folds
// to ASCII or with surrogates); both must list the same kept-match starts.
describe('candidates', () => {
  it.each([
    ['plain ASCII', 'Ada sebanyak 12 kasus, ± 3 ASN.', [0, 4, 23]],
    ['long s folds to s (unit scan)', 'Ada \u017febanyak 12 kasus, ± 3 ASN.', [0, 4, 23]],
    ['astral letter before a cue (unit scan)', '\u{1d49c}ada sebanyak 12 kasus', [2, 6]],
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

  it('a non-ASCII run is not a lexicon word once no letter folds to ASCII', () => {
    expect(candidates('Selasaé Selasa').lists[At.Weekday]).toEqual([8]);
    // with a KELVIN SIGN in the text every list gets the non-ASCII runs (superset, as before)
    expect(candidates('Selasaé Selasa \u212a').lists[At.Weekday]).toEqual([0, 8, 15]);
  });
});
