// Story clusters across the corpus: which articles are syndicated or re-published copies of one story.
//
// Each article brings its signature (corpus/story-signature.ts: 128 16-bit MinHash bins and its shingle
// count), its id and its publication date; 256 + ~40 bytes are kept per article, never the text. At the end:
//   1. canonical order: earliest published first (undated last), ties by id, then by run order;
//   2. LSH banding: the 128 bins are cut into 42 bands of 3; articles whose band values agree in any band are
//      candidates. Per band, one sort of (band hash, rank) numbers: O(N log N), no pair enumeration;
//   3. leader clustering in canonical order: an article joins the most similar EARLIER canonical article among
//      its candidates when their similarity is at least `sameStory`, else it starts a story of its own. A copy is
//      never compared with another copy, so chains (A≈B, B≈C, A≉C) cannot glue two stories together, and each
//      story's canonical is its earliest-published article by construction.
// The similarity is the estimated share of the SHORTER text's shingles found in the other (overlap
// coefficient): a copy trimmed to 70% of the original still scores near 1, while a piece quoting two
// paragraphs of another scores low. Its Jaccard estimate comes from the bins, and the shingle counts turn it
// into an overlap: |A∩B| = J(|A|+|B|)/(1+J). Texts of very different lengths (the shorter under `minRatio` of
// the longer) are never one story.
// The result is a function of the SET of (id, published, signature), so it does not depend on input order,
// --jobs or sharding: `merge` of shard outputs reproduces one run's clusters.
import { shortHash } from '../util/hash.js';
import { differingBins, differingNibbles, nibbleSummary, radixSortByKey } from '../text/fast/sketch.js';
import { decodeSketch, fmix32, SIGNATURE, type StorySignature } from './story-signature.js';

export const STORY_DEFAULTS = {
  /** `--same-story`: minimum similarity of two copies of one story (chosen on fixtures/stories, see README). */
  sameStory: 0.8,
  /** The shorter text must hold at least this share of the longer one's shingles. */
  minRatio: 0.5,
  /** Texts with fewer shingles (about 20 words) are too short to tell a copy from a template ("Bupati X
   *  hadir ke-7." 10,000 times): each is a story of its own. */
  minShingles: 16,
  /** LSH: bins per band, and bands (rows × bands ≤ bins). */
  rows: 3,
  bands: 42,
  /** At most this many candidate canonicals are verified (and 8× as many looked at) per article, the earliest
   *  first: a swarm of articles alike but not copies (a template repeated with another number, a synthetic
   *  corpus made of the same paragraphs) stays linear. */
  maxCandidates: 64,
} as const;

export interface StoryOptions {
  sameStory?: number;
  rows?: number;
  bands?: number;
  minRatio?: number;
}

/** An article's place in a story. */
export interface StoryRef {
  storyId: string | null;
  /** Id of the canonical article, when this one is a copy. */
  duplicateOf: string | null;
  /** Similarity to the canonical, when a copy (3 decimals). */
  similarity: number | null;
}

/** A growable list of 32-bit integers in fixed chunks: no copy on growth, and at most one chunk of slack
 *  (a doubling array would hold up to twice what it needs: story traces are kept per article). */
export class Ints {
  private chunks: Int32Array[] = [];
  n = 0;
  push(v: number): void {
    const c = this.n >>> 14;
    if (c === this.chunks.length) this.chunks.push(new Int32Array(1 << 14));
    this.chunks[c]![this.n & 0x3fff] = v;
    this.n++;
  }
  get(i: number): number {
    return this.chunks[i >>> 14]![i & 0x3fff]!;
  }
}

const NO_STORY: StoryRef = { storyId: null, duplicateOf: null, similarity: null };
const BINS = SIGNATURE.bins;
const CHUNK = 4096;

/** Days since 1970 of an ISO date (YYYY-MM-DD…), or a day after every real one when there is none:
 *  undated articles sort last. */
