// Parts that point back to a whole stated before them (issue 22), read after the parts addParts (clauses.ts) finds
// in the whole's own clause:
//
//   "N di antaranya" — a part of the last whole of its group before it, in its sentence or up to SUBSET_BACK
//                sentences before: a sentence about something else, a quotation or a paragraph may stand between
//                ("… mencatat 31 laporan …. Laporan itu datang dari …. Sebanyak 14 di antaranya menyangkut …",
//                "memproses 11 kasus …" two paragraphs before "Tujuh di antaranya sudah …"). A number written without
//                a unit ("Tujuh di antaranya") takes its whole's unit;
//   "N lainnya" / "N sisanya" — the rest of the last split before it (in its sentence or the two before): the
//                split's whole is its parent ("Sebelas di antaranya … . Adapun lima sisanya dihentikan"), also when the
//                split hangs on a restatement of the whole ("Lima dari sembilan laporan itu …. Tiga laporan lainnya
//                …"); after a whole that was not split, a count with its own unit is a count of others of its kind
//                (no parent), and a bare number is no count.
import { REST_WORDS, SUBSET_PHRASES, unitGroup } from '../../lexicon/violations.js';
import { WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, afterSpelling, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';

const SUBSET_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(SUBSET_PHRASES)})${WE}`, 'iu');
const REST_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(REST_WORDS)})${WE}`, 'iu');
const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
/** The first letters of SUBSET_PHRASES and REST_WORDS: the cheap test after a bare number, before the patterns. */
const FOLLOW_FIRST = new Set([...SUBSET_PHRASES, ...REST_WORDS].map((w) => w[0]!.toLowerCase()));
/** How many sentences before a subset its whole may stand, and a rest its split. */
const SUBSET_BACK = 4;
const REST_BACK = 2;
const NUMBERISH_BEFORE = /[\p{L}\p{N}.,/-]/u;

const sameGroup = (a: { unit: string }, b: { unit: string }): boolean => unitGroup(a.unit) === unitGroup(b.unit);

/** Index of the last count in `list` (by start) ending at or before `pos`, or -1. */
function lastBefore(list: readonly CountCandidate[], pos: number): number {
  let ans = -1;
  for (let i = 0; i < list.length && list[i]!.start < pos; i++) if (list[i]!.end <= pos) ans = i;
  return ans;
}

interface Back {
  c: CountCandidate;
  subset: boolean;
  /** A number written without a unit: it takes its whole's. */
  bare: boolean;
}

/** Bare numbers followed by a subset phrase or a rest word, at the number positions no count holds. */
function bareBacks(text: string, numbers: readonly number[], taken: ReadonlySet<number>): Back[] {
  const out: Back[] = [];
  for (const p of numbers) {
    if (taken.has(p) || (p > 0 && NUMBERISH_BEFORE.test(text[p - 1]!))) continue;
    NUMBER_AT.lastIndex = p;
    const m = NUMBER_AT.exec(text);
    if (m === null || BARE_YEAR.test(m[0])) continue;
    const end = afterSpelling(text, p + m[0].length);
    // the cheap test: a space, then the first letter of a subset phrase or a rest word
    if (text.charCodeAt(end) !== 0x20 || !FOLLOW_FIRST.has((text[end + 1] ?? '').toLowerCase())) continue;
    const tail = text.slice(end, end + 24);
    const subset = SUBSET_AFTER.exec(tail);
    const rest = subset === null ? REST_AFTER.exec(tail) : null;
    if (subset === null && rest === null) continue;
    if (isIdentifier(text, p)) continue;
    const num = parseIndonesianNumber(m[0]);
    if (num === null) continue;
    const c = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: 'kasus', unitClass: 'case' }, p, p, p, p + m[0].length, p, end + (subset ?? rest)![0].length, 'part');
    out.push({ c, subset: subset !== null, bare: true });
  }
  return out;
}

/** Parts pointing back (see the header). `out` holds the accepted counts sorted by start; `all` every count found
 *  (accepted or not); `taken` the number positions of `all`. Returns `out` with the parts added, sorted by start. */
