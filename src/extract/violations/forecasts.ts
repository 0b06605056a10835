// Forecasts among the counts (issue 22, part of the clause-level attachment of clauses.ts): a count in a clause
// governed by a forecast word ("diperkirakan mencapai 60 kasus", "bisa naik hingga …") is qualifier `forecast`, and
// a counted part never hangs on a forecast.
//
// bareForecasts: a bare figure after a forecast's verb of change ("Bawaslu memperkirakan jumlah aduan masih akan
// bertambah hingga 45.", "memprediksi angka itu naik hingga 45 menjelang …") whose subject points back to a count
// (a quantity head, its "-nya" form or a demonstrative) is a forecast of that count: in the unit the subject names,
// else in the unit of the last count before it (its sentence or the two before).
import {
  BARE_UNIT_FOLLOWERS, CASE_UNITS, CONTRAST_WORDS, COUNT_FILLERS, DEMONSTRATIVES, FORECAST_BOUNDS, FORECAST_CHANGES, FORECAST_CUES, FORECAST_HEADLINE_ROOTS, FORECAST_MODALS,
  FORECAST_OBJECT_PREPOSITIONS, PERSON_UNITS, QUALIFIER_CUES, QUANTITY_HEADS, SHARE_WORDS, unitGroup,
} from '../../lexicon/violations.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { firstAtOrAfter } from '../../text/search.js';
import { sameGroup, sentenceSpan } from './clauses.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';
import { lookupTable } from '../../util/table.js';

const FORECAST_RE = new RegExp(
  `${WB}(?:${alternation(FORECAST_CUES)}|(?:${alternation(FORECAST_MODALS)})(?:\\s{1,2}\\p{L}+)?\\s{1,2}(?:${alternation(FORECAST_CHANGES)})` +
    `|(?:${alternation(FORECAST_HEADLINE_ROOTS)})(?:\\s{1,2}\\p{L}+){0,5}?\\s{1,2}(?:${alternation(FORECAST_CHANGES)}))${WE}`,
  'giu',
);
/** A figure right after one of these (a qualifier cue between allowed) is an object of the forecast, not its value. */
const OBJECT_BEFORE = new RegExp(`${WB}(?:${alternation(FORECAST_OBJECT_PREPOSITIONS)})\\s{1,2}(?:(?:${alternation(Object.keys(QUALIFIER_CUES))})\\s{1,2})?$`, 'iu');
const CONTRAST_RE = new RegExp(`${WB}(?:${alternation(CONTRAST_WORDS)})${WE}|;`, 'iu');

/** Counts in a clause governed by a forecast word become `forecast` (see the header). The clause reaches back to
 *  the sentence start unless a contrast word or a semicolon stands between the cue and the number. */
export function markForecasts(list: CountCandidate[], text: string, sentences: Sentences): void {
  for (const c of list) {
    const [s0] = sentenceSpan(sentences, sentenceIndex(sentences, c.numStart), text);
    const from = Math.max(s0, c.start - 200);
    const before = text.slice(from, c.numStart);
    FORECAST_RE.lastIndex = 0;
    let last = -1;
    for (let m = FORECAST_RE.exec(before); m !== null; m = FORECAST_RE.exec(before)) last = m.index + m[0].length;
    if (last >= 0 && !CONTRAST_RE.test(before.slice(last)) && !OBJECT_BEFORE.test(before)) c.qualifier = 'forecast';
  }
  // a counted part is never a part of a forecast: "sebanyak 33 laporan. Jumlah itu diperkirakan bertambah hingga 40
  // laporan. … 21 laporan di antaranya menyangkut kepala desa" is a part of the 33, the last count of its group
  // counted before the forecast
  for (const c of list) {
    const f = c.parent;
    if (f === null || f.qualifier !== 'forecast' || c.qualifier === 'forecast') continue;
    let whole: CountCandidate | null = null;
    for (const d of list) {
      if (d.start >= f.start) break;
      if (d.qualifier !== 'forecast' && d.parent === null && sameGroup(d, c) && d.value > c.value) whole = d;
    }
    c.parent = whole;
  }
}

const CHANGE_THEN_BOUND = new RegExp(`${WB}(?:${alternation(FORECAST_CHANGES)})(?:\\s{1,2}(?:${alternation(FORECAST_BOUNDS)}))?\\s{1,2}$`, 'iu');
const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
/** After the bare figure: the end of the clause, or a word that cannot be a unit. */
const BARE_END = new RegExp(`^(?:[ \\t]{0,2}(?:[,.;:)!?\\n"”]|$)|\\s{1,2}(?:${alternation(BARE_UNIT_FOLLOWERS)})${WE})`, 'iu');
const SHARE_AFTER = new RegExp(`^\\s{0,2}(?:${alternation(SHARE_WORDS)})${WE}`, 'iu');
const UNIT_WORDS = alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)]);
const UNIT_IN = new RegExp(`${WB}(?:${UNIT_WORDS})${WE}`, 'iu');
const BACK_DEMONSTRATIVE = alternation(DEMONSTRATIVES.filter((d) => d !== 'ini'));
/** A subject pointing back to a count: "jumlahnya", "angka itu", "jumlah aduan", "jumlah dugaan pelanggaran",
 *  "laporan tersebut"; never a quantity of something else ("jumlah pemilih"). */