const UNDATED = 0x7fffffff;
function dayOf(published: string | null): number {
  if (!published) return UNDATED;
  const t = Date.parse(published.slice(0, 10));
  return Number.isFinite(t) ? Math.floor(t / 86400000) : UNDATED;
}

/** The most bins two sketches with `na` and `nb` shingles may differ in for their similarity to reach
 *  `atLeast` (0 to 128), or -1 when their sizes alone rule them out (`minRatio`, or an empty one). */
function maxDifferingBins(na: number, nb: number, minRatio: number, atLeast: number): number {
  const small = Math.min(na, nb);
  const large = Math.max(na, nb);
  if (small === 0 || small < large * minRatio) return -1;
  // overlap ≥ t  ⇔  J ≥ t·small / (na + nb − t·small)
  const tSmall = atLeast * small;
  return BINS - Math.ceil((BINS * tSmall) / (na + nb - tSmall) - 1e-9);
}

/** The overlap coefficient of two sketches that differ in `differ` bins (see the header). */
function overlapOf(differ: number, na: number, nb: number): number {
  const j = (BINS - differ) / BINS;
  const inter = (j * (na + nb)) / (1 + j);
  return Math.min(1, inter / Math.min(na, nb));
}

/**
 * Estimated similarity (overlap coefficient) of two sketches with `na` and `nb` shingles. With `atLeast`, the
 * comparison stops as soon as too many bins differ for the result to reach it (0 is returned then): most
 * candidates are far from the threshold, and the bin loop is the clustering's main cost. (The reference: the
 * clustering itself compares two bins at a time, `similarity32`.)
 */
export function similarity(a: Uint16Array, ao: number, na: number, b: Uint16Array, bo: number, nb: number, minRatio: number, atLeast = 0): number {
  const maxDiffer = maxDifferingBins(na, nb, minRatio, atLeast);
  if (maxDiffer < 0) return 0;
  let differ = 0;
  for (let i = 0; i < BINS; i++) {
    if (a[ao + i] !== b[bo + i] && ++differ > maxDiffer) return 0;
  }
  return overlapOf(differ, na, nb);
}

/** `similarity` read through Int32Array views of the sketches' buffers (`ao`, `bo` still in 16-bit bins):
 *  the same value (test/corpus/sketch-fast.test.ts), two bins per comparison (src/text/fast/sketch.ts). */
export function similarity32(a: Int32Array, ao: number, na: number, b: Int32Array, bo: number, nb: number, minRatio: number, atLeast = 0): number {
  const maxDiffer = maxDifferingBins(na, nb, minRatio, atLeast);
  if (maxDiffer < 0) return 0;
  const differ = differingBins(a, ao, b, bo, BINS, maxDiffer);
  return differ < 0 ? 0 : overlapOf(differ, na, nb);
}

/** Folds articles one at a time (in run order), then clusters them all at once. */
export class StoryIndex {
  private ids: string[] = [];
  private days = new Ints();
  private counts = new Ints();
  /** Signatures, CHUNK articles per array (one big growing array would copy itself on every growth). */
  private chunks: Uint16Array[] = [];
  /** The same buffers seen as 32-bit words (two bins each), for `similarity32`. */
  private chunks32: Int32Array[] = [];
  private result: StoryRef[] | null = null;
  /** After `cluster`: per sequence number, the canonical's sequence number (-1: no story) and the rank. */
  private canon = new Int32Array(0);
  private ranks = new Int32Array(0);

  get size(): number {
    return this.ids.length;
  }

