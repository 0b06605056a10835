// Name parsing: `[honorifics] Name Tokens [, degrees]` read forward from a position (parseName), the checks
// that reject a "name" that is a common word or a headline fragment (plausibleName), and the word sets they use.
import type { ExtractContext } from '../../model.js';
import { nameTokens } from '../../corpus/identity.js';
import { SPACE, alternationOf, alternationOfSources, escapeRe as esc } from '../../text/regex.js';
import { DEGREES_AFTER, DEGREE_KEYS, DEGREE_SHAPE_SOURCE } from '../../lexicon/degrees.js';
import {
  HONORIFICS_BEFORE,
  RANK_HEADS,
  MIN_CLITIC_STEM,
  NOMINAL_PREFIXES,
  NOMINAL_SUFFIX,
  NAME_ABBREVIATIONS,
  NAME_INNER_HONORIFICS,
  NAME_ARTICLES,
  NAME_INNER_WORDS,
  NAME_PARTICLES,
  NAME_PREFIX_WORDS,
  NICKNAME_HONORIFICS,
  NOT_NAME_CLITICS,
  NOT_NAME_WORDS,
  PLACE_HEAD_WORDS,
  RANK_SUFFIXES,
  REGNAL_NUMBERS,
} from '../../lexicon/honorifics.js';
import { HEADLINE_PASSIVES, HEADLINE_VERBS } from '../../lexicon/headline-verbs.js';
import { COMPANY_FORM_CAPS, PLACE_UNIT_WORDS } from '../../lexicon/title-context.js';
import { QUOTE_VERBS } from '../../lexicon/attribution.js';
import type { LowerWords } from './article-words.js';
import { spaceLenAt, stickyAt } from './scan.js';
import { ACRONYM_WORDS, ORG, titleAt } from './title-compile.js';
import type { ParsedName, RegionAt } from './types.js';
import { WordFilter } from './word-filter.js';

// Honorifics as written, plus their all-caps forms for capitalised leads (`DRS. H. LALU GITA ARIADI`).
const HON_FORMS = [...new Set([...HONORIFICS_BEFORE, ...HONORIFICS_BEFORE.filter((h) => h.replace(/[^\p{L}]/gu, '').length >= 2).map((h) => h.toUpperCase())])];
const honAlt = (forms: readonly string[]): string => alternationOf(forms, { space: SPACE.blank1to2 });
const HON_ALT = honAlt(HON_FORMS);
/** Honorifics as written only, for bare mentions in running text. */
export const HON_ALT_WRITTEN = honAlt(HONORIFICS_BEFORE);
/** One honorific: followed by a dot (then optional spaces) or by spaces. */
const HON_RE = new RegExp(`(?:${HON_ALT})(?:\\.[ \\t]{0,2}|[ \\t]{1,2})(?:\\((?:${alternationOf(RANK_SUFFIXES, { space: SPACE.literal })})\\.?\\)[ \\t]{1,2})?`, 'uy');

/** One name token: `Juaini`, `Ma'ruf`, `Sa'adah`, an initial `F.`, an abbreviation `Moh.`, an all-caps word
 *  `LALU` / initials `ZA`, or a lone capital `I` / `M` (what each may be is decided in parseName). */
