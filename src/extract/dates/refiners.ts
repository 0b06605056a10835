// Refiners for date candidates. Each takes the working list and returns a new one; their ORDER is
// fixed in index.ts (overlaps → calendar → relative → times → kinds), because each step relies on
// the ones before it (e.g. `hari itu` needs the dates before it resolved; kinds need final spans).
import type { DateKind, DateMention } from '../../model.js';
import { EVENING_BEFORE_SMALL_HOURS_FROM, MONTH_DIRECTIONS, OPENING_HOURS_WORDS, RECURRENCE_WORDS, SMALL_HOURS, SPAN_END_WORDS, TIME_CUES, TIME_HEDGES, TIME_TO_DATE_LINKS, TIME_ZONES } from '../../lexicon/calendar.js';
import { dayNumber, fromDayNumber, isValidDate, parseIso, toIso, weekdayOf } from './daymath.js';
import { DATE_PARSERS, type DateCandidate, type TimeCandidate, type Toward } from './parsers.js';
import { WB, WE, alternation, sentenceAt, type Sentences } from './text.js';
import type { SpeechDay } from './quote-day.js';
export { classifyKinds, isDateLine, isDatelineDate, mayMatchIn, topRegion } from './kinds.js';
export type { TopRegion } from './kinds.js';

export interface WorkDate extends DateCandidate {
  iso: string | null;
  certain: boolean;
  weekdayMismatch: boolean;
  time: string | null;
  kind: DateKind;
  /** Set by a refiner that wants the candidate gone (e.g. a relative date with no publication date). */
  drop: boolean;
}

/** The one constructor of WorkDates: every field written out (not `...c`), so every WorkDate has one object
 *  shape, built without a generic copy. */
function workDate(
  c: DateCandidate,
  iso: string | null,
  certain: boolean,
  weekdayMismatch: boolean,
  time: string | null,
  kind: DateKind,
  drop: boolean,
): WorkDate {
  return {
    start: c.start,
    end: c.end,
    rule: c.rule,
    day: c.day,
    month: c.month,
    year: c.year,
    weekday: c.weekday,
    relative: c.relative,
    toward: c.toward,
    iso,
    certain,
    weekdayMismatch,
    time,
    kind,
    drop,
  };
}

export function toWork(c: DateCandidate): WorkDate {
  return workDate(c, null, true, false, null, 'event', false);
}

/** A copy of `c` with its resolution set. The refiners copy rather than mutate (a list handed to one is not
 *  changed behind its caller's back). */
function resolved(c: WorkDate, iso: string | null, certain: boolean, weekdayMismatch: boolean): WorkDate {
  return workDate(c, iso, certain, weekdayMismatch, c.time, c.kind, c.drop);
}

/** A plain copy of `c` (same shape; see `resolved`). */
export function copyOf(c: WorkDate): WorkDate {
  return resolved(c, c.iso, c.certain, c.weekdayMismatch);
}

// ---- 1. overlaps ------------------------------------------------------------------------------

const PRIORITY = new Map<string, number>(DATE_PARSERS.map((p, i) => [p.name, i]));
const prio = (rule: string): number => PRIORITY.get(rule) ?? PRIORITY.get(rule.replace(/-range-end$/, '')) ?? 99;

/** Keep one candidate per overlapping cluster: the longest, then the higher-priority parser.
 *  A range's two parts (`5-7 November`) overlap by design and are both kept. */
export function dropOverlaps(list: WorkDate[]): WorkDate[] {
  // (`slice`, not a spread: no iterator protocol for a plain copy)
  const sorted = list.slice().sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || prio(a.rule) - prio(b.rule));
  const out: WorkDate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push(c);
      continue;
    }
    if (c.rule.endsWith('-range-end') && last.end === c.end && last.rule === c.rule.replace(/-range-end$/, '')) {
      out.push(c);
      continue;
    }
    const cl = c.end - c.start;
    const ll = last.end - last.start;
    if (cl > ll || (cl === ll && prio(c.rule) < prio(last.rule))) out[out.length - 1] = c;
  }
  return out;
}

/** `Minggu (28/12/2014) kemarin`, `Rabu (14/8/2024) kemarin`: a relative day word right after a written
 *  date says the same day again; one mention (the written date, its span grown over the word). */
