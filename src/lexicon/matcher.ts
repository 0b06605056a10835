// One compiled phrase matcher: a token trie over lower-cased word tokens, walked once per start token
// (longest match wins). Used for the gazetteer + region aliases, and usable for any other lexicon.
//
// Word-boundary semantics come from the tokenizer (a phrase always starts and ends on token edges);
// tokens of one phrase must be separated by 1–3 spaces or a single hyphen (`Toli-Toli`), never by a
// line break or punctuation. Case handling is per entry:
//   - `exact`: each token as written in the lexicon (`NTB`, `Lotim`), or its all-caps form when the
//     lexicon token has ≥ 4 letters (`LOTIM` in a dateline). `ntb`/`lotim` never match.
//   - `title`: each token starts with an upper-case letter or digit (`Lombok Timur`, `LOMBOK TIMUR`),
//     so lower-case common words (`batu`, `malang`) never match.

export type CaseMode = 'exact' | 'title';

export interface PhraseEntry<T> {
  phrase: string;
  mode: CaseMode;
  value: T;
}

export interface MatchToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** True when the gap before this token allows it to continue a phrase (spaces or one hyphen). */
  joinPrev: boolean;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  /** Index of the first token and one past the last token in the token array. */
  tokenStart: number;
  tokenEnd: number;
  /** Every entry of that exact phrase whose case rule accepted the text (ambiguous phrases give several). */
  values: T[];
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const UPPER_START_RE = /^[\p{Lu}\p{N}]/u;

// ---------------------------------------------------------------------------------------------
// Article-level word scan, shared by the extractors.
//
// Regions (the phrase matcher) and officials (title and name pre-filters, lower-case words) all need
// the words of the same article text. Running one `\p{L}`-aware regex per need over the whole text was
// the most expensive part of both extractors, so the text is scanned once, by character codes, into
// word runs (maximal `[\p{L}\p{N}]+` runs), and the result is kept for the last few texts (an
// extractor asks again for the same string, so the check is a pointer comparison).
//
// Character classes come from the same regex engine (`\p{L}`, `\p{N}`, `\p{Ll}`, `\p{Lu}` with the
// `u` flag), tabulated once for the BMP, so a run here is exactly what the regexes would see.

/** Class bits of one code point. */
export const LETTER_OR_DIGIT = 1;
export const LOWER = 2;
export const UPPER = 4;

let bmpClass: Uint8Array | null = null;
const astralClass = new Map<number, number>();

function classTable(): Uint8Array {
  if (bmpClass) return bmpClass;
  const t = new Uint8Array(0x10000);
  // every BMP code unit once (surrogate halves replaced by a space: alone they are no letter)
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let all = '';
  for (let c = 0; c < 0x10000; c += 4096) all += String.fromCharCode(...units.subarray(c, c + 4096));
  const mark = (re: RegExp, bit: number): void => {
    for (let m = re.exec(all); m !== null; m = re.exec(all)) t[m.index] |= bit;
  };
  mark(/[\p{L}\p{N}]/gu, LETTER_OR_DIGIT);
  mark(/\p{Ll}/gu, LOWER);
  mark(/\p{Lu}/gu, UPPER);
  bmpClass = t;
  return t;
}

/** Class bits of the code point `cp`. */
export function charClass(cp: number): number {
  if (cp < 0x10000) return classTable()[cp]!;
  let c = astralClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0);
    astralClass.set(cp, c);
  }
  return c;
}

/** Class bits of the code point starting at `i` (a lone surrogate has none). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return charClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return charClass(c);
}

/** Class bits of the code point ending right before `i` (0 at the start of the text). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return charClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return charClass(d);
}

/** End of the word run (`[\p{L}\p{N}]+`) starting at `i` (`i` itself when none starts there). */
export function runEndAt(text: string, i: number): number {
  let e = i;
  while (e < text.length && classAt(text, e) & LETTER_OR_DIGIT) e += widthAt(text, e);
  return e;
}

/** Length in UTF-16 units of the code point starting at `i`. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The maximal `[\p{L}\p{N}]+` runs of a text, as `[starts[k], ends[k])`. */
export interface WordRuns {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Each run lower-cased (`toLowerCase()`), computed on first use by runLowers(). */
  lowers: string[] | null;
  /** Whether some run is followed by an apostrophe and another run right after it (`Ma'ruf`): only then
   *  do match tokens (which join such runs) differ from the runs. */
  apostropheJoins: boolean;
}

