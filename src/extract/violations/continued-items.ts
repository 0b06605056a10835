// Items of a breakdown that go on after its first part (issue 22, "Counts": a clause-level reading of a list whose
// items share the whole's cue and unit). Two openings:
//   pointed   — a "dari" clause pointing back at a whole stated before, with a demonstrative or a relative clause ("Dari
//               12 yang terbukti, tujuh dijatuhi …, empat hukuman sedang …"; "Dari 27 itu, 11 lurah dan staf kelurahan,
//               tujuh guru, sisanya pegawai dinas", "dari total kasus tersebut, sembilan melibatkan ASN, 11 melibatkan
//               kepala desa …, dan tiga lainnya …", "Dari tujuh ASN itu, empat merupakan guru SD, dua staf kecamatan
//               dan satu tenaga kesehatan"): every item is a part of that whole.
//   continued — a part already read ("lima orang dijatuhi hukuman disiplin berat", "Sebanyak 19 berasal dari temuan
//               pengawas kami") followed in its sentence by more items ("enam hukuman sedang", "8 dari laporan
//               masyarakat"): they are parts of the same whole.
//   rest-closed — a run of items closed by a pronoun for the rest ("Ada sembilan guru, tiga pegawai puskesmas, sisanya
//               staf kecamatan"): the items divide a whole stated before (up to six sentences back: an answer, a
//               quote), the last count larger than their sum that is no part.
// An item is a number (or "seorang") opening a piece of the list, then a few words; a piece without a number joined
// by "dan" belongs to the item before it ("11 lurah dan staf kelurahan"); a piece for the rest without a number
// ("sisanya pegawai dinas") or any other piece ends the list. The items, with the part, may not add up to more than
// the whole. A piece whose first word is a measure (ITEM_MEASURE_NOUNS: "tiga hari kemudian", "dua kecamatan") or a
// month, and a year or an identifier, is no item.
import { CASE_UNITS, ITEM_MEASURE_NOUNS, ONE_PERSON_WORDS, PERSON_UNITS, REST_PRONOUNS, RUN_OPENERS, SHARE_WORDS, WHOLE_POINTERS, WHOLE_SIZE_HEADS, unitGroup } from '../../lexicon/violations.js';
import { MONTH_NAMES, MONTH_ABBREVIATIONS } from '../../lexicon/calendar.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { lookupTable } from '../../util/table.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, SPELLED, countCandidate, isIdentifier, type CountCandidate, caseUnitClass } from './parsers.js';

const ONE_WORDS = alternation(Object.keys(ONE_PERSON_WORDS));
/** One piece of the list: a number (its bracketed spelling allowed) and one to eight words (a bracketed abbreviation
 *  among them: "lima melibatkan aparatur sipil negara (ASN)"). */
