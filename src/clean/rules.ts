// The cleaning rules, as named data (trafilatura style). The cascade (clean/cascade.ts) decides WHEN each
// scope runs; this file only says WHAT each rule matches. Every rule quotes the line that motivated it.
//
// All patterns run on a line/paragraph whose whitespace has already been normalised (NBSP and runs of
// spaces → one space, trimmed), so `\s{0,3}` is enough around separators. Patterns are anchored and use
// bounded repetition only: each is linear in the line length.
//
// Scopes:
//   top    — the page header cluster before the headline (weather, city, date). `strength: 'strong'` lines
//            prove there is a header; `weak` lines (a lone city name) only go when a strong line follows.
//   byline — a whole line that only carries the author and/or a date stamp (`Senin, 04 Nov 2024 10:15 WIB`);
//            removed wherever it stands, and near the top its date becomes `headerDate`.
//   line   — a whole line is removed when it matches (and has at most `maxWords` words).
//   block  — a heading line that opens a related-news block; the cascade then takes the headline-like lines
//            under it until body text resumes.
//   item   — lines that always belong to a related block when they follow a heading (time stamps).
//   inline — a span removed from inside a paragraph; the paragraph stays.
//   tail   — a span removed from the END of a paragraph (editor initials); the sentence stays.

import {
  CAPTION_LABELS,
  CREDIT_ROLES,
  EDITOR_SIGNOFFS,
  FOOTER_LABELS,
  APP_BANNER_OPENERS,
  FURNITURE_LINES,
  GAMBLING_OPENERS,
  GAMBLING_PROMO_WORDS,
  GAMBLING_WORDS,
  HEADER_MONTHS,
  HEADER_WEEKDAYS,
  PAGINATION_LABELS,
  PAGINATION_NEXT,
  PHOTO_CREDIT_SOURCES,
  PROMO_CHANNELS,
  PROMO_NEWS_WORDS,
  PROMO_OPENERS,
  RELATED_BLOCK_HEADINGS,
  RELATED_LINK_PARTICLES,
  RELATED_LINK_VERBS,
  RELATIVE_TIME_UNITS,
  SECTION_LABELS,
  SHARE_LABELS,
  SOCIAL_NETWORKS,
} from '../lexicon/boilerplate.js';
import { SPACE, phraseRe } from '../text/regex.js';
import { countSpacedWords, isLetterUnit } from '../text/words.js';

export type RuleScope = 'top' | 'byline' | 'line' | 'block' | 'item' | 'inline' | 'tail';

export interface CleanRule {
  /** Stable name, reported in `Removal.rule`. */
  name: string;
  /** Coarse class, reported in `Removal.kind`. */
  kind: string;
  scope: RuleScope;
  pattern: RegExp;
  /** line/block/item/top: the line must have at most this many words for the rule to fire. */
  maxWords?: number;
  /** byline: furniture only at the edges of the text (before the first body line or after the last one);
   *  between body lines the same line is body text (`14 Februari 1990` heading an entry of a list). */
  edgesOnly?: boolean;
  /** top: whether this line alone proves a page header. */
  strength?: 'strong' | 'weak';
  /**
   * Speed only: a regex character class (source, compiled with the pattern's own flags, so case folding is
   * the same) that the FIRST character of every text the anchored pattern can match belongs to. `firstMatch`
   * then tries the rule only on lines starting with such a character (most lines start with a letter that
   * few rules can start with). Leave it out when the pattern is not anchored at `^` or can start anywhere.
   */
  first?: string;
  /**
   * Speed only, a finer `first`: a regex source (compiled as `^(?:prefix)` with the pattern's own flags) that
   * the first three UTF-16 units of every text the pattern matches satisfy (see `prefixOf`). `firstMatch`
   * tries the rule only on lines whose start it allows: a line starting "Ketua" no longer tries every rule
   * with a `k…` word.
   */
  prefix?: string;
  /**
   * Speed only: a cheap necessary condition (a character test on the end of the text, say). When it is
   * false the pattern cannot match, so the regex is not run. It must never be false on a text the pattern
   * matches.
   */
  quick?: (text: string) => boolean;
}

/**
 * A case-insensitive pattern, compiled WITHOUT the `i` flag: every letter is written as the class of the
 * characters that `iu` matches for it, so the pattern matches exactly what `new RegExp(source, 'iu')`
 * matches (same matches, same groups) on every text. Why: V8 works out the case closure of each literal
 * character of an `iu` pattern through ICU, and does it twice (bytecode on the first run, native code on
 * the next); the big date and lexicon patterns took 5–20 ms each to compile in every worker, about half of
 * that with explicit classes.
 * The classes: an ASCII letter x is `[xX]`, except k (`[kK\u212A]`: the Kelvin sign folds to k) and s
 * (`[sS\u017F]`: the long s folds to s). No other character folds to an ASCII letter, and the other
 * characters these patterns hold (digits, punctuation, dashes, quote marks, `\s`, `\S`, `\d`, classes of
 * those) have no case, so `i` changes nothing for them (test/clean/caseless.test.ts checks every atom
 * against every BMP code point). Anything the conversion cannot vouch for (a non-ASCII letter, `\p`, `\w`,
 * `\b`, a back-reference, a letter range in a class) throws at module load instead of changing meaning.
 * `onAtom` (tests): called with each atom before and after conversion.
 */
export function caselessSource(source: string, onAtom?: (from: string, to: string) => void): string {
  let out = '';
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`caseless: ${what} at ${i} in ${source.slice(Math.max(0, i - 20), i + 20)}`);
  };
  const variants = (ch: string): string | null => {
    if (ch.toLowerCase() === ch.toUpperCase()) return null;
    if (!/^[A-Za-z]$/u.test(ch)) return fail('a non-ASCII letter');
    const low = ch.toLowerCase();
    return low + low.toUpperCase() + (low === 'k' ? '\\u212A' : low === 's' ? '\\u017F' : '');
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const e = source[i + 1] ?? '';
      if (/[pPwWbBkcux1-9]/u.test(e)) fail(`\\${e}`);
      const atom = source.slice(i, i + 2);
      onAtom?.(atom, atom);
      out += atom;
      i += 2;
    } else if (ch === '[') {
      // a class: letters get their variants; escapes are copied (none with a case, as above)
      let j = i + 1;
      let body = '';
      if (source[j] === '^') body += source[j++];
      while (j < source.length && source[j] !== ']') {
        const c = source[j]!;
        if (c === '\\') {
          const e = source[j + 1] ?? '';
          if (/[pPwWbBkcux1-9]/u.test(e)) fail(`\\${e} in a class`);
          body += source.slice(j, j + 2);
          j += 2;
          continue;
        }
        const v = variants(c);
        if (v !== null && (source[j - 1] === '-' || (source[j + 1] === '-' && source[j + 2] !== ']'))) fail('a letter range');
        body += v ?? c;
        j++;
      }
      if (j >= source.length) fail('an unclosed class');
      const from = source.slice(i, j + 1);
      const to = `[${body}]`;
      onAtom?.(from, to);
      out += to;
      i = j + 1;
    } else if (ch === '(' && source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // a named group: its name is not text to match
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1);
      i = end + 1;
    } else {
      const v = variants(ch);
      if (v !== null) {
        onAtom?.(ch, `[${v}]`);
        out += `[${v}]`;
      } else {
        if (!'()|?*+{},:^$'.includes(ch) && !/\d/u.test(ch)) onAtom?.(ch, ch);
        out += ch;
      }
      i++;
    }
  }
  return out;
}

