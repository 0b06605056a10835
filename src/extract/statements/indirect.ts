// Indirect (reported) statements. Each parser has a `pattern` run on one sentence's text and an `extract`
// that builds a candidate or returns null. Sentences that overlap a direct quote are skipped (the direct
// quote is the statement). A candidate without a speaker is dropped later (precision).
import {
  DESCRIPTIVE_DEMONSTRATIVES,
  DESCRIPTIVE_HEADS,
  PERSON_NOUNS,
  BACKREF_DETERMINERS,
  BACKREF_NOUNS,
  BACKREF_PARTICLES,
  BACKREF_VERBS,
  COMPLEMENTISERS,
  INDIRECT_BLOCKERS,
  DENIAL_VERBS,
  DIRECTIVE_ACT,
  MIN_DENIAL_WORDS,
  NEGATION_ACT,
  DIRECTIVE_COMPLEMENTISERS,
  INDIRECT_VERBS,
  RELATIVE_PRONOUN,
  REPORTED_SUBJECTS,
  PASSIVE_NYA_VERBS,
  PASSIVE_REPORT_VERBS,
  QUOTE_VERBS,
  REPORT_CLOSERS,
  REPORT_NOUN_QUALIFIERS,
  REPORT_NOUNS,
  SPEAKER_PRONOUNS,
  VERB_COORDINATORS,
} from '../../lexicon/attribution.js';
import { firstPredicateAt } from './coordinated.js';
import { lastWord } from './last-word.js';
import { yieldsToReport } from './stance.js';
import { subjectBeforeAside } from './aside-subject.js';
import { asReported } from './as-reported.js';
import { isWordCharBefore } from '../../nlp/words.js';
import { DEGREE_SHAPE_SOURCE, DEGREES_AFTER } from '../../lexicon/degrees.js';
import { SPACE, alternationOf, escapeRe, WE as E } from '../../text/regex.js';
import { type Candidate, type Doc, type Range, type SpeakerCue, afterDateline, isBlank, rangeIndexAt, squash, trimRange, wordCount } from './doc.js';
import { endsInDepictedSubject, endsInSubordinateSubject, opensWithActiveVerb, opensWithModal, opensWithPredicate, opensWithTopicThenClause, opensWithFrameThenClause, readsAsClause, readsAsOrder, readsAsSubjectPredicate } from './clause.js';
import { PRONOUN, ROLE } from './phrase.js';
import { readSpeaker, readSpeakerPhrase } from './speaker.js';
import { closesSentence } from './speaker-tail.js';
import { reportsNothing } from './plain-object.js';
import { sentenceOutsideDirect, sortedRanges } from './direct-overlap.js';

/** Lexicon phrases longest first, each space 1–3 white-space characters. */
const alt = (xs: readonly string[]): string => alternationOf(xs, { space: SPACE.ws1to3 });


const MARKED = new Set(INDIRECT_VERBS.filter((v) => v.content === 'marked').map((v) => v.verb));
const ORDER = new Set(INDIRECT_VERBS.filter((v) => v.content === 'order').map((v) => v.verb));
const REPORTED_SUBJECT = new RegExp(`^(?:${alt(REPORTED_SUBJECTS)})${E}`, 'iu');
const DIRECTIVE = new RegExp(`^(?:${alt(DIRECTIVE_COMPLEMENTISERS)})${E}`, 'iu');
const ACTS = new Set(INDIRECT_VERBS.filter((v) => v.act && !v.withVerb).map((v) => v.verb));
const WITH_VERB = new Set(INDIRECT_VERBS.filter((v) => v.withVerb).map((v) => v.verb));
const DENIAL = new Set(DENIAL_VERBS);
const BLOCKERS = new Set(INDIRECT_BLOCKERS);
const COORDINATOR = new Set(VERB_COORDINATORS);
/** Verbs of judging (an act, `sense: 'say'`: `menilai`, `menganggap`, `berpendapat`): their content is a judgement, a
 *  short subject–predicate clause enough (`menilai pelaksanaan berjalan lancar`). */
