// Sentence splitting with offsets.
//
// `splitLineSentences` is the splitter of the dates, counts and reporter extractors: a line break always
// ends a sentence; `.`, `!`, `?` (plus closing quotes) followed by white space end one unless the word
// before the dot is a known abbreviation. The quote-aware splitter of the statements extractor
// (`sentenceSpans`, src/nlp/sentences.ts) is the other profile: it keeps a quotation that runs on across
// `.` in one sentence and joins wrapped lines. Merging the two is a separate change, measured on the eval
// gate (their abbreviation lists differ too: one table, lexicon/abbreviations.ts, says which reads which). Per article, the TextIndex keeps the result (index.ts).
import { NON_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { isLetterUnit } from './chars.js';

const ABBREV = new Set(NON_FINAL_ABBREVIATIONS);
/** No word longer than this can be an abbreviation (a BMP letter never lower-cases to fewer units), so the
 *  word before a dot is only sliced and looked up when it is this short (most sentence-final words are not). */
const ABBREV_MAX = Math.max(...NON_FINAL_ABBREVIATIONS.map((a) => a.length));

/** Closing quotes and brackets that may follow a sentence mark: `"`, `”`, `’`, `'`, `)`, `»`. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0xbb;
}

export interface Sentences {
  /** Sorted sentence start offsets; sentence i is [starts[i], ends[i]). */
  starts: number[];
  ends: number[];
}

/** Space, tab, no-break space, CR, LF (the white space the splitter trims). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || c === 0x0a;
}

/** Pushes [start, end) trimmed of white space, when anything is left. (A plain function rather than a
 *  closure: a closure would keep the loop's `start` in a heap context.) */
function pushTrimmed(text: string, out: Sentences, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) {
    out.starts.push(s);
    out.ends.push(e);
  }
}

/** The next `ch` at or after `from`, or `n` (the text length) when there is none. */
function nextOf(text: string, ch: string, from: number, n: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? n : i;
}

/**
 * Split into sentences in one pass: a line break always ends one; `.`, `!`, `?` (plus closing quotes)
 * followed by whitespace end one unless the word before the dot is a known abbreviation (`Drs.`).
 * Dots inside numbers (`1.010`) and initials without a following space (`H.M.Juaini`) never split.
 *
 * Only the four marks matter, so they are found with `indexOf` (a native search, several times faster
 * than reading every character in a loop: an article has ~2,600 characters and ~40 marks): the next
 * position of each mark is kept, and the smallest is handled. Whether a mark ends a sentence depends only
 * on the characters around it, so handling them in order gives what a character loop gives.
 */
export function splitLineSentences(text: string): Sentences {
  const out: Sentences = { starts: [], ends: [] };
  const n = text.length;
  let start = 0;
  let nextLine = nextOf(text, '\n', 0, n);
  let nextDot = nextOf(text, '.', 0, n);
  let nextBang = nextOf(text, '!', 0, n);
  let nextQuery = nextOf(text, '?', 0, n);
  for (;;) {
    const i = Math.min(nextLine, nextDot, nextBang, nextQuery);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      nextLine = nextOf(text, '\n', i + 1, n);
      pushTrimmed(text, out, start, i);
      start = i + 1;
      continue;
    }
    if (c === 46 /* . */) nextDot = nextOf(text, '.', i + 1, n);
    else if (c === 33 /* ! */) nextBang = nextOf(text, '!', i + 1, n);
    else nextQuery = nextOf(text, '?', i + 1, n);
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    if (c === 46) {
      // the word before the dot
      let k = i;
      while (k > start && isLetterUnit(text.charCodeAt(k - 1))) k--; // /\p{L}/u per character, without the regex call
      if (k < i && i - k <= ABBREV_MAX && ABBREV.has(text.slice(k, i).toLowerCase())) continue;
    }
    // the closers skipped are no marks: the next marks are all at or after j already
    pushTrimmed(text, out, start, j);
    start = j;
  }
  pushTrimmed(text, out, start, n);
  return out;
}

/** Index of the sentence containing `pos` (or the last one starting before it), -1 if none. */
export function sentenceIndex(s: Sentences, pos: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.starts[mid]! <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** `[start, end)` of the sentence holding `pos`; falls back to `[pos, pos]`. */
export function sentenceAt(s: Sentences, pos: number): [number, number] {
  const i = sentenceIndex(s, pos);
  if (i < 0) return [pos, pos];
  return [s.starts[i]!, Math.max(s.ends[i]!, pos)];
}

/** The sentences `drop` does not take (each test reads the sentence's own text); the same object when none is dropped. */
export function withoutSentences(s: Sentences, text: string, drop: (sentence: string) => boolean): Sentences {
  let out: Sentences | null = null;
  for (let i = 0; i < s.starts.length; i++) {
    const dropped = drop(text.slice(s.starts[i]!, s.ends[i]!));
    if (dropped && out === null) out = { starts: s.starts.slice(0, i), ends: s.ends.slice(0, i) };
    else if (!dropped && out !== null) {
      out.starts.push(s.starts[i]!);
      out.ends.push(s.ends[i]!);
    }
  }
  return out ?? s;
}
