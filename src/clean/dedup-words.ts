// The word side of paragraph dedup (see dedup.ts): paragraph profiles (word ids, interned by WordIds in
// first-seen order per call, without a string per word), their bigram shingles, and the typed-array tables
// they live in (grown, never shrunk, and reused by the next call: they hold nothing a result depends on).
import { isWordUnit, nextWordStart, wordRunEnd, words } from '../text/words.js';

export interface Profile {
  /** Hash of the word-id sequence, 30 bits (a small integer: a wider one would be a heap number, in the
   *  field and as a Map key): exact duplicates share it (and are then compared id by id). */
  key: number;
  tokens: number;
  /** Where its word ids start in IDS (`tokens` of them, in order). */
  at: number;
  /** Where its distinct word-bigram shingles start in SHINGLES, and how many there are (30-bit hashes of
   *  consecutive word ids; a collision only adds a candidate), as slots of the call's `Shingles` table: one
   *  slot per distinct hash, so "distinct" means exactly what a `Set` of the hashes meant. Only paragraphs
   *  that the near-duplicate steps look at are shingled (see `findDuplicates`). */
  biAt: number;
  bi: number;
  /** Where its distinct word ids start in UNI, and how many there are; `uni` is -1 until `distinctWords`
   *  collects them (only a few paragraphs ever need them). */
  uniAt: number;
  uni: number;
}

/** The one way a Profile is made: every profile has the same fields, in the same order, with small
 *  integers from the start (a hot site that sees two shapes, or a field that changes type, deoptimises). */
export function newProfile(key: number, tokens: number, at: number): Profile {
  return { key: key & 0x3fffffff, tokens, at, biAt: 0, bi: 0, uniAt: 0, uni: -1 };
}

/** The word ids of every paragraph of a call, one paragraph after the other, and their distinct shingles
 *  likewise (see `Profile`). Kept between calls and grown when a call needs more: an array per paragraph
 *  grew by reallocation every few words. */
export let IDS: Int32Array = new Int32Array(4096);
export let SHINGLES: Int32Array = new Int32Array(4096);
/** Grows SHINGLES to hold at least `size` entries (nothing kept: a call writes its shingles afresh). */
export function growShingles(size: number): void {
  SHINGLES = grown(SHINGLES, size, 0);
}

/** IDS (or SHINGLES), grown to hold at least `size` entries, the first `used` kept. */
export function grown(a: Int32Array, size: number, used: number): Int32Array {
  if (a.length >= size) return a;
  const next = new Int32Array(Math.max(size, a.length * 2));
  next.set(a.subarray(0, used));
  return next;
}

/**
 * Lower-case words → integer ids in first-seen order (per call, so ids are deterministic). The same ids a
 * `Map<string, number>` over `text.toLowerCase().match(/[\p{L}\p{N}]+/gu)` would give, without a string per
 * word: the reader writes the lower-cased units of a word straight into `buf` at `used` (no `toLowerCase`
 * copy of the paragraph, no slice per word) and hashes them on the way (FNV-1a); `intern` looks the word up
 * by hash and compares it unit by unit (open addressing). A word seen before gives its units back; a new
 * one keeps them. Interning every word of every paragraph was the most expensive step of the cleaner.
 */
export class WordIds {
  /** id + 1; 0 = empty. Only the first `mask + 1` slots belong to this call. */
  private slots: Int32Array;
  private mask: number;
  /** Lower-cased units of every distinct word (each word at `offset(id)`, `length(id)` long); the reader
   *  writes the word being read after them, from `used` on. */
  buf: Uint16Array;
  used = 0;
  /** Per id, three entries: where its units start in `buf`, how many there are, and its hash (one flat
   *  array kept between calls: three arrays per call grew by reallocation every few words). */
  private words: Int32Array;
  private count = 0;

  /** The table, the buffer and the word entries are kept between calls (this module runs synchronously,
   *  one call at a time per thread) and grown when a call needs more: allocating them per call cost more
   *  than the lookups. */
  private static sharedSlots = new Int32Array(256);
  private static sharedBuf = new Uint16Array(4096);
  private static sharedWords = new Int32Array(3 * 1024);

