import { describe, expect, it } from 'vitest';
import { At, candidates, wordKinds } from '../../src/extract/dates/scan.js';

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

  it.each([
    ['voting-day cues', At.ElectionDay, 'Hari pencoblosan dan pemungutan suara, bukan harian', [0, 5, 21]],
    ['hold verbs (a spaced form starts at `di`)', At.Hold, 'Pilkada digelar, di laksanakan, dilaksanakannya', [8, 17]],
    ['no cue', At.ElectionDay, 'Rapat koordinasi 27 November', []],
  ])('date-kind cue starts: %s', (_name, kind, text, expected) => {
    expect(candidates(text).lists[kind]).toEqual(expected);
  });
});

describe('wordKinds', () => {
  it.each([
    ['a cue word', 'pencoblosan', At.ElectionDay, true],
    ['a cue word in upper case', 'PEMUNGUTAN', At.ElectionDay, true],
    ['a longer word', 'pencoblosannya', At.ElectionDay, false],
    ['a word of another list', 'digelar', At.ElectionDay, false],
    ['a non-ASCII unit goes to every list', 'pencoblo\u017fan', At.ElectionDay, true],
  ])('%s', (_name, word, kind, expected) => {
    expect((wordKinds(word, 0, word.length) & (1 << kind)) !== 0).toBe(expected);
  });
});
