// Anonymous sources: a reporting verb's subject that describes a person who asked not to be named (`Seorang
// pegawai di salah satu dinas yang meminta namanya tidak ditulis mengatakan …`). Such a statement is kept with
// no speaker and the rule `anonymous` (a speaker is never guessed for it), and a pronoun after it names nobody.
import { ANONYMITY_NOUNS, ANONYMITY_VERBS } from '../../lexicon/attribution.js';
import { SPACE, alternationOf } from '../../text/regex.js';

const alt = (xs: readonly string[]): string => alternationOf(xs, { space: SPACE.ws1to3 });
const W = '(?:\\s{1,3}\\S+){0,3}\\s{1,3}';
/** A noun of anonymity within four words of a verb of naming, in either order. */
const ANONYMITY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alt(ANONYMITY_NOUNS)})${W}(?:${alt(ANONYMITY_VERBS)})|(?:${alt(ANONYMITY_VERBS)})${W}(?:${alt(ANONYMITY_NOUNS)}))(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Whether the subject clause `text` describes an anonymous source. */
export function isAnonymousSubject(text: string): boolean {
  return ANONYMITY.test(text);
}
