import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, lowerCaseWords, matchTokens, runLowers, wordRuns } from '../../src/lexicon/matcher.js';
import { budget } from '../helpers/budget.js';

const m = new PhraseMatcher<string>([
  { phrase: 'NTB', mode: 'exact', value: 'ntb' },
  { phrase: 'Lotim', mode: 'exact', value: 'lotim' },
  { phrase: 'Lombok Timur', mode: 'title', value: 'lt' },
  { phrase: 'Bangka', mode: 'title', value: 'b' },
  { phrase: 'Bangka Belitung', mode: 'title', value: 'bb' },
  { phrase: 'Kepulauan Bangka Belitung', mode: 'title', value: 'kbb' },
  { phrase: 'Toli Toli', mode: 'title', value: 'tt' },
  { phrase: 'Batu', mode: 'title', value: 'batu' },
]);
const hits = (t: string): string[] => m.matchAll(t).map((x) => `${x.text}=${x.values.join('+')}`);

describe('PhraseMatcher', () => {
  it.each<[string, string[]]>([
    ['di NTB dan Lotim', ['NTB=ntb', 'Lotim=lotim']],
    ['LOTIM.LombokJournal', ['LOTIM=lotim']],
    ['Kabupaten Lombok Timur', ['Lombok Timur=lt']],
    ['LOMBOK TIMUR', ['LOMBOK TIMUR=lt']],
    ['Kepulauan Bangka Belitung dan Bangka', ['Kepulauan Bangka Belitung=kbb', 'Bangka=b']],
    ['Bangka Belitung', ['Bangka Belitung=bb']],
    ['Toli-Toli', ['Toli-Toli=tt']],
    // negatives: case, word boundary, line break, inner word
    ['ntb lotim Ntb', []],
    ['lombok timur', []],
    ['Lombok\n\nTimur', []],
    ['NTBX BNTB', []],
    ['batu bata', []],
    ['Batubara', []],
  ])('%j', (text, want) => {
    expect(hits(text)).toEqual(want);
  });

  it('still matches an exact entry written in lower case (words starting with a–z are skipped otherwise)', () => {
    const lower = new PhraseMatcher<string>([
      { phrase: 'jabar', mode: 'exact', value: 'j' },
      { phrase: 'Lombok Timur', mode: 'title', value: 'lt' },
    ]);
    expect(lower.matchAll('di jabar dan Lombok Timur, lombok timur').map((x) => `${x.text}=${x.values.join('+')}`)).toEqual(['jabar=j', 'Lombok Timur=lt']);
  });

  // A word written with a–z first is looked up only against the first tokens of the `exact` entries written
  // so (a pre-filter of its own): it must never match a `title` entry nor a capitalised `exact` one, and
  // still match its own entry whatever the other entries share with it.
  it.each<[string, string[]]>([
    ['jabar, JABAR, Jabar', ['jabar=j', 'JABAR=j']],
    ['jabat jabar jabarx', ['jabar=j']],
    ['lotim Lotim lombok Timur', ['Lotim=lotim']],
    ['jawa barat Jawa Barat JAWA BARAT', ['Jawa Barat=jb', 'JAWA BARAT=jb']],
    ['keistimewaan Yogyakarta, Keistimewaan Yogyakarta, keistimewaan yogyakarta', ['keistimewaan Yogyakarta=ky', 'Keistimewaan=k']],
    ['ntb', []],
  ])('lower-case first word: %j', (text, want) => {
    const pm = new PhraseMatcher<string>([
      { phrase: 'jabar', mode: 'exact', value: 'j' },
      { phrase: 'Jawa Barat', mode: 'title', value: 'jb' },
      { phrase: 'Lotim', mode: 'exact', value: 'lotim' },
      { phrase: 'NTB', mode: 'exact', value: 'ntb' },
      { phrase: 'keistimewaan Yogyakarta', mode: 'exact', value: 'ky' },
      { phrase: 'Keistimewaan', mode: 'title', value: 'k' },
    ]);
    expect(pm.matchAll(text).map((x) => `${x.text}=${x.values.join('+')}`)).toEqual(want);
  });

  // The first-token pre-filter keys on the first two letters and the length: words that share one or both
  // with a first token must still be matched exactly as the trie says.
  it('pre-filter: same first letters or length as a first token, long first tokens', () => {
    const long = 'Abcdefghijklmnopqrstuvwxyzabcdefghij'; // 36 letters: lengths ≥ 31 share one bit
    const pm = new PhraseMatcher<string>([
      { phrase: 'Lombok Timur', mode: 'title', value: 'lt' },
      { phrase: 'Lom', mode: 'title', value: 'lom' },
      { phrase: `${long} Raya`, mode: 'title', value: 'long' },
      { phrase: "Ma'ruf", mode: 'title', value: 'm' },
    ]);
    const got = (t: string): string[] => pm.matchAll(t).map((x) => `${x.text}=${x.values.join('+')}`);
    expect(got('Lomba Lombok Timur Lom Lomb Lombokx')).toEqual(['Lombok Timur=lt', 'Lom=lom']);
    expect(got(`${long} Raya ${long}x Raya ${long.slice(0, 31)} Raya`)).toEqual([`${long} Raya=long`]);
    expect(got('Ma’ruf Maruf Ma ruf')).toEqual(['Ma’ruf=m']);
  });

  it('is fast on pathological input', () => {
    const t0 = performance.now();
    m.matchAll(' '.repeat(200_000));
    m.matchAll('Bangka '.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});

// ---------------------------------------------------------------------------------------------
// The shared word scan must see exactly what the `\p{L}`-aware regexes it replaces would see.

/** Reference definitions (the regexes the scan replaces). */
const refRuns = (t: string): Array<[number, number]> => [...t.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
const refTokens = (t: string): string[] => [...t.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
const refLowerWords = (t: string): string[] =>
  [...new Set([...t.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’]*(?![\p{L}\p{N}])/gu)].map((m) => m[0]))].sort();

/** Texts over an alphabet of the tricky cases: apostrophes, hyphens, no-break spaces, accents, title case
 *  (`ǅ`), letters that change length (`İ`) or depend on context (`Σ`) when lower-cased, astral letters, lone
 *  surrogates, digits of other scripts. */
const tricky = fc
  .array(fc.constantFrom('a', 'b', 'Z', 'Q', "'", '’', ' ', '  ', '\t', '-', '.', '1', '\n', 'é', 'É', 'ß', 'Σ', 'ς', '\u00a0', '𝐚', '𝐀', '\ud800', '\udc00', 'ǅ', 'ª', 'İ', '中', '٣'), { maxLength: 40 })
  .map((a) => a.join(''));

describe('word scan', () => {
  it('word runs are the maximal [\\p{L}\\p{N}]+ runs', () => {
    fc.assert(
      fc.property(tricky, (t) => {
        const r = wordRuns(t);
        const got = Array.from({ length: r.count }, (_v, k): [number, number] => [r.starts[k]!, r.ends[k]!]);
        expect(got).toEqual(refRuns(t));
        expect(runLowers(t, r)).toEqual(got.map(([s, e]) => t.slice(s, e).toLowerCase()));
      }),
      { numRuns: 3000 },
    );
  });

  it('matchTokens joins runs across single apostrophes, lower-cases and marks joinable gaps', () => {
    fc.assert(
      fc.property(tricky, (t) => {
        const toks = matchTokens(t);
        expect(toks.map((x) => x.text)).toEqual(refTokens(t));
        for (const [i, x] of toks.entries()) {
          expect(x.lower).toBe(x.text.toLowerCase().replace(/’/gu, "'"));
          const gap = i === 0 ? null : t.slice(toks[i - 1]!.end, x.start);
          expect(x.joinPrev).toBe(gap !== null && /^(?:[ \t\u00a0]{1,3}|-)$/u.test(gap));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('lowerCaseWords equals the lower-case word regex', () => {
    fc.assert(
      fc.property(tricky, (t) => {
        expect([...lowerCaseWords(t)].sort()).toEqual(refLowerWords(t));
      }),
      { numRuns: 3000 },
    );
  });

  it.each<[string, string[], string[]]>([
    ["Ma'ruf dan Ma’ruf", ["Ma'ruf", 'dan', 'Ma’ruf'], ["ma'ruf", 'dan', "ma'ruf"]],
    ['Toli-Toli  NTB\nLotim', ['Toli', 'Toli', 'NTB', 'Lotim'], ['toli', 'toli', 'ntb', 'lotim']],
    ["x''y", ['x', 'y'], ['x', 'y']],
  ])('matchTokens(%j)', (t, texts, lowers) => {
    const toks = matchTokens(t);
    expect(toks.map((x) => x.text)).toEqual(texts);
    expect(toks.map((x) => x.lower)).toEqual(lowers);
  });

  it.each<[string, string[]]>([
    ['jaga netralitas, Jaga', ['jaga', 'netralitas']],
    ["ma'ruf abc'Def x'", ["abc", "ma'ruf", "x'"]],
    ['abcD 1abc abc1 ÉCOLE école', ['école']],
  ])('lowerCaseWords(%j)', (t, want) => {
    expect([...lowerCaseWords(t)].sort()).toEqual(want);
  });

  it('is fast on pathological input', () => {
    const t0 = performance.now();
    for (const t of [' '.repeat(200_000), "a'".repeat(100_000), 'Bupati '.repeat(50_000), '’'.repeat(50_000)]) {
      matchTokens(t);
      lowerCaseWords(t);
    }
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});
