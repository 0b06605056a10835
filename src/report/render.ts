// One finished article as the main thread receives it from a worker: serialised once, in the worker,
// with the slim record the corpus fold needs. Light on purpose: the main thread imports this module,
// never the pipeline itself.
import { corpusRecord, type CorpusRecord } from '../corpus/record.js';
import type { Article } from '../model.js';
import { quoteContexts, type QuoteContext } from './html/context.js';
import { articleFromJson, articleJson } from './json.js';
import { articleRows, type Row, type TableName } from './rows.js';

/** What the caller wants back from a worker: the JSON line (with or without text) and which table's rows. */
export interface RenderSpec {
  includeText: boolean;
  /** A per-article table whose rows are streamed (csv/table to stdout), or null. */
  table: TableName | null;
  /** The HTML report wants each statement's quote in context (needs the text, which only the worker has). */
  contexts?: boolean;
}

/** One finished article, ready for the main thread: serialised once, in the worker. */
export interface Processed {
  record: CorpusRecord;
  /** JSON of the article (the jsonl line, without its newline). */
  readonly line: string;
  /** The same line with its newline, UTF-8 encoded, when it came from a worker (see WireBatch): jsonl
   *  and spool writers copy these bytes out as they are, never decoding or re-encoding them. */
  readonly bytes?: Uint8Array;
  rows: Row[];
  timings?: Record<string, number>;
  /** One [before, after] per statement, with RenderSpec.contexts. */
  contexts?: QuoteContext[];
}

/**
 * A worker's batch as it crosses to the main thread. The JSON lines (~8 KB per article, most of what a
 * worker sends back) travel as ONE UTF-8 buffer that is transferred, not copied: the main thread neither
 * deserialises nor re-encodes them, and writes them out as they are. JSON.stringify escapes every control
 * character, so a line holds no raw newline and `\n` bytes separate the articles.
 */
export interface WireBatch {
  items: Array<Omit<Processed, 'line' | 'bytes'>>;
  bytes: Uint8Array;
}

/** Encoding scratch, grown as needed and reused by every batch of this thread (see toWire). */
let scratch = Buffer.alloc(0);

export function toWire(batch: Processed[]): WireBatch {
  // Each line is encoded straight into the scratch buffer (no joined copy of the batch's text first): a UTF-16
  // unit takes at most 3 UTF-8 bytes, so 3 × length + newlines always fits. Only the bytes written are then
  // copied into a buffer of their own to be transferred (pooled or shared ones cannot be): sending the 3×
  // worst-case allocation instead would make the main thread account for ~3× the memory it receives, and
  // collect garbage that much more often.
  let units = 0;
  for (const p of batch) units += p.line.length + 1;
  if (scratch.length < units * 3) scratch = Buffer.allocUnsafeSlow(Math.max(units * 3, 1 << 20));
  let at = 0;
  for (const p of batch) {
    at += scratch.write(p.line, at, 'utf8');
    scratch[at++] = 0x0a;
  }
  const bytes = new Uint8Array(at);
  bytes.set(scratch.subarray(0, at));
  return {
    items: batch.map(({ record, rows, timings, contexts }) => {
      const it: Omit<Processed, 'line' | 'bytes'> = timings ? { record, rows, timings } : { record, rows };
      if (contexts) it.contexts = contexts;
      return it;
    }),
    bytes,
  };
}

const utf8 = new TextDecoder();

/** A Processed whose line stays bytes until something asks for it as a string. */
class WireProcessed implements Processed {
  private text: string | null = null;
  constructor(
    readonly record: CorpusRecord,
    readonly rows: Row[],
    readonly bytes: Uint8Array,
    readonly timings?: Record<string, number>,
    readonly contexts?: QuoteContext[],
  ) {}
  get line(): string {
    return (this.text ??= utf8.decode(this.bytes.subarray(0, this.bytes.length - 1)));
  }
}

export function fromWire(w: WireBatch): Processed[] {
  const out: Processed[] = [];
  let from = 0;
  for (const it of w.items) {
    const nl = w.bytes.indexOf(0x0a, from);
    out.push(new WireProcessed(it.record, it.rows, w.bytes.subarray(from, nl + 1), it.timings, it.contexts));
    from = nl + 1;
  }
  return out;
}

export function render(a: Article, spec: RenderSpec): Processed {
  const p: Processed = {
    record: corpusRecord(a),
    line: JSON.stringify(articleJson(a, spec.includeText)),
    rows: spec.table ? articleRows(a, spec.table) : [],
  };
  if (a.timings) p.timings = a.timings;
  if (spec.contexts) p.contexts = quoteContexts(a.text ?? '', a.statements);
  return p;
}

/** The article back from its JSON line (check needs whole articles). */
export function articleOf(p: Processed): Article {
  return articleFromJson(JSON.parse(p.line) as Record<string, unknown>);
}
