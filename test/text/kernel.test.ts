// The text kernel (src/text/): the class table against the regex engine, word runs and tokens against
// their regexes, the regex kit, the line sentence splitter, and the TextIndex's memoisation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_UNSAFE, CLASS, DIGIT, LETTER, LOWER, LOWER_UNIT, SPACE as SPACE_BIT, SURROGATE, UPPER, WORD, classAt, classBefore } from '../../src/text/chars.js';
import { TextIndex, indexOf, paragraphSpans } from '../../src/text/index.js';
import { SPACE, alternationOf, escapeRe, phraseRe } from '../../src/text/regex.js';
import { lowerCaseWordsOf, runLowers, scanRuns, tokensOf } from '../../src/text/runs.js';
import { sentenceAt, splitLineSentences } from '../../src/text/sentences.js';

const unit = (c: number): string => String.fromCharCode(c);

describe('the class table', () => {
  it('agrees with the u-flag regexes on every BMP unit', () => {
    const checks: Array<[number, RegExp]> = [
      [WORD, /^[\p{L}\p{N}]$/u],
      [LOWER, /^\p{Ll}$/u],
      [UPPER, /^\p{Lu}$/u],
      [LETTER, /^\p{L}$/u],
      [SPACE_BIT, /^\s$/u],
      [DIGIT, /^[0-9]$/u],
    ];
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      expect((CLASS[c]! & SURROGATE) !== 0).toBe(surrogate);
      for (const [bit, re] of checks) if (((CLASS[c]! & bit) !== 0) !== (!surrogate && re.test(unit(c)))) wrong.push(`U+${c.toString(16)} bit ${bit}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lower-cases a unit as toLowerCase does, and marks the units where a text must be lower-cased whole', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const low = unit(c).toLowerCase();
      if (low.length === 1) expect(LOWER_UNIT[c]).toBe(low.charCodeAt(0));
      expect((CLASS[c]! & CASE_UNSAFE) !== 0).toBe(low.length !== 1 || c === 0x3a3);
    }
    expect(CLASS[0x130]! & CASE_UNSAFE).toBeTruthy(); // İ
    expect(CLASS[0x61]! & CASE_UNSAFE).toBe(0);
  });

  it('reads astral code points as one, and a lone surrogate as no letter', () => {
    expect(classAt('𝐋x', 0) & (WORD | UPPER)).toBe(WORD | UPPER);
    expect(classBefore('x𝐋', 3) & WORD).toBe(WORD);
    expect(classAt('\ud800x', 0) & WORD).toBe(0);
    expect(classAt('🙂', 0) & WORD).toBe(0);
  });
});

const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom('Ma', "'", '’', 'ruf', ' ', '-', '𝐋', '\ud800', 'İ', 'Σ', 'x', '12', '\n'), { maxLength: 20 }).map((a) => a.join('')),
);

describe('word runs, tokens and lower-case words', () => {
  it('runs are the matches of /[\\p{L}\\p{N}]+/gu, lowered as toLowerCase lowers them', () => {
    fc.assert(
      fc.property(textArb, (t) => {
        const runs = scanRuns(t);
        const got = Array.from({ length: runs.count }, (_, k) => t.slice(runs.starts[k], runs.ends[k]));
        expect(got).toEqual(t.match(/[\p{L}\p{N}]+/gu) ?? []);
        expect(runLowers(t, runs)).toEqual(got.map((w) => w.toLowerCase()));
      }),
      { seed: 19, numRuns: 400 },
    );
  });

  it("tokens join runs across single apostrophes (`Ma'ruf`), lower-cased with ’ written '", () => {
    fc.assert(
      fc.property(textArb, (t) => {
        const ix = new TextIndex(t);
        const tok = ix.tokens;
        const got = Array.from({ length: tok.count }, (_, k) => t.slice(tok.starts[k], tok.ends[k]));
        const want = t.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
        expect(got).toEqual(want);
        expect(tok.lowers).toEqual(want.map((w) => w.toLowerCase().replace(/’/gu, "'")));
      }),
      { seed: 19, numRuns: 400 },
    );
  });

  it('lower-case words are the matches of their regex', () => {
    const re = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’]*(?![\p{L}\p{N}])/gu;
    fc.assert(
      fc.property(textArb, (t) => {
        const runs = scanRuns(t);
        expect([...lowerCaseWordsOf(t, runs, runLowers(t, runs))].sort()).toEqual([...new Set(t.match(re) ?? [])].sort());
      }),
      { seed: 19, numRuns: 400 },
    );
  });

  it('a tokens table shares the runs when no apostrophe joins them', () => {
    const t = 'Bupati Lombok Timur';
    const runs = scanRuns(t);
    expect(tokensOf(t, runs, runLowers(t, runs)).starts).toBe(runs.starts);
  });
});

