// Persons the text introduces with the naming verb outside a relative clause (NAMING_CUE: `seorang lurah bernama
// Budi Santoso`, `ASN bernama Siti Rahma`): someone new, mentioned there by name, so a later `kata Budi`, `kata Budi
// Santoso` or pronoun is theirs. Inside a relative clause (`Kepala desa itu, yang bernama Slamet,`) the verb gives the
// person just mentioned another name instead (discourse.ts's aliases).
import { NAMED_PERSON_HEADS, NAMING_CUE, PERSON_NOUNS } from '../../lexicon/attribution.js';
import { type Mention, mention } from './discourse.js';
import { type Doc, objectList } from './doc.js';
import { nameTokens } from './names.js';
import { ROLE } from './phrase.js';
import { RELATIVE_BEFORE, canNamePerson } from './person-words.js';

/** The naming verb, then one to four capitalised words. */
const NAMED_RE = new RegExp(`(?<![\\p{L}\\p{N}])${NAMING_CUE}[ \\t]{1,2}(\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’]{1,30}){0,3})(?![\\p{L}\\p{N}])`, 'gu');

const PERSON_HEAD = new Set([...NAMED_PERSON_HEADS, ...PERSON_NOUNS]);
/** Most words of the noun phrase before the verb read for a person head (`seorang guru honorer bernama`). */
const HEAD_WORDS = 3;
const WORDS_BEFORE = /((?:[\p{L}-]+[ \t]{1,2}){1,3})$/u;

/** Whether one of the last words before the naming verb at `at` makes what it names a person. */
function personBefore(text: string, at: number): boolean {
  const m = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return false;
  const words = m[1]!.trim().toLowerCase().split(/[ \t]+/u).slice(-HEAD_WORDS);
  return words.some((w) => PERSON_HEAD.has(w) || ROLE.has(w));
}

/** One mention per person so introduced, none overlapping `taken` (sorted by start) or a region. */
export function namedPersonMentions(doc: Doc, taken: readonly Mention[], inRegion: (pos: number) => boolean): Mention[] {
  const out = objectList<Mention>();
  const { text } = doc;
  if (!text.includes(NAMING_CUE)) return out;
  for (const m of text.matchAll(NAMED_RE)) {
    if (RELATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || !personBefore(text, m.index)) continue;
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (!canNamePerson(nameTokens(name)) || inRegion(start) || taken.some((t) => t.start < end && t.end > start)) continue;
    out.push(mention(start, end, null, null, name));
  }
  return out;
}
