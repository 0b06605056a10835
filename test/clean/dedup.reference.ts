// The findDuplicates of main@857b2ce, kept verbatim as the reference the rewritten one (src/clean/dedup.ts)
// must agree with (test/clean/dedup.test.ts). Not used by the program.

// Duplicate and near-duplicate paragraph detection.
//
// Each paragraph is normalised to lower-case word tokens (punctuation, case and spacing vanish), then:
//   1. exact duplicates: same token string → a Map lookup, O(n);
//   2. near duplicates: word-bigram shingles go into an inverted index (shingle → paragraphs holding it).
//      Candidate pairs come ONLY from shared shingles; each posting list is capped, so very common bigrams
//      ("di kabupaten") stop contributing and the cost stays linear in the text length. A candidate is then
//      verified with bigram and unigram containment.
// Decisions (deterministic, by paragraph index):
//   - mutual near-duplicates (each mostly contains the other): keep the FIRST, drop later copies
//     (seed 004: the whole article pasted twice);
//   - one paragraph mostly contained in a clearly larger one: drop the smaller. When the smaller comes first
//     it is a pull quote (seed 000: "Indeks kerawanan Pemilu di NTB, terutama netralitas, masih TINGGI…"
//     before the body's "Ditambahkannya, indeks kerawanan Pemilu di NTB masih tinggi…"): the body copy stays.
//   - protected paragraphs (the title) are never dropped; a later copy of them is.

import { isWordUnit, nextWordStart, wordRunEnd, words } from '../../src/nlp/words.js';
import { endsAttributed } from '../../src/clean/dedup-tests.js';

export type DedupRule = 'exact-duplicate' | 'near-duplicate' | 'pull-quote' | 'contained-duplicate';

export interface DedupDecision {
  /** Index of the paragraph to drop. */
  index: number;
  /** Index of the paragraph that holds its content and stays. */
  keptIndex: number;
  rule: DedupRule;
}

/** Thresholds, named so tests and reviewers can see them. */
export const DEDUP_THRESHOLDS = {
  /** Both directions at least this bigram containment → mutual near-duplicates. */
  mutualBigram: 0.7,
  /** …and at least this unigram containment both ways. */
  mutualUnigram: 0.8,
  /** Smaller-in-larger: bigram containment of the smaller. */
  containedBigram: 0.5,
  /** Smaller-in-larger: unigram (distinct word) containment of the smaller. */
  containedUnigram: 0.8,
  /** The smaller one needs this many distinct words to be judged by containment (short lines are too easy). */
  containedMinWords: 8,
  /** …and the larger may be at most this many times bigger (a sentence inside a huge paragraph is not a copy). */
  containedMaxRatio: 4,
  /** A later contained paragraph is a copy only when this share of its word trigrams stand in the earlier one. */
  containedTrigram: 0.6,
  /** The same for an earlier smaller paragraph that ends as a finished sentence (a word, then its stop). */
  pulledTrigram: 0.6,
  /** Near-duplicate checks need at least this many tokens (shorter ones are only matched exactly). */
  nearMinTokens: 4,
  /** Posting-list cap per shingle: keeps the candidate search linear. */
  postingCap: 48,
  /** At most this many candidates (most shared shingles first) are verified per paragraph. */
  maxCandidates: 8,
} as const;

const CAP_START = /^[\p{Lu}\p{N}]/u;
/** A finished paragraph ends with sentence punctuation (optionally a closing quote/bracket). */
const COMPLETE = /[.!?…]["”’»)\]]?$|["”’»]$/u;

/** Subheadings (`Menjaga Kerukunan di Tengah Perbedaan Pilihan Politik`) summarise the paragraph below them;
 *  they are never dropped as "contained" copies: most of their longer words are capitalised. */
export function isTitleCase(text: string): boolean {
  if (COMPLETE.test(text)) return false;
  let long = 0;
  let caps = 0;
  for (const w of words(text)) {
    if (w.length < 3) continue;
    long++;
    if (CAP_START.test(w)) caps++;
  }
  return long > 0 && caps >= long * 0.6;
}

