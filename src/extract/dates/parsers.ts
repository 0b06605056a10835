// Date parsers, one per written form. Each has a global `pattern` compiled once at load and an
// `extract(match, text)` that turns a match into a candidate or rejects it (null). Candidates carry
// only what was WRITTEN (day, month, year, weekday, relative cue); years are inferred, kinds
// assigned and times attached later by the refiners (refiners.ts), in the order fixed in index.ts.
import {
  DATE_CUES, DATE_OWN_LEADS, FUTURE_CLAUSE_CUES, MONTH_DIRECTIONS, MONTH_LEADS, MONTH_NAMES, NOW_WORDS, OLD_YEAR_FOLLOWERS, ORDINAL_SUFFIXES, PERIOD_MODIFIERS,
  SINCE_LEADS, SPAN_END_WORDS, TIME_CUES, TIME_ZONES, YEAR_LEADS,
} from '../../lexicon/calendar.js';
import { TextIndex } from '../../text/index.js';
import { At, candidatesOf, execAt, stickyOf } from './scan.js';
import { century } from './century.js';
import { lastNight } from './last-night.js';
import { dayOfMonth } from './day-of-month.js';
import { datelineParen } from './dateline-paren.js';
import { yearRange } from './year-range.js';
import { relative } from './relative.js';
import { WE, alternation, lookup } from './text.js';
import { bareWeekday } from './weekday.js';
import { afterDay, before, beforeWeekday, candidate, daySeparator, daySpace, dm, DOC_BEFORE, isDigitAt, isoYearSeparator, LETTER_OR_DIGIT, MODIFIER_BEFORE, MON, MONTH_ONLY_RANGE_END_AFTER, MONTH_RANGE_BEFORE, MONTH_RANGE_END_AFTER, monthOfName, NUM_END, NUM_START, numberStart, PART_OF_DAY, RANGE_BEFORE, relativeOf, unitAt, UPPER_FIRST, WD, WEEKDAY_BEFORE_DAY, WEEKDAY_BEFORE_MONTH, weekdayOfName, whole, wordStart, yearOf, LAW_YEAR_BEFORE, YEAR_COMPARISON_BEFORE, YEAR_COMPARISON_LEAD, YEAR_LEAD_BEFORE, YEAR_WORDS_AFTER } from './parse-kit.js';
import type { DateCandidate, DateParser, Relative, TimeCandidate, Toward } from './parse-kit.js';
import { YEAR_LIST_CONJUNCTIONS } from '../../lexicon/date-words.js';
export { wordStart } from './parse-kit.js';
export type { DateCandidate, DateParser, Relative, TimeCandidate, Toward, WeekdayDir } from './parse-kit.js';

// ---- parsers ---------------------------------------------------------------------------------


/** Shared by the two weekday + day/month forms: groups `wd`, `d`, `m`, optional `y`. */
function weekdayDayMonth(m: RegExpExecArray, text: string, rule: string) {
  const g = m.groups!;
  const v = dm(g.d, g.m);
  if (!v || !wordStart(text, m.index)) return null;
  return whole(m, rule, v.day, v.month, yearOf(g.y), weekdayOfName(g.wd));
}

/** `Kamis (03/10/24)`, `Kamis (3/10/2024)`, `Selasa (6/8)`, `Jum'at (4/10/2024)`; a range of days `Senin-Rabu (4-6/11)`,
 *  `Jumat (8-9/11/2024)` (and `-range-end` for its last day). */
