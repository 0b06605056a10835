// The story signature of one article: a MinHash sketch of the word shingles of its cleaned text, so
// that syndicated copies of one story (another headline, an outlet's dateline, a trimmed ending, typos)
// can be found across the corpus without keeping the texts. A pure function of one article: it runs in
// the worker, travels in the JSON/JSONL output, and `merge` of shards clusters from it exactly as one run.
//
// Why not npm `bloom-filters`' MinHash: its MinHashFactory draws its hash coefficients with Math.random, so
// two workers, two shards or two runs make sketches that cannot be compared (its docs say so), unless the
// factory is exported and shipped to each of them; its hash `(a·x + b) % c` works in float64, so for 32-bit
// inputs the product passes 2^53 and loses its low bits; it computes K hashes per shingle (K × the work); and
// it adds a dependency (with lodash) for ~40 lines. Nor the hashing of src/clean/dedup.ts: it numbers words in
// first-seen order per call (fast for paragraphs within one article, meaningless across two articles).
// What is kept from the project: the word scanner of src/text/words.ts (the same tokens as /[\p{L}\p{N}]+/gu).
//
// The sketch is a one-permutation MinHash (Li, Owen & Zhang 2012) densified by rotation (Shrivastava & Li
// 2014): each shingle is hashed ONCE; the top 7 bits pick one of 128 bins and the rest compete for the bin's
// minimum; an empty bin borrows the next non-empty bin's value, salted by the distance. Each bin's minimum is
// stored as a 16-bit hash (b-bit MinHash, Li & König 2010): two different minima collide with probability
// 2^-16. 128 × 16 bits = 256 bytes per article, plus the shingle count; base64 in the JSON (344 characters).
import type { StorySignatureRef } from '../model.js';
import { LOWER_UNIT } from '../text/chars.js';
import { wordCharLength } from '../text/words.js';

/** What an article carries for story clustering (`signature` in the JSON); defined in model.ts. */
export type StorySignature = StorySignatureRef;

export const SIGNATURE = {
  /** Words per shingle (`shingleHashes` keeps the last four words in locals: change both together). */
  shingleWords: 4,
  /** MinHash bins (= 16-bit values per signature). */
  bins: 128,
} as const;

/** murmur3's 32-bit finaliser: a well-mixed hash of a 32-bit value. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;


/** ASCII letters and digits; any other unit goes through src/text/words.ts (the same `[\p{L}\p{N}]` test). */
function asciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Calls `onWord(hash)` for each word of text[from, n) — the same words as /[\p{L}\p{N}]+/gu — with the FNV-1a
 * hash of its lower-cased units: one pass over the text, no string per word (the words scan is most of the
 * signature's cost, and it runs on every article).
 */
function eachWordHash(text: string, from: number, onWord: (h: number) => void): void {
  const n = text.length;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let p = from; p < n; ) {
    const c = text.charCodeAt(p);
    const len = c < 0x80 ? (asciiWord(c) ? 1 : 0) : wordCharLength(text, p);
    if (len === 0) {
      if (inWord) onWord(h >>> 0);
      inWord = false;
      p++;
      continue;
    }
    if (!inWord) {
      h = FNV_OFFSET;
      inWord = true;
    }
    h = Math.imul(h ^ LOWER_UNIT[c]!, FNV_PRIME);
    if (len === 2) h = Math.imul(h ^ text.charCodeAt(p + 1), FNV_PRIME);
    p += len;
  }
  if (inWord) onWord(h >>> 0);
}

/** Where the body starts: after the headline paragraph (copies often carry another headline). */
function bodyStart(text: string, title: string | null): number {
  if (!title) return 0;
  const t = title.trim();
  if (!t || !text.startsWith(t)) return 0;
  return t.length;
}

/** The distinct shingle hashes of the text (words lower-cased, punctuation and spacing ignored). The word scan
 *  of `eachWordHash` written inline, with the last four words in locals: this runs on every article, and the
 *  callback and the ring cost as much as the hashing (test/corpus/stories.test.ts pins it to `shingleOf` over
 *  `eachWordHash`). */
export function shingleHashes(text: string, title: string | null = null): Uint32Array {
  const n = text.length;
  const out = new Uint32Array((n >>> 1) + 1); // at most one shingle per word, at most one word per two units
  const [p0, p1, p2, p3] = POSITION;
  let d = 0;
  let count = 0;
  // the last four words, oldest first (w3: the newest)
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let p = bodyStart(text, title); p <= n; ) {
    const c = p < n ? text.charCodeAt(p) : 0x20;
    const len = c < 0x80 ? (asciiWord(c) ? 1 : 0) : wordCharLength(text, p);
    if (len !== 0) {
      if (!inWord) {
        h = FNV_OFFSET;
        inWord = true;
      }
      h = Math.imul(h ^ LOWER_UNIT[c]!, FNV_PRIME);
      if (len === 2) h = Math.imul(h ^ text.charCodeAt(p + 1), FNV_PRIME);
      p += len;
      continue;
    }
    p++;
    if (!inWord) continue;
    inWord = false;
    w0 = w1;
    w1 = w2;
    w2 = w3;
    w3 = h >>> 0;
    // (the sum of five terms below 2^32 is exact in a double: one `| 0` wraps it as four would)
    if (++count >= 4) out[d++] = fmix32((4 + Math.imul(w0, p0) + Math.imul(w1, p1) + Math.imul(w2, p2) + Math.imul(w3, p3)) | 0);
  }
  // A text shorter than one shingle: its whole word sequence is one shingle (the words are the newest ones).
  if (count > 0 && count < 4) {
    const words = [w1, w2, w3].slice(3 - count);
    let s = count;
    for (let m = 0; m < count; m++) s = (s + Math.imul(words[m]!, POSITION[m]!)) | 0;
    out[d++] = fmix32(s);
  }
  return distinct(out.subarray(0, d));
}