  /** Adds the next article (its position in run order is its sequence number). */
  add(id: string, published: string | null, signature: StorySignature | null | undefined): void {
    const seq = this.ids.length;
    if (seq % CHUNK === 0) {
      const chunk = new Uint16Array(CHUNK * BINS);
      this.chunks.push(chunk);
      this.chunks32.push(new Int32Array(chunk.buffer));
    }
    const sk = signature ? decodeSketch(signature.minhash) : null;
    this.ids.push(id);
    this.days.push(dayOf(published));
    this.counts.push(sk ? signature!.shingles : 0);
    if (sk) this.chunks[this.chunks.length - 1]!.set(sk, (seq % CHUNK) * BINS);
    this.result = null;
  }

  /** After `cluster`: the canonical article's sequence number (itself for a canonical), or -1. */
  canonicalOf(seq: number): number {
    return this.canon[seq] ?? -1;
  }

  /** The id of the article with this sequence number. */
  idOf(seq: number): string {
    return this.ids[seq]!;
  }

  /** After `cluster`: the article's place in canonical order (earliest published first). */
  rankOf(seq: number): number {
    return this.ranks[seq] ?? seq;
  }

  /** Story of every article, by sequence number. */
  cluster(opts: StoryOptions = {}): StoryRef[] {
    if (this.result) return this.result;
    const sameStory = opts.sameStory ?? STORY_DEFAULTS.sameStory;
    const minRatio = opts.minRatio ?? STORY_DEFAULTS.minRatio;
    const rows = opts.rows ?? STORY_DEFAULTS.rows;
    const bands = Math.min(opts.bands ?? STORY_DEFAULTS.bands, Math.floor(BINS / rows));
    const n = this.ids.length;
    // 1. canonical order
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => this.days.get(a) - this.days.get(b) || (this.ids[a]! < this.ids[b]! ? -1 : this.ids[a]! > this.ids[b]! ? 1 : 0) || a - b,
    );
    const rankOf = new Int32Array(n);
    order.forEach((seq, r) => (rankOf[seq] = r));
    // Nibble summaries by rank (src/text/fast/sketch.ts): a candidate whose summary alone shows too many
    // differing bins is rejected without reading its sketch; the same answer as similarity32's.
    const words = BINS >> 3;
    const summary = new Int32Array(n * words);
    for (let r = 0; r < n; r++) {
      const seq = order[r]!;
      if (this.counts.get(seq) > 0) nibbleSummary(this.chunks[Math.floor(seq / CHUNK)]!, (seq % CHUNK) * BINS, BINS, summary, r * words);
    }
    // 2. LSH: per band, the runs of ≥ 2 articles sharing the band's hash; for each member, (rank, run).
    const memberRank = new Ints();
    const memberRun = new Ints();
    let runs = 0;
    const withSig = (seq: number) => this.counts.get(seq) > 0;
    const comparable = (seq: number) => this.counts.get(seq) >= STORY_DEFAULTS.minShingles;
    const hashes = new Uint32Array(n); // by rank: the current band's hash
    const sorted = new Int32Array(n); // ranks of comparable articles, by (hash, rank)
    const scratch = new Int32Array(n);
    for (let band = 0; band < bands; band++) {
      let m = 0;
      for (let r = 0; r < n; r++) {
        const seq = order[r]!;
        if (!comparable(seq)) continue;
        const arr = this.chunks[Math.floor(seq / CHUNK)]!;
        const off = (seq % CHUNK) * BINS + band * rows;
        let h = fmix32(band + 1);
        for (let i = 0; i < rows; i++) h = fmix32(h ^ arr[off + i]!);
        hashes[r] = h;
        sorted[m++] = r;
      }
      // ranks went in ascending: a stable sort by hash gives (hash, rank) order (src/text/fast/sketch.ts)
      radixSortByKey(sorted, m, hashes, scratch);
      for (let i = 0; i < m; ) {
        let j = i + 1;
        while (j < m && hashes[sorted[j]!] === hashes[sorted[i]!]) j++;
        if (j - i >= 2) {
          for (let t = i; t < j; t++) {
            memberRank.push(sorted[t]!);
            memberRun.push(runs);
          }
          runs++;
        }
        i = j;
      }
    }
    // Runs of each rank (counting sort by rank).
    const start = new Int32Array(n + 1);
    for (let t = 0; t < memberRank.n; t++) start[memberRank.get(t) + 1]!++;
    for (let r = 0; r < n; r++) start[r + 1]! += start[r]!;
    const runsOf = new Int32Array(memberRank.n);
    const fill = start.slice(0, n);
    for (let t = 0; t < memberRank.n; t++) runsOf[fill[memberRank.get(t)]!++] = memberRun.get(t);
    // 3. leader clustering in canonical order
    const leaders: Array<number[] | undefined> = new Array(runs);
    const leaderOf = new Int32Array(n).fill(-1); // by rank: the canonical's rank
    const simOf = new Float64Array(n);
    const stamp = new Int32Array(n).fill(-1);
    for (let r = 0; r < n; r++) {
      const seq = order[r]!;
      if (!withSig(seq)) continue;
      const a = this.chunks32[Math.floor(seq / CHUNK)]!;
      const ao = (seq % CHUNK) * BINS;
      const na = this.counts.get(seq);
      let best = -1;
      let bestSim = 0;
      let verified = 0;
      let inspected = 0;
      const cap = STORY_DEFAULTS.maxCandidates;
      for (let t = start[r]!; t < start[r + 1]! && verified < cap && inspected < cap * 8; t++) {
        for (const c of leaders[runsOf[t]!] ?? []) {
          if (verified >= cap || ++inspected > cap * 8) break;
          if (stamp[c] === r) continue;
          stamp[c] = r;
          verified++;
          const cs = order[c]!;
          const nc = this.counts.get(cs);
          const maxDiffer = maxDifferingBins(na, nc, minRatio, sameStory);
          const s =
            maxDiffer < 0 || differingNibbles(summary, r * words, c * words, words) > maxDiffer
              ? 0
              : similarity32(a, ao, na, this.chunks32[Math.floor(cs / CHUNK)]!, (cs % CHUNK) * BINS, nc, minRatio, sameStory);
          if (s >= sameStory && (s > bestSim || (s === bestSim && c < best))) {
            best = c;
            bestSim = s;
          }
        }
      }
      if (best >= 0) {
        leaderOf[r] = best;
        simOf[r] = bestSim;
      } else {
        leaderOf[r] = r;
        for (let t = start[r]!; t < start[r + 1]!; t++) (leaders[runsOf[t]!] ??= []).push(r);
      }
    }
    const out: StoryRef[] = new Array(n);
    const storyIds = new Map<number, string>();
    this.canon = new Int32Array(n).fill(-1);
    this.ranks = rankOf;
    for (let seq = 0; seq < n; seq++) {
      const r = rankOf[seq]!;
      const lead = leaderOf[r]!;
      if (lead < 0) {
        out[seq] = NO_STORY;
        continue;
      }
      const canon = order[lead]!;
      this.canon[seq] = canon;
      let id = storyIds.get(canon);
      if (id === undefined) {
        id = `st_${shortHash(this.ids[canon]!, 12)}`;
        storyIds.set(canon, id);
      }
      out[seq] = lead === r ? { storyId: id, duplicateOf: null, similarity: null } : { storyId: id, duplicateOf: this.ids[canon]!, similarity: Math.round(simOf[r]! * 1000) / 1000 };
    }
    this.result = out;
    return out;
  }
}

/** Stories and copies of a clustering: "N articles were copies of M stories". */
export function storyCounts(refs: readonly StoryRef[]): { stories: number; copies: number; copiedStories: number } {
  const stories = new Set<string>();
  const copied = new Set<string>();
  let copies = 0;
  for (const r of refs) {
    if (!r.storyId) continue;
    stories.add(r.storyId);
    if (r.duplicateOf) {
      copies++;
      copied.add(r.storyId);
    }
  }
  return { stories: stories.size, copies, copiedStories: copied.size };
}
