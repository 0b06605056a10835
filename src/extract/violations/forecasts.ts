// Forecasts among the counts (issue 22, part of the clause-level attachment of clauses.ts): a count in a clause
// governed by a forecast word ("diperkirakan mencapai 60 kasus", "bisa naik hingga …") is qualifier `forecast`, and
// a counted part never hangs on a forecast.
import { CONTRAST_WORDS, FORECAST_CHANGES, FORECAST_CUES, FORECAST_MODALS, FORECAST_OBJECT_PREPOSITIONS, QUALIFIER_CUES } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { sameGroup, sentenceSpan } from './clauses.js';
import type { CountCandidate } from './parsers.js';

const FORECAST_RE = new RegExp(
  `${WB}(?:${alternation(FORECAST_CUES)}|(?:${alternation(FORECAST_MODALS)})(?:\\s{1,2}\\p{L}+)?\\s{1,2}(?:${alternation(FORECAST_CHANGES)}))${WE}`,
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
