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
// What is kept from the project: the word scanner of nlp/words.ts (the same tokens as /[\p{L}\p{N}]+/gu).
//
// The sketch is a one-permutation MinHash (Li, Owen & Zhang 2012) densified by rotation (Shrivastava & Li
// 2014): each shingle is hashed ONCE; the top 7 bits pick one of 128 bins and the rest compete for the bin's
// minimum; an empty bin borrows the next non-empty bin's value, salted by the distance. Each bin's minimum is
// stored as a 16-bit hash (b-bit MinHash, Li & König 2010): two different minima collide with probability
// 2^-16. 128 × 16 bits = 256 bytes per article, plus the shingle count; base64 in the JSON (344 characters).
import type { StorySignatureRef } from '../model.js';
import { nextWordStart, wordRunEnd } from '../nlp/words.js';

/** What an article carries for story clustering (`signature` in the JSON); defined in model.ts. */
export type StorySignature = StorySignatureRef;

export const SIGNATURE = {
  /** Words per shingle. */
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

/** FNV-1a of the lower-cased word text[i, j). */
function wordHash(text: string, i: number, j: number): number {
  const w = text.slice(i, j).toLowerCase();
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) {
    h ^= w.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Where the body starts: after the headline paragraph (copies often carry another headline). */
function bodyStart(text: string, title: string | null): number {
  if (!title) return 0;
  const t = title.trim();
  if (!t || !text.startsWith(t)) return 0;
  return t.length;
}

/** The distinct shingle hashes of the text (words lower-cased, punctuation and spacing ignored). */
export function shingleHashes(text: string, title: string | null = null): Uint32Array {
  const k = SIGNATURE.shingleWords;
  const n = text.length;
  const ring = new Uint32Array(k);
  const out: number[] = [];
  let count = 0;
  let i = nextWordStart(text, bodyStart(text, title), n);
  while (i < n) {
    const j = wordRunEnd(text, i, n);
    ring[count % k] = wordHash(text, i, j);
    count++;
    if (count >= k) {
      let h = 0x9747b28c;
      for (let m = count - k; m < count; m++) h = fmix32(h ^ ring[m % k]!); // order-sensitive
      out.push(fmix32(h));
    }
    i = nextWordStart(text, j, n);
  }
  if (count > 0 && count < k) {
    // A text shorter than one shingle: its whole word sequence is one shingle.
    let h = 0x9747b28c;
    for (let m = 0; m < count; m++) h = fmix32(h ^ ring[m]!);
    out.push(fmix32(h));
  }
  const a = Uint32Array.from(out).sort();
  let d = 0;
  for (let m = 0; m < a.length; m++) if (m === 0 || a[m] !== a[m - 1]) a[d++] = a[m]!;
  return a.subarray(0, d);
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
  const n = quote.length;
  const hs: number[] = [];
  let i = nextWordStart(quote, 0, n);
  while (i < n) {
    const j = wordRunEnd(quote, i, n);
    hs.push(wordHash(quote, i, j));
    i = nextWordStart(quote, j, n);
  }
  const key = (from: number, to: number) => {
    let h = 0x811c9dc5;
    for (let m = from; m < to; m++) h = fmix32(h ^ hs[m]!);
    return h;
  };
  const full = key(0, hs.length);
  if (hs.length < 8) return [full, full, full];
  return [full, fmix32(key(0, QUOTE_END_WORDS) ^ 0x51), fmix32(key(hs.length - QUOTE_END_WORDS, hs.length) ^ 0xe7)];
}
