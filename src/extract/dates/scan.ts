// Candidate positions for the date and violation-count parsers, found in ONE pass over the text.
//
// Each parser's regex used to be run globally over the whole text: about fifteen full scans per article, each
// trying a big alternation at every position. But every parser can only produce a match it KEEPS at a few
// kinds of places: the start of a run of digits, or the start of a word from a short list (a weekday, a month,
// a number word, a qualifier such as `sebanyak`…). This module walks the text once, hashes each word in
// lower case, and lists for every parser family the positions where such a word (or a digit run) starts.
// The parsers then run their regex sticky (`y`) at those positions only (see `execAt`).
//
// Why this is exact, parser by parser, is written next to each parser (its `at`). The general shape:
//   - a parser's extract() rejects a match unless nothing word-like stands right before it (`wordStart`,
//     `numberStart`, a `(?<![\p{L}\p{N}])` look-behind), so a kept match starts where a word run starts;
//   - what follows the matched lexicon word is never a letter or digit (white space, punctuation, `-`,
//     an end-of-word assertion), so the first word run of the match is exactly the first word of a lexicon
//     entry (in any letter case);
//   - hence a kept match starts at a run whose lower-case form is the first word of an entry. Lists are
//     supersets: a hash collision or a run with non-ASCII characters (whose case folding we do not model:
//     `K` KELVIN SIGN folds to `k` under the `iu` flags) only adds a position where the regex then fails.
//
// Runs are taken per UTF-16 unit, as the parsers' own `wordStart` checks look at one unit: a surrogate is
// never a word unit, so a word after an astral letter still starts a run here (a superset again).
import {
  ANAPHORIC_DAYS,
  ANCHORED_DAYS,
  CENTURY_WORDS,
  DATE_CUES,
  ELECTION_DAY_CUES,
  ELECTION_HOLD_VERBS,
  LAST_NIGHT_WORDS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  RELATIVE_DAYS,
  NIGHT_JUST_PAST,
  RELATIVE_UNITS,
  TIME_CUES,
  WEEKDAYS,
} from '../../lexicon/calendar.js';
import {
  NUMERAL_APPROXIMATE,
  NUMERAL_GROUP_MULTIPLIERS,
  NUMERAL_SCALES,
  NUMERAL_TEEN,
  NUMERAL_UNITS,
} from '../../lexicon/numerals.js';
import { ELECTION_NAMES, QUALIFIER_CUES, REPORTERS, SUBSET_PHRASES } from '../../lexicon/violations.js';
import { CLASS, WORD } from '../../text/chars.js';
import { TextIndex } from '../../text/index.js';
import type { WordRuns } from '../../text/runs.js';

/** The candidate lists, one per parser family (indices into `Candidates.lists`). */
export const At = {
  /** Weekday names (`Selasa`, `Jum'at`): weekday-paren, weekday-numeric, bare weekday. */
  Weekday: 0,
  /** Starts of runs of ASCII digits: day-month-name, iso-date, numeric-date. */
  Digits: 1,
  /** Month names and abbreviations: month-day-year. */
  Month: 2,
  /** `tanggal`, `tgl`, `tertanggal`, `pada`: cued-numeric. */
  DateCue: 3,
  /** `kemarin`, `hari`, `pekan`, `sepekan`, `tahun`, `keesokan`…: relative; `abad`: century. */
  Relative: 4,
  /** Digit runs and words starting with a time cue (`pukul`, `jam10.00`): times. */
  Time: 5,
  /** First words of election names: elections. */
  Election: 6,
  /** Digit runs and number words (`dua`, `ratusan`): count-unit, subset-count. */
  Number: 7,
  /** First words of qualifier cues (`sebanyak`, `tidak lebih dari`), and `±`, `+`: unit-count. */
  Qualifier: 8,
  /** First words of reporting bodies (`Bawaslu`, `Badan Pengawas Pemilu`): reporter links. */
  Reporter: 9,
  /** A distinctive word of each subset phrase (`antaranya` of `di antaranya`, `jumlah` of `dari jumlah itu`):
   *  subset-count runs only when the text has one (see `subsetWord`). */
  Subset: 10,
  /** First words of voting-day cues (`pemungutan suara`, `hari h`): the date kind refiner's filter. */
  ElectionDay: 11,
  /** First words of the verbs of holding an event (`digelar`, `di laksanakan`): the same. */
  Hold: 12,
} as const;
export type At = (typeof At)[keyof typeof At];
const KINDS = 13;

