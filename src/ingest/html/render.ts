// Rendering a chosen body to paragraphs, and the page-level checks on the result.
// Inside the body, besides the dropped junk: link boxes, boilerplate sections ("More … Stories", "SUBSCRIBE",
// "Related"), everything before the headline, and byline/date lines at the edges are left out.
import { collapse } from './dom.js';
import { AUTHOR_PREFIXES, BOILERPLATE_HEADINGS, BOILERPLATE_LABELS, BROADCAST_PROMO_MEDIA, BROADCAST_PROMO_OPENERS, MEDIA_BOX_TAGS, PROMO_PLACES, NOT_FOUND_CUES } from '../../lexicon/html-page.js';
import { PROMO_CHANNELS, PROMO_NEWS_WORDS, PROMO_OPENERS } from '../../lexicon/boilerplate.js';
import { alternationOf, alternationOfSources, SPACE, WB as W, WE as E } from '../../text/regex.js';
import { echoFree } from './echo.js';
import { TIME_ZONES } from '../../lexicon/calendar.js';
import { toIsoDate } from './metadata.js';
import { HEADINGS, BOX_TAGS, isAncestor, linkDensity, type Page } from './page.js';
import { BOILER_STOP_WORDS, PLAIN_TEXT_MIN_PARAGRAPHS } from './thresholds.js';
import { continuedLines, linePos, type LinePos } from './positioned.js';
import type { Thresholds } from './thresholds.js';

// ---------------------------------------------------------------- rendering

/** A container inside the body that is a link box (related posts, "Baca Juga" box, tag cloud). */
function isLinkBox(pg: Page, i: number): boolean {
  const T = pg.t;
  const n = pg.nodes[i]!;
  // (a blockquote too: an embedded post whose text did not load is its links, "View this post on Instagram")
  if (!BOX_TAGS.has(n.name ?? '') && n.name !== 'blockquote') return false;
  const t = pg.text[i]!;
  if (t === 0) return false;
  const l = pg.link[i]!;
  return l / t > T.BOX_MAX_LINK_DENSITY;
}

/** A short paragraph that is (mostly) a link, maybe after a label: "Baca juga: <a>…</a>", "Read more: <a>…</a>"
 *  lines between the paragraphs of a body. */
function isLinkLine(pg: Page, i: number): boolean {
  if (pg.nodes[i]!.name !== 'p') return false;
  const t = pg.text[i]!;
  return t > 0 && t <= pg.t.LINK_LINE_MAX && pg.link[i]! > pg.t.LINK_LINE_DENSITY * t;
}

const MEDIA_TAGS = new Set(MEDIA_BOX_TAGS);

/** A `<div>` holding an image, a player or a form and a short text beside it (the caption and credit of a photo in
 *  the body, whatever its class is called: synthetic page `unseen/gallery-captions`; a video player's title, a poll:
 *  `interrupted/blogger-embeds`, `interrupted/radio-live-report`). */
function isPhotoBox(pg: Page, i: number): boolean {
  if (pg.nodes[i]!.name !== 'div' || pg.text[i]! > pg.t.CAPTION_MAX) return false;
  for (let j = i + 1; j < pg.end[i]!; j = pg.end[j]!) {
    const name = pg.nodes[j]!.name ?? '';
    if (MEDIA_TAGS.has(name)) return true;
    // a linked picture: an ad banner, a photo opening its page
    if (name === 'a' && pg.end[j]! > j + 1 && MEDIA_TAGS.has(pg.nodes[j + 1]!.name ?? '')) return true;
  }
  return false;
}

const alt = (words: readonly string[]): string => alternationOf(words, { space: SPACE.wsRun });
/** The outlet's promotion of its channels ("Ikuti saluran … di WhatsApp Channel untuk berita terbaru", "Dapatkan
 *  update berita … Grup Telegram") or of its broadcast ("Dengarkan … di 98,7 FM atau streaming"): an opening verb,
 *  then the channel (and, for news channels, a news word) in either order. */
