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
//   siblingParents — counts listed right after a part, in its sentence and unit group ("Sebanyak 25 laporan di
//                antaranya telah diregister, 10 laporan dihentikan, dan 5 laporan masih dikaji"), are parts of the same
//                whole, while together they do not add up to more than it.
//   changeFrom — the first figure of a change whose second carries the unit ("naik dari 12 menjadi 31 laporan",
//                "turun dari 40 ke 25 kasus") is a count in that unit; so is the figure of an increase before
//                "menjadi" ("bertambah 5 dalam sepekan terakhir menjadi 40 laporan"): the new cases, a part of the total.
//   breakdownParts — a count broken down by kind right after it, in its sentence ("9 ASN, terdiri atas …") or as
//                the next sentence with a subject pointing back ("Mereka terdiri atas 2 pejabat administrator, 4 guru
//                dan 3 tenaga kesehatan"): each item (a number and a few lower-case words) is a part of the count, in
//                its own unit when it names one, else the count's; the items may not add up to more than the count.
//                The next sentence's subject may also be a collective pronoun of the numeral grammar ("Keenamnya"),
//                or a case or person noun with a demonstrative ("Temuan itu terdiri atas …", "Para ASN itu …"), and
//                its verb a copula of identification ("Ketiganya adalah dua kepala distrik dan seorang sekretaris
//                dinas", round 21); an item may end in an attribute carrying an acronym ("dua bidan desa berstatus PNS").
import { BREAKDOWN_COPULAS, APPOSITION_OPENERS, BREAKDOWN_SUBJECT_POINTERS, BREAKDOWN_SUBJECTS, ITEM_CONJUNCTIONS, REST_GAP_WORDS, BREAKDOWN_VERBS, COMPARISON_WORDS, DEMONSTRATIVES, ITEM_PLACE_HEADS, CASE_UNITS, ONE_PERSON_WORDS, CHANGE_GAP_WORDS, CHANGE_TO_WORDS, INCREMENT_WORDS, PERSON_UNITS, QUALIFIER_CUES, SHARE_WORDS, SIBLING_REST_WORDS, SUM_WORDS, PARTITION_OPENERS, unitGroup } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { firstAtOrAfter } from '../../text/search.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, SPELLED, afterSpelling, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';
import { lookup } from '../dates/text.js';
import { headlineEnd } from './headline.js';
import { lookupTable } from '../../util/table.js';
import { COLLECTIVE_PREFIX, COLLECTIVE_PRONOUN_SUFFIX, NUMERAL_UNITS } from '../../lexicon/numerals.js';

