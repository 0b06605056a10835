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

import { nextWordStart, wordRunEnd, words } from '../nlp/words.js';

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
  /** Hash of the word-id sequence: exact duplicates share it (and are then compared id by id). */
  key: number;
  tokens: number;
  /** Word ids, in order. */
  ids: number[];
  /** Distinct word ids (computed only when needed). */
  uni: number[] | null;
  /** Distinct word-bigram shingles, hashed to a 30-bit integer (a collision only adds a candidate). */
  bi: Set<number>;
}

/**
 * Lower-case words → integer ids in first-seen order (per call, so ids are deterministic). The same ids a
 * `Map<string, number>` over `text.match(/[\p{L}\p{N}]+/gu)` would give, without a string per word: each
 * word is hashed where it stands and compared in place with `startsWith` (open addressing; only new words
 * are sliced). Interning every word of every paragraph was the most expensive step of the cleaner.
 */
class WordIds {
  private slots = new Int32Array(256); // id + 1; 0 = empty
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];

  get size(): number {
    return this.words.length;
  }

  id(text: string, start: number, end: number): number {
    let h = 0x811c9dc5; // FNV-1a over the UTF-16 units
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    const mask = this.slots.length - 1;
    let s = h & mask;
    for (let v = this.slots[s]!; v !== 0; s = (s + 1) & mask, v = this.slots[s]!) {
      const w = this.words[v - 1]!;
      if (this.hashes[v - 1] === h && w.length === len && text.startsWith(w, start)) return v - 1;
    }
    const id = this.words.length;
    this.words.push(text.slice(start, end));
    this.hashes.push(h);
    this.slots[s] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let s = this.hashes[id]! & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = id + 1;
    }
  }
}

/** Word ids of one paragraph (its lower-cased `[\p{L}\p{N}]+` runs), their sequence hash and bigrams. */
function profile(text: string, vocab: WordIds): Profile {
  const low = text.toLowerCase();
  const n = low.length;
  const ids: number[] = [];
  const bi = new Set<number>();
  let key = 0x811c9dc5;
  let prev = -1;
  for (let i = nextWordStart(low, 0, n); i < n; ) {
    const j = wordRunEnd(low, i, n);
    const id = vocab.id(low, i, j);
    ids.push(id);
    key = Math.imul(key ^ id, 0x01000193);
    if (prev >= 0) bi.add((Math.imul(prev, 0x9e3779b1) ^ id) & 0x3fffffff);
    prev = id;
    i = nextWordStart(low, j, n);
  }
  return { key, tokens: ids.length, ids, uni: null, bi };
}

function sameWords(a: Profile, b: Profile): boolean {
  if (a.tokens !== b.tokens) return false;
  for (let k = 0; k < a.tokens; k++) if (a.ids[k] !== b.ids[k]) return false;
  return true;
}

/**
 * Find paragraphs to drop as duplicates. `texts` are the paragraphs in order; `isProtected(i)` marks
 * paragraphs that must stay (the title). Returns decisions sorted by index.
 */