/** The first word (run of ASCII letters/digits) of each lexicon entry, lower case; an apostrophe may be
 *  left out in the text (`Jum'at` / `Jumat`), so the entry without it counts too. */
function firstWords(entries: Iterable<string>): string[] {
  const out: string[] = [];
  for (const e of entries) {
    for (const v of [e, e.replace(/['’`]/gu, '')]) {
      const m = /^[a-z0-9]+/u.exec(v.toLowerCase());
      if (m !== null) out.push(m[0]);
    }
  }
  return out;
}

const NUMBER_WORDS = [
  ...Object.keys(NUMERAL_UNITS),
  NUMERAL_TEEN,
  ...Object.keys(NUMERAL_GROUP_MULTIPLIERS),
  ...Object.keys(NUMERAL_SCALES),
  ...Object.keys(NUMERAL_APPROXIMATE),
];
const RELATIVE_WORDS = [
  ...ANAPHORIC_DAYS,
  ...Object.keys(ANCHORED_DAYS),
  ...Object.keys(RELATIVE_DAYS),
  ...NIGHT_JUST_PAST,
  ...Object.keys(RELATIVE_UNITS),
  ...Object.keys(RELATIVE_UNITS).map((u) => `se${u}`), // `sepekan lalu`
];

/** The word of a subset phrase that every match of it holds as a whole word run: the second word when there is
 *  one (`di antaranya`: the first, `di`, is everywhere), else the only one (`diantaranya`). In a match the words
 *  are separated by white space, and the phrase ends at a word end, so that word is a run of its own. */
function subsetWord(phrase: string): string {
  const words = phrase.toLowerCase().split(' ');
  return words[words.length > 1 ? 1 : 0]!;
}

/** FNV-1a over `code | 0x20` of each unit: lower case for ASCII letters, unchanged for digits and lower-case
 *  letters. The scan computes the same over each run of the text (a run with a non-ASCII unit is never
 *  looked up, so what `| 0x20` does to other characters does not matter). */
function hashOf(word: string, start = 0, end = word.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (word.charCodeAt(i) | 0x20), 0x01000193);
  return h;
}

/** Lower-case word hash → bit mask of the lists its run start goes to: open addressing in typed arrays (a
 *  `Map` lookup per word cost as much as the rest of the scan). 1024 slots for ~150 words. */
const WORD_SLOTS = 1024;
const WORD_HASH = new Int32Array(WORD_SLOTS);
const WORD_MASK = new Int32Array(WORD_SLOTS); // 0 = empty slot (every word has at least one kind bit)
let maxWordLength = 0;
function wordSlot(h: number): number {
  let s = (h ^ (h >>> 15)) & (WORD_SLOTS - 1);
  while (WORD_MASK[s] !== 0 && WORD_HASH[s] !== h) s = (s + 1) & (WORD_SLOTS - 1);
  return s;
}
function addWords(kind: At, words: string[]): void {
  for (const w of words) {
    const s = wordSlot(hashOf(w));
    WORD_HASH[s] = hashOf(w);
    WORD_MASK[s]! |= 1 << kind;
    maxWordLength = Math.max(maxWordLength, w.length);
  }
}
addWords(At.Weekday, firstWords(Object.keys(WEEKDAYS)));
addWords(At.Month, firstWords([...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)]));
addWords(At.DateCue, firstWords([...DATE_CUES, 'pada']));
addWords(At.Relative, firstWords([...RELATIVE_WORDS, ...CENTURY_WORDS, ...LAST_NIGHT_WORDS]));
addWords(At.Election, firstWords(Object.keys(ELECTION_NAMES)));
addWords(At.Number, firstWords(NUMBER_WORDS));
addWords(At.Qualifier, firstWords(Object.keys(QUALIFIER_CUES)));
addWords(At.Reporter, firstWords(Object.keys(REPORTERS)));
addWords(At.Subset, SUBSET_PHRASES.map(subsetWord));
addWords(At.ElectionDay, firstWords(ELECTION_DAY_CUES));
addWords(At.Hold, firstWords(ELECTION_HOLD_VERBS));
// a time cue standing as a word of its own (`pukul 10.15`); glued to the hour (`jam10.00`) see below
addWords(At.Time, firstWords(TIME_CUES));

/** A time cue may be glued to the hour (`jam10.00`): a run with digits whose lower-case PREFIX is a cue goes
 *  to Time too (the cue is followed by `.`, a space or a digit, so without digits the run IS the cue). The
 *  cues, their first letters, and the hash of each. */
const TIME_PREFIXES = TIME_CUES.map((c) => ({ length: c.length, hash: hashOf(c.toLowerCase()) }));
const TIME_FIRST = new Uint8Array(128);
for (const c of TIME_CUES) TIME_FIRST[c.toLowerCase().charCodeAt(0) & 127] = 1;

/** Qualifier cues that do not start with a letter (`±`, `+/-`): every position of their first character. */
const QUALIFIER_SIGNS = new Set(Object.keys(QUALIFIER_CUES).filter((k) => !/^[a-z0-9]/iu.test(k)).map((k) => k.charCodeAt(0)));

const DIGIT_KINDS = (1 << At.Digits) | (1 << At.Time) | (1 << At.Number);
const ALL_WORD_KINDS = (1 << KINDS) - 1;

/** Qualifier signs by code unit (the signs are Latin-1: `+`, `±`; a sign beyond U+00FF would need a wider
 *  table, which the check below asks for). */
const SIGN = new Uint8Array(256);
for (const c of QUALIFIER_SIGNS) {
  if (c > 0xff) throw new Error(`dates/scan: qualifier sign U+${c.toString(16)} beyond Latin-1: widen SIGN`);
  SIGN[c] = 1;
}
const isSign = (c: number): boolean => c < 256 && SIGN[c] === 1;
/** Run class bits gathered by the scans below. */
const DIGIT_BIT = 1;
const NON_ASCII_BIT = 2;

/** The kinds (bit `1 << At…`) a word starting at a run start goes to, for the word `text[start, end)` (word units
 *  only): what `candidates` gives a run, but for any span of a run, as a regex run on a slice sees a word cut
 *  by the slice's edge. (Lexicon kinds only: not the digit kinds, nor a time cue glued to its hour.) */
export function wordKinds(text: string, start: number, end: number): number {
  if (end - start > maxWordLength) return 0;
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return ALL_WORD_KINDS; // case folding beyond ASCII is not modelled (see the header)
    h = Math.imul(h ^ (c | 0x20), 0x01000193);
  }
  return WORD_MASK[wordSlot(h)]!;
}

