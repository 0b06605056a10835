// The rewritten findDuplicates (flat per-call arrays, steps as top-level functions, only the paragraphs
// steps 3–4 look at shingled) must decide exactly as the reference (main@857b2ce, dedup.reference.ts).
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/clean/dedup.js';
import { findDuplicates as referenceFindDuplicates } from './dedup.reference.js';

// A small vocabulary, so random paragraphs share words and bigrams (with case variants, a letter that
// lower-cases to two units, and an astral letter, to reach the word reader's slow path).
const WORDS = ['Bawaslu', 'ASN', 'netral', 'di', 'kabupaten', 'pilkada', 'kampanye', 'bupati', 'warga', 'TPS', 'İzmir', '𝐀dan', 'Σigma', 'yang', 'dan', 'itu'];
const word = fc.constantFrom(...WORDS);
const sentence = fc.tuple(fc.array(word, { minLength: 0, maxLength: 30 }), fc.constantFrom('', '.', '!', '”', ',')).map(([ws, end]) => ws.join(' ') + end);

/** Paragraph lists with the shapes dedup decides on: exact copies (case and punctuation changed), near
 *  copies (a word dropped or changed), pieces of other paragraphs, fuller versions of them, and fresh text. */
const paragraphs = fc
  .array(
    fc.oneof(
      sentence.map((s) => ({ kind: 'new' as const, s, pick: 0, cut: 0 })),
      fc.tuple(fc.nat(), fc.nat()).map(([pick, cut]) => ({ kind: 'copy' as const, s: '', pick, cut })),
      fc.tuple(fc.nat(), fc.nat()).map(([pick, cut]) => ({ kind: 'near' as const, s: '', pick, cut })),
      fc.tuple(fc.nat(), fc.nat()).map(([pick, cut]) => ({ kind: 'piece' as const, s: '', pick, cut })),
      fc.tuple(fc.nat(), fc.nat(), sentence).map(([pick, cut, s]) => ({ kind: 'longer' as const, s, pick, cut })),
    ),
    { minLength: 0, maxLength: 14 },
  )
  .map((steps) => {
    const out: string[] = [];
    for (const st of steps) {
      if (st.kind === 'new' || out.length === 0) {
        out.push(st.s || 'Bawaslu');
        continue;
      }
      const src = out[st.pick % out.length]!;
      const ws = src.split(' ');
      if (st.kind === 'copy') out.push(st.cut % 2 === 0 ? src : src.toUpperCase().replace(/[.,!]/gu, ''));
      else if (st.kind === 'near') out.push(ws.filter((_, k) => k !== st.cut % Math.max(1, ws.length)).join(' ') + ' itu');
      else if (st.kind === 'piece') out.push(ws.slice(st.cut % Math.max(1, ws.length)).join(' '));
      // a fuller, finished version of an earlier paragraph (which becomes a pull quote)
      else out.push(`${src.replace(/[.!”,]$/u, '')} ${st.s.split(' ').slice(0, 1 + (st.cut % 6)).join(' ')}.`);
    }
    return out;
  });

describe('findDuplicates equals the reference', () => {
  it('on random paragraph lists, with and without a protected first paragraph', () => {
    const rules = new Map<string, number>();
    fc.assert(
      fc.property(paragraphs, fc.boolean(), (texts, protectFirst) => {
        const isProtected = (i: number): boolean => protectFirst && i === 0;
        const got = findDuplicates(texts, isProtected);
        expect(got).toEqual(referenceFindDuplicates(texts, isProtected));
        for (const d of got) rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1);
      }),
      { numRuns: 3000, seed: 4242 },
    );
    // the generator reaches every rule (so the comparison is not only about empty answers)
    for (const r of ['exact-duplicate', 'near-duplicate', 'pull-quote', 'contained-duplicate']) expect(rules.get(r) ?? 0, r).toBeGreaterThan(4);
  });

  it('on the paragraphs of every fixture text (blank-line separated)', () => {
    const root = join(__dirname, '../../fixtures');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.txt')) files.push(join(dir, e.name));
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const texts = readFileSync(f, 'utf8').split(/\n+/u).map((l) => l.trim()).filter((l) => l !== '');
      for (const protectFirst of [false, true]) {
        const isProtected = (i: number): boolean => protectFirst && i === 0;
        expect(findDuplicates(texts, isProtected), f).toEqual(referenceFindDuplicates(texts, isProtected));
      }
    }
  });

  it('decides the same on a long list of near copies (candidate ranking past the cap)', () => {
    const base = 'Bawaslu meminta seluruh ASN di kabupaten itu menjaga netralitas selama masa kampanye pilkada berlangsung';
    const texts = Array.from({ length: 60 }, (_, k) => (k % 3 === 0 ? base : `${base} ${WORDS[k % WORDS.length]} ${k}`));
    expect(findDuplicates(texts)).toEqual(referenceFindDuplicates(texts));
    expect(findDuplicates([])).toEqual([]);
  });
});
