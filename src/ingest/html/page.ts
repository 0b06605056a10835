// The page model of the HTML extractor: every node in document order with its visible-text statistics (text, link
// text, commas, paragraph text), computed once, bottom-up, over flat arrays; junk (scripts, hidden nodes, furniture
// named by class/id) is marked dropped here. Nothing is re-serialised per node, and no walk is recursive.
import { isElement, type DNode } from './dom.js';
import type { FlatDoc } from './parse.js';
import { collapsedRests } from './collapsed.js';
import { BODY_CLASSES, BODY_IDS, EMBED_POST_SEGMENTS, JUNK_EXACT, JUNK_PREFIXES, NEGATIVE_PREFIXES, POSITIVE_PREFIXES, STRONG_JUNK_WORDS } from '../../lexicon/html-page.js';
import type { Thresholds } from './thresholds.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { lookupTable } from '../../util/table.js';

// ---------------------------------------------------------------- tag classes

/** Never content. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button',
  'select', 'option', 'input', 'textarea', 'label', 'dialog', 'head', 'link', 'meta', 'title', 'map', 'audio',
  'video', 'source', 'track', 'img', 'picture', 'nav', 'aside', 'menu', 'figcaption', 'marquee',
]);
/** Furniture when outside the article: dropped unless they hold the article (see protectedNode). */
const SOFT_DROP_TAGS = new Set(['header', 'footer', 'form', 'figure']);
/** Block-level elements: each starts and ends a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'legend', 'option',
]);
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Link-box containers cleaned out of the chosen body when link-dense. */
export const BOX_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'aside', 'figure']);
/** Tags never dropped for their class/id (WordPress puts `tag-…` and `has-sidebar` classes on them). */
const KEEP_TAGS = new Set(['html', 'body', 'article', 'main']);
/** Readability's tag bonus for a candidate container. */
export const TAG_BONUS: Record<string, number> = lookupTable({
  div: 5, article: 5, section: 3, main: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
});

// ---------------------------------------------------------------- class/id matching

/** Junk words that are strong enough to drop even a big block (comment threads can outweigh the article). */
const STRONG_JUNK = new Set(STRONG_JUNK_WORDS);

// (no `u` flag: the same matches, as nothing they match is outside the BMP, and V8 runs them faster)
const SEG_SPLIT = /[\s_-]+/;
const CAMEL = /([a-z])([A-Z])/g;

const NO_SEGS: string[] = [];

// class and id are split into lower-case segments ("post-share_bar" → post, share, bar; "relatedPosts" → related,
// posts) by classInfo below; junk words are matched against each segment.
// (Only tested, from the start of a segment: the kit's branch order cannot change whether one matches.)
const STRONG_RE = new RegExp(`^(?:${alternationOf(JUNK_PREFIXES.filter((p) => STRONG_JUNK.has(p)), { space: SPACE.literal })})`, 'u');
const WEAK_RE = new RegExp(`^(?:${alternationOf(JUNK_PREFIXES.filter((p) => !STRONG_JUNK.has(p)), { space: SPACE.literal })})|^(?:${alternationOf(JUNK_EXACT, { space: SPACE.literal })})$`, 'u');

/** 0 = not junk, 1 = weak junk (protected when it holds most of the page), 2 = strong junk. */
function junkLevel(segs: string[]): number {
  let level = 0;
  for (const seg of segs) {
    if (STRONG_RE.test(seg)) return 2;
    if (level === 0 && WEAK_RE.test(seg)) level = 1;
  }
  return level;
}

export function classWeight(segs: string[], T: Thresholds): number {
  let w = 0;
  let neg = false;
  let pos = false;
  for (const seg of segs) {
    if (!neg && NEGATIVE_PREFIXES.some((p) => seg.startsWith(p))) neg = true;
    if (!pos && POSITIVE_PREFIXES.some((p) => seg.startsWith(p))) pos = true;
  }
  if (neg) w -= T.SCORE_CLASS_WEIGHT;
  if (pos) w += T.SCORE_CLASS_WEIGHT;
  return w;
}

const BODY_CLASS_SET = new Set(BODY_CLASSES);
const EMBED_POST = new Set(EMBED_POST_SEGMENTS);
/** Is node pi a social post embed (class segment in EMBED_POST_SEGMENTS)? */
const isEmbedPost = (segs: readonly string[]): boolean => segs.some((s) => EMBED_POST.has(s));
const BODY_ID_SET = new Set(BODY_IDS);

/** What a page's class/id string says, worked out once per distinct string (pages repeat them). */
interface ClassInfo {
  segs: string[];
  /** junkLevel of the segments. */
  junk: number;
  /** A body class (BODY_CLASSES) or body id (BODY_IDS). */
  body: boolean;
}