describe('the regex kit', () => {
  it('escapes every special character, so a phrase matches only itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        expect(new RegExp(`^${escapeRe(s)}$`, 'u').test(s)).toBe(true);
        expect(new RegExp(`^${escapeRe(s)}$`).test(s)).toBe(true);
        expect(new RegExp(`^${escapeRe(s)}$`, 'u').test(`${s}x`)).toBe(false);
      }),
      { seed: 19, numRuns: 300 },
    );
  });

  const cases: Array<[string, readonly string[], Parameters<typeof alternationOf>[1], string, string | null]> = [
    ['longest first', ['Nov', 'November'], { space: SPACE.literal }, '5 November 2024', 'November'],
    ['ties in code order, dups dropped', ['b', 'a', 'a'], { space: SPACE.literal }, 'ab', 'a'],
    ['spaces: 1–2 white space', ['hari h'], { space: SPACE.ws1to2 }, 'hari \nh', 'hari \nh'],
    ['spaces: not 3 for ws1to2', ['hari h'], { space: SPACE.ws1to2 }, 'hari   h', null],
    ['spaces: blanks never cross a line', ['Lombok Timur'], { space: SPACE.blank1to2 }, 'Lombok\nTimur', null],
    ['spaces: literal is one space', ['baca juga'], { space: SPACE.literal }, 'baca  juga', null],
    ['apostrophe optional: none', ["jum'at"], { space: SPACE.literal, apostrophe: 'optional' }, 'jumat', 'jumat'],
    ['apostrophe optional: curly', ["jum'at"], { space: SPACE.literal, apostrophe: 'optional' }, 'jum’at', 'jum’at'],
    ['apostrophe kept literal without the option', ["jum'at"], { space: SPACE.literal }, 'jumat', null],
    ['specials escaped', ['a.b', '(c)'], { space: SPACE.literal }, 'axb (c)', '(c)'],
  ];
  it.each(cases)('%s', (_name, words, opts, text, want) => {
    const m = new RegExp(`(?:${alternationOf(words, opts)})`, 'u').exec(text);
    expect(m?.[0] ?? null).toBe(want);
  });

  it('phraseRe applies the space policy to one phrase', () => {
    expect(new RegExp(phraseRe('baca juga', SPACE.ws1to3), 'u').test('baca \t juga')).toBe(true);
    expect(new RegExp(phraseRe('baca juga', SPACE.ws1to3), 'u').test('bacajuga')).toBe(false);
  });
});

describe('the line sentence splitter', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a line break always ends one', 'Satu dua\ntiga empat', ['Satu dua', 'tiga empat']],
    ['a dot and a space end one', 'Satu. Dua.', ['Satu.', 'Dua.']],
    ['closing quotes stay with the sentence', '"Netral." Kata dia.', ['"Netral."', 'Kata dia.']],
    ['an abbreviation does not end one', 'Kepada Drs. Ahmad hadir.', ['Kepada Drs. Ahmad hadir.']],
    ['a number dot does not', 'Sebanyak 1.010 perkara.', ['Sebanyak 1.010 perkara.']],
    ['initials without a space do not', 'H.M.Juaini hadir. Lalu pulang', ['H.M.Juaini hadir.', 'Lalu pulang']],
    ['white space is trimmed, empty lines dropped', '  A!  \n\n B? ', ['A!', 'B?']],
  ];
  it.each(cases)('%s', (_n, text, want) => {
    const s = splitLineSentences(text);
    expect(s.starts.map((st, i) => text.slice(st, s.ends[i]))).toEqual(want);
  });

  it('sentenceAt finds the sentence holding a position', () => {
    const t = 'Satu dua. Tiga empat.';
    expect(sentenceAt(splitLineSentences(t), 12)).toEqual([10, 21]);
  });
});

describe('the TextIndex', () => {
  it('computes each part once, on first use, and keeps it on the instance', () => {
    const ix = new TextIndex('Bupati Lombok Timur. Kata dia.');
    expect(ix.runs).toBe(ix.runs);
    expect(ix.tokens).toBe(ix.tokens);
    expect(ix.sentences).toBe(ix.sentences);
    expect(ix.lowerWords).toBe(ix.lowerWords);
    let calls = 0;
    const key = Symbol('test');
    expect(ix.memo(key, () => ++calls)).toBe(1);
    expect(ix.memo(key, () => ++calls)).toBe(1);
    // another article's index computes its own
    expect(new TextIndex('lain').memo(key, () => ++calls)).toBe(2);
  });

  it('indexOf keeps one index per context, and a new one when the text changed', () => {
    const ctx: { text: string; index?: TextIndex } = { text: 'a b' };
    const a = indexOf(ctx);
    expect(indexOf(ctx)).toBe(a);
    ctx.text = 'c d';
    expect(indexOf(ctx)).not.toBe(a);
    expect(indexOf(ctx).text).toBe('c d');
  });

  it('paragraph spans are the pieces between blank lines', () => {
    const t = 'Satu.\n\nDua\ntiga.\n\n\nEmpat.';
    expect(paragraphSpans(t).map((p) => t.slice(p.start, p.end))).toEqual(['Satu.', 'Dua\ntiga.', 'Empat.']);
  });
});
