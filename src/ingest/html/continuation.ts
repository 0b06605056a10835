// Continuation: a body that the page interrupts. Themes and networks split one article over sibling containers
// (an in-body ad slot, a "Baca juga" box, an embedded post or a video player, a pager between two
// `<div class="detail__body-text">`), or leave the paragraphs after an embed as bare siblings of the body's container.
// The chosen body grows by the siblings after it that carry text of the same kind
// (paragraph text with few links, in the same paragraph tag), when what lies between them is a low-text interruption;
// the interruptions themselves stay out. A section under its own heading, a boilerplate section ("Berita Terkait"),
// or a block of other text stops the walk (an author bio, an "about us" footer).
// A feed of repeated entries (a live blog's `<article class="live-entry">`s, a timeline's items: one tag and class
// under one parent) is read whole in both directions: when the chosen body is one entry (the longest), the entries
// before it (newer ones, in a feed written newest first) are body as well as those after it, across an in-feed ad
// or embed; only the feed's own entries are taken backwards (a block of another kind before the body is a
// standfirst: dev page 1f765c), and none before the headline.
import { isElement } from './dom.js';
import { boilerplateKind } from './render.js';
import { childrenOf, HEADINGS, linkDensity, type Page } from './page.js';

/** The tag that holds most of the paragraph text under i ('p', or 'div' for text between `<br>`s), or ''. */
function paragraphTag(pg: Page, i: number): string {
  const by = new Map<string, number>();
  let best = '';
  let most = 0;
  for (let j = i; j < pg.end[i]!; j++) {
    if (pg.dropped[j]) {
      j = pg.end[j]! - 1;
      continue;
    }
    const s = pg.pself[j]!;
    if (!s) continue;
    const t = pg.nodes[j]!.name ?? '';
    const v = (by.get(t) ?? 0) + s;
    by.set(t, v);
    if (v > most) {
      most = v;
      best = t;
    }
  }
  return best;
}

/** Tag and class: two parts of one body that share them may hold their own subheadings (entries of a live blog). */
function signature(pg: Page, i: number): string {
  const n = pg.nodes[i]!;
  return `${n.name ?? ''}.${n.attribs?.['class'] ?? ''}`;
}

/** The fewest entries of one tag and class under one parent that make a feed (a live blog's updates; two may be a
 *  body and a bio written alike). */
const FEED_MIN_ENTRIES = 3;

/** Is j an entry of a feed the body belongs to: an element (not a bare paragraph) with a class, whose tag and class
 *  are a root's? */
function isEntry(pg: Page, j: number, sigs: Set<string>): boolean {
  const n = pg.nodes[j]!;
  if (!isElement(n) || n.name === 'p' || !(n.attribs?.['class'] ?? '').trim()) return false;
  return sigs.has(signature(pg, j));
}

/** Does the subtree of k hold a heading (not dropped)? 2 when one is mostly a link (the title of a teaser in a
 *  listing of posts, dev page b3c19d: a live blog's entries have plain headings). */
function holdsHeading(pg: Page, k: number): number {
  let found = 0;
  for (let x = k; x < pg.end[k]!; x++) {
    if (pg.dropped[x]) {
      x = pg.end[x]! - 1;
      continue;
    }
    if (!HEADINGS.has(pg.nodes[x]!.name ?? '')) continue;
    if (linkDensity(pg, x) > 0.5) return 2;
    found = 1;
  }
  return found;
}

/** 'part': text of the body's kind; 'gap': a low-text interruption; 'slot': an element without text (an interruption
 *  that does not count towards CONT_MAX_GAPS: ad slots come with scripts and placeholders); 'empty': white space;
 *  'stop': anything else. */
