// Parser: relative day words and counted spans (`kemarin`, `hari ini`, `besok`, `2 hari lalu`, `dua puluh tahun
// silam`, `tiga pekan lalu`, `sebulan kemudian`, `10 hari sebelumnya`, `bulan depan`, `akhir tahun`, `hari itu`,
// `keesokan harinya`). Split out of parsers.ts (issue 19: no source file over 500 lines).
//
// A counted span is number × unit × direction: the number is any Indonesian number word or digits before the unit
// (violations/numbers.ts reads it: `tiga`, `dua belas`, `dua puluh lima`, `15`), or the `se-` of the unit
// (`sepekan`); the units and directions are lexicon/calendar.ts RELATIVE_UNITS and RELATIVE_DIRECTIONS. From the
// publication date (`lalu`, `silam`, `mendatang`, `lagi`): days and weeks give a day (`tiga pekan lalu` = 21 days
// before), months a month, years a year; from the last written date (`kemudian`, `sebelumnya`) every unit but the
// year gives a day. Not dates: an open count (`beberapa tahun lalu`, `puluhan tahun silam`: a vague mention, no
// value), a stretch of time (`selama dua hari lagi`, `dalam tiga pekan mendatang`: DURATION_LEADS), `ke depan` and
// `terakhir` (not directions: `tiga bulan ke depan`, `sepekan terakhir` are durations).
import {
  ANAPHORIC_DAYS,
  ANCHORED_DAYS,
  DAY_OF_MONTH_CUES,
  DIRECTION_WORD_COMPOUNDS,
  DURATION_LEADS,
  EVERY_WORDS,
  PERIOD_GENRE_NOUNS,
  MAX_RELATIVE_COUNT,
  NIGHT_JUST_PAST,
  RELATIVE_DAYS,
  RELATIVE_DIRECTIONS,
  RELATIVE_UNITS,
  VAGUE_COUNT_WORDS,
} from '../../lexicon/calendar.js';
import { NUMERAL_APPROXIMATE, NUMERAL_GROUP_MULTIPLIERS, NUMERAL_TEEN, NUMERAL_UNITS } from '../../lexicon/numerals.js';
import { parseIndonesianNumber } from '../violations/numbers.js';
import { before, candidate, MODIFIER_BEFORE, relativeOf, wordStart, type DateParser } from './parse-kit.js';
import { At } from './scan.js';
import { WE, alternation, lookup } from './text.js';
import { alternationOfSources, escapeRe } from '../../text/regex.js';

/** The words of a number before a unit (no scale beyond `puluh`: no count past MAX_RELATIVE_COUNT is read). */
const NUMBER_WORD = alternation([
  ...Object.keys(NUMERAL_UNITS).filter((w) => NUMERAL_UNITS[w]! >= 1 && NUMERAL_UNITS[w]! <= 11),
  NUMERAL_TEEN,
  ...Object.keys(NUMERAL_GROUP_MULTIPLIERS).filter((w) => NUMERAL_GROUP_MULTIPLIERS[w] === 10),
]);
/** Words of an open count (`beberapa`, `puluhan`). */
const VAGUE_WORD = alternation([...VAGUE_COUNT_WORDS, ...Object.keys(NUMERAL_APPROXIMATE)]);
/** The count right before a unit: digits, a run of up to four number words (`dua puluh lima`), or an open count. */
const COUNT_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<n>\\d{1,2}|(?:${NUMBER_WORD})(?:\\s{1,2}(?:${NUMBER_WORD})){0,3})|(?<vague>${VAGUE_WORD}))\\s{1,2}$`,
  'iu',
);
/** How far back the count is read: four number words of at most 9 letters and their spaces. */
const COUNT_REACH = 48;
/** A day cue before a count (`tanggal 25 bulan depan`). */
const DAY_CUE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(DAY_OF_MONTH_CUES)})\\.?\\s{1,2}$`, 'iu');
/** `lalu lintas`, `lalu-lalang`: the direction word is part of another word. */
// the kit's sources in the lexicon's order (each a compound's tail, escaped, its leading space as 1–2 blanks);
// `.replace(/-/u, '-')` of the old hand-built join was a no-op, and escapeRe leaves `-` and letters as they are
export const COMPOUND_AFTER = new RegExp(
  `^(?:${alternationOfSources(DIRECTION_WORD_COMPOUNDS.map((w) => escapeRe(w).replace(/^ /u, '\\s{1,2}')))})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** A stretch of time before a count (`selama dua hari lagi`). */
const DURATION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(DURATION_LEADS)})\\s{1,2}$`, 'iu');
/** `setiap akhir tahun`, `tiap awal bulan`: a recurring time, not a date. */
const EVERY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(EVERY_WORDS)})\\s{1,2}$`, 'iu');

/** `rilis akhir tahun`, `Laporan Akhir Bulan`: a report's or a meeting's genre, not a date. */
const GENRE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(PERIOD_GENRE_NOUNS)})\\s{1,2}$`, 'iu');

