// Topic (neutrality) and type of a statement, by transparent cue rules over stemmed tokens.
// The precedence of types lives in src/lexicon/statement-types.ts (STATEMENT_TYPE_PRECEDENCE).
import type { StatementType } from '../../model.js';
import { NEGATION_PREFIXES, NEUTRALITY_AFFIXED, NEUTRALITY_PHRASES, NEUTRALITY_STEMS } from '../../lexicon/neutrality.js';
import { STATEMENT_TYPE_CUES, STATEMENT_TYPE_PRECEDENCE } from '../../lexicon/statement-types.js';
import { stem } from '../../nlp/natural.js';
import { isWordCharAt, isWordCharBefore, wordCharLength, wordRunEnd } from '../../nlp/words.js';

interface Tok {
  low: string;
  stem: string;
  /** Whether any cue rule below can look at this token (its stem or word is in a cue list). */
  cue: boolean;
  /** Whether a cue phrase can start with this word (`tidak` in `tidak netral`). */
  head: boolean;
}

/** Stems a token, first undoing the negated nominal prefix natural leaves alone (`ketidaknetralan`). */
export function stemToken(low: string): string {
  for (const p of NEGATION_PREFIXES) if (low.startsWith(p) && low.length > p.length + 3) return stem(`ke${low.slice(p.length)}`);
  return stem(low);
}

/** Every stem and word the cue rules in `classify` ask about: other tokens can never be a cue, so
 *  `classify` only collects the tokens in these (which keeps its sets tiny). */
const CUE_STEMS = new Set<string>([
  ...NEUTRALITY_STEMS.filter((e) => !e.prefixStem).map((e) => e.stem),
  ...NEUTRALITY_AFFIXED.map((e) => e.stem),
  ...Object.values(STATEMENT_TYPE_CUES).flatMap((c) => c.stems),
]);
const CUE_STEM_PREFIXES = NEUTRALITY_STEMS.filter((e) => e.prefixStem).map((e) => e.stem);
const CUE_WORDS = new Set<string>(Object.values(STATEMENT_TYPE_CUES).flatMap((c) => c.words));

const ALL_PHRASES = [...new Set([...NEUTRALITY_PHRASES, ...Object.values(STATEMENT_TYPE_CUES).flatMap((t) => t.phrases)])].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);
/** First words of the cue phrases: a phrase can only start at a word that is one of these. */
const PHRASE_HEADS = new Set<string>(ALL_PHRASES.map((p) => p.split(' ')[0]!));

function makeTok(raw: string): Tok {
  const low = raw.toLowerCase();
  const st = stemToken(low);
  const cue = CUE_STEMS.has(st) || CUE_WORDS.has(low) || CUE_STEM_PREFIXES.some((p) => st.startsWith(p));
  return { low, stem: st, cue, head: PHRASE_HEADS.has(low) };
}

/** Token as written → its lower case, stem and flags. Words recur across statements and articles, so one
 *  lookup replaces a lower-casing, the prefix check and the stemmer's cache. A plain `Map<string, Tok>`
 *  needs the token sliced out and then hashed again by V8 (most of classify's time); this open-addressing
 *  table hashes the char codes in place and compares the key in place, so a hit allocates nothing.
 *  Cleared when half full (it is a cache: contents never change results). */
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const TABLE_MAX = 1 << (TABLE_BITS - 1);
const tableHash = new Int32Array(1 << TABLE_BITS);
const tableKey: Array<string | undefined> = new Array<string | undefined>(1 << TABLE_BITS).fill(undefined);
const tableTok: Array<Tok | undefined> = new Array<Tok | undefined>(1 << TABLE_BITS).fill(undefined);
let tableCount = 0;

/** `text.startsWith(key, i)` for a short key, compared in line (cheaper than the builtin call for words). */
function sameAt(text: string, i: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(i + k) !== key.charCodeAt(k)) return false;
  return true;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The Tok of `text.slice(i, j)`, whose FNV-1a hash over the UTF-16 units is `h`. */
function lookup(text: string, i: number, j: number, h: number): Tok {
  const len = j - i;
  let slot = h & TABLE_MASK;
  for (;;) {
    const key = tableKey[slot];
    if (key === undefined) break;
    if (tableHash[slot] === h && key.length === len && sameAt(text, i, key)) return tableTok[slot]!;
    slot = (slot + 1) & TABLE_MASK;
  }
  if (tableCount >= TABLE_MAX) {
    tableKey.fill(undefined);
    tableTok.fill(undefined);
    tableCount = 0;
    slot = h & TABLE_MASK;
  }
  const raw = text.slice(i, j);
  const t = makeTok(raw);
  tableHash[slot] = h;
  tableKey[slot] = raw;
  tableTok[slot] = t;
  tableCount++;
  return t;
}