export function findDuplicates(texts: readonly string[], isProtected: (i: number) => boolean = () => false): DedupDecision[] {
  const T = DEDUP_THRESHOLDS;
  const n = texts.length;
  const vocab = new WordIds();
  const prof = texts.map((t) => profile(t, vocab));
  const dropped = new Map<number, DedupDecision>();

  // Distinct word ids, and how many two paragraphs share, with one mark array stamped per use
  // (instead of a Set per paragraph).
  const mark = new Int32Array(vocab.size);
  let stamp = 0;
  const uni = (p: Profile): number[] => {
    if (p.uni === null) {
      stamp++;
      p.uni = [];
      for (const id of p.ids) {
        if (mark[id] === stamp) continue;
        mark[id] = stamp;
        p.uni.push(id);
      }
    }
    return p.uni;
  };
  const overlap = (a: number[], b: number[]): number => {
    stamp++;
    for (const id of a) mark[id] = stamp;
    let shared = 0;
    for (const id of b) if (mark[id] === stamp) shared++;
    return shared;
  };

  // 1. exact duplicates (same word sequence after normalisation): first occurrence wins, unless a later
  //    copy is protected. Buckets by sequence hash; within a bucket, one entry per distinct sequence.
  const firstByKey = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const p = prof[i]!;
    if (p.tokens === 0) continue;
    let bucket = firstByKey.get(p.key);
    if (bucket === undefined) {
      bucket = [];
      firstByKey.set(p.key, bucket);
    }
    const k = bucket.findIndex((j) => sameWords(prof[j]!, p));
    if (k < 0) {
      bucket.push(i);
      continue;
    }
    const first = bucket[k]!;
    if (isProtected(i) && !isProtected(first)) {
      dropped.set(first, { index: first, keptIndex: i, rule: 'exact-duplicate' });
      bucket[k] = i;
    } else if (!isProtected(i)) {
      dropped.set(i, { index: i, keptIndex: first, rule: 'exact-duplicate' });
    }
  }

  // 2. inverted index of bigram shingles over the survivors (capped posting lists).
  const postings = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (dropped.has(i) || prof[i]!.tokens < T.nearMinTokens) continue;
    for (const b of prof[i]!.bi) {
      let list = postings.get(b);
      if (list === undefined) {
        list = [];
        postings.set(b, list);
      }
      if (list.length < T.postingCap) list.push(i);
    }
  }

  // Candidate containers of paragraph i: paragraphs sharing at least `containedBigram` of i's bigrams.
  //    Only paragraphs passing `accept` are ranked, so many later copies cannot crowd out the earlier one.
  //    Shared-shingle counts are computed once per paragraph and reused by steps 3 and 4.
  const countCache = new Map<number, Map<number, number>>();
  const sharedCounts = (i: number): Map<number, number> => {
    let counts = countCache.get(i);
    if (counts !== undefined) return counts;
    counts = new Map<number, number>();
    for (const b of prof[i]!.bi) {
      const list = postings.get(b);
      if (list === undefined) continue;
      for (const j of list) if (j !== i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    countCache.set(i, counts);
    return counts;
  };
  const candidates = (i: number, accept: (j: number) => boolean): Array<{ j: number; shared: number }> => {
    const p = prof[i]!;
    const counts = sharedCounts(i);
    const need = Math.max(1, Math.ceil(p.bi.size * T.containedBigram));
    const out: Array<{ j: number; shared: number }> = [];
    for (const [j, shared] of counts) if (shared >= need && accept(j)) out.push({ j, shared });
    out.sort((a, b) => b.shared - a.shared || a.j - b.j);
    return out.slice(0, T.maxCandidates);
  };

  // 3. mutual near-duplicates: keep the earliest copy.
  for (let i = 0; i < n; i++) {
    if (dropped.has(i) || isProtected(i) || prof[i]!.tokens < T.nearMinTokens) continue;
    const p = prof[i]!;
    for (const { j, shared } of candidates(i, (j) => j < i && !dropped.has(j))) {
      const q = prof[j]!;
      if (shared / p.bi.size < T.mutualBigram || shared / q.bi.size < T.mutualBigram) continue;
      const u = overlap(uni(p), uni(q));
      if (u / uni(p).length < T.mutualUnigram || u / uni(q).length < T.mutualUnigram) continue;
      // j (earlier) is a pull quote when it is an unfinished, shorter copy of the full body paragraph i
      if (p.tokens > q.tokens && !isProtected(j) && !COMPLETE.test(texts[j]!) && COMPLETE.test(texts[i]!)) {
        dropped.set(j, { index: j, keptIndex: i, rule: 'pull-quote' });
      } else {
        dropped.set(i, { index: i, keptIndex: j, rule: 'near-duplicate' });
      }
      break;
    }
  }

  // 4. smaller paragraph contained in a clearly larger survivor: drop the smaller one.
  //    Strictly growing size along any chain, so the largest copy always survives.
  for (let i = 0; i < n; i++) {
    if (dropped.has(i) || isProtected(i)) continue;
    const p = prof[i]!;
    if (uni(p).length < T.containedMinWords || isTitleCase(texts[i]!)) continue;
    const acceptable = (j: number): boolean => {
      const d = dropped.get(j);
      if (d !== undefined && d.rule !== 'pull-quote' && d.rule !== 'contained-duplicate') return false;
      return prof[j]!.tokens > p.tokens;
    };
    for (const { j, shared } of candidates(i, acceptable)) {
      const q = prof[j]!;
      if (uni(q).length > uni(p).length * T.containedMaxRatio) continue;
      if (shared / p.bi.size < T.containedBigram) continue;
      const u = overlap(uni(p), uni(q));
      if (u / uni(p).length < T.containedUnigram) continue;
      // mutual pairs were handled in step 3; here the larger must really be larger
      if (shared / q.bi.size >= T.mutualBigram && u / uni(q).length >= T.mutualUnigram) continue;
      dropped.set(i, { index: i, keptIndex: j, rule: j > i ? 'pull-quote' : 'contained-duplicate' });
      break;
    }
  }

  return [...dropped.values()].sort((a, b) => a.index - b.index);
}