const ITEM_RE = new RegExp(`^(?<num>(?:${NUMBER_SOURCE})|(?:${ONE_WORDS})${WE})${SPELLED}?(?<words>(?:\\s{1,2}\\(?[\\p{L}][\\p{L}.-]*\\)?){1,8})[\\s"”’']*$`, 'iu');
/** What joins two pieces; the group says whether a conjunction did. */
const SEPARATOR = /[ \t]{0,2}[,;][ \t]{1,2}(?:(dan|serta)[ \t]{1,2})?|[ \t]{1,2}(dan|serta)[ \t]{1,2}/gu;
const QUOTE_CLOSE = /[,.;]?["”]/u;
/** The first number of a run (digits or a number word). */
const NUMBER_START = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUMBER_SOURCE})`, 'iu');
const UNITS: Readonly<Record<string, string>> = lookupTable({ ...PERSON_UNITS, ...CASE_UNITS });
const NOT_ITEM_HEADS = new Set([...ITEM_MEASURE_NOUNS, ...SHARE_WORDS]);
/** "Dari 27 itu,", "dari total kasus tersebut,", "Dari tujuh ASN itu,": the number, the unit word and the pointer. */
const POINTED = new RegExp(
  `${WB}dari\\s{1,2}(?:(?<size>${alternation(WHOLE_SIZE_HEADS)})\\s{1,2})?(?:(?<num>${NUMBER_SOURCE})\\s{1,2})?(?:(?<unit>\\p{L}+)\\s{1,2})?(?:${alternation(WHOLE_POINTERS)}|yang(?:\\s{1,2}\\p{L}+){1,3}?)[ \\t]{0,2},[ \\t]{1,2}`,
  'giu',
);
/** A separator and a pronoun for the rest closing a run of items. */
const REST_CLOSE = new RegExp(`[ \\t]{0,2}[,;][ \\t]{1,2}(?:(?:dan|serta)[ \\t]{1,2})?(?:${alternation(REST_PRONOUNS)})${WE}`, 'giu');
/** Words that may open the sentence before a rest-closed run's first item ("Ada sembilan guru, …"). */
const RUN_OPENER = new RegExp(`^[\\s"“]{0,3}(?:(?:${alternation(RUN_OPENERS)})\\s{1,2})?$`, 'iu');
/** How many sentences back a pointed whole may stand (a quote or an answer between). */
const POINTED_BACK = 6;
/** How far after a part the separator opening its list's next item may stand. */
const PART_TAIL = 80;

interface Item {
  value: number;
  approximate: boolean;
  unit: string | null;
  start: number;
  numEnd: number;
  end: number;
}

/** The items from `from` up to `to` (see the header); stops at the first piece that is no item. */
function itemsIn(text: string, from: number, to: number): Item[] {
  const items: Item[] = [];
  // (a quote closing before the sentence ends closes the list: '…, dan satu tenaga kesehatan," kata …')
  const quote = QUOTE_CLOSE.exec(text.slice(from, to));
  const body = text.slice(from, quote === null ? to : from + quote.index);
  SEPARATOR.lastIndex = 0;
  let at = 0;
  let joinedByConjunction = false;
  for (let m = SEPARATOR.exec(body); ; m = SEPARATOR.exec(body)) {
    const end = m === null ? body.length : m.index;
    const piece = body.slice(at, end);
    const lead = piece.length - piece.trimStart().length;
    const start = from + at + lead;
    const item = itemOf(piece.trim(), start, text);
    if (item !== null) items.push(item);
    else if (items.length > 0 && joinedByConjunction && !/\d/u.test(piece) && piece.trim().length > 0) items[items.length - 1]!.end = start + piece.trim().length;
    else break;
    if (m === null) break;
    joinedByConjunction = (m[1] ?? m[2]) !== undefined && m[0].indexOf(',') < 0 && m[0].indexOf(';') < 0;
    at = m.index + m[0].length;
  }
  return items;
}

function itemOf(piece: string, start: number, text: string): Item | null {
  const im = ITEM_RE.exec(piece);
  if (im === null) return null;
  const numText = im.groups!['num']!;
  const one = lookup(ONE_PERSON_WORDS, numText.trim());
  const num = one !== undefined ? { value: one, approximate: false } : parseIndonesianNumber(numText);
  if (num === null || BARE_YEAR.test(numText) || isIdentifier(text, start)) return null;
  const words = im.groups!['words']!.trim().split(/\s+/u);
  const head = words[0]!.toLowerCase();
  if (NOT_ITEM_HEADS.has(head) || lookup(MONTH_NAMES, head) !== undefined || lookup(MONTH_ABBREVIATIONS, head) !== undefined) return null;
  const unit = lookup(UNITS, words.slice(0, 2).join(' ')) ?? lookup(UNITS, head) ?? null;
  return { value: num.value, approximate: num.approximate, unit, start, numEnd: start + numText.trimEnd().length, end: start + piece.length };
}

/** The counts for `items`, parts of `whole`, in the unit of `like` when an item names none; null when they add up to
 *  more than the whole or one of them is a count read already with another parent. Counts read already get the
 *  parent. */
function partsOf(items: readonly Item[], whole: CountCandidate, like: CountCandidate, byNum: ReadonlyMap<number, CountCandidate>, already: number): CountCandidate[] | null {
  let sum = already;
  for (const it of items) sum += it.value;
  if (whole.qualifier === 'exact' && whole.upper === null && sum > whole.value) return null;
  const out: CountCandidate[] = [];
  for (const it of items) {
    const have = byNum.get(it.start);
    if (have !== undefined && have.parent !== null && have.parent !== whole) return null;
    if (have !== undefined) continue;
    const unit = it.unit ?? like.unit;
    const unitClass = it.unit === null ? like.unitClass : unitGroup(it.unit) === 'case' ? caseUnitClass(it.unit) : 'person';
    const c = countCandidate(it.value, it.approximate ? 'approximate' : 'exact', { unit, unitClass }, it.numEnd, it.numEnd, it.start, it.numEnd, it.start, it.end, 'continued-item');
    c.parent = whole;
    out.push(c);
  }
  for (const it of items) {
    const have = byNum.get(it.start);
    if (have !== undefined) have.parent ??= whole;
  }
  return out;
}

/** The last count of `list` before `pos`, no part, from `floor` on, of the value `value` when given, else of at least
 *  `least` (what its items add up to) and of the unit group of `unit` when that is a unit word. (Parts are linked to
 *  their wholes later: "menangani 15 kasus, sedangkan … delapan kasus" before "dari total kasus tersebut, sembilan …,
 *  11 …, dan tiga lainnya" are smaller than the items' sum, the 23 before them is not.) */
function wholeBefore(list: readonly CountCandidate[], pos: number, floor: number, value: number | null, unit: string | null, least: number): CountCandidate | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i]!;
    if (c.end > pos) continue;
    if (c.start < floor) break;
    // (a whole pointed at by its value may be a stage of another: "Dari 12 yang terbukti, …" after "14 ASN … dua orang
    // dinyatakan tidak terbukti")
    if ((c.parent !== null && value === null) || c.upper !== null) continue;
    if (value !== null ? c.value !== value : c.value < least) continue;
    if (value === null && unit !== null && lookup(UNITS, unit) !== undefined && (lookup(PERSON_UNITS, unit) !== undefined) !== (c.unitClass === 'person')) continue;
    return c;
  }
  return null;
}

