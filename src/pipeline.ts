// One article's journey after ingest: HTML → main text, clean, find the publication date, extract.
// Pure and synchronous, so it runs the same in a worker thread or in the main thread, and it never
// throws: an unexpected failure becomes `status: "error"` with a one-line reason.
import { performance } from 'node:perf_hooks';
import { clean } from './clean/cascade.js';
import { publishedFromText } from './extract/dates/index.js';
import { extractAll, type StageTimer } from './extract/pipeline.js';
import { storySignature } from './corpus/story-signature.js';
import { extractHtml } from './ingest/html/extract.js';
import { withHeadline } from './ingest/html/headline.js';
import type { Article, Extracted, RawArticle } from './model.js';
import { TextIndex } from './text/index.js';
import { oneLine, shortHash } from './util/hash.js';

export interface ProcessOptions {
  /** Record per-stage timings on the article (for `npm run bench`): wall milliseconds, or with `'cpu'` the
   *  process's CPU milliseconds (user + system: steadier than wall time on a shared machine, but counting
   *  V8's background threads too). */
  timings?: boolean | 'cpu';
  /** `--html-selector`: the CSS selector of a page's body (see ingest/html/selector.ts). */
  htmlSelector?: string | null;
}

function emptyArticle(raw: RawArticle): Article {
  return {
    id: raw.id,
    source: raw.source,
    line: raw.line,
    status: 'ok',
    error: null,
    title: raw.title,
    url: raw.url,
    publisher: null,
    author: null,
    lang: null,
    published: raw.published,
    publishedFrom: raw.published ? 'metadata' : null,
    ...(raw.fetched !== undefined ? { fetched: raw.fetched, offset: raw.offset ?? null, partial: raw.partial ?? false } : {}),
    dateline: null,
    contentHash: null,
    text: '',
    removed: [],
    officials: [],
    regions: [],
    dates: [],
    elections: [],
    violations: [],
    statements: [],
  };
}

export function failed(raw: RawArticle, reason: string): Article {
  return { ...emptyArticle(raw), status: 'error', error: oneLine(reason) };
}

/** Move every offset of the extracted items by `by` characters. */
function shiftOffsets(ex: Extracted, by: number): void {
  const move = (x: { start: number; end: number }): void => {
    x.start += by;
    x.end += by;
  };
  for (const o of ex.officials) o.spans.forEach(move);
  for (const r of ex.regions) r.spans.forEach(move);
  // (a date mention with no span in the body, the date of a dateline the cleaner split off, is not moved:
  // src/extract/dates/dateline-removed.ts NO_SPAN)
  for (const d of ex.dates) if (d.start >= 0) move(d);
  ex.elections.forEach(move);
  ex.violations.forEach(move);
  ex.statements.forEach(move);
}

export function processArticle(raw: RawArticle, opts: ProcessOptions = {}): Article {
  if (raw.error) return failed(raw, raw.error);
  if (raw.skip) return { ...emptyArticle(raw), status: 'skipped', error: raw.skip };
  const timings: Record<string, number> = {};
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time: StageTimer = opts.timings === 'cpu'
    ? (stage, fn) => {
        const t0 = cpuMs();
        const r = fn();
        timings[stage] = (timings[stage] ?? 0) + cpuMs() - t0;
        return r;
      }
    : opts.timings
    ? (stage, fn) => {
        const t0 = performance.now();
        const r = fn();
        timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
        return r;
      }
    : (_s, fn) => fn();
  try {
    const art = emptyArticle(raw);
    let body = raw.text;
    // An HTML page's headline, put back as the text's first line (as a plain-text copy has it): the cleaner reads it
    // as `cleaned.title`, and the extractors read it as they read a text file's first line.
    let headline: string | null = null;
    if (body === null && raw.html !== null) {
      const html = raw.html;
      const page = time('html', () => extractHtml(html, { url: raw.url, selector: opts.htmlSelector ?? null }));
      if (page.text === null) return failed(raw, page.reason ?? 'no article found');
      body = withHeadline(page.text, page.headline);
      if (body !== page.text) headline = page.headline;
      art.title = art.title ?? page.title;
      art.url = art.url ?? page.url;
      art.publisher = page.publisher;
      art.author = page.author;
      art.lang = page.lang;
      if (!art.published && page.published) {
        art.published = page.published;
        art.publishedFrom = 'metadata';
      }
    }
    if (body === null || body.trim() === '') return failed(raw, 'empty article');
    const text0 = body;
    const cleaned = time('clean', () => clean(text0));
    if (cleaned.text.trim() === '') return failed(raw, 'nothing left after removing boilerplate');
    art.text = cleaned.text;
    art.removed = cleaned.removed;
    art.dateline = cleaned.dateline;
    art.title = art.title ?? cleaned.title;
    // The title the extractors compare lines with: the headline line when the cleaner kept it as the title (the
    // page's og:title may be worded otherwise than its h1), else the page's or the cleaner's title, as before.
    const ctxTitle = headline !== null && cleaned.title === headline ? cleaned.title : art.title;
    art.contentHash = shortHash(cleaned.text, 16);
    art.signature = time('signature', () => storySignature(cleaned.text, cleaned.title));
    if (!art.published) {
      const stated = publishedFromText(cleaned.text);
      if (stated) {
        art.published = stated;
        art.publishedFrom = 'text';
      } else if (cleaned.headerDate) {
        art.published = cleaned.headerDate;
        art.publishedFrom = 'header';
      }
    }
    const ex = extractAll(
      {
        articleId: art.id,
        text: cleaned.text,
        paragraphs: cleaned.paragraphs,
        title: ctxTitle,
        published: art.published,
        dateline: cleaned.dateline,
        // one index of the cleaned text per article, shared by every extractor (never kept after it)
        index: new TextIndex(cleaned.text, cleaned.paragraphs),
      },
      time,
    );
    Object.assign(art, ex);
    if (headline !== null && cleaned.text.startsWith(`${headline}\n\n`)) {
      // The reported text of a page stays its body (what html-bench and the eval gate score against bodies without
      // the headline): the headline paragraph is cut off and every offset moves with it, so an item read in the
      // headline has negative offsets (into `headline + "\n\n" + text`, less the headline's length + 2).
      const cut = headline.length + 2;
      art.text = cleaned.text.slice(cut);
      art.contentHash = shortHash(art.text, 16);
      shiftOffsets(art, -cut);
    }
    if (opts.timings) art.timings = timings;
    return art;
  } catch (e) {
    return failed(raw, `internal error: ${(e as Error).message ?? String(e)}`);
  }
}

