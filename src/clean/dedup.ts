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

import { FOLD_UNSAFE_RE, grown, IDS, newProfile, profile, profileLowered, sameWords, shingle, SHINGLES, Shingles, WordIds, growShingles } from './dedup-words.js';
import type { Profile } from './dedup-words.js';
import { COMPLETE, DEDUP_THRESHOLDS, endsAttributed, isTitleCase, trigramShare } from './dedup-tests.js';
export { FOLD_UNSAFE_RE } from './dedup-words.js';
export { DEDUP_THRESHOLDS, isTitleCase } from './dedup-tests.js';

export type DedupRule = 'exact-duplicate' | 'near-duplicate' | 'pull-quote' | 'contained-duplicate';

export interface DedupDecision {
  /** Index of the paragraph to drop. */
  index: number;
  /** Index of the paragraph that holds its content and stays. */
  keptIndex: number;
  rule: DedupRule;
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
  growShingles(bigrams);
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
    if (j < i && trigramShare(texts[i]!, texts[j]!) < T.containedTrigram) continue;
    if (j > i && endsAttributed(texts[i]!) && trigramShare(texts[i]!, texts[j]!) < T.pulledTrigram) continue;
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
