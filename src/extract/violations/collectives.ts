// Counts of one inside a breakdown and collective wholes (issue 22, "Counts"):
//   oneItems    — "seorang" (or "satu" before a person noun) coordinated after a count of people already read ("dua
//                 kepala sekolah, tiga guru, dan seorang staf kelurahan", "dua camat dan seorang lurah"): a count of one
//                 person, sharing that count's cue. Before the count ("mengklarifikasi seorang lurah dan dua ASN
//                 kelurahan") it is kept only as a part of a collective whole after it ("… ketiga ASN tersebut"): a
//                 person leading the coordination is the story's subject as often as a tally.
//   collectives — a collective numeral before a unit and a demonstrative ("ketiga ASN tersebut", "keenam ASN itu",
//                 "kedua laporan tersebut") counts the set named before it. When the counts coordinated just before it
//                 (this sentence or the two before) add up to it exactly, it is their whole, a count of its own
//                 ("memproses … seorang lurah dan dua guru …. … ketiga ASN tersebut telah dimintai klarifikasi"); when
//                 it restates a count read before and opens a breakdown ("keenam ASN tersebut terdiri atas …"), it is
//                 that count again (folded at dedupe), so that the breakdown's items have their whole. Otherwise it is
//                 no count. An ordinal after its noun ("tahap ketiga", "putaran kedua") never matches: the collective
//                 stands before the noun.
import { BREAKDOWN_VERBS, CASE_UNITS, DEMONSTRATIVES, ITEM_CONJUNCTIONS, ONE_ITEM_END_WORDS, ONE_PERSON_WORDS, PERSON_UNITS, unitGroup } from '../../lexicon/violations.js';
import { COLLECTIVE_PREFIX, NUMERAL_UNITS } from '../../lexicon/numerals.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { lookupTable } from '../../util/table.js';
import { countCandidate, type CountCandidate, caseUnitClass } from './parsers.js';

