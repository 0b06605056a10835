// Interviews laid out as questions and answers (`Berapa laporan yang sudah masuk?` then the answer, or
// `Tanya: …` / `Jawab: …`): each answer paragraph is the interviewee's own words, a direct statement though
// no quote mark encloses it. Its speaker is found as for a quote paragraph with no attribution
// (`prev-paragraph`: the previous answer's speaker, else the person named before the first question).
import {
  INTERVIEW_ANSWER_LABELS,
  INTERVIEW_COMPANION_AMBIGUOUS,
  INTERVIEW_COMPANION_WORDS,
  INTERVIEW_CUES,
  INTERVIEW_QUESTION_LABELS,
  INDIRECT_VERBS,
  QUOTE_VERBS,
} from '../../lexicon/attribution.js';
import { SPACE, WB, WE, alternationOf } from '../../text/regex.js';
import { mentionRef } from './discourse.js';
import { ORG, ROLE } from './phrase.js';
import { type Candidate, type Doc, type Range, partsText, trimRange, wordCount } from './doc.js';
import { type Resolved, type SpeakerResolver, resolvedAs } from './speaker.js';

/** Most words an interviewer's question paragraph may have. */
const MAX_QUESTION_WORDS = 30;
/** Fewest question-and-answer pairs that make an article an interview. */
const MIN_PAIRS = 2;
const QUOTE_MARK = /["“”„«»]/u;
const QUESTION_LABEL = new RegExp(`^(?:${alternationOf(INTERVIEW_QUESTION_LABELS, { space: SPACE.literal })})\\s{0,2}:\\s*`, 'iu');
const ANSWER_LABEL = new RegExp(`^(?:${alternationOf(INTERVIEW_ANSWER_LABELS, { space: SPACE.literal })})\\s{0,2}:\\s*`, 'iu');
/** A turn of another person set in brackets inside an answer (`Rina yang lebih tahu. (Rina Apui menimpali: untuk
 *  ASN, dua sudah …)`): a name of one to four capitalised words, a reporting verb (INDIRECT_VERBS, QUOTE_VERBS and
 *  their -nya forms), a colon, then their words. */
const TURN = new RegExp(
  `\\(\\s*(?<who>\\p{Lu}[\\p{L}'’.]*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’.]*){0,3})[ \\t]{1,2}(?:${alternationOf(
    [...INDIRECT_VERBS.map((v) => v.verb), ...QUOTE_VERBS],
    { space: SPACE.literal },
  )})(?:nya)?\\s{0,2}:\\s*(?<said>[^()]{3,}?)\\s*\\)`,
  'gu',
);
/** A transcript's turn label opening an answer: one to three capitalised words and a colon (`Hendrikus: Kalau
 *  terbukti, …`), the person answering when the article names them before (namedBefore). */
const NAME_LABEL = /^(?<who>\p{Lu}[\p{L}'’.]*(?:[ \t]\p{Lu}[\p{L}'’.]*){0,2})[ \t]{0,2}:[ \t]*/u;
/** A transcript's first turn label giving the title too (`Anggota Bawaslu Malut, Rustam Djafar: Kami menempatkan …`
 *  after `Penyiar: …?`): a capitalised title of one to six words, a comma, then the name as NAME_LABEL reads it. The
 *  title and its apposed name introduce the person: no earlier mention needed. */
