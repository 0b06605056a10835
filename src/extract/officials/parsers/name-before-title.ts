// Parser `name-before-title`: the name written before a title that has none after it (`Budi Santoso, Kepala Dinas
// Kominfo`, `Budi selaku Kepala …`, `Sugito (Pj Gubernur Babel)`).
//   pattern — a connector (`, `, ` selaku `, ` (`) right before the title, degrees, then name words read backwards
//             (nameBefore).
//   extract — rejects a name reaching into the previous title, an implausible one, a region, the title's own place
//             or a sentence adverbial (`Terpisah, Kepala BKD …`).
import type { ExtractContext } from '../../../model.js';
import { SPACE, alternationOf } from '../../../text/regex.js';
import { NAME_ABBREVIATIONS, NAME_TITLE_CONNECTORS, PERSON_OPENING_WORDS, PLACE_PREPOSITIONS, SOURCE_PREPOSITIONS } from '../../../lexicon/honorifics.js';
import { atClauseStart, type LowerWords } from '../article-words.js';
import { regionsNamed } from '../complement.js';
import { DEGREE_ALT, DEGREE_SHAPE_SOURCE, HONORIFIC_WORDS, notName, PLACE_HEAD, plausibleName } from '../names.js';
import { titleAt } from '../title-compile.js';
import { NOT_HOLDER_BEFORE } from '../../../lexicon/titles.js';
import type { Complement, ParsedName, RegionAt } from '../types.js';
import type { TitleParse } from './title.js';

/** Back from a title: the connector (`, ` / ` selaku `), degrees, then name words, each matched on a short tail. */
/** (a holder's modifier may stand between the comma and the post: `gugatan Drs. X, mantan Camat Gesi, …`, `Y, calon
 *  Kepala Desa Z`; the title parser gives the modifier; a connector may follow the apposition's comma: `X, yang juga
 *  Wakil Ketua DPC …`, `Y, selaku Kepala …`) */
const CONNECTOR_TAIL_RE = new RegExp(`(?:[ \\t]{0,2},[ \\t]{0,2}|[ \\t]{0,2},?[ \\t]{1,2}(?:${alternationOf(NAME_TITLE_CONNECTORS, { space: SPACE.literal })})[ \\t]{1,2}|[ \\t]{1,2}\\()(?:(?:${alternationOf(NOT_HOLDER_BEFORE, { space: SPACE.literal })})[ \\t]{1,2})?$`, 'u');
const DEGREE_TAIL_RE = new RegExp(`(?:,?[ \\t]{0,2}(?:${DEGREE_ALT})\\.?|,[ \\t]{0,2}${DEGREE_SHAPE_SOURCE})$`, 'u');
/** (an abbreviated name word, `Moh.`, `Abd.`, as parseName reads it forwards: `Moh. Rizal Lamadjido, Datok Penghulu …`;
 *  a one-letter particle opening a person's name, the Balinese `I`: `I Wayan Gede Putra, Penjabat Bupati …`; single
 *  letters: at most one branch matches at a place, whatever order the kit gives them) */
const ONE_LETTER_OPENERS = PERSON_OPENING_WORDS.filter((w) => w.length === 1).map((w) => w.toUpperCase());
const NAME_WORD_TAIL_RE = new RegExp(`(?:\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}+)*|\\p{Lu}\\.|(?<![\\p{L}\\p{N}])(?:${alternationOf(NAME_ABBREVIATIONS, { space: SPACE.literal })})\\.|(?<![\\p{L}\\p{N}.])(?:${alternationOf(ONE_LETTER_OPENERS, { space: SPACE.literal })}))$`, 'u');
/** `X, mantan Camat Gesi`, `Y, calon Kepala Desa Z`: a candidate's or a former holder's post set off by the comma of
 *  an apposition to the name before it. */
const MODIFIER_APPOSITION_RE = new RegExp(`[\\p{L}\\p{N}.][ \\t]{0,2},[ \\t]{1,2}(?:${alternationOf(NOT_HOLDER_BEFORE, { space: SPACE.literal })})[ \\t]{1,2}$`, 'iu');
/** Whether the post at `start` (a candidate's or a former holder's) is set off by an apposition's comma after a word. */
export function modifierApposition(text: string, start: number): boolean {
  return MODIFIER_APPOSITION_RE.test(text.slice(Math.max(0, start - 24), start));
}
/** `Menurut Budi, ` before a title: see SOURCE_PREPOSITIONS. */
const SOURCE_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(SOURCE_PREPOSITIONS, { space: SPACE.literal })})[ \\t]{1,2}$`, 'iu');
/** What closes an apposition after a title: a comma, a sentence end, a closing bracket, the end of the text, or a
 *  relative clause in lower case up to its comma (`Menurut Dwi, anggota Bawaslu X yang membidangi hukum, …`). */
const APPOSITION_CLOSE_RE = /^(?:[ \t]{0,2}(?:[,.;:!?)]|$)|[ \t]{1,2}yang[ \t]{1,2}[\p{Ll}\p{N}][\p{Ll}\p{N} \t/-]{0,60},)/u;
/** `di Sangkareang, Gubernur …`: a capitalised run right after a locative preposition is a place. */
const PLACE_PREP_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(PLACE_PREPOSITIONS, { space: SPACE.literal })})[ \\t]{1,2}$`, 'iu');