const NO_INFO: ClassInfo = { segs: NO_SEGS, junk: 0, body: false };

function classInfo(n: DNode, cache: Map<string, ClassInfo>): ClassInfo {
  const c = n.cls;
  const id = n.id;
  if (!c && !id) return NO_INFO;
  const key = id ? `${c ?? ''} ${id}` : c!;
  let info = cache.get(key);
  if (!info) {
    const segs = key.replace(CAMEL, '$1 $2').toLowerCase().split(SEG_SPLIT).filter(Boolean);
    let body = !!id && BODY_ID_SET.has(id.toLowerCase());
    if (c && !body) for (const x of c.toLowerCase().split(/\s+/u)) if (BODY_CLASS_SET.has(x)) body = true;
    info = { segs, junk: segs.length ? junkLevel(segs) : 0, body };
    cache.set(key, info);
  }
  return info;
}

/** Structural rank of an element (lower is stronger), or -1: `[itemprop=articleBody]` 0, a body class or id 1,
 *  `<article>` 2, `<main>` 3. */
export function structRank(n: DNode, info: ClassInfo = classInfo(n, new Map())): number {
  if (!n.attribs) return -1;
  const ip = n.itemprop;
  if (ip && ip.toLowerCase().split(/\s+/u).includes('articlebody')) return 0;
  if (info.body) return 1;
  if (n.name === 'article') return 2;
  if (n.name === 'main' || n.role === 'main') return 3;
  return -1;
}

// ---------------------------------------------------------------- the page model

/** Per-node arrays, indexed by document order. */
export interface Page {
  /** The thresholds of this call. */
  t: Thresholds;
  nodes: DNode[];
  parent: Int32Array;
  /** Subtree end (exclusive): the subtree of i is [i, end[i]). */
  end: Int32Array;
  dropped: Uint8Array;
  /** Visible text characters in the subtree (whitespace collapsed), dropped subtrees excluded. */
  text: Int32Array;
  /** …of which inside <a>. */
  link: Int32Array;
  commas: Int32Array;
  /** Inline text owned by this block (not by a nested block). */
  own: Int32Array;
  ownLink: Int32Array;
  ownCommas: Int32Array;
  isBlock: Uint8Array;
  /** Text of the subtree's paragraphs (blocks with at least SCORE_MIN_PARAGRAPH own characters, not link-dense). */
  ptext: Int32Array;
  /** Paragraph text before node i in document order (prefix sums, N + 1 entries): pcum[b] - pcum[a] is the
   *  paragraph text of the nodes in [a, b). */
  pcum: Int32Array;
  /** A block's own paragraph text (as counted in ptext), 0 for other nodes. */
  pself: Int32Array;
  /** Visible text before node i in document order (prefix sums, N + 1 entries). */
  tcum: Int32Array;
  /** Collapsed length of each text node (read for text nodes only; elements hold their raw subtree length). */
  len: Int32Array;
  segs: string[][];
  /** Structural rank of each element (see structRank), -1 for none. */
  rank: Int8Array;
  /** Teaser cards dropped. */
  cards: number;
  /** Elements marked furniture by their class/id. */
  junkByClass: number;
}

const COMMA_RE = /[,，、]/gu;

/** Is this UTF-16 code unit one of JavaScript's `\s` characters? */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Length of s with whitespace runs collapsed to one space and trimmed (`collapse(s).length` without building it). */
export function normLen(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      if (n > 0) gap = true;
      continue;
    }
    if (gap) {
      n++;
      gap = false;
    }
    n++;
  }
  return n;
}

/** `classJunk: false` keeps furniture named by class/id (the retry when nothing else gave an article: a body
 *  wrapper named `recommended-post` or `share-wrapper` must not cost the whole article). */
