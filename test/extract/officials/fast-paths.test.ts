// The officials extractor replaces some regexes with hand-written scans for speed; each scan must give
// exactly what the regex it replaces gives. Table cases pin the tricky backtracking spots, a property test
// compares them on random text over the characters that matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyLowerWords, personNameEndAt } from '../../../src/extract/officials/index.js';
import { lowerCaseWords } from '../../../src/lexicon/matcher.js';

/** The regex personNameEndAt() stands for (PERSON_NAME_SOURCE with its lookbehind). */
const PERSON_NAME_RE = /(?<![\p{L}\p{N}.])\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:[ \t]{1,2}\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?){0,3}(?![\p{L}\p{N}])/uy;

function viaRegex(text: string, pos: number): number {
  PERSON_NAME_RE.lastIndex = pos;
  const m = PERSON_NAME_RE.exec(text);
  return m ? pos + m[0].length : -1;
}

/** Word-run starts (code points, as the word runs see them) not after a dot: where personRuns asks. */
function starts(text: string): number[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}.])[\p{L}\p{N}]/gu)].map((m) => m.index);
}

describe('personNameEndAt = the person-name regex', () => {
  it.each<[string, string]>([
    ['Budi Santoso mengatakan', 'Budi Santoso'],
    ['Ma\'ruf Amin', 'Ma\'ruf Amin'],
    ['Ma\'rufX', 'Ma'], // the apostrophe part is dropped so the match can end
    ['Budi Santoso1', 'Budi'], // a digit after the second word: back to one word
    ['Budi  Santoso', 'Budi  Santoso'],
    ['Budi   Santoso', 'Budi'], // three spaces: no second word
    ['Satu Dua Tiga Empat Lima', 'Satu Dua Tiga Empat'], // at most four words
    ['Satu Dua Tiga Empat5', 'Satu Dua Tiga'],
    ['Ahmad Yani, kata', 'Ahmad Yani'],
    ['Éric Ñandú', 'Éric Ñandú'],
    ['BUDI', ''],
    ['B Santoso', ''],
    ['budi', ''],
  ])('%j', (text, want) => {
    const end = personNameEndAt(text, 0);
    expect(end).toBe(viaRegex(text, 0));
    if (want !== '') expect(text.slice(0, end)).toBe(want);
  });

  it('agrees with the regex on random text', () => {
    const alphabet = fc.constantFrom('A', 'B', 'a', 'b', 'É', 'é', '𝐀', ' ', ' ', '\t', "'", '’', '.', '1', ',', '-', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        for (const p of starts(text)) expect(personNameEndAt(text, p)).toBe(viaRegex(text, p));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('lazyLowerWords = lowerCaseWords as a set', () => {
  it('stays linear on a pathological article (many asks, many occurrences)', () => {
    const text = 'ilhamx '.repeat(50_000);
    const lw = lazyLowerWords(text);
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) expect(lw.has('ilham')).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it.each<[string, string, boolean]>([
    ['kata Ilham', 'kata', true],
    ['Kata Ilham', 'kata', false],
    ["abc'def x", "abc'def", true],
    ["abc'def x", 'def', false], // inside the apostrophe word
    ["abc'Def", 'abc', true], // backs off to the apostrophe
    ['de1 x', 'de', false],
    ['jaga-jaga', 'jaga', true],
    ['éclair', 'éclair', true],
  ])('%j has %j', (text, word, want) => {
    expect(lazyLowerWords(text).has(word)).toBe(want);
    expect(lowerCaseWords(text).has(word)).toBe(want);
  });

  it('agrees on random text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'é', 'É', '𝐚', ' ', "'", '’', '1', '-', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const want = lowerCaseWords(text);
        const lw = lazyLowerWords(text);
        for (const w of want) expect(lw.has(w)).toBe(true);
        // every substring is a query whose answer must match: asked of one instance (which builds the Set
        // after a few asks) and of a fresh one (which answers from the text)
        for (let i = 0; i < text.length; i++)
          for (let j = i + 1; j <= Math.min(text.length, i + 8); j++) {
            const w = text.slice(i, j);
            expect(lw.has(w)).toBe(want.has(w));
            expect(lazyLowerWords(text).has(w)).toBe(want.has(w));
          }
      }),
      { numRuns: 2000 },
    );
  });
});
