// Web archives: a `.warc` or `.warc.gz` file (told apart by magic bytes) → one RawArticle per HTML page.
// Streamed: the file is decompressed by Node's zlib (`createGunzip` raises on a truncated member, where
// warcio's own pako-based gunzip silently drops the last record, and it is about twice as fast) and
// framed into records by webrecorder's warcio; a record's payload is only read when the record is an
// HTTP 200 HTML response small enough to be an article, so memory stays flat whatever the file's size.
// The gate (src/ingest/gate) runs here, on the main thread, so the skipped pages, usually most of a
// crawl, never cross to a worker.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import type { RawArticle } from '../../model.js';
import { oneLine, shortHash } from '../../util/hash.js';
import { plural } from '../../util/plural.js';
import { gatePage, type GateOptions } from '../gate/index.js';
import { sniffWarc } from './warc-sniff.js';
import { canonicalUrl, decodeContent, decodePayload, dechunk, parseContentType, statusClass, typeSkip } from './warc-http.js';

/** A record whose payload is larger than this is skipped (`too-large`) without being read. */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;
/** zlib output chunk: bigger chunks mean fewer trips through warcio's async readers. */
const CHUNK = 256 * 1024;

export interface WarcOptions {
  gate: GateOptions;
  /** Whether a record belongs to this shard, by its key: the canonical target URL (so every fetch of one
   *  article lands in the same shard, and is de-duplicated there), else `<file>:<offset>`. Records of other
   *  shards are passed over unread and uncounted (their shard counts them). */
  inShard?: (key: string) => boolean;
  /** Pages already kept in this run (canonical URLs and content hashes), shared across files so an article
   *  fetched in two files is kept once. */
  seen?: { urls: Set<string>; hashes: Set<string> };
}

type Skip = { skip: string };

/** The header a record's HTTP response carries, case-insensitively. */
function httpHeader(r: WARCRecord, name: string): string | null {
  return r.httpHeaders?.headers.get(name) ?? null;
}

function base(path: string, r: WARCRecord, offset: number): RawArticle {
  const id = r.warcHeader('WARC-Record-ID') ?? `${path}@${offset}`;
  return {
    id: id.replace(/^<(.*)>$/u, '$1'),
    source: path,
    line: null,
    format: 'html',
    text: null,
    html: null,
    title: null,
    url: r.warcTargetURI ?? null,
    published: null,
    error: null,
    fetched: r.warcDate ?? null,
    offset,
    partial: Boolean(r.warcHeader('WARC-Truncated')),
    skip: null,
  };
}

export type WarcItem = RawArticle;

/**
 * Reads a WARC file's records. Yields a RawArticle per HTML page that passes the gate; a skipped record
 * is yielded too, with `skip` set (`record:request`, `status:3xx`, `type:pdf`, `too-large`, `lang:ms`,
 * `topic`, `duplicate`, …): the caller counts it, and lists it with --keep-skipped.
 * A read failure (a truncated gzip member, a file that is not a WARC) ends the file with one error entry; the records before it are kept.
 */
