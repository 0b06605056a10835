// The cues a statement-type rule reports (cueOf), and the feature groups that decide a type (DECIDING) or name a
// sanction (SANCTIONING): split from type-clause.ts, which re-exports them.
import { FEATURE as F, type FeatureSeq } from './type-features.js';
import { COUNTED_NOUNS, NEEDLESS, REQUEST_COMPLEMENTISERS, RESPONSIBILITY, TYPE_FEATURES, VERB_ENCLITICS, type TypeFeature } from '../../lexicon/statement-types.js';

const COUNTED = new Set(COUNTED_NOUNS);
const NEEDLESS_WORDS = new Set(NEEDLESS);
const DIRECTIVE = new Set([...REQUEST_COMPLEMENTISERS, ...RESPONSIBILITY]);

/** Features that can decide a type on their own or with their context; the rest (mood, negation,
 *  pronouns, passives, receiving, accepting, permission, tolerance, bodies) only qualify them. */
export const DECIDING = F.pledge | F.order | F.appeal | F.finding | F.sanctionNoun | F.sanctionAct | F.recommend | F.enforce | F.prohibit
  | F.permit | F.tolerance | F.hesitate | F.get | F.removal | F.confront | F.warnNoun | F.imperative | F.pronoun | F.opinion;
/** Words that name or do a sanction: a hortative statement with none of them appeals (HORTATIVES). */
export const SANCTIONING = F.sanctionNoun | F.sanctionAct | F.enforce | F.removal | F.warnNoun;

/** The entry of `feature` that word k fired on, as reported in `cues`. */
export function cueOf(s: FeatureSeq, k: number, feature: TypeFeature): string {
  const w = s.word[k]!;
  if (feature === 'pledge' && w.favour) return w.low; // equal treatment declared (classify.ts, FAVOURING)
  const f = TYPE_FEATURES[feature];
  if ((f.stems as readonly string[]).includes(w.stem)) return w.stem;
  if ((f.words as readonly string[]).includes(w.low)) return w.low;
  for (const e of VERB_ENCLITICS) {
    const base = w.low.slice(0, -e.length);
    if (w.low.endsWith(e) && (f.words as readonly string[]).includes(base)) return base; // through encliticFeatures
  }
  if (feature === 'finding' && COUNTED.has(w.low)) return w.low; // a figure's noun (COUNTED_NOUNS, after a numeral)
  if (feature === 'order' && DIRECTIVE.has(w.low)) return w.low;
  if (feature === 'prohibit' && NEEDLESS_WORDS.has(w.low)) return w.low; // the soft negative imperative (classify.ts) // a directive's `agar` or `bertanggung` (classify.ts)
  return `di${w.low}`; // through pronounPassiveFeatures
}