/** The lower-cased text of every run (computed once per text, shared by the phrase matcher and officials). */
export function runLowers(text: string, runs: WordRuns): string[] {
  if (runs.lowers) return runs.lowers;
  const out = new Array<string>(runs.count);
  // Lower-casing the whole text once and slicing it is twice as fast as lower-casing each run, and gives
  // the same strings when no character changes length (`İ` → `i̇`) and no `Σ` is present (the only
  // context-dependent mapping: final `ς`); otherwise each run is lower-cased on its own.
  const whole = text.toLowerCase();
  const aligned = whole.length === text.length && !text.includes('Σ');
  for (let k = 0; k < runs.count; k++) {
    const s = runs.starts[k]!;
    const e = runs.ends[k]!;
    out[k] = aligned ? whole.slice(s, e) : text.slice(s, e).toLowerCase();
  }
  runs.lowers = out;
  return out;
}

/** Per BMP code unit: LETTER_OR_DIGIT alone (bit 1, read by the scan loop as a 0/1 number), or
 *  SURROGATE for a surrogate half (then the text is rescanned code point by code point). */
const SURROGATE = 2;
let lnTable: Uint8Array | null = null;
function letterTable(): Uint8Array {
  if (lnTable) return lnTable;
  const t = classTable();
  const l = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) l[c] = c >= 0xd800 && c <= 0xdfff ? SURROGATE : t[c]! & LETTER_OR_DIGIT;
  lnTable = l;
  return l;
}

/** Scratch space for run starts/ends, reused across texts (grown to the longest text seen); the runs of
 *  one text are copied out of it at exact size. */
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);

