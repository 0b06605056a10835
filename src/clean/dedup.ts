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

import { isWordUnit, nextWordStart, wordRunEnd, words } from '../text/words.js';

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
function newProfile(key: number, tokens: number, at: number): Profile {
  return { key: key & 0x3fffffff, tokens, at, biAt: 0, bi: 0, uniAt: 0, uni: -1 };
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

/** The units `foldOf` calls FOLD_UNSAFE: surrogates, `Σ`, and the one BMP unit whose lower case is two units
 *  (`İ`; test/hostile/reliability.test.ts checks this against every unit). */
export const FOLD_UNSAFE_RE = /[\ud800-\udfff\u03a3\u0130]/;

/** Word ids of one paragraph (its lower-cased `[\p{L}\p{N}]+` runs, as `text.toLowerCase()` split by
 *  `nextWordStart` / `wordRunEnd` gives them) and their sequence hash. One loop lower-cases, finds and
 *  interns each word. A paragraph holding a FOLD_UNSAFE unit is never given here: `profiles` sends it to
 *  `profileLowered` (which gives the ids the same first-seen order). */
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
  return newProfile(key, tokens, at);
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


/** Decision codes in DROPPED (what happened to each paragraph of a call), and their rule names. */
const KEPT = 0;
const EXACT = 1;
const NEAR = 2;
const PULL = 3;
const CONTAINED = 4;
const RULE_OF_CODE: readonly DedupRule[] = ['exact-duplicate', 'exact-duplicate', 'near-duplicate', 'pull-quote', 'contained-duplicate'];

// `findDuplicates`' scratch arrays, kept between calls like the tables above (this module runs
// synchronously, one call at a time per thread) and grown when a call needs more. Typed arrays of small
// integers instead of an array of decision objects, a Set per paragraph, a Map of count objects and an
// array of candidate objects per paragraph: fewer allocations, and every site sees one kind of array.
/** Per paragraph: its decision code (KEPT until dropped), and the paragraph that holds its content. */
let DROPPED: Int8Array = new Int8Array(256);
let KEPT_BY: Int32Array = new Int32Array(256);
/** Exact duplicates: one entry per distinct sequence, indexed by entry = the paragraph that opened it: its
 *  (current) paragraph, and the next entry of the same hash (a Map holds a hash's first entry). */
let EXACT_REP: Int32Array = new Int32Array(256);
let EXACT_NEXT: Int32Array = new Int32Array(256);
/** Distinct word ids of the paragraphs that needed them (see `Profile.uni`). */
let UNI: Int32Array = new Int32Array(1024);
/** Shared-shingle counts per paragraph (see `sharedCounts`): where its list starts in COUNT_J/COUNT_N and
 *  how long it is (-1 = not counted yet); the other paragraph and how many shingles they share. */
let COUNT_AT: Int32Array = new Int32Array(256);
let COUNT_LEN: Int32Array = new Int32Array(256);
let COUNT_J: Int32Array = new Int32Array(1024);
let COUNT_N: Int32Array = new Int32Array(1024);
/** Word-id marks (one stamp per use, newer than anything in the array) and per-paragraph tallies (left all
 *  zero after each use). */
let MARKS: Int32Array = new Int32Array(1024);
let markStamp = 0;
let TALLY: Int32Array = new Int32Array(256);
/** Per paragraph, how many of its distinct shingles' posting chains hold 2+ paragraphs, or are full of
 *  others (`candidates`' cheap bound), counted by `indexShingles`. */
let SHAREABLE: Int32Array = new Int32Array(256);
/** The ranked candidates of one paragraph (see `candidates`). */
const CAND_J = new Int32Array(DEDUP_THRESHOLDS.maxCandidates);
const CAND_N = new Int32Array(DEDUP_THRESHOLDS.maxCandidates);

/** The scratch array `a`, or a larger one when it has fewer than `size` entries (contents not kept). */
function atLeast32(a: Int32Array, size: number): Int32Array {
  return a.length >= size ? a : new Int32Array(Math.max(size, a.length * 2));
}

/**
 * Find paragraphs to drop as duplicates. `texts` are the paragraphs in order; `isProtected(i)` marks
 * paragraphs that must stay (the title). Returns decisions sorted by index.
 *
 * (The steps are top-level functions over one `DedupCall`: small functions compile faster than one with
 * closures, and a step that rarely runs far does not send the others back to the interpreter.)
 */
export function findDuplicates(texts: readonly string[], isProtected: (i: number) => boolean = () => false): DedupDecision[] {
  const n = texts.length;
  if (n === 0) return [];
  const call = new DedupCall(texts, isProtected);
  // 1. exact duplicates first: a paragraph it drops is never looked at again, so it is not shingled
  exactDuplicates(call);
  // 2. inverted index of bigram shingles over the survivors (capped posting lists)
  indexShingles(call);
  // 3. mutual near-duplicates, 4. smaller paragraphs contained in larger ones
  for (let i = 0; i < n; i++) mutualDuplicate(call, i);
  for (let i = 0; i < n; i++) containedDuplicate(call, i);
  // the decisions in index order (sorted without a sort)
  const out: DedupDecision[] = [];
  for (let i = 0; i < n; i++) {
    const code = DROPPED[i]!;
    if (code !== KEPT) out.push({ index: i, keptIndex: KEPT_BY[i]!, rule: RULE_OF_CODE[code]! });
  }
  return out;
}

/** One `findDuplicates` call: the paragraphs, their profiles and shingle table. */
class DedupCall {
  readonly texts: readonly string[];
  readonly isProtected: (i: number) => boolean;
  readonly prof: Profile[];
  readonly vocab: WordIds;
  /** Set by `indexShingles`. */
  table: Shingles;
  /** Next free entries of UNI and of COUNT_J/COUNT_N. */
  uniUsed = 0;
  countUsed = 0;

  constructor(texts: readonly string[], isProtected: (i: number) => boolean) {
    const n = texts.length;
    this.texts = texts;
    this.isProtected = isProtected;
    let chars = 0;
    for (let i = 0; i < n; i++) chars += texts[i]!.length;
    this.vocab = new WordIds(chars >> 2, chars);
    this.prof = profiles(texts, this.vocab);
    this.table = EMPTY_SHINGLES;
    if (DROPPED.length < n) {
      DROPPED = new Int8Array(Math.max(n, DROPPED.length * 2));
      KEPT_BY = new Int32Array(DROPPED.length);
    }
    DROPPED.fill(KEPT, 0, n);
    SHAREABLE = atLeast32(SHAREABLE, n);
    SHAREABLE.fill(0, 0, n);
    COUNT_AT = atLeast32(COUNT_AT, n);
    COUNT_LEN = atLeast32(COUNT_LEN, n);
    COUNT_LEN.fill(-1, 0, n);
    TALLY = TALLY.length >= n ? TALLY : new Int32Array(Math.max(n, TALLY.length * 2));
    if (MARKS.length < this.vocab.size) MARKS = new Int32Array(Math.max(this.vocab.size, MARKS.length * 2));
    if (markStamp > 0x3ffffff0) {
      MARKS.fill(0);
      markStamp = 0;
    }
  }

  drop(i: number, code: number, keptBy: number): void {
    DROPPED[i] = code;
    KEPT_BY[i] = keptBy;
  }
}

/** Placeholder table until `indexShingles` builds the call's own (keeps `DedupCall.table` one type). */
const EMPTY_SHINGLES = new Shingles(0);

/** Every paragraph's profile, in order. A paragraph repeated character for character (a pasted copy) has
 *  the profile of its first occurrence: all its words are interned already, so reading it again would find
 *  the same ids in the same order. It shares that occurrence's ids in IDS instead of being read again.
 *  Candidates are found by length (one Map of small integers; the texts are compared only when their
 *  lengths are equal). */
function profiles(texts: readonly string[], vocab: WordIds): Profile[] {
  const prof: Profile[] = [];
  const byLength = new Map<number, number>();
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const j = byLength.get(t.length);
    if (j !== undefined && texts[j] === t) {
      const q = prof[j]!;
      prof.push(newProfile(q.key, q.tokens, q.at));
      continue;
    }
    // (one paragraph per length, the latest: when two different texts of one length alternate, a copy
    // may be missed and read again, which gives the same profile anyway)
    byLength.set(t.length, i);
    // a paragraph holding a unit that does not lower-case on its own is read from its `toLowerCase()` copy;
    // deciding that here, with one native regex test, keeps the hot loop of `profile` free of a bail-out
    // branch (see `FOLD_UNSAFE_RE`)
    const p = FOLD_UNSAFE_RE.test(t) ? profileLowered(t.toLowerCase(), vocab, at) : profile(t, vocab, at);
    prof.push(p);
    at += p.tokens;
  }
  return prof;
}

