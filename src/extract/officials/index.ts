// OFFICIALS: named persons with a public title, one entry per person per article.
//
// Shape (chrono-style):
//   parsers  — `title-before-name` (`Pj Gubernur NTB, Hassanudin`), `name-before-title`
//              (`Budi Santoso, Kepala Dinas Kominfo`, `X selaku Kepala Y`, `Sugito (Pj Gubernur Babel)`).
//              Both start from one compiled title regex, tried only at title head words (TITLE_HEADS)
//              (acting prefix incl. `Penjabat (Pj)`, division posts
//              `Koordinator Divisi … Bawaslu`, lexicon titles, `Kepala <ACRONYM>`); `extract()` parses the
//              complement (an abbreviation in parentheses, region / org / place, a unit number
//              `0905/`, a field tail `Bidang …`/`Divisi …`) and the name (honorifics, ranks `(Purn)`,
//              initials, `Moh.`, capitals `H. LALU GITA ARIADI`, trailing initials `Safrizal ZA`, degrees),
//              and returns null to reject (no name, a title in name position, headline fragment, common
//              word, shouted headline). Precision guards (each a general cause seen on unseen news):
//              - a "name" that is the title's own jurisdiction is its region (`Camat Sambelia mengimbau`,
//                `Kades Sembalun Bumbung dan …`, `Bupati Bone mengatakan`);
//              - plural/generic titles (`para camat`, `seluruh kepala desa`, `119 kepala desa`) and posts the
//                person does not hold (`calon Bupati`, `mantan Bupati`) are skipped;
//              - never names: connectives and `-nya`/`-pun` words (`Menurutnya`, `Pasalnya`), place runs
//                (`Hotel Lombok Raya`, `di Sangkareang`), a sentence adverbial (`Terpisah, Kepala BKD …`);
//              - the name before a title must not reach into the previous title, and a lower-case title with
//                nothing after it (`Zulkifli, lurah yang …`) is the generic post, not an apposition.
//   refiners — fixed order in extractOfficials() (inside the parser, a deputy without a region right
//              after the head inherits the head's region: `Bupati Lotim X dan Wakil Bupati Y`):
//     1. mergeSamePerson    — `Juaini Taofik` + `H.M.Juaini Taofik` + `HM Juaini Taofik` → one person;
//                             a title without region inherits the region of the person's other mention.
//     2. addBareMentions    — `ujar Ilham`, `kata Hesty`, `H.M.Juaini` → spans of known officials.
//     3. assignHeadlineTitle — a title with no name in the headline/lead + exactly one recurring
//                             untitled speaker (`oleh Ilham`, `ujar Ilham`, `Ilham menegaskan`, ≥ 2×).
//     4. build              — ids (officialKey), sorted by first mention.
import type { ExtractContext, Official, RegionMention, RegionRef, Span } from '../../model.js';
import { areaByCode, districtsByName, provinces, regencies, regencyOf, villagesByName, type Area } from '../../lexicon/gazetteer.js';
import {
  DEGREES_AFTER,
  HONORIFICS_BEFORE,
  MIN_CLITIC_STEM,
  NAME_ABBREVIATIONS,
  NAME_INNER_WORDS,
  NAME_PREFIX_WORDS,
  NOT_NAME_CLITICS,
  NOT_NAME_WORDS,
  PLACE_HEAD_WORDS,
  PLACE_PREPOSITIONS,
  RANK_SUFFIXES,
  SPEECH_VERBS_BEFORE,
  SUBJECT_VERBS_AFTER,
} from '../../lexicon/honorifics.js';
import {
  ACTING_PREFIXES,
  BODIES,
  DINAS_ACRONYMS,
  DIVISION_BODIES,
  DIVISION_POSITIONS,
  GENERIC_BEFORE_TITLE,
  NATIONAL_AGENCY_ACRONYMS,
  NOT_HOLDER_BEFORE,
  NATIONAL_MARKERS,
  NOT_TITLE_BEFORE,
  ORG_WORDS,
  REGIONAL_AGENCY_ACRONYMS,
  DEPUTY_HEADS,
  DOCUMENT_BEFORE_TITLE,
  HOLDER_MODIFIER,
  MENKO_ROLES,
  MINISTRY_ROLES,
  TITLE_MODIFIERS_AFTER,
  TITLES,
  TITLE_TAIL_STARTS,
  type TitleDef,
} from '../../lexicon/titles.js';
import { COUNTRIES, PARTIES, PARTY_ORGANS, PORTFOLIO_WORDS, TITLE_CONNECTIVES } from '../../lexicon/title-words.js';
import { nameTokens, officialKey, sameName, nameKey, roleFamily, sharedNameTokens } from '../../corpus/identity.js';
import { LETTER_OR_DIGIT, LOWER, UPPER, charClass, classAt, classBefore, lowerCaseWords, runEndAt, runLowers, wordRuns, widthAt } from '../../lexicon/matcher.js';

