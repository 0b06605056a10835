// Sources → RawArticles. Text and HTML files give one article; JSONL gives one per line, streamed so
// a large file never sits in memory whole. Nothing throws: a failure becomes an article with `error`.
import { closeSync, constants as fsc, fstatSync, openSync, promises as fsp, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { RawArticle } from '../model.js';
import { oneLine } from '../util/hash.js';
import { decodeCp1252, decodeText, looksBinary, normaliseNewlines } from './decode.js';
import { decodeHtml } from './html/decode.js';
import { fsPath, type Source } from './discover.js';
import { recordToRaw } from './formats/jsonl.js';
import { ioReason, MAX_ARTICLE_BYTES, notRegular, specialKind, tooBig } from './reasons.js';

/** One article (a text or HTML file, a JSONL line) above this is an error entry, not a worker crash: real news
 *  articles are a few KB, the hostile battery's 5 MB single line still passes, and cost grows linearly. Every
 *  read stops there, whatever the file's size says (a device's says nothing). */
export { MAX_ARTICLE_BYTES };

/** Opened without blocking (a FIFO that no one writes to would block `open` itself), for reading only a
 *  regular file: anything else is refused with the tool's own reason before a byte is read. */
const OPEN_FLAGS = fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0);

class NotRegular extends Error {}

function errorArticle(source: string, reason: string, format: RawArticle['format'] = 'text'): RawArticle {
  return { id: source, source, line: null, format, text: null, html: null, title: null, url: null, published: null, error: oneLine(reason) };
}

interface ByteLine {
  bytes: Buffer;
  /** Bytes in the line, counted even past the cap (the bytes themselves are dropped there). */
  size: number;
}

/** Splits a byte stream into lines (LF, with a trailing CR dropped) without decoding: each line is decoded on
 *  its own, so one windows-1252 record among UTF-8 ones still reads right, and a huge line is cut at the cap
 *  instead of being held whole. */
async function* byteLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let held = 0;
  let size = 0;
  const take = (piece: Buffer) => {
    size += piece.length;
    if (held < MAX_ARTICLE_BYTES) {
      const keep = piece.subarray(0, MAX_ARTICLE_BYTES - held);
      pending.push(keep);
      held += keep.length;
    }
  };
  const flush = (): ByteLine => {
    let bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    if (bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { bytes, size };
    pending = [];
    held = 0;
    size = 0;
    return line;
  };
  for await (const c of chunks) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    let start = 0;
    for (let nl = b.indexOf(10, start); nl >= 0; nl = b.indexOf(10, start)) {
      take(b.subarray(start, nl));
      yield flush();
      start = nl + 1;
    }
    if (start < b.length) take(b.subarray(start));
  }
  if (size > 0) yield flush();
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
function decodeLine(bytes: Buffer): string {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return decodeCp1252(bytes);
  }
}

async function* jsonlLines(lines: AsyncIterable<ByteLine>, source: string): AsyncGenerator<RawArticle> {
  let lineNo = 0;
  for await (const { bytes, size } of lines) {
    lineNo++;
    if (size > MAX_ARTICLE_BYTES) {
      yield { ...errorArticle(`${source}:${lineNo}`, `line ${lineNo}: record ${tooBig(size)}`, 'jsonl'), source, line: lineNo };
      continue;
    }
    const raw = decodeLine(bytes);
    const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!line.trim()) continue;
    yield recordToRaw(line, lineNo, source);
  }
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
    // stdin: JSONL when the first non-blank line is a JSON object (then streamed line by line, one output line
    // per record: the Spark/Hadoop pipe contract), else one text article. The decision waits for that whole
    // line, however long, and however the bytes arrive.
    const lines = byteLines(stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
    const head: ByteLine[] = [];
    let first = await lines.next();
    while (!first.done && first.value.bytes.toString('utf8').replace(/^\uFEFF/, '').trim() === '') {
      head.push(first.value);
      first = await lines.next();
    }
    // Empty stdin is no article at all: an empty Spark partition or Hadoop split must give empty output.
    // (An empty *file* is an error entry: the user named it.)
    if (first.done) return;
    head.push(first.value);
    const all = (async function* () {
      yield* head;
      for (let r = await lines.next(); !r.done; r = await lines.next()) yield r.value;
    })();
    if (first.value.bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith('{')) {
      yield* jsonlLines(all, '-');
      return;
    }
    const parts: Buffer[] = [];
    let total = 0;
    for await (const l of all) {
      total += l.size + 1;
      if (total <= MAX_ARTICLE_BYTES) parts.push(l.bytes, Buffer.from('\n'));
    }
    if (total > MAX_ARTICLE_BYTES) {
      yield errorArticle('-', tooBig(total));
      return;
    }
    const d = decodeText(Buffer.concat(parts));
    yield d.ok ? { ...errorArticle('-', ''), error: null, text: d.text } : errorArticle('-', d.reason);
    return;
  }

  if (src.format === 'jsonl') {
    // Streamed: good lines before a fault are kept; the fault itself becomes one error entry.
    let stream: NodeJS.ReadableStream;
    try {
      const handle = await fsp.open(fsPath(src), OPEN_FLAGS);
      const kind = specialKind(await handle.stat());
      if (kind !== null) {
        await handle.close();
        throw new NotRegular(notRegular(kind));
      }
      const file = handle.createReadStream(); // closes the handle when done or destroyed
      stream = src.gzip ? file.pipe(createGunzip()) : file;
      file.on('error', (e) => (stream as Readable).destroy(e));
    } catch (e) {
      yield errorArticle(src.path, e instanceof NotRegular ? e.message : ioReason(e), 'jsonl');
      return;
    }
    let count = 0;
    try {
      for await (const a of jsonlLines(byteLines(stream as AsyncIterable<Buffer>), src.path)) {
        count++;
        yield a;
      }
      if (count === 0) yield errorArticle(src.path, 'empty file', 'jsonl');
    } catch (e) {
      yield errorArticle(src.path, count ? `read stopped after ${count} records: ${ioReason(e)}` : ioReason(e), 'jsonl');
    }
    return;
  }

  yield readFile(src);
}

