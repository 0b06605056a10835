// Per-region breakdowns opened by a colon after their whole (issue 22, "Counts": a list after a colon is a set of
// clauses sharing the head's cue and unit): "Bawaslu … menangani total 71 kasus: Bangkalan 34, Sampang 21, Pamekasan
// 9, dan Sumenep 7." No item carries the unit; each is a count in the whole's unit for the region named right before
// its number, and a part of the whole. Two items at least, the first label and most labels region mentions (names, not
// agencies or parties: a label the gazetteer misses, "Sampang" among Madura's regencies, passes with its neighbours), and
// the items may not add up to more than the whole. (Breakdowns whose first item carries
// the unit, "Jabar 12 kasus, Jatim 9", are clauses.ts addListItems; items with the region after the number are
// region-after.ts.)
import { ITEM_END_WORDS } from '../../lexicon/violations.js';
import { WE, alternation } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, type CountCandidate } from './parsers.js';
import { ITEM_LIMIT, regionEndingAt } from './clauses.js';
import type { RegionSpan } from './reporter.js';

/** After the whole's unit: up to four lower-case or acronym words ("kasus netralitas ASN"), then the colon. */
const COLON_AFTER = /^(?:\s{1,2}[\p{L}-]+){0,4}?[ \t]{0,2}:[ \t]{1,2}/u;
/** One item: a capitalised label (up to four words), the number, then the end of the item. The separator before every
 *  item but the first is part of the pattern. */
const ITEM_TAIL = `(?<label>\\p{Lu}[\\p{L}'.-]*(?:\\s{1,2}\\p{Lu}[\\p{L}'.-]*){0,3})\\s{1,2}(?<num>${NUMBER_SOURCE})${WE}(?=[ \\t]{0,2}(?:[,;.)\\n]|$)|\\s{1,2}(?:${alternation(ITEM_END_WORDS)})${WE})`;
const FIRST_ITEM = new RegExp(ITEM_TAIL, 'duy');
const NEXT_ITEM = new RegExp(`(?:[ \\t]{0,2}[,;]\\s{1,2}(?:(?:dan|serta)\\s{1,2})?|\\s{1,2}(?:dan|serta)\\s{1,2})${ITEM_TAIL}`, 'duy');

/** Items of colon-opened per-region breakdowns (see the header); returns `list` with the items added, sorted by start. */
export function addColonListItems(list: CountCandidate[], text: string, spans: readonly RegionSpan[]): CountCandidate[] {
  if (spans.length < 2) return list;
  const taken = new Set<number>();
  for (const c of list) taken.add(c.numStart);
  const add: CountCandidate[] = [];
  for (const c of list) {
    if (c.unitEnd <= c.numStart || c.rule === 'list-item' || c.upper !== null) continue;
    const colon = COLON_AFTER.exec(text.slice(c.unitEnd, c.unitEnd + 60));
    if (colon === null) continue;
    let pos = c.unitEnd + colon[0].length;
    const items: CountCandidate[] = [];
    let sum = 0;
    let named = 0;
    for (let n = 0; n < ITEM_LIMIT; n++) {
      const re = n === 0 ? FIRST_ITEM : NEXT_ITEM;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m === null) break;
      const g = m.groups!;
      const [numStart, numEnd] = m.indices!.groups!['num']!;
      const [labelStart] = m.indices!.groups!['label']!;
      const region = regionEndingAt(spans, text, labelStart, numStart);
      const num = parseIndonesianNumber(g['num']!);
      if ((n === 0 && region === null) || num === null || BARE_YEAR.test(g['num']!) || taken.has(numStart)) break;
      if (region !== null) named++;
      const item = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: c.unit, unitClass: c.unitClass }, numEnd, numEnd, numStart, numEnd, labelStart, m.index + m[0].length, 'colon-item');
      item.region = region;
      item.parent = c;
      items.push(item);
      sum += num.value;
      pos = m.index + m[0].length;
    }
    if (items.length < 2 || 2 * named <= items.length || (c.qualifier === 'exact' && sum > c.value)) continue;
    for (const it of items) {
      taken.add(it.numStart);
      add.push(it);
    }
  }
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}
