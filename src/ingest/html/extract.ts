// HTML → main text + metadata. A cascade in the manner of trafilatura / Readability:
//   1. junk:       drop script/style/nav/aside/…, hidden nodes and furniture named by class/id (share, related,
//                  comments, sidebar, cookie, …), unless the node holds the article (see `protectedNode`);
//   2. structure:  `[itemprop=articleBody]`, known body classes/ids, `<article>`, `<main>`; validated by size and
//                  link density;
//   3. density:    Readability-like scoring of the parents of text blocks; siblings join the winner;
//   4. fallback:   rather than no article, the other candidate, then the whole page (teaser cards, link boxes and
//                  boilerplate sections left out), when the result fails the no-article checks; last, the JSON-LD
//                  `articleBody` (pages rendered by JavaScript).
// Then: no-article checks (too short, link page, teaser index, 404) → `text: null, reason: 'no article found'`.
//
// All statistics (text length, link text, commas) are computed once, bottom-up, over an array of the nodes in
// document order; nothing is re-serialised per node, and no walk is recursive.
import { densityCandidate, structuralCandidate, withSiblings } from './candidates.js';
import { collapse, limitNesting, textOf } from './dom.js';
import { parseFlat } from './parse.js';
import { readMetadata } from './metadata.js';
import { selectedText } from './selector.js';
import { extendForward } from './recall.js';
import { continueBody } from './continuation.js';
import { buildPage, isAncestor, type Page } from './page.js';
import { isBylineLine, isNotFound, render, type Rendered } from './render.js';
import { pageHeadline } from './headline.js';
import { isListing, type OwnStory } from './listing.js';
import { wholerBody } from './ld-body.js';
import { appStateBody } from './app-state.js';
import { DEFAULTS, MAX_NESTING, NESTING_CHECK_MIN_TAGS, type Thresholds } from './thresholds.js';

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
  /** The headline a plain-text copy would open with (headline.ts); not part of `text`. Null with no article, or
   *  when the page states none (a `<title>` that is only the site's name). */
  headline: string | null;
}

const NO_ARTICLE = 'no article found';
/** The reason for a page of teasers (a tag, section, search or index page; listing.ts): no article, and why, so a
 *  crawl's listing pages can be told from broken ones. */
export const LISTING_PAGE = 'no article found (a listing of teasers: a tag, section, search or index page)';

// ---------------------------------------------------------------- entry point

export interface ExtractOptions {
  url?: string | null;
  /** Overrides of the cascade's thresholds for this call (the bench's k-fold tuning); defaults otherwise. */
  thresholds?: Partial<Thresholds>;
  /** `--html-selector`: the body is the text of the elements this CSS selector matches (selector.ts); the
   *  cascade decides only when it matches nothing. */
  selector?: string | null;
}

export function extractHtml(html: string, opts: ExtractOptions = {}): HtmlExtraction {
  const T: Thresholds = opts.thresholds ? { ...DEFAULTS, ...opts.thresholds } : DEFAULTS;
  const doc = parseFlat(limitNesting(html, NESTING_CHECK_MIN_TAGS, MAX_NESTING));
  const pg = buildPage(doc, T);
  const ld = { text: null as string | null };
  const meta = readMetadata(pg.nodes, { url: opts.url ?? null, body: ld });

  let titleTag: string | null = null;
  let h1: string | null = null;
  for (const n of pg.nodes) {
    if (titleTag === null && n.name === 'title') titleTag = collapse((n.children ?? []).map((c) => c.data ?? '').join(''));
    if (h1 === null && n.name === 'h1') h1 = collapse((n.children ?? []).map((c) => c.data ?? '').join(''));
    if (titleTag !== null && h1 !== null) break;
  }

  const seen = { listing: false };
  const none = (): HtmlExtraction => ({ text: null, reason: seen.listing ? LISTING_PAGE : NO_ARTICLE, ...meta, headline: null });
  const found = (body: string): HtmlExtraction => ({
    text: body,
    reason: null,
    ...meta,
    headline: pageHeadline(pg.nodes, meta.title, titleTag, meta.publisher, meta.url ?? opts.url ?? null),
  });
  if (opts.selector) {
    const chosen = selectedText(html, opts.selector);
    if (chosen !== null) return found(chosen);
  }
  const titles = [meta.title, titleTag];
  const heads = [meta.title, h1, titleTag].filter((x): x is string => !!x).map(normTitle);
  const own = ownStory(heads, meta.url ?? opts.url ?? null);
  let text = selectBody(pg, titles, heads, seen, own);
  // Nothing found: once more without the furniture named by class/id.
  if (text === null && pg.junkByClass > 0) text = selectBody(buildPage(doc, T, false), titles, heads, seen, own);
  // Still nothing (a page rendered by JavaScript): the JSON-LD `articleBody`, when it is long enough to be one.
  if (text === null && ld.text !== null && ld.text.length >= T.ARTICLE_MIN_TEXT) text = ld.text;
  // Nor there: the app's state script (`__NEXT_DATA__`, `window.__NUXT__`), when one of its strings is an HTML body.
  if (text === null) text = appStateBody(pg, T);
  if (text === null) return none();
  // The page shows only the first paragraphs and the JSON-LD `articleBody` the whole story (ld-body.ts).
  text = wholerBody(text, ld.text, T);
  // A "not found" title with a short text: an error page (a long body under such a title is an article about it).
  if (text.length < T.NOT_FOUND_MAX_TEXT && isNotFound(meta.title ?? titleTag, h1, T.NOT_FOUND_MAX_TITLE)) return none();
  return found(text);
}