  /** `expected`: about how many words are coming (sizes the table once instead of growing it); `chars`:
   *  about how many units they hold (sizes the buffer; `reserve` grows it). */
  constructor(expected: number, chars: number) {
    let size = 256;
    while (size < expected) size *= 2;
    if (WordIds.sharedSlots.length < size) WordIds.sharedSlots = new Int32Array(size);
    // the first `size` slots of the shared table, emptied
    this.slots = WordIds.sharedSlots;
    this.slots.fill(0, 0, size);
    this.mask = size - 1;
    if (WordIds.sharedBuf.length < chars) WordIds.sharedBuf = new Uint16Array(chars);
    this.buf = WordIds.sharedBuf;
    this.words = WordIds.sharedWords;
  }

  get size(): number {
    return this.count;
  }

  /** Makes room for `units` more units after `used` (call before reading a text of that many units; the
   *  buffer may be replaced, so read `buf` after this). */
  reserve(units: number): void {
    if (this.used + units <= this.buf.length) return;
    const next = new Uint16Array(Math.max(this.buf.length * 2, this.used + units));
    next.set(this.buf.subarray(0, this.used));
    this.buf = next;
    WordIds.sharedBuf = next;
  }

  /** The id of the word the reader wrote to `buf[used, end)`, whose FNV-1a hash is `h` (a new id when it
   *  was not seen before; then `used` moves to `end`). */
  intern(end: number, h: number): number {
    const buf = this.buf;
    const words = this.words;
    const slots = this.slots;
    const start = this.used;
    const len = end - start;
    const mask = this.mask;
    let s = h & mask;
    for (let v = slots[s]!; v !== 0; s = (s + 1) & mask, v = slots[s]!) {
      const w = 3 * (v - 1);
      if (words[w + 2] !== h || words[w + 1] !== len) continue;
      const off = words[w]!;
      let k = 0;
      while (k < len && buf[off + k] === buf[start + k]) k++;
      if (k === len) return v - 1;
    }
    const id = this.count++;
    let w = 3 * id;
    if (w + 3 > words.length) {
      const next = new Int32Array(words.length * 2);
      next.set(words);
      this.words = WordIds.sharedWords = next;
    }
    const out = this.words;
    out[w++] = start;
    out[w++] = len;
    out[w] = h;
    this.used = end;
    slots[s] = id + 1;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    if (WordIds.sharedSlots.length < size) WordIds.sharedSlots = new Int32Array(size);
    const slots = (this.slots = WordIds.sharedSlots);
    slots.fill(0, 0, size);
    const mask = (this.mask = size - 1);
    for (let id = 0; id < this.count; id++) {
      let s = this.words[3 * id + 2]! & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
  }
}

/** Fields of a `Shingles` slot (see there). */
export const KEY = 0;
export const GEN = 1;
export const LAST = 2;
export const HEAD = 3;
export const COUNT = 4;
export const SLOT = 5;

/**
 * The bigram shingles of one call and their inverted index, in flat typed arrays: one slot per distinct
 * shingle hash (open addressing), and per slot a capped posting chain of paragraph indices. This replaces
 * a `Set` per paragraph and a `Map<shingle, number[]>` holding an array per distinct bigram (nearly every
 * bigram of an article is distinct, so that was an allocation per word).
 *
 * The table is sized per call from the number of bigrams (there are at most that many distinct ones; load
 * ≤ ½), so it never grows while slot numbers are in use. Its arrays are kept between calls (this module
 * runs synchronously, one call at a time per thread) and a per-call generation number tells live slots
 * from stale ones, so nothing has to be cleared.
 */
export class Shingles {
  /** Kept between calls (see above), grown when a call needs more. */
  private static shared = new Int32Array(256 * SLOT);
  private static generation = 0;
  private static sharedEntries = { para: new Int32Array(256), next: new Int32Array(256) };

