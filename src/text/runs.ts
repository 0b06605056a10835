// Word runs and word tokens of a text, found by character codes (one pass, no regex call per word).
//
// A run is a maximal `[\p{L}\p{N}]+` (by code points, as the `u`-flag regex sees it); a token is one run or
// several joined by single apostrophes (`Ma'ruf`). Computed once per article by the TextIndex (index.ts);
// the functions here are pure and keep nothing between calls.
import { CLASS, LOWER, SURROGATE, WORD, classAt, widthAt } from './chars.js';

/** The maximal `[\p{L}\p{N}]+` runs of a text, as `[starts[k], ends[k])`. */
export interface WordRuns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Each run lower-cased (`toLowerCase()`), computed on first use by runLowers(). */
  lowers: string[] | null;
  /** Whether some run is followed by an apostrophe and another run right after it (`Ma'ruf`): only then
   *  do tokens (which join such runs) differ from the runs. */
  apostropheJoins: boolean;
}

export const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** The word runs of `text`, scanned by character codes. */
export function scanRuns(text: string): WordRuns {
  const n = text.length;
  // A text of n units has at most ceil(n / 2) runs; one spare slot takes the unconditional write below.
  const cap = (n >> 1) + 2;
  const S = new Int32Array(cap);
  const E = new Int32Array(cap);
  let sc = 0;
  let ec = 0;
  let prev = 0; // whether the previous code unit is a letter or digit (0/1)
  let seen = 0; // OR of the class bits: tells whether a surrogate was met
  // Branch-free on run edges: word boundaries come every few characters and are unpredictable, so each
  // position is written unconditionally and the count advances only on an edge (`b & ~prev`: a run starts,
  // `prev & ~b`: one ends).
  for (let i = 0; i < n; i++) {
    const v = CLASS[text.charCodeAt(i)]!;
    seen |= v;
    const b = v & WORD;
    S[sc] = i;
    sc += b & ~prev;
    E[ec] = i;
    ec += prev & ~b;
    prev = b;
  }
  // Rare (emoji, astral letters): redo the scan by code points, a pair counting as one.
  if (seen & SURROGATE) {
    sc = 0;
    ec = 0;
    prev = 0;
    for (let i = 0; i < n; i++) {
      const w = widthAt(text, i);
      const b = classAt(text, i) & WORD;
      S[sc] = i;
      sc += b & ~prev;
      E[ec] = i;
      ec += prev & ~b;
      prev = b;
      i += w - 1;
    }
  }
  if (prev) E[ec++] = n;
  const starts = S.slice(0, sc);
  const ends = E.slice(0, ec);
  // a run followed by an apostrophe and, right after it, the next run (`Ma'ruf`)
  let apostropheJoins = false;
  for (let k = 0; k + 1 < sc; k++) {
    const e = ends[k]!;
    if (starts[k + 1] === e + 1 && isApostrophe(text.charCodeAt(e))) {
      apostropheJoins = true;
      break;
    }
  }
  return { count: sc, starts, ends, lowers: null, apostropheJoins };
}

/** The lower-cased text of every run (computed once per runs object, then kept on it). `whole`, when given,
 *  is `text.toLowerCase()`. */
export function runLowers(text: string, runs: WordRuns, whole?: string): string[] {
  if (runs.lowers) return runs.lowers;
  const out = new Array<string>(runs.count);
  // Lower-casing the whole text once and slicing it is twice as fast as lower-casing each run, and gives
  // the same strings when no character changes length (`İ` → `i̇`) and no `Σ` is present (the only
  // context-dependent mapping: final `ς`); otherwise each run is lower-cased on its own.
  const low = whole ?? text.toLowerCase();
  const aligned = low.length === text.length && !text.includes('Σ');
  for (let k = 0; k < runs.count; k++) {
    const s = runs.starts[k]!;
    const e = runs.ends[k]!;
    out[k] = aligned ? low.slice(s, e) : text.slice(s, e).toLowerCase();
  }
  runs.lowers = out;
  return out;
}