// ---------------------------------------------------------------------------------------------
// Compiled once at module load.

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `Wali Kota` → `(?:[Ww]ali|WALI)[ \t]{1,2}(?:[Kk]ota|KOTA)`; acronyms (`KPU`) stay as written. */
function phrasePattern(phrase: string): string {
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
const phraseAlt = (phrases: readonly string[]): string => (phrases.length > 0 ? phrases.map((p) => phrasePattern(p)).join('|') : '(?!)');
const ACTING_ALT = ACTING_PREFIXES.map((p) => phrasePattern(p)).join('|');
const ACRONYM_ALT = [...AGENCY_ACRONYMS].sort((a, b) => b.length - a.length).map(esc).join('|');
const DIV_POS_ALT = DIVISION_POSITIONS.map((p) => phrasePattern(p)).join('|');
const DIV_BODY_ALT = [...DIVISION_BODIES].sort((a, b) => b.length - a.length).map(esc).join('|');
// A title: an optional acting prefix (actingSource, `Penjabat (Pj)` too), then titleSource: groups 1–3: a
// division post (`Koordinator Divisi` + division words + body: `Koordinator Divisi Penanganan Pelanggaran
// Bawaslu`); group 4: a lexicon title; group 5: `Kepala <ACRONYM>` acronym.
// The acting prefixes and lexicon titles are parameters: titleAt() runs them with only the branches that can
// start with a given word.
function actingSource(acting: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${phraseAlt(acting)})\\.?(?:[ \\t]{1,2}\\((?:${ACTING_ALT})\\.?\\))?[ \\t]{1,2}`;
}
function titleSource(titles: readonly TitleDef[], division = true, kepala = true): string {
  // A division post can only start at a division head word, `Kepala <ACRONYM>` only at `Kepala`: for other heads
  // the branch is left out (its groups kept, never matching, so the numbering stays). A smaller regex is
  // cheaper to run, mostly because its code is cold at each title.
  const div = division
    ? `(${DIV_POS_ALT})((?:[ \\t]{1,2}(?:\\p{Lu}[\\p{L}-]{0,30},?|dan|&)){1,14}?)[ \\t]{1,2}(${DIV_BODY_ALT})`
    : '(?!)()()()';
  const acr = kepala ? `${phrasePattern('Kepala')}[ \\t]{1,2}(${ACRONYM_ALT}|\\p{Lu}{3,6})` : '(?!)()';
  return `(?<![\\p{L}\\p{N}])(?:${div}|(${phraseAlt(titles.map((t) => t.phrase))})|${acr})(?![\\p{L}\\p{N}])`;
}
/** A parenthesised abbreviation after a title or region: `Sekretaris Daerah (Sekda)`, `Nusa Tenggara Timur (NTT)`. */
const PAREN_RE = /[ \t]{0,2}\(\p{Lu}[\p{L}\p{N}.&/-]{0,24}(?:[ \t]\p{Lu}[\p{L}\p{N}.&/-]{0,24}){0,3}\)/uy;
/** `Dandim 0905/Balikpapan`: a unit number and a slash before the region. */
const UNIT_NUMBER_RE = /\d{2,4}[ \t]{0,2}\/[ \t]{0,2}/uy;
/** The field of a post after its region: `Bidang Pemerintahan dan Kesra`, `Divisi Penanganan Pelanggaran`. */
const TAIL_START_RE = new RegExp(`[ \\t]{1,2}(?:${TITLE_TAIL_STARTS.map((t) => phrasePattern(t)).join('|')})(?![\\p{L}\\p{N}])`, 'uy');
const ORG_COMMA_RE = /,[ \t]{1,2}(\p{L}+)/uy;
const TAIL_WORD_RE = /(?:[ \t]{0,2},)?[ \t]{1,2}([\p{L}&][\p{L}-]{0,30})/uy;

// Honorifics as written, plus their all-caps forms for capitalised leads (`DRS. H. LALU GITA ARIADI`).
const HON_FORMS = [...new Set([...HONORIFICS_BEFORE, ...HONORIFICS_BEFORE.filter((h) => h.replace(/[^\p{L}]/gu, '').length >= 2).map((h) => h.toUpperCase())])];
const honAlt = (forms: readonly string[]): string =>
  [...forms].sort((a, b) => b.length - a.length).map((h) => esc(h).replace(/ /gu, '[ \\t]{1,2}')).join('|');
const HON_ALT = honAlt(HON_FORMS);
/** Honorifics as written only, for bare mentions in running text. */
const HON_ALT_WRITTEN = honAlt(HONORIFICS_BEFORE);
/** One honorific: followed by a dot (then optional spaces) or by spaces. */
const HON_RE = new RegExp(`(?:${HON_ALT})(?:\\.[ \\t]{0,2}|[ \\t]{1,2})(?:\\((?:${RANK_SUFFIXES.map(esc).join('|')})\\.?\\)[ \\t]{1,2})?`, 'uy');
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
  re = new RegExp(titleSource(e.titles, e.division, e.kepala), 'uy');
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
interface TitleMatch {
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
function titleAt(text: string, pos: number, head?: string): TitleMatch | null {
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
      if (m) return { start: pos, end: q + m[0].length, acting: true, divisionBody: m[3], phrase: m[4], acronym: m[5] };
    }
  }
  const re = titleRegexFor(head);
  const m = re ? stickyAt(re, text, pos) : null;
  return m ? { start: pos, end: pos + m[0].length, acting: false, divisionBody: m[3], phrase: m[4], acronym: m[5] } : null;
}

/**
 * A set of lower-cased words asked about every word run of an article (title heads, honorific heads):
 * looking a run up hashes it, and nearly no run is in the set. So a run is first checked against the set's
 * first two characters and lengths: bit `n` of `lengths[c0 << 7 | c1]` is set when a word of length `n`
 * starts with the ASCII characters c0 c1 (c1 = 0 for a one-letter word). A run whose first two characters
 * are ASCII and whose bit is clear is not in the set. Common words share a set word's first two characters
 * and length (`menjaga`, `dengan`, `warga`), so the same is asked of the first and last characters
 * (`lasts[c0 << 7 | cLast]`) when the last one is ASCII too; any other run is looked up.
 */
export class WordFilter {
  private readonly lengths = new Uint32Array(128 * 128);
  private readonly lasts = new Uint32Array(128 * 128);
  constructor(private readonly words: ReadonlySet<string> | ReadonlyMap<string, unknown>) {
    for (const w of words.keys()) {
      const c0 = w.charCodeAt(0);
      const c1 = w.length > 1 ? w.charCodeAt(1) : 0;
      // every word must be ASCII and shorter than 32, or the filter could drop it
      if (!/^[\x00-\x7f]{1,31}$/u.test(w)) throw new Error(`word outside the pre-filter: ${w}`);
      this.lengths[(c0 << 7) | c1]! |= 1 << w.length;
      this.lasts[(c0 << 7) | w.charCodeAt(w.length - 1)]! |= 1 << w.length;
    }
  }
  /** has(run lower-cased), for the word run `[s, e)` of `text` whose lower-cased text is `lower`; the filter
   *  reads the text itself (cheaper than a sliced string). Exact because a run that lower-cases to an ASCII
   *  word keeps its length and lower-cases character by character (only `İ` grows, into a non-ASCII pair;
   *  only the Kelvin sign, non-ASCII, becomes ASCII: such a run is looked up). */
  hasRun(text: string, s: number, e: number, lower: string): boolean {
    return this.mayHave(text, s, e) && this.words.has(lower);
  }
  /** has(the word run starting at `s`, lower-cased); false when no run starts there. The run is sliced and
   *  lower-cased only when the filter lets it through. */
  hasRunAt(text: string, s: number): boolean {
    const e = runEndAt(text, s);
    return e > s && this.mayHave(text, s, e) && this.words.has(text.slice(s, e).toLowerCase());
  }
  /** false when no word of the set can be the run `[s, e)` lower-cased (the pre-filter alone). */
  mayHave(text: string, s: number, e: number): boolean {
    const c0 = text.charCodeAt(s);
    const c1 = e - s > 1 ? text.charCodeAt(s + 1) : 0;
    if (c0 < 128 && c1 < 128) {
      const len = e - s;
      if (len >= 32 || (this.lengths[(asciiLower(c0) << 7) | asciiLower(c1)]! & (1 << len)) === 0) return false;
      // (a non-ASCII last character, e.g. the Kelvin sign or half a surrogate pair, is let through)
      const cl = text.charCodeAt(e - 1);
      if (cl < 128 && (this.lasts[(asciiLower(c0) << 7) | asciiLower(cl)]! & (1 << len)) === 0) return false;
    }
    return true;
  }
}
const TITLE_HEAD_FILTER = new WordFilter(TITLE_HEADS);
/** `A`–`Z` → `a`–`z`, other codes as they are (toLowerCase on ASCII). */
function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

/** The lexicon title a matched phrase is (`Wakil  BUPATI` → `wakil bupati`), or null; memoised per phrase as
 *  written (the forms are few: lexicon phrases by case and spacing). */
const DEF_BY_PHRASE = new Map<string, TitleDef | null>();
function titleDefOf(phrase: string): TitleDef | null {
  let def = DEF_BY_PHRASE.get(phrase);
  if (def === undefined) {
    def = TITLE_BY_KEY.get(phrase.replace(/[ \t]+/gu, ' ').toLowerCase()) ?? null;
    if (DEF_BY_PHRASE.size >= 10_000) DEF_BY_PHRASE.clear();
    DEF_BY_PHRASE.set(phrase, def);
  }
  return def;
}

/** One name token: `Juaini`, `Ma'ruf`, `Sa'adah`, an initial `F.`, an abbreviation `Moh.`, an all-caps word
 *  `LALU` / initials `ZA`, or a lone capital `I` / `M` (what each may be is decided in parseName). */
const NAME_TOKEN_RE = new RegExp(
  `(?:${NAME_ABBREVIATIONS.map(esc).join('|')})\\.|\\p{Lu}(?:\\p{Ll}+(?:['’]\\p{Ll}+)*(?:-\\p{Lu}\\p{Ll}+)?|['’]\\p{Lu}?\\p{Ll}+|\\.|\\p{Lu}+(?:['’]\\p{Lu}+)*(?![\\p{Ll}\\p{N}])|(?![\\p{L}\\p{N}'’.]))`,
  'uy',
);
/** A name particle between name words (`bin`, `binti` before a capital) or an Arabic article (`al-Bashir`). */
const NAME_ARTICLE_RE = /(?:al|el|as|ad|asy|at|az|ar|an)-\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/uy;
const NAME_PARTICLE_RE = /(?:bin|binti|bte)(?=[ \t]{1,2}\p{Lu})|(?:al|el|as|ad|asy|at|az|ar|an)-\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/uy;
const DEGREE_WORDS = new Set(DEGREES_AFTER.map((d) => d.replace(/\./gu, '').toUpperCase()));
const NAME_PREFIX = new Set(NAME_PREFIX_WORDS);
const NAME_INNER = new Set(NAME_INNER_WORDS);
/** Acronyms that are never names even in an all-caps run (`BKPSDM`, `KPU`). */
const ACRONYM_WORDS = new Set([...AGENCY_ACRONYMS, ...BODIES].map((a) => a.toLowerCase()));
const ROMAN_SUFFIX = new Set(['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);
const DEGREE_ALT = [...DEGREES_AFTER].sort((a, b) => b.length - a.length).map((d) => esc(d).replace(/\\\./gu, '\\.?')).join('|');
const DEGREE_RE = new RegExp(`,?[ \\t]{0,2}(?:${DEGREE_ALT})\\.?(?![\\p{L}\\p{N}])`, 'uy');
// `[ \t]{1,2}` and `[ \t]{0,2},[ \t]{0,2}` (sticky) are asked after every name token and title: hand-written
// scans (spaceLenAt, commaLenAt) stand in for them.
const NATIONAL_RE = new RegExp(`(?:${NATIONAL_MARKERS.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'uy');
const WORD_RE = /[\p{L}&][\p{L}\p{N}&-]{0,30}/uy;
const CAP_WORD_RE = /\p{Lu}[\p{L}'’-]{1,30}/uy;
/** Place heads are never names either (`Hotel`, `Masjid`, `Lapangan`). */
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...PLACE_HEAD_WORDS]);
const NOT_NAME_FILTER = new WordFilter(NOT_NAME);
const PLACE_HEAD = new Set(PLACE_HEAD_WORDS);
/** A (lower-cased) word that is never (part of) a name: a listed word, or an ordinary word carrying a clitic
 *  (`menurutnya`, `pasalnya`, `meskipun`). */
function notName(lw: string): boolean {
  // asked for every word of every capitalised run: the first-characters/length filter settles most words
  if (NOT_NAME_FILTER.hasRun(lw, 0, lw.length, lw)) return true;
  for (const c of NOT_NAME_CLITICS) if (lw.length >= c.length + MIN_CLITIC_STEM && lw.endsWith(c)) return true;
  return false;
}
/** `para camat`, `seluruh kepala desa`, `119 kepala desa` (a count, not a year `2024`): a generic title;
 *  `calon Bupati`, `mantan Bupati`: a post the person does not hold. */
const GENERIC_BEFORE_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:${GENERIC_BEFORE_TITLE.map(esc).join('|')})|(?<![\\p{L}\\p{N}./-])(?!(?:19|20)\\d\\d(?!\\d))\\d{1,5})[ \\t]{1,2}$`,
  'iu',
);
/** `di Sangkareang, Gubernur …`: a capitalised run right after a locative preposition is a place. */
const PLACE_PREP_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PLACE_PREPOSITIONS.map(esc).join('|')})[ \\t]{1,2}$`, 'iu');
const NOT_TITLE_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NOT_TITLE_BEFORE.map((w) => phrasePattern(w)).join('|')})\\.?[ \\t]{1,2}$`,
  'u',
);
const ORG = new Set(ORG_WORDS);
const REGIONAL_AGENCY = new Set(REGIONAL_AGENCY_ACRONYMS.map((a) => a.toLowerCase()));
const DINAS_AGENCY = new Set(DINAS_ACRONYMS.map((a) => a.toLowerCase()));

const SPEECH_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SPEECH_VERBS_BEFORE.map(esc).join('|')}|disampaikan[ \\t]oleh)[ \\t]{1,2}$`,
  'iu',
);
/**
 * GENERIC_BEFORE_RE, NOT_TITLE_BEFORE_RE and SPEECH_BEFORE_RE are tried before every title (or every
 * capitalised run) on a short slice ending there, and rarely match. Each can only match when the slice ends
 * in 1–2 spaces or tabs (after an optional dot for NOT_TITLE_BEFORE_RE) right after a word run that IS one of
 * its words (its lookbehind makes the word start a run, or the slice), or for the counts a run ending in a
 * digit. So the regex is run only when that run, lower-cased, is one of the words. Case-insensitive regexes
 * also equate `ſ` with `s` (and the Kelvin sign with `k`, which toLowerCase already does): folded too.
 */
export interface WordBefore {
  re: RegExp;
  /** lower-cased: the last word of each alternative */
  words: ReadonlySet<string>;
  /** how far back the slice reaches */
  reach: number;
  /** an optional dot between the word and the gap (`Jl. Bupati`) */
  dot: boolean;
  /** a number may stand for the word (`119 kepala desa`) */
  digits: boolean;
}
export const GENERIC_BEFORE: WordBefore = {
  re: GENERIC_BEFORE_RE,
  words: new Set(GENERIC_BEFORE_TITLE.map((w) => w.toLowerCase())),
  reach: 20,
  dot: false,
  digits: true,
};
/** `calon Bupati X`, `mantan Bupati X`: X is kept with a modifier (HOLDER_MODIFIER). */
export const HOLDER_BEFORE: WordBefore = {
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${NOT_HOLDER_BEFORE.map(esc).join('|')})[ \\t]{1,2}$`, 'iu'),
  words: new Set(NOT_HOLDER_BEFORE.map((w) => w.toLowerCase())),
  reach: 20,
  dot: false,
  digits: false,
};
/** `Keputusan Presiden Nomor …` names nobody, `keputusan Presiden Jokowi` does: the title needs a name after it. */
export const DOCUMENT_BEFORE: WordBefore = {
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${DOCUMENT_BEFORE_TITLE.map((w) => w.replace(/ /gu, '[ \\t]{1,2}')).join('|')})[ \\t]{1,2}$`, 'iu'),
  words: new Set(DOCUMENT_BEFORE_TITLE.map((p) => p.split(' ').pop()!.toLowerCase())),
  reach: 25,
  dot: false,
  digits: false,
};
export const NOT_TITLE_BEFORE_WORD: WordBefore = {
  re: NOT_TITLE_BEFORE_RE,
  words: new Set(NOT_TITLE_BEFORE.map((p) => p.split(' ').pop()!.toLowerCase())),
  reach: 25,
  dot: true,
  digits: false,
};
export const SPEECH_BEFORE: WordBefore = {
  re: SPEECH_BEFORE_RE,
  words: new Set([...SPEECH_VERBS_BEFORE, 'oleh'].map((w) => w.toLowerCase())),
  reach: 30,
  dot: false,
  digits: false,
};
for (const f of [GENERIC_BEFORE, NOT_TITLE_BEFORE_WORD, SPEECH_BEFORE, HOLDER_BEFORE, DOCUMENT_BEFORE])
  for (const w of f.words) if (!/^[a-z]+$/u.test(w)) throw new Error(`word-before pre-filter needs ASCII letters: ${w}`);
