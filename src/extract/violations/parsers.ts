// Violation-count parsers. Each has a global `pattern` compiled once and an `extract` that returns a
// candidate or null. Context checks (is the sentence about violations?) and the links to elections
// and reporters are refiners in index.ts.
import type { CountScope, Qualifier, RegionRef } from '../../model.js';
import {
  CASE_INVOLVE_VERBS,
  CLAUSE_END_CUES,
  FORECAST_CUES,
  FORECAST_MODALS,
  CASE_UNITS,
  SELF_CUED_UNITS,
  IMPOSED_UNITS,
  COUNT_FILLERS,
  COUNT_FOLLOWERS,
  NUMBER_ID_CUES,
  ONE_OF_NUMBER,
  ONE_OF_WORDS,
  OFFENCE_EVENTS,
  ORANG_FINDING_VERBS,
  PERSON_ACTION_CUES,
  PERSON_ATTENDANCE_VERBS,
  PERSON_AUDIENCE_BEFORE,
  PERSON_ROLE_COMPOUNDS,
  PERSON_UNITS,
  QUALIFIER_CUES,
  QUANTITY_HEADS,
  RANGE_JOINERS,
  SUBSET_PHRASES,
} from '../../lexicon/violations.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/calendar.js';
import { At } from '../dates/scan.js';
import { WB, WE, alternation, lookup } from '../dates/text.js';
import { MAX_WRITTEN_NUMBER, NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { clauseStartBefore } from '../../text/search.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NUMBERISH = /[\p{L}\p{N}.,/]/u;

/** Word boundaries are checked here, not by a leading look-behind (tried at every position). */
function wordStart(text: string, pos: number): boolean {
  return pos === 0 || !LETTER_OR_DIGIT.test(text[pos - 1]!);
}

/** Not inside a longer number or word (`1.010` is not `010`), nor the second end of a dashed range (`30-40`). */
function numberStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 1);
  if ((c === 0x2d || c === 0x2013) && pos >= 2 && /\d/u.test(text[pos - 2]!)) return false;
  return !NUMBERISH.test(text[pos - 1]!);
}

export interface CountCandidate {
  value: number;
  /** The upper end of a range (`30 sampai 40 laporan`), else null; its number starts at `upperStart`. */
  upper: number | null;
  upperStart: number;
  /** The count this one is a part of (clauses.ts), its region when it is an item of a per-region breakdown, and
   *  whether it covers ASN neutrality only or all violations (set last). */
  parent: CountCandidate | null;
  region: RegionRef | null;
  scope: CountScope | null;
  qualifier: Qualifier;
  /** Canonical unit (`perkara`, `ASN`). */
  unit: string;
  /** Whether the unit is a person noun (needs an action cue) or `pelanggaran` itself. */
  unitClass: 'violation' | 'case' | 'person';
  /** Offsets of the unit word (blanked when looking for cues) and of the number. */
  unitStart: number;
  unitEnd: number;
  numStart: number;
  numEnd: number;
  start: number;
  end: number;
  rule: string;
}

/** The one factory of count candidates: every parser builds them here, so they all share one object shape
 *  (the refiners' property loads stay monomorphic; a spread of the unit info gave each parser its own). */
export function countCandidate(
  value: number,
  qualifier: Qualifier,
  unit: UnitInfo,
  unitStart: number,
  unitEnd: number,
  numStart: number,
  numEnd: number,
  start: number,
  end: number,
  rule: string,
  upper: number | null = null,
  upperStart = -1,
): CountCandidate {
  return { value, upper, upperStart, parent: null, region: null, scope: null, qualifier, unit: unit.unit, unitClass: unit.unitClass, unitStart, unitEnd, numStart, numEnd, start, end, rule };
}

