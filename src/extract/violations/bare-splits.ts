// A split opened by a bare number (issue 22, round 16): "… mencatat tiga dugaan pelanggaran netralitas selama masa
// kampanye. Dua melibatkan ASN di dinas pendidikan, sedangkan satu lainnya melibatkan seorang kepala desa." A number
// opening the sentence right after a count's, with no unit (a verb follows it), and a remainder later in the same
// sentence ("N lainnya", "N sisanya" after a comma or a contrast) are the two parts of that count when they add up to
// it exactly: the exact sum is the evidence that a bare "Dua" counts what the count before it counts. Both take the
// whole's unit. Not when the opening number is followed by a unit (the parsers read those), a year or an identifier,
// and not when the whole is not the last count before the split (a figure between belongs to something else).
import { ITEM_MEASURE_NOUNS, ONE_HUMAN_WORDS, REST_GAP_WORDS, SIBLING_REST_WORDS } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, afterSpelling, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';

/** What may stand before the opening number: the sentence's start, an opening quote. */
const OPEN_BEFORE = /^[\s"“'‘]*$/u;
/** After the opening number: a lower-case word (a verb: "melibatkan", "dilaporkan", "sudah"), not a unit or a rest word. */
const VERB_AFTER = /^\s{1,2}\p{Ll}/u;
/** A noun of measure, time or place after the number: "Dua hari kemudian, …" counts days, not the whole's cases. */
const MEASURE_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(ITEM_MEASURE_NOUNS)})${WE}`, 'iu');
const REST_WORD_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(SIBLING_REST_WORDS)})${WE}`, 'iu');
/** Between the opening part's clause and the remainder: a comma or a contrast ("sedangkan", "sementara", "dan"). */
const REST_GAP = new RegExp(`(?:,|${WB}(?:${alternation(REST_GAP_WORDS)}))\\s{1,2}$`, 'iu');
const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');

const plain = (c: CountCandidate): boolean => c.qualifier === 'exact' && c.upper === null;

/** The bare number at `p` and where its spelling ends, or null (a year, an identifier, a vague figure, no number).
 *  Also read by verb-items.ts. */
export function numberAt(text: string, p: number): { value: number; end: number } | null {
  NUMBER_AT.lastIndex = p;
  const m = NUMBER_AT.exec(text);
  if (m === null || BARE_YEAR.test(m[0]) || isIdentifier(text, p)) return null;
  const num = parseIndonesianNumber(m[0]);
  if (num === null || num.approximate) return null;
  return { value: num.value, end: afterSpelling(text, p + m[0].length) };
}

/** Splits opened by a bare number (see the header). `numbers` are the number positions, `taken` those a count holds.
 *  Returns `list` with the two parts of each split added, sorted by start. */
export function addBareSplits(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: Set<number>): CountCandidate[] {
  const add: CountCandidate[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const p = numbers[k]!;
    if (taken.has(p)) continue;
    const si = sentenceIndex(sentences, p);
    if (si < 1 || !OPEN_BEFORE.test(text.slice(sentences.starts[si]!, p))) continue;
    const first = numberAt(text, p);
    if (first === null || !VERB_AFTER.test(text.slice(first.end, first.end + 4)) || REST_WORD_AFTER.test(text.slice(first.end, first.end + 24)) || MEASURE_AFTER.test(text.slice(first.end, first.end + 24))) continue;
    // the whole: the last count before the split, in the sentence before
    let whole: CountCandidate | undefined;
    for (const c of list) if (c.end <= p && (whole === undefined || c.end > whole.end)) whole = c;
    if (whole === undefined || !plain(whole) || sentenceIndex(sentences, whole.numStart) !== si - 1) continue;
    // the remainder: the next number of the sentence, after a comma or a contrast, before a rest word
    const q = numbers[k + 1];
    if (q === undefined || q >= sentences.ends[si]! || taken.has(q) || !REST_GAP.test(text.slice(first.end, q))) continue;
    const rest = numberAt(text, q);
    if (rest === null) continue;
    const word = REST_WORD_AFTER.exec(text.slice(rest.end, rest.end + 24));
    if (word === null || first.value + rest.value !== whole.value) continue;
    const unit = { unit: whole.unit, unitClass: whole.unitClass };
    const a = countCandidate(first.value, 'exact', unit, p, p, p, first.end, p, first.end, 'bare-split');
    const b = countCandidate(rest.value, 'exact', unit, q, q, q, rest.end, q, rest.end + word[0].length, 'bare-split');
    a.parent = whole;
    b.parent = whole;
    taken.add(p).add(q);
    add.push(a, b);
  }
  return add.length === 0 ? list : [...list, ...add].sort((x, y) => x.start - y.start);
}