export function mergeDeictic(list: WorkDate[], text: string): WorkDate[] {
  const out: WorkDate[] = [];
  for (const c of list) {
    const last = out.length > 0 ? out[out.length - 1]! : null;
    if (
      last !== null &&
      c.relative !== null &&
      (c.relative.kind === 'days' || c.relative.kind === 'night') &&
      c.start - last.end <= 2 &&
      last.relative === null &&
      last.day !== null &&
      /^\s{1,2}$/u.test(text.slice(last.end, c.start))
    ) {
      const grown = copyOf(last);
      grown.end = c.end;
      out[out.length - 1] = grown;
      continue;
    }
    out.push(c);
  }
  return out;
}

// ---- 2. calendar dates: validity, inferred years, weekday agreement ---------------------------

export type YearReference = { kind: 'date'; y: number; m: number; d: number } | { kind: 'year'; y: number } | null;

/** How close (days) a neighbouring year must be to the publication date for a weekday to pick it. */
const WEEKDAY_SWITCH_MAX_DAYS = 200;

function chooseYear(
  day: number,
  month: number,
  weekday: number | null,
  ref: Exclude<YearReference, null>,
  written: Toward,
): { y: number; mismatch: boolean } | null {
  const toward = written === 'since' ? 'past' : written;
  let years: number[];
  if (ref.kind === 'date') {
    const r = dayNumber(ref.y, ref.m, ref.d);
    years = [ref.y - 1, ref.y, ref.y + 1]
      .filter((y) => isValidDate(y, month, day))
      .sort((a, b) => Math.abs(dayNumber(a, month, day) - r) - Math.abs(dayNumber(b, month, day) - r));
    // `14 Februari lalu` lies before the publication date, `24 Juli mendatang` after it
    if (toward !== null) {
      const fitting = years.filter((y) => (toward === 'past' ? dayNumber(y, month, day) <= r : dayNumber(y, month, day) >= r));
      if (fitting.length > 0) years = fitting;
    }
    if (years.length === 0) return null;
    if (weekday === null) return { y: years[0]!, mismatch: false };
    const first = years[0]!;
    const agreeing = years.find(
      (y, i) => weekdayOf(y, month, day) === weekday && (i === 0 || Math.abs(dayNumber(y, month, day) - r) <= WEEKDAY_SWITCH_MAX_DAYS),
    );
    return agreeing !== undefined ? { y: agreeing, mismatch: false } : { y: first, mismatch: true };
  }
  years = [ref.y, ref.y - 1, ref.y + 1].filter((y) => isValidDate(y, month, day));
  if (years.length === 0) return null;
  if (weekday === null) return { y: years[0]!, mismatch: false };
  const agreeing = years.find((y) => weekdayOf(y, month, day) === weekday);
  return agreeing !== undefined ? { y: agreeing, mismatch: false } : { y: years[0]!, mismatch: true };
}

/** Give calendar candidates their ISO date. Invalid dates (31/02) are dropped; a missing year comes
 *  from the reference (certain: false); a written weekday must agree or sets `weekdayMismatch`. */
