// JSON and JSONL shapes. The field names under "articles" are the contract the scorers read
// (see README "JSON contract"); new fields may be added, existing ones never renamed.
import type { Summary } from '../corpus/aggregate.js';
import type { Article } from '../model.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export const SCHEMA_VERSION = 1;

/** An article as serialised: fixed key order, no timings, text only on request. */
export function articleJson(a: Article, includeText: boolean): Record<string, unknown> {
  const o: Record<string, unknown> = {
    id: a.id,
    source: a.source,
    line: a.line,
    status: a.status,
    error: a.error,
    title: a.title,
    url: a.url,
    publisher: a.publisher,
    author: a.author,
    lang: a.lang,
    published: a.published,
    publishedFrom: a.publishedFrom,
    dateline: a.dateline,
    contentHash: a.contentHash,
  };
  if (a.fetched !== undefined) {
    o.fetched = a.fetched;
    o.offset = a.offset ?? null;
    o.partial = a.partial ?? false;
  }
  if (includeText) o.text = a.text;
  o.removed = a.removed;
  o.officials = a.officials;
  o.regions = a.regions;
  o.dates = a.dates;
  o.elections = a.elections;
  o.violations = a.violations;
  o.statements = a.statements;
  o.signature = a.signature ?? null;
  // Story fields last: a held JSON line gets them appended once the corpus is seen (cli/writers.ts).
  if (a.storyId !== undefined) Object.assign(o, storyFields(a));
  return o;
}

/** An article's story fields as serialised (`storyId`, `duplicateOf`, `similarity`). */
export function storyFields(a: Pick<Article, 'storyId' | 'duplicateOf' | 'similarity'>): Record<string, unknown> {
  return { storyId: a.storyId ?? null, duplicateOf: a.duplicateOf ?? null, similarity: a.similarity ?? null };
}

export function documentHead(): string {
  return `{"schemaVersion":${SCHEMA_VERSION},"tool":${JSON.stringify({ name: TOOL_NAME, version: TOOL_VERSION })},"articles":[\n`;
}

/** One article per line inside the document: valid JSON, and `diff`-friendly. */
export function documentArticle(a: Article, includeText: boolean, first: boolean): string {
  return `${first ? '' : ',\n'}${JSON.stringify(articleJson(a, includeText))}`;
}

export function documentTail(summary: Summary, extra: Record<string, unknown> = {}): string {
  return `\n],\n"summary":${JSON.stringify({ ...summary, ...extra })}}\n`;
}

export function jsonlLine(a: Article, includeText: boolean): string {
  return `${JSON.stringify(articleJson(a, includeText))}\n`;
}

/** Reads an article back from JSON output (merge, check, diff): missing arrays become empty. */
export function articleFromJson(o: Record<string, unknown>): Article {
  const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    id: String(o.id ?? ''),
    source: String(o.source ?? ''),
    line: typeof o.line === 'number' ? o.line : null,
    status: o.status === 'error' ? 'error' : o.status === 'skipped' ? 'skipped' : 'ok',
    error: s(o.error),
    title: s(o.title),
    url: s(o.url),
    publisher: s(o.publisher),
    author: s(o.author),
    lang: s(o.lang),
    published: s(o.published),
    publishedFrom: s(o.publishedFrom),
    dateline: (o.dateline as Article['dateline']) ?? null,
    contentHash: s(o.contentHash),
    ...('fetched' in o ? { fetched: s(o.fetched), offset: typeof o.offset === 'number' ? o.offset : null, partial: o.partial === true } : {}),
    text: typeof o.text === 'string' ? o.text : '',
    removed: arr(o.removed),
    officials: arr(o.officials),
    regions: arr(o.regions),
    dates: arr(o.dates),
    elections: arr(o.elections),
    violations: arr(o.violations),
    statements: arr(o.statements),
    signature: readSignature(o.signature),
  };
}

/** A signature as written by this version, else null (the article then forms a story of its own). */
function readSignature(v: unknown): Article['signature'] {
  const sig = v as { minhash?: unknown; shingles?: unknown } | null;
  if (!sig || typeof sig.minhash !== 'string' || typeof sig.shingles !== 'number') return null;
  return { minhash: sig.minhash, shingles: sig.shingles };
}