/** The count written before a unit starting at `pos`: its value (NaN for an open count: `beberapa`) and its
 *  start, or null when none is written. */
function countBefore(text: string, pos: number): { n: number; start: number } | null {
  const c = COUNT_BEFORE.exec(text.slice(Math.max(0, pos - COUNT_REACH), pos));
  if (c === null) return null;
  if (c.groups!.vague !== undefined) return { n: NaN, start: pos - c[0].length };
  const parsed = parseIndonesianNumber(c.groups!.n!);
  if (parsed === null || parsed.approximate) return null;
  return { n: parsed.value, start: pos - c[0].length };
}

export const relative: DateParser = {
  name: 'relative',
  // kept only at a word start; every alternative's first word is followed by a space or the word's end
  at: At.Relative,
  pattern: new RegExp(
    `(?:(?<ana>${alternation(ANAPHORIC_DAYS)})|(?<anch>${alternation(Object.keys(ANCHORED_DAYS))})|(?<night>${alternation(NIGHT_JUST_PAST)})|(?<day>${alternation(Object.keys(RELATIVE_DAYS))})|` +
      `(?<se>se)?(?<unit>${alternation(Object.keys(RELATIVE_UNITS))})(?:\\s{1,2}(?<dir>${alternation(Object.keys(RELATIVE_DIRECTIONS))}))?)${WE}`,
    'giu',
  ),
  extract(m, text) {
    const g = m.groups!;
    if (!wordStart(text, m.index)) return null;
    const end = m.index + m[0].length;
    if (g.ana) return candidate(m.index, end, this.name, null, null, null, null, relativeOf('anaphora', 0, null));
    if (g.anch) {
      const off = lookup(ANCHORED_DAYS, g.anch);
      if (off === undefined) return null;
      // `dua hari berikutnya`: counted; `beberapa hari berikutnya`: no single day
      const c = countBefore(text, m.index);
      if (c !== null && Number.isNaN(c.n)) return null;
      if (c !== null && !Number.isNaN(c.n) && c.n <= MAX_RELATIVE_COUNT) return candidate(c.start, end, this.name, null, null, null, null, relativeOf('anchored', off * c.n, null));
      return candidate(m.index, end, this.name, null, null, null, null, relativeOf('anchored', off, null));
    }
    if (g.night) return candidate(m.index, end, this.name, null, null, null, null, relativeOf('night', -1, null));
    if (g.day) {
      const off = lookup(RELATIVE_DAYS, g.day);
      return off === undefined ? null : candidate(m.index, end, this.name, null, null, null, null, relativeOf('days', off, null));
    }
    const unit = lookup(RELATIVE_UNITS, g.unit!);
    if (!unit) return null;
    const dir = g.dir === undefined ? undefined : lookup(RELATIVE_DIRECTIONS, g.dir);
    if (dir !== undefined && COMPOUND_AFTER.test(text.slice(end, end + 12))) return null;
    let n = g.se ? 1 : NaN;
    let start = m.index;
    let vague = false;
    if (!g.se) {
      const c = countBefore(text, m.index);
      // `tanggal 25 bulan depan`: a day of a month (day-of-month.ts), not 25 months
      if (c !== null && DAY_CUE_BEFORE.test(before(text, c.start))) return null;
      if (c !== null) {
        vague = Number.isNaN(c.n);
        n = c.n;
        start = c.start;
      }
    }
    const counted = !Number.isNaN(n);
    if (counted && !(n >= 1 && n <= MAX_RELATIVE_COUNT)) return null;
    // `selama dua hari lagi`, `dalam sebulan mendatang`: a stretch of time
    if (counted && dir !== undefined && DURATION_BEFORE.test(before(text, start))) return null;
    // a modifier before (`akhir tahun lalu`) joins the span; a bare `tahun`/`bulan` is a date only with one
    let modified = false;
    if (!counted && !vague) {
      const mo = MODIFIER_BEFORE.exec(before(text, start));
      if (mo && !EVERY_BEFORE.test(before(text, start - mo[0].length))) {
        start -= mo[0].length;
        modified = true;
      }
    }
    if (dir === undefined) {
      // `akhir tahun`, `awal bulan` (this one); never a year written after it (`akhir tahun 2024`: a year mention)
      if (!modified || unit.precision === 'day' || unit.precision === 'none' || /^\s{0,2}\d/u.test(text.slice(end, end + 3))) return null;
      // `rilis akhir tahun`: the genre of a report or a meeting (the modifier opens the span)
      if (GENRE_BEFORE.test(before(text, start))) return null;
      return candidate(start, end, this.name, null, null, null, null, relativeOf('period', 0, null, unit.step, unit.precision as 'month' | 'year'));
    }
    if (dir === 'after' || dir === 'before') {
      // `sehari kemudian`, `tiga minggu kemudian`, `hari berikutnya`; `kemudian` alone after a bare unit
      // (`minggu kemudian`) is too loose unless counted; an open count (`beberapa hari kemudian`) names no day
      if (vague) return null;
      if (!counted && !(g.unit!.toLowerCase() === 'hari' && dir === 'after' && g.dir!.toLowerCase() !== 'kemudian')) return null;
      const k = (counted ? n : 1) * (dir === 'before' ? -1 : 1);
      const offset = unit.step === 'day' ? k * unit.days : k;
      return candidate(start, end, this.name, null, null, null, null, relativeOf('anchored', offset, null, unit.step, unit.step === 'year' ? 'year' : 'day'));
    }
    const sign = dir === 'past' ? -1 : dir === 'future' ? 1 : 0;
    if (sign === 0 && (counted || vague)) return null; // `dua tahun ini`
    if (dir === 'future' && g.dir!.toLowerCase() === 'lagi' && !counted) return null; // `hari lagi`
    // `beberapa tahun lalu`, `puluhan tahun silam`: a time expression with no single value
    if (vague) return candidate(start, end, this.name, null, null, null, null, relativeOf('vague', 0, null));
    const k = (counted ? n : 1) * sign;
    if (unit.precision === 'day' || (unit.precision === 'none' && counted)) {
      // `2 hari lalu`, `sehari lagi`, `tiga pekan lalu` (21 days); `hari lalu` alone (`beberapa hari lalu`) names no day
      if (!counted) return candidate(start, end, this.name, null, null, null, null, relativeOf('vague', 0, null));
      return candidate(start, end, this.name, null, null, null, null, relativeOf('days', k * unit.days, null));
    }
    // `pekan lalu`: last week, no single day
    if (unit.precision === 'none') return candidate(start, end, this.name, null, null, null, null, relativeOf('vague', 0, null));
    return candidate(start, end, this.name, null, null, null, null, relativeOf('period', k, null, unit.step, unit.precision));
  },
};