function scanRuns(text: string): WordRuns {
  const ln = letterTable();
  const n = text.length;
  // A text of n units has at most ceil(n / 2) runs; one spare slot takes the unconditional write below.
  if (scratchStarts.length < n + 2) {
    scratchStarts = new Int32Array(n + 2);
    scratchEnds = new Int32Array(n + 2);
  }
  const S = scratchStarts;
  const E = scratchEnds;
  let sc = 0;
  let ec = 0;
  let prev = 0; // whether the previous code unit is a letter or digit (0/1)
  let seen = 0; // OR of the table values: tells whether a surrogate was met
  // Branch-free on run edges: word boundaries come every few characters and are unpredictable, so each
  // position is written unconditionally and the count advances only on an edge (`b & ~prev`: a run starts,
  // `prev & ~b`: one ends).
  for (let i = 0; i < n; i++) {
    const v = ln[text.charCodeAt(i)]!;
    seen |= v;
    const b = v & LETTER_OR_DIGIT;
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
      const c = text.charCodeAt(i);
      const w = widthAt(text, i);
      const b = c >= 0xd800 && c <= 0xdfff ? classAt(text, i) & LETTER_OR_DIGIT : ln[c]! & LETTER_OR_DIGIT;
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

/** The last few texts scanned (most recent first): regions and officials ask for the same article. */
const recentRuns: Array<{ text: string; runs: WordRuns }> = [];
const RECENT_MAX = 3;

/** Word runs of `text`, scanned once per text (see above). */
export function wordRuns(text: string): WordRuns {
  for (const r of recentRuns) if (r.text === text) return r.runs;
  const runs = scanRuns(text);
  recentRuns.unshift({ text, runs });
  if (recentRuns.length > RECENT_MAX) recentRuns.pop();
  return runs;
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * Every word written in lower case in the text: exactly the matches of
 * `/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’]*(?![\p{L}\p{N}])/gu`, computed from the word runs.
 * A match starts at a run whose first letter is lower case, takes lower-case letters and apostrophes
 * greedily, and must not end before a letter or digit (backing off to its last apostrophe if it does).
 */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  const runs = wordRuns(text);
  const { count, starts, ends } = runs;
  const lowers = runLowers(text, runs);
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
    if (j >= text.length || (classAt(text, j) & LETTER_OR_DIGIT) === 0) end = j;
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
 *  joined by single apostrophes (`Ma'ruf`): exactly the matches of `TOKEN_RE` above. */
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

/** The token table of `text`, built from its word runs (see TokenTable). */
export function tokenTable(text: string): TokenTable {
  const runs = wordRuns(text);
  const { count, starts, ends } = runs;
  const lowers = runLowers(text, runs);
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

/** Word tokens with offsets, as objects (see TokenTable; the matcher itself works on the table). */
export function matchTokens(text: string): MatchToken[] {
  const t = tokenTable(text);
  const out: MatchToken[] = [];
  for (let k = 0; k < t.count; k++) {
    const start = t.starts[k]!;
    const end = t.ends[k]!;
    out.push({ start, end, text: text.slice(start, end), lower: t.lowers[k]!, joinPrev: t.joinsPrev(k) });
  }
  return out;
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

function normToken(t: string): string {
  const l = t.toLowerCase();
  return l.includes('’') ? l.replace(/’/gu, "'") : l;
}

interface Stored<T> {
  tokens: string[];
  mode: CaseMode;
  value: T;
}

interface Node<T> {
  children: Map<string, Node<T>>;
  entries: Stored<T>[];
}

/** Low bytes of the first two char codes of a (lower-cased) token, as one 16-bit key. */
function pairKey(lower: string): number {
  return ((lower.charCodeAt(0) & 0xff) << 8) | (lower.length > 1 ? lower.charCodeAt(1) & 0xff : 0);
}

/** One bit per token length (lengths of 31 and more share the top bit). */
function lengthBit(lower: string): number {
  return 1 << Math.min(lower.length, 31);
}

function tokenAccepted(written: string, lexical: string, mode: CaseMode): boolean {
  if (mode === 'title') return UPPER_START_RE.test(written);
  if (written === lexical) return true;
  const letters = lexical.replace(/[^\p{L}]/gu, '').length;
  return letters >= 4 && written === lexical.toUpperCase();
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { children: new Map(), entries: [] };
  private maxLen = 0;
  /** Whether some entry can start with a word written in lower case (an `exact` entry written so). Gazetteer
   *  names and aliases cannot, so matchAll skips the (most frequent) words starting with a–z at once. */
  private lowerStart = false;
  /** By pairKey() of a phrase's first token: the lengthBit() of every such first token. A token whose bit is
   *  not set under its key starts no phrase, and is skipped without a trie lookup (which would hash its
   *  text); the length rules out most capitalised words whose first two letters collide with a name's.
   *  Keys and long lengths may collide: only a pre-filter. */
  private readonly firstPairs = new Int32Array(1 << 16);

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const e of entries) this.add(e);
  }

  private add(e: PhraseEntry<T>): void {
    const toks: string[] = [];
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(e.phrase); m !== null; m = TOKEN_RE.exec(e.phrase)) toks.push(m[0].replace(/’/gu, "'"));
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      const k = t.toLowerCase();
      let next = node.children.get(k);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(k, next);
      }
      node = next;
    }
    node.entries.push({ tokens: toks, mode: e.mode, value: e.value });
    const first = toks[0]!.toLowerCase();
    this.firstPairs[pairKey(first)]! |= lengthBit(first);
    if (e.mode === 'exact' && isAsciiLower(toks[0]!.charCodeAt(0))) this.lowerStart = true;
    if (toks.length > this.maxLen) this.maxLen = toks.length;
  }

  /** Longest accepted phrase starting at token `i`, or null. */
  matchAt(text: string, tokens: TokenTable, i: number): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < tokens.count && j - i < this.maxLen; j++) {
      if (j > i && !tokens.joinsPrev(j)) break;
      node = node.children.get(tokens.lowers[j]!);
      if (!node) break;
      if (node.entries.length === 0) continue;
      const values: T[] = [];
      for (const e of node.entries) {
        let ok = true;
        for (let k = 0; k < e.tokens.length; k++) {
          const at = tokens.starts[i + k]!;
          if (e.mode === 'title') {
            // only the first character counts: A–Z/0–9 pass and a–z fail at once, others ask the regex
            const c = text.charCodeAt(at);
            if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) continue;
            if ((c >= 0x61 && c <= 0x7a) || !UPPER_START_RE.test(text.slice(at, tokens.ends[i + k]!))) {
              ok = false;
              break;
            }
            continue;
          }
          const written = text.slice(at, tokens.ends[i + k]!).replace(/’/gu, "'");
          if (!tokenAccepted(written, e.tokens[k]!, e.mode)) {
            ok = false;
            break;
          }
        }
        if (ok) values.push(e.value);
      }
      if (values.length > 0) {
        const start = tokens.starts[i]!;
        const end = tokens.ends[j]!;
        best = { start, end, text: text.slice(start, end), tokenStart: i, tokenEnd: j + 1, values };
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  matchAll(text: string, tokens: TokenTable = tokenTable(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.count; ) {
      // `title` entries need a capital or digit first, `exact` ones their own first letter (or capitals)
      if (!this.lowerStart && isAsciiLower(text.charCodeAt(tokens.starts[i]!))) {
        i++;
        continue;
      }
      const lower = tokens.lowers[i]!;
      if ((this.firstPairs[pairKey(lower)]! & lengthBit(lower)) === 0) {
        i++;
        continue;
      }
      const m = this.matchAt(text, tokens, i);
      if (m) {
        out.push(m);
        i = m.tokenEnd;
      } else i++;
    }
    return out;
  }
}
