// Date parsers, one per written form. Each has a global `pattern` compiled once at load and an
// `extract(match, text)` that turns a match into a candidate or rejects it (null). Candidates carry
// only what was WRITTEN (day, month, year, weekday, relative cue); years are inferred, kinds
// assigned and times attached later by the refiners (refiners.ts), in the order fixed in index.ts.
import {
  ANAPHORIC_DAYS,
  DATE_CUES,
  DOCUMENT_NUMBER_CUES,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  RELATIVE_DAYS,
  RELATIVE_PAST,
  RELATIVE_UNITS,
  TIME_CUES,
  TIME_ZONES,
  WEEKDAYS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_FOLLOWERS,
  WEEKDAY_LEADS,
} from '../../lexicon/calendar.js';
import { NUMERAL_UNITS } from '../../lexicon/numerals.js';
import { expandYear } from './daymath.js';
import { WB, WE, alternation, casedAlternation, lookup } from './text.js';

export type Relative =
  /** `kemarin`, `2 hari lalu`: publication date + offset. */
  | { kind: 'days'; offset: number }
  /** `pekan lalu`, `bulan lalu`: no single day. */
  | { kind: 'vague' }
  /** A bare weekday (`, Selasa.`), resolved against the publication date. */
  | { kind: 'weekday'; dir: 'same' | 'past' | 'future' }
  /** `hari itu`: the date named last before it. */
  | { kind: 'anaphora' };

export interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  day: number | null;
  month: number | null;
  /** Four-digit year as written (two-digit years already expanded), null when not written. */
  year: number | null;
  /** Weekday written next to the date (0 = Sunday), null when none. */
  weekday: number | null;
  relative: Relative | null;
}

export interface DateParser {
  name: string;
  pattern: RegExp;
  extract(m: RegExpExecArray, text: string): DateCandidate | DateCandidate[] | null;
}

export interface TimeCandidate {
  start: number;
  end: number;
  time: string;
  /** True when `pukul`/`jam` or a time zone was written: such a time may attach to any date in the
   *  sentence; an uncued `10:15` only to a date right before it. */
  cued: boolean;
}

// ---- shared pattern pieces -------------------------------------------------------------------

const WD = casedAlternation(Object.keys(WEEKDAYS));
const WDA = casedAlternation(Object.keys(WEEKDAY_ABBREVIATIONS));
const MON = `${casedAlternation(Object.keys(MONTH_NAMES))}|${casedAlternation(Object.keys(MONTH_ABBREVIATIONS))}`;
/** After a numeric date: no more digits, letters, slashes, or `.5`-style continuations. */
const NUM_END = '(?![\\p{L}\\p{N}/\\-]|[.,]\\p{N})';
/** Before a numeric date: not inside a longer number, code or path. */
const NUM_START = '(?<![\\p{L}\\p{N}/.,\\-])';

const DOC_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(DOCUMENT_NUMBER_CUES)})\\.?\\s{0,2}:?\\s{0,2}$`, 'iu');

function weekdayOfName(s: string | undefined): number | null {
  if (!s) return null;
  const w = lookup(WEEKDAYS, s) ?? lookup(WEEKDAY_ABBREVIATIONS, s);
  return w === undefined ? null : w;
}

function monthOfName(s: string): { month: number; short: boolean } | null {
  const full = lookup(MONTH_NAMES, s);
  if (full !== undefined) return { month: full, short: false };
  const short = lookup(MONTH_ABBREVIATIONS, s);
  return short === undefined ? null : { month: short, short: true };
}

function yearOf(s: string | undefined): number | null {
  if (!s) return null;
  return expandYear(Number(s), s.length);
}

function dm(d: string | undefined, m: string | undefined): { day: number; month: number } | null {
  const day = Number(d);
  const month = Number(m);
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return null;
  return { day, month };
}

function base(m: RegExpExecArray, rule: string): Pick<DateCandidate, 'start' | 'end' | 'rule'> {
  return { start: m.index, end: m.index + m[0].length, rule };
}

// ---- parsers ---------------------------------------------------------------------------------

/** `Kamis (03/10/24)`, `Kamis (3/10/2024)`, `Selasa (6/8)`, `Jum'at (4/10/2024)`. */
const weekdayParen: DateParser = {
  name: 'weekday-paren',
  pattern: new RegExp(
    `${WB}(?<wd>${WD})\\s{0,2},?\\s{0,2}\\(\\s{0,2}(?<d>\\d{1,2})\\s?(?<sep>[/.\\-])\\s?(?<m>\\d{1,2})` +
      `(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?\\s{0,2}\\)`,
    'gu',
  ),
  extract(m) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v) return null;
    return { ...base(m, this.name), ...v, year: yearOf(g.y), weekday: weekdayOfName(g.wd), relative: null };
  },
};

/** `Kamis, 3/10/2024`, `Kamis 03-10-24` (weekday, no parentheses, year required). */
const weekdayNumeric: DateParser = {
  name: 'weekday-numeric',
  pattern: new RegExp(
    `${WB}(?<wd>${WD})\\s{0,2},?\\s{1,2}(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})${NUM_END}`,
    'gu',
  ),
  extract(m) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v) return null;
    return { ...base(m, this.name), ...v, year: yearOf(g.y), weekday: weekdayOfName(g.wd), relative: null };
  },
};