const PROMO_RE = new RegExp(
  `^(?:(?:${alt(PROMO_OPENERS)})${E}(?=.*${W}(?:${alt(PROMO_NEWS_WORDS)})${E})(?=.*${W}(?:${alt([...PROMO_CHANNELS, ...PROMO_PLACES])})${E})` +
    `|(?:${alt(BROADCAST_PROMO_OPENERS)})${E}(?=.*${W}(?:${alt(BROADCAST_PROMO_MEDIA)})${E}))`,
  'isu',
);
/** A short block (not the body's first) that is a promotion of the outlet's channels. */
function isPromo(pg: Page, i: number): boolean {
  if (!pg.isBlock[i] || pg.text[i]! > pg.t.PROMO_MAX || pg.text[i]! === 0) return false;
  const s = shortText(pg, i, pg.t.PROMO_MAX);
  return s !== null && PROMO_RE.test(s);
}

export interface Rendered {
  paragraphs: string[];
  chars: number;
  linkChars: number;
}

// (the lexicon holds regex sources here: joined as written)
const BOILER_RE = new RegExp(`^(?:${alternationOfSources(BOILERPLATE_HEADINGS)})$`, 'iu');
const LABEL_RE = new RegExp(`^(?:${alternationOfSources(BOILERPLATE_LABELS)})$`, 'iu');
/** Short text of a node (headings and short blocks only), for the boilerplate-heading test. */
function shortText(pg: Page, i: number, max: number): string | null {
  if (pg.text[i]! > max || pg.text[i]! === 0) return null;
  let s = '';
  for (let j = i; j < pg.end[i]!; j++) if (!pg.dropped[j] && pg.nodes[j]!.type === 'text') s += pg.nodes[j]!.data ?? '';
  return collapse(s).replace(/[\s:.»›>|…–—-]+$/u, '').replace(/^[\s:.»›<|…–—-]+/u, '');
}

/** 0: body; 1: a one-line label ("Advertisement"); 2: a heading (or short block) that opens a boilerplate section
 *  ("More Politics Stories", "SUBSCRIBE"). */
export function boilerplateKind(pg: Page, i: number): number {
  const name = pg.nodes[i]!.name ?? '';
  if (!HEADINGS.has(name) && !(pg.isBlock[i] && pg.own[i]! > 0)) return 0;
  const s = shortText(pg, i, pg.t.BOILER_HEADING_MAX);
  if (s === null) return 0;
  return BOILER_RE.test(s) ? 2 : LABEL_RE.test(s) ? 1 : 0;
}

/** A whole sentence of BOILER_STOP_WORDS words or more, no link in it: "Enam di antaranya terbukti.", "\"Kami terus
 *  memantau,\" katanya." (a related-link box's title is linked, its time "2 jam lalu" has no stop). */
const SENTENCE_LINE = /^["“'‘(]?[\p{Lu}\p{N}][^]*[.!?]["”'’)]*$/u;
function plainSentence(pg: Page, x: number): boolean {
  if (pg.link[x]! > 0 || pg.text[x]! >= pg.t.BOILER_STOP_TEXT) return false;
  let s = '';
  for (let j = x; j < pg.end[x]!; j++) if (!pg.dropped[j] && pg.nodes[j]!.type === 'text') s += pg.nodes[j]!.data ?? '';
  const t = collapse(s);
  return SENTENCE_LINE.test(t) && t.split(' ').length >= BOILER_STOP_WORDS;
}

/** Nodes of the roots to leave out: boilerplate sections (a small container opened by a boilerplate heading, or
 *  the heading and the short / link-dense siblings after it). */
function boilerplateSkips(pg: Page, roots: number[]): Set<number> {
  const skip = new Set<number>();
  for (const r of roots) {
    for (let j = r + 1; j < pg.end[r]!; j++) {
      if (pg.dropped[j] || !pg.isBlock[j]) continue;
      const kind = boilerplateKind(pg, j);
      if (kind === 0) continue;
      if (kind === 1) {
        skip.add(j);
        j = pg.end[j]! - 1;
        continue;
      }
      const c = pg.parent[j]!;
      if (c !== r && c > r && pg.text[c]! < pg.t.BOILER_SECTION_SHARE * pg.text[r]!) {
        skip.add(c);
        j = pg.end[c]! - 1;
        continue;
      }
      skip.add(j);
      for (let x = pg.end[j]!; x < pg.end[c]!; x = pg.end[x]!) {
        if (pg.dropped[x] || pg.text[x] === 0) continue;
        if (pg.text[x]! - pg.link[x]! >= pg.t.BOILER_STOP_TEXT && linkDensity(pg, x) <= 0.3) break;
        // a short body paragraph after a 'Baca juga' box's links: "BACA JUGA:" / <a>title</a> / "Enam di antaranya
        // terbukti." (released check24b, Okezone)
        if (plainSentence(pg, x)) break;
        skip.add(x);
      }
      j = pg.end[j]! - 1;
    }
  }
  return skip;
}

/** A converted PDF's lines joined into their paragraphs (`cont[i]`: paragraph i continues the one before). */
function joinLines(paragraphs: string[], heading: boolean[], cell: boolean[], citeLine: boolean[], cont: boolean[]): void {
  if (!cont.includes(true)) return;
  let w = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (cont[i] && w > 0) {
      paragraphs[w - 1] = `${paragraphs[w - 1]} ${paragraphs[i]}`;
      continue;
    }
    paragraphs[w] = paragraphs[i]!;
    heading[w] = heading[i]!;
    cell[w] = cell[i]!;
    citeLine[w] = citeLine[i] ?? false;
    w++;
  }
  paragraphs.length = heading.length = cell.length = w;
  citeLine.length = Math.min(citeLine.length, w);
}

