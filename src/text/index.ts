// The TextIndex: everything the extractors read off one article's cleaned text, computed at most once per
// article, on first use, and kept on the instance (never on a module). The pipeline builds one per article
// and hands it to every extractor (`ExtractContext.index`); an extractor that needs something of its own
// per article (the dates' candidate positions) keeps it with `memo`, under a key its module owns.
//
// Because nothing is kept between articles, an article's results and cost do not depend on what the
// worker processed before it (test/text/state.test.ts checks the results).
import { type WordRuns, type TokenTable, lowerCaseWordsOf, runLowers, scanRuns, tokensOf } from './runs.js';
import { type Sentences, splitLineSentences } from './sentences.js';

/** `[start, end)` offsets into the text. */
export interface Span {
  start: number;
  end: number;
}

/** Spans of the non-empty pieces of `text` between blank lines (`\n\n`). */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf('\n\n', start);
    const end = i < 0 ? text.length : i;
    if (end > start) out.push({ start, end });
    if (i < 0) return out;
    start = i + 2;
    while (text.charCodeAt(start) === 10) start++;
  }
}

export class TextIndex {
  private runsV: WordRuns | null = null;
  private tokensV: TokenTable | null = null;
  private lowerV: string | null = null;
  private lowerWordsV: Set<string> | null = null;
  private sentencesV: Sentences | null = null;
  private paragraphsV: readonly Span[] | null;
  private readonly memos = new Map<symbol, unknown>();

  /** `paragraphs`, when the cleaner already has them, are kept as given (else split at blank lines). */
  constructor(
    readonly text: string,
    paragraphs?: readonly Span[],
  ) {
    this.paragraphsV = paragraphs ?? null;
  }

  /** The text lower-cased as a whole (`toLowerCase()`: may be longer than the text, see runLowers). */
  get lower(): string {
    return (this.lowerV ??= this.text.toLowerCase());
  }

  /** The maximal `[\p{L}\p{N}]+` runs (word offsets). */
  get runs(): WordRuns {
    return (this.runsV ??= scanRuns(this.text));
  }

  /** Each run lower-cased. */
  get runLowers(): readonly string[] {
    const runs = this.runs;
    return runs.lowers ?? runLowers(this.text, runs, this.lower);
  }

  /** Word tokens (runs joined by single apostrophes: `Ma'ruf`). */
  get tokens(): TokenTable {
    return (this.tokensV ??= tokensOf(this.text, this.runs, this.runLowers));
  }

  /** Every word written in lower case somewhere in the text (see lowerCaseWordsOf). */
  get lowerWords(): Set<string> {
    return (this.lowerWordsV ??= lowerCaseWordsOf(this.text, this.runs, this.runLowers));
  }

  /** Sentences as the dates and counts extractors split them (see text/sentences.ts). */
  get sentences(): Sentences {
    return (this.sentencesV ??= splitLineSentences(this.text));
  }

  /** Paragraph spans: the cleaner's (its output joins paragraphs with one blank line), or the text cut at
   *  each blank line. */
  get paragraphs(): readonly Span[] {
    return (this.paragraphsV ??= paragraphSpans(this.text));
  }

  /** A value derived from this text, computed once per article: `key` is a symbol owned by the module that
   *  computes it (so two modules never share an entry by accident). */
  memo<T>(key: symbol, make: (index: TextIndex) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = make(this);
    this.memos.set(key, v);
    return v;
  }
}

/** `src` itself, or a new index of the text `src` (for functions that callers give either). */
export function asIndex(src: string | TextIndex): TextIndex {
  return typeof src === 'string' ? new TextIndex(src) : src;
}

/** The index of `ctx.text`, built on first ask and kept on `ctx` (a per-article object): callers that get an
 *  ExtractContext without one (tests, single extractors) share one per context all the same. */
export function indexOf(ctx: { text: string; paragraphs?: readonly Span[]; index?: TextIndex }): TextIndex {
  if (ctx.index === undefined || ctx.index.text !== ctx.text) ctx.index = new TextIndex(ctx.text, ctx.paragraphs);
  return ctx.index;
}

export type { WordRuns, TokenTable, Sentences };