export async function* readWarc(path: string, opts: WarcOptions): AsyncGenerator<WarcItem> {
  let gzip: boolean;
  try {
    const s = sniffWarc(path);
    if (!s.warc) {
      yield errorRaw(path, 'not a WARC file (no WARC/1.x record at the start)');
      return;
    }
    gzip = s.gzip;
  } catch (e) {
    yield errorRaw(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
    return;
  }
  const file = createReadStream(path, { highWaterMark: CHUNK });
  const stream: Readable = gzip ? file.pipe(createGunzip({ chunkSize: CHUNK })) : file;
  if (gzip) file.on('error', (e) => stream.destroy(e));
  const parser = new WARCParser(new AsyncIterReader(stream as AsyncIterable<Uint8Array>, null), { keepHeadersCase: false });
  const seen = opts.seen ?? { urls: new Set<string>(), hashes: new Set<string>() };
  let records = 0;
  const warnings: string[] = [];
  const warn = console.warn;
  // Each entry is held until the next record has been framed: warcio only finds out that a record's
  // Content-Length stopped short of its end (it says so on console.warn) when it looks for the next one.
  let held: WarcItem | null = null;
  try {
    for (;;) {
      console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
      let r: WARCRecord | null;
      try {
        r = await parser.parse();
      } finally {
        console.warn = warn;
      }
      if (warnings.length) {
        if (held) held.partial = true; // cut short by a wrong Content-Length
        warnings.length = 0;
      }
      if (held) yield held;
      held = null;
      if (!r) break;
      const offset = parser.offset;
      const uri = r.warcTargetURI;
      let key = opts.inShard && uri ? canonicalUrl(uri) : null;
      if (opts.inShard && !opts.inShard(key ?? `${path}:${offset}`)) {
        records++;
        continue;
      }
      const raw = base(path, r, offset);
      const verdict = await page(r, raw, opts);
      records++;
      if ('skip' in verdict) {
        held = { ...raw, skip: verdict.skip };
        continue;
      }
      if (uri) key ??= canonicalUrl(uri);
      const hash = shortHash(verdict.html, 16);
      if ((key && seen.urls.has(key)) || seen.hashes.has(hash)) {
        held = { ...raw, skip: 'duplicate' };
        continue;
      }
      if (key) seen.urls.add(key);
      seen.hashes.add(hash);
      held = { ...raw, html: verdict.html };
    }
    if (records === 0) yield errorRaw(path, 'empty WARC file (no records)');
  } catch (e) {
    if (held) yield held;
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'Z_BUF_ERROR' || err.code === 'Z_DATA_ERROR' ? `corrupt or truncated gzip (${err.message})` : err.message;
    yield errorRaw(path, `read stopped after ${plural(records, 'record')}: ${why}`);
  } finally {
    console.warn = warn;
    stream.destroy();
    file.destroy();
  }
}

function errorRaw(path: string, reason: string): RawArticle {
  return { id: path, source: path, line: null, format: 'warc', text: null, html: null, title: null, url: null, published: null, error: oneLine(reason) };
}

/** One record: its skip reason, or its decoded HTML. Reads the payload only when it may be a page. */
async function page(r: WARCRecord, raw: RawArticle, opts: WarcOptions): Promise<Skip | { html: string }> {
  const type = r.warcType;
  if (type !== 'response' && type !== 'resource') return { skip: `record:${type ?? 'unknown'}` };
  let contentType: string | null;
  if (type === 'response') {
    if (!r.httpHeaders) return { skip: 'record:not-http' };
    const status = Number(r.httpHeaders.statusCode);
    if (status !== 200) return { skip: statusClass(status) };
    contentType = httpHeader(r, 'content-type');
  } else contentType = r.warcContentType ?? null;
  const ct = parseContentType(contentType);
  const bad = typeSkip(ct.type);
  if (bad) return { skip: bad };
  if (r.warcContentLength > MAX_RECORD_BYTES) return { skip: 'too-large' };
  const payload = await r.readFully(false);
  let body: Buffer = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  // A Content-Length too large swallows the start of the next record: cut the payload where it begins.
  const next = body.indexOf('\r\n\r\nWARC/1.');
  if (next >= 0) {
    body = body.subarray(0, next);
    raw.partial = true;
  }
  try {
    const te = httpHeader(r, 'transfer-encoding');
    if (te && /chunked/iu.test(te)) body = dechunk(body);
    body = decodeContent(body, httpHeader(r, 'content-encoding'), MAX_RECORD_BYTES);
  } catch {
    return { skip: 'encoding:corrupt' };
  }
  if (body.length === 0) return { skip: 'empty' };
  const { html } = decodePayload(body, ct.charset);
  if (ct.type === '' && !/^\s{0,64}</u.test(html.slice(0, 80))) return { skip: 'type:other' };
  const g = gatePage(html, { url: raw.url, contentLanguage: httpHeader(r, 'content-language') }, opts.gate);
  if (g.skip) return { skip: g.skip };
  return { html };
}
