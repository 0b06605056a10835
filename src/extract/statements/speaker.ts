// Speaker phrases and their resolution to officials.
//
// `readSpeakerPhrase` reads the name/title written after an attribution verb. `SpeakerResolver` turns a
// `SpeakerCue` into a `SpeakerRef`, in text order, keeping the "last speaker" for pronouns:
//   phrase   → an official whose mention span overlaps the phrase; else name tokens matched against the
//              officials' names (Jaro–Winkler); else a bare title matched against the officials' titles;
//              else (when allowed) a stated speaker `p_<hash>` with no official entry; else null.
//   pronoun  → the last speaker named before it: the later of (a) the last official mention outside quotes,
//              taken as the FIRST official mentioned in that sentence (its subject, not an object such as
//              `mengapresiasi Pj Sekda …`), and (b) the last resolved statement's speaker.
//   subject  → the first official mentioned in the clause before the verb; else a pronoun subject
//              (`Ia`, `Dia`); else a clause made only of a capitalised name (`Hesty menjelaskan`).
import type { Official, SpeakerRef } from '../../model.js';
import {
  ACTING_PREFIXES,
  NOT_NAME_WORDS,
  SPEAKER_HONORIFICS,
  SPEAKER_ORG_WORDS,
  SPEAKER_PRONOUNS,
  SPEAKER_ROLE_WORDS,
  SPEAKER_STOP_WORDS,
  SUBJECT_ADVERBS,
  SUBJECT_PRONOUNS,
} from '../../lexicon/attribution.js';
import { MIN_CLITIC_STEM, NOT_NAME_CLITICS, NOT_NAME_WORDS as NOT_PERSON_WORDS } from '../../lexicon/honorifics.js';
import { COMPANY_WORDS, COUNTRIES, INSTITUTION_HEADS, PARTIES, PARTY_ORGANS, PORTFOLIO_WORDS } from '../../lexicon/title-words.js';
import { ORG_WORDS, TITLES } from '../../lexicon/titles.js';
import { similarity } from '../../nlp/natural.js';
import { isLetterUnit, nextWordStart, wordCharLength, wordRunEnd, words } from '../../nlp/words.js';
import { shortHash } from '../../util/hash.js';
import { type Doc, type Range, type SpeakerCue, byStart, objectList, rangeIndexAt, sortInPlace } from './doc.js';

const HONORIFIC = new Set(SPEAKER_HONORIFICS);
const ROLE = new Set(SPEAKER_ROLE_WORDS);
const ORG = new Set(SPEAKER_ORG_WORDS);
const ACTING = new Set(ACTING_PREFIXES);
const STOP = new Set(SPEAKER_STOP_WORDS);
const PRONOUN = new Set(SPEAKER_PRONOUNS);
const SUBJ_PRONOUN = new Set(SUBJECT_PRONOUNS);
const ADVERB = new Set(SUBJECT_ADVERBS);
const NOT_NAME = new Set(NOT_NAME_WORDS);
/** The first word of every lexicon title (`Mensos`, `Wapres`, `Perdana`, `Panglima`): a role word in a phrase. */
const TITLE_HEAD = new Set(TITLES.map((t) => t.phrase.split(' ')[0]!.toLowerCase()));
/** Words that belong to a title, never to a name (countries, parties and organs, portfolios). */
const TITLE_WORD = new Set([...COUNTRIES, ...PARTIES, ...PARTY_ORGANS].flatMap((w) => w.toLowerCase().split(' ')).concat(PORTFOLIO_WORDS, ORG_WORDS));
const INSTITUTION_HEAD = new Set([...INSTITUTION_HEADS, ...COUNTRIES.map((c) => c.toLowerCase()), ...PARTIES.map((p) => p.toLowerCase())]);
const COMPANY = new Set(COMPANY_WORDS);
const NOT_PERSON = new Set(NOT_PERSON_WORDS);
/** A word no person's name contains: a listed word, or an ordinary word with a clitic (`Pasukannya`). */
function notPersonWord(low: string): boolean {
  if (NOT_PERSON.has(low)) return true;
  for (const c of NOT_NAME_CLITICS) if (low.length >= c.length + MIN_CLITIC_STEM && low.endsWith(c)) return true;
  return false;
}

/** End of the token `[\p{L}\p{N}][\p{L}\p{N}'’.\-]*` (code points, as with the `u` flag) starting at `i`,
 *  or -1 when none starts there: the sticky regex's match, read by char code (no match array per token). */
export function tokenEndAt(text: string, i: number): number {
  const l = wordCharLength(text, i);
  if (l === 0) return -1;
  let j = i + l;
  // `j < length` first: a char code read past the end would deoptimise the compiled loop ("out of bounds")
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) j++;
    else {
      const n = wordCharLength(text, j);
      if (n === 0) return j;
      j += n;
    }
  }
  return j;
}