export function buildPage(doc: FlatDoc, T: Thresholds, classJunk = true): Page {
  const { nodes, parents } = doc;
  const N = nodes.length;
  const parent = Int32Array.from(parents);
  const end = new Int32Array(N);
  const segs: string[][] = new Array<string[]>(N);
  const selfDrop = new Uint8Array(N); // 0 keep, 1 hard drop, 2 soft (weak junk / soft tags), 3 strong junk
  const rank = new Int8Array(N).fill(-1);
  const isBlock = new Uint8Array(N);
  let junkByClass = 0;
  const infoCache = new Map<string, ClassInfo>();
  // Nodes inside a dropped element (script text, svg paths, nav links, hidden blocks) are marked dropped at once and
  // never measured.
  const hard = new Uint8Array(N);
  // a body's rest hidden behind a "continue reading" control is body; the control is not (collapsed.ts)
  const collapsed = collapsedRests(nodes);
  for (let i = 0; i < N; i++) {
    const n = nodes[i]!;
    segs[i] = NO_SEGS;
    const pi = parents[i]!;
    if (pi >= 0 && hard[pi]) {
      hard[i] = 1;
      selfDrop[i] = 1;
      continue;
    }
    // A social post embed's inline children (its attribution and date link) are dropped, its paragraphs kept.
    // (a blockquote, as the platforms' embed codes write it: a "Click To Tweet" pull quote, `span.sw-click-to-tweet`,
    // is body)
    const embedChrome = pi >= 0 && segs[pi] !== NO_SEGS && nodes[pi]!.name === 'blockquote' && isEmbedPost(segs[pi]!);
    if (!isElement(n)) {
      if (n.type !== 'text' || embedChrome) selfDrop[i] = 1; // comments, directives, cdata
      continue;
    }
    const name = n.name ?? '';
    if (BLOCK_TAGS.has(name)) isBlock[i] = 1;
    else if (embedChrome) {
      selfDrop[i] = 1;
      hard[i] = 1;
      continue;
    }
    if (DROP_TAGS.has(name) || (n.hidden && !collapsed.rests.has(n)) || collapsed.controls.has(n)) {
      selfDrop[i] = 1;
      hard[i] = 1;
      continue;
    }
    const info = classInfo(n, infoCache);
    segs[i] = info.segs;
    rank[i] = structRank(n, info);
    if (KEEP_TAGS.has(name)) continue;
    const jl = classJunk ? info.junk : 0;
    if (jl) junkByClass++;
    if (jl === 2) selfDrop[i] = 3;
    else if (jl === 1 || SOFT_DROP_TAGS.has(name)) selfDrop[i] = 2;
  }
  // Subtree ends and raw text, bottom-up.
  const raw = new Int32Array(N);
  const holdsStruct = new Uint8Array(N);
  for (let i = N - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (end[i] === 0) end[i] = i + 1;
    if (n.type === 'text' && selfDrop[i] === 0) raw[i] = normLen(n.data ?? '');
    if (rank[i] >= 0 && rank[i] <= 2) holdsStruct[i] = 1;
    const p = parent[i]!;
    if (p >= 0) {
      if (end[p]! < end[i]!) end[p] = end[i]!;
      if (selfDrop[i] !== 1) raw[p]! += raw[i]!;
      if (holdsStruct[i]) holdsStruct[p] = 1;
    }
  }
  let total = 0;
  for (let i = 0; i < N; i++) if (parent[i] === -1) total += raw[i]!;
  // Drop, top-down: a node is dropped if its parent is, or it is junk and not protected.
  const dropped = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const p = parent[i]!;
    if (p >= 0 && dropped[p]) {
      dropped[i] = 1;
      continue;
    }
    const sd = selfDrop[i]!;
    if (sd === 0) continue;
    if (sd === 1) dropped[i] = 1;
    else if (holdsStruct[i]) continue; // holds `.entry-content` / `<article>`: keep the wrapper
    else if (sd === 3) dropped[i] = 1;
    else if (raw[i]! < T.PROTECT_SHARE * total) dropped[i] = 1;
  }
  const pg: Page = {
    t: T, nodes, parent, end, dropped, isBlock, segs, rank, len: raw,
    text: new Int32Array(N), link: new Int32Array(N), commas: new Int32Array(N), own: new Int32Array(N),
    ownLink: new Int32Array(N), ownCommas: new Int32Array(N), ptext: new Int32Array(N), pcum: new Int32Array(N + 1),
    pself: new Int32Array(N), tcum: new Int32Array(N + 1),
    cards: 0, junkByClass,
  };
  computeStats(pg);
  if (dropTeaserCards(pg)) computeStats(pg);
  return pg;
}

