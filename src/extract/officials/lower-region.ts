// A region written in lower case after a title written in lower case (`kata kepala dinas kominfo ponorogo, Wahyudi
// Hermanto`, `ujar ketua bawaslu kota madiun, Budi Santoso`). The regions extractor reads capitalised names only;
// here, right after a lower-case title's complement, the lower-case name of a regency, city or province (with its
// `kota`/`kabupaten`/`provinsi` word, which a name that is also a common word needs: `kota batu`, never `batu`) is
// the title's region when a comma and a capitalised word (the holder) follow it.
import { SPACE, alternationOf } from '../../text/regex.js';
import { RISKY_REGION_NAMES } from '../../lexicon/region-aliases.js';
import { regionsNamed } from './complement.js';
import { stickyAt } from './scan.js';
import type { RegionAt } from './types.js';
import { LOWER_CASE_LEVELS } from '../../lexicon/admin-units.js';

const LEVEL_RE = new RegExp(`(${alternationOf(LOWER_CASE_LEVELS, { space: SPACE.literal })})[ \\t]{1,2}`, 'uy');
const LOWER_WORD_RE = /\p{Ll}[\p{Ll}-]{1,30}/uy;
const SPACE_RE = /[ \t]{1,2}/uy;
const HOLDER_AFTER_RE = /^[ \t]{0,2},[ \t]{1,2}\p{Lu}/u;
const RISKY: ReadonlySet<string> = new Set(RISKY_REGION_NAMES.map((n) => n.toLowerCase()));
const LEVEL_OF: Readonly<Record<string, 'city' | 'regency' | 'province'>> = { kota: 'city', kabupaten: 'regency', 'kab.': 'regency', provinsi: 'province' };

/** The region written in lower case at `p` after a lower-case title (see above), or undefined. */
export function lowerRegionAt(text: string, p: number, role: string): RegionAt | undefined {
  // only after a title whose last word is in lower case, at a lower-case word
  if (!/\p{Ll}/u.test(text.charAt(p - 2)) || !/\p{Ll}/u.test(text.charAt(p))) return undefined;
  const lv = stickyAt(LEVEL_RE, text, p);
  let q = p + (lv ? lv[0].length : 0);
  const ends: number[] = [];
  for (let i = 0; i < 3; i++) {
    const w = stickyAt(LOWER_WORD_RE, text, q);
    if (!w) break;
    q += w[0].length;
    ends.push(q);
    const s = stickyAt(SPACE_RE, text, q);
    if (!s) break;
    q += s[0].length;
  }
  const start = p + (lv ? lv[0].length : 0);
  for (let n = ends.length; n >= 1; n--) {
    const end = ends[n - 1]!;
    if (!HOLDER_AFTER_RE.test(text.slice(end, end + 6))) continue;
    const bare = text.slice(start, end).replace(/[ \t]+/gu, ' ');
    if (!lv && n === 1 && RISKY.has(bare)) return undefined;
    const areas = regionsNamed(bare, role);
    if (!areas) return undefined;
    const level = lv ? LEVEL_OF[lv[1]!] : undefined;
    const pick = areas.find((a) => a.level === level) ?? areas.find((a) => a.level === 'regency') ?? areas[0]!;
    return { end, code: pick.code, bare };
  }
  return undefined;
}
