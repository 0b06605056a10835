// The officials extractor replaces some regexes with hand-written scans for speed; each scan must give
// exactly what the regex it replaces gives. Table cases pin the tricky backtracking spots, a property test
// compares them on random text over the characters that matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lazyLowerWords } from '../../../src/extract/officials/article-words.js';
import { tokenKind } from '../../../src/extract/officials/names.js';
import { personNameEndAt, personRunsOf } from '../../../src/extract/officials/person-runs.js';
import { commaLenAt, spaceLenAt } from '../../../src/extract/officials/scan.js';
import { titleRegexPair } from '../../../src/extract/officials/title-compile.js';
import { GENERIC_BEFORE, NOT_TITLE_BEFORE_WORD, precededBy, SPEECH_BEFORE, type WordBefore } from '../../../src/extract/officials/word-before.js';
import { WordFilter } from '../../../src/extract/officials/word-filter.js';
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
  it.each<[string, string, string, boolean]>([
    ['one stretch of apostrophes', "a'".repeat(100_000) + ' kata', 'a', false],
    ['one stretch, asked for its tail', "a'".repeat(100_000) + ' kata', 'kata', true],
    ['apostrophe word', "a'".repeat(100_000) + ' kata', "a'a", false],
  ])('stays fast on %s', (_, text, word, want) => {
    const t0 = performance.now();
    expect(lazyLowerWords(text).has(word)).toBe(want);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

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

describe('precededBy = its regex on the slice before', () => {
  const filters: Array<[string, WordBefore]> = [
    ['generic', GENERIC_BEFORE],
    ['not-title', NOT_TITLE_BEFORE_WORD],
    ['speech', SPEECH_BEFORE],
  ];
  const viaRegex = (f: WordBefore, text: string, end: number): boolean => f.re.test(text.slice(Math.max(0, end - f.reach), end));

  it.each<[string, WordBefore, string, boolean]>([
    ['para', GENERIC_BEFORE, 'para ', true],
    ['PARA', GENERIC_BEFORE, 'PARA  ', true],
    ['long s', GENERIC_BEFORE, 'ſeluruh ', true], // a case-insensitive regex equates ſ and s
    ['three spaces', GENERIC_BEFORE, 'para   ', false],
    ['count', GENERIC_BEFORE, 'sebanyak 119 ', true],
    ['year', GENERIC_BEFORE, 'tahun 2024 ', false],
    ['inside a word', GENERIC_BEFORE, 'separa ', false],
    ['Jl.', NOT_TITLE_BEFORE_WORD, 'di Jl. ', true],
    ['Rumah Dinas', NOT_TITLE_BEFORE_WORD, 'di Rumah Dinas ', true],
    ['Dinas alone', NOT_TITLE_BEFORE_WORD, 'Kepala Dinas ', false],
    ['ujar', SPEECH_BEFORE, '," ujar ', true],
    ['Kelvin sign', SPEECH_BEFORE, '\u212aATA ', true],
    ['disampaikan oleh', SPEECH_BEFORE, 'disampaikan oleh ', true],
  ])('%s', (_, f, text, want) => {
    expect(viaRegex(f, text, text.length)).toBe(want);
    expect(precededBy(f, text, text.length)).toBe(want);
  });

  it.each(filters)('%s: agrees on random text', (_, f) => {
    const words = [...f.words].slice(0, 6);
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
      fc.constantFrom('ſ', '\u212a', 'x', 'É', '𝐚', '1', '119', '2024', ' ', ' ', '\t', '.', '/', 'Rumah', 'disampaikan'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (let end = 0; end <= text.length; end++) expect(precededBy(f, text, end)).toBe(viaRegex(f, text, end));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('spaceLenAt / commaLenAt = their sticky regexes', () => {
  const SPACE = /[ \t]{1,2}/uy;
  const COMMA = /[ \t]{0,2},[ \t]{0,2}/uy;
  const viaRe = (re: RegExp, text: string, p: number): number => {
    re.lastIndex = p;
    return re.exec(text)?.[0].length ?? 0;
  };
  it.each<[string, number, number]>([
    // text, spaceLenAt(0), commaLenAt(0)
    ['', 0, 0],
    ['x', 0, 0],
    [' x', 1, 0],
    ['\t\t x', 2, 0],
    [',x', 0, 1],
    ['  ,  x', 2, 5],
    ['   ,', 2, 0], // three spaces before the comma: no comma match
    [', \t\tx', 0, 3],
    ['\u00a0,', 0, 0], // only space and tab count
  ])('%j', (text, space, comma) => {
    expect(spaceLenAt(text, 0)).toBe(space);
    expect(commaLenAt(text, 0)).toBe(comma);
    expect(viaRe(SPACE, text, 0)).toBe(space);
    expect(viaRe(COMMA, text, 0)).toBe(comma);
  });

  it('agree with the regexes on random text, at every position', () => {
    const alphabet = fc.constantFrom(' ', '\t', ',', 'a', '\n', '\u00a0', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        for (let p = 0; p <= text.length; p++) {
          expect(spaceLenAt(text, p)).toBe(viaRe(SPACE, text, p));
          expect(commaLenAt(text, p)).toBe(viaRe(COMMA, text, p));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('personRuns with officials\' tokens keeps every run a bare mention could use', () => {
  const words = ['Budi', 'Santoso', 'Ilham', 'Hesty', 'Ma\'ruf', 'Amin', 'Éric', 'Menurut', 'Hotel', 'Lombok', 'Pak', 'Bapak', 'H.', 'Hj.', 'HM', 'Drs.', 'dr.', 'kata', 'ujar', 'dan', 'Kota', 'BUDI', 'Ibu'];
  const seps = [' ', ' ', '  ', '\t', ', ', '. ', '.', '\n', ''];
  const tokens = ['budi', 'santoso', 'ilham', 'hesty', 'maruf', 'ma', 'amin', 'eric', 'h', 'hm', 'pak', 'lombok', 'kota', 'ibu'];
  const run = (r: { start: number; end: number; toks: readonly string[] }): string => `${r.start}-${r.end}:${r.toks.join(' ')}`;

  it('keeps exactly the runs whose first token is one of them, or that it cannot rule out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 14 }),
        fc.subarray(tokens),
        (parts, picked) => {
          const text = parts.map(([w, s]) => w + s).join('');
          const only = new Map(picked.map((t) => [t, true]));
          const full = personRunsOf(text, null).map(run);
          const kept = personRunsOf(text, only).map(run);
          // a subsequence of all runs, in order...
          let i = 0;
          for (const r of kept) {
            while (i < full.length && full[i] !== r) i++;
            expect(i).toBeLessThan(full.length);
            i++;
          }
          // ...holding every run whose first token is one of the officials'
          const needed = personRunsOf(text, null).filter((r) => only.has(r.toks[0]!)).map(run);
          for (const r of needed) expect(kept).toContain(r);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each<[string, string[], string[]]>([
    // text, officials' tokens, runs kept
    ['Kata Ilham Santoso kemarin', ['ilham'], ['Ilham Santoso']],
    ['Kata Ilham Santoso kemarin', ['budi'], []],
    ['ujar H. Ilham', ['budi'], ['H. Ilham']], // an honorific in the run: not ruled out
    ['ujar Éric', ['eric'], ['Éric']], // accents fold away: not ruled out
  ])('%j with %j', (text, toks, want) => {
    const kept = personRunsOf(text, new Map(toks.map((t) => [t, true])));
    expect(kept.map((r) => text.slice(r.start, r.end))).toEqual(want);
  });
});

describe('WordFilter = a lookup of the run lower-cased', () => {
  const words = new Set(['kepala', 'pj', 'h', 'camat', 'dr', 'k', 'wakil']);
  const filter = new WordFilter(words);
  const runs = (text: string): Array<[number, number]> => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
  it.each<[string, boolean]>([
    ['Kepala', true],
    ['KEPALA', true],
    ['kepada', false], // first two characters and length as `kepala`, another last one
    ['Warga', false],
    ['H', true],
    ['\u212a', true], // the Kelvin sign lower-cases to `k`
    ['\u212aepala', true],
    ['kepal\u212a', false],
    ['Dr', true],
  ])('%j', (run, inSet) => {
    expect(filter.hasRun(run, 0, run.length, run.toLowerCase())).toBe(inSet);
    expect(filter.hasRunAt(run, 0)).toBe(inSet);
  });

  it('agrees with the set on random text', () => {
    const alphabet = fc.constantFrom('k', 'K', 'e', 'p', 'a', 'l', 'A', 'L', 'h', 'H', 'j', 'J', '\u212a', 'İ', 'd', 'r', ' ', '.', '𝐀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 16 }), (chars) => {
        const text = chars.join('');
        for (const [s, e] of runs(text)) {
          const lower = text.slice(s, e).toLowerCase();
          expect(filter.hasRun(text, s, e, lower)).toBe(words.has(lower));
          if (!filter.mayHave(text, s, e)) expect(words.has(lower)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokenKind', () => {
  const viaRegex = (t: string): string =>
    t.endsWith('.') ? (t.length === 2 ? 'initial' : 'abbr') : t.length === 1 ? 'letter' : /^\p{Lu}+(?:['’]\p{Lu}+)*$/u.test(t) ? 'caps' : 'word';
  it.each<[string, string]>([
    ['Budi', 'word'],
    ['LALU', 'caps'],
    ['ZA', 'caps'],
    ["SA'ADAH", 'caps'],
    ["Sa'adah", 'word'],
    ['F.', 'initial'],
    ['Moh.', 'abbr'],
    ['I', 'letter'],
    ['Éric', 'word'],
    ['ÉRIC', 'caps'],
  ])('%j → %s', (t, kind) => {
    expect(tokenKind(t)).toBe(kind);
    expect(viaRegex(t)).toBe(kind);
  });
  it('agrees with the regex on random tokens', () => {
    const alphabet = fc.constantFrom('A', 'B', 'a', 'z', 'É', 'é', '𝐀', "'", '’', '.', '-', '1');
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 8 }), (chars) => {
        const t = chars.join('');
        expect(tokenKind(t)).toBe(viaRegex(t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the title regex of a head = the one with every branch', () => {
  const words = ['Kepala', 'KEPALA', 'kepala', 'Ketua', 'Koordinator', 'Kordiv', 'Kadiv', 'Divisi', 'Penanganan', 'Pelanggaran', 'Bawaslu', 'KPU', 'BKD', 'BKPSDM', 'Dinas', 'Badan', 'Sekda', 'Bupati', 'Wakil', 'Komisioner', 'Pj', 'Gubernur', 'dan', '&', 'ABCD', 'x'];
  const seps = [' ', '  ', '\t', ', ', ',', '-', ''];
  const exec = (re: RegExp, text: string, p: number): unknown[] | null => {
    re.lastIndex = p;
    const m = re.exec(text);
    return m ? [m[0], m[3], m[4], m[5]] : null;
  };
  it('agrees at every head word on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 10 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu)) {
          const pair = titleRegexPair(m[0].toLowerCase());
          if (!pair) continue;
          expect(exec(pair[0], text, m.index)).toEqual(exec(pair[1], text, m.index));
        }
      }),
      { numRuns: 3000 },
    );
  });
  it.each<[string, string]>([
    ['Koordinator Divisi Penanganan Pelanggaran Bawaslu', 'Koordinator Divisi Penanganan Pelanggaran Bawaslu'],
    ['Kepala BKPSDM Lotim', 'Kepala BKPSDM'],
    ['Kepala Dinas Kominfo', 'Kepala Dinas'],
    ['Sekda NTB', 'Sekda'],
  ])('%j', (text, want) => {
    const pair = titleRegexPair(/^[\p{L}\p{N}]+/u.exec(text)![0].toLowerCase())!;
    expect(exec(pair[0], text, 0)?.[0]).toBe(want);
    expect(exec(pair[1], text, 0)?.[0]).toBe(want);
  });
});
