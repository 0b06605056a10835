// Counts in the answers of an interview laid out as questions and answers (issue 22, check12 kind): the answer is a
// clause whose cue and unit stand in the question.
//
//   Berapa pelanggaran netralitas ASN yang ditangani selama Pemilu 2024?
//   Total ada 12. Sepuluh itu temuan kami sendiri, dua dari laporan masyarakat.
//   Siapa saja yang terlibat?
//   Paling banyak camat dan staf kecamatan, lima orang. Lalu guru tiga.
//
// The turns (qaTurns): a question is a line ending in "?" (at most 30 words, no quotation mark), optionally opened by
// a label and a colon (the interviewer's "T:", "Tanya:", the outlet's or the interviewer's name); its answer is the
// lines after it up to the next question, an answer label ("J:", "Jawab:", the interviewee's name) aside. A question
// and its answer may share a line ("T: Berapa …? J: Total ada 12."). An article is an interview when it has two turns
// at least and labels them or says it is one (INTERVIEW_CUES), and it is about violations when its lead-in (the text
// before the first question) or a question names the domain and a violation.
//
// In the answers of such an interview (addAnswers):
//   - a count the parsers found but the sentence test rejected (its cue stands in the question) is a count: a case
//     count always, a count of people when its question or answer names an offence or sanction;
//   - the answer to a quantity question ("Berapa <unit> …?"): the first bare number of the answer's first sentence is
//     a count in the question's unit ("Total ada 12."); the bare numbers after it in that answer are its parts, in the
//     unit named right after them ("Sepuluh itu temuan …, dua dari laporan …") or its own, while they add up to at most
//     the whole;
//   - a unit noun right before a number that closes its clause ("Lalu guru tiga.", "Kepala kampung, enam.") is a count of
//     that unit;
//   - once a quantity question was answered (the interview's whole), a bare number that closes its clause after a
//     restrictive word ("Pemilu 2019 dulu cuma dua.", QA_ONLY_WORDS), or that opens its sentence before a cue of
//     handling in its clause ("Lima sudah kami teruskan ke KASN"), is a count in the whole's unit; and a count of people
//     the sentence test turned down for want of an offence cue ("Yang ASN lima orang" under "Siapa yang paling banyak
//     terlibat?") is one when it is smaller than that whole.
// A figure is never a year, a date, a share, money, a time, a rank or an identifier (the measure nouns after it,
// ITEM_MEASURE_NOUNS, and the signs around it).
// The scope (answerScopes): an answer's count is of neutrality when its question or the lead-in names it and its
// sentence names no other kind of violation.
// The parents (answerParents): the whole answered to the quantity question is the parent of every later figure of the
// answers that is smaller and has none, unless its sentence names a year or an election word its turn does not (an
// earlier election: "Pemilu 2019 itu cuma satu kasus").
import {
  DOMAIN_CUES,
  ELECTION_NAMES,
  GENERAL_VIOLATION_PHRASES,
  ITEM_MEASURE_NOUNS,
  NEUTRALITY_CUES,
  OTHER_VIOLATION_KINDS,
  PERSON_ACTION_CUES,
  QA_NOT_COUNT_BEFORE,
  QA_UNIT_POINTERS,
  AGENT_PRONOUNS,
  QUANTITY_QUESTION_FILLERS,
  QUANTITY_QUESTION_WORDS,
  VIOLATION_CUES,
} from '../../lexicon/violations.js';
import { QA_ONLY_WORDS } from '../../lexicon/count-lists.js';
import { INTERVIEW_ANSWER_LABELS, INTERVIEW_CUES, INTERVIEW_QUESTION_LABELS } from '../../lexicon/attribution.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { countSpacedWords } from '../../text/words.js';
import { nonBlankLines } from './line-lists.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, UNIT_SOURCE, countCandidate, isIdentifier, qualifierBefore, unitInfo, type CountCandidate } from './parsers.js';

export interface Turn {
  /** The question (its label aside). */
  qStart: number;
  qEnd: number;
  /** The answer (its label aside), up to the next question. */
  aStart: number;
  aEnd: number;
}