export function resolveCalendar(list: WorkDate[], ref: YearReference): WorkDate[] {
  const out: WorkDate[] = [];
  for (const c of list) {
    if (c.relative === null && c.day === null && (c.month !== null || c.year !== null)) {
      out.push(resolvePeriod(c, ref));
      continue;
    }
    if (c.relative !== null || c.day === null || c.month === null) {
      out.push(c);
      continue;
    }
    if (c.year !== null) {
      if (!isValidDate(c.year, c.month, c.day)) continue;
      const mismatch = c.weekday !== null && weekdayOf(c.year, c.month, c.day) !== c.weekday;
      out.push(resolved(c, toIso(c.year, c.month, c.day), true, mismatch));
      continue;
    }
    if (!isValidDate(2024, c.month, c.day)) continue; // 2024 is a leap year: accepts 29/2
    if (ref === null) {
      out.push(resolved(c, null, false, c.weekdayMismatch));
      continue;
    }
    const ch = chooseYear(c.day, c.month, c.weekday, ref, c.toward);
    if (!ch) {
      out.push(resolved(c, null, false, c.weekdayMismatch));
      continue;
    }
    out.push(resolved(c, toIso(ch.y, c.month, c.day), false, ch.mismatch));
  }
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A month (`Oktober 2024` → `2024-10`; `Mei lalu` → the last May before the publication date, uncertain)
 *  or a year (`pada 2019` → `2019`). */
function resolvePeriod(c: WorkDate, ref: YearReference): WorkDate {
  if (c.month === null) return resolved(c, String(c.year), true, false);
  if (c.year !== null) return resolved(c, `${c.year}-${pad2(c.month)}`, true, false);
  if (ref === null) return resolved(c, null, false, false);
  let y = ref.y;
  if (ref.kind === 'date') {
    // the nearest such month, or the last / next one when a direction is written
    const r = ref.y * 12 + ref.m - 1;
    const options = [ref.y - 1, ref.y, ref.y + 1].filter((yy) => {
      const k = yy * 12 + c.month! - 1;
      return c.toward === 'past' || c.toward === 'since' ? k <= r : c.toward === 'future' ? k >= r : true;
    });
    options.sort((a, b) => Math.abs(a * 12 + c.month! - 1 - r) - Math.abs(b * 12 + c.month! - 1 - r) || b - a);
    y = options[0] ?? ref.y;
  }
  return resolved(c, `${y}-${pad2(c.month)}`, false, false);
}

/** `YYYY-MM-DD` of day number `n`. */
function isoOfDay(n: number): string {
  const d = fromDayNumber(n);
  return toIso(d.y, d.m, d.d);
}

/** `iso` (a day) moved by `k` months, the day kept or clamped to the month's end (`31 Januari` + 1 month → 29 February). */
function addMonths(y: number, m: number, d: number, k: number): string {
  const total = y * 12 + (m - 1) + k;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  let nd = d;
  while (nd > 28 && !isValidDate(ny, nm, nd)) nd--;
  return toIso(ny, nm, nd);
}

// ---- 3. relative dates -----------------------------------------------------------------------

/** Resolve relative expressions against the publication date only (never the clock): `kemarin`,
 *  `2 hari lalu`, bare weekdays. `hari itu` takes the last resolved date before it. Day offsets
 *  without a publication date are dropped; bare weekdays stay as iso-null mentions. */
/** `evening`: published from EVENING_FROM_HOUR, so `tadi malam` is that evening. `speech` (quote-day.ts, in text order):
 *  a relative day inside a quote dated by its attribution counts from that day (`"Kemarin …," kata X, Senin (4/11/2024).`). */
export function resolveRelative(list: WorkDate[], published: string | null, evening = false, speech: readonly SpeechDay[] = []): WorkDate[] {
  const pub = parseIso(published);
  const pubDay0 = pub ? dayNumber(pub.y, pub.m, pub.d) : null;
  let q = 0; // the first quote not ending before the candidate (both lists in text order)
  let lastIso: string | null = null;
  /** The year of the last date written out at any precision: `tiga tahun kemudian` after `pada 2019` is 2022. */
  let lastWrittenYear: number | null = null;
  const out: WorkDate[] = [];
  for (const c of list) {
    const r = c.relative;
    if (r === null) {
      if (c.iso !== null && c.iso.length === 10) lastIso = c.iso;
      if (c.iso !== null) lastWrittenYear = Number(c.iso.slice(0, 4));
      out.push(c);
      continue;
    }
    if (r.kind === 'anchored') {
      // `dua hari kemudian` counts from the day last narrated before it, written or relative (`Konsolidasi digelar
      // Minggu malam lalu. Laporan masuk dua hari kemudian`: that Sunday, not a date written in an earlier paragraph;
      // check7 d09); with no day before it, the publication date is the reference (`dua hari sebelumnya`)
      const a = parseIso(lastIso) ?? pub;
      if (a === null) continue;
      let iso: string;
      if (r.step === 'year') iso = String((lastWrittenYear ?? a.y) + r.offset);
      else if (r.step === 'month') iso = addMonths(a.y, a.m, a.d, r.offset);
      else iso = isoOfDay(dayNumber(a.y, a.m, a.d) + r.offset);
      if (iso.length === 10) lastIso = iso;
      out.push(resolved(c, iso, false, c.weekdayMismatch));
      continue;
    }
    if (r.kind === 'period') {
      if (pub === null) continue;
      // precision `day`: day `c.day` of that month (`tanggal 10 bulan ini`); an invalid day (31 of a short month) is dropped
      if (r.precision === 'day' && c.day !== null) {
        const ym = addMonths(pub.y, pub.m, 1, r.offset);
        const y = Number(ym.slice(0, 4));
        const mo = Number(ym.slice(5, 7));
        if (isValidDate(y, mo, c.day)) out.push(resolved(c, toIso(y, mo, c.day), false, c.weekdayMismatch));
        continue;
      }
      const iso = r.precision === 'year' ? String(pub.y + r.offset) : addMonths(pub.y, pub.m, 1, r.offset).slice(0, 7);
      out.push(resolved(c, iso, false, c.weekdayMismatch));
      continue;
    }
    if (r.kind === 'anaphora') {
      if (lastIso !== null) out.push(resolved(c, lastIso, false, c.weekdayMismatch));
      continue;
    }
    if (r.kind === 'vague') {
      if (pubDay0 !== null) out.push(resolved(c, null, false, c.weekdayMismatch));
      continue;
    }
    // the day a quote was said when its attribution writes it, else publication; only with a publication date (without
    // one the statements took the day inside a quote as the day said: fixtures/officials/check3/05-polman-bawaslu)
    while (q < speech.length && speech[q]!.end < c.start) q++;
    const inQuote = q < speech.length && speech[q]!.start <= c.start && c.end <= speech[q]!.end;
    const said = pub === null || !inQuote ? undefined : speech[q];
    const ref = said === undefined ? pub : parseIso(said.iso);
    const pubDay = said === undefined ? pubDay0 : dayNumber(ref!.y, ref!.m, ref!.d);
    const pubWd = ref ? weekdayOf(ref.y, ref.m, ref.d) : null;
    if (r.kind === 'days' || r.kind === 'night') {
      if (pubDay === null) continue;
      const d = fromDayNumber(pubDay + (r.kind === 'night' && evening && said === undefined ? 0 : r.offset));
      const iso = toIso(d.y, d.m, d.d);
      lastIso = iso;
      out.push(resolved(c, iso, false, c.weekdayMismatch));
      continue;
    }
    // bare weekday
    if (pubDay === null || pubWd === null || c.weekday === null) {
      out.push(resolved(c, null, false, c.weekdayMismatch));
      continue;
    }
    let delta: number;
    if (r.dir === 'last-week' || r.dir === 'this-week' || r.dir === 'next-week') {
      // Monday-first weeks: `Kamis pekan lalu` is the Thursday of the week before the publication week, `Kamis pekan
      // ini` the Thursday of the publication week
      const monday = -((pubWd + 6) % 7);
      delta = monday + ((c.weekday + 6) % 7) + (r.dir === 'last-week' ? -7 : r.dir === 'next-week' ? 7 : 0);
    } else if (r.dir === 'future') {
      delta = (c.weekday - pubWd + 7) % 7 || 7;
    } else if (r.dir === 'upcoming') {
      delta = (c.weekday - pubWd + 7) % 7;
    } else if (r.dir === 'nearest') {
      const ahead = (c.weekday - pubWd + 7) % 7;
      delta = ahead <= 3 ? ahead : ahead - 7;
    } else {
      delta = -((pubWd - c.weekday + 7) % 7);
      if (r.dir === 'past' && delta === 0) delta = -7;
    }
    const d = fromDayNumber(pubDay + delta);
    const iso = toIso(d.y, d.m, d.d);
    lastIso = iso;
    out.push(resolved(c, iso, false, c.weekdayMismatch));
  }
  return out;
}

// ---- 4. times -------------------------------------------------------------------------------

/** What may stand between a date and a time right after it that joins it: punctuation, the date's direction word
 *  (paradigm12: "Pleno dijadwalkan Jumat (11/12) mendatang pukul 09.00 WITA" is one date at 09:00, not a date and a
 *  time mention of its own), then a hedge word (paradigm20: "Minggu (22/6) malam, sekitar pukul 20.30 WIB" is one
 *  date at 20:30; TIME_HEDGES). */
const ADJACENT_GAP = new RegExp(
  `^[\\s,|–—-]{0,4}(?:(?:${alternation(Object.keys(MONTH_DIRECTIONS))})[\\s,|–—-]{1,4})?(?:(?:${alternation(TIME_HEDGES)})\\s{1,2})?$`,
  'iu',
);
const MAX_TIME_DISTANCE = 100;
/** What may stand between a time of day and a date right after it that the time belongs to (see attachTimes). */
const TIME_TO_DATE_GAP = new RegExp(`^[\\s,]{0,3}(?:(?:${alternation(TIME_TO_DATE_LINKS)})\\.?[\\s,]{1,3})?$`, 'iu');
/** A date whose span ends in the small hours (`Senin dini hari`). */
const SMALL_HOURS_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(SMALL_HOURS)})$`, 'iu');
const RECURRENCE_RE = new RegExp(`${WB}(?:${alternation(RECURRENCE_WORDS)})${WE}`, 'iu');
/** A word of being open or serving: a span of hours in its sentence is the hours something is open (`Posko melayani
 *  warga pukul 08.00-16.00 WIB`), not an event's (`Kampanye itu berlangsung pukul 14.00 hingga 17.00 WITA`). */
const OPENING_HOURS_RE = new RegExp(`${WB}(?:${alternation(OPENING_HOURS_WORDS)})${WE}`, 'iu');
/** The end of a span of clock hours right after a time: a dash or a span's end word, then a second clock time with or
 *  without its cue and zone (`pukul 08.00-16.00 WIB`, `pukul 08.00 sampai 16.00`, `jam 08.00 s.d. 15.00 WIT`, `pukul
 *  07.30 hingga pukul 16.00`). The second time needs no cue: an uncued `16.00` is no time candidate of its own. */
const HOURS_SPAN_AFTER = new RegExp(
  `^(?:\\s{0,2}[-–—]\\s{0,2}|\\s{1,2}(?:${alternation(SPAN_END_WORDS)})\\s{1,2})(?:(?:${alternation(TIME_CUES)})\\.?\\s{0,2})?` +
    `(?:[01]?\\d|2[0-3])[.:][0-5]\\d(?![\\p{N}]|[.:]\\p{N})(?:\\s{0,2}(?:${alternation(TIME_ZONES)})${WE})?(?![\\p{L}\\p{N}])`,
  'iu',
);
/** How far after a time its span's end is read: a dash or `sampai dengan`, `pukul`, `23.59`, a zone, and spaces. */
const HOURS_SPAN_REACH = 40;

/** The end of the span of hours that time `t` opens, or -1 when no second time follows it. */
function hoursSpanEnd(text: string, t: TimeCandidate): number {
  const m = HOURS_SPAN_AFTER.exec(text.slice(t.end, t.end + HOURS_SPAN_REACH));
  return m === null ? -1 : t.end + m[0].length;
}

/** How far either side of a span of hours, inside its sentence, a word of being open is looked for: a clause (`Posko
 *  pengaduan di kantor Bawaslu Kabupaten Sikka melayani warga setiap hari pukul 08.00-16.00 WITA`); bounded so that a
 *  page of spans with no sentence end is not read once per span. */
const OPENING_HOURS_REACH = 160;

/** Whether the span of hours from `start` to `end` is the hours something is open: a word of being open or serving
 *  in its sentence, within OPENING_HOURS_REACH of it. */
function opensHours(text: string, sentences: Sentences, start: number, end: number): boolean {
  const [ss, se] = sentenceAt(sentences, start);
  return OPENING_HOURS_RE.test(text.slice(Math.max(ss, start - OPENING_HOURS_REACH), Math.min(se, end + OPENING_HOURS_REACH)));
}

/** Where the passage of `pos` starts: the start of the paragraph before its own (paragraphs are separated by
 *  line breaks; blank lines between them do not count). */
function passageStart(text: string, pos: number): number {
  let i = text.lastIndexOf('\n', pos - 1);
  while (i > 0 && text.charCodeAt(i - 1) === 10) i--;
  return i <= 0 ? 0 : text.lastIndexOf('\n', i - 1) + 1;
}

/** A candidate a time of day can belong to: a date written out, a weekday or a day word, an anchored day. */
function takesTime(c: WorkDate): boolean {
  const r = c.relative;
  if (r === null) return c.day !== null;
  return r.kind === 'weekday' || r.kind === 'days' || r.kind === 'night' || (r.kind === 'anchored' && r.precision === 'day');
}

/** Attach each time to a date. A time right after a date joins it (the date's span grows over it: `Kamis
 *  (3/10/2024) pukul 10.15 WIB`). A cued time (`pukul`, `WIB`) elsewhere belongs to the last date before it in
 *  its paragraph (`… Minggu (28/12/2014). Pesawat hilang dari radar pukul 06.14 WIB`), else to the nearest
 *  date after it in its sentence (`Pukul 09.00, rapat dimulai pada Kamis (3/10/2024)`): the date takes the
 *  time when it has none yet, and the time becomes a mention of its own on that day (rule `time`,
 *  certain: false, the day being inferred). A cued time right BEFORE a date, joined by at most a cue word (`pukul
 *  00.00 WIB tanggal 24 November`), is that date's. An uncued time only joins a date right before it. */
export function attachTimes(list: WorkDate[], times: TimeCandidate[], text: string, sentences: Sentences): WorkDate[] {
  // loops rather than `map`/`filter`: their result arrays carry no allocation-site feedback, so an empty one
  // has another elements kind than a full one, and code optimised on one deoptimises on the other
  const out: WorkDate[] = [];
  const calendar: WorkDate[] = [];
  for (const c0 of list) {
    const c = copyOf(c0);
    out.push(c);
    if (takesTime(c)) calendar.push(c);
  }
  if (calendar.length === 0) return out;
  let added = false;
  let p = -1; // the last date starting before the time
  let spanRead = -1; // the end of the last span of hours read: a time before it is that span's end
  for (const t of times) {
    if (t.start < spanRead) continue;
    // a span of hours: right after a date (or right before one), that date's hours, the date taking the span's start;
    // its end never a mention of its own. Elsewhere, in a sentence with a word of being open or serving (`Kami buka
    // posko sampai hari H, pukul 08.00 sampai 16.00`, check22 g06), the hours something is open: neither the passage's
    // date's time nor a `time` mention; without one, an event's own hours (`Kampanye itu berlangsung pukul 14.00
    // hingga 17.00 WITA`, review 18 a5): its start a time of the passage's date, as a single time is
    const spanEnd = hoursSpanEnd(text, t);
    if (spanEnd >= 0) spanRead = spanEnd;
    const openingHours = spanEnd >= 0 && opensHours(text, sentences, t.start, spanEnd);
    while (p + 1 < calendar.length && calendar[p + 1]!.start < t.start) p++;
    const prev = p >= 0 ? calendar[p]! : null;
    if (prev !== null && prev.time === null && prev.end <= t.start && ADJACENT_GAP.test(text.slice(prev.end, t.start))) {
      // a range's two parts end together: the first takes the time
      let k = p;
      while (k > 0 && calendar[k - 1]!.end === prev.end && calendar[k - 1]!.time === null) k--;
      calendar[k]!.time = t.time;
      calendar[k]!.end = t.end;
      continue;
    }
    // a time right before a date, joined by at most a cue word (`pukul 00.00 WIB tanggal 24 November`): that date's
    // time, whatever came before (the date's span grows back over it)
    const next = p + 1 < calendar.length ? calendar[p + 1]! : null;
    const unitEnd = spanEnd >= 0 ? spanEnd : t.end;
    if (t.cued && next !== null && next.time === null && next.start >= unitEnd && TIME_TO_DATE_GAP.test(text.slice(unitEnd, next.start))) {
      next.time = t.time;
      next.start = t.start;
      continue;
    }
    if (!t.cued || openingHours) continue;
    // the passage: the time's paragraph and the one before it (news paragraphs are often one sentence)
    const paraStart = passageStart(text, t.start);
    let anchor: WorkDate | null = null;
    for (let k = p; k >= 0 && calendar[k]!.start >= paraStart; k--) {
      if (calendar[k]!.end <= t.start) {
        anchor = calendar[k]!;
        break;
      }
    }
    if (anchor === null && p + 1 < calendar.length) {
      const next = calendar[p + 1]!;
      const [, se] = sentenceAt(sentences, t.start);
      if (next.start >= t.end && next.end <= se && next.start - t.end <= MAX_TIME_DISTANCE) anchor = next;
    }
    if (anchor === null) continue;
    const [ss] = sentenceAt(sentences, t.start);
    if (RECURRENCE_RE.test(text.slice(Math.max(ss, t.start - 160), t.start))) continue;
    // an evening time after a date in the small hours (`… hingga Senin dini hari. Pleno diskors pukul 23.30`): the
    // evening before them, not that date's
    const eveningBefore = Number(t.time.slice(0, 2)) >= EVENING_BEFORE_SMALL_HOURS_FROM && SMALL_HOURS_END.test(text.slice(anchor.start, anchor.end));
    if (anchor.time === null && !eveningBefore) anchor.time = t.time;
    if (anchor.iso === null || anchor.iso.length !== 10) continue;
    const a = eveningBefore ? parseIso(anchor.iso) : null;
    const iso = a === null ? anchor.iso : isoOfDay(dayNumber(a.y, a.m, a.d) - 1);
    const tc: DateCandidate = { start: t.start, end: t.end, rule: 'time', day: null, month: null, year: null, weekday: null, relative: null, toward: null };
    out.push(workDate(tc, iso, false, false, t.time, 'event', false));
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

// ---- output ---------------------------------------------------------------------------------

export function toMention(c: WorkDate, text: string): DateMention {
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    iso: c.iso,
    certain: c.certain,
    kind: c.kind,
    time: c.time,
    weekdayMismatch: c.weekdayMismatch,
    rule: c.rule,
  };
}
