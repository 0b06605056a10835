// Whether words after a title are a place rather than its holder's name (read by name-after-title.ts): a word the
// article writes elsewhere only as a place, a region the regions extractor read, the place a "name" opens with, a
// kecamatan's or a village's name.
import { PLACE_NAME_LEADS } from '../../lexicon/admin-units.js';
import { districtsByName, villagesByName } from '../../lexicon/gazetteer.js';
import { LETTER_OR_DIGIT, classAt } from '../../lexicon/matcher.js';
import type { LowerWords } from './article-words.js';
import { ACRONYM_WORDS } from './title-compile.js';
import type { ParsedName, RegionAt } from './types.js';

/** Every other mention of `word` in the article stands after a body, a unit word or `di`/`se-` (`Bawaslu Polman`, `di
 *  Polman`), as a place's does, never as a person's (`kata Sukiman`, `Sukiman menegaskan`); and there are at least
 *  `atLeast` of them. */
const PLACE_BEFORE: ReadonlySet<string> = new Set(PLACE_NAME_LEADS);
const WORD_BEFORE_RE = /([\p{L}\p{N}]+)-?[ \t]{0,2}$/u;
export function onlyAsPlace(text: string, word: string, at: number, atLeast = 0): boolean {
  let seen = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (i === at || classAt(text, i + word.length) & LETTER_OR_DIGIT || (i > 0 && classAt(text, i - 1) & LETTER_OR_DIGIT)) continue;
    const w = WORD_BEFORE_RE.exec(text.slice(Math.max(0, i - 16), i))?.[1]?.toLowerCase();
    if (!w || !(PLACE_BEFORE.has(w) || ACRONYM_WORDS.has(w))) return false;
    // (asked for a name's first word, `atLeast`: a mention that a capitalised word follows may be a title's holder
    // again, `Kepala BPKP Wahyu Ariffin`)
    if (atLeast > 0 && /^[ \t]{1,2}\p{Lu}/u.test(text.slice(i + word.length, i + word.length + 3))) return false;
    seen++;
  }
  return seen >= atLeast;
}

/** Whether the regions extractor read the region `code` (or a place inside it) somewhere in the article. */
export const namedInArticle = (regionStarts: Map<number, RegionAt>, code: string): boolean =>
  [...regionStarts.values()].some((r) => r.code === code || r.code.startsWith(`${code}.`));

/** The end of the place the "name" `n` opens with (at most three words, the rest a name: `Bupati Tanjung Harapan H.
 *  Ahmad Fauzi`), when the article writes those words as a place; else -1. */
export function placeLeadEnd(text: string, n: ParsedName, places: LowerWords): number {
  for (let k = Math.min(3, n.tokens.length - 1); k >= 1; k--) {
    const lead = n.tokens.slice(0, k).join(' ');
    if (text.startsWith(lead, n.start) && places.has(lead)) return n.start + lead.length;
  }
  return -1;
}

/** A kecamatan's or a village's name (`Selong`, `Praya`). */
export const isPlaceName = (word: string): boolean => districtsByName(word).length > 0 || villagesByName(word).length > 0;
