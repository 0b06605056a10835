// Names and refs: matching a speaker's name words against officials' names, the ids of stated persons and
// institutions, and the words that tell a title or a place from a name.
import type { Official, SpeakerRef } from '../../model.js';
import { FACTION_PREFIX, SPEAKER_INSTITUTION_HEADS } from '../../lexicon/attribution.js';
import { MIN_CLITIC_STEM, NOT_NAME_CLITICS, NOT_NAME_WORDS as NOT_PERSON_WORDS } from '../../lexicon/honorifics.js';
import { COMPANY_WORDS, COUNTRIES, INSTITUTION_HEADS, PARTIES, PARTY_ORGANS, PORTFOLIO_WORDS } from '../../lexicon/title-words.js';
import { ORG_WORDS, TITLES } from '../../lexicon/titles.js';
import { similarity } from '../../nlp/natural.js';
import { nextWordStart, wordRunEnd, words } from '../../nlp/words.js';
import { shortHash } from '../../util/hash.js';
import { type Doc, objectList } from './doc.js';
import { ACTING, HONORIFIC, type PhraseToken, ROLE, startsUpper } from './phrase.js';


/** The first word of every lexicon title (`Mensos`, `Wapres`, `Perdana`, `Panglima`): a role word in a phrase. */
export const TITLE_HEAD = new Set(TITLES.map((t) => t.phrase.split(' ')[0]!.toLowerCase()));
/** Words that belong to a title, never to a name (countries, parties and organs, portfolios). */
export const TITLE_WORD = new Set([...COUNTRIES, ...PARTIES, ...PARTY_ORGANS].flatMap((w) => w.toLowerCase().split(' ')).concat(PORTFOLIO_WORDS, ORG_WORDS));
/** TITLE_WORD without the pieces of multi-word entries (`Sri` of `Sri Lanka`): words that are a country,
 *  a party, a portfolio or an office on their own. */
export const WHOLE_TITLE_WORD = new Set(
  [...COUNTRIES, ...PARTIES, ...PARTY_ORGANS].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()).concat(PORTFOLIO_WORDS, ORG_WORDS),
);
export const INSTITUTION_HEAD = new Set([
  ...INSTITUTION_HEADS,
  ...SPEAKER_INSTITUTION_HEADS,
  ...COUNTRIES.map((c) => c.toLowerCase()),
  ...PARTIES.map((p) => p.toLowerCase()),
]);
export const COMPANY = new Set(COMPANY_WORDS);
export const NOT_PERSON = new Set(NOT_PERSON_WORDS);
/** A word no person's name contains: a listed word, or an ordinary word with a clitic (`Pasukannya`). */
export function notPersonWord(low: string): boolean {
  if (NOT_PERSON.has(low)) return true;
  for (const c of NOT_NAME_CLITICS) if (low.length >= c.length + MIN_CLITIC_STEM && low.endsWith(c)) return true;
  return false;
}


export interface Resolved {
  ref: SpeakerRef;
  official: Official | null;
  /** The rule that found the speaker (`verb-after`, `pronoun`, `bare-title`, …). */
  rule: string;
}


/** The lower-cased `[\p{L}\p{N}]+` runs of a name without honorifics, space-joined (what
 *  `.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u)` leaves, scanned by char code). */
export function nameKey(name: string): string {
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
export function institutionName(text: string, tokens: PhraseToken[]): string | null {
  const first = tokens.find((t) => !HONORIFIC.has(t.low));
  if (!first || !startsUpper(first.raw)) return null;
  const two = tokens.length > 1 ? `${tokens[0]!.low} ${tokens[1]!.low}` : '';
  // a faction written with its party (`F-PDIP`)
  const faction = first.low.startsWith(FACTION_PREFIX) && INSTITUTION_HEAD.has(first.low.slice(FACTION_PREFIX.length));
  const isInstitution = faction || INSTITUTION_HEAD.has(first.low) || INSTITUTION_HEAD.has(two) || tokens.some((t) => COMPANY.has(t.low));
  if (!isInstitution) return null;
  return text.slice(first.start, tokens[tokens.length - 1]!.end);
}

export function officialRef(o: Official): SpeakerRef {
  return { id: o.id, name: o.name, title: o.title };
}

/** The lower-cased words of a name longer than one letter, honorifics left out (`H. Ahmad Zaini` →
 *  `ahmad`, `zaini`). Each word is lower-cased on its own, as cut from the text: lower-casing first could
 *  split a word (`İ` lower-cases to `i` and a combining dot, which is not a letter). */
export function nameTokens(s: string): string[] {
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
export const CHAR_COUNTS = new Int32Array(128);

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
export function matchesAnyToken(low: string, tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokenMatches(low, tokens[i]!)) return true;
  return false;
}

/** The lower cases of every region's name and surfaces (`isPlaceKey` compares speaker words with them):
 *  region names and surfaces are plain words, so lower-casing is their name key (no honorifics, no dots). */
export function regionKeys(regions: Doc['regions']): string[] {
  const keys = objectList<string>();
  for (const r of regions) {
    keys.push(r.name.toLowerCase());
    for (const s of r.surface) keys.push(s.toLowerCase());
  }
  return keys;
}

/** Whether `key` is one of `keys`. A few regions per article: a scan, no Set built. */
export function includesKey(keys: string[], key: string): boolean {
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return true;
  return false;
}

/** An "official" whose name is a place (`Ketua Panwascam Tanjung` read as a person named Tanjung): its name
 *  is a region's name or sits inside another official's title. Such entries are never speakers.
 *  `titleKeys` is empty when there is only one official (no other title to sit in). */
export function isPlaceName(o: Official, self: number, placeKeys: string[], titleKeys: string[]): boolean {
  const key = nameKey(o.name);
  if (!key) return true;
  // a post read as a name (`Dandim Rembang Cek Kesiapan Babinsa` gives an official named Babinsa): nobody
  if (key.split(' ').every((w) => ROLE.has(w))) return true;
  if (includesKey(placeKeys, key)) return true;
  const padded = ` ${key} `;
  for (let i = 0; i < titleKeys.length; i++) if (i !== self && titleKeys[i]!.includes(padded)) return true;
  return false;
}

/** The one place Resolveds are made (one hidden class for every reader). */
export function resolvedAs(ref: SpeakerRef, official: Official | null, rule: string): Resolved {
  return { ref, official, rule };
}


/** `xs` has every one of `words` (all lower case). */
export function hasAll(xs: Set<string>, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) if (!xs.has(words[i]!)) return false;
  return true;
}

