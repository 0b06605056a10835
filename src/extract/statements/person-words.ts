// Whether the words of a capitalised phrase can be a person's name: the one test every scan of persons outside the
// officials list applies (discourse.ts's appositions, ages and sentence subjects, subject-names.ts).
import { CLAUSE_CONNECTIVES, PERSON_NOUNS, RELATIVE_PRONOUN, SUBORDINATORS } from '../../lexicon/attribution.js';
import { INSTITUTION_HEAD, TITLE_WORD } from './names.js';
import { ACTING, NOT_NAME, ORG, PRONOUN, ROLE, STOP } from './phrase.js';

const PERSON_NOUN = new Set(PERSON_NOUNS);
/** The relative `yang` right before a word: the naming verb after it names the person just mentioned
 *  (discourse.ts's aliases), without it someone new (named-persons.ts). */
export const RELATIVE_BEFORE = new RegExp(`(?<![\\p{L}])${RELATIVE_PRONOUN}[ \\t]{1,2}$`, 'u');
/** Words that open a clause and never a name (`Tapi Bouygues mengatakan`, `Kendati Jepang mengaku`). */
export const CLAUSE_OPENER = new Set([...CLAUSE_CONNECTIVES, ...SUBORDINATORS]);

/** Whether `words` (`nameTokens`, lower case) can name a person: no clause opener or institution head first, no
 *  title, organisation, non-name, pronoun, stop or person-noun word, and not only title words (a country or a party,
 *  `Sri Lanka`, is no name though one of its words may be, `Sri Handayani`). */
export function canNamePerson(words: readonly string[]): boolean {
  if (words.length === 0 || CLAUSE_OPENER.has(words[0]!) || INSTITUTION_HEAD.has(words[0]!)) return false;
  let titleWords = 0;
  for (const w of words) {
    if (ROLE.has(w) || ORG.has(w) || ACTING.has(w) || NOT_NAME.has(w) || PRONOUN.has(w) || STOP.has(w) || PERSON_NOUN.has(w)) return false;
    if (TITLE_WORD.has(w)) titleWords++;
  }
  return titleWords < words.length;
}
