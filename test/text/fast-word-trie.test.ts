// The word-trie alternation (src/text/fast/word-trie.ts) against the flat alternation it stands for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasePattern } from '../../src/extract/officials/title-compile.js';
import { escapeRe } from '../../src/text/regex.js';
import { wordTrieAlternation } from '../../src/text/fast/word-trie.js';

const SPACE = '[ \\t]{1,2}';
const flatOf = (phrases: string[], word: (w: string) => string): string => phrases.map((p) => p.split(' ').map(word).join(SPACE)).join('|');
/** Sticky, followed by a word end, as the callers use it; the alternation is group 1. */
const compile = (alt: string): RegExp => new RegExp(`(${alt})(?![\\p{L}\\p{N}])`, 'uy');
const execAt = (re: RegExp, text: string, p: number): string | null => {
  re.lastIndex = p;
  return re.exec(text)?.[1] ?? null;
};

// words that share prefixes, case variants of one word, words that are not plain (a hyphen, `ß` → `SS`)
const VOCAB = ['Kepala', 'KEPALA', 'kepala', 'Dinas', 'Din', 'Umum', 'BKD', 'MenPAN', 'MenPAN-RB', 'Straße', '2'];
const TEXT_WORDS = [...VOCAB, 'DINAS', 'UMUM', 'Bkd', 'RB', 'STRASSE', 'Kepalanya', 'x'];
const SEPS = [' ', '  ', '   ', '\t', ' \t', '-', ',', '.', ''];
/** Phrases as the callers give them: distinct, longest first. */
const phrasesArb = fc
  .array(fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 })
  .map((ps) => [...new Set(ps.map((p) => p.join(' ')))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
const textArb = fc.array(fc.tuple(fc.constantFrom(...TEXT_WORDS), fc.constantFrom(...SEPS)), { maxLength: 8 }).map((ps) => ps.map(([w, s]) => w + s).join(''));

describe('wordTrieAlternation = the flat alternation', () => {
  for (const [name, word] of [
    ['title phrases (phrasePattern)', phrasePattern],
    ['literal words', escapeRe],
  ] as const) {
    it(`${name}: the same match at every position of random text`, () => {
      fc.assert(
        fc.property(phrasesArb, textArb, (phrases, text) => {
          const fast = compile(wordTrieAlternation(phrases, word, SPACE));
          const flat = compile(flatOf(phrases, word));
          for (let p = 0; p <= text.length; p++) expect(execAt(fast, text, p)).toBe(execAt(flat, text, p));
        }),
        { numRuns: 3000 },
      );
    });
  }
  it.each<[string[], string, string | null]>([
    [['Kepala Dinas Pendidikan', 'Kepala Dinas', 'Kepala Badan'], 'Kepala Dinas Pendidikan Kota', 'Kepala Dinas Pendidikan'],
    [['Kepala Dinas Pendidikan', 'Kepala Dinas', 'Kepala Badan'], 'Kepala  Dinas Kesehatan', 'Kepala  Dinas'],
    [['Kepala Dinas Pendidikan', 'Kepala Dinas', 'Kepala Badan'], 'KEPALA BADAN', 'KEPALA BADAN'],
    [['Kepala Dinas Pendidikan', 'Kepala Dinas', 'Kepala Badan'], 'Kepala Dinasnya', null],
    [['MenPAN-RB', 'MenPAN'], 'MenPAN-RB Abdullah', 'MenPAN-RB'],
    [['MenPAN'], 'MenPAN-RB', 'MenPAN'],
    // case variants of one word are one word to the regex: factoring them apart would try `Kepala Dinas` first
    [['Kepala Dinas Umum Badan', 'kepala Dinas Umum', 'Kepala Dinas'], 'KEPALA DINAS UMUM x', 'KEPALA DINAS UMUM'],
    // `Straße` is also written `STRASSE`, longer than the word: never factored
    [['Straße Umum', 'STRASSE'], 'STRASSE Umum x', 'STRASSE Umum'],
  ])('%j on %j → %j', (phrases, text, want) => {
    expect(execAt(compile(wordTrieAlternation(phrases, phrasePattern, SPACE)), text, 0)).toBe(want);
    expect(execAt(compile(flatOf(phrases, phrasePattern)), text, 0)).toBe(want);
  });
  it('reads each shared word once', () => {
    const alt = wordTrieAlternation(['Kepala Dinas Pendidikan', 'Kepala Dinas Kesehatan', 'Kepala Badan', 'Kepala'], phrasePattern, SPACE);
    expect(alt.split('[Kk]epala').length - 1).toBe(1);
    expect(alt.split('[Dd]inas').length - 1).toBe(1);
  });
});
