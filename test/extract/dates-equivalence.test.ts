// Property tests for the hand-written filters in front of regexes (dates and violations): each must be true
// wherever the regex it guards can match, or output would change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELECTION_DAY_CUES, ELECTION_HOLD_VERBS } from '../../src/lexicon/calendar.js';
import { ELECTION_NAMES } from '../../src/lexicon/violations.js';
import { mostFrequentYear } from '../../src/extract/dates/index.js';
import { mayMatchIn } from '../../src/extract/dates/refiners.js';
import { At, candidates, candidatesByUnits, stickyOf } from '../../src/extract/dates/scan.js';
import { WB, WE, alternation } from '../../src/extract/dates/text.js';
import { COUNT_PARSERS, numberThenSpace } from '../../src/extract/violations/parsers.js';

/** Texts made of lexicon words, their pieces and glued forms, case changes, and the characters that make
 *  word boundaries tricky (digits, hyphens, non-ASCII letters that fold to ASCII, astral letters). */
function textOf(words: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w.slice(1)),
    fc.constantFrom(...words).map((w) => w.slice(0, -1)),
    fc.constantFrom(' ', '  ', ',', '.', '-', '\n', 'x', 'ab', '7', 'é', '\u017f', '\u212a', '\u{1d49c}', 'pada', 'di'),
  );
  return fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));
}

const FAMILIES: Array<[string, At, readonly string[]]> = [
  ['voting-day cues', At.ElectionDay, ELECTION_DAY_CUES],
  ['election names', At.Election, Object.keys(ELECTION_NAMES)],
  ['hold verbs', At.Hold, ELECTION_HOLD_VERBS],
];

describe('mayMatchIn: true wherever the word regex matches in the window', () => {
  it.each(FAMILIES)('%s', (_name, kind, words) => {
    const re = new RegExp(`${WB}(?:${alternation(words)})${WE}`, 'iu');
    fc.assert(
      fc.property(textOf(words), fc.nat(), fc.nat(), (text, x, y) => {
        const a = x % (text.length + 1);
        const b = a + (y % (text.length - a + 1));
        if (!re.test(text.slice(a, b))) return true;
        return mayMatchIn(text, a, b, kind, candidates(text).lists[kind]!);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a cue in the window', 'Pilkada digelar pada pemungutan suara 27 November', 0, 40, At.ElectionDay, true],
    ['no cue in the window', 'Rapat koordinasi digelar 27 November', 0, 25, At.ElectionDay, false],
    ['a cue cut by the window start', 'xpencoblosan 27 November', 1, 13, At.ElectionDay, true],
    ['a cue cut by the window end', 'pencoblosannya 27 November', 0, 11, At.ElectionDay, true],
    ['a longer word cut by the start is not a cue', 'pencoblosannya 27 November', 1, 14, At.ElectionDay, false],
    ['an election name before the date', 'Pilkada Serentak 2024 pada 27 November', 0, 27, At.Election, true],
    ['an empty window', 'Pilkada', 3, 3, At.Election, false],
  ])('%s', (_name, text, a, b, kind, expected) => {
    expect(mayMatchIn(text, a, b, kind, candidates(text).lists[kind]!)).toBe(expected);
  });
});

describe('numberThenSpace: true wherever a count pattern matches', () => {
  const noise = fc
    .array(fc.constantFrom('1', '2', '0', '9', '123', '.000', ',5', '.', ',', ' ', '\u00a0', 'kasus', 'ASN', 'dua', 'ribu', 'di antaranya', 'a'), {
      maxLength: 12,
    })
    .map((xs) => xs.join(''));
  /** Written numbers of every length around the longest (`1.234.567.890.123,45`), glued to noise. */
  const written = fc
    .tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.array(fc.constantFrom('.000', '.123', '.5', '00'), { maxLength: 6 }),
      fc.constantFrom('', ',5', ',123', ',1234'),
      fc.constantFrom(' kasus', ' di antaranya', 'kasus', '. ASN', ''),
    )
    .map(([a, groups, frac, after]) => `${a}${groups.join('')}${frac}${after}`);
  const numberish = fc.tuple(noise, written, noise).map(([x, w, y]) => x + w + y);
  it.each(COUNT_PARSERS.filter((p) => p.maybe === numberThenSpace).map((p) => [p.name, p] as const))('%s', (_name, parser) => {
    const sticky = stickyOf(parser.pattern);
    fc.assert(
      fc.property(numberish, (text) => {
        for (let p = 0; p < text.length; p++) {
          sticky.lastIndex = p;
          if (sticky.test(text) && !numberThenSpace(text, p)) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a number then a space', '1.010 kasus', 0, true],
    ['a number at the end', 'kasus 1.010', 6, false],
    ['the longest written number', '123.456.789.012.345,678 kasus', 0, true],
    ['a run of digits and dots longer than any number', '123.456.789.012.345,6789 kasus', 0, false],
    ['a number word', 'dua kasus', 0, true],
  ])('%s', (_name, text, p, expected) => {
    expect(numberThenSpace(text, p)).toBe(expected);
  });
});

describe('mostFrequentYear', () => {
  /** The former implementation: a count per year, then the years in ascending order, `>=` keeps the later. */
  function reference(years: number[]): number | null {
    if (years.length === 0) return null;
    const counts = new Map<number, number>();
    for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
    let best: number | null = null;
    let bestN = 0;
    for (const [y, n] of [...counts].sort((a, b) => a[0] - b[0])) {
      if (n >= bestN) {
        best = y;
        bestN = n;
      }
    }
    return best;
  }

  it('agrees with a count per year', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 2015, max: 2026 }), { maxLength: 12 }), (ys) => mostFrequentYear(ys) === reference(ys)));
  });

  it.each([
    [[], null],
    [[2024], 2024],
    [[2019, 2024, 2019], 2019],
    [[2024, 2019], 2024],
  ])('%j → %s', (years, expected) => {
    expect(mostFrequentYear(years)).toBe(expected);
  });
});

describe('candidates from word runs', () => {
  // the same lists as the scan of every unit, whatever the text: digits, signs, non-ASCII and astral letters
  const piece = fc.oneof(
    fc.constantFrom('Selasa', 'jam10.00', 'Pukul', '17', '2024', '±', '+/-', '+', 'sebanyak', 'Pilkada', 'tgl', 'K', 'é', 'ſ', '𝐀', '😀', '\ud800', ' ', '  ', '.', '/', '-', ',', '\n', 'ke-2', 'Jum\'at', 'İ'),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  it('matches candidatesByUnits', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(candidates(text).lists).toEqual(candidatesByUnits(text));
      }),
      { numRuns: 5000 },
    );
  });
});