/** The Tok of `text.slice(i, j)`. */
function tokAt(text: string, i: number, j: number): Tok {
  let h = FNV_OFFSET;
  for (let k = i; k < j; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return lookup(text, i, j, h);
}

/** `[0-9A-Za-z]` by ASCII code: the common case of the word scan, without the general classifier. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[0-9A-Za-z]/u.test(String.fromCharCode(c)) ? 1 : 0;

/** The cue-bearing tokens among `[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*` (words, hyphenated compounds kept
 *  whole), scanned by char code; a plain word is hashed for the token table while it is scanned. Also
 *  pushes to `heads` the start of every `[\p{L}\p{N}]+` run (hyphen parts too: `anti-politik uang` holds
 *  `politik uang`) that is a phrase's first word, in text order. */
function cueTokens(text: string, heads: number[]): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // to the next word start
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? ASCII_WORD[c0] === 0 : wordCharLength(text, i) === 0) {
      i++;
      continue;
    }
    // the run of word characters, hashed on the way
    let h = FNV_OFFSET;
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
      } else {
        const l = wordCharLength(text, j);
        if (l === 0) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        if (l === 2) h = Math.imul(h ^ text.charCodeAt(j + 1), FNV_PRIME);
        j += l;
      }
    }
    let t: Tok;
    if (text.charCodeAt(j) === 0x2d /* - */ && j + 1 < n && isWordCharAt(text, j + 1)) {
      // a hyphenated compound (rare): the whole token, and each part for the phrase heads
      let run = i;
      while (text.charCodeAt(j) === 0x2d && j + 1 < n && isWordCharAt(text, j + 1)) {
        if (tokAt(text, run, j).head) heads.push(run);
        run = j + 1;
        j = wordRunEnd(text, run, n);
      }
      if (tokAt(text, run, j).head) heads.push(run);
      t = tokAt(text, i, j);
    } else {
      t = lookup(text, i, j, h);
      if (t.head) heads.push(i);
    }
    if (t.cue) out.push(t);
    i = j;
  }
  return out;
}

const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
const PHRASES_SRC = `(?:${ALL_PHRASES.map(escape).join('|')})(?![\\p{L}\\p{N}])`;
/** Every cue phrase in one pattern, compiled once: one scan per statement instead of one per phrase.
 *  The word boundary before a phrase is checked in `phrasesIn`, not by a leading look-behind (which V8
 *  would evaluate at every position of every quote). */
const PHRASES_RE = new RegExp(PHRASES_SRC, 'gu');
/** The same, tried only at given positions. */
const PHRASES_AT = new RegExp(PHRASES_SRC, 'uy');

/** The cue phrases present in lower-cased `low` (white space squashed to single spaces). */
function phrasesIn(low: string): ReadonlySet<string> {
  const found = new Set<string>();
  PHRASES_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHRASES_RE.exec(low)) !== null) {
    if (m.index > 0 && isWordCharBefore(low, m.index)) {
      // inside a word (`anggota kami siap` is fine, `xkami siap` is not): a phrase may still start later
      PHRASES_RE.lastIndex = m.index + 1;
      continue;
    }
    found.add(m[0].replace(/\s+/gu, ' '));
  }
  return found;
}

/** `phrasesIn(quote.toLowerCase())`, trying the pattern only at `heads` (the word starts that are a
 *  phrase's first word; phrases start with a letter after a non-word character, so no other position can
 *  match). Matches do not overlap, as in the global scan. Lower-casing keeps every offset unless the text
 *  holds a character that lower-cases to two (`İ`): then the full scan. */
const NO_PHRASES: ReadonlySet<string> = new Set<string>();

function phrasesAt(quote: string, heads: number[]): ReadonlySet<string> {
  if (heads.length === 0) return NO_PHRASES;
  const low = quote.toLowerCase();
  if (low.length !== quote.length) return phrasesIn(low);
  const found = new Set<string>();
  let from = 0;
  for (const h of heads) {
    if (h < from) continue;
    PHRASES_AT.lastIndex = h;
    const m = PHRASES_AT.exec(low);
    if (m === null) continue;
    found.add(m[0].replace(/\s+/gu, ' '));
    from = h + m[0].length;
  }
  return found;
}

export interface Classification {
  neutrality: boolean;
  type: StatementType;
  /** Type cues first, then neutrality cues; each once, in lexicon order. */
  cues: string[];
}

export function classify(quote: string): Classification {
  const heads: number[] = [];
  const toks = cueTokens(quote, heads);
  const phrases = phrasesAt(quote, heads);
  // no cue at all (many quotes): what the rules below would find
  if (toks.length === 0 && phrases.size === 0) return { neutrality: false, type: 'other', cues: [] };
  // a handful of cue tokens at most: arrays beat building Sets
  const stems = toks.map((t) => t.stem);
  const words = toks.map((t) => t.low);

  // neutrality
  const nCues: string[] = [];
  for (const e of NEUTRALITY_STEMS) {
    const hit = e.prefixStem ? toks.some((t) => t.stem.startsWith(e.stem)) : stems.includes(e.stem);
    if (hit) nCues.push(e.stem);
  }
  for (const e of NEUTRALITY_AFFIXED) {
    if (toks.some((t) => t.stem === e.stem && t.low !== e.stem && e.prefixes.some((p) => t.low.startsWith(p) || t.low.startsWith(`ketidak${p}`))))
      nCues.push(e.stem);
  }
  for (const p of NEUTRALITY_PHRASES) if (phrases.has(p)) nCues.push(p);

  // type: first type in precedence with a cue
  let type: StatementType = 'other';
  let tCues: string[] = [];
  for (const t of STATEMENT_TYPE_PRECEDENCE) {
    if (t === 'other') break;
    const c = STATEMENT_TYPE_CUES[t];
    const hits: string[] = [];
    for (const s of c.stems) if (stems.includes(s)) hits.push(s);
    for (const w of c.words) if (words.includes(w)) hits.push(w);
    for (const p of c.phrases) if (phrases.has(p)) hits.push(p);
    if (hits.length > 0) {
      type = t;
      tCues = hits;
      break;
    }
  }
  const cues = [...new Set([...tCues, ...nCues])];
  return { neutrality: nCues.length > 0, type, cues };
}