  /** SLOT entries per slot, side by side (a probe touches one cache line, not one per field array):
   *  the shingle (KEY), the call's generation when the slot is live (GEN), the last paragraph that listed
   *  it (LAST), its posting chain's first entry (HEAD) and length (COUNT). */
  private readonly t: Int32Array;
  private readonly mask: number;
  private readonly g: number;
  /** Posting entries: paragraph index, and the next entry of the same slot (-1 = end). A paragraph posts
   *  each of its distinct bigrams at most once, so there are at most `bigrams` entries. */
  private readonly entPara: Int32Array;
  private readonly entNext: Int32Array;
  private entries = 0;

  constructor(bigrams: number) {
    let size = 256;
    while (size < bigrams * 2) size *= 2;
    if (Shingles.shared.length < size * SLOT || Shingles.generation >= 0x7ffffff0) {
      Shingles.shared = new Int32Array(size * SLOT);
      Shingles.generation = 0;
    }
    this.t = Shingles.shared;
    this.mask = this.t.length / SLOT - 1;
    this.g = ++Shingles.generation;
    if (Shingles.sharedEntries.para.length < bigrams) {
      Shingles.sharedEntries = { para: new Int32Array(bigrams), next: new Int32Array(bigrams) };
    }
    // (an entry is written before it is read: nothing to clear)
    this.entPara = Shingles.sharedEntries.para;
    this.entNext = Shingles.sharedEntries.next;
  }

  /** The slot of `shingle`, or -1 when paragraph `para` already has it (so each paragraph lists it once). */
  slotOf(shingle: number, para: number): number {
    const { t, g, mask } = this;
    let s = (Math.imul(shingle, 0x9e3779b1) >>> 0) & mask;
    let o = s * SLOT;
    while (t[o + GEN] === g && t[o + KEY] !== shingle) {
      s = (s + 1) & mask;
      o = s * SLOT;
    }
    if (t[o + GEN] !== g) {
      t[o + GEN] = g;
      t[o + KEY] = shingle;
      t[o + LAST] = -1;
      t[o + HEAD] = -1;
      t[o + COUNT] = 0;
    }
    if (t[o + LAST] === para) return -1;
    t[o + LAST] = para;
    return s;
  }

  /** Appends paragraph `para` to the posting chain of `slot`, unless the chain already holds `cap`.
   *  Returns how many paragraphs the chain held before. */
  post(slot: number, para: number, cap: number): number {
    const o = slot * SLOT;
    const before = this.t[o + COUNT]!;
    if (before >= cap) return before;
    this.t[o + COUNT] = before + 1;
    const e = this.entries++;
    this.entPara[e] = para;
    this.entNext[e] = this.t[o + HEAD]!;
    this.t[o + HEAD] = e;
    return before;
  }

  /** First posting entry of `slot` (-1 when none); walk on with `next`, read the paragraph with `para`. */
  first(slot: number): number {
    return this.t[slot * SLOT + HEAD]!;
  }
  next(entry: number): number {
    return this.entNext[entry]!;
  }
  para(entry: number): number {
    return this.entPara[entry]!;
  }
}

/**
 * Per BMP code unit, what `toLowerCase` makes of it inside a text and whether that is a word unit
 * (`[\p{L}\p{N}]`): FOLD_KNOWN | (FOLD_WORD) | the lower-cased unit, filled on first use (0 = not yet). Units
 * whose lower case is not one unit of their own are FOLD_UNSAFE: surrogates (astral letters have cases too),
 * U+0130 `İ` (lower-cases to two units) and U+03A3 `Σ` (`ς` or `σ` depending on the letters around it, the
 * only context rule `toLowerCase` applies). A paragraph holding one is lower-cased as a whole instead.
 */
export const FOLD = new Int32Array(0x10000);
export const FOLD_KNOWN = 1 << 16;
export const FOLD_WORD = 1 << 17;
export const FOLD_UNSAFE = 1 << 18;
export const FOLD_UNIT = 0xffff;

export function foldOf(c: number): number {
  let f = FOLD[c]!;
  if (f !== 0) return f;
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) {
    f = FOLD_KNOWN | FOLD_UNSAFE;
  } else {
    const low = String.fromCharCode(c).toLowerCase();
    const u = low.charCodeAt(0);
    f = low.length !== 1 ? FOLD_KNOWN | FOLD_UNSAFE : FOLD_KNOWN | (isWordUnit(u) ? FOLD_WORD : 0) | u;
  }
  FOLD[c] = f;
  return f;
}
for (let c = 0; c < 128; c++) foldOf(c);