/** Steps 2–4 on one page model: the body's text, or null when every candidate fails the no-article checks. */
function selectBody(pg: Page, titles: (string | null)[], heads: string[], seen: { listing: boolean }, own: OwnStory): string | null {
  const T = pg.t;
  const anchor = findAnchor(pg, titles);
  const finish = (r: Rendered | null, from: number[]): string | null => {
    if (!r) return null;
    // The headline is metadata, not body; so are byline/date lines under it.
    while (r.paragraphs.length > 1 && (heads.includes(normTitle(r.paragraphs[0]!)) || isBylineLine(r.paragraphs[0]!, T.BYLINE_MAX))) r.paragraphs.shift();
    const text = r.paragraphs.join('\n\n');
    if (text.length < T.ARTICLE_MIN_TEXT) return null;
    if (r.chars > 0 && r.linkChars / r.chars > T.ARTICLE_MAX_LINK_DENSITY) return null;
    if (isListing(pg, from, pageRoots(pg), own)) {
      seen.listing = true;
      return null;
    }
    return text;
  };

  // Step 2 and 3: the structural candidate, unless the density winner is disjoint and much richer.
  const struct = structuralCandidate(pg);
  const dens = densityCandidate(pg, anchor);
  const densRoots = dens.top >= 0 ? withSiblings(pg, dens, dens.top) : [];
  let roots: number[] = [];
  if (struct >= 0) {
    roots = [struct];
    // The density winner disjoint from the structural node and much richer: the `<article>` held only the header.
    const t = dens.top;
    if (t >= 0 && !isAncestor(pg, struct, t) && !isAncestor(pg, t, struct)) {
      const plainT = pg.text[t]! - pg.link[t]!;
      const plainS = pg.text[struct]! - pg.link[struct]!;
      if (plainT > T.STRUCT_VS_DENSITY_RATIO * plainS && countTag(pg, t, 'article') < 2) roots = densRoots;
    } else if (t >= 0 && t !== struct && isAncestor(pg, struct, t) && pg.rank[struct] === 3 && (t > anchor || isAncestor(pg, t, anchor))) {
      // `<main>` is the page's layout column, often with a sidebar inside: the density winner within it (after the
      // headline) is the body (synthetic page `unseen/main-with-sidebar`).
      roots = densRoots;
    }
  } else {
    roots = densRoots;
  }
  const grown = roots.length ? extendForward(pg, continueBody(pg, roots, anchor)) : [];
  let text = finish(grown.length ? render(pg, grown, anchor) : null, grown);
  // Step 4: rather than no article, the other candidate, then the whole page (a page with substantial text that
  // failed a check, e.g. an <article> holding teasers besides the body).
  if (text === null && densRoots.length && densRoots !== roots) text = finish(render(pg, densRoots, anchor), densRoots);
  if (text === null && struct >= 0 && roots[0] !== struct) text = finish(render(pg, [struct], anchor), [struct]);
  if (text === null) {
    const whole = pageRoots(pg);
    text = finish(render(pg, whole, anchor), whole);
  }
  // nothing left but teaser cards (dropped before the candidates were chosen: buildPage): a listing too
  if (text === null && pg.cards >= T.LISTING_MIN_RECORDS) seen.listing = true;
  return text;
}

/** The headline: the first h1 (else h2) whose text is the page title (or contains it, or is contained in it), or -1.
 *  Nothing before it in the body is body. */
function findAnchor(pg: Page, titles: (string | null)[]): number {
  const ts = titles.filter((x): x is string => !!x).map(normTitle).filter((x) => x.length >= 10);
  if (!ts.length) return -1;
  // One pass: the first matching h1 wins; else the first matching h2.
  let h2 = -1;
  for (let i = 0; i < pg.nodes.length; i++) {
    if (pg.dropped[i]) {
      i = pg.end[i]! - 1;
      continue;
    }
    const tag = pg.nodes[i]!.name;
    if ((tag !== 'h1' && (tag !== 'h2' || h2 >= 0)) || pg.text[i]! < 10) continue;
    const h = normTitle(textOf(pg.nodes[i]!, 400));
    if (h.length >= 10 && ts.some((t) => t === h || t.includes(h) || h.includes(t))) {
      if (tag === 'h1') return i;
      h2 = i;
    }
  }
  return h2;
}

/** How many `name` elements the subtree of i holds (not dropped). */
function countTag(pg: Page, i: number, name: string): number {
  let c = 0;
  for (let j = i; j < pg.end[i]!; j++) if (!pg.dropped[j] && pg.nodes[j]!.name === name) c++;
  return c;
}

/** The page's own story for the listing test (listing.ts): a title that is a headline (equal to one, or opening
 *  `<title>` before its site suffix), and the page's URL. */
function ownStory(heads: readonly string[], url: string | null): OwnStory {
  return { isHeadline: (text) => { const t = normTitle(text); return t !== '' && heads.some((h) => h === t || h.startsWith(t + ' ')); }, url };
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