const weekdayParen: DateParser = {
  name: 'weekday-paren',
  // kept only at a word start (`wordStart`), and the weekday is followed by a space, `,`, `(` or a dash
  at: At.Weekday,
  pattern: new RegExp(
    `(?<wd>${WD})(?:(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,2}(?:s\\.d\\.?|s\\/d|hingga|sampai)\\s{1,2})(?<wd2>${WD}))?${PART_OF_DAY}?\\s{0,2},?\\s{0,2}\\(\\s{0,2}` +
      `(?:(?<d0>\\d{1,2})\\s{0,2}[-–]\\s{0,2})?(?<d>\\d{1,2})\\s?(?<sep>[/.\\-])\\s?(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?\\s{0,2}\\)` +
      // its part of the day after it joins the span (`Minggu (1/12/2024) malam`: one expression)
      `(?:${PART_OF_DAY}${WE})?`,
    'dgiu',
  ),
  extract(m, text) {
    const g = m.groups!;
    if (g.d0 === undefined) return g.wd2 === undefined ? weekdayDayMonth(m, text, this.name) : null;
    // a range of days (`Senin-Rabu (4-6/11)`, `Jumat (8-9/11/2024)`): the first day takes the whole span, the last
    // its weekday and day; a dash inside the range is no date separator (`(4-6-11)` is refused)
    const v = dm(g.d, g.m);
    const d0 = Number(g.d0);
    if (!v || g.sep === '-' || !(d0 >= 1 && d0 < v.day) || !wordStart(text, m.index)) return null;
    const end = m.index + m[0].length;
    const y = yearOf(g.y);
    const endStart = m.indices!.groups!.wd2?.[0] ?? m.indices!.groups!.d![0];
    return [
      candidate(m.index, end, this.name, d0, v.month, y, weekdayOfName(g.wd), null),
      candidate(endStart, end, `${this.name}-range-end`, v.day, v.month, y, g.wd2 === undefined ? null : weekdayOfName(g.wd2), null),
    ];
  },
};

/** `Kamis, 3/10/2024`, `Kamis 03-10-24` (weekday, no parentheses, year required). */
const weekdayNumeric: DateParser = {
  name: 'weekday-numeric',
  // kept only at a word start, and the weekday is followed by a space or `,`
  at: At.Weekday,
  pattern: new RegExp(
    `(?<wd>${WD})\\s{0,2},?\\s{1,2}(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})${NUM_END}`,
    'giu',
  ),
  extract(m, text) {
    return weekdayDayMonth(m, text, this.name);
  },
};

/** `05/11/2024`, `5-11-2024`, `05.11.2024`: day first, four-digit year, not a document number; a range of days
 *  `8-9/11/2024` (and `-range-end` for its last day). */
const numericDate: DateParser = {
  name: 'numeric-date',
  // the `NUM_START` look-behind refuses a digit right before
  at: At.Digits,
  // (an en dash only opens a range of days: `8–9/11/2024`)
  maybe: (text, p) => daySeparator(text, p) || unitAt(text, afterDay(text, p)) === 0x2013,
  pattern: new RegExp(
    `${NUM_START}(?:(?<d0>\\d{1,2})[-–])?(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d{2})${NUM_END}`,
    'dgu',
  ),
  extract(m, text) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v) return null;
    if (DOC_BEFORE.test(before(text, m.index))) return null;
    if (g.d0 === undefined) return whole(m, this.name, v.day, v.month, yearOf(g.y), null);
    // a range of days, `8-9/11/2024`: its first day over the whole span and its last day (a dash as the date separator
    // and a range running backwards are refused: the last day alone is then read one character on)
    const d0 = Number(g.d0);
    if (g.sep === '-' || !(d0 >= 1 && d0 < v.day)) return null;
    const end = m.index + m[0].length;
    return [
      candidate(m.index, end, this.name, d0, v.month, yearOf(g.y), null, null),
      candidate(m.indices!.groups!.d![0], end, `${this.name}-range-end`, v.day, v.month, yearOf(g.y), null, null),
    ];
  },
};

