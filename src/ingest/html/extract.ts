// HTML → main text + metadata. A cascade in the manner of trafilatura / Readability:
//   1. junk:       drop script/style/nav/aside/…, hidden nodes and furniture named by class/id (share, related,
//                  comments, sidebar, cookie, …), unless the node holds the article (see `protectedNode`);
//   2. structure:  `[itemprop=articleBody]`, known body classes/ids, `<article>`, `<main>`; validated by size and
//                  link density;
//   3. density:    Readability-like scoring of the parents of text blocks; siblings join the winner;
//   4. fallback:   every visible text block of the page, when the result is implausibly short.
// Then: no-article checks (too short, link page, teaser index, 404) → `text: null, reason: 'no article found'`.
//
// All statistics (text length, link text, commas) are computed once, bottom-up, over an array of the nodes in
// document order; nothing is re-serialised per node, and no walk is recursive.
// `cheerio/slim` is cheerio's htmlparser2-only entry. Our `xml` parse options select htmlparser2 (and
// dom-serializer) in the full entry too, so the result is the same; the full entry would also load parse5 and
// undici (for `fromURL`), ~75 ms of start-up in every worker for code never used.
import * as cheerio from 'cheerio/slim';
import { collapse, isElement, limitNesting, preorder, type DNode } from './dom.js';
import {
  BODY_CLASSES, BODY_IDS, JUNK_EXACT, JUNK_PREFIXES, NEGATIVE_PREFIXES, NOT_FOUND_CUES, POSITIVE_PREFIXES,
} from './lexicon.js';
import { readMetadata } from './metadata.js';
import * as T from './thresholds.js';

export interface HtmlExtraction {
  /** Main body, paragraphs joined by "\n\n"; null when the page holds no article. */
  text: string | null;
  /** 'no article found' when text is null. */
  reason: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  lang: string | null;
}

const NO_ARTICLE = 'no article found';

// ---------------------------------------------------------------- tag classes