/** Patterns made by `caseless`: matched case-insensitively although their flags have no `i` (the `first`
 *  and `prefix` pre-tests of their rules must still fold case: see `testFlags`). */
const CASELESS = new WeakSet<RegExp>();

/** `new RegExp(source, 'iu' + flags)`, in the form `caselessSource` gives (see there). */
function caseless(source: string, flags = ''): RegExp {
  const re = new RegExp(caselessSource(source), `u${flags}`);
  CASELESS.add(re);
  return re;
}

/** The flags the `first` and `prefix` pre-tests of a rule are compiled with: its pattern's, without g/y/d,
 *  and with `i` when the pattern matches case-insensitively (in either form). */
export function testFlags(rule: CleanRule): string {
  const flags = rule.pattern.flags.replace(/[gyd]/gu, '');
  return CASELESS.has(rule.pattern) && !flags.includes('i') ? `i${flags}` : flags;
}

/** Escape a lexicon entry for use inside a RegExp, and let its spaces match 1–3 whitespace characters. */
function lit(s: string): string {
  return phraseRe(s, SPACE.ws1to3);
}
/** Longest first, so `baca berita lainnya` wins over `baca`. */
function alt(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(lit)
    .join('|');
}
/** A character class (source) holding the first character of every entry: the `first` of a rule whose
 *  pattern starts with `alt(list)` (or `anyCase(list)`). Characters with a meaning inside a class are escaped. */
function firstOf(...lists: ReadonlyArray<readonly string[]>): string {
  const chars = new Set<string>();
  for (const list of lists) for (const w of list) chars.add(w.charAt(0));
  return [...chars]
    .sort()
    .map((c) => (/[\\\]\[^-]/u.test(c) ? `\\${c}` : c))
    .join('');
}

/** Units of a text's start that `prefix` is tested on. */
const PREFIX_UNITS = 3;
/** The `prefix` of a rule whose pattern starts with `alt(list)` (or `anyCase(list)`): each entry cut to its
 *  first PREFIX_UNITS characters, and before its first space, since `lit` lets a space match 1–3 whitespace
 *  characters, which may run past the units looked at. */
function prefixOf(...lists: ReadonlyArray<readonly string[]>): string {
  const heads = new Set<string>();
  for (const list of lists) {
    for (const w of list) {
      const space = w.indexOf(' ');
      heads.add(w.slice(0, Math.min(PREFIX_UNITS, space < 0 ? w.length : space)));
    }
  }
  return alt([...heads]);
}

/** `quick` for the date-line patterns (HEADER_DATE_LINE, BYLINE_DATE_LINE): every form they read has a
 *  four-digit year, so a line without four digits in a row is not tried. */
export function hasFourDigits(t: string): boolean {
  let run = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run === 4) return true;
    } else run = 0;
  }
  return false;
}

/** `quick` for `inline-related-paren`: its opening (a bracket and a verb) tried, sticky, at each `(` and
 *  `[` only; the pattern then runs once over the paragraph. Most brackets hold an acronym: `(Bawaslu)`. */
