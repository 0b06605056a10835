// The hand-written fast paths of the statements extractor against the plain forms they replace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/statements/classify.js';
import { normQuote, normSquashedQuote, objectList, sortInPlace, squash } from '../../src/extract/statements/doc.js';
import { INDIRECT_PARSERS, hasHitWithin, literalHits } from '../../src/extract/statements/indirect.js';
import { lastWord } from '../../src/extract/statements/last-word.js';
import { similarityMayReach, tokenEndAt, tokenMatches } from '../../src/extract/statements/speaker.js';
import { similarity } from '../../src/nlp/natural.js';

const WS_CHARS = [' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '"', '“', '’', 'a', 'B', 'İ', '.'];
const text = fc.array(fc.constantFrom(...WS_CHARS), { maxLength: 40 }).map((xs) => xs.join(''));

describe('squash / normQuote', () => {
  it('squash equals replace(/\\s+/g, " ").trim()', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => squash(s) === s.replace(/\s+/gu, ' ').trim()));
  });
  it('normQuote equals the regex form', () => {
    const ref = (s: string): string => s.toLowerCase().replace(/["“”„«»'‘’]/gu, '').replace(/\s+/gu, ' ').trim();
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => normQuote(s) === ref(s)));
  });
  it('normQuote removes every quote mark (and only those) like the regex form', () => {
    const ref = (s: string): string => s.toLowerCase().replace(/["“”„«»'‘’]/gu, '').replace(/\s+/gu, ' ').trim();
    const marks = fc
      .array(fc.constantFrom('"', "'", '«', '»', '„', '‘', '’', '“', '”', '‚', '‹', '`', '\u00aa', '\u00ac', '\u201f', '\u2017', 'a', ' ', '  '), { maxLength: 20 })
      .map((xs) => xs.join(''));
    fc.assert(fc.property(marks, (s) => normQuote(s) === ref(s)));
    expect(normQuote('«Netral» ‘kata’ „dia“')).toBe('netral kata dia');
    expect(normQuote('a‚b‹c`d')).toBe('a‚b‹c`d');
  });
  it('normSquashedQuote equals normQuote on squashed text', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => normSquashedQuote(squash(s)) === normQuote(squash(s))));
  });
  it.each([
    ['already squashed', 'ASN harus netral', 'ASN harus netral'],
    ['runs and ends', ' \nASN  harus\u00a0netral\t', 'ASN harus netral'],
    ['only white space', ' \n ', ''],
  ])('%s', (_n, input, want) => {
    expect(squash(input)).toBe(want);
  });
});

describe('classify: cue phrases found only at word starts', () => {
  it.each([
    ['after a hyphen', 'Gerakan anti-politik uang digelar', ['politik uang']],
    ['inside a word: no', 'Itu xpolitik uang saja', []],
    ['overlapping phrases: the first wins', 'Ada hukuman disiplin pegawai bagi ASN', ['hukuman disiplin']],
    ['upper case', 'ASN TIDAK NETRAL akan ditindak', ['tidak netral']],
    ['a character that lower-cases to two', 'İ ASN tidak netral lagi', ['tidak netral']],
    ['line break between the words', 'Jangan ikut politik\npraktis', ['politik praktis']],
  ])('%s', (_n, quote, phrases) => {
    const got = classify(quote).cues.filter((c) => c.includes(' '));
    expect(got).toEqual(phrases);
  });
});

describe('lastWord', () => {
  const ref = (s: string): string | undefined => /([\p{L}]+)[\s,]*$/u.exec(s)?.[1]?.toLowerCase();
  const parts = fc.array(fc.constantFrom('Sugito', ' ', ',', '\n', '2024', 'x', '\u{1d400}', '\ud835', '\udc00', '-', 'É'), { maxLength: 12 }).map((xs) => xs.join(''));
  it('equals the regex form', () => {
    fc.assert(fc.property(fc.oneof(parts, fc.string()), (s) => lastWord(s) === ref(s)));
  });
  it.each([
    ['Bupati Sugito ,  ', 'sugito'],
    ['Menurut data 2024, ', undefined],
    ['', undefined],
  ])('%j', (input, want) => {
    expect(lastWord(input)).toBe(want);
  });
});