/** `05/11/2024`, `5-11-2024`, `05.11.2024`: day first, four-digit year, not a document number. */
const numericDate: DateParser = {
  name: 'numeric-date',
  pattern: new RegExp(`${NUM_START}(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d{2})${NUM_END}`, 'gu'),
  extract(m, text) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v) return null;
    if (DOC_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
    return { ...base(m, this.name), ...v, year: yearOf(g.y), weekday: null, relative: null };
  },
};

/** After `tanggal`/`tgl`: `tanggal 3/10`, `tgl. 03.10.24`; after `pada` only with a year (`pada 03/10/24`). */
const cuedNumeric: DateParser = {
  name: 'cued-numeric',
  pattern: new RegExp(
    `(?<=(?<![\\p{L}\\p{N}])(?<cue>${casedAlternation([...DATE_CUES, 'pada'])})\\.?\\s{0,2}:?\\s{0,2})` +
      `${NUM_START}(?<d>\\d{1,2})(?<sep>[/.\\-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?${NUM_END}`,
    'gu',
  ),
  extract(m) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v) return null;
    if (!g.y && (g.sep === '.' || g.cue!.toLowerCase() === 'pada')) return null;
    return { ...base(m, this.name), ...v, year: yearOf(g.y), weekday: null, relative: null };
  },
};

/** `Selasa, 5 November 2024`, `27 November 2024`, `5 Nop 2024`, `5-7 November 2024`, `27 November`. */
const dayMonthName: DateParser = {
  name: 'day-month-name',
  pattern: new RegExp(
    `${WB}(?:(?<wd>${WD})\\s{0,2},?\\s{1,2}|(?<wda>${WDA})\\.?\\s{0,2},\\s{0,2})?` +
      `(?:(?<d0>\\d{1,2})\\s{0,2}(?:-|–|—|s\\.d\\.?|s/d|hingga|sampai|dan)\\s{0,2})?` +
      `(?<d>\\d{1,2})\\s{1,2}(?<mon>${MON})(?<dot>\\.)?(?:\\s{0,2},?\\s{1,2}(?<y>\\d{4})(?![\\p{L}\\p{N}]))?${WE}`,
    'dgu',
  ),
  extract(m) {
    const g = m.groups!;
    const mon = monthOfName(g.mon!);
    if (!mon) return null;
    // a short month (`Jan`, `Des`) needs a year or a dot: it is also a name or a syllable
    if (mon.short && !g.y && !g.dot) return null;
    const day = Number(g.d);
    if (day < 1 || day > 31) return null;
    const year = yearOf(g.y);
    const weekday = weekdayOfName(g.wd ?? g.wda);
    if (g.d0 === undefined) {
      return { ...base(m, this.name), day, month: mon.month, year, weekday, relative: null };
    }
    // a range: the first day takes the whole span (and the weekday), the last day its own part
    const d0 = Number(g.d0);
    if (d0 < 1 || d0 > 31 || d0 >= day) return null;
    const lastStart = m.indices?.groups?.d?.[0] ?? m.index;
    return [
      { ...base(m, this.name), day: d0, month: mon.month, year, weekday, relative: null },
      { start: lastStart, end: m.index + m[0].length, rule: `${this.name}-range-end`, day, month: mon.month, year, weekday: null, relative: null },
    ];
  },
};

/** English order: `Friday, November 22, 2024`, `November 22, 2024`, `Nov. 22, 2024`. */
const monthDayYear: DateParser = {
  name: 'month-day-year',
  pattern: new RegExp(
    `${WB}(?:(?<wd>${WD}|${WDA})\\.?\\s{0,2},\\s{0,2})?(?<mon>${MON})(?<dot>\\.)?\\s{1,2}(?<d>\\d{1,2})(?:st|nd|rd|th)?` +
      `\\s{0,2},\\s{0,2}(?<y>\\d{4})${WE}`,
    'gu',
  ),
  extract(m) {
    const g = m.groups!;
    const mon = monthOfName(g.mon!);
    const day = Number(g.d);
    if (!mon || day < 1 || day > 31) return null;
    return { ...base(m, this.name), day, month: mon.month, year: yearOf(g.y), weekday: weekdayOfName(g.wd), relative: null };
  },
};

/** ISO and year-first: `2024-11-27`, `2024-11-27T10:00`, `2024/11/27`. */
const isoDate: DateParser = {
  name: 'iso-date',
  pattern: new RegExp(`${NUM_START}(?<y>(?:19|20)\\d{2})(?<sep>[-/])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\p{N}]|[/\\-.]\\p{N})`, 'gu'),
  extract(m) {
    const g = m.groups!;
    const v = dm(g.d, g.m);
    if (!v) return null;
    return { ...base(m, this.name), ...v, year: Number(g.y), weekday: null, relative: null };
  },
};