/** The shingle hashes as first written (a ring of words fed by `eachWordHash`): the reference `shingleHashes`
 *  is tested against. */
export function shingleHashesReference(text: string, title: string | null = null): Uint32Array {
  const k = SIGNATURE.shingleWords;
  const n = text.length;
  const ring = new Uint32Array(k);
  const out = new Uint32Array((n >>> 1) + 1);
  let d = 0;
  let count = 0;
  eachWordHash(text, bodyStart(text, title), (w) => {
    ring[count % k] = w;
    count++;
    if (count >= k) out[d++] = shingleOf(ring, count - k, k);
  });
  if (count > 0 && count < k) out[d++] = shingleOf(ring, 0, count);
  return distinct(out.subarray(0, d));
}

/** The distinct values of `a`, in first-seen order, written over its start (an open-addressing set: sorting
 *  a typed array cost ~10× more, and the sketch needs no order). */
function distinct(a: Uint32Array): Uint32Array {
  let size = 16;
  while (size < a.length * 2) size <<= 1;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const used = new Uint8Array(size);
  let u = 0;
  for (let m = 0; m < a.length; m++) {
    const v = a[m]!;
    let slot = Math.imul(v, 0x9e3779b1) >>> 0 & mask;
    while (used[slot] && keys[slot] !== v) slot = (slot + 1) & mask;
    if (used[slot]) continue;
    used[slot] = 1;
    keys[slot] = v;
    a[u++] = v;
  }
  return a.subarray(0, u);
}

/** Position multipliers: a shingle's hash depends on the order of its words. */
const POSITION = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1] as const;

/** The hash of `len` consecutive words of the ring, oldest first, from word number `from`. */
function shingleOf(ring: Uint32Array, from: number, len: number): number {
  const k = ring.length;
  let h = len;
  for (let m = 0; m < len; m++) h = (h + Math.imul(ring[(from + m) % k]!, POSITION[m]!)) | 0;
  return fmix32(h);
}

/** The sketch of a set of shingle hashes (see the header), as 128 16-bit values. */
export function sketch(shingles: Uint32Array): Uint16Array {
  const B = SIGNATURE.bins;
  const EMPTY = 0xffffffff;
  const mins = new Uint32Array(B).fill(EMPTY);
  for (let m = 0; m < shingles.length; m++) {
    const h = shingles[m]!;
    const bin = h >>> 25;
    const v = h & 0x1ffffff;
    if (v < mins[bin]!) mins[bin] = v;
  }
  const out = new Uint16Array(B);
  if (shingles.length === 0) return out;
  for (let b = 0; b < B; b++) {
    let j = b;
    let dist = 0;
    while (mins[j] === EMPTY) {
      j = (j + 1) % B;
      dist++;
    }
    out[b] = fmix32(mins[j]! + Math.imul(dist, 0x27d4eb2d)) & 0xffff;
  }
  return out;
}

export function encodeSketch(s: Uint16Array): string {
  const buf = Buffer.alloc(s.length * 2);
  for (let b = 0; b < s.length; b++) buf.writeUInt16LE(s[b]!, b * 2);
  return buf.toString('base64');
}

/** The sketch back from base64, or null when it is not one (a result file edited by hand, another version). */
export function decodeSketch(b64: string): Uint16Array | null {
  const buf = Buffer.from(b64, 'base64');
  if (buf.length !== SIGNATURE.bins * 2) return null;
  const out = new Uint16Array(SIGNATURE.bins);
  for (let b = 0; b < SIGNATURE.bins; b++) out[b] = buf.readUInt16LE(b * 2);
  return out;
}

/** The article's signature, or null when its text has no words. */
export function storySignature(text: string, title: string | null): StorySignature | null {
  const sh = shingleHashes(text, title);
  if (sh.length === 0) return null;
  return { minhash: encodeSketch(sketch(sh)), shingles: sh.length };
}

/** Words at each end of a quote that identify it when the rest differs (see `quoteKeys`). */
const QUOTE_END_WORDS = 5;

/**
 * Keys of a quote, to tell the same quote in two copies of one story: a hash of all its lower-cased words
 * (punctuation and spacing ignored), of its first five and of its last five words. A copy's quote is the
 * same quote when any key agrees (same speaker, same story): a typo inside a long quote spares one end; a
 * quote cut short by a trimmed copy, or with an editor's "(dw/mf)" stuck to it, keeps its start. A quote of
 * fewer than 8 words has only its full key.
 */
export function quoteKeys(quote: string): [number, number, number] {
  const hs: number[] = [];
  eachWordHash(quote, 0, (w) => hs.push(w));
  const key = (from: number, to: number) => {
    let h = FNV_OFFSET;
    for (let m = from; m < to; m++) h = fmix32(h ^ hs[m]!);
    return h;
  };
  const full = key(0, hs.length);
  if (hs.length < 8) return [full, full, full];
  return [full, fmix32(key(0, QUOTE_END_WORDS) ^ 0x51), fmix32(key(hs.length - QUOTE_END_WORDS, hs.length) ^ 0xe7)];
}
