// Candidate bodies: the structural one (`[itemprop=articleBody]`, body classes, `<article>`, `<main>`) and the
// density winner (Readability-like scoring of the parents of text blocks), with the siblings that join it.
import { isElement } from './dom.js';
import { childrenOf, isAncestor, linkDensity, TAG_BONUS, classWeight, type Page } from './page.js';

// ---------------------------------------------------------------- step 2: structure

export function structuralCandidate(pg: Page): number {
  const T = pg.t;
  const N = pg.nodes.length;
  const rank = pg.rank;
  // Text held by nested `<article>`s: a chain of teaser articles (or an unclosed `<article>` swallowing the
  // following ones) must not win on text that belongs to its nested articles.
  const nested = new Float64Array(N); // text of the nearest article descendants
  const up = new Float64Array(N); // what a node passes to its parent
  for (let i = N - 1; i >= 0; i--) {
    if (pg.dropped[i]) continue;
    up[i] = pg.nodes[i]!.name === 'article' ? pg.text[i]! - pg.link[i]! : nested[i]!;
    const p = pg.parent[i]!;
    if (p >= 0) nested[p]! += up[i]!;
  }
  const own = (i: number): number => pg.text[i]! - pg.link[i]! - (pg.nodes[i]!.name === 'article' ? nested[i]! : 0);
  let best = -1;
  let bestRank = 99;
  for (let i = 0; i < N; i++) {
    const r = rank[i]!;
    if (r < 0 || r > bestRank || pg.dropped[i]) continue;
    if (pg.text[i]! < T.STRUCT_MIN_TEXT || linkDensity(pg, i) > T.STRUCT_MAX_LINK_DENSITY) continue;
    if (own(i) < T.STRUCT_MIN_TEXT) continue;
    if (r < bestRank) {
      best = i;
      bestRank = r;
    } else if (own(i) > own(best) && !isAncestor(pg, best, i)) {
      // Same rank: the one with more plain text; a nested match of the same rank does not replace its container.
      best = i;
    }
  }
  return best;
}

// ---------------------------------------------------------------- step 3: density scoring

export interface Scored {
  top: number;
  score: Float64Array;
}

export function densityCandidate(pg: Page, anchor = -1): Scored {
  const T = pg.t;
  const N = pg.nodes.length;
  const score = new Float64Array(N);
  const init = new Uint8Array(N);
  const initOf = (i: number): void => {
    if (init[i]) return;
    init[i] = 1;
    const name = pg.nodes[i]!.name ?? '';
    score[i] = (TAG_BONUS[name] ?? 0) + classWeight(pg.segs[i]!, T);
  };
  for (let i = 0; i < N; i++) {
    if (pg.dropped[i] || !pg.isBlock[i]) continue;
    const own = pg.own[i]!;
    if (own < T.SCORE_MIN_PARAGRAPH) continue;
    if (own > 0 && pg.ownLink[i]! / own > 0.5) continue;
    const s = 1 + pg.ownCommas[i]! + Math.min(T.SCORE_LENGTH_CAP, Math.floor(own / T.SCORE_CHARS_PER_POINT));
    // A block with its own text and nested blocks (text directly in a <div> beside <p>s) is itself a candidate.
    let a = pg.parent[i]!;
    const name = pg.nodes[i]!.name;
    if (name === 'div' || name === 'section' || name === 'article' || name === 'td' || name === 'main') {
      initOf(i);
      score[i]! += s;
    }
    for (let level = 0; level < 5 && a >= 0; level++) {
      const an = pg.nodes[a]!;
      if (an.name === 'html') break;
      initOf(a);
      score[a]! += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      a = pg.parent[a]!;
    }
  }
  const ranked: number[] = [];
  for (let i = 0; i < N; i++) {
    if (!init[i]) continue;
    score[i] = score[i]! * (1 - linkDensity(pg, i));
    ranked.push(i);
  }
  ranked.sort((a, b) => score[b]! - score[a]! || a - b);
  let top = ranked.length ? ranked[0]! : -1;
  if (top < 0) return { top, score };
  // Readability: when several of the best candidates share an ancestor of the winner, the body was split into
  // sections (by figures, pull quotes, ads) and that ancestor is the article.
  const alts = ranked.slice(1, T.TOP_CANDIDATES).filter((i) => score[i]! >= T.ALT_CANDIDATE_SHARE * score[top]!);
  if (alts.length >= T.ALT_CANDIDATES_MIN) {
    for (let a = pg.parent[top]!; a >= 0 && pg.nodes[a]!.name !== 'body' && pg.nodes[a]!.name !== 'html'; a = pg.parent[a]!) {
      let holds = 0;
      for (const c of alts) if (c !== a && isAncestor(pg, a, c)) holds++;
      if (holds >= T.ALT_CANDIDATES_MIN) {
        top = a;
        if (!init[a]) score[a] = 0;
        break;
      }
    }
  }
  // Climb to an ancestor that holds clearly more paragraph text without getting link-heavy (bodies split into
  // sibling sections at different depths).
  for (let guard = 0; guard < 20; guard++) {
    let a = pg.parent[top]!;
    let next = -1;
    for (let level = 0; level < T.CLIMB_LEVELS && a >= 0; level++, a = pg.parent[a]!) {
      const nm = pg.nodes[a]!.name;
      if (nm === 'body' || nm === 'html') break;
      if (pg.ptext[a]! >= T.CLIMB_GAIN * pg.ptext[top]!) {
        if (similarGain(pg, a, top) >= T.CLIMB_SIMILAR_SHARE * (pg.ptext[a]! - pg.ptext[top]!)) next = a;
        break;
      }
    }
    if (next < 0 || linkDensity(pg, next) > T.CLIMB_MAX_LINK_DENSITY) break;
    top = next;
  }
  // The body starts at the headline: a winner with much paragraph text between the headline and it (a footer or
  // "about us" block below a short article), or lying before the headline, yields to the best candidate near it.
  if (anchor >= 0 && anchorGap(pg, top, anchor) > T.ANCHOR_MAX_GAP) {
    for (const c of ranked.slice(0, T.ANCHOR_CANDIDATES)) {
      if (score[c]! < T.ANCHOR_MIN_SHARE * score[top]!) break;
      if (anchorGap(pg, c, anchor) <= T.ANCHOR_MAX_GAP && pg.ptext[c]! >= T.SCORE_MIN_PARAGRAPH) {
        top = c;
        break;
      }
    }
  }
  return { top, score };
}

