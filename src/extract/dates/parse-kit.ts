// The date parsers' kit: candidate and parser types, and the pattern pieces and checks the parsers
// (parsers.ts) share. Split out of parsers.ts (issue 19: no source file over 500 lines).
import { SPACE, alternationOf } from '../../text/regex.js';
import { DATE_CUES, DOCUMENT_NUMBER_CUES, MONTH_ABBREVIATIONS, MONTH_NAMES, PARTS_OF_DAY, PERIOD_MODIFIERS, RANGE_CONNECTOR_WORDS, RANGE_DASHES, RELATIVE_DIRECTIONS, RELATIVE_UNITS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, WEEKDAY_LEADS, WEEKDAY_VERB_LEADS, YEAR_COMPARISON_LINKS, YEAR_COMPARISON_VERBS, YEAR_LEADS } from '../../lexicon/calendar.js';
import { expandYear } from './daymath.js';
import { At } from './scan.js';
import { alternation, lookup } from './text.js';
import { DAY_RANGE_WORDS } from '../../lexicon/date-words.js';

/** `upcoming`: on or after the publication day (a bare weekday after a future cue: `dijadwalkan Selasa malam`
 *  on a Tuesday is that evening); `future`: strictly after it (`Selasa depan`). */
/** `nearest`: the occurrence nearest the publication day, either side (a scheduled day called off:
 *  `yang dijadwalkan Selasa batal`, see WEEKDAY_CALLED_OFF). */
export type WeekdayDir = 'same' | 'past' | 'future' | 'upcoming' | 'nearest' | 'last-week' | 'this-week' | 'next-week';

/** A relative expression. One object shape for every kind (both fields always present, built by `relative`
 *  only): the refiners switch on `kind`, and a shape per kind made that a polymorphic load that deoptimised
 *  when a rare kind (`hari itu`) first came after optimisation. */
export interface Relative {
  /** `days`: `kemarin`, `2 hari lalu` (publication date + `offset` days); `vague`: `pekan lalu` (no single
   *  value); `weekday`: a bare weekday (`, Selasa.`) resolved against the publication date in direction `dir`;
   *  `anaphora`: `hari itu`, the date named last before it; `period`: `bulan lalu`, `tahun depan` (the
   *  publication month / year + `offset` of them, a value of `precision`); `anchored`: `sehari kemudian`,
   *  `keesokan harinya` (the last written date before it + `offset` `step`s, a value of `precision`); `night`:
   *  `tadi malam` (the night just past: the day before publication, or the publication day in an evening
   *  article; see NIGHT_JUST_PAST). */
  kind: 'days' | 'vague' | 'weekday' | 'anaphora' | 'period' | 'anchored' | 'night';
  /** In units of `step` (kinds `days`, `period`, `anchored`), else 0. */
  offset: number;
  /** Direction of a bare weekday (kind `weekday`), else null. */
  dir: WeekdayDir | null;
  step: 'day' | 'month' | 'year';
  precision: 'day' | 'month' | 'year';
}

export function relativeOf(
  kind: Relative['kind'],
  offset: number,
  dir: WeekdayDir | null,
  step: Relative['step'] = 'day',
  precision: Relative['precision'] = 'day',
): Relative {
  return { kind, offset, dir, step, precision };
}

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
  /** A direction written after a date without a year (`Mei lalu`, `24 Juli mendatang`), else null:
   *  the inferred year then puts the date before / after the publication date. `since`: a span's start word before
   *  it (`sejak Januari`), read as `past` when the year is inferred from publication, but a year frame (`Pada Pilkada
   *  2017, … sejak Januari`) still gives its year, as it does to a date with no direction. */
  toward: Toward;
}

export type Toward = 'past' | 'future' | 'since' | null;

export interface DateParser {
  name: string;
  /** Where a match this parser keeps can start (see scan.ts): the pattern is only tried there. Each
   *  parser says why its kept matches cannot start anywhere else. */
  at: At;
  pattern: RegExp;
  /** A cheap test that is true wherever `pattern` can match at `p` (skips the regex elsewhere). */
  maybe?: (text: string, p: number) => boolean;
  extract(m: RegExpExecArray, text: string): DateCandidate | DateCandidate[] | null;
}