/** 1. Exact duplicates (same word sequence after normalisation): first occurrence wins, unless a later
 *  copy is protected. Buckets by sequence hash; within a bucket, one entry per distinct sequence (order =
 *  first occurrence; see EXACT_REP). */
function exactDuplicates(call: DedupCall): void {
  const { prof, isProtected } = call;
  const n = prof.length;
  const firstByKey = new Map<number, number>();
  if (EXACT_REP.length < n) {
    EXACT_REP = new Int32Array(Math.max(n, EXACT_REP.length * 2));
    EXACT_NEXT = new Int32Array(EXACT_REP.length);
  }
  const repOf = EXACT_REP;
  const nextOf = EXACT_NEXT;
  for (let i = 0; i < n; i++) {
    const p = prof[i]!;
    if (p.tokens === 0) continue;
    const head = firstByKey.get(p.key);
    let e = head === undefined ? -1 : head;
    let last = -1;
    while (e >= 0 && !sameWords(prof[repOf[e]!]!, p)) {
      last = e;
      e = nextOf[e]!;
    }
    if (e < 0) {
      // a new sequence: entry i, appended to its hash's chain
      repOf[i] = i;
      nextOf[i] = -1;
      if (last < 0) firstByKey.set(p.key, i);
      else nextOf[last] = i;
      continue;
    }
    const first = repOf[e]!;
    if (isProtected(i) && !isProtected(first)) {
      call.drop(first, EXACT, i);
      repOf[e] = i;
    } else if (!isProtected(i)) {
      call.drop(i, EXACT, first);
    }
  }
}