/** Tag and class of an element: sections of one body share them (`<div class="acf-content">` ×3), while a comment
 *  thread, an author bio or an announcements column beside the body does not. */
function signature(pg: Page, i: number): string {
  const n = pg.nodes[i]!;
  return `${n.name ?? ''}.${n.attribs?.['class'] ?? ''}`;
}

/** Paragraph text that climbing from `top` to its ancestor `a` gains in children of `a` that look like the child
 *  holding `top` (same tag and class). */
function similarGain(pg: Page, a: number, top: number): number {
  let c = top;
  while (pg.parent[c] !== a) c = pg.parent[c]!;
  const sig = signature(pg, c);
  let gain = 0;
  for (let j = a + 1; j < pg.end[a]!; j = pg.end[j]!) if (j !== c && !pg.dropped[j] && signature(pg, j) === sig) gain += pg.ptext[j]!;
  return gain;
}

/** Paragraph text between the headline and candidate c (0 when c holds the headline; Infinity when c precedes it). */
export function anchorGap(pg: Page, c: number, anchor: number): number {
  if (isAncestor(pg, c, anchor)) return 0;
  if (pg.end[c]! <= anchor) return Infinity;
  const from = pg.end[anchor]!;
  return c > from ? pg.pcum[c]! - pg.pcum[from]! : 0;
}

/** Readability: siblings of the winner that look like part of the article join it: those that score well and share
 *  its tag and class (a body split over several `<div class="text">`; a footer or a column of announcements beside
 *  the body scores well too, but looks different: synthetic pages `unseen/footer-huge`, `unseen/main-with-sidebar`),
 *  and long paragraphs with few links. */
export function withSiblings(pg: Page, sc: Scored, top: number): number[] {
  const T = pg.t;
  const p = pg.parent[top]!;
  if (p < 0) return [top];
  const kids = childrenOf(pg, p);
  const threshold = Math.max(10, sc.score[top]! * T.SIBLING_SCORE_SHARE);
  const sig = signature(pg, top);
  const out: number[] = [];
  for (const j of kids) {
    if (pg.dropped[j]) continue;
    const c = pg.nodes[j]!;
    if (j === top) {
      out.push(j);
      continue;
    }
    if (!isElement(c)) continue;
    if (sc.score[j]! >= threshold && signature(pg, j) === sig) {
      out.push(j);
      continue;
    }
    if (c.name === 'p') {
      const len = pg.text[j]!;
      const ld = linkDensity(pg, j);
      if (len >= T.SIBLING_PARAGRAPH_MIN && ld < T.SIBLING_MAX_LINK_DENSITY) out.push(j);
    }
  }
  if (out.length < 2) return out;
  // Between two parts of the body, a table, list, heading or quote (short cells score nothing) is body too,
  // unless it is a link box (dev page foxbusiness: a stock table between two paragraphs).
  const first = out[0]!;
  const last = out[out.length - 1]!;
  const inner: number[] = [];
  for (const j of kids) {
    if (j < first || j > last || pg.dropped[j]) continue;
    if (out.includes(j) || (pg.text[j]! > 0 && linkDensity(pg, j) <= T.SIBLING_GAP_MAX_LINK_DENSITY)) inner.push(j);
  }
  return inner;
}
