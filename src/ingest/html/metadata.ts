// Page metadata: title, publisher, publication date, author, canonical URL, language.
// Read from <meta>, <link>, JSON-LD, <time> and byline elements of the whole (unstripped) page.
import { attr, collapse, textOf, type DNode } from './dom.js';
import { HTML_MONTHS as MONTHS, ORDINAL_SUFFIXES } from '../../lexicon/calendar.js';
import { AUTHOR_PREFIXES, CLOCK_HOLDER_PARTS, DATE_HOLDER_PREFIXES } from '../../lexicon/html-page.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { BYLINE_DATE_SCAN, CLOCK_ANCESTOR_LEVELS, HOLDER_PART_MIN, TITLE_SUFFIX_MAX_WORDS } from './thresholds.js';

export interface HtmlMetadata {
  title: string | null;
  publisher: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  lang: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Satirical|Scholarly|Tech|Report|Blog)?(?:Article|Posting|NewsArticle|BlogPosting)$|^(?:Article|NewsArticle|BlogPosting|LiveBlogPosting)$/u;

// ---------------------------------------------------------------- dates

const MONTH_ALT = alternationOf(Object.keys(MONTHS), { space: SPACE.literal });
const ISO_RE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u;
const YMD_SLASH_RE = /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/u;
const DMY_NUM_RE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/u;
const ORDINAL = alternationOf(ORDINAL_SUFFIXES, { space: SPACE.literal });
const DMY_WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:${ORDINAL})?\\.?\\s{1,3}(${MONTH_ALT})\\.?,?\\s{1,3}(\\d{4})(?!\\d)`, 'iu');
const MDY_WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_ALT})\\.?\\s{1,3}(\\d{1,2})(?:${ORDINAL})?,?\\s{1,3}(\\d{4})(?!\\d)`, 'iu');

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > dim) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date written in metadata or a byline → `YYYY-MM-DD` as written (no time-zone shift), else null. */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.slice(0, 300);
  let m = ISO_RE.exec(t) ?? YMD_SLASH_RE.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = DMY_WORD_RE.exec(t);
  if (m) return iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = MDY_WORD_RE.exec(t);
  if (m) return iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  m = DMY_NUM_RE.exec(t);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    // Day first (Indonesian and most of the world) unless that is impossible.
    return b > 12 && a <= 12 ? iso(+m[3]!, a, b) : iso(+m[3]!, b, a);
  }
  // Compact 20240212 (some CMS meta tags).
  const c = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/u.exec(t.trim());
  if (c) return iso(+c[1]!, +c[2]!, +c[3]!);
  return null;
}

// ---------------------------------------------------------------- JSON-LD

function jsonLdObjects(sources: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const src of sources) {
    let data: Json;
    try {
      data = JSON.parse(src.trim().replace(/^<!--|-->$/gu, '')) as Json;
    } catch {
      continue;
    }
    const stack: Array<{ v: Json; depth: number }> = [{ v: data, depth: 0 }];
    while (stack.length) {
      const { v, depth } = stack.pop()!;
      if (depth > 6 || v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i]!, depth: depth + 1 });
        continue;
      }
      out.push(v);
      const g = v['@graph'];
      if (g) stack.push({ v: g, depth: depth + 1 });
    }
  }
  return out;
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function nameOf(v: Json | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map((x) => nameOf(x)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'object') {
    const n = v['name'];
    return typeof n === 'string' ? n.trim() || null : null;
  }
  return null;
}

// ---------------------------------------------------------------- cleaning helpers

const URLISH = /^(?:https?:)?\/\/|^www\./iu;
/** (The kit orders the prefixes; none is the start of another, so at the start of a string at most one of them
 *  matches and the order cannot change what is removed.) */
const AUTHOR_PREFIX_RE = new RegExp(`^(?:${alternationOf(AUTHOR_PREFIXES, { space: SPACE.literal })})\\s{0,3}:?\\s{1,3}`, 'iu');