export interface CountParser {
  name: string;
  /** Where a match this parser keeps can start (see dates/scan.ts): the pattern is only tried there. */
  at: At;
  /** A word every match holds (dates/scan.ts list): the parser is not run at all on a text without one. */
  needs?: At;
  /** A list one of whose positions every match holds within `reach` units after its start (the number after
   *  a cue): the pattern is only tried where one does. */
  follows?: { at: At; reach: number };
  pattern: RegExp;
  /** A cheap test that is true wherever `pattern` can match at `p` (skips the regex elsewhere). */
  maybe?: (text: string, p: number) => boolean;
  extract(m: RegExpExecArray, text: string): CountCandidate | null;
}

/** For a pattern that opens with `(?<num>NUMBER_SOURCE)\s`: a written number (`1.010`, `2,5`) is made of
 *  digits, `.` and `,` only and must be followed by white space (before a scale word or what follows), so at
 *  a digit the run of `[0-9.,]` from it must end at white space (any non-ASCII unit is let through), within
 *  the longest written number (`MAX_WRITTEN_NUMBER`: no longer run can match, and stopping there keeps a text
 *  of 50,000 digits and dots linear). Number words (a letter at `p`) always pass. */
export function numberThenSpace(text: string, p: number): boolean {
  const n = text.length;
  let c = text.charCodeAt(p);
  if (c < 48 || c > 57) return true;
  const last = p + MAX_WRITTEN_NUMBER;
  let i = p;
  // (bounds-checked: `charCodeAt` past the end is NaN, which fails the test below too, but it deoptimises)
  while ((c >= 48 && c <= 57) || c === 0x2e || c === 0x2c) {
    if (++i >= n || i > last) return false;
    c = text.charCodeAt(i);
  }
  // a range written with a dash (`30-40 laporan`): the dash is followed by the second number
  if (c === 0x2d && i > p) return i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80;
}

const UNIT_WORDS = [...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)];
/** A number's spelling in brackets right after it, as official releases write it: `12 (dua belas) orang`,
 *  `3 (tiga) laporan`. Skipped between a number and what follows it. */
export const SPELLED = `(?:\\s{1,2}\\((?:${NUMBER_SOURCE})\\))`;
const SPELLED_AT = new RegExp(`^${SPELLED}`, 'iu');
/** Where a number ending at `end` really ends: after its bracketed spelling, if any. */
export function afterSpelling(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20) return end;
  const m = SPELLED_AT.exec(text.slice(end, end + 60));
  return m === null ? end : end + m[0].length;
}
/** The joiner of a range and its second number: `30 sampai 40`, `30-40`, `5 – 7`. */
const RANGE = `(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,2}(?:${alternation(RANGE_JOINERS.filter((j) => /\p{L}/u.test(j)))})\\s{1,2})(?<num2>${NUMBER_SOURCE})`;
const UNITS = alternation(UNIT_WORDS);
/** Every unit noun, case and person, as a regex alternation. */
export const UNIT_SOURCE = UNITS;
const CLAUSE_END_AFTER = /^[ \t]{0,2}(?:[,.;:)!?\n]|$)/u;
const FORECAST_IN = new RegExp(`${WB}(?:${alternation([...FORECAST_CUES, ...FORECAST_MODALS])})${WE}`, 'iu');
const RANGE_AT = new RegExp(`^${RANGE}${WE}`, 'iu');
const QUALIFIERS = alternation(Object.keys(QUALIFIER_CUES));
/** How far after a cue's start the number after it starts: the cue (each space in it matches `\\s{1,2}`;
 *  `alternation` does that, and every unit it may match under `iu` is one UTF-16 unit) and `\\s{1,3}`. */
const CUE_REACH = Math.max(...Object.keys(QUALIFIER_CUES).map((c) => c.length + c.split(' ').length - 1)) + 3;

