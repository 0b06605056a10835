// Interviews laid out as questions and answers (`Berapa laporan yang sudah masuk?` then the answer, or
// `Tanya: …` / `Jawab: …`): each answer paragraph is the interviewee's own words, a direct statement though
// no quote mark encloses it. Its speaker is found as for a quote paragraph with no attribution
// (`prev-paragraph`: the previous answer's speaker, else the person named before the first question).
import { INTERVIEW_ANSWER_LABELS, INTERVIEW_CUES, INTERVIEW_QUESTION_LABELS } from '../../lexicon/attribution.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { type Candidate, type Doc, partsText, trimRange, wordCount } from './doc.js';

/** Most words an interviewer's question paragraph may have. */
const MAX_QUESTION_WORDS = 30;
/** Fewest question-and-answer pairs that make an article an interview. */
const MIN_PAIRS = 2;
const QUOTE_MARK = /["“”„«»]/u;
const QUESTION_LABEL = new RegExp(`^(?:${alternationOf(INTERVIEW_QUESTION_LABELS, { space: SPACE.literal })})\\s{0,2}:\\s*`, 'iu');
const ANSWER_LABEL = new RegExp(`^(?:${alternationOf(INTERVIEW_ANSWER_LABELS, { space: SPACE.literal })})\\s{0,2}:\\s*`, 'iu');
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
  for (const pi of answers) {
    const p = paras[pi]!;
    const label = ANSWER_LABEL.exec(text.slice(p.start, p.end));
    const r = trimRange(text, p.start + (label ? label[0].length : 0), p.end);
    if (r.end <= r.start) continue;
    const quote = partsText(text, [r]);
    if (wordCount(quote, 3) < 3) continue;
    out.push({ kind: 'direct', parts: [r], quote, start: r.start, end: r.end, cue: { kind: 'prev-paragraph', para: pi, rule: 'interview' }, pos: r.start, rule: 'interview-answer', attributed: true });
  }
  return out;
}
