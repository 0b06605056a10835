// Speed trick (listed in ./README.md): two MinHash sketches of 16-bit bins compared two bins at a time.
//
// The story clustering (corpus/stories.ts) verifies up to 64 candidate copies per article, after the workers
// are done: on the CLI's main thread, while the other core has nothing left to do. The bin comparison is most
// of that serial tail. Reading the bins through an Int32Array view of the same buffer compares two bins per
// load and skips a pair that agrees with one test.

/**
 * How many of the `bins` 16-bit values at `a[ao…]` and `b[bo…]` differ (`a32`/`b32` are Int32Array views of
 * their buffers; `ao`, `bo` and `bins` multiples of 8, counted in 16-bit units), or -1 when more than
 * `maxDiffer` do. The count only grows, so stopping after a group of pairs instead of after each bin gives the
 * same answer as the bin-by-bin loop (pinned by test/corpus/sketch-fast.test.ts).
 */
export function differingBins(a32: Int32Array, ao: number, b32: Int32Array, bo: number, bins: number, maxDiffer: number): number {
  const a0 = ao >> 1;
  const b0 = bo >> 1;
  const pairs = bins >> 1;
  let differ = 0;
  for (let i = 0; i < pairs; i += 4) {
    differ += pairDiffers(a32[a0 + i]! ^ b32[b0 + i]!) + pairDiffers(a32[a0 + i + 1]! ^ b32[b0 + i + 1]!);
    differ += pairDiffers(a32[a0 + i + 2]! ^ b32[b0 + i + 2]!) + pairDiffers(a32[a0 + i + 3]! ^ b32[b0 + i + 3]!);
    if (differ > maxDiffer) return -1;
  }
  return differ;
}

/** How many of the two 16-bit halves of `x` (the XOR of two pairs of bins) are not zero. */
function pairDiffers(x: number): number {
  return (x & 0xffff ? 1 : 0) + (x >>> 16 ? 1 : 0);
}

/**
 * A sketch's nibble summary: the low 4 bits of each 16-bit bin, 8 bins per 32-bit word, written to
 * `out[at…at + bins / 8)` (`bins` a multiple of 8). Two bins whose low nibbles differ differ, so the nibbles two
 * summaries disagree in are a lower bound of the bins their sketches differ in (see `differingNibbles`).
 */
export function nibbleSummary(bins: Uint16Array, from: number, count: number, out: Int32Array, at: number): void {
  for (let w = 0; w < count >> 3; w++) {
    let x = 0;
    for (let k = 0; k < 8; k++) x |= (bins[from + w * 8 + k]! & 0xf) << (k * 4);
    out[at + w] = x;
  }
}

/**
 * How many of the 4-bit nibbles of two summaries (`words` 32-bit words each, at `ao` and `bo` of `s`) differ:
 * a lower bound of the differing bins of the two sketches, read from 1/4 of their bytes, laid out next to
 * each other (the story clustering rejects most candidates on it without touching their sketches).
 */
export function differingNibbles(s: Int32Array, ao: number, bo: number, words: number): number {
  let n = 0;
  for (let w = 0; w < words; w++) {
    const x = s[ao + w]! ^ s[bo + w]!;
    // one bit per nibble that is not zero, at the nibble's lowest bit; the multiply sums the 8 bits into the top nibble
    const y = (x | (x >>> 1) | (x >>> 2) | (x >>> 3)) & 0x11111111;
    n += Math.imul(y, 0x11111111) >>> 28;
  }
  return n;
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/**
 * Sorts `items[0…m)` (indexes into `key`) by `key[item]` (unsigned 32-bit), keeping the input order of equal
 * keys: a least-significant-digit radix sort, three passes of 11 bits, linear in m. The story clustering's
 * LSH sorts the (band hash, rank) pairs of every article once per band with it; its items come in rank
 * order, so the result is the (hash, rank) order a comparison sort gives (pinned by
 * test/corpus/sketch-fast.test.ts). `tmp` holds at least m items.
 */
export function radixSortByKey(items: Int32Array, m: number, key: Uint32Array, tmp: Int32Array): void {
  const count = new Int32Array(RADIX);
  let from = items;
  let to = tmp;
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    count.fill(0);
    for (let i = 0; i < m; i++) count[(key[from[i]!]! >>> shift) & (RADIX - 1)]!++;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < m; i++) {
      const it = from[i]!;
      to[count[(key[it]! >>> shift) & (RADIX - 1)]!++] = it;
    }
    const t = from;
    from = to;
    to = t;
  }
  // three passes: the sorted items are in `tmp`
  if (from !== items) items.set(from.subarray(0, m));
}
