// Titles whose words would read as a statement-type act: Minahasa's village head, the `Hukum Tua` (titles-local.ts),
// holds `hukum`, which after `kami` reads as the bare verb of the object-fronted passive `dihukum` (`Kami hukum tua
// se-Kecamatan Kauditan sepakat menjaga netralitas` pledges; nobody is punished). A title names a post, never an act,
// so the statement-type scan (classify.ts) reads each such title as one word with no feature: the space between its
// words moves after it, so every offset is kept (`hukum tua se-` → `hukumtua  se-`), as split-compounds.ts does for
// compound verbs. The list is every multi-word title of the officials' lexicon (TITLES, the local titles included)
// with a word that carries an act feature (ACT_FEATURES): worked out from the data, so a title added there is read
// here too. Titles whose words only name a body (`Ketua KASN`, `Kepala Inspektorat`) keep it: a body is a receiver
// (`kami teruskan ke Ketua KASN`), no act.
import { SANCTION_BODY_NAMES } from '../../lexicon/statement-type-words.js';
import { TITLES } from '../../lexicon/titles.js';
import { SPACE, WB, WE, alternationOf } from '../../text/regex.js';
import { FEATURE, featuresOf, pronounPassiveFeatures } from './type-features.js';
import { stemToken } from './type-tokens.js';

/** The features that make a word an act of some type (a sanction, an order, a pledge, …): a title holding one is
 *  read as one word. */
const ACT_FEATURES = FEATURE.sanctionAct | FEATURE.enforce | FEATURE.removal | FEATURE.recommend | FEATURE.order | FEATURE.appeal
  | FEATURE.pledge | FEATURE.prohibit | FEATURE.opinion | FEATURE.sanctionNoun | FEATURE.confront | FEATURE.tolerance;

function actWord(w: string): boolean {
  const st = stemToken(w);
  return ((featuresOf(w, st) | pronounPassiveFeatures(w, st)) & ACT_FEATURES) !== 0;
}

/** Lower-case, one space between words. */
export const ACT_TITLES: readonly string[] = [...new Set(TITLES.map((t) => t.phrase.toLowerCase()))]
  .filter((p) => p.includes(' ') && p.split(' ').some(actWord))
  .sort();

/** The phrases joined: the act titles, and the sanctioning bodies' names spelled out (SANCTION_BODY_NAMES: read as
 *  one `sanctionBody` word, `komisiasn`). */
const JOINED = [...ACT_TITLES, ...SANCTION_BODY_NAMES];
const FIRST_WORDS = [...new Set(JOINED.map((t) => `${t.split(' ')[0]!} `))];
const ACT_TITLE_RE = new RegExp(`${WB}(?:${alternationOf(JOINED, { space: SPACE.literal })})${WE}`, 'gu');

/** `low` (a lower-cased quote) with each such title and body name joined, the same length; `low` itself when it has
 *  none. */
export function joinActTitles(low: string): string {
  if (!FIRST_WORDS.some((f) => low.includes(f))) return low;
  return low.replace(ACT_TITLE_RE, (m: string) => {
    const joined = m.replace(/ /gu, '');
    return joined + ' '.repeat(m.length - joined.length);
  });
}
