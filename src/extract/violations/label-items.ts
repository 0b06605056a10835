// Splits by a label before each number, after their first item (issue 22, round 17): "Rekomendasi itu berasal dari
// kementerian/lembaga 58 kasus, pemerintah provinsi 96, dan pemerintah kabupaten/kota 263" (a split by level of
// government), "terdiri atas instansi pusat 12 ASN dan instansi daerah 30". The first item is a count with its unit,
// a label of one to four words before its number, and a breakdown opener (PARTITION_OPENERS, ORIGIN_OPENERS or a
// colon) before the label; every later piece "<label> N" joined by a comma or a coordinator, the unit repeated or
// left out, is an item in the first item's unit with the first item's parent (the partition refiners, run after,
// give them all the whole they add up to). Labels here are common nouns (lower case allowed); the capitalised
// per-region breakdowns are clauses.ts addListItems. Not a piece whose label holds a number, an identifier cue, a
// month or an election name (LABEL_STOP: "Nomor 20", "Pilkada 2020"), a year, a piece with a unit of its own other
// than the first item's, and no list after a count with no opener before its label ("di kecamatan Woha 12 TPS" is no
// count at all; "menangani 12 kasus, kecamatan Bolo 9" has no opener).
// Nor a later piece whose label is no label (review17): one holding a contrast word or a party to the case, or ending in
// a verb ("…, sementara saksi diperiksa 30", "…, pelapor 30": a clause of its own, counting something else).
import { CASE_PARTY_NOUNS, CONTRAST_OPENERS, ELECTION_NAMES, ITEM_CONJUNCTIONS, ITEM_END_WORDS, NUMBER_ID_CUES, ORIGIN_OPENERS, PARTITION_OPENERS, QUALIFIER_CUES, VERB_PREFIXES } from '../../lexicon/violations.js';
import { MONTH_NAMES } from '../../lexicon/calendar.js';
import { WE, alternation } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, type CountCandidate } from './parsers.js';
import { ITEM_LIMIT } from './clauses.js';

/** A label word: letters, with "/" or "-" inside ("kabupaten/kota", "kementerian/lembaga"). */
const WORD = `\\p{L}[\\p{L}/-]*`;
const LABEL = `${WORD}(?:[ \\t]{1,2}${WORD}){0,3}`;
/** Before the first item's number: an opener (or a colon), then its label. */
const OPENER = alternation([...PARTITION_OPENERS, ...ORIGIN_OPENERS]);
/** The label may be followed by a second opener naming the figure ("Sanksi terbanyak berupa hukuman disiplin sedang,
 *  yakni 702 ASN, disusul hukuman disiplin ringan 589 dan berat 320": check22 lost 589 and 320). */
const FIRST_LABEL = new RegExp(`(?:(?:^|[^\\p{L}])(?:${OPENER})|:)[ \\t]{1,2}(?<label>${LABEL})(?:[ \\t]{0,2},?[ \\t]{1,2}(?:${OPENER}))?[ \\t]{1,2}$`, 'iu');
/** How far before its number the first item's opener may stand. */
const FIRST_REACH = 80;
const JOINER = alternation(ITEM_CONJUNCTIONS);
/** One more item: separator, label, the number, the unit optionally, then the end of the item. */
const NEXT_ITEM = new RegExp(
  `(?:[ \\t]{0,2}[,;][ \\t]{1,2}(?:(?:${JOINER})[ \\t]{1,2})?|[ \\t]{1,2}(?:${JOINER})[ \\t]{1,2})` +
    `(?<label>${LABEL})[ \\t]{1,2}(?<num>${NUMBER_SOURCE})${WE}(?<unit>[ \\t]{1,2}\\p{L}+)?` +
    `(?=[ \\t]{0,2}(?:[,;.)\\n]|$)|[ \\t]{1,2}(?:${alternation(ITEM_END_WORDS)})${WE})`,
  'duy',
);
const LABEL_STOP = new Set([...NUMBER_ID_CUES, ...Object.keys(ELECTION_NAMES), ...Object.keys(MONTH_NAMES), ...Object.keys(QUALIFIER_CUES)].map((w) => w.toLowerCase()));

const stopped = (label: string): boolean => label.split(/[ \t]+/u).some((w) => LABEL_STOP.has(w.toLowerCase()));
/** A later label that is no label (review17 c11 "…, sementara saksi diperiksa 30"; c8 "…, pelapor 30"): a clause of
 *  its own opened by a contrast word, a clause whose number is a verb's complement (the label's last word a verb:
 *  VERB_PREFIXES and three letters more, as verb-items.ts reads a verb), or a party to the case (people, not cases). */
const NOT_LABEL = new Set([...CONTRAST_OPENERS, ...CASE_PARTY_NOUNS].map((w) => w.toLowerCase()));
const VERB_WORD = new RegExp(`^(?:${alternation(VERB_PREFIXES)})\\p{Ll}{3,}$`, 'u');
const noLabel = (label: string): boolean => {
  const words = label.split(/[ \t]+/u);
  return words.some((w) => NOT_LABEL.has(w.toLowerCase())) || VERB_WORD.test(words[words.length - 1]!);
};