/** 2. Shingles of the paragraphs steps 3 and 4 look at (survivors of step 1 with at least `nearMinTokens`
 *  tokens: shorter ones are neither judged nor posted), posted in their capped chains. Shingling only
 *  those changes nothing else: a shingle's slot number is a name inside the call, and only postings are
 *  counted. */
function indexShingles(call: DedupCall): void {
  const T = DEDUP_THRESHOLDS;
  const prof = call.prof;
  const n = prof.length;
  let bigrams = 0;
  for (let i = 0; i < n; i++) {
    const p = prof[i]!;
    if (DROPPED[i] === KEPT && p.tokens >= T.nearMinTokens) bigrams += p.tokens - 1;
  }
  const table = (call.table = new Shingles(bigrams));
  SHINGLES = grown(SHINGLES, bigrams, 0);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const p = prof[i]!;
    if (DROPPED[i] !== KEPT || p.tokens < T.nearMinTokens) continue;
    const from = at;
    at = shingle(p, i, table, at);
    const bis = SHINGLES;
    for (let k = from; k < at; k++) {
      const slot = bis[k]!;
      const before = table.post(slot, i, T.postingCap);
      // SHAREABLE (see there): i's shingle is shared when another paragraph was there first; the first
      // one's becomes shared when the second arrives (it is then the entry after i's in the chain)
      if (before >= 1) SHAREABLE[i]!++;
      if (before === 1) SHAREABLE[table.para(table.next(table.first(slot)))]!++;
    }
  }
}

/** 3. Paragraph i as a mutual near-duplicate of an earlier one: keep the earliest copy (or, when the
 *  earlier one is an unfinished shorter copy of the full body paragraph i, drop it as a pull quote). */