/** A qualifier phrase ending right before the number (`tidak lebih dari `, `±`). */
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${QUALIFIERS})\\s{0,3}$`, 'iu');
/** `Nomor 20`, `Pasal 2`, `ke-3`, `tahun 2020`: identifiers, not counts. */
const ID_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(NUMBER_ID_CUES)})\\.?\\s{0,2}[:\\-]?\\s{0,2}$`, 'iu');
/** A dot and white space before a number written in words: the cue word ended the sentence before it ("… ditunda
 *  selama satu tahun. Tujuh lainnya mendapat teguran", round 16), it is no identifier's label ("No. 5", "Pasal. 2"). */
const DOT_SPACE_END = /\.\s{1,2}$/u;
function sentenceEndBefore(text: string, before: string, numStart: number): boolean {
  return DOT_SPACE_END.test(before) && /\p{L}/u.test(text.charAt(numStart));
}
/** `salah satu perbekel`: one member of a group, not a count of one (lexicon ONE_OF_WORDS). */
const ONE_OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(ONE_OF_WORDS)})\\s{1,2}$`, 'iu');
const ONE_OF_AT = new RegExp(`^${ONE_OF_NUMBER}(?![\\p{L}])`, 'iu');
/** `27 November 2024 pelanggaran …`: the year of a date, not a count. */
const MONTH_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)])})\\.?,?\\s{1,2}$`,
  'iu',
);
/** What may follow a count stated after its unit: punctuation, the end, or a function word. */
const FOLLOWER_AFTER = new RegExp(
  `^(?:\\s{1,2}orang${WE})?(?:\\s{0,2}(?:[,.;:)!?\\n]|$)|\\s{1,2}(?:${alternation(COUNT_FOLLOWERS)})${WE})`,
  'iu',
);
/** After `orang`: another person noun, `yang`, an action cue, or punctuation (`12 orang dilaporkan`),
 *  never another noun (`56 Orang Calon Anggota Paskibraka`). */
const AFTER_ORANG = new RegExp(
  `^(?:\\s{0,2}(?:[,.;:)!?\\n]|$)|\\s{1,2}(?:yang|telah|sudah|di|${alternation(PERSON_ACTION_CUES)}|${alternation(ORANG_FINDING_VERBS)}|${alternation(Object.keys(PERSON_UNITS))})${WE})`,
  'iu',
);
const PERSON_NOUN_BEFORE = new RegExp(
  `${WB}(?:${alternation(Object.keys(PERSON_UNITS).filter((w) => w !== 'orang' && w !== 'oknum'))})${WE}`,
  'iu',
);
const LOOKBACK = 70;
/** An involving verb at the start of an audience match, and a case noun (its subject, in the clause before). */
const INVOLVE_AT = new RegExp(`^(?:${alternation(CASE_INVOLVE_VERBS)})${WE}`, 'iu');
const CASE_NOUN_RE = new RegExp(`${WB}(?:${alternation(Object.keys(CASE_UNITS))})${WE}`, 'iu');
const ROLE_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(PERSON_ROLE_COMPOUNDS)})${WE}`, 'iu');
/** A bare year (`2024`): after a cue or before a subset phrase, not a count. (A module constant, not a literal in
 *  `extract`: a regex literal allocates a new RegExp object every time it is evaluated.) */
export const BARE_YEAR = /^(?:19|20)\d{2}$/;
const YEAR_SPAN_BEFORE = new RegExp(`(?:19|20)\\d{2}(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,2}(?:${alternation(RANGE_JOINERS.filter((j) => /\p{L}/u.test(j)))})\\s{1,2})$`, 'iu');

/** After a person unit: up to three capitalised words (`ASN Pemkot Kendari`), an optional `yang`, then an
 *  attendance verb — the people are an audience (news/14 "200 ASN hadir dalam sosialisasi …"). */
const ATTENDANCE_AFTER = new RegExp(
  `^(?:\\s{1,2}\\p{Lu}[\\p{L}.-]{0,24}){0,3}\\s{1,2}(?:yang\\s{1,2})?(?:(?:ikut|turut)\\s{1,2})?(?:${alternation(PERSON_ATTENDANCE_VERBS)})${WE}`,
  'u',
);
/** Right after an attendance verb: an event whose attendance is an offence (`menghadiri kampanye`). */
const OFFENCE_EVENT_AT = new RegExp(`^\\s{1,2}(?:\\p{Ll}+\\s{1,2})?(?:${alternation(OFFENCE_EVENTS)})${WE}`, 'iu');
/** Whether the people counted before `unitEnd` attend an event whose attendance is the offence ("tiga kepala sekolah
 *  yang ikut menghadiri kampanye salah satu calon"): their offence cue. */
export function attendsOffence(text: string, unitEnd: number): boolean {
  const att = ATTENDANCE_AFTER.exec(text.slice(unitEnd, unitEnd + 90));
  return att !== null && OFFENCE_EVENT_AT.test(text.slice(unitEnd + att[0].length, unitEnd + att[0].length + 30));
}
/** Before the number: `diikuti 1.500 ASN`, `dihadiri sekitar 200 ASN` (news/06). */
const AUDIENCE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(PERSON_AUDIENCE_BEFORE)})(?:\\s{1,2}oleh)?(?:\\s{1,2}(?:${QUALIFIERS}))?\\s{1,2}$`,
  'iu',
);