/** How many sentences before a split of one and the rest its people count may stand: the sentence before, or the one
 *  before that when a sentence of no figure comes between ("… kepada dua aparatur sipil negara … . Keputusan itu diambil
 *  setelah BKN … . Kepala BKPSDM … menjelaskan seorang pegawai …, sedangkan seorang lainnya …"). */
const ONE_SPLIT_BACK = 2;
/** The opening person of a split of one and the rest: "seorang" before a lower-case word (its noun or its verb). */
const ONE_OPEN = new RegExp(`${WB}(?:${alternation(ONE_HUMAN_WORDS)})(?=\\s{1,2}\\p{Ll})`, 'gu');
/** The rest, after a comma or a contrast: "…, sedangkan seorang lainnya", "… dan dua lainnya". */
const ONE_REST = new RegExp(
  `(?:,|${WB}(?:${alternation(REST_GAP_WORDS)}))\\s{1,2}(?:(?<one>${alternation(ONE_HUMAN_WORDS)})|(?<num>${NUMBER_SOURCE}))\\s{1,2}(?<rest>${alternation(SIBLING_REST_WORDS)})${WE}`,
  'diu',
);

/** Splits of a people count into one person and the rest, in the sentence after it (round 21: "Pemerintah Kota …
 *  menjatuhkan hukuman disiplin kepada dua aparatur sipil negara … . Kepala BKPSDM … menjelaskan seorang pegawai
 *  dijatuhi hukuman disiplin sedang, sedangkan seorang lainnya menerima teguran tertulis"). The opening "seorang" is
 *  the sentence's first figure, wherever the reporting clause puts it; the rest ("seorang lainnya", "dua lainnya") the
 *  next one, after a comma or a contrast; the two add up EXACTLY to the people count last read (ONE_SPLIT_BACK).
 *  Both are parts of it, in its unit. A rest figure another rule already read keeps its count and gains the parent. */
export function addOneSplits(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: Set<number>): CountCandidate[] {
  const add: CountCandidate[] = [];
  // one pass over the text's "seorang"s (a scan per sentence would read the text again for each), the first of each
  // sentence only
  let lastSentence = -1;
  ONE_OPEN.lastIndex = 0;
  for (let open = ONE_OPEN.exec(text); open !== null; open = ONE_OPEN.exec(text)) {
    const si = sentenceIndex(sentences, open.index);
    if (si === lastSentence) continue;
    lastSentence = si;
    if (si < 1 || taken.has(open.index)) continue;
    const s0 = sentences.starts[si]!;
    const s1 = sentences.ends[si]!;
    const p = open.index;
    const oneEnd = p + open[0].length;
    const rm = ONE_REST.exec(text.slice(oneEnd, s1));
    if (rm === null) continue;
    const [rs, re] = rm.indices!.groups!['one'] ?? rm.indices!.groups!['num']!;
    const restStart = oneEnd + rs!;
    const restEnd = oneEnd + re!;
    // the opening is the sentence's first figure and the rest the next one
    if (numbers.some((n) => n >= s0 && n < restStart)) continue;
    const restValue = rm.groups!['one'] !== undefined ? 1 : numberAt(text, restStart)?.value;
    if (restValue === undefined) continue;
    let whole: CountCandidate | undefined;
    for (const c of list) if (c.end <= p && (whole === undefined || c.end > whole.end)) whole = c;
    if (whole === undefined || !plain(whole) || whole.unitClass !== 'person' || sentenceIndex(sentences, whole.numStart) < si - ONE_SPLIT_BACK) continue;
    // no other figure between the whole and the split ("… dua ASN … . Sebanyak 12 saksi … . Seorang …"); a year is none
    if (numbers.some((n) => n >= whole.end && n < p && numberAt(text, n) !== null)) continue;
    if (1 + restValue !== whole.value) continue;
    const unit = { unit: whole.unit, unitClass: whole.unitClass };
    const a = countCandidate(1, 'exact', unit, p, p, p, oneEnd, p, oneEnd, 'one-split');
    a.parent = whole;
    taken.add(p);
    add.push(a);
    const have = list.find((c) => c.numStart === restStart);
    if (have !== undefined) {
      have.parent ??= whole;
    } else if (!taken.has(restStart)) {
      const b = countCandidate(restValue, 'exact', unit, restStart, restStart, restStart, restEnd, restStart, oneEnd + rm.index + rm[0].length, 'one-split');
      b.parent = whole;
      taken.add(restStart);
      add.push(b);
    }
  }
  return add.length === 0 ? list : [...list, ...add].sort((x, y) => x.start - y.start);
}
