// The date patterns' month and weekday alternations are written as tries (rules.ts `trieAlt`). They must
// match exactly what the plain longest-first alternation matched (main@857b2ce), groups included: the
// reference patterns are rebuilt here with the plain alternation and compared on fixture lines, on date
// lines in every spelling, and on random texts.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_WEEKDAYS } from '../../src/lexicon/boilerplate.js';
import { HEADER_MONTHS } from '../../src/lexicon/calendar.js';
import { BYLINE_DATE_LINE, HEADER_DATE_LINE, caselessSource, trieAlt } from '../../src/clean/rules.js';

/** The alternation as it was: longest first, regex characters escaped. */
function plainAlt(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

const MONTHS = HEADER_MONTHS.flat();

/** A pattern with its tries replaced by the plain alternations (the reference form, same flags). */
function reference(re: RegExp): RegExp {
  let src = re.source;
  for (const list of [MONTHS, HEADER_WEEKDAYS]) {
    const trie = caselessSource(trieAlt(list));
    expect(src.includes(trie)).toBe(true);
    src = src.split(trie).join(caselessSource(plainAlt(list)));
  }
  return new RegExp(src, re.flags);
}

describe('trie alternations match what the plain alternations matched', () => {
  it('each trie matches exactly its entries (and no prefix or extension of them)', () => {
    for (const list of [MONTHS, HEADER_WEEKDAYS]) {
      const trie = new RegExp(`^(?:${trieAlt(list)})$`, 'iu');
      const set = new Set(list);
      const probes = new Set<string>();
      for (const w of list) {
        for (let k = 0; k <= w.length; k++) probes.add(w.slice(0, k));
        for (const c of "abcdefghijklmnopqrstuvwxyz'.") probes.add(w + c);
      }
      for (const p of probes) expect(trie.test(p), p).toBe(set.has(p));
      for (const w of list) expect(trie.test(w.toUpperCase())).toBe(true);
    }
  });

  const dir = new URL('../../fixtures/', import.meta.url);
  const read = (sub: string) =>
    readdirSync(new URL(sub, dir)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(`${sub}${f}`, dir), 'utf8'));
  const lines = [...new Set([...read('seeds/'), ...read('clean/news/'), ...read('officials/news/')]
    .flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()])
    .flatMap((t) => t.split(/\n+/u))
    .map((l) => l.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter((l) => l !== ''))];
  // every weekday and month spelling, in both date orders, with a byline prefix
  for (const wd of HEADER_WEEKDAYS) for (const m of MONTHS) {
    lines.push(`${wd}, 04 ${m} 2024 10:15 WIB`, `${wd}. ${m}. 22, 2024`, `Kompas.com - ${wd} ${m} 2024`, `Admin | ${wd}, 6 ${m}. 2024`);
  }

  it.each([['header-date', HEADER_DATE_LINE] as const, ['byline-date', BYLINE_DATE_LINE] as const])('%s: same exec results on fixture and date lines', (_n, re) => {
    const ref = reference(re);
    let hits = 0;
    for (const l of lines) {
      const got = re.exec(l);
      expect(got, l).toEqual(ref.exec(l));
      if (got !== null) hits++;
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it.each([['header-date', HEADER_DATE_LINE] as const, ['byline-date', BYLINE_DATE_LINE] as const])('%s: same exec results on random texts', (_n, re) => {
    const ref = reference(re);
    const piece = fc.constantFrom(...MONTHS, ...HEADER_WEEKDAYS, 'Jum', "'at", 'Nov', 'SEPT', 'ju', 'ni', 'ſ', '\u212a', '22', '2024', '04', '10:15', 'WIB', ' ', ',', '.', '|', '-', 'x', 'Kompas.com');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (ps) => {
        const t = ps.join('');
        expect(re.exec(t)).toEqual(ref.exec(t));
      }),
      { numRuns: 3000 },
    );
  });
});