/** The clause before `pos`: back to the nearest sentence end, semicolon or digit, at most LOOKBACK.
 *  (Commas do not cut it: `jumlah perkara …, tetapi` keeps its noun.) */
const isCountClauseBreak = (c: number): boolean =>
  c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a || (c >= 48 && c <= 57);
function countClauseStart(text: string, pos: number): number {
  return clauseStartBefore(text, pos, LOOKBACK, isCountClauseBreak);
}

function clauseBefore(text: string, pos: number): string {
  return text.slice(countClauseStart(text, pos), pos);
}

/** A unit noun (case-insensitive) for the look-back of `unit … sebanyak N`. */
const UNIT_RE = new RegExp(`${WB}(?:${UNITS})${WE}`, 'giu');

export interface UnitInfo {
  unit: string;
  unitClass: CountCandidate['unitClass'];
}

/** The class of a canonical case unit: one naming a violation or its outcome itself (SELF_CUED_UNITS) needs no cue. */
export const caseUnitClass = (unit: string): 'violation' | 'case' => (SELF_CUED_UNITS.includes(unit) ? 'violation' : 'case');

export function unitInfo(word: string): UnitInfo | null {
  const c = lookup(CASE_UNITS, word);
  if (c !== undefined) return { unit: c, unitClass: caseUnitClass(c) };
  const p = lookup(PERSON_UNITS, word);
  if (p !== undefined) return { unit: p, unitClass: 'person' };
  return null;
}

export function qualifierBefore(text: string, numStart: number): { q: Qualifier | null; start: number } {
  const win = text.slice(Math.max(0, numStart - 30), numStart);
  const m = QUALIFIER_BEFORE.exec(win);
  if (!m) return { q: null, start: numStart };
  const key = m[0].trim();
  const q = lookup(QUALIFIER_CUES, key) ?? null;
  return { q, start: numStart - win.length + m.index };
}

/** The qualifier of a bare figure at `numStart` (a part or an item read with no unit of its own): the bound or vague
 *  word right before it, else the number's own vagueness. "Dari 14 kasus, sedikitnya delapan melibatkan guru" gives
 *  8 at_least (check22 read it exact: the part rules took only the number's own vagueness). */
export function bareQualifier(text: string, numStart: number, approximateNumber: boolean): Qualifier {
  return finalQualifier(qualifierBefore(text, numStart).q, approximateNumber, false);
}

function finalQualifier(cue: Qualifier | null, approximateNumber: boolean, lebihAfter: boolean): Qualifier {
  if (lebihAfter) return 'at_least';
  if (cue === 'at_most' || cue === 'at_least') return cue;
  if (approximateNumber) return 'approximate';
  return cue ?? 'exact';
}