/** The char code at `i`, or -1 past the end (reading past a string's end deoptimises compiled code). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}
const UPPER = /^\p{Lu}/u;
/** `UPPER.test(s)`, with ASCII decided by char code (most tokens). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(s);
}
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
/** The longest subject pronoun or adverb (`fromSubject` lower-cases only words this short). */
const SUBJECT_WORD_MAX_LENGTH = Math.max(...SUBJECT_PRONOUNS.map((w) => w.length), ...SUBJECT_ADVERBS.map((w) => w.length));
/** The ASCII first letters of the subject pronouns and adverbs (lower case): 1 at those codes. */
const SUBJECT_WORD_FIRST = new Uint8Array(128);
for (const w of [...SUBJECT_PRONOUNS, ...SUBJECT_ADVERBS]) if (w.charCodeAt(0) < 128) SUBJECT_WORD_FIRST[w.charCodeAt(0)] = 1;

/** Lower case without dots (`raw.toLowerCase().replace(/\./gu, '')`); most tokens have no dot. */
function lowNoDots(raw: string): string {
  const low = raw.toLowerCase();
  return low.includes('.') ? low.replace(/\./gu, '') : low;
}

export interface PhraseToken {
  start: number;
  end: number;
  /** As written, final sentence dot removed. */
  raw: string;
  /** Lower case, dots removed. */
  low: string;
}

/** The one place PhraseTokens are made, so they all share one hidden class (a spread copy would make
 *  another, and the sites reading tokens would deoptimise on it). */
function phraseToken(start: number, end: number, raw: string, low: string): PhraseToken {
  return { start, end, raw, low };
}

/** Reads the speaker phrase starting at `pos` (after an attribution verb), up to `limit`: capitalised
 *  tokens, honorifics and title words, stopping at a stop word, a lower-case word, a comma or a sentence end.
 *  Returns the tokens (possibly none) and where reading stopped. */
