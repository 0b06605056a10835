// The page's head read as blocks (round 15, issue 22; check16's head kinds): between the top of the page and its first
// body paragraph a page prints blocks no single-line pattern tells from text, read here by their structure.
//  - a summary box: a run of bullet lines that restate the body below it (most of their words stand there), with the
//    short heading right above it and the box's disclaimer (a line that says a machine made the summary) in or under
//    it. A bullet list that says what the body does not is text, and stays.
//  - a summary's disclaimer alone (a TV site's: "Ringkasan dibuat oleh kecerdasan buatan (AI). Cek kembali …"), with
//    the summary link's heading right above it ("Baca Ringkasan Berita").
//  - a breadcrumb whatever its separator ("detikSumut › Berita", "Kanal » Daerah » Aceh"): two items or more joined by a
//    path arrow, every item but the last a short label; above the headline only (not the head's last line).
// Cascade step 3b (clean/page-head.ts `withoutPageHead`), on the lines the line rules kept, before the lines are joined
// (a breadcrumb that opens in lower case, "detikSumut › …", would be joined to the line above it).
import type { Line } from './lines.js';
import { AI_WORDS, SUMMARY_MADE_VERBS, SUMMARY_NOUNS } from '../lexicon/page-head.js';
import { alt } from './rules/build.js';
import { countSpacedWords } from '../text/words.js';
import { hasClause } from './structure.js';

/** Settings: the head is looked at over at most this many kept lines … */
export const HEAD_BLOCK_MAX_LINES = 24;
/** … a summary box has at least this many bullets … */
export const SUMMARY_MIN_BULLETS = 2;
/** … a bullet restates the body when at least this share of its content words stands in the body below … */
export const RESTATE_MIN_SHARE = 0.5;
/** … (a bullet of fewer content words is not judged) … */
export const RESTATE_MIN_WORDS = 3;
/** … and the body below is read over this many kept lines. */
export const RESTATE_BODY_LINES = 40;
/** A heading above a box has at most this many words; a breadcrumb's item (but its last) at most this many. */
export const HEAD_HEADING_MAX_WORDS = 4;
export const CRUMB_ITEM_MAX_WORDS = 3;
/** A disclaimer has at most this many words. */
export const DISCLAIMER_MAX_WORDS = 30;