/** Title and role words of an official, lower case, acting prefixes left out; `walikota` also counts as
 *  `wali` and `kota` (the title may be written either way). A second post written in apposition before the
 *  name is in the mention's span, not in the title (`Anggota Bawaslu NTB sekaligus Koordinator Divisi Hukum,
 *  Suhardi`): its words count too, so that a later `kata Koordinator Divisi Hukum itu` names the same person. */
export function titleTokens(o: Official): Set<string> {
  const set = new Set<string>();
  let written = `${o.title ?? ''} ${o.role ?? ''}`;
  for (const sp of o.spans) {
    const cut = sp.text.lastIndexOf(o.nameAsWritten);
    if (cut > 0) written += ` ${sp.text.slice(0, cut)}`;
  }
  for (const t of words(written.toLowerCase())) {
    if (ACTING.has(t)) continue;
    set.add(t);
    if (t === 'walikota') {
      set.add('wali');
      set.add('kota');
    }
  }
  return set;
}

/** An institution named by the first words of one named in full before (`Bawaslu juga menyebutkan …` after
 *  `Bawaslu Kota Malang meminta …`): the latest such among `known`, else `r`. */
export function institutionInFull(known: readonly Resolved[], r: Resolved): Resolved {
  const short = nameKey(r.ref.name);
  for (let i = known.length - 1; i >= 0; i--) {
    const key = nameKey(known[i]!.ref.name);
    if (key.length > short.length && key.startsWith(short) && key[short.length] === ' ') return resolvedAs(known[i]!.ref, null, r.rule);
  }
  return r;
}

/** Shortest acronym read against a title: shorter ones match by chance. */
const MIN_ACRONYM = 3;
const ALL_CAPS_WORD = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** Whether `low` (a lower-case word of a speaker phrase) is the acronym of a run of the words of `title`:
 *  a capitalised word gives its first letter, an all-caps word itself, a lower-case word (`dan`) nothing
 *  (`Kepala BKPSDM` for `Kepala Badan Kepegawaian dan Pengembangan SDM …`, `Ketua KPU` for `Ketua Komisi
 *  Pemilihan Umum …`). */
export function acronymOfTitle(title: string, low: string): boolean {
  if (low.length < MIN_ACRONYM) return false;
  const parts: string[] = [];
  for (const w of title.split(/[\s()]+/u)) {
    if (w.length === 0) continue;
    if (ALL_CAPS_WORD.test(w)) parts.push(w.toLowerCase());
    else parts.push(startsUpper(w) ? w[0]!.toLowerCase() : '');
  }
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '' || !low.startsWith(parts[i]!)) continue;
    let acc = '';
    for (let j = i; j < parts.length && acc.length < low.length; j++) {
      acc += parts[j];
      if (acc === low) return true;
      if (!low.startsWith(acc)) break;
    }
  }
  return false;
}

/** Dotted initials written as one token (`M.H.`, `A.R`, `M.`): capitals each followed by a dot but the last. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;
/** The dotted initials written right before a stated speaker's first name word at `at`, with a space after them, or
 *  '' (`kata M.H. Siregar` is `M.H. Siregar`, initials as written; `M.H.` before a name is no degree, which is
 *  written after one). One capital alone that is also an honorific (`H.`, Haji) is left out. */
export function initialsBefore(tokens: readonly PhraseToken[], at: number): string {
  let out = '';
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.start >= at) continue;
    if (!DOTTED_INITIALS.test(t.raw) || (t.low.length === 1 && HONORIFIC.has(t.low))) break;
    out = `${t.raw.endsWith('.') || t.low.length > 1 ? t.raw : `${t.raw}.`} ${out}`;
  }
  return out;
}