/** Items of breakdowns going on after a pointer or a part (see the header). `list` is sorted by start; `taken` holds
 *  the number positions of every count found (accepted or not). Returns the list with the items added. */
export function addContinuedItems(list: CountCandidate[], text: string, sentences: Sentences): CountCandidate[] {
  const add: CountCandidate[] = [];
  const byNum = new Map<number, CountCandidate>();
  for (const c of list) byNum.set(c.numStart, c);
  const done = new Set<number>();
  const keep = (parts: readonly CountCandidate[]) => {
    for (const c of parts) {
      add.push(c);
      byNum.set(c.numStart, c);
      done.add(c.numStart);
    }
  };
  // pointed
  POINTED.lastIndex = 0;
  for (let m = POINTED.exec(text); m !== null; m = POINTED.exec(text)) {
    const g = m.groups!;
    if (g['size'] === undefined && g['num'] === undefined && g['unit'] === undefined) continue;
    const num = g['num'] === undefined ? null : parseIndonesianNumber(g['num']);
    if (g['num'] !== undefined && (num === null || num.approximate)) continue;
    const si = sentenceIndex(sentences, m.index);
    if (si < 0) continue;
    const floor = sentences.starts[Math.max(0, si - POINTED_BACK)]!;
    const from = m.index + m[0].length;
    const items = itemsIn(text, from, sentenceEnd(text, sentences, si));
    if (items.length < 2) continue;
    let sum = 0;
    for (const it of items) sum += it.value;
    // (the figure of the pointer itself may be that count: "Dari 12 yang terbukti," read as a stage)
    const whole = wholeBefore(list, num === null ? m.index : from, floor, num?.value ?? null, g['unit'] ?? null, sum);
    if (whole === null) continue;
    const parts = partsOf(items, whole, whole, byNum, 0);
    if (parts !== null) keep(parts);
  }
  // rest-closed
  REST_CLOSE.lastIndex = 0;
  for (let m = REST_CLOSE.exec(text); m !== null; m = REST_CLOSE.exec(text)) {
    const si = sentenceIndex(sentences, m.index);
    if (si < 0) continue;
    // the run opens its sentence (an "ada" allowed before it)
    const s0 = sentences.starts[si]!;
    const lead = NUMBER_START.exec(text.slice(s0, m.index));
    if (lead === null || !RUN_OPENER.test(text.slice(s0, s0 + lead.index))) continue;
    const from = s0 + lead.index;
    const items = itemsIn(text, from, m.index);
    if (items.length < 2 || items[items.length - 1]!.end < m.index - 1 || items.some((it) => done.has(it.start) || byNum.has(it.start))) continue;
    let sum = 0;
    for (const it of items) sum += it.value;
    const whole = wholeBefore(list, s0, sentences.starts[Math.max(0, si - POINTED_BACK)]!, null, null, sum + 1);
    if (whole === null) continue;
    const parts = partsOf(items, whole, whole, byNum, 0);
    if (parts !== null) keep(parts);
  }
  // continued
  for (const p of list) {
    if (p.parent === null || done.has(p.numStart)) continue;
    const si = sentenceIndex(sentences, p.numStart);
    if (si < 0) continue;
    const se = sentenceEnd(text, sentences, si);
    const from = Math.max(p.end, p.unitEnd);
    SEPARATOR.lastIndex = 0;
    const tail = text.slice(from, Math.min(se, from + PART_TAIL));
    const sep = SEPARATOR.exec(tail);
    if (sep === null || /[\d.;:!?()]/u.test(tail.slice(0, sep.index))) continue;
    const all = itemsIn(text, from + sep.index + sep[0].length, se);
    // (an item naming a noun of the other group is no sibling: "27 di antaranya diregistrasi, dan 12 ASN
    // direkomendasikan" counts the people the reports were about)
    const other = all.findIndex((it) => it.unit !== null && unitGroup(it.unit) !== unitGroup(p.unit));
    const items = other < 0 ? all : all.slice(0, other);
    if (items.length === 0 || items.some((it) => done.has(it.start))) continue;
    const parts = partsOf(items, p.parent, p, byNum, p.value);
    if (parts !== null) keep(parts);
  }
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}

/** Where the sentence `si` ends, before its closing mark. */
function sentenceEnd(text: string, sentences: Sentences, si: number): number {
  let to = sentences.ends[si]!;
  while (to > sentences.starts[si]! && /[\s.;!?]/u.test(text[to - 1]!)) to--;
  return to;
}
