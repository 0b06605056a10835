// The neutrality cue phrases of a statement (lexicon/neutrality.ts NEUTRALITY_PHRASES), found in one compiled
// pattern tried only at the word starts that can open a phrase. Read by classify.ts, which collects those starts
// while it walks the tokens.
import { NEUTRALITY_PHRASES } from '../../lexicon/neutrality.js';
import { SPACE, WE, alternationOf } from '../../text/regex.js';
import { isWordCharBefore } from '../../text/words.js';

const ALL_PHRASES = [...new Set(NEUTRALITY_PHRASES)].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);
/** First words of the cue phrases: a phrase can only start at a word that is one of these. */
export const PHRASE_HEADS = new Set<string>(ALL_PHRASES.map((p) => p.split(' ')[0]!));

const PHRASES_SRC = `(?:${alternationOf(ALL_PHRASES, { space: SPACE.wsRun })})${WE}`;
/** Every cue phrase in one pattern, compiled once: one scan per statement instead of one per phrase.
 *  The word boundary before a phrase is checked in `phrasesIn`, not by a leading look-behind (which V8
 *  would evaluate at every position of every quote). */
const PHRASES_RE = new RegExp(PHRASES_SRC, 'gu');
/** The same, tried only at given positions. */
const PHRASES_AT = new RegExp(PHRASES_SRC, 'uy');

/** Phrase-head positions of the current quote: `pos[0..n)`. Kept between calls with a count, since
 *  emptying an array (`length = 0`) lets V8 drop its backing store, re-allocated by the next push. */
export interface Heads {
  pos: number[];
  n: number;
}

/** The cue phrases found in one quote: a few at most, so a list with a count, reused between calls (a
 *  Set would allocate a new table on every `clear`). */
class FoundPhrases {
  private readonly items: string[] = [];
  size = 0;
  reset(): this {
    this.size = 0;
    return this;
  }
  add(p: string): void {
    if (!this.has(p)) this.items[this.size++] = p;
  }
  has(p: string): boolean {
    for (let i = 0; i < this.size; i++) if (this.items[i] === p) return true;
    return false;
  }
}
/** The one FoundPhrases, refilled per quote (`classify` reads it before the next call). */
const FOUND = new FoundPhrases();

/** The cue phrases present in lower-cased `low` (white space squashed to single spaces). */
function phrasesIn(low: string): FoundPhrases {
  const found = FOUND.reset();
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
export function phrasesAt(quote: string, heads: Heads, lowered?: string): FoundPhrases {
  if (heads.n === 0) return FOUND.reset();
  const low = lowered ?? quote.toLowerCase();
  if (low.length !== quote.length) return phrasesIn(low);
  const found = FOUND.reset();
  let from = 0;
  for (let k = 0; k < heads.n; k++) {
    const h = heads.pos[k]!;
    if (h < from) continue;
    PHRASES_AT.lastIndex = h;
    const m = PHRASES_AT.exec(low);
    if (m === null) continue;
    found.add(m[0].replace(/\s+/gu, ' '));
    from = h + m[0].length;
  }
  return found;
}