/** After `tanggal`/`tgl`: `tanggal 3/10`, `tgl. 03.10.24`; after `pada` only with a year (`pada 03/10/24`). */
const cuedNumeric: DateParser = {
  name: 'cued-numeric',
  // kept only at a word start, and with `.`, `:` or a space after the cue (`pada3/10` is refused)
  at: At.DateCue,
  pattern: new RegExp(
    `(?<cue>${alternation([...DATE_CUES, 'pada'])})\\.?\\s{0,2}:?\\s{0,2}` +
      `(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?${NUM_END}`,
    'dgiu',
  ),
  extract(m, text) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v || !wordStart(text, m.index)) return null;
    if (!g.y && (g.sep === '.' || g.cue!.toLowerCase() === 'pada')) return null;
    const start = m.indices!.groups!.d![0];
    if (start === m.index + g.cue!.length) return null; // `pada3/10`: no separator after the cue
    return candidate(start, m.index + m[0].length, this.name, v.day, v.month, yearOf(g.y), null, null);
  },
};

/** The year of the first date of a range (or a list of two dates) whose year is written once, at its end (`25
 *  September–23 November 2024`, `25 September hingga 23 November 2024`, `antara 25 September dan 5 Oktober 2024`:
 *  2024; `28 Desember s.d. 3 Januari 2025`: 2024), else null. As written, not inferred: the date is certain. An end
 *  before the start in the same month (`25 November hingga 3 November 2024`) is no range. */
function rangeEndYear(text: string, end: number, day: number, month: number): number | null {
  const r = MONTH_RANGE_END_AFTER.exec(text.slice(end, end + 64));
  if (r === null) return null;
  const mon = monthOfName(r.groups!.mon!);
  if (mon === null) return null;
  const y = Number(r.groups!.y);
  if (mon.month === month) return Number(r.groups!.d) > day ? y : null;
  return mon.month < month ? y - 1 : y;
}

/** The year of the first month of a range of months whose year is written once, at its end (`Februari hingga akhir
 *  Juni 2018`: 2018; `November 2023 … `: its own; `Desember s.d. Februari 2025`: 2024), else null. */
function monthRangeEndYear(text: string, end: number, month: number): number | null {
  const r = MONTH_ONLY_RANGE_END_AFTER.exec(text.slice(end, end + 48));
  if (r === null) return null;
  const mon = monthOfName(r.groups!.mon!);
  if (mon === null || mon.month === month) return null;
  const y = Number(r.groups!.y);
  return mon.month < month ? y - 1 : y;
}

/** `Selasa, 5 November 2024`, `27 November 2024`, `5 Nop 2024`, `5-7 November 2024`, `27 November`. */
const dayMonthName: DateParser = {
  name: 'day-month-name',
  // kept only after a non-digit: `numberStart`, or a range before it, which ends in a separator
  at: At.Digits,
  maybe: daySpace,
  pattern: new RegExp(
    `(?<d>\\d{1,2})\\s{1,2}(?<mon>${MON})(?<dot>\\.)?(?:\\s{0,2},?\\s{1,2}(?<y>\\d{4})(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])`,
    'giu',
  ),
  extract(m, text) {
    const g = m.groups!;
    const mon = monthOfName(g.mon!);
    if (!mon) return null;
    const day = Number(g.d);
    if (day < 1 || day > 31) return null;
    const year = yearOf(g.y) ?? rangeEndYear(text, m.index + m[0].length, day, mon.month);
    // a short month (`Jan`, `Des`) needs a year (its own or its range's: `25 Sep s.d. 3 Okt 2024`), a dot or a
    // direction (`3 Okt lalu`): it is also a name or a syllable
    if (mon.short && year === null && !g.dot && towardAfter(text, m.index + m[0].length) === null) return null;
    // a full month name takes no dot (`… 23 Juni.` ends a sentence)
    const end = m.index + m[0].length - (g.dot !== undefined && !mon.short && g.y === undefined ? 1 : 0);
    let start = m.index;
    // a range: `5-7 November 2024`
    let d0: number | null = null;
    const r = RANGE_BEFORE.exec(before(text, start));
    if (r) {
      const rs = start - r[0].length;
      const v = Number(r.groups!.d0);
      if (numberStart(text, rs) && v >= 1 && v < day) {
        d0 = v;
        start = rs;
      }
    }
    if (d0 === null && !numberStart(text, m.index) && !MONTH_RANGE_BEFORE.test(before(text, m.index))) return null;
    // a weekday before it: `Selasa, 5 November 2024`
    let weekday: number | null = null;
    const w = WEEKDAY_BEFORE_DAY.exec(beforeWeekday(text, start));
    if (w && wordStart(text, start - w[0].length)) {
      weekday = weekdayOfName(w.groups!.wd ?? w.groups!.wda);
      start -= w[0].length;
    }
    const toward = year === null ? (towardAfter(text, end) ?? towardBefore(text, start, end)) : null;
    if (d0 === null) return candidate(start, end, this.name, day, mon.month, year, weekday, null, toward);
    // the first day takes the whole span (and the weekday), the last day its own part
    return [
      candidate(start, end, this.name, d0, mon.month, year, weekday, null, toward),
      candidate(m.index, end, `${this.name}-range-end`, day, mon.month, year, null, null, toward),
    ];
  },
};