/** The words of each WordBefore as a WordFilter: most words before a gap are settled without slicing them. */
const WORD_BEFORE_FILTERS = new Map<WordBefore, WordFilter>(
  [GENERIC_BEFORE, NOT_TITLE_BEFORE_WORD, SPEECH_BEFORE, HOLDER_BEFORE, DOCUMENT_BEFORE].map((f) => [f, new WordFilter(f.words)]),
);

/** `f.re.test(text.slice(end - f.reach, end))`, running the regex only when it can match (see above). */
export function precededBy(f: WordBefore, text: string, end: number): boolean {
  const from = Math.max(0, end - f.reach);
  const w = wordBeforeGap(text, from, end, f.dot, f.digits ? null : (WORD_BEFORE_FILTERS.get(f) ?? null));
  if (w === null) return false;
  const last = w.charCodeAt(w.length - 1);
  if (!f.words.has(w) && !(f.digits && last >= 0x30 && last <= 0x39)) return false;
  return f.re.test(text.slice(from, end));
}

/** The word run ending right before 1–2 spaces or tabs that end at `end` (with `dot`, also before one
 *  optional dot there), not reaching before `from`, lower-cased and folded (see above); null when the
 *  gap is not like that, or when `words` says the word is none of its words. (The filter reads the run in
 *  the text: folding keeps its length and turns it into ASCII only from non-ASCII characters, which the
 *  filter lets through at the first two; a run that changes length is not ASCII letters, so in no set.) */
function wordBeforeGap(text: string, from: number, end: number, dot: boolean, words: WordFilter | null = null): string | null {
  let we = end;
  while (we > from && end - we < 3 && isSpaceOrTab(text.charCodeAt(we - 1))) we--;
  if (end - we < 1 || end - we > 2) return null;
  if (dot && we > from && text.charCodeAt(we - 1) === 0x2e) we--;
  let ws = we;
  while (ws > from) {
    // a surrogate pair is one character, unless the slice cuts it
    const pair = ws - 2 >= from && isLowSurrogate(text.charCodeAt(ws - 1)) && isHighSurrogate(text.charCodeAt(ws - 2));
    if ((pair ? classBefore(text, ws) : charClass(text.charCodeAt(ws - 1))) & LETTER_OR_DIGIT) ws -= pair ? 2 : 1;
    else break;
  }
  if (ws === we) return null;
  if (words && !words.mayHave(text, ws, we)) return null;
  const w = text.slice(ws, we).toLowerCase();
  return w.includes('ſ') ? w.replace(/ſ/gu, 's') : w;
}
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** A comma or a subject verb right after a run (`Ilham menegaskan`); sticky, tried at the run's end. (It was
 *  once tried on the 30 characters after the run; no match is that long, so the lookahead sees the same.) */
const SUBJECT_AFTER_RE = new RegExp(`(?:[ \\t]{0,2},|[ \\t]{1,2}(?:${SUBJECT_VERBS_AFTER.map(esc).join('|')})(?![\\p{L}]))`, 'uy');
if (Math.max(...SUBJECT_VERBS_AFTER.map((v) => v.length)) + 2 >= 30) throw new Error('SUBJECT_VERBS_AFTER: a verb too long for the 30-character window');
/** A capitalised run of 1–3 name tokens (for speakers and bare mentions), with optional honorifics; sticky,
 *  tried only where it can start (see personRuns). */
const PERSON_NAME_SOURCE = `\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}+)?(?:[ \\t]{1,2}\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}+)?){0,3}(?![\\p{L}\\p{N}])`;
const PERSON_RUN_AT_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:(?:${HON_ALT_WRITTEN})(?:\\.[ \\t]{0,2}|[ \\t]{1,2})){0,3}${PERSON_NAME_SOURCE}`, 'uy');
/** Where no honorific can start, the same run without them is matched by nameRunAt() (no regex): the honorific
 *  alternation is most of the regex's cost, and an honorific (followed by a dot or a space) can only start at
 *  a word run equal to its first word run. */
const HONORIFIC_HEADS = new WordFilter(new Set(HONORIFICS_BEFORE.map((h) => (/^[\p{L}\p{N}]+/u.exec(h)?.[0] ?? h).toLowerCase())));
for (const h of HONORIFICS_BEFORE) if (!/^[\p{L}\p{N}]/u.test(h)) throw new Error(`honorific must start with a letter or digit: ${h}`);
/** First characters of the honorifics (`dr`, `drg` start in lower case): with a capital, what a person run
 *  may start with. A table by character code, since every word run of an article is checked; all ASCII. */
const PERSON_RUN_FIRST_CHARS = new Uint8Array(128);
for (const h of HONORIFICS_BEFORE) {
  const c = h.charCodeAt(0);
  if (c >= 128) throw new Error(`honorific outside the first-character table: ${h}`);
  PERSON_RUN_FIRST_CHARS[c] = 1;
}
/** Back from a title: the connector (`, ` / ` selaku `), degrees, then name words, each matched on a short tail. */
const CONNECTOR_TAIL_RE = /(?:[ \t]{0,2},[ \t]{0,2}|[ \t]{1,2}(?:selaku|sebagai|yang juga|yang merupakan)[ \t]{1,2}|[ \t]{1,2}\()$/u;
const DEGREE_TAIL_RE = new RegExp(`,?[ \\t]{0,2}(?:${DEGREE_ALT})\\.?$`, 'u');
const NAME_WORD_TAIL_RE = /(?:\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)*|\p{Lu}\.)$/u;
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFICS_BEFORE.map((h) => h.toLowerCase().replace(/\./gu, '')));

// ---------------------------------------------------------------------------------------------
// Character helpers (for the hand-written scans that stand in for regexes).

/** Class bits of the ASCII characters, from the shared table (the scans below mostly see ASCII). */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => charClass(c));
/** Class bits at `i` (classAt), 0 at or past the end of the text. (The end is checked first: reading past it,
 *  even with charCodeAt's NaN, deoptimises optimised code as "out of bounds".) */
function classAtOr0(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c]! : classAt(text, i);
}
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;
/** ASCII characters a person run may start with: a capital, or the first character of an honorific. */
const PERSON_RUN_START = Uint8Array.from({ length: 128 }, (_, c) => (ASCII_CLASS[c]! & UPPER || PERSON_RUN_FIRST_CHARS[c] === 1 ? 1 : 0));
/** Length of the match of `/[ \t]{1,2}/y` at `p`: 0 (no match), 1 or 2. */
export function spaceLenAt(text: string, p: number): number {
  let n = 0;
  while (n < 2 && p + n < text.length && isSpaceOrTab(text.charCodeAt(p + n))) n++;
  return n;
}
/** Length of the match of `/[ \t]{0,2},[ \t]{0,2}/y` at `p`, or 0 when none (a match is never empty). Greedy
 *  spaces never need backing off: with fewer, a space would stand where the comma must be. */
export function commaLenAt(text: string, p: number): number {
  let n = 0;
  while (n < 2 && p + n < text.length && isSpaceOrTab(text.charCodeAt(p + n))) n++;
  if (p + n >= text.length || text.charCodeAt(p + n) !== 0x2c) return 0;
  return n + 1 + spaceLenAt(text, p + n + 1);
}

// ---------------------------------------------------------------------------------------------
// Types.

/** The words written in lower case somewhere in the article (see lowerCaseWords). */
export interface LowerWords {
  has(word: string): boolean;
}

/**
 * LowerWords answered from the text itself: an article asks only a few words (names in single-word or
 * capitals form), and scanning every lower-case word of the article into a Set, as lowerCaseWords() does,
 * cost more than the whole rest of the lookup. A word is in that set when one of its occurrences is a match
 * of lowerCaseWords()'s regex (see lowerWordEndAt / coveredByLowerWord). After a few asks (or
 * much scanning at occurrences) the Set is built after all, so a pathological article stays linear.
 */
export function lazyLowerWords(text: string): LowerWords {
  let set: Set<string> | null = null;
  let asks = 0;
  // characters scanned at occurrences so far (see lowerScanWork); past the budget, the Set is built
  const base = lowerScanWork;
  const budget = 2 * text.length + 4096;
  const overBudget = (): boolean => lowerScanWork - base > budget;
  return {
    has: (word) => {
      if (set) return set.has(word);
      if (++asks > LOWER_ASKS_MAX || overBudget()) return (set = lowerCaseWords(text)).has(word);
      const n = word.length;
      if (n === 0) return false;
      if (!word.includes("'") && !word.includes('’')) {
        // Without an apostrophe a match is a whole word run (it ends where letters end): only runs of that
        // length are compared, which is cheaper than searching the text.
        const { count, starts, ends } = wordRuns(text);
        for (let k = 0; k < count; k++) {
          const p = starts[k]!;
          if (ends[k]! - p !== n || !text.startsWith(word, p) || (classAtOr0(text, p) & LOWER) === 0) continue;
          if (overBudget()) return (set = lowerCaseWords(text)).has(word);
          if (lowerWordEndAt(text, p) === p + n && !coveredByLowerWord(text, p)) return true;
        }
        return false;
      }
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        if (classBefore(text, i) & LETTER_OR_DIGIT || (classAtOr0(text, i) & LOWER) === 0) continue;
        if (overBudget()) return (set = lowerCaseWords(text)).has(word);
        if (lowerWordEndAt(text, i) === i + word.length && !coveredByLowerWord(text, i)) return true;
      }
      return false;
    },
  };
}
/** Asks answered from the text before the Set is built (each costs a pass over the word runs). */
const LOWER_ASKS_MAX = 24;
/** Characters scanned by lowerWordEndAt / coveredByLowerWord, ever: lazyLowerWords bounds its share, so an
 *  article of endless `a'a'a'…` (every occurrence rescanning the whole stretch) stays linear. */
let lowerScanWork = 0;

/**
 * End of the lowerCaseWords() match tried at `p` (a word-run start with a lower-case letter), or -1: it takes
 * lower-case letters and apostrophes greedily (`\p{Ll}[\p{Ll}'’]*`) and must not end before a letter or digit,
 * backing off to its last apostrophe if it does.
 */
function lowerWordEndAt(text: string, p: number): number {
  let j = p;
  let lastApos = -1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c >= 0x61 && c <= 0x7a) j++; // a–z, the common case
    else if (isApostrophe(c)) {
      lastApos = j;
      j++;
    } else if (c >= 0x80 && classAt(text, j) & LOWER) j += widthAt(text, j);
    else break;
  }
  lowerScanWork += j - p;
  if (j >= text.length || (classAt(text, j) & LETTER_OR_DIGIT) === 0) return j;
  return lastApos > p ? lastApos : -1;
}

/**
 * Whether the word-run start `i` lies inside an earlier lowerCaseWords() match (`def` in `abc'def`: the scan
 * takes `abc'def` whole and resumes after it). Only a match over an apostrophe right before `i` can reach it,
 * and such a match lies inside the stretch of lower-case letters and apostrophes that ends at `i`; no match
 * reaches into that stretch from before it, so the scan is replayed from the stretch's start.
 */