export function readSpeakerPhrase(text: string, pos: number, limit: number): { tokens: PhraseToken[]; stop: number } {
  const tokens: PhraseToken[] = [];
  let i = pos;
  const hi = Math.min(limit, text.length, pos + 160);
  while (i < hi && tokens.length < 10) {
    while (i < hi && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
    if (i >= hi) break;
    const tokEnd = tokenEndAt(text, i);
    if (tokEnd < 0) break;
    const at = i;
    let raw = text.slice(at, Math.min(tokEnd, hi));
    let endsSentence = false;
    if (raw.endsWith('.')) {
      const body = raw.replace(/\.+$/u, '');
      const low = body.toLowerCase().replace(/\./gu, '');
      const abbrev = HONORIFIC.has(low) || body.includes('.') || (body.length === 1 && startsUpper(body));
      if (!abbrev) {
        raw = body;
        endsSentence = true;
      }
    }
    const low = lowNoDots(raw);
    if (tokens.length === 0 && PRONOUN.has(low)) {
      tokens.push(phraseToken(at, at + raw.length, raw, low));
      i = at + raw.length;
      break;
    }
    if (STOP.has(low) && !startsUpper(raw)) break;
    const ok = startsUpper(raw) || HONORIFIC.has(low) || ROLE.has(low) || ORG.has(low) || ACTING.has(low);
    if (!ok) break;
    tokens.push(phraseToken(at, at + raw.length, raw, low));
    i = at + raw.length;
    if (endsSentence) break;
    const c = codeAt(text, i);
    if (c === 0x2c /* , */ || c === 0x3b /* ; */ || c === 0x3a /* : */ || c === 0x22 /* " */ || c === 0x201c /* “ */ || c === 0x201d /* ” */) break;
  }
  return { tokens, stop: i };
}

/** After a name phrase ending at `pos`: `, Kepala Dinas Kominfo` (a title introduced by a role word). */
export function readTitleAfter(text: string, pos: number, limit: number): Range | null {
  let i = pos;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  if (codeAt(text, i) !== 0x2c /* , */) return null;
  const { tokens } = readSpeakerPhrase(text, i + 1, limit);
  const first = tokens.find((t) => !HONORIFIC.has(t.low));
  if (!first || !(ROLE.has(first.low) || ACTING.has(first.low))) return null;
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

/** A speaker phrase with its apposition: `Pj Gubernur NTB, Hassanudin` (title, comma, name) is one phrase;
 *  `Budi Santoso, Kepala Dinas Kominfo` is a name with `titleAfter`. */
export function readSpeaker(
  text: string,
  pos: number,
  limit: number,
): { tokens: PhraseToken[]; start: number; end: number; stop: number; titleAfter: Range | null } {
  const r = readSpeakerPhrase(text, pos, limit);
  if (r.tokens.length === 0) return { tokens: r.tokens, start: pos, end: pos, stop: r.stop, titleAfter: null };
  let tokens = r.tokens;
  let stop = r.stop;
  const head = tokens.find((t) => !HONORIFIC.has(t.low) && !ACTING.has(t.low));
  if (head && ROLE.has(head.low) && codeAt(text, stop) === 0x2c /* , */) {
    const n = readSpeakerPhrase(text, stop + 1, limit);
    const nh = n.tokens.find((t) => !HONORIFIC.has(t.low));
    if (nh && startsUpper(nh.raw) && !ROLE.has(nh.low) && !ACTING.has(nh.low) && !ORG.has(nh.low) && !PRONOUN.has(nh.low)) {
      tokens = [...tokens, ...n.tokens];
      stop = n.stop;
    }
  }
  const last = tokens[tokens.length - 1]!;
  const titleAfter = tokens === r.tokens ? readTitleAfter(text, last.end, limit) : null;
  return { tokens, start: tokens[0]!.start, end: last.end, stop: titleAfter ? titleAfter.end : stop, titleAfter };
}

export interface Resolved {
  ref: SpeakerRef;
  official: Official | null;
  /** The rule that found the speaker (`verb-after`, `pronoun`, `bare-title`, …). */
  rule: string;
}

interface Mention {
  start: number;
  end: number;
  /** The official mentioned, or null for a named person the officials extractor does not list
   *  (`Ketua Panwascam X, Haerul Anam,`, `Nurhayati (45)`). */
  official: Official | null;
  /** Null until first asked for (`mentionRef`): most person mentions never become a speaker, and a stated
   *  speaker's id costs a hash. */
  ref: SpeakerRef | null;
  /** The name a stated speaker's ref is made from (persons only). */
  stated: string;
}

const byMentionRange = (a: Mention, b: Mention): number => a.start - b.start || a.end - b.end;

function mentionRef(m: Mention): SpeakerRef {
  return (m.ref ??= statedSpeaker(m.stated, null));
}

/** A capitalised personal name of one to four words, with an optional honorific (`H. Ahmad Zaini`). */
const PERSON_NAME = `(?:(?:H|Hj|Dr|Drs|Ir|KH|TGH)\\.?[ \\t]{1,2})?\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’.]{0,30}){0,3}`;
/** Persons named outside the officials list, kept for the pronoun chain:
 *  `Ketua Panwascam Praya Barat Daya, Haerul Anam, memaparkan …` (a title, then the name between commas)
 *  and `Seorang ibu rumah tangga, Nurhayati (45), mengatakan …` (a name with an age). Both scans start at a
 *  rare character (`,` / `(`) and read back, so they stay cheap on long texts. */
const PERSON_APPOSITION = new RegExp(`,[ \\t]{1,2}(?<name>${PERSON_NAME})[ \\t]{0,2}(?=[,(])`, 'uy');
const PERSON_AGE = /\(\d{1,3}(?:[ \t]tahun)?\)/uy;

/** Whether PERSON_APPOSITION can match at the comma at `k`: one or two spaces/tabs, then a name, which
 *  opens with a capital (`\p{Lu}` or an honorific `H`, `Dr`, …). Only ASCII non-capitals are ruled out
 *  here; anything else is left to the pattern. */
function mayOpenApposition(text: string, k: number): boolean {
  let i = k + 1;
  let c = text.charCodeAt(i);
  if (c !== 32 && c !== 9) return false;
  c = text.charCodeAt(++i);
  if (c === 32 || c === 9) c = text.charCodeAt(++i);
  return c >= 128 || (c >= 65 && c <= 90);
}
const NAME_BEFORE_AGE = new RegExp(`(?<![\\p{L}\\p{N}])(?<name>${PERSON_NAME})[ \\t]{1,2}$`, 'u');
/** The title clause before an apposition comma: back to the previous clause boundary. */
const CLAUSE_WORDS = /[\p{L}]+/gu;
const CLAUSE_BOUNDARY = new Set([...',.;:!?"“”\n'].map((c) => c.charCodeAt(0)));
/** CLAUSE_BOUNDARY's members below 0x80, as a table: the back walk meets a space every few characters,
 *  and a typed-array read is cheaper than a Set probe. */
const CLAUSE_BOUNDARY_ASCII = new Uint8Array(0x80);
for (const c of CLAUSE_BOUNDARY) if (c < 0x80) CLAUSE_BOUNDARY_ASCII[c] = 1;
/** `CLAUSE_BOUNDARY.has(c)`: ASCII by table, letters above ASCII (most characters walked over) ruled out
 *  by one comparison. */
function isClauseBoundary(c: number): boolean {
  return c < 0x80 ? CLAUSE_BOUNDARY_ASCII[c] === 1 : CLAUSE_BOUNDARY.has(c);
}
const ROLE_MAX_LENGTH = Math.max(...SPEAKER_ROLE_WORDS.map((w) => w.length));

/** Whether [k, end) holds a capitalised role word (a `CLAUSE_WORDS` word that starts upper case and whose
 *  lower case is in ROLE). Letter runs are read by char code; a clause with a surrogate (an astral
 *  letter belongs to a `\p{L}` word as a whole) takes the regex. A run longer than every role word is
 *  skipped unsliced: lower-casing never shortens a BMP letter. */
function clauseHasTitle(text: string, k: number, end: number): boolean {
  for (let i = k; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      for (const w of text.slice(k, end).matchAll(CLAUSE_WORDS)) if (startsUpper(w[0]) && ROLE.has(w[0].toLowerCase())) return true;
      return false;
    }
  }
  let i = k;
  while (i < end) {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isLetterUnit(text.charCodeAt(j))) j++;
    // an ASCII first letter that is not a capital fails `startsUpper` (the common case): no slice
    const c0 = text.charCodeAt(i);
    if (j - i <= ROLE_MAX_LENGTH && (c0 >= 128 || (c0 >= 65 && c0 <= 90))) {
      const w = text.slice(i, j);
      if (startsUpper(w) && ROLE.has(w.toLowerCase())) return true;
    }
    i = j;
  }
  return false;
}

