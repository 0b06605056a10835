// Attribution across a paragraph boundary, for a quotation that makes up its paragraph: the paragraph before
// ends in `X menjelaskan:`, or the next opens with `X mengatakan hal itu saat …`. Also the reporting-verb
// pattern read at the end of the text before an opening mark (shared with direct.ts).
import { BACKREF_DETERMINERS, COMPLEMENTISERS, INDIRECT_VERBS, QUOTE_INTRO_VERBS, SPEAKER_TAIL_WORDS } from '../../lexicon/attribution.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { type Doc, type SpeakerCue, rangeIndexAt } from './doc.js';

/** Lexicon phrases longest first, each space 1–3 white-space characters. */
const alt = (xs: readonly string[]): string => alternationOf(xs, { space: SPACE.ws1to3 });
const isWs = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

/** The end of the text before an opening mark: `Sugito mengatakan, "…"`, `Ia menegaskan: "…"`. */
export const VERB_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<verb>${alt([...INDIRECT_VERBS.map((v) => v.verb), ...QUOTE_INTRO_VERBS])})(?:\\s{1,3}(?:${alt(COMPLEMENTISERS)}))?\\s{0,3}[,:]?\\s{0,3}$`,
  'u',
);
/** Paragraph `pi` ends in a reporting verb and a colon (`Kepada wartawan, Suarjana menjelaskan:`): the
 *  subject of that clause is the speaker of the quotation that opens the next paragraph. */
export function introducedBefore(doc: Doc, pi: number): { cue: SpeakerCue; pos: number } | null {
  const p = doc.paras[pi]!;
  const text = doc.text;
  let e = p.end;
  while (e > p.start && isWs(text[e - 1])) e--;
  if (text[e - 1] !== ':') return null;
  const si = rangeIndexAt(doc.sentences, e - 1);
  const sStart = si >= 0 ? Math.max(p.start, doc.sentences[si]!.start) : p.start;
  const from = Math.max(sStart, e - 120);
  const m = VERB_BEFORE.exec(text.slice(from, e));
  let vpos = m ? from + m.index : -1;
  // the verb with its object or an adjunct before the colon (`X menegaskan hal itu di hadapan para camat:`,
  // `X menyampaikan pesan kepada seluruh pegawai:`): the sentence's first reporting verb, a few words back
  if (!m) {
    const v = SAYS_IN.exec(text.slice(from, e));
    if (!v || wordsIn(text, from + v.index + v[0].length, e) > MAX_WORDS_BEFORE_COLON) return null;
    vpos = from + v.index;
  }
  if (vpos <= sStart) return null;
  return { cue: { kind: 'subject', start: sStart, end: vpos, rule: 'verb-before' }, pos: vpos };
}
/** A reporting verb anywhere (the first one is the clause's). */
const SAYS_IN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt([...INDIRECT_VERBS.map((v) => v.verb), ...QUOTE_INTRO_VERBS])})(?![\\p{L}\\p{N}])`, 'u');
/** Most words between such a verb and the colon. */
const MAX_WORDS_BEFORE_COLON = 8;
function wordsIn(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (!isWs(text[i]) && (i === a || isWs(text[i - 1]))) n++;
  return n;
}

/** `X mengatakan hal itu saat ditemui …` opening paragraph `pi` (a reporting verb whose object refers back
 *  to the quotation before, then at most a time or place): the subject is that quotation's speaker. */
export function saidThatAt(doc: Doc, pi: number): { cue: SpeakerCue; pos: number } | null {
  const p = doc.paras[pi];
  if (!p) return null;
  const si = rangeIndexAt(doc.sentences, p.start);
  const sEnd = si >= 0 ? doc.sentences[si]!.end : p.end;
  const m = SAID_THAT.exec(doc.text.slice(p.start, Math.min(sEnd, p.start + 300)));
  if (!m || m.index === 0) return null;
  const vpos = p.start + m.index;
  return { cue: { kind: 'subject', start: p.start, end: vpos, rule: 'verb-before' }, pos: vpos };
}
/** A reporting verb, `hal itu`/`hal tersebut`/`hal ini`/`demikian`, then the sentence's end or a time or
 *  place word. */
const SAID_THAT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alt([...INDIRECT_VERBS.map((v) => v.verb), ...QUOTE_INTRO_VERBS])})\\s{1,3}(?:juga\\s{1,3})?(?:hal\\s{1,3}(?:${alt(BACKREF_DETERMINERS)})|demikian)(?=\\s{0,3}(?:[.,]|$)|\\s{1,3}(?:${alt(SPEAKER_TAIL_WORDS)})(?![\\p{L}\\p{N}]))`,
  'u',
);