function classify(pg: Page, j: number, tag: string, sigs: Set<string>): 'part' | 'gap' | 'slot' | 'stop' | 'empty' {
  const T = pg.t;
  const n = pg.nodes[j]!;
  if (!isElement(n)) return pg.text[j] === 0 ? 'empty' : pg.text[j]! <= T.CONT_GAP_MAX_PLAIN ? 'gap' : 'stop';
  // An element without visible text (an ad slot filled by script, an embed's placeholder, dropped furniture).
  if (pg.dropped[j] || pg.text[j] === 0) return 'slot';
  if (pg.isBlock[j] && boilerplateKind(pg, j) === 2) return 'stop';
  // Another post: an `<article>` unlike the body's parts (dev page b3c19d: posts listed below the one shown).
  if (n.name === 'article' && !sigs.has(signature(pg, j))) return 'stop';
  const plain = pg.text[j]! - pg.link[j]!;
  const heading = holdsHeading(pg, j);
  if (
    plain >= T.SIBLING_PARAGRAPH_MIN &&
    linkDensity(pg, j) <= T.SIBLING_MAX_LINK_DENSITY &&
    pg.ptext[j]! >= T.CONT_PARAGRAPH_SHARE * plain &&
    paragraphTag(pg, j) === tag &&
    (!heading || (heading === 1 && sigs.has(signature(pg, j))))
  ) return 'part';
  if (heading || HEADINGS.has(n.name ?? '')) return 'stop';
  return plain <= T.CONT_GAP_MAX_PLAIN ? 'gap' : 'stop';
}

/** Roots plus the continuation siblings after the last (document order). */
export function continueBody(pg: Page, roots: number[], anchor = -1): number[] {
  const T = pg.t;
  if (!roots.length || T.CONT_MAX_GAPS <= 0) return roots;
  const out = [...roots].sort((a, b) => a - b);
  const first = out[0]!;
  const last = out[out.length - 1]!;
  const p = pg.parent[last]!;
  if (p < 0 || pg.parent[first] !== p) return out;
  let tag = '';
  const sigs = new Set<string>();
  for (const r of out) {
    sigs.add(signature(pg, r));
    if (!tag) tag = paragraphTag(pg, r);
  }
  if (!tag) return out;
  const kids = childrenOf(pg, p);
  // A feed: at least FEED_MIN_ENTRIES children of the parent share a root's tag and class (a live blog's entries). Only
  // then may an entry right after the body join it with nothing between, or entries before it join (a lone sibling of
  // the body's tag and class, such as an author bio beside the column, stays out as before).
  let entries = 0;
  for (const k of kids) if (isEntry(pg, k, sigs)) entries++;
  const feed = entries >= FEED_MIN_ENTRIES;
  const walk = (from: number, step: 1 | -1): number[] => {
    const got: number[] = [];
    let gaps = 0;
    let interrupted = false;
    for (let k = from; k >= 0 && k < kids.length; k += step) {
      const j = kids[k]!;
      // Backwards, only the feed's own entries, after the headline.
      if (step < 0 && anchor >= 0 && j < pg.end[anchor]!) break;
      const c = classify(pg, j, tag, sigs);
      if (step < 0 && c === 'part' && !isEntry(pg, j, sigs)) break;
      if (c === 'empty') continue;
      if (c === 'slot') {
        interrupted = true;
        continue;
      }
      if (c === 'stop') break;
      if (c === 'gap') {
        if (++gaps > T.CONT_MAX_GAPS) break;
        interrupted = true;
        continue;
      }
      // Text of the body's kind right after the body, with nothing between, was left out by the choice of the body
      // for a reason (an author bio beside the column: synthetic page `unseen/opinion-bio`): only an interruption
      // makes a continuation.
      if (!got.length && !interrupted && !(feed && isEntry(pg, j, sigs))) break;
      got.push(j);
      gaps = 0;
    }
    return got;
  };
  const after = walk(kids.indexOf(last) + 1, 1);
  // An interruption between two joined parts stays out; trailing gaps were never added. (Nothing but a feed's
  // entries is taken before the body: a block between the headline and the body is a standfirst, which the
  // benchmark's bodies leave out, dev page 1f765c.)
  const before = feed && out.some((r) => isEntry(pg, r, sigs)) ? walk(kids.indexOf(first) - 1, -1).reverse() : [];
  if (!after.length && !before.length) return out;
  return [...before, ...out, ...after];
}
