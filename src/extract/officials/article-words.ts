// What an article writes where, asked by the name checks: its lower-case words (lazyLowerWords), the capitalised
// words it writes mid-sentence (lazyMidSentenceCaps), sentence starts, and where its headline ends. Built per
// article, lazily, on first ask.
import type { ExtractContext } from '../../model.js';
import { LETTER_OR_DIGIT, LOWER, UPPER, classAt, classBefore, widthAt } from '../../lexicon/matcher.js';
import { type TextIndex, asIndex } from '../../text/index.js';
import { HONORIFIC_WORDS } from './names.js';
import { classAtOr0, isApostrophe } from './scan.js';
import { CITY_TITLE_BEFORE, REGION_SPAN_PREFIXES } from '../../lexicon/admin-units.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { leadDatelinePlace } from '../dates/dateline-frame.js';

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
export function lazyLowerWords(src: string | TextIndex): LowerWords {
  const ix = asIndex(src);
  const text = ix.text;
  let set: Set<string> | null = null;
  let asks = 0;
  // characters scanned at occurrences so far (see ScanWork); past the budget, the Set is built
  const work: ScanWork = { chars: 0 };
  const budget = 2 * text.length + 4096;
  const overBudget = (): boolean => work.chars > budget;
  return {
    has: (word) => {
      if (set) return set.has(word);
      if (++asks > LOWER_ASKS_MAX || overBudget()) return (set = ix.lowerWords).has(word);
      const n = word.length;
      if (n === 0) return false;
      if (!word.includes("'") && !word.includes('’')) {
        // Without an apostrophe a match is a whole word run (it ends where letters end): only runs of that
        // length are compared, which is cheaper than searching the text.
        const { count, starts, ends } = ix.runs;
        for (let k = 0; k < count; k++) {
          const p = starts[k]!;
          if (ends[k]! - p !== n || !text.startsWith(word, p) || (classAtOr0(text, p) & LOWER) === 0) continue;
          if (overBudget()) return (set = ix.lowerWords).has(word);
          if (lowerWordEndAt(text, p, work) === p + n && !coveredByLowerWord(text, p, work)) return true;
        }
        return false;
      }
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        if (classBefore(text, i) & LETTER_OR_DIGIT || (classAtOr0(text, i) & LOWER) === 0) continue;
        if (overBudget()) return (set = ix.lowerWords).has(word);
        if (lowerWordEndAt(text, i, work) === i + word.length && !coveredByLowerWord(text, i, work)) return true;
      }
      return false;
    },
  };
}
/** Asks answered from the text before the Set is built (each costs a pass over the word runs). */
const LOWER_ASKS_MAX = 24;
/** Characters scanned by lowerWordEndAt / coveredByLowerWord for one LowerWords: lazyLowerWords bounds it,
 *  so an article of endless `a'a'a'…` (every occurrence rescanning the whole stretch) stays linear. */
interface ScanWork {
  chars: number;
}

/**
 * End of the lowerCaseWords() match tried at `p` (a word-run start with a lower-case letter), or -1: it takes
 * lower-case letters and apostrophes greedily (`\p{Ll}[\p{Ll}'’]*`) and must not end before a letter or digit,
 * backing off to its last apostrophe if it does.
 */
function lowerWordEndAt(text: string, p: number, work: ScanWork): number {
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
  work.chars += j - p;
  if (j >= text.length || (classAt(text, j) & LETTER_OR_DIGIT) === 0) return j;
  return lastApos > p ? lastApos : -1;
}

/**
 * Whether the word-run start `i` lies inside an earlier lowerCaseWords() match (`def` in `abc'def`: the scan
 * takes `abc'def` whole and resumes after it). Only a match over an apostrophe right before `i` can reach it,
 * and such a match lies inside the stretch of lower-case letters and apostrophes that ends at `i`; no match
 * reaches into that stretch from before it, so the scan is replayed from the stretch's start.
 */
