// Refiner `list-items`: a risky name with no context of its own (`Medan`) is kept as an item of a list of regions
// ("Sulawesi Selatan, Medan, dan Pekanbaru"), a count list among them ("Bangkalan 34, Sampang 21, dan Sumenep 7"); a shared name in a list of cities is the city ("Padang, Solok, dan
// Bukittinggi", "kota Tangerang, Bekasi, dan Bogor": each settled item settles the next), and in a list of regencies
// the regency ("Kabupaten Bogor, Bekasi, dan Karawang").
import { areaByCode } from '../../../lexicon/gazetteer.js';
import { LIST_CONJUNCTIONS } from '../../../lexicon/region-aliases.js';
import { MONTH_NAMES, WEEKDAYS } from '../../../lexicon/calendar.js';
import { alternationOf, SPACE } from '../../../text/regex.js';
import { type Hit, newHit } from '../hit.js';
import { endsVenueChain } from '../venue-chain.js';
import type { RegionLevel } from '../../../model.js';

/** Between two items of a list of places: `, `, `, dan `, ` dan `, ` serta `, ` atau `. */
const CONJ = alternationOf(LIST_CONJUNCTIONS, { space: SPACE.literal });
const LIST_GAP = new RegExp(`^(?:,[ \\t]{1,2}(?:(?:${CONJ})[ \\t]{1,2})?|[ \\t]{1,2}(?:${CONJ})[ \\t]{1,2})$`, 'u');
/** The longest LIST_GAP (`, serta  `: a comma, 2 spaces, the longest conjunction, 2 spaces), so a gap is sliced only
 *  when it can be one. */
const LIST_GAP_MAX = 5 + Math.max(...LIST_CONJUNCTIONS.map((w) => w.length));

/** The count an item of a count list carries after its place (`Bangkalan 34, Sampang 21, dan Sumenep 7`, `Bone 24 dan
 *  Gowa 20`, `Wajo (18 laporan); Bone (12 laporan)`): digits with their thousands groups, an optional unit word, an
 *  optional bracket. */
const ITEM_COUNT = '[ \\t]{1,2}\\(?\\d{1,3}(?:[.,]\\d{3})*(?:[ \\t]{1,2}\\p{L}{2,12})?\\)?';
/** Between two items of a count list: the first item's count, then a list gap (or a semicolon). */
const COUNT_GAP = new RegExp(`^${ITEM_COUNT}(?:,[ \\t]{1,2}(?:(?:${CONJ})[ \\t]{1,2})?|;[ \\t]{1,2}|[ \\t]{1,2}(?:${CONJ})[ \\t]{1,2})$`, 'u');
/** A count right after the last item of a count list. */
const COUNT_AFTER = new RegExp(`^${ITEM_COUNT}(?![\\p{L}\\p{N}])`, 'u');
/** The longest COUNT_GAP worth slicing: two spaces, a bracket, `1.234.567`, two spaces, a 12-letter unit, a bracket,
 *  then the longest list gap. */
const COUNT_GAP_MAX = 29 + LIST_GAP_MAX;

/** A capitalised word right after an item (`Bima Saputra`), group 1, and at most one more, closed as a name is: by a
 *  comma or a lower-case word (`Bima Saputra, mengatakan`; not a headline in title case, `Makassar dan Gowa
 *  Masing-masing Tangani 5 Kasus`). */
const CAP_WORD_AFTER = /^[ \t]{1,2}(\p{Lu}\p{Ll}[\p{L}'’-]{0,30})(?:[ \t]{1,2}\p{Lu}\p{Ll}[\p{L}'’-]{0,30})?(?=[ \t]{0,2},|[ \t]{1,2}\p{Ll})/u;
/** Words that may follow a place in a sentence, capitalised: weekdays and months (`di Ende, Bima Kamis lalu`). */
const DATE_WORDS: ReadonlySet<string> = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTH_NAMES)].map((w) => w.toLowerCase()));
/** `Kadinkes Sikka, Bima Saputra, mengatakan`: a risky name (listOnly) that a capitalised word goes on from, not the next
 *  hit, opens a person's name (the holder's after a title and its region) and is no item of a list of places. */
