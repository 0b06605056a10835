// The headline's shapes at the top of a page (split from clean/page-top.ts, round 19: one file per job): a label or a
// sentence above it, a fuller headline over a label or a deck, a headline wrapped over two lines or set as a subject over
// its predicate, a short headline that only looks like a masthead, and one the page header's cluster took for a place.
// Read by the walk over the top of a page (clean/page-top.ts).
import type { Para } from './lines.js';
import { isShortHeadlineOverDeck, isTitleCased, opensWithPredicate } from './line-shape.js';
import { isMenuRow, isTopFurniture, QUOTE_START, SENTENCE_END, UPPER, WIDGET, wordCount } from './page-top-lines.js';

/** Settings: a label above the headline has at most this many words whatever its case … */
export const PAGE_TOP_LABEL_MAX_WORDS = 3;
/** … a fuller headline above a short label has at least this many words, the label at most PAGE_TOP_LABEL_MAX_WORDS … */
export const FULL_HEADLINE_MIN_WORDS = 5;
/** … and each half of a headline wrapped over two lines has at most this many words. */
export const WRAPPED_HALF_MAX_WORDS = 7;

export interface PageTopShape {
  /** Whether a paragraph opens the body (body-like, or with a dateline). */
  isBodyStart: (text: string) => boolean;
  /** Whether a paragraph is headline-like. */
  isHeadline: (text: string) => boolean;
}

/** A sentence or a quotation: never a label, and the top is left as it is when one stands above the headline. */
export function isSentence(text: string): boolean {
  return !isTopFurniture(text) && (SENTENCE_END.test(text) || QUOTE_START.test(text));
}
/** A label above the headline by its length: at most PAGE_TOP_LABEL_MAX_WORDS words, no sentence. */
export function isShortLabel(text: string): boolean {
  return !isSentence(text) && wordCount(text) <= PAGE_TOP_LABEL_MAX_WORDS;
}

/** Whether `upper`, right above the candidate `cand`, is the fuller headline: Title Case, not furniture, and `cand` a
 *  short label or a sentence-case deck under it. */
export function isFullerAbove(upper: string, cand: string, shape: PageTopShape): boolean {
  if (!shape.isHeadline(upper) || upper.endsWith(')') || isTopFurniture(upper) || !isTitleCased(upper)) return false;
  const w = wordCount(upper);
  if (!isTitleCased(cand) && w >= PAGE_TOP_LABEL_MAX_WORDS + 1) return true;
  // (a short one over a long deck too: "ASN Wajib Netral" / "Bawaslu mengingatkan seluruh aparatur sipil negara …")
  if (isShortHeadlineOverDeck(upper, cand)) return true;
  return w >= FULL_HEADLINE_MIN_WORDS && wordCount(cand) <= PAGE_TOP_LABEL_MAX_WORDS && w > wordCount(cand);
}

/** Whether `upper` and `lower` are one headline wrapped over two lines of a page hard-wrapped at a fixed width: adjacent
 *  lines, both Title Case in the same case, short, no end mark, and a lead below that runs over several lines or
 *  stops mid-sentence (check7/09, an e-paper: "Pj Sekda Lebak Ingatkan" / "Kades Tak Jadi Tim Sukses" / "RANGKASBITUNG – Pj …"). */
export function isWrappedHeadline(upper: Para, lower: Para, lead: Para, shape: PageTopShape): boolean {
  // (a headline already joined from its lines is whole: "Hal. 3" above "Camat di Kampar Dilaporkan" / "ke Panwascam")
  if (upper.lastLine + 1 !== lower.firstLine || lower.firstLine !== lower.lastLine || (lead.lastLine === lead.firstLine && SENTENCE_END.test(lead.text))) return false;
  if (!isHalfShaped(upper.text)) return false;
  if (isTopFurniture(upper.text) || /[.,;:!?…)]$/u.test(upper.text) || !isTitleCased(upper.text) || !isTitleCased(lower.text)) return false;
  if (UPPER.test(upper.text) !== UPPER.test(lower.text)) return false;
  if (wordCount(upper.text) > WRAPPED_HALF_MAX_WORDS || wordCount(lower.text) > WRAPPED_HALF_MAX_WORDS) return false;
  return shape.isHeadline(`${upper.text} ${lower.text}`);
}

