// A page that is not one article but a listing of others: a tag or section page, search results, an index of
// teasers, a homepage, a Blogger label page. Its chosen "body" is a run of teaser records, each a title (a heading,
// or a link whose text is a headline) with a date and an excerpt; read as an article, every teaser's quote and figure
// would become a statement or a count of one story. Own invented lines that motivated the rule
// (test/ingest/html/paradigm20.test.ts):
//   <li class="item"><span class="kanal">Daerah</span><a class="judul" href="…">Bawaslu Kapuas Hulu Temukan Tujuh ASN
//   Hadiri Kampanye</a><span class="tgl">Senin, 4 November 2024</span><p>… "Kami sudah memanggil ketujuh ASN itu,"
//   kata Ketua Bawaslu …</p></li>   × 10
// A record is the largest element around one title that holds no other title, is not the title itself (a CMS loops
// a template with a wrapper; a round-up article's linked subheads sit bare between its paragraphs), leads to another
// page (its title linked, a linked thumbnail; not a live report entry's permalink "#u3" or share button) and is
// short, or holds a read-more control (a Blogger post's first
// paragraphs over "Baca selengkapnya »"). The body is a listing when it holds LISTING_MIN_RECORDS records and less
// paragraph text outside them than the shortest article the reader accepts.
// A saved or script-driven page may scrub its hrefs to a placeholder ("#", "javascript:void(0)"): a record whose
// excerpt is cut (it ends with an ellipsis, before any read-more control) and whose title or read-more control is a
// link of any href is a teaser too (round 21, test/ingest/html/paradigm21.test.ts; own invented line:
//   <article class="post"><h2><a href="#">Bawaslu Siak Periksa Lima Camat</a></h2><p>Bawaslu Kabupaten Siak
//   memeriksa lima camat yang diduga hadir dalam deklarasi&hellip; <a class="more-link" href="#">Selengkapnya</a></p>
// ). A live report's entries and a round-up's sections end their paragraphs with a sentence, not a cut.
import { collapse, textOf } from './dom.js';
import { HEADINGS, isAncestor, leavesPage, type Page } from './page.js';
import { IMAGE_FILE_EXTENSIONS, READ_MORE_CONTROLS, THUMBNAIL_TAGS } from '../../lexicon/html-page.js';
import { alternationOf, SPACE } from '../../text/regex.js';
import { TITLE_LINK_LEAD_MAX, TITLE_LINK_MAX_CHARS, TITLE_LINK_MIN_WORDS } from './thresholds.js';

const CONTROL_RE = new RegExp(`^(?:${alternationOf(READ_MORE_CONTROLS, { space: SPACE.literal })})$`, 'iu');
const EDGE_MARKS = /^[^\p{L}]+|[^\p{L}]+$/gu;
/** An excerpt cut short: its last text ends with an ellipsis ("…", "...", WordPress's "[…]"). */
const CUT_RE = /(?:…|\.\.\.)\s*\]?\s*$/u;

/** Nearest block ancestor of i (or -1). */
function blockOf(pg: Page, i: number): number {
  let b = pg.parent[i]!;
  while (b >= 0 && !pg.isBlock[b]) b = pg.parent[b]!;
  return b;
}

/** Is node i inside a heading, or does it hold one? */
function touchesHeading(pg: Page, i: number): boolean {
  for (let a = pg.parent[i]!; a >= 0; a = pg.parent[a]!) if (HEADINGS.has(pg.nodes[a]!.name ?? '')) return true;
  for (let j = i + 1; j < pg.end[i]!; j++) if (HEADINGS.has(pg.nodes[j]!.name ?? '')) return true;
  return false;
}

/** A link whose text is a headline set on its own line: TITLE_LINK_MIN_WORDS words or more, at most
 *  TITLE_LINK_MAX_CHARS, opening its block (after at most a rubric label: "Daerah", "1."), and not an inline link
 *  inside a paragraph of text. */
function isTitleLink(pg: Page, i: number): boolean {
  const t = pg.text[i]!;
  if (t === 0 || t > TITLE_LINK_MAX_CHARS || touchesHeading(pg, i)) return false;
  const b = blockOf(pg, i);
  if (b < 0) return false;
  if (pg.tcum[i]! - pg.tcum[b]! > TITLE_LINK_LEAD_MAX) return false;
  // a link inside a paragraph of text ("<a>Bawaslu Sintang</a> mencatat enam …") is no title
  if (pg.nodes[b]!.name === 'p' && t < pg.t.LINK_LINE_DENSITY * pg.text[b]!) return false;
  return collapse(textOf(pg.nodes[i]!, TITLE_LINK_MAX_CHARS + 1)).split(' ').length >= TITLE_LINK_MIN_WORDS;
}

