// Title compile: the lexicon titles, acting prefixes, division posts and `Kepala <ACRONYM>` compiled into sticky
// regexes, one per title head word (compiled on first use), and titleAt(), which finds the title at a word run.
// Compiled once at module load (the per-head regexes on first use); no state per article.
import { SPACE, alternationOf, alternationOfSources, escapeRe as esc } from '../../text/regex.js';
import { wordTrieAlternation } from '../../text/fast/word-trie.js';
import { LETTER_OR_DIGIT, classBefore, runEndAt } from '../../lexicon/matcher.js';
import {
  ACTING_PREFIXES,
  ACTING_QUALIFIERS,
  BODIES,
  DINAS_ACRONYMS,
  DIVISION_BODIES,
  DIVISION_POSITIONS,
  NATIONAL_AGENCY_ACRONYMS,
  ORG_WORDS,
  REGIONAL_AGENCY_ACRONYMS,
  TITLES,
  type TitleDef,
} from '../../lexicon/titles.js';
import { stickyAt } from './scan.js';
import { WordFilter } from './word-filter.js';

/** `Wali Kota` → `(?:[Ww]ali|WALI)[ \t]{1,2}(?:[Kk]ota|KOTA)`; acronyms (`KPU`) stay as written. */
export function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => {
      if (w === w.toUpperCase()) return esc(w);
      const first = w[0]!;
      const rest = esc(w.slice(1));
      return `(?:[${first.toUpperCase()}${first.toLowerCase()}]${rest}|${esc(w.toUpperCase())})`;
    })
    .join('[ \\t]{1,2}');
}

const TITLE_BY_KEY = new Map<string, TitleDef>();
for (const t of TITLES) TITLE_BY_KEY.set(t.phrase.toLowerCase(), t);
const AGENCY_ACRONYMS = [...REGIONAL_AGENCY_ACRONYMS, ...DINAS_ACRONYMS, ...NATIONAL_AGENCY_ACRONYMS];

/** Lexicon titles, longest first (the regex alternation tries them in this order). */
const SORTED_TITLES = [...TITLES].sort((a, b) => b.phrase.length - a.phrase.length);
/** An alternation of phrases; none at all never matches. */
const phraseAlt = (phrases: readonly string[]): string => (phrases.length > 0 ? alternationOfSources(phrases.map((p) => phrasePattern(p))) : '(?!)');
/** The same alternation with the words its phrases share read once (see wordTrieAlternation: its conditions
 *  hold here, as every title phrase is followed by a word end). The title regexes of frequent heads (`Kepala`,
 *  `Komisioner`) have hundreds of branches that all start with the head: flat, each branch re-read it. */
const factoredPhraseAlt = (phrases: readonly string[]): string => wordTrieAlternation(phrases, phrasePattern, '[ \\t]{1,2}');
const ACTING_ALT = alternationOfSources(ACTING_PREFIXES.map((p) => phrasePattern(p)));
const ACRONYM_ALT = alternationOf(AGENCY_ACRONYMS, { space: SPACE.literal });
const DIV_POS_ALT = alternationOfSources(DIVISION_POSITIONS.map((p) => phrasePattern(p)));
const DIV_BODY_ALT = alternationOf(DIVISION_BODIES, { space: SPACE.literal });
/** A division's words written in lower case (`koordinator divisi penanganan pelanggaran Bawaslu X`): organisation
 *  words only (`dan` among them), so a clause (`Kordiv yang ada di Bawaslu`) is never read as a division. */
