// Stage figures written bare after a whole (issue 22, check7 kind; the clause-level reading of a figure whose unit is
// its topic): a number with no unit, the subject of its own clause, whose predicate is a stage of handling or the
// origin of a case, is a part of the whole counted before it, in the whole's unit:
//
//   "… telah menangani 17 dugaan pelanggaran netralitas ASN …. Rinciannya, 11 berasal dari laporan masyarakat dan 6
//   merupakan temuan pengawas. Setelah …, 12 dinyatakan memenuhi unsur …, 3 dihentikan, sedangkan 2 lainnya masih
//   dalam proses klarifikasi."; "… jumlahnya mencapai 31. … "Sudah 22 yang kami teruskan ke BKN.""
//
// The figure:
//   - is bare: no unit after it, no letter, digit or number sign before it, no identifier cue (Pasal, Nomor, pukul …)
//     or month around it, not a year;
//   - is a subject: a verb follows it (a verb prefix, or "yang" opening a relative clause, "yang kami teruskan"), or a
//     part word (BARE_PART_FOLLOWERS: lainnya, merupakan, masih …);
//   - has a stage of handling in its own clause (VIOLATION_CUES: diteruskan, dihentikan, memenuhi unsur, laporan,
//     temuan, klarifikasi …; or an outcome of OUTCOME_CLASSES: dijatuhi, dikembalikan, tidak terbukti …): "1.200 pengawas disiagakan" and "7 hari sejak …" are no such clause.
// The whole is the nearest count before the figure that is no part of another, in the figure's sentence or up to
// WHOLE_BACK sentences before, and larger than the figure (else the figure is left alone), unless an anchor restating
// another figure opens the figure's sentence ("Dari 30 itu, 19 diregistrasi"). The figures a sentence adds to one
// whole may not add up to more than it (with its parts already given in that sentence).
import { AGENT_PRONOUNS, ANCHOR_BACK_POINTERS, ASPECT_WORDS, BARE_PART_FOLLOWERS, OUTCOME_CLASSES, VERB_PREFIXES, VIOLATION_CUES, type Outcome } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { firstAtOrAfter } from '../../text/search.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, afterSpelling, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';

const NUMBER_AT = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
/** The outcomes that end the handling of a figure (OUTCOME_CLASSES: proven, sanctioned, not proven, returned). */
const ENDING_OUTCOMES: readonly Outcome[] = ['proven', 'sanctioned', 'unproven', 'returned'];
const OUTCOME_ENDS = Object.keys(OUTCOME_CLASSES).filter((k) => ENDING_OUTCOMES.includes(OUTCOME_CLASSES[k]!));
/** Right after the figure: a verb, a relative clause ("yang kami teruskan", "yang sudah diteruskan"), or a part word. */
const SUBJECT_OF = new RegExp(
  `^\\s{1,2}(?:(?:${alternation([...BARE_PART_FOLLOWERS, ...OUTCOME_ENDS])})${WE}|yang\\s{1,2}(?:(?:${alternation(AGENT_PRONOUNS)}|${alternation(ASPECT_WORDS)})\\s{1,2})?\\p{Ll}{3,}|(?:${alternation(VERB_PREFIXES)})\\p{Ll}{3,}${WE})`,
  'u',
);
/** A stage of handling: a violation cue, or an outcome of OUTCOME_CLASSES that ends the handling ("301 tidak
 *  terbukti, dan 244 dikembalikan"); not one still open ("masih menunggu keputusan": a rest with no sum behind it). */
const STAGE_RE = new RegExp(`${WB}(?:${alternation([...VIOLATION_CUES, ...OUTCOME_ENDS])})${WE}`, 'iu');
const NUMBERISH_BEFORE = /[\p{L}\p{N}.,/-]/u;
/** An anchor restating a figure by its number ("Dari 30 itu,", or with a relative clause, "Dari 12 yang terbukti,",
 *  its agent named before its lowercase verb, "Dari 30 yang BKN terima,", or a unit and its kind closed by a comma,
 *  "dari sembilan kasus ASN," round 16): the figures after it in its sentence are its parts. (No 'i' flag: under 'iu'
 *  \p{Ll} matches capitals.) */
