// Refiner (after attachTimes): the time stamps of a live report. A live report's updates each open with their time,
// on a line of their own or leading the paragraph (`10.15 WITA`, `Pukul 11.40 WITA`, `13.05 WITA - Rapat diskors …`,
// `14.30 WITA: …`): such a stamp is the report's day at that time, not a time of whatever date the update before it
// happened to name. Its day: the last paragraph before it that is only a date (a live blog's day header: `Kamis, 5
// Desember 2024`), else the publication date, else the lead's date (the last full date with
// its weekday written before the first stamp, else the last full date there).
// The date is inferred (`certain: false`), as any time's date is.
import { TIME_CUES, TIME_ZONES } from '../../lexicon/calendar.js';
import { UPDATED_LABELS } from '../../lexicon/page-furniture.js';
import { LIVE_STAMP_RULE } from './kinds.js';
import type { TimeCandidate } from './parse-kit.js';
import { toWork, type WorkDate } from './refiners.js';
import { alternation } from './text.js';

/** What may follow a stamp that leads its paragraph: the paragraph's end, or a separator before the update. */
const AFTER_STAMP = /^[ \t]{0,2}(?:$|\n|[-–—:|][ \t])/u;
/** A time written with a cue or a zone (`Pukul 11.40`, `10.15 WITA`). */
const CUED_OR_ZONED = new RegExp(`^(?:${alternation(TIME_CUES)})|(?:${alternation(TIME_ZONES)})$`, 'iu');
/** A paragraph that is only a date, with its closing punctuation. */
const ONLY_PUNCTUATION = /^[\s.,:|–—-]*$/u;

function paragraphStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}
function paragraphEnd(text: string, pos: number): number {
  const e = text.indexOf('\n', pos);
  return e < 0 ? text.length : e;
}

/** An update label before a stamp (check20 f11, a TV live page: "Diperbarui 14.20 WIB" heading an entry, which the
 *  cleaner keeps over prose in a run of entries: clean/live-entries.ts). */
const UPDATED_LABEL_ONLY = new RegExp(`^(?:${alternation(UPDATED_LABELS)})\\s{0,3}:?\\s{1,3}$`, 'iu');

/** A time that opens its paragraph (after an update label at most) and stands alone on it or before a separator, with
 *  a cue or a zone. */
export function isLiveStamp(t: TimeCandidate, text: string): boolean {
  if (!t.cued) return false;
  const ps = paragraphStart(text, t.start);
  if (ps !== t.start && !UPDATED_LABEL_ONLY.test(text.slice(ps, t.start))) return false;
  if (!AFTER_STAMP.test(text.slice(t.end, t.end + 4))) return false;
  return CUED_OR_ZONED.test(text.slice(t.start, t.end));
}

/** Split the times into live stamps and the others (which attachTimes places). */
export function splitStamps(times: TimeCandidate[], text: string): { stamps: TimeCandidate[]; others: TimeCandidate[] } {
  const stamps: TimeCandidate[] = [];
  const others: TimeCandidate[] = [];
  for (const t of times) (isLiveStamp(t, text) ? stamps : others).push(t);
  return { stamps, others };
}

/** A full date (a day, resolved) that is its paragraph's only content. */
function isDayHeader(c: WorkDate, text: string): boolean {
  if (c.iso === null || c.iso.length !== 10 || c.drop) return false;
  const ps = paragraphStart(text, c.start);
  return ONLY_PUNCTUATION.test(text.slice(ps, c.start)) && ONLY_PUNCTUATION.test(text.slice(c.end, paragraphEnd(text, c.end)));
}

/** One date mention per live stamp, on the day of the report (see the file's head); none when no day is known. */
export function datesOfStamps(list: WorkDate[], stamps: TimeCandidate[], text: string, published: string | null): WorkDate[] {
  if (stamps.length === 0) return list;
  const firstStamp = stamps[0]!.start;
  // the lead's day: the news convention gives the event's day with its weekday (`Kamis (5/12/2024)`); other dates
  // before the first stamp (`… pemungutan suara 27 November 2024`) only when none has one
  let lead: string | null = null;
  let leadWeekday: string | null = null;
  for (const c of list) {
    if (c.start >= firstStamp) break;
    if (c.drop || c.relative !== null || c.iso === null || c.iso.length !== 10) continue;
    lead = c.iso;
    if (c.weekday !== null) leadWeekday = c.iso;
  }
  const out = list.slice();
  let k = 0;
  let header: string | null = null;
  for (const t of stamps) {
    while (k < list.length && list[k]!.start < t.start) {
      if (isDayHeader(list[k]!, text)) header = list[k]!.iso;
      k++;
    }
    const iso = header ?? published ?? leadWeekday ?? lead;
    if (iso === null) continue;
    const w = toWork({ start: t.start, end: t.end, rule: LIVE_STAMP_RULE, day: null, month: null, year: null, weekday: null, relative: null, toward: null });
    w.iso = iso;
    w.certain = false;
    w.time = t.time;
    out.push(w);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