function cleanAuthor(s: string | null): string | null {
  if (!s) return null;
  let a = collapse(s);
  if (!a || URLISH.test(a)) return null;
  a = a.replace(AUTHOR_PREFIX_RE, '').trim();
  if (!a || a.length > 120) return null;
  return a;
}

function cleanDecoded(s: string | null): string | null {
  if (s === null) return null;
  const c = collapse(decodeEntitiesLite(s));
  return c || null;
}

/** JSON-LD strings sometimes carry entities (`&amp;`) because CMSs escape twice. */
function decodeEntitiesLite(s: string): string {
  return s.replace(/&(amp|quot|#39|apos|lt|gt|nbsp);/gu, (_, e: string) =>
    e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'nbsp' ? ' ' : "'",
  );
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » '];

/** Strip a trailing " - Site" / " | Site" when it is the site name or short enough to be one. */
export function stripSiteSuffix(title: string, site: string | null): string {
  const t = title.trim();
  if (site) {
    const s = site.trim().toLowerCase();
    for (const sep of SEPARATORS) {
      if (t.toLowerCase().endsWith(sep + s)) return t.slice(0, t.length - sep.length - s.length).trim();
      if (t.toLowerCase().startsWith(s + sep)) return t.slice(s.length + sep.length).trim();
    }
  }
  let best = -1;
  let bestSep = '';
  for (const sep of SEPARATORS) {
    const i = t.lastIndexOf(sep);
    if (i > best) {
      best = i;
      bestSep = sep;
    }
  }
  if (best <= 0) return t;
  const head = t.slice(0, best).trim();
  const tail = t.slice(best + bestSep.length).trim();
  const words = tail.split(/\s+/u).length;
  if (words <= TITLE_SUFFIX_MAX_WORDS && head.length >= tail.length && head.split(/\s+/u).length >= 2) return head;
  return t;
}

function resolveUrl(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h) return null;
  try {
    return base ? new URL(h, base).href : new URL(h).href;
  } catch {
    return /^https?:\/\//iu.test(h) ? h : null;
  }
}

function classMatches(n: DNode, prefixes: readonly string[], cache: Map<string, boolean>): boolean {
  const c = n.cls;
  const id = n.id;
  const ip = n.itemprop;
  if (!c && !id && !ip) return false;
  // Class alone (most elements) is its own key: the segments of "c" and of "c  " are the same.
  const key = id || ip ? `${c ?? ''} ${id ?? ''} ${ip ?? ''}` : c!;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = false;
    for (const seg of key.toLowerCase().split(/[\s_]+/u)) {
      if (!seg) continue;
      for (const p of prefixes) if (seg.startsWith(p) || seg.endsWith(p)) hit = true;
      // The holder word between hyphens ("fusion-meta-info", "single-post-meta-box", "td-post-date-top"; paradigm18):
      // a part equal to it, or beginning with one of HOLDER_PART_MIN letters or more ("published-on"; not
      // "timeline-…", a list of other stories' times).
      if (!hit && seg.includes('-')) {
        for (const part of seg.split('-')) {
          for (const p of prefixes) if (part === p || (p.length >= HOLDER_PART_MIN && part.startsWith(p))) hit = true;
        }
      }
    }
    cache.set(key, hit);
  }
  return hit;
}

const CLOCK_PARTS = new Set(CLOCK_HOLDER_PARTS);

/** Does the element or one of its CLOCK_ANCESTOR_LEVELS nearest ancestors name the site's clock (a class or id part,
 *  or two adjacent parts joined, in CLOCK_HOLDER_PARTS)?
 *    <div class="header-top"><div class="header-date-today">Senin, 7 Oktober 2024</div>…   (review18 a8) */
function isClock(n: DNode): boolean {
  let e: DNode | null = n;
  for (let up = 0; e && up <= CLOCK_ANCESTOR_LEVELS; up++, e = e.parent) {
    const key = `${e.cls ?? ''} ${e.id ?? ''}`.toLowerCase();
    for (const seg of key.split(/\s+/u)) {
      const parts = seg.split(/[-_]+/u);
      for (let i = 0; i < parts.length; i++) {
        if (CLOCK_PARTS.has(parts[i]!) || (i + 1 < parts.length && CLOCK_PARTS.has(parts[i]! + parts[i + 1]!))) return true;
      }
    }
  }
  return false;
}

