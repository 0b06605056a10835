// Parser `coordinated-level`: `Pemkab dan Pemkot Bekasi`, `Bupati dan Wali Kota Bogor`, `Kota dan Kabupaten Malang`,
// `Kota/Kabupaten Bima` — two levels joined before one name that both a regency and a city bear: the name stands
// for both. The hit after the second level word is already there (prefix or level cue); this parser adds the
// other level's region, with no span of its own (the name's span is the first hit's).
//   pattern — COORDINATED_RE: a level word, `dan`/`serta`/`atau`/`/`/`&`, the other level's word, then a hit.
//   extract — the hit's name read at the first word's level, when the gazetteer has that level for it.
import { areaByCode } from '../../../lexicon/gazetteer.js';
import { COORDINATED_LEVEL_WORDS, LIST_CONJUNCTIONS } from '../../../lexicon/region-aliases.js';
import { alternationOf, SPACE } from '../../../text/regex.js';
import { compile, type Hit, newHit } from '../hit.js';

const words = (ws: readonly string[]): string => alternationOf(ws, { space: SPACE.blank1to2 });
/** The first level word and the join, right before the second level word (which is inside or right before the hit). */
const FIRST_LEVEL_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${words(COORDINATED_LEVEL_WORDS.regency)})|(${words(COORDINATED_LEVEL_WORDS.city)}))(?:[ \\t]{1,2}(?:${words(LIST_CONJUNCTIONS)})[ \\t]{1,2}|[ \\t]?[/&][ \\t]?)((?:${words([...COORDINATED_LEVEL_WORDS.regency, ...COORDINATED_LEVEL_WORDS.city])})[ \\t]{1,2})?$`,
  'iu',
);
/** The second level word at the start of a hit's span (`Kota Bekasi`, an admin prefix) or right before it. */
const SECOND_LEVEL_AT = new RegExp(`^(?:${words([...COORDINATED_LEVEL_WORDS.regency, ...COORDINATED_LEVEL_WORDS.city])})[ \\t]{1,2}`, 'iu');
const SECOND_LEVEL_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words([...COORDINATED_LEVEL_WORDS.regency, ...COORDINATED_LEVEL_WORDS.city])})[ \\t]{1,2}$`, 'iu');

export function extractCoordinated(text: string, hits: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    if (h.start < 0) continue;
    const level = areaByCode(h.code)?.level;
    if (level !== 'regency' && level !== 'city') continue;
    // where the second level word starts: the hit's own prefix, or the word before the hit
    const span = text.slice(h.start, h.end);
    const atPrefix = SECOND_LEVEL_AT.exec(span);
    const lo = Math.max(0, h.start - 60);
    const second = atPrefix ? null : SECOND_LEVEL_BEFORE.exec(text.slice(lo, h.start));
    if (!atPrefix && !second) continue;
    const secondStart = atPrefix ? h.start : h.start - second![0].length;
    const m = FIRST_LEVEL_BEFORE.exec(text.slice(Math.max(0, secondStart - 40), secondStart));
    if (!m) continue;
    const firstLevel = m[1] !== undefined ? 'regency' : 'city';
    if (firstLevel === level) continue;
    const name = (atPrefix ? span.slice(atPrefix[0].length) : span).toLowerCase();
    for (const c of compile().byName.get(name) ?? [])
      if (areaByCode(c)?.level === firstLevel) out.push(newHit(c, -1, -1, 'coordinated-level'));
  }
  return out;
}