describe('sortInPlace', () => {
  it('gives the order of the (stable) builtin sort, short and long lists', () => {
    const item = fc.record({ k: fc.integer({ min: 0, max: 5 }), id: fc.nat() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (xs) => {
        const cmp = (a: { k: number }, b: { k: number }): number => a.k - b.k;
        expect(sortInPlace(xs.slice(), cmp)).toEqual(xs.slice().sort(cmp));
      }),
    );
  });
  it('keeps equal items in their order', () => {
    const xs = [{ k: 1, id: 'a' }, { k: 0, id: 'b' }, { k: 1, id: 'c' }, { k: 0, id: 'd' }];
    expect(sortInPlace(xs, (a, b) => a.k - b.k).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('tokenEndAt', () => {
  it('ends where the sticky token regex does, at every position', () => {
    const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/uy;
    const chars = fc.constantFrom('a', 'Z', '7', ' ', "'", '’', '.', '-', ',', 'é', '𝐀', '😀', '\ud835', '\udc00', '\u00a0');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }).map((xs) => xs.join('')), (s) => {
        for (let i = 0; i <= s.length; i++) {
          TOKEN.lastIndex = i;
          const m = TOKEN.exec(s);
          expect(tokenEndAt(s, i)).toBe(m && m.index === i ? i + m[0].length : -1);
        }
      }),
    );
  });
});

describe('classify reads words from the lower-cased quote', () => {
  it('lower-casing that keeps the length keeps every word at its offsets', () => {
    const chars = fc.constantFrom('a', 'B', 'Ä', 'ß', 'Σ', 'ς', 'Ω', 'Ω', 'K', 'Ⅻ', 'Ⓐ', '7', '-', ' ', 'İ', '𐐀', '\u0130');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 20 }).map((xs) => xs.join('')), (s) => {
        const low = s.toLowerCase();
        if (low.length !== s.length) return;
        const runs = (t: string): string => [...t.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => `${m.index}:${m[0].length}`).join(',');
        expect(runs(low)).toBe(runs(s));
      }),
    );
  });
  it('a quote and its upper-case variant get the same cues', () => {
    expect(classify('ASN WAJIB NETRAL dan tidak boleh berpihak')).toEqual(classify('asn wajib netral dan tidak boleh berpihak'));
  });
});

describe('literalHits / hasHitWithin (a parser literal found once per article)', () => {
  const pieces = fc.array(fc.constantFrom('a', ',', ' ', 'kannya', 'KANNYA', 'K', '\u212a', 'enurut', 'Menurut', 'ya'), { maxLength: 30 }).map((xs) => xs.join(''));
  it.each([[','], ['enurut'], [/kannya/giu]])('equals searching each range (%s)', (needs) => {
    const one = typeof needs === 'string' ? (s: string): boolean => s.includes(needs) : (s: string): boolean => new RegExp(needs.source, 'iu').test(s);
    fc.assert(
      fc.property(pieces, fc.nat(), fc.nat(), (t, a, b) => {
        const start = Math.min(a, b) % (t.length + 1);
        const end = Math.min(t.length, start + (Math.max(a, b) % (t.length + 1)));
        return hasHitWithin(literalHits(t, needs), start, end) === one(t.slice(start, end));
      }),
    );
  });
  it.each([
    ['inside', 'ab, cd', 0, 6, true],
    ['before the range', 'a, bcd', 2, 6, false],
    ['straddling the end', 'abc kannya', 0, 8, false],
  ])('%s', (_n, t, start, end, want) => {
    expect(hasHitWithin(literalHits(t, t.includes('kannya') ? /kannya/giu : ','), start, end)).toBe(want);
  });
});

