// One finished article as the main thread receives it from a worker: serialised once, in the worker,
// with the slim record the corpus fold needs. Light on purpose: the main thread imports this module,
// never the pipeline itself.
import { corpusRecord, type CorpusRecord } from '../corpus/record.js';
import type { Article } from '../model.js';
import { articleFromJson, articleJson } from './json.js';
import { articleRows, type Row, type TableName } from './rows.js';

/** What the caller wants back from a worker: the JSON line (with or without text) and which table's rows. */
export interface RenderSpec {
  includeText: boolean;
  /** A per-article table whose rows are streamed (csv/table to stdout), or null. */
  table: TableName | null;
}

/** One finished article, ready for the main thread: serialised once, in the worker. */
export interface Processed {
  record: CorpusRecord;
  /** JSON of the article (the jsonl line, without its newline). */
  line: string;
  rows: Row[];
  timings?: Record<string, number>;
}

export function render(a: Article, spec: RenderSpec): Processed {
  const p: Processed = {
    record: corpusRecord(a),
    line: JSON.stringify(articleJson(a, spec.includeText)),
    rows: spec.table ? articleRows(a, spec.table) : [],
  };
  if (a.timings) p.timings = a.timings;
  return p;
}

/** The article back from its JSON line (check needs whole articles). */
export function articleOf(p: Processed): Article {
  return articleFromJson(JSON.parse(p.line) as Record<string, unknown>);
}