export function isIdentifier(text: string, numStart: number): boolean {
  const before = text.slice(Math.max(0, numStart - 20), numStart);
  return (ID_BEFORE.test(before) && !sentenceEndBefore(text, before, numStart)) || MONTH_BEFORE.test(before) || (ONE_OF_BEFORE.test(before) && ONE_OF_AT.test(text.slice(numStart, numStart + ONE_OF_NUMBER.length + 1)));
}

/** The first classifier between a number and its unit (`dua orang hukuman disiplin`): the word, in group 1. */
const FILLER_AT = new RegExp(`\\s(${alternation(COUNT_FILLERS)})${WE}`, 'iu');

/** `sebanyak 1.010 perkara`, `15 ASN dilaporkan`, `tidak lebih dari seribu pelanggaran`,
 *  `12 dugaan pelanggaran`, `1.000 lebih laporan`. */
const countThenUnit: CountParser = {
  name: 'count-unit',
  // kept only at `numberStart` (no letter, digit, `.`, `,` or `/` before): a digit run, or a number word that
  // is a whole word (`WE` after it)
  at: At.Number,
  maybe: numberThenSpace,
  pattern: new RegExp(
    `(?<num>${NUMBER_SOURCE})${SPELLED}?(?:${RANGE})?(?:\\s{1,2}(?<lebih>lebih)${WE})?\\s{1,2}` +
      `(?:(?:${alternation(COUNT_FILLERS)})\\s{1,2}){0,2}(?<unit>${UNITS})${WE}`,
    'dgiu',
  ),
  extract(m, text) {
    const g = m.groups!;
    const idx = m.indices!.groups!;
    const [numStart, numEnd] = idx.num!;
    let [unitStart, unitEnd] = idx.unit!;
    if (!numberStart(text, numStart)) return null;
    const num = parseIndonesianNumber(g.num!);
    let info = unitInfo(g.unit!);
    if (!num || !info) return null;
    if (isIdentifier(text, numStart)) return null;
    // a sanction after a classifier counts the classifier's people ("dua orang hukuman disiplin", IMPOSED_UNITS)
    if (IMPOSED_UNITS.includes(info.unit)) {
      const filler = FILLER_AT.exec(text.slice(numEnd, unitStart));
      if (filler !== null) {
        info = unitInfo(filler[1]!);
        if (info === null || info.unitClass !== 'person') return null;
        unitStart = numEnd + filler.index + filler[0].length - filler[1]!.length;
        unitEnd = unitStart + filler[1]!.length;
      }
    }
    // a number ending its line (a headline "… Tembus 18" over a paragraph opening "Pejabat dan ASN …") never takes
    // a unit from the next line
    for (let i = numEnd; i < unitStart; i++) if (text.charCodeAt(i) === 0x0a) return null;
    // the second year of a span (`2020 hingga 2024 laporan …`) is no count
    if (BARE_YEAR.test(g.num!) && YEAR_SPAN_BEFORE.test(text.slice(Math.max(0, numStart - 16), numStart))) return null;
    if (info.unitClass === 'person') {
      // "545 pejabat pembina kepegawaian": an office that acts on cases, not offenders
      if (ROLE_AFTER.test(text.slice(unitEnd, unitEnd + 30))) return null;
      const att = ATTENDANCE_AFTER.exec(text.slice(unitEnd, unitEnd + 90));
      // attending a campaign or a declaration of support is the offence itself, not an audience
      if (att !== null && !OFFENCE_EVENT_AT.test(text.slice(unitEnd + att[0].length, unitEnd + att[0].length + 30))) return null;
      const aud = AUDIENCE_BEFORE.exec(text.slice(Math.max(0, numStart - 40), numStart));
      if (aud !== null && !(INVOLVE_AT.test(aud[0]) && CASE_NOUN_RE.test(clauseBefore(text, numStart - aud[0].length)))) return null;
    }
    if (info.unit === 'orang') {
      if (!AFTER_ORANG.test(text.slice(unitEnd, unitEnd + 40))) return null;
      // `ASN yang melanggar … sebanyak 12 orang`: the unit is the person noun before (unit-count reads it after its
      // cue); a range or a figure with no cue before it ("Jumlah ASN yang terindikasi … berkisar 15 hingga 20 orang")
      // is left to no other parser, so it is counted here
      if (g.num2 === undefined && QUALIFIER_BEFORE.test(text.slice(Math.max(0, numStart - 30), numStart)) && PERSON_NOUN_BEFORE.test(clauseBefore(text, numStart).split(',').pop()!)) return null;
    }
    const { q, start } = qualifierBefore(text, numStart);
    if (g.num2 !== undefined) {
      // a range: both ends whole counts, the second the larger (`2020 hingga 2024` is no range of counts)
      const hi = parseIndonesianNumber(g.num2);
      if (!hi || hi.value <= num.value || BARE_YEAR.test(g.num!)) return null;
      const [u0] = idx.num2!;
      return countCandidate(num.value, 'range', info, unitStart, unitEnd, numStart, numEnd, start, unitEnd, this.name, hi.value, u0);
    }
    return countCandidate(num.value, finalQualifier(q, num.approximate, g.lebih !== undefined), info, unitStart, unitEnd, numStart, numEnd, start, unitEnd, this.name);
  },
};