const EVALUATE = new Set(INDIRECT_VERBS.filter((v) => v.sense === 'evaluate').map((v) => v.verb));
const JUDGE = new Set(INDIRECT_VERBS.filter((v) => v.act && v.sense === 'say').map((v) => v.verb));
/** Minimum words of reported content; one fewer when it opens with an active verb (`opensWithActiveVerb`). */
export const MIN_INDIRECT_WORDS = 4;

export interface SentenceCtx {
  doc: Doc;
  /** The sentence's range and text. */
  start: number;
  end: number;
  text: string;
  /** Index in doc.sentences. */
  index: number;
}

export interface IndirectParser {
  name: string;
  pattern: RegExp;
  /** A literal every match of `pattern` holds (a string, or a global pattern whose matches cannot
   *  overlap and of which every match of `pattern` holds one): a sentence without it is not tried. Its
   *  occurrences are found once per article (`literalHits`), not searched for in every sentence. */
  needs?: string | RegExp;
  /** The match must start at a word boundary (`(?<![\p{L}\p{N}])`). Checked by the loop at each match,
   *  not by a leading look-behind in `pattern`: V8 would evaluate the look-behind at every position of
   *  every sentence, while a pattern opening with a literal alternation is scanned by a fast first-letter
   *  check. The first match at a boundary is the one the look-behind pattern would find. */
  wordStart?: boolean;
  extract(m: RegExpExecArray, s: SentenceCtx): Candidate | null;
}

