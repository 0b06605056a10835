// The page head: menu and section labels a scraper keeps above an article's headline (portal/12: "Kanal" /
// "Regional" / "Sulawesi" / headline; portal/14: "INDEKS" / "Pilkada 2024" / headline). Labels are named by no
// list (a region, a topic, a year), so they are found by position and shape: between the top of the page and the
// headline right above the first body paragraph, a line of a few words without sentence punctuation is not text.
// Cascade step 3b, after the line rules, on the lines they kept.
import type { Line } from './lines.js';

/** Settings: the first body paragraph is looked for among this many kept lines at the top … */
export const PAGE_HEAD_MAX_LINES = 8;
/** … the headline right above it has at least this many words (a real headline, not a label) … */
export const PAGE_HEAD_MIN_HEADLINE_WORDS = 5;
/** … and a label above the headline has at most this many words. */
export const PAGE_HEAD_LABEL_MAX_WORDS = 3;

/** A label: a few words, no sentence or clause punctuation at the end, not a quotation. */
const LABEL_END = /[.!?,;:…"”’)]$/u;
const QUOTE_START = /^["“‘']/u;

export interface PageHeadShape {
  /** Words of a line (spaced words, counted no further than `cap`). */
  words: (text: string, cap: number) => number;
  /** Whether a line opens the body (body-like, or a paragraph with a dateline). */
  isBodyStart: (text: string) => boolean;
  /** Whether a line is headline-like. */
  isHeadline: (text: string) => boolean;
}

/** Indices (into `kept`, ascending) of the label lines above the headline; empty when the page shows no
 *  headline right above its first body line. */
export function pageHeadLabels(kept: readonly Line[], shape: PageHeadShape): number[] {
  let body = -1;
  for (let i = 0; i < kept.length && i < PAGE_HEAD_MAX_LINES; i++) {
    if (shape.isBodyStart(kept[i]!.text)) {
      body = i;
      break;
    }
  }
  const head = body - 1;
  if (head < 1) return [];
  const h = kept[head]!.text;
  if (!shape.isHeadline(h) || shape.words(h, PAGE_HEAD_MIN_HEADLINE_WORDS) < PAGE_HEAD_MIN_HEADLINE_WORDS) return [];
  const labels: number[] = [];
  for (let i = 0; i < head; i++) {
    const t = kept[i]!.text;
    if (LABEL_END.test(t) || QUOTE_START.test(t)) continue;
    if (shape.words(t, PAGE_HEAD_LABEL_MAX_WORDS + 1) <= PAGE_HEAD_LABEL_MAX_WORDS) labels.push(i);
  }
  return labels;
}

/** `kept` without its page-head labels, each handed to `drop` (its raw text) first. */
export function withoutPageHead(kept: Line[], shape: PageHeadShape, drop: (raw: string) => void): Line[] {
  const labels = pageHeadLabels(kept, shape);
  if (labels.length === 0) return kept;
  for (const i of labels) drop(kept[i]!.raw);
  const gone = new Set(labels);
  return kept.filter((_, i) => !gone.has(i));
}