// Cheap necessary conditions for the patterns tried at digit-run starts (most digit runs are not dates).
// Every read is bounds-checked first: `charCodeAt` past the end returns NaN (which the tests would reject
// anyway), but in optimised code it is an "out of bounds" deopt, and digit runs do end texts.
export const isDigitAt = (text: string, i: number): boolean => {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
/** Where `\d{1,2}` starting at the digit `p` ends when the match goes on (a third digit never fits after it). */
export const afterDay = (text: string, p: number): number => (isDigitAt(text, p + 1) ? p + 2 : p + 1);
/** The unit at `i`, or -1 past the end. */
export const unitAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
/** `\d{1,2}[/.\-]`. */
export const daySeparator = (text: string, p: number): boolean => {
  const c = unitAt(text, afterDay(text, p));
  return c === 0x2f || c === 0x2e || c === 0x2d;
};
/** `\d{1,2}\s`: any non-ASCII unit is let through (white space beyond ASCII is not worth listing). */
export const daySpace = (text: string, p: number): boolean => {
  const c = unitAt(text, afterDay(text, p));
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80;
};
/** `(?:19|20)\d{2}[-/]`. */
export const isoYearSeparator = (text: string, p: number): boolean => {
  if (p + 4 >= text.length) return false;
  const a = text.charCodeAt(p);
  const b = text.charCodeAt(p + 1);
  const c = text.charCodeAt(p + 4);
  return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isDigitAt(text, p + 2) && isDigitAt(text, p + 3) && (c === 0x2d || c === 0x2f);
};

export interface TimeCandidate {
  start: number;
  end: number;
  time: string;
  /** True when `pukul`/`jam` or a time zone was written: such a time may attach to any date in the
   *  sentence; an uncued `10:15` only to a date right before it. */
  cued: boolean;
}

// ---- shared pattern pieces -------------------------------------------------------------------
// Speed: every pattern starts with a literal-ish token (a word alternation or a digit) and is
// compiled with `i`; word boundaries before a match and letter case are checked in `extract`
// (a leading look-behind would be tried at every position and costs 3× as much).

export const WD = alternation(Object.keys(WEEKDAYS));
export const WDA = alternation(Object.keys(WEEKDAY_ABBREVIATIONS));
export const MON = alternation([...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)]);
/** After a numeric date: no more digits, letters, slashes, or `.5`-style continuations. */
export const NUM_END = '(?![\\p{L}\\p{N}/\\-]|[.,]\\p{N})';
/** Before a numeric date: not inside a longer number, code or path. */
export const NUM_START = '(?<![\\p{L}\\p{N}/.,\\-])';

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const NUMBERISH = /[\p{L}\p{N}/.,-]/u;
export const UPPER_FIRST = /^\p{Lu}/u;
/** A lead word right before a year (`pada 2019`, `tahun 2004`): YEAR_LEADS. */
export const YEAR_LEAD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?<lead>${alternation(YEAR_LEADS)})\\s{1,2}$`, 'iu');
/** A comparison's link right before a year, its verb a few words before (`membandingkan dengan 2019`, `naik
 *  dibandingkan dengan 2019`, `membandingkan angka itu dengan 2019`): YEAR_COMPARISON_VERBS, YEAR_COMPARISON_LINKS. At
 *  most COMPARED_MAX_WORDS words between them (the compared object). */
const COMPARED_MAX_WORDS = 3;
export const YEAR_COMPARISON_LEAD = `(?:${alternation(YEAR_COMPARISON_VERBS)})(?:\\s{1,2}[\\p{L}\\p{N}-]+){0,${COMPARED_MAX_WORDS}}\\s{1,2}(?:${alternation(YEAR_COMPARISON_LINKS)})`;
export const YEAR_COMPARISON_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${YEAR_COMPARISON_LEAD}\\s{1,2}$`, 'iu');
/** The year in words right after a month written without one (`Desember tahun lalu`, `Mei tahun ini`, `Juni tahun
 *  2021`): the unit word of a year (RELATIVE_UNITS) and a year or a direction from publication (RELATIVE_DIRECTIONS:
 *  past, present, future). It cues the month as a lead before it does (src/extract/dates/year-word.ts joins them). */