function mutualDuplicate(call: DedupCall, i: number): void {
  const T = DEDUP_THRESHOLDS;
  const { prof, texts, isProtected } = call;
  const p = prof[i]!;
  if (DROPPED[i] !== KEPT || p.tokens < T.nearMinTokens || isProtected(i)) return;
  const found = candidates(call, i, true);
  for (let c = 0; c < found; c++) {
    const j = CAND_J[c]!;
    const shared = CAND_N[c]!;
    const q = prof[j]!;
    if (shared / p.bi < T.mutualBigram || shared / q.bi < T.mutualBigram) continue;
    const u = overlap(call, p, q);
    if (u / p.uni < T.mutualUnigram || u / q.uni < T.mutualUnigram) continue;
    if (p.tokens > q.tokens && !isProtected(j) && !COMPLETE.test(texts[j]!) && COMPLETE.test(texts[i]!)) {
      call.drop(j, PULL, i);
    } else {
      call.drop(i, NEAR, j);
    }
    return;
  }
}

/** 4. Paragraph i contained in a clearly larger survivor: drop the smaller one. Strictly growing size along
 *  any chain, so the largest copy always survives. */
function containedDuplicate(call: DedupCall, i: number): void {
  const T = DEDUP_THRESHOLDS;
  const { prof, texts, isProtected } = call;
  const p = prof[i]!;
  // (fewer tokens cannot hold that many distinct words)
  if (DROPPED[i] !== KEPT || p.tokens < T.containedMinWords || isProtected(i)) return;
  // (the tests are pure, so their order does not matter: the cheap candidate bound rules out most
  // paragraphs before their distinct words are collected or their title case is looked at)
  const found = candidates(call, i, false);
  if (found === 0 || distinctWords(call, p) < T.containedMinWords || isTitleCase(texts[i]!)) return;
  for (let c = 0; c < found; c++) {
    const j = CAND_J[c]!;
    const shared = CAND_N[c]!;
    const q = prof[j]!;
    if (distinctWords(call, q) > p.uni * T.containedMaxRatio) continue;
    if (shared / p.bi < T.containedBigram) continue;
    const u = overlap(call, p, q);
    if (u / p.uni < T.containedUnigram) continue;
    // mutual pairs were handled in step 3; here the larger must really be larger
    // (both tests are computed before the branch: the word test, short-circuited, ran too rarely to have
    // type feedback and sent the optimised code back to the interpreter when it first did)
    const mutualBigrams = shared / q.bi >= T.mutualBigram;
    const mutualWords = u / q.uni >= T.mutualUnigram;
    if (mutualBigrams && mutualWords) continue;
    call.drop(i, j > i ? PULL : CONTAINED, j);
    return;
  }
}

/**
 * Candidate containers of paragraph i, best first, in CAND_J/CAND_N (returns how many, at most
 * `maxCandidates`): paragraphs sharing at least `containedBigram` of i's bigrams that step 3 (`mutual`:
 * earlier survivors) or step 4 (survivors or pull quotes/contained copies, with more tokens than i) may
 * compare with. Only those are ranked, so many later copies cannot crowd out the earlier one. Ranked by
 * shared bigrams (more first), then index (the order a sort on (shared, index) gave; the top few are kept
 * by insertion).
 */
function candidates(call: DedupCall, i: number, mutual: boolean): number {
  const T = DEDUP_THRESHOLDS;
  const p = call.prof[i]!;
  const need = Math.max(1, Math.ceil(p.bi * T.containedBigram));
  // Cheap bound first: i shares a bigram with another paragraph only where that bigram's posting chain
  // holds 2+ paragraphs (i is posted in each of its chains, or the chain is full of others), so no j can
  // reach `need` shared bigrams when fewer of i's bigrams are in such chains (SHAREABLE, counted while
  // posting). Most paragraphs stop here.
  if (SHAREABLE[i]! < need) return 0;
  sharedCounts(call, i);
  const max = T.maxCandidates;
  let found = 0;
  const from = COUNT_AT[i]!;
  const to = from + COUNT_LEN[i]!;
  for (let k = from; k < to; k++) {
    const j = COUNT_J[k]!;
    const shared = COUNT_N[k]!;
    if (shared < need) continue;
    if (mutual ? j > i || DROPPED[j] !== KEPT : !containerMayBe(call, j, p)) continue;
    // insert (j, shared) into the ranked list, dropping what falls past `max`
    let at = found;
    while (at > 0 && (shared > CAND_N[at - 1]! || (shared === CAND_N[at - 1]! && j < CAND_J[at - 1]!))) at--;
    if (at >= max) continue;
    for (let m = Math.min(found, max - 1); m > at; m--) {
      CAND_J[m] = CAND_J[m - 1]!;
      CAND_N[m] = CAND_N[m - 1]!;
    }
    CAND_J[at] = j;
    CAND_N[at] = shared;
    if (found < max) found++;
  }
  return found;
}