/** English order: `Friday, November 22, 2024`, `November 22, 2024`, `Nov. 22, 2024`. */
const monthDayYear: DateParser = {
  name: 'month-day-year',
  // kept only at a word start, and the month is followed by `.` or a space
  at: At.Month,
  pattern: new RegExp(
    `(?<mon>${MON})(?<dot>\\.)?\\s{1,2}(?<d>\\d{1,2})(?:${alternation(ORDINAL_SUFFIXES)})?\\s{0,2},\\s{0,2}(?<y>\\d{4})${WE}`,
    'giu',
  ),
  extract(m, text) {
    const g = m.groups!;
    if (!wordStart(text, m.index)) return null;
    const mon = monthOfName(g.mon!);
    const day = Number(g.d);
    if (!mon || day < 1 || day > 31) return null;
    let start = m.index;
    let weekday: number | null = null;
    const w = WEEKDAY_BEFORE_MONTH.exec(before(text, start));
    if (w && wordStart(text, start - w[0].length)) {
      weekday = weekdayOfName(w.groups!.wd);
      start -= w[0].length;
    }
    return candidate(start, m.index + m[0].length, this.name, day, mon.month, yearOf(g.y), weekday, null);
  },
};

/** ISO and year-first: `2024-11-27`, `2024-11-27T10:00`, `2024/11/27`. */
const isoDate: DateParser = {
  name: 'iso-date',
  // the `NUM_START` look-behind refuses a digit right before
  at: At.Digits,
  maybe: isoYearSeparator,
  pattern: new RegExp(`${NUM_START}(?<y>(?:19|20)\\d{2})(?<sep>[-/])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\p{N}]|[/\\-.]\\p{N})`, 'gu'),
  extract(m) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v) return null;
    return whole(m, this.name, v.day, v.month, Number(g.y), null);
  },
};


