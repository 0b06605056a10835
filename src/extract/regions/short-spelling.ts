// The short form a regional outlet writes for a regency whose name is several words then a compass word, when those
// words name no region of their own: `Tanjab Barat` for Tanjung Jabung Barat (check26a's DPRD hearing: "Ketua Bawaslu
// Tanjab Barat, <Name>" after a lead that spells "Kabupaten Tanjung Jabung Barat" out). The short form is derived from
// the gazetteer's full name by one rule (each word's first closed syllable, joined), never listed; a short form whose
// own words are a region (`OKU Timur`) is read by short-form.ts.
import { COMPASS_WORDS } from '../../lexicon/titles-local.js';

/** A word's first syllable closed by the consonant after its first vowels, `ng`/`ny` counted as one consonant:
 *  `Tanjung` → `tan`, `Jabung` → `jab`, `Mongondow` → `mong`; null for a word with no such syllable. */
const CLOSED_SYLLABLE_RE = /^[^aeiou]*[aeiou]+(?:ng|ny|[^aeiou])/u;

/** At least this many words before the compass word: a one-word name (`Lombok Barat`) is written whole or as one
 *  joined short form (`Lobar`, a listed alias), never as a syllable then the compass word. */
const BASE_WORDS_MIN = 2;

function closedSyllable(word: string): string | null {
  const m = CLOSED_SYLLABLE_RE.exec(word.toLowerCase());
  return m ? m[0] : null;
}

/** `Tanjung Jabung Barat` → `Tanjab Barat`: the derived short form of a regency's name of BASE_WORDS_MIN or more
 *  words then a compass word (COMPASS_WORDS), or null. `isName` tells whether a phrase is a gazetteer name:
 *  a base that is one (`Ogan Komering Ulu`) is left to short-form.ts, and a derived spelling that is one is dropped. */
export function derivedShortForm(core: string, isName: (phrase: string) => boolean): string | null {
  for (const closing of COMPASS_WORDS) {
    if (!core.endsWith(` ${closing}`)) continue;
    const base = core.slice(0, -closing.length - 1);
    const words = base.split(' ');
    if (words.length < BASE_WORDS_MIN || isName(base)) return null;
    const parts = words.map(closedSyllable);
    if (parts.some((p) => p === null)) return null;
    const joined = parts.join('');
    const spelled = joined[0]!.toUpperCase() + joined.slice(1);
    if (isName(spelled)) return null;
    return `${spelled} ${closing}`;
  }
  return null;
}