const YEAR_UNIT_WORDS = Object.keys(RELATIVE_UNITS).filter((u) => RELATIVE_UNITS[u]!.step === 'year');
const YEAR_DIRECTION_WORDS = Object.keys(RELATIVE_DIRECTIONS).filter((w) => {
  const d = RELATIVE_DIRECTIONS[w];
  return d === 'past' || d === 'present' || d === 'future';
});
export const YEAR_WORDS_AFTER = new RegExp(
  `^\\s{1,2}(?:${alternation(YEAR_UNIT_WORDS)})\\s{1,2}(?:(?:19|20)\\d{2}|${alternation(YEAR_DIRECTION_WORDS)})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** A modifier before a period (`akhir bulan ini`, `awal tahun depan`, `pertengahan Desember`): taken into the span. */
export const MODIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(PERIOD_MODIFIERS)})\\s{1,2}$`, 'iu');
/** `UU Nomor 20 Tahun 2023`: the year of a law number. */
export const LAW_YEAR_BEFORE = /(?:nomor|no\.?)\s{0,2}\d{1,4}\s{1,2}tahun\s{1,2}$/iu;

/** True when `pos` starts a word (no letter or digit right before it). */
export function wordStart(text: string, pos: number): boolean {
  return pos === 0 || !LETTER_OR_DIGIT.test(text[pos - 1]!);
}

export function numberStart(text: string, pos: number): boolean {
  return pos === 0 || !NUMBERISH.test(text[pos - 1]!);
}

