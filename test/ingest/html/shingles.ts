// The public article-extraction benchmark's measure, for tests: 4-word shingles of the extracted text against the
// expected body (the same as scripts/bench-html.mjs and fixtures/html-bench/score-html.mjs).

/** Word 4-grams of s with their counts. */
export function shingles(s: string): Map<string, number> {
  const t = s.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join(' ');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** [shared shingles, shingles of got, shingles of want]. */
export function overlap(want: string, got: string | null): [number, number, number] {
  const g = shingles(want);
  const p = shingles(got ?? '');
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const v of g.values()) ng += v;
  for (const [k, v] of p) {
    np += v;
    tp += Math.min(v, g.get(k) ?? 0);
  }
  return [tp, np, ng];
}

/** The benchmark's per-page F1 (shingle overlap of extracted vs expected body). */
export function pageF1(want: string, got: string | null): number {
  const [tp, np, ng] = overlap(want, got);
  return tp ? (2 * tp) / (np + ng) : 0;
}
