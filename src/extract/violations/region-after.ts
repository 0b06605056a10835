// Breakdowns whose items name their region AFTER the number (issue 22, "Counts"): "Bawaslu Jawa Barat mencatat 25
// dugaan pelanggaran …: 12 kasus di Kabupaten Bekasi, 8 di Kota Bekasi, dan 5 di Kabupaten Karawang." Only the first
// item carries the unit; each item is a count in that unit for the region after its "di". (Breakdowns with the label
// BEFORE the number, "Jabar 12 kasus, Jatim 9", are clauses.ts addListItems.)
import { ITEM_END_WORDS } from '../../lexicon/violations.js';
import { WE, alternation } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, type CountCandidate } from './parsers.js';
import { ITEM_LIMIT } from './clauses.js';
import type { RegionSpan } from './reporter.js';
import type { RegionRef } from '../../model.js';

/** A capitalised place label (up to four words). */
const LABEL = `\\p{Lu}[\\p{L}'.-]*(?:\\s{1,2}\\p{Lu}[\\p{L}'.-]*){0,3}`;
/** What ends an item: punctuation, the end, or a word of ITEM_END_WORDS. */
const ITEM_END = `(?=[ \\t]{0,2}(?:[,;.)\\n]|$)|\\s{1,2}(?:${alternation(ITEM_END_WORDS)})${WE})`;
/** After the first item's unit, its modifiers (up to three words: "tiga kasus netralitas ASN di Kota Bekasi"), "di"
 *  and its place. */
const FIRST_AT = new RegExp(`^(?:\\s{1,2}[\\p{L}-]+){0,3}?\\s{1,2}di\\s{1,2}(?<label>${LABEL})${ITEM_END}`, 'du');
/** How far after the first item's unit its "di" may stand. */
const FIRST_REACH = 40;
/** One more item: separator, the number, the unit optionally, "di" and the place. */
const NEXT_AT = new RegExp(
  `(?:[ \\t]{0,2}[,;]\\s{1,2}(?:(?:dan|serta)\\s{1,2})?|\\s{1,2}(?:dan|serta)\\s{1,2})` +
    `(?<num>${NUMBER_SOURCE})${WE}(?<unit>\\s{1,2}\\p{L}+)??\\s{1,2}di\\s{1,2}(?<label>${LABEL})${ITEM_END}`,
  'duy',
);

/** The region named inside `[from, to)` (the first mention there). */
function regionIn(spans: readonly RegionSpan[], from: number, to: number): RegionRef | null {
  let best: RegionSpan | null = null;
  for (const s of spans) if (s.start >= from && s.end <= to && (best === null || s.start < best.start)) best = s;
  return best?.region ?? null;
}

/** Items of breakdowns with the region after the number; returns `list` with the items added, sorted by start. The
 *  opening count gets the region of its own "di" place when at least one more item follows. */
export function addRegionAfterItems(list: CountCandidate[], text: string, spans: readonly RegionSpan[]): CountCandidate[] {
  if (spans.length < 2) return list;
  const out = [...list];
  const taken = new Map<number, CountCandidate>();
  for (const c of list) taken.set(c.numStart, c);
  for (const c of list) {
    // the opener carries its unit after its number, then "di" (a literal search before the regex)
    if (c.unitEnd <= c.numStart || c.rule === 'list-item' || c.region !== null) continue;
    // (searched in a bounded slice: an unbounded indexOf would scan a one-line 5 MB text once per count)
    if (text.slice(c.unitEnd - 1, c.unitEnd + FIRST_REACH + 4).indexOf(' di ') < 0) continue;
    const head = FIRST_AT.exec(text.slice(c.unitEnd, c.unitEnd + 120));
    if (head === null) continue;
    const [l0, l1] = head.indices!.groups!.label!;
    const region = regionIn(spans, c.unitEnd + l0, c.unitEnd + l1);
    if (region === null) continue;
    let pos = c.unitEnd + head[0].length;
    const items: CountCandidate[] = [];
    for (let n = 0; n < ITEM_LIMIT; n++) {
      NEXT_AT.lastIndex = pos;
      const m = NEXT_AT.exec(text);
      if (m === null) break;
      const g = m.groups!;
      if (BARE_YEAR.test(g.num!)) break;
      if (g.unit !== undefined && g.unit.trim().toLowerCase() !== text.slice(c.unitStart, c.unitEnd).toLowerCase()) break;
      const num = parseIndonesianNumber(g.num!);
      if (!num) break;
      const [numStart, numEnd] = m.indices!.groups!.num!;
      const [a0, a1] = m.indices!.groups!.label!;
      const at = regionIn(spans, a0, a1);
      if (at === null) break;
      const end = m.index + m[0].length;
      const have = taken.get(numStart);
      const item = have ?? countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: c.unit, unitClass: c.unitClass }, c.unitStart, c.unitEnd, numStart, numEnd, numStart, end, 'list-item');
      item.region = at;
      item.parent = c.parent;
      items.push(item);
      pos = end;
    }
    if (items.length === 0) continue;
    c.region = region;
    for (const it of items) if (!taken.has(it.numStart)) {
      taken.set(it.numStart, it);
      out.push(it);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