/** Whether `upper` is the subject of the headline `lower`, set in capitals on the line right above it (check22/10, an
 *  e-paper: "BOVEN DIGOEL" (rubric) / "BAWASLU BOVEN DIGOEL" / "Minta ASN Tak Berpolitik" / lead): the lower line opens
 *  with its predicate (a headline verb, a passive or a modal), the upper one is capitals of 2 to WRAPPED_HALF_MAX_WORDS
 *  words, no digit, no end mark, no predicate of its own and no furniture. A rubric over a headline with its own subject
 *  ("POLITIK" / "Bawaslu Minta ASN Netral") stays a label. */
export function isSubjectOverPredicate(upper: Para, lower: Para): boolean {
  if (upper.lastLine + 1 !== lower.firstLine || upper.firstLine !== upper.lastLine || !opensWithPredicate(lower.text) || UPPER.test(lower.text)) return false;
  const t = upper.text;
  const n = wordCount(t);
  return UPPER.test(t) && n >= 2 && n <= WRAPPED_HALF_MAX_WORDS && !/[\d.,;:!?…)|]/u.test(t) && !opensWithPredicate(t) && !t.split(' ').slice(1).some((w) => opensWithPredicate(w)) && !isTopFurniture(t);
}

/** Whether line `i` of `kept` is the first half of a headline wrapped over two lines (the next one) on a page
 *  hard-wrapped at a fixed width: adjacent lines in the same case, Title Case, no end mark on the first, and a lead at
 *  `body` that stops mid-sentence on a line with the next line right under it. */
export function isHeadlineHalf(kept: ReadonlyArray<{ text: string; no: number }>, i: number, body: number): boolean {
  const upper = kept[i]!;
  const lower = kept[i + 1];
  const lead = kept[body];
  const after = kept[body + 1];
  if (lower === undefined || lead === undefined || after === undefined || i + 1 >= body) return false;
  if (upper.no + 1 !== lower.no || lead.no + 1 !== after.no || SENTENCE_END.test(lead.text)) return false;
  if (!isHalfShaped(upper.text) || !isTitleCased(upper.text) || !isTitleCased(lower.text)) return false;
  return UPPER.test(upper.text) === UPPER.test(lower.text) && wordCount(upper.text) <= WRAPPED_HALF_MAX_WORDS;
}

/** The first half of a wrapped headline: no furniture, no end mark, no abbreviation ("Hal. 3", "No. 12": a page's
 *  number), two words or more. */
function isHalfShaped(text: string): boolean {
  return !isTopFurniture(text) && !/[.,;:!?…)|]$/u.test(text) && !/\p{L}\.(?:\s|$)/u.test(text) && wordCount(text) >= 2;
}

/** A masthead by its brand word only ("Pos Pengaduan Dibuka" reads as one): headline-like, no separator, no domain. */
export function mayBeHeadline(text: string, shape: PageTopShape): boolean {
  return shape.isHeadline(text) && wordCount(text) >= PAGE_TOP_LABEL_MAX_WORDS && !WIDGET.test(text) && !isMenuRow(text) && !/\s[|–—·•-]\s|\./u.test(text);
}

/** A short headline has at least this many words to be told from a header's place ("Jakarta", "Kota Palu"). */
export const HEADER_HEADLINE_MIN_WORDS = 3;

/**
 * The page-header cluster (cascade step 2: place, date, temperature lines above the headline) without a short headline
 * it took for a place: when the body starts right under the cluster (past lines a later step removes, `later`), the
 * cluster held the headline, and the last place line of HEADER_HEADLINE_MIN_WORDS words or more is it ("Radar Sulteng" /
 * "ASN Wajib Netral" / "Kamis, 14 November 2024" / lead). The cluster ends above it (and at its last strong line).
 */
export function headlineOutOfHeader<T extends { index: number; rule: { name: string; strength?: string } }>(texts: readonly string[], cluster: T[], isBodyStart: (text: string) => boolean, later: (text: string) => boolean): T[] {
  if (cluster.length < 2) return cluster;
  let next = cluster[cluster.length - 1]!.index + 1;
  while (next < texts.length && next <= cluster[cluster.length - 1]!.index + 3 && later(texts[next]!)) next++;
  if (next >= texts.length || !isBodyStart(texts[next]!)) return cluster;
  for (let k = cluster.length - 2; k >= 0; k--) {
    const c = cluster[k]!;
    if (c.rule.name !== 'header-place' || wordCount(texts[c.index]!) < HEADER_HEADLINE_MIN_WORDS) continue;
    let end = k;
    while (end > 0 && cluster[end - 1]!.rule.strength !== 'strong') end--;
    return cluster.slice(0, end);
  }
  return cluster;
}
