// Reported acts with no person quoted (issue 22): a paragraph with no quotation and no statement found by the
// parsers is a statement when its first sentence reports an act of the authority, in one of three clause kinds
// (the decision rule: statement-types.ts, "Speakerless reports"):
//   addressed — a request, order, appeal or prohibition in the passive, its subject the addressee (`Para camat
//               diminta agar …`, `Kepala desa di Kabupaten X dilarang memasang …`): the authority is unnamed
//               (no speaker) or named after `oleh`;
//   sanction  — a sanction reported as imposed or recommended (the classifier's `sanction`), its verb the clause's
//               predicate: in the passive the agent after `oleh` is the speaker (`dicopot dari jabatannya oleh Pj
//               Bupati …`), in the active the subject (`Bawaslu Kabupaten X telah merekomendasikan dua camat ke
//               BKN`, `Atas rekomendasi KASN, Bupati X menjatuhkan hukuman disiplin …`);
// Not a statement: a count recorded by an institution (`Bawaslu Kabupaten X mencatat 17 dugaan pelanggaran …`), the
// decision statements-paradigm13.test.ts keeps (the sets' gold disagree on it); the recording verb ends the search.
// Only in an item that quotes no one (no statement found by the parsers: a brief, a notice, a release): in an article
// where someone speaks, the paragraphs around the quotes are the reporter's narration (index.ts, addActReports).
// Narration otherwise: a violation, an investigation, an event; an act inside a subordinate clause (`Setelah
// dicopot, …`) or after another predicate (`Camat X menghadiri … dan dicopot`: the first predicate is the news).
// The speaker is implied (the agent of the act, not a person quoted): the statement carries `certain: false`.
import { MAIN_CLAUSE_ASPECTS } from '../../lexicon/clause-words.js';
import { SUBORDINATORS, FRONTED_ADJUNCT_OPENERS, QUOTE_VERBS, RELATIVE_PRONOUN } from '../../lexicon/attribution.js';
import { ACT_SUBJECT_WORDS, ADDRESSED_PASSIVES, AGENT_CLOSERS, AGENT_MARKER, RECORDING_VERBS, SANCTION_ACT_VERBS } from '../../lexicon/statement-type-acts.js';
import type { StatementType } from '../../model.js';
import { afterDateline, type Doc, type Range } from './doc.js';
import { isActiveMen } from './clause.js';

export interface ActReport {
  /** The sentence, the statement's content. */
  start: number;
  end: number;
  /** Where the act's agent is written (the subject, or the words after `oleh`), or null: unnamed. */
  agent: Range | null;
  rule: 'act-addressed' | 'act-sanction';
  /** Which types the clause kind admits (the classifier decides; another type is no act of this kind). */
  types: readonly StatementType[];
  /** Kept only when the agent resolves to an official or an institution (an active subject: `Bawaslu Kabupaten X
   *  telah merekomendasikan …`, not `Rusdi dicopot …`'s or a common noun's). */
  needsSpeaker: boolean;
}

const ADDRESSED = new Set(ADDRESSED_PASSIVES);
const SANCTIONING = new Set(SANCTION_ACT_VERBS);
const RECORDING = new Set(RECORDING_VERBS);
const SUBORDINATOR = new Set(SUBORDINATORS);
const FRONTED = new Set(FRONTED_ADJUNCT_OPENERS);
const CLOSER = new Set(AGENT_CLOSERS);
/** The verbs of a quote's attribution (`…, kata Camat X`): a sentence with one has a person speaking (the parsers'
 *  business, found or not). A reporting verb of indirect speech before the act verb is another predicate (below);
 *  after it, it is inside the act's content or circumstances (`… oleh Pj Bupati setelah KASN menyatakan …`). */