const UNITS: Readonly<Record<string, string>> = lookupTable({ ...PERSON_UNITS, ...CASE_UNITS });
const UNIT_WORDS = alternation(Object.keys(UNITS));
/** The collective numerals: "ke" and a number word from two to eleven ("kedua", "ketiga", …, "kesebelas"). */
const COLLECTIVES: Readonly<Record<string, number>> = lookupTable(
  Object.fromEntries(Object.entries(NUMERAL_UNITS).filter(([, v]) => v >= 2 && v <= 11).map(([w, v]) => [`${COLLECTIVE_PREFIX}${w}`, v])),
);
const COLLECTIVE_RE = new RegExp(
  `${WB}(?<num>${alternation(Object.keys(COLLECTIVES))})\\s{1,2}(?<unit>${UNIT_WORDS})${WE}(?:\\s{1,2}[\\p{L}-]+){0,2}?\\s{1,2}(?:${alternation(DEMONSTRATIVES)})${WE}`,
  'giu',
);
const BREAKDOWN_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(BREAKDOWN_VERBS)})${WE}`, 'iu');
/** What joins two coordinated counts. */
const CONJ = alternation(ITEM_CONJUNCTIONS);
const COORDINATOR = new RegExp(`^\\s{0,2}(?:,\\s{1,2}(?:(?:${CONJ})\\s{1,2})?|\\s(?:${CONJ})\\s{1,2})$`, 'u');
const ONE = alternation([...Object.keys(ONE_PERSON_WORDS).filter((w) => w !== 'sebuah'), 'satu']);
/** A count of one before a coordinator: "seorang lurah dan", "satu guru, ". "seorang" takes any noun of one to three
 *  words; "satu" a person noun only. */
const ONE_BEFORE = new RegExp(
  `${WB}(?:(?<seorang>seorang)(?<words>(?:\\s{1,2}\\p{Ll}[\\p{Ll}-]*){1,3}?)|(?<satu>satu)\\s{1,2}(?<unit>${alternation(Object.keys(PERSON_UNITS))}))(?<gap>\\s{0,2},\\s{1,2}(?:(?:${CONJ})\\s{1,2})?|\\s(?:${CONJ})\\s{1,2})$`,
  'diu',
);
/** A count of one after a coordinator: ", dan seorang staf kelurahan", " dan satu guru". */
const ONE_AFTER = new RegExp(
  `^(?:\\s{0,2},\\s{1,2}(?:(?:${CONJ})\\s{1,2})?|\\s(?:${CONJ})\\s{1,2})(?<num>${ONE})\\s{1,2}(?<words>\\p{Ll}[\\p{Ll}-]*(?:\\s{1,2}\\p{Ll}[\\p{Ll}-]*){0,2}?)(?=[ \\t]{0,2}(?:[,;.:)\\n"”]|$)|\\s{1,2}(?:${alternation(ONE_ITEM_END_WORDS)})${WE})`,
  'diu',
);
const ONE_REACH = 60;
/** How many sentences before a collective its parts may stand. */
const PARTS_BACK = 2;

/** Counts of one coordinated with counts of people (see the header). */
function oneItems(list: readonly CountCandidate[], text: string): { add: CountCandidate[]; before: Set<CountCandidate> } {
  const add: CountCandidate[] = [];
  const before = new Set<CountCandidate>();
  const taken = new Set<number>();
  for (const c of list) taken.add(c.numStart);
  for (const c of list) {
    if (c.unitClass !== 'person' || c.unitEnd <= c.numStart) continue;
    const from = Math.max(0, c.start - ONE_REACH);
    const b = ONE_BEFORE.exec(text.slice(from, c.start));
    if (b !== null) {
      const [s] = b.indices![0]!;
      const numStart = from + s;
      const head = b.groups!['seorang'] ?? b.groups!['satu']!;
      const unit = b.groups!['unit'] ?? (lookup(PERSON_UNITS, b.groups!['words']!.trim().split(/\s+/u)[0]!) !== undefined ? lookup(PERSON_UNITS, b.groups!['words']!.trim().split(/\s+/u)[0]!)! : 'orang');
      const end = from + b.indices!.groups!['gap']![0];
      if (!taken.has(numStart)) {
        taken.add(numStart);
        const one = countCandidate(1, 'exact', { unit, unitClass: 'person' }, numStart + head.length, end, numStart, numStart + head.length, numStart, end, 'one-item');
        before.add(one);
        add.push(one);
      }
    }
    const a = ONE_AFTER.exec(text.slice(c.unitEnd, c.unitEnd + ONE_REACH));
    if (a !== null) {
      const [ns, ne] = a.indices!.groups!['num']!;
      const numStart = c.unitEnd + ns;
      const words = a.groups!['words']!.trim().split(/\s+/u);
      const personUnit = lookup(PERSON_UNITS, words.slice(0, 2).join(' ')) ?? lookup(PERSON_UNITS, words[0]!);
      if (a.groups!['num']!.toLowerCase() === 'satu' && personUnit === undefined) continue;
      if (taken.has(numStart)) continue;
      taken.add(numStart);
      const end = c.unitEnd + a[0].length;
      add.push(countCandidate(1, 'exact', { unit: personUnit ?? 'orang', unitClass: 'person' }, c.unitEnd + ne, end, numStart, c.unitEnd + ne, numStart, end, 'one-item'));
    }
  }
  return { add, before };
}

/** The counts coordinated one after another right before `pos` and after `floor`, the last first, whose values add
 *  up to `value` exactly; null when none do. */
function coordinatedBefore(list: readonly CountCandidate[], text: string, pos: number, floor: number, value: number, group: 'case' | 'person'): CountCandidate[] | null {
  const chain: CountCandidate[] = [];
  let sum = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i]!;
    if (c.end > pos) continue;
    if (c.start < floor) break;
    const later = chain[chain.length - 1];
    if (later !== undefined && !COORDINATOR.test(text.slice(c.end, later.start))) break;
    if (c.parent !== null || c.upper !== null || c.qualifier !== 'exact' || unitGroup(c.unit) !== group) break;
    chain.push(c);
    sum += c.value;
    if (sum === value) return chain.length >= 2 ? chain : null;
    if (sum > value) return null;
  }
  return null;
}

/** Counts of one and collective wholes (see the header). `list` is sorted by start; returns it with the new counts. */
export function addCollectives(list: CountCandidate[], text: string, sentences: Sentences): CountCandidate[] {
  const ones = oneItems(list, text);
  let out = ones.add.length === 0 ? list : [...list, ...ones.add].sort((a, b) => a.start - b.start);
  const add: CountCandidate[] = [];
  COLLECTIVE_RE.lastIndex = 0;
  for (let m = COLLECTIVE_RE.exec(text); m !== null; m = COLLECTIVE_RE.exec(text)) {
    const value = lookup(COLLECTIVES, m.groups!['num']!)!;
    const unit = lookup(UNITS, m.groups!['unit']!)!;
    const group = unitGroup(unit);
    const si = sentenceIndex(sentences, m.index);
    if (si < 0) continue;
    const numEnd = m.index + m.groups!['num']!.length;
    const unitStart = text.indexOf(m.groups!['unit']!, numEnd);
    const c = countCandidate(value, 'exact', { unit, unitClass: group === 'case' ? caseUnitClass(unit) : group }, unitStart, unitStart + m.groups!['unit']!.length, m.index, numEnd, m.index, m.index + m[0].length, 'collective');
    const parts = coordinatedBefore(out, text, m.index, sentences.starts[Math.max(0, si - PARTS_BACK)]!, value, group);
    if (parts !== null) {
      for (const p of parts) p.parent = c;
      add.push(c);
      continue;
    }
    const restated = out.some((o) => o.end <= m!.index && o.value === value && unitGroup(o.unit) === group);
    if (restated && BREAKDOWN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) add.push(c);
  }
  if (add.length > 0) out = [...out, ...add].sort((a, b) => a.start - b.start);
  return ones.before.size === 0 ? out : out.filter((c) => !ones.before.has(c) || c.parent !== null);
}