function push(lists: number[][], mask: number, pos: number): void {
  for (let k = 0; mask !== 0; k++, mask >>>= 1) if ((mask & 1) !== 0) lists[k]!.push(pos);
}

export interface Candidates {
  /** Per `At` kind, ascending start positions. */
  readonly lists: ReadonlyArray<readonly number[]>;
}

const CANDIDATES = Symbol('dates/scan candidates');

/** The candidate positions of the article (computed once per article, kept on its TextIndex: dates and
 *  violations scan the same text). */
export function candidatesOf(index: TextIndex): Candidates {
  return index.memo(CANDIDATES, scanCandidates);
}

/** The candidate positions of `text`, scanned anew. Prefer `candidatesOf(index)`. */
export function candidates(text: string): Candidates {
  return scanCandidates(new TextIndex(text));
}

function scanCandidates(index: TextIndex): Candidates {
  const text = index.text;
  const lists: number[][] = [];
  for (let k = 0; k < KINDS; k++) lists.push([]);
  // The article's word runs (its TextIndex) are the runs of this scan unless a run holds a surrogate (the
  // TextIndex joins an astral letter, whose halves end a run here): then every unit is scanned.
  if (!fromRuns(text, index.runs, lists)) {
    for (const l of lists) l.length = 0;
    scanUnits(text, lists);
  }
  return { lists };
}

/** The candidate positions of the run `[start, end)` of word units (lower-case hash `h`, class bits `bits`). */
function addRun(text: string, start: number, end: number, h: number, bits: number, lists: number[][]): void {
  let mask = 0;
  if ((bits & NON_ASCII_BIT) !== 0) mask = ALL_WORD_KINDS;
  else {
    if (end - start <= maxWordLength) mask = WORD_MASK[wordSlot(h)]!;
    if ((bits & DIGIT_BIT) !== 0 && TIME_FIRST[(text.charCodeAt(start) | 0x20) & 127] === 1) {
      for (const cue of TIME_PREFIXES) if (cue.length <= end - start && hashOf(text, start, start + cue.length) === cue.hash) mask |= 1 << At.Time;
    }
  }
  if ((bits & DIGIT_BIT) === 0) {
    if (mask !== 0) push(lists, mask, start);
    return;
  }
  // the starts of the digit runs inside the run (the run start first: positions stay ascending)
  let prevDigit = false;
  for (let j = start; j < end; j++) {
    const d = text.charCodeAt(j);
    const digit = d >= 48 && d <= 57;
    if (digit && !prevDigit) {
      if (j === start) mask |= DIGIT_KINDS;
      else push(lists, DIGIT_KINDS, j);
    }
    if (j === start && mask !== 0) push(lists, mask, start);
    prevDigit = digit;
  }
}

