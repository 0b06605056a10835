// The unit-count parser: a unit noun earlier in the clause (or the sentence's subject), then a cue and the number
// (`jumlah perkara … tidak lebih dari seribu`, `ASN yang melanggar netralitas sebanyak 12 orang`) (split from
// parsers.ts, round 18).
import {
  CLAUSE_END_CUES,
  COUNT_FILLERS,
  COUNT_FOLLOWERS,
  FORECAST_CUES,
  FORECAST_MODALS,
  IMPOSED_UNITS,
  QUALIFIER_CUES,
  QUANTITY_HEADS,
} from '../../lexicon/violations.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/calendar.js';
import { At } from '../dates/scan.js';
import { WB, WE, alternation, lookup } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { countCandidate, unitInfo, type CountParser, type UnitInfo } from './candidate.js';
import {
  BARE_YEAR,
  QUALIFIERS,
  RANGE,
  UNIT_SOURCE as UNITS,
  afterSpelling,
  clauseBefore,
  countClauseStart,
  finalQualifier,
  numberStart,
  wordStart,
} from './count-text.js';

const CLAUSE_END_AFTER = /^[ \t]{0,2}(?:[,.;:)!?\n]|$)/u;
const FORECAST_IN = new RegExp(`${WB}(?:${alternation([...FORECAST_CUES, ...FORECAST_MODALS])})${WE}`, 'iu');
const RANGE_AT = new RegExp(`^${RANGE}${WE}`, 'iu');
/** How far after a cue's start the number after it starts: the cue (each space in it matches `\\s{1,2}`;
 *  `alternation` does that, and every unit it may match under `iu` is one UTF-16 unit) and `\\s{1,3}`. */
const CUE_REACH = Math.max(...Object.keys(QUALIFIER_CUES).map((c) => c.length + c.split(' ').length - 1)) + 3;
/** What may follow a count stated after its unit: punctuation, the end, or a function word. */
const FOLLOWER_AFTER = new RegExp(
  `^(?:\\s{1,2}orang${WE})?(?:\\s{0,2}(?:[,.;:)!?\\n]|$)|\\s{1,2}(?:${alternation(COUNT_FOLLOWERS)})${WE})`,
  'iu',
);
/** A unit noun (case-insensitive) for the look-back of `unit … sebanyak N`. */
const UNIT_RE = new RegExp(`${WB}(?:${UNITS})${WE}`, 'giu');
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
export const unitThenCount: CountParser = {
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