const NAME_TOKEN_RE = new RegExp(
  `(?:${alternationOf(NAME_ABBREVIATIONS, { space: SPACE.literal })})\\.|\\p{Lu}(?:\\p{Ll}+(?:['’]\\p{Ll}+)*(?:-\\p{Lu}\\p{Ll}+)?|['’]\\p{Lu}?\\p{Ll}+|\\.|\\p{Lu}+(?:['’]\\p{Lu}+)*(?![\\p{Ll}\\p{N}])|(?![\\p{L}\\p{N}'’.]))`,
  'uy',
);
/** A name particle between name words (`bin`, `binti` before a capital) or an Arabic article (`al-Bashir`). */
const NAME_ARTICLE_RE = new RegExp(`(?:${alternationOf(NAME_ARTICLES, { space: SPACE.literal })})-\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}])`, 'uy');
const NAME_PARTICLE_RE = new RegExp(`(?:${alternationOf(NAME_PARTICLES, { space: SPACE.literal })})(?=[ \\t]{1,2}\\p{Lu})|${NAME_ARTICLE_RE.source}`, 'uy');
/** Degree keys (`SH`, `MSI`): the one set of lexicon/degrees.ts. */
export const DEGREE_WORDS: ReadonlySet<string> = DEGREE_KEYS;
const NAME_PREFIX = new Set(NAME_PREFIX_WORDS);
const NAME_INNER = new Set(NAME_INNER_WORDS);
const NAME_INNER_HON: ReadonlySet<string> = new Set(NAME_INNER_HONORIFICS);
const ROMAN_SUFFIX = new Set(REGNAL_NUMBERS);
export const DEGREE_ALT = alternationOfSources([...DEGREES_AFTER].sort((a, b) => b.length - a.length).map((d) => esc(d).replace(/\\\./gu, '\\.?')));
const DEGREE_RE = new RegExp(`,?[ \\t]{0,2}(?:${DEGREE_ALT})\\.?(?![\\p{L}\\p{N}])`, 'uy');
/** A degree by its shape, after a comma (`, M.Pd.I.`): the one shape, lexicon/degrees.ts DEGREE_SHAPE_SOURCE. */
export { DEGREE_SHAPE_SOURCE };
const DEGREE_SHAPE_RE = new RegExp(`,[ \\t]{0,2}${DEGREE_SHAPE_SOURCE}(?![\\p{L}\\p{N}])`, 'uy');
/** Whether the token `w` (of kind `kind`) at `q` is a degree or opens one written there. */
function degreeOpens(text: string, q: number, w: string, kind: TokenKind): boolean {
  if (kind === 'letter') return false;
  const d = stickyAt(DEGREE_RE, text, q);
  if (!d) return false;
  return kind === 'initial' || d[0].length > w.length || DEGREE_WORDS.has(w.toUpperCase());
}
/** Place heads are never names either (`Hotel`, `Masjid`, `Lapangan`), nor a headline's bare verbs (`Larang`). */
export const NOT_NAME = new Set([...NOT_NAME_WORDS, ...PLACE_HEAD_WORDS, ...HEADLINE_VERBS, ...HEADLINE_PASSIVES]);
const NOT_NAME_FILTER = new WordFilter(NOT_NAME);
export const PLACE_HEAD = new Set(PLACE_HEAD_WORDS);
/** A (lower-cased) word that is never (part of) a name: a listed word, or an ordinary word carrying a clitic
 *  (`menurutnya`, `pasalnya`, `meskipun`). */
export function notName(lw: string): boolean {
  // asked for every word of every capitalised run: the first-characters/length filter settles most words
  if (NOT_NAME_FILTER.hasRun(lw, 0, lw.length, lw)) return true;
  for (const c of NOT_NAME_CLITICS) if (lw.length >= c.length + MIN_CLITIC_STEM && lw.endsWith(c)) return true;
  return false;
}

/** Where no honorific can start, the same run without them is matched by nameRunAt() (no regex): the honorific
 *  alternation is most of the regex's cost, and an honorific (followed by a dot or a space) can only start at
 *  a word run equal to its first word run. */
export const HONORIFIC_HEADS = new WordFilter(new Set(HONORIFICS_BEFORE.map((h) => (/^[\p{L}\p{N}]+/u.exec(h)?.[0] ?? h).toLowerCase())));
for (const h of HONORIFICS_BEFORE) if (!/^[\p{L}\p{N}]/u.test(h)) throw new Error(`honorific must start with a letter or digit: ${h}`);
export const RANK_HEAD: ReadonlySet<string> = new Set(RANK_HEADS);
export const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFICS_BEFORE.map((h) => h.toLowerCase().replace(/\./gu, '')));

