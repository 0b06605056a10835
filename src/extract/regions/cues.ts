// Context cues before a gazetteer name: admin prefixes (`Kabupaten`), level cues (`Pemkab`, `Wali Kota`), context
// words (`Kapolres`, `di`), unit numbers (`Dandim 0905/`), mastheads (`Radar`); and cueMask(), which says which of
// their regexes can match a window before any is run.
import { REGION_PREFIX_WORDS } from '../../lexicon/admin-units.js';
import { classBefore, LETTER_OR_DIGIT } from '../../lexicon/matcher.js';
import {
  ACADEMIC_NAME_HEADS,
  FACILITY_NAME_HEADS,
  CULTURE_WORDS_BEFORE,
  DISTRICT_TITLE_WORDS,
  MEDIA_WORDS_AFTER,
  MEDIA_WORDS_BEFORE,
  REGION_CONTEXT_BEFORE,
  REGION_LEVEL_CUES,
  REGION_WEAK_CONTEXT_BEFORE,
  UNIT_NUMBER_BEFORE,
} from '../../lexicon/region-aliases.js';
import { DINAS_ACRONYMS, REGIONAL_AGENCY_ACRONYMS } from '../../lexicon/titles.js';
import { SPACE, alternationOf, alternationOfSources, escapeRe } from '../../text/regex.js';

// Administrative words right before a name, included in the span: they also pick the level.
// Written in lower case too, as a common noun: "warga di kota Madiun", "di kabupaten Bima".
export const PREFIX_RE =
  /(?<![\p{L}\p{N}])(?:([Kk]abupaten|KABUPATEN|Kab\.?|KAB\.?)|(?<![Ww]ali[ \t]{1,2}|WALI[ \t]{1,2})([Kk]ota(?: Administrasi| Adm\.)?|KOTA)|([Pp]rovinsi|PROVINSI|Prov\.?))[ \t]{1,2}$/u;
// Words before a name (not in the span) that pick the level: `Pemkab Bima`, `Wali Kota Bima`.
// (groups 1-3: regency, city, province; words from REGION_LEVEL_CUES, each word's first letter in either case, or
// all in capitals)
// (the kit's alternationOfSources keeps this order: longest phrase first, each as written then in capitals)
const levelAlternation = (phrases: readonly string[]): string =>
  alternationOfSources(
    [...phrases]
      .sort((a, b) => b.length - a.length)
      .flatMap((p) => [p.split(' ').map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRe(w.slice(1))}`).join(' '), escapeRe(p.toUpperCase())]),
  );
export const LEVEL_CUE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${levelAlternation(REGION_LEVEL_CUES.regency)})|(${levelAlternation(REGION_LEVEL_CUES.city)})|(${levelAlternation(REGION_LEVEL_CUES.province)}))[ \\t]{1,2}$`,
  'u',
);
export const CONTEXT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOf([...REGION_CONTEXT_BEFORE, ...REGIONAL_AGENCY_ACRONYMS, ...DINAS_ACRONYMS], { space: SPACE.blank1to2 })})\\.?[ \\t]{1,2}$`,
  'iu',
);
// `Dandim 0905/Balikpapan`, `Kodim 1608/Bima`: a military unit number, then the region.
export const UNIT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(UNIT_NUMBER_BEFORE, { space: SPACE.blank1to2 })})[ \\t]{1,2}\\d{2,4}[ \\t]{0,2}/[ \\t]{0,2}$`, 'u');
export const WEAK_CONTEXT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(REGION_WEAK_CONTEXT_BEFORE, { space: SPACE.blank1to2 })})[ \\t]{1,2}$`, 'iu');
export const MEDIA_AFTER = new Set(MEDIA_WORDS_AFTER);
export const MEDIA_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(MEDIA_WORDS_BEFORE, { space: SPACE.blank1to2 })})[ \\t]{1,2}$`, 'u');
export const UPPER_START = /^\p{Lu}/u;
// `adat Minahasa`, `suku Bima`: a people or a custom (lower-case words only: `Dewan Adat Papua` stays a region).
export const CULTURE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(CULTURE_WORDS_BEFORE, { space: SPACE.blank1to2 })})[ \\t]{1,2}$`, 'u');
// `Camat Kediri`, `Panwascam Depok`: the name is a district (parser admin-context), not a regency or city.
export const DISTRICT_TITLE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(DISTRICT_TITLE_WORDS, { space: SPACE.blank1to2 })})[ \\t]{1,2}$`, 'u');
/** The head words of ACADEMIC_NAME_HEADS and FACILITY_NAME_HEADS, as their tokens (`Sekolah Tinggi` → [`sekolah`,
 *  `tinggi`]): a region name ending a name that opens with one is that institution's or facility's. */