/** The lower-cased `[\p{L}\p{N}]+` runs of a name without honorifics, space-joined (what
 *  `.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u)` leaves, scanned by char code). */
function nameKey(name: string): string {
  // the word runs walked in place (no word and filtered arrays): names have a few words
  const low = name.toLowerCase();
  const n = low.length;
  let key = '';
  for (let i = nextWordStart(low, 0, n); i < n; ) {
    const j = wordRunEnd(low, i, n);
    const w = low.slice(i, j);
    if (!HONORIFIC.has(w)) key = key === '' ? w : `${key} ${w}`;
    i = nextWordStart(low, j, n);
  }
  return key;
}

/** A speaker not in the officials list: id from the normalised name. */
export function statedSpeaker(name: string, title: string | null): SpeakerRef {
  return { id: `p_${shortHash(nameKey(name), 12)}`, name, title };
}

/** A speaker that is an institution (`Partai Gerindra`): id from the normalised name, prefixed `i_`. */
export function institutionSpeaker(name: string): SpeakerRef {
  return { id: `i_${shortHash(nameKey(name), 12)}`, name, title: null, kind: 'institution' };
}

/** The institution a speaker phrase names, or null: it starts with an institution head, a party or a country
 *  (`Partai Gerindra`, `Kementerian Dalam Negeri`, `Militer Israel`), or carries a company form (`DeSoto Inc`). */
function institutionName(text: string, tokens: PhraseToken[]): string | null {
  const first = tokens.find((t) => !HONORIFIC.has(t.low));
  if (!first || !startsUpper(first.raw)) return null;
  const two = tokens.length > 1 ? `${tokens[0]!.low} ${tokens[1]!.low}` : '';
  const isInstitution = INSTITUTION_HEAD.has(first.low) || INSTITUTION_HEAD.has(two) || tokens.some((t) => COMPANY.has(t.low));
  if (!isInstitution) return null;
  return text.slice(first.start, tokens[tokens.length - 1]!.end);
}

function officialRef(o: Official): SpeakerRef {
  return { id: o.id, name: o.name, title: o.title };
}

/** The lower-cased words of a name longer than one letter, honorifics left out (`H. Ahmad Zaini` →
 *  `ahmad`, `zaini`). Each word is lower-cased on its own, as cut from the text: lower-casing first could
 *  split a word (`İ` lower-cases to `i` and a combining dot, which is not a letter). */
function nameTokens(s: string): string[] {
  const out = objectList<string>();
  const n = s.length;
  for (let i = nextWordStart(s, 0, n); i < n; ) {
    const j = wordRunEnd(s, i, n);
    const t = s.slice(i, j).toLowerCase();
    if (t.length > 1 && !HONORIFIC.has(t)) out.push(t);
    i = nextWordStart(s, j, n);
  }
  return out;
}

/** Whether two name tokens are the same name: equal, or both of 4+ characters and Jaro–Winkler similar
 *  (>= 0.9). Most pairs differ plainly (`ahmad`, `zaini`): `similarityMayReach` rules them out without the
 *  library call, which allocates two arrays per pair. */
export function tokenMatches(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  return similarityMayReach(a, b) && similarity(a, b) >= 0.9;
}

/** Character counts for `similarityMayReach` (ASCII only; all zero between calls). */
const CHAR_COUNTS = new Int32Array(128);

/** False only when the Jaro–Winkler similarity of `a` and `b` (natural's, as `similarity` computes it) is
 *  surely below 0.9. Jaro is (m/|a| + m/|b| + (m − t)/m) / 3 for m matched characters (pairs of equal
 *  characters, each used once, so m is at most the characters the two have in common, counted with
 *  multiplicity) and t ≥ 0 transpositions; Winkler adds l·0.1·(1 − Jaro) for a common prefix l ≤ 4, so
 *  reaching 0.9 needs Jaro ≥ 5/6. The bound is taken with that common count for m, t = 0 and l = 4, with a
 *  margin for rounding. Strings with a character outside lower-case ASCII (which `similarity` would
 *  lower-case first) are always passed on. */