/** Step 4's filter: j may hold paragraph p when it is kept or was itself dropped as a smaller copy, and
 *  has more tokens. */
function containerMayBe(call: DedupCall, j: number, p: Profile): boolean {
  const d = DROPPED[j]!;
  if (d !== KEPT && d !== PULL && d !== CONTAINED) return false;
  return call.prof[j]!.tokens > p.tokens;
}

/** How many shingles paragraph i shares with every paragraph it shares one with, counted once per call
 *  (steps 3 and 4 both ask) into COUNT_J/COUNT_N from COUNT_AT[i] (COUNT_LEN[i] entries). Counted in TALLY,
 *  indexed by paragraph; the paragraphs touched are listed in first-touch order (the order does not
 *  matter: `candidates` ranks them). */
function sharedCounts(call: DedupCall, i: number): void {
  if (COUNT_LEN[i]! >= 0) return;
  const p = call.prof[i]!;
  const table = call.table;
  const bis = SHINGLES;
  const tally = TALLY;
  // at most every other paragraph is touched
  const from = call.countUsed;
  if (COUNT_J.length < from + call.prof.length) {
    const size = Math.max(from + call.prof.length, COUNT_J.length * 2);
    const j2 = new Int32Array(size);
    const n2 = new Int32Array(size);
    j2.set(COUNT_J.subarray(0, from));
    n2.set(COUNT_N.subarray(0, from));
    COUNT_J = j2;
    COUNT_N = n2;
  }
  const js = COUNT_J;
  let end = from;
  for (let k = p.biAt; k < p.biAt + p.bi; k++) {
    for (let e = table.first(bis[k]!); e >= 0; e = table.next(e)) {
      const j = table.para(e);
      if (j === i) continue;
      if (tally[j] === 0) js[end++] = j;
      tally[j]!++;
    }
  }
  for (let k = from; k < end; k++) {
    const j = js[k]!;
    COUNT_N[k] = tally[j]!;
    tally[j] = 0;
  }
  COUNT_AT[i] = from;
  COUNT_LEN[i] = end - from;
  call.countUsed = end;
}

/** How many distinct word ids paragraph p has (collected into UNI on first use, in first-seen order). */
function distinctWords(call: DedupCall, p: Profile): number {
  if (p.uni >= 0) return p.uni;
  const from = call.uniUsed;
  if (UNI.length < from + p.tokens) {
    const next = new Int32Array(Math.max(from + p.tokens, UNI.length * 2));
    next.set(UNI.subarray(0, from));
    UNI = next;
  }
  const uni = UNI;
  const mark = MARKS;
  const stamp = ++markStamp;
  let end = from;
  for (let k = p.at; k < p.at + p.tokens; k++) {
    const id = IDS[k]!;
    if (mark[id] === stamp) continue;
    mark[id] = stamp;
    uni[end++] = id;
  }
  p.uniAt = from;
  p.uni = end - from;
  call.uniUsed = end;
  return p.uni;
}

/** How many distinct word ids paragraphs p and q share (collects both first). */
function overlap(call: DedupCall, p: Profile, q: Profile): number {
  distinctWords(call, p);
  distinctWords(call, q);
  const uni = UNI;
  const mark = MARKS;
  const stamp = ++markStamp;
  for (let k = p.uniAt; k < p.uniAt + p.uni; k++) mark[uni[k]!] = stamp;
  let shared = 0;
  for (let k = q.uniAt; k < q.uniAt + q.uni; k++) if (mark[uni[k]!] === stamp) shared++;
  return shared;
}