/** Visible-text statistics, bottom-up, dropped subtrees excluded. */
function computeStats(pg: Page): void {
  const { nodes, parent, dropped, isBlock, text, link, commas, own, ownLink, ownCommas, ptext, pcum, pself, tcum } = pg;
  const N = nodes.length;
  text.fill(0); link.fill(0); commas.fill(0); own.fill(0); ownLink.fill(0); ownCommas.fill(0); ptext.fill(0); pself.fill(0);
  for (let i = N - 1; i >= 0; i--) {
    if (dropped[i]) continue;
    const n = nodes[i]!;
    if (n.type === 'text') {
      const l = pg.len[i]!;
      text[i] = l;
      own[i] = l;
      if (l) {
        const d = n.data ?? '';
        const c = d.length < 2000 ? (d.match(COMMA_RE)?.length ?? 0) : countCommas(d);
        commas[i] = c;
        ownCommas[i] = c;
      }
    } else if (n.name === 'a') {
      link[i] = text[i]!;
      ownLink[i] = own[i]!;
    }
    const p = parent[i]!;
    if (p < 0) continue;
    text[p]! += text[i]!;
    link[p]! += link[i]!;
    commas[p]! += commas[i]!;
    if (!isBlock[i]) {
      own[p]! += own[i]!;
      ownLink[p]! += ownLink[i]!;
      ownCommas[p]! += ownCommas[i]!;
    }
  }
  const minPara = pg.t.SCORE_MIN_PARAGRAPH;
  pcum[0] = 0;
  for (let i = N - 1; i >= 0; i--) {
    if (dropped[i]) continue;
    if (isBlock[i] && own[i]! >= minPara && ownLink[i]! <= 0.5 * own[i]!) pself[i] = own[i]! - ownLink[i]!;
    ptext[i]! += pself[i]!;
    const p = parent[i]!;
    if (p >= 0) ptext[p]! += ptext[i]!;
  }
  tcum[0] = 0;
  for (let i = 0; i < N; i++) {
    pcum[i + 1] = pcum[i]! + pself[i]!;
    tcum[i + 1] = tcum[i]! + (dropped[i] || nodes[i]!.type !== 'text' ? 0 : pg.len[i]!);
  }
}

/** Does the link lead to another page? Not a fragment of this one (a live report's entry permalink `<a href="#u3">`
 *  on the entry's heading), not a script. */
export function leavesPage(n: DNode): boolean {
  const href = (n.attribs?.['href'] ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/iu.test(href);
}

/** A heading (h2–h6) that is a link to another page or inside one: a teaser title. (h1 is the page's own headline.) */
function linkedHeading(pg: Page, i: number, inLink: Uint8Array): boolean {
  const name = pg.nodes[i]!.name;
  if (!name || name.length !== 2 || name[0] !== 'h' || name === 'h1' || !HEADINGS.has(name)) return false;
  const t = pg.text[i]!;
  if (t === 0) return false;
  if (inLink[i] === 1) return true;
  if (pg.link[i]! <= 0.7 * t) return false;
  for (let j = i + 1; j < pg.end[i]!; j++) if (pg.nodes[j]!.name === 'a' && leavesPage(pg.nodes[j]!)) return true;
  return false;
}

/** Teaser cards (recommendation widgets, "More … Stories", index teasers): the largest container around one linked
 *  heading that holds no other linked heading, some text beside the heading, and little plain text. Only on pages
 *  with at least two linked headings. Cards are dropped like junk; returns how many. */
function dropTeaserCards(pg: Page): number {
  const { nodes, parent, dropped, text, link } = pg;
  const N = nodes.length;
  const inLink = new Uint8Array(N);
  const heads: number[] = [];
  for (let i = 0; i < N; i++) {
    if (dropped[i]) continue;
    const p = parent[i]!;
    if ((p >= 0 && inLink[p]) || (nodes[i]!.name === 'a' && leavesPage(nodes[i]!))) inLink[i] = 1;
    if (linkedHeading(pg, i, inLink)) heads.push(i);
  }
  if (heads.length < 2) return 0;
  const lhead = new Int32Array(N);
  for (const h of heads) for (let a = h; a >= 0; a = parent[a]!) lhead[a]! += 1;
  const maxPlain = pg.t.CARD_MAX_TEXT;
  let cards = 0;
  for (const h of heads) {
    if (dropped[h]) continue;
    let c = h;
    for (let p = parent[h]!; p >= 0 && lhead[p] === 1; p = parent[p]!) {
      const nm = nodes[p]!.name;
      if (nm === 'body' || nm === 'html' || text[p]! - link[p]! > maxPlain) break;
      c = p;
    }
    if (c === h || text[c]! <= text[h]! + 20) continue; // a bare linked heading: a link list handles it
    for (let j = c; j < pg.end[c]!; j++) dropped[j] = 1;
    cards++;
  }
  pg.cards = cards;
  return cards;
}

function countCommas(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 44 || ch === 0xff0c || ch === 0x3001) c++;
  }
  return c;
}

export const linkDensity = (pg: Page, i: number): number => (pg.text[i]! > 0 ? pg.link[i]! / pg.text[i]! : 0);
/** Direct children of node i, in order (the subtree of i is [i, end[i]); each child's subtree follows the last). */
export function childrenOf(pg: Page, i: number): number[] {
  const out: number[] = [];
  for (let j = i + 1; j < pg.end[i]!; j = pg.end[j]!) out.push(j);
  return out;
}

export const isAncestor = (pg: Page, a: number, d: number): boolean => a <= d && d < pg.end[a]!;
