// Title words: what is written between a title's head and the name (lexicon/title-words.ts: countries, parties,
// party organs, portfolios), a parenthesised abbreviation, `terpilih`; and titleWordsOnly(), which says a "name"
// is made of them.
import { PARTY_ORGAN_HEADS } from '../../lexicon/office-units.js';
import { alternationOf, SPACE } from '../../text/regex.js';
import { UPPER, classAt, runEndAt } from '../../lexicon/matcher.js';
import { COUNTRIES, ORDINAL_PREFIXES, ORDINAL_WORDS, PARTIES, PARTY_CONNECTIVES, PARTY_ORGANS, PORTFOLIO_WORDS, TITLE_CONNECTIVES } from '../../lexicon/title-words.js';
import { NATIONAL_MARKERS, TITLE_MODIFIERS_AFTER } from '../../lexicon/titles.js';
import { spaceLenAt, stickyAt } from './scan.js';
import type { ParsedName } from './types.js';
import { WordFilter } from './word-filter.js';

/** A parenthesised abbreviation after a title or region: `Sekretaris Daerah (Sekda)`, `Nusa Tenggara Timur (NTT)`. */
const PAREN_RE = /[ \t]{0,2}\(\p{Lu}[\p{L}\p{N}.&/-]{0,24}(?:[ \t]\p{Lu}[\p{L}\p{N}.&/-]{0,24}){0,3}\)/uy;
export const NATIONAL_RE = new RegExp(`(?:${alternationOf(NATIONAL_MARKERS, { space: SPACE.literal })})(?![\\p{L}\\p{N}])`, 'uy');
export const WORD_RE = /[\p{L}&][\p{L}\p{N}&-]{0,30}/uy;

type TitleWordKind = 'country' | 'party' | 'organ' | 'portfolio';
/** Lower-cased phrase → kind. Countries, parties and organs count only capitalised (`Partai`, `Jepang`, `PKB`). */
export const TITLE_PHRASES = new Map<string, TitleWordKind>();
for (const w of PORTFOLIO_WORDS) TITLE_PHRASES.set(w, 'portfolio');
for (const w of PARTY_ORGANS) TITLE_PHRASES.set(w.toLowerCase(), 'organ');
for (const w of COUNTRIES) TITLE_PHRASES.set(w.toLowerCase(), 'country');
for (const w of PARTIES) TITLE_PHRASES.set(w.toLowerCase(), 'party');
const TITLE_PHRASE_MAX = Math.max(...[...TITLE_PHRASES.keys()].map((k) => k.split(' ').length));
/** First words of the phrases: a word outside it starts none (most words; settled before any slicing). */
const TITLE_PHRASE_FIRST = new WordFilter(new Set([...TITLE_PHRASES.keys()].map((k) => k.split(' ')[0]!)));
const TITLE_CONNECTIVE = new Set(TITLE_CONNECTIVES);
const PARTY_CONNECTIVE = new Set(PARTY_CONNECTIVES);
const PARTY_ONLY: ReadonlySet<TitleWordKind> = new Set(['party', 'organ']);
/** The organs that may follow `dari` in a member's title (a party or its faction, not `Komisi`, `Badan`, …). */
const PARTY_HEADS: ReadonlySet<string> = new Set(PARTY_ORGAN_HEADS);
const ordinalAlt = alternationOf(ORDINAL_PREFIXES, { space: SPACE.literal });
const ORDINAL_RE = new RegExp(`(?:(?:${ordinalAlt})-?\\d{1,3}(?:[ \\t]{1,2}(?:dan|&)[ \\t]{1,2}(?:${ordinalAlt})-?\\d{1,3})?|${alternationOf(ORDINAL_WORDS, { space: SPACE.literal })})(?![\\p{L}\\p{N}])`, 'uy');
const TW_ENDS: number[] = [];
const TW_WORDS: string[] = [];

/** The title-word phrase starting at `q` (longest first), or null; `kinds` restricts what counts. */
export function titleWordAt(text: string, q: number, kinds: ReadonlySet<TitleWordKind> | null = null): { end: number; kind: TitleWordKind } | null {
  // (one word run ends where a phrase's first word must: `[\p{L}&][\p{L}\p{N}&-]*` is read below, and a first
  // word outside the set is settled by its run without reading on)
  const runEnd = runEndAt(text, q);
  if (runEnd === q || (!TITLE_PHRASE_FIRST.mayHave(text, q, runEnd) && !/^[&-]/u.test(text.charAt(runEnd)))) return null;
  let n = 0;
  let r = q;
  for (; n < TITLE_PHRASE_MAX; n++) {
    const w = stickyAt(WORD_RE, text, r);
    if (!w) break;
    TW_WORDS[n] = w[0].toLowerCase();
    r += w[0].length;
    TW_ENDS[n] = r;
    const sp = spaceLenAt(text, r);
    if (sp === 0) {
      n++;
      break;
    }
    r += sp;
  }
  const capital = (classAt(text, q) & UPPER) !== 0;
  for (let k = n; k >= 1; k--) {
    const kind = TITLE_PHRASES.get(TW_WORDS.slice(0, k).join(' '));
    if (!kind || (kinds && !kinds.has(kind)) || (kind !== 'portfolio' && !capital)) continue;
    return { end: TW_ENDS[k - 1]!, kind };
  }
  return null;
}