/**
 * Every word written in lower case in the text: exactly the matches of
 * `/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’]*(?![\p{L}\p{N}])/gu`, computed from the word runs.
 * A match starts at a run whose first letter is lower case, takes lower-case letters and apostrophes
 * greedily, and must not end before a letter or digit (backing off to its last apostrophe if it does).
 */
export function lowerCaseWordsOf(text: string, runs: WordRuns, lowers: readonly string[]): Set<string> {
  const out = new Set<string>();
  const { count, starts, ends } = runs;
  let resume = 0;
  for (let k = 0; k < count; k++) {
    const p = starts[k]!;
    if (p < resume || (classAt(text, p) & LOWER) === 0) continue;
    let j = p;
    let lastApos = -1;
    let plain = true; // only a–z so far
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c >= 0x61 && c <= 0x7a) j++; // a–z, the common case
      else if (isApostrophe(c)) {
        lastApos = j;
        plain = false;
        j++;
      } else if (c >= 0x80 && classAt(text, j) & LOWER) {
        plain = false;
        j += widthAt(text, j);
      } else break;
    }
    let end = -1;
    if (j >= text.length || (classAt(text, j) & WORD) === 0) end = j;
    else if (lastApos > p) end = lastApos;
    if (end > p) {
      // a whole a–z run is its own lower-cased text: reuse that string (no copy, hash already known)
      out.add(plain && end === ends[k] ? lowers[k]! : text.slice(p, end));
      resume = end;
    } else resume = p + 1;
  }
  return out;
}

/** The word tokens of a text, as parallel arrays (no object or string per token: most tokens are only
 *  ever looked at by their first character and their lower-cased text). A token is one word run or several
 *  joined by single apostrophes (`Ma'ruf`): exactly the `gu` matches of `[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*`. */
export class TokenTable {
  constructor(
    readonly text: string,
    readonly count: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** Lower-cased text, with `’` written `'`. */
    readonly lowers: readonly string[],
  ) {}

  /** Whether the gap before token `k` lets a phrase continue into it (1–3 spaces or one hyphen). Asked
   *  only where a phrase could continue, so it is computed then, not for every token up front. */
  joinsPrev(k: number): boolean {
    return k > 0 && joinGap(this.text, this.ends[k - 1]!, this.starts[k]!);
  }
}

/** The token table of `text`, built from its word runs and their lower-cased texts (see TokenTable). */
export function tokensOf(text: string, runs: WordRuns, lowers: readonly string[]): TokenTable {
  const { count, starts, ends } = runs;
  // When no runs join, the tokens ARE the runs: share their arrays (the common case).
  if (!runs.apostropheJoins) return new TokenTable(text, count, starts, ends, lowers);
  const ts = new Int32Array(count);
  const te = new Int32Array(count);
  const tl: string[] = [];
  let n = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k]!;
    const first = k;
    let end = ends[k]!;
    while (k + 1 < count && starts[k + 1] === end + 1 && isApostrophe(text.charCodeAt(end))) end = ends[++k]!;
    ts[n] = start;
    te[n] = end;
    // a one-run token (no apostrophe to normalise) is its run's lower-cased text
    tl.push(k === first ? lowers[k]! : normToken(text.slice(start, end)));
    n++;
  }
  return new TokenTable(text, n, ts, te, tl);
}

/** The gap `[from, to)` between two tokens is 1–3 spaces/tabs/no-break spaces, or one hyphen. */
function joinGap(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 1 || len > 3) return false;
  if (len === 1 && text.charCodeAt(from) === 0x2d) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** A token's lookup form: lower case, `’` written `'`. */
export function normToken(t: string): string {
  const l = t.toLowerCase();
  return l.includes('’') ? l.replace(/’/gu, "'") : l;
}