function coveredByLowerWord(text: string, i: number): boolean {
  if (i === 0 || !isApostrophe(text.charCodeAt(i - 1))) return false;
  let s0 = i;
  while (s0 > 0) {
    if (isApostrophe(text.charCodeAt(s0 - 1))) s0--;
    else if (classBefore(text, s0) & LOWER) s0 -= s0 >= 2 && widthAt(text, s0 - 2) === 2 ? 2 : 1;
    else break;
  }
  lowerScanWork += i - s0;
  let resume = s0;
  for (let p = s0; p < i; p += widthAt(text, p)) {
    // the word-run starts of the stretch, as lowerCaseWords() visits them
    if (p < resume || (classAt(text, p) & LOWER) === 0 || classBefore(text, p) & LETTER_OR_DIGIT) continue;
    const end = lowerWordEndAt(text, p);
    resume = end > p ? end : p + 1;
  }
  return resume > i;
}

/** Characters after which (spaces skipped) a word starts a sentence or a clause: `. Terpisah, …`, `– Senada, …`. */
const SENTENCE_BREAKS = new Set(['.', '!', '?', '\n', '"', '“', '”', '–', '—', '-', ':', ';']);

/** Whether the word at `at` starts a sentence (or the text, a paragraph, a dateline's tail). A dot after an
 *  honorific or an initial (`H. Sukiman`, `A. Rahman`) does not end a sentence. */
function atSentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0) return true;
  const ch = text[j]!;
  if (!SENTENCE_BREAKS.has(ch)) return false;
  if (ch !== '.') return true;
  let k = j;
  while (k > 0 && classBefore(text, k) & LETTER_OR_DIGIT) k--;
  const word = text.slice(k, j);
  return !(word.length === 1 || HONORIFIC_WORDS.has(word.toLowerCase()));
}

/** The capitalised words (lower-cased) written somewhere NOT at a sentence start: where a capital is the
 *  writer's choice (a name), not the grammar's. Built on first use, once per article. */
function lazyMidSentenceCaps(text: string): LowerWords {
  let set: Set<string> | null = null;
  const build = (): Set<string> => {
    const out = new Set<string>();
    const runs = wordRuns(text);
    const lowers = runLowers(text, runs);
    for (let k = 0; k < runs.count; k++) {
      const at = runs.starts[k]!;
      if (classAt(text, at) & UPPER && !atSentenceStart(text, at)) out.add(lowers[k]!);
    }
    return out;
  };
  return { has: (word) => (set ??= build()).has(word) };
}

interface RegionAt {
  end: number;
  code: string;
  /** The span text without an admin prefix: `NTB`, `Lombok Timur`, `Kepulauan Bangka Belitung`. */
  bare: string;
}

/** An official before merging and ids: the Official fields, plus the name tokens used to merge mentions. */
interface Candidate extends Omit<Official, 'id' | 'key' | 'mentions'> {
  tokens: string[]; // name tokens as written, honorifics/degrees removed
}

interface UnnamedTitle {
  start: number;
  end: number;
  title: string;
  role: string;
  acting: boolean;
  institution: string | null;
  region: RegionRef | null;
}

interface ParsedName {
  start: number;
  end: number; // end of the written name incl. degrees
  tokens: string[];
  written: string;
  /** Written in capitals (`H. LALU GITA ARIADI`): tokens are title-cased, and checked harder. */
  caps?: boolean;
}

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

