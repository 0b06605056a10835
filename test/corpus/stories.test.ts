// Story signatures and the clustering itself, on synthetic texts: what a copy is and is not, canonical
// order, order independence, bounded work.
import { describe, expect, it } from 'vitest';
import { decodeSketch, encodeSketch, quoteKeys, shingleHashes, sketch, storySignature } from '../../src/corpus/story-signature.js';
import { StoryIndex, storyCounts } from '../../src/corpus/stories.js';

// deterministic filler text: sentences of pseudo-words, so two texts share nothing unless made to
function prose(seed: number, words: number): string {
  let x = seed * 2654435761;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x ^ (x >>> 13), 0x5bd1e995) + i) | 0;
    out.push(`k${(x >>> 0).toString(36).slice(0, 5)}`);
    if (i % 12 === 11) out.push('.\n\n');
  }
  return out.join(' ');
}

describe('storySignature', () => {
  it('is 128 16-bit bins (256 bytes, 344 base64 characters) and the number of distinct shingles', () => {
    const s = storySignature(prose(1, 300), null)!;
    expect(s.minhash).toHaveLength(344);
    expect(decodeSketch(s.minhash)).toHaveLength(128);
    expect(s.shingles).toBe(297);
    expect(encodeSketch(decodeSketch(s.minhash)!)).toBe(s.minhash);
  });

  it('ignores case, punctuation and spacing, and the headline; null without words', () => {
    const body = 'Penjabat Gubernur menegaskan ASN harus netral selama Pilkada serentak 2024 di daerah itu.';
    const a = storySignature(`Judul Pertama\n\n${body}`, 'Judul Pertama');
    const b = storySignature(`Judul Lain Sama Sekali\n\n${body.toUpperCase().replace(/ /g, '  ').replace('.', ' !')}`, 'Judul Lain Sama Sekali');
    expect(b).toEqual(a);
    expect(storySignature(' … — ', null)).toBeNull();
  });

  it.each([['not base64 of 256 bytes', 'AAAA'], ['empty', '']])('decodeSketch rejects %s', (_n, v) => {
    expect(decodeSketch(v)).toBeNull();
  });

  it('a sketch depends only on the set of shingles', () => {
    const h = shingleHashes(prose(2, 120));
    expect(sketch(h)).toEqual(sketch(Uint32Array.from([...h].reverse()).sort()));
  });

  it('quote keys: the same quote with a typo or cut short shares a key; a different quote shares none', () => {
    const q = 'Saya tekankan ASN wajib netral menjelang pelaksanaan pilkada serentak tahun ini';
    const [full, head, tail] = quoteKeys(q);
    expect(quoteKeys(q.toUpperCase().replace(/ /g, ', '))).toEqual([full, head, tail]);
    expect(quoteKeys(q.replace('pelaksanaan', 'pelaksaan'))[1]).toBe(head);
    expect(quoteKeys(q.replace('tekankan', 'tekakan'))[2]).toBe(tail);
    expect(quoteKeys(`${q} (ant/hen)`)[1]).toBe(head);
    const other = quoteKeys('Netralitas adalah prinsip dasar yang harus dijunjung tinggi oleh setiap ASN');
    for (const k of other) expect([full, head, tail]).not.toContain(k);
  });
});

const sig = (text: string) => storySignature(text, null);