const MONTH_FULL = alternation(Object.keys(MONTH_NAMES));
const MONTH_LEAD_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...MONTH_LEADS, ...PERIOD_MODIFIERS])})\\s{1,2}$`,
  'iu',
);
const MONTH_DIR = alternation(Object.keys(MONTH_DIRECTIONS));
/** The direction word after a date without a year (`Mei lalu`, `24 Juli mendatang`). */
const DIRECTION_AFTER = new RegExp(`^\\s{1,2}(?<dir>${MONTH_DIR})${WE}`, 'iu');

/** A span's start word right before a date without a year (`sejak Januari hingga kini`, `sejak 14 Oktober`). */
const SINCE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(SINCE_LEADS)})\\s{1,2}(?:(?:${alternation(DATE_OWN_LEADS)})\\s{1,2})?$`, 'iu');
/** A future cue earlier in the sentence (`Posko akan dibuka sejak 28 Desember`): a planned span. */
const FUTURE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(FUTURE_CLAUSE_CUES)})(?![\\p{L}\\p{N}])[^.!?\\n]*$`, 'iu');
/** A span's end after the date that is not now (`sejak 25 September hingga 23 November`, a schedule): its start may
 *  lie either side of publication. (`hingga kini` runs up to now.) */
const CLOSED_END_AFTER = new RegExp(
  `^\\s{0,2},?\\s{1,2}(?:${alternation(SPAN_END_WORDS)})\\s{1,2}(?!(?:${alternation(NOW_WORDS)})(?![\\p{L}\\p{N}]))`,
  'iu',
);
/** How far back a future cue is looked for before `sejak` (about a clause). */
const SINCE_CUE_REACH = 80;

/** `sejak` before a date without a year: the span started before publication (paradigm12: "Bawaslu menerima 12
 *  laporan sejak Januari hingga kini", published 9 December, is last January, not the next one nearest publication). */
function towardBefore(text: string, start: number, end: number): 'since' | null {
  const b = before(text, start);
  if (!SINCE_BEFORE.test(b) || CLOSED_END_AFTER.test(text.slice(end, end + 24))) return null;
  return FUTURE_BEFORE.test(text.slice(Math.max(0, start - SINCE_CUE_REACH), start)) ? null : 'since';
}

function towardAfter(text: string, end: number): 'past' | 'future' | null {
  const d = DIRECTION_AFTER.exec(text.slice(end, end + 24));
  if (!d) return null;
  return lookup(MONTH_DIRECTIONS, d.groups!.dir!) ?? null;
}

/** A month without a day: `Oktober 2024`, `Oktober-November 2024`, `awal Januari`, `pada Maret`,
 *  `Mei lalu`, `Okt 2024`. Without a year the month must be capitalised and cued (a lead or modifier
 *  before it, a direction after it). */
const monthName: DateParser = {
  name: 'month',
  // kept only at a word start, and the month is followed by a space, `-`, or the end of a word
  at: At.Month,
  pattern: new RegExp(
    `(?<mon>${MON})(?:\\s{0,2}[-–]\\s{0,2}(?<mon2>${MONTH_FULL}))?(?:\\s{1,2}(?<y>(?:1\\d|20)\\d{2}))?(?![\\p{L}\\p{N}]|[.,:/\\-]\\p{N})`,
    'dgiu',
  ),
  extract(m, text) {
    const g = m.groups!;
    if (!wordStart(text, m.index)) return null;
    const mon = monthOfName(g.mon!);
    if (!mon) return null;
    const mon2 = g.mon2 === undefined ? null : monthOfName(g.mon2);
    const end = m.index + m[0].length;
    // `Februari hingga akhir Juni 2018`: the first month of a range takes the year written on its end, as written
    const year = g.y !== undefined ? Number(g.y) : mon2 === null ? monthRangeEndYear(text, end, mon.month) : null;
    let start = m.index;
    const mo = MODIFIER_BEFORE.exec(before(text, start));
    if (mo) start -= mo[0].length;
    let toward: Toward = null;
    if (year === null) {
      // a short month (`Okt`), a lower-case word or an uncued name (`April`, `Juni` are also names) is no date
      if (mon.short || (mon2 !== null && mon2.short) || !UPPER_FIRST.test(g.mon!)) return null;
      toward = towardAfter(text, end) ?? towardBefore(text, start, end);
      // (`masuk Desember tahun lalu`: the year in words after it cues it as a lead would, and joins it: year-word.ts)
      if (toward === null && !mo && !MONTH_LEAD_BEFORE.test(before(text, m.index)) && !YEAR_WORDS_AFTER.test(text.slice(end, end + 24))) return null;
    }
    if (mon2 === null) return candidate(start, end, this.name, null, mon.month, year, null, null, toward);
    // `Oktober-November 2024`: two months, the first takes the year of the second
    const firstEnd = m.index + g.mon!.length;
    const y0 = year !== null && mon2.month < mon.month ? year - 1 : year;
    return [
      candidate(start, firstEnd, this.name, null, mon.month, y0, null, null, toward),
      candidate(m.indices!.groups!.mon2![0], end, this.name, null, mon2.month, year, null, null, toward),
    ];
  },
};

/** The `-an` of a decade (`1990-an`). */
const DECADE_AFTER = /^-an(?![\p{L}\p{N}])/u;
/** What may follow a year before 1900: punctuation, the end, or a word of OLD_YEAR_FOLLOWERS. */
const OLD_YEAR_AFTER = new RegExp(`^(?:\\s{0,2}(?:[.,;:)!?]|$)|\\s{1,2}(?:${alternation(OLD_YEAR_FOLLOWERS)})${WE})`, 'iu');
/** A cued year and a conjunction right before a year: `pada 2018 dan 2021`, `tahun 2019, 2020, dan 2021`, `dibandingkan
 *  dengan 2019 dan 2020`. */
const YEAR_AND_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(YEAR_LEADS)}|${YEAR_COMPARISON_LEAD})\\s{1,2}(?:(?:19|20)\\d{2}\\s{0,2},\\s{0,2}){0,3}(?:19|20)\\d{2}\\s{0,2}(?:,|${alternation(YEAR_LIST_CONJUNCTIONS)}|,\\s{0,2}dan)\\s{1,2}$`,
  'iu',
);

