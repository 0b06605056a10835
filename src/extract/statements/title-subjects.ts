// Sentences whose subject is a bare title (`Dandim kemudian memberikan pengarahan.`, `Kepala Dinas lalu
// menyerahkan …`): the official the title names is mentioned there, as the sentence's subject, so a pronoun
// after it (`Ia menegaskan …`) is that official, not the speaker quoted before (SpeakerResolver adds these
// mentions to the discourse once per article).
import type { Official } from '../../model.js';
import { SUBJECT_ADVERBS } from '../../lexicon/attribution.js';
import { opensWithActiveVerb } from './clause.js';
import { type Doc, objectList } from './doc.js';
import { type Mention, mention } from './discourse.js';
import { officialRef } from './names.js';
import { ACTING, ORG, ROLE, readSpeakerPhrase } from './phrase.js';

/** The first word of a sentence, capitalised. */
const FIRST_WORD = /\p{Lu}[\p{L}-]*/uy;
/** The lower-case words after the title: adverbs (SUBJECT_ADVERBS), then an active verb (`Dandim kemudian
 *  memberikan …`): the title is the actor. A passive verb (`Camat diminta …`: the one addressed), a relative
 *  clause (`Kepala desa yang …`: anyone) or a name in apposition makes no mention. */
const WORDS_NEXT = /(?:[ \t]{1,3}\p{Ll}+){1,4}/uy;
const ADVERB = new Set(SUBJECT_ADVERBS);
function actsNext(text: string, pos: number): boolean {
  WORDS_NEXT.lastIndex = pos;
  const m = WORDS_NEXT.exec(text);
  if (!m) return false;
  for (const w of m[0].trim().split(/\s+/u)) {
    if (ADVERB.has(w)) continue;
    return opensWithActiveVerb(w);
  }
  return false;
}
/** Most words of a bare title subject (`Kepala Dinas Pendidikan`). */
const MAX_TITLE_WORDS = 4;

/** Mentions of the officials named by a bare title opening a sentence; `officialOf` resolves the title's
 *  range to an official (the most recent holder), or null. */
export function titleSubjects(doc: Doc, officialOf: (start: number, end: number) => Official | null): Mention[] {
  const out = objectList<Mention>();
  const text = doc.text;
  for (const s of doc.sentences) {
    FIRST_WORD.lastIndex = s.start;
    const w = FIRST_WORD.exec(text);
    if (!w || w.index !== s.start) continue;
    const low = w[0].toLowerCase();
    if (!ROLE.has(low) && !ACTING.has(low)) continue;
    const { tokens } = readSpeakerPhrase(text, s.start, s.end);
    if (tokens.length === 0 || tokens.length > MAX_TITLE_WORDS) continue;
    if (!tokens.every((t) => ROLE.has(t.low) || ORG.has(t.low) || ACTING.has(t.low))) continue;
    const end = tokens[tokens.length - 1]!.end;
    if (!actsNext(text, end)) continue;
    const o = officialOf(s.start, end);
    if (o) out.push(mention(s.start, end, o, officialRef(o), ''));
  }
  return out;
}