describe('the comma-verb literal of verbTail and verbMid', () => {
  // a sentence where either pattern matches must hold a hit of their shared `needs` (else it is skipped)
  const parsers = INDIRECT_PARSERS.filter((p) => p.name === 'indirect-verb-tail' || p.name === 'indirect-verb-mid');
  const pieces = fc
    .array(fc.constantFrom(',', ' ', '  ', '\n', 'kata', 'KATA', 'Kata', 'ujar', 'tegas', 'nya', 'Sekda', 'a', '.', '\u212a', 'ata', 'aku'), { maxLength: 30 })
    .map((xs) => xs.join(''));
  it('is a superset of both patterns, in any sub-range', () => {
    expect(parsers.length).toBe(2);
    const needs = parsers[0]!.needs!;
    expect(parsers[1]!.needs).toBe(needs);
    fc.assert(
      fc.property(pieces, fc.nat(), fc.nat(), (t, a, b) => {
        const start = Math.min(a, b) % (t.length + 1);
        const end = Math.min(t.length, start + (Math.max(a, b) % (t.length + 1)));
        const matches = parsers.some((p) => new RegExp(p.pattern.source, p.pattern.flags).test(t.slice(start, end)));
        return !matches || hasHitWithin(literalHits(t, needs), start, end);
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    ['tail', 'Netral itu penting, katanya.', true],
    ['mid, two spaces', 'Itu aturan,  tegas Sekda, sesuai aturan.', true],
    ['a bare comma', 'Itu aturan, sesuai dengan hukum.', false],
    ['four spaces', 'Itu aturan,    kata Sekda.', false],
  ])('%s', (_n, t, want) => {
    expect(hasHitWithin(literalHits(t, parsers[0]!.needs!), 0, t.length)).toBe(want);
  });
});

describe('tokenMatches (a bound before Jaro–Winkler)', () => {
  const ref = (a: string, b: string): boolean => a === b || (a.length >= 4 && b.length >= 4 && similarity(a, b) >= 0.9);
  // small alphabets make near names (transpositions, one letter off) common; upper case and non-ASCII
  // take the library path
  const name = fc.oneof(
    fc.array(fc.constantFrom('a', 'h', 'm', 'd', 'i', 'n'), { minLength: 1, maxLength: 10 }).map((xs) => xs.join('')),
    fc.array(fc.constantFrom('a', 'b', 'A', 'é', 'İ', 'z'), { minLength: 1, maxLength: 8 }).map((xs) => xs.join('')),
  );
  it('equals the plain similarity test', () => {
    fc.assert(fc.property(name, name, (a, b) => tokenMatches(a, b) === ref(a, b)), { numRuns: 5000 });
  });
  it('never rules out a pair that reaches 0.9', () => {
    fc.assert(fc.property(name, name, (a, b) => similarityMayReach(a, b) || similarity(a, b) < 0.9), { numRuns: 5000 });
  });
  it.each([
    ['ahmad', 'zaini', false],
    ['hassanudin', 'hasanudin', true],
    ['sugito', 'sugiot', true],
    ['marlina', 'marlena', true],
    ['ahmad', 'ahmad', true],
    ['budi', 'bdui', true],
    ['budi', 'budo', false],
    ['zaini', 'zainal', false],
  ])('%s ~ %s: %s', (a, b, want) => {
    expect(tokenMatches(a, b)).toBe(want);
    expect(ref(a, b)).toBe(want);
  });
});

describe('objectList', () => {
  it('is an empty array that takes items like any other', () => {
    const xs = objectList<{ a: number }>();
    expect(xs).toEqual([]);
    xs.push({ a: 1 });
    expect(xs).toEqual([{ a: 1 }]);
  });
});

describe('tokenEndAt at the end of the text', () => {
  it.each([
    ['word at the end', 'kata Budi', 5, 9],
    ['dotted word at the end', 'kata H.', 5, 7],
    ['hyphen at the end', 'kata Budi-', 5, 10],
    ['no word', 'kata ', 4, -1],
  ])('%s', (_n, t, at, want) => {
    expect(tokenEndAt(t, at)).toBe(want);
  });
});

describe('indirect-menurut: look-behinds after the literal words', () => {
  // the pattern as it was written before (look-behinds first): the same matches, groups included
  const NEW_HEAD = '(?:[Mm]enurut(?<![\\p{L}\\p{N}][Mm]enurut)|Kata(?<=(?:^|[-–—]\\s{1,3})Kata)(?=\\s{1,3}\\p{Lu}))';
  const OLD_HEAD = '(?:(?<![\\p{L}\\p{N}])[Mm]enurut|(?<=^|[-–—]\\s{1,3})Kata(?=\\s{1,3}\\p{Lu}))';
  const current = INDIRECT_PARSERS.find((p) => p.name === 'indirect-menurut')!.pattern;
  const reference = new RegExp(OLD_HEAD + current.source.slice(NEW_HEAD.length), current.flags);
  const all = (re: RegExp, s: string): string[] => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups)}`);
  const PIECES = ['Menurut', 'menurut', 'Kata', 'kata', 'nya', 'dia', 'Budi', 'Ketua', 'itu', 'tersebut', ' ', '  ', '\t', '-', '–', '—', ',', '.', 'x', 'X', '1', 'é', 'É', '\n', 'enurut', 'M'];
  it('has the head this test replaces', () => {
    expect(current.source.startsWith(NEW_HEAD)).toBe(true);
  });
  it('finds what the look-behind-first pattern finds', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((xs) => xs.join('')), (s) => {
      expect(all(current, s)).toEqual(all(reference, s));
    }), { numRuns: 3000 });
  });
  it.each([
    ['Menurut Budi, ASN harus netral.', 1],
    ['Menurutnya, ASN harus netral.', 1],
    ['- Kata Ketua Bawaslu, Budi, ASN harus netral.', 1],
    ['Kata Budi, ASN harus netral.', 1],
    // negatives: inside a word, `Kata` inside the sentence or before a lower-case word
    ['Xmenurut Budi, ASN harus netral.', 0],
    ['Ia Kata Budi, ASN harus netral.', 0],
    ['Kata dia ASN harus netral.', 0],
  ])('%j', (s, n) => {
    expect(all(current, s).length).toBe(n);
    expect(all(reference, s).length).toBe(n);
  });
});