export function similarityMayReach(a: string, b: string): boolean {
  let ok = true;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) ok = false;
    else CHAR_COUNTS[c]!++;
  }
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) ok = false;
    else if (CHAR_COUNTS[c]! > 0) {
      CHAR_COUNTS[c]!--;
      common++;
    }
  }
  // back to all zero: clear what `a` counted
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) CHAR_COUNTS[c] = 0;
  }
  if (!ok) return true;
  return (common / a.length + common / b.length + 1) / 3 >= 5 / 6 - 1e-6;
}

/** Whether `low` matches one of an official's name tokens (`tokenMatches`). */
function matchesAnyToken(low: string, tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokenMatches(low, tokens[i]!)) return true;
  return false;
}

/** The lower cases of every region's name and surfaces (`isPlaceKey` compares speaker words with them):
 *  region names and surfaces are plain words, so lower-casing is their name key (no honorifics, no dots). */
function regionKeys(regions: Doc['regions']): string[] {
  const keys = objectList<string>();
  for (const r of regions) {
    keys.push(r.name.toLowerCase());
    for (const s of r.surface) keys.push(s.toLowerCase());
  }
  return keys;
}

/** Whether `key` is one of `keys`. A few regions per article: a scan, no Set built. */
function includesKey(keys: string[], key: string): boolean {
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return true;
  return false;
}

/** An "official" whose name is a place (`Ketua Panwascam Tanjung` read as a person named Tanjung): its name
 *  is a region's name or sits inside another official's title. Such entries are never speakers.
 *  `titleKeys` is empty when there is only one official (no other title to sit in). */
function isPlaceName(o: Official, self: number, placeKeys: string[], titleKeys: string[]): boolean {
  const key = nameKey(o.name);
  if (!key) return true;
  if (includesKey(placeKeys, key)) return true;
  const padded = ` ${key} `;
  for (let i = 0; i < titleKeys.length; i++) if (i !== self && titleKeys[i]!.includes(padded)) return true;
  return false;
}

/** The one place Resolveds are made (one hidden class for every reader). */
export function resolvedAs(ref: SpeakerRef, official: Official | null, rule: string): Resolved {
  return { ref, official, rule };
}

/** The one place Mentions are made (officials' and persons' alike: one hidden class). */
function mention(start: number, end: number, official: Official | null, ref: SpeakerRef | null, stated: string): Mention {
  return { start, end, official, ref, stated };
}

/** `xs` has every one of `words` (all lower case). */
function hasAll(xs: Set<string>, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) if (!xs.has(words[i]!)) return false;
  return true;
}

/** Title and role words of an official, lower case, acting prefixes left out; `walikota` also counts as
 *  `wali` and `kota` (the title may be written either way). */
function titleTokens(o: Official): Set<string> {
  const set = new Set<string>();
  for (const t of words(`${o.title ?? ''} ${o.role ?? ''}`.toLowerCase())) {
    if (ACTING.has(t)) continue;
    set.add(t);
    if (t === 'walikota') {
      set.add('wali');
      set.add('kota');
    }
  }
  return set;
}

/** The words of a speaker phrase, filed by `SpeakerResolver.sortPart`. */
interface PhraseParts {
  roles: string[];
  orgs: string[];
  names: PhraseToken[];
}

export class SpeakerResolver {
  private readonly doc: Doc;
  private mentions: Mention[];
  /** The speaker-eligible officials (not place names). */
  private readonly officials: Official[];
  /** Name tokens and title words of `officials` (same index), each built on first use
   *  (`officialNameTokens()`, `officialTitleTokens()`): only phrase cues with a name, or a bare title, ask,
   *  and many articles have only one kind or none. Empty until built (with no officials, empty is built). */
  private readonly nameLists: string[][] = objectList<string[]>();
  private readonly titleSets: Array<Set<string>> = objectList<Set<string>>();
  /** `regionKeys(doc.regions)`, built on first use (empty until then; `placeKeysBuilt` says which). */
  private placeKeyList: string[] = objectList<string>();
  private placeKeysBuilt = false;
  private last: { pos: number; resolved: Resolved } | null = null;

  constructor(doc: Doc) {
    this.doc = doc;
    this.officials = this.eligibleOfficials();
    const ms = objectList<Mention>();
    for (const o of this.officials) for (const s of o.spans) if (s.end > s.start) ms.push(mention(s.start, s.end, o, officialRef(o), ''));
    sortInPlace(ms, byMentionRange);
    const persons = this.personMentions(ms);
    if (persons.length > 0) {
      ms.push(...persons);
      sortInPlace(ms, byMentionRange);
    }
    this.mentions = ms;
  }

  /** `doc.officials` without the place names (`isPlaceName`), in a list of its own (see `objectList`). */
  private eligibleOfficials(): Official[] {
    const all = this.doc.officials;
    const out = objectList<Official>();
    if (all.length === 0) return out;
    const titleKeys = objectList<string>();
    if (all.length > 1) for (const o of all) titleKeys.push(o.title ? ` ${nameKey(o.title)} ` : '');
    const placeKeys = this.placeKeys();
    for (let i = 0; i < all.length; i++) if (!isPlaceName(all[i]!, i, placeKeys, titleKeys)) out.push(all[i]!);
    return out;
  }