function coveredByLowerWord(text: string, i: number, work: ScanWork): boolean {
  if (i === 0 || !isApostrophe(text.charCodeAt(i - 1))) return false;
  let s0 = i;
  while (s0 > 0) {
    if (isApostrophe(text.charCodeAt(s0 - 1))) s0--;
    else if (classBefore(text, s0) & LOWER) s0 -= s0 >= 2 && widthAt(text, s0 - 2) === 2 ? 2 : 1;
    else break;
  }
  work.chars += i - s0;
  let resume = s0;
  for (let p = s0; p < i; p += widthAt(text, p)) {
    // the word-run starts of the stretch, as lowerCaseWords() visits them
    if (p < resume || (classAt(text, p) & LOWER) === 0 || classBefore(text, p) & LETTER_OR_DIGIT) continue;
    const end = lowerWordEndAt(text, p, work);
    resume = end > p ? end : p + 1;
  }
  return resume > i;
}

/** Characters after which (spaces skipped) a word starts a sentence or a clause: `. Terpisah, …`, `– Senada, …`. */
const SENTENCE_BREAKS = new Set(['.', '!', '?', '\n', '"', '“', '”', '–', '—', '-', ':', ';']);

/** Whether the word at `at` starts a clause: a sentence, the text, a paragraph, a dateline's tail, or what follows
 *  a dash, colon, semicolon or quote mark. Not the sentence splitter's notion (src/text/sentences.ts): it says
 *  "start" at many places the splitter does not, and officials read it only to tell a name's capital from the
 *  grammar's. A dot after an honorific or an initial (`H. Sukiman`, `A. Rahman`) does not end a sentence. */
export function atClauseStart(text: string, at: number): boolean {
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
export function lazyMidSentenceCaps(src: string | TextIndex): LowerWords {
  const ix = asIndex(src);
  const text = ix.text;
  let set: Set<string> | null = null;
  const build = (): Set<string> => {
    const out = new Set<string>();
    const runs = ix.runs;
    const lowers = ix.runLowers;
    for (let k = 0; k < runs.count; k++) {
      const at = runs.starts[k]!;
      if (classAt(text, at) & UPPER && !atClauseStart(text, at)) out.add(lowers[k]!);
    }
    return out;
  };
  return { has: (word) => (set ??= build()).has(word) };
}

/** An admin word, then the capitalised run (at most four words) it names as a place: `Kabupaten Lembah Hijau` (not
 *  the `Kota` of `Wali Kota Hendra Gunawan`). */
const ADMIN_THEN_RUN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!(?:${alternationOf(CITY_TITLE_BEFORE, { space: SPACE.literal })})[ \\t]{1,2})(?:${alternationOf(REGION_SPAN_PREFIXES, { space: SPACE.literal })})[ \\t]{1,2}(\\p{Lu}[\\p{L}'’-]*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’-]*){0,3})`,
  'gu',
);
/** How far into the text a dateline left in it may stand (as the regions' dateline parser reads it). */
const DATELINE_REACH = 600;
/** The places the article itself writes as places, lower-cased, words one space apart: its dateline's place and each
 *  leading run (1–4 words) of a capitalised run after an admin word (`Kabupaten Lembah Hijau` gives `lembah` and
 *  `lembah hijau`), whether or not the gazetteer knows them. Built on first use, once per article, in one pass. */
export function lazyPlacesWritten(ctx: ExtractContext): LowerWords {
  let set: Set<string> | null = null;
  const build = (): Set<string> => {
    const out = new Set<string>();
    const dateline = (ctx.dateline?.place ?? leadDatelinePlace(ctx.text, DATELINE_REACH)?.place)?.trim();
    if (dateline) out.add(dateline.toLowerCase().replace(/\s+/gu, ' '));
    for (const m of ctx.text.matchAll(ADMIN_THEN_RUN_RE)) {
      const words = m[1]!.toLowerCase().split(/[ \t]+/u);
      for (let k = 1; k <= words.length; k++) out.add(words.slice(0, k).join(' '));
    }
    return out;
  };
  return { has: (words) => (set ??= build()).has(words.toLowerCase()) };
}

export function headlineEndOf(ctx: ExtractContext): number {
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