function opensName(text: string, h: Hit, next: Hit | undefined): boolean {
  const m = CAP_WORD_AFTER.exec(text.slice(h.end, h.end + 72));
  if (!m || DATE_WORDS.has(m[1]!.toLowerCase())) return false;
  return next === undefined || next.start !== h.end + m[0].indexOf(m[1]!);
}

function listNeighbours(text: string, a: Hit, b: Hit): boolean {
  if (a.end < 0 || b.start < a.end) return false;
  const gap = b.start - a.end;
  if (gap <= LIST_GAP_MAX && LIST_GAP.test(text.slice(a.end, b.start))) return true;
  return gap <= COUNT_GAP_MAX && COUNT_GAP.test(text.slice(a.end, b.start));
}

/** Two unconfirmed names that are items of one count list, each with its count (`disusul Bone 24 dan Gowa 20`): a
 *  table of places written as a sentence. */
function countListPair(text: string, a: Hit, b: Hit): boolean {
  return a.end >= 0 && b.start - a.end <= COUNT_GAP_MAX && COUNT_GAP.test(text.slice(a.end, b.start)) && COUNT_AFTER.test(text.slice(b.end, b.end + 24));
}

export function confirmListItems(text: string, hits: Hit[]): Hit[] {
  let pending = 0;
  for (const h of hits) if (h.listOnly || h.shared) pending++;
  if (pending === 0) return hits;
  // a name that closes a place phrase after a venue (`di Kantor Bawaslu, Serang,`) stands confirmed, as a list's item
  const ok = hits.map((h) => !h.listOnly || endsVenueChain(text, h));
  // two unconfirmed items of a count list confirm each other, in an article that names a region of its own
  if (ok.includes(true))
    for (let k = 0; k + 1 < hits.length; k++)
      if (!ok[k] && !ok[k + 1] && countListPair(text, hits[k]!, hits[k + 1]!)) ok[k] = ok[k + 1] = true;
  // a list item confirms the next one: repeat until nothing changes (each pass confirms at least one more)
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < hits.length; k++) {
      if (ok[k] || (hits[k]!.listOnly && opensName(text, hits[k]!, hits[k + 1]))) continue;
      if ((k > 0 && ok[k - 1] && listNeighbours(text, hits[k - 1]!, hits[k]!)) || (k + 1 < hits.length && ok[k + 1] && listNeighbours(text, hits[k]!, hits[k + 1]!))) {
        ok[k] = true;
        changed = true;
      }
    }
  }
  // A shared name next to a list item of a settled level (a city or a regency not shared, or a shared item already
  // settled) takes that level; repeated, so `kota Tangerang, Bekasi, dan Bogor` settles Bekasi, then Bogor.
  const settled: Array<RegionLevel | null> = hits.map((h, k) => (ok[k] && h.shared === null ? (areaByCode(h.code)?.level ?? null) : null));
  const levelOf = (h: Hit, level: RegionLevel): string | null => {
    for (const c of h.shared!) if (areaByCode(c)?.level === level) return c;
    return null;
  };
  const code: Array<string | null> = hits.map(() => null);
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      if (!ok[k] || h.shared === null || settled[k] !== null) continue;
      for (const j of [k - 1, k + 1]) {
        const lv = j >= 0 && j < hits.length ? settled[j] : null;
        if ((lv !== 'city' && lv !== 'regency') || !(j < k ? listNeighbours(text, hits[j]!, h) : listNeighbours(text, h, hits[j]!))) continue;
        const c = levelOf(h, lv);
        if (c === null) continue;
        code[k] = c;
        settled[k] = lv;
        changed = true;
        break;
      }
    }
  }
  const out: Hit[] = [];
  for (let k = 0; k < hits.length; k++) {
    if (!ok[k]) continue;
    const h = hits[k]!;
    const c = code[k];
    if (c !== null) out.push(newHit(c, h.start, h.end, h.rule, h.needsRegencyContext, h.candidates, null));
    else out.push(h.listOnly ? newHit(h.code, h.start, h.end, h.rule, h.needsRegencyContext, h.candidates, h.shared) : h);
  }
  return out;
}
