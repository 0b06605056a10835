// The subset-count parser: a part of the count just before (`Dari 15 kasus itu, 12 di antaranya …`) (split from
// parsers.ts, round 18).
import { COUNT_FILLERS, SUBSET_PHRASES } from '../../lexicon/violations.js';
import { At } from '../dates/scan.js';
import { WE, alternation } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { countCandidate, unitInfo, type CountParser, type UnitInfo } from './candidate.js';
import { BARE_YEAR, SPELLED, UNIT_SOURCE as UNITS, finalQualifier, numberStart, numberThenSpace, qualifierBefore } from './count-text.js';

/** How far back the count a subset refers to may stand (`Dari 15 kasus itu, 12 di antaranya …`). */
const SUBSET_LOOKBACK = 200;
/** A count with its unit, the last one before a subset: `15 kasus`, `45 temuan`. */
const COUNT_WITH_UNIT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:${NUMBER_SOURCE})${SPELLED}?(?:\\s{1,2}(?:${alternation(COUNT_FILLERS)})){0,2}\\s{1,2}(?<unit>${UNITS})${WE}`,
  'giu',
);

/** `Dari 15 kasus itu, 12 di antaranya terbukti melanggar`: a part of the count just before, in its unit.
 *  The context refiner still needs a violation / offence cue in the clause (`terbukti melanggar`). */
export const subsetCount: CountParser = {
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
