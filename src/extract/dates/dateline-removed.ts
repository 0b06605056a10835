// The date of a release's dateline that the cleaner split off with the dateline (`Jakarta, 11 Januari 2024 – Komisi …`:
// clean/dateline.ts rule `dateline-place-date`, recorded as the article's `dateline` and among its removals). The date
// is the release's: it gives `published` (clean/stamps.ts), and it is a date mention too, the one mention with no span
// in the body (start = end = NO_SPAN; its text is the date as written in the dateline; rule `dateline-removed`, kind
// `publication`, as a dateline's date left in the lead: `SAMARINDA (12/2/2024) – …`, kinds.ts). The released sets' gold
// lists such a date (check10 d05, check12 d04, check14 d03, check16 e03, check18 e02); the furniture stays out of the
// body. A dateline's date without its year (`Pontianak, Senin (11/3) -`, `MAMUJU, 11/11 (ANTARA) -`, `PONTIANAK, 12/3
// –`: wires and regional dailies) takes the year of the publication date, else of the article's written years, the
// latest such day on or before it, not certain (round 20, paradigm20 E); it never gives `published` (clean/stamps.ts
// reads full dates only).
import type { DateMention, Dateline } from '../../model.js';
import { dm, candidate } from './parse-kit.js';
import { parseDates } from './parsers.js';
import { dropOverlaps, resolveCalendar, toMention, toWork, type WorkDate, type YearReference } from './refiners.js';

/** The start and end of a mention that has no span in the body (negative offsets elsewhere are a headline's items,
 *  moved by the pipeline; this one is never moved: src/pipeline.ts shiftOffsets). */
export const NO_SPAN = -1;

/** A bare day and month in a dateline (`PONTIANAK, 12/3 –`, `MAMUJU, 11/11 (ANTARA) -`): in the body a `d/m` needs a
 *  weekday or a date cue (parsers.ts); the dateline's frame is that cue. */
const DATELINE_DAY_MONTH = /(?<![\p{N}/.])(\d{1,2})\/(\d{1,2})(?![\p{N}/])/u;

/** The dates of a dateline split off by the cleaner that the body does not hold, as mentions with no span. `ref` gives
 *  the year reference for a date without its year (read only then). */
export function datelineDates(dateline: Dateline | null, body: string, ref: () => YearReference = () => null): DateMention[] {
  const text = dateline?.text;
  // (a dateline still in the body has its date read there)
  if (!text || body.includes(text)) return [];
  const list: WorkDate[] = [];
  for (const c of parseDates(text)) list.push(toWork(c));
  if (list.length === 0) {
    const m = DATELINE_DAY_MONTH.exec(text);
    const v = m === null ? null : dm(m[1], m[2]);
    if (v === null) return [];
    list.push(toWork(candidate(m!.index, m!.index + m![0].length, 'dateline-removed', v.day, v.month, null, null, null)));
  }
  // a dateline's date lies on or before the publication date
  for (const c of list) if (c.year === null) c.toward = 'past';
  const yearless = list.some((c) => c.year === null && c.day !== null);
  const out: DateMention[] = [];
  for (const c of resolveCalendar(dropOverlaps(list), yearless ? ref() : null)) {
    if (c.iso === null || c.iso.length !== 10 || c.relative !== null) continue;
    const m = toMention({ ...c, kind: 'publication' }, text);
    out.push({ ...m, start: NO_SPAN, end: NO_SPAN, rule: 'dateline-removed' });
  }
  return out;
}