/** A year on its own after a lead: `pada 2019`, `tahun 2004`, `sejak 2015`, `akhir 2024`. */
const yearOnly: DateParser = {
  name: 'year',
  // the `NUM_START` look-behind refuses a digit right before
  at: At.Digits,
  maybe: (text, p) => {
    if (p + 4 > text.length) return false;
    const a = text.charCodeAt(p);
    const b = text.charCodeAt(p + 1);
    return (a === 0x31 || (a === 0x32 && b === 0x30)) && isDigitAt(text, p + 1) && isDigitAt(text, p + 2) && isDigitAt(text, p + 3) && !isDigitAt(text, p + 4);
  },
  pattern: new RegExp(`${NUM_START}(?<y>(?:1\\d|20)\\d{2})(?![\\p{L}\\p{N}]|[.,:/\\-–]\\p{N})`, 'gu'),
  extract(m, text) {
    // a decade (`1990-an`, `era 2000-an`): a time expression with no calendar value, as a century
    if (m.groups!.y!.endsWith('0') && DECADE_AFTER.test(text.slice(m.index + 4, m.index + 8))) {
      return candidate(m.index, m.index + 7, 'decade', null, null, null, null, relativeOf('vague', 0, null));
    }
    // a year before 1900 (history: `pada 1522 dan …`) only where a count cannot stand: not before a noun
    if (m.groups!.y!.startsWith('1') && !m.groups!.y!.startsWith('19') && !OLD_YEAR_AFTER.test(text.slice(m.index + 4, m.index + 16))) return null;
    const look = text.slice(Math.max(0, m.index - 40), m.index);
    const lead = YEAR_LEAD_BEFORE.exec(look);
    // `pada 2018 dan 2021`: a year joined to a cued one
    // (`membandingkan dengan 2019`: a comparison's link, its verb before it, is a lead; check18/e10)
    if (!lead) return YEAR_AND_BEFORE.test(look) || YEAR_COMPARISON_BEFORE.test(look) ? candidate(m.index, m.index + m[0].length, this.name, null, null, Number(m.groups!.y), null, null) : null;
    if (LAW_YEAR_BEFORE.test(look)) return null;
    // `tahun 2004`, `akhir 2024`, `pertengahan tahun 2024` take their lead into the span; `pada 2019` does not
    const l = lead.groups!.lead!.toLowerCase().replace(/\s+/gu, ' ');
    let start = m.index;
    if (l === 'tahun' || l === 'tahun anggaran' || PERIOD_MODIFIERS.includes(l)) {
      start -= lead[0].length;
      const mo = l === 'tahun' ? MODIFIER_BEFORE.exec(before(text, start)) : null;
      if (mo) start -= mo[0].length;
    }
    return candidate(start, m.index + m[0].length, this.name, null, null, Number(m.groups!.y), null, null);
  },
};

