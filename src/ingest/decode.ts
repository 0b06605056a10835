// Bytes → string. Text is read as UTF-8 (BOM stripped); bytes that are not valid UTF-8 fall back to
// windows-1252, the encoding of most older Indonesian CMS exports. Binary input is refused.

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €). Node built without full ICU decodes the
 *  'windows-1252' label as ISO-8859-1, which turns “ into U+0093, so those 32 bytes are mapped here. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeCp1252(bytes: Uint8Array): string {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\u0080-\u009f]/u.test(s) ? s.replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : s;
}

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; reason: string };

/** True when the bytes look binary: a NUL byte, or many control bytes, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  // UTF-16 BOMs: decode as such rather than calling the file binary.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-8' };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (not text)' };
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    text = utf8.decode(bytes); // strips a UTF-8 BOM
  } catch {
    text = decodeCp1252(bytes);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text: normaliseNewlines(text), encoding };
}

/** CRLF and lone CR become LF, so offsets and rules see one convention. */
export function normaliseNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}
