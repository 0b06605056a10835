// Input of refiner 4 (link-election.ts): the elections a count is read against, read more widely than the dates'
// elections (dates/elections.ts takes a name with its year only; its output, the article's `elections`, stays as it
// is: what is read here serves the counts alone).
//   - Regional elections of different levels named together ("Pemilihan Gubernur Bali dan Pemilihan Bupati Buleleng
//     2024", "Pemilihan Bupati dan Wakil Bupati Wonosobo serta Pemilihan Gubernur Jawa Tengah pada 27 November 2024",
//     "Pilgub dan Pilbup 2024") are one simultaneous election, JOINT_REGIONAL_ELECTION (the gold's convention).
//   - An election name with its polling date and no year of its own ("Pemilu 14 Februari 2024"): the date's year.
//   - A bare name ("pelanggaran Pemilu") in an article that gives that name no year: the year of the election of that
//     name held in the publication year, or next to it (ELECTION_CALENDAR); never a body's name ("Badan Pengawas
//     Pemilu").
import type { Election } from '../../model.js';
import {
  ELECTION_BODY_HEADS,
  ELECTION_CALENDAR,
  ELECTION_DATE_LINKS,
  ELECTION_GAP_WORDS,
  ELECTION_LIST_JOINERS,
  JOINT_REGIONAL_ELECTION,
  REGIONAL_ELECTIONS,
} from '../../lexicon/violations.js';
import { MONTH_NAMES } from '../../lexicon/calendar.js';
import { CANDIDATE_OFFICE_ELECTIONS } from '../../lexicon/election-candidates.js';
import { ELECTION_NAME_RE, canonicalElection } from '../dates/elections.js';
import { WB, WE, alternation, casedAlternation, lookup } from '../dates/text.js';
import { At, candidatesOf, execAt, stickyOf } from '../dates/scan.js';
import type { TextIndex } from '../../text/index.js';

const NAME_AT = stickyOf(ELECTION_NAME_RE);
/** A token between two names or between a name and its date: a capitalised word (a place, "Wakil Bupati"), a year,
 *  a bracketed acronym or a gap word. Compiled without `i` so `\p{Lu}` stays upper. */
const TOKEN = `(?:\\p{Lu}[\\p{L}'’.\\-]{0,30}${WE}|(?:19|20)\\d{2}${WE}|\\(\\s?\\p{L}{2,15}\\s?\\)|(?:${casedAlternation(ELECTION_GAP_WORDS)})${WE})`;
/** What stands between two regional elections named together: tokens, then a joiner. */
const JOINED_RE = new RegExp(`^(?:[ \\t]{1,2}${TOKEN}){0,8}?[ \\t]{0,2}(?:${casedAlternation(ELECTION_LIST_JOINERS)})[ \\t]{1,2}$`, 'u');
/** A polling date after a name: tokens or date links, then [day] month year. */
const DATE_AFTER_RE = new RegExp(
  `^(?:[ \\t]{1,2}(?:${TOKEN}|(?:${casedAlternation(ELECTION_DATE_LINKS)})${WE})){0,5}?[ \\t]{1,2}(?:\\d{1,2}[ \\t]{1,2})?(?:${casedAlternation(Object.keys(MONTH_NAMES))})[ \\t]{1,2}((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'u',
);
const DATE_REACH = 120;
const JOIN_REACH = 120;
const BODY_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(ELECTION_BODY_HEADS)})\\s{1,2}$`, 'iu');
/** A candidate for an office ("pasangan calon bupati", "caleg"): CANDIDATE_OFFICE_ELECTIONS. */
const CANDIDATE_OFFICE_RE = new RegExp(`${WB}(?:${alternation(Object.keys(CANDIDATE_OFFICE_ELECTIONS))})${WE}`, 'iu');
/** A month and year in a clause ("hingga pertengahan Desember 2023"). */
const MONTH_YEAR_RE = new RegExp(`(?:${alternation(Object.keys(MONTH_NAMES))})\\s{1,2}((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`, 'giu');

interface Mention {
  name: string;
  start: number;
  end: number;
}

/** What the counts read of the article's elections. */
export interface CountElections {
  /** The dates' elections, with joint regional elections and names dated by their polling date. */
  elections: Election[];
  /** The year of a bare name from the calendar and the publication year, or null. */
  calendarYear: (name: string) => number | null;
  /** The article's most frequent bare election (calendar-dated), for an article whose elections have no year. */
  bareMain: Election | null;
}

/** Whether the election name starting at `start` is part of a body's name ("Badan Pengawas Pemilu"). */
export function inBodyName(text: string, start: number): boolean {
  return BODY_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start));
}

/** The year of the election `name` held in `year`, or the one year next to it, by the calendar; else null. With
 *  `ahead`, only the year itself or the one after (the coming election). */
export function calendarYearOf(name: string, year: number | null, ahead = false): number | null {
  const years = ELECTION_CALENDAR[name];
  if (year === null || years === undefined) return null;
  if (years.includes(year)) return year;
  const near = years.filter((y) => (ahead ? y - year === 1 : Math.abs(y - year) === 1));
  return near.length === 1 ? near[0]! : null;
}

/** The year of the last month-and-year date in `text[from, to)`, or null. */
export function monthYearIn(text: string, from: number, to: number): number | null {
  const s = text.slice(from, to);
  MONTH_YEAR_RE.lastIndex = 0;
  let year: number | null = null;
  for (let m = MONTH_YEAR_RE.exec(s); m !== null; m = MONTH_YEAR_RE.exec(s)) year = Number(m[1]);
  return year;
}