/** How far back in its sentence a quantity subject ("Jumlah pelanggaran …") may open before the cue. */
const SUBJECT_REACH = 300;
const QUANTITY_SUBJECT_RE = new RegExp(
  `${WB}(?:${alternation(QUANTITY_HEADS)})\\s{1,2}(?:(?:${alternation(COUNT_FILLERS)})\\s{1,2}){0,2}(?<unit>${UNITS})${WE}`,
  'giu',
);

/** The unit of a subject noun phrase headed by a quantity word that opens the sentence of a cue at `cue`, however
 *  long the phrase (relative clauses, dates and elections inside it): "Jumlah pelanggaran netralitas ASN yang
 *  ditangani Bawaslu sejak Pilkada 2024 dimulai … mencapai 34". */
function quantitySubject(text: string, cue: number): { start: number; end: number; info: UnitInfo } | null {
  const from = Math.max(0, cue - SUBJECT_REACH);
  const back = text.slice(from, cue);
  const cut = back.search(/[.!?\n](?=\s)[^.!?\n]*$/u);
  const lo = cut < 0 ? 0 : cut + 1;
  QUANTITY_SUBJECT_RE.lastIndex = lo;
  const m = QUANTITY_SUBJECT_RE.exec(back);
  if (m === null) return null;
  const info = unitInfo(m.groups!.unit!);
  if (info === null) return null;
  const start = from + m.index + m[0].length - m.groups!.unit!.length;
  return { start, end: start + m.groups!.unit!.length, info };
}

/** A month name right after a day number (`25 September`): a date, no figure. */
const MONTH_AFTER = new RegExp(`^\\s{1,2}(?:${alternation([...Object.keys(MONTH_NAMES), ...Object.keys(MONTH_ABBREVIATIONS)])})${WE}`, 'iu');
/** A digit run (a figure between a subject and its cue; a year or a day of a date is no figure). */
const DIGITS_RE = /\d[\d.,]*/gu;

/** The subject of the sentence of a cue at `cue` when the clause right before the cue names no unit (clause-level
 *  attachment, issue 22): the first case noun of the sentence, in its first clause or the one after a leading
 *  adverbial ("Menjelang Pilkada 2024, kasus netralitas ASN yang ditangani Inspektorat … berjumlah 16"; "Dugaan
 *  pelanggaran netralitas ASN yang ditangani Bawaslu … sepanjang Pilkada 2024 hingga akhir Oktober mencapai 45"),
 *  however long the phrase, when no other figure stands between it and the cue (a year is no figure). A person noun
 *  is left to the clause look-back: "ASN di daerah itu berjumlah 9.800" counts staff. */
