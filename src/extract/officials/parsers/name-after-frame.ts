// Parser `name-after-frame`: the holder of a post with no name written next to it, named by a role frame after it
// (lexicon/title-context.ts): a filling verb and its role noun phrase (`jabatan Camat Gesi saat ini diisi pelaksana
// tugas, X, yang sebelumnya …`, `Sebagai Plt Lurah Y ditunjuk sekretaris kelurahan setempat, X`), or a lower-case
// post's place (`calon kepala desa di Kecamatan Z, X`, `sekretaris desa setempat, X`): a post with nothing after it. The frame's grammar is read,
// not its words: the post, the frame, the comma of the apposition, then a plausible name the clause goes on after.
//   pattern — FRAME_FILL_RE / FRAME_PLACE_RE at the complement's end, then parseName().
//   extract — rejects an implausible name, title words, and a name the clause does not go on after.
import type { ExtractContext } from '../../../model.js';
import { SPACE, alternationOf } from '../../../text/regex.js';
import { ACTING_FRAME_WORDS, FILL_TIME_WORDS, FILL_VERBS, PLACE_FRAME_PREPOSITIONS, PLACE_UNIT_WORDS } from '../../../lexicon/titles.js';
import { PLACE_NUMBERS } from '../../../lexicon/titles-local.js';
import type { LowerWords } from '../article-words.js';
import { parseName, plausibleName } from '../names.js';
import { stickyAt } from '../scan.js';
import { titleAt } from '../title-compile.js';
import { titleWordsOnly } from '../title-phrases.js';
import type { ParsedName, RegionAt } from '../types.js';
import type { TitleParse } from './title.js';

const alt = (ws: readonly string[]): string => alternationOf(ws, { space: SPACE.blank1to2 });
/** A role noun phrase: 1–5 lower-case words or acting abbreviations (`pelaksana tugas`, `sekretaris kelurahan setempat`,
 *  `Plt`). */
const ROLE_NP = `(?:(?:\\p{Ll}+|Plt\\.?|Plh\\.?|Pj\\.?|Pjs\\.?)(?:[ \\t]{1,2}(?:\\p{Ll}+|\\(\\p{Lu}\\p{L}{1,4}\\))){0,4})`;
/** ` saat ini diisi pelaksana tugas, `, ` ditunjuk sekretaris kelurahan setempat, `, ` dijabat oleh `: the role noun
 *  phrase is closed by the apposition's comma (and must be a role: see extractNameAfterFrame). */
const FRAME_FILL_RE = new RegExp(
  `[ \\t]{1,2}(?:(?:${alt(FILL_TIME_WORDS)})[ \\t]{1,2})?(?:${alt(FILL_VERBS)})(?![\\p{L}\\p{N}])(?:[ \\t]{1,2}oleh)?(?:[ \\t]{1,2}(${ROLE_NP})[ \\t]{0,2},)?[ \\t]{1,2}(?=\\p{Lu})`,
  'uy',
);
/** ` di Kecamatan Indralaya Utara, `, ` dari Desa Sukamaju, `, ` setempat, `: a lower-case post's place. */
const CAP = `\\p{Lu}[\\p{L}'’-]+`;
const FRAME_PLACE_RE = new RegExp(
  `(?:[ \\t]{1,2}(?:${alt(PLACE_FRAME_PREPOSITIONS)})[ \\t]{1,2}(?:(?:${alt(PLACE_UNIT_WORDS)})[ \\t]{1,2})?${CAP}(?:[ \\t]{1,2}${CAP}){0,3}(?:[ \\t]{1,2}(?:${alternationOf(PLACE_NUMBERS, { space: SPACE.literal })}))?|[ \\t]{1,2}setempat)[ \\t]{0,2},[ \\t]{1,2}(?=\\p{Lu})`,
  'uy',
);
/** After the name the clause goes on: a comma, a sentence end, a bracket, or a lower-case word (its verb). */
const CLAUSE_GOES_ON_RE = /[ \t]{0,2}[,.;:)(]|[ \t]{1,2}\p{Ll}/uy;
const ACTING_WORDS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(ACTING_FRAME_WORDS)})(?![\\p{L}\\p{N}])`, 'iu');

/** The holder named by a frame after the post `t` (which has no name after it), or null; sets `t.acting` when the
 *  frame's role noun phrase says so. `bare`: nothing follows the post's head (no region, place, body), as in `calon
 *  kepala desa di Kecamatan Z, X`, `Kepala desa setempat, X` (only then the place frame). */
export function extractNameAfterFrame(
  ctx: ExtractContext,
  t: TitleParse,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
  bare: boolean,
): ParsedName | null {
  const text = ctx.text;
  const fill = stickyAt(FRAME_FILL_RE, text, t.c.end);
  const place = fill ? null : bare ? stickyAt(FRAME_PLACE_RE, text, t.c.end) : null;
  const m = fill ?? place;
  if (!m) return null;
  // the noun phrase before the comma names a role (an acting word or a post: `pelaksana tugas`, `sekretaris kelurahan
  // setempat`), never a clause's words (`diganti karena sakit, Budi menegaskan …`)
  if (fill?.[1] && !ACTING_WORDS_RE.test(fill[1]) && !titleAt(text, t.c.end + fill[0].indexOf(fill[1]))) return null;
  const name = parseName(text, t.c.end + m[0].length, regionStarts);
  if (!name || titleWordsOnly(text, name) || !plausibleName(ctx, name, headlineEnd, lower)) return null;
  // (a degree's dot may end the sentence: `…, Dwi Handayani Putri, S.E. Camat Cakung …`)
  if (!stickyAt(CLAUSE_GOES_ON_RE, text, name.end) && name.end < text.length && text.charAt(name.end - 1) !== '.') return null;
  if (fill?.[1] && ACTING_WORDS_RE.test(fill[1])) t.acting = true;
  return name;
}