const NUMBER_ANCHOR = new RegExp(`${WB}[Dd]ari\\s{1,2}(?<num>${NUMBER_SOURCE})\\s{1,2}(?:(?:\\p{L}+\\s{1,2})?(?:${alternation(ANCHOR_BACK_POINTERS)})${WE}|yang\\s{1,2}(?:\\p{Lu}[\\p{L}.-]*\\s{1,2}){0,3}\\p{Ll}{3,}|\\p{Ll}+(?:\\s{1,2}\\p{L}+)?,)`, 'gu');
/** The figure's clause: up to the next comma, semicolon, sentence mark, quotation mark or line end. */
const CLAUSE_END = /[,;.!?"”\n]/u;
const CLAUSE_REACH = 90;
/** How many sentences before the figure its whole may stand (a quotation or a paragraph between). */
const WHOLE_BACK = 4;

/** Adds the bare stage figures (see the header) to `list` (sorted by start); `taken` holds the number positions
 *  already read, and gets the new ones. Returns the list sorted by start. */
export function addBareStages(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: Set<number>): CountCandidate[] {
  if (list.length === 0) return list;
  const found: { part: CountCandidate; si: number }[] = [];
  for (let k = firstAtOrAfter(numbers, list[0]!.end); k < numbers.length; k++) {
    const p = numbers[k]!;
    if (taken.has(p) || (p > 0 && NUMBERISH_BEFORE.test(text[p - 1]!))) continue;
    NUMBER_AT.lastIndex = p;
    const m = NUMBER_AT.exec(text);
    if (m === null || BARE_YEAR.test(m[0]) || isIdentifier(text, p)) continue;
    const end = afterSpelling(text, p + m[0].length);
    const tail = text.slice(end, end + CLAUSE_REACH);
    if (!SUBJECT_OF.test(tail)) continue;
    const stop = tail.search(CLAUSE_END);
    if (!STAGE_RE.test(stop < 0 ? tail : tail.slice(0, stop))) continue;
    const num = parseIndonesianNumber(m[0]);
    if (num === null) continue;
    const si = sentenceIndex(sentences, p);
    const floor = sentences.starts[Math.max(0, si - WHOLE_BACK)] ?? 0;
    let whole: CountCandidate | null = null;
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i]!;
      if (c.end > p) continue;
      if (c.start < floor) break;
      if (c.parent !== null || c.upper !== null) continue;
      whole = c;
      break;
    }
    // (an anchor restating a count opens the figure's sentence: that count is the whole, a part of another as it may
    // be: "… totalnya menjadi 14. Dari 12 kasus sebelumnya, delapan sudah diputus BKN, sedangkan empat tidak terbukti")
    whole = anchoredWhole(list, text, sentences.starts[si] ?? 0, p, floor) ?? whole;
    if (whole === null || whole.value <= num.value || anchoredElsewhere(text, sentences.starts[si] ?? 0, p, whole.value)) continue;
    const part = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: whole.unit, unitClass: whole.unitClass }, p, p, p, p + m[0].length, p, end, 'bare-stage');
    part.parent = whole;
    found.push({ part, si });
  }
  if (found.length === 0) return list;
  siblingStages(list, found, text, sentences);
  // the figures a sentence adds to one whole, with the parts of it already in that sentence, add up to no more than it
  const sums = new Map<string, number>();
  const keyOf = (whole: CountCandidate, si: number) => `${whole.start}|${si}`;
  for (const c of list) if (c.parent !== null) {
    const key = keyOf(c.parent, sentenceIndex(sentences, c.numStart));
    sums.set(key, (sums.get(key) ?? 0) + c.value);
  }
  for (const { part, si } of found) {
    const key = keyOf(part.parent!, si);
    sums.set(key, (sums.get(key) ?? 0) + part.value);
  }
  const add = found.filter(({ part, si }) => sums.get(keyOf(part.parent!, si))! <= part.parent!.value).map(({ part }) => part);
  for (const c of add) taken.add(c.numStart);
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}

