// Bytes → string for HTML files: BOM first, then the charset declared in the first bytes, else UTF-8.
import { TextDecoder } from 'node:util';
import { decodeCp1252 } from '../decode.js';
import { CHARSET_SNIFF_BYTES } from './thresholds.js';

/** Labels that mean "Western single-byte": browsers decode all of them as windows-1252. */
const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252', 'x-cp1252']);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
const META_CHARSET = /<meta\b[^>]{0,200}?\bcharset\s{0,3}=\s{0,3}["']?\s{0,3}([A-Za-z0-9_:.+-]{1,40})/iu;

export function decoderFor(label: string): TextDecoder | 'cp1252' | null {
  const l = label.trim().toLowerCase();
  if (UTF8_LABELS.has(l)) return new TextDecoder('utf-8');
  if (LATIN1_LABELS.has(l)) return 'cp1252';
  try {
    return new TextDecoder(l);
  } catch {
    return null;
  }
}

/** The charset a page declares in a `<meta>` in its first bytes, or null. */
export function metaCharset(bytes: Buffer): string | null {
  const m = META_CHARSET.exec(bytes.subarray(0, CHARSET_SNIFF_BYTES).toString('latin1'));
  return m ? m[1]! : null;
}

/** Decode an HTML file's bytes. */
export function decodeHtml(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, CHARSET_SNIFF_BYTES).toString('latin1');
  const m = META_CHARSET.exec(head);
  const dec = (m && decoderFor(m[1]!)) || new TextDecoder('utf-8');
  if (dec === 'cp1252') return decodeCp1252(bytes);
  // A page that declares UTF-16 in ASCII-compatible bytes is lying (the HTML spec says: treat it as UTF-8).
  if (dec.encoding.startsWith('utf-16')) return new TextDecoder('utf-8').decode(bytes);
  return dec.decode(bytes);
}
