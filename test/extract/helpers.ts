import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dateline, ExtractContext, Official, RawArticle } from '../../src/model.js';
import { extractOfficials } from '../../src/extract/officials/index.js';
import { extractRegions } from '../../src/extract/regions/index.js';

/** An ExtractContext for a plain text: paragraphs split on blank lines, first short line as title. */
export function ctxOf(text: string, opts: { place?: string; title?: string | null } = {}): ExtractContext {
  const paragraphs: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+(?:\n[^\n]+)*/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const first = text.split('\n')[0] ?? '';
  const title = opts.title !== undefined ? opts.title : first.length < 120 && !/[.!?]$/u.test(first) ? first : null;
  const dateline: Dateline | null = opts.place ? { place: opts.place, publisher: null, text: opts.place } : null;
  return { articleId: 't', text, paragraphs, title, published: null, dateline };
}

/** The officials of a body text under a placeholder headline (the paradigm and grammar tables' one way in). */
export function officialsOfBody(body: string): Official[] {
  const ctx = ctxOf(`Judul Berita\n\n${body}`);
  return extractOfficials(ctx, extractRegions(ctx));
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/officials/${name}`, import.meta.url)), 'utf8').trimEnd();
}

/** Datelines of the seed articles (what clean/ finds for them). */
export const SEED_PLACES: Record<string, string | undefined> = { '000': 'LOTIM', '002': 'Pangkalpinang', '004': 'KASONGAN' };

/** One expected official: [name, title substring (lower-case), role, acting, region code or null]. */
export type ExpectedOfficial = [string, string, string, boolean, string | null];
export interface NewsCase {
  place: string;
  officials: ExpectedOfficial[];
  regions: { required: string[]; optional: string[] };
}

/** The hand-written news fixtures and their expectations, as [path under fixtures/officials, case]:
 *  `news/` (forms the extractors were tuned on) and `news2/` (a blind batch annotated before any run). */
export function newsCases(sets: readonly string[] = ['news', 'news2']): Array<[string, NewsCase]> {
  return sets.flatMap((set) => {
    const exp = JSON.parse(fixture(`${set}/expected.json`)) as { articles: Record<string, NewsCase> };
    return Object.entries(exp.articles).map(([file, e]): [string, NewsCase] => [`${set}/${file}`, e]);
  });
}

/** A plain-text article as the readers deliver it, for running the whole pipeline on a test text. */
export function rawText(id: string, text: string): RawArticle {
  return { id, source: id, line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null };
}