export const NAME_HEADS: ReadonlyArray<readonly string[]> = [...ACADEMIC_NAME_HEADS, ...FACILITY_NAME_HEADS].map((h) => h.toLowerCase().split(' '));

/** One bit per context regex above (a mask says which of them can match a window, see cueMask). */
export const CUE_PREFIX = 1;
export const CUE_LEVEL = 2;
export const CUE_CONTEXT = 4;
export const CUE_UNIT = 8;
export const CUE_WEAK = 16;
export const CUE_MEDIA = 32;
export const CUE_CULTURE = 64;
export const CUE_DISTRICT_TITLE = 128;
const CUE_ALL = 255;

/**
 * The last word each of the `…$` regexes above can end on, lower-cased (the word right before the final
 * `\.?[ \t]{1,2}`), with the bits of the regexes that end on it. Those regexes are run at every start position
 * of the 40-char window, for every gazetteer match, yet match rarely: cueMask() first looks up the word the
 * window ends on, and only the regexes that can end on it are run (`di Lombok` runs none of the level regexes).
 */
const CUE_LAST_WORDS = new Map<string, number>();
function addCueWords(bit: number, phrases: readonly string[]): void {
  for (const p of phrases) {
    const w = p.split(' ').pop()!.toLowerCase();
    CUE_LAST_WORDS.set(w, (CUE_LAST_WORDS.get(w) ?? 0) | bit);
  }
}
addCueWords(CUE_PREFIX, REGION_PREFIX_WORDS);
// `Wali Kota` ends on `kota`, `Walikota` is one word
addCueWords(CUE_LEVEL, [...REGION_LEVEL_CUES.regency, ...REGION_LEVEL_CUES.city, ...REGION_LEVEL_CUES.province]);
addCueWords(CUE_WEAK, REGION_WEAK_CONTEXT_BEFORE);
addCueWords(CUE_CONTEXT, [...REGION_CONTEXT_BEFORE, ...REGIONAL_AGENCY_ACRONYMS, ...DINAS_ACRONYMS]);
addCueWords(CUE_MEDIA, MEDIA_WORDS_BEFORE);
addCueWords(CUE_CULTURE, CULTURE_WORDS_BEFORE);
addCueWords(CUE_DISTRICT_TITLE, DISTRICT_TITLE_WORDS);

const isAsciiAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
export const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * The bits of the regexes among PREFIX_RE, LEVEL_CUE_RE, CONTEXT_RE, UNIT_RE, WEAK_CONTEXT_RE, MEDIA_BEFORE_RE
 * that can match the window `text.slice(lo, end)` (a necessary condition only: for a set bit, the regex decides).
 * All but UNIT_RE end with a word of CUE_LAST_WORDS (only PREFIX_RE and CONTEXT_RE then allow a `.`) and
 * 1–2 spaces/tabs; UNIT_RE ends with `/` and 0–2 of them. A word with non-ASCII letters is not looked up
 * (`/iu` folds e.g. `ſ` to `s`): every regex decides.
 */
export function cueMask(text: string, lo: number, end: number): number {
  // `text.slice(lo, end)` is the window the regexes see; read in place, it is sliced only when a bit is set
  let i = end;
  let spaces = 0;
  while (spaces < 2 && i > lo && isSpaceOrTab(text.charCodeAt(i - 1))) {
    i--;
    spaces++;
  }
  if (i > lo && text.charCodeAt(i - 1) === 0x2f) return CUE_UNIT; // `/`
  if (spaces === 0) return 0;
  let dotMask = CUE_ALL;
  if (i > lo && text.charCodeAt(i - 1) === 0x2e) {
    i--; // `.`
    dotMask = CUE_PREFIX | CUE_CONTEXT;
  }
  let j = i;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (isAsciiAlnum(c)) j--;
    else if (c >= 0x80 && classBefore(text, j) & LETTER_OR_DIGIT) return CUE_ALL;
    else break;
  }
  if (j === i) return 0;
  return (CUE_LAST_WORDS.get(text.slice(j, i).toLowerCase()) ?? 0) & dotMask;
}

/** For the equivalence test: cueMask, and each context regex with its bit. */
export const cueInternals = {
  cueMask,
  regexes: [
    [CUE_PREFIX, PREFIX_RE],
    [CUE_LEVEL, LEVEL_CUE_RE],
    [CUE_CONTEXT, CONTEXT_RE],
    [CUE_UNIT, UNIT_RE],
    [CUE_WEAK, WEAK_CONTEXT_RE],
    [CUE_MEDIA, MEDIA_BEFORE_RE],
    [CUE_CULTURE, CULTURE_RE],
    [CUE_DISTRICT_TITLE, DISTRICT_TITLE_RE],
  ] as ReadonlyArray<readonly [number, RegExp]>,
};
