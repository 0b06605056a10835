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

const TOKEN = /[\p{L}\p{N}]+/gu;
/** A finished paragraph ends with sentence punctuation (optionally a closing quote/bracket). */
const COMPLETE = /[.!?…]["”’»)\]]?$|["”’»]$/u;

/** Subheadings (`Menjaga Kerukunan di Tengah Perbedaan Pilihan Politik`) summarise the paragraph below them;
 *  they are never dropped as "contained" copies: most of their longer words are capitalised. */
export function isTitleCase(text: string): boolean {
  if (COMPLETE.test(text)) return false;
  let long = 0;
  let caps = 0;
  for (const w of text.match(TOKEN) ?? []) {
    if (w.length < 3) continue;
    long++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
  }
  return long > 0 && caps >= long * 0.6;
}

interface Profile {
  /** Normalised token string: the exact-duplicate key. */
  key: string;
  tokens: number;
  /** Word ids, in order. */
  ids: number[];
  /** Distinct word ids (computed only when a candidate pair is verified). */
  uni: Set<number> | null;
  /** Distinct word-bigram shingles, hashed to a 30-bit integer (a collision only adds a candidate). */
  bi: Set<number>;
}

/** Tokens → interned ids (per call, so ids are deterministic: first-seen order). */
function profile(text: string, vocab: Map<string, number>): Profile {
  const toks = text.toLowerCase().match(TOKEN) ?? [];
  const ids: number[] = new Array<number>(toks.length);
  const bi = new Set<number>();
  let prev = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    let id = vocab.get(t);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(t, id);
    }
    ids[k] = id;
    if (prev >= 0) bi.add((Math.imul(prev, 0x9e3779b1) ^ id) & 0x3fffffff);
    prev = id;
  }
  return { key: toks.join(' '), tokens: toks.length, ids, uni: null, bi };
}

function uni(p: Profile): Set<number> {
  if (p.uni === null) p.uni = new Set(p.ids);
  return p.uni;
}

function overlap(a: Set<number>, b: Set<number>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

/**
 * Find paragraphs to drop as duplicates. `texts` are the paragraphs in order; `isProtected(i)` marks
 * paragraphs that must stay (the title). Returns decisions sorted by index.
 */
export function findDuplicates(texts: readonly string[], isProtected: (i: number) => boolean = () => false): DedupDecision[] {
  const T = DEDUP_THRESHOLDS;
  const n = texts.length;
  const vocab = new Map<string, number>();
  const prof = texts.map((t) => profile(t, vocab));
  const dropped = new Map<number, DedupDecision>();

  // 1. exact duplicates (after normalisation): first occurrence wins, unless a later copy is protected.
  const firstByKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = prof[i]!;
    if (p.tokens === 0) continue;
    const first = firstByKey.get(p.key);
    if (first === undefined) {
      firstByKey.set(p.key, i);
    } else if (isProtected(i) && !isProtected(first)) {
      dropped.set(first, { index: first, keptIndex: i, rule: 'exact-duplicate' });
      firstByKey.set(p.key, i);
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
      if (u / uni(p).size < T.mutualUnigram || u / uni(q).size < T.mutualUnigram) continue;
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
    if (uni(p).size < T.containedMinWords || isTitleCase(texts[i]!)) continue;
    const acceptable = (j: number): boolean => {
      const d = dropped.get(j);
      if (d !== undefined && d.rule !== 'pull-quote' && d.rule !== 'contained-duplicate') return false;
      return prof[j]!.tokens > p.tokens;
    };
    for (const { j, shared } of candidates(i, acceptable)) {
      const q = prof[j]!;
      if (uni(q).size > uni(p).size * T.containedMaxRatio) continue;
      if (shared / p.bi.size < T.containedBigram) continue;
      const u = overlap(uni(p), uni(q));
      if (u / uni(p).size < T.containedUnigram) continue;
      // mutual pairs were handled in step 3; here the larger must really be larger
      if (shared / q.bi.size >= T.mutualBigram && u / uni(q).size >= T.mutualUnigram) continue;
      dropped.set(i, { index: i, keptIndex: j, rule: j > i ? 'pull-quote' : 'contained-duplicate' });
      break;
    }
  }

  return [...dropped.values()].sort((a, b) => a.index - b.index);
}
