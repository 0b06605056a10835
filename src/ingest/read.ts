// Sources → RawArticles. Text and HTML files give one article; JSONL gives one per line, streamed so
// a large file never sits in memory whole. Nothing throws: a failure becomes an article with `error`.
import { createReadStream, promises as fsp, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { RawArticle } from '../model.js';
import { oneLine } from '../util/hash.js';
import { decodeText, looksBinary, normaliseNewlines } from './decode.js';
import { decodeHtml } from './html/decode.js';
import type { Source } from './discover.js';
import { recordToRaw } from './formats/jsonl.js';

/** Files above this are refused rather than risk the memory budget (one article is never this big). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function errorArticle(source: string, reason: string, format: RawArticle['format'] = 'text'): RawArticle {
  return { id: source, source, line: null, format, text: null, html: null, title: null, url: null, published: null, error: oneLine(reason) };
}

function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder';
    case 'Z_BUF_ERROR':
    case 'Z_DATA_ERROR':
      return `corrupt or truncated gzip (${err.message})`;
    default:
      return err.message ?? String(e);
  }
}

async function readAllBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of stream as AsyncIterable<Buffer | string>) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    n += b.length;
    if (n > MAX_FILE_BYTES) throw Object.assign(new Error(`larger than ${MAX_FILE_BYTES >> 20} MB`), { code: 'ETOOBIG' });
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function* jsonlLines(lines: AsyncIterable<string>, source: string): AsyncGenerator<RawArticle> {
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!line.trim()) continue;
    yield recordToRaw(line, lineNo, source);
  }
}

function sniffJsonl(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') && /\}\s*$/.test(t.split('\n', 1)[0] ?? '');
}

/** Reads one source into zero or more RawArticles. `stdin` is used for the `-` source. */
export async function* readSource(src: Source, stdin?: NodeJS.ReadableStream): AsyncGenerator<RawArticle> {
  if (src.error) {
    yield errorArticle(src.path, src.error, src.format);
    return;
  }
  if (src.path === '-') {
    if (!stdin) {
      yield errorArticle('-', 'no standard input');
      return;
    }
    // stdin: JSONL when the first line is a JSON object (streamed line by line), else one text article.
    const it = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    let first = await it.next();
    while (!first.done && first.value.length === 0) first = await it.next();
    // Empty stdin is no article at all: an empty Spark partition or Hadoop split must give empty output,
    // line for line. (An empty *file* is an error entry: the user named it.)
    if (first.done) return;
    const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
    const rest = Readable.from((async function* () {
      yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })());
    const preview = head.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
    if (sniffJsonl(preview)) {
      const rl = createInterface({ input: rest, crlfDelay: Infinity });
      yield* jsonlLines(rl, '-');
      return;
    }
    try {
      const bytes = await readAllBytes(rest);
      const d = decodeText(bytes);
      yield d.ok ? { ...errorArticle('-', ''), error: null, text: d.text } : errorArticle('-', d.reason);
    } catch (e) {
      yield errorArticle('-', ioReason(e));
    }
    return;
  }

  if (src.format === 'jsonl') {
    // Streamed: good lines before a fault are kept; the fault itself becomes one error entry.
    let stream: NodeJS.ReadableStream;
    try {
      await fsp.access(src.path);
      const file = createReadStream(src.path);
      stream = src.gzip ? file.pipe(createGunzip()) : file;
      file.on('error', (e) => (stream as Readable).destroy(e));
    } catch (e) {
      yield errorArticle(src.path, ioReason(e), 'jsonl');
      return;
    }
    let count = 0;
    try {
      const rl = createInterface({ input: stream as Readable, crlfDelay: Infinity });
      for await (const a of jsonlLines(rl, src.path)) {
        count++;
        yield a;
      }
      if (count === 0) yield errorArticle(src.path, 'empty file', 'jsonl');
    } catch (e) {
      yield errorArticle(src.path, count ? `read stopped after ${count} records: ${ioReason(e)}` : ioReason(e), 'jsonl');
    }
    return;
  }

  let bytes: Buffer;
  try {
    // Synchronous on purpose: news articles are small, and one readFileSync costs a fraction of the
    // four thread-pool round trips of fs.promises (open, fstat, read, close). The main thread only
    // reads and writes; workers do the heavy lifting meanwhile.
    bytes = readFileSync(src.path);
    if (bytes.length > MAX_FILE_BYTES) throw Object.assign(new Error(`larger than ${MAX_FILE_BYTES >> 20} MB`), { code: 'ETOOBIG' });
    if (src.gzip) bytes = gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES });
  } catch (e) {
    yield errorArticle(src.path, ioReason(e), src.format);
    return;
  }
  const base = errorArticle(src.path, '', src.format);
  base.error = null;
  if (src.format === 'html') {
    if (bytes.length === 0) {
      yield errorArticle(src.path, 'empty file', 'html');
      return;
    }
    if (looksBinary(bytes)) {
      yield errorArticle(src.path, 'binary file (not HTML)', 'html');
      return;
    }
    // HTML carries its own charset (BOM, <meta charset>): decodeHtml honours it.
    yield { ...base, html: normaliseNewlines(decodeHtml(bytes)) };
    return;
  }
  const d = decodeText(bytes);
  if (!d.ok) {
    yield errorArticle(src.path, d.reason, src.format);
    return;
  }
  yield { ...base, text: d.text };
}

