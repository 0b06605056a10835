// The publication date a page states in its furniture: a header's date line, a byline's stamp, an outlet lead's date.
// Each gives an ISO date or null; validity (day of the month, years 1900–2100) is `validIso`'s, the one used for
// dates given by metadata.
import { validIso } from '../ingest/published.js';
import { BYLINE_DATE_LINE, HEADER_DATE_LINE, monthNumber } from './rules.js';

/** The ISO date of a page header's date line (`Jumat, 16 Oktober 2020`, `October 16, 2020`). */
export function isoFromHeader(line: string): string | null {
  const m = HEADER_DATE_LINE.exec(line);
  if (!m) return null;
  const [month, day, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const mo = monthNumber(month ?? '');
  const d = Number(day);
  const y = Number(year);
  return validIso(y, mo, d);
}

const NUMERIC_STAMP = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;

/** The ISO date of a lead's date (`8 November 2024`, `Senin (4/11/2024)`); null without a year (`12/11`). */
export function isoFromLeadDate(date: string): string | null {
  const n = NUMERIC_IN_LEAD.exec(date);
  if (n !== null) return validIso(Number(n[3]), Number(n[2]), Number(n[1]));
  return isoFromHeader(date);
}
const NUMERIC_IN_LEAD = /(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

/** The ISO date of a byline line (`Kompas.com - 12/11/2024, 14:30 WIB`, `Senin, 04 Nov 2024 10:15 WIB`). */
export function isoFromByline(line: string): string | null {
  const m = BYLINE_DATE_LINE.exec(line);
  if (!m || !m.groups) return null;
  if (m.groups.named !== undefined) return isoFromHeader(m.groups.named.trim());
  const n = NUMERIC_STAMP.exec(m.groups.numeric ?? '');
  return n ? validIso(Number(n[3]), Number(n[2]), Number(n[1])) : null;
}

/** The ISO date of a post-meta row the page's head printed (clean/structure.ts `metaRow`: "Posted by admin | 9 September
 *  2025 | Berita Daerah | 0 Comments", "11 Nov 2024 · 09:15"): its first part across a separator that is a header date or
 *  a byline stamp (round 15, check16/07). */
export function isoFromMetaRow(line: string): string | null {
  for (const part of line.split(ROW_PARTS)) {
    const p = part.trim();
    if (!/\d{4}/u.test(p)) continue;
    const iso = isoFromHeader(p) ?? isoFromByline(p);
    if (iso !== null) return iso;
  }
  return null;
}
const ROW_PARTS = /\s[|·•]\s/u;

/** The date of the post-meta row among the removals from `from` on (null when none gives one). */
export function isoFromDroppedRow(removed: ReadonlyArray<{ rule: string; text: string }>, from: number): string | null {
  for (let k = from; k < removed.length; k++) if (removed[k]!.rule === 'post-meta-row') return isoFromMetaRow(removed[k]!.text);
  return null;
}