function candidate(s: SentenceCtx, content: Range, quote: string, cue: SpeakerCue, pos: number, rule: string, min = MIN_INDIRECT_WORDS): Candidate | null {
  // squashing changes only white space, so the words can be counted first (most rejects are here)
  if (wordCount(quote, min) < min) return null;
  const q = squash(quote);
  if (/^["“”„«]/u.test(q)) return null;
  return { kind: 'indirect', parts: [content], quote: q, start: content.start, end: content.end, cue, pos, rule, attributed: true };
}

/** Content from `from` (absolute) to the sentence end, after an optional `bahwa` and `,`/`:`. */
function contentAfter(s: SentenceCtx, from: number): { range: Range; marked: boolean } {
  const rel = from - s.start;
  const m = LEAD.exec(s.text.slice(rel, rel + 24));
  const skip = m ? m[0].length : 0;
  const marked = m ? /[,:]|bahwa/iu.test(m[0]) : false;
  return { range: trimRange(s.doc.text, from + skip, s.end), marked };
}
const LEAD = new RegExp(`^\\s{0,3}(?:(?:${alt(COMPLEMENTISERS)})${E}\\s{0,3})?[,:]?\\s{0,3}(?:(?:${alt(COMPLEMENTISERS)})${E}\\s{0,3})?`, 'iu');

/** `Sugito menegaskan (bahwa) ASN harus netral …` — subject, reporting verb, content. */
const subjectVerb: IndirectParser = {
  name: 'indirect-verb',
  pattern: new RegExp(`(?<verb>${alt(INDIRECT_VERBS.map((v) => v.verb))})${E}`, 'gu'),
  wordStart: true,
  extract(m, s) {
    const verb = m.groups!['verb']!;
    if (m.index > 240 || isBlank(s.text, 0, m.index)) return null;
    const prefix = s.text.slice(0, m.index);
    const prevWord = lastWord(prefix);
    // a second verb after a coordinator (`mengapresiasi …, dan mengajak …`): the first verb's subject speaks
    let subjectEnd = s.start + m.index;
    if (prevWord && COORDINATOR.has(prevWord)) {
      const at = firstPredicateAt(prefix);
      if (at < 0) return null;
      subjectEnd = s.start + at;
    } else if (prevWord && BLOCKERS.has(prevWord)) return null;
    // a report narrated inside a subordinate clause of the sentence (`… dinonaktifkan setelah Bawaslu X menyatakan …`)
    else if (endsInSubordinateSubject(prefix) || endsInDepictedSubject(prefix)) return null;
    const vpos = s.start + m.index;
    const { range, marked } = contentAfter(s, vpos + verb.length);
    const quote = s.doc.text.slice(range.start, range.end);
    const denial = DENIAL.has(verb) && opensWithPredicate(quote);
    if (MARKED.has(verb) && !marked && !denial && !REPORTED_SUBJECT.test(quote) && !readsAsClause(quote) && !opensWithTopicThenClause(quote) && !opensWithFrameThenClause(quote)) return null;
    if (ORDER.has(verb) && !readsAsOrder(quote)) return null;
    if (reportsNothing(verb, quote)) return null;
    // three words make a statement when they open with an active verb or read as a clause (`Pemkab akan kooperatif`)
    const min = denial ? MIN_DENIAL_WORDS : WITH_VERB.has(verb) || opensWithActiveVerb(quote) || opensWithModal(quote) || (wordCount(quote, MIN_INDIRECT_WORDS) < MIN_INDIRECT_WORDS && (readsAsClause(quote) || (JUDGE.has(verb) && readsAsSubjectPredicate(quote)))) ? MIN_INDIRECT_WORDS - 1 : MIN_INDIRECT_WORDS;
    // a stance before a coordinated report (`mengapresiasi … dan mengajak …`): the report is the statement
    if (EVALUATE.has(verb) && yieldsToReport(s.doc.text, vpos + verb.length, range.end)) return null;
    const content = WITH_VERB.has(verb) ? { start: vpos, end: range.end } : range;
    const c = candidate(s, content, s.doc.text.slice(content.start, content.end), { kind: 'subject', start: s.start, end: subjectEnd, rule: 'verb-before' }, vpos, this.name, min);
    if (c && DENIAL.has(verb)) c.act = NEGATION_ACT;
    else if (c && ACTS.has(verb)) c.act = verb;
    else if (c && DIRECTIVE.test(quote)) c.act = DIRECTIVE_ACT;
    return c;
  },
};

/** One to five capitalised words (a name, initials and dotted degrees allowed) closed by a comma. */
const FIRST_LOW = /^[\p{L}-]+/u;
const APPOSED_NAME = /^\s{0,2}(?:\p{Lu}[\p{L}.'’-]*\s{1,3}){0,4}\p{Lu}[\p{L}.'’-]*\s{0,2},/u;
/** A degree after the name, closed by its comma (`S.Sos.,`, `M.Si,`, `SH,`). */
const APPOSED_DEGREE = new RegExp(`^\\s{0,2}(?:${DEGREE_SHAPE_SOURCE}|(?:${alternationOf(DEGREES_AFTER, { space: SPACE.literal })})${E})\\s{0,2},`, 'u');
/** After a comma, another capitalised item closed by a comma or a coordinator (`ASN, PPPK, dan …`): a list. */
const LIST_GOES_ON = new RegExp(`^\\s{0,2}(?:\\p{Lu}[\\p{L}.'’-]*\\s{0,2},|(?:${alt(VERB_COORDINATORS)})${E})`, 'u');
/** Most characters read after the title for the name in apposition and its degrees. */
const MAX_APPOSED_CHARS = 80;

/** `Menurut <title>, Nama, S.Sos., …`: where the content starts after the name in apposition and its degrees, or
 *  `from` when no name follows (the first item of a list, `Menurut Kepala BKPSDM, ASN, PPPK, dan honorer …`, is
 *  content). */
function apposedName(text: string, from: number, end: number): number {
  const name = APPOSED_NAME.exec(text.slice(from, Math.min(end, from + MAX_APPOSED_CHARS)));
  if (!name) return from;
  const named = from + name[0].length;
  let at = named;
  for (let d = APPOSED_DEGREE.exec(text.slice(at, at + MAX_APPOSED_CHARS)); d; d = APPOSED_DEGREE.exec(text.slice(at, at + MAX_APPOSED_CHARS))) at += d[0].length;
  return at === named && LIST_GOES_ON.test(text.slice(at, at + MAX_APPOSED_CHARS)) ? from : at;
}

/** `Menurut Hesty, …`, `Menurutnya, …`, `… menurutnya hal itu …`, `Menurut dia …`; also `Kata Ketua X, Nama,
 *  …` opening a sentence (never `Katanya, …`, hearsay). The word boundary and the sentence start are checked
 *  by look-behinds after the literal words (`menurut(?<!\wmenurut)`), not before them: a pattern opening with
 *  a look-behind is tried at every position of the sentence, one opening with literals is scanned for their
 *  letters (same matches: test/extract/statements-equivalence.test.ts). */
const menurut: IndirectParser = {
  name: 'indirect-menurut',
  needs: /enurut|Kata\s/gu,
  pattern: new RegExp(
    `(?:[Mm]enurut(?<![\\p{L}\\p{N}][Mm]enurut)|Kata(?<=(?:^|[-–—]\\s{1,3})Kata)(?=\\s{1,3}\\p{Lu}))(?:(?<nya>nya)|\\s{1,3}(?<pron>${alternationOf(SPEAKER_PRONOUNS, { space: SPACE.literal })})(?![\\p{L}\\p{N}])|\\s{1,3}(?<phrase>\\p{Lu}[^,;:"“”]{0,80}?)\\s{0,2},` +
      // `Menurut mantan Kepala Dinas … itu, …`, `Menurut pria kelahiran Bima tersebut, …`: the person last named
      `|\\s{1,3}(?<desc>(?:${alt(DESCRIPTIVE_HEADS)})\\s[^,;:"“”]{0,80}?\\s(?:${alt(DESCRIPTIVE_DEMONSTRATIVES)}))\\s{0,2},` +
      // `Menurut pengamat politik Andi Saputra, …`: a noun of standing in lower case and a name (read as a subject)
      `|\\s{1,3}(?<standing>(?:${alt(PERSON_NOUNS)})\\s[^,;:"“”]{0,80}?)\\s{0,2},)`,
    'gu',
  ),
  extract(m, s) {
    const mpos = s.start + m.index;
    let cue: SpeakerCue;
    if (m.groups?.['nya'] || m.groups?.['pron'] || m.groups?.['desc']) {
      cue = { kind: 'pronoun', pos: mpos, rule: m.groups['desc'] ? 'descriptive' : 'pronoun' };
    } else if (m.groups?.['standing']) {
      const at = mpos + m[0].indexOf(m.groups['standing'], 4);
      cue = { kind: 'subject', start: at, end: at + m.groups['standing'].length, rule: 'menurut' };
    } else {
      const ph = m.groups!['phrase']!;
      const phStart = mpos + m[0].indexOf(ph, 4);
      const { tokens } = readSpeakerPhrase(s.doc.text, phStart, phStart + ph.length);
      if (tokens.length === 0 || tokens[tokens.length - 1]!.end < phStart + ph.trimEnd().length) return null;
      cue = { kind: 'phrase', start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, rule: 'menurut', titleAfter: null, allowStated: true };
    }
    // `Menurut Kepala BKD Lebak, Ade Suhardi, …`: the name in apposition after the title is no content
    let after = mpos + m[0].length;
    const ph = m.groups?.['phrase'];
    if (ph && cue.kind === 'phrase' && ROLE.has(FIRST_LOW.exec(ph)?.[0]?.toLowerCase() ?? '')) {
      const name = apposedName(s.doc.text, after, s.end);
      // (`Menurut Kepala Kesbangpol Sambas, Nurhayati, S.Sos., pemerintah daerah …`: the person named speaks, read as
      // the subject `Kepala Kesbangpol Sambas, Nurhayati,` is before a verb, not the office the title names)
      if (name > after) cue = { kind: 'subject', start: cue.start, end: name, rule: 'menurut' };
      after = name;
    }
    const { range } = contentAfter(s, after);
    const c = candidate(s, range, s.doc.text.slice(range.start, range.end), cue, mpos, this.name);
    // `Guru dan tenaga kesehatan, menurut dia, mendominasi …`: the subject before the aside is said too
    const head = c ? subjectBeforeAside(s.doc.text, s.start, mpos, s.doc.text.slice(range.start, range.end)) : null;
    if (c && head) {
      c.parts = [head, range];
      c.quote = squash(`${s.doc.text.slice(head.start, head.end)} ${c.quote}`);
      c.start = head.start;
    }
    return c;
  },
};

/** The ending every passive -nya verb shares (`kannya`), matched with the pattern's flags: a sentence
 *  without it cannot hold one of the verbs (a cheap native scan before the alternation). */
const PASSIVE_ENDING = new RegExp(escapeRe(commonSuffix(PASSIVE_NYA_VERBS)), 'giu');

function commonSuffix(xs: readonly string[]): string {
  let suffix = xs[0] ?? '';
  for (const x of xs) while (!x.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/** A back-reference noun phrase alone (`Hal itu`, `Pernyataan tersebut pun`). */
const BACKREF_SUBJECT = new RegExp(
  `^\\s*(?:${alt(BACKREF_NOUNS)})(?:\\s{1,3}(?:${alt(BACKREF_DETERMINERS)}))?(?:\\s{1,3}(?:${alt(BACKREF_PARTICLES)}))?\\s*$`,
  'iu',
);

/** `Pelanggaran … dikatakannya akan …` (content around the verb), `Ditambahkannya, …` (content after). */
const passiveNya: IndirectParser = {
  name: 'indirect-passive',
  needs: PASSIVE_ENDING,
  pattern: new RegExp(`(?<verb>${alt(PASSIVE_NYA_VERBS)})${E}`, 'giu'),
  wordStart: true,
  extract(m, s) {
    const vpos = s.start + m.index;
    const verb = m[0];
    // the -nya is someone named before the sentence: a person named in it before the verb is part of the
    // content (`Inspektur X, Y, disebutnya sudah memanggil …`)
    const cue: SpeakerCue = { kind: 'pronoun', pos: s.start, rule: 'pronoun' };
    // inside a relative clause (`respons BKN yang disebutnya lebih cepat`): the noun's description, no report
    if (lastWord(s.text.slice(0, m.index)) === RELATIVE_PRONOUN) return null;
    if (isBlank(s.text, 0, m.index)) {
      const { range } = contentAfter(s, vpos + verb.length);
      return candidate(s, range, s.doc.text.slice(range.start, range.end), cue, vpos, this.name);
    }
    // `Hal itu disampaikannya saat …`: a back-reference subject, the content was before (no statement here)
    if (BACKREF_SUBJECT.test(s.text.slice(0, m.index))) return null;
    const quote = `${s.text.slice(0, m.index)} ${s.text.slice(m.index + verb.length)}`;
    return candidate(s, { start: s.start, end: s.end }, quote, cue, vpos, this.name);
  },
};

/** `Penilaian itu disampaikan Pj Gubernur NTB, Hassanudin …`: the content is the sentence (or paragraph)
 *  before. */
const backref: IndirectParser = {
  name: 'indirect-backref',
  pattern: new RegExp(
    `^(?:${alt(BACKREF_NOUNS)})(?:\\s{1,3}(?:${alt(BACKREF_DETERMINERS)}))?(?:\\s{1,3}(?:${alt(BACKREF_PARTICLES)}))?\\s{1,3}(?:${alt(BACKREF_VERBS)})(?:\\s{1,3}oleh)?${E}`,
    'iu',
  ),
  extract(m, s) {
    const after = s.start + m[0].length;
    const sp = readSpeaker(s.doc.text, after, s.end);
    const { tokens } = sp;
    if (tokens.length === 0) return null;
    const cue: SpeakerCue = { kind: 'phrase', start: sp.start, end: sp.end, rule: 'backref', titleAfter: sp.titleAfter, allowStated: true };
    const content = previousContent(s);
    if (!content) return null;
    return candidate(s, content, s.doc.text.slice(content.start, content.end), cue, tokens[0]!.start, this.name);
  },
};

/** `Demikian disampaikan X …` / `Hal itu dikatakan X` opening paragraph `pi`: its speaker phrase (the cue
 *  for a quotation that makes up the paragraph before), or null. */
export function backrefCueAt(doc: Doc, pi: number): { cue: SpeakerCue; pos: number } | null {
  const p = doc.paras[pi];
  if (!p) return null;
  const si = rangeIndexAt(doc.sentences, p.start);
  return backrefCueIn(doc, p.start, si >= 0 ? doc.sentences[si]!.end : p.end);
}

/** The back-reference sentence right after `pos` (an attribution clause's end): the next sentence of its
 *  paragraph, else the first of the next paragraph (`"…," ujarnya. Hal tersebut disampaikan oleh X saat
 *  …`): its speaker phrase, or null. */
export function backrefCueAfter(doc: Doc, pos: number): { cue: SpeakerCue; pos: number } | null {
  const pi = rangeIndexAt(doc.paras, pos);
  if (pi < 0) return null;
  let start = pos;
  const text = doc.text;
  while (start < doc.paras[pi]!.end && /[\s.,;!?"'”’]/u.test(text[start]!)) start++;
  if (start >= doc.paras[pi]!.end) return backrefCueAt(doc, pi + 1);
  const si = rangeIndexAt(doc.sentences, start);
  if (si < 0 || doc.sentences[si]!.start !== start) return null;
  return backrefCueIn(doc, start, doc.sentences[si]!.end);
}

/** `Begitu kata X`, `Demikian ujar X`, `Begitu disampaikan oleh X`, `Demikian keterangan tertulis X` opening a
 *  sentence: a closer (REPORT_CLOSERS) and a quote verb, passive report verb or report noun, then the speaker
 *  (`nya` on the verb or noun: the speaker is the pronoun's; `Begitu katanya`). */
const CLOSER_OPENING = new RegExp(
  `^(?:${alt(REPORT_CLOSERS)})\\s{1,3}(?:(?:${alt(QUOTE_VERBS)}|(?:${alt(REPORT_NOUNS)})(?:\\s{1,3}(?:${alt(REPORT_NOUN_QUALIFIERS)}))?)(?<nya>nya)?|(?:${alt(PASSIVE_REPORT_VERBS)})(?:\\s{1,3}oleh)?)${E}`,
  'iu',
);

function backrefCueIn(doc: Doc, start: number, sEnd: number): { cue: SpeakerCue; pos: number } | null {
  const head = doc.text.slice(start, Math.min(sEnd, start + 80));
  const m = backref.pattern.exec(head) ?? CLOSER_OPENING.exec(head);
  if (!m) return null;
  if (m.groups?.['nya']) return { cue: { kind: 'pronoun', pos: start, rule: 'pronoun' }, pos: start };
  const sp = readSpeaker(doc.text, start + m[0].length, sEnd);
  if (sp.tokens.length === 0) return null;
  if (sp.tokens.length === 1 && PRONOUN.has(sp.tokens[0]!.low)) return { cue: { kind: 'pronoun', pos: sp.tokens[0]!.start, rule: 'pronoun' }, pos: sp.tokens[0]!.start };
  return { cue: { kind: 'phrase', start: sp.start, end: sp.end, rule: 'backref', titleAfter: sp.titleAfter, allowStated: true }, pos: sp.tokens[0]!.start };
}

/** The sentence before `s` in its paragraph, else the previous paragraph (skipping captions of < 6 words,
 *  at most two back), without a leading dateline. */
function previousContent(s: SentenceCtx): Range | null {
  const { doc } = s;
  const pi = rangeIndexAt(doc.paras, s.start);
  if (pi < 0) return null;
  const para = doc.paras[pi]!;
  let r: Range | null = null;
  if (s.index > 0 && doc.sentences[s.index - 1]!.start >= para.start) r = doc.sentences[s.index - 1]!;
  else {
    for (let k = pi - 1; k >= 0 && k >= pi - 2; k--) {
      const p = doc.paras[k]!;
      const t = doc.text.slice(p.start, p.end);
      if (doc.ctx.title && t.trim() === doc.ctx.title.trim()) return null;
      if (wordCount(t, 6) >= 6) {
        r = p;
        break;
      }
    }
  }
  if (!r) return null;
  return trimRange(doc.text, afterDateline(doc, r.start), r.end);
}

/** What `verbTail` and `verbMid` need: a comma, one to three white spaces and a quote verb, in any case
 *  (verbTail's flags; verbMid's case-sensitive matches are among these). The verb is a look-ahead, so a
 *  hit is the comma and its spaces only: it lies inside every sentence a match of either pattern lies in
 *  (whatever follows the verb), and hits never overlap (each starts at a comma and holds no other), so
 *  the global scan finds them all. A bare `,` occurs in most sentences: this skips most of them. */
const COMMA_VERB = new RegExp(`,\\s{1,3}(?=${alt(QUOTE_VERBS)})`, 'giu');

/** `…, tegas Sekda, sesuai dengan aturan …` — an attribution inside the sentence, between commas; also a
 *  pronoun one (`BKN, katanya, akan memblokir …`, `…, ujar dia, …`): the speaker is the pronoun's. */
const verbMid: IndirectParser = {
  name: 'indirect-verb-mid',
  needs: COMMA_VERB,
  pattern: new RegExp(
    `,\\s{1,3}(?<verb>${alt(QUOTE_VERBS)})(?:\\s{1,3}(?=\\p{Lu})|(?<nya>nya)\\s{0,2}(?=,)|\\s{1,3}(?<pron>${alternationOf(SPEAKER_PRONOUNS, { space: SPACE.literal })})\\s{0,2}(?=,))`,
    'gu',
  ),
  extract(m, s) {
    const after = s.start + m.index + m[0].length;
    const before = s.text.slice(0, m.index);
    if (before.trim().length === 0) return null;
    if (m.groups?.['nya'] || m.groups?.['pron']) {
      const rest = s.text.slice(m.index + m[0].length + 1).trim();
      const vpos = s.start + m.index + m[0].indexOf(m.groups['verb']!);
      return candidate(s, { start: s.start, end: s.end }, `${before}, ${rest}`, { kind: 'pronoun', pos: vpos, rule: 'pronoun' }, vpos, this.name);
    }
    const { tokens, stop } = readSpeakerPhrase(s.doc.text, after, s.end);
    if (tokens.length === 0 || tokens.length > 6 || s.doc.text[stop] !== ',') return null;
    const cue: SpeakerCue = { kind: 'phrase', start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, rule: 'verb-mid', titleAfter: null, allowStated: false };
    const rest = s.text.slice(stop + 1 - s.start);
    return candidate(s, { start: s.start, end: s.end }, `${before}, ${rest.trim()}`, cue, tokens[0]!.start, this.name);
  },
};

/** `Netralitas itu penting, katanya.` / `…, kata Bupati.` — attribution at the sentence's end. */
const verbTail: IndirectParser = {
  name: 'indirect-verb-tail',
  needs: COMMA_VERB,
  pattern: new RegExp(`,\\s{1,3}(?<verb>${alt(QUOTE_VERBS)})(?<nya>nya)?${E}`, 'giu'),
  extract(m, s) {
    const vpos = s.start + m.index + m[0].length - m.groups!['verb']!.length - (m.groups?.['nya']?.length ?? 0);
    const after = s.start + m.index + m[0].length;
    let cue: SpeakerCue;
    let stop = after;
    if (m.groups?.['nya']) cue = { kind: 'pronoun', pos: vpos, rule: 'pronoun' };
    else {
      const r = readSpeaker(s.doc.text, after, s.end);
      if (r.tokens.length === 0) return null;
      stop = r.stop;
      const t0 = r.tokens[0]!;
      cue = PRONOUN.has(t0.low)
        ? { kind: 'pronoun', pos: t0.start, rule: 'pronoun' }
        : { kind: 'phrase', start: r.start, end: r.end, rule: r.titleAfter ? 'name-title-after' : 'verb-after', titleAfter: r.titleAfter, allowStated: true };
    }
    // must close the sentence: only punctuation, a stop-word tail or the day after (`speaker-tail.ts`)
    if (!closesSentence(s.doc.text.slice(stop, s.end))) return null;
    const content = trimRange(s.doc.text, s.start, s.start + m.index);
    return candidate(s, content, s.doc.text.slice(content.start, content.end), cue, vpos, this.name);
  },
};

/** Parser order: the first parser that yields a candidate for a sentence wins that sentence. More specific
 *  forms come first (a parenthetical `…, sebagaimana disampaikan X, …` before the subject–verb pattern, which would
 *  read its clause's verb as no reporting verb and its subject as the speaker) (back-reference and passive forms name their verb exactly; `menurut` before the
 *  generic subject–verb pattern, which it would otherwise shadow in `Menurutnya, X mengatakan …`). */
export const INDIRECT_PARSERS: readonly IndirectParser[] = [backref, passiveNya, verbTail, verbMid, asReported, menurut, subjectVerb];

/** How many matches of one pattern are tried per sentence. */
const MAX_TRIES = 3;

/** The occurrences of `needs` in `text`, in order, as flat [start, end) pairs. */
export function literalHits(text: string, needs: string | RegExp): number[] {
  const hits: number[] = [];
  if (typeof needs === 'string') {
    for (let i = text.indexOf(needs); i >= 0; i = text.indexOf(needs, i + needs.length)) hits.push(i, i + needs.length);
  } else {
    needs.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = needs.exec(text)) !== null) hits.push(m.index, m.index + m[0].length);
  }
  return hits;
}

/** Whether one of `hits` (`literalHits`) lies within [start, end): the first starting at or after
 *  `start` (binary search) is the one to check, since later ones end later. */
export function hasHitWithin(hits: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = hits.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[2 * mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < hits.length && hits[2 * lo + 1]! <= end;
}

/** The `needs` literals of INDIRECT_PARSERS, each once (`verbTail` and `verbMid` share COMMA_VERB). */
const NEEDED_LITERALS: ReadonlyArray<string | RegExp> = [...new Set(INDIRECT_PARSERS.flatMap((p) => (p.needs === undefined ? [] : [p.needs])))];
/** For each of INDIRECT_PARSERS, the index of its literal in NEEDED_LITERALS, or -1. */
const NEEDS_INDEX: readonly number[] = INDIRECT_PARSERS.map((p) => (p.needs === undefined ? -1 : NEEDED_LITERALS.indexOf(p.needs)));

export function indirectCandidates(doc: Doc, directRanges: Range[]): Candidate[] {
  const out: Candidate[] = [];
  // where each parser's literal occurs, found once for the whole text (same index as NEEDED_LITERALS)
  // (by push: a `map` result may come with or without holes, two hidden classes for the reads below)
  const hitsOf: number[][] = [];
  for (const l of NEEDED_LITERALS) hitsOf.push(literalHits(doc.text, l));
  const sortedDirect = sortedRanges(directRanges);
  for (let si = 0; si < doc.sentences.length; si++) {
    const sr = sentenceOutsideDirect(doc.text, sortedDirect, doc.sentences[si]!);
    if (!sr) continue;
    const text = doc.text.slice(sr.start, sr.end);
    const s: SentenceCtx = { doc, start: sr.start, end: sr.end, text, index: si };
    let found: Candidate | null = null;
    for (let k = 0; k < INDIRECT_PARSERS.length; k++) {
      const p = INDIRECT_PARSERS[k]!;
      const need = NEEDS_INDEX[k]!;
      if (need >= 0 && !hasHitWithin(hitsOf[need]!, sr.start, sr.end)) continue;
      p.pattern.lastIndex = 0;
      if (!p.pattern.global) {
        const m = p.pattern.exec(text);
        if (m) found = p.extract(m, s);
      } else {
        for (let t = 0; t < MAX_TRIES && !found; ) {
          const m = p.pattern.exec(text);
          if (!m) break;
          if (p.wordStart && isWordCharBefore(text, m.index)) {
            p.pattern.lastIndex = m.index + 1; // inside a word: not a match, a later one may start here
            continue;
          }
          t++;
          found = p.extract(m, s);
        }
      }
      if (found) break;
    }
    if (found) out.push(found);
  }
  return out;
}