/** Parsers in priority order: on equal spans the earlier one wins. */
export const DATE_PARSERS: readonly DateParser[] = [
  weekdayParen,
  weekdayNumeric,
  dayMonthName,
  monthDayYear,
  isoDate,
  numericDate,
  cuedNumeric,
  // a dateline's `d/m` (its own file): after the weekday-paren form, which reads `Senin (12/2)` whole
  datelineParen,
  // `tanggal 10 bulan ini` (its own file): before `relative`, which refuses the count after `tanggal`
  dayOfMonth,
  bareWeekday,
  relative,
  // after `relative`: the century word is in the same candidate list, and no relative form starts with it
  century,
  // after `relative` too (same candidate list); its own file as `century`
  lastNight,
  monthName,
  // before `yearOnly`, which refuses a year with a dash and digits after it (its own file)
  yearRange,
  yearOnly,
];

/** `pukul 10.15 WIB`, `jam 09:00`, `10:15 WIB`, `10:15`. */
export const TIME_PATTERN = new RegExp(
  `(?:(?<cue>${alternation(TIME_CUES)})\\.?\\s{0,2})?(?<h>\\d{1,2})(?<sep>[.:])(?<min>\\d{2})` +
    `(?![\\p{N}]|[.:]\\p{N})(?:\\s{0,2}(?<tz>${alternation(TIME_ZONES)})${WE})?(?![\\p{L}\\p{N}])`,
  'giu',
);
const TIME_START_BAD = /[\p{L}\p{N}.,:]/u;
const TIME_STICKY = stickyOf(TIME_PATTERN);

/** Times, as a global TIME_PATTERN loop finds them. Tried only at At.Time positions: a match that is not
 *  refused at once (by the character before it) starts at a word that begins with a cue (`pukul`, `jam10.00`)
 *  or, uncued, at a digit after a non-digit. */
export function parseTimes(src: string | TextIndex): TimeCandidate[] {
  const index = typeof src === 'string' ? new TextIndex(src) : src;
  const text = index.text;
  const out: TimeCandidate[] = [];
  execAt(TIME_STICKY, text, candidatesOf(index).lists[At.Time]!, (m) => {
    const g = m.groups!;
    if (m.index > 0 && (g.cue ? LETTER_OR_DIGIT : TIME_START_BAD).test(text[m.index - 1]!)) return m.index + 1;
    const end = m.index + m[0].length;
    const h = Number(g.h);
    const min = Number(g.min);
    if (h > 23 || min > 59) return end;
    const cued = g.cue !== undefined || g.tz !== undefined;
    // an uncued dotted number (`10.30`, `32.70`) is a measurement, not a time
    if (!cued && g.sep !== ':') return end;
    out.push({ start: m.index, end, time: `${String(h).padStart(2, '0')}:${g.min}`, cued });
    return end;
  });
  return out;
}

/** Sticky twins of the parsers' patterns, tried at their candidate positions only. */
const STICKY = new Map<DateParser, RegExp>(DATE_PARSERS.map((p) => [p, stickyOf(p.pattern)]));

/** Run every parser over the text: what a global loop over each pattern finds, tried only where the
 *  parser's kept matches can start (scan.ts). */
export function parseDates(src: string | TextIndex): DateCandidate[] {
  const index = typeof src === 'string' ? new TextIndex(src) : src;
  const text = index.text;
  const out: DateCandidate[] = [];
  const { lists } = candidatesOf(index);
  for (const p of DATE_PARSERS) {
    execAt(STICKY.get(p)!, text, lists[p.at]!, (m) => {
      if (m[0].length === 0) return m.index + 1;
      const r = p.extract(m, text);
      // a rejected match may hide a good one starting inside it: resume one character later
      if (r === null) return m.index + 1;
      if (Array.isArray(r)) out.push(...r);
      else out.push(r);
      return m.index + m[0].length;
    }, p.maybe);
  }
  return out;
}