/** A bullet line: a bullet glyph, or a dash, then a space. (A numbered item is a list's, not a box's.) */
const BULLET = /^[•·▪▫■□►▶▸‣◦●○✓✔*–—-]\s/u;
const SUMMARY_NOUN = new RegExp(`(?:^|\\s)(?:${alt(SUMMARY_NOUNS)})(?![\\p{L}\\p{N}])`, 'iu');
const AI_WORD = new RegExp(`(?:^|[\\s(])(?:${alt(AI_WORDS)})(?![\\p{L}\\p{N}])`, 'iu');
const MADE_VERB = new RegExp(`(?:^|\\s)(?:${alt(SUMMARY_MADE_VERBS)})(?![\\p{L}\\p{N}])`, 'iu');
const LABEL_END = /[.!?,;:…"”’)]$/u;
/** A path arrow between a breadcrumb's items. */
const PATH_ARROW = /\s[›»>→]\s/u;
const SENTENCE_END = /[.!?]["”’)]?$/u;

/** A summary's disclaimer: a summary noun, a maker's verb and a machine word on one line of at most DISCLAIMER_MAX_WORDS
 *  words ("Ringkasan ini dibuat dengan bantuan AI …"; "Ringkasan dibuat oleh kecerdasan buatan (AI)."). */
export function isSummaryDisclaimer(text: string): boolean {
  const t = text.replace(BULLET, '');
  return countSpacedWords(t, DISCLAIMER_MAX_WORDS + 1) <= DISCLAIMER_MAX_WORDS && SUMMARY_NOUN.test(t) && MADE_VERB.test(t) && AI_WORD.test(t);
}

/** A box's heading: a short line, no end mark, that names a summary ("Ringkasan Berita", "Poin Penting", "Baca
 *  Ringkasan Berita"). */
function isSummaryHeading(text: string): boolean {
  const t = text.endsWith(':') ? text.slice(0, -1) : text;
  return !LABEL_END.test(t) && !BULLET.test(t) && countSpacedWords(t, HEAD_HEADING_MAX_WORDS + 1) <= HEAD_HEADING_MAX_WORDS && SUMMARY_NOUN.test(t);
}

/** A breadcrumb: items joined by a path arrow, every item but the last of at most CRUMB_ITEM_MAX_WORDS words and no end
 *  mark, no clause, no sentence end. */
export function isBreadcrumb(text: string): boolean {
  if (!PATH_ARROW.test(text) || SENTENCE_END.test(text) || hasClause(text)) return false;
  const items = text.split(PATH_ARROW);
  if (items.length < 2) return false;
  for (let k = 0; k < items.length - 1; k++) {
    const it = items[k]!.trim();
    if (it === '' || LABEL_END.test(it) || countSpacedWords(it, CRUMB_ITEM_MAX_WORDS + 1) > CRUMB_ITEM_MAX_WORDS) return false;
  }
  return items[items.length - 1]!.trim() !== '';
}

/** Content words of a line: lower-case words of four letters or more, and numbers. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length >= 4 || /\d/u.test(w)) out.push(w);
  }
  return out;
}

/** Whether a bullet restates the body (`body`: the body's content words). */
function restates(text: string, body: ReadonlySet<string>): boolean {
  const words = contentWords(text.replace(BULLET, ''));
  if (words.length < RESTATE_MIN_WORDS) return false;
  let seen = 0;
  for (const w of words) if (body.has(w)) seen++;
  return seen >= words.length * RESTATE_MIN_SHARE;
}

/** The first body line of `kept`: body-like (`isBodyStart`) and not a bullet, among HEAD_BLOCK_MAX_LINES; -1 when none. */
function headEnd(kept: readonly Line[], isBodyStart: (text: string) => boolean): number {
  for (let i = 0; i < kept.length && i < HEAD_BLOCK_MAX_LINES; i++) {
    const t = kept[i]!.text;
    if (!BULLET.test(t) && !isSummaryDisclaimer(t) && isBodyStart(t)) return i;
  }
  return -1;
}

/** The blocks of the page's head in `kept` (indices, ascending, each with its rule's name). */
export function headBlocks(kept: readonly Line[], isBodyStart: (text: string) => boolean): Array<{ index: number; rule: string }> {
  const end = headEnd(kept, isBodyStart);
  if (end < 1) return [];
  const out: Array<{ index: number; rule: string }> = [];
  let body: Set<string> | null = null;
  for (let i = 0; i < end; i++) {
    const t = kept[i]!.text;
    if (i < end - 1 && isBreadcrumb(t)) {
      out.push({ index: i, rule: 'head-breadcrumb' });
      continue;
    }
    if (isSummaryDisclaimer(t) && !BULLET.test(t)) {
      if (i > 0 && isSummaryHeading(kept[i - 1]!.text) && (out.length === 0 || out[out.length - 1]!.index !== i - 1)) out.push({ index: i - 1, rule: 'summary-heading' });
      out.push({ index: i, rule: 'summary-disclaimer' });
      continue;
    }
    if (!BULLET.test(t)) continue;
    // a run of bullets from i
    let j = i;
    while (j < end && BULLET.test(kept[j]!.text)) j++;
    if (j - i >= SUMMARY_MIN_BULLETS) {
      if (body === null) {
        body = new Set();
        for (let k = end; k < kept.length && k < end + RESTATE_BODY_LINES; k++) for (const w of contentWords(kept[k]!.text)) body.add(w);
      }
      let restated = 0;
      let disclaimers = 0;
      for (let k = i; k < j; k++) {
        if (isSummaryDisclaimer(kept[k]!.text)) disclaimers++;
        else if (restates(kept[k]!.text, body)) restated++;
      }
      // (most of its bullets, the disclaimer left out, say what the body says, or the box says a machine wrote it)
      if (restated * 2 >= j - i - disclaimers && (restated > 0 || disclaimers > 0)) {
        const h = kept[i - 1];
        // (its heading names a summary: a short line of another kind right above the bullets may be the headline)
        if (h !== undefined && i - 1 >= 1 && isSummaryHeading(h.text)) out.push({ index: i - 1, rule: 'summary-heading' });
        for (let k = i; k < j; k++) out.push({ index: k, rule: isSummaryDisclaimer(kept[k]!.text) ? 'summary-disclaimer' : 'summary-bullet' });
        // (its disclaimer under the run)
        if (j < kept.length && isSummaryDisclaimer(kept[j]!.text)) out.push({ index: j++, rule: 'summary-disclaimer' });
      }
    }
    i = j - 1;
  }
  return out;
}
