// Calendar periods for the timeline. Dates are calendar days as the articles give them (Indonesian news
// dates its stories in local time, Asia/Jakarta, UTC+7 without daylight saving), so a day never moves
// between periods: weeks start on Monday (ISO 8601), months on the 1st.
export type Granularity = 'week' | 'month';

const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The UTC midnight of an ISO calendar day (`2024-10-03`), or null when it is not one (`2024-02-30`). */
export function utc(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // 2024-02-30 would roll over to March: only a real calendar day is a date
  return new Date(t).toISOString().slice(0, 10) === iso ? t : null;
}
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The Monday starting the week of an ISO date (`2024-10-03` → `2024-09-30`), or null. */
export function weekOf(date: string | null): string | null {
  const t = date ? utc(date) : null;
  if (t === null) return null;
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return iso(t - dow * DAY);
}

/** `YYYY-MM` of an ISO date, or null. */
export function monthOf(date: string | null): string | null {
  return date && utc(date) !== null ? date.slice(0, 7) : null;
}

/** The period key of a date, at a granularity. */
export const periodOf = (date: string | null, g: Granularity): string | null => (g === 'week' ? weekOf(date) : monthOf(date));

/** [start, end) of a period key as UTC instants (for the time axis). */
export function periodBounds(key: string, g: Granularity): [Date, Date] {
  if (g === 'week') {
    const t = utc(key)!;
    return [new Date(t), new Date(t + 7 * DAY)];
  }
  const [y, m] = key.split('-').map(Number) as [number, number];
  return [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))];
}