  private placeKeys(): string[] {
    if (!this.placeKeysBuilt) {
      this.placeKeyList = regionKeys(this.doc.regions);
      this.placeKeysBuilt = true;
    }
    return this.placeKeyList;
  }

  /** Name tokens of each of `officials` (same index). */
  private officialNameTokens(): string[][] {
    const lists = this.nameLists;
    if (lists.length < this.officials.length) for (const o of this.officials) lists.push(nameTokens(o.name));
    return lists;
  }

  /** Title and role words of each of `officials` (same index). */
  private officialTitleTokens(): Array<Set<string>> {
    const sets = this.titleSets;
    if (sets.length < this.officials.length) for (const o of this.officials) sets.push(titleTokens(o));
    return sets;
  }

  /** Named persons outside the officials list (see PERSON_APPOSITION / PERSON_AGE); names overlapping an
   *  official's mention, a region, or made of title/organisation words are skipped. */
  private personMentions(officialMentions: Mention[]): Mention[] {
    const text = this.doc.text;
    const out = objectList<Mention>();
    let m: RegExpExecArray | null;
    // the pattern is tried only at commas that a space and a capital (or a non-ASCII letter) follow: the
    // same matches as the global scan, which tried the whole name pattern at every comma
    for (let at = text.indexOf(','); at >= 0; ) {
      if (!mayOpenApposition(text, at)) {
        at = text.indexOf(',', at + 1);
        continue;
      }
      PERSON_APPOSITION.lastIndex = at;
      m = PERSON_APPOSITION.exec(text);
      if (m === null) {
        at = text.indexOf(',', at + 1);
        continue;
      }
      at = text.indexOf(',', m.index + m[0].length);
      // the clause before the comma must hold a capitalised title word (`Ketua Panwascam …`)
      let k = m.index;
      const lo = Math.max(0, m.index - 70);
      while (k > lo && !isClauseBoundary(text.charCodeAt(k - 1))) k--;
      if (!clauseHasTitle(text, k, m.index)) continue;
      const name = m.groups!['name']!;
      this.addPerson(out, officialMentions, name, m.index + m[0].lastIndexOf(name));
    }
    // `(` is rare: jump between them, then try the sticky pattern there
    for (let at = text.indexOf('('); at >= 0; ) {
      PERSON_AGE.lastIndex = at;
      m = PERSON_AGE.exec(text);
      if (m === null) {
        at = text.indexOf('(', at + 1);
        continue;
      }
      at = text.indexOf('(', m.index + m[0].length);
      const from = Math.max(0, m.index - 80);
      const n = NAME_BEFORE_AGE.exec(text.slice(from, m.index));
      if (n) this.addPerson(out, officialMentions, n.groups!['name']!, from + n.index);
    }
    return out;
  }

  /** Adds to `out` the person `name` found at `start`, unless a word of it is a title, organisation,
   *  non-name or pronoun word, or it overlaps an official's mention or a region. */
  private addPerson(out: Mention[], officialMentions: Mention[], name: string, start: number): void {
    const end = start + name.length;
    const words = nameTokens(name);
    if (words.length === 0) return;
    for (const w of words) if (ROLE.has(w) || ORG.has(w) || ACTING.has(w) || NOT_NAME.has(w) || PRONOUN.has(w)) return;
    for (const o of officialMentions) if (o.start < end && o.end > start) return;
    if (this.inRegion(start)) return;
    out.push(mention(start, end, null, null, name.replace(/^(?:H|Hj|Dr|Drs|Ir|KH|TGH)\.?\s+/u, '')));
  }

  /** Mentions inside direct quotes are not speakers (`"… Bupati X …," katanya`): drop them (in place:
   *  the list keeps its hidden class, see `objectList`). */
  excludeRanges(ranges: Range[]): void {
    if (ranges.length === 0) return;
    const sorted = sortInPlace(ranges.slice(), byStart);
    const ms = this.mentions;
    let kept = 0;
    for (let i = 0; i < ms.length; i++) if (rangeIndexAt(sorted, ms[i]!.start) < 0) ms[kept++] = ms[i]!;
    ms.length = kept;
  }

  /** Remembers the speaker of a statement named at `pos` (for later pronouns). */
  record(pos: number, resolved: Resolved): void {
    if (!this.last || pos >= this.last.pos) this.last = { pos, resolved };
  }

  resolve(cue: SpeakerCue, pos: number): Resolved | null {
    switch (cue.kind) {
      case 'phrase':
        return this.fromPhrase(cue.start, cue.end, pos, cue.rule, cue.titleAfter, cue.allowStated);
      case 'pronoun':
        return this.fromPronoun(cue.pos, cue.rule);
      case 'subject':
        return this.fromSubject(cue.start, cue.end, cue.rule);
      case 'prev-paragraph':
        return null; // resolved by the caller, which knows the statements of the previous paragraph
      case 'none':
        return null;
    }
  }