/** Items of splits by label after their first item (see the header); returns `list` with the items added, sorted. */
export function addLabelItems(list: CountCandidate[], text: string): CountCandidate[] {
  const out = [...list];
  const taken = new Set<number>();
  for (const c of list) taken.add(c.numStart);
  for (const c of list) {
    if (c.unitEnd <= c.numStart || c.rule === 'list-item' || c.qualifier !== 'exact') continue;
    const head = FIRST_LABEL.exec(text.slice(Math.max(0, c.numStart - FIRST_REACH), c.numStart));
    if (head === null || stopped(head.groups!['label']!)) continue;
    const unitWord = text.slice(c.unitStart, c.unitEnd).toLowerCase();
    const items: CountCandidate[] = [];
    let pos = c.unitEnd;
    for (let n = 0; n < ITEM_LIMIT; n++) {
      NEXT_ITEM.lastIndex = pos;
      const m = NEXT_ITEM.exec(text);
      if (m === null) break;
      const g = m.groups!;
      if (stopped(g['label']!) || noLabel(g['label']!) || BARE_YEAR.test(g['num']!)) break;
      if (g['unit'] !== undefined && g['unit'].trim().toLowerCase() !== unitWord) break;
      const num = parseIndonesianNumber(g['num']!);
      if (!num) break;
      const [numStart, numEnd] = m.indices!.groups!['num']!;
      const [labelStart] = m.indices!.groups!['label']!;
      pos = m.index + m[0].length;
      if (taken.has(numStart)) continue;
      const item = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: c.unit, unitClass: c.unitClass }, c.unitStart, c.unitEnd, numStart, numEnd, labelStart, pos, 'list-item');
      item.parent = c.parent;
      items.push(item);
    }
    for (const it of items) {
      taken.add(it.numStart);
      out.push(it);
    }
  }
  return out.length === list.length ? list : out.sort((a, b) => a.start - b.start);
}

/** A split with no unit in any piece, right after its whole (round 20): "1.318 ASN telah dijatuhi sanksi oleh pejabat
 *  pembina kepegawaian masing-masing, yakni hukuman disiplin ringan 716, sedang 402, dan berat 200" — the rest of the
 *  count's clause (no sentence end; a year may stand in it), a comma, an opener (OPENER) or a colon, then "<label> N" pieces read as
 *  NEXT_ITEM reads the pieces after a first item. Two pieces or more whose figures add up EXACTLY to the count: the sum
 *  is the evidence that they split it, so they are its parts, in its unit. SPLIT_LEAD_REACH: the clause between the
 *  count and the opener ("… dijatuhi sanksi oleh pejabat pembina kepegawaian masing-masing, yakni").*/
const SPLIT_LEAD_REACH = 120;
const SPLIT_LEAD = new RegExp(`^[^.!?;:\\n]{0,${SPLIT_LEAD_REACH}}?(?:,[ \\t]{1,2}(?:${OPENER})(?:[ \\t]{0,2}:)?|:)`, 'iu');
/** The first piece: its label (one to four words) and its number, no unit after it, then a separator. */
const FIRST_BARE_PIECE = new RegExp(`[ \\t]{1,2}(?<label>${LABEL})[ \\t]{1,2}(?<num>${NUMBER_SOURCE})${WE}(?=[ \\t]{0,2}[,;]|[ \\t]{1,2}(?:${JOINER})${WE})`, 'duy');
const MIN_SPLIT_PIECES = 2;

/** Splits with no unit right after their whole (see above); returns `list` with the pieces added, sorted. */
export function addBareLabelSplits(list: CountCandidate[], text: string): CountCandidate[] {
  const out = [...list];
  const taken = new Set<number>();
  for (const c of list) taken.add(c.numStart);
  for (const c of list) {
    if (c.unitEnd <= c.numStart || c.rule === 'list-item' || c.qualifier !== 'exact' || c.upper !== null) continue;
    const lead = SPLIT_LEAD.exec(text.slice(c.unitEnd, c.unitEnd + SPLIT_LEAD_REACH + 40));
    if (lead === null) continue;
    let pos = c.unitEnd + lead[0].length;
    const pieces: { value: number; numStart: number; numEnd: number; labelStart: number; end: number }[] = [];
    FIRST_BARE_PIECE.lastIndex = pos;
    const first = FIRST_BARE_PIECE.exec(text);
    if (first === null || stopped(first.groups!['label']!) || BARE_YEAR.test(first.groups!['num']!)) continue;
    const v0 = parseIndonesianNumber(first.groups!['num']!);
    if (v0 === null || v0.approximate) continue;
    pieces.push({ value: v0.value, numStart: first.indices!.groups!['num']![0], numEnd: first.indices!.groups!['num']![1], labelStart: first.indices!.groups!['label']![0], end: pos + first[0].length });
    pos += first[0].length;
    for (let n = 1; n < ITEM_LIMIT; n++) {
      NEXT_ITEM.lastIndex = pos;
      const m = NEXT_ITEM.exec(text);
      if (m === null) break;
      const g = m.groups!;
      // (a label's last word may look like a verb here, "hukuman disiplin 24", "teguran tertulis 5": the exact sum is the
      // evidence; a contrast word or a party to the case still ends the split)
      if (g['unit'] !== undefined || stopped(g['label']!) || g['label']!.split(/[ \t]+/u).some((w) => NOT_LABEL.has(w.toLowerCase())) || BARE_YEAR.test(g['num']!)) break;
      const num = parseIndonesianNumber(g['num']!);
      if (num === null || num.approximate) break;
      pos = m.index + m[0].length;
      pieces.push({ value: num.value, numStart: m.indices!.groups!['num']![0], numEnd: m.indices!.groups!['num']![1], labelStart: m.indices!.groups!['label']![0], end: pos });
    }
    if (pieces.length < MIN_SPLIT_PIECES || pieces.some((p) => taken.has(p.numStart)) || pieces.reduce((a, p) => a + p.value, 0) !== c.value) continue;
    for (const p of pieces) {
      const item = countCandidate(p.value, 'exact', { unit: c.unit, unitClass: c.unitClass }, c.unitStart, c.unitEnd, p.numStart, p.numEnd, p.labelStart, p.end, 'list-item');
      item.parent = c;
      taken.add(p.numStart);
      out.push(item);
    }
  }
  return out.length === list.length ? list : out.sort((a, b) => a.start - b.start);
}
