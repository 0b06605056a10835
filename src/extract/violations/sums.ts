// Parts that add up (issue 22): a count split into parts without an anchor phrase.
//
//   restParts  — "Hasilnya, delapan orang terbukti melanggar dan tiga lainnya tidak terbukti": a bare number
//                followed by a word for the rest (`lainnya`, `sisanya`), joined by a comma or a conjunction to a
//                count just before it in its sentence, is a count in that count's unit (a sibling part).
//   sumParents — the rest of a split ("N lainnya") whose sibling and itself add up exactly to a count stated just
//                before (this sentence or the two before) is a part of that count, and so is the sibling when it
//                follows the whole: "memeriksa 11 ASN … . Hasilnya, delapan orang … dan tiga lainnya …" (8 + 3 = 11),
//                "16 rekomendasi … . … 12 ASN telah dijatuhi sanksi …, dan 4 ASN lainnya …" (12 + 4 = 16). An exact
//                sum is the evidence, so the whole may be counted in another unit than its parts.
import { REST_WORDS } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { firstAtOrAfter } from '../../text/search.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, afterSpelling, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';

const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
const REST_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(REST_WORDS)})${WE}`, 'iu');
/** Between a sibling count and a rest number: the sibling's clause, then a comma or a conjunction. */
const SIBLING_GAP = new RegExp(`^[^.!?;\\n]{0,80}?(?:,|${WB}(?:dan|serta|sedangkan|sementara|adapun))\\s{1,2}$`, 'iu');
/** How many sentences before a rest count its whole may stand, and its sibling (stated before or after the whole). */
const WHOLE_BACK = 2;
const SIBLING_BACK = 3;

/** Whether a rest word follows the count (after its unit, or its number when it has no unit after it). */
function restAfter(c: CountCandidate, text: string): boolean {
  const from = c.unitEnd > c.numEnd ? c.unitEnd : c.numEnd;
  return REST_AFTER.test(text.slice(from, from + 24));
}

/** Bare rest numbers next to a sibling count (see the header). `list` is sorted by start; `taken` holds the number
 *  positions of every count found (accepted or not). Returns the list with the new counts, sorted by start. */
export function restParts(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: ReadonlySet<number>): CountCandidate[] {
  const add: CountCandidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const si = sentenceIndex(sentences, s.numStart);
    const se = si < 0 ? s.end : Math.min(sentences.ends[si]!, s.end + 120);
    const next = list[i + 1];
    const to = next !== undefined && next.start < se ? next.start : se;
    for (let k = firstAtOrAfter(numbers, s.end); k < numbers.length && numbers[k]! < to; k++) {
      const p = numbers[k]!;
      if (taken.has(p) || !SIBLING_GAP.test(text.slice(s.end, p))) continue;
      NUMBER_AT.lastIndex = p;
      const m = NUMBER_AT.exec(text);
      if (m === null || BARE_YEAR.test(m[0]) || isIdentifier(text, p)) continue;
      const end = afterSpelling(text, p + m[0].length);
      const rest = REST_AFTER.exec(text.slice(end, end + 24));
      const num = parseIndonesianNumber(m[0]);
      if (rest === null || num === null) continue;
      const c = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: s.unit, unitClass: s.unitClass }, p, p, p, p + m[0].length, p, end + rest[0].length, 'rest-part');
      c.parent = s.parent;
      add.push(c);
      break;
    }
  }
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}

/** Parents by exact sums (see the header). `list` is sorted by start. */
export function sumParents(list: CountCandidate[], text: string, sentences: Sentences): void {
  list.forEach((r, i) => {
    if (r.parent !== null || r.upper !== null || !restAfter(r, text)) return;
    const si = sentenceIndex(sentences, r.numStart);
    const floor = sentences.starts[Math.max(0, si - WHOLE_BACK)] ?? 0;
    const siblingFloor = sentences.starts[Math.max(0, si - SIBLING_BACK)] ?? 0;
    for (let w = i - 1; w >= 0 && list[w]!.start >= floor; w--) {
      const whole = list[w]!;
      if (whole.value <= r.value || whole.qualifier !== 'exact' || whole.upper !== null) continue;
      let sibling: CountCandidate | null = null;
      for (let k = i - 1; k >= 0 && list[k]!.start >= siblingFloor; k--) {
        const s = list[k]!;
        if (s !== whole && s.upper === null && s.value + r.value === whole.value) {
          sibling = s;
          break;
        }
      }
      if (sibling === null) continue;
      r.parent = whole;
      if (sibling.parent === null && sibling.start > whole.end) sibling.parent = whole;
      return;
    }
  });
}