const THUMB_TAGS = new Set(THUMBNAIL_TAGS);
/** A link to an image file, with or without a query ("/wp-content/uploads/2024/11/teguran.jpg", "…/1.webp?w=1200"). */
const IMAGE_FILE_RE = new RegExp(`\\.(?:${alternationOf(IMAGE_FILE_EXTENSIONS, { space: SPACE.literal })})(?:[?#][^/]*)?$`, 'iu');

/** A link that may lead to a story: to another page, not to an image file (review19 b3: a list article's sections
 *  each hold `<a href="…/uploads/x.jpg"><img></a>`, a photo's full size, which makes no teaser thumbnail). */
function leadsToStory(pg: Page, j: number): boolean {
  return leavesPage(pg.nodes[j]!) && !IMAGE_FILE_RE.test((pg.nodes[j]!.attribs?.['href'] ?? '').trim());
}

/** How a record leads to its story: `to` when its title is (in, or around) a link to another page, or it holds a
 *  linked thumbnail or a read-more control (`more`). A live report's entry, whose links are its permalink and a
 *  share button ("Bagikan ke WhatsApp"), leads nowhere. */
function teaserLinks(pg: Page, c: number, t: number): { to: boolean; more: boolean } {
  let to = false;
  let more = false;
  // a placeholder link (a scrubbed href) on the title or a read-more control: a teaser only when its excerpt is cut
  let placeholder = false;
  let lastText = '';
  for (let j = c; j < pg.end[c]!; j++) {
    const n = pg.nodes[j]!;
    if (n.type === 'text' && !pg.dropped[j] && pg.len[j]! > 0) lastText = n.data ?? '';
    if (n.name !== 'a') continue;
    const control = !pg.dropped[j] && pg.text[j]! > 0 && pg.text[j]! <= 40 && CONTROL_RE.test(collapse(textOf(n, 41)).replace(EDGE_MARKS, ''));
    const onTitle = isAncestor(pg, j, t) || isAncestor(pg, t, j);
    if (!leavesPage(n)) {
      if (control || onTitle) placeholder = true;
      if (control) j = pg.end[j]! - 1;
      continue;
    }
    // (a link to an image file, a photo's "link to media file", leads to no story: review19 b3)
    if (!leadsToStory(pg, j)) continue;
    if (onTitle) to = true;
    for (let k = j + 1; k < pg.end[j]! && !to; k++) if (THUMB_TAGS.has(pg.nodes[k]!.name ?? '')) to = true;
    if (control) {
      to = true;
      more = true;
      j = pg.end[j]! - 1;
    }
  }
  if (!to && placeholder && CUT_RE.test(lastText)) to = true;
  return { to, more };
}

interface Records {
  /** The records found… */
  nodes: number[];
  /** …their titles (one per record)… */
  titles: number[];
  /** …and the paragraph text they hold (Page.ptext). */
  para: number;
}

/** The teaser records inside the roots (see the header). */
function recordsIn(pg: Page, roots: readonly number[]): Records {
  const T = pg.t;
  const titles: number[] = [];
  const count = new Map<number, number>();
  for (const r of roots) {
    // a teaser's own <header> (WordPress's `<header class="entry-header"><h2 class="entry-title">`) is dropped as page
    // furniture: its heading is still the record's title (own invented line in the header of this file)
    let header = -1;
    for (let i = r + 1; i < pg.end[r]!; i++) {
      const name = pg.nodes[i]!.name ?? '';
      const inHeader = header >= 0 && i < pg.end[header]!;
      if (pg.dropped[i]) {
        if (!inHeader) {
          if (name === 'header') header = i; // read inside it
          else i = pg.end[i]! - 1;
          continue;
        }
        // inside a dropped header only a heading with text is read
        if (name === 'h1' || !HEADINGS.has(name) || !textOf(pg.nodes[i]!, 1)) continue;
      }
      const heading = name !== 'h1' && HEADINGS.has(name) && (pg.text[i]! > 0 || pg.dropped[i]! > 0);
      const title = heading || (name === 'a' && isTitleLink(pg, i));
      if (!title) continue;
      titles.push(i);
      for (let a = pg.parent[i]!; a > r; a = pg.parent[a]!) count.set(a, (count.get(a) ?? 0) + 1);
      i = pg.end[i]! - 1;
    }
  }
  const out: Records = { nodes: [], titles: [], para: 0 };
  if (titles.length < T.LISTING_MIN_RECORDS) return out;
  for (const t of titles) {
    let c = t;
    for (let p = pg.parent[t]!; p >= 0 && count.get(p) === 1; p = pg.parent[p]!) c = p;
    if (c === t) continue;
    const { to, more } = teaserLinks(pg, c, t);
    if (!to) continue;
    const plain = pg.text[c]! - pg.link[c]!;
    if (plain > T.LISTING_RECORD_MAX_PLAIN && !more) continue;
    out.nodes.push(c);
    out.titles.push(t);
    out.para += pg.ptext[c]!;
  }
  return out;
}