const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
const REST_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(SIBLING_REST_WORDS)})${WE}`, 'iu');
/** Between a sibling count and a rest number: the sibling's clause, then a comma or a conjunction. */
const SIBLING_GAP = new RegExp(`^[^.!?;\\n]{0,120}?(?:,|${WB}(?:${alternation(REST_GAP_WORDS)}))\\s{1,2}$`, 'iu');
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
    // the split right before the rest first: its sibling is the figure just before it, and the whole stands at most
    // WHOLE_BACK sentences before that sibling ("mencatat 14 dugaan pelanggaran … . Jumlah itu jauh melampaui … dua
    // kasus. … mayoritas pelanggaran …, yakni 10 kasus. Empat kasus lainnya …")
    const adjacent = list[i - 1];
    const ai = adjacent === undefined ? -1 : sentenceIndex(sentences, adjacent.numStart);
    if (adjacent !== undefined && adjacent.upper === null && adjacent.parent === null && si - ai <= SIBLING_BACK) {
      const need = adjacent.value + r.value;
      for (let w = i - 2; w >= 0 && ai - sentenceIndex(sentences, list[w]!.numStart) <= WHOLE_BACK; w--) {
        const whole = list[w]!;
        if (whole.value !== need || whole.qualifier !== 'exact' || whole.upper !== null) continue;
        r.parent = whole;
        adjacent.parent = whole;
        return;
      }
    }
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

const BREAKDOWN_RE = new RegExp(`${WB}(?:${alternation(BREAKDOWN_VERBS)})${WE}[ \\t]{0,2}:?`, 'iu');
/** The verbs a breakdown in the next sentence may open with: those of composition and the copulas of identification. */
const NEXT_BREAKDOWN_RE = new RegExp(`${WB}(?:${alternation([...BREAKDOWN_VERBS, ...BREAKDOWN_COPULAS])})${WE}[ \\t]{0,2}:?`, 'iu');
/** The collective pronouns of the numeral grammar, "ke" + a number word from two to eleven + "nya" ("keduanya",
 *  "keenamnya", "kesebelasnya"): each points back to a set counted before, with no list of them to keep. */
const COLLECTIVE_PRONOUNS = Object.entries(NUMERAL_UNITS).filter(([, v]) => v >= 2 && v <= 11).map(([w]) => `${COLLECTIVE_PREFIX}${w}${COLLECTIVE_PRONOUN_SUFFIX}`);
/** A noun of the counted (a case or a person unit) with a demonstrative: "Temuan itu", "Laporan tersebut", "Para ASN
 *  itu" (round 21: "Bawaslu … mencatat tujuh temuan … . Temuan itu terdiri atas empat …, dua … dan seorang …"). */
const NOUN_POINTER = `(?:para\\s{1,2})?(?:${alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)])})\\s{1,2}(?:${alternation(DEMONSTRATIVES)})`;
const SUBJECT_START = new RegExp(
  `^\\s{0,3}(?:(?:${alternation([...BREAKDOWN_SUBJECTS, ...COLLECTIVE_PRONOUNS])})${WE}(?:\\s{1,2}(?:${alternation(BREAKDOWN_SUBJECT_POINTERS)}))?|${NOUN_POINTER})\\s{1,2}$`,
  'iu',
);
/** How many words an item's attribute after its first four words may run to ("berstatus PNS", "SD negeri", the
 *  office of "seorang staf Bappeda"): a short modifier, not a clause (the separators still end each item). */
const ITEM_ATTRIBUTE_WORDS = 3;
/** One item: a number (its bracketed spelling allowed) and one to four lower-case words. */
const ITEM_RE = new RegExp(
  `^(?<num>${NUMBER_SOURCE}|${alternation(Object.keys(ONE_PERSON_WORDS))})${SPELLED}?(?<words>(?:\\s{1,2}\\p{Ll}[\\p{Ll}-]*){1,4})` +
    // where the people of the item serve or come from ("dua ASN di lingkungan Pemerintah Provinsi")
    `(?:\\s{1,2}(?:${alternation(ITEM_PLACE_HEADS)})\\s{1,2}[^,;:()]{1,80}` +
    // or a short attribute after the noun, words only, no figure ("dua bidan desa berstatus PNS", "tiga guru SMP
    // negeri", "seorang staf Bappeda", round 21)
    `|(?:\\s{1,2}\\p{L}[\\p{L}-]*){1,${ITEM_ATTRIBUTE_WORDS}})?\\s*$`,
  'iu',
);
const CONJ = alternation(ITEM_CONJUNCTIONS);
const ITEM_SEPARATOR = new RegExp(`\\s{0,2},\\s{1,2}(?:(?:${CONJ})\\s{1,2})?|\\s{1,2}(?:${CONJ})\\s{1,2}`, 'gu');
const ANY_UNITS: Readonly<Record<string, string>> = lookupTable({ ...PERSON_UNITS, ...CASE_UNITS });

/** The items of a breakdown in `[from, to)` (see the header), or null when one piece is not an item. */
function breakdownItems(text: string, from: number, to: number): { value: number; approximate: boolean; unit: string | null; start: number; numEnd: number; end: number }[] | null {
  const items = [];
  const body = text.slice(from, to);
  ITEM_SEPARATOR.lastIndex = 0;
  let at = 0;
  for (let m = ITEM_SEPARATOR.exec(body); ; m = ITEM_SEPARATOR.exec(body)) {
    const end = m === null ? body.length : m.index;
    const piece = body.slice(at, end);
    const lead = piece.length - piece.trimStart().length;
    const im = ITEM_RE.exec(piece.trim());
    if (im === null) return null;
    const one = lookup(ONE_PERSON_WORDS, im.groups!['num']!);
    const num = one !== undefined ? { value: one, approximate: false } : parseIndonesianNumber(im.groups!['num']!);
    if (num === null || BARE_YEAR.test(im.groups!['num']!)) return null;
    const words = im.groups!['words']!.trim().toLowerCase().split(/\s+/u);
    // a share is no item ("terdiri atas 60 persen guru dan 40 persen tenaga kesehatan")
    if (SHARE_WORDS.includes(words[0]!)) return null;
    const unit = lookup(ANY_UNITS, words.slice(0, 2).join(' ')) ?? lookup(ANY_UNITS, words[0]!) ?? null;
    const start = from + at + lead;
    items.push({ value: num.value, approximate: num.approximate, unit, start, numEnd: start + im.groups!['num']!.length, end: from + at + lead + piece.trim().length });
    if (m === null) break;
    at = m.index + m[0].length;
  }
  return items;
}

/** The items of a breakdown set off by commas inside its sentence, the predicate after it ("Adapun tiga perangkat desa,
 *  yakni dua kepala dusun dan seorang sekretaris desa, diberhentikan dari jabatannya", round 16): the items up to the
 *  last comma before `to` after which the pieces are all items, else null. */
function appositiveItems(text: string, from: number, to: number): ReturnType<typeof breakdownItems> {
  for (let cut = text.lastIndexOf(',', to - 1); cut > from; cut = text.lastIndexOf(',', cut - 1)) {
    const items = breakdownItems(text, from, cut);
    if (items !== null) return items;
  }
  return null;
}

const APPOSITION_RE = new RegExp(`^\\s{0,2},\\s{1,2}(?:${alternation(APPOSITION_OPENERS)})${WE}[ \\t]{0,2}:?`, 'iu');

/** Figures rejected for want of a cue of their own that restate a kept count (its value and unit, after it) and open a
 *  breakdown set off by a comma ("Adapun tiga perangkat desa, yakni dua kepala dusun dan seorang sekretaris desa,
 *  diberhentikan …" after "… kepada enam kepala desa dan tiga perangkat desa"): the kept count again, heading its
 *  items (dedupe folds it into the first mention). */
function restatedWholes(list: readonly CountCandidate[], rejected: readonly CountCandidate[], text: string): CountCandidate[] {
  const out: CountCandidate[] = [];
  for (const r of rejected) {
    if (r.unitEnd <= r.numStart || !plain(r) || !APPOSITION_RE.test(text.slice(r.end, r.end + 20))) continue;
    if (list.some((a) => a.end <= r.start && a.value === r.value && a.unit === r.unit && plain(a))) out.push(r);
  }
  return out;
}

/** Breakdowns by kind (see the header). `list` is sorted by start; returns it with the items added or linked. */
export function breakdownParts(list: CountCandidate[], text: string, sentences: Sentences, rejected: readonly CountCandidate[] = []): CountCandidate[] {
  const add: CountCandidate[] = [];
  const byNum = new Map<number, CountCandidate>();
  for (const c of list) byNum.set(c.numStart, c);
  const restated = new Set(restatedWholes(list, rejected, text));
  const wholes = restated.size === 0 ? list : [...list, ...restated].sort((a, b) => a.start - b.start);
  for (let i = 0; i < wholes.length; i++) {
    const whole = wholes[i]!;
    const si = sentenceIndex(sentences, whole.numStart);
    if (si < 0) continue;
    const se = sentences.ends[si]!;
    // the verb in the count's sentence right after it, else opening the next sentence after a subject pointing back
    let verbAt = -1;
    let verbEnd = -1;
    let to = se;
    const here = restated.has(whole) ? APPOSITION_RE.exec(text.slice(whole.end, Math.min(se, whole.end + 40))) : BREAKDOWN_RE.exec(text.slice(whole.end, Math.min(se, whole.end + 40)));
    if (here !== null && !/\d/u.test(text.slice(whole.end, whole.end + here.index))) {
      verbAt = whole.end + here.index;
      verbEnd = verbAt + here[0].length;
    } else if (!restated.has(whole) && si + 1 < sentences.starts.length && (wholes[i + 1] === undefined || wholes[i + 1]!.start >= sentences.starts[si + 1]!)) {
      const n0 = sentences.starts[si + 1]!;
      const next = NEXT_BREAKDOWN_RE.exec(text.slice(n0, Math.min(sentences.ends[si + 1]!, n0 + 40)));
      if (next !== null && SUBJECT_START.test(text.slice(n0, n0 + next.index))) {
        verbAt = n0 + next.index;
        verbEnd = verbAt + next[0].length;
        to = sentences.ends[si + 1]!;
      }
    }
    if (verbAt < 0) continue;
    while (to > verbEnd && /[\s.;!?]/u.test(text[to - 1]!)) to--;
    const items = breakdownItems(text, verbEnd, to) ?? appositiveItems(text, verbEnd, to);
    if (items === null || items.length < 2) continue;
    let sum = 0;
    for (const it of items) sum += it.value;
    if (sum > whole.value) continue;
    // (a restated whole's items add up to it: the apposition names them all)
    if (restated.has(whole)) {
      if (sum !== whole.value) continue;
      add.push(whole);
    }
    for (const it of items) {
      const have = byNum.get(it.start);
      if (have !== undefined) {
        have.parent ??= whole;
        continue;
      }
      const unit = it.unit ?? whole.unit;
      const c = countCandidate(it.value, it.approximate ? 'approximate' : 'exact', { unit, unitClass: it.unit === null ? whole.unitClass : unitGroup(it.unit) }, it.numEnd, it.numEnd, it.start, it.numEnd, it.start, it.end, 'breakdown-item');
      c.parent = whole;
      add.push(c);
    }
  }
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}

/** "dari N menjadi" right before a count's number (a qualifier cue between allowed); the first figure may repeat the
 *  unit ("dari tiga orang menjadi sembilan orang", where "orang" before "menjadi" is read as no count). */
const CHANGE_BEFORE = new RegExp(
  `${WB}dari\\s{1,2}(?<num>${NUMBER_SOURCE})${SPELLED}?(?:\\s{1,2}(?:${alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)])}))?\\s{1,2}(?:${alternation(CHANGE_TO_WORDS)})\\s{1,2}(?:(?:${alternation(Object.keys(QUALIFIER_CUES))})\\s{1,2})?$`,
  'diu',
);
const CHANGE_BACK = 60;
/** "bertambah 5 dalam sepekan terakhir menjadi" right before a count's number: the increase, a few words between. */
const INCREMENT_BEFORE = new RegExp(
  `${WB}(?:${alternation(INCREMENT_WORDS)})\\s{1,2}(?<num>${NUMBER_SOURCE})(?!\\s{0,2}(?:${alternation(SHARE_WORDS)})${WE})(?:\\s{1,2}[\\p{L}]+){0,5}?\\s{1,2}(?:${alternation(CHANGE_TO_WORDS)})\\s{1,2}(?:(?:${alternation(Object.keys(QUALIFIER_CUES))})\\s{1,2})?$`,
  'diu',
);
const INCREMENT_BACK = 90;
/** The first words of INCREMENT_WORDS: the cheap test in front of INCREMENT_BEFORE. */
const INCREMENT_HEADS = [...new Set(INCREMENT_WORDS.map((w) => w.split(' ')[0]!))];

/** How far before a count's start the word of a change's second term may end (a qualifier cue between). */
const CHANGE_WORD_REACH = 40;
const CHANGE_WORD_SPACED = CHANGE_TO_WORDS.map((w) => `${w} `);
/** Whether a word of CHANGE_TO_WORDS, then a space, stands in the few characters before `pos` (lower-cased). */
function changeWordBefore(text: string, pos: number): boolean {
  const tail = text.slice(Math.max(0, pos - CHANGE_WORD_REACH), pos).toLowerCase();
  for (const w of CHANGE_WORD_SPACED) if (tail.includes(w)) return true;
  return false;
}

/** The first figures of changes (see the header). `taken` holds the number positions of every count found. Returns
 *  the list with the new counts, sorted by start. */
export function changeFrom(list: CountCandidate[], text: string, taken: ReadonlySet<number>): CountCandidate[] {
  const add: CountCandidate[] = [];
  for (const c of list) {
    if (c.unitEnd <= c.numStart) continue;
    // the cheap test in front of both patterns: a word of a change's second term ("menjadi") just before the count
    if (!changeWordBefore(text, c.numStart)) continue;
    const from = Math.max(0, c.start - CHANGE_BACK);
    const m = text.slice(from, c.numStart).toLowerCase().includes('dari') ? CHANGE_BEFORE.exec(text.slice(from, c.numStart)) : null;
    if (m === null) {
      increment(c);
      continue;
    }
    const [ns, ne] = m.indices!.groups!['num']!;
    const p = from + ns;
    const num = parseIndonesianNumber(m.groups!['num']!);
    if (taken.has(p) || num === null || BARE_YEAR.test(m.groups!['num']!) || isIdentifier(text, p)) continue;
    add.push(countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: c.unit, unitClass: c.unitClass }, c.unitStart, c.unitEnd, p, from + ne, p, from + ne, 'change-from'));
  }
  /** The new cases of an increase before "menjadi" and the total `c`: a part of it. */
  function increment(c: CountCandidate): void {
    const from = Math.max(0, c.start - INCREMENT_BACK);
    const back = text.slice(from, c.numStart);
    const lower = back.toLowerCase();
    if (!INCREMENT_HEADS.some((w) => lower.includes(w))) return;
    const m = INCREMENT_BEFORE.exec(back);
    if (m === null) return;
    const [ns, ne] = m.indices!.groups!['num']!;
    const p = from + ns;
    const num = parseIndonesianNumber(m.groups!['num']!);
    if (taken.has(p) || num === null || num.value >= c.value || BARE_YEAR.test(m.groups!['num']!) || isIdentifier(text, p)) return;
    const part = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: c.unit, unitClass: c.unitClass }, c.unitStart, c.unitEnd, p, from + ne, p, from + ne, 'increment');
    part.parent = c;
    add.push(part);
  }
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}

/** Parents of the siblings listed after a part (see the header). `list` is sorted by start. */
export function siblingParents(list: CountCandidate[], text: string): void {
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const whole = c.parent;
    if (whole === null) continue;
    let sum = c.value;
    for (let j = i + 1; j < list.length; j++) {
      const d = list[j]!;
      const gap = text.slice(list[j - 1]!.end, d.start);
      if (d.parent !== null || d.rule === 'list-item' || unitGroup(d.unit) !== unitGroup(c.unit) || !SIBLING_GAP.test(gap) || /(?:19|20)\d{2}/u.test(gap)) break;
      sum += d.value;
      if (sum > whole.value) break;
      d.parent = whole;
    }
  }
}

/** How far apart (characters) the whole and its farthest part of an exact partition may stand; how far before a
 *  closing whole's number its sum word may stand. */
const PARTITION_REACH = 420;
const SUM_WORD_REACH = 32;
/** How many sentences after its whole the first line of a list of parts may stand (a lead-in line between). */
const LINE_SENTENCES = 3;
const YEARS_IN = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;
const CHANGE_GAP = new RegExp(`${WB}(?:${alternation(CHANGE_GAP_WORDS)})${WE}`, 'iu');
const SUM_BEFORE = new RegExp(`${WB}(?:${alternation(SUM_WORDS)})${WE}[^.!?\\n]*$`, 'iu');
/** A whole restated by an anchor after its parts ("menerima 19 laporan dan 4 temuan … . Dari 23 perkara itu, …"): "dari"
 *  before its number, a demonstrative after its unit; an exact sum is the evidence, as for a sum word. */
const ANCHOR_FROM = new RegExp(`${WB}dari\\s{1,2}$`, 'iu');
const ANCHOR_THAT = new RegExp(`^(?:\\s{1,2}[\\p{L}-]+)?\\s{1,2}(?:${alternation(DEMONSTRATIVES)})${WE}`, 'iu');
const OPENER = new RegExp(`:|${WB}(?:${alternation(PARTITION_OPENERS)})${WE}`, 'iu');
const LINE_RULES: ReadonlySet<string> = new Set(['list-item', 'stage-line', 'table-row']);

/** Whether `c` is restated by an anchor ("Dari 23 perkara itu"). */
const anchored = (c: CountCandidate, text: string): boolean =>
  ANCHOR_FROM.test(text.slice(Math.max(0, c.numStart - 8), c.numStart)) && ANCHOR_THAT.test(text.slice(Math.max(c.numEnd, c.unitEnd), Math.max(c.numEnd, c.unitEnd) + 30));

/** Whether `c` can be a part or the whole of an exact partition: a plain exact figure. */
const plain = (c: CountCandidate): boolean => c.qualifier === 'exact' && c.upper === null;

/** Parents by exact partitions (see the header). `list` is sorted by start; runs after the forecasts are marked. */
export function partitionParents(list: CountCandidate[], text: string, sentences: Sentences): void {
  const n = list.length;
  if (n < 3) return;
  const sent = (c: CountCandidate): number => sentenceIndex(sentences, c.numStart);
  /** Whether a word of change stands between `list[k]` and the one after it; adds the years there to `years`, so a
   *  run whose gaps name two different years (figures of different elections) can be told from one whose gaps
   *  repeat its own election ("enam guru … pada Pilkada 2024, tiga kepala desa dan dua camat"). */
  const broken = (k: number, years: Set<string>): boolean => {
    const gap = text.slice(list[k]!.end, list[k + 1]!.start);
    for (const y of gap.match(YEARS_IN) ?? []) years.add(y);
    return years.size > 1 || CHANGE_GAP.test(gap);
  };
  // the unit offsets shared by the items of a list, and the first line of each block of stages (one pass: a long
  // text may hold thousands of counts)
  const itemUnits = new Set<number>();
  const stageHeads = new Map<number, CountCandidate>();
  for (const c of list) {
    if (c.rule === 'list-item') itemUnits.add(c.unitStart);
    else if (c.rule === 'stage-line' && !stageHeads.has(c.unitStart)) stageHeads.set(c.unitStart, c);
  }
  /** Whether `c` is an item of the list `whole` heads or belongs to, other than a block of stages: items of one
   *  breakdown are siblings, never one another's parts ("Parigi 4 kasus, Tinombo 3, Moutong 2, dan Sausu 1"). */
  const sibling = (whole: CountCandidate, c: CountCandidate): boolean =>
    c.rule === 'list-item' && c.unitStart === whole.unitStart && !stageHeads.has(whole.unitStart);
  /** Whether `c` stands on a line of a list: a line rule, or the head of a line breakdown (its items share its unit). */
  const isLine = (c: CountCandidate): boolean => LINE_RULES.has(c.rule) || itemUnits.has(c.unitStart);
  /** Parts in one sentence, or each on its own line of a list. */
  const together = (from: number, to: number): boolean => {
    const s0 = sent(list[from]!);
    let sameSentence = true;
    let lines = true;
    for (let k = from; k <= to; k++) {
      if (sent(list[k]!) !== s0) sameSentence = false;
      if (!isLine(list[k]!)) lines = false;
    }
    return sameSentence || lines;
  };
  const assign = (whole: CountCandidate, from: number, to: number): void => {
    for (let k = from; k <= to; k++) list[k]!.parent = whole;
    if (whole.parent === null && whole.rule === 'list-item') {
      // a stage line split into the lines after it: a stage of its block's first line
      const head = stageHeads.get(whole.unitStart);
      if (head !== undefined && head.start < whole.start && head.value > whole.value && plain(head)) whole.parent = head;
    }
  };
  // the whole before its parts: the parts in its sentence or the next (its lines after a lead-in line), in one
  // sentence or one per line; never a headline's figure (a restatement: the body's own figure stands for it)
  const title = headlineEnd(text);
  for (let i = 1; i < n - 1; i++) {
    const whole = list[i - 1]!;
    // (the run's own election may stand between: "menerima 14 aduan selama … Pilwalkot Bekasi 2024, terdiri atas …")
    const years = new Set<string>();
    if (!plain(whole) || whole.start < title || whole.region !== null || whole.value < 3 || broken(i - 1, years) || sent(list[i]!) - sent(whole) > (isLine(list[i]!) ? LINE_SENTENCES : 1)) continue;
    // in the whole's own sentence, a word that opens its parts ("terdiri atas", "yakni", a colon) stands between
    if (sent(list[i]!) === sent(whole) && !OPENER.test(text.slice(whole.end, list[i]!.start))) continue;
    const group = unitGroup(list[i]!.unit);
    let sum = 0;
    for (let j = i; j < n; j++) {
      const c = list[j]!;
      if (c.parent !== null || !plain(c) || sibling(whole, c) || unitGroup(c.unit) !== group || c.value >= whole.value || c.start - whole.end > PARTITION_REACH || (j > i && broken(j - 1, years))) break;
      sum += c.value;
      if (sum > whole.value) break;
      if (sum === whole.value && j > i) {
        if (together(i, j)) {
          assign(whole, i, j);
          i = j;
        }
        break;
      }
    }
  }
  // the whole after its parts, named as their sum ("total ada 20 orang", "Total: 14"); parts that are no region's
  // items (a closing total of a per-region list is read as a figure of its own)
  for (let j = n - 2; j >= 1; j--) {
    const whole = list[j + 1]!;
    const years = new Set<string>();
    if (!plain(whole) || whole.region !== null || whole.value < 3 || broken(j, years)) continue;
    if (!SUM_BEFORE.test(text.slice(Math.max(0, whole.numStart - SUM_WORD_REACH), whole.numStart)) && !anchored(whole, text)) continue;
    const group = unitGroup(list[j]!.unit);
    let sum = 0;
    for (let i = j; i >= 0; i--) {
      const c = list[i]!;
      if (c.parent !== null || !plain(c) || c.region !== null || unitGroup(c.unit) !== group || c.value >= whole.value || whole.start - c.end > PARTITION_REACH || sent(whole) - sent(c) > 3 || (i < j && broken(i, years))) break;
      sum += c.value;
      if (sum > whole.value) break;
      if (sum === whole.value && i < j) {
        assign(whole, i, j);
        j = i;
        break;
      }
    }
  }
}

const COMPARED_RE = new RegExp(`${WB}(?:${alternation([...CHANGE_GAP_WORDS, ...COMPARISON_WORDS])})${WE}`, 'iu');

/** A part never hangs on the other term of a comparison: when its whole is a figure of another year than its own,
 *  given in a sentence after a figure of the part's year with a word of change or comparison between ("mencatat 19
 *  dugaan pelanggaran … pada Pilwalkot 2024, naik dibanding Pilkada 2020 yang hanya 12 kasus. … Sebelas di antaranya
 *  guru"), the part is a part of that figure when it is larger. `counts` are the linked counts of `list` (same order). */
export function comparedParents(counts: readonly { parent: CountCandidate | null; year: number | null; value: number; start: number; end: number; numStart: number; unit: string }[], list: readonly CountCandidate[], text: string, sentences: Sentences): void {
  const linkedOf = new Map<CountCandidate, (typeof counts)[number]>();
  list.forEach((c, i) => linkedOf.set(c, counts[i]!));
  counts.forEach((c) => {
    const p = c.parent;
    const pl = p === null ? undefined : linkedOf.get(p);
    if (p === null || pl === undefined || c.year === null || pl.year === null || pl.year === c.year) return;
    const si = sentenceIndex(sentences, p.numStart);
    for (let k = list.indexOf(p) - 1; k >= 0; k--) {
      const w = list[k]!;
      const wl = counts[k]!;
      if (sentenceIndex(sentences, w.numStart) !== si) break;
      if (wl.year !== c.year || w.parent !== null || unitGroup(w.unit) !== unitGroup(c.unit) || w.value <= c.value) continue;
      if (!COMPARED_RE.test(text.slice(w.end, p.numStart))) continue;
      c.parent = w;
      return;
    }
  });
}
