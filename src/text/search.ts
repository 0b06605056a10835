// Binary searches over sorted positions, shared by the extractors (one helper per job).

/** First index of `sorted` (ascending) holding a value ≥ `pos` (`sorted.length` when none). */
export function firstAtOrAfter(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index of `items` (sorted by `start`) whose start is ≥ `pos` (`items.length` when none). */
export function firstStartAtOrAfter(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the clause before `pos` starts: just after the last UTF-16 unit in `[pos - reach, pos)` that
 *  `isBreak` accepts, else at `pos - reach` (or 0). Each caller names its own breaks (counts cut at digits,
 *  dates at quote marks). */
export function clauseStartBefore(text: string, pos: number, reach: number, isBreak: (unit: number) => boolean): number {
  const from = Math.max(0, pos - reach);
  for (let k = pos - 1; k >= from; k--) if (isBreak(text.charCodeAt(k))) return k + 1;
  return from;
}
