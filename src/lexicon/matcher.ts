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
const JOIN_GAP_RE = /^(?:[ \t\u00a0]{1,3}|-)$/u;
const UPPER_START_RE = /^[\p{Lu}\p{N}]/u;

/** Word tokens with offsets; `joinPrev` tells whether a phrase may continue across the gap before it. */
export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const gapLen = prevEnd < 0 ? 0 : start - prevEnd;
    const joinPrev = prevEnd >= 0 && gapLen <= 3 && JOIN_GAP_RE.test(text.slice(prevEnd, start));
    out.push({ start, end, text: m[0], lower: normToken(m[0]), joinPrev });
    prevEnd = end;
  }
  return out;
}

function normToken(t: string): string {
  return t.toLowerCase().replace(/’/gu, "'");
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

function tokenAccepted(written: string, lexical: string, mode: CaseMode): boolean {
  if (mode === 'title') return UPPER_START_RE.test(written);
  if (written === lexical) return true;
  const letters = lexical.replace(/[^\p{L}]/gu, '').length;
  return letters >= 4 && written === lexical.toUpperCase();
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { children: new Map(), entries: [] };
  private maxLen = 0;

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
    if (toks.length > this.maxLen) this.maxLen = toks.length;
  }

  /** Longest accepted phrase starting at token `i`, or null. */
  matchAt(text: string, tokens: readonly MatchToken[], i: number): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < tokens.length && j - i < this.maxLen; j++) {
      const tok = tokens[j]!;
      if (j > i && !tok.joinPrev) break;
      node = node.children.get(tok.lower);
      if (!node) break;
      if (node.entries.length === 0) continue;
      const values: T[] = [];
      for (const e of node.entries) {
        let ok = true;
        for (let k = 0; k < e.tokens.length; k++) {
          if (!tokenAccepted(tokens[i + k]!.text.replace(/’/gu, "'"), e.tokens[k]!, e.mode)) {
            ok = false;
            break;
          }
        }
        if (ok) values.push(e.value);
      }
      if (values.length > 0) {
        const start = tokens[i]!.start;
        const end = tok.end;
        best = { start, end, text: text.slice(start, end), tokenStart: i, tokenEnd: j + 1, values };
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  matchAll(text: string, tokens: readonly MatchToken[] = matchTokens(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(text, tokens, i);
      if (m) {
        out.push(m);
        i = m.tokenEnd;
      } else i++;
    }
    return out;
  }
}
