// Recall: the chosen body grows by the paragraphs that follow it with little other visible text in between
// (justext's context rule; trafilatura's recall fallbacks). A body split into two containers by an ad slot, a figure
// or a pull quote, or continued in a sibling list or table, is then read whole, while a footer or "about us" block
// further down (behind a sidebar, tags, share bars) stays out, and so does a section under its own heading.
import { boilerplateKind } from './render.js';
import { HEADINGS, isAncestor, linkDensity, type Page } from './page.js';

/** Roots to render: `roots` (in document order); when they hold less than RECALL_TRIGGER of the page's paragraph
 *  text and less than RECALL_MAX_BODY characters of it, plus what follows them up to each next paragraph block that lies
 *  within RECALL_MAX_GAP characters of visible text. */
export function extendForward(pg: Page, roots: number[]): number[] {
  const T = pg.t;
  if (!roots.length || T.RECALL_MAX_GAP <= 0) return roots;
  // Only a short body that holds little of the page's paragraph text is suspect (a long one that holds little is
  // the first of a listing of similar posts: dev page mensagensreflexao).
  let covered = 0;
  for (const r of roots) covered += pg.ptext[r]!;
  if (covered >= T.RECALL_MAX_BODY || covered >= T.RECALL_TRIGGER * pg.pcum[pg.nodes.length]!) return roots;
  const out = [...roots].sort((a, b) => a - b);
  let hi = 0;
  for (const r of out) hi = Math.max(hi, pg.end[r]!);
  const N = pg.nodes.length;
  for (;;) {
    // The next paragraph block after hi.
    let j = hi;
    while (j < N && (pg.dropped[j] || pg.pself[j] === 0)) j = pg.dropped[j] ? pg.end[j]! : j + 1;
    if (j >= N) break;
    if (pg.tcum[j]! - pg.tcum[hi]! > T.RECALL_MAX_GAP || linkDensity(pg, j) > T.RECALL_MAX_LINK_DENSITY) break;
    // Everything from hi to the end of j, as whole subtrees (ancestors of j are entered, not taken whole).
    const add: number[] = [];
    let stop = false;
    for (let k = hi; k < pg.end[j]!;) {
      if (pg.dropped[k]) {
        k = pg.end[k]!;
        continue;
      }
      if (k !== j && isAncestor(pg, k, j)) {
        k++;
        continue;
      }
      if (pg.isBlock[k] && boilerplateKind(pg, k) === 2) {
        stop = true; // "More … Stories", "Related": the body ended
        break;
      }
      if (holdsHeading(pg, k)) {
        stop = true; // a section under its own heading ("Tentang Kami", "Pengumuman"): a footer or a sidebar
        break;
      }
      add.push(k);
      k = pg.end[k]!;
    }
    if (stop) break;
    out.push(...add);
    hi = pg.end[j]!;
  }
  return out;
}

/** Does the subtree of k hold a heading (not dropped)? */
function holdsHeading(pg: Page, k: number): boolean {
  for (let x = k; x < pg.end[k]!; x++) {
    if (pg.dropped[x]) {
      x = pg.end[x]! - 1;
      continue;
    }
    if (HEADINGS.has(pg.nodes[x]!.name ?? '')) return true;
  }
  return false;
}