/** The units `foldOf` calls FOLD_UNSAFE: surrogates, `Σ`, and the one BMP unit whose lower case is two units
 *  (`İ`; test/hostile/reliability.test.ts checks this against every unit). */
export const FOLD_UNSAFE_RE = /[\ud800-\udfff\u03a3\u0130]/;

/** Word ids of one paragraph (its lower-cased `[\p{L}\p{N}]+` runs, as `text.toLowerCase()` split by
 *  `nextWordStart` / `wordRunEnd` gives them) and their sequence hash. One loop lower-cases, finds and
 *  interns each word. A paragraph holding a FOLD_UNSAFE unit is never given here: `profiles` sends it to
 *  `profileLowered` (which gives the ids the same first-seen order). */
export function profile(text: string, vocab: WordIds, at: number): Profile {
  const n = text.length;
  vocab.reserve(n);
  const buf = vocab.buf;
  // a paragraph has at most one word per unit
  const ids = (IDS = grown(IDS, at + n, at));
  let tokens = 0;
  let key = 0x811c9dc5;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let f = FOLD[c]! || foldOf(c);
    if ((f & FOLD_WORD) === 0) {
      i++;
      continue;
    }
    let end = vocab.used;
    let h = 0x811c9dc5 | 0;
    do {
      const u = f & FOLD_UNIT;
      buf[end++] = u;
      h = Math.imul(h ^ u, 0x01000193);
      if (++i >= n) break;
      c = text.charCodeAt(i);
      f = FOLD[c]! || foldOf(c);
    } while ((f & FOLD_WORD) !== 0);
    const id = vocab.intern(end, h);
    ids[at + tokens++] = id;
    key = Math.imul(key ^ id, 0x01000193);
  }
  return newProfile(key, tokens, at);
}

/** `profile` on an already lower-cased paragraph, with the word scanner's own rules (surrogate pairs are
 *  one code point; `wordCharLength`). The rare path. */
export function profileLowered(low: string, vocab: WordIds, at: number): Profile {
  const n = low.length;
  vocab.reserve(n);
  const buf = vocab.buf;
  const ids = (IDS = grown(IDS, at + n, at));
  let tokens = 0;
  let key = 0x811c9dc5;
  let i = nextWordStart(low, 0, n);
  while (i < n) {
    const j = wordRunEnd(low, i, n);
    let end = vocab.used;
    let h = 0x811c9dc5 | 0;
    for (let k = i; k < j; k++) {
      const u = low.charCodeAt(k);
      buf[end++] = u;
      h = Math.imul(h ^ u, 0x01000193);
    }
    const id = vocab.intern(end, h);
    ids[at + tokens++] = id;
    key = Math.imul(key ^ id, 0x01000193);
    i = nextWordStart(low, j, n);
  }
  return newProfile(key, tokens, at);
}

/** Writes the paragraph's distinct bigram shingles (30-bit hashes of consecutive word ids) to SHINGLES from
 *  `at` on (room was made), and returns where they end. */
export function shingle(p: Profile, index: number, table: Shingles, at: number): number {
  const ids = IDS;
  const out = SHINGLES;
  let end = at;
  for (let k = p.at + 1; k < p.at + p.tokens; k++) {
    const slot = table.slotOf((Math.imul(ids[k - 1]!, 0x9e3779b1) ^ ids[k]!) & 0x3fffffff, index);
    if (slot >= 0) out[end++] = slot;
  }
  p.biAt = at;
  p.bi = end - at;
  return end;
}

export function sameWords(a: Profile, b: Profile): boolean {
  if (a.tokens !== b.tokens) return false;
  for (let k = 0; k < a.tokens; k++) if (IDS[a.at + k] !== IDS[b.at + k]) return false;
  return true;
}
