// Unit runs: the words of a unit written on after a title's complement (up to a comma, over a list of fields, up to the
// body that closes it, `pada` the unit above it), and the institution such a run names. Read by name-after-title.ts.
import { SPACE, alternationOf } from '../../text/regex.js';
import { BODIES_ABOVE_UNIT, SUB_UNITS } from '../../lexicon/office-units.js';
import { UNIT_WORDS } from '../../lexicon/titles.js';
import { isUnitCloser, unitInstitution } from './complement.js';
import { commaLenAt, spaceLenAt, stickyAt } from './scan.js';
import { ORG, titleAt } from './title-compile.js';
import { skipParen, WORD_RE } from './title-phrases.js';
import type { RegionAt } from './types.js';
import type { TitleParse } from './parsers/title.js';

const UNIT_WORD = new Set(UNIT_WORDS.map((w) => w.toLowerCase()));
/** `pada` between a unit and the unit above it (`Kepala Seksi Mutasi pada Bidang Pengembangan Aparatur BKPSDM X`).
 *  (The unit words sit inside a lookahead: the kit's branch order cannot change whether it holds.) */
const UNIT_ABOVE = `pada(?=[ \\t]{1,2}(?:${alternationOf(UNIT_WORDS, { space: SPACE.literal })})(?![\\p{L}\\p{N}]))`;
export const UNIT_ABOVE_AT_RE = new RegExp(`^[ \\t]{1,2}${UNIT_ABOVE}`, 'u');
export const RUN_WORD_RE = new RegExp(`\\p{Lu}[\\p{L}\\p{N}-]{0,30}|\\d{1,3}(?![\\p{L}\\p{N}])|\\([\\p{Lu}\\p{N}][\\p{L}\\p{N}-]{0,11}\\)|dan(?![\\p{L}\\p{N}])|&|${UNIT_ABOVE}`, 'uy');
/** The words of a unit written on after a title, up to a comma (`[ ]Kementerian PANRB`, `, Kecamatan Siak`): at most
 *  14 capitalised words, acronyms in parentheses and `dan`/`&`, at least one of them a unit word, an organisation
 *  word or an acronym (else it is a list of places or a name). A run after a comma must open with a unit word.
 *  Returns where the run ends (at the comma) and its last 1–3 capitalised words; null when there is none. */
export function unitRunToComma(text: string, from: number): { end: number; lastWords: string | null } | null {
  let p = from;
  const comma = commaLenAt(text, p);
  const afterComma = comma > 0;
  p += afterComma ? comma : spaceLenAt(text, p);
  if (p === from) return null;
  let unit = false;
  let end = -1;
  const caps: Array<[number, number]> = [];
  for (let i = 0; i < 14; i++) {
    const w = stickyAt(RUN_WORD_RE, text, p);
    if (!w) return null;
    const word = w[0];
    const lw = word.toLowerCase();
    if (i === 0 && afterComma && !UNIT_WORD.has(lw)) return null;
    // a second title ends the unit (`Kabag Hukum Setda Bantul Suparman dan Sekretaris BKPSDM Bantul, X`)
    if (i > 0 && titleAt(text, p)) return null;
    if (word.startsWith('(') || (word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) || UNIT_WORD.has(lw) || (ORG.has(lw) && lw !== 'dan') || isUnitCloser(word)) unit = true;
    if (/^\p{Lu}/u.test(word)) caps.push([p, p + word.length]);
    else if (!word.startsWith('(')) caps.length = 0;
    p += word.length;
    end = p;
    if (commaLenAt(text, p) > 0) break;
    const sp = spaceLenAt(text, p);
    if (sp === 0) return null;
    p += sp;
  }
  if (!unit || end < 0 || commaLenAt(text, end) === 0) return null;
  const tail = caps.slice(-3);
  return { end, lastWords: tail.length > 0 ? text.slice(tail[0]![0], tail[tail.length - 1]![1]).replace(/[ \t]+/gu, ' ') : null };
}

const LIST_WORD_RE = /\p{Lu}[\p{L}\p{N}-]{0,30}|(?:dan|serta)(?![\p{L}\p{N}])|&/uy;
/** After a title's complement at `from`: a unit's fields listed with commas and `dan` (capitalised words only, no title
 *  among them, at most 12 words) up to the body that closes them (an acronym, `Diskominfo`, `Kemenag`) and its region,
 *  then a comma; where that run ends and its last words, or null. */
export function unitListToBody(text: string, from: number, regionStarts: Map<number, RegionAt>): { end: number; lastWords: string | null } | null {
  let p = from + (commaLenAt(text, from) || spaceLenAt(text, from));
  if (p === from) return null;
  let commas = 0;
  for (let i = 0; i < 12; i++) {
    const w = stickyAt(LIST_WORD_RE, text, p);
    if (!w || (i > 0 && /^\p{Lu}/u.test(w[0]) && titleAt(text, p))) return null;
    p += w[0].length;
    if (commas > 0 && isUnitCloser(w[0])) {
      // the body, its region, then the comma before the holder's name
      const sp = spaceLenAt(text, p);
      const r = sp > 0 ? regionStarts.get(p + sp) : undefined;
      const e = r ? skipParen(text, r.end) : p;
      if (commaLenAt(text, e) > 0) return { end: e, lastWords: null };
    }
    const c = commaLenAt(text, p);
    if (c > 0) commas++;
    const sp = c > 0 ? c : spaceLenAt(text, p);
    if (sp === 0) return null;
    p += sp;
  }
  return null;
}


