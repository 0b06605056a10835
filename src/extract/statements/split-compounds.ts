// Compound verbs written as two words (SPLIT_COMPOUND_VERBS: `akan kami tindak lanjuti`) read as one word by the
// statement-type scan (classify.ts): the space between the parts moves after the compound, so every offset after
// it is kept (`tindak lanjuti minggu` → `tindaklanjuti  minggu`).
import { SPLIT_COMPOUND_VERBS } from '../../lexicon/statement-type-words.js';
import { SPACE, alternationOf } from '../../text/regex.js';

const FIRST_PARTS = [...new Set(SPLIT_COMPOUND_VERBS.map((c) => c.split(' ')[0]!))];
const SPLIT = new RegExp(`(?<![\\p{L}\\p{N}])(?:di)?(?:${alternationOf(SPLIT_COMPOUND_VERBS, { space: SPACE.literal })})\\p{L}*`, 'gu');

/** `low` (a lower-cased quote) with each split compound joined, the same length; `low` itself when it has none. */
export function joinSplitCompounds(low: string): string {
  let any = false;
  for (const f of FIRST_PARTS) if (low.includes(`${f} `)) any = true;
  if (!any) return low;
  return low.replace(SPLIT, (m: string) => `${m.replace(' ', '')} `);
}