/** The candidates from matcher word runs; false (lists partly filled) when a run holds a surrogate unit. */
function fromRuns(text: string, runs: WordRuns, lists: number[][]): boolean {
  const { count, starts, ends } = runs;
  let gap = 0; // start of the units between the previous run and this one: only qualifier signs count there
  for (let r = 0; r < count; r++) {
    const start = starts[r]!;
    const end = ends[r]!;
    for (let i = gap; i < start; i++) if (isSign(text.charCodeAt(i))) lists[At.Qualifier]!.push(i);
    gap = end;
    let h = 0x811c9dc5 | 0;
    let bits = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        if (c >= 0xd800 && c <= 0xdfff) return false;
        bits |= NON_ASCII_BIT;
      } else if (c >= 48 && c <= 57) bits |= DIGIT_BIT;
      h = Math.imul(h ^ (c | 0x20), 0x01000193);
    }
    addRun(text, start, end, h, bits, lists);
  }
  for (let i = gap; i < text.length; i++) if (isSign(text.charCodeAt(i))) lists[At.Qualifier]!.push(i);
  return true;
}

/** The candidates by a scan of every UTF-16 unit (runs of word units: `isWordUnit`, a surrogate half is none). */
function scanUnits(text: string, lists: number[][]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if ((CLASS[c]! & WORD) === 0) {
      if (isSign(c)) lists[At.Qualifier]!.push(i);
      i++;
      continue;
    }
    // a run of word units: hash it (lower case), and collect its class bits (digits? non-ASCII?)
    const start = i;
    let h = 0x811c9dc5 | 0;
    let bits = 0;
    for (;;) {
      bits |= c >= 128 ? NON_ASCII_BIT : c >= 48 && c <= 57 ? DIGIT_BIT : 0;
      h = Math.imul(h ^ (c | 0x20), 0x01000193);
      if (++i >= n) break;
      c = text.charCodeAt(i);
      if ((CLASS[c]! & WORD) === 0) break;
    }
    addRun(text, start, i, h, bits, lists);
  }
}

/** For the equivalence test: the scan of every unit, on its own. */
export function candidatesByUnits(text: string): number[][] {
  const lists: number[][] = [];
  for (let k = 0; k < KINDS; k++) lists.push([]);
  scanUnits(text, lists);
  return lists;
}

/** The positions of `starts` that have a position of `next` (both ascending) in `(p, p + reach]`: where a
 *  parser whose match must hold such a position (a number after a cue) can match at all. */
export function followedWithin(starts: readonly number[], next: readonly number[], reach: number): number[] {
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < starts.length; i++) {
    const p = starts[i]!;
    while (k < next.length && next[k]! <= p) k++;
    if (k < next.length && next[k]! <= p + reach) out.push(p);
  }
  return out;
}

/** A sticky twin of a global (or plain) regex: same source and flags, anchored at `lastIndex`. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/gu, '')}y`);
}

/**
 * The matches `for (m = re.exec(text); …)` would see with a global twin of `sticky`, restricted to those that
 * start at one of `starts` (ascending). `next(m)` handles a match and returns where the search goes on (the
 * global loop's `lastIndex`: the match end, or `m.index + 1` after a rejection). Exact when every match that
 * changes anything (one `next` keeps, or one after which the loop does not resume at `m.index + 1`) starts at
 * a listed position: positions in between are then only ever tried by the global loop to no effect.
 * `maybe(text, p)`, when given, must be true wherever the regex can match at `p`.
 */
export function execAt(
  sticky: RegExp,
  text: string,
  starts: readonly number[],
  next: (m: RegExpExecArray) => number,
  maybe?: (text: string, p: number) => boolean,
): void {
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < from) continue;
    // a cheap necessary condition for a match at p (the regex would fail: nothing changes)
    if (maybe !== undefined && !maybe(text, p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    from = next(m);
  }
}