interface Profile {
  /** Hash of the word-id sequence: exact duplicates share it (and are then compared id by id). */
  key: number;
  tokens: number;
  /** Where its word ids start in IDS (`tokens` of them, in order). */
  at: number;
  /** Distinct word ids (computed only when needed). */
  uni: number[] | null;
  /** Where its distinct word-bigram shingles start in SHINGLES, and how many there are (30-bit hashes of
   *  consecutive word ids; a collision only adds a candidate), as slots of the call's `Shingles` table: one
   *  slot per distinct hash, so "distinct" means exactly what a `Set` of the hashes meant. */
  biAt: number;
  bi: number;
}

/** The word ids of every paragraph of a call, one paragraph after the other, and their distinct shingles
 *  likewise (see `Profile`). Kept between calls and grown when a call needs more: an array per paragraph
 *  grew by reallocation every few words. */
let IDS: Int32Array = new Int32Array(4096);
let SHINGLES: Int32Array = new Int32Array(4096);

/** IDS (or SHINGLES), grown to hold at least `size` entries, the first `used` kept. */
function grown(a: Int32Array, size: number, used: number): Int32Array {
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
class WordIds {
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
const KEY = 0;
const GEN = 1;
const LAST = 2;
const HEAD = 3;
const COUNT = 4;
const SLOT = 5;

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
class Shingles {
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

  /** Appends paragraph `para` to the posting chain of `slot`, unless the chain already holds `cap`. */
  post(slot: number, para: number, cap: number): void {
    const o = slot * SLOT;
    if (this.t[o + COUNT]! >= cap) return;
    this.t[o + COUNT]!++;
    const e = this.entries++;
    this.entPara[e] = para;
    this.entNext[e] = this.t[o + HEAD]!;
    this.t[o + HEAD] = e;
  }

  /** How many paragraphs are posted under `slot` (at most the cap). */
  postedCount(slot: number): number {
    return this.t[slot * SLOT + COUNT]!;
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
const FOLD = new Int32Array(0x10000);
const FOLD_KNOWN = 1 << 16;
const FOLD_WORD = 1 << 17;
const FOLD_UNSAFE = 1 << 18;
const FOLD_UNIT = 0xffff;

function foldOf(c: number): number {
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

/** Word ids of one paragraph (its lower-cased `[\p{L}\p{N}]+` runs, as `text.toLowerCase()` split by
 *  `nextWordStart` / `wordRunEnd` gives them) and their sequence hash. One loop lower-cases, finds and
 *  interns each word; a paragraph holding a FOLD_UNSAFE unit starts over on its `toLowerCase()` copy
 *  (`profileLowered`). Words finished before that unit are the same either way (the copy agrees with the
 *  unit-by-unit lower case up to there), so the ids they were given stay right. */
function profile(text: string, vocab: WordIds, at: number): Profile {
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
      if ((f & FOLD_UNSAFE) !== 0) return profileLowered(text.toLowerCase(), vocab, at);
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
    if ((f & FOLD_UNSAFE) !== 0) return profileLowered(text.toLowerCase(), vocab, at);
    const id = vocab.intern(end, h);
    ids[at + tokens++] = id;
    key = Math.imul(key ^ id, 0x01000193);
  }
  return { key, tokens, at, uni: null, biAt: 0, bi: 0 };
}

/** `profile` on an already lower-cased paragraph, with the word scanner's own rules (surrogate pairs are
 *  one code point; `wordCharLength`). The rare path. */
function profileLowered(low: string, vocab: WordIds, at: number): Profile {
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
  return { key, tokens, at, uni: null, biAt: 0, bi: 0 };
}

/** Writes the paragraph's distinct bigram shingles (30-bit hashes of consecutive word ids) to SHINGLES from
 *  `at` on (room was made), and returns where they end. */
function shingle(p: Profile, index: number, table: Shingles, at: number): number {
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

function sameWords(a: Profile, b: Profile): boolean {
  if (a.tokens !== b.tokens) return false;
  for (let k = 0; k < a.tokens; k++) if (IDS[a.at + k] !== IDS[b.at + k]) return false;
  return true;
}

/** `findDuplicates`' scratch arrays, kept between calls (see there). */
let marks = new Int32Array(1024);
let markStamp = 0;
let tallies = new Int32Array(256);
let exactRep = new Int32Array(256);
let exactNext = new Int32Array(256);

/**
 * Find paragraphs to drop as duplicates. `texts` are the paragraphs in order; `isProtected(i)` marks
 * paragraphs that must stay (the title). Returns decisions sorted by index.
 */
export function findDuplicates(texts: readonly string[], isProtected: (i: number) => boolean = () => false): DedupDecision[] {
  const T = DEDUP_THRESHOLDS;
  const n = texts.length;
  let chars = 0;
  for (const t of texts) chars += t.length;
  const vocab = new WordIds(chars >> 2, chars);
  const prof: Profile[] = [];
  // A paragraph repeated character for character (a pasted copy) has the profile of its first occurrence:
  // all its words are interned already, so reading it again would find the same ids in the same order.
  // It shares that occurrence's ids in IDS instead of being read again. Candidates are found by length
  // (one Map of small integers; the texts are compared only when their lengths are equal).
  const byLength = new Map<number, number>();
  let at = 0;
  for (let i = 0; i < n; i++) {
    const t = texts[i]!;
    const j = byLength.get(t.length);
    if (j !== undefined && texts[j] === t) {
      const q = prof[j]!;
      prof.push({ key: q.key, tokens: q.tokens, at: q.at, uni: null, biAt: 0, bi: 0 });
      continue;
    }
    // (one paragraph per length, the latest: when two different texts of one length alternate, a copy
    // may be missed and read again, which gives the same profile anyway)
    byLength.set(t.length, i);
    const p = profile(t, vocab, at);
    prof.push(p);
    at += p.tokens;
  }
  let bigrams = 0;
  for (const p of prof) bigrams += Math.max(0, p.tokens - 1);
  const table = new Shingles(bigrams);
  SHINGLES = grown(SHINGLES, bigrams, 0);
  at = 0;
  for (let i = 0; i < n; i++) at = shingle(prof[i]!, i, table, at);
  const bis = SHINGLES;
  // the decision per paragraph index (undefined = kept): read back in index order at the end, so the
  // decisions come out sorted without a sort
  const dropped: Array<DedupDecision | undefined> = new Array<DedupDecision | undefined>(n).fill(undefined);

  // Distinct word ids, and how many two paragraphs share, with one mark array stamped per use
  // (instead of a Set per paragraph).
  // (both arrays are kept between calls, like the tables above: each use of `mark` takes a stamp newer than
  // anything in it, and `tally` is left all zero after each use)
  if (marks.length < vocab.size) marks = new Int32Array(Math.max(vocab.size, marks.length * 2));
  if (tallies.length < n) tallies = new Int32Array(Math.max(n, tallies.length * 2));
  if (markStamp > 0x7ffffff0) {
    marks.fill(0);
    markStamp = 0;
  }
  const mark = marks;
  const tally = tallies;
  const uni = (p: Profile): number[] => {
    if (p.uni === null) {
      const stamp = ++markStamp;
      p.uni = [];
      for (let k = p.at; k < p.at + p.tokens; k++) {
        const id = IDS[k]!;
        if (mark[id] === stamp) continue;
        mark[id] = stamp;
        p.uni.push(id);
      }
    }
    return p.uni;
  };
  const overlap = (a: number[], b: number[]): number => {
    const stamp = ++markStamp;
    for (const id of a) mark[id] = stamp;
    let shared = 0;
    for (const id of b) if (mark[id] === stamp) shared++;
    return shared;
  };

  // 1. exact duplicates (same word sequence after normalisation): first occurrence wins, unless a later
  //    copy is protected. Buckets by sequence hash; within a bucket, one entry per distinct sequence.
  //    (One entry per distinct sequence: its paragraph in `repOf`, the next entry of the same hash in
  //    `nextOf`, both indexed by entry = the paragraph that opened it; the Map holds a hash's first entry.
  //    An array per hash cost an allocation per paragraph.)
  const firstByKey = new Map<number, number>();
  if (exactRep.length < n) {
    exactRep = new Int32Array(Math.max(n, exactRep.length * 2));
    exactNext = new Int32Array(exactRep.length);
  }
  const repOf = exactRep;
  const nextOf = exactNext;
  for (let i = 0; i < n; i++) {
    const p = prof[i]!;
    if (p.tokens === 0) continue;
    const head = firstByKey.get(p.key);
    let e = head ?? -1;
    let last = -1;
    while (e >= 0 && !sameWords(prof[repOf[e]!]!, p)) {
      last = e;
      e = nextOf[e]!;
    }
    if (e < 0) {
      // a new sequence: entry i, appended to its hash's chain (order = first occurrence, as the bucket was)
      repOf[i] = i;
      nextOf[i] = -1;
      if (last < 0) firstByKey.set(p.key, i);
      else nextOf[last] = i;
      continue;
    }
    const first = repOf[e]!;
    if (isProtected(i) && !isProtected(first)) {
      dropped[first] = { index: first, keptIndex: i, rule: 'exact-duplicate' };
      repOf[e] = i;
    } else if (!isProtected(i)) {
      dropped[i] = { index: i, keptIndex: first, rule: 'exact-duplicate' };
    }
  }

  // 2. inverted index of bigram shingles over the survivors (capped posting lists).
  for (let i = 0; i < n; i++) {
    if (dropped[i] !== undefined || prof[i]!.tokens < T.nearMinTokens) continue;
    const p = prof[i]!;
    for (let k = p.biAt; k < p.biAt + p.bi; k++) table.post(bis[k]!, i, T.postingCap);
  }

  // Candidate containers of paragraph i: paragraphs sharing at least `containedBigram` of i's bigrams.
  //    Only paragraphs passing `accept` are ranked, so many later copies cannot crowd out the earlier one.
  //    Shared-shingle counts are computed once per paragraph and reused by steps 3 and 4.
  //    (Counted in one array indexed by paragraph; which paragraphs were touched, in first-touch order, is
  //    kept beside it. The order does not matter: candidates are sorted on (shared, index).)
  const countCache = new Map<number, { js: number[]; shared: number[] }>();
  const sharedCounts = (i: number): { js: number[]; shared: number[] } => {
    let counts = countCache.get(i);
    if (counts !== undefined) return counts;
    const js: number[] = [];
    const p = prof[i]!;
    for (let k = p.biAt; k < p.biAt + p.bi; k++) {
      for (let e = table.first(bis[k]!); e >= 0; e = table.next(e)) {
        const j = table.para(e);
        if (j === i) continue;
        if (tally[j] === 0) js.push(j);
        tally[j]!++;
      }
    }
    counts = { js, shared: js.map((j) => tally[j]!) };
    for (const j of js) tally[j] = 0;
    countCache.set(i, counts);
    return counts;
  };
  const candidates = (i: number, accept: (j: number) => boolean): Array<{ j: number; shared: number }> => {
    const p = prof[i]!;
    const need = Math.max(1, Math.ceil(p.bi * T.containedBigram));
    // Cheap bound first: i shares a bigram with another paragraph only where that bigram's posting chain
    // holds 2+ paragraphs (i is posted in each of its chains, or the chain is full of others), so no j can
    // reach `need` shared bigrams when fewer of i's bigrams are in such chains. Most paragraphs stop here.
    let shareable = 0;
    for (let k = p.biAt; k < p.biAt + p.bi; k++) if (table.postedCount(bis[k]!) >= 2) shareable++;
    if (shareable < need) return [];
    const counts = sharedCounts(i);
    const out: Array<{ j: number; shared: number }> = [];
    for (let k = 0; k < counts.js.length; k++) {
      const j = counts.js[k]!;
      const shared = counts.shared[k]!;
      if (shared >= need && accept(j)) out.push({ j, shared });
    }
    out.sort((a, b) => b.shared - a.shared || a.j - b.j);
    return out.slice(0, T.maxCandidates);
  };

  // 3. mutual near-duplicates: keep the earliest copy.
  for (let i = 0; i < n; i++) {
    if (dropped[i] !== undefined || isProtected(i) || prof[i]!.tokens < T.nearMinTokens) continue;
    const p = prof[i]!;
    for (const { j, shared } of candidates(i, (j) => j < i && dropped[j] === undefined)) {
      const q = prof[j]!;
      if (shared / p.bi < T.mutualBigram || shared / q.bi < T.mutualBigram) continue;
      const u = overlap(uni(p), uni(q));
      if (u / uni(p).length < T.mutualUnigram || u / uni(q).length < T.mutualUnigram) continue;
      // j (earlier) is a pull quote when it is an unfinished, shorter copy of the full body paragraph i
      if (p.tokens > q.tokens && !isProtected(j) && !COMPLETE.test(texts[j]!) && COMPLETE.test(texts[i]!)) {
        dropped[j] = { index: j, keptIndex: i, rule: 'pull-quote' };
      } else {
        dropped[i] = { index: i, keptIndex: j, rule: 'near-duplicate' };
      }
      break;
    }
  }

  // 4. smaller paragraph contained in a clearly larger survivor: drop the smaller one.
  //    Strictly growing size along any chain, so the largest copy always survives.
  for (let i = 0; i < n; i++) {
    if (dropped[i] !== undefined || isProtected(i)) continue;
    const p = prof[i]!;
    // (fewer tokens cannot hold that many distinct words)
    if (p.tokens < T.containedMinWords) continue;
    const acceptable = (j: number): boolean => {
      const d = dropped[j];
      if (d !== undefined && d.rule !== 'pull-quote' && d.rule !== 'contained-duplicate') return false;
      return prof[j]!.tokens > p.tokens;
    };
    // (the tests are pure, so their order does not matter: the cheap candidate bound rules out most
    // paragraphs before their distinct words are collected or their title case is looked at)
    const found = candidates(i, acceptable);
    if (found.length === 0 || uni(p).length < T.containedMinWords || isTitleCase(texts[i]!)) continue;
    for (const { j, shared } of found) {
      const q = prof[j]!;
      if (uni(q).length > uni(p).length * T.containedMaxRatio) continue;
      if (shared / p.bi < T.containedBigram) continue;
      const u = overlap(uni(p), uni(q));
      if (u / uni(p).length < T.containedUnigram) continue;
      // mutual pairs were handled in step 3; here the larger must really be larger
      if (shared / q.bi >= T.mutualBigram && u / uni(q).length >= T.mutualUnigram) continue;
      // a later paragraph whose wording is not in runs of the earlier one is its own sentence (a second quote)
      // (and so is an earlier one ending as a finished sentence, "… ,” kata Indah.": a distinct quote, no pull quote)
      // (round 19, review18b: the attribution's own shape, a closing quote and a speech verb, clean/dedup-tests.ts)
      const attributed = j > i && endsAttributed(texts[i]!);
      if (j < i || attributed) {
        const a = words(texts[i]!.toLowerCase());
        const b = words(texts[j]!.toLowerCase());
        const tri = (w: string[], k: number): string => w.slice(k - 2, k + 1).join(' ');
        const held = new Set<string>();
        for (let k = 2; k < b.length; k++) held.add(tri(b, k));
        let n3 = 0;
        for (let k = 2; k < a.length; k++) if (held.has(tri(a, k))) n3++;
        if (a.length >= 3 && n3 / (a.length - 2) < (j < i ? T.containedTrigram : T.pulledTrigram)) continue;
      }
      dropped[i] = { index: i, keptIndex: j, rule: j > i ? 'pull-quote' : 'contained-duplicate' };
      break;
    }
  }

  const out: DedupDecision[] = [];
  for (const d of dropped) if (d !== undefined) out.push(d);
  return out;
}