export const DOC_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(DOCUMENT_NUMBER_CUES)})\\.?\\s{0,2}:?\\s{0,2}$`, 'iu');
/** A part of the day between a weekday and its date (`Sabtu malam, 19 Oktober`, `Sabtu malam (19/10)`). */
export const PART_OF_DAY = `(?:\\s{1,2}(?:${alternation(PARTS_OF_DAY)}))`;
/** A weekday written before a day-month date, its part of the day between them: `Selasa, 5 November 2024`,
 *  `Fri, 22 Nov 2024`, `Sabtu malam, 19 Oktober` (read on `beforeWeekday`'s slice). */
export const WEEKDAY_BEFORE_DAY = new RegExp(`(?:(?<wd>${WD})${PART_OF_DAY}?\\s{0,2},?\\s{1,2}|(?<wda>${WDA})\\.?\\s{0,2},\\s{0,2})$`, 'iu');
/** Up to 32 characters before `pos`: a weekday and its part of the day (`Minggu tengah malam, `). */
export function beforeWeekday(text: string, pos: number): string {
  return text.slice(Math.max(0, pos - 32), pos);
}
/** A weekday written before a month-first date: `Friday, November 22, 2024`. */
export const WEEKDAY_BEFORE_MONTH = new RegExp(`(?<wd>${WD}|${WDA})\\.?\\s{0,2},\\s{0,2}$`, 'iu');
/** The first day of a range: `5-7 November`, `5 s.d. 7 November`, `5 dan 6 November`. */
export const RANGE_BEFORE = new RegExp(`(?<d0>\\d{1,2})\\s{0,2}(?:-|–|—|s\\.d\\.?|s\\/d|${alternationOf(DAY_RANGE_WORDS, { space: SPACE.literal })})\\s{0,2}$`, 'iu');
/** The end of a range (`25 September–23 November 2024`, `28 Desember s.d. 3 Januari 2025`, `25 September hingga 23
 *  November 2024`, `antara 25 September dan 5 Oktober 2024`, `1 Oktober hingga tanggal Selasa, 5 November 2024`) whose year
 *  is written once, at its end, read right after the range's first day and month: its day, month and year. The year is
 *  the whole range's, as written (a connector, then a full date with its year; `25 September hingga 23 November` has
 *  none, `Desember 2023 hingga Januari 2024` gives its start its own). */
export const MONTH_RANGE_END_AFTER = new RegExp(
  `^(?:\\s{0,2}(?:${alternation(RANGE_DASHES)})\\s{0,2}|\\s{1,2}(?:${alternation(RANGE_CONNECTOR_WORDS)})\\s{1,2})` +
    `(?:(?:${alternation(DATE_CUES)})\\.?\\s{1,2})?(?:(?:${WD}),?\\s{1,2})?` +
    `(?<d>\\d{1,2})\\s{1,2}(?<mon>${MON})\\.?\\s{0,2},?\\s{1,2}(?<y>(?:1\\d|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** The end of a range of months whose year is written once, at its end (`sejak Februari hingga akhir Juni 2018`,
 *  `Maret sampai Mei 2024`): its month and year, read right after the first month. */
export const MONTH_ONLY_RANGE_END_AFTER = new RegExp(
  `^(?:\\s{0,2}(?:${alternation(RANGE_DASHES)})\\s{0,2}|\\s{1,2}(?:${alternation(RANGE_CONNECTOR_WORDS)})\\s{1,2})` +
    `(?:(?:${alternation(PERIOD_MODIFIERS)})\\s{1,2})?(?:bulan\\s{1,2})?(?<mon>${MON})\\.?\\s{1,2}(?<y>(?:1\\d|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** The end of a range across months: `29 Mei-23 Juni` (a month name, then a dash, right before the day). */
export const MONTH_RANGE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MON})\\.?\\s{0,2}[-–]\\s{0,2}$`, 'iu');
/** What makes a bare weekday a date: `, Selasa`, `(Selasa)`, `pada Selasa`, `hari Selasa`. */
export const WEEKDAY_LEAD_BEFORE = new RegExp(`(?:,\\s{0,2}|\\(\\s?|(?<![\\p{L}\\p{N}])(?:${alternation([...WEEKDAY_LEADS, ...WEEKDAY_VERB_LEADS])})\\s{1,2})$`, 'iu');

export function weekdayOfName(s: string | undefined): number | null {
  if (!s) return null;
  const w = lookup(WEEKDAYS, s) ?? lookup(WEEKDAY_ABBREVIATIONS, s);
  return w === undefined ? null : w;
}

export function monthOfName(s: string): { month: number; short: boolean } | null {
  const full = lookup(MONTH_NAMES, s);
  if (full !== undefined) return { month: full, short: false };
  const short = lookup(MONTH_ABBREVIATIONS, s);
  return short === undefined ? null : { month: short, short: true };
}

export function yearOf(s: string | undefined): number | null {
  if (!s) return null;
  return expandYear(Number(s), s.length);
}

export function dm(d: string | undefined, m: string | undefined): { day: number; month: number } | null {
  const day = Number(d);
  const month = Number(m);
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return null;
  return { day, month };
}

/** The one factory of candidates: every parser builds them here, so they all share one object shape (fields
 *  in one order, each with its final type): the refiners then read them through monomorphic property loads
 *  (candidates built by spreading parts had a shape per parser, and the refiners deoptimised on them). */
export function candidate(
  start: number,
  end: number,
  rule: string,
  day: number | null,
  month: number | null,
  year: number | null,
  weekday: number | null,
  relative: Relative | null,
  toward: Toward = null,
): DateCandidate {
  return { start, end, rule, day, month, year, weekday, relative, toward };
}

/** A candidate spanning the whole match. */
export function whole(m: RegExpExecArray, rule: string, day: number, month: number, year: number | null, weekday: number | null): DateCandidate {
  return candidate(m.index, m.index + m[0].length, rule, day, month, year, weekday, null);
}

/** Up to 16 characters before `pos`, for the small end-anchored look-back regexes. */
export function before(text: string, pos: number): string {
  return text.slice(Math.max(0, pos - 16), pos);
}
