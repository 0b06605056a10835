import { hash } from 'node:crypto';

/** First `n` hex digits of sha256: content-derived ids and hashes (never run-order counters).
 *  One-shot `crypto.hash` (Node ≥ 20.12): the same digest as `createHash('sha256').update(s)`, about 3×
 *  cheaper for the short strings hashed here, since no Hash object is created per call. */
export function shortHash(s: string, n = 12): string {
  return hash('sha256', s, 'hex').slice(0, n);
}

/** FNV-1a 32-bit: cheap, stable hash for sharding (`--shard K/N`). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One line, at most `max` characters: error reasons are always single-line. */
export function oneLine(s: string, max = 200): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