/** Never content. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button',
  'select', 'option', 'input', 'textarea', 'label', 'dialog', 'head', 'link', 'meta', 'title', 'map', 'audio',
  'video', 'source', 'track', 'img', 'picture', 'nav', 'aside', 'menu', 'figcaption',
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
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Link-box containers cleaned out of the chosen body when link-dense. */
const BOX_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'aside', 'figure']);
/** Tags never dropped for their class/id (WordPress puts `tag-…` and `has-sidebar` classes on them). */
const KEEP_TAGS = new Set(['html', 'body', 'article', 'main']);
/** Readability's tag bonus for a candidate container. */
const TAG_BONUS: Record<string, number> = {
  div: 5, article: 5, section: 3, main: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

// ---------------------------------------------------------------- class/id matching

/** Junk words that are strong enough to drop even a big block (comment threads can outweigh the article). */
const STRONG_JUNK = new Set(['comment', 'komentar', 'disqus', 'respond', 'share', 'sharing', 'sharer', 'sharedaddy',
  'social', 'sosmed', 'related', 'terkait', 'popular', 'populer', 'terpopuler', 'trending', 'recommend',
  'rekomendasi', 'bacajuga', 'outbrain', 'taboola', 'mgid', 'cookie', 'consent', 'gdpr', 'newsletter', 'subscribe',
  'breadcrumb', 'advert', 'adsbygoogle']);

const SEG_SPLIT = /[\s_-]+/u;
const CAMEL = /([a-z])([A-Z])/gu;

function segmentsOf(n: DNode): string[] {
  const a = n.attribs;
  if (!a) return [];
  const s = `${a['class'] ?? ''} ${a['id'] ?? ''}`;
  if (s.length <= 1) return [];
  return s.replace(CAMEL, '$1 $2').toLowerCase().split(SEG_SPLIT).filter(Boolean);
}

/** 0 = not junk, 1 = weak junk (protected when it holds most of the page), 2 = strong junk. */
function junkLevel(segs: string[]): number {
  let level = 0;
  for (const seg of segs) {
    if (JUNK_EXACT.includes(seg)) level = Math.max(level, 1);
    for (const p of JUNK_PREFIXES) {
      if (seg.startsWith(p)) {
        level = Math.max(level, STRONG_JUNK.has(p) ? 2 : 1);
        if (level === 2) return 2;
      }
    }
  }
  return level;
}

function classWeight(segs: string[]): number {
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
const BODY_ID_SET = new Set(BODY_IDS);

/** Structural rank of an element (lower is stronger), or -1. */
function structRank(n: DNode): number {
  const a = n.attribs;
  if (!a) return -1;
  const ip = a['itemprop'];
  if (ip && ip.toLowerCase().split(/\s+/u).includes('articlebody')) return 0;
  const cls = a['class'];
  if (cls) {
    for (const c of cls.toLowerCase().split(/\s+/u)) if (BODY_CLASS_SET.has(c)) return 1;
  }
  const id = a['id'];
  if (id && BODY_ID_SET.has(id.toLowerCase())) return 1;
  if (n.name === 'article') return 2;
  if (n.name === 'main' || a['role'] === 'main') return 3;
  return -1;
}

const HIDDEN_STYLE = /(?:^|;)\s{0,3}(?:display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden)/iu;

function isHidden(n: DNode): boolean {
  const a = n.attribs;
  if (!a) return false;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  const st = a['style'];
  return !!st && HIDDEN_STYLE.test(st);
}

// ---------------------------------------------------------------- the page model

/** Per-node arrays, indexed by document order. */
interface Page {
  nodes: DNode[];
  index: Map<DNode, number>;
  parent: Int32Array;
  /** Subtree end (exclusive): the subtree of i is [i, end[i]). */
  end: Int32Array;
  dropped: Uint8Array;
  /** Visible text characters in the subtree (whitespace collapsed), dropped subtrees excluded. */
  text: Float64Array;
  /** …of which inside <a>. */
  link: Float64Array;
  commas: Float64Array;
  /** Inline text owned by this block (not by a nested block). */
  own: Float64Array;
  ownLink: Float64Array;
  ownCommas: Float64Array;
  isBlock: Uint8Array;
  /** Text of the subtree's paragraphs (blocks with at least SCORE_MIN_PARAGRAPH own characters, not link-dense). */
  ptext: Float64Array;
  segs: string[][];
}

const COMMA_RE = /[,，、]/gu;
const WS_RE = /\s+/gu;

function normLen(s: string): number {
  if (s.length < 64 && !/\s\s|^\s|\s$|[\n\t]/u.test(s)) return s.length;
  return s.replace(WS_RE, ' ').trim().length;
}

function buildPage(root: DNode): Page {
  const nodes = preorder(root);
  const N = nodes.length;
  const index = new Map<DNode, number>();
  for (let i = 0; i < N; i++) index.set(nodes[i]!, i);
  const parent = new Int32Array(N).fill(-1);
  const end = new Int32Array(N);
  const segs: string[][] = new Array<string[]>(N);
  const selfDrop = new Uint8Array(N); // 0 keep, 1 hard drop, 2 soft (weak junk / soft tags), 3 strong junk
  const rank = new Int8Array(N).fill(-1);
  const isBlock = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const n = nodes[i]!;
    const p = n.parent ? index.get(n.parent) : undefined;
    parent[i] = p === undefined ? -1 : p;
    segs[i] = [];
    if (!isElement(n)) {
      if (n.type !== 'text') selfDrop[i] = 1; // comments, directives, cdata
      continue;
    }
    const name = n.name ?? '';
    if (BLOCK_TAGS.has(name)) isBlock[i] = 1;
    if (DROP_TAGS.has(name) || isHidden(n)) {
      selfDrop[i] = 1;
      continue;
    }
    const s = segmentsOf(n);
    segs[i] = s;
    rank[i] = structRank(n);
    if (KEEP_TAGS.has(name)) continue;
    const jl = junkLevel(s);
    if (jl === 2) selfDrop[i] = 3;
    else if (jl === 1 || SOFT_DROP_TAGS.has(name)) selfDrop[i] = 2;
  }
  // Subtree ends and raw text, bottom-up.
  const raw = new Float64Array(N);
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
  // Visible-text statistics, bottom-up, dropped subtrees excluded.
  const text = new Float64Array(N);
  const link = new Float64Array(N);
  const commas = new Float64Array(N);
  const own = new Float64Array(N);
  const ownLink = new Float64Array(N);
  const ownCommas = new Float64Array(N);
  for (let i = N - 1; i >= 0; i--) {
    if (dropped[i]) continue;
    const n = nodes[i]!;
    if (n.type === 'text') {
      const d = n.data ?? '';
      const l = normLen(d);
      text[i] = l;
      own[i] = l;
      if (l) {
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
  const ptext = new Float64Array(N);
  for (let i = N - 1; i >= 0; i--) {
    if (dropped[i]) continue;
    if (isBlock[i] && own[i]! >= T.SCORE_MIN_PARAGRAPH && ownLink[i]! <= 0.5 * own[i]!) ptext[i]! += own[i]! - ownLink[i]!;
    const p = parent[i]!;
    if (p >= 0) ptext[p]! += ptext[i]!;
  }
  return { nodes, index, parent, end, dropped, text, link, commas, own, ownLink, ownCommas, isBlock, ptext, segs };
}

function countCommas(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 44 || ch === 0xff0c || ch === 0x3001) c++;
  }
  return c;
}

const linkDensity = (pg: Page, i: number): number => (pg.text[i]! > 0 ? pg.link[i]! / pg.text[i]! : 0);
const isAncestor = (pg: Page, a: number, d: number): boolean => a <= d && d < pg.end[a]!;

// ---------------------------------------------------------------- step 2: structure

function structuralCandidate(pg: Page): number {
  const N = pg.nodes.length;
  const rank = new Int8Array(N).fill(-1);
  for (let i = 0; i < N; i++) if (!pg.dropped[i]) rank[i] = structRank(pg.nodes[i]!);
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
    if (r < 0 || r > bestRank) continue;
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

interface Scored {
  top: number;
  score: Float64Array;
}

function densityCandidate(pg: Page): Scored {
  const N = pg.nodes.length;
  const score = new Float64Array(N);
  const init = new Uint8Array(N);
  const initOf = (i: number): void => {
    if (init[i]) return;
    init[i] = 1;
    const name = pg.nodes[i]!.name ?? '';
    score[i] = (TAG_BONUS[name] ?? 0) + classWeight(pg.segs[i]!);
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
        next = a;
        break;
      }
    }
    if (next < 0 || linkDensity(pg, next) > T.CLIMB_MAX_LINK_DENSITY) break;
    top = next;
  }
  return { top, score };
}

/** Readability: siblings of the winner that look like part of the article join it. */
function withSiblings(pg: Page, sc: Scored, top: number): number[] {
  const p = pg.parent[top]!;
  if (p < 0) return [top];
  const parentNode = pg.nodes[p]!;
  const threshold = Math.max(10, sc.score[top]! * T.SIBLING_SCORE_SHARE);
  const out: number[] = [];
  for (const c of parentNode.children ?? []) {
    const j = pg.index.get(c);
    if (j === undefined || pg.dropped[j]) continue;
    if (j === top) {
      out.push(j);
      continue;
    }
    if (!isElement(c)) continue;
    if (sc.score[j]! >= threshold) {
      out.push(j);
      continue;
    }
    if (c.name === 'p') {
      const len = pg.text[j]!;
      const ld = linkDensity(pg, j);
      if (len >= T.SIBLING_PARAGRAPH_MIN && ld < T.SIBLING_MAX_LINK_DENSITY) out.push(j);
    }
  }
  return out;
}

// ---------------------------------------------------------------- rendering

/** A container inside the body that is a link box (related posts, "Baca Juga" box, tag cloud). */
function isLinkBox(pg: Page, i: number): boolean {
  const n = pg.nodes[i]!;
  if (!BOX_TAGS.has(n.name ?? '')) return false;
  const t = pg.text[i]!;
  if (t === 0) return false;
  const l = pg.link[i]!;
  return l / t > T.BOX_MAX_LINK_DENSITY && t - l < T.BOX_KEEP_PLAIN_TEXT;
}

interface Rendered {
  paragraphs: string[];
  chars: number;
  linkChars: number;
  /** Headings that are (mostly) a link: teaser titles on index pages. */
  linkedHeadings: number;
}

function render(pg: Page, roots: number[]): Rendered {
  const paragraphs: string[] = [];
  let buf = '';
  let chars = 0;
  let linkChars = 0;
  let linkedHeadings = 0;
  const flush = (): void => {
    if (!buf) return;
    const t = collapse(buf);
    buf = '';
    if (t) paragraphs.push(t);
  };
  for (const r of roots) {
    chars += pg.text[r]!;
    linkChars += pg.link[r]!;
    // Stack entries: node index, or ~index for "leaving a block".
    const stack: number[] = [r];
    while (stack.length) {
      const e = stack.pop()!;
      if (e < 0) {
        flush();
        continue;
      }
      if (pg.dropped[e]) continue;
      const n = pg.nodes[e]!;
      if (n.type === 'text') {
        buf += n.data ?? '';
        continue;
      }
      const name = n.name ?? '';
      if (name === 'br' || name === 'hr') {
        flush();
        continue;
      }
      if (e !== r && isLinkBox(pg, e)) {
        chars -= pg.text[e]!;
        linkChars -= pg.link[e]!;
        continue;
      }
      if (HEADINGS.has(name) && pg.text[e]! > 0 && linkDensity(pg, e) > 0.7) linkedHeadings++;
      const block = pg.isBlock[e]!;
      if (block) {
        flush();
        stack.push(~e);
      }
      const kids = n.children;
      if (kids) {
        for (let k = kids.length - 1; k >= 0; k--) {
          const j = pg.index.get(kids[k]!);
          if (j !== undefined) stack.push(j);
        }
      }
    }
    flush();
  }
  return { paragraphs, chars: Math.max(0, chars), linkChars: Math.max(0, linkChars), linkedHeadings };
}

/** Teaser index: several linked headings and little plain text per heading. */
function looksLikeIndex(r: Rendered): boolean {
  if (r.linkedHeadings < T.INDEX_MIN_LINKED_HEADINGS) return false;
  const plain = Math.max(0, r.chars - r.linkChars);
  return plain / r.linkedHeadings < T.INDEX_MAX_TEXT_PER_TEASER;
}

function isNotFound(title: string | null, h1: string | null): boolean {
  for (const s of [title, h1]) {
    if (!s) continue;
    const l = s.toLowerCase();
    if (l.length <= 80 && NOT_FOUND_CUES.some((c) => l.includes(c))) return true;
  }
  return false;
}

// ---------------------------------------------------------------- entry point

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } };

