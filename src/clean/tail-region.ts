// The page's tail as a region (issue 22, round 15: check16's e-paper viewer, reaction widget, push prompt, poll,
// newsletter and login lines below the body). Cascade step 3c, after the tail run of clean/edges.ts, on the lines the
// line rules kept. Two marks bound the region:
//   - the body's last prose: the last kept line that is a report's sentence (`isReportSentence`: it ends a sentence,
//     has TAIL_PROSE_MIN_WORDS words or more and an Indonesian function word, speaks to no reader and opens with no
//     imperative to one). A page with none (not in Indonesian: html-bench's English and Portuguese pages) has no region;
//   - the foot: the first line below it that a rule of the page's foot removed (editor initials, tags, a share row, a
//     footer, a comment form, an author box, a release's end mark, a poll's heading: FOOT_KINDS,
//     FOOT_RULES), or that a later step removes (initials alone: `later`). A "Baca juga" line or a related block is
//     no foot: the body goes on under one.
// Below the foot nothing is the article's unless a report's sentence resumes (it then is the last prose, and the foot
// lies below it): a kept line there goes (`tail-region-line`) when it is no sentence (a label, a price, a phone line,
// counters, buttons, a linked headline) or a sentence that is not a report's (to the reader, an imperative, English);
// a sentence of the report ("Demikian.", "Tidak ada yang kebal.") and the body's structures stay: a quotation or a
// list item (a marker opens it) and a table (TAIL_TABLE_ROWS_MIN rows or more of "name figure" or "label: value"),
// unless a question to the reader stands over the rows (a reaction widget: "Bagaimana reaksi Anda?" / "Senang 0" / …).
// Between the last prose and the foot (short closing lines, a list the body ends with, Q&A answers: they stay) only two
// structures go: a sentence to the reader about the site's things (`tail-region-reader-line`: "Masuk untuk menikmati
// konten eksklusif …", a paywall notice; "Bagi Anda yang menemukan pelanggaran, silakan lapor" stays), and a question
// to the reader over short option lines (`tail-region-widget`: a poll or a reaction widget).
// Word lists: src/lexicon/tail-region.ts; the function words of src/lexicon/language.ts (clean/line-shape.ts).
import { ENGLISH_FUNCTION_WORDS } from '../lexicon/language.js';
import { READER_ADDRESS_WORDS, READER_IMPERATIVES, SITE_MEDIA_WORDS, SITE_OBJECT_WORDS } from '../lexicon/tail-region.js';
import { alternationOf, SPACE, WB, WE } from '../text/regex.js';
import { countSpacedWords } from '../text/words.js';
import type { Gathered } from './gathered.js';
import { hasFunctionWord } from './line-shape.js';
import type { Line } from './lines.js';

/** Settings: a report's sentence has at least this many words … */
export const TAIL_PROSE_MIN_WORDS = 8;
/** … a table below the foot at least this many rows in a row … */
export const TAIL_TABLE_ROWS_MIN = 3;
/** … and a widget's option at most this many words (a question over at least TAIL_WIDGET_MIN_OPTIONS of them). */
export const TAIL_OPTION_MAX_WORDS = 3;
export const TAIL_WIDGET_MIN_OPTIONS = 2;

/** Removal kinds that only the page's foot has (clean/rules: their rules fire below the body). */
const FOOT_KINDS: ReadonlySet<string> = new Set(['editor-initials', 'tags', 'comments', 'comment-form', 'author-box', 'release-end', 'poll', 'footer']);
/** … but for the credits and notices a page puts between paragraphs too (a photo's credit under its caption, "Kredit
 *  Foto: Humas Pemkab"; a writer's credit; an advertorial's disclosure): no foot. */
const NOT_FOOT_RULES: ReadonlySet<string> = new Set(['footer-credit', 'credit-pipe-line', 'empty-credit-label', 'disclosure-line']);
/** Furniture rules of the foot: a share row, a hashtag row, a platform's string, the tail run of clean/edges.ts, an app
 *  banner (a "follow us" or "read more at" promotion stands between paragraphs too, and is none). */
