// Objects of a reporting verb that report nothing (read by the `indirect-verb` parser, indirect.ts): what follows
// the verb is a reference back to a quote, a label, or a chant, not reported content.
import { BACKREF_DETERMINERS, CHANT_NOUNS, NAMING_MARKERS, NAMING_VERBS, SPEAKER_TAIL_WORDS } from '../../lexicon/attribution.js';
import { SPACE, WE as E, alternationOf } from '../../text/regex.js';
import { readsAsClause } from './clause.js';

/** Lexicon phrases longest first, each space 1–3 white-space characters. */
const alt = (xs: readonly string[]): string => alternationOf(xs, { space: SPACE.ws1to3 });

/** `hal itu`, `hal tersebut`, `demikian` as a reporting verb's whole object (then the end, or a time or
 *  place: `… hal itu saat ditemui di kantornya`). */
const BACK_OBJECT = new RegExp(
  `^(?:hal\\s{1,3}(?:${alt(BACKREF_DETERMINERS)})|demikian)(?=\\s{0,3}(?:[.,]|$)|\\s{1,3}(?:${alt(SPEAKER_TAIL_WORDS)})${E})`,
  'iu',
);
const NAMING = new Set(NAMING_VERBS);
/** A naming marker among the first words of content (`mobil itu sebagai …`). */
const NAMING_USE = new RegExp(`^(?:\\S+\\s+){0,4}(?:${alternationOf(NAMING_MARKERS, { space: SPACE.literal })})${E}`, 'iu');
/** A chant, a song or a cry opening the object (`yel-yel pasangan calon`, `mars partai`): CHANT_NOUNS. */
const CHANT_OBJECT = new RegExp(`^\\s{0,3}(?:${alt(CHANT_NOUNS)})${E}`, 'iu');

/** Whether `quote`, the object after the reporting verb `verb`, reports nothing: a reference back (`X mengatakan
 *  hal itu saat ditemui …`), a label (`menyebut mobil itu sebagai …`), or a chant that reads as no clause (`menyerukan yel-yel …`). */
export function reportsNothing(verb: string, quote: string): boolean {
  return BACK_OBJECT.test(quote) || (NAMING.has(verb) && NAMING_USE.test(quote)) || (CHANT_OBJECT.test(quote) && !readsAsClause(quote));
}
