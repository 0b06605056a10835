// Topic (neutrality) and type of a statement, by transparent cue rules over stemmed tokens.
// The precedence of types lives in src/lexicon/statement-types.ts (STATEMENT_TYPE_PRECEDENCE).
import type { StatementType } from '../../model.js';
import { NEGATION_PREFIXES, NEUTRALITY_AFFIXED, NEUTRALITY_PHRASES, NEUTRALITY_STEMS } from '../../lexicon/neutrality.js';
import { STATEMENT_TYPE_CUES, STATEMENT_TYPE_PRECEDENCE } from '../../lexicon/statement-types.js';
import { stem } from '../../nlp/natural.js';

const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

interface Tok {
  low: string;
  stem: string;
}

/** Stems a token, first undoing the negated nominal prefix natural leaves alone (`ketidaknetralan`). */
export function stemToken(low: string): string {
  for (const p of NEGATION_PREFIXES) if (low.startsWith(p) && low.length > p.length + 3) return stem(`ke${low.slice(p.length)}`);
  return stem(low);
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const low = m[0].toLowerCase();
    out.push({ low, stem: stemToken(low) });
  }
  return out;
}

const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
const ALL_PHRASES = [...new Set([...NEUTRALITY_PHRASES, ...Object.values(STATEMENT_TYPE_CUES).flatMap((t) => t.phrases)])].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);
/** Every cue phrase in one pattern, compiled once: one scan per statement instead of one per phrase. */
const PHRASES_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALL_PHRASES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The cue phrases present in lower-cased `low` (white space squashed to single spaces). */
function phrasesIn(low: string): Set<string> {
  const found = new Set<string>();
  PHRASES_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHRASES_RE.exec(low)) !== null) found.add(m[0].replace(/\s+/gu, ' '));
  return found;
}

export interface Classification {
  neutrality: boolean;
  type: StatementType;
  /** Type cues first, then neutrality cues; each once, in lexicon order. */
  cues: string[];
}

export function classify(quote: string): Classification {
  const toks = tokens(quote);
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