const MAX_QUESTION_WORDS = 30;
const MIN_TURNS = 2;
/** At most this many lines in one answer. */
const MAX_ANSWER_LINES = 8;
const QUOTE_MARK = /["“”„«»]/u;
/** A turn's label: a known label, or a name of at most four capitalised words, then a colon. */
const KNOWN_LABEL_AT = new RegExp(`^[ \\t]*(?:${alternation([...INTERVIEW_QUESTION_LABELS, ...INTERVIEW_ANSWER_LABELS])})[ \\t]{0,2}:[ \\t]*`, 'iu');
/** A name label: capitalised words (case-sensitive: with the `i` flag `\\p{Lu}` would take any letter, and "Ada dua
 *  kategori: …" would read as a label). */
const NAME_LABEL_AT = /^[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]\p{Lu}[\p{L}.'-]*){0,3}[ \t]{0,2}:[ \t]*/u;
const LABEL = { exec: (t: string): RegExpExecArray | null => KNOWN_LABEL_AT.exec(t) ?? NAME_LABEL_AT.exec(t) };
/** An answer label after a question on the same line ("…? J: Total ada 12."). */
const INLINE_ANSWER = new RegExp(`\\?[ \\t]*(?:${alternation(INTERVIEW_ANSWER_LABELS)})[ \\t]{0,2}:[ \\t]*`, 'iu');
const CUE_RE = new RegExp(`${WB}(?:${alternation(INTERVIEW_CUES)})${WE}`, 'iu');
const DOMAIN_RE = new RegExp(`${WB}(?:${alternation(DOMAIN_CUES)})${WE}`, 'iu');
const VIOLATION_RE = new RegExp(`${WB}(?:${alternation(VIOLATION_CUES)})${WE}`, 'iu');
const OFFENCE_RE = new RegExp(`${WB}(?:${alternation([...VIOLATION_CUES, ...PERSON_ACTION_CUES])})${WE}`, 'iu');
/** A quantity question and the unit named after its question word ("Berapa pelanggaran netralitas …", "Ada berapa
 *  ASN yang …"). */
const QUANTITY_QUESTION = new RegExp(`${WB}(?:${alternation(QUANTITY_QUESTION_WORDS)})${WE}(?:[ \\t]{1,2}[\\p{L}-]+){0,3}?[ \\t]{1,2}(?<unit>${UNIT_SOURCE})${WE}`, 'iu');
/** "Berapa" and the word after it, to tell a question for another quantity ("Berapa hari …?") from one for the count. */
const QUESTION_WORD = /(?<![\p{L}\p{N}])(?:berapa|berapakah)[ \t]{1,2}(?<word>[\p{L}-]+)/iu;
const FILLER_RE = new RegExp(`^(?:${alternation(QUANTITY_QUESTION_FILLERS)})$`, 'iu');
/** An answer's clause opened by a noun and a possessive pronoun before a restrictive word ("Staf kami tinggal empat"):
 *  the noun, not the interview's unit, is what the figure counts. */
const OWNED_SUBJECT = new RegExp(`^[ \\t"“'‘(—–-]*(?<noun>\\p{L}+)[ \\t]{1,2}(?:${alternation(AGENT_PRONOUNS)})[ \\t]{1,2}(?:${alternation(QA_ONLY_WORDS)})[ \\t]{1,2}$`, 'iu');
/** A number standing alone as a word (not inside a code, a date, a time, a phone number or a decimal). */
const BARE_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,/:+-])(?<num>${NUMBER_SOURCE})(?![\\p{L}\\p{N}]|[.,/:-]\\d|%)`, 'giu');
/** Right after a figure: a measure noun (a share, a time, money, a place) makes it no count. */
const MEASURE_AFTER = new RegExp(`^[ \\t]{0,2}(?:${alternation(ITEM_MEASURE_NOUNS)})${WE}`, 'iu');
/** Right before a figure: money, a rank or an ordinal marker, a number sign. */
const NOT_COUNT_BEFORE = new RegExp(`(?:#|${WB}(?:${alternation(QA_NOT_COUNT_BEFORE)})(?:(?<=rp|no)\\.|(?<=ke)-)?)[ \\t]{0,2}$`, 'iu');
/** Right after a figure: the unit named with a pointer or "dari" between ("Sepuluh itu temuan", "dua dari laporan"). */
const UNIT_AFTER = new RegExp(`^[ \\t]{1,2}(?:(?:${alternation(QA_UNIT_POINTERS)})[ \\t]{1,2})?(?<unit>${UNIT_SOURCE})${WE}`, 'iu');
/** A unit noun right before a figure that closes its clause ("Lalu guru tiga."). */
const UNIT_BEFORE = new RegExp(`${WB}(?<unit>${UNIT_SOURCE})(?:[ \\t]{1,2}|[ \\t]{0,2},[ \\t]{1,2})$`, 'iu');
/** A restrictive word right before a figure ("cuma dua"). */
const ONLY_BEFORE = new RegExp(`${WB}(?:${alternation(QA_ONLY_WORDS)})[ \\t]{1,2}$`, 'iu');
/** A sentence's opening before a figure: nothing, or a quotation mark or dash. */
const SENTENCE_OPEN = /^[ \t"“'‘(—–-]*$/u;
/** The clause after a figure (up to a comma or a sentence mark). */
const CLAUSE_AFTER = /^[^,;.!?\n]{0,60}/u;
const CLAUSE_CLOSE = /^[ \t]{0,2}(?:[.,;!?]|\n|$)/u;
const NEUTRALITY_RE = new RegExp(`${WB}(?:${alternation(NEUTRALITY_CUES)})${WE}`, 'iu');
const OTHER_KIND_RE = new RegExp(`${WB}(?:${alternation([...OTHER_VIOLATION_KINDS, ...GENERAL_VIOLATION_PHRASES])})${WE}`, 'iu');
const ELECTION_IN = new RegExp(`${WB}(?:${alternation(Object.keys(ELECTION_NAMES))})${WE}`, 'giu');
const YEAR_IN = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;

/** White-space separated words of a raw line (tabs and doubled spaces allowed). */
const wordCount = (s: string): number => countSpacedWords(s.replace(/\s+/gu, ' ').trim());

/** The turns of an interview in `text` (see the header); [] when the text is no interview. */
export function qaTurns(text: string): Turn[] {
  if (text.indexOf('?') < 0) return [];
  const lines = nonBlankLines(text);
  const turns: Turn[] = [];
  let labelled = 0;
  let open: { qStart: number; qEnd: number; aStart: number; lines: number } | null = null;
  const close = (end: number): void => {
    // a question never answered (another question, or the text's end, right after it) is no turn
    if (open !== null && open.aStart >= 0 && end > open.aStart) turns.push({ qStart: open.qStart, qEnd: open.qEnd, aStart: open.aStart, aEnd: end });
    open = null;
  };
  let lastEnd = 0;
  for (const l of lines) {
    const t = text.slice(l.start, l.end);
    const label = LABEL.exec(t);
    const inline = INLINE_ANSWER.exec(t);
    const body = t.trimEnd();
    const isQuestion = (body.endsWith('?') || inline !== null) && !QUOTE_MARK.test(inline === null ? t : t.slice(0, inline.index)) && wordCount(inline === null ? t : t.slice(0, inline.index)) <= MAX_QUESTION_WORDS;
    if (isQuestion) {
      close(lastEnd);
      if (KNOWN_LABEL_AT.test(t)) labelled++;
      const qStart = l.start + (label === null ? 0 : label[0].length);
      if (inline !== null) {
        const aStart = l.start + inline.index + inline[0].length;
        open = { qStart, qEnd: l.start + inline.index + 1, aStart, lines: 1 };
      } else open = { qStart, qEnd: l.end, aStart: -1, lines: 0 };
      lastEnd = l.end;
      continue;
    }
    if (open === null) continue;
    if (open.lines >= MAX_ANSWER_LINES) {
      close(lastEnd);
      continue;
    }
    if (open.aStart < 0) open.aStart = l.start + (label === null ? 0 : label[0].length);
    open.lines++;
    lastEnd = l.end;
  }
  close(lastEnd);
  if (turns.length < MIN_TURNS || (labelled < MIN_TURNS && !CUE_RE.test(text))) return [];
  // about violations: the lead-in or a question names the domain and a violation
  const about = [text.slice(0, turns[0]!.qStart), ...turns.map((t) => text.slice(t.qStart, t.qEnd))].join('\n');
  return DOMAIN_RE.test(about) && VIOLATION_RE.test(about) ? turns : [];
}

const turnOf = (turns: readonly Turn[], pos: number): Turn | undefined => turns.find((t) => pos >= t.aStart && pos < t.aEnd);
/** Whether `pos` lies in an answer of the interview. */
export const inAnswer = (turns: readonly Turn[], pos: number): boolean => turns.length > 0 && turnOf(turns, pos) !== undefined;

/** A figure at `[ns, ne)` that may be a count: no year, date, time, share, money, rank or identifier. */
function plainFigure(text: string, raw: string, ns: number, ne: number): boolean {
  if (BARE_YEAR.test(raw) || isIdentifier(text, ns)) return false;
  if (MEASURE_AFTER.test(text.slice(ne, ne + 16))) return false;
  return !NOT_COUNT_BEFORE.test(text.slice(Math.max(0, ns - 12), ns));
}

/** Counts in the answers of a violations interview (see the header); returns the accepted and rejected counts. */
export function addAnswers(accepted: CountCandidate[], rejected: CountCandidate[], text: string, turns: readonly Turn[], sentences: Sentences): { accepted: CountCandidate[]; rejected: CountCandidate[] } {
  if (turns.length === 0) return { accepted, rejected };
  const out = [...accepted];
  const still: CountCandidate[] = [];
  // (counts of people with no offence cue in their turn wait for the interview's whole)
  const people: CountCandidate[] = [];
  for (const c of rejected) {
    const t = turnOf(turns, c.numStart);
    const ok = t !== undefined && (c.unitClass !== 'person' || OFFENCE_RE.test(text.slice(t.qStart, t.qEnd)) || OFFENCE_RE.test(text.slice(t.aStart, t.aEnd)));
    if (!ok && t !== undefined) people.push(c);
    (ok ? out : still).push(c);
  }
  let interviewWhole: CountCandidate | null = null;
  const taken = new Set<number>();
  for (const c of [...out, ...still]) taken.add(c.numStart);
  for (const t of turns) {
    const question = text.slice(t.qStart, t.qEnd);
    // (a question for another quantity, "Berapa" and a noun that is no unit: "Berapa hari waktu untuk kajian …?", "Berapa
    // staf …?": its answer's figures are no counts)
    const w = QUESTION_WORD.exec(question);
    const other = w !== null && unitInfo(w.groups!['word']!) === null && !FILLER_RE.test(w.groups!['word']!);
    const q = other ? null : QUANTITY_QUESTION.exec(question);
    const info = q === null ? null : unitInfo(q.groups!['unit']!);
    let whole: CountCandidate | null = null;
    let sum = 0;
    // (the answer's first sentence: the kernel's sentence holding its start, clipped to the answer)
    const si = sentenceIndex(sentences, t.aStart);
    const firstEnd = si < 0 ? t.aEnd : Math.min(sentences.ends[si]!, t.aEnd);
    const answer = text.slice(t.aStart, t.aEnd);
    BARE_NUMBER.lastIndex = 0;
    for (let m = BARE_NUMBER.exec(answer); m !== null; m = BARE_NUMBER.exec(answer)) {
      const ns = t.aStart + m.index;
      const ne = ns + m[0].length;
      if (taken.has(ns)) {
        // the answer to the quantity question read already ("Berapa jumlah pelanggaran …?" / "Total ada 12."): the whole
        const have: CountCandidate | undefined = info !== null && whole === null && ns < firstEnd ? out.find((c) => c.numStart === ns && c.parent === null) : undefined;
        if (have !== undefined) whole = have;
        continue;
      }
      if (!plainFigure(text, m[0], ns, ne)) continue;
      const num = parseIndonesianNumber(m[0]);
      if (num === null || num.approximate) continue;
      const after = UNIT_AFTER.exec(text.slice(ne, ne + 40));
      const before = UNIT_BEFORE.exec(text.slice(Math.max(t.aStart, ns - 30), ns));
      let c: CountCandidate | null = null;
      if (info !== null && whole === null && ns < firstEnd && after === null) {
        // the answer to the quantity question
        const qb = qualifierBefore(text, ns);
        c = countCandidate(num.value, qb.q ?? 'exact', info, t.qStart + q!.index + q![0].length - q!.groups!['unit']!.length, t.qStart + q!.index + q![0].length, ns, ne, qb.start, ne, 'qa-answer');
        whole = c;
      } else if (whole !== null && sum + num.value <= whole.value) {
        // a part of it, in the unit named right after it or in the whole's
        const own = after === null ? null : unitInfo(after.groups!['unit']!);
        const uS = own === null ? whole.unitStart : ne + after!.index + after![0].length - after!.groups!['unit']!.length;
        const uE = own === null ? whole.unitEnd : ne + after!.index + after![0].length;
        c = countCandidate(num.value, 'exact', own ?? { unit: whole.unit, unitClass: whole.unitClass }, uS, uE, ns, ne, ns, Math.max(ne, uE), 'qa-part');
        c.parent = whole;
        sum += num.value;
      } else if (before !== null && CLAUSE_CLOSE.test(text.slice(ne, ne + 4))) {
        const own = unitInfo(before.groups!['unit']!);
        if (own === null) continue;
        const uS = ns - before[0].length;
        c = countCandidate(num.value, 'exact', own, uS, uS + before.groups!['unit']!.length, ns, ne, uS, ne, 'qa-unit-count');
      } else if (!other && interviewWhole !== null && ns > interviewWhole.end && after === null && bareCount(text, t, ns, ne, num.value, interviewWhole.value, sentences)) {
        c = countCandidate(num.value, 'exact', { unit: interviewWhole.unit, unitClass: interviewWhole.unitClass }, interviewWhole.unitStart, interviewWhole.unitEnd, ns, ne, ns, ne, 'qa-unit-count');
      }
      if (c === null) continue;
      taken.add(ns);
      out.push(c);
    }
    interviewWhole ??= whole;
  }
  if (interviewWhole !== null) {
    const w = interviewWhole;
    for (const c of people) {
      if (c.numStart <= w.end || c.value >= w.value) continue;
      out.push(c);
      still.splice(still.indexOf(c), 1);
    }
  }
  return { accepted: out.sort((a, b) => a.start - b.start), rejected: still };
}

/** Whether the bare figure at `[ns, ne)` of the answer of `t` is a count in the interview whole's unit (see the
 *  header): it closes its clause after a restrictive word, or it opens its sentence (and is at most the whole) before a
 *  cue of handling in its clause. */
function bareCount(text: string, t: Turn, ns: number, ne: number, value: number, whole: number, sentences: Sentences): boolean {
  const before = text.slice(Math.max(t.aStart, ns - 16), ns);
  const si = sentenceIndex(sentences, ns);
  const s0 = Math.max(t.aStart, si < 0 ? t.aStart : sentences.starts[si]!);
  if (ONLY_BEFORE.test(before) && CLAUSE_CLOSE.test(text.slice(ne, ne + 4))) {
    // (not when a noun that is no unit owns the figure: "Staf kami tinggal empat.")
    const o = OWNED_SUBJECT.exec(text.slice(s0, ns));
    return o === null || unitInfo(o.groups!['noun']!) !== null;
  }
  if (value > whole) return false;
  if (!SENTENCE_OPEN.test(text.slice(s0, ns))) return false;
  return OFFENCE_RE.test(CLAUSE_AFTER.exec(text.slice(ne, ne + 60))![0]);
}

/** Sets the parents of the answers' figures (see the header). */
export function answerParents(list: readonly CountCandidate[], text: string, sentences: Sentences, turns: readonly Turn[]): void {
  if (turns.length === 0) return;
  const whole = list.find((c) => c.rule === 'qa-answer' && c.parent === null) ?? list.find((c) => c.parent === null && list.some((d) => d.parent === c && d.rule === 'qa-part'));
  const wt = whole === undefined ? undefined : turnOf(turns, whole.numStart);
  if (whole === undefined || wt === undefined) return;
  const turnText = text.slice(wt.qStart, wt.aEnd);
  const wholeYears: readonly string[] = turnText.match(YEAR_IN) ?? [];
  const wholeElections: readonly string[] = (turnText.match(ELECTION_IN) ?? []).map((e) => e.toLowerCase());
  for (const c of list) {
    if (c === whole || c.start < whole.end || c.parent !== null || c.value >= whole.value || turnOf(turns, c.numStart) === undefined) continue;
    const si = sentenceIndex(sentences, c.numStart);
    const sentence = si < 0 ? '' : text.slice(sentences.starts[si]!, sentences.ends[si]!);
    // (another election, by its year or its name: "Pemilu 2019 itu cuma satu kasus", "Waktu Pemilu 2024 cuma belasan
    // kasus" after a whole of the Pemilihan Wali Kota 2024)
    const years: readonly string[] = sentence.match(YEAR_IN) ?? [];
    const elections: readonly string[] = sentence.match(ELECTION_IN) ?? [];
    if (years.some((y) => !wholeYears.includes(y)) || elections.some((e) => !wholeElections.includes(e.toLowerCase()))) continue;
    c.parent = whole;
  }
}

/** An answer's topic is its question's, and the interview's: a count of an answer whose sentence names no other kind
 *  of violation is of neutrality when its question or the lead-in names neutrality (runs after assignScopes: a whole
 *  with parts of people is otherwise `all`). */
export function answerScopes(list: readonly CountCandidate[], text: string, sentences: Sentences, turns: readonly Turn[]): void {
  if (turns.length === 0) return;
  const lead = NEUTRALITY_RE.test(text.slice(0, turns[0]!.qStart));
  for (const c of list) {
    if (c.scope !== 'all') continue;
    const t = turnOf(turns, c.numStart);
    if (t === undefined || !(lead || NEUTRALITY_RE.test(text.slice(t.qStart, t.qEnd)))) continue;
    const si = sentenceIndex(sentences, c.numStart);
    if (si >= 0 && OTHER_KIND_RE.test(text.slice(sentences.starts[si]!, sentences.ends[si]!))) continue;
    c.scope = 'neutrality';
  }
}