export function backParts(
  out: CountCandidate[],
  all: readonly CountCandidate[],
  isAccepted: Set<CountCandidate>,
  text: string,
  sentences: Sentences,
  numbers: readonly number[],
  taken: ReadonlySet<number>,
): CountCandidate[] {
  const backs: Back[] = [];
  for (const c of all) {
    if (c.parent !== null) continue;
    const tail = text.slice(c.unitEnd > c.numEnd ? c.unitEnd : c.numEnd, c.end + 40);
    const subset = SUBSET_AFTER.test(tail);
    if (subset || REST_AFTER.test(tail)) backs.push({ c, subset, bare: false });
  }
  backs.push(...bareBacks(text, numbers, taken));
  backs.sort((a, b) => a.c.start - b.c.start);
  const accept = (c: CountCandidate) => {
    if (isAccepted.has(c)) return;
    isAccepted.add(c);
    out.push(c);
    out.sort((a, b) => a.start - b.start);
  };
  for (const { c, subset, bare } of backs) {
    const si = sentenceIndex(sentences, c.numStart);
    const floor = sentences.starts[Math.max(0, si - (subset ? SUBSET_BACK : REST_BACK))] ?? 0;
    // a whole of another group passed over in the sentence before bars the way further back: the nearest whole is
    // the referent ("belasan ASN …. … dua kasus di antaranya" are cases of those ASN, not of the reports before)
    const near = sentences.starts[Math.max(0, si - 1)] ?? 0;
    let passed = false;
    for (let i = lastBefore(out, c.numStart); i >= 0 && out[i]!.start >= floor; i--) {
      const p = out[i]!;
      if (p === c) continue;
      if (passed && p.start < near) break;
      if (!bare && !sameGroup(c, p)) passed = true;
      if (!subset && p.parent === null) {
        // a whole just split (a part of it stands between it and the rest) is the rest's whole
        const split = out.some((d) => d.parent === p && d.start < c.start);
        if (split && (bare || sameGroup(c, p)) && restFits(out, p, c)) {
          adopt(c, p, bare);
          accept(c);
          break;
        }
        // "40 ASN lainnya" after a count with no split: a count of others of the same kind
        if (bare || !sameGroup(c, p)) continue;
        accept(c);
        break;
      }
      const target = subset ? p : p.parent;
      // a part of a part: "N di antaranya" right after a sub-count of its group, in its sentence or the one before ("Dari
      // jumlah itu, belasan kasus menyangkut netralitas ASN. Sedikitnya enam di antaranya …")
      const nested = subset && p.parent !== null && !bare && sameGroup(c, p) && p.start >= near && i === lastBefore(out, c.numStart);
      if (target === null || target === c || (subset && p.parent !== null && !nested)) continue;
      // a part is smaller than its whole ("… lebih tinggi dibanding Pilwalkot 2018 yang hanya sembilan kasus. … Sebanyak
      // 14 kasus di antaranya …" is a part of the figure before that one)
      if (!smaller(c, target) || (!bare && !sameGroup(c, target))) continue;
      // a rest written as a bare number stands in a sentence after its split (one in the split's sentence is a
      // sibling rest: sums.ts restParts)
      if (bare && !subset && (sentenceIndex(sentences, p.numStart) === si || !restFits(out, target, c))) break;
      adopt(c, target, bare);
      accept(c);
      break;
    }
  }
  return out;
}

/** Whether `c` can be a part of `whole`: smaller than it, or than the top of its order when the whole is vague or a
 *  lower bound ("belasan laporan …, 12 di antaranya"). */
function smaller(c: CountCandidate, whole: CountCandidate): boolean {
  return c.value < (whole.qualifier === 'approximate' || whole.qualifier === 'at_least' ? whole.value * 10 : whole.value);
}

/** A bare part takes its whole's unit. */
function adopt(c: CountCandidate, whole: CountCandidate, bare: boolean): void {
  c.parent = whole;
  if (!bare) return;
  c.unit = whole.unit;
  c.unitClass = whole.unitClass;
}

/** Whether the parts of `whole` already found and `c` add up to no more than it. */
function restFits(list: readonly CountCandidate[], whole: CountCandidate, c: CountCandidate): boolean {
  let sum = c.value;
  for (const d of list) if (d.parent === whole && d !== c) sum += d.value;
  return sum <= whole.value;
}