function sentenceSubject(text: string, cue: number): { start: number; end: number; info: UnitInfo } | null {
  const from = Math.max(0, cue - SUBJECT_REACH);
  const back = text.slice(from, cue);
  const cut = back.search(/(?:[.!?](?=\s)|\n)[^.!?\n]*$/u);
  if (cut < 0 && from > 0) return null;
  const lo = cut < 0 ? 0 : cut + 1;
  DIGITS_RE.lastIndex = lo;
  for (let d = DIGITS_RE.exec(back); d !== null; d = DIGITS_RE.exec(back)) if (!BARE_YEAR.test(d[0]) && !MONTH_AFTER.test(back.slice(d.index + d[0].length, d.index + d[0].length + 12))) return null;
  UNIT_RE.lastIndex = lo;
  const u = UNIT_RE.exec(back);
  if (u === null) return null;
  const info = unitInfo(u[0]);
  if (info === null || info.unitClass === 'person') return null;
  let commas = 0;
  for (let i = lo; i < u.index; i++) if (back.charCodeAt(i) === 0x2c) commas++;
  if (commas > 1) return null;
  return { start: from + u.index, end: from + u.index + u[0].length, info };
}

/** `jumlah perkara netralitas ASN tidak lebih dari seribu, …`, `ASN yang melanggar netralitas
 *  sebanyak 12 orang`: a unit noun earlier in the clause, then a cue and the number. */
const unitThenCount: CountParser = {
  name: 'unit-count',
  // kept only at a word start (`wordStart`); the cue's first word is followed by a space or `-`, or the cue
  // is a sign (`±`, `+/-`)
  at: At.Qualifier,
  // the number after the cue starts at a digit run or a number word, both listed as At.Number (count-unit)
  follows: { at: At.Number, reach: CUE_REACH },
  pattern: new RegExp(`(?<cue>${QUALIFIERS})\\s{1,3}(?<num>${NUMBER_SOURCE})`, 'dgiu'),
  extract(m, text) {
    const g = m.groups!;
    const idx = m.indices!.groups!;
    const [numStart, numEnd] = idx.num!;
    if (!wordStart(text, m.index) || !numberStart(text, numStart)) return null;
    const num = parseIndonesianNumber(g.num!);
    if (!num) return null;
    // a bare year after a cue (`adalah 2024,`) is not a count
    if (BARE_YEAR.test(g.num!)) return null;
    const after = afterSpelling(text, numEnd);
    if (!FOLLOWER_AFTER.test(text.slice(after, after + 30))) return null;
    // (and never a forecast: "memproyeksikan jumlah ASN masih akan bertambah 45." is forecasts.ts's)
    if (CLAUSE_END_CUES.includes(g.cue!.toLowerCase()) && (!CLAUSE_END_AFTER.test(text.slice(after, after + 4)) || FORECAST_IN.test(clauseBefore(text, m.index)))) return null;
    // the first end of a range ("berkisar 15 hingga 20 persen"): what follows its second end must close it too
    const range = RANGE_AT.exec(text.slice(after, after + 40));
    if (range !== null && !FOLLOWER_AFTER.test(text.slice(after + range[0].length, after + range[0].length + 30))) return null;
    // the clause before the cue: back to the nearest sentence end, semicolon or other number
    const clauseStart = countClauseStart(text, m.index);
    const clause = text.slice(clauseStart, m.index);
    // prefer a case noun; a person noun only when no case noun is there
    let best: { start: number; end: number; info: UnitInfo } | null = null;
    UNIT_RE.lastIndex = 0;
    for (let u = UNIT_RE.exec(clause); u !== null; u = UNIT_RE.exec(clause)) {
      const info = unitInfo(u[0]);
      // (what was imposed is no subject counted after a cue: IMPOSED_UNITS)
      if (!info || IMPOSED_UNITS.includes(info.unit)) continue;
      const cand = { start: clauseStart + u.index, end: clauseStart + u.index + u[0].length, info };
      if (!best || (best.info.unitClass === 'person' && info.unitClass !== 'person')) best = cand;
    }
    best ??= quantitySubject(text, m.index) ?? sentenceSubject(text, m.index);
    if (!best) return null;
    if (best.info.unit === 'orang') return null;
    const q = lookup(QUALIFIER_CUES, g.cue!) ?? null;
    return countCandidate(num.value, finalQualifier(q, num.approximate, false), best.info, best.start, best.end, numStart, numEnd, best.start, numEnd, this.name);
  },
};

