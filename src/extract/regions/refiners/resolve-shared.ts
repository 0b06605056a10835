// Refiner `resolve-shared`: a bare name shared by a regency and a city (`Malang`, `Bima`) joins the one the article
// names explicitly (`Kota Malang`, `Pemkab Bima`) when only one is; else, when the article speaks of one level only
// with no name after it (`Wali kota meminta …`, `ASN Pemkot`; BARE_LEVEL_WORDS), that level.
import { areaByCode } from '../../../lexicon/gazetteer.js';
import { BARE_LEVEL_WORDS } from '../../../lexicon/region-aliases.js';
import { alternationOf, SPACE } from '../../../text/regex.js';
import { type Hit, withCode } from '../hit.js';

const levelWordsRe = (words: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(words, { space: SPACE.blank1to2 })})(?![\\p{L}\\p{N}])`, 'giu');
const BARE_REGENCY_RE = levelWordsRe(BARE_LEVEL_WORDS.regency);
const BARE_CITY_RE = levelWordsRe(BARE_LEVEL_WORDS.city);

/** Whether a level word is written with no region in it or right after it (no hit starting inside it or within 2
 *  characters after it: `Pemerintah Kota Bogor` holds the hit `Kota Bogor`). */
function bareLevelWord(text: string, re: RegExp, starts: Int32Array): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // the first hit start at or after the word (binary search over the sorted starts)
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < m.index) lo = mid + 1;
      else hi = mid;
    }
    if (lo === starts.length || starts[lo]! > m.index + m[0].length + 2) return true;
  }
  return false;
}

export function resolveShared(hits: Hit[], text: string): Hit[] {
  const explicit = new Set<string>();
  let pending = false;
  for (const h of hits) {
    if (!h.shared && !h.needsRegencyContext) explicit.add(h.code);
    else if (h.shared) pending = true;
  }
  if (!pending) return hits;
  // the level the article's bare level words speak of, if only one (read once, and only when a shared name needs it)
  let bareLevel: 'regency' | 'city' | null | undefined;
  const levelOfBareWords = (): 'regency' | 'city' | null => {
    if (bareLevel !== undefined) return bareLevel;
    const starts = Int32Array.from(hits.map((h) => h.start)).sort();
    const regency = bareLevelWord(text, BARE_REGENCY_RE, starts);
    const city = bareLevelWord(text, BARE_CITY_RE, starts);
    bareLevel = regency === city ? null : regency ? 'regency' : 'city';
    return bareLevel;
  };
  const out: Hit[] = [];
  for (const h of hits) {
    if (!h.shared) {
      out.push(h);
      continue;
    }
    // the one code of the shared name that the article names explicitly, if exactly one
    let named: string | null = null;
    let count = 0;
    for (const c of h.shared)
      if (explicit.has(c)) {
        named = c;
        count++;
      }
    if (count === 0) {
      const level = levelOfBareWords();
      if (level !== null) for (const c of h.shared) if (areaByCode(c)?.level === level) named = c;
      count = named === null ? 0 : 1;
    }
    out.push(count === 1 && named !== h.code ? withCode(h, named!) : h);
  }
  return out;
}