const FOOT_RULES: ReadonlySet<string> = new Set(['share-bar-line', 'share-bar-to-line', 'share-this-line', 'hashtag-line', 'hashtag-phrase-line', 'platform-string-line', 'tail-furniture-run', 'app-banner-line']);

const SITE = new Set(SITE_OBJECT_WORDS);
const MEDIA = new Set(SITE_MEDIA_WORDS);
const IMPERATIVES = new Set(READER_IMPERATIVES);
const ENGLISH = new Set(ENGLISH_FUNCTION_WORDS);

/** A line that ends a sentence (a closing quote or bracket may follow the stop), or a quotation (as clean/edges.ts). */

/** A quotation or a list item: body text (as clean/edges.ts). */
const BODY_START = /^(?:["“‘'(]|[-–—•*·]\s|(?:\d{1,2}|[a-zA-Z])[.)]\s)/u;
/** A quotation mark anywhere: the words inside may be anyone's ("Hari Minggu pun Anda tetap ASN," katanya.). */
const QUOTE_MARK = /["“”]/u;
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** The lower-cased words of a line. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Whether the line speaks to the reader, outside any quotation (one regex of the words: no split of a paragraph). */
const READER_RE = new RegExp(`${WB}(?:${alternationOf(READER_ADDRESS_WORDS, { space: SPACE.literal })})${WE}`, 'iu');
export function isReaderAddressed(text: string): boolean {
  // (a quotation mark, then the words as substrings of the lower-cased line, before the regex)
  if (QUOTE_MARK.test(text)) return false;
  const lower = text.toLowerCase();
  let any = false;
  for (const w of READER_ADDRESS_WORDS) if (lower.includes(w)) any = true;
  return any && READER_RE.test(text);
}

/** Whether the line opens with an imperative to the reader (its first word, up to a space or a sign). */
const FIRST_WORD = /^\p{L}+/u;
function opensWithImperative(text: string): boolean {
  const first = FIRST_WORD.exec(text.length > 40 ? text.slice(0, 40) : text);
  return first !== null && IMPERATIVES.has(first[0].toLowerCase());
}

/** Whether the line ends a sentence (SENTENCE_END, its last two characters read first: the regex on a long paragraph
 *  is dear). */
const STOPS = '.!?…';
const CLOSERS = '"”’)]';
function endsSentence(text: string): boolean {
  const z = text[text.length - 1];
  if (z === undefined) return false;
  if (STOPS.includes(z) || z === '"' || z === '”') return true;
  return CLOSERS.includes(z) && text.length > 1 && STOPS.includes(text[text.length - 2]!);
}

/** A report's sentence (see the header): the body's prose. */
export function isReportSentence(text: string): boolean {
  // (the cheap tests first; the function word is looked for in the line's first FUNCTION_WORD_REACH characters, where
  // a sentence of eight words or more has one: no split of a long paragraph)
  return endsSentence(text) && countSpacedWords(text, TAIL_PROSE_MIN_WORDS) >= TAIL_PROSE_MIN_WORDS && !opensWithImperative(text) &&
    hasFunctionWord(text.length > FUNCTION_WORD_REACH ? text.slice(0, text.lastIndexOf(' ', FUNCTION_WORD_REACH)) : text) && !isReaderAddressed(text);
}
const FUNCTION_WORD_REACH = 240;

/** In a report's voice: not English, no reader addressed, no imperative to one. */
function isReportVoice(text: string): boolean {
  return !opensWithImperative(text) && !isReaderAddressed(text) && !isEnglish(text);
}

/** English: ENGLISH_MIN_WORDS English function words or more and no Indonesian one (a widget left untranslated: "Enter
 *  your email address to subscribe to this blog …"). */
export const ENGLISH_MIN_WORDS = 2;
function isEnglish(text: string): boolean {
  if (hasFunctionWord(text)) return false;
  let n = 0;
  for (const w of wordsOf(text)) if (ENGLISH.has(w) && ++n >= ENGLISH_MIN_WORDS) return true;
  return false;
}

/** A sentence to the reader about the site's things (see the header), or a widget's heading: a question to the reader
 *  shorter than a report's sentence about a photo, a video, the news (SITE_MEDIA_WORDS). */
export function isSiteReaderLine(text: string): boolean {
  if (!isReaderAddressed(text)) return false;
  const heading = text.endsWith('?') && countSpacedWords(text, TAIL_PROSE_MIN_WORDS) < TAIL_PROSE_MIN_WORDS;
  for (const w of wordsOf(text)) if (SITE.has(w) || (heading && MEDIA.has(w))) return true;
  return false;
}

/** Below the foot: whether a kept line goes (see the header; the table guard is `tableRows`). */
export function isFootLine(text: string): boolean {
  if (BODY_START.test(text)) return false;
  if (!endsSentence(text)) return true;
  // a sentence: the report's stays, however short ("Demikian.")
  return !isReportVoice(text);
}

/** A table's row: a name and its figure ("Kecamatan Ile Ape 2"), or "label: value" ("Jumlah TPS: 412"). */
const FIGURE_END = / \d{1,7}(?:[.,]\d{1,3})*%?$/u;
const LETTER_START = /^\p{L}/u;
function isTableRow(text: string): boolean {
  return LETTER_START.test(text) && (FIGURE_END.test(text) || (text.indexOf(': ') > 0 && !endsSentence(text)));
}

/** A question to the reader (a poll's, a reaction widget's). */
function isReaderQuestion(text: string): boolean {
  return text.endsWith('?') && isReaderAddressed(text);
}

/** A widget's option: a few words, no sentence end ("Senang 0", "Izinkan", "Setuju"). */
function isOption(text: string): boolean {
  return !endsSentence(text) && !BODY_START.test(text) && countSpacedWords(text, TAIL_OPTION_MAX_WORDS + 1) <= TAIL_OPTION_MAX_WORDS;
}

/** Whether a removal is one of the page's foot (FOOT_KINDS but NOT_FOOT_RULES, FOOT_RULES). */
function isFoot(r: { kind: string; rule: string } | undefined): boolean {
  return r !== undefined && (FOOT_KINDS.has(r.kind) ? !NOT_FOOT_RULES.has(r.rule) : FOOT_RULES.has(r.rule));
}

/** A list item: a marker opens it ("- teguran lisan", "1. …", "a) …"). */
const LIST_MARK = /^(?:[-–—•*·]\s|(?:\d{1,2}|[a-zA-Z])[.)]\s)/u;
function isListItem(text: string): boolean {
  return LIST_MARK.test(text);
}

/** Runs of at least `min` lines in a row of `kept` from `from` that pass `test`, as [first, end) pairs. */
function runs(kept: readonly Line[], from: number, test: (text: string) => boolean, min: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = from;
  while (k < kept.length) {
    if (!test(kept[k]!.text)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < kept.length && kept[e]!.no === kept[e - 1]!.no + 1 && test(kept[e]!.text)) e++;
    if (e - k >= min) out.push([k, e]);
    k = e;
  }
  return out;
}

/** Step 3c (after the tail run): `kept` without the page's tail region's furniture (see the header). `nonBlank`: every
 *  line of the page; `later`: whether a later step removes a line (initials alone). */
export function withoutTailRegion(kept: Line[], nonBlank: readonly Line[], later: (text: string) => boolean, out: Gathered): Line[] {
  // the last prose (most pages: their last kept line)
  let p = kept.length - 1;
  while (p >= 0 && !isReportSentence(kept[p]!.text)) p--;
  if (p < 0 || p === kept.length - 1) return kept;
  const last = kept[p]!.no;
  // (first the cheap shapes: no line below the last prose that could go, nothing to do; then what a later step
  // removes, asked once per line: nothing else below the last prose, nothing to do)
  let could = false;
  for (let k = p + 1; k < kept.length && !could; k++) {
    const t = kept[k]!.text;
    could = isFootLine(t) || isReaderQuestion(t) || isSiteReaderLine(t);
  }
  if (!could) return kept;
  const vanishing: boolean[] = [];
  let other = false;
  for (let k = p + 1; k < kept.length; k++) {
    const v = later(kept[k]!.text);
    vanishing.push(v);
    if (!v) other = true;
  }
  if (!other) return kept;
  // the foot: the first line below the last prose that a foot rule removed, or that a later step removes
  const keptAt = new Map<number, number>();
  for (let k = p + 1; k < kept.length; k++) keptAt.set(kept[k]!.no, k);
  let rules: Map<string, { kind: string; rule: string }> | null = null;
  const ruleOf = (l: Line): { kind: string; rule: string } | undefined => {
    if (rules === null) {
      rules = new Map();
      for (const r of out.removed) rules.set(r.text, r);
    }
    return rules.get(l.raw);
  };
  let foot = Infinity;
  for (const l of nonBlank) {
    if (l.no <= last) continue;
    const k = keptAt.get(l.no);
    if (k !== undefined) {
      if (vanishing[k - p - 1] === true) {
        foot = l.no;
        break;
      }
      continue;
    }
    if (isFoot(ruleOf(l))) {
      foot = l.no;
      break;
    }
  }
  if (foot === Infinity) return kept;
  // the page's line right above kept line k (null on top), kept or removed
  let at = 0;
  const above = (k: number): Line | null => {
    const no = kept[k]!.no;
    while (at > 0 && nonBlank[at]!.no > no) at--;
    while (at < nonBlank.length && nonBlank[at]!.no < no) at++;
    return at > 0 ? nonBlank[at - 1]! : null;
  };
  const gone = new Set<number>();
  // a question to the reader over its options (kept or already removed by a rule): a widget, wherever it stands; rows
  // of a table below the foot stay when a kept line other than such a question announces them (a body table)
  const guarded = new Set<number>();
  for (const [k, e] of runs(kept, p + 1, isOption, TAIL_WIDGET_MIN_OPTIONS)) {
    const q = above(k);
    if (q === null || !isReaderQuestion(q.text)) continue;
    if (k > 0 && kept[k - 1] === q && k - 1 > p) gone.add(k - 1);
    for (let j = k; j < e; j++) gone.add(j);
  }
  // (a question whose options a rule took already: the tail run of clean/edges.ts)
  for (let k = p + 1; k < kept.length; k++) {
    if (gone.has(k) || !isReaderQuestion(kept[k]!.text)) continue;
    let n = 0;
    const next = k + 1 < kept.length ? kept[k + 1]!.no : Infinity;
    for (const l of nonBlank) {
      if (l.no <= kept[k]!.no) continue;
      if (l.no >= next || !isOption(l.text) || isFoot(ruleOf(l)) && ruleOf(l)?.rule !== 'tail-furniture-run') break;
      n++;
    }
    if (n >= TAIL_WIDGET_MIN_OPTIONS) gone.add(k);
  }
  for (const [k, e] of [...runs(kept, p + 1, isTableRow, TAIL_TABLE_ROWS_MIN), ...runs(kept, p + 1, isListItem, 1)]) {
    if (gone.has(k)) continue;
    const a = above(k);
    if (a === null || k === 0 || kept[k - 1] !== a) continue;
    for (let j = k; j < e; j++) guarded.add(j);
    // (and the line that announces them: "Sebaran laporan per kecamatan:")
    if (a.text.endsWith(':')) guarded.add(k - 1);
  }
  for (const k of gone) out.drop('furniture', 'tail-region-widget', kept[k]!.raw);
  for (let k = p + 1; k < kept.length; k++) {
    if (gone.has(k)) continue;
    const l = kept[k]!;
    const t = l.text;
    if (vanishing[k - p - 1] === true) continue;
    if (l.no > foot ? !guarded.has(k) && isFootLine(t) : isSiteReaderLine(t)) {
      gone.add(k);
      out.drop('furniture', l.no > foot ? 'tail-region-line' : 'tail-region-reader-line', l.raw);
    }
  }
  return gone.size === 0 ? kept : kept.filter((_, i) => !gone.has(i));
}