const BACK_SUBJECT = new RegExp(
  `${WB}(?:${alternation(QUANTITY_HEADS)})(?:nya${WE}|\\s{1,2}(?:${BACK_DEMONSTRATIVE})${WE}|(?:\\s{1,2}(?:${alternation(COUNT_FILLERS)}))?\\s{1,2}(?:${UNIT_WORDS})${WE})` +
    `|${WB}(?:${UNIT_WORDS})\\s{1,2}(?:${BACK_DEMONSTRATIVE})${WE}`,
  'iu',
);
const ANY_UNITS: Readonly<Record<string, string>> = lookupTable({ ...PERSON_UNITS, ...CASE_UNITS });
/** How far before the bare figure the verb of change may stand; the first words of FORECAST_CHANGES (the cheap test). */
const CHANGE_REACH = 40;
const CHANGE_HEADS = FORECAST_CHANGES.map((w) => w.split(' ')[0]!);

/** The clause before the verb of change that ends right before the figure at `p` ("… kami prediksi jumlahnya bisa
 *  naik sampai |30"), when that clause holds a forecast word and a subject pointing back to a count; else null. */
function forecastClause(text: string, sentences: Sentences, p: number): string | null {
  const back = text.slice(Math.max(0, p - CHANGE_REACH), p);
  const m = CHANGE_THEN_BOUND.exec(back);
  if (m === null) return null;
  const [s0] = sentenceSpan(sentences, sentenceIndex(sentences, p), text);
  const clause = text.slice(Math.max(s0, p - 200), p - back.length + m.index);
  FORECAST_RE.lastIndex = 0;
  return FORECAST_RE.test(clause + back.slice(m.index)) && BACK_SUBJECT.test(clause) ? clause : null;
}

/** Forecast figures with their own unit that found no cue of their own (so requireContext left them out): "kami
 *  prediksi jumlahnya bisa naik sampai 30 kasus kalau …", "jumlahnya bisa mencapai 20 kasus hingga akhir tahapan"
 *  after a sentence with no word of violation. The same frame as a bare forecast (a verb of change right before the
 *  figure, a forecast word and a subject pointing back in the clause before it), and a count of the figure's unit
 *  group kept before it: a forecast of that count. Moves them from `rejected` into the returned list (sorted). */
export function forecastRescue(list: CountCandidate[], rejected: CountCandidate[], text: string, sentences: Sentences): CountCandidate[] {
  if (list.length === 0 || rejected.length === 0) return list;
  let moved = false;
  for (let i = rejected.length - 1; i >= 0; i--) {
    const c = rejected[i]!;
    if (c.unitEnd <= c.numStart || BARE_YEAR.test(String(c.value))) continue;
    if (!list.some((d) => d.end <= c.start && sameGroup(d, c)) || forecastClause(text, sentences, c.numStart) === null) continue;
    list.push(c);
    rejected.splice(i, 1);
    moved = true;
  }
  return moved ? list.sort((a, b) => a.start - b.start) : list;
}

/** Bare forecast figures (see the header). `numbers` are the number positions, `taken` those of every count found.
 *  Returns the list with the new counts, sorted by start; they become `forecast` in markForecasts. */
export function bareForecasts(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: ReadonlySet<number>): CountCandidate[] {
  if (list.length === 0) return list;
  const add: CountCandidate[] = [];
  for (let k = firstAtOrAfter(numbers, list[0]!.start); k < numbers.length; k++) {
    const p = numbers[k]!;
    if (taken.has(p)) continue;
    const lower = text.slice(Math.max(0, p - CHANGE_REACH), p).toLowerCase();
    if (!CHANGE_HEADS.some((w) => lower.includes(w))) continue;
    NUMBER_AT.lastIndex = p;
    const nm = NUMBER_AT.exec(text);
    if (nm === null || BARE_YEAR.test(nm[0]) || isIdentifier(text, p)) continue;
    const end = p + nm[0].length;
    const after = text.slice(end, end + 24);
    if (!BARE_END.test(after) || SHARE_AFTER.test(after)) continue;
    const clause = forecastClause(text, sentences, p);
    if (clause === null) continue;
    const si = sentenceIndex(sentences, p);
    const named = UNIT_IN.exec(clause);
    let unit = named === null ? null : (lookup(ANY_UNITS, named[0]) ?? null);
    if (unit === null) {
      const floor = sentences.starts[Math.max(0, si - 2)] ?? 0;
      for (const c of list) if (c.start >= floor && c.end <= p && c.qualifier !== 'forecast') unit = c.unit;
    }
    const num = parseIndonesianNumber(nm[0]);
    if (unit === null || num === null) continue;
    add.push(countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit, unitClass: unitGroup(unit) }, end, end, p, end, p, end, 'bare-forecast'));
  }
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}
