// Rendering a chosen body to paragraphs, and the page-level checks on the result.
import { collapse } from './dom.js';
import { NOT_FOUND_CUES } from './lexicon.js';
import { HEADINGS, BOX_TAGS, linkDensity, type Page } from './page.js';
import type { Thresholds } from './thresholds.js';

// ---------------------------------------------------------------- rendering

/** A container inside the body that is a link box (related posts, "Baca Juga" box, tag cloud). */
function isLinkBox(pg: Page, i: number): boolean {
  const T = pg.t;
  const n = pg.nodes[i]!;
  if (!BOX_TAGS.has(n.name ?? '')) return false;
  const t = pg.text[i]!;
  if (t === 0) return false;
  const l = pg.link[i]!;
  return l / t > T.BOX_MAX_LINK_DENSITY && t - l < T.BOX_KEEP_PLAIN_TEXT;
}

export interface Rendered {
  paragraphs: string[];
  chars: number;
  linkChars: number;
  /** Headings that are (mostly) a link: teaser titles on index pages. */
  linkedHeadings: number;
}

export function render(pg: Page, roots: number[]): Rendered {
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
export function looksLikeIndex(r: Rendered, T: Thresholds): boolean {
  if (r.linkedHeadings < T.INDEX_MIN_LINKED_HEADINGS) return false;
  const plain = Math.max(0, r.chars - r.linkChars);
  return plain / r.linkedHeadings < T.INDEX_MAX_TEXT_PER_TEASER;
}

export function isNotFound(title: string | null, h1: string | null): boolean {
  for (const s of [title, h1]) {
    if (!s) continue;
    const l = s.toLowerCase();
    if (l.length <= 80 && NOT_FOUND_CUES.some((c) => l.includes(c))) return true;
  }
  return false;
}
