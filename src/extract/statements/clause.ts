// Is the text after a `marked` reporting verb (`menyampaikan`, `menjelaskan`, `mengungkapkan`, `menyebutkan`,
// …) a clause, the reported content, though no `bahwa`, comma or colon marks it? Those verbs usually take a
// plain object (`menyampaikan apresiasi kepada …`, `menjelaskan mekanisme pelaporan`), so the words are a
// clause only when a predicate stands after a subject, or opens it: an aspect, modal, negation or copula word
// (CLAUSE_PREDICATE_MARKERS: `menjelaskan Bawaslu sudah memetakan …`), a passive `di-` verb (`menyebutkan
// pemeriksaan ditargetkan selesai …`), or an active verb after a subject pronoun (`mengungkapkan dirinya
// menerima …`), before a word that would end an object (CONTENT_BOUNDARIES: a relative clause, a preposition,
// a subordinator). The grammar of the clause, never its words' meaning.
import { CLAUSE_PREDICATE_MARKERS, CLAUSE_SUBJECT_PRONOUNS, CONTENT_BOUNDARIES, DI_NOT_PASSIVE, SUBJECT_ADVERBS, SUBJECT_PRONOUNS } from '../../lexicon/attribution.js';

const MARKER = new Set(CLAUSE_PREDICATE_MARKERS);
const BOUNDARY = new Set(CONTENT_BOUNDARIES);
const DI_NOUN = new Set(DI_NOT_PASSIVE);
const SUBJECT_PRONOUN = new Set(CLAUSE_SUBJECT_PRONOUNS);
/** Words read: a subject longer than this before its predicate is rare, an object running on is not. */
const MAX_CLAUSE_WORDS = 9;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-/]*/gu;
const MIN_PASSIVE_LENGTH = 6;

export function readsAsClause(content: string): boolean {
  WORD.lastIndex = 0;
  let k = 0;
  let prev = '';
  for (let m = WORD.exec(content); m && k < MAX_CLAUSE_WORDS; m = WORD.exec(content), k++) {
    const w = m[0].toLowerCase();
    if (BOUNDARY.has(w)) return false;
    // a predicate word first: the subject is left out (`menyebutkan sudah ada tiga camat …`)
    if (MARKER.has(w)) return true;
    if (k > 0) {
      if (w.length >= MIN_PASSIVE_LENGTH && w.startsWith('di') && !DI_NOUN.has(w)) return true;
      if (SUBJECT_PRONOUN.has(prev) && k === 1 && (w.startsWith('me') || w.startsWith('ber'))) return true;
    }
    prev = w;
  }
  return false;
}

const OPENING_PRONOUN = new Set(SUBJECT_PRONOUNS);
const OPENING_ADVERB = new Set(SUBJECT_ADVERBS);
/** The words opening a sentence, read one by one (sticky: each follows the last, white space and commas
 *  between). */
const OPENING_WORDS = /[\s,]*(\p{L}+)/uy;

/** The clause from `start` opens with a subject pronoun (`Ia`, `Dia`, after connectives and adverbs: `Namun
 *  ia juga …`) that ends before `before`. */
export function opensWithSubjectPronoun(text: string, start: number, before: number): boolean {
  OPENING_WORDS.lastIndex = start;
  for (let m = OPENING_WORDS.exec(text); m && OPENING_WORDS.lastIndex <= before; m = OPENING_WORDS.exec(text)) {
    const w = m[1]!.toLowerCase();
    if (OPENING_PRONOUN.has(w)) return true;
    if (!OPENING_ADVERB.has(w)) return false;
  }
  return false;
}
