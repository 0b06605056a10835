// The story clustering's bin comparison two bins at a time (src/text/fast/sketch.ts `differingBins`, read by
// `similarity32` in src/corpus/stories.ts; a speed trick listed in src/text/fast/README.md) against the
// bin-by-bin reference `similarity`: the same value for every pair of sketches, sizes and thresholds, including
// the early stop (0) right at the limit, and sketches that differ in one half of a pair only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarity, similarity32 } from '../../src/corpus/stories.js';
import { differingBins, differingNibbles, nibbleSummary, radixSortByKey } from '../../src/text/fast/sketch.js';

const BINS = 128;

/** Two sketches side by side in one buffer (as the clustering keeps them: 128 bins each, offsets in bins). */
function pair(a: number[], b: number[]): { u16: Uint16Array; i32: Int32Array } {
  const u16 = new Uint16Array(3 * BINS);
  u16.set(a, 0);
  u16.set(b, 2 * BINS); // b at offset 256: not next to a
  return { u16, i32: new Int32Array(u16.buffer) };
}

const bin = fc.integer({ min: 0, max: 0xffff });
/** A sketch `a`, and `b` equal to it but in the bins listed (which may fall in either half of a pair). */
const sketches = fc
  .tuple(fc.array(bin, { minLength: BINS, maxLength: BINS }), fc.array(fc.tuple(fc.integer({ min: 0, max: BINS - 1 }), bin), { maxLength: BINS }))
  .map(([a, edits]) => {
    const b = a.slice();
    for (const [i, v] of edits) b[i] = v;
    return { a, b };
  });

describe('similarity32 (two bins at a time) = similarity (bin by bin)', () => {
  it('on generated sketches, sizes and thresholds', () => {
    fc.assert(
      fc.property(
        sketches,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom(0, 0.5, 0.3),
        fc.constantFrom(0, 0.5, 0.8, 0.95, 1),
        ({ a, b }, na, nb, minRatio, atLeast) => {
          const { u16, i32 } = pair(a, b);
          expect(similarity32(i32, 0, na, i32, 2 * BINS, nb, minRatio, atLeast)).toBe(similarity(u16, 0, na, u16, 2 * BINS, nb, minRatio, atLeast));
        },
      ),
      { numRuns: 3000, seed: 19 },
    );
  });

  it('differingBins counts bins, not pairs, and stops only past the limit', () => {
    const a = new Array<number>(BINS).fill(7);
    const b = a.slice();
    b[0] = 8; // low half of pair 0
    b[1] = 9; // high half of pair 0
    b[127] = 1; // high half of the last pair
    const { i32 } = pair(a, b);
    expect(differingBins(i32, 0, i32, 2 * BINS, BINS, 128)).toBe(3);
    expect(differingBins(i32, 0, i32, 2 * BINS, BINS, 3)).toBe(3);
    expect(differingBins(i32, 0, i32, 2 * BINS, BINS, 2)).toBe(-1);
    expect(differingBins(i32, 0, i32, 0, BINS, 0)).toBe(0);
  });
});

// The nibble summaries (src/text/fast/sketch.ts `nibbleSummary`, `differingNibbles`): the clustering rejects a
// candidate when the nibbles differing already exceed what the similarity allows, so the count must never
// exceed the differing bins (else a copy could be rejected), and must equal the bins whose low 4 bits differ.
describe('differingNibbles: a lower bound of the differing bins', () => {
  const summaries = (a: number[], b: number[]): Int32Array => {
    const s = new Int32Array(3 * (BINS >> 3));
    nibbleSummary(Uint16Array.from(a), 0, BINS, s, 0);
    nibbleSummary(Uint16Array.from(b), 0, BINS, s, 2 * (BINS >> 3)); // not next to a
    return s;
  };
  it('on generated sketches: the bins whose low nibbles differ, never more than the bins that differ', () => {
    fc.assert(
      fc.property(sketches, ({ a, b }) => {
        const n = differingNibbles(summaries(a, b), 0, 2 * (BINS >> 3), BINS >> 3);
        const byNibble = a.filter((v, i) => (v & 0xf) !== (b[i]! & 0xf)).length;
        const byBin = a.filter((v, i) => v !== b[i]).length;
        expect(n).toBe(byNibble);
        expect(n).toBeLessThanOrEqual(byBin);
      }),
      { numRuns: 3000, seed: 19 },
    );
  });
  it.each<[string, (a: number[]) => number[], number]>([
    ['equal sketches', (a) => a.slice(), 0],
    ['every bin differs in its low nibble', (a) => a.map((v) => v ^ 0x1), BINS],
    ['every bin differs above its low nibble only (not seen)', (a) => a.map((v) => v ^ 0x10), 0],
    ['one bin, the top nibble of the last word', (a) => a.map((v, i) => (i === BINS - 1 ? v ^ 0x8 : v)), 1],
    ['all four bits of one nibble', (a) => a.map((v, i) => (i === 9 ? v ^ 0xf : v)), 1],
  ])('%s', (_name, edit, expected) => {
    const a = Array.from({ length: BINS }, (_, i) => (i * 7919) & 0xffff);
    expect(differingNibbles(summaries(a, edit(a)), 0, 2 * (BINS >> 3), BINS >> 3)).toBe(expected);
  });
});

// The LSH's sort (src/text/fast/sketch.ts `radixSortByKey`): items given in ascending order come out in
// (key, item) order, the order the comparison sort it replaces gave, whatever the keys (equal ones included).
describe('radixSortByKey = sort by (key, item)', () => {
  const reference = (items: number[], key: Uint32Array) => items.slice().sort((x, y) => key[x]! - key[y]! || x - y);
  it('on generated keys, with repeats and the full 32-bit range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(0, 1, 0x7ff, 0x800, 0x3fffff, 0x400000, 0x7fffffff, 0x80000000, 0xffffffff), fc.nat({ max: 0xffffffff })), { maxLength: 300 }),
        fc.array(fc.boolean(), { maxLength: 300 }),
        (keys, take) => {
          const key = Uint32Array.from(keys);
          const items = keys.map((_k, i) => i).filter((i) => take[i] !== false); // ascending, some left out
          const got = Int32Array.from(items);
          radixSortByKey(got, got.length, key, new Int32Array(got.length));
          expect(Array.from(got)).toEqual(reference(items, key));
        },
      ),
      { numRuns: 2000, seed: 19 },
    );
  });
  it.each<[string, number[], number[]]>([
    ['empty', [], []],
    ['equal keys keep their order', [5, 5, 5], [0, 1, 2]],
    ['top bits decide', [0x80000000, 0x7fffffff, 0xffffffff, 0], [3, 1, 0, 2]],
    ['a difference in the middle digit only', [0x00400001, 0x00000801, 0x00000001], [2, 1, 0]],
  ])('%s', (_name, keys, expected) => {
    const items = Int32Array.from(keys.map((_k, i) => i));
    radixSortByKey(items, items.length, Uint32Array.from(keys), new Int32Array(items.length));
    expect(Array.from(items)).toEqual(expected);
  });
});