/** A text node that is plain text pasted whole, its paragraphs apart by blank lines (a video page's description in one
 *  pre-wrapped <span>, a social post): PLAIN_TEXT_MIN_PARAGRAPHS runs of words or more, each its own paragraph.
 *  Own invented line: `<span>SINTANG - Bawaslu mencatat enam laporan.\n\n"Kami kaji," kata Ketua Bawaslu.\n\nSimak
 *  videonya.</span>`. Fewer blank lines (source indentation around a sentence) are whitespace, as before. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/u;
function plainParagraphs(data: string): string[] {
  if (data.indexOf('\n') < 0) return [data];
  const parts = data.split(BLANK_LINE);
  const prose = parts.filter((x) => /\p{L}/u.test(x)).length;
  return prose >= PLAIN_TEXT_MIN_PARAGRAPHS ? parts : [data];
}

/** Render the roots to paragraphs. `anchor` (the headline node, or -1): nothing before it is body. */
export function render(pg: Page, roots: number[], anchor = -1): Rendered {
  const paragraphs: string[] = [];
  const heading: boolean[] = [];
  let buf = '';
  let inHeading = false;
  let cells = 0; // table cells open: a paragraph inside one is a cell, never a stamp
  const cell: boolean[] = [];
  let chars = 0;
  let linkChars = 0;
  const citeLine: boolean[] = []; // the dash line of a cited quotation box (sparse)
  const pos: (LinePos | undefined)[] = []; // where a converted PDF's positioned line sits (sparse; positioned.ts)
  const flush = (from?: number): void => {
    if (!buf) return;
    const t = collapse(buf);
    buf = '';
    if (t) {
      paragraphs.push(t);
      heading.push(inHeading);
      cell.push(cells > 0);
      if (from !== undefined) pos[paragraphs.length - 1] = linePos(pg.nodes[from]!);
    }
  };
  const skip = boilerplateSkips(pg, roots);
  const cut = (e: number): void => {
    chars -= pg.text[e]!;
    linkChars -= pg.link[e]!;
  };
  for (const r of roots) {
    if (roots.length > 1 && pg.isBlock[r] && boilerplateKind(pg, r) === 1) continue; // an ad label between parts
    chars += pg.text[r]!;
    linkChars += pg.link[r]!;
    const before = anchor >= 0 && isAncestor(pg, r, anchor) ? anchor : -1;
    // A linear walk of the subtree in document order; `open` holds the ends of the blocks we are inside.
    const open: number[] = [];
    const openNode: number[] = [];
    const openHead: boolean[] = [];
    const openCell: boolean[] = [];
    const stop = pg.end[r]!;
    for (let e = r; e < stop;) {
      while (open.length && e >= open[open.length - 1]!) {
        open.pop();
        flush(openNode.pop());
        if (openHead.pop()) inHeading = false;
        if (openCell.pop()) cells--;
      }
      if (pg.dropped[e]) {
        e = pg.end[e]!;
        continue;
      }
      if (before >= 0 && e !== r && (e === before || pg.end[e]! <= before)) {
        cut(e); // the headline, and what precedes it (breadcrumbs, tickers, kickers)
        e = pg.end[e]!;
        continue;
      }
      const n = pg.nodes[e]!;
      if (n.type === 'text') {
        const parts = plainParagraphs(n.data ?? '');
        for (let k = 0; k < parts.length; k++) {
          if (k > 0) flush();
          buf += parts[k];
        }
        e++;
        continue;
      }
      const name = n.name ?? '';
      if (name === 'br' || name === 'hr') {
        flush();
        e = pg.end[e]!;
        continue;
      }
      if (e !== r && (skip.has(e) || isLinkBox(pg, e) || isLinkLine(pg, e) || isPhotoBox(pg, e) || isPromo(pg, e))) {
        cut(e);
        e = pg.end[e]!;
        continue;
      }
      // A quotation box naming its speaker in a `<cite>` (Soledad's `<blockquote><p>…</p><cite>Nama, Jabatan</cite>`,
      // check21 page 03): the words in quote marks, the cite after a dash on its own line, so the quote reaches the
      // body as a quotation and the dash line names its speaker (statements/direct.ts, dashAfter).
      if (name === 'blockquote' && e !== r) {
        const box = citedQuote(pg, e);
        if (box) {
          flush();
          paragraphs.push(box.quote, box.cite);
          heading.push(false, false);
          cell.push(cells > 0, cells > 0);
          citeLine[paragraphs.length - 1] = true;
          e = pg.end[e]!;
          continue;
        }
      }
      const isHead = HEADINGS.has(name);
      if (pg.isBlock[e]) {
        flush();
        open.push(pg.end[e]!);
        openNode.push(e);
        openHead.push(isHead);
        if (isHead) inHeading = true;
        const isCell = name === 'td' || name === 'th';
        openCell.push(isCell);
        if (isCell) cells++;
      }
      e++;
    }
    while (open.length) {
      open.pop();
      flush(openNode.pop());
      if (openHead.pop()) inHeading = false;
      if (openCell.pop()) cells--;
    }
    flush();
  }
  joinLines(paragraphs, heading, cell, citeLine, continuedLines(pos, paragraphs.length));
  // Each filter reads the arrays as the one before left them: `cell` is compacted with the others, so a table
  // cell after a dropped echo is still read as a cell.
  // a cited quotation dropped as the echo of a body sentence takes its dash line with it
  const echo = echoFree(pg.t, paragraphs, heading);
  for (let i = 1; i < echo.length; i++) if (citeLine[i] && !echo[i - 1]) echo[i] = false;
  keepOnly(echo, paragraphs, heading, cell);
  keepOnly(notStamps(pg.t, paragraphs, cell), paragraphs, heading, cell);
  trimEdges(pg.t, paragraphs, heading);
  return { paragraphs, chars: Math.max(0, chars), linkChars: Math.max(0, linkChars) };
}