export const COUNTRY_ONLY: ReadonlySet<TitleWordKind> = new Set(['country']);
export const NOT_PORTFOLIO: ReadonlySet<TitleWordKind> = new Set(['country', 'party', 'organ']);
export const PORTFOLIO: ReadonlySet<string> = new Set(PORTFOLIO_WORDS);
/** Initials written without dots: two or three capitals (`AS`, `HM`), the shape a country's acronym shares. */
const INITIALS_RE = /\p{Lu}{2,3}(?=[ \t]{1,2}\p{Lu})/uy;
/** `Bupati Ende AS Taufik`: a country's acronym at `q` in the shape of initials, a capitalised word after it. Read after
 *  a title that named its Indonesian region, where no country can qualify the post: the holder's initials (a foreign
 *  post keeps its country: `Menteri Luar Negeri AS Antony Blinken`, `Gubernur New Mexico AS X`). */
export function countryAsInitialsAt(text: string, q: number): boolean {
  const m = stickyAt(INITIALS_RE, text, q);
  return m !== null && titleWordAt(text, q, COUNTRY_ONLY)?.end === q + m[0].length;
}
/** Title words after a title's complement: title-word phrases (`kinds`), `untuk`/`di` + a country
 *  (`Duta Besar Jepang untuk Indonesia`), `RI`, and a parenthesised abbreviation; returns where they end
 *  (`pos` when none) and whether a party was among them. */
export function skipTitleWords(text: string, pos: number, kinds: ReadonlySet<TitleWordKind> | null): { end: number; party: boolean; fraksi: boolean } {
  let end = pos;
  let party = false;
  let fraksi = false;
  for (let i = 0; i < 8; i++) {
    const sp = spaceLenAt(text, end);
    if (sp === 0) break;
    let q = end + sp;
    const w = stickyAt(WORD_RE, text, q);
    if (!w) break;
    if (TITLE_CONNECTIVE.has(w[0]) || PARTY_CONNECTIVE.has(w[0])) {
      const q2 = q + w[0].length + spaceLenAt(text, q + w[0].length);
      if (q2 === q + w[0].length) break;
      const after = titleWordAt(text, q2, TITLE_CONNECTIVE.has(w[0]) ? COUNTRY_ONLY : PARTY_ONLY);
      if (!after || (PARTY_CONNECTIVE.has(w[0]) && after.kind === 'organ' && !PARTY_HEADS.has(text.slice(q2, after.end).toLowerCase()))) break;
      q = q2;
    }
    const ord = stickyAt(ORDINAL_RE, text, q);
    if (ord) {
      end = q + ord[0].length;
      continue;
    }
    const n = stickyAt(NATIONAL_RE, text, q);
    const tw = n ? { end: q + n[0].length, kind: 'country' as const } : titleWordAt(text, q, kinds);
    if (!tw) break;
    if (tw.kind === 'party') party = true;
    if (text.slice(q, tw.end).toLowerCase() === 'fraksi') fraksi = true;
    end = skipParen(text, tw.end);
  }
  return { end, party, fraksi };
}

/** Past a parenthesised abbreviation at `pos` (`(Sekda)`, `(NTT)`), else `pos`. */
export function skipParen(text: string, pos: number): number {
  const m = stickyAt(PAREN_RE, text, pos);
  return m ? pos + m[0].length : pos;
}

/** `terpilih` right at `pos` (after 1–2 spaces): the modifier and where it ends. */
export function modifierAfter(text: string, pos: number): { modifier: 'terpilih' | 'mantan'; end: number } | null {
  const sp = spaceLenAt(text, pos);
  if (sp === 0) return null;
  const w = stickyAt(MODIFIER_AFTER_RE, text, pos + sp);
  const m = w ? TITLE_MODIFIERS_AFTER[w[0].toLowerCase().replace(/[ \t]+/gu, ' ')] : undefined;
  return m && w ? { modifier: m, end: pos + sp + w[0].length } : null;
}
/** TITLE_MODIFIERS_AFTER as written: `terpilih`, `nonaktif`, `non-aktif`, `periode lalu` (a whole word or phrase). */
const MODIFIER_AFTER_RE = new RegExp(`(?:${alternationOf(Object.keys(TITLE_MODIFIERS_AFTER), { space: SPACE.blank1to2 })})(?![\\p{L}\\p{N}-])`, 'iuy');

/** Every token of the name is a title word (`Pertahanan Amerika Serikat`, `Yunani`). */
export function titleWordsOnly(text: string, n: ParsedName): boolean {
  const s = n.start + (n.written.length - n.written.trimStart().length);
  let q = text.indexOf(n.tokens[0]!, s);
  if (q < 0) return false;
  const nameEnd = n.end;
  for (let i = 0; i < 8 && q < nameEnd; i++) {
    const tw = titleWordAt(text, q);
    if (!tw) return false;
    q = tw.end + spaceLenAt(text, tw.end);
  }
  return q >= nameEnd || /^[\s,.]*$/u.test(text.slice(q, nameEnd));
}