/** `Budi Santoso, ` / `Budi Santoso, S.Sos selaku ` right before `start`. */
function nameBefore(text: string, start: number): ParsedName | null {
  const c = CONNECTOR_TAIL_RE.exec(text.slice(Math.max(0, start - 30), start));
  if (!c) return null;
  const writtenEnd = start - c[0].length;
  let e = writtenEnd;
  for (let i = 0; i < 4; i++) {
    const d = DEGREE_TAIL_RE.exec(text.slice(Math.max(0, e - 16), e));
    if (!d || d[0].length === 0) break;
    e -= d[0].length;
  }
  const tokens: string[] = [];
  let p = e;
  let nStart = e;
  for (let i = 0; i < 5; i++) {
    const w = NAME_WORD_TAIL_RE.exec(text.slice(Math.max(0, p - 40), p));
    if (!w) break;
    const ws = p - w[0].length;
    if (ws > 0 && /[\p{L}\p{N}.'’]/u.test(text[ws - 1]!)) break;
    const lw = w[0].toLowerCase();
    if (notName(lw)) {
      // `Hotel Lombok Raya, Gubernur NTB …`: the run belongs to a place, not a person
      if (PLACE_HEAD.has(lw)) return null;
      break;
    }
    tokens.unshift(w[0]);
    nStart = ws;
    let q = ws;
    let k = 0;
    while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\t') && k < 2) {
      q--;
      k++;
    }
    if (k === 0) break;
    p = q;
  }
  // leading honorifics (`H.`, `Drs`) are not part of the name
  while (tokens.length > 0 && HONORIFIC_WORDS.has(tokens[0]!.toLowerCase().replace(/\./gu, ''))) tokens.shift();
  if (!tokens.some((t) => !t.endsWith('.'))) return null;
  if (titleAt(text, nStart)) return null;
  if (PLACE_PREP_BEFORE_RE.test(text.slice(Math.max(0, nStart - 12), nStart))) return null;
  return { start: nStart, end: writtenEnd, tokens, written: text.slice(nStart, writtenEnd) };
}

/** A "name" before `[, ]Title` that is not a person: a region (`Lombok Timur, Bupati …`), the title's own place
 *  (`Warga Sembalun, Kades Sembalun`), or a sentence adverbial (`Terpisah, Kepala BKD …`, `Senada, Ketua …`):
 *  one word at a sentence start before a comma that the text never capitalises anywhere else mid-sentence. */
function regionOrAdverb(text: string, pn: ParsedName, titleStart: number, c: Complement, role: string, midCaps: LowerWords): boolean {
  const joined = pn.tokens.join(' ');
  if (regionsNamed(joined, role)) return true;
  if (c.place && ` ${joined} `.toLowerCase().includes(` ${c.place.name.toLowerCase()} `)) return true;
  if (pn.tokens.length === 1 && text.slice(pn.end, titleStart).includes(',') && atClauseStart(text, pn.start))
    // (the word run the lookup is keyed by: `Ma'ruf` → `ma`)
    return !midCaps.has((/^[\p{L}\p{N}]+/u.exec(pn.tokens[0]!)?.[0] ?? '').toLowerCase());
  return false;
}

/** The name before the title `t` (which has none after it), or null. `prevEnd`: where the previous title (with
 *  its complement and name) ended. */
export function extractNameBefore(
  ctx: ExtractContext,
  t: TitleParse,
  prevEnd: number,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
  midCaps: LowerWords,
): ParsedName | null {
  const text = ctx.text;
  const pn = nameBefore(text, t.start);
  if (!pn || pn.start < prevEnd || !plausibleName(ctx, pn, headlineEnd, lower) || regionStarts.has(pn.start) || regionOrAdverb(text, pn, t.start, t.c, t.role, midCaps)) return null;
  // `Menurut Budi, Kepala Dinas Pendidikan sudah dipanggil`: the title opens the clause Budi is the source of
  if (SOURCE_BEFORE_RE.test(text.slice(Math.max(0, pn.start - 10), pn.start)) && !APPOSITION_CLOSE_RE.test(text.slice(t.c.end, t.c.end + 72))) return null;
  return pn;
  return null;
}
