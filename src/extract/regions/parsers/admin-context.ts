// Parser `admin-context`: districts and villages, only after `Kecamatan`, `Desa`, `Kelurahan` (`Kec.`, `Kel.`), and
// districts after a district's title or body (`Camat Kediri`, `Panwascam Depok`: the span is the name alone).
//   pattern — ADMIN_CONTEXT_AT at a word run that is one of the admin words.
//   extract — the longest prefix of the capitalised words after it that is a district / village name; its regency
//             is confirmed later (refiner confirm-places).
import { type Area, districtsByName, villagesByName } from '../../../lexicon/gazetteer.js';
import { type TextIndex, asIndex } from '../../../text/index.js';
import { ADMIN_AREA_WORDS, DISTRICT_TITLE_WORDS, LIST_CONJUNCTIONS } from '../../../lexicon/region-aliases.js';
import { SPACE, alternationOf } from '../../../text/regex.js';
import { codesOf, compile, type Hit, newHit } from '../hit.js';
import { stickyAt } from '../../officials/scan.js';

const ADMIN_CONTEXT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternationOf([...ADMIN_AREA_WORDS.district, ...ADMIN_AREA_WORDS.village, ...DISTRICT_TITLE_WORDS], { space: SPACE.literal })})[ \\t]{1,2}(\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t-]\\p{Lu}[\\p{L}'’]{0,30}){0,3})`,
  'gu',
);
/** ADMIN_CONTEXT_RE anchored, tried only at words that can open it: its look-behind puts every match at the
 *  start of a word run, and that run's lower-cased text is one of ADMIN_WORDS. */
const ADMIN_CONTEXT_AT = new RegExp(ADMIN_CONTEXT_RE.source, 'uy');
const ADMIN_WORDS = new Set([...ADMIN_AREA_WORDS.district, ...ADMIN_AREA_WORDS.village, ...DISTRICT_TITLE_WORDS].map((w) => w.replace(/\./gu, '').toLowerCase()));
const TITLE_WORDS = new Set(DISTRICT_TITLE_WORDS);
/** Their first letters as ADMIN_CONTEXT_RE writes them (every form starts with a capital `K` or `D`, so the
 *  common lower-case `desa` is ruled out at once), and their lengths as bits: most runs are ruled out
 *  without hashing them. */
const ADMIN_FIRST = new Uint8Array(128);
for (const w of ADMIN_WORDS) ADMIN_FIRST[w.toUpperCase().charCodeAt(0)] = 1;
const ADMIN_LENGTHS = [...ADMIN_WORDS].reduce((bits, w) => bits | (1 << w.length), 0);

/** The next item of a list of places after one (`Kecamatan Mengkendek, Sangalla, Rantetayo dan Bonggakaradeng`): a
 *  list gap (`, `, `, dan `, ` dan `, ` serta `), then capitalised words. */
const LIST_ITEM_AT = new RegExp(
  `(?:,[ \\t]{1,2}(?:(?:${alternationOf(LIST_CONJUNCTIONS, { space: SPACE.literal })})[ \\t]{1,2})?|[ \\t]{1,2}(?:${alternationOf(LIST_CONJUNCTIONS, { space: SPACE.literal })})[ \\t]{1,2})(\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t-]\\p{Lu}[\\p{L}'’]{0,30}){0,3})`,
  'uy',
);

/** The words of a name that starts at `at` in the text, each with its end in the text. */
function wordsAt(name: string, at: number): { words: string[]; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  for (const m of name.matchAll(/[^ \t]+/gu)) {
    words.push(m[0]);
    ends.push(at + m.index + m[0].length);
  }
  return { words, ends };
}

/** The longest prefix of the words of `name` (at `at` in the text) that `lookup` finds, with its end, or null. */
function longestPlace(name: string, at: number, lookup: (name: string) => readonly Area[]): { found: readonly Area[]; end: number } | null {
  const { words, ends } = wordsAt(name, at);
  const spacedFirst = compile().spaced.get(words[0]!.toLowerCase());
  for (let n = words.length; n >= 1; n--) {
    let found = lookup(words.slice(0, n).join(' '));
    if (found.length === 0 && spacedFirst !== undefined) found = lookup([spacedFirst, ...words.slice(1, n)].join(' '));
    if (found.length === 0) continue;
    return { found, end: ends[n - 1]! };
  }
  return null;
}

export function extractAdminContext(src: string | TextIndex): Hit[] {
  const ix = asIndex(src);
  const text = ix.text;
  const out: Hit[] = [];
  const runs = ix.runs;
  const lowers = ix.runLowers;
  let from = 0;
  for (let k = 0; k < runs.count; k++) {
    const start = runs.starts[k]!;
    const len = runs.ends[k]! - start;
    if (start < from || len > 30 || !(ADMIN_LENGTHS & (1 << len)) || ADMIN_FIRST[text.charCodeAt(start) & 0x7f] !== 1) continue;
    if (!ADMIN_WORDS.has(lowers[k]!)) continue;
    ADMIN_CONTEXT_AT.lastIndex = start;
    const m = ADMIN_CONTEXT_AT.exec(text);
    if (m === null) continue;
    from = m.index + m[0].length;
    const title = TITLE_WORDS.has(m[1]!);
    const kind = title || m[1]!.toLowerCase().startsWith('kec') ? 'district' : 'village';
    const nameStart = m.index + m[0].length - m[2]!.length;
    // Longest prefix of the capitalised words that is a district/village name; a first word that is a region's
    // joined spelling (`Kecamatan Tebingtinggi Barat`) is also looked up as the gazetteer spells it (districts are
    // often named after their regency or city: `Tebing Tinggi Barat`).
    const lookup = (name: string): readonly Area[] => (kind === 'district' ? districtsByName(name) : villagesByName(name));
    const first = longestPlace(m[2]!, nameStart, lookup);
    if (!first) continue;
    const rule = title ? 'district-title' : kind === 'district' ? 'kecamatan-context' : 'desa-context';
    if (title) {
      out.push(newHit(first.found[0]!.code, nameStart, first.end, rule, true, codesOf(first.found)));
      continue;
    }
    // `Kecamatan Mengkendek, Sangalla, Rantetayo dan Bonggakaradeng`, `Desa A, B dan C`: the items listed after the
    // unit word are units of the same level under the same parent. Each item narrows the parents to those its
    // readings share with every item before it; the list stops at the first item with none left, and every item
    // keeps only the readings under the parents the whole list shares (an item read in another province than the
    // others is not one of them).
    let parents = new Set(first.found.map((a) => a.parent));
    const items: Array<{ found: readonly Area[]; start: number; end: number; rule: string }> = [{ found: first.found, start: m.index, end: first.end, rule }];
    let end = first.end;
    for (let i = 0; i < 12; i++) {
      const item = stickyAt(LIST_ITEM_AT, text, end);
      if (!item) break;
      const itemStart = end + item[0].length - item[1]!.length;
      const shared = parents;
      const next = longestPlace(item[1]!, itemStart, (name) => lookup(name).filter((a) => shared.has(a.parent)));
      if (!next) break;
      parents = new Set(next.found.map((a) => a.parent));
      items.push({ found: next.found, start: itemStart, end: next.end, rule: `${rule}-list` });
      end = next.end;
    }
    for (const it of items) {
      const found = it.found.filter((a) => parents.has(a.parent));
      out.push(newHit(found[0]!.code, it.start, it.end, it.rule, true, codesOf(found)));
    }
    from = Math.max(from, end);
  }
  return out;
}