// ---------------------------------------------------------------------------------------------
// Name parsing.

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Parse `[honorifics] Name Tokens [, degrees]` at `pos`. */
function parseName(text: string, pos: number, regionStarts: Map<number, RegionAt>): ParsedName | null {
  let p = pos;
  // an honorific starts with its head word run (HONORIFIC_HEADS), as for PERSON_RUN_AT_RE: elsewhere HON_RE
  // (a long alternation) cannot match
  for (let i = 0; i < 4 && HONORIFIC_HEADS.hasRunAt(text, p); i++) {
    const h = stickyAt(HON_RE, text, p);
    if (!h) break;
    // `H` must not swallow a name's first letter (`Hesty`): HON_RE requires a dot or a space after it.
    p += h[0].length;
  }
  if (titleAt(text, p)) return null;
  const tokens: string[] = [];
  const kinds: TokenKind[] = [];
  const ends: number[] = [];
  let nameStart = -1;
  let q = p;
  let caps = false;
  for (let i = 0; i < 7; i++) {
    if (regionStarts.has(q)) {
      if (tokens.length === 0) return null;
      break;
    }
    // particles inside a name: `Nasir bin Abdullah`, `Aini binti Zulkifli`, `Omar al-Bashir`, `Ahmad al-Habsyi`
    const particle = stickyAt(tokens.length > 0 ? NAME_PARTICLE_RE : NAME_ARTICLE_RE, text, q);
    const t = particle ?? stickyAt(NAME_TOKEN_RE, text, q);
    if (!t) break;
    const w = t[0];
    const lw = w.toLowerCase();
    const kind = tokenKind(w);
    if (!particle && notName(lw) && !(tokens.length > 0 && NAME_INNER.has(lw))) break;
    if (kind === 'caps' || kind === 'letter') {
      if (tokens.length === 0) {
        // An all-caps name starts a capitals run; a lone `I` starts a Balinese name (`I Wayan Koster`).
        if (kind === 'caps') {
          if (ACRONYM_WORDS.has(lw) || DEGREE_WORDS.has(w)) break;
          caps = true;
        } else if (w !== 'I') break;
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
    const d = stickyAt(DEGREE_RE, text, wEnd);
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

/** Reject names that are common words or headline fragments. */
function plausibleName(ctx: ExtractContext, n: ParsedName, headlineEnd: number, lower: LowerWords): boolean {
  const real = n.tokens.filter((t) => !t.endsWith('.'));
  if (real.length === 0) return false;
  if (real.length === 1 && real[0]!.length < 3) return false;
  // A single organisation word (`Informatika`, `Statistik`) left over from a unit name is not a name.
  if (real.length === 1 && ORG.has(real[0]!.toLowerCase())) return false;
  // Capitals: at least two words, none of them (bar name prefixes like `Lalu`) an ordinary word of the
  // article (`GUBERNUR AJAK WARGA JAGA NETRALITAS` is a shouted headline, not a name).
  if (n.caps) {
    if (real.length < 2) return false;
    if (real.some((t) => !NAME_PREFIX.has(t.toLowerCase()) && lower.has(t.toLowerCase()))) return false;
  }
  // A single word also written in lower case in the article is a common word (`Jaga`, `Apresiasi`).
  if (real.length === 1 && lower.has(real[0]!.toLowerCase())) return false;
  // A name only in the headline must recur in the body.
  if (n.start < headlineEnd) {
    const joined = n.tokens.join(' ');
    const again = ctx.text.indexOf(joined, headlineEnd);
    if (again < 0) return false;
  }
  return true;
}

function headlineEndOf(ctx: ExtractContext): number {
  if (ctx.title) {
    const i = ctx.text.indexOf(ctx.title);
    if (i >= 0 && i < 400) return i + ctx.title.length;
  }
  const p0 = ctx.paragraphs[0];
  if (p0) {
    const s = ctx.text.slice(p0.start, p0.end);
    if (s.length <= 160 && !/[.!?:"”]\s*$/u.test(s) && !s.includes('\n')) return p0.end;
  }
  return 0;
}

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

// ---------------------------------------------------------------------------------------------
// Title words: what is written between a title's head and the name (title-words.ts).

type TitleWordKind = 'country' | 'party' | 'organ' | 'portfolio';
/** Lower-cased phrase → kind. Countries, parties and organs count only capitalised (`Partai`, `Jepang`, `PKB`). */
const TITLE_PHRASES = new Map<string, TitleWordKind>();
for (const w of PORTFOLIO_WORDS) TITLE_PHRASES.set(w, 'portfolio');
for (const w of PARTY_ORGANS) TITLE_PHRASES.set(w.toLowerCase(), 'organ');
for (const w of COUNTRIES) TITLE_PHRASES.set(w.toLowerCase(), 'country');
for (const w of PARTIES) TITLE_PHRASES.set(w.toLowerCase(), 'party');
const TITLE_PHRASE_MAX = Math.max(...[...TITLE_PHRASES.keys()].map((k) => k.split(' ').length));
/** First words of the phrases: a word outside it starts none (most words; settled before any slicing). */
const TITLE_PHRASE_FIRST = new WordFilter(new Set([...TITLE_PHRASES.keys()].map((k) => k.split(' ')[0]!)));
const TITLE_CONNECTIVE = new Set(TITLE_CONNECTIVES);
const TW_ENDS: number[] = [];
const TW_WORDS: string[] = [];

/** The title-word phrase starting at `q` (longest first), or null; `kinds` restricts what counts. */
function titleWordAt(text: string, q: number, kinds: ReadonlySet<TitleWordKind> | null = null): { end: number; kind: TitleWordKind } | null {
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

const COUNTRY_ONLY: ReadonlySet<TitleWordKind> = new Set(['country']);
const NOT_PORTFOLIO: ReadonlySet<TitleWordKind> = new Set(['country', 'party', 'organ']);
const PORTFOLIO: ReadonlySet<string> = new Set(PORTFOLIO_WORDS);
/** Title words after a title's complement: title-word phrases (`kinds`), `untuk`/`di` + a country
 *  (`Duta Besar Jepang untuk Indonesia`), `RI`, and a parenthesised abbreviation; returns where they end
 *  (`pos` when none) and whether a party was among them. */
function skipTitleWords(text: string, pos: number, kinds: ReadonlySet<TitleWordKind> | null): { end: number; party: boolean; fraksi: boolean } {
  let end = pos;
  let party = false;
  let fraksi = false;
  for (let i = 0; i < 8; i++) {
    const sp = spaceLenAt(text, end);
    if (sp === 0) break;
    let q = end + sp;
    const w = stickyAt(WORD_RE, text, q);
    if (!w) break;
    if (TITLE_CONNECTIVE.has(w[0])) {
      const q2 = q + w[0].length + spaceLenAt(text, q + w[0].length);
      if (q2 === q + w[0].length || !titleWordAt(text, q2, COUNTRY_ONLY)) break;
      q = q2;
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

// ---------------------------------------------------------------------------------------------
// Title complements.

interface Complement {
  end: number;
  /** a party among the organisation words (`Partai Demokrat`, `DPW PKB`) */
  party?: boolean;
  region: RegionAt | null;
  national: boolean;
  org: string | null;
  place: { code: string; name: string } | null;
}

function parseComplement(
  text: string,
  pos: number,
  def: TitleDef | null,
  regionStarts: Map<number, RegionAt>,
  /** the regencies the article names (only a desa/kecamatan complement asks: built on first use) */
  mentionedRegencies: () => ReadonlySet<string> = () => new Set(),
): Complement {
  const out: Complement = { end: pos, region: null, national: false, org: null, place: null };
  let p = pos;
  const sp = spaceLenAt(text, p);
  if (sp === 0) return out;
  p += sp;
  const kind = def?.complement ?? 'region';
  // `Presiden Suriah X`, `Perdana Menteri Israel X`, `Duta Besar Jepang untuk Indonesia X`, `Presiden RI X`
  if (kind === 'none') return { ...out, end: skipTitleWords(text, pos, COUNTRY_ONLY).end };
  if (kind === 'national') {
    const n = stickyAt(NATIONAL_RE, text, p);
    if (n) return { ...out, end: p + n[0].length, national: true };
  }
  if (kind === 'org') {
    const words: string[] = [];
    let q = p;
    let lastEnd = -1;
    for (let i = 0; i < 10; i++) {
      if (regionStarts.has(q)) break;
      const tw = titleWordAt(text, q, NOT_PORTFOLIO);
      if (tw && tw.end > q) {
        // a country, party, party organ or portfolio (`Luar Negeri Jepang`, `DPW PKB`, `Fraksi PKS`)
        words.push(text.slice(q, tw.end));
        if (tw.kind === 'party') out.party = true;
        lastEnd = tw.end;
        q = tw.end;
        const s1 = spaceLenAt(text, q);
        if (s1 === 0) break;
        q += s1;
        continue;
      }
      const w = stickyAt(WORD_RE, text, q);
      if (!w) break;
      const lw = w[0].toLowerCase();
      const isAcr = w[0].length >= 2 && w[0] === w[0].toUpperCase() && /\p{Lu}/u.test(w[0]);
      if (!ORG.has(lw) && !PORTFOLIO.has(lw) && !isAcr && !REGIONAL_AGENCY.has(lw) && !DINAS_AGENCY.has(lw)) break;
      words.push(w[0]);
      if (lw !== 'dan' && lw !== '&') lastEnd = q + w[0].length;
      q += w[0].length;
      const s2 = spaceLenAt(text, q);
      if (s2 > 0) {
        q += s2;
        continue;
      }
      // `Komunikasi, Informatika dan Statistik`: a comma inside the unit, when an organisation word follows
      const c2 = stickyAt(ORG_COMMA_RE, text, q);
      if (!c2 || !(ORG.has(c2[1]!.toLowerCase()) || PORTFOLIO.has(c2[1]!.toLowerCase())) || c2[1]!.toLowerCase() === 'dan') break;
      words[words.length - 1] += ',';
      q += c2[0].length - c2[1]!.length;
    }
    while (words.length > 0 && ['dan', '&'].includes(words[words.length - 1]!.toLowerCase())) words.pop();
    if (words.length > 0 && lastEnd > 0) {
      out.org = words.join(' ');
      // `Kepala Dinas Komunikasi dan Informatika (Diskominfo) Kota Bima`
      out.end = skipParen(text, lastEnd);
      const s3 = spaceLenAt(text, out.end);
      if (s3 === 0) return out;
      p = out.end + s3;
    }
  }
  if (kind === 'district' || kind === 'village') {
    const mentioned = mentionedRegencies();
    const words: Array<{ w: string; end: number }> = [];
    let q = p;
    for (let i = 0; i < 4; i++) {
      const w = stickyAt(CAP_WORD_RE, text, q);
      if (!w || notName(w[0].toLowerCase())) break;
      words.push({ w: w[0], end: q + w[0].length });
      q += w[0].length;
      const s2 = spaceLenAt(text, q);
      if (s2 === 0) break;
      q += s2;
    }
    const look = kind === 'district' ? districtsByName : villagesByName;
    const commaAfterAll = words.length > 0 && commaLenAt(text, words[words.length - 1]!.end) > 0;
    // `Camat Selong, H. Ahmad`: the whole run before the comma is the place (when it is one).
    // `Camat Selong Ahmad Yani`: the longest gazetteer prefix is the place, the rest the name.
    // `Camat Sambelia mengimbau`, `Kades Sembalun Bumbung dan …`: the whole run is the place ("the camat of
    // Sambelia"), not a person. Villages are many (83k) and some carry people's names (`Rahayu`), so a whole
    // run counts as a village only inside a regency the article names, or when it names none.
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).map((x) => x.w).join(' ');
      const found = look(name);
      if (found.length === 0) continue;
      // one candidate, or the only one inside a regency the article names
      const inside = found.filter((a) => mentioned.has(regencyOf(a.code) ?? ''));
      if (n === words.length && !commaAfterAll && kind === 'village' && inside.length === 0 && mentioned.size > 0) continue;
      const inRegion = found.length === 1 ? found[0]! : inside.length === 1 ? inside[0]! : null;
      out.place = { code: inRegion?.code ?? '', name };
      out.end = words[n - 1]!.end;
      return out;
    }
    if (commaAfterAll && words.length <= 2) {
      out.place = { code: '', name: words.map((x) => x.w).join(' ') };
      out.end = words[words.length - 1]!.end;
    }
    return out;
  }
  // `Dandim 0905/Balikpapan`
  const unit = stickyAt(UNIT_NUMBER_RE, text, p);
  const r = regionStarts.get(p) ?? (unit ? regionStarts.get(p + unit[0].length) : undefined);
  if (r) {
    out.region = r;
    // `Penjabat Gubernur Nusa Tenggara Timur (NTT)`
    out.end = skipParen(text, r.end);
  }
  out.end = skipTail(text, out.end);
  return out;
}

/** Past a parenthesised abbreviation at `pos` (`(Sekda)`, `(NTT)`), else `pos`. */
function skipParen(text: string, pos: number): number {
  const m = stickyAt(PAREN_RE, text, pos);
  return m ? pos + m[0].length : pos;
}

/** Past the field of a post (`Bidang Pemerintahan dan Kesra`, `Divisi Hukum, Pencegahan dan Humas`), else `pos`.
 *  Only organisation words may follow the tail's first word; it ends on the last of them. */
function skipTail(text: string, pos: number): number {
  const t = stickyAt(TAIL_START_RE, text, pos);
  if (!t) return pos;
  let q = pos + t[0].length;
  let end = -1;
  for (let i = 0; i < 14; i++) {
    const w = stickyAt(TAIL_WORD_RE, text, q);
    if (!w) break;
    const lw = w[1]!.toLowerCase();
    if (!ORG.has(lw) || lw === 'dan' || lw === '&') {
      if (lw !== 'dan' && lw !== '&') break;
      q += w[0].length;
      continue;
    }
    q += w[0].length;
    end = q;
  }
  return end > 0 ? end : pos;
}

function fillInstitution(def: TitleDef | null, acr: string | null, c: Complement): string | null {
  const regionWord = c.region ? regionLabel(c.region) : c.place ? c.place.name : null;
  if (acr) return c.region ? `${acr} ${regionWord}` : acr;
  if (!def) return null;
  if (c.national) return (def.institution ?? '').replace('{R}', 'RI').trim() || null;
  let t = def.institution;
  if (!t) return def.institutionAlone ?? null;
  if (t === '{ACR}') {
    // the body named at the end of the unit: `Bidang Pengawasan … KASN` → `KASN`, `… Kemendagri` → `Kemendagri`
    const last = c.org?.split(' ').pop() ?? '';
    return /^(?:\p{Lu}{2,}|Kemen\p{L}+)/u.test(last) ? last : null;
  }
  if (t.includes('{ORG}')) {
    if (!c.org) return def.institutionAlone ?? null;
    t = t.replace('{ORG}', c.org);
    return regionWord ? `${t.replace(' {R}', '')} ${regionWord}` : t.replace(' {R}', '');
  }
  if (!regionWord) {
    if (def.institutionAlone) return def.institutionAlone;
    // a body without region: `Ketua Bawaslu` → `Bawaslu`
    const body = t.replace(' {R}', '');
    return /^Pem(?:kab|kot|prov|da)$|^Kecamatan$|^Kelurahan$|^Desa$/u.test(body) ? null : body;
  }
  if (t.startsWith('Pemda ') && c.region) {
    const lvl = areaByCode(c.region.code)?.level;
    t = t.replace('Pemda', lvl === 'province' ? 'Pemprov' : lvl === 'city' ? 'Pemkot' : 'Pemkab');
  }
  return t.replace('{R}', regionWord);
}

/** `NTB` stays `NTB`; `Lotim` → `Lombok Timur`; `Kabupaten Katingan` → `Katingan`. */
function regionLabel(r: RegionAt): string {
  if (/^\p{Lu}{2,5}$/u.test(r.bare)) return r.bare;
  return areaByCode(r.code)?.core ?? r.bare;
}

/** Provinces (by name) and regencies/cities (by core name), lower-cased; built on first use. */
let AREAS_BY_NAME: Map<string, Area[]> | null = null;
/** Roles whose region is a province, a regency or a city (others take any). */
const ROLE_LEVEL: Readonly<Record<string, string>> = {
  gubernur: 'province', 'wakil gubernur': 'province', kapolda: 'province', kajati: 'province',
  bupati: 'regency', 'wakil bupati': 'regency', walikota: 'city', 'wakil walikota': 'city',
};
/** The provinces, regencies and cities called `name` (preferring the level the role governs), or null when none
 *  is: `Bone`, `Lombok Timur`, `Bengkulu`. */
function regionsNamed(name: string, role: string): Area[] | null {
  if (!AREAS_BY_NAME) {
    AREAS_BY_NAME = new Map();
    for (const a of [...provinces(), ...regencies()]) {
      const k = (a.level === 'province' ? a.name : a.core).toLowerCase();
      const l = AREAS_BY_NAME.get(k);
      if (l) l.push(a);
      else AREAS_BY_NAME.set(k, [a]);
    }
  }
  const all = AREAS_BY_NAME.get(name.toLowerCase());
  if (!all) return null;
  const level = ROLE_LEVEL[role];
  const fit = level ? all.filter((a) => a.level === level) : all;
  return fit.length > 0 ? fit : all;
}

function regionRef(code: string | null | undefined): RegionRef | null {
  if (!code) return null;
  const a = areaByCode(code);
  return a ? { code: a.code, name: a.name } : null;
}

// ---------------------------------------------------------------------------------------------
// Parser: titles, with the name before or after.

/** A "name" before `[, ]Title` that is not a person: a region (`Lombok Timur, Bupati …`), the title's own place
 *  (`Warga Sembalun, Kades Sembalun`), or a sentence adverbial (`Terpisah, Kepala BKD …`, `Senada, Ketua …`):
 *  one word at a sentence start before a comma that the text never capitalises anywhere else mid-sentence. */
function regionOrAdverb(text: string, pn: ParsedName, titleStart: number, c: Complement, role: string, midCaps: LowerWords): boolean {
  const joined = pn.tokens.join(' ');
  if (regionsNamed(joined, role)) return true;
  if (c.place && ` ${joined} `.toLowerCase().includes(` ${c.place.name.toLowerCase()} `)) return true;
  if (pn.tokens.length === 1 && text.slice(pn.end, titleStart).includes(',') && atSentenceStart(text, pn.start))
    // (the word run the lookup is keyed by: `Ma'ruf` → `ma`)
    return !midCaps.has((/^[\p{L}\p{N}]+/u.exec(pn.tokens[0]!)?.[0] ?? '').toLowerCase());
  return false;
}

/** Roles that name a party post when a party follows (`Ketua Umum Gerindra`, `Sekjen Partai Golkar`). */
const GENERIC_PARTY_ROLES: ReadonlySet<string> = new Set(['ketua umum', 'wakil ketua umum', 'sekjen', 'bendahara umum']);
/** The role of a generic post by what follows it: a party (`ketua partai`), a faction (`ketua fraksi`), else the
 *  institution's acronym (`ketua bk`, `wakil ketua dpr`) or its first word (`direktur keuangan`). */
function genericRole(role: string, complement: string, party: boolean, fraksi: boolean): string {
  if (party) return `${role} partai`;
  if (fraksi || /(?:^|\s)fraksi(?:\s|$)/iu.test(complement)) return `${role} fraksi`;
  if (GENERIC_PARTY_ROLES.has(role)) return role;
  const acr = /\((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)|(?:^|\s)(\p{Lu}[\p{Lu}\p{N}-]{1,9})(?=\s|$)/u.exec(complement.trim());
  if (acr) return `${role} ${(acr[1] ?? acr[2])!.toLowerCase()}`;
  const w = /\p{L}+/u.exec(complement)?.[0];
  return w ? `${role} ${w.toLowerCase()}` : role;
}

/** `terpilih` right at `pos` (after 1–2 spaces): the modifier and where it ends. */
function modifierAfter(text: string, pos: number): { modifier: 'terpilih'; end: number } | null {
  const sp = spaceLenAt(text, pos);
  if (sp === 0) return null;
  const w = stickyAt(WORD_RE, text, pos + sp);
  const m = w ? TITLE_MODIFIERS_AFTER[w[0].toLowerCase()] : undefined;
  return m && w ? { modifier: m, end: pos + sp + w[0].length } : null;
}

/** Every token of the name is a title word (`Pertahanan Amerika Serikat`, `Yunani`). */
function titleWordsOnly(text: string, n: ParsedName): boolean {
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

/** A second post in apposition up to its comma: ` yang juga Ketua Tim Pemantau Netralitas ASN, ` (no sentence
 *  end, no quote, at most 80 characters). */
const APPOSITION_RE = /[ \t]{1,2}(?:yang[ \t]{1,2}juga|sekaligus|yang[ \t]{1,2}sekaligus)[ \t]{1,2}\p{Lu}[^.!?"“”,\n]{0,80},[ \t]{1,2}/uy;
const ACRONYM_PAREN_RE = /[ \t]{0,2}\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)/uy;
/** When the parsed "name" `n` is really the end of the title (see parseTitles), the name after it (or null when
 *  none follows); undefined when `n` is a name. */
function nameAfterTitleWords(
  ctx: ExtractContext,
  text: string,
  n: ParsedName,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
): { name: ParsedName; titleEnd: number } | null | undefined {
  let from = -1;
  // an acronym in parentheses right after the run: `Nahdlatul Ulama (PBNU)`
  const paren = stickyAt(ACRONYM_PAREN_RE, text, n.end);
  // (`Susilo Bambang Yudhoyono (SBY)`: the person's own initials are a nickname, not an institution)
  const initials = n.tokens.map((t) => t.charAt(0)).join('');
  if (paren && !paren[0].includes(`(${initials})`)) from = n.end + paren[0].length;
  else {
    const more = skipTitleWords(text, n.end, NOT_PORTFOLIO);
    if (more.end > n.end) from = more.end;
    else {
      // a country or party inside the run: the name starts after the last one
      let q = text.indexOf(n.tokens[0]!, n.start);
      for (let i = 0; i < n.tokens.length - 1 && q >= 0; i++) {
        const tw = titleWordAt(text, q, NOT_PORTFOLIO);
        const next = text.indexOf(n.tokens[i + 1]!, q + n.tokens[i]!.length);
        if (tw && tw.kind !== 'organ' && tw.end <= next) from = tw.end;
        q = next;
      }
      if (from < 0) return undefined;
    }
  }
  let p = from;
  const comma = commaLenAt(text, p);
  p += comma > 0 ? comma : spaceLenAt(text, p);
  if (p === from) return null;
  const later = parseName(text, p, regionStarts);
  return later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower) ? { name: later, titleEnd: from } : null;
}

/** `SBY`, `JK`, `BTP`: 2–4 capitals that are no acronym, party, country or degree, with no capitalised word after. */
const NICKNAME_RE = /\p{Lu}{2,4}(?![\p{L}\p{N}-])/uy;
function nicknameAt(text: string, p: number): ParsedName | null {
  const m = stickyAt(NICKNAME_RE, text, p);
  if (!m) return null;
  const w = m[0];
  const lw = w.toLowerCase();
  if (ACRONYM_WORDS.has(lw) || DEGREE_WORDS.has(w) || TITLE_PHRASES.has(lw) || NOT_NAME.has(lw)) return null;
  const e = p + w.length;
  const sp = spaceLenAt(text, e);
  if (sp > 0 && classAt(text, e + sp) & UPPER) return null;
  return { start: p, end: e, tokens: [w], written: w };
}

function parseTitles(
  ctx: ExtractContext,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
): { named: Candidate[]; unnamed: UnnamedTitle[] } {
  const text = ctx.text;
  const named: Candidate[] = [];
  const unnamed: UnnamedTitle[] = [];
  let mentioned: ReadonlySet<string> | null = null;
  const mentionedRegencies = (): ReadonlySet<string> => (mentioned ??= new Set([...regionStarts.values()].map((r) => regencyOf(r.code) ?? r.code)));
  const midCaps = lazyMidSentenceCaps(text);
  // Leftmost title at or after `resume` (what a global regex would find next), tried at title heads only.
  let resume = 0;
  const runs = wordRuns(text);
  const lowers = runLowers(text, runs);
  for (let k = 0; k < runs.count; k++) {
    const at = runs.starts[k]!;
    // only word runs that may begin a title
    if (at < resume || !TITLE_HEAD_FILTER.hasRun(text, at, runs.ends[k]!, lowers[k]!)) continue;
    const m = titleAt(text, at, lowers[k]!);
    if (!m) continue;
    const start = m.start;
    const headEnd = m.end;
    // where the previous title (with its complement and name) ended: a name before this title starts after it
    const prevEnd = resume;
    resume = headEnd;
    const acting = m.acting;
    // A division post (`Koordinator Divisi … Bawaslu`) is the body's `Koordinator Divisi` title.
    const phrase = m.divisionBody ? `Koordinator Divisi ${m.divisionBody}` : m.phrase;
    const def = phrase ? titleDefOf(phrase) : null;
    const acr = m.acronym ?? null;
    if (!def && !acr) continue;
    // `Jalan Bupati …`, `Kantor Bupati …`, `Program Bupati …`: a place or programme, not a person's title.
    if (!acting && precededBy(NOT_TITLE_BEFORE_WORD, text, start)) continue;
    // `para camat`, `seluruh kepala desa`, `119 kepala desa`: a plural or generic title names nobody.
    if (precededBy(GENERIC_BEFORE, text, start)) continue;
    // A generic post (`Ketua`, `Direktur`) is a person's title only capitalised, with an institution after it.
    if (def?.generic && !(classAt(text, start) & UPPER)) continue;
    // `calon Bupati X`, `mantan Bupati X`: X does not hold the post; kept, marked.
    let modifier: Candidate['modifier'] = precededBy(HOLDER_BEFORE, text, start)
      ? HOLDER_MODIFIER[wordBeforeGap(text, Math.max(0, start - HOLDER_BEFORE.reach), start, false) ?? '']
      : undefined;
    // `Keputusan Presiden Nomor …` is a document; `keputusan Presiden Jokowi` still names the president.
    const documentTitle = !acting && precededBy(DOCUMENT_BEFORE, text, start);
    // `Wali Kota terpilih Kendari`, `Presiden terpilih X`
    let complementAt = skipParen(text, headEnd);
    const after = modifierAfter(text, complementAt);
    if (after) {
      modifier = after.modifier;
      complementAt = after.end;
    }
    let role = def?.role ?? '';
    if (acr) {
      const la = acr.toLowerCase();
      role = REGIONAL_AGENCY.has(la) ? 'kepala badan' : DINAS_AGENCY.has(la) ? 'kepala dinas' : `kepala ${la}`;
    }
    const c = parseComplement(
      text,
      complementAt,
      acr ? { phrase: '', role, complement: 'region', institution: null } : def,
      regionStarts,
      mentionedRegencies,
    );
    // Title words left after the complement (`Gubernur Bank Sentral Malaysia X`, `Ketua Umum Demokrat X`) belong to
    // the title too, and so does a `terpilih` after the region (`Bupati Lombok Timur terpilih, X`).
    const extra = skipTitleWords(text, c.end, null);
    const hasExtra = extra.end > c.end;
    if (hasExtra) {
      c.end = extra.end;
      c.party ||= extra.party;
    }
    const after2 = modifierAfter(text, c.end);
    if (after2) {
      modifier = after2.modifier;
      c.end = after2.end;
    }
    // a generic post without its institution is no title (`Ketua Panitia …`)
    if (def?.generic && !c.org && !c.region && !c.national && !hasExtra) continue;
    if (def?.generic || GENERIC_PARTY_ROLES.has(role)) role = genericRole(role, text.slice(headEnd, c.end), c.party === true, extra.fraksi);
    let titleText = text.slice(start, c.end);
    let region: RegionRef | null = null;
    if (c.region && !c.national) region = regionRef(c.region.code);
    else if (c.place?.code) region = regionRef(c.place.code);
    let institution = fillInstitution(def, acr, c);
    // `Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi` is the MenPAN-RB.
    if (role === 'menteri' && c.org) {
      const org = c.org.toLowerCase();
      const ministry = MINISTRY_ROLES.find((x) => org.startsWith(x.org));
      if (ministry) {
        role = ministry.role;
        institution = ministry.institution;
      }
    }
    // `Menteri Koordinator Bidang Politik, Hukum, dan Keamanan` is the Menko Polhukam.
    if (role === 'menko') {
      const org = titleText.toLowerCase();
      const menko = MENKO_ROLES.find((x) => org.includes(x.org));
      if (menko) {
        role = menko.role;
        institution = menko.institution;
      }
    }
    if (c.party && institution) institution = institution.replace(/^Kementerian /u, '');

    // Name after the title: `Title[, ]Name`.
    let p = c.end;
    const comma = commaLenAt(text, p);
    if (comma > 0) p += comma;
    else p += spaceLenAt(text, p);
    let name = p > c.end ? parseName(text, p, regionStarts) : null;
    // a "name" made of title words only (`Menteri Pertahanan Amerika Serikat`) is none
    if (name && titleWordsOnly(text, name)) name = null;
    if (name && !plausibleName(ctx, name, headlineEnd, lower)) name = null;
    // `Ketua Dewan Pakar Partai Golkar X`, `Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) X`, `Gubernur New
    // Mexico AS X`: a "name" followed by (or holding) a party, organ or country, or by an acronym in
    // parentheses, is part of the title; the name comes after.
    if (name) {
      const later = nameAfterTitleWords(ctx, text, name, regionStarts, headlineEnd, lower);
      if (later !== undefined) {
        if (later) titleText = text.slice(start, later.titleEnd);
        name = later?.name ?? null;
      }
    }
    // `Kepala Dinas Kominfo NTB yang juga Ketua Tim Pemantau Netralitas ASN, Ahmad Yusri`: a second post in
    // apposition (`yang juga`, `sekaligus`), then the name after its comma.
    if (!name && p === c.end + spaceLenAt(text, c.end)) {
      const app = stickyAt(APPOSITION_RE, text, c.end);
      if (app) {
        const q = c.end + app[0].length;
        const second = parseName(text, q, regionStarts);
        if (second && second.tokens.length >= 2 && !titleWordsOnly(text, second) && plausibleName(ctx, second, headlineEnd, lower)) name = second;
      }
    }
    // `Presiden SBY`: an office without complement, then a short all-caps nickname
    if (!name && p > c.end && def?.complement === 'none') name = nicknameAt(text, p);
    // `Direktur Keuangan Medco, D Cyril Noerhadi`: after a generic post, one word before a comma is the
    // institution, the name follows the comma.
    if (name && comma === 0 && (def?.generic || acr) && name.tokens.length === 1 && commaLenAt(text, name.end) > 0) {
      const q = name.end + commaLenAt(text, name.end);
      const second = parseName(text, q, regionStarts);
      if (second && second.tokens.length >= 2 && plausibleName(ctx, second, headlineEnd, lower)) {
        titleText = text.slice(start, name.end);
        name = second;
      } else if (def?.generic) name = null;
    }
    // `Bupati Bone mengatakan`: a "name" that is a regency, city or province is the title's region.
    if (name && def?.complement !== 'none') {
      const areas = regionsNamed(name.tokens.join(' '), role);
      if (areas) {
        name = null;
        if (!region && !c.region && areas.length === 1) region = regionRef(areas[0]!.code);
      }
    }
    let rule = 'title-before-name';
    let spanStart = start;
    let spanEnd = name ? name.end : c.end;
    // `Zulkifli, lurah yang …`, `Menurutnya, kepala desa harus …`: a lower-case title with nothing after it is
    // the generic post, not an apposition to the name before it.
    const generic = !(classAt(text, start) & UPPER) && !c.region && !c.place && !c.org && !c.national;
    // a generic post, a document's title, a candidate or former holder: only with its name written after it
    if (!name && (def?.generic || documentTitle || modifier)) {
      resume = Math.max(resume, c.end);
      continue;
    }
    if (!name && !generic) {
      // Name before the title: `Budi Santoso, Kepala Dinas …`, `Budi selaku Kepala …`.
      const pn = nameBefore(text, start);
      if (pn && pn.start >= prevEnd && plausibleName(ctx, pn, headlineEnd, lower) && !regionStarts.has(pn.start) && !regionOrAdverb(text, pn, start, c, role, midCaps)) {
        name = pn;
        rule = 'name-before-title';
        spanStart = pn.start;
        spanEnd = c.end;
      }
    }
    if (!name) {
      unnamed.push({ start, end: c.end, title: titleText, role, acting, institution, region });
      resume = Math.max(resume, c.end);
      continue;
    }
    // `Bupati Lombok Timur H. Sukiman Azmy dan Wakil Bupati H. Rumaksi`: a deputy without a region shares
    // the region of the head named just before, in the same sentence.
    if (!region && DEPUTY_HEADS[role]) {
      const head = named[named.length - 1];
      const gap = head ? text.slice(head.spans[0]!.end, spanStart) : '';
      if (head?.region && head.role === DEPUTY_HEADS[role] && gap.length <= 40 && !/[.!?]/u.test(gap)) {
        region = head.region;
        institution = head.institution;
      }
    }
    named.push({
      tokens: name.tokens,
      name: name.tokens.join(' '),
      nameAsWritten: name.written.replace(/[ \t]+/gu, ' ').trim(),
      title: titleText,
      role,
      acting,
      institution,
      region,
      spans: [{ start: spanStart, end: spanEnd, text: text.slice(spanStart, spanEnd), rule }],
      rule,
      ...(modifier ? { modifier } : {}),
    });
    resume = Math.max(resume, spanEnd);
  }
  return { named, unnamed };
}

// ---------------------------------------------------------------------------------------------
// Refiners.

function normTokens(tokens: string[]): string[] {
  return nameTokens(tokens.join(' '));
}

function compatibleRoles(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return roleFamily(a) === roleFamily(b);
}

/** Refiner 1: one entry per person. */
function mergeSamePerson(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // nameKey of each out[i].name, kept in step with it (it changes when a longer name is merged in)
  const keys: string[] = [];
  for (const c of cands) {
    const key = nameKey(c.name);
    let t = -1;
    for (let i = 0; i < out.length; i++)
      if (compatibleRoles(out[i]!.role, c.role) && sameName(keys[i]!, key)) {
        t = i;
        break;
      }
    if (t < 0) {
      out.push({ ...c, spans: [...c.spans] });
      keys.push(key);
      continue;
    }
    const target = out[t]!;
    target.spans.push(...c.spans);
    if (c.tokens.length > target.tokens.length) {
      target.tokens = c.tokens;
      target.name = c.name;
      keys[t] = key;
    }
    if (c.nameAsWritten.length > target.nameAsWritten.length) target.nameAsWritten = c.nameAsWritten;
    if (!target.region && c.region) {
      target.region = c.region;
      if (c.title) {
        target.title = c.title;
        target.institution = c.institution;
      }
    }
    if (!target.institution && c.institution) target.institution = c.institution;
    target.acting = target.acting || c.acting;
    // a mention as the sitting holder wins over `calon`/`mantan`
    if (target.modifier && !c.modifier) delete target.modifier;
  }
  return out;
}

/** Buffers reused by Coverage, one per slot: allocating two zeroed arrays the size of the text for every
 *  article cost more than clearing the ones of the previous article. */
const COVERAGE_BUFFERS: Uint8Array[] = [new Uint8Array(0), new Uint8Array(0)];

/** Which UTF-16 units of the text are already claimed (O(1) marking, O(length) checks). `slot` picks the
 *  reused buffer: two coverages alive at once need different slots. */
class Coverage {
  private readonly mask: Uint8Array;
  /** length + 1: units at or past it are never claimed */
  private readonly limit: number;
  constructor(length: number, slot: 0 | 1) {
    this.limit = length + 1;
    let buf = COVERAGE_BUFFERS[slot]!;
    if (buf.length < this.limit) buf = COVERAGE_BUFFERS[slot] = new Uint8Array(Math.max(this.limit, buf.length * 2));
    else buf.fill(0, 0, this.limit);
    this.mask = buf;
  }
  add(s: number, e: number): void {
    if (s < 0) return;
    this.mask.fill(1, s, Math.min(e, this.limit));
  }
  hits(s: number, e: number): boolean {
    const end = Math.min(e, this.limit);
    for (let i = Math.max(0, s); i < end; i++) if (this.mask[i] === 1) return true;
    return false;
  }
}

interface PersonRun {
  start: number;
  end: number;
  /** normalised name tokens (honorifics dropped); shared with the nameTokens memo: never changed */
  toks: readonly string[];
}

const RUN_WORD_RE = /\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?/gu;

/** Words of the last nameRunAt() match: `[RUN_WORD_S[d], RUN_WORD_E[d])`, d < the count it returned; and
 *  whether word d took an apostrophe part (`Ma'ruf`: then it spans two word runs). Scratch, reused. */
const RUN_WORD_S = [0, 0, 0, 0];
const RUN_WORD_E = [0, 0, 0, 0];
const RUN_WORD_APOS = [false, false, false, false];

/**
 * PERSON_NAME_AT_RE without the regex engine (it was the hot part of personRuns): the match at `pos`, which
 * must be a word-run start not after a dot (the lookbehind), as a number of words (0 = no match) with the
 * words in RUN_WORD_S/E. It follows the regex's backtracking order exactly:
 * a word is `\p{Lu}\p{Ll}+` plus, greedily, `['’]\p{Ll}+`; another word (up to 4) after 1–2 spaces or tabs
 * is tried first, then ending the match here, which needs no letter or digit next. Backing off inside
 * `\p{Ll}+` or to one space of two never helps (a lower-case letter or a space would come next), but
 * dropping the apostrophe part does: the match then ends before the apostrophe (`Ma'rufX` → `Ma`).
 */
function nameRunAt(text: string, pos: number, depth = 0): number {
  if ((classAtOr0(text, pos) & UPPER) === 0) return 0;
  let q = pos + widthAt(text, pos);
  const lowStart = q;
  while (classAtOr0(text, q) & LOWER) q += widthAt(text, q);
  if (q === lowStart) return 0;
  const short = q;
  if (q < text.length && isApostrophe(text.charCodeAt(q)) && classAtOr0(text, q + 1) & LOWER) {
    q++;
    while (classAtOr0(text, q) & LOWER) q += widthAt(text, q);
  }
  const full = q;
  RUN_WORD_S[depth] = pos;
  if (depth < 3) {
    let n = 0;
    while (n < 2 && full + n < text.length && isSpaceOrTab(text.charCodeAt(full + n))) n++;
    if (n > 0) {
      const more = nameRunAt(text, full + n, depth + 1);
      if (more > 0) {
        RUN_WORD_E[depth] = full;
        RUN_WORD_APOS[depth] = full !== short;
        return more;
      }
    }
  }
  if ((classAtOr0(text, full) & LETTER_OR_DIGIT) === 0) {
    RUN_WORD_E[depth] = full;
    RUN_WORD_APOS[depth] = full !== short;
    return depth + 1;
  }
  if (full !== short) {
    RUN_WORD_E[depth] = short;
    RUN_WORD_APOS[depth] = false;
    return depth + 1;
  }
  return 0;
}

/** End of the match of `(?<![\p{L}\p{N}.])${PERSON_NAME_SOURCE}` at a word-run start `pos` not after a dot,
 *  or -1: nameRunAt() for the tests, which compare it with that regex. */
export function personNameEndAt(text: string, pos: number): number {
  const n = nameRunAt(text, pos);
  return n === 0 ? -1 : RUN_WORD_E[n - 1]!;
}

/** The words of the capitalised run personRuns() is looking at: `[PR_WORD_S[d], PR_WORD_E[d])`, lower-cased
 *  PR_WORD_LOWER[d]. Scratch, reused across runs and articles (no object per word). */
const PR_WORD_S: number[] = [];
const PR_WORD_E: number[] = [];
const PR_WORD_LOWER: string[] = [];
/** Sets word `d` (d ≤ the arrays' length). Storing past an array's end deoptimises optimised code ("out of
 *  bounds"), so the arrays grow by push, once, to the longest run seen, and are overwritten in place after. */
function putRunWord(d: number, start: number, end: number, lower: string): void {
  if (d < PR_WORD_S.length) {
    PR_WORD_S[d] = start;
    PR_WORD_E[d] = end;
    PR_WORD_LOWER[d] = lower;
  } else {
    PR_WORD_S.push(start);
    PR_WORD_E.push(end);
    PR_WORD_LOWER.push(lower);
  }
}

/** Capitalised runs, trimmed of leading non-name words (`Menurut Hesty` → `Hesty`) and cut at the next one.
 *  With `only` (the tokens of the known officials, when nothing but bare mentions will read the runs), a run
 *  whose name tokens provably do not start with one of them is left out (see mayStartWithToken). */
function personRuns(text: string, blocked: Coverage, only: ReadonlyMap<string, unknown> | null): PersonRun[] {
  const out: PersonRun[] = [];
  // A run starts a word (a word run of the text), not after a dot, with a capital or an honorific; the match
  // is tried only there, left to right after the previous run (as a global regex would).
  const runs = wordRuns(text);
  const { count, starts } = runs;
  const lowers = runLowers(text, runs);
  let resume = 0;
  // the run's words: [ws[i], we[i]) lower-cased lw[i], i < nw (see putRunWord)
  const ws = PR_WORD_S;
  const we = PR_WORD_E;
  const lw = PR_WORD_LOWER;
  let nw = 0;
  for (let k = 0; k < count; k++) {
    const at = starts[k]!;
    // most runs are lower-case words: settled by their first character first
    const c = text.charCodeAt(at);
    if (c < 128 ? PERSON_RUN_START[c] === 0 : (classAt(text, at) & UPPER) === 0) continue;
    if (at < resume || (at > 0 && text.charCodeAt(at - 1) === 0x2e)) continue;
    nw = 0;
    let s = at;
    let e: number;
    if (HONORIFIC_HEADS.hasRun(text, at, runs.ends[k]!, lowers[k]!)) {
      // honorifics may lead the run (`Pak Ilham`, `H. Sukiman`): the regex, with its words found again
      const m = stickyAt(PERSON_RUN_AT_RE, text, at);
      if (!m) continue;
      e = s + m[0].length;
      RUN_WORD_RE.lastIndex = 0;
      for (let w = RUN_WORD_RE.exec(m[0]); w !== null; w = RUN_WORD_RE.exec(m[0]))
        putRunWord(nw++, m.index + w.index, m.index + w.index + w[0].length, w[0].toLowerCase());
    } else {
      const n = nameRunAt(text, at);
      if (n === 0) continue;
      e = RUN_WORD_E[n - 1]!;
      // each word is one word run (its lower-cased text is at hand) unless it took an apostrophe part
      let kk = k;
      for (let d = 0; d < n; d++) {
        const a = RUN_WORD_S[d]!;
        const b = RUN_WORD_E[d]!;
        while (starts[kk]! < a) kk++;
        putRunWord(nw++, a, b, RUN_WORD_APOS[d] ? text.slice(a, b).toLowerCase() : lowers[kk]!);
      }
    }
    resume = e;
    let i = 0;
    while (i < nw && notName(lw[i]!)) i++;
    if (i === nw) continue;
    // `Masjid Hubbul Wathan`, `Hotel Lombok Raya`: what follows a place head is the place's name
    if (i > 0 && PLACE_HEAD.has(lw[i - 1]!)) continue;
    if (i > 0) s = ws[i]!;
    // (word i is a name word: the loop above stopped there)
    let j = i + 1;
    while (j < nw && !notName(lw[j]!)) j++;
    if (j < nw) e = we[j - 1]!;
    if (only !== null && !mayStartWithToken(text, s, e, i, j, only)) continue;
    if (blocked.hits(s, e)) continue;
    const toks = sharedNameTokens(text.slice(s, e));
    if (toks.length === 0) continue;
    out.push({ start: s, end: e, toks });
  }
  return out;
}

/**
 * False when the name tokens of the run `[s, e)` (sharedNameTokens of its text), made of the words i..j-1 of
 * personRuns' scratch arrays, cannot start with a word of `only`; true when they may. Those tokens are the
 * run's words with leading honorifics dropped, when the run is exactly its words, each ASCII letters only,
 * with spaces or tabs between them (no dot, apostrophe, accent or other character that tokenising would
 * split, drop or fold): then the first token is one of the lower-cased words, and none of them is in `only`.
 * Anything else may carry a token (true), so the skip never drops a run a bare mention could use.
 */
function mayStartWithToken(text: string, s: number, e: number, i: number, j: number, only: ReadonlyMap<string, unknown>): boolean {
  for (let x = i; x < j; x++) if (only.has(PR_WORD_LOWER[x]!)) return true;
  if (s !== PR_WORD_S[i]! || e !== PR_WORD_E[j - 1]!) return true;
  for (let x = i; x < j; x++) {
    for (let p = PR_WORD_S[x]!; p < PR_WORD_E[x]!; p++) if (!isAsciiLetter(text.charCodeAt(p))) return true;
    if (x + 1 < j) {
      const gap = PR_WORD_S[x + 1]!;
      if (gap === PR_WORD_E[x]!) return true;
      for (let p = PR_WORD_E[x]!; p < gap; p++) if (!isSpaceOrTab(text.charCodeAt(p))) return true;
    }
  }
  return false;
}
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** personRuns() with nothing blocked, for the tests (the `only` skip must keep every run a bare mention of
 *  those tokens could use). */
export function personRunsOf(text: string, only: ReadonlyMap<string, unknown> | null): PersonRun[] {
  return personRuns(text, new Coverage(text.length, 1), only);
}

/** Refiner 2: bare-name mentions of known officials (`ujar Ilham`, `H.M.Juaini`). */
function addBareMentions(
  text: string,
  offs: Candidate[],
  taken: Coverage,
  /** the capitalised runs; those whose tokens cannot start with one of `tokens` may be left out */
  runs: (tokens: ReadonlyMap<string, unknown>) => PersonRun[],
): void {
  if (offs.length === 0) return;
  // token → officials carrying it
  const byToken = new Map<string, number[]>();
  offs.forEach((o, i) => {
    for (const t of new Set(normTokens(o.tokens))) {
      const l = byToken.get(t);
      if (l) l.push(i);
      else byToken.set(t, [i]);
    }
  });
  for (const r of runs(byToken)) {
    // the officials carrying every token of the run (most runs carry no official's token: no list is built)
    let hits = byToken.get(r.toks[0]!);
    for (let x = 1; hits !== undefined && hits.length > 0 && x < r.toks.length; x++) {
      const l = byToken.get(r.toks[x]!);
      hits = l ? hits.filter((i) => l.includes(i)) : undefined;
    }
    if (hits === undefined || hits.length !== 1) continue;
    // (after the token lookup, which settles most runs more cheaply)
    if (taken.hits(r.start, r.end)) continue;
    const o = offs[hits[0]!]!;
    const span: Span = { start: r.start, end: r.end, text: text.slice(r.start, r.end), rule: 'bare-name' };
    o.spans.push(span);
    taken.add(span.start, span.end);
    const written = span.text.replace(/[ \t]+/gu, ' ');
    if (written.length > o.nameAsWritten.length && r.toks.length >= normTokens(o.tokens).length) o.nameAsWritten = written;
  }
}

/** The unnamed title refiner 3 starts from: exactly one distinct (role, region) title in the headline/lead;
 *  else null (then refiner 3 does nothing). */
function leadTitleOf(ctx: ExtractContext, unnamed: UnnamedTitle[]): UnnamedTitle | null {
  const leadEnd = ctx.paragraphs.length > 1 ? ctx.paragraphs[Math.min(1, ctx.paragraphs.length - 1)]!.end : Math.min(ctx.text.length, 400);
  const leadLimit = Math.max(leadEnd, headlineEndOf(ctx));
  const leadTitles = unnamed.filter((u) => u.start < leadLimit && u.role);
  const distinct = new Set(leadTitles.map((u) => `${u.role}|${u.region?.code ?? ''}`));
  return distinct.size === 1 ? leadTitles[0]! : null;
}

/** Refiner 3: a title with no name in the headline/lead (`t`, see leadTitleOf) + one recurring untitled speaker. */
function assignHeadlineTitle(
  ctx: ExtractContext,
  t: UnnamedTitle,
  offs: Candidate[],
  taken: Coverage,
  allRuns: () => PersonRun[],
  lower: LowerWords,
): void {
  const text = ctx.text;
  const counts = new Map<string, Array<{ start: number; end: number }>>();
  const runs = allRuns().filter((r) => !taken.hits(r.start, r.end));
  const known = new Set(offs.flatMap((o) => normTokens(o.tokens)));
  for (const r of runs) {
    if (!precededBy(SPEECH_BEFORE, text, r.start) && !stickyAt(SUBJECT_AFTER_RE, text, r.end)) continue;
    // known officials are not candidates; a single common word is not a name
    if (r.toks.some((x) => known.has(x))) continue;
    if (r.toks.length === 1 && lower.has(r.toks[0]!)) continue;
    const key = r.toks.join(' ');
    const l = counts.get(key);
    if (l) l.push({ start: r.start, end: r.end });
    else counts.set(key, [{ start: r.start, end: r.end }]);
  }
  const recurring = [...counts.entries()].filter(([, v]) => v.length >= 2);
  if (recurring.length !== 1) return;
  const [key, where] = recurring[0]!;
  // every mention of that name (not only the speaker ones)
  const spans: Span[] = [{ start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: 'headline-title' }];
  for (const r of runs) {
    if (r.toks.join(' ') !== key) continue;
    spans.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), rule: 'recurring-speaker' });
  }
  const first = where[0]!;
  const written = text.slice(first.start, first.end);
  const tokens = written.split(/[ \t]+/u).filter((w) => /^\p{Lu}/u.test(w));
  offs.push({
    tokens,
    name: tokens.join(' '),
    nameAsWritten: written,
    title: t.title,
    role: t.role,
    acting: t.acting,
    institution: t.institution,
    region: t.region,
    spans,
    rule: 'headline-title',
  });
  for (const s of spans) taken.add(s.start, s.end);
}

/** Refiner 4 (build): the Official of a merged candidate, its spans in text order. */
function officialOf(o: Candidate): Official {
  const spans = [...o.spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id: officialKey(o.name, o.role, o.region?.code ?? null),
    name: o.name,
    nameAsWritten: o.nameAsWritten,
    title: o.title,
    role: o.role,
    acting: o.acting,
    ...(o.modifier ? { modifier: o.modifier } : {}),
    institution: o.institution,
    region: o.region,
    mentions: spans.length,
    spans,
    rule: o.rule,
  };
}

// ---------------------------------------------------------------------------------------------

export function extractOfficials(ctx: ExtractContext, regions: RegionMention[]): Official[] {
  const text = ctx.text;
  const regionStarts = new Map<number, RegionAt>();
  for (const r of regions)
    for (const s of r.spans) {
      const bare = s.text.replace(/^(?:Kabupaten|KABUPATEN|Kab\.?|KAB\.?|Kota(?: Administrasi| Adm\.)?|KOTA|Provinsi|PROVINSI|Prov\.?)[ \t]{1,2}/u, '');
      const code = r.level === 'district' || r.level === 'village' ? (regencyOf(r.code) ?? r.code) : r.code;
      regionStarts.set(s.start, { end: s.end, code, bare });
    }
  const headlineEnd = headlineEndOf(ctx);
  const lower = lazyLowerWords(text);
  const { named, unnamed } = parseTitles(ctx, regionStarts, headlineEnd, lower);
  // Refiner order (see header): merge → bare mentions → headline title → build.
  const merged = mergeSamePerson(named);
  const taken = new Coverage(text.length, 0);
  for (const o of merged) for (const s of o.spans) taken.add(s.start, s.end);
  for (const u of unnamed) taken.add(u.start, u.end);
  // Region names are never bare person names.
  const blocked = new Coverage(text.length, 1);
  for (const r of regions) for (const s of r.spans) blocked.add(s.start, s.end);
  // Capitalised runs are found once (lazily) and shared by both refiners. Refiner 3 reads all of them, and only
  // when the lead has its title (known already: it does not depend on refiner 2); otherwise refiner 2 alone
  // reads them and may leave out runs that cannot be its officials' (most of them).
  const lead = leadTitleOf(ctx, unnamed);
  let runsCache: PersonRun[] | null = null;
  const runs = (): PersonRun[] => (runsCache ??= personRuns(text, blocked, null));
  addBareMentions(text, merged, taken, (tokens) => (lead ? runs() : personRuns(text, blocked, tokens)));
  if (lead) assignHeadlineTitle(ctx, lead, merged, taken, runs, lower);
  // (a loop, not merged.map(): map() over an empty list gives an array of another kind, and the sort below
  // then deoptimised on it)
  const out: Official[] = [];
  for (const o of merged) out.push(officialOf(o));
  return out.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || (a.id < b.id ? -1 : 1));
}