describe('StoryIndex', () => {
  const original = prose(10, 400);
  const paras = original.split('\n\n');
  const trimmed = paras.slice(0, Math.ceil(paras.length * 0.75)).join('\n\n');
  const retold = `${paras.slice(0, 3).join('\n\n')}\n\n${prose(11, 360)}`; // quotes 3 paragraphs of 30
  const unrelated = prose(12, 400);

  const run = (items: Array<[string, string | null, string]>, opts = {}) => {
    const idx = new StoryIndex();
    for (const [id, published, text] of items) idx.add(id, published, sig(text));
    const refs = idx.cluster(opts);
    return Object.fromEntries(items.map(([id], i) => [id, refs[i]!]));
  };

  it('a trimmed copy joins the original; a piece quoting part of it and an unrelated text do not', () => {
    const r = run([
      ['orig', '2024-10-03', original],
      ['trim', '2024-10-04', trimmed],
      ['retold', '2024-10-03', retold],
      ['other', null, unrelated],
    ]);
    expect(r.trim).toMatchObject({ storyId: r.orig!.storyId, duplicateOf: 'orig' });
    expect(r.trim!.similarity).toBeGreaterThan(0.9);
    expect(r.orig).toMatchObject({ duplicateOf: null, similarity: null });
    expect(r.retold!.storyId).not.toBe(r.orig!.storyId);
    expect(r.other!.storyId).not.toBe(r.orig!.storyId);
    expect(storyCounts(Object.values(r))).toEqual({ stories: 3, copies: 1, copiedStories: 1 });
  });

  it('the canonical is the earliest published; undated articles come last; ties go to the smallest id', () => {
    expect(run([['b', '2024-10-05', original], ['a', null, original], ['c', '2024-10-04', trimmed]]).b!.duplicateOf).toBe('c');
    expect(run([['b', '2024-10-05', original], ['a', '2024-10-05', original]]).b!.duplicateOf).toBe('a');
    expect(run([['b', null, original], ['a', null, original]]).b!.duplicateOf).toBe('a');
  });

  it('does not depend on input order', () => {
    const items: Array<[string, string | null, string]> = [];
    for (let s = 0; s < 12; s++) {
      const base = prose(100 + s, 200 + s * 10);
      items.push([`s${s}`, `2024-10-${String(10 + (s % 5)).padStart(2, '0')}`, base]);
      if (s % 3 === 0) items.push([`s${s}-copy`, '2024-10-20', base.slice(0, Math.floor(base.length * 0.8))]);
    }
    const a = run(items);
    const shuffled = [...items].sort((x, y) => (x[0].split('').reverse().join('') < y[0].split('').reverse().join('') ? -1 : 1));
    expect(run(shuffled)).toEqual(a);
    expect(storyCounts(Object.values(a))).toMatchObject({ stories: 12, copies: 4 });
  });

  it('a copy is never chained through another copy: each joins the canonical directly or not at all', () => {
    // b is a 72% cut of a; c is a 72% cut of b (52% of a): c is b's copy, not a's, so it is a story of its own
    const b = paras.slice(0, Math.ceil(paras.length * 0.72)).join('\n\n');
    const bp = b.split('\n\n');
    const c = bp.slice(0, Math.ceil(bp.length * 0.72)).join('\n\n');
    const r = run([['a', '2024-01-01', original], ['b', '2024-01-02', b], ['c', '2024-01-03', c]], { minRatio: 0.6 });
    expect(r.b!.duplicateOf).toBe('a');
    expect(r.c!.duplicateOf).toBeNull();
  });

  it('texts too short to tell a copy from a template each stay a story of their own', () => {
    const r = run(Array.from({ length: 50 }, (_, i) => [`t${i}`, null, `Bupati Lombok Timur hadir ke-${i}.`] as [string, null, string]));
    expect(new Set(Object.values(r).map((x) => x.storyId)).size).toBe(50);
  });

  it('a swarm of near-identical long texts stays bounded (each verifies a capped number of candidates)', () => {
    const base = prose(7, 60);
    const items = Array.from({ length: 3000 }, (_, i) => [`w${i}`, null, `${base} nomor ${i} ${prose(1000 + i, 12)}`] as [string, null, string]);
    const r = run(items);
    const counts = storyCounts(Object.values(r));
    expect(counts.stories + counts.copies).toBe(3000);
  });

  it('articles without a signature (failed, or no words) have no story', () => {
    const idx = new StoryIndex();
    idx.add('x', null, null);
    idx.add('y', null, sig(original));
    expect(idx.cluster()[0]).toEqual({ storyId: null, duplicateOf: null, similarity: null });
    expect(idx.cluster()[1]!.storyId).toMatch(/^st_[0-9a-f]{12}$/);
  });
});