/** The head of a section, a sub-division or a division (`Kepala Seksi`, `Kabid`, `Kasubbag`) whose title runs on to
 *  the body above the unit (`Kepala Bidang Pengembangan Karier BKPSDM Batang`, `Kepala Seksi X pada Bidang Y Dinas
 *  Kesehatan Z`): the institution is that body (`BKPSDM`, `Dinas Kesehatan`), as for any unit closed by a body; null
 *  for other titles or when no body is written. `unit`: the title's words after its head, without the region. */
const SUB_UNIT_INSTITUTION_RE = new RegExp(`^(?:${alternationOf(SUB_UNITS, { space: SPACE.literal })}) \\{ORG\\}$`, 'u');
/** Bodies a section or a sub-division belongs to, opening the body's name (`Dinas Kesehatan`, `Kantor Regional I`). */
const BODY_ABOVE_UNIT: ReadonlySet<string> = new Set(BODIES_ABOVE_UNIT);
export function unitChainInstitution(t: TitleParse, unit: string): string | null {
  if (!SUB_UNIT_INSTITUTION_RE.test(t.def?.institution ?? '')) return null;
  // the body written out (`Dinas Kesehatan`, `Badan Kepegawaian dan Pengembangan SDM`), else the acronym closing the unit
  const words = unit.replace(/\([^()]*\)/gu, ' ').split(/[\s,]+/u).filter((w) => w.length > 0);
  for (let i = 1; i < words.length - 1; i++)
    if (BODY_ABOVE_UNIT.has(words[i]!.toLowerCase()) && /^\p{Lu}/u.test(words[i]!) && words.slice(i + 1).every((w) => /^\p{Lu}/u.test(w) || w === 'dan' || w === '&'))
      return words.slice(i).join(' ');
  return unitInstitution(unit);
}

/** Past the unit bodies (acronyms, `Kemenkeu`, `Polri`; at most two) and a region right after `from` (`[ Polda Bali]
 *  Kombes Pol X`), else `from`. */
export function skipClosers(text: string, from: number, regionStarts: Map<number, RegionAt>): number {
  // (an abbreviation in parentheses may come first: `Reserse Narkoba (Dirresnarkoba) Polda Bali`)
  const paren = skipParen(text, from);
  let end = paren;
  for (let i = 0; i < 2; i++) {
    const sp = spaceLenAt(text, end);
    const w = sp > 0 ? stickyAt(WORD_RE, text, end + sp) : null;
    if (!w || !isUnitCloser(w[0])) break;
    end += sp + w[0].length;
  }
  if (end === paren) return from;
  const sp = spaceLenAt(text, end);
  const r = sp > 0 ? regionStarts.get(end + sp) : undefined;
  return r ? skipParen(text, r.end) : end;
}

/** The start of a region span inside `[from, to)` that ends at `to`, or undefined. */
export function regionStartIn(regionStarts: Map<number, RegionAt>, from: number, to: number): number | undefined {
  for (const [at, r] of regionStarts) if (at >= from && r.end === to) return at;
  return undefined;
}

const UNIT_LIST_WORD_RE = /\p{Lu}[\p{L}\p{N}-]{0,30}|\([\p{Lu}\p{N}][\p{L}\p{N}-]{0,11}\)|(?:dan|serta)(?![\p{L}\p{N}])|&/uy;
/** After the comma at `from`: a run of at most 12 capitalised words, parenthesised abbreviations and `dan`/`serta`/`&`
 *  that closes on a unit body (an acronym, a ministry's short name, `Polri`) right before a comma, with no title
 *  in it (`, Kode Etik dan Kode Perilaku serta Netralitas ASN,`); where it ends, or -1. */
export function closedUnitAfterComma(text: string, from: number): number {
  let p = from + commaLenAt(text, from);
  let last = '';
  for (let i = 0; i < 12; i++) {
    const w = stickyAt(UNIT_LIST_WORD_RE, text, p);
    if (!w || titleAt(text, p)) return -1;
    last = w[0];
    p += w[0].length;
    if (commaLenAt(text, p) > 0) break;
    const sp = spaceLenAt(text, p);
    if (sp === 0) return -1;
    p += sp;
  }
  return commaLenAt(text, p) > 0 && isUnitCloser(last) ? p : -1;
}

/** Where a unit body closes the unit's name written on after a title, without a comma (`[ dan Layanan Informasi
 *  (KLI) Kemenkeu] Dedi`): the ends of the closers (acronyms, ministries' short names, `Polri`) in a run of at most 12
 *  capitalised words, organisation words, parenthesised abbreviations and `dan`/`&`, up to a comma or a lower-case
 *  word. The run must hold an organisation word or a parenthesised abbreviation before its first closer. */
export function unitRunClosers(text: string, from: number, unitRead = false): number[] {
  const out: number[] = [];
  let p = from + spaceLenAt(text, from);
  if (p === from) return out;
  let unit = unitRead;
  for (let i = 0; i < 12; i++) {
    const w = stickyAt(RUN_WORD_RE, text, p);
    if (!w) break;
    const word = w[0];
    const lw = word.toLowerCase();
    if (word.startsWith('(') || (ORG.has(lw) && lw !== 'dan')) unit = true;
    p += word.length;
    if (unit && !word.startsWith('(') && isUnitCloser(word)) out.push(p);
    if (commaLenAt(text, p) > 0) break;
    const sp = spaceLenAt(text, p);
    if (sp === 0) break;
    p += sp;
  }
  return out;
}