const REPORTING = new Set(QUOTE_VERBS.filter((v) => !v.includes(' ')).map((v) => v.toLowerCase()));
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const QUOTE_MARK = /["“”„«»]/u;
const PROSE_END = /[.!?]["”’)]?\s*$/u;
const REQUEST_TYPES: readonly StatementType[] = ['instruction', 'appeal', 'warning'];
const SANCTION_TYPES: readonly StatementType[] = ['sanction'];

interface Word {
  low: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) out.push({ low: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The paragraphs' reported acts: the first sentence of each paragraph that holds no quotation and no statement
 *  (`taken`: the statements' ranges). */
export function actReports(doc: Doc, taken: readonly Range[]): ActReport[] {
  const out: ActReport[] = [];
  let si = 0;
  let prose = false; // a paragraph of prose (closed by a full stop) seen: the lead is behind
  for (const p of doc.paras) {
    while (si < doc.sentences.length && doc.sentences[si]!.start < p.start) si++;
    const s = doc.sentences[si];
    if (!s || s.start >= p.end) continue;
    const text = doc.text.slice(p.start, p.end);
    // the dateline's paragraph, the lead (the first paragraph of prose in an article with a dateline, the cleaner's
    // or one left in the text), narrates the news: a sanction there is the reporter's (`TIDORE – …, Pemerintah Kota X
    // akhirnya menjatuhkan sanksi …`); a finding recorded there is still the institution's
    const skip = afterDateline(doc, p.start);
    const lead = !prose && (doc.ctx.dateline != null || skip > p.start);
    if (PROSE_END.test(text)) prose = true;
    if (taken.some((r) => r.start < p.end && r.end > p.start)) continue;
    if (QUOTE_MARK.test(text)) continue;
    const r = actReport(doc.text, Math.max(s.start, skip), Math.min(s.end, p.end));
    if (r && !(lead && r.rule === 'act-sanction')) out.push(r);
  }
  return out;
}

/** The act the sentence [start, end) reports, or null (narration). */
export function actReport(text: string, start: number, end: number): ActReport | null {
  // a sentence closed by its full stop (a headline or a caption has none)
  const body = text.slice(start, end).trimEnd();
  if (!body.endsWith('.')) return null;
  const words = wordsOf(text, start, end);
  if (words.length === 0 || words.some((w) => REPORTING.has(w.low))) return null;
  // a fronted adjunct closed by its comma (`Dalam surat edaran tersebut, …`, `Atas rekomendasi KASN, …`)
  let from = 0;
  if (FRONTED.has(words[0]!.low)) {
    const comma = text.indexOf(',', start);
    if (comma < 0 || comma >= end) return null;
    while (from < words.length && words[from]!.start < comma) from++;
  }
  if (from >= words.length || SUBORDINATOR.has(words[from]!.low)) return null;
  // the clause's first act verb, no other predicate before it outside a relative clause
  let relative = false;
  for (let k = from; k < words.length && k - from <= ACT_SUBJECT_WORDS; k++) {
    const w = words[k]!;
    if (w.low === RELATIVE_PRONOUN) {
      if (k === from) return null;
      relative = true;
      continue;
    }
    if (relative) {
      // a relative clause closes at the main clause's aspect or modal (`… yang terbukti … telah dijatuhi`); without one
      // the relative runs on (`Surat edaran yang beredar … menyebutkan ASN dilarang …`: no act of this clause)
      if (ASPECT.has(w.low)) relative = false;
      else continue;
    }
    const subject = k > from ? { start: words[from]!.start, end: words[k - 1]!.end } : null;
    const stop = start + body.length;
    if (ADDRESSED.has(w.low)) return subject ? { start, end: stop, agent: agentAfter(text, words, k), rule: 'act-addressed', types: REQUEST_TYPES, needsSpeaker: false } : null;
    if (SANCTIONING.has(w.low)) {
      if (!subject) return null;
      // the passive's agent must be named (`… oleh Bupati X`): without it the sentence tells what befell someone
      // (`Yulius dicopot dari jabatannya setelah …`), narration
      if (w.low.startsWith('di')) {
        const agent = agentAfter(text, words, k);
        return agent ? { start, end: stop, agent, rule: 'act-sanction', types: SANCTION_TYPES, needsSpeaker: false } : null;
      }
      return { start, end: stop, agent: subject, rule: 'act-sanction', types: SANCTION_TYPES, needsSpeaker: true };
    }
    // (a count recorded by an institution, `Bawaslu X mencatat 17 dugaan pelanggaran`, stays no statement: the
    // decision statements-paradigm13.test.ts keeps, RECORDING_VERBS)
    if (RECORDING.has(w.low)) return null;
    // another predicate first: the act, if any, is not this clause's news
    if (isActiveMen(w.low)) return null;
  }
  return null;
}

/** Aspect and mood words before a main clause's verb (they close a relative clause in the subject). */
const ASPECT = new Set(MAIN_CLAUSE_ASPECTS);

/** The agent written after `oleh`, up to a word that opens the act's circumstances (AGENT_CLOSERS) or a comma. */
function agentAfter(text: string, words: Word[], verb: number): Range | null {
  for (let k = verb + 1; k < words.length; k++) {
    if (words[k]!.low !== AGENT_MARKER) continue;
    const first = k + 1;
    let last = first - 1;
    for (let j = first; j < words.length; j++) {
      if (CLOSER.has(words[j]!.low) || /[,;]/u.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
      last = j;
    }
    return last >= first ? { start: words[first]!.start, end: words[last]!.end } : null;
  }
  return null;
}
