// The date of a release's dateline that the cleaner split off with the dateline (`Jakarta, 11 Januari 2024 – Komisi …`:
// clean/dateline.ts rule `dateline-place-date`, recorded as the article's `dateline` and among its removals). The date
// is the release's: it gives `published` (clean/stamps.ts), and it is a date mention too, the one mention with no span
// in the body (start = end = NO_SPAN; its text is the date as written in the dateline; rule `dateline-removed`, kind
// `publication`, as a dateline's date left in the lead: `SAMARINDA (12/2/2024) – …`, kinds.ts). The released sets' gold
// lists such a date (check10 d05, check12 d04, check14 d03, check16 e03, check18 e02); the furniture stays out of the
// body. Only a full date with its year counts (as publishedFromText): `Jakarta, Kamis (12/12) –` names no year of its own.
import type { DateMention, Dateline } from '../../model.js';
import { parseDates } from './parsers.js';
import { dropOverlaps, resolveCalendar, toMention, toWork, type WorkDate } from './refiners.js';

/** The start and end of a mention that has no span in the body (negative offsets elsewhere are a headline's items,
 *  moved by the pipeline; this one is never moved: src/pipeline.ts shiftOffsets). */
export const NO_SPAN = -1;

/** The full dates of a dateline split off by the cleaner that the body does not hold, as mentions with no span. */
export function datelineDates(dateline: Dateline | null, body: string): DateMention[] {
  const text = dateline?.text;
  // (a dateline still in the body has its date read there)
  if (!text || body.includes(text)) return [];
  const found = parseDates(text);
  if (found.length === 0) return [];
  const list: WorkDate[] = [];
  for (const c of found) list.push(toWork(c));
  const out: DateMention[] = [];
  for (const c of resolveCalendar(dropOverlaps(list), null)) {
    if (c.iso === null || c.iso.length !== 10 || !c.certain || c.relative !== null) continue;
    const m = toMention({ ...c, kind: 'publication' }, text);
    out.push({ ...m, start: NO_SPAN, end: NO_SPAN, rule: 'dateline-removed' });
  }
  return out;
}