const FOLLOW = alternation(Object.keys(WEEKDAY_FOLLOWERS));
/** `Minggu lalu`/`Minggu depan` mean "last/next week", not a Sunday. */
const WEEK_SENSE = new Set(['lalu', 'depan', 'mendatang', 'nanti', 'besok', 'kemarin']);

/** A bare weekday in a date position: `di Pangkalpinang, Selasa.`, `pada Kamis malam`, `(Sabtu)`. */
const bareWeekday: DateParser = {
  name: 'weekday',
  pattern: new RegExp(
    `(?:(?<=,\\s{0,2})|(?<=(?<![\\p{L}\\p{N}])(?:${casedAlternation(WEEKDAY_LEADS)})\\s{1,2})|(?<=\\(\\s?))` +
      `(?<wd>${WD})(?=\\s{0,2}(?:[.,;:)!?\\n]|$)|\\s{1,2}(?<fol>${FOLLOW})${WE})`,
    'gu',
  ),
  extract(m) {
    const g = m.groups!;
    const weekday = weekdayOfName(g.wd);
    if (weekday === null) return null;
    const fol = g.fol?.toLowerCase();
    if (weekday === 0 && /^minggu$/i.test(g.wd!) && fol !== undefined && WEEK_SENSE.has(fol)) return null;
    const dir = fol === undefined ? 'same' : WEEKDAY_FOLLOWERS[fol] ?? 'same';
    return { ...base(m, this.name), day: null, month: null, year: null, weekday, relative: { kind: 'weekday', dir } };
  },
};

const NUM_WORDS: Record<string, number> = {};
for (const [w, v] of Object.entries(NUMERAL_UNITS)) if (v >= 1 && v <= 11) NUM_WORDS[w] = v;

/** `kemarin`, `hari ini`, `besok`, `lusa`, `2 hari lalu`, `dua hari yang lalu`, `sepekan lalu`,
 *  `pekan lalu`, `bulan lalu`, `hari itu`. */
const relative: DateParser = {
  name: 'relative',
  pattern: new RegExp(
    `${WB}(?:(?<ana>${alternation(ANAPHORIC_DAYS)})|(?<day>${alternation(Object.keys(RELATIVE_DAYS))})|` +
      `(?:(?<n>\\d{1,2}|${alternation(Object.keys(NUM_WORDS))})\\s{1,2}|(?<se>se))?(?<unit>${alternation(Object.keys(RELATIVE_UNITS))})` +
      `\\s{1,2}(?<past>${alternation(RELATIVE_PAST)}))${WE}`,
    'giu',
  ),
  extract(m) {
    const g = m.groups!;
    const b = { ...base(m, this.name), day: null, month: null, year: null, weekday: null };
    if (g.ana) return { ...b, relative: { kind: 'anaphora' } };
    if (g.day) {
      const off = lookup(RELATIVE_DAYS, g.day);
      return off === undefined ? null : { ...b, relative: { kind: 'days', offset: off } };
    }
    const unit = lookup(RELATIVE_UNITS, g.unit!);
    if (!unit) return null;
    let n = 1;
    if (g.n) n = /^\d/.test(g.n) ? Number(g.n) : lookup(NUM_WORDS, g.n) ?? NaN;
    if (!(n >= 1 && n <= 60)) return null;
    if (!unit.exact) return { ...b, relative: { kind: 'vague' } };
    return { ...b, relative: { kind: 'days', offset: -n * unit.days } };
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
  bareWeekday,
  relative,
];

/** `pukul 10.15 WIB`, `jam 09:00`, `10:15 WIB`, `10:15`. */
export const TIME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.,:])(?:(?<cue>${casedAlternation(TIME_CUES)})\\.?\\s{0,2})?(?<h>\\d{1,2})(?<sep>[.:])(?<min>\\d{2})` +
    `(?![\\p{N}]|[.:]\\p{N})(?:\\s{0,2}(?<tz>${alternation(TIME_ZONES)})${WE})?(?![\\p{L}\\p{N}])`,
  'gu',
);

export function parseTimes(text: string): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  TIME_PATTERN.lastIndex = 0;
  for (let m = TIME_PATTERN.exec(text); m !== null; m = TIME_PATTERN.exec(text)) {
    const g = m.groups!;
    const h = Number(g.h);
    const min = Number(g.min);
    if (h > 23 || min > 59) continue;
    const cued = g.cue !== undefined || g.tz !== undefined;
    // an uncued dotted number (`10.30`, `32.70`) is a measurement, not a time
    if (!cued && g.sep !== ':') continue;
    out.push({ start: m.index, end: m.index + m[0].length, time: `${String(h).padStart(2, '0')}:${g.min}`, cued });
  }
  return out;
}

/** Run every parser over the text (each pattern once). */
export function parseDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const p of DATE_PARSERS) {
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(text); m !== null; m = p.pattern.exec(text)) {
      if (m[0].length === 0) {
        p.pattern.lastIndex++;
        continue;
      }
      const r = p.extract(m, text);
      if (r === null) continue;
      if (Array.isArray(r)) out.push(...r);
      else out.push(r);
    }
  }
  return out;
}
