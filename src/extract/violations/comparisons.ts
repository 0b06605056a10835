// Bare comparisons of an earlier figure (issue 22, round 17): "Bawaslu … mencatat sembilan terlapor … pada Pilkada
// 2024. Pada Pilkada 2020, jumlahnya hanya tiga." A bare number after a pointer back at a figure's size
// (SIZE_BACK_POINTERS, then fillers: SIZE_FIGURE_FILLERS) that closes its clause, in a clause naming an election, is
// that election's figure of what the last count before it counts: a whole of its own (no parent), in that count's
// unit; linkElection gives it the election of its clause. The count compared with stands in the same sentence or the
// one before ("… empat kasus pada Pilkada 2024, sedangkan pada Pilkada 2020 jumlahnya tujuh").
// Not a number followed by a word ("jumlahnya mencapai 40 persen", "jumlahnya hanya 1.200 pemilih pemula": a figure of
// something else), not a pointer with a noun between ("jumlah TPS-nya hanya 300"), not a clause with no election (a
// size with no earlier record named is no comparison), not a year or an identifier.
import type { Election } from '../../model.js';
import { SIZE_BACK_POINTERS, SIZE_FIGURE_FILLERS } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, afterSpelling, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';

/** Right before the number: the pointer, then up to two fillers. */
const POINTER_BEFORE = new RegExp(`${WB}(?:${alternation(SIZE_BACK_POINTERS)})(?:\\s{1,2}(?:${alternation(SIZE_FIGURE_FILLERS)})){0,2}\\s{1,2}$`, 'iu');
/** After the number: the clause's end (a stop, a comma, a closing quote or bracket). */
const CLAUSE_END_AFTER = /^\s{0,2}(?:[.,;!?"”)]|$)/u;
const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
/** Where the clause holding the number starts: after the last stop or semicolon (a comma stays inside: "Pada Pilkada
 *  2020, jumlahnya …"). */
const CLAUSE_BREAK = /[;:]/gu;
/** How far back the pointer is looked for (the pointer and two fillers). */
const POINTER_REACH = 40;

/** Comparisons of an earlier figure (see the header). `numbers` are the number positions, `taken` those a count
 *  holds; `elections` the article's elections. Returns `list` with the comparisons added, sorted by start. */
export function addComparisons(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: Set<number>, elections: readonly Election[]): CountCandidate[] {
  if (elections.length === 0) return list;
  const add: CountCandidate[] = [];
  for (const p of numbers) {
    if (taken.has(p) || !POINTER_BEFORE.test(text.slice(Math.max(0, p - POINTER_REACH), p))) continue;
    NUMBER_AT.lastIndex = p;
    const m = NUMBER_AT.exec(text);
    if (m === null || BARE_YEAR.test(m[0]) || isIdentifier(text, p)) continue;
    const num = parseIndonesianNumber(m[0]);
    const end = afterSpelling(text, p + m[0].length);
    if (num === null || num.approximate || !CLAUSE_END_AFTER.test(text.slice(end, end + 4))) continue;
    const si = sentenceIndex(sentences, p);
    if (si < 0) continue;
    let c0 = sentences.starts[si]!;
    const head = text.slice(c0, p);
    for (const b of head.matchAll(CLAUSE_BREAK)) c0 = sentences.starts[si]! + b.index + 1;
    // the clause names an election (the earlier record the figure is compared with)
    if (!elections.some((e) => e.start >= c0 && e.end <= p)) continue;
    // the count compared with: the last count before, in this sentence or the one before
    let before: CountCandidate | undefined;
    for (const c of list) if (c.end <= p && (before === undefined || c.end > before.end)) before = c;
    if (before === undefined || before.qualifier === 'forecast' || sentenceIndex(sentences, before.numStart) < si - 1) continue;
    const c = countCandidate(num.value, 'exact', { unit: before.unit, unitClass: before.unitClass }, p, p, p, end, p, end, 'comparison');
    taken.add(p);
    add.push(c);
  }
  return add.length === 0 ? list : [...list, ...add].sort((x, y) => x.start - y.start);
}
