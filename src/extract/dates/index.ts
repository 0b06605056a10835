// DATES extractor: calendar dates (day first, always), relative dates resolved against the
// publication date only, and election mentions with a year (`Pilkada 2024`).
//
// Shape (as chrono): parsers (parsers.ts, elections.ts) find what is written; refiners
// (refiners.ts) then run in this fixed order:
//   1. dropOverlaps     — one candidate per span: `Selasa (6/8)` beats the bare weekday `Selasa`.
//   2. mergeDeictic     — `Minggu (28/12/2014) kemarin` is one date (needs 1: one candidate per span,
//                         in text order).
//   3. resolveCalendar  — ISO dates; missing years from the publication date, else the article's
//                         years (full dates, then elections / `tahun 2024`); weekday agreement; months
//                         (`Oktober 2024` → `2024-10`) and years (`pada 2019` → `2019`).
//   3b. yearFromFrame  — `Pada Pilkada 2017, … pertengahan Desember`: a yearless day or month in a sentence framed
//                         in a year (or after `tahun ini`/`tahun lalu` in it) takes that year (sentence-year.ts;
//                         needs 3: it replaces the inferred year).
//   3c. joinYearWords  — `Oktober tahun lalu`, `17 Agustus tahun 1945`: a yearless day or month and the year words
//                         right after it are one date of that year (year-word.ts; after 3b, whose frame year the
//                         written one overrides; before 4, so `sehari kemudian` counts from the joined date).
//   4. resolveRelative  — `kemarin`, `2 hari lalu`, `bulan depan`, bare weekdays (publication date only);
//                         `hari itu` = the date before it; `sehari kemudian` = the last day before it
//                         (written or relative) + 1 (needs 3: the written dates resolved).
//   4a. speechDays     — a relative day inside a quote whose attribution writes the day it was said counts from that
//                         day (quote-day.ts; read before 4 from the written dates resolved in 3).
//   5. attachTimes      — `pukul 10.15 WIB` → time of the adjacent date, else of the last date before it in
//                         its paragraph, and a mention of its own on that day (needs final dates).
//   5b. datesOfStamps  — a live report's stamps (`10.15 WITA` alone on a line, `13.05 WITA - …` leading one): the
//                         report's day at that time (its day header, else the publication date, else the lead's
//                         date; live-stamps.ts; after 5, which leaves them out, and before 6, which classifies them).
//   6. classifyKinds    — publication / reference / election / event / period (needs final spans).
import type { DateMention, Election, ExtractContext } from '../../model.js';
import { EVENING_FROM_HOUR } from '../../lexicon/calendar.js';
import { parseIso } from './daymath.js';
import { extractElections } from './elections.js';
import { parseDates, parseTimes } from './parsers.js';
import {
  attachTimes,
  classifyKinds,
  dropOverlaps,
  isDateLine,
  isDatelineDate,
  mergeDeictic,
  resolveCalendar,
  resolveRelative,
  toMention,
  toWork,
  topRegion,
  type WorkDate,
  type YearReference,
} from './refiners.js';
import { indexOf } from '../../text/index.js';
import { yearFromFrame } from './sentence-year.js';
import { joinYearWords } from './year-word.js';
import { datesOfStamps, splitStamps } from './live-stamps.js';
import { datelineDates } from './dateline-removed.js';
import { speechDays } from './quote-day.js';

export { extractElections } from './elections.js';

const TAHUN_RE = /(?<![\p{L}\p{N}])[Tt]ahun\s{1,2}((?:19|20)\d{2})(?![\p{L}\p{N}])/gu;
/** `UU Nomor 20 Tahun 2023`: the year of a law, not of the article. */
const LAW_NUMBER_BEFORE = /(?:nomor|no\.?)\s{0,2}\d{1,4}\s{1,2}$/iu;

/** The most frequent of `years` (a tie goes to the later year), null when there is none. */
export function mostFrequentYear(years: number[]): number | null {
  if (years.length === 0) return null;
  // runs of equal years in ascending order; a later (larger) year wins a tie
  const sorted = years.slice().sort((a, b) => a - b);
  let best: number | null = null;
  let bestN = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i >= bestN) {
      best = sorted[i]!;
      bestN = j - i;
    }
    i = j;
  }
  return best;
}

/** Where a missing year comes from: the publication date; else the most frequent year among the
 *  article's full dates; else among its election years and `tahun YYYY` (not law numbers). */