/** The count an anchor opening the figure's sentence restates ("Dari 12 kasus sebelumnya,"): the last plain count of
 *  that value before the figure and after `floor` (the anchor's own figure when it is read as a count), else null. */
function anchoredWhole(list: readonly CountCandidate[], text: string, from: number, p: number, floor: number): CountCandidate | null {
  NUMBER_ANCHOR.lastIndex = 0;
  const m = NUMBER_ANCHOR.exec(text.slice(from, p));
  const value = m === null ? undefined : parseIndonesianNumber(m.groups!['num']!)?.value;
  if (value === undefined) return null;
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i]!;
    if (c.end > p) continue;
    if (c.start < floor) break;
    if (c.value === value && c.qualifier === 'exact' && c.upper === null) return c;
  }
  return null;
}

/** Whether an anchor restating another figure than the whole's ("Dari 30 itu," where no count is 30) opens the
 *  figure's sentence before it: the figure is a part of that figure, no stage of the whole. */
function anchoredElsewhere(text: string, from: number, p: number, whole: number): boolean {
  NUMBER_ANCHOR.lastIndex = 0;
  const before = text.slice(Math.max(from, p - 200), p);
  for (let m = NUMBER_ANCHOR.exec(before); m !== null; m = NUMBER_ANCHOR.exec(before)) if (parseIndonesianNumber(m.groups!['num']!)?.value !== whole) return true;
  return false;
}

/** Whether `c` is itself a stage in its clause: the subject of a stage of handling ("Tujuh ASN sudah kami
 *  rekomendasikan ke KASN, …"). */
function isStage(c: CountCandidate, text: string): boolean {
  const from = Math.max(c.numEnd, c.unitEnd);
  const tail = text.slice(from, from + CLAUSE_REACH);
  if (!SUBJECT_OF.test(tail)) return false;
  const stop = tail.search(CLAUSE_END);
  return STAGE_RE.test(stop < 0 ? tail : tail.slice(0, stop));
}

/** Bare figures after a count of their sentence that is itself a stage ("menangani 12 temuan dan laporan …. "Tujuh ASN
 *  sudah kami rekomendasikan ke KASN, tiga tidak memenuhi unsur, dan dua lagi …""): the count is their sibling, not
 *  their whole, when it and they add up exactly to a count before it (a whole of its sentence or up to WHOLE_BACK
 *  before, no part of another); all of them are parts of that count. */
function siblingStages(list: CountCandidate[], found: { part: CountCandidate; si: number }[], text: string, sentences: Sentences): void {
  const groups = new Map<CountCandidate, CountCandidate[]>();
  for (const { part, si } of found) {
    const whole = part.parent!;
    if (sentenceIndex(sentences, whole.numStart) !== si) continue;
    const g = groups.get(whole) ?? [];
    g.push(part);
    groups.set(whole, g);
  }
  for (const [sibling, parts] of groups) {
    if (sibling.qualifier !== 'exact' || !isStage(sibling, text)) continue;
    const si = sentenceIndex(sentences, sibling.numStart);
    // (with the other parts of the sibling in its sentence, and a rest after it: "… dan dua lagi tidak bisa …")
    for (const d of list) {
      if (d.start > sibling.end && sentenceIndex(sentences, d.numStart) === si && !parts.includes(d) && (d.parent === sibling || (d.parent === null && d.rule === 'rest-part'))) parts.push(d);
    }
    const sum = sibling.value + parts.reduce((a, p) => a + p.value, 0);
    const floor = sentences.starts[Math.max(0, si - WHOLE_BACK)] ?? 0;
    let whole: CountCandidate | null = null;
    for (let i = list.indexOf(sibling) - 1; i >= 0; i--) {
      const c = list[i]!;
      if (c.start < floor) break;
      if (c.parent !== null || c.upper !== null) continue;
      whole = c;
      break;
    }
    if (whole === null || whole.value !== sum || whole.qualifier !== 'exact') continue;
    sibling.parent = whole;
    for (const p of parts) p.parent = whole;
  }
}
