// WordFilter: a pre-filter in front of a Set of lower-cased words asked about every word run of an article.
import { runEndAt } from '../../lexicon/matcher.js';

/**
 * A set of lower-cased words asked about every word run of an article (title heads, honorific heads):
 * looking a run up hashes it, and nearly no run is in the set. So a run is first checked against the set's
 * first two characters and lengths: bit `n` of `lengths[c0 << 7 | c1]` is set when a word of length `n`
 * starts with the ASCII characters c0 c1 (c1 = 0 for a one-letter word). A run whose first two characters
 * are ASCII and whose bit is clear is not in the set. Common words share a set word's first two characters
 * and length (`menjaga`, `dengan`, `warga`), so the same is asked of the first and last characters
 * (`lasts[c0 << 7 | cLast]`) when the last one is ASCII too; any other run is looked up.
 */
export class WordFilter {
  private readonly lengths = new Uint32Array(128 * 128);
  private readonly lasts = new Uint32Array(128 * 128);
  constructor(private readonly words: ReadonlySet<string> | ReadonlyMap<string, unknown>) {
    for (const w of words.keys()) {
      const c0 = w.charCodeAt(0);
      const c1 = w.length > 1 ? w.charCodeAt(1) : 0;
      // every word must be ASCII and shorter than 32, or the filter could drop it
      if (!/^[\x00-\x7f]{1,31}$/u.test(w)) throw new Error(`word outside the pre-filter: ${w}`);
      this.lengths[(c0 << 7) | c1]! |= 1 << w.length;
      this.lasts[(c0 << 7) | w.charCodeAt(w.length - 1)]! |= 1 << w.length;
    }
  }
  /** has(run lower-cased), for the word run `[s, e)` of `text` whose lower-cased text is `lower`; the filter
   *  reads the text itself (cheaper than a sliced string). Exact because a run that lower-cases to an ASCII
   *  word keeps its length and lower-cases character by character (only `İ` grows, into a non-ASCII pair;
   *  only the Kelvin sign, non-ASCII, becomes ASCII: such a run is looked up). */
  hasRun(text: string, s: number, e: number, lower: string): boolean {
    return this.mayHave(text, s, e) && this.words.has(lower);
  }
  /** has(the word run starting at `s`, lower-cased); false when no run starts there. The run is sliced and
   *  lower-cased only when the filter lets it through. */
  hasRunAt(text: string, s: number): boolean {
    const e = runEndAt(text, s);
    return e > s && this.mayHave(text, s, e) && this.words.has(text.slice(s, e).toLowerCase());
  }
  /** false when no word of the set can be the run `[s, e)` lower-cased (the pre-filter alone). */
  mayHave(text: string, s: number, e: number): boolean {
    const c0 = text.charCodeAt(s);
    const c1 = e - s > 1 ? text.charCodeAt(s + 1) : 0;
    if (c0 < 128 && c1 < 128) {
      const len = e - s;
      if (len >= 32 || (this.lengths[(asciiLower(c0) << 7) | asciiLower(c1)]! & (1 << len)) === 0) return false;
      // (a non-ASCII last character, e.g. the Kelvin sign or half a surrogate pair, is let through)
      const cl = text.charCodeAt(e - 1);
      if (cl < 128 && (this.lasts[(asciiLower(c0) << 7) | asciiLower(cl)]! & (1 << len)) === 0) return false;
    }
    return true;
  }
}
/** `A`–`Z` → `a`–`z`, other codes as they are (toLowerCase on ASCII). */
function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}
