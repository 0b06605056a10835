// Speaker phrases: the name and/or title written after an attribution verb (`kata Sugito`, `jelas Gubernur`,
// `ujar Pj Gubernur NTB, Hassanudin`), read token by token; and the word sets every speaker reader shares.
import {
  ACTING_PREFIXES,
  DESCRIPTIVE_DEMONSTRATIVES,
  NOT_NAME_WORDS,
  PERSON_NOUNS,
  SPEAKER_HONORIFICS,
  SPEAKER_ORG_WORDS,
  SPEAKER_PRONOUNS,
  SPEAKER_ROLE_WORDS,
  SPEAKER_STOP_WORDS,
} from '../../lexicon/attribution.js';
import { HONORIFICS_BEFORE } from '../../lexicon/honorifics.js';
import { POST_ENDING_UNITS, REGION_PREFIX_WORDS } from '../../lexicon/admin-units.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { wordCharLength } from '../../nlp/words.js';
import type { Range } from './doc.js';


export const HONORIFIC = new Set(SPEAKER_HONORIFICS);
export const ROLE = new Set(SPEAKER_ROLE_WORDS);
export const ORG = new Set(SPEAKER_ORG_WORDS);
export const ACTING = new Set(ACTING_PREFIXES);
export const STOP = new Set(SPEAKER_STOP_WORDS);
export const PRONOUN = new Set(SPEAKER_PRONOUNS);
export const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Honorifics and ranks written before a name as one word (`AKBP`, `Letkol`, `Inf`), and the second word of
 *  those written as two after one of them (`Kombes Pol`, `Brigjen TNI`): never part of a person's name (`Habib`
 *  excepted: it is also a given name; `Sri Sultan` is no rank). Lower case, no dots. */