const DIV_LOWER_ALT = alternationOf(ORG_WORDS.filter((w) => /^\p{Ll}+$/u.test(w)), { space: SPACE.literal });
// A title: an optional acting prefix (actingSource, `Penjabat (Pj)` too), then titleSource: groups 1–3: a
// division post (`Koordinator Divisi` + division words + body: `Koordinator Divisi Penanganan Pelanggaran
// Bawaslu`); group 4: a lexicon title; group 5: `Kepala <ACRONYM>` acronym.
// The acting prefixes and lexicon titles are parameters: titleAt() runs them with only the branches that can
// start with a given word.
function actingSource(acting: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${phraseAlt(acting)})(?:[ \\t]{1,2}(?:${phraseAlt(ACTING_QUALIFIERS)}))?\\.?(?:[ \\t]{1,2}\\((?:${ACTING_ALT})\\.?\\))?[ \\t]{1,2}`;
}
function titleSource(titles: readonly TitleDef[], division = true, kepala = true, factored = false): string {
  // A division post can only start at a division head word, `Kepala <ACRONYM>` only at `Kepala`: for other heads
  // the branch is left out (its groups kept, never matching, so the numbering stays). A smaller regex is
  // cheaper to run, mostly because its code is cold at each title.
  const div = division
    ? `(${DIV_POS_ALT})((?:[ \\t]{1,2}(?:\\p{Lu}[\\p{L}-]{0,30},?|(?:${DIV_LOWER_ALT})(?![\\p{L}\\p{N}-]),?|&)){1,14}?)[ \\t]{1,2}(${DIV_BODY_ALT})`
    : '(?!)()()()';
  const acr = kepala ? `${phrasePattern('Kepala')}[ \\t]{1,2}(${ACRONYM_ALT}|\\p{Lu}{3,6})` : '(?!)()';
  return `(?<![\\p{L}\\p{N}])(?:${div}|(${(factored ? factoredPhraseAlt : phraseAlt)(titles.map((t) => t.phrase))})|${acr})(?![\\p{L}\\p{N}])`;
}

/**
 * Pre-filter for the title regex. It has hundreds of case-variant branches, and running it at every
 * position of every article was the most expensive step of this extractor. Every match starts at a word
 * run (maximal `[\p{L}\p{N}]+`) that is the first word of an acting prefix, a division post, a lexicon
 * title or `Kepala`, written as phrasePattern allows (`Bupati`, `bupati`, `BUPATI`; `MenPAN` of
 * `MenPAN-RB`), and a title word is always followed by a non-word character (space, dot, parenthesis, end).
 * So the regex is only tried, sticky, at runs whose lower-cased text is one of these heads, and there
 * only with the branches that can start with that head (same order, so the same match); an acting head
 * is followed by any title: see titleAt().
 */
/** Per head: the acting prefixes and lexicon titles starting with it, and whether a division post or
 *  `Kepala <ACRONYM>` can. */
interface HeadEntry {
  acting: string[];
  titles: TitleDef[];
  division: boolean;
  kepala: boolean;
}
const TITLE_HEADS = new Map<string, HeadEntry>();
{
  const headsOf = (phrase: string): Set<string> => {
    const w = phrase.split(' ')[0]!;
    const heads = new Set<string>();
    for (const form of [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.charAt(0).toLowerCase() + w.slice(1)]) {
      const run = /^[\p{L}\p{N}]+/u.exec(form)?.[0];
      if (!run) throw new Error(`title phrase must start with a letter or digit: ${phrase}`);
      heads.add(run.toLowerCase());
    }
    return heads;
  };
  const entry = (h: string): HeadEntry => {
    let e = TITLE_HEADS.get(h);
    if (!e) TITLE_HEADS.set(h, (e = { acting: [], titles: [], division: false, kepala: false }));
    return e;
  };
  for (const p of ACTING_PREFIXES) for (const h of headsOf(p)) entry(h).acting.push(p);
  for (const t of SORTED_TITLES) for (const h of headsOf(t.phrase)) entry(h).titles.push(t);
  for (const p of DIVISION_POSITIONS) for (const h of headsOf(p)) entry(h).division = true;
  for (const h of headsOf('Kepala')) entry(h).kepala = true;
}
/**
 * An acting head (`Pj`, `Plt`, `Penjabat`) may be followed by any title, so one regex for it would carry every
 * title, and acting heads are frequent. The regex is instead run in two steps, which find the same match:
 * ACTING_AT_BY_HEAD matches the acting part alone (actingSource: prefix, `.`, `(Pj)`, spaces), then the
 * title part (titleSource) is tried, with the branches for the head of the next word
 * only; if that fails, the title part is tried at the head itself (as the optional group lets the regex do).
 * Same match because the acting part matches in at most one way: its prefixes are whole words, none the
 * start of another (checked below), dropping the `.` or the parenthesis leaves a `.`, `(` or space where the
 * title part must start with a letter or digit, and fewer spaces leave a space there.
 */
for (const a of ACTING_PREFIXES)
  for (const b of ACTING_PREFIXES)
    if (a !== b && b.toLowerCase().startsWith(`${a.toLowerCase()} `)) throw new Error(`acting prefix ${a} starts ${b}`);
const ACTING_AT_BY_HEAD = new Map<string, RegExp>();
for (const [head, e] of TITLE_HEADS)
  if (e.acting.length > 0)
    ACTING_AT_BY_HEAD.set(head, new RegExp(actingSource(e.acting), 'uy'));
/** Title part (no acting prefix) per head, compiled on first use. */
const TITLE_AT_BY_HEAD = new Map<string, RegExp>();

/** The sticky title regex without acting prefixes for a head word (compiled on first use), or undefined when
 *  no title starts so. */
function titleRegexFor(head: string): RegExp | undefined {
  let re = TITLE_AT_BY_HEAD.get(head);
  if (re) return re;
  const e = TITLE_HEADS.get(head);
  if (!e) return undefined;
  re = new RegExp(titleSource(e.titles, e.division, e.kepala, true), 'uy');
  TITLE_AT_BY_HEAD.set(head, re);
  return re;
}

/** For the tests: the title regex of a head, and the one with every branch (what it must match the same as). */
export function titleRegexPair(head: string): [RegExp, RegExp] | null {
  const e = TITLE_HEADS.get(head);
  const re = titleRegexFor(head);
  return e && re ? [re, new RegExp(titleSource(e.titles), 'uy')] : null;
}

/** What parseTitles reads of a title match (the groups of titleSource). */
export interface TitleMatch {
  start: number;
  end: number;
  /** an acting prefix led the title */
  acting: boolean;
  /** group 3: the body of a division post */
  divisionBody: string | undefined;
  /** group 4: a lexicon title phrase as written */
  phrase: string | undefined;
  /** group 5: the acronym of `Kepala <ACRONYM>` */
  acronym: string | undefined;
}

/** The title starting right at `pos` (`head`: the lower-cased word run there, when known), or null.
 *  A "name" that is one (`MenPAN-RB, Mendagri, Kepala BKN`) is a list of titles. */
export function titleAt(text: string, pos: number, head?: string): TitleMatch | null {
  if (head === undefined) {
    // a title starts a word run: nothing starts inside a word or on a non-word character
    if (classBefore(text, pos) & LETTER_OR_DIGIT) return null;
    const end = runEndAt(text, pos);
    // (the pre-filter settles most words without slicing them: a head outside TITLE_HEADS starts no title)
    if (end === pos || !TITLE_HEAD_FILTER.mayHave(text, pos, end)) return null;
    head = text.slice(pos, end).toLowerCase();
  }
  const acting = ACTING_AT_BY_HEAD.get(head);
  if (acting) {
    const a = stickyAt(acting, text, pos);
    if (a) {
      const q = pos + a[0].length;
      const end = runEndAt(text, q);
      const re = end > q ? titleRegexFor(text.slice(q, end).toLowerCase()) : undefined;
      const m = re ? stickyAt(re, text, q) : null;
      if (m && !lowerCapitalOnly(m[4])) return { start: pos, end: q + m[0].length, acting: true, divisionBody: m[3], phrase: m[4], acronym: m[5] };
    }
  }
  const re = titleRegexFor(head);
  const m = re ? stickyAt(re, text, pos) : null;
  if (m && lowerCapitalOnly(m[4])) return null;
  return m ? { start: pos, end: pos + m[0].length, acting: false, divisionBody: m[3], phrase: m[4], acronym: m[5] } : null;
}
/** Titles that are titles only when capitalised (TitleDef.capitalOnly: `dukuh`, `petinggi` are ordinary words). */
const CAPITAL_ONLY = new Set(TITLES.filter((t) => t.capitalOnly).map((t) => t.phrase.toLowerCase()));
/** A matched lexicon phrase written in lower case whose title is one only when capitalised. */
function lowerCapitalOnly(phrase: string | undefined): boolean {
  return phrase !== undefined && /^\p{Ll}/u.test(phrase) && CAPITAL_ONLY.has(phrase.replace(/[ \t]+/gu, ' ').toLowerCase());
}
export const TITLE_HEAD_FILTER = new WordFilter(TITLE_HEADS);

/** The lexicon title a matched phrase is (`Wakil  BUPATI` → `wakil bupati`), or null; memoised per phrase as
 *  written (the forms are few: lexicon phrases by case and spacing). */
const DEF_BY_PHRASE = new Map<string, TitleDef | null>();
export function titleDefOf(phrase: string): TitleDef | null {
  let def = DEF_BY_PHRASE.get(phrase);
  if (def === undefined) {
    def = TITLE_BY_KEY.get(phrase.replace(/[ \t]+/gu, ' ').toLowerCase()) ?? null;
    if (DEF_BY_PHRASE.size >= 10_000) DEF_BY_PHRASE.clear();
    DEF_BY_PHRASE.set(phrase, def);
  }
  return def;
}

/** Lexicon-derived word sets the parsers share (lower-cased). */
/** Acronyms that are never names even in an all-caps run (`BKPSDM`, `KPU`). */
export const ACRONYM_WORDS = new Set([...AGENCY_ACRONYMS, ...BODIES].map((a) => a.toLowerCase()));
export const ORG = new Set(ORG_WORDS);
export const REGIONAL_AGENCY = new Set(REGIONAL_AGENCY_ACRONYMS.map((a) => a.toLowerCase()));
export const DINAS_AGENCY = new Set(DINAS_ACRONYMS.map((a) => a.toLowerCase()));