/** Is the element in the site's own header or menu: inside a <header> or <nav> that holds neither the page's first
 *  <h1> nor sits in an <article> (an entry header holding the headline and byline is the story's)?
 *    <header class="site-header"><div class="date">Senin, 7 Oktober 2024</div><nav>…</nav></header>  (review18) */
function inSiteHeader(n: DNode, h1: DNode | null): boolean {
  const h1Up = new Set<DNode>();
  for (let e = h1; e; e = e.parent) h1Up.add(e);
  let chrome = false;
  for (let e = n.parent; e; e = e.parent) {
    if (e.name === 'article') return false;
    if ((e.name === 'header' || e.name === 'nav') && !h1Up.has(e)) chrome = true;
  }
  return chrome;
}

const LD_BLOCK_TAG = /<\/?(?:p|div|br|li|h[1-6]|blockquote|tr)\b[^>]{0,500}>/giu;
const LD_TAG = /<[^>]{1,500}>/gu;

/** A JSON-LD `articleBody` as paragraphs: markup some CMSs leave in it removed, entities decoded, one paragraph per
 *  line or block tag. */
export function ldBodyText(s: string): string | null {
  const paras = s
    .replace(LD_BLOCK_TAG, '\n')
    .replace(LD_TAG, ' ')
    .split(/\n/u)
    .map((x) => collapse(decodeEntitiesLite(x)))
    .filter(Boolean);
  return paras.length ? paras.join('\n\n') : null;
}

// ---------------------------------------------------------------- main

