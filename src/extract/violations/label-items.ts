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