const TITLED_LABEL = /^(?<who>\p{Lu}[\p{L}'’.]*(?:[ \t][\p{L}'’.]+){0,5},[ \t]{1,2}\p{Lu}[\p{L}'’.]*(?:[ \t]\p{Lu}[\p{L}'’.]*){0,2})[ \t]{0,2}:[ \t]*/u;
/** The separator of the words namedBefore compares (letters and apostrophes make a word). */
const NAME_WORD_SEP = /[^\p{L}'’]+/u;
/** namedBefore: every word of a turn label stands, capitalised as written, in the text before it: a name the article
 *  gave (`Rahmat` after `Ketua Bawaslu Sintang, Rahmat Pakaya`), not a label of its own (`Catatan:`, `Intinya:`). Over one article, its words read once in document order (review 17: re-splitting the whole text
 *  before every labelled answer was quadratic on long transcripts). `names(end, who)` asks of text.slice(0, end),
 *  `end` never decreasing; the word cut at `end` counts as written up to `end` only, as a split of the slice would. */
class NamedBefore {
  private readonly words = new Set<string>();
  private done = 0; // the whole words before this offset are in `words`; the text from it on is unread
  constructor(private readonly text: string) {}
  names(end: number, who: string): boolean {
    const parts = this.text.slice(this.done, end).split(NAME_WORD_SEP);
    const tail = parts.pop()!; // may run on past `end`: kept out of the set
    for (const w of parts) this.words.add(w);
    this.done = end - tail.length;
    return who.split(NAME_WORD_SEP).every((w) => w === '' || w === tail || this.words.has(w));
  }
}
/** The text before a bracketed turn names the turn's speaker by a word of their name: it hands the question over. */
function handsOver(before: string, who: string): boolean {
  const words = before.toLowerCase().split(/[^\p{L}]+/u);
  return who.toLowerCase().split(/\s+/u).some((w) => w.length > 2 && words.includes(w));
}
/** The rule of an answer paragraph. */
export const INTERVIEW_ANSWER_RULE = 'interview-answer';
/** The rule of a bracketed turn: its speaker is no interviewee (`prevParagraphSpeaker` passes over it). */
export const INTERVIEW_TURN_RULE = 'interview-turn';
const CUE = new RegExp(`(?<![\\p{L}])(?:${alternationOf(INTERVIEW_CUES, { space: SPACE.ws1to3 })})(?![\\p{L}])`, 'iu');

/** An interviewer's question: a short paragraph ending in `?` with no quotation mark in it. */
export function isQuestionParagraph(doc: Doc, pi: number): boolean {
  const p = doc.paras[pi];
  if (!p) return false;
  const t = doc.text.slice(p.start, p.end).trimEnd();
  if (!t.endsWith('?') || QUOTE_MARK.test(t)) return false;
  return wordCount(t, MAX_QUESTION_WORDS + 1) <= MAX_QUESTION_WORDS;
}

/** The answer paragraphs of an interview as direct candidates: a paragraph with no quote mark right after
 *  a question paragraph, in an article with at least MIN_PAIRS such pairs that labels its questions
 *  (`Tanya:`) or says it is an interview (INTERVIEW_CUES). */
export function interviewCandidates(doc: Doc): Candidate[] {
  const { text, paras } = doc;
  const answers: number[] = [];
  let labelled = 0;
  for (let pi = 0; pi + 1 < paras.length; pi++) {
    if (!isQuestionParagraph(doc, pi) || isQuestionParagraph(doc, pi + 1)) continue;
    const a = paras[pi + 1]!;
    const t = text.slice(a.start, a.end);
    if (QUOTE_MARK.test(t)) continue;
    if (QUESTION_LABEL.test(text.slice(paras[pi]!.start, paras[pi]!.end))) labelled++;
    answers.push(pi + 1);
  }
  if (answers.length < MIN_PAIRS || (labelled < MIN_PAIRS && !CUE.test(text))) return [];
  const out: Candidate[] = [];
  const namedBefore = new NamedBefore(text); // the answers come in document order
  for (const pi of withLabelledTurns(doc, answers)) {
    const p = paras[pi]!;
    const label = ANSWER_LABEL.exec(text.slice(p.start, p.end));
    // `Hendrikus: Kalau terbukti, …` after `Apa sanksinya?`: the named person's answer, the label no part of it
    const named = label ? null : NAME_LABEL.exec(text.slice(p.start, p.end));
    const byName = named !== null && namedBefore.names(p.start, named.groups!['who']!) ? named : label ? null : TITLED_LABEL.exec(text.slice(p.start, p.end));
    // a turn after narration, no question before it, is a turn only by a name the article gave
    if (!isQuestionParagraph(doc, pi - 1) && (named === null || byName !== named)) continue;
    // the answer's parts: the ranges before, between and after its bracketed turns
    const parts: Range[] = [];
    let from = p.start + (label ? label[0].length : byName ? byName[0].length : 0);
    TURN.lastIndex = 0;
    const body = text.slice(p.start, p.end);
    for (let turn = TURN.exec(body); turn; turn = TURN.exec(body)) {
      const r = trimRange(text, from, p.start + turn.index);
      // the words before a turn that name its speaker hand the question over (`Rina yang lebih tahu.`): no answer
      if (r.end > r.start && !handsOver(text.slice(r.start, r.end), turn.groups!['who']!)) parts.push(r);
      from = p.start + turn.index + turn[0].length;
      const whoAt = p.start + turn.index + turn[0].indexOf(turn.groups!['who']!);
      const saidAt = p.start + turn.index + turn[0].lastIndexOf(turn.groups!['said']!);
      const t = trimRange(text, saidAt, saidAt + turn.groups!['said']!.length);
      const said = partsText(text, [t]);
      const who = { kind: 'subject' as const, start: whoAt, end: whoAt + turn.groups!['who']!.length, rule: INTERVIEW_TURN_RULE };
      if (wordCount(said, 3) >= 3) out.push({ kind: 'direct', parts: [t], quote: said, start: t.start, end: t.end, cue: who, pos: whoAt, rule: INTERVIEW_TURN_RULE, attributed: true });
    }
    const last = trimRange(text, from, p.end);
    if (last.end > last.start) parts.push(last);
    if (parts.length === 0) continue;
    const quote = partsText(text, parts);
    if (wordCount(quote, 3) < 3) continue;
    const start = parts[0]!.start;
    const cue: Candidate['cue'] = byName
      ? { kind: 'subject', start: p.start, end: p.start + byName.groups!['who']!.length, rule: 'interview-label' }
      : { kind: 'prev-paragraph', para: pi, rule: 'interview' };
    out.push({ kind: 'direct', parts, quote, start, end: parts[parts.length - 1]!.end, cue, pos: start, rule: INTERVIEW_ANSWER_RULE, attributed: true });
  }
  return out;
}

/** A turn label written as a person's name, not an acronym (`La Ode:`, not `BKN:`): a capital, then a small letter. */
const PERSON_LABEL = /^\p{Lu}\p{Ll}/u;
/** The answers of an interview and, in document order among them, the paragraphs after narration that open with a
 *  turn label (`La Ode: Pak Pj Bupati sudah teken surat edaran …` after `Dalam dialog yang sama, Kepala BKD, La Ode
 *  Muhammad Ridwan, … mengatakan …`): a transcript hands a turn to a second guest without a question. Such a
 *  paragraph is a turn only when its label is a name the article gave before (checked by the caller); a question
 *  label's paragraph (`Penyiar: Terima kasih.`) and one with a quote mark are none. */
function withLabelledTurns(doc: Doc, answers: number[]): number[] {
  const { text, paras } = doc;
  const out: number[] = [];
  let k = 0;
  // (only inside the transcript, after its first answer: a headline or a lead labelled by an institution, `BKN: 682
  // ASN Terbukti …`, is no turn)
  for (let pi = answers[0] ?? paras.length; pi < paras.length; pi++) {
    if (answers[k] === pi) {
      out.push(pi);
      k++;
      continue;
    }
    const t = text.slice(paras[pi]!.start, paras[pi]!.end);
    if (isQuestionParagraph(doc, pi) || QUOTE_MARK.test(t) || QUESTION_LABEL.test(t) || ANSWER_LABEL.test(t)) continue;
    const who = NAME_LABEL.exec(t)?.groups!['who'];
    // (a title or an institution as the label, `Inspektur Sumbawa: Pemeriksaan … Tuntas`, is a headline's form)
    const head = who?.split(/\s/u)[0]!.toLowerCase() ?? '';
    if (who && PERSON_LABEL.test(who) && !ROLE.has(head) && !ORG.has(head)) out.push(pi);
  }
  return out;
}

const COMPANION = new RegExp(`${WB}(?:${alternationOf(INTERVIEW_COMPANION_WORDS, { space: SPACE.literal })})${WE}`, 'giu');
const CUE_ANYWHERE = new RegExp(CUE.source, 'iu');
/** A sentence ends inside a gap: a stop, then a capital (`S.H., di` is no end). */
const SENTENCE_END = /[.!?]["”]?\s+\p{Lu}/u;

/** The gap before a mention holds a companion word after the person named before it in the same sentence
 *  (`…, Nama, didampingi <title>, Nama2`); `bersama` right after an interview cue introduces the interviewee. */
function companionGap(gap: string): boolean {
  COMPANION.lastIndex = 0;
  for (let m = COMPANION.exec(gap); m; m = COMPANION.exec(gap)) {
    if (m[0].toLowerCase() !== INTERVIEW_COMPANION_AMBIGUOUS) return true;
    const before = gap.slice(0, m.index);
    if (!SENTENCE_END.test(before) && !CUE_ANYWHERE.test(before)) return true;
  }
  return false;
}

/** The interviewee of answers that no earlier answer gives a speaker to, from the lead before the question at
 *  `at`: the official the pronoun chain gives, else the official named last (when the sentence's subject is the
 *  interviewer: `Kaltim Post berbincang dengan <title>, Nama`); a companion introduced after them (`…, didampingi
 *  <title>, Nama2`, INTERVIEW_COMPANION_WORDS) is passed over for the person named before. */
export function interviewee(doc: Doc, resolver: SpeakerResolver, at: number): Resolved | null {
  const chain = resolver.fromPronoun(at, 'interview');
  const q = chain && chain.official ? chain : resolver.lastNamed(at, 'interview');
  if (!q || !q.official) return null;
  const { mentions } = resolver.d;
  const accompanied = (i: number): boolean => {
    const from = i > 0 ? mentions[i - 1]!.end : 0;
    return from < mentions[i]!.start && companionGap(doc.text.slice(from, mentions[i]!.start));
  };
  let j = resolver.d.lastMentionBefore(at);
  while (j >= 0 && mentions[j]!.official !== q.official) j--;
  if (j < 0 || !accompanied(j)) return q;
  for (let k = j - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.official && m.official !== q.official && !accompanied(k)) return resolver.d.canonical(resolvedAs(mentionRef(m), m.official, 'interview'));
  }
  return q;
}