/** Read the page metadata from the document's nodes (pre-order, whole page). */
export function readMetadata(
  nodes: readonly DNode[],
  opts: { url?: string | null; h1?: string | null; body?: { text: string | null } } = {},
): HtmlMetadata {
  const meta = new Map<string, string>();
  const ld: string[] = [];
  let titleTag: string | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;
  let firstH1: string | null = null;
  let h1Node: DNode | null = null;
  let timeDate: string | null = null;
  let bylineDate: string | null = null;
  let relAuthor: string | null = null;
  let itempropAuthor: string | null = null;

  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'comment') continue;
    const name = n.name;
    if (name === 'meta') {
      const key = (attr(n, 'property') ?? attr(n, 'name') ?? attr(n, 'itemprop') ?? attr(n, 'http-equiv') ?? '').trim().toLowerCase();
      const content = attr(n, 'content');
      if (key && content !== null && content.trim() && !meta.has(key)) meta.set(key, content.trim());
    } else if (name === 'script') {
      if ((attr(n, 'type') ?? '').toLowerCase().includes('ld+json')) ld.push((n.children ?? []).map((c) => c.data ?? '').join(''));
    } else if (name === 'title') {
      if (titleTag === null && n.parent && n.parent.name !== 'svg') titleTag = textOf(n) || null;
    } else if (name === 'link') {
      const rel = (attr(n, 'rel') ?? '').toLowerCase().split(/\s+/u);
      if (rel.includes('canonical') && canonical === null) canonical = attr(n, 'href');
    } else if (name === 'html') {
      if (lang === null) lang = (attr(n, 'lang') ?? attr(n, 'xml:lang'))?.trim() || null;
    } else if (name === 'h1') {
      if (firstH1 === null) firstH1 = textOf(n, 400) || null;
      if (h1Node === null) h1Node = n;
    } else if (name === 'time') {
      if (timeDate === null) timeDate = toIsoDate(attr(n, 'datetime') ?? textOf(n, 120));
    } else if (name === 'a' && relAuthor === null && (attr(n, 'rel') ?? '').toLowerCase().split(/\s+/u).includes('author')) {
      relAuthor = textOf(n, 200) || null;
    }
    if (n.attribs && name !== 'meta') {
      const ip = n.itemprop ?? null;
      if (ip === 'author' && itempropAuthor === null) {
        // <span itemprop="author"><span itemprop="name">X</span></span>, or the text itself.
        itempropAuthor = textOf(n, 200) || null;
      }
    }
  }

  const objs = jsonLdObjects(ld);
  const article = objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const withDate = article ?? objs.find((o) => typeof o['datePublished'] === 'string') ?? null;
  if (opts.body) opts.body.text = article && typeof article['articleBody'] === 'string' ? ldBodyText(article['articleBody']) : null;
  const orgName = (() => {
    const pub = article?.['publisher'];
    const fromArticle = pub && typeof pub === 'object' ? nameOf(pub) : null;
    if (fromArticle) return fromArticle;
    const org = objs.find((o) => typesOf(o).some((t) => t === 'Organization' || t === 'NewsMediaOrganization' || t === 'WebSite'));
    return org ? nameOf(org) : null;
  })();

  const publisher = cleanDecoded(meta.get('og:site_name') ?? orgName ?? null);

  let title: string | null = null;
  const og = meta.get('og:title') ?? meta.get('twitter:title') ?? null;
  if (og) title = stripSiteSuffix(cleanDecoded(og) ?? '', publisher) || null;
  if (!title) {
    const headline = article && typeof article['headline'] === 'string' ? cleanDecoded(article['headline']) : null;
    title = headline ?? opts.h1 ?? firstH1 ?? (titleTag ? stripSiteSuffix(titleTag, publisher) || null : null);
  }

  const metaDate =
    meta.get('article:published_time') ??
    meta.get('og:published_time') ??
    meta.get('datepublished') ??
    meta.get('article:published') ??
    meta.get('pubdate') ??
    meta.get('publishdate') ??
    meta.get('publish-date') ??
    meta.get('parsely-pub-date') ??
    meta.get('sailthru.date') ??
    meta.get('dc.date.issued') ??
    meta.get('dc.date') ??
    meta.get('date') ??
    meta.get('content_publishdate') ??
    null;
  const ldDate = withDate && typeof withDate['datePublished'] === 'string' ? withDate['datePublished'] : null;
  // the date in a byline element (class/id named like a date holder) is the last resort: looked for only when no
  // other source gave one (most pages have one: the class of every element need not be matched)
  let published = toIsoDate(metaDate) ?? toIsoDate(ldDate) ?? timeDate;
  if (published === null) {
    const holderCache = new Map<string, boolean>();
    // a date in the site's header is taken only when no holder of the story's own has one
    let headerDate: string | null = null;
    for (const n of nodes) {
      if (n.type === 'text' || n.type === 'comment' || !n.attribs) continue;
      const name = n.name;
      if (name === 'meta' || name === 'html' || name === 'body' || !classMatches(n, DATE_HOLDER_PREFIXES, holderCache)) continue;
      // the first holder whose text holds a date (one without a date does not end the search); the site's clock,
      // today's date, is never the story's
      const d = toIsoDate(textOf(n, BYLINE_DATE_SCAN).slice(0, BYLINE_DATE_SCAN));
      if (d === null || isClock(n)) continue;
      if (inSiteHeader(n, h1Node)) {
        headerDate ??= d;
        continue;
      }
      bylineDate = d;
      break;
    }
    published = bylineDate ?? headerDate;
  }

  const ldAuthor = article ? nameOf(article['author']) : null;
  const author =
    cleanAuthor(ldAuthor) ??
    cleanAuthor(meta.get('author') ?? null) ??
    cleanAuthor(meta.get('article:author') ?? null) ??
    cleanAuthor(meta.get('dc.creator') ?? null) ??
    cleanAuthor(meta.get('parsely-author') ?? null) ??
    cleanAuthor(itempropAuthor) ??
    cleanAuthor(relAuthor);

  const base = opts.url ?? null;
  const url = resolveUrl(canonical, base) ?? resolveUrl(meta.get('og:url') ?? null, base) ?? (base ? resolveUrl(base, null) : null);
  lang = lang ?? meta.get('content-language') ?? null;

  return { title, publisher, published, author, url, lang };
}