/** A term of address, then two capitalised name words (the second may be the last). */
const NICKNAME_RE = new RegExp(`(?:${alternationOf(NICKNAME_HONORIFICS, { space: SPACE.literal })})[ \\t]{1,2}(?=\\p{Lu}\\p{Ll}+[ \\t]{1,2}\\p{Lu}\\p{Ll})`, 'uy');

type TokenKind = 'word' | 'initial' | 'abbr' | 'caps' | 'letter';
const CAPS_TOKEN_RE = /^\p{Lu}+(?:['’]\p{Lu}+)*$/u;

export function tokenKind(t: string): TokenKind {
  if (t.endsWith('.')) return t.length === 2 ? 'initial' : 'abbr';
  if (t.length === 1) return 'letter';
  // most tokens are `Budi`: a lower-case ASCII letter second cannot continue the capitals pattern below
  const c1 = t.charCodeAt(1);
  if (c1 >= 0x61 && c1 <= 0x7a) return 'word';
  return CAPS_TOKEN_RE.test(t) ? 'caps' : 'word';
}

/** `LALU` → `Lalu`, `SA'ADAH` → `Sa'adah`. */
function titleWord(t: string): string {
  return t.charAt(0) + t.slice(1).toLowerCase();
}

/** The identity tokens of a name's tokens (honorifics dropped, normalised; see corpus/identity). */
export function normTokens(tokens: string[]): string[] {
  return nameTokens(tokens.join(' '));
}

/** A lone capital without its dot (or two or three capitals: `SF Harianto Syam`) opening a name is an initial
 *  (`D Cyril Noerhadi`, `M Yusuf Ateh`) when the name
 *  stands after a comma, an honorific or a title its caller read whole (`afterTitle`: `Bupati Lampung Selatan M Nanang
 *  Ermanto`, `Jaksa Agung ST Burhanuddin`; not after a unit's letter: `Komisi A Budi`) and a capitalised word that
 *  can be a name follows it. */
function initialLeads(text: string, pos: number, p: number, after: number, afterTitle: boolean): boolean {
  // (a company's form opens a company, never a person: `Bupati Sikka PT Flores Indah mendapat teguran`)
  if (COMPANY_FORMS.has(text.slice(p, after))) return false;
  if (p === pos && !/,[ \t]{0,2}$/u.test(text.slice(Math.max(0, pos - 3), pos))) {
    // (after a title, a place's unit word in capitals opens its place, no name: `Ketua Bawaslu Sikka TPS Nangahure`)
    if (!afterTitle || PLACE_UNIT_CAPS.has(text.slice(p, after))) return false;
  }
  const sp = spaceLenAt(text, after);
  const next = sp === 1 ? stickyAt(NAME_TOKEN_RE, text, after + sp) : null;
  return next !== null && tokenKind(next[0]) === 'word' && !notName(next[0].toLowerCase());
}

/** A place's unit words written in capitals (`TPS`): never initials. */
const PLACE_UNIT_CAPS: ReadonlySet<string> = new Set(PLACE_UNIT_WORDS.filter((w) => /^\p{Lu}{2,}$/u.test(w)));
/** A business's legal form (`PT`, `CV`, `UD`): never initials. */
const COMPANY_FORMS: ReadonlySet<string> = new Set(COMPANY_FORM_CAPS);

/** `Gubernur NTT VBL Viktor Laiskodat`, `Wali Kota Makassar DP Danny Pomanto`: capitals spelling the name after them
 *  (the first is the next word's initial, the last the initial of a later word of the same run) are the person's
 *  nickname written before the name, not initials (`IGN Jaya Negara`, `AR Manda`: their letters are other names'). */
function nicknameOfNext(text: string, caps: string, after: number): boolean {
  if (caps.length < 2) return false;
  const run = /^[ \t]{1,2}(\p{Lu}\p{Ll}+(?:[ \t]{1,2}\p{Lu}\p{Ll}+){0,4})/u.exec(text.slice(after, after + 80));
  if (!run) return false;
  const initials = run[1]!.split(/[ \t]+/u).map((w) => w.charAt(0));
  return initials.length >= 2 && initials[0] === caps.charAt(0) && initials.slice(1).includes(caps.charAt(caps.length - 1));
}

/** Degrees written after the name close it (`X, S.H., M.H.`, `X S.Sos`): what follows is no part of a title or a unit
 *  read on from the name (a capitalised word after them opens the next clause or sentence). */
export function closedByDegrees(n: ParsedName): boolean {
  return !n.written.trimEnd().toLowerCase().endsWith(n.tokens[n.tokens.length - 1]!.toLowerCase());
}

/** Parse `[honorifics] Name Tokens [, degrees]` at `pos`. `afterTitle`: a title read whole (its place too) ends right
 *  before `pos`, so initials without dots may open the name there, as after a comma (initialLeads). */
export function parseName(text: string, pos: number, regionStarts: Map<number, RegionAt>, afterTitle = false): ParsedName | null {
  let p = pos;
  // an honorific starts with its head word run (HONORIFIC_HEADS), as for PERSON_RUN_AT_RE: elsewhere HON_RE
  // (a long alternation) cannot match
  for (let i = 0; i < 4 && HONORIFIC_HEADS.hasRunAt(text, p); i++) {
    const h = stickyAt(HON_RE, text, p);
    if (!h) break;
    // `H` must not swallow a name's first letter (`Hesty`): HON_RE requires a dot or a space after it.
    p += h[0].length;
  }
  // `Kang Ahmad Yani`: a term of address before a name of two words (NICKNAME_HONORIFICS)
  if (p === pos || HONORIFIC_HEADS.hasRunAt(text, pos)) {
    const nick = stickyAt(NICKNAME_RE, text, p);
    if (nick) p += nick[0].length;
  }
  if (titleAt(text, p)) return null;
  const tokens: string[] = [];
  const kinds: TokenKind[] = [];
  const ends: number[] = [];
  let nameStart = -1;
  let q = p;
  let caps = false;
  for (let i = 0; i < 7; i++) {
    const region = regionStarts.get(q);
    if (region) {
      if (tokens.length === 0) return null;
      // `Fransiskus Donny Rembang, SH`: a name's last word may be a regency's or a city's name
      if (!regionWordEndsName(text, q, region, kinds[kinds.length - 1]!)) break;
    }
    // particles inside a name: `Nasir bin Abdullah`, `Aini binti Zulkifli`, `Omar al-Bashir`, `Ahmad al-Habsyi`
    const particle = stickyAt(tokens.length > 0 ? NAME_PARTICLE_RE : NAME_ARTICLE_RE, text, q);
    const t = particle ?? stickyAt(NAME_TOKEN_RE, text, q);
    if (!t) break;
    const w = t[0];
    const lw = w.toLowerCase();
    const kind = tokenKind(w);
    if (!particle && notName(lw) && !(tokens.length > 0 && NAME_INNER.has(lw))) break;
    // an honorific written inside a name before the father's name (`Rusdi Hi. Umar`) is dropped from it, as one before
    // the name is (NAME_INNER_HONORIFICS): its dot, a blank and a capital after it
    if (tokens.length > 0 && NAME_INNER_HON.has(lw) && text.charAt(q + w.length) === '.') {
      const sp = spaceLenAt(text, q + w.length + 1);
      if (sp > 0 && /\p{Lu}/u.test(text.charAt(q + w.length + 1 + sp))) {
        q += w.length + 1 + sp;
        continue;
      }
    }
    // an honorific of two letters or more with its dot starts the next name (`Kadinkes Bima Drs. Zainal`)
    if (tokens.length > 0 && lw.length >= 2 && HONORIFIC_WORDS.has(lw) && text.charAt(q + w.length) === '.') break;
    // a rank starts the next name: the words before it are a unit's (`Pangdam Iskandar Muda Mayjen TNI X`)
    if (tokens.length > 0 && RANK_HEAD.has(lw)) break;
    // a degree ends the name without its comma too (`Name S.Sos`, `Name Apt`; the capitals `Name SIK MH` below): an
    // initial or a short token that is a listed degree or opens a longer one (`SIPol`, `PhD`, `BcHk` read as `SI`, `Ph`,
    // `Bc`)
    if (tokens.length > 0 && !particle && (kind === 'initial' || w.length <= 4) && degreeOpens(text, q, w, kind)) break;
    if (kind === 'caps' || kind === 'letter') {
      if (tokens.length === 0) {
        // An all-caps name starts a capitals run; a lone `I` starts a Balinese name (`I Wayan Koster`).
        if (kind === 'caps') {
          // the person's nickname before their name is dropped, as an honorific is
          if (afterTitle && q === p && nicknameOfNext(text, w, q + w.length)) {
            q += w.length + spaceLenAt(text, q + w.length);
            continue;
          }
          // (a degree's letters open no name, but as initials after a comma they may: `Jaksa Agung, ST Burhanuddin, …`)
          if (ACRONYM_WORDS.has(lw) || (DEGREE_WORDS.has(w) && !(w.length <= 3 && initialLeads(text, pos, p, q + w.length, afterTitle)))) break;
          // `SF Harianto Syam`, `HM Lukman`: two or three capitals before a name word are initials (as a lone capital)
          caps = !(w.length <= 3 && initialLeads(text, pos, p, q + w.length, afterTitle));
        } else if (w !== 'I' && !(initialLeads(text, pos, p, q + w.length, afterTitle))) break;
      } else if (caps) {
        if (kind === 'caps' && (ACRONYM_WORDS.has(lw) || DEGREE_WORDS.has(w))) break;
      } else if (kind === 'caps' && (w.length > 3 || DEGREE_WORDS.has(w) || ACRONYM_WORDS.has(lw))) break;
    } else if (caps && kind === 'word' && !particle) break;
    if (nameStart < 0) nameStart = q;
    tokens.push(w);
    kinds.push(kind);
    q += w.length;
    ends.push(q);
    const sp = spaceLenAt(text, q);
    if (sp > 0) q += sp;
    else if (kind !== 'initial' && kind !== 'abbr') break;
  }
  // An initial, an abbreviation or a lone capital cannot end a name (`Syaiful A.`, `Ahmad M`), except a
  // regnal number (`Hamengku Buwono X`); a lone `I` is not a name.
  while (tokens.length > 0) {
    const k = kinds[kinds.length - 1]!;
    const last = tokens[tokens.length - 1]!;
    const dangling = k === 'initial' || k === 'abbr' || (k === 'letter' && !(ROMAN_SUFFIX.has(last) && tokens.length > 2)) || (last === 'I' && tokens.length === 1);
    if (!dangling) break;
    tokens.pop();
    kinds.pop();
    ends.pop();
  }
  if (tokens.length === 0 || nameStart < 0) return null;
  const end = ends[ends.length - 1]!;
  let wEnd = end;
  for (let i = 0; i < 4; i++) {
    // (the shape first: the list's `M.Pd` would stop inside `M.Pd.I.`; a comma is checked before the regex)
    const d = (text.charCodeAt(wEnd) === 0x2c ? stickyAt(DEGREE_SHAPE_RE, text, wEnd) : null) ?? stickyAt(DEGREE_RE, text, wEnd);
    if (!d) break;
    wEnd += d[0].length;
  }
  const out: ParsedName = {
    start: pos,
    end: wEnd,
    tokens: caps ? tokens.map((t, i) => (kinds[i] === 'caps' ? titleWord(t) : t)) : tokens,
    written: text.slice(pos, wEnd),
  };
  if (caps) out.caps = true;
  return out;
}

/** A quote verb and 1–2 blanks ending where the regex is put (sticky, empty: the lookbehind reads back), compiled
 *  once. (It replaced a regex with the word in it, compiled anew for every call: V8's regex cache does not keep
 *  one across collections, and each compilation of the verb alternation cost ~0.6 ms, ~20% of the officials
 *  stage; see src/text/fast/README.md.) */
const QUOTE_VERB_BEFORE_AT = new RegExp(`(?<=(?<![\\p{L}\\p{N}])(?:${alternationOf(QUOTE_VERBS, { space: SPACE.blank1to2 })})[ \\t]{1,2})`, 'uy');
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;

/** Whether `text` quotes someone by the word `w` alone: a match of
 *  `(?<![\p{L}\p{N}])(?:quote verb)[ \t]{1,2}w(?![\p{L}\p{N}])` (flag `u`) anywhere, found at each occurrence of `w`
 *  instead (test/extract/officials/quoted-by-word.test.ts). */
export function quotedByWord(text: string, w: string): boolean {
  if (w === '') return false;
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    WORD_CHAR_AT.lastIndex = i + w.length;
    if (WORD_CHAR_AT.test(text)) continue;
    QUOTE_VERB_BEFORE_AT.lastIndex = i;
    if (QUOTE_VERB_BEFORE_AT.test(text)) return true;
  }
  return false;
}

/** The one-word region `region` at `q`, right after a name's word (of kind `prev`), is the name's last word: a degree
 *  follows it after a comma (`Fransiskus Donny Rembang, SH`), or the article quotes the person by that word alone
 *  (`ucap Rembang`), as it never quotes a place. */
function regionWordEndsName(text: string, q: number, region: RegionAt, prev: TokenKind): boolean {
  if (prev !== 'word') return false;
  const w = text.slice(q, region.end);
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || w !== region.bare) return false;
  if (text.charCodeAt(region.end) === 0x2c && (stickyAt(DEGREE_SHAPE_RE, text, region.end) ?? stickyAt(DEGREE_RE, text, region.end))) return true;
  return quotedByWord(text, w);
}