function yearReference(text: string, published: string | null, list: WorkDate[], elections: Election[]): YearReference {
  const pub = parseIso(published);
  if (pub) return { kind: 'date', ...pub };
  // (the year lists are built by loops into `[]` literals, whose allocation site learns their elements kind:
  // `map`/`filter` results do not, and an empty one then has another map than a full one, a deopt here)
  const full: number[] = [];
  for (const c of list) if (c.relative === null && c.year !== null && c.day !== null) full.push(c.year);
  const fromDates = mostFrequentYear(full);
  if (fromDates !== null) return { kind: 'year', y: fromDates };
  const years: number[] = [];
  for (const e of elections) years.push(e.year);
  TAHUN_RE.lastIndex = 0;
  for (let m = TAHUN_RE.exec(text); m !== null; m = TAHUN_RE.exec(text)) {
    if (LAW_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    years.push(Number(m[1]));
  }
  const y = mostFrequentYear(years);
  return y === null ? null : { kind: 'year', y };
}

/** Published from EVENING_FROM_HOUR, its time known (`2024-11-20T20:30:00+07:00`, `2024-11-20 20:30`): the hour as
 *  written with its offset (the outlet's local time); a UTC time (`Z`) is read in WIB (UTC+7), the zone of most
 *  outlets. */
export function isEveningArticle(published: string | null | undefined): boolean {
  const m = published ? /^\d{4}-\d{2}-\d{2}[T ](\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(Z)?/u.exec(published) : null;
  if (!m) return false;
  const hour = m[2] ? (Number(m[1]) + 7) % 24 : Number(m[1]);
  return hour >= EVENING_FROM_HOUR;
}

export function extractDates(ctx: ExtractContext): { dates: DateMention[]; elections: Election[] } {
  const text = ctx.text;
  const index = indexOf(ctx);
  const elections = extractElections(index);
  const published = parseIso(ctx.published) ? ctx.published!.slice(0, 10) : null;

  const found = parseDates(index);
  // (a live report's stamps give dates of their own: with no date written, they are looked for only when the
  // publication date can give them their day)
  if (found.length === 0 && (published === null || parseTimes(index).length === 0)) return { dates: datelineDates(ctx.dateline, text, () => yearReference(text, published, [], elections)), elections };
  let list: WorkDate[] = [];
  for (const c of found) list.push(toWork(c));
  // (sentences only after a date is found: the refiners below are the only readers, and with no
  // candidate every refiner returns the empty list)
  const sentences = index.sentences;
  list = dropOverlaps(list); // 1
  list = mergeDeictic(list, text); // 2
  // the year reference is read only for a month (with or without a day) without a year (its `tahun YYYY` scan reads the whole text)
  const needsYear = list.some((c) => c.relative === null && c.month !== null && c.year === null);
  list = resolveCalendar(list, needsYear ? yearReference(text, published, list, elections) : null); // 3
  if (needsYear) list = yearFromFrame(list, text, sentences, published); // 3b
  if (needsYear) list = joinYearWords(list, text, published); // 3c
  list = resolveRelative(list, published, isEveningArticle(ctx.published), speechDays(list, text)); // 4 (4a: quote-day.ts)
  const { stamps, others } = splitStamps(parseTimes(index), text);
  list = attachTimes(list, others, text, sentences); // 5
  list = datesOfStamps(list, stamps, text, published); // 5b
  list = classifyKinds(list, index, published, sentences); // 6

  // the date of a dateline the cleaner split off (`Jakarta, 11 Januari 2024 – …`): first, with no span (dateline-removed.ts)
  const dates: DateMention[] = datelineDates(ctx.dateline, text, () => yearReference(text, published, list, elections));
  for (const c of list) if (!c.drop) dates.push(toMention(c, text));
  return { dates, elections };
}

/** A publication date stated in a date line at the very top of the text (`Jumat, 22 November 2024
 *  10:15 WIB`, `22/11/2024`, `Friday, November 22, 2024`) or in a release's dateline left in its lead (`SAMARINDA
 *  (12/2/2024) – …`), else null. Only full dates count. */
export function publishedFromText(text: string): string | null {
  const top = topRegion(text);
  if (top.end === 0) return null;
  const head = text.slice(0, top.end);
  const found = parseDates(head);
  if (found.length === 0) return null;
  const list: WorkDate[] = [];
  for (const c of found) list.push(toWork(c));
  for (const c of resolveCalendar(dropOverlaps(list), null)) {
    if (c.iso === null || c.iso.length !== 10 || !c.certain || c.relative !== null) continue;
    if (isDateLine(head, c.start, c.end) || isDatelineDate(head, c.start, c.end)) return c.iso;
  }
  return null;
}
