// `caseless` patterns (rules.ts) are the `iu` patterns written without the `i` flag, each letter as the class
// of the characters `iu` matches for it. They must match exactly what the `iu` form matches. Proof in two
// parts: (1) every atom the conversion touches or keeps matches the same characters in both forms, checked
// against every BMP code point and every astral code point that has a case; the rest of a pattern
// (groups, alternation, quantifiers, anchors, look-arounds) is copied unchanged, and `i` has no other effect
// on these patterns (no back-references, `\w` or `\b`: the conversion refuses those). (2) belt and braces:
// the two forms give the same exec results on the fixture lines and on random texts in their alphabet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.js';
import { BYLINE_DATE_LINE, HEADER_DATE_LINE, RULES, caselessSource, testFlags } from '../../src/clean/rules.js';

/** The rules written with `caseless`: their patterns fold case although their flags have no `i`. */
const CASELESS_RULES = RULES.filter((r) => testFlags(r).includes('i') && !r.pattern.flags.includes('i'));

/** The `iu` form of a caseless pattern: its source before conversion is not kept, so it is rebuilt by
 *  turning each `[xX]`-style letter class back into the letter (the inverse of the conversion). */
function iuForm(re: RegExp): RegExp {
  const src = re.source.replace(/\[([a-z])([A-Z])(?:\\u212A|\\u017F)?\]/gu, (m, lo: string, up: string) => (lo.toUpperCase() === up ? lo : m));
  // converting the rebuilt source again must give the pattern back (so the rebuilt source is the original)
  expect(caselessSource(src)).toBe(re.source);
  return new RegExp(src, `i${re.flags}`);
}

/** Every BMP code point, and every astral one with a case mapping (the only astral ones `i` could touch). */
const CODE_POINTS: number[] = [];
for (let c = 0; c <= 0x10ffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  if (c < 0x10000) CODE_POINTS.push(c);
  else {
    const s = String.fromCodePoint(c);
    if (s.toLowerCase() !== s || s.toUpperCase() !== s) CODE_POINTS.push(c);
  }
}

describe('caseless patterns match what their iu form matches', () => {
  it('covers the expensive rules', () => {
    expect(CASELESS_RULES.map((r) => r.name).sort()).toEqual(
      [
        'byline-date', 'furniture-line', 'header-date', 'header-weather-word', 'pagination-line', 'platform-string-line', 'reading-time-line', 'related-block-date',
        'related-block-heading', 'related-block-time', 'related-link-line', 'relative-time-line', 'section-label-line', 'share-bar-line',
        'weather-widget-line',
      ].sort(),
    );
    expect(HEADER_DATE_LINE.flags).toBe('u');
    expect(BYLINE_DATE_LINE.flags).toBe('u');
  });

  it('atom by atom, on every code point that could differ', () => {
    const atoms = new Map<string, string>();
    for (const r of CASELESS_RULES) caselessSource(iuForm(r.pattern).source, (from, to) => atoms.set(from, to));
    expect(atoms.size).toBeGreaterThan(30);
    for (const [from, to] of atoms) {
      const a = new RegExp(`^(?:${from})$`, 'iu');
      const b = new RegExp(`^(?:${to})$`, 'u');
      const differ: string[] = [];
      for (const c of CODE_POINTS) {
        const s = String.fromCodePoint(c);
        if (a.test(s) !== b.test(s)) differ.push(c.toString(16));
      }
      expect(differ, `${from} → ${to}`).toEqual([]);
    }
    // the two characters outside ASCII that fold to ASCII letters are in the classes
    expect(atoms.get('k')).toBe('[kK\\u212A]');
    expect(atoms.get('s')).toBe('[sS\\u017F]');
  });

  it('refuses what it cannot vouch for', () => {
    expect(() => caselessSource('\\p{L}')).toThrow();
    expect(() => caselessSource('\\bx')).toThrow();
    expect(() => caselessSource('[a-z]')).toThrow();
    expect(() => caselessSource('é')).toThrow();
    expect(() => caselessSource('(a)\\1')).toThrow();
    expect(caselessSource('(?<named>ab)[^.\\n]')).toBe('(?<named>[aA][bB])[^.\\n]');
  });

  const lines = fixtureLines();
  lines.push('Senin, 04 Nov 2024 10:15 WIB', 'Kompas.com - 12/11/2024, 14:30 WIB', 'Friday, November 22, 2024', 'Facebook Twitter WhatsApp', 'Halaman 1 2 3 Selanjutnya');

  it.each(CASELESS_RULES.map((r) => [r.name, r] as const))('%s: same exec results on the fixture lines', (_name, rule) => {
    const iu = iuForm(rule.pattern);
    for (const l of lines) expect(rule.pattern.exec(l), l).toEqual(iu.exec(l));
  });

  it.each(CASELESS_RULES.map((r) => [r.name, r] as const))('%s: same exec results on random texts', (_name, rule) => {
    const iu = iuForm(rule.pattern);
    // pieces of matching lines, in mixed case, with the folding characters and separators
    const piece = fc.constantFrom(
      'Senin', 'JUMAT', "jum'at", 'Nov', 'nopember', 'SEPT', 'Sept.', 'November', '22', '2024', '04', '10:15', 'WIB', 'pm', 'pukul',
      'Facebook', 'TWITTER', 'whatsapp', 'Bagikan', 'share', 'Halaman', 'hal', 'selanjutnya', 'dari', 'Baca', 'juga', 'berita',
      'terkait', 'Terpopuler', 'menit', 'lalu', 'yang', 'Post a Comment', 'komentar', 'ᏕᎥ', '\u212a', '\u017f', 'ſenin', 'K', 'ß', 'İ', 'ı',
      ' ', '  ', '\u00a0', ',', '.', ':', '|', '-', '–', '/', '·', '»', '(0)', 'Kompas.com', 'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
        const t = ps.join('');
        expect(rule.pattern.exec(t)).toEqual(iu.exec(t));
      }),
      { numRuns: 1500 },
    );
  });
});
