import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetterUnit, isWordCharAt, isWordCharBefore, isWordUnit, nextWordStart, wordRunEnd, words } from '../../src/nlp/words.js';
import { countWordRuns } from '../../src/text/words.js';
import { budget } from '../helpers/budget.js';

/** The regex the scanner replaces: it must give exactly the same tokens. */
const REFERENCE = /[\p{L}\p{N}]+/gu;
const reference = (s: string): string[] => s.match(REFERENCE) ?? [];

describe('words', () => {
  it.each<[string, string, string[]]>([
    ['plain', 'Ia datang ke TPS.', ['Ia', 'datang', 'ke', 'TPS']],
    ['digits and dots', 'Ada 1.010 perkara', ['Ada', '1', '010', 'perkara']],
    ['hyphen and apostrophe split', "masing-masing Jum'at", ['masing', 'masing', 'Jum', 'at']],
    ['accented letters', 'Café São Paulo', ['Café', 'São', 'Paulo']],
    ['combining mark splits (not \\p{L})', 'i\u0307stanbul', ['i', 'stanbul']],
    ['astral letter is one code point', 'a\u{1D49C}b c', ['a\u{1D49C}b', 'c']],
    ['emoji and lone surrogates are not words', 'x😀y \ud835 z', ['x', 'y', 'z']],
    ['NBSP and ideographic space separate', 'a\u00a0b\u3000c', ['a', 'b', 'c']],
    ['roman numeral letter-number', 'Bab \u2163', ['Bab', '\u2163']],
    ['empty', '', []],
    ['no words', ' ,.;— ', []],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
    expect(words(text)).toEqual(reference(text));
    expect(countWordRuns(text)).toBe(expected.length);
  });

  it('countWordRuns stops at the cap', () => {
    expect(countWordRuns('satu dua tiga empat lima', 3)).toBe(3);
    expect(countWordRuns('satu dua', 3)).toBe(2);
  });

  it('wordRunEnd / nextWordStart / isWordCharAt', () => {
    const t = 'ab, cd';
    expect(wordRunEnd(t, 0)).toBe(2);
    expect(nextWordStart(t, 2)).toBe(4);
    expect(isWordCharAt(t, 2)).toBe(false);
    expect(isWordCharAt(t, 4)).toBe(true);
    expect(nextWordStart('   ', 0)).toBe(3);
  });

  it.each<[string, string, number, boolean]>([
    ['start of text', 'abc', 0, false],
    ['after a letter', 'ab', 1, true],
    ['after a space', 'a b', 2, false],
    ['after a digit', '7b', 1, true],
    ['after an astral letter (a surrogate pair)', '\u{1D49C}b', 2, true],
    ['after an emoji', '😀b', 2, false],
    ['after a lone low surrogate', '\udc9cb', 1, false],
  ])('isWordCharBefore: %s', (_name, text, i, expected) => {
    expect(isWordCharBefore(text, i)).toBe(expected);
    const lookbehind = /(?<=[\p{L}\p{N}])/uy;
    lookbehind.lastIndex = i;
    expect(lookbehind.test(text)).toBe(expected);
  });

  it('isLetterUnit / isWordUnit agree with the regexes on every BMP code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isLetterUnit(c) !== /\p{L}/u.test(ch) || isWordUnit(c) !== /[\p{L}\p{N}]/u.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('matches the regex on arbitrary strings', () => {
    const chars = fc.constantFrom('a', 'Z', '7', ' ', '-', '.', 'é', 'İ', '\u0301', '٣', '\u{1D49C}', '😀', '\ud835', '\udc9c', 'ß', '中', '\u00a0', '\n', '’');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        expect(words(s)).toEqual(reference(s));
        expect(countWordRuns(s)).toBe(reference(s).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('is linear on a huge input', () => {
    const t0 = performance.now();
    expect(words('kata '.repeat(100_000)).length).toBe(100_000);
    expect(countWordRuns(' '.repeat(200_000))).toBe(0);
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});