const INLINE_RELATED_OPEN = /[(\[]\s{0,3}(?:baca|simak|lihat|cek)/iuy;
function mayHoldInlineRelated(t: string): boolean {
  return opensVerb(t, '(') || opensVerb(t, '[');
}
function opensVerb(t: string, open: string): boolean {
  for (let i = t.indexOf(open); i >= 0; i = t.indexOf(open, i + 1)) {
    INLINE_RELATED_OPEN.lastIndex = i;
    if (INLINE_RELATED_OPEN.test(t)) return true;
  }
  return false;
}

/** `quick` for `byline-author-outlet`: a dash with a space on each side (` - `, ` – `, ` — `). */
function hasSpacedDash(t: string): boolean {
  for (const dash of ['-', '–', '—']) {
    for (let i = t.indexOf(dash, 1); i >= 0; i = t.indexOf(dash, i + 1)) {
      if (t.charCodeAt(i - 1) === 32 && t.charCodeAt(i + 1) === 32) return true;
    }
  }
  return false;
}

/** `quick` for tail patterns that end in `\)` (optionally repeated) right at the end of the text. */
const endsWithParen = (t: string): boolean => t.charCodeAt(t.length - 1) === 41; /* ) */

/** Case variants of a word for patterns that cannot use the `i` flag (because they use \p{Lu}/\p{Ll}). */
function anyCase(list: readonly string[]): string {
  const out = new Set<string>();
  for (const w of list) {
    out.add(w.toLowerCase());
    out.add(w.toUpperCase());
    out.add(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return alt([...out]);
}

/**
 * The entries of `list` as one alternation shaped like a trie (`jan(?:uar[iy]|…)?`-style: common starts
 * written once), for alternations that are always followed by a character no entry holds (the date's
 * `.`, `,` or white space). Then at most one entry can be followed by it at a given position, so which
 * entry the regex tries first never matters, and the trie matches exactly what `alt(list)` matched, with
 * the same groups. Why: a `caseless` pattern spells each letter as a class, and V8 only merges common
 * starts of plain-text alternatives itself; written out, the two month lists and the weekday list of the
 * date patterns cost ~2 ms of compile per pattern per worker more.
 * Entries must be letters or apostrophes (anything else could be the following character).
 */
export function trieAlt(list: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of list) {
    if (!/^[\p{L}']+$/u.test(w)) throw new Error(`trieAlt: ${w} holds more than letters`);
    let n = root;
    for (const ch of w) {
      let k = n.next.get(ch);
      if (k === undefined) n.next.set(ch, (k = { end: false, next: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const parts = [...n.next.keys()].sort().map((ch) => lit(ch) + emit(n.next.get(ch)!));
    if (parts.length === 0) return '';
    const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const MONTH_ALT = trieAlt(HEADER_MONTHS.flat());
const WEEKDAY_ALT = trieAlt(HEADER_WEEKDAYS);
const UNIT_ALT = alt(RELATIVE_TIME_UNITS);
/** A date as printed in a page header: `Friday, November 22, 2024` or `Jumat, 22 November 2024`,
 *  optionally followed by a time (`| 10:15 WIB`). Groups: en-month, en-day, en-year | id-day, id-month, id-year. */
const HEADER_DATE_SRC =
  `(?:(?:${WEEKDAY_ALT})\\.?,?\\s{1,3})?` +
  `(?:(${MONTH_ALT})\\.?\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})|(\\d{1,2})\\s{1,3}(${MONTH_ALT})\\.?,?\\s{1,3}(\\d{4}))` +
  `(?:\\s{0,3}[,|\\-–]?\\s{0,3}(?:pukul\\s{1,3})?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s{1,3}(?:WIB|WITA|WIT|AM|PM|am|pm))?)?`;

/** `first` of HEADER_DATE_LINE: a weekday, a month or a digit opens it. */
const HEADER_DATE_FIRST = `${firstOf(HEADER_WEEKDAYS, HEADER_MONTHS.flat())}\\d`;

/** The page-header date, anchored on a whole line; groups as described for HEADER_DATE_SRC. */
export const HEADER_DATE_LINE = caseless(`^${HEADER_DATE_SRC}$`);

/** A numeric publication stamp: `12/11/2024, 14:30 WIB` (day first). Groups: day, month, year. */
const BYLINE_NUMERIC_SRC =
  `(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})` +
  `(?:\\s{0,3}[,|\\-–]?\\s{0,3}(?:pukul\\s{1,3})?\\d{1,2}[:.]\\d{2}(?:\\s{1,3}(?:WIB|WITA|WIT))?)?`;
/** What may stand before the date on a byline line: an author, an outlet (`Kompas.com`), a `Diposting oleh:`
 *  label, and a separator (`-`, `|`, `·`, `•`, `,`). No sentence end (a dot only inside a word), ≤ 80 characters. */
const BYLINE_PREFIX_SRC = `(?:(?:[^.!?"“”\\n]|\\.(?=\\S)){1,80}?\\s{0,3}(?:[|·•,]|\\s[-–—])\\s{0,3})?`;
/** A whole byline line with a date: `Senin, 04 Nov 2024 10:15 WIB`, `Kompas.com - 12/11/2024, 14:30 WIB`,
 *  `Diposting oleh: Admin Diskominfo | 06 November 2024`, `Ade Putra, Jurnalis · Kamis 14 November 2024
 *  11:20 WIB`. Named groups: `named` (a word date as HEADER_DATE_SRC reads it) or `numeric`. */
/** What may follow the date on a byline line: a staff credit (`JUMAT, 16 OKTOBER 2020 | 10:15 WIB LAPORAN: ANDI
 *  SAPUTRA`, `Senin, 4 Nov 2024 - Penulis: Rina`). A credit label is required, so a date followed by a sentence is
 *  not a byline. */
const BYLINE_SUFFIX_SRC = `(?:\\s{0,3}[|·•,–—-]?\\s{0,3}(?:${alt([...CREDIT_ROLES, 'laporan', 'oleh'])})\\s{0,3}:?\\s{1,3}[^\\n]{1,60})?`;
export const BYLINE_DATE_LINE = caseless(
  `^${BYLINE_PREFIX_SRC}(?:(?<named>${HEADER_DATE_SRC})|(?<numeric>${BYLINE_NUMERIC_SRC}))${BYLINE_SUFFIX_SRC}$`,
);

/** Month number (1–12) for a month word from HEADER_MONTHS, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = HEADER_MONTHS.findIndex((names) => names.includes(w));
  return i + 1;
}

export const RULES: readonly CleanRule[] = [
  // ─── top: the page header above the headline ────────────────────────────────────────────────
  // seed 004 line 1: "32.7 C"
  {
    name: 'weather-temperature',
    first: '\\-−\\d',
    kind: 'weather-header',
    scope: 'top',
    strength: 'strong',
    pattern: /^[-−]?\d{1,2}(?:[.,]\d{1,2})?\s{0,2}°?\s{0,2}[CF]$/u,
  },
  // seed 004 line 3: "Friday, November 22, 2024" (recorded as headerDate 2024-11-22)
  {
    name: 'header-date',
    quick: hasFourDigits,
    first: HEADER_DATE_FIRST,
    kind: 'weather-header',
    scope: 'top',
    strength: 'strong',
    pattern: HEADER_DATE_LINE,
  },
  // seed 004 line 2: "Jakarta" (between the temperature and the date; only furniture inside that cluster)
  {
    name: 'header-place',
    first: '\\p{Lu}',
    kind: 'weather-header',
    scope: 'top',
    strength: 'weak',
    maxWords: 3,
    pattern: /^\p{Lu}[\p{L}.'-]{1,24}(?:\s\p{Lu}[\p{L}.'-]{1,24}){0,2}$/u,
  },
  // not in the seeds; common next to the header date: "10:15 WIB"
  {
    name: 'header-time',
    first: '\\d',
    kind: 'weather-header',
    scope: 'top',
    strength: 'weak',
    pattern: /^\d{1,2}[:.]\d{2}(?:\s{1,3}(?:WIB|WITA|WIT|AM|PM))?$/u,
  },
  // the weather word that some themes print next to the temperature: "Berawan", "Cerah", "Cloudy"
  {
    name: 'header-weather-word',
    first: 'bcfhklmoprs',
    kind: 'weather-header',
    scope: 'top',
    strength: 'weak',
    pattern:
      /^(?:cerah|berawan|cerah berawan|hujan|hujan ringan|hujan lebat|mendung|kabut|berkabut|sunny|cloudy|partly cloudy|clear|rain|light rain|overcast|mist|haze|fog)$/iu,
  },


  // ─── byline: author / date lines right under the headline ──────────────────────────────────
  // news/01 Detik: "Senin, 04 Nov 2024 10:15 WIB"; news/02 Kompas: "Kompas.com - 12/11/2024, 14:30 WIB";
  // news/11: "Diposting oleh: Admin Diskominfo | 06 November 2024". Only one among the first lines of the page
  // gives `headerDate` (see cascade.ts). The WHOLE line must be a byline: "Rapat digelar 5 November 2024" has no separator.
  // Only at the top or the bottom: a Kompas "on this day" list heads each entry with "14 Februari 1990" on a
  // line of its own, between body paragraphs, and that line is text.
  {
    name: 'byline-date',
    quick: hasFourDigits,
    kind: 'byline',
    scope: 'byline',
    edgesOnly: true,
    maxWords: 16,
    pattern: BYLINE_DATE_LINE,
  },
  // news/01 Detik: "Ahmad Fauzi - detikBali" (a name, a dash, and an outlet written as one camel-case
  // word or a domain; "Jakarta - Bawaslu menemukan …" has more words and a sentence after the dash)
  {
    name: 'byline-author-outlet',
    quick: hasSpacedDash,
    prefix: "\\p{Lu}[\\p{L}.'’]",
    first: '\\p{Lu}',
    kind: 'byline',
    scope: 'byline',
    maxWords: 8,
    pattern: /^\p{Lu}[\p{L}.'’]{1,24}(?: \p{Lu}[\p{L}.'’]{0,24}){0,4} [-–—] (?:\p{Ll}{2,12}\p{Lu}[\p{L}]{1,24}|[\p{L}\p{N}-]{2,30}(?:\.\p{L}{2,6}){1,2})$/u,
  },

  // ─── line: related-link lines ───────────────────────────────────────────────────────────────
  // seed 000: "BACA JUGA : Kapolda NTB Putra Daerah, Diharapkan Tingkatkan Kamtibmas NTB"
  // seed 003: "BACA JUGA:\u00a0 DETIK Dinilai Kebablasan, Petinggi PKS NTB Bantah Elektabilitas ZulUhel Jeblok. …"
  // seed 004: "Baca Juga :\u00a0 Siapkan 56 Orang Calon Anggota Paskibraka, Wanto : Sebelum Tugas …"
  // also `Baca: …`, `Simak juga: …`, `Lihat juga » …`. A separator (: » > | –) is required, so the body
  // sentence "Ia meminta warga membaca juga aturan kampanye." can never match.
  {
    name: 'related-link-line',
    prefix: prefixOf(RELATED_LINK_VERBS),
    first: firstOf(RELATED_LINK_VERBS),
    kind: 'related-link',
    scope: 'line',
    maxWords: 45,
    pattern: caseless(
      `^(?:${alt(RELATED_LINK_VERBS)})(?:\\s{1,3}(?:${alt(RELATED_LINK_PARTICLES)}))?\\s{0,3}(?:[:：>»|]|\\s[-–—])\\s{0,3}\\S`),
  },
  // not in the seeds; a link line without a colon: "Klik di sini untuk membaca berita selengkapnya"
  {
    name: 'click-here-line',
    prefix: prefixOf(['klik']),
    first: 'k',
    kind: 'related-link',
    scope: 'line',
    maxWords: 25,
    pattern: /^klik\s{1,3}(?:di\s{1,3}sini|disini|link|tautan|tombol)(?![\p{L}\p{N}])/iu,
  },
  // junk/05: "Klik halaman selanjutnya"; "Klik untuk baca selengkapnya" — a button to the next page or the full
  // text, alone on its line (a sentence about clicking goes on: "Klik tautan itu, kata dia, berisi …")
  {
    name: 'next-page-line',
    // (`membaca` and `laman` were missing from both hints until test/clean/hints.test.ts generated them)
    prefix: prefixOf(['klik', 'halaman', 'laman', 'lanjut', 'baca', 'membaca']),
    first: 'khlbm',
    kind: 'furniture',
    scope: 'line',
    maxWords: 7,
    pattern:
      /^(?:klik\s{1,3}(?:untuk\s{1,3})?)?(?:(?:halaman|laman)\s{1,3}(?:selanjutnya|berikutnya)|(?:baca|membaca|lanjut(?:kan)?(?:\s{1,3}membaca)?)(?:\s{1,3}(?:berita|artikel))?\s{1,3}(?:selengkapnya|berikutnya|selanjutnya))\s{0,2}[.:»›>]?$/iu,
  },
  // junk/01: "Scroll untuk membaca artikel"; junk/11: "Scroll to continue with content" — the prompt an ad slot
  // leaves in the text. Short, and nothing after the prompt: "Scroll untuk membaca" inside a sentence stays.
  {
    name: 'scroll-prompt-line',
    prefix: prefixOf(['scroll', 'gulir', 'geser']),
    first: 'sg',
    kind: 'furniture',
    scope: 'line',
    maxWords: 8,
    pattern:
      /^(?:scroll|gulir|geser)(?:\s{1,3}(?:ke\s{1,3}bawah|down))?\s{1,3}(?:untuk|to)\s{1,3}(?:membaca|baca|melanjutkan|lanjut|continue|resume|read|keep)(?:\s{1,3}[\p{L}]{2,12}){0,3}\s{0,2}[.!]?$/iu,
  },
  // junk/05: "https://kabardaerah.com/2024/10/17/inspektorat-periksa-camat-…" — the page's own address, alone
  {
    name: 'url-line',
    prefix: 'htt|www',
    first: 'hw',
    kind: 'furniture',
    scope: 'line',
    maxWords: 1,
    pattern: /^(?:https?:\/\/|www\.)[^\s]{3,400}$/iu,
  },


  // news/01 Detik: 'Simak Video "Video: Bawaslu Ingatkan ASN Tak Ikut Kampanye"'; news/10 JPNN: "Jangan
  // Lewatkan Video Terbaru:". A video promo names a video and ends or opens with a quote/colon.
  {
    name: 'video-promo-line',
    prefix: prefixOf(['simak', 'tonton', 'saksikan', 'lihat', 'putar', 'jangan']),
    first: 'stlpj',
    kind: 'related-link',
    scope: 'line',
    maxWords: 25,
    pattern:
      /^(?:(?:simak|tonton|saksikan|lihat|putar)\s{1,3}(?:juga\s{1,3})?video(?:\s{1,3}(?:berikut|pilihan|terbaru|menarik))?\s{0,3}[:"“]|jangan\s{1,3}(?:lewatkan|ketinggalan)\s{1,3}[^.!?\n]{1,40}:$)/iu,
  },
  // news/01 Detik: "[Gambas:Video 20detik]" — an embed placeholder left by the scraper, alone on its line
  {
    name: 'embed-placeholder-line',
    first: '\\[',
    kind: 'furniture',
    scope: 'line',
    maxWords: 12,
    pattern: /^\[\s{0,2}(?:gambas|video|embed|iklan|ads?|advertisement|instagram|twitter|tiktok|youtube)\s{0,2}[:\]][^\[\]\n]{0,80}\]?$/iu,
  },
  // news/04 Tribun: "Laporan Wartawan TribunLombok.com, Ahmad Wawan Sugandika" (no colon, so footer-credit
  // misses it); "Laporan Bawaslu menyebut …" is a sentence: the role word is required.
  {
    name: 'reporter-byline',
    prefix: prefixOf(['laporan']),
    first: 'l',
    kind: 'byline',
    scope: 'line',
    maxWords: 12,
    pattern: /^laporan\s{1,3}(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s{1,3}\S/iu,
  },
  // news/02 Kompas: "Penulis Dian Erika Nugraheny | Editor Dani Prabowo" — two staff credits joined by a pipe
  {
    name: 'credit-pipe-line',
    prefix: prefixOf(CREDIT_ROLES),
    first: firstOf(CREDIT_ROLES),
    kind: 'footer',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(
      `^(?:${alt(CREDIT_ROLES)})\\s{0,3}:?\\s{1,3}\\p{Lu}[^|\\n]{1,60}\\|\\s{0,3}(?:${alt(CREDIT_ROLES)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // news/04 Tribun: "Artikel ini telah tayang di TribunLombok.com dengan judul …, https://…"
  {
    name: 'syndication-line',
    prefix: prefixOf(['artikel', 'berita', 'tulisan']),
    first: 'abt',
    kind: 'footer',
    scope: 'line',
    maxWords: 70,
    pattern: /^(?:artikel|berita|tulisan)\s{1,3}ini\s{1,3}(?:telah|sudah|juga)\s{1,3}(?:tayang|terbit|dimuat|dipublikasikan|diterbitkan)\s{1,3}di(?![\p{L}\p{N}])/iu,
  },
  // news/03 Antara: "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI …";
  // Suara/Jawapos: "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel …"
  {
    name: 'reuse-notice-line',
    prefix: prefixOf(['dilarang']),
    first: 'd',
    kind: 'footer',
    scope: 'line',
    maxWords: 45,
    pattern:
      /^dilarang(?:\s{1,3}keras)?\s{1,3}(?:mengambil|menyalin|mengutip|memperbanyak|menayangkan|mereproduksi)(?![\p{L}\p{N}])[^\n]{0,160}?(?<![\p{L}\p{N}])(?:konten|artikel|berita|izin|seizin|redaksi)(?![\p{L}\p{N}])/iu,
  },
  // news/05: "Beranda » Politik » Lombok Tengah" — a breadcrumb (home word + a path separator)
  {
    name: 'breadcrumb-line',
    prefix: prefixOf(['beranda', 'home', 'index', 'indeks']),
    first: 'bhi',
    kind: 'furniture',
    scope: 'line',
    maxWords: 14,
    pattern: /^(?:beranda|home|index|indeks)\s{0,3}[»›>\/|]\s{0,3}\S/iu,
  },
  // news/05: "Facebook Twitter WhatsApp Telegram"; news/11: "Bagikan: Facebook Twitter WhatsApp" — a share bar
  // (2+ network names and nothing else)
  {
    name: 'share-bar-line',
    prefix: prefixOf(SHARE_LABELS, SOCIAL_NETWORKS),
    first: firstOf(SHARE_LABELS, SOCIAL_NETWORKS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 14,
    pattern: caseless(
      `^(?:(?:${alt(SHARE_LABELS)})\\s{0,2}:?\\s{1,3})?(?:${alt(SOCIAL_NETWORKS)})(?:\\s{0,3}[,|/·•]?\\s{0,3}(?:${alt(SOCIAL_NETWORKS)})){1,10}$`),
  },
  // news/09 iNews: "Halaman 1 2 3 Selanjutnya", "Halaman Selanjutnya"; news/02 Kompas: "Halaman: 1 2 Selanjutnya".
  // "Halaman kantor bupati dipadati ratusan ASN …" goes on with words, so the line anchor rejects it.
  {
    name: 'pagination-line',
    first: `«‹\\s${firstOf(PAGINATION_LABELS)}`,
    prefix: `[«‹\\s]|${prefixOf(PAGINATION_LABELS)}`,
    kind: 'furniture',
    scope: 'line',
    maxWords: 16,
    pattern: caseless(
      `^[«‹]?\\s{0,2}(?:(?:${alt(PAGINATION_LABELS)})\\s{0,2}:?\\s{1,3}(?:\\d{1,2}(?:\\s{0,2}(?:dari|of|/)\\s{0,2}\\d{1,2})?\\s{1,3}){0,12}(?:${alt(PAGINATION_NEXT)})|(?:${alt(PAGINATION_LABELS)})\\s{0,2}:?\\s{1,3}\\d{1,2}(?:\\s{0,2}(?:dari|of|/)\\s{0,2}\\d{1,2}|(?:\\s{1,3}\\d{1,2}){1,12}))\\s{0,2}[»›]?$`),
  },
  // news/11: "Dibaca 245 kali" — a view counter
  {
    name: 'view-count-line',
    first: 'dvpbat\\d',
    kind: 'furniture',
    scope: 'line',
    maxWords: 8,
    pattern: /^(?:(?:(?:berita|artikel|tulisan)\s{1,3}ini\s{1,3}(?:telah\s{1,3}|sudah\s{1,3})?)?(?:dibaca|dilihat|views?|pembaca)\s{0,2}:?\s{0,2}\d[\d.,]{0,9}(?:\s{0,2}(?:kali|x|views?|pembaca))?|\d[\d.,]{0,9}\s{0,2}(?:kali dibaca|views|pembaca|dibaca))$/iu,
  },
  // news/12: "#BawasluMengawasi #NetralitasASN" — a line made only of hashtags
  {
    name: 'hashtag-line',
    first: '#',
    kind: 'furniture',
    scope: 'line',
    maxWords: 20,
    pattern: /^#[\p{L}\p{N}_]{2,40}(?:[ ,]{1,3}#[\p{L}\p{N}_]{2,40}){0,19}$/u,
  },

  // ─── line: page furniture ───────────────────────────────────────────────────────────────────
  // seed 001 last line: "Post a Comment"; also "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Share"
  {
    name: 'furniture-line',
    prefix: prefixOf(FURNITURE_LINES),
    first: firstOf(FURNITURE_LINES),
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    pattern: caseless(`^(?:${alt(FURNITURE_LINES)})\\s{0,2}[:.]?$`),
  },
  // junk/06: "Pemerintahan"; junk/11: "NASIONAL" — a portal's section label above the headline: 1–3 section
  // names, nothing else
  {
    name: 'section-label-line',
    prefix: prefixOf(SECTION_LABELS),
    first: firstOf(SECTION_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    pattern: caseless(
      `^(?:${alt(SECTION_LABELS)})(?:\\s{0,2}[|/»›>,]\\s{0,2}(?:${alt(SECTION_LABELS)})){0,2}$`),
  },
  // junk/03: "SLOT GACOR HARI INI GAMPANG MAXWIN DEPO 10RB", "situs toto togel online terpercaya bandar slot88
  // resmi" — gambling spam injected into hacked sites: keyword-stuffed, so it opens with a gambling or selling
  // word (or where to play), holds a gambling word AND a word that sells, and has no sentence end. "Polisi
  // Tangkap Bandar Judi Slot di Mataram" sells nothing and stays.
  {
    name: 'gambling-spam-line',
    prefix: prefixOf(GAMBLING_WORDS, GAMBLING_PROMO_WORDS, GAMBLING_OPENERS),
    first: firstOf(GAMBLING_WORDS, GAMBLING_PROMO_WORDS, GAMBLING_OPENERS),
    quick: (t) => t.charCodeAt(t.length - 1) !== 46, /* . */
    kind: 'spam',
    scope: 'line',
    maxWords: 40,
    pattern: new RegExp(
      `^(?:${alt([...GAMBLING_WORDS, ...GAMBLING_PROMO_WORDS, ...GAMBLING_OPENERS])})(?![\\p{L}\\p{N}])` +
        `(?=[^\\n]{0,400}?(?<![\\p{L}\\p{N}])(?:${alt(GAMBLING_WORDS)})(?![\\p{L}\\p{N}]))` +
        `[^\\n]{0,400}?(?<![\\p{L}\\p{N}])(?:${alt(GAMBLING_PROMO_WORDS)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // junk/05: "Dapatkan update berita pilihan … dari KabarDaerah. Download aplikasinya sekarang!" — an app banner:
  // an opener, then the imperative `download`/`unduh` and an app. "Warga bisa mengunduh aplikasi Sirekap" is a
  // sentence (no opener, no bare imperative).
  {
    name: 'app-banner-line',
    prefix: prefixOf(APP_BANNER_OPENERS),
    first: firstOf(APP_BANNER_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 40,
    pattern: new RegExp(
      `^(?:(?:${alt(APP_BANNER_OPENERS)})(?![\\p{L}\\p{N}])[^\\n]{0,240}?(?<![\\p{L}\\p{N}]))?` +
        `(?:download|unduh|install|instal|pasang)\\s{1,3}(?:sekarang\\s{1,3})?(?:aplikasi\\p{L}{0,3}|app(?:likasi)?|apps)(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // seed 002 tail: "18 menit lalu", "25 menit lalu" (a whole line; "10 menit lalu" inside a sentence stays)
  {
    name: 'relative-time-line',
    first: '\\d',
    kind: 'furniture',
    scope: 'line',
    maxWords: 5,
    pattern: caseless(`^\\d{1,3}\\s{1,3}(?:${UNIT_ALT})\\s{1,3}(?:yang\\s{1,3})?(?:lalu|ago)$`),
  },
  // social follow lines and channel promotions: "Ikuti berita terkini dari kami di Google News"; news/06: "Follow
  // Berita Lombok Post di Google News"; news/02 Kompas: "Dapatkan update berita pilihan dan breaking news setiap
  // hari dari Kompas.com. Mari bergabung di Grup Telegram …" (40+ words). A promotion needs an opener, a NEWS word
  // and a channel, in that order: "Gabung di grup WhatsApp tim pemenangan, tiga ASN dipanggil Bawaslu." names no
  // news and stays.
  {
    name: 'follow-us-line',
    prefix: prefixOf(PROMO_OPENERS),
    first: firstOf(PROMO_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 70,
    pattern: new RegExp(
      `^(?:${alt(PROMO_OPENERS)})(?![\\p{L}\\p{N}])[^\\n]{0,80}?(?<![\\p{L}\\p{N}])(?:${alt(PROMO_NEWS_WORDS)})(?![\\p{L}\\p{N}])` +
        `[^\\n]{0,220}?(?<![\\p{L}\\p{N}])(?:${alt(PROMO_CHANNELS)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },

  // ─── line: footers ──────────────────────────────────────────────────────────────────────────
  // not in the seeds; credit lines: "Editor: Andi Syahputra", "Pewarta : Ahmad Subaidi", "Sumber: ANTARA".
  // A colon right after the label and a short line are required: "Editor senior itu mengatakan…" stays.
  {
    name: 'footer-credit',
    prefix: prefixOf(FOOTER_LABELS),
    first: firstOf(FOOTER_LABELS),
    kind: 'footer',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(`^(?:${alt(FOOTER_LABELS)})\\s{0,3}[:：]\\s{0,3}\\S`, 'iu'),
  },
  // not in the seeds; "Copyright © 2024 LombokJournal.com. All rights reserved."
  {
    name: 'footer-copyright',
    prefix: prefixOf(['©', '(c)', 'copyright', 'all rights reserved', 'hak cipta dilindungi']),
    first: '©(cah',
    kind: 'footer',
    scope: 'line',
    maxWords: 30,
    pattern: /^(?:©|\(c\)\s{0,2}\d{4}|copyright(?![\p{L}\p{N}])|all rights reserved|hak cipta dilindungi)/iu,
  },


  // news/02 Kompas: "Tag: netralitas ASN KASN pilkada 2024 Agus Pramusinto sanksi ASN …" (a tag list is longer than
  // a credit line)
  {
    name: 'footer-tags',
    prefix: prefixOf(['tags', 'topik', 'kata kunci', 'keywords', 'label']),
    first: 'tkl',
    kind: 'footer',
    scope: 'line',
    maxWords: 45,
    pattern: /^(?:tags?|topik|kata\s{1,3}kunci|keywords?|label)\s{0,3}[:：]\s{0,3}\S/iu,
  },
  // photo captions: news/11 "Foto: Asisten I Setda KSB saat membuka sosialisasi … Rabu (6/11/2024)." (longer than a
  // credit line); news/16 "Ilustrasi - Petugas Bawaslu memeriksa berkas …". A separator after the label is
  // required: "Foto bersama calon …" and "Ilustrasi yang dipasang di baliho …" are sentences.
  {
    name: 'caption-label-line',
    prefix: prefixOf(CAPTION_LABELS),
    first: firstOf(CAPTION_LABELS),
    kind: 'caption',
    scope: 'line',
    maxWords: 45,
    pattern: new RegExp(`^(?:${alt(CAPTION_LABELS)})\\s{0,3}(?:[:：]|\\s[-–—])\\s{0,3}\\S`, 'iu'),
  },
  // news/03 Antara: "Ketua Bawaslu NTB Itratip (tengah) memberikan keterangan pers …, Rabu (20/11/2024). ANTARA/Nur
  // Imansyah"; news/16: "… netralitas ASN. (Foto: ANTARA/Akbar Tado)". A caption ends with a photo credit
  // `SOURCE/Name`; body text never does.
  {
    name: 'caption-credit-line',
    quick: (t) => {
      // the credit `SOURCE/Name` ends the text and no `/` can follow its slash: ≤ 2 spaces, a capital, 40 name
      // characters, a letter and `)` (each ≤ 2 code units) after the LAST slash, so it is within 88 units of the end
      // (looked for in those last 88 units only: `lastIndexOf` walked the whole of a text without a slash)
      if (t.indexOf('/', t.length - 88) < 0) return false;
      // …and it ends with a letter (`\p{L}`; a low surrogate may end an astral one) or `)`: not `(6/11/2024).`
      const last = t.charCodeAt(t.length - 1);
      return last === 41 /* ) */ || isLetterUnit(last) || (last >= 0xdc00 && last <= 0xdfff);
    },
    kind: 'caption',
    scope: 'line',
    maxWords: 60,
    pattern: new RegExp(
      `(?:^|[\\s.(])(?:(?:${anyCase(['foto', 'photo'])})\\s{0,2}:\\s{0,2})?(?:${anyCase(PHOTO_CREDIT_SOURCES)})\\s{0,2}/\\s{0,2}\\p{Lu}[\\p{L}.'’ -]{0,40}\\p{L}\\)?$`,
      'u',
    ),
  },

  // junk/02: "Ilustrasi pengawas pemilu memantau kampanye. (Foto: Dok. Istimewa)"; junk/12: "Ilustrasi. (Ist)" — a
  // caption that ends with a photo credit in brackets. A short line only: a body paragraph is longer and does not
  // end with a credit.
  {
    name: 'caption-paren-credit-line',
    quick: endsWithParen,
    kind: 'caption',
    scope: 'line',
    maxWords: 30,
    pattern: new RegExp(
      `(?:^|[\\s.])\\((?:${anyCase(['foto', 'photo', 'dok', 'dok.', 'dokumentasi', 'ist', 'ist.', 'istimewa', 'ilustrasi', 'sumber foto'])})(?![\\p{L}\\p{N}])[^()\\n]{0,60}\\)$`,
      'u',
    ),
  },
  // junk/04: "Dok. Istimewa"; "(Foto/Ist)", "Dok. Humas Pemkab Garut" — a photo credit alone on its line
  {
    name: 'photo-credit-line',
    prefix: `\\(|${prefixOf(['dok', 'dokumentasi', 'foto', 'ist', 'istimewa'])}`,
    first: '(dfi',
    kind: 'caption',
    scope: 'line',
    maxWords: 6,
    // (after `Dok.` a name may follow a space; after `Foto`, `Ist` a separator is needed: "Foto bersama calon")
    pattern: /^\(?(?:dok\.\s{0,2}[\p{L}][\p{L}.'’ -]{0,40}|(?:dokumentasi|foto|ist\.?|istimewa)(?:\s{0,2}[/:]\s{0,2}[\p{L}][\p{L}.'’ -]{0,40})?)\)?$/iu,
  },

  // ─── block: related-news block headings ─────────────────────────────────────────────────────
  // seed 002 tail: "Berita Terkait" (followed by "Warga Koba datang lebih awal ke TPS" / "18 menit lalu")
  // seed 004 tail: "Terpopuler", "Artikel Terbaru". A whole line only: "Berita terkait netralitas ASN kerap
  // muncul menjelang pilkada." is a sentence and stays.
  {
    name: 'related-block-heading',
    prefix: prefixOf(RELATED_BLOCK_HEADINGS),
    first: firstOf(RELATED_BLOCK_HEADINGS),
    kind: 'related-block',
    scope: 'block',
    maxWords: 5,
    pattern: caseless(`^(?:${alt(RELATED_BLOCK_HEADINGS)})\\s{0,2}[:»>]?$`),
  },
  // seed 002 tail: "18 menit lalu" under a headline
  {
    name: 'related-block-time',
    first: '\\d',
    kind: 'related-block',
    scope: 'item',
    maxWords: 5,
    pattern: caseless(`^\\d{1,3}\\s{1,3}(?:${UNIT_ALT})\\s{1,3}(?:yang\\s{1,3})?(?:lalu|ago)$`),
  },
  // not in the seeds; a dated headline list: "Senin, 12 Agustus 2024 | 10:15 WIB"
  {
    name: 'related-block-date',
    quick: hasFourDigits,
    first: HEADER_DATE_FIRST,
    kind: 'related-block',
    scope: 'item',
    maxWords: 8,
    pattern: HEADER_DATE_LINE,
  },

  // ─── inline: related links inside a paragraph ───────────────────────────────────────────────
  // not in the seeds; common in ANTARA/Kompas copy: "…kata dia. (Baca juga: Bawaslu temukan 12 ASN …)"
  {
    name: 'inline-related-paren',
    quick: mayHoldInlineRelated,
    kind: 'inline-related',
    scope: 'inline',
    pattern: new RegExp(
      `[(\\[]\\s{0,3}(?:baca|simak|lihat|cek)(?:\\s{1,3}(?:juga|pula))?\\s{0,3}[:：]\\s{0,3}[^()\\[\\]\\n]{1,300}[)\\]]`,
      'giu',
    ),
  },

  // ─── tail: editor initials at the end of a paragraph ────────────────────────────────────────
  // seed 004: "…program dari masing-masing pasangan calon.(eri/art/kpg)"; seed 003: "…tutup Ilham. (editorMRC)";
  // also "(ant)", "(rls)", "(*)", and up to three in a row: "(ant) (rls)". Only after sentence punctuation (or as the whole paragraph), so a
  // paragraph ending "…dilaporkan ke Badan Kepegawaian Negara (BKN)" keeps its acronym.
  {
    name: 'editor-initials-paren',
    quick: endsWithParen,
    kind: 'editor-initials',
    scope: 'tail',
    pattern: new RegExp(
      `(?:^|(?<=[.!?"”’…]))(?:\\s{0,3}\\((?:[\\p{L}*]{1,8}(?:\\s{0,2}/\\s{0,2}[\\p{L}*]{1,8}){1,5}|\\p{Ll}{2,6}|\\*{1,3}|[Ee]ditor\\s{0,1}\\p{L}{0,12}|${anyCase(EDITOR_SIGNOFFS)})\\)){1,3}$`,
      'u',
    ),
  },
  // seed 000: "…serta tidak terlibat langsung kampanye terbuka maupun tertutup. jm/her"
  {
    name: 'editor-initials-bare',
    quick: (t) => {
      // ends with `/` and 1–6 lower-case letters (≤ 12 code units)
      // (looked for in those last 13 units only: `lastIndexOf` walked the whole of a text without a slash)
      return t.indexOf('/', t.length - 13) >= 0;
    },
    kind: 'editor-initials',
    scope: 'tail',
    pattern: /(?:^|(?<=[.!?"”’…]))\s{0,3}\p{Ll}{1,6}(?:\/\p{Ll}{1,6}){1,4}$/u,
  },
];


/** `^[first]` with the rule pattern's own flags (so `i` folds case exactly as the pattern does). */
const FIRST_RE = new Map<CleanRule, RegExp>();
function firstRe(rule: CleanRule): RegExp {
  let re = FIRST_RE.get(rule);
  if (re === undefined) {
    re = new RegExp(`^[${rule.first}]`, testFlags(rule));
    FIRST_RE.set(rule, re);
  }
  return re;
}

/** Whether a text starting with the UTF-16 unit `code` may match `rule` as far as its `first` says. Astral
 *  and lone-surrogate starts (and the empty text) are always allowed: the pattern decides. */
function firstAllows(rule: CleanRule, code: number): boolean {
  if (rule.first === undefined || !(code >= 0) || (code >= 0xd800 && code <= 0xdfff)) return true;
  return firstRe(rule).test(String.fromCharCode(code));
}

/** The pattern alone (after the cheap `quick` test); `lastIndex` is reset for global patterns. */
function patternHits(rule: CleanRule, text: string): boolean {
  if (rule.quick !== undefined && !rule.quick(text)) return false;
  rule.pattern.lastIndex = 0;
  const hit = rule.pattern.test(text);
  rule.pattern.lastIndex = 0;
  return hit;
}

/** Whether `rule` fires on `text` (a whitespace-normalised line or paragraph), honouring `maxWords`. */
export function fires(rule: CleanRule, text: string, words = countSpacedWords(text, (rule.maxWords ?? 0) + 1)): boolean {
  if (rule.maxWords !== undefined && words > rule.maxWords) return false;
  if (!firstAllows(rule, text.charCodeAt(0))) return false;
  return patternHits(rule, text);
}

/** Per rule list, per first UTF-16 unit of a text: the rules whose `first` allows it, in order. Built on
 *  first use. A line then tries only the few rules that can start with its first character instead of all
 *  ~25 (each anchored regex call costs more than the whole lookup). */
const RULES_BY_FIRST = new Map<readonly CleanRule[], Map<number, readonly CleanRule[]>>();

function rulesStartingWith(rules: readonly CleanRule[], code: number): readonly CleanRule[] {
  if (!(code >= 0) || (code >= 0xd800 && code <= 0xdfff)) return rules;
  let byCode = RULES_BY_FIRST.get(rules);
  if (byCode === undefined) {
    byCode = new Map();
    RULES_BY_FIRST.set(rules, byCode);
  }
  let list = byCode.get(code);
  if (list === undefined) {
    list = rules.filter((r) => firstAllows(r, code));
    byCode.set(code, list);
  }
  return list;
}

/** `^(?:prefix)` with the rule pattern's own flags. */
const PREFIX_RE = new Map<CleanRule, RegExp>();
function prefixRe(rule: CleanRule): RegExp {
  let re = PREFIX_RE.get(rule);
  if (re === undefined) {
    re = new RegExp(`^(?:${rule.prefix})`, testFlags(rule));
    PREFIX_RE.set(rule, re);
  }
  return re;
}

/** Per first PREFIX_UNITS units of a text (its head), per rule list: the rules of `rulesStartingWith` whose
 *  `prefix` allows the head. Real text starts with a few thousand distinct heads; the cache stops growing
 *  at HEAD_CACHE_MAX heads (after that, unseen heads get the first-character list, which is always safe:
 *  `prefix` only rules out rules that cannot match).
 *  Heads of units below 255 (nearly all) get a key of 24 bits, a small integer that a Map hashes directly;
 *  other heads the base-65537 number, which is not (a heap number per lookup). The two key spaces overlap,
 *  hence two Maps. A head's entry holds one list per rule list (by `listNumber`), so the three rule lists
 *  a line is tried against (byline, block, line) cost one head lookup, not three. */
const HEADS_SMALL = new Map<number, Array<readonly CleanRule[]>>();
const HEADS_LARGE = new Map<number, Array<readonly CleanRule[]>>();
const HEAD_CACHE_MAX = 1 << 15;
/** The rule lists the head cache knows, numbered by position (one per scope, from `rulesOf`; a list a caller
 *  builds itself gets a number too, up to HEAD_LISTS_MAX, then no head cache). */
const HEAD_LISTS: Array<readonly CleanRule[]> = [];
const HEAD_LISTS_MAX = 16;
/** An entry's slot for a rule list whose head list is not made yet (compared by identity). */
const NOT_YET: readonly CleanRule[] = Object.freeze([]);

/** `rules`' number among HEAD_LISTS (a linear scan: there are a handful), or -1 when there is no room. */
function listNumber(rules: readonly CleanRule[]): number {
  for (let k = 0; k < HEAD_LISTS.length; k++) if (HEAD_LISTS[k] === rules) return k;
  if (HEAD_LISTS.length >= HEAD_LISTS_MAX) return -1;
  HEAD_LISTS.push(rules);
  return HEAD_LISTS.length - 1;
}

function rulesForStart(rules: readonly CleanRule[], text: string): readonly CleanRule[] {
  // the head as a number: each unit + 1 (0 past the end), in base 256 when every unit is below 255,
  // otherwise in base 65537. A surrogate among them could be half of a letter that the prefix test on
  // the cut head would not see whole: no refinement then.
  let key = 0;
  let small = true;
  for (let k = PREFIX_UNITS - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return rulesStartingWith(rules, text.charCodeAt(0));
    if (c >= 255) small = false;
    key = (key << 8) | (c >= 0 ? c + 1 : 0);
  }
  if (!small) {
    key = 0;
    for (let k = PREFIX_UNITS - 1; k >= 0; k--) {
      const c = text.charCodeAt(k);
      key = key * 65537 + (c >= 0 ? c + 1 : 0);
    }
  }
  const id = listNumber(rules);
  if (id < 0) return rulesStartingWith(rules, text.charCodeAt(0));
  const byHead = small ? HEADS_SMALL : HEADS_LARGE;
  let head = byHead.get(key);
  if (head === undefined) {
    // once the cache is full, an unseen head gets the same list, made and not kept: which rules a line tries
    // never depends on what the process read before
    if (HEADS_SMALL.size + HEADS_LARGE.size >= HEAD_CACHE_MAX) return headList(rules, text);
    head = new Array<readonly CleanRule[]>(HEAD_LISTS_MAX).fill(NOT_YET);
    byHead.set(key, head);
  }
  // a head seen before with this list: its list (the head fixes the first unit, so the first-unit list it
  // was cut from is the same one)
  let list = head[id]!;
  if (list !== NOT_YET) return list;
  list = headList(rules, text);
  head[id] = list;
  return list;
}

/** The rules of `rules` whose first character and `prefix` allow the head of `text`. */
function headList(rules: readonly CleanRule[], text: string): readonly CleanRule[] {
  const byFirst = rulesStartingWith(rules, text.charCodeAt(0));
  const cut = text.slice(0, PREFIX_UNITS);
  return byFirst.length === 0 ? byFirst : byFirst.filter((r) => r.prefix === undefined || prefixRe(r).test(cut));
}

/** The first rule of `rules` that fires on `text`, or null (the same answer as trying `fires` on each).
 *  `words` is the text's word count as the caller counted it (no further than some cap). Leave it out (or
 *  pass -1) to have words counted here as `countSpacedWords(text, cap)` would, and only as far as a rule that is
 *  tried needs: that count exceeds a rule's `maxWords` exactly when `maxWords < cap` and the first
 *  `maxWords + 1` words are there. Most lines try no rule with a word limit (`prefix`), or only short ones,
 *  so a long body line is not walked to `cap`. */
export function firstMatch(rules: readonly CleanRule[], text: string, words = -1, cap = 100): CleanRule | null {
  // words counted so far, no further than `countedTo` (exact below it)
  let counted = words;
  let countedTo = words >= 0 ? Number.MAX_SAFE_INTEGER : 0;
  for (const r of rulesForStart(rules, text)) {
    const max = r.maxWords;
    if (max !== undefined && (words >= 0 || max < cap)) {
      if (countedTo <= max) {
        counted = countSpacedWords(text, max + 1);
        countedTo = max + 1;
      }
      if (counted > max) continue;
    }
    if (patternHits(r, text)) return r;
  }
  return null;
}

/** The `quick` pre-test of `rule` (true when it has none): callers that run a tail or inline pattern
 *  themselves skip the regex when this is false. */
export function mayMatch(rule: CleanRule, text: string): boolean {
  return rule.quick === undefined || rule.quick(text);
}

/** The rules of one scope, in declaration order. */
export function rulesOf(scope: RuleScope): readonly CleanRule[] {
  return RULES.filter((r) => r.scope === scope);
}
