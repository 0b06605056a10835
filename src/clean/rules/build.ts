// Helpers that build the clean rules' patterns and speed hints from lexicon lists (src/lexicon/boilerplate.ts),
// and the shared date-line patterns. See rules/types.ts for what a rule is.
import {
  CREDIT_ROLES,
  DATE_LABELS,
  HEADER_WEEKDAYS,
  INLINE_RELATED_VERBS,
  RELATIVE_TIME_UNITS,
} from '../../lexicon/boilerplate.js';
import { HEADER_MONTHS, TIME_ZONES } from '../../lexicon/calendar.js';
import { BYLINE_SUFFIX_LABELS, CLOCK_MERIDIEMS } from '../../lexicon/line-cues.js';
import { SPACE, alternationOf, alternationOfSources, phraseRe } from '../../text/regex.js';
import { isLetterUnit } from '../../text/words.js';
import type { CleanRule } from './types.js';

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
export const CASELESS = new WeakSet<RegExp>();

/** `new RegExp(source, 'iu' + flags)`, in the form `caselessSource` gives (see there). */
export function caseless(source: string, flags = ''): RegExp {
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
export function lit(s: string): string {
  return phraseRe(s, SPACE.ws1to3);
}
/** Longest first, so `baca berita lainnya` wins over `baca`. */
export function alt(list: readonly string[]): string {
  return alternationOf(list, { space: SPACE.ws1to3 });
}
/** A character class (source) holding the first character of every entry: the `first` of a rule whose
 *  pattern starts with `alt(list)` (or `anyCase(list)`). Characters with a meaning inside a class are escaped. */
export function firstOf(...lists: ReadonlyArray<readonly string[]>): string {
  const chars = new Set<string>();
  for (const list of lists) for (const w of list) chars.add(w.charAt(0));
  return [...chars]
    .sort()
    .map((c) => (/[\\\]\[^-]/u.test(c) ? `\\${c}` : c))
    .join('');
}

/** Units of a text's start that `prefix` is tested on. */
export const PREFIX_UNITS = 3;
/** The `prefix` of a rule whose pattern starts with `alt(list)` (or `anyCase(list)`): each entry cut to its
 *  first PREFIX_UNITS characters, and before its first space, since `lit` lets a space match 1–3 whitespace
 *  characters, which may run past the units looked at. */
export function prefixOf(...lists: ReadonlyArray<readonly string[]>): string {
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
export const INLINE_RELATED_OPEN = new RegExp(`[(\\[]\\s{0,3}(?:${alt(INLINE_RELATED_VERBS)})`, 'iuy');
export function mayHoldInlineRelated(t: string): boolean {
  return opensVerb(t, '(') || opensVerb(t, '[');
}
export function opensVerb(t: string, open: string): boolean {
  for (let i = t.indexOf(open); i >= 0; i = t.indexOf(open, i + 1)) {
    INLINE_RELATED_OPEN.lastIndex = i;
    if (INLINE_RELATED_OPEN.test(t)) return true;
  }
  return false;
}

/** `quick` for `byline-author-outlet`: a dash with a space on each side (` - `, ` – `, ` — `). */
export function hasSpacedDash(t: string): boolean {
  for (const dash of ['-', '–', '—']) {
    for (let i = t.indexOf(dash, 1); i >= 0; i = t.indexOf(dash, i + 1)) {
      if (t.charCodeAt(i - 1) === 32 && t.charCodeAt(i + 1) === 32) return true;
    }
  }
  return false;
}

/** `quick` for tail patterns that end in `\)` (optionally repeated) right at the end of the text. */
export const endsWithParen = (t: string): boolean => t.charCodeAt(t.length - 1) === 41; /* ) */

/** Case variants of a word for patterns that cannot use the `i` flag (because they use \p{Lu}/\p{Ll}). */
export function anyCase(list: readonly string[]): string {
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
    const body = parts.length === 1 ? parts[0]! : `(?:${alternationOfSources(parts)})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

export const MONTH_ALT = trieAlt(HEADER_MONTHS.flat());
export const WEEKDAY_ALT = trieAlt(HEADER_WEEKDAYS);
export const UNIT_ALT = alt(RELATIVE_TIME_UNITS);
/** A date as printed in a page header: `Friday, November 22, 2024` or `Jumat, 22 November 2024`,
 *  optionally followed by a time (`| 10:15 WIB`). Groups: en-month, en-day, en-year | id-day, id-month, id-year. */
export const HEADER_DATE_SRC =
  `(?:(?:${WEEKDAY_ALT})\\.?,?\\s{1,3})?` +
  `(?:(${MONTH_ALT})\\.?\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})|(\\d{1,2})\\s{1,3}(${MONTH_ALT})\\.?,?\\s{1,3}(\\d{4}))` +
  `(?:\\s{0,3}[,|/\\-–]?\\s{0,3}(?:pukul\\s{1,3})?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s{1,3}(?:${alt([...TIME_ZONES, ...CLOCK_MERIDIEMS, ...CLOCK_MERIDIEMS.map((m) => m.toLowerCase())])}))?)?`;

/** `first` of HEADER_DATE_LINE: a weekday, a month or a digit opens it. */
export const HEADER_DATE_FIRST = `${firstOf(HEADER_WEEKDAYS, HEADER_MONTHS.flat())}\\d`;

/** The page-header date, anchored on a whole line; groups as described for HEADER_DATE_SRC. */
export const HEADER_DATE_LINE = caseless(`^${HEADER_DATE_SRC}$`);

/** A numeric publication stamp: `12/11/2024, 14:30 WIB` (day first). Groups: day, month, year. */
export const BYLINE_NUMERIC_SRC =
  `(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})` +
  `(?:\\s{0,3}[,|\\-–]?\\s{0,3}(?:pukul\\s{1,3})?\\d{1,2}[:.]\\d{2}(?:\\s{1,3}(?:${alt(TIME_ZONES)}))?)?`;
/** What may stand before the date on a byline line: an author, an outlet (`Kompas.com`), a `Diposting oleh:`
 *  label, and a separator (`-`, `|`, `·`, `•`, `,`). No sentence end (a dot only inside a word), ≤ 80 characters. */
export const BYLINE_PREFIX_SRC =
  `(?:(?:[^.!?"“”\\n]|\\.(?=\\S)){1,80}?\\s{0,3}(?:[|·•,]|\\s[-–—])\\s{0,3})?(?:(?:${alt(DATE_LABELS)})\\s{0,3}:?\\s{1,3})?`;
/** A whole byline line with a date: `Senin, 04 Nov 2024 10:15 WIB`, `Kompas.com - 12/11/2024, 14:30 WIB`,
 *  `Diposting oleh: Admin Diskominfo | 06 November 2024`, `Ade Putra, Jurnalis · Kamis 14 November 2024
 *  11:20 WIB`. Named groups: `named` (a word date as HEADER_DATE_SRC reads it) or `numeric`. */
/** What may follow the date on a byline line: a staff credit (`JUMAT, 16 OKTOBER 2020 | 10:15 WIB LAPORAN: ANDI
 *  SAPUTRA`, `Senin, 4 Nov 2024 - Penulis: Rina`). A credit label is required, so a date followed by a sentence is
 *  not a byline. `by` (portal/09: "November 20, 2024 by humas") is WordPress's credit. */
export const BYLINE_SUFFIX_SRC = `(?:\\s{0,3}[|·•,–—-]?\\s{0,3}(?:${alt([...CREDIT_ROLES, ...BYLINE_SUFFIX_LABELS])})\\s{0,3}:?\\s{1,3}[^\\n]{1,60})?`;
export const BYLINE_DATE_LINE = caseless(
  `^${BYLINE_PREFIX_SRC}(?:(?<named>${HEADER_DATE_SRC})|(?<numeric>${BYLINE_NUMERIC_SRC}))${BYLINE_SUFFIX_SRC}$`,
);

/** Month number (1–12) for a month word from HEADER_MONTHS, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = HEADER_MONTHS.findIndex((names) => names.includes(w));
  return i + 1;
}

