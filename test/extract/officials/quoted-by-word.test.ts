// quotedByWord (names.ts) stands for a regex with the word in it, `(?<![\p{L}\p{N}])(?:quote verb)[ \t]{1,2}w(?![\p{L}\p{N}])`,
// which the officials extractor used to compile for every call (~0.6 ms each). It must answer what that regex
// answers: every quote verb crossed with the blanks, the word's neighbours and the text before the verb, with
// negative rows (a letter glued before the verb or after the word, three blanks, another case, a longer word),
// and random texts over the characters that matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedByWord } from '../../../src/extract/officials/names.js';
import { QUOTE_VERBS } from '../../../src/lexicon/attribution.js';
import { alternationOf, escapeRe, SPACE } from '../../../src/text/regex.js';

const ALT = alternationOf(QUOTE_VERBS, { space: SPACE.blank1to2 });
const viaRegex = (text: string, w: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALT})[ \\t]{1,2}${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'u').test(text);

describe('quotedByWord = the regex with the word in it', () => {
  const befores = ['', 'Ia ', '"Kami siap," ', 'x', '1', '(', 'é', '\n'];
  const blanks = [' ', '  ', '\t', ' \t', '   ', '', '\n'];
  const afters = ['', '.', ', Senin', ' kepada', 'a', '1', 'é', "'s", '-nya'];
  const words = ['Rembang', 'Bima', 'Sumbawa'];
  it('every quote verb × blanks × neighbours, with negatives', () => {
    let yes = 0;
    let no = 0;
    for (const verb of QUOTE_VERBS)
      for (const before of befores)
        for (const blank of blanks)
          for (const after of afters)
            for (const w of words) {
              const text = `${before}${verb}${blank}${w}${after}`;
              const want = viaRegex(text, w);
              expect(quotedByWord(text, w), JSON.stringify(text)).toBe(want);
              if (want) yes++;
              else no++;
            }
    // both answers are well represented (the table is not all negatives or all positives)
    expect(yes).toBeGreaterThan(1000);
    expect(no).toBeGreaterThan(1000);
  });

  it.each<[string, string, boolean]>([
    ['ujar Rembang.', 'Rembang', true],
    ['kata  Bima, Senin', 'Bima', true],
    ['Bupati Bima kata Bima', 'Bima', true], // the second occurrence is the quoted one
    ['ujarRembang', 'Rembang', false], // no blank
    ['ujar   Rembang', 'Rembang', false], // three blanks
    ['ujar Rembangan', 'Rembang', false], // a longer word
    ['ujar rembang', 'Rembang', false], // another case
    ['Ujar Rembang', 'Rembang', false], // the verb capitalised (the regex is case-sensitive)
    ['sujar Rembang', 'Rembang', false], // a letter glued before the verb
    ['di Rembang, ujarnya', 'Rembang', false], // the word before the verb
    ['', 'Rembang', false],
  ])('%j quotes %s: %s', (text, w, want) => {
    expect(viaRegex(text, w)).toBe(want);
    expect(quotedByWord(text, w)).toBe(want);
  });

  it('random texts', () => {
    const piece = fc.constantFrom(...QUOTE_VERBS.slice(0, 12), 'Bima', 'Bim', 'Bimaa', ' ', '  ', '\t', '.', ',', 'a', 'B', 'é', '1', '\n', 'nya', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.constantFrom('Bima', 'Ba', 'Bimaa'), (parts, w) => {
        const text = parts.join('');
        expect(quotedByWord(text, w)).toBe(viaRegex(text, w));
      }),
      { numRuns: 3000 },
    );
  });
});
