// Reading saved results (json documents or jsonl streams, optionally gzipped) back into Articles,
// for `merge`, `check` and `diff`.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Article } from '../model.js';
import { ioReason, jsonReason } from '../ingest/reasons.js';
import { articleFromJson } from '../report/json.js';

export class ResultsError extends Error {}

/** A whole json document: its articles and summary. */
export function readDocument(path: string): { articles: Article[]; summary: Record<string, unknown> } {
  let text: string;
  try {
    const bytes = readFileSync(path);
    text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (e) {
    throw new ResultsError(`${path}: ${ioReason(e)}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ResultsError(`${path}: not a JSON result (${jsonReason(e, text)})`);
  }
  const d = doc as { articles?: unknown; summary?: unknown };
  if (!d || typeof d !== 'object' || !Array.isArray(d.articles)) throw new ResultsError(`${path}: not an asn-scan JSON result (no "articles" array)`);
  return {
    articles: (d.articles as Record<string, unknown>[]).map(articleFromJson),
    summary: (d.summary as Record<string, unknown>) ?? {},
  };
}

/** Articles from a json or jsonl result, in file order; jsonl is streamed. */
export async function* readResults(path: string): AsyncGenerator<Article> {
  const base = path.replace(/\.gz$/, '');
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson')) {
    const file = createReadStream(path);
    const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
    file.on('error', (e) => input.destroy(e));
    const rl = createInterface({ input, crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of rl) {
        n++;
        if (!line.trim()) continue;
        let o: unknown;
        try {
          o = JSON.parse(line);
        } catch (e) {
          throw new ResultsError(`${path}:${n}: not JSON (${jsonReason(e, line)})`);
        }
        const rec = o as Record<string, unknown>;
        yield articleFromJson((rec.data as Record<string, unknown>) ?? rec);
      }
    } catch (e) {
      if (e instanceof ResultsError) throw e;
      throw new ResultsError(`${path}: ${ioReason(e)}`);
    }
    return;
  }
  yield* readDocument(path).articles;
}

/** The order a single run writes: stdin first, then by source path, then by line. */
export function articleOrder(a: Article, b: Article): number {
  if (a.source !== b.source) {
    if (a.source === '-') return -1;
    if (b.source === '-') return 1;
    return a.source < b.source ? -1 : 1;
  }
  return (a.line ?? 0) - (b.line ?? 0) || (a.offset ?? 0) - (b.offset ?? 0);
}

/** k-way merge of result files that are each already in run order (as shard outputs are). */
export async function* mergeOrdered(paths: string[]): AsyncGenerator<Article> {
  const its = paths.map((p) => readResults(p)[Symbol.asyncIterator]());
  const heads: Array<Article | null> = await Promise.all(its.map(async (it) => ((await it.next()).value as Article | undefined) ?? null));
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h && (best < 0 || articleOrder(h, heads[best]!) < 0)) best = i;
    }
    if (best < 0) return;
    yield heads[best]!;
    heads[best] = ((await its[best]!.next()).value as Article | undefined) ?? null;
  }
}