const ONE_WORD_PREFIX = new Set(HONORIFICS_BEFORE.filter((h) => !/\s/u.test(h)).map((h) => h.toLowerCase().replace(/\./gu, '')));
export const NAME_PREFIX = new Set(
  [
    ...ONE_WORD_PREFIX,
    ...HONORIFICS_BEFORE.map((h) => h.toLowerCase().replace(/\./gu, '').split(/\s+/u)).filter((ws) => ws.length === 2 && ONE_WORD_PREFIX.has(ws[0]!)).map((ws) => ws[1]!),
  ].filter((w) => w !== 'habib'),
);


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
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}
export const UPPER = /^\p{Lu}/u;
/** `UPPER.test(s)`, with ASCII decided by char code (most tokens). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(s);
}
export const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;

/** Lower case without dots (`raw.toLowerCase().replace(/\./gu, '')`); most tokens have no dot. */
export function lowNoDots(raw: string): string {
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
export function phraseToken(start: number, end: number, raw: string, low: string): PhraseToken {
  return { start, end, raw, low };
}

/** A bracketed acronym inside a title (`(Bawaslu)`, `(BKPSDM)`, `(KPU)`, `(Disdikbud)`): a capital, then letters
 *  or digits, no space. */
const BRACKETED_ACRONYM = /\([ \t]?\p{Lu}[\p{L}\p{N}-]{1,15}[ \t]?\)/uy;
/** A region or unit word right after the acronym (`(Bawaslu) Kabupaten …`, `(KPU) Kota …`): the title goes on. */
const REGION_WORD_NEXT = new RegExp(`^[ \\t]{1,3}(?:${alternationOf([...REGION_PREFIX_WORDS, ...POST_ENDING_UNITS.map((w) => w.toLowerCase())], { space: SPACE.literal })})(?![\\p{L}\\p{N}])`, 'iu');
/** A lower-case word after the acronym before the next comma or sentence end. */
const LOWER_WORD_BEFORE_COMMA = /^[^,;:.!?"“”]*?(?<![\p{L}\p{N}])\p{Ll}/u;

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
    if (tokens.length > 0 && codeAt(text, i) === 0x28 /* ( */) {
      // `Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Bone Bolango, Rahmat Pakaya`: the acronym of the
      // words before it, inside the title; the phrase reads on past it
      BRACKETED_ACRONYM.lastIndex = i;
      const m = BRACKETED_ACRONYM.exec(text);
      if (!m || m.index + m[0].length > hi) break;
      // only when the title runs on in capitalised words to its comma (`(Bawaslu) Kabupaten Bone Bolango, Nama`); a
      // lower-case word before it (`(OJK) Bidang Edukasi dan Perlindungan Konsumen Nama`) ends the phrase as before
      const rest = text.slice(m.index + m[0].length, hi);
      if (!REGION_WORD_NEXT.test(rest) && LOWER_WORD_BEFORE_COMMA.test(rest)) break;
      i = m.index + m[0].length;
      continue;
    }
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
  if (r.tokens.length === 0) return describedName(text, pos, limit) ?? { tokens: r.tokens, start: pos, end: pos, stop: r.stop, titleAfter: null };
  let tokens = r.tokens;
  let stop = r.stop;
  const head = tokens.find((t) => !HONORIFIC.has(t.low) && !ACTING.has(t.low));
  // a title may end in a lower-case word or two before its comma (`Ketua RT setempat, Made Suarta`)
  const comma = head && ROLE.has(head.low) ? commaAfterLowerWords(text, stop, limit) : -1;
  if (comma >= 0) {
    const n = readSpeakerPhrase(text, comma + 1, limit);
    const nh = n.tokens.find((t) => !HONORIFIC.has(t.low));
    if (nh && startsUpper(nh.raw) && !ROLE.has(nh.low) && !ACTING.has(nh.low) && !ORG.has(nh.low) && !PRONOUN.has(nh.low)) {
      // the lower-case words belong to the title: the phrase is the title's words and the name
      tokens = [...tokens, ...n.tokens];
      stop = n.stop;
    }
  }
  const last = tokens[tokens.length - 1]!;
  const titleAfter = tokens === r.tokens ? readTitleAfter(text, last.end, limit) : null;
  return { tokens, start: tokens[0]!.start, end: last.end, stop: titleAfter ? titleAfter.end : stop, titleAfter };
}

/** The longest role word. */
export const SPEAKER_ROLE_WORD_MAX = Math.max(...SPEAKER_ROLE_WORDS.map((w) => w.length));

/** Most lower-case words between a title and its apposition comma. */
const MAX_TITLE_TAIL_WORDS = 2;
const LOWER_WORD = /[ \t]{0,3}(\p{Ll}+)/uy;

/** The index of the comma at `pos` (white space skipped), or after at most MAX_TITLE_TAIL_WORDS lower-case
 *  words that are no stop words (`setempat`); -1 when there is none. */
function commaAfterLowerWords(text: string, pos: number, limit: number): number {
  let i = pos;
  for (let k = 0; ; k++) {
    let j = i;
    while (j < limit && (text[j] === ' ' || text[j] === '\t')) j++;
    if (codeAt(text, j) === 0x2c /* , */) return j;
    if (k >= MAX_TITLE_TAIL_WORDS) return -1;
    LOWER_WORD.lastIndex = i;
    const m = LOWER_WORD.exec(text);
    if (!m || m.index + m[0].length > limit || STOP.has(m[1]!)) return -1;
    i = m.index + m[0].length;
  }
}

/** A lower-case descriptor of a person's standing, then a comma and the name (`kata pengamat kebijakan publik
 *  Universitas X, Muliadi Syam`, `ujar dosen hukum tata negara, Nama`): the descriptor has no comma or sentence
 *  end; PERSON_NOUNS heads it. */
const DESCRIBED = new RegExp(`[ \\t]{0,3}(?:${alternationOf(PERSON_NOUNS, { space: SPACE.literal })})[ \\t][^,.;:!?"“”\\n]{0,80},[ \\t]{1,3}(?=\\p{Lu})`, 'uy');

const DEMONSTRATIVE_END = new RegExp(`\\s(?:${alternationOf(DESCRIPTIVE_DEMONSTRATIVES, { space: SPACE.literal })}),[ \\t]*$`, 'u');

/** The name after a lower-case descriptor at `pos` (DESCRIBED), read as a speaker phrase; null when none. */
function describedName(text: string, pos: number, limit: number): ReturnType<typeof readSpeaker> | null {
  DESCRIBED.lastIndex = pos;
  const m = DESCRIBED.exec(text);
  // (`ujar politisi PKB itu, Senin`: a back-reference closed by a demonstrative, then a date, is no descriptor)
  if (!m || pos + m[0].length >= limit || DEMONSTRATIVE_END.test(m[0])) return null;
  const n = readSpeakerPhrase(text, pos + m[0].length, limit);
  const head = n.tokens.find((t) => !HONORIFIC.has(t.low));
  if (!head || !startsUpper(head.raw) || ROLE.has(head.low) || ORG.has(head.low) || ACTING.has(head.low) || PRONOUN.has(head.low) || NOT_NAME.has(head.low) || STOP.has(head.low)) return null;
  return { tokens: n.tokens, start: n.tokens[0]!.start, end: n.tokens[n.tokens.length - 1]!.end, stop: n.stop, titleAfter: null };
}
