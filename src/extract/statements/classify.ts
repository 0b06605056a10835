// Topic (neutrality) and type of a statement, by transparent cue rules over stemmed tokens.
// The precedence of types lives in src/lexicon/statement-types.ts (STATEMENT_TYPE_PRECEDENCE).
import type { StatementType } from '../../model.js';
import { NEGATION_PREFIXES, NEUTRALITY_AFFIXED, NEUTRALITY_PHRASES, NEUTRALITY_STEMS } from '../../lexicon/neutrality.js';
import { STATEMENT_TYPE_CUES, STATEMENT_TYPE_PRECEDENCE } from '../../lexicon/statement-types.js';
import { stem } from '../../nlp/natural.js';
import { isWordCharAt, isWordCharBefore, nextWordStart, wordRunEnd } from '../../nlp/words.js';

interface Tok {
  low: string;
  stem: string;
  /** Whether any cue rule below can look at this token (its stem or word is in a cue list). */
  cue: boolean;
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

/** Token as written → its lower case, stem and cue flag. Words recur across statements and articles, so
 *  one lookup replaces a lower-casing, the prefix check and the stemmer's cache. Cleared when large. */
const TOKEN_CACHE = new Map<string, Tok>();
const TOKEN_CACHE_MAX = 50_000;

function tok(raw: string): Tok {
  let t = TOKEN_CACHE.get(raw);
  if (t === undefined) {
    const low = raw.toLowerCase();
    const st = stemToken(low);
    const cue = CUE_STEMS.has(st) || CUE_WORDS.has(low) || CUE_STEM_PREFIXES.some((p) => st.startsWith(p));
    t = { low, stem: st, cue };
    if (TOKEN_CACHE.size >= TOKEN_CACHE_MAX) TOKEN_CACHE.clear();
    TOKEN_CACHE.set(raw, t);
  }
  return t;
}

/** The cue-bearing tokens among `[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*` (words, hyphenated compounds kept
 *  whole), scanned by char code. */
function cueTokens(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = nextWordStart(text, 0, n);
  while (i < n) {
    let j = wordRunEnd(text, i, n);
    while (text.charCodeAt(j) === 0x2d /* - */ && j + 1 < n && isWordCharAt(text, j + 1)) j = wordRunEnd(text, j + 1, n);
    const t = tok(text.slice(i, j));
    if (t.cue) out.push(t);
    i = nextWordStart(text, j, n);
  }
  return out;
}

const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
const ALL_PHRASES = [...new Set([...NEUTRALITY_PHRASES, ...Object.values(STATEMENT_TYPE_CUES).flatMap((t) => t.phrases)])].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);
/** Every cue phrase in one pattern, compiled once: one scan per statement instead of one per phrase.
 *  The word boundary before a phrase is checked in `phrasesIn`, not by a leading look-behind (which V8
 *  would evaluate at every position of every quote). */
const PHRASES_RE = new RegExp(`(?:${ALL_PHRASES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The cue phrases present in lower-cased `low` (white space squashed to single spaces). */
function phrasesIn(low: string): Set<string> {
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

export interface Classification {
  neutrality: boolean;
  type: StatementType;
  /** Type cues first, then neutrality cues; each once, in lexicon order. */
  cues: string[];
}

export function classify(quote: string): Classification {
  const toks = cueTokens(quote);
  const phrases = phrasesIn(quote.toLowerCase());
  const stems = new Set(toks.map((t) => t.stem));
  const words = new Set(toks.map((t) => t.low));

  // neutrality
  const nCues: string[] = [];
  for (const e of NEUTRALITY_STEMS) {
    const hit = e.prefixStem ? toks.some((t) => t.stem.startsWith(e.stem)) : stems.has(e.stem);
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
    for (const s of c.stems) if (stems.has(s)) hits.push(s);
    for (const w of c.words) if (words.has(w)) hits.push(w);
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