/** How far back the count a subset refers to may stand (`Dari 15 kasus itu, 12 di antaranya …`). */
const SUBSET_LOOKBACK = 200;
/** A count with its unit, the last one before a subset: `15 kasus`, `45 temuan`. */
const COUNT_WITH_UNIT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:${NUMBER_SOURCE})${SPELLED}?(?:\\s{1,2}(?:${alternation(COUNT_FILLERS)})){0,2}\\s{1,2}(?<unit>${UNITS})${WE}`,
  'giu',
);

/** `Dari 15 kasus itu, 12 di antaranya terbukti melanggar`: a part of the count just before, in its unit.
 *  The context refiner still needs a violation / offence cue in the clause (`terbukti melanggar`). */
const subsetCount: CountParser = {
  name: 'subset-count',
  // kept only at `numberStart`, as count-unit
  at: At.Number,
  // the number-word alternation makes this pattern costly to try at every number; a text that has no
  // subset phrase (most) cannot match it
  needs: At.Subset,
  maybe: numberThenSpace,
  pattern: new RegExp(`(?<num>${NUMBER_SOURCE})${SPELLED}?\\s{1,2}(?<sub>${alternation(SUBSET_PHRASES)})${WE}`, 'dgiu'),
  extract(m, text) {
    const g = m.groups!;
    const [numStart, numEnd] = m.indices!.groups!.num!;
    if (!numberStart(text, numStart)) return null;
    const num = parseIndonesianNumber(g.num!);
    if (!num || BARE_YEAR.test(g.num!)) return null;
    // the antecedent: the last `N unit` in the same sentence, else in the sentence before (within SUBSET_LOOKBACK:
    // "… memproses 19 dugaan pelanggaran netralitas. Sebanyak 11 di antaranya …")
    const from = Math.max(0, numStart - SUBSET_LOOKBACK);
    const back = text.slice(from, numStart);
    const cut = back.search(/[.!?\n](?=\s)[^.!?\n]*$/u);
    let unit: { start: number; end: number; info: UnitInfo } | null = null;
    for (const lo of cut < 0 ? [0] : [cut + 1, 0]) {
      COUNT_WITH_UNIT_RE.lastIndex = 0;
      const zone = back.slice(lo);
      for (let u = COUNT_WITH_UNIT_RE.exec(zone); u !== null; u = COUNT_WITH_UNIT_RE.exec(zone)) {
        const info = unitInfo(u.groups!.unit!);
        const us = from + lo + u.index + u[0].length - u.groups!.unit!.length;
        if (info && info.unit !== 'orang') unit = { start: us, end: us + u.groups!.unit!.length, info };
      }
      if (unit !== null) break;
    }
    if (!unit) return null;
    const end = m.index + m[0].length;
    // a bound before the part ("Sedikitnya enam di antaranya")
    const { q, start } = qualifierBefore(text, numStart);
    return countCandidate(num.value, finalQualifier(q, num.approximate, false), unit.info, unit.start, unit.end, numStart, numEnd, start, end, this.name);
  },
};

/** Parsers in priority order: a number already counted by an earlier parser is not counted again. */
export const COUNT_PARSERS: readonly CountParser[] = [countThenUnit, unitThenCount, subsetCount];
