// Election mentions with a year: `Pilkada 2024`, `Pilkada Serentak 2024`, `Pilkada Lotim 2024`,
// `pemilihan kepala daerah (pilkada) di Kabupaten Katingan tahun 2024`, `Pemilu 2019 atau 2024`.
// A bare year is never a date; next to an election name it becomes an `Election`.
import type { Election } from '../../model.js';
import {
  ELECTION_GAP_WORDS,
  ELECTION_LAW_CUES,
  ELECTION_NAMES,
  ELECTION_YEAR_JOINERS,
} from '../../lexicon/violations.js';
import { TextIndex } from '../../text/index.js';
import { At, candidatesOf, execAt, stickyOf } from './scan.js';
import { WB, WE, alternation, casedAlternation, lookup } from './text.js';

const YEAR = '(?<year>(?:19|20)\\d{2})(?![\\p{L}\\p{N}]|[.,/]\\p{N})';

/** An election name (any case: `pilkada serentak 2024` is common). */
export const ELECTION_NAME_RE = new RegExp(`${WB}(?<name>${alternation(Object.keys(ELECTION_NAMES))})${WE}`, 'giu');

/** One token between the name and the year: the year itself, a parenthesised acronym, a capitalised
 *  word (place names, `Serentak`) or one of the gap words. Compiled without `i` so `\p{Lu}` stays upper. */
const GAP_RE = new RegExp(
  `[ \\t\\u00a0]{1,3}(?:${YEAR}|\\(\\s?\\p{L}{2,15}\\s?\\)|\\p{Lu}[\\p{L}'’\\-]{0,30}${WE}|(?:${casedAlternation(ELECTION_GAP_WORDS)})${WE})`,
  'yu',
);
const MAX_GAP_TOKENS = 6;

/** `… atau 2024`: another year for the same election name. */
const JOIN_RE = new RegExp(`[ \\t]{0,2}(?:${alternation(ELECTION_YEAR_JOINERS)})[ \\t]{1,3}${YEAR}`, 'yu');

/** ELECTION_NAME_RE anchored where it is tried: at the At.Election positions (scan.ts). Every match moves the
 *  loop on, so every match must start there: the `WB` look-behind puts it at a word start, and the name's
 *  first word is followed by a space or the word's end. */
const ELECTION_NAME_AT = stickyOf(ELECTION_NAME_RE);

/** How far after a name's start its year can start: the longest name (`pemilihan  kepala  daerah`, 25 units)
 *  plus MAX_GAP_TOKENS - 1 gap tokens of at most 65 units each (3 spaces and a capitalised word of 31 letters,
 *  2 units each when astral) plus 3 spaces = 353; rounded up. */
const YEAR_REACH = 400;

/** Whether a year (`19..`/`20..` at the start of a digit run) starts in `(p, p + YEAR_REACH]`; `digits` are the
 *  At.Digits positions and `k` the first one after the previous name tried (candidates ascend). */
function firstYearAfter(text: string, digits: readonly number[], k: number, p: number): number {
  while (k < digits.length && digits[k]! <= p) k++;
  for (let j = k; j < digits.length && digits[j]! <= p + YEAR_REACH; j++) {
    const q = digits[j]!;
    const a = text.charCodeAt(q);
    const b = text.charCodeAt(q + 1);
    if ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) return k;
  }
  return -1 - k;
}

const LAW_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(ELECTION_LAW_CUES)})\\s{1,2}$`, 'iu');

export function canonicalElection(name: string): string | null {
  return lookup(ELECTION_NAMES, name) ?? null;
}

export function extractElections(src: string | TextIndex): Election[] {
  const index = typeof src === 'string' ? new TextIndex(src) : src;
  const text = index.text;
  const out: Election[] = [];
  const { lists } = candidatesOf(index);
  // The name regex is tried only where a year can follow (most names in a text have none). Exact: a name
  // without a year is rejected, and skipping it changes no later attempt either, as no name's inner word
  // (`kepala`, `umum`…) starts a name, so no candidate that its match would have skipped can match.
  const names = lists[At.Election]!;
  const digits = lists[At.Digits]!;
  const withYear: number[] = [];
  for (let i = 0, k = 0; i < names.length; i++) {
    k = firstYearAfter(text, digits, k, names[i]!);
    if (k >= 0) withYear.push(names[i]!);
    else k = -1 - k;
  }
  execAt(ELECTION_NAME_AT, text, withYear, (m) => {
    const nameEnd = m.index + m[0].length;
    const name = canonicalElection(m.groups!.name!);
    if (!name) return nameEnd;
    if (LAW_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return nameEnd;
    let pos = m.index + m[0].length;
    let year: number | null = null;
    for (let i = 0; i < MAX_GAP_TOKENS; i++) {
      GAP_RE.lastIndex = pos;
      const g = GAP_RE.exec(text);
      if (!g) break;
      pos = GAP_RE.lastIndex;
      if (g.groups?.year) {
        year = Number(g.groups.year);
        break;
      }
    }
    if (year === null) return nameEnd;
    out.push({ name, year, text: text.slice(m.index, pos), start: m.index, end: pos, rule: 'election-year' });
    // `Pemilu 2019 atau 2024`
    for (let i = 0; i < 3; i++) {
      JOIN_RE.lastIndex = pos;
      const j = JOIN_RE.exec(text);
      if (!j) break;
      const y = j.groups!.year!;
      const end = JOIN_RE.lastIndex;
      const start = end - y.length;
      out.push({ name, year: Number(y), text: y, start, end, rule: 'election-joined-year' });
      pos = end;
    }
    return Math.max(nameEnd, pos);
  });
  return out;
}
