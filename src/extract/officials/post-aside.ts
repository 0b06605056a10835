// What may stand between a title and its holder's name (read by name-after-title.ts when no name follows the title
// directly): a second post in apposition (`… yang juga Ketua Tim …, X`), a relative clause in lower case (`…, yang baru
// dilantik pekan lalu, X`), qualifiers of the post (` petahana, `, ` periode 2018-2023 `, ` dari daerah pemilihan Riau
// I, `). Each returns the name after them, or null.
import type { ExtractContext } from '../../model.js';
import { alternationOf, alternationOfSources, SPACE, escapeRe as esc } from '../../text/regex.js';
import { CONSTITUENCY_HEADS, ELECTION_NAMES, POST_ELECTION_CONNECTIVES, POST_QUALIFIER_WORDS, POST_TERM_HEADS, POST_TERM_LINK_WORDS, SECOND_POST_CONNECTIVES } from '../../lexicon/titles.js';
import type { LowerWords } from './article-words.js';
import { parseName, plausibleName } from './names.js';
import { stickyAt } from './scan.js';
import { titleWordsOnly } from './title-phrases.js';
import type { ParsedName, RegionAt } from './types.js';
import type { TitleParse } from './parsers/title.js';

/** A second post in apposition up to its comma: ` yang juga Ketua Tim Pemantau Netralitas ASN, ` (no sentence
 *  end, no quote, at most 80 characters). */
const APPOSITION_RE = new RegExp(
  `[ \\t]{1,2}(?:${alternationOf(SECOND_POST_CONNECTIVES, { space: SPACE.blank1to2 })})[ \\t]{1,2}\\p{Lu}[^.!?"“”,\\n]{0,80},[ \\t]{1,2}`,
  'uy',
);
/** A relative clause after a title, all in lower case, up to its comma: `, yang baru dilantik pekan lalu, `. */
const RELATIVE_RE = /,?[ \t]{1,2}yang[ \t]{1,2}[\p{Ll}\p{N}][\p{Ll}\p{N} \t/-]{0,60},[ \t]{1,2}/uy;
/** Either case of a lexicon phrase's first letter (`Periode`, `periode`), each word 1–2 spaces apart. */
const anyCaseFirst = (w: string): string => `[${w.charAt(0).toUpperCase()}${w.charAt(0).toLowerCase()}]${esc(w.slice(1)).replace(/ /gu, '[ \\t]{1,2}')}`;
const altOf = (ws: readonly string[]): string => alternationOfSources([...ws].sort((a, b) => b.length - a.length).map(anyCaseFirst));
/** What joins a term's two years: a dash or a slash, or a word (`2019 hingga 2022`, `2015 s.d. 2020`). */
const TERM_LINK_SOURCE = `(?:[ \\t]{0,2}[-–—/][ \\t]{0,2}|[ \\t]{1,2}(?:${alternationOf(POST_TERM_LINK_WORDS, { space: SPACE.blank1to2 })})[ \\t]{1,2})`;
/** A term's span of years after its head (`periode 2016–2021`): the year it ends, group 1. */
const TERM_SPAN_RE = new RegExp(`(?:${altOf(POST_TERM_HEADS)})[ \\t]{1,2}\\d{4}${TERM_LINK_SOURCE}(\\d{4})(?!\\d)`, 'u');
/** One qualifier of a post (lexicon/title-context.ts): a word, a term, an election, a constituency. */
const POST_QUALIFIER_SOURCE = `(?:${altOf(POST_QUALIFIER_WORDS)}|(?:${altOf(POST_TERM_HEADS)})[ \\t]{1,2}\\d{4}(?:${TERM_LINK_SOURCE}\\d{4})?|(?:${altOf(POST_ELECTION_CONNECTIVES)})[ \\t]{1,2}(?:${altOf(ELECTION_NAMES)})(?:[ \\t]{1,2}\\d{4})?|(?:${altOf(CONSTITUENCY_HEADS)})(?:[ \\t]{1,2}\\([Dd]apil\\))?(?:[ \\t]{1,2}(?:\\p{Lu}[\\p{L}\\p{N}-]{0,30}|\\d{1,2})){1,4})(?![\\p{L}\\p{N}])`;
/** Qualifiers of a post after its title, up to the holder's name: ` petahana, `, ` terpilih periode 2024-2029, `
 *  (the `terpilih` read already), ` dari daerah pemilihan Riau I, `; without the comma only a word's (` petahana `). */
