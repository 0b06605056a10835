// Which sentences reported speech may be read in, given the direct quotations found: a sentence that a
// quotation overlaps holds no reported speech, except the part before a quotation glued to its full stop
// (`… ke posko pengaduan."Yang paling banyak …`: the sentence splitter sees no break where no space follows
// the stop, so the reported clause and the quotation are one sentence to it).
import { type Range, byStart, isJsSpace, sortInPlace } from './doc.js';

/** Most quotation ranges checked after the first that may intersect a sentence. */
const LOOK_AHEAD = 4;
/** A sentence's end: the reported clause before a glued quotation must close with one. */
const STOP = new Set(['.', '!', '?']);

/** The readable part of sentence `s` given the direct ranges: `s` itself when no quotation intersects it,
 *  the part before the first quotation when that part ends in a sentence's end right before its opening mark
 *  (at most two units long, `\"` or `''`), else null. */
export function sentenceOutsideDirect(text: string, sorted: readonly Range[], s: Range): Range | null {
  // the first direct range ending after s.start (binary search on end: ranges do not overlap)
  let lo = 0;
  let hi = sorted.length - 1;
  let idx = sorted.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end > s.start) {
      idx = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  for (let k = idx; k < sorted.length && k < idx + LOOK_AHEAD; k++) {
    const d = sorted[k]!;
    if (!(d.start < s.end && d.end > s.start)) continue;
    if (d.start <= s.start) return null;
    // back over the opening mark (one or two units), then the stop glued to it
    let e = d.start;
    while (e > s.start && isJsSpace(text.charCodeAt(e - 1))) e--;
    const m = e;
    while (e > s.start && m - e < 2 && !STOP.has(text[e - 1]!) && !isJsSpace(text.charCodeAt(e - 1))) e--;
    if (e === m || e <= s.start || !STOP.has(text[e - 1]!)) return null;
    return { start: s.start, end: e };
  }
  return s;
}

/** The direct ranges sorted by start, as `sentenceOutsideDirect` reads them. */
export function sortedRanges(ranges: readonly Range[]): Range[] {
  return sortInPlace(ranges.slice(), byStart);
}
