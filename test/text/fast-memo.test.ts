// The memos of src/text/fast/memo.ts answer what the function they hold answers: a BoundedMemo's `get(k)` is
// `compute(k)` (undefined included) before and after it is emptied, and a SliceTable's `get(text, i, j, h)` is
// `make(text.slice(i, j))` for every slice, across collisions, the front cache and the emptying at half full
// (fast-check over small tables, so every path is taken).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMemo, SliceTable, fnvSlice } from '../../src/text/fast/memo.js';

describe('BoundedMemo', () => {
  it.each<[string, string, string | undefined]>([
    ['an answer', 'abc', 'ABC'],
    ['undefined is an answer, and is kept', 'none', undefined],
    ['the empty string', '', ''],
  ])('%s', (_name, key, expected) => {
    let calls = 0;
    const memo = new BoundedMemo<string | undefined>(4, (k) => {
      calls++;
      return k === 'none' ? undefined : k.toUpperCase();
    });
    expect(memo.get(key)).toBe(expected);
    expect(memo.get(key)).toBe(expected);
    expect(calls).toBe(1);
  });

  it('answers as compute does, across emptying (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), fc.integer({ min: 1, max: 8 }), (keys, max) => {
        const f = (k: string): string => `${k.length}:${k}`;
        const memo = new BoundedMemo(max, f);
        for (const k of keys) expect(memo.get(k)).toBe(f(k));
      }),
      { seed: 19, numRuns: 300 },
    );
  });
});

describe('SliceTable', () => {
  interface E { key: string; hash: number; upper: string }
  const make = (word: string, hash: number): E => ({ key: word, hash, upper: word.toUpperCase() });

  it('fnvSlice is FNV-1a over the UTF-16 units of the slice', () => {
    expect(fnvSlice('xab', 1, 3)).toBe(Math.imul(Math.imul(0x811c9dc5 ^ 0x61, 0x01000193) ^ 0x62, 0x01000193));
    expect(fnvSlice('', 0, 0)).toBe(0x811c9dc5 | 0);
  });

  it('answers make(slice) for every slice, through collisions, the front and the emptying (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' '), maxLength: 60 }), (text) => {
        // 2^3 slots (emptied at 4) and a 2-slot front: collisions and emptying on every text
        const table = new SliceTable<E>(3, 1, make);
        for (let i = 0; i < text.length; i++)
          for (let j = i + 1; j <= Math.min(text.length, i + 4); j++) {
            const e = table.get(text, i, j, fnvSlice(text, i, j));
            expect(e.key).toBe(text.slice(i, j));
            expect(e.upper).toBe(text.slice(i, j).toUpperCase());
          }
      }),
      { seed: 19, numRuns: 300 },
    );
  });

  it('gives back the same entry for the same word while it is held (a hit allocates nothing)', () => {
    const table = new SliceTable<E>(8, 4, make);
    const a = table.get('kami tegas', 5, 10, fnvSlice('kami tegas', 5, 10));
    expect(table.get('tegas sekali', 0, 5, fnvSlice('tegas sekali', 0, 5))).toBe(a);
  });
});
