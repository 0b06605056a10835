// The tool's own one-line reasons for what goes wrong when reading inputs, and file names shown safely.
// Node's messages ("ENXIO: no such device or address, open '/x'", "Cannot create a Buffer larger than
// 67108864 bytes") never reach the user as they are: each known code gets a short reason of ours.
import { oneLine } from '../util/hash.js';

/** Largest article (a text or HTML file, a JSONL line) read; see read.ts. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export const tooBig = (n: number | null): string =>
  `too large (${n === null ? `over ${MAX_ARTICLE_BYTES >> 20}` : (n / 1048576).toFixed(1)} MB; an article may be at most ${MAX_ARTICLE_BYTES >> 20} MB)`;

const BY_CODE: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENXIO: 'not a regular file (no device or reader behind it)',
  ENODEV: 'not a regular file (a device)',
  EAGAIN: 'not a regular file (nothing to read yet)',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ETIMEDOUT: 'timed out',
  ESTALE: 'stale network file handle',
  ERR_BUFFER_TOO_LARGE: tooBig(null),
  ERR_STRING_TOO_LONG: tooBig(null),
  ERR_FS_FILE_TOO_LARGE: tooBig(null),
};

/** One line saying why reading failed: ours for every known code, else the code, else the first line of the
 *  message. `Z_*` codes (gzip) keep zlib's short message, which names the fault. */
export function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return `corrupt or truncated gzip (${oneLine(err.message)})`;
  if (code !== undefined && BY_CODE[code] !== undefined) return BY_CODE[code];
  if (code !== undefined && /^E[A-Z]+$/.test(code)) return `cannot read (${code})`;
  if (err instanceof RangeError) return tooBig(null);
  return oneLine(err?.message ?? String(e));
}

/**
 * Why a line is not JSON, in the tool's words: the same reason whatever Node's version (V8 rewords its parse
 * errors between releases, and some of its messages quote the line itself), with the column where V8 gives
 * a position (`text`, the parsed text, tells a record cut short from one with a fault inside). Read off Node 20's messages: "Unexpected end of JSON input", "… in JSON at position 6",
 * "Unterminated string in JSON at position 22",
 * "Unexpected non-whitespace character after JSON at position 13", "Bad control character in string literal …",
 * "Unexpected token '}', "{"a":}" is not valid JSON".
 */
export function jsonReason(e: unknown, text?: string): string {
  const m = String((e as Error)?.message ?? e);
  if (/end of JSON input/i.test(m)) return 'the record ends early';
  const pos = /at position (\d+)/.exec(m);
  // V8 reports a record cut short inside an object ("Expected ',' or '}' … at position N") at its very end
  if (pos && text !== undefined && !/unterminated string/i.test(m) && Number(pos[1]) >= text.trimEnd().length) return 'the record ends early';
  const at = pos ? ` at column ${Number(pos[1]) + 1}` : '';
  if (/unterminated string/i.test(m)) return `a string that never closes${at}`;
  if (/after JSON/i.test(m)) return `text after the record${at}`;
  if (/control character/i.test(m)) return `a raw control character in a string${at}`;
  const token = /^Unexpected token '?([^\s',]{1,3})'?[, ]/u.exec(m);
  if (token) return `unexpected ${JSON.stringify(token[1])}${at}`;
  return `syntax error${at}`;
}

/** What kind of non-regular file a stat describes ("FIFO", "socket", …), or null for a regular file or folder. */
export function specialKind(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return null;
}

export const notRegular = (kind: string): string => `not a regular file (${kind}); only regular files are read`;

/**
 * A file name's bytes as text: valid UTF-8 as it is, every byte of an invalid sequence as `\xNN`, and a
 * backslash as `\\` when the name needed escaping (so the escaped form maps back to one byte string).
 */
export function escapeName(bytes: Uint8Array): string {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  try {
    return fatal.decode(bytes);
  } catch {
    // fall through: byte by byte below
  }
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = utf8Length(bytes, i);
    if (n > 0) {
      const s = fatal.decode(bytes.subarray(i, i + n));
      out += s === '\\' ? '\\\\' : s;
      i += n;
    } else {
      out += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