export function extractHtml(html: string, opts: { url?: string | null } = {}): HtmlExtraction {
  const $ = cheerio.load(limitNesting(html, T.NESTING_CHECK_MIN_TAGS, T.MAX_NESTING), PARSE_OPTIONS);
  const root = $.root()[0] as unknown as DNode;
  const pg = buildPage(root);
  const meta = readMetadata(pg.nodes, { url: opts.url ?? null });

  let titleTag: string | null = null;
  let h1: string | null = null;
  for (const n of pg.nodes) {
    if (titleTag === null && n.name === 'title') titleTag = collapse((n.children ?? []).map((c) => c.data ?? '').join(''));
    if (h1 === null && n.name === 'h1') h1 = collapse((n.children ?? []).map((c) => c.data ?? '').join(''));
    if (titleTag !== null && h1 !== null) break;
  }

  const none = (): HtmlExtraction => ({ text: null, reason: NO_ARTICLE, ...meta });
  if (isNotFound(titleTag, h1)) return none();

  // Step 2 and 3.
  const struct = structuralCandidate(pg);
  const dens = densityCandidate(pg);
  let roots: number[] = [];
  if (struct >= 0) {
    roots = [struct];
    // The density winner disjoint from the structural node and much richer: the `<article>` held only the header.
    const t = dens.top;
    if (t >= 0 && !isAncestor(pg, struct, t) && !isAncestor(pg, t, struct)) {
      const plainT = pg.text[t]! - pg.link[t]!;
      const plainS = pg.text[struct]! - pg.link[struct]!;
      if (plainT > T.STRUCT_VS_DENSITY_RATIO * plainS && countTag(pg, t, 'article') < 2) roots = withSiblings(pg, dens, t);
    }
  } else if (dens.top >= 0) {
    roots = withSiblings(pg, dens, dens.top);
  }
  let result = roots.length ? render(pg, roots) : null;

  // Step 4: whole visible text when the result is implausibly short.
  if (!result || result.chars < T.FALLBACK_WHEN_SHORTER) {
    const all = render(pg, pageRoots(pg));
    const gotChars = result ? result.chars : 0;
    if (all.chars - all.linkChars >= T.FALLBACK_GAIN * Math.max(gotChars, 1) && all.linkChars <= T.ARTICLE_MAX_LINK_DENSITY * all.chars) {
      if (!looksLikeIndex(all)) result = all;
    }
  }
  if (!result) return none();
  // The headline is metadata, not body: drop it when it opens the body.
  const heads = [meta.title, h1, titleTag].filter((x): x is string => !!x).map(normTitle);
  while (result.paragraphs.length && heads.includes(normTitle(result.paragraphs[0]!))) result.paragraphs.shift();
  const text = result.paragraphs.join('\n\n');
  if (text.length < T.ARTICLE_MIN_TEXT) return none();
  if (result.chars > 0 && result.linkChars / result.chars > T.ARTICLE_MAX_LINK_DENSITY) return none();
  if (looksLikeIndex(result)) return none();
  return { text, reason: null, ...meta };
}

/** How many `name` elements the subtree of i holds (not dropped). */
function countTag(pg: Page, i: number, name: string): number {
  let c = 0;
  for (let j = i; j < pg.end[i]!; j++) if (!pg.dropped[j] && pg.nodes[j]!.name === name) c++;
  return c;
}

function normTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** `<body>`, or the top-level nodes of a fragment (htmlparser2 adds no implicit html/body). */
function pageRoots(pg: Page): number[] {
  for (let i = 0; i < pg.nodes.length; i++) if (pg.nodes[i]!.name === 'body') return [i];
  const out: number[] = [];
  for (let i = 0; i < pg.nodes.length; i++) if (pg.parent[i] === -1) out.push(i);
  return out;
}
