// Refiners for date candidates. Each takes the working list and returns a new one; their ORDER is
// fixed in index.ts (overlaps → calendar → relative → times → kinds), because each step relies on
// the ones before it (e.g. `hari itu` needs the dates before it resolved; kinds need final spans).
import type { DateKind, DateMention } from '../../model.js';
import {
  ELECTION_DATE_LINKS,
  PUBLICATION_LINE_WORDS,
  ELECTION_DAY_CUES,
  ELECTION_HOLD_VERBS,
  REFERENCE_DOCUMENTS,
  REFERENCE_VERBS,
} from '../../lexicon/calendar.js';
import { ELECTION_NAMES } from '../../lexicon/violations.js';
import { dayNumber, fromDayNumber, isValidDate, parseIso, toIso, weekdayOf } from './daymath.js';
import { isWordUnit } from '../../nlp/words.js';
import { DATE_PARSERS, type DateCandidate, type TimeCandidate } from './parsers.js';
import { At, candidates, wordKinds } from './scan.js';
import { WB, WE, alternation, sentenceAt, type Sentences } from './text.js';

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
function copyOf(c: WorkDate): WorkDate {
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

// ---- 2. calendar dates: validity, inferred years, weekday agreement ---------------------------

export type YearReference = { kind: 'date'; y: number; m: number; d: number } | { kind: 'year'; y: number } | null;

/** How close (days) a neighbouring year must be to the publication date for a weekday to pick it. */
const WEEKDAY_SWITCH_MAX_DAYS = 200;

function chooseYear(day: number, month: number, weekday: number | null, ref: Exclude<YearReference, null>): { y: number; mismatch: boolean } | null {
  let years: number[];
  if (ref.kind === 'date') {
    const r = dayNumber(ref.y, ref.m, ref.d);
    years = [ref.y - 1, ref.y, ref.y + 1]
      .filter((y) => isValidDate(y, month, day))
      .sort((a, b) => Math.abs(dayNumber(a, month, day) - r) - Math.abs(dayNumber(b, month, day) - r));
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
    const ch = chooseYear(c.day, c.month, c.weekday, ref);
    if (!ch) {
      out.push(resolved(c, null, false, c.weekdayMismatch));
      continue;
    }
    out.push(resolved(c, toIso(ch.y, c.month, c.day), false, ch.mismatch));
  }
  return out;
}

// ---- 3. relative dates -----------------------------------------------------------------------

/** Resolve relative expressions against the publication date only (never the clock): `kemarin`,
 *  `2 hari lalu`, bare weekdays. `hari itu` takes the last resolved date before it. Day offsets
 *  without a publication date are dropped; bare weekdays stay as iso-null mentions. */
export function resolveRelative(list: WorkDate[], published: string | null): WorkDate[] {
  const pub = parseIso(published);
  const pubDay = pub ? dayNumber(pub.y, pub.m, pub.d) : null;
  const pubWd = pub ? weekdayOf(pub.y, pub.m, pub.d) : null;
  let lastIso: string | null = null;
  const out: WorkDate[] = [];
  for (const c of list) {
    const r = c.relative;
    if (r === null) {
      if (c.iso) lastIso = c.iso;
      out.push(c);
      continue;
    }
    if (r.kind === 'anaphora') {
      if (lastIso !== null) out.push(resolved(c, lastIso, false, c.weekdayMismatch));
      continue;
    }
    if (r.kind === 'vague') {
      if (pubDay !== null) out.push(resolved(c, null, false, c.weekdayMismatch));
      continue;
    }
    if (r.kind === 'days') {
      if (pubDay === null) continue;
      const d = fromDayNumber(pubDay + r.offset);
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
    if (r.dir === 'last-week' || r.dir === 'next-week') {
      // Monday-first weeks: `Kamis pekan lalu` is the Thursday of the week before the publication week
      const monday = -((pubWd + 6) % 7);
      delta = monday + ((c.weekday + 6) % 7) + (r.dir === 'last-week' ? -7 : 7);
    } else if (r.dir === 'future') {
      delta = (c.weekday - pubWd + 7) % 7 || 7;
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

const ADJACENT_GAP = /^[\s,|–—-]{0,4}$/u;
const MAX_TIME_DISTANCE = 100;

/** Attach each time to a date: an adjacent one (the date's span then grows over the time), else for
 *  a cued time (`pukul`, `WIB`) the nearest date in the same sentence within 100 characters. */
export function attachTimes(list: WorkDate[], times: TimeCandidate[], text: string, sentences: Sentences): WorkDate[] {
  // loops rather than `map`/`filter`: their result arrays carry no allocation-site feedback, so an empty one
  // has another elements kind than a full one, and code optimised on one deoptimises on the other
  const out: WorkDate[] = [];
  const calendar: WorkDate[] = [];
  for (const c0 of list) {
    const c = copyOf(c0);
    out.push(c);
    if (c.relative === null || c.relative.kind === 'weekday' || c.relative.kind === 'days') calendar.push(c);
  }
  let j = 0;
  for (const t of times) {
    // dates are sorted by start: advance a window pointer instead of scanning all of them
    while (j < calendar.length && calendar[j]!.end < t.start - MAX_TIME_DISTANCE) j++;
    const [ss, se] = sentenceAt(sentences, t.start);
    let best: WorkDate | null = null;
    let bestDist = Infinity;
    let adjacent = false;
    for (let k = j; k < calendar.length; k++) {
      const c = calendar[k]!;
      if (c.start > t.end + MAX_TIME_DISTANCE) break;
      if (c.time !== null) continue;
      const isAdj = c.end <= t.start && ADJACENT_GAP.test(text.slice(c.end, t.start));
      if (isAdj) {
        best = c;
        adjacent = true;
        break;
      }
      if (!t.cued || c.start < ss || c.end > se) continue;
      const dist = c.end <= t.start ? t.start - c.end : c.start >= t.end ? c.start - t.end : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
    }
    if (!best) continue;
    best.time = t.time;
    if (adjacent) best.end = t.end;
  }
  return out;
}

// ---- 5. kinds -------------------------------------------------------------------------------

const ELECTION_DAY_RE = new RegExp(`${WB}(?:${alternation(ELECTION_DAY_CUES)})${WE}`, 'iu');
const HOLD_RE = new RegExp(`${WB}(?:${alternation(ELECTION_HOLD_VERBS)})${WE}`, 'iu');
const ELECTION_WORD_RE = new RegExp(`${WB}(?:${alternation(Object.keys(ELECTION_NAMES))})${WE}`, 'iu');
/** `Pilkada Serentak 2024 pada 27 November 2024`: an election name right before the date. */
const ELECTION_JUST_BEFORE = new RegExp(
  `${WB}(?:${alternation(Object.keys(ELECTION_NAMES))})` +
    `(?:\\s{0,2},?\\s{1,2}(?:${alternation(ELECTION_DATE_LINKS)}|(?:19|20)\\d{2})\\.?){0,4}\\s{0,2},?\\s{1,2}$`,
  'iu',
);
/** How far around a date a voting-day cue (`pemungutan suara`) may stand; after the date only
 *  within its own clause (`27 November 2024 sebagai hari pencoblosan`). */
const ELECTION_CUE_BEFORE = 120;
const ELECTION_CUE_AFTER = 60;
const REF_DOC_RE = new RegExp(`${WB}(?:${alternation(REFERENCE_DOCUMENTS)})${WE}`, 'iu');
const REF_VERB_RE = new RegExp(`${WB}(?:${alternation(REFERENCE_VERBS)})${WE}`, 'iu');
const TERTANGGAL_END = /(?<![\p{L}])tertanggal\s{0,2}$/iu;
/** Its longest match (12 units) and the character its look-behind reads (2 units when astral): testing the
 *  window's last TERTANGGAL_REACH units is testing the window. */
const TERTANGGAL_REACH = 14;
const DATE_CUE_END = /(?<![\p{L}])(?:tanggal|tgl\.?|tertanggal)\s{0,2}:?\s{0,2}$/iu;
const WINDOW = 160;

export interface TopRegion {
  /** Offset where the page top (header, date lines, headline) ends. */
  end: number;
}

/** The top of the page: at most 8 non-empty lines in the first 600 characters, ending at the first
 *  long (body) line. */
export function topRegion(text: string): TopRegion {
  let pos = 0;
  let lines = 0;
  while (pos < text.length && pos < 600 && lines < 8) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const len = nl - pos;
    if (len > 160) break;
    if (text.slice(pos, nl).trim() !== '') lines++;
    pos = nl + 1;
  }
  return { end: Math.min(pos, text.length) };
}

function lineAt(text: string, pos: number): [number, number] {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  return [s, e];
}

const PUBLICATION_WORDS = new Set(PUBLICATION_LINE_WORDS);

/** A date line: besides the date (and its time) at most two words, all on one side of it, each a
 *  capitalised name or a publication word (`Jakarta, Jumat 22 November 2024`, `Diterbitkan
 *  22/11/2024 10:15`); never `Rapat digelar 5 November 2024`. */
export function isDateLine(text: string, start: number, end: number): boolean {
  const [ls, le] = lineAt(text, start);
  if (end > le) return false;
  const before = text.slice(ls, start).match(/\p{L}+/gu) ?? [];
  const after = text.slice(end, le).replace(/(?:pukul\s{0,2})?\d{1,2}[.:]\d{2}(?:\s{0,2}(?:WIB|WITA|WIT))?/giu, '').match(/\p{L}+/gu) ?? [];
  if (before.length > 0 && after.length > 0) return false;
  const words = before.length > 0 ? before : after;
  if (words.length > 2) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || PUBLICATION_WORDS.has(w.toLowerCase()));
}

/** Context is read at most this far from the date, so huge "sentences" stay linear. */
const SENTENCE_REACH = 300;

/** `s.split(/[,;.]/u)[0]` without the array of parts. */
function upToClauseMark(s: string): string {
  const cut = s.search(/[,;.]/u);
  return cut < 0 ? s : s.slice(0, cut);
}

/** First index of `sorted` (ascending) holding a value ≥ `pos`. */
function firstAtOrAfter(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * False when a `WB(?:…)WE` word regex of lexicon family `kind` surely finds nothing in `text.slice(a, b)`, so
 * that it need not run (most dates have no voting-day cue or election name near them; the regexes, tried at
 * every position of their window, were the bulk of this refiner). A match on the slice starts at a word start
 * with the first word of an entry, which is, in the whole text, either a run that `candidates` lists (`starts`)
 * or a word cut by the slice's start or end (the regex sees the slice's edge as a word boundary): those two
 * are looked up as words of their own.
 */
export function mayMatchIn(text: string, a: number, b: number, kind: At, starts: readonly number[]): boolean {
  if (a >= b) return false;
  const i = firstAtOrAfter(starts, a);
  if (i < starts.length && starts[i]! < b) return true;
  const bit = 1 << kind;
  if (a > 0 && isWordUnit(text.charCodeAt(a - 1)) && isWordUnit(text.charCodeAt(a))) {
    let e = a + 1;
    while (e < b && isWordUnit(text.charCodeAt(e))) e++;
    if ((wordKinds(text, a, e) & bit) !== 0) return true;
  }
  if (b < text.length && isWordUnit(text.charCodeAt(b)) && isWordUnit(text.charCodeAt(b - 1))) {
    let s = b - 1;
    while (s > a && isWordUnit(text.charCodeAt(s - 1))) s--;
    if ((wordKinds(text, s, b) & bit) !== 0) return true;
  }
  return false;
}

export function classifyKinds(list: WorkDate[], text: string, published: string | null, sentences: Sentences): WorkDate[] {
  const top = topRegion(text);
  const { lists } = candidates(text);
  const out: WorkDate[] = [];
  for (const c0 of list) {
    const c = copyOf(c0);
    c.kind = kindOf(c, text, published, sentences, top, lists);
    out.push(c);
  }
  return out;
}

function kindOf(
  c: WorkDate,
  text: string,
  published: string | null,
  sentences: Sentences,
  top: TopRegion,
  lists: ReadonlyArray<readonly number[]>,
): DateKind {
  if (c.end <= top.end && isPublicationLine(text, c, published)) return 'publication';
  const [s0, s1] = sentenceAt(sentences, c.start);
  const ss = Math.max(s0, c.start - SENTENCE_REACH);
  const se = Math.min(Math.max(s1, c.end), c.end + SENTENCE_REACH);
  const b0 = Math.max(ss, c.start - WINDOW);
  const before = text.slice(b0, c.start);
  if (
    TERTANGGAL_END.test(before.slice(-TERTANGGAL_REACH)) ||
    // the cheap end-anchored cue first, on the last 16 characters (its longest match, `tertanggal : `, is
    // 15 plus one for the look-behind): the two word scans over the whole window only run after a cue
    (DATE_CUE_END.test(before.slice(-16)) && (REF_DOC_RE.test(before) || REF_VERB_RE.test(before)))
  ) {
    return 'reference';
  }
  // each regex only where `mayMatchIn` finds the first word of one of its entries (the conjunctions below are
  // of pure tests, so their order is free: the election name, rarer than `di`, is looked for first)
  const dayCues = lists[At.ElectionDay]!;
  const names = lists[At.Election]!;
  const d0 = Math.max(ss, c.start - ELECTION_CUE_BEFORE);
  const d1 = Math.min(se, c.end + ELECTION_CUE_AFTER);
  const nameBefore = mayMatchIn(text, b0, c.start, At.Election, names);
  if (
    (mayMatchIn(text, d0, c.start, At.ElectionDay, dayCues) && ELECTION_DAY_RE.test(text.slice(d0, c.start))) ||
    (mayMatchIn(text, c.end, d1, At.ElectionDay, dayCues) && ELECTION_DAY_RE.test(upToClauseMark(text.slice(c.end, d1)))) ||
    (nameBefore && mayMatchIn(text, b0, c.start, At.Hold, lists[At.Hold]!) && ELECTION_WORD_RE.test(before) && HOLD_RE.test(before)) ||
    (nameBefore && ELECTION_JUST_BEFORE.test(before))
  ) {
    return 'election';
  }
  return 'event';
}

/** Only called inside the top region (≤ 600 characters), so the line search is cheap. */
function isPublicationLine(text: string, c: WorkDate, published: string | null): boolean {
  if (isDateLine(text, c.start, c.end)) return true;
  const [ls, le] = lineAt(text, c.start);
  return c.iso !== null && c.iso === published && le - ls <= 60;
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
