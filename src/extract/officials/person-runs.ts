// Capitalised person runs (`Ilham`, `H. Sukiman`, `Menurut Hesty` → `Hesty`): what bare mentions and the headline
// title refiner read. A hand-written scan (nameRunAt) stands in for the regex where no honorific can start.
import { sharedNameTokens } from '../../corpus/identity.js';
import { HONORIFICS_BEFORE } from '../../lexicon/honorifics.js';
import { LETTER_OR_DIGIT, LOWER, UPPER, classAt, widthAt } from '../../lexicon/matcher.js';
import { type TextIndex, asIndex } from '../../text/index.js';
import { Coverage } from './coverage.js';
import { HON_ALT_WRITTEN, HONORIFIC_HEADS, notName, PLACE_HEAD } from './names.js';
import { ASCII_CLASS, classAtOr0, isApostrophe, isAsciiLetter, isSpaceOrTab, stickyAt } from './scan.js';

/** A capitalised run of 1–3 name tokens (for speakers and bare mentions), with optional honorifics; sticky,
 *  tried only where it can start (see personRuns). */
const PERSON_NAME_SOURCE = `\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}+)?(?:[ \\t]{1,2}\\p{Lu}\\p{Ll}+(?:['’]\\p{Ll}+)?){0,3}(?![\\p{L}\\p{N}])`;
const PERSON_RUN_AT_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:(?:${HON_ALT_WRITTEN})(?:\\.[ \\t]{0,2}|[ \\t]{1,2})){0,3}${PERSON_NAME_SOURCE}`, 'uy');
/** First characters of the honorifics (`dr`, `drg` start in lower case): with a capital, what a person run
 *  may start with. A table by character code, since every word run of an article is checked; all ASCII. */
const PERSON_RUN_FIRST_CHARS = new Uint8Array(128);
for (const h of HONORIFICS_BEFORE) {
  const c = h.charCodeAt(0);
  if (c >= 128) throw new Error(`honorific outside the first-character table: ${h}`);
  PERSON_RUN_FIRST_CHARS[c] = 1;
}
/** ASCII characters a person run may start with: a capital, or the first character of an honorific. */
const PERSON_RUN_START = Uint8Array.from({ length: 128 }, (_, c) => (ASCII_CLASS[c]! & UPPER || PERSON_RUN_FIRST_CHARS[c] === 1 ? 1 : 0));

export interface PersonRun {
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
export function personRuns(src: string | TextIndex, blocked: Coverage, only: ReadonlyMap<string, unknown> | null): PersonRun[] {
  const ix = asIndex(src);
  const text = ix.text;
  const out: PersonRun[] = [];
  // A run starts a word (a word run of the text), not after a dot, with a capital or an honorific; the match
  // is tried only there, left to right after the previous run (as a global regex would).
  const runs = ix.runs;
  const { count, starts } = runs;
  const lowers = ix.runLowers;
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

/** personRuns() with nothing blocked, for the tests (the `only` skip must keep every run a bare mention of
 *  those tokens could use). */
export function personRunsOf(text: string, only: ReadonlyMap<string, unknown> | null): PersonRun[] {
  return personRuns(text, new Coverage(text.length, 1), only);
}