/** Visible text of the subtree of `from`, without the subtree of `skip` and (unless `all`) dropped nodes, blocks
 *  apart. */
function subtreeText(pg: Page, from: number, skip: number, all = false): string {
  let out = '';
  for (let j = from + 1; j < pg.end[from]!;) {
    const n = pg.nodes[j]!;
    if ((pg.dropped[j] && !all) || j === skip) {
      j = pg.end[j]!;
      continue;
    }
    if (n.type === 'text') out += n.data ?? '';
    else if (pg.isBlock[j] || n.name === 'br') out += ' ';
    j++;
  }
  return collapse(out);
}

/** Quote marks at the edges of a quotation box's text (the box is the quotation; some themes add them). */
const EDGE_QUOTES = /^["“”„«»‘’']+|["“”„«»‘’']+$/gu;

/** Longest `<cite>` read as a speaker: a name and a title (`Theresia Nurma Jelahu, Ketua Bawaslu Manggarai Timur` is
 *  53 characters); a longer one is a source's title or a citation, no speaker line. */
const CITE_MAX = 120;

/** A `<blockquote>` holding a `<cite>` and text besides it: the text in quote marks and the cite after a dash. */
function citedQuote(pg: Page, e: number): { quote: string; cite: string } | null {
  let c = -1;
  for (let j = e + 1; j < pg.end[e]!; j++) {
    if (pg.nodes[j]!.name === 'cite') c = j;
  }
  if (c < 0) return null;
  // (read even when dropped: the quotation's `<footer>` holding it is furniture only outside a quotation)
  const cite = subtreeText(pg, c, -1, true).replace(/^[-–—―\s]+/u, '');
  const quote = subtreeText(pg, e, c).replace(EDGE_QUOTES, '').trim();
  if (!cite || cite.length > CITE_MAX || !/\p{L}/u.test(quote)) return null;
  return { quote: `“${quote}”`, cite: `— ${cite}` };
}

/** A line that is only a clock time, maybe with its zone ("10.05 WIB", "16:45", "pukul 09.00 WITA", "3:20 pm
 *  GMT"): in a run of them, outside tables, the stamps of a live report's entries, not body (synthetic pages
 *  `interrupted/radio-live-report`, `unseen/liveblog`; one time line alone is body: dev page 5caf91). */
const STAMP_RE = new RegExp(
  `^(?:pukul |jam )?(?:[01]?\\d|2[0-3])[.:][0-5]\\d(?:[.:]\\d{2})?(?: ?[ap]\\.?m\\.?)?(?: ?(?:${alternationOf([...TIME_ZONES, 'GMT', 'UTC'], { space: SPACE.literal })})(?: ?[+-]\\d{1,2})?)?$`,
  'iu',
);
/** Which paragraphs to keep: all, unless a run of at least STAMP_RUN_MIN lines outside tables are only clock
 *  times; then all but those. */
function notStamps(T: Thresholds, paragraphs: readonly string[], cell: readonly boolean[]): boolean[] {
  const stamp = paragraphs.map((p, i) => !cell[i] && STAMP_RE.test(p));
  const run = stamp.filter(Boolean).length >= T.STAMP_RUN_MIN;
  return stamp.map((st) => !(run && st));
}

/** Keeps, in place, the entries of parallel arrays whose `keep` flag is set (one compaction for all of them, so
 *  they stay aligned). */
function keepOnly(keep: readonly boolean[], ...lists: unknown[][]): void {
  for (const list of lists) {
    let k = 0;
    for (let i = 0; i < list.length; i++) if (keep[i]) list[k++] = list[i];
    list.length = k;
  }
}

/** (Only tested, from the start: the kit's branch order cannot change whether it matches.) */
const AUTHOR_RE = new RegExp(`^(?:${alternationOf(AUTHOR_PREFIXES, { space: SPACE.literal })})\\b\\s{0,3}:?`, 'iu');

/** A byline or date line: short, and a date or an author credit ("Oleh Redaksi | 1 November 2024"). */
export function isBylineLine(s: string, max: number): boolean {
  if (s.length > max) return false;
  return AUTHOR_RE.test(s) || toIsoDate(s) !== null;
}

/** A credit line closing a news story, wholly in brackets: "(asp/asp)", "(ant)", "(Kabar.com/Ryan Pratama)". */
const CREDIT_RE = /^[([][^()[\]]{1,78}[)\]]$/u;

/** Byline/date lines at the top and bottom, credit lines and trailing headings are not body. */
function trimEdges(T: Thresholds, paragraphs: string[], heading: boolean[]): void {
  while (paragraphs.length > 1 && isBylineLine(paragraphs[0]!, T.BYLINE_MAX)) {
    paragraphs.shift();
    heading.shift();
  }
  const last = (): string => paragraphs[paragraphs.length - 1]!;
  while (paragraphs.length > 1 && (heading[heading.length - 1] || isBylineLine(last(), T.BYLINE_MAX) || CREDIT_RE.test(last()))) {
    paragraphs.pop();
    heading.pop();
  }
}

/** (Only tested: the kit's branch order cannot change whether it matches.) */
const NOT_FOUND_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(NOT_FOUND_CUES, { space: SPACE.literal })})(?![\\p{L}\\p{N}])`, 'iu');

/** A "page not found" title or first heading (short, with a cue as whole words: "404", "Halaman tidak ditemukan"). */
export function isNotFound(title: string | null, h1: string | null, maxLen: number): boolean {
  for (const s of [title, h1]) if (s && s.length <= maxLen && NOT_FOUND_RE.test(s)) return true;
  return false;
}
