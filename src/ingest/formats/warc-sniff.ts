// Is a file a web archive? Its first bytes say, whatever its name: a WARC record starts with `WARC/`,
// plain or inside a gzip member. Kept apart from the reader so that listing inputs never loads warcio.
import { closeSync, openSync, readSync } from 'node:fs';
import { constants, gunzipSync } from 'node:zlib';

/** What a WARC file holds, by its first bytes: gzip or not, and a WARC at all. */
export function sniffWarc(path: string): { warc: boolean; gzip: boolean } {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    const gzip = n >= 2 && head[0] === 0x1f && head[1] === 0x8b;
    if (!gzip) return { warc: head.subarray(0, n).toString('latin1').startsWith('WARC/'), gzip };
    // 4 KB of gzip decode to at most ~4 MB (deflate's ratio is bounded near 1,032:1), whatever follows.
    const big = Buffer.alloc(4096);
    const m = readSync(fd, big, 0, big.length, 0);
    let out: Buffer;
    try {
      // A partial member: Z_SYNC_FLUSH gives what the first bytes decode to, without an end-of-stream error.
      out = gunzipSync(big.subarray(0, m), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 8 << 20 });
    } catch {
      return { warc: false, gzip };
    }
    return { warc: out.subarray(0, 5).toString('latin1') === 'WARC/', gzip };
  } finally {
    closeSync(fd);
  }
}

