// A post copied from a social network (issue 22, clean21): its furniture has a fixed grammar, read here as one family.
//   - top: the poster, a page's name right above the post's time line, which ends in the audience dot ("Forum Pemantau
//     Pemilu Sintang" / "12 November 2024 ·" / "🌐"; "3 j ·"), or an account's handle alone on its line
//     ("bawaslu.kotasorong", "@kpu_kabmalang": rules/platform.ts `social-handle-line`), and the post's location a few
//     lines under it ("Serui, Kepulauan Yapen": `isPostLocationAt`);
//   - bottom: the reaction block's label and its count on the next line ("Semua reaksi:" / "73":
//     rules/platform.ts `social-reaction-line`, the count below by `reactionCountUnder`), the buttons and the comment
//     box's placeholder ("Tambahkan komentar...": lexicon/boilerplate.ts FURNITURE_LINES).
// Negatives: a name-shaped headline above an ordinary date row (no audience dot) stays; a number alone under a body
// line ending in a colon ("Jumlah laporan sejak Oktober:" / "73") stays; "Reaksi Warga" (a subhead) stays.
import { SOCIAL_COUNT_UNITS } from '../lexicon/page-widgets.js';
import { isPlaceNameLine } from './menu-rows.js';
import { alt } from './rules/build.js';
import { countSpacedWords } from '../text/words.js';
import type { Gathered } from './gathered.js';
import type { Line } from './lines.js';

/** A post's time line ends in the audience dot, an icon after it or not ("25 November 2024 ·", "3 j · 🌏"). */
const AUDIENCE_DOT_END = /\s[·•](?:\s{0,2}\p{Extended_Pictographic}\uFE0F?)?$/u;
/** A poster's name: capitalised words, acronyms, abbreviations ("Panwaslih Kab. Aceh Tenggara", "KPU Kota Ternate"),
 *  no sentence or clause mark at its end. */
const POSTER = /^[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?:\s[\p{L}\p{N}(][\p{L}\p{N}.'’&()-]*)*(?<![.,;:!?])$/u;
/** A poster's name has at most this many words (an organisation's full name: "Panitia Pengawas Pemilihan Kabupaten
 *  Aceh Tenggara"); a headline is longer or has a verb, but neither matters: only the line right above an
 *  audience-dot time line, at the page top, is read. */
export const POSTER_MAX_WORDS = 8;
/** Three lower-case words in a row: a clause, no name. */
const CLAUSE = /(?:^|\s)\p{Ll}+\s\p{Ll}+\s\p{Ll}+(?:\s|$)/u;

/** Whether `text` is a social post's time line (ends in the audience dot). */
export function isAudienceStamp(text: string): boolean {
  return AUDIENCE_DOT_END.test(text) && /\p{N}/u.test(text);
}

/**
 * After the post's time line `l` was dropped: the poster's name right above it at the page top (the first line kept, or
 * under nothing but labels) goes too. clean21's own page: "Relawan Demokrasi Ternate" / "3 j ·" / "🌐" / the post's
 * headline in capitals. Never under a sentence (`isSentence`).
 */
export function dropPosterAbove(kept: Line[], l: Line, out: Gathered, isSentence: (t: string) => boolean): void {
  if (!isAudienceStamp(l.text)) return;
  const p = kept[kept.length - 1];
  if (p === undefined || p.no !== l.no - 1 || !POSTER.test(p.text) || CLAUSE.test(p.text)) return;
  if (countSpacedWords(p.text, POSTER_MAX_WORDS + 1) > POSTER_MAX_WORDS || kept.some((k) => isSentence(k.text))) return;
  kept.pop();
  out.drop('byline', 'social-poster-line', p.raw);
}

/** A social count alone on its line: "73", "1.204", "1,2 rb", "12K". */
export const SOCIAL_COUNT = `\\d{1,3}(?:[.,]\\d{1,3})*(?:\\s{0,2}(?:${alt(SOCIAL_COUNT_UNITS)}))?`;
const COUNT_LINE = new RegExp(`^${SOCIAL_COUNT}$`, 'iu');

/** After a reaction label alone (`nonBlank[i]`, "Semua reaksi:"): its count on the very next line goes. Returns 0 or 1. */
export function reactionCountUnder(nonBlank: readonly Line[], i: number, out: Gathered): number {
  const n = nonBlank[i + 1];
  if (n === undefined || n.no !== nonBlank[i]!.no + 1 || !COUNT_LINE.test(n.text)) return 0;
  out.drop('furniture', 'social-reaction-count', n.raw);
  return 1;
}

/** An account's handle alone on its line: lower case, no space, a dot or an underscore inside, or an at sign before it
 *  ("bawaslu.kotasorong", "humas_polresbima", "@kpu_kabmalang"). */
export const HANDLE_LINE = /^(?:@[a-z0-9_.]{2,30}|(?=[a-z0-9_.]{4,30}$)[a-z0-9_]*[a-z][a-z0-9_]*(?:[._][a-z0-9_]+)+)$/u;
/** A post's location is read at most this many lines under the handle (handle / "•" / "Mengikuti" / location). */
export const POST_LOCATION_MAX_GAP = 3;
/** A place's parts: a town of one to three capitalised words before a region's name ("Serui, Kepulauan Yapen"). */
const TOWN = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;

/** A post's location: a region's name (the gazetteer: clean/menu-rows.ts `isPlaceNameLine`), or a town and a comma
 *  before one ("Serui, Kepulauan Yapen", "Sanana, Kepulauan Sula"). */
function isPostLocation(text: string): boolean {
  const parts = text.split(', ');
  if (parts.length > 2) return false;
  return isPlaceNameLine(parts[parts.length - 1]!) && (parts.length === 1 || TOWN.test(parts[0]!));
}

/**
 * Whether `nonBlank[i]` is a social post's location: a place line at most POST_LOCATION_MAX_GAP lines under an account's
 * handle, above the body (no sentence kept). clean21's own page: "bawaslu.kotasorong" / "Mengikuti" / "Kota Sorong".
 * A place line under a headline or a sentence is left to the other steps.
 */
export function isPostLocationAt(nonBlank: readonly Line[], i: number, kept: readonly Line[], isSentence: (t: string) => boolean): boolean {
  if (!isPostLocation(nonBlank[i]!.text) || kept.some((k) => isSentence(k.text))) return false;
  for (let k = i - 1; k >= 0 && k >= i - POST_LOCATION_MAX_GAP; k--) if (HANDLE_LINE.test(nonBlank[k]!.text)) return true;
  return false;
}
