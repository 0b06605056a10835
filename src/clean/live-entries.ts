// A live report's entries (issue 22, round 15: "the body loses nothing"). A live report runs as entries, each headed by
// its time stamp alone on a line ("17.05 WIT", "18.30 WIB | Kota Jambi": the rule `live-time-stamp-line`) and followed
// by the entry's prose. Such a stamp is body (and a date with its time for the dates extractor, extract/dates/
// live-stamps.ts); a stamp that heads no prose (a clock in the menu bar, above the headline) is furniture.
// The structure is the test: the stamp's next line is a sentence, and the page holds at least LIVE_ENTRY_MIN such
// stamp-and-prose pairs (one clock over one sentence is no run of entries).
import { isSentenceLine } from './structure.js';
import { fires, RULES } from './rules.js';
import { UPDATED_LABELS } from '../lexicon/page-furniture.js';
import { alternationOf, SPACE } from '../text/regex.js';

/** The rule that takes a time stamp alone on its line (clean/rules/print.ts). */
export const LIVE_STAMP_RULE = 'live-time-stamp-line';

/** The fewest stamp-and-prose pairs that make a live report's run of entries. */
export const LIVE_ENTRY_MIN = 2;

/** Whether the stamp at `i` (a line `isStamp` takes) heads a live report's entry: the next line is prose, and the page
 *  holds LIVE_ENTRY_MIN stamps over prose or more. */
export function headsLiveEntry(lines: ReadonlyArray<{ text: string }>, i: number, isStamp: (text: string) => boolean): boolean {
  if (!overProse(lines, i)) return false;
  let pairs = 0;
  for (let j = 0; j < lines.length; j++) {
    if (j === i || isStamp(lines[j]!.text)) {
      if (overProse(lines, j) && ++pairs >= LIVE_ENTRY_MIN) return true;
    }
  }
  return false;
}

function overProse(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && isSentenceLine(next.text);
}

const LIVE_STAMP = RULES.find((r) => r.name === LIVE_STAMP_RULE)!;

/** An update label before a live entry's stamp (check20 f11, a TV live page: "Diperbarui 14.20 WIB" over "Bawaslu
 *  Barito Timur mencatat tiga laporan …"): the post-meta rule takes the line, but over prose in a run of entries it is
 *  the entry's stamp, body as a bare stamp is. */
const UPDATED_LABEL_BEFORE = new RegExp(`^(?:${alternationOf(UPDATED_LABELS, { space: SPACE.ws1to3 })})\\s{0,3}:?\\s{1,3}`, 'iu');

/** A live entry's stamp, bare (`17.05 WIT`) or after an update label (`Diperbarui 14.20 WIB`). */
export function isEntryStamp(text: string): boolean {
  if (fires(LIVE_STAMP, text)) return true;
  const m = UPDATED_LABEL_BEFORE.exec(text);
  return m !== null && fires(LIVE_STAMP, text.slice(m[0].length));
}

/** Whether line (or paragraph) `i` is a live report's stamp over its entry (the page head's steps ask: a live report with no lead has
 *  its first stamp right under the headline, where a page's update time stands). */
export function isLiveEntryStampAt(lines: ReadonlyArray<{ text: string }>, i: number): boolean {
  const isStamp = (t: string): boolean => fires(LIVE_STAMP, t);
  return isStamp(lines[i]!.text) && headsLiveEntry(lines, i, isStamp);
}