const POST_QUALIFIED_RE = new RegExp(`,?[ \\t]{1,2}${POST_QUALIFIER_SOURCE}(?:[ \\t]{1,2}${POST_QUALIFIER_SOURCE}){0,2}(?:[ \\t]{0,2},[ \\t]{1,2}|([ \\t]{1,2}))`, 'uy');
const QUALIFIER_WORD_ONLY_RE = new RegExp(`^,?[ \\t]{1,2}(?:${altOf(POST_QUALIFIER_WORDS)})[ \\t]{1,2}$`, 'u');

/** One word is a name only when an apposition comma closes it (`…, Suhardi, mengatakan`), as after a title. */
const closedName = (text: string, n: ParsedName): boolean => n.tokens.length >= 2 || /^[ \t]{0,2},/u.test(text.slice(n.end, n.end + 3));

/** The holder after an aside matched by `re` (sticky) right after the title `t`, closed by its comma. */
function nameAfterAside(re: RegExp, ctx: ExtractContext, t: TitleParse, regionStarts: Map<number, RegionAt>, headlineEnd: number, lower: LowerWords): ParsedName | null {
  const text = ctx.text;
  const aside = stickyAt(re, text, t.c.end);
  if (!aside) return null;
  const second = parseName(text, t.c.end + aside[0].length, regionStarts);
  return second && closedName(text, second) && !titleWordsOnly(text, second) && plausibleName(ctx, second, headlineEnd, lower) ? second : null;
}

/** `Kepala Dinas Kominfo NTB yang juga Ketua Tim Pemantau Netralitas ASN, Ahmad Yusri`: a second post in apposition
 *  (`yang juga`, `sekaligus`) after the title `t`, then the name after its comma. */
export function nameAfterApposition(ctx: ExtractContext, t: TitleParse, regionStarts: Map<number, RegionAt>, headlineEnd: number, lower: LowerWords): ParsedName | null {
  return nameAfterAside(APPOSITION_RE, ctx, t, regionStarts, headlineEnd, lower);
}

/** `Kepala BKD Jateng, yang baru dilantik pekan lalu, Wisnu Adi Saputra`, `Calon Wali Kota yang kalah, Yudi Pratama`: a
 *  relative clause in lower case between the title `t` and its holder, closed by a comma. */
export function nameAfterRelative(ctx: ExtractContext, t: TitleParse, regionStarts: Map<number, RegionAt>, headlineEnd: number, lower: LowerWords): ParsedName | null {
  return nameAfterAside(RELATIVE_RE, ctx, t, regionStarts, headlineEnd, lower);
}

/** `Calon Wali Kota Pontianak petahana, X`, `Gubernur terpilih pada Pilkada 2020, X`, `Anggota Komisi II DPR RI dari
 *  daerah pemilihan Riau I, X`: qualifiers of the post between the title `t` and its holder (without a comma only a
 *  qualifying word's, and then a name of two words or one closed by a comma).
 *  (`Mantan Bupati Sikka periode 2018-2023 Fransiskus Roberto Diogo`: a term's span of years closes the qualifiers as a
 *  comma does; `Bupati Sumba Barat periode 2016–2021, X` in a 2024 article: a term that ended before the article's year
 *  is a former holder's, and `t.modifier` becomes `mantan`) */
export function nameAfterQualifiers(ctx: ExtractContext, t: TitleParse, regionStarts: Map<number, RegionAt>, headlineEnd: number, lower: LowerWords): ParsedName | null {
  const text = ctx.text;
  const qual = stickyAt(POST_QUALIFIED_RE, text, t.c.end);
  const span = qual ? TERM_SPAN_RE.exec(qual[0]) : null;
  if (!qual || !(qual[1] === undefined || QUALIFIER_WORD_ONLY_RE.test(qual[0]) || span)) return null;
  const second = parseName(text, t.c.end + qual[0].length, regionStarts);
  const closed = second !== null && (qual[1] === undefined || closedName(text, second));
  if (!second || !closed || titleWordsOnly(text, second) || !plausibleName(ctx, second, headlineEnd, lower)) return null;
  const year = ctx.published ? Number(ctx.published.slice(0, 4)) : NaN;
  if (span && t.modifier === undefined && Number(span[1]) < year) t.modifier = 'mantan';
  return second;
}