  /** Index of the last mention starting before `pos`, or -1. */
  private lastMentionBefore(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** The official whose mention overlaps [start,end), the first one. */
  private mentionIn(start: number, end: number): Mention | null {
    let i = this.lastMentionBefore(start);
    if (i < 0) i = 0;
    for (; i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.end > start) return m;
    }
    return null;
  }

  /** The latest position before `pos` at which `o` is mentioned, or -1. */
  private lastMentionOf(o: Official, pos: number): number {
    let best = -1;
    for (const s of o.spans) if (s.start < pos && s.start > best) best = s.start;
    return best;
  }

  fromPronoun(pos: number, rule: string): Resolved | null {
    const mi = this.lastMentionBefore(pos);
    let mention: Mention | null = null;
    if (mi >= 0) {
      const m = this.mentions[mi]!;
      const si = rangeIndexAt(this.doc.sentences, m.start);
      let k = mi;
      if (si >= 0) {
        const sStart = this.doc.sentences[si]!.start;
        while (k > 0 && this.mentions[k - 1]!.start >= sStart) k--;
      }
      mention = this.mentions[k]!;
      // the chain position is the last mention's, even when its sentence's subject is taken
      if (this.last && this.last.pos > m.start) mention = null;
    }
    if (mention) return resolvedAs(mentionRef(mention), mention.official, rule);
    if (this.last && this.last.pos < pos) return resolvedAs(this.last.resolved.ref, this.last.resolved.official, rule);
    return null;
  }
  private fromSubject(start: number, end: number, rule: string): Resolved | null {
    const m = this.mentionIn(start, end);
    if (m) return resolvedAs(mentionRef(m), m.official, rule);
    const text = this.doc.text;
    // the clause's words (`[\p{L}\p{N}][\p{L}\p{N}'’.\-]*` within [start,end)), read by char code: only
    // the content words' count, span and capitals are kept
    let contentCount = 0;
    let firstStart = -1;
    let lastEnd = -1;
    let allUpper = true;
    let i = start;
    while (i < end) {
      const l = wordCharLength(text, i);
      if (l === 0 || i + l > end) {
        i++;
        continue;
      }
      let j = i + l;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) j++;
        else {
          const n = wordCharLength(text, j);
          if (n === 0 || j + n > end) break;
          j += n;
        }
      }
      // lower-casing never shortens: longer words cannot be a pronoun or an adverb; nor can a word whose
      // ASCII first letter starts none of them (most words: no slice then)
      const c0 = text.charCodeAt(i);
      const low =
        j - i <= SUBJECT_WORD_MAX_LENGTH && (c0 >= 128 || SUBJECT_WORD_FIRST[c0 >= 65 && c0 <= 90 ? c0 | 0x20 : c0] === 1)
          ? text.slice(i, j).toLowerCase()
          : '';
      // pronoun subject: `Ia menyatakan`, `Dalam kesempatan itu, dia mengatakan`
      if (SUBJ_PRONOUN.has(low)) return this.fromPronoun(i, 'pronoun');
      if (!ADVERB.has(low)) {
        contentCount++;
        if (firstStart < 0) firstStart = i;
        lastEnd = j;
        // an ASCII first letter is decided by its code (no slice); `startsUpper` reads a surrogate pair
        if (allUpper && !(c0 < 128 ? c0 >= 65 && c0 <= 90 : startsUpper(text.slice(i, i + 2)))) allUpper = false;
      }
      i = j;
    }
    // a clause made only of a name (and adverbs): `Hesty menjelaskan`, `Budi Santoso juga mengatakan`
    if (contentCount === 0 || contentCount > 4 || !allUpper) return null;
    return this.fromPhrase(firstStart, lastEnd, end, rule, null, true);
  }

  fromPhrase(start: number, end: number, pos: number, rule: string, titleAfter: Range | null, allowStated: boolean): Resolved | null {
    if (end <= start) return null;
    // `Title, Name`: the name after the apposition comma decides (an official mention may cover only the
    // title, when the officials extractor misread it)
    const comma = this.doc.text.lastIndexOf(',', end - 1);
    if (comma > start) {
      const byName = this.fromPhrase(comma + 1, end, pos, rule, titleAfter, allowStated);
      if (byName) return byName;
    }
    const m = this.mentionIn(start, end);
    if (m) return resolvedAs(mentionRef(m), m.official, rule);
    const { tokens } = readSpeakerPhrase(this.doc.text, start, end);
    if (tokens.length === 1 && PRONOUN.has(tokens[0]!.low)) return this.fromPronoun(tokens[0]!.start, 'pronoun');
    const parts: PhraseParts = { roles: objectList<string>(), orgs: objectList<string>(), names: objectList<PhraseToken>() };
    for (const t of tokens) {
      // a token without a dot (most) is its only part, and its `low` is the part's lower case
      if (!t.raw.includes('.')) this.sortPart(t, t.raw, t.low, parts);
      else for (const part of t.raw.split('.')) if (part.length > 0) this.sortPart(t, part, part.toLowerCase(), parts);
    }
    // an institution (`kata Partai Gerindra`, `Kementerian Dalam Negeri menegaskan`), unless an official's
    // name is in the phrase
    const institution = allowStated ? institutionName(this.doc.text, tokens) : null;
    if (institution) {
      const official = parts.names.length > 0 ? this.byName(parts.names, pos, rule, titleAfter, false) : null;
      return official ?? resolvedAs(institutionSpeaker(institution), null, rule);
    }
    // title words left among the names (`Menteri Kebudayaan Yunani`): the phrase is a bare title
    if (parts.names.length > 0 && parts.names.every((n) => TITLE_WORD.has(n.low))) {
      for (const n of parts.names) parts.orgs.push(n.low);
      parts.names.length = 0;
    }
    if (parts.names.length > 0) return this.byName(parts.names, pos, rule, titleAfter, allowStated);
    // a bare title: `jelas Gubernur`, `tegas Sekda`, `kata Ketua Bawaslu`
    if (parts.roles.length > 0) return this.byTitle(parts.roles, parts.orgs, pos);
    return null;
  }

  /** A phrase with name words: the official all of them match (the most recently mentioned before `pos`
   *  on a tie), else, when allowed, a stated speaker named by them. */
  private byName(names: PhraseToken[], pos: number, rule: string, titleAfter: Range | null, allowStated: boolean): Resolved | null {
    let best: Official | null = null;
    let bestScore = 0;
    let bestLast = 0;
    const nameLists = this.officialNameTokens();
    for (let k = 0; k < this.officials.length; k++) {
      const official = this.officials[k]!;
      const tokens = nameLists[k]!;
      let score = 0;
      for (const n of names) if (matchesAnyToken(n.low, tokens)) score++;
      if (score < names.length) continue;
      const last = this.lastMentionOf(official, pos);
      if (!best || score > bestScore || (score === bestScore && last > bestLast)) {
        best = official;
        bestScore = score;
        bestLast = last;
      }
    }
    if (best) return resolvedAs(officialRef(best), best, rule);
    if (!allowStated) return null;
    for (const n of names) if (NOT_NAME.has(n.low) || notPersonWord(n.low) || /\d/u.test(n.raw)) return null;
    let name = names[0]!.raw;
    for (let i = 1; i < names.length; i++) name += ` ${names[i]!.raw}`;
    const title = titleAfter ? this.doc.text.slice(titleAfter.start, titleAfter.end) : null;
    return resolvedAs(statedSpeaker(name, title), null, titleAfter ? 'name-title-after' : rule);
  }

  /** A bare title (`Gubernur`, `Ketua Bawaslu`): the official whose title has every role and organisation
   *  word, the most recently mentioned before `pos`. */
  private byTitle(roles: string[], orgs: string[], pos: number): Resolved | null {
    let best: Official | null = null;
    let bestLast = 0;
    const titleSets = this.officialTitleTokens();
    for (let k = 0; k < this.officials.length; k++) {
      const official = this.officials[k]!;
      const titleWords = titleSets[k]!;
      if (!hasAll(titleWords, roles) || !this.orgsMatch(official, titleWords, orgs)) continue;
      const last = this.lastMentionOf(official, pos);
      if (!best || last > bestLast) {
        best = official;
        bestLast = last;
      }
    }
    return best ? resolvedAs(officialRef(best), best, 'bare-title') : null;
  }

  /** Each organisation word is in the official's title words or inside its institution's name. */
  private orgsMatch(official: Official, titleWords: Set<string>, orgs: string[]): boolean {
    for (const o of orgs) if (!titleWords.has(o) && !(official.institution ?? '').toLowerCase().includes(o)) return false;
    return true;
  }

  /** Files one part of a speaker-phrase token (`t` itself, or a piece of a dotted token) as a role,
   *  organisation or name word; honorifics, acting prefixes and initials are skipped. */
  private sortPart(t: PhraseToken, part: string, low: string, parts: PhraseParts): void {
    if (HONORIFIC.has(low) || ACTING.has(low)) return;
    if (ROLE.has(low) || TITLE_HEAD.has(low)) parts.roles.push(low);
    else if (ORG.has(low)) parts.orgs.push(low);
    else if (part.length === 1) return; // initial
    else if (this.inRegion(t.start) || includesKey(this.placeKeys(), low)) parts.orgs.push(low);
    else if (ALL_CAPS.test(part) && part.length <= 4) parts.orgs.push(low);
    else parts.names.push(part === t.raw ? t : phraseToken(t.start, t.end, part, low));
  }

  private inRegion(pos: number): boolean {
    for (const r of this.doc.regions) for (const s of r.spans) if (s.start <= pos && pos < s.end) return true;
    return false;
  }
}