/** A record's template: its tag and class. */
const shape = (pg: Page, i: number): string => `${pg.nodes[i]!.name} ${pg.nodes[i]!.cls ?? ''}`;

/** What the page says of its own story: is this text its headline (og:title, h1, <title>)? And its URL (canonical,
 *  og:url or the one given), or null. */
export interface OwnStory {
  isHeadline: (text: string) => boolean;
  url: string | null;
}

/** Does this href name the page itself (resolved against the page's URL; the fragment and a final slash aside)? */
function isOwnUrl(href: string, url: string | null): boolean {
  if (url === null || href === '') return false;
  const bare = (u: string): string => u.replace(/#.*$/u, '').replace(/\/+$/u, '');
  try {
    return bare(new URL(href, url).href) === bare(new URL(url).href);
  } catch {
    return false;
  }
}

/** Is record c (title t) the page's own story rather than one teaser (review19 b9: a short article in a `div.card`
 *  with a linked h2 headline beside "Berita Terkait" cards of the same class)? Its title is the page's headline or
 *  links to the page itself. */
function isOwnRecord(pg: Page, t: number, own: OwnStory): boolean {
  if (own.isHeadline(collapse(textOf(pg.nodes[t]!, pg.t.BOILER_HEADING_MAX * 4)))) return true;
  for (let j = t; j < pg.end[t]!; j++) if (pg.nodes[j]!.name === 'a' && isOwnUrl((pg.nodes[j]!.attribs?.['href'] ?? '').trim(), own.url)) return true;
  for (let a = pg.parent[t]!; a >= 0 && pg.nodes[a]!.name === 'a'; a = pg.parent[a]!) if (isOwnUrl((pg.nodes[a]!.attribs?.['href'] ?? '').trim(), own.url)) return true;
  return false;
}

/**
 * Is the body made of the given roots a listing of teaser records rather than one article? Either the roots hold
 * LISTING_MIN_RECORDS records and less paragraph text outside them than LISTING_OUTSIDE_MAX_TEXT (a heading, a
 * date line, a "Ditemukan 124 artikel" line, a pager), or the roots lie inside one record of the page that shares its
 * template (tag and class) with LISTING_MIN_RECORDS - 1 others (the density winner is one teaser's excerpt: a Blogger
 * label page's first post). In the second case the record is the page's story, never refused, when its title is the
 * page's headline or links to the page itself, or when it is the only record of its template with paragraph text
 * (review19 b9: a short article in a card beside title-only "Berita Terkait" cards).
 */
export function isListing(pg: Page, roots: readonly number[], page: readonly number[], own: OwnStory): boolean {
  const T = pg.t;
  if (!roots.length) return false;
  const inside = recordsIn(pg, roots);
  // (a record that is the page's own story, its title the headline or a link to the page, makes the body no listing)
  if (inside.nodes.length >= T.LISTING_MIN_RECORDS && !inside.titles.some((t) => isOwnRecord(pg, t, own))) {
    let para = 0;
    for (const r of roots) if (!roots.some((o) => o !== r && isAncestor(pg, o, r))) para += pg.ptext[r]!;
    if (para - inside.para < T.LISTING_OUTSIDE_MAX_TEXT) return true;
  }
  const all = recordsIn(pg, page);
  if (all.nodes.length < T.LISTING_MIN_RECORDS) return false;
  // each root inside a record (one teaser's excerpt; or the excerpts of several teasers, the density winner spread
  // over a search page's records when their titles sit in a header of their own), all records of one template; a
  // record that is the page's own story (its title the headline, or a link to the page) makes the body no listing
  const homes = new Set<number>();
  for (const r of roots) {
    const k = all.nodes.findIndex((c) => isAncestor(pg, c, r));
    if (k < 0 || isOwnRecord(pg, all.titles[k]!, own)) return false;
    homes.add(all.nodes[k]!);
  }
  const sigs = new Set([...homes].map((c) => shape(pg, c)));
  if (sigs.size !== 1) return false;
  const sig = [...sigs][0]!;
  const kin = all.nodes.filter((c) => shape(pg, c) === sig);
  // teasers with excerpts of their own beside it: the body's record is one of several with text, not the only one
  // (review19 b9); a body spread over several records has that by itself
  if (homes.size < 2 && !kin.some((c) => !homes.has(c) && pg.ptext[c]! > 0)) return false;
  return kin.length >= T.LISTING_MIN_RECORDS;
}