/** (Anchored at both ends and only tested: the kit's branch order cannot change the result.) */
const NOMINAL_RE = new RegExp(`^(?:${alternationOf(NOMINAL_PREFIXES, { space: SPACE.literal })})\\p{Ll}{3,}${NOMINAL_SUFFIX}$`, 'iu');
/** Reject names that are common words or headline fragments. */
export function plausibleName(ctx: ExtractContext, n: ParsedName, headlineEnd: number, lower: LowerWords): boolean {
  const real = n.tokens.filter((t) => !t.endsWith('.'));
  if (real.length === 0) return false;
  if (real.length === 1 && real[0]!.length < 3) return false;
  // A unit's field (`Pelaporan dan Analisis …`, `Pembinaan …`) left over from an unknown unit's name is not a name.
  if (NOMINAL_RE.test(real[0]!)) return false;
  // A single organisation word (`Informatika`, `Statistik`) left over from a unit name is not a name.
  // Organisation words only (`Partisipasi Masyarakat`, `Pendidikan dan Pelatihan`: a division's fields after a comma)
  // are no name either.
  if (real.every((t) => ORG.has(t.toLowerCase()))) return false;
  // Capitals: at least two words, none of them (bar name prefixes like `Lalu`) an ordinary word of the
  // article (`GUBERNUR AJAK WARGA JAGA NETRALITAS` is a shouted headline, not a name).
  if (n.caps) {
    if (real.length < 2) return false;
    if (real.some((t) => !NAME_PREFIX.has(t.toLowerCase()) && lower.has(t.toLowerCase()))) return false;
  }
  // A single word also written in lower case in the article is a common word (`Jaga`, `Apresiasi`).
  if (real.length === 1 && lower.has(real[0]!.toLowerCase())) return false;
  // A name only in the headline must recur in the body.
  // (as a whole word: `Pjs Bupati Sambas Larang Camat …` is no name for `Larangan itu …`)
  if (n.start < headlineEnd && !wordAfter(ctx.text, n.tokens.join(' '), headlineEnd)) return false;
  return true;
}

/** `word` written as whole words at or after `from` in `text` (no letter or digit right before or after it). */
function wordAfter(text: string, word: string, from: number): boolean {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text.charAt(i - 1) : ' ';
    const after = text.charAt(i + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