function mentionsOf(index: TextIndex): Mention[] {
  const text = index.text;
  const out: Mention[] = [];
  execAt(NAME_AT, text, candidatesOf(index).lists[At.Election]!, (m) => {
    const end = m.index + m[0].length;
    const name = canonicalElection(m.groups!.name!);
    if (name !== null && !inBodyName(text, m.index)) out.push({ name, start: m.index, end });
    return end;
  });
  return out;
}

export function countElections(index: TextIndex, elections: readonly Election[], published: string | null): CountElections {
  const text = index.text;
  const pubYear = published !== null && /^\d{4}/u.test(published) ? Number(published.slice(0, 4)) : null;
  const mentions = mentionsOf(index);
  const datedAt = new Map<number, Election>();
  for (const e of elections) datedAt.set(e.start, e);
  const dateAfter = (end: number): { year: number; end: number } | null => {
    const m = DATE_AFTER_RE.exec(text.slice(end, end + DATE_REACH));
    return m === null ? null : { year: Number(m[1]), end: end + m[0].length };
  };
  const added: Election[] = [];
  const covered: Array<[number, number]> = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    // regional elections of more than one level named together
    let j = i;
    const levels = new Set<string>();
    if (REGIONAL_ELECTIONS.includes(a.name)) {
      levels.add(a.name);
      while (j + 1 < mentions.length) {
        const b = mentions[j + 1]!;
        const gapFrom = datedAt.get(mentions[j]!.start)?.end ?? mentions[j]!.end;
        if (!REGIONAL_ELECTIONS.includes(b.name) || b.start - gapFrom > JOIN_REACH || !JOINED_RE.test(text.slice(gapFrom, b.start))) break;
        levels.add(b.name);
        j++;
      }
    }
    if (levels.size > 1) {
      const last = mentions[j]!;
      let year: number | null = null;
      let end = last.end;
      for (let k = i; k <= j; k++) {
        const e = datedAt.get(mentions[k]!.start);
        if (e !== undefined) {
          year = e.year;
          end = Math.max(end, e.end);
        }
      }
      const d = year === null ? dateAfter(last.end) : null;
      if (d !== null) {
        year = d.year;
        end = d.end;
      }
      if (year !== null) {
        added.push({ name: JOINT_REGIONAL_ELECTION, year, text: text.slice(a.start, end), start: a.start, end, rule: 'count-joint-regional' });
        covered.push([a.start, end]);
      }
      i = j;
      continue;
    }
    // a name with its polling date
    if (datedAt.has(a.start)) continue;
    const d = dateAfter(a.end);
    if (d !== null) added.push({ name: a.name, year: d.year, text: text.slice(a.start, d.end), start: a.start, end: d.end, rule: 'count-polling-date' });
  }
  const all = elections.filter((e) => !covered.some(([s, t]) => e.start < t && e.end > s)).concat(added);
  all.sort((x, y) => x.start - y.start);
  // the most frequent bare name with a calendar year, when no election has a year
  let bareMain: Election | null = null;
  if (all.length === 0 && pubYear !== null) {
    const n = new Map<string, number>();
    for (const m of mentions) n.set(m.name, (n.get(m.name) ?? 0) + 1);
    let best = 0;
    for (const m of mentions) {
      const year = calendarYearOf(m.name, pubYear);
      if (year !== null && n.get(m.name)! > best) {
        best = n.get(m.name)!;
        bareMain = { name: m.name, year, text: text.slice(m.start, m.end), start: m.start, end: m.end, rule: 'count-calendar-year' };
      }
    }
  }
  // a page that names no election but a candidate for an office ("… mengacungkan jari bersama pasangan calon bupati",
  // check23 04, published November 2024): the election of that office held in the publication year, or the year after
  // (a candidate in 2023 runs in 2024); never the year before: "berfoto bersama calon presiden" published June 2025
  // names no past election (review18 a4)
  if (bareMain === null && all.length === 0 && mentions.length === 0 && pubYear !== null) {
    const m = CANDIDATE_OFFICE_RE.exec(text);
    const name = m === null ? undefined : lookup(CANDIDATE_OFFICE_ELECTIONS, m[0].toLowerCase().replace(/\s+/gu, ' '));
    const year = name === undefined ? null : calendarYearOf(name, pubYear, true);
    if (m !== null && name !== undefined && year !== null) bareMain = { name, year, text: m[0], start: m.index, end: m.index + m[0].length, rule: 'count-candidate-office' };
  }
  const namedAll = new Set(all.map((e) => e.name));
  // a bare name the article gives no year: by the publication year; else the one year of the article's elections held
  // together with it ("pemilihan bupati" beside "Pemilihan Wali Kota … 2024": the regional elections are simultaneous)
  const calendarYear = (name: string): number | null => {
    if (namedAll.has(name)) return null;
    const cal = calendarYearOf(name, pubYear);
    if (cal !== null || ELECTION_CALENDAR[name] === undefined) return cal;
    const years = new Set(all.filter((e) => ELECTION_CALENDAR[e.name] === ELECTION_CALENDAR[name]).map((e) => e.year));
    return years.size === 1 ? [...years][0]! : null;
  };
  return { elections: all, calendarYear, bareMain };
}
