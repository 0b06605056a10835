// One HTTP response out of a WARC record → what the HTML path needs: the payload decoded (chunked,
// gzip, deflate, br, all by Node's zlib), its charset decided, and the identity used to drop a page
// fetched twice. Pure functions of bytes and headers, so each is tested on its own.
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { decodeCp1252 } from '../decode.js';
import { decoderFor, metaCharset } from '../html/decode.js';

/** Why a response is skipped by its status: `status:3xx`, `status:4xx`, … */
export function statusClass(status: number): string {
  return Number.isFinite(status) && status >= 100 && status < 600 ? `status:${Math.floor(status / 100)}xx` : 'status:invalid';
}

/** `text/html; charset=x` → its media type, lower-cased, and charset. */
export function parseContentType(v: string | null | undefined): { type: string; charset: string | null } {
  if (!v) return { type: '', charset: null };
  const type = v.split(';')[0]!.trim().toLowerCase();
  const m = /;\s{0,5}charset\s{0,3}=\s{0,3}["']?([A-Za-z0-9_:.+-]{1,40})/iu.exec(v);
  return { type, charset: m ? m[1]! : null };
}

/** The skip reason for a media type that is not a web page, or null for HTML (and for no type at all,
 *  decided later from the bytes). */
export function typeSkip(type: string): string | null {
  if (type === '' || type === 'text/html' || type === 'application/xhtml+xml') return null;
  if (type === 'application/pdf') return 'type:pdf';
  if (type.startsWith('image/')) return 'type:image';
  if (/(?:rss|atom)\+xml$|^application\/(?:feed\+json|xml)$|^text\/xml$/u.test(type)) return 'type:feed';
  return 'type:other';
}

/** Undoes `Transfer-Encoding: chunked` (a WARC may keep it); a malformed chunk stream is returned as it is. */
export function dechunk(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const nl = b.indexOf(10, at);
    if (nl < 0) return b;
    const size = parseInt(b.subarray(at, nl).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isInteger(size) || size < 0) return b;
    if (size === 0) return Buffer.concat(parts);
    const start = nl + 1;
    if (start + size > b.length) {
      parts.push(b.subarray(start)); // cut short: keep what is there
      return Buffer.concat(parts);
    }
    parts.push(b.subarray(start, start + size));
    at = start + size;
    if (b[at] === 13) at++;
    if (b[at] === 10) at++;
  }
}

/** Undoes a Content-Encoding with zlib. A payload labelled gzip or deflate that is already plain (crawlers
 *  often store it decoded but keep the header) is returned as it is. Throws on a corrupt payload. */
export function decodeContent(b: Buffer, encoding: string | null | undefined, maxBytes: number): Buffer {
  const enc = (encoding ?? '').trim().toLowerCase();
  const opts = { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH };
  if (enc === '' || enc === 'identity') return b;
  if (enc === 'gzip' || enc === 'x-gzip') return b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b, opts) : b;
  if (enc === 'deflate') {
    if (looksLikeMarkup(b)) return b;
    // RFC 9110 says zlib-wrapped; some servers send raw deflate.
    return (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0 ? inflateSync(b, opts) : inflateRawSync(b, opts);
  }
  if (enc === 'br') {
    if (looksLikeMarkup(b)) return b;
    return brotliDecompressSync(b, { maxOutputLength: maxBytes });
  }
  return b; // an encoding we do not know: the bytes as stored
}

/** True when the bytes start (after whitespace or a BOM) with `<`: already HTML. */
function looksLikeMarkup(b: Buffer): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && i < 64 && (b[i] === 32 || b[i] === 9 || b[i] === 10 || b[i] === 13)) i++;
  return b[i] === 0x3c;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Decodes an HTML payload: the charset of the Content-Type header first, then `<meta>`, then sniffing
 *  (valid UTF-8, else windows-1252). ISO-8859-1 and ASCII labels are read as windows-1252, as browsers do. */
export function decodePayload(b: Buffer, headerCharset: string | null): { html: string; charset: string; from: 'header' | 'meta' | 'sniff' } {
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (bom) return { html: new TextDecoder('utf-8').decode(b.subarray(3)), charset: 'utf-8', from: 'sniff' };
  for (const [label, from] of [[headerCharset, 'header'], [metaCharset(b), 'meta']] as const) {
    if (!label) continue;
    const dec = decoderFor(label);
    if (dec === 'cp1252') return { html: decodeCp1252(b), charset: 'windows-1252', from };
    if (dec && !dec.encoding.startsWith('utf-16')) return { html: dec.decode(b), charset: dec.encoding, from };
  }
  try {
    return { html: utf8Fatal.decode(b), charset: 'utf-8', from: 'sniff' };
  } catch {
    return { html: decodeCp1252(b), charset: 'windows-1252', from: 'sniff' };
  }
}

const TRACKING = /^(?:utm_[a-z]{1,20}|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|amp|outputtype|ref|src)$/iu;

/** The URL an article is known by, whatever way it was fetched: no scheme, no `www.`, no `/amp/` path
 *  segment or `amp` suffix, no tracking parameters (`utm_*`, `fbclid`, …), no fragment, no trailing slash. */
export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim().toLowerCase();
  }
  const host = u.hostname.toLowerCase().replace(/^(?:www\d{0,3}|m|amp)\./u, '');
  let path = u.pathname.replace(/\/amp(?=\/|$)/giu, '').replace(/\.amp(?=\.html?$|$)/iu, '').replace(/\/+$/u, '');
  if (path === '') path = '/';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${u.port ? `:${u.port}` : ''}${path}${query}`;
}
