// Refiner (after resolveCalendar, before resolveRelative): a day or month without a year followed by the year in
// words, `Oktober tahun lalu`, `Mei tahun ini`, `Februari tahun depan`, `12 Oktober tahun lalu`, `17 Agustus tahun
// 1945`, is one date of that year (2023-10 when published in 2024), not the month nearest publication and a second
// mention for the year. The year is written (`tahun 1945`: certain when the day and month are too) or counted from
// the publication date (`tahun lalu`: certain false). Before resolveRelative, so `sehari kemudian` after it counts
// from the joined date.
import { isValidDate, parseIso, toIso, weekdayOf } from './daymath.js';
import { copyOf, type WorkDate } from './refiners.js';

/** What may stand between the date and its year words: a space or two. */
const GAP = /^[ \t\u00a0]{1,2}$/u;
/** The year words: `tahun` then a year, or `tahun` and a direction (not `akhir tahun lalu`: a period of its own). */
const YEAR_WORD = /^tahun\s/iu;

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function joinYearWords(list: WorkDate[], text: string, published: string | null): WorkDate[] {
  const pub = parseIso(published);
  let out: WorkDate[] | null = null;
  for (let i = 0; i + 1 < list.length; i++) {
    const c = list[i]!;
    const n = list[i + 1]!;
    if (c.relative !== null || c.month === null || c.year !== null || (c.toward !== null && c.toward !== 'since')) continue;
    if (n.start < c.end || !GAP.test(text.slice(c.end, n.start)) || !YEAR_WORD.test(text.slice(n.start, n.end))) continue;
    let y: number | null = null;
    let written = false;
    if (n.relative === null && n.year !== null && n.month === null) {
      y = n.year;
      written = true;
    } else if (n.relative !== null && n.relative.kind === 'period' && n.relative.precision === 'year' && pub !== null) {
      y = pub.y + n.relative.offset;
    }
    if (y === null) continue;
    if (c.day !== null && !isValidDate(y, c.month, c.day)) continue;
    out ??= list.slice();
    const joined = copyOf(c);
    joined.year = written ? y : null;
    joined.iso = c.day === null ? `${y}-${pad2(c.month)}` : toIso(y, c.month, c.day);
    joined.certain = written;
    joined.weekdayMismatch = c.weekday !== null && c.day !== null && weekdayOf(y, c.month, c.day) !== c.weekday;
    joined.end = n.end;
    out[i] = joined;
    const dropped = copyOf(n);
    dropped.drop = true;
    out[i + 1] = dropped;
    i++;
  }
  return out === null ? list : out.filter((c) => !c.drop);
}
