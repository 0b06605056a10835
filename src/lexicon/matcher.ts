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

import { TextIndex } from '../text/index.js';
import { type TokenTable, type WordRuns, scanRuns } from '../text/runs.js';

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
// The word runs and tokens of an article come from its TextIndex (src/text/): one scan by character
// codes per article, kept on the article's index. The exports below are the old entry points, kept for
// the callers that still pass a bare text (each call scans that text anew; nothing is kept between calls).

export { charClass, classAt, classBefore, runEndAt, widthAt, LOWER, UPPER, WORD as LETTER_OR_DIGIT } from '../text/chars.js';
export { type WordRuns, TokenTable, runLowers } from '../text/runs.js';

/** Word runs of `text`, scanned anew. Prefer `TextIndex.runs` (computed once per article). */
export function wordRuns(text: string): WordRuns {
  return scanRuns(text);
}

/**
 * Every word written in lower case in the text: exactly the matches of
 * `/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’]*(?![\p{L}\p{N}])/gu`. Prefer `TextIndex.lowerWords`.
 */
export function lowerCaseWords(text: string): Set<string> {
  return new TextIndex(text).lowerWords;
}

/** The token table of `text` (see TokenTable). Prefer `TextIndex.tokens`. */
export function tokenTable(text: string): TokenTable {
  return new TextIndex(text).tokens;
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

const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

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
  /** By pairKey() of a phrase's first token: the lengthBit() of every such first token. A token whose bit is
   *  not set under its key starts no phrase, and is skipped without a trie lookup (which would hash its
   *  text); the length rules out most capitalised words whose first two letters collide with a name's.
   *  Keys and long lengths may collide: only a pre-filter. */
  private readonly firstPairs = new Int32Array(1 << 16);
  /** The same, over the first tokens of the `exact` entries written with a–z first only: the only entries
   *  a token written with a–z first can start (a `title` entry needs a capital or a digit, an `exact` one its
   *  token as written or in capitals). Gazetteer names have none and the aliases one (`keistimewaan
   *  Yogyakarta`), so the (most frequent) words starting with a–z are skipped here, not at the trie's root. */
  private readonly lowerFirstPairs = new Int32Array(1 << 16);

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
    if (e.mode === 'exact' && isAsciiLower(toks[0]!.charCodeAt(0))) this.lowerFirstPairs[pairKey(first)]! |= lengthBit(first);
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
      const lower = tokens.lowers[i]!;
      const pairs = isAsciiLower(text.charCodeAt(tokens.starts[i]!)) ? this.lowerFirstPairs : this.firstPairs;
      if ((pairs[pairKey(lower)]! & lengthBit(lower)) === 0) {
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