/** Whether a source is one whole file read by `readFile` (text or HTML, maybe gzipped): with worker threads, the
 *  worker reads and decodes it, and the main thread only passes its path on. */
export function isWholeFile(src: Source): boolean {
  return src.path !== '-' && src.format !== 'jsonl' && src.error === null;
}

/** One text or HTML file → its RawArticle; a failure (unreadable, too large, binary, empty) is an error entry. */
export function readFile(src: Source): RawArticle {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: news articles are small, and sync calls cost a fraction of the thread-pool
    // round trips of fs.promises. Never blocking: a non-regular file is refused (see `readBounded`).
    const got = readBounded(src);
    if (typeof got === 'string') return errorArticle(src.path, got, src.format);
    bytes = got;
    if (src.gzip) bytes = gunzipSync(bytes, { maxOutputLength: MAX_ARTICLE_BYTES + 1 });
    if (bytes.length > MAX_ARTICLE_BYTES) return errorArticle(src.path, tooBig(bytes.length), src.format);
  } catch (e) {
    return errorArticle(src.path, ioReason(e), src.format);
  }
  const base = unreadFile(src);
  if (src.format === 'html') {
    if (bytes.length === 0) return errorArticle(src.path, 'empty file', 'html');
    if (looksBinary(bytes)) return errorArticle(src.path, 'binary file (not HTML)', 'html');
    // HTML carries its own charset (BOM, <meta charset>): decodeHtml honours it.
    return { ...base, html: normaliseNewlines(decodeHtml(bytes)) };
  }
  const d = decodeText(bytes);
  return d.ok ? { ...base, text: d.text } : errorArticle(src.path, d.reason, src.format);
}

/** A file's bytes, at most MAX_ARTICLE_BYTES + 1 of them (one more tells "too large"), or the reason it is not
 *  read: not a regular file (checked on the open descriptor, so a file swapped for a FIFO after the folder walk
 *  is caught too), or too large. The size `fstat` reports only sizes the buffer: a read stops at the limit
 *  whatever it says. Throws on I/O errors (the caller words them). */
function readBounded(src: Source): Buffer | string {
  const fd = openSync(fsPath(src), OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    const kind = specialKind(st);
    if (kind !== null) return notRegular(kind);
    if (st.isDirectory()) return 'is a folder';
    const limit = MAX_ARTICLE_BYTES + 1;
    let buf = Buffer.allocUnsafe(Math.min(limit, Math.max(st.size + 1, 4096)));
    let got = 0;
    for (;;) {
      if (got === buf.length) {
        if (buf.length >= limit) break;
        const next = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
        buf.copy(next, 0, 0, got);
        buf = next;
      }
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > MAX_ARTICLE_BYTES) return tooBig(Math.max(got, st.size));
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** A whole-file source's RawArticle before its bytes are read: what a failure to process it reports. */
export function unreadFile(src: Source): RawArticle {
  return { ...errorArticle(src.path, '', src.format), error: null };
}
