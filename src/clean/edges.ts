// Furniture at the edges of the body, read by shape and context (issue 22, clean4), in the spirit of jusText's
// context-sensitive classification adapted to Indonesian plain text: no list names these lines (a tag, a popular
// headline, a page number, a production credit, an author and the outlet), but where they stand and how they are
// built tells them from text. Cascade step 3c, on the lines the line rules kept.
//   - the tail run: after the last line that ends a sentence, lines with no sentence end that are built like links
//     (Title Case headlines, rank numbers, labels, short lower-case tags without a function word), in a zone of at
//     least TAIL_ZONE_MIN_LINES lines of the page of which a rule removed one at least (a line alone after the body,
//     or a run with nothing removed around it, is left: a list ending the article). A list the body announces
//     ("… sebagai berikut:") or marks ("- ", "1. ", "a. ") stays, and so does any clause (a long line in sentence
//     case, or a short one holding a function word).
//   - the author row: between the headline and the first body line, the author's name and the outlet's name across a
//     separator ("Arif Rahmanto - kabarsulteng"), a row with no stamp that no byline rule reads.
//   - a label between furniture: above the first body line (never the headline), a short line with no function word and
//     no sentence end whose neighbours on the page were both removed (an author's or a desk's name between a date
//     line and a credit line). Its neighbours kept (a headline wrapped over two lines: "… Dilarang Fasilitasi" /
//     "Pertemuan Paslon"), or a clause, it stays; in the body such a line is a subhead and always stays.
// Word lists: the function words of src/lexicon/language.ts (read by clean/line-shape.ts).
import { countSpacedWords } from '../text/words.js';
import type { Gathered } from './gathered.js';
import type { Line } from './lines.js';
import { matchDateline, strongOnly } from './dateline.js';
import { HEADLINE_AFTER_LABEL_MIN_WORDS, hasFunctionWord, isHeadlineCased, isLabelledHeadline, isTitleCased } from './line-shape.js';
import { isTopFurniture } from './page-top.js';
import { withoutTailRegion } from './tail-region.js';

/** Settings: the tail zone (kept and removed lines after the last sentence) has at least this many lines … */
export const TAIL_ZONE_MIN_LINES = 2;
/** … a line of the tail run has at most this many words … */
export const TAIL_LINE_MAX_WORDS = 20;
/** … or, with link-like lines below it, of at most this many words whatever they are … */
export const TAIL_SHORT_MAX_WORDS = 3;
/** … fewer than this many of its lines are "label: value" rows (credits: "Produser: Maria Goreti") … */
export const TAIL_ROWS_MIN = 4;
/** … and one of more than this many words (or holding a function word) must be Title Case (a linked headline). */
export const TAIL_PLAIN_MAX_WORDS = 4;

/** A line that ends a sentence (a closing quote or bracket may follow the stop), or a quotation. */
const SENTENCE_END = /[.!?…]["”’)\]]?$|["”]$/u;
/** A line that ends like a clause or announces what follows: no link ends so. */
const OPEN_END = /[,;:]$/u;
/** A quotation or a list item: body text whatever its length. */
const BODY_START = /^(?:["“‘'(]|[-–—•*·]\s|(?:\d{1,2}|[a-zA-Z])[.)]\s)/u;



/** Whether a kept line below the last sentence is built like a link or a label (see the header). */
export function isTailFurniture(text: string): boolean {
  if (text.length > 200 || SENTENCE_END.test(text) || OPEN_END.test(text) || BODY_START.test(text)) return false;
  const words = countSpacedWords(text, TAIL_LINE_MAX_WORDS + 1);
  if (words > TAIL_LINE_MAX_WORDS) return false;
  if (isTitleCased(text)) return true;
  return words <= TAIL_PLAIN_MAX_WORDS && !hasFunctionWord(text);
}

/** A widget's state, a few words trailing off ("Loading...", "Mohon tunggu…"): no sentence ends a page so. */
const ELLIPSIS_END = /(?:\.\.\.|…)$/u;
function isWidgetState(text: string): boolean {
  return ELLIPSIS_END.test(text) && !BODY_START.test(text) && countSpacedWords(text, TAIL_SHORT_MAX_WORDS + 1) <= TAIL_SHORT_MAX_WORDS;
}

/** A line of at most TAIL_SHORT_MAX_WORDS words with no sentence end: inside a run, with link-like lines below it, it
 *  is one more (a widget's empty state: "Belum ada agenda"; a link: "Selengkapnya di kabargarut.com"), whatever its
 *  words. Below the last sentence and above the links, a clause would have its stop. */
function isShortInRun(text: string): boolean {
  if (isWidgetState(text)) return true;
  return !SENTENCE_END.test(text) && !OPEN_END.test(text) && !BODY_START.test(text) && countSpacedWords(text, TAIL_SHORT_MAX_WORDS + 1) <= TAIL_SHORT_MAX_WORDS;
}

/**
 * The index in `kept` where the tail run starts (kept.length when there is none). `nonBlank`: every line of the
 * page, for the zone's size; `later`: lines a later step removes anyway (editor initials), stepped over.
 */
export function tailRunStart(kept: readonly Line[], nonBlank: readonly Line[], later: (text: string) => boolean): number {
  let s = kept.length;
  while (s > 0) {
    const t = kept[s - 1]!.text;
    if (isTailFurniture(t) || (s < kept.length && isShortInRun(t)) || isWidgetState(t)) {
      s--;
      continue;
    }
    // (a sentence of a few words is the anchor: `later`, which tries the line rules, is asked about short lines only)
    if ((SENTENCE_END.test(t) && countSpacedWords(t, 4) >= 4) || !later(t)) break;
    s--;
  }
  // nothing after the body, or no body line ending a sentence above the run
  if (s === kept.length || s === 0) return kept.length;
  const anchor = kept[s - 1]!;
  if (!SENTENCE_END.test(anchor.text)) return kept.length;
  // the zone: every line of the page after the anchor, removed or kept; at least one of them removed by a rule (the
  // context: a run of short lines that ends an article with nothing recognised around it is a list of its own:
  // html-bench, "Qualified teams" / "England (Group A): 10th appearance" / …)
  let zone = 0;
  for (let j = nonBlank.length - 1; j >= 0 && nonBlank[j]!.no > anchor.no; j--) zone++;
  if (zone < TAIL_ZONE_MIN_LINES || zone === kept.length - s) return kept.length;
  // a table's rows ("label: value" on TAIL_ROWS_MIN lines or more) are data, not credits
  let rows = 0;
  // … and so are TAIL_FIGURE_ROWS_MIN lines in a row that name something and end in its figure (clean5/09, a report's
  // table: "Kecamatan Nubatukan 3" / "Kecamatan Ile Ape 2" / …); a link or a label does not end in a number
  let figures = 0;
  let figureRun = 0;
  for (let k = s; k < kept.length; k++) {
    const t = kept[k]!.text;
    if (t.includes(': ')) rows++;
    figureRun = isFigureRow(t) ? figureRun + 1 : 0;
    if (figureRun > figures) figures = figureRun;
  }
  if (rows >= TAIL_ROWS_MIN || figures >= TAIL_FIGURE_ROWS_MIN) return kept.length;
  return s;
}

/** … and fewer than this many lines in a row are a table's "name figure" rows. */
export const TAIL_FIGURE_ROWS_MIN = 3;
/** A row naming something and ending in its figure: it starts with a letter (a ranked link starts with its rank) and
 *  ends in a spaced number (with decimals or a percent sign). */
const FIGURE_END = / \d{1,7}(?:[.,]\d{1,3})*%?$/u;
const LETTER_START = /^\p{L}/u;
function isFigureRow(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return ((c >= 48 && c <= 57) || c === 37) && LETTER_START.test(text) && FIGURE_END.test(text);
}

/** An author and the outlet across a separator: two to four capitalised name words, a spaced dash or bar, and the
 *  outlet's one-word name ("Arif Rahmanto - kabarsulteng", "Dewi Lestari | KabarNusa.com"). */
const AUTHOR_OUTLET = /^\p{Lu}[\p{Ll}.'’-]{1,20}(?: \p{Lu}[\p{Ll}.'’-]{0,20}){1,3} [-–—|] [\p{L}\p{N}.]{3,30}$/u;
/** A newsroom's team and its region across a separator (check6/06, a TV site: "Tim tvOne - Sumatera Utara"): the team
 *  word, the outlet's one-word name, a spaced dash or bar, one to three capitalised words of a place. */
const TEAM_PLACE = /^(?:Tim|TIM|Team|TEAM) [\p{L}\p{N}.]{2,30} [-–—|] \p{Lu}[\p{L}.'’-]{1,24}(?: \p{Lu}[\p{L}.'’-]{1,24}){0,2}$/u;

/** The index of the first body line among the first `max` lines of `kept` (-1 when there is none there). */
export function firstBodyLine(kept: readonly Line[], isBodyStart: (text: string) => boolean, max: number): number {
  for (let i = 0; i < kept.length && i < max; i++) if (isBodyStart(kept[i]!.text)) return i;
  return -1;
}

/** Indices (into `kept`) of author rows between the headline (`kept[0]`) and the first body line `body` (or the first
 *  `max` lines when it is -1). */
export function authorRows(kept: readonly Line[], body: number, max: number): number[] {
  const rows: number[] = [];
  const end = body < 0 ? Math.min(max, kept.length) : body;
  for (let i = 1; i < end; i++) {
    const t = kept[i]!.text;
    if (t.length <= 80 && (t.includes(' - ') || t.includes(' – ') || t.includes(' | ') || t.includes(' — ')) && (AUTHOR_OUTLET.test(t) || TEAM_PLACE.test(t))) rows.push(i);
  }
  return rows;
}

/** A photo's credit in brackets after the caption's last sentence, its parts across a slash ("… Selasa (29/10/2024).
 *  (DEDI/JAMBI EKSPRES)", "(Rina/Kabar Banua)") … */
// (or an agency's name in capitals alone: check6/06, "Ilustrasi pengawasan pilkada. (ANTARA)")
const BRACKET_CREDIT_END = /[.!?]\s{0,2}\((?:[\p{L}\p{N}][\p{L}\p{N}.'’&-]{0,24}(?: [\p{L}\p{N}.'’&-]{1,24}){0,3}\s{0,2}\/\s{0,2}[\p{L}\p{N}][\p{L}\p{N}.'’&-]{0,24}(?: [\p{L}\p{N}.'’&-]{1,24}){0,3}|\p{Lu}[\p{Lu}\p{N}.&'’-]{1,24}(?: [\p{Lu}\p{N}.&'’-]{1,24}){0,2})\)$/u;

/** Indices (into `kept`) of photo captions between the headline (`kept[0]`) and the lead: above the first of the first
 *  `top` lines that opens with a strong dateline, a line ending with a bracketed credit (check6/01: the caption of the
 *  lead photo between the byline and "SAROLANGUN, JAMBIEKSPRES.CO.ID – …"). Above the dateline nothing is the story's
 *  text yet; without a dateline nothing goes (a wire story's last paragraph ends with such a credit too). */
export function captionsAboveLead(kept: readonly Line[], top: number): number[] {
  const out: number[] = [];
  // (a caption's credit first: most pages have none, and the dateline patterns are the dear part)
  let any = false;
  for (let i = 1; i < top && i < kept.length && !any; i++) any = BRACKET_CREDIT_END.test(kept[i]!.text);
  if (!any) return out;
  let lead = -1;
  for (let i = 1; i < top && i < kept.length; i++) {
    if (strongOnly(matchDateline(kept[i]!.text, false)) !== null) {
      lead = i;
      break;
    }
  }
  for (let i = 1; i < lead; i++) if (BRACKET_CREDIT_END.test(kept[i]!.text)) out.push(i);
  return out;
}

/** A label between furniture has at most this many words; the headline above it at least this many. */
export const SANDWICH_MAX_WORDS = 4;
export const SANDWICH_HEADLINE_MIN_WORDS = 4;

/** Indices (into `kept`) of labels between furniture above the first body line `body` (see the header); `nonBlank`
 *  is the whole page. */
export function sandwichedLabels(kept: readonly Line[], nonBlank: readonly Line[], body: number): number[] {
  // the headline: the last line above the first body line of SANDWICH_HEADLINE_MIN_WORDS words or more with no
  // sentence end (else the line right above the body); it never goes
  if (body < 1) return [];
  let headline = body - 1;
  for (let i = body - 1; i >= 0; i--) {
    const t = kept[i]!.text;
    // (a menu row or a masthead above a short headline is none: clean/page-top.ts)
    if (!SENTENCE_END.test(t) && countSpacedWords(t, SANDWICH_HEADLINE_MIN_WORDS) >= SANDWICH_HEADLINE_MIN_WORDS && !isTopFurniture(t)) {
      headline = i;
      break;
    }
  }
  const out: number[] = [];
  // (nonBlank is in line order and kept a subsequence of it: one walk finds each kept line's place)
  let at = 0;
  for (let i = 0; i < body; i++) {
    const l = kept[i]!;
    const t = l.text;
    while (at < nonBlank.length && nonBlank[at]!.no < l.no) at++;
    if (i === headline) continue;
    if (SENTENCE_END.test(t) || OPEN_END.test(t) || BODY_START.test(t) || countSpacedWords(t, SANDWICH_MAX_WORDS + 1) > SANDWICH_MAX_WORDS || hasFunctionWord(t)) continue;
    const prev = at > 0 ? nonBlank[at - 1]! : null;
    const next = at + 1 < nonBlank.length ? nonBlank[at + 1]! : null;
    if (prev === null || next === null) continue;
    // both neighbours removed: neither is the kept line before or after this one
    const before = i > 0 ? kept[i - 1]!.no : -1;
    const after = kept[i + 1]!.no;
    if (prev.no !== before && next.no !== after) out.push(i);
  }
  return out;
}

/** Step 3c: `kept` without its tail run (`tail-furniture-run`), its author rows (`author-outlet-row`) and its labels
 *  between furniture under the headline (`label-between-furniture`). */
export function withoutEdgeFurniture(kept: Line[], nonBlank: readonly Line[], later: (text: string) => boolean, isBodyStart: (text: string) => boolean, out: Gathered): Line[] {
  kept = withoutRunningHeads(kept, isBodyStart, out);
  const tail = tailRunStart(kept, nonBlank, later);
  let end = kept.length;
  if (tail < kept.length) {
    // (lines a later step removes stay for it: their removal keeps its own rule's name)
    const keepLater: Line[] = [];
    for (let k = tail; k < kept.length; k++) {
      const l = kept[k]!;
      if (later(l.text)) keepLater.push(l);
      else out.drop('furniture', 'tail-furniture-run', l.raw);
    }
    kept.length = tail;
    for (const l of keepLater) kept.push(l);
    end = tail;
  }
  // the page's tail as a region below the last prose and the foot (clean/tail-region.ts)
  const region = withoutTailRegion(kept, nonBlank, later, out);
  if (region !== kept) {
    kept = region;
    end = Math.min(end, kept.length);
  }
  const top = Math.min(end, AUTHOR_ROW_MAX_LINE);
  const body = firstBodyLine(kept, isBodyStart, top);
  const rows = authorRows(kept, body, top);
  const labels = sandwichedLabels(kept, nonBlank, body);
  const captions = captionsAboveLead(kept, top);
  if (rows.length === 0 && labels.length === 0 && captions.length === 0) return kept;
  const gone = new Set<number>();
  for (let i = 0; i < top && i < kept.length; i++) {
    if (rows.includes(i)) out.drop('byline', 'author-outlet-row', kept[i]!.raw);
    else if (labels.includes(i)) out.drop('furniture', 'label-between-furniture', kept[i]!.raw);
    else if (captions.includes(i)) out.drop('caption', 'caption-above-lead', kept[i]!.raw);
    else continue;
    gone.add(i);
  }
  return kept.filter((_, i) => !gone.has(i));
}

/** Whether line `i` of the page is the article's headline under a media label: `isLabelledHeadline`, and no other
 *  headline-cased line of as many words that no rule removes (`isFurniture`) stands between it and the first body line
 *  (`isBodyStart`) within
 *  LABELLED_HEADLINE_LOOKAHEAD lines (a mail's "Perihal: Rilis Berita - Apel …" above the release's own headline). */
export function isLabelledHeadlineAt(nonBlank: readonly Line[], i: number, isBodyStart: (text: string) => boolean, isFurniture: (text: string) => boolean): boolean {
  if (!isLabelledHeadline(nonBlank[i]!.text)) return false;
  for (let j = i + 1; j < nonBlank.length && j <= i + LABELLED_HEADLINE_LOOKAHEAD; j++) {
    const t = nonBlank[j]!.text;
    if (isBodyStart(t)) return true;
    // (a line a rule removes is no headline: "Tayang Senin, 4 November 2024 16:20 WIT")
    if (isFurniture(t)) continue;
    if (!SENTENCE_END.test(t) && countSpacedWords(t, HEADLINE_AFTER_LABEL_MIN_WORDS) >= HEADLINE_AFTER_LABEL_MIN_WORDS && isHeadlineCased(t)) return false;
  }
  return false;
}
export const LABELLED_HEADLINE_LOOKAHEAD = 8;

/** A running head has at most this many words. */
export const RUNNING_HEAD_MAX_WORDS = 8;

/** A running head's shape: two to RUNNING_HEAD_MAX_WORDS words in Title Case or capitals, with no sentence end (the
 *  cheap tests first: its length, a space, its last and first characters). */
function isHeadShape(text: string): boolean {
  const n = text.length;
  if (n > 120 || n < 3 || !text.includes(' ')) return false;
  const z = text.charCodeAt(n - 1);
  // . ! ? " ) … ” ’
  if (z === 46 || z === 33 || z === 63 || z === 34 || z === 41 || z === 0x2026 || z === 0x201d || z === 0x2019) return false;
  const a = text.charCodeAt(0);
  if (a < 128 ? !(a >= 65 && a <= 90) : !UPPER_FIRST.test(text)) return false;
  return !SENTENCE_END.test(text) && countSpacedWords(text, RUNNING_HEAD_MAX_WORDS + 1) <= RUNNING_HEAD_MAX_WORDS && isTitleCased(text);
}
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const PAGE_NUMBER = /^\d{1,4}$/u;

/** `kept` without a printed page's running head (`running-head-repeat`, clean5/09, a PDF dump: "LAPORAN HASIL
 *  PENGAWASAN" on top of the page and again where the next page starts): a line of a head's shape (`isHeadShape`) in
 *  capitals found twice or more, a copy after the first between two sentence lines of the body (a page break falls inside the text; a headline repeated by a related list below the body is not between
 *  body lines). Every copy goes, and so does a Title Case line repeated beside every copy of such a head or beside a
 *  bare page number (clean5b/04: "Bawaslu Kabupaten Sikka" over it), and a bare page number right above or below one; the headline right above the body's
 *  first line (`isBodyStart`) never does (a multi-page scrape repeats it: dedup takes the later copies). */
function withoutRunningHeads(kept: Line[], isBodyStart: (text: string) => boolean, out: Gathered): Line[] {
  // (first a cheap pass: only a page with a head-shaped line found twice goes on)
  let more: Set<string> | null = null;
  let twice = false;
  for (const l of kept) {
    const t = l.text;
    if (!isHeadShape(t)) continue;
    if ((more ??= new Set()).has(t)) {
      twice = true;
      break;
    }
    more.add(t);
  }
  if (!twice) return kept;
  const body = firstBodyLine(kept, isBodyStart, AUTHOR_ROW_MAX_LINE);
  const headline = body > 0 ? kept[body - 1]!.text : null;
  // per head-shaped line: how often it stands, and whether a copy after the first stands between two sentence lines
  const seen = new Map<string, { n: number; between: boolean }>();
  let sentenceAbove = false;
  let waiting: Array<{ n: number; between: boolean }> = [];
  for (const l of kept) {
    const t = l.text;
    if (SENTENCE_END.test(t)) {
      sentenceAbove = true;
      for (const w of waiting) w.between = true;
      if (waiting.length > 0) waiting = [];
      continue;
    }
    if (t === headline || !isHeadShape(t)) continue;
    let e = seen.get(t);
    if (e === undefined) seen.set(t, (e = { n: 0, between: false }));
    if (++e.n >= 2 && sentenceAbove) waiting.push(e);
  }
  // the heads in capitals; then a Title Case line repeated beside every copy of one, or beside a bare page number (a
  // pull quote's caption repeated is beside its quote, and stays)
  const gone: boolean[] = [];
  let any = false;
  for (let k = 0; k < kept.length; k++) {
    const t = kept[k]!.text;
    const e = seen.get(t);
    gone.push(e !== undefined && e.n >= 2 && e.between && !LOWER.test(t));
    if (gone[k]) any = true;
  }
  if (!any) return kept;
  for (const [t, e] of seen) {
    if (e.n < 2 || !LOWER.test(t)) continue;
    let beside = true;
    for (let k = 0; k < kept.length && beside; k++) {
      if (kept[k]!.text !== t) continue;
      const near = (j: number): boolean => gone[j] === true || (j >= 0 && j < kept.length && PAGE_NUMBER.test(kept[j]!.text));
      if (!near(k - 1) && !near(k + 1)) beside = false;
    }
    if (beside) for (let k = 0; k < kept.length; k++) if (kept[k]!.text === t) gone[k] = true;
  }
  const left: Line[] = [];
  for (let k = 0; k < kept.length; k++) {
    const l = kept[k]!;
    if (gone[k]) out.drop('furniture', 'running-head-repeat', l.raw);
    else if (PAGE_NUMBER.test(l.text) && (gone[k - 1] === true || gone[k + 1] === true)) out.drop('furniture', 'running-head-page-number', l.raw);
    else left.push(l);
  }
  return left;
}

/** A site's name repeated between body lines has at least this many words (one word, "Hukum", may be a subhead as
 *  much as a section label) and at most this many. */
export const MASTHEAD_MIN_WORDS = 2;
export const MASTHEAD_MAX_WORDS = 8;
const NAME_SEPARATORS = [' - ', ' – ', ' — ', ' | ', ': '] as const;

/**
 * `kept` (after the page head went) without a site's masthead repeated below the body's first line (`masthead-repeat`:
 * a TV site's station name, an outlet's "NAME - Portal Berita …" row dropped between paragraphs): a line with no
 * sentence end that is, letter case aside, a line of MASTHEAD_MIN_WORDS to MASTHEAD_MAX_WORDS words removed above the
 * body's first line (its masthead, its labels), alone or before a separator and a tagline; or, before a separator and a
 * tagline, the outlet the body's dateline names, spaces and domain aside (clean5b/01: "KENDARI POS - Media Terdepan di
 * Sultra" under "LASUSUA, KENDARIPOS.ID —"). The body's own subheads
 * are named by no line of the page head, and stay.
 */
export function withoutMastheadRepeats(kept: Line[], nonBlank: readonly Line[], isBodyStart: (text: string) => boolean, out: Gathered): Line[] {
  const body = firstBodyLine(kept, isBodyStart, AUTHOR_ROW_MAX_LINE);
  if (body < 0 || body + 1 >= kept.length) return kept;
  const first = kept[body]!.no;
  // the lines above the body's first line that no longer stand: removed by a rule or as labels
  let names: Set<string> | null = null;
  let k = 0;
  for (const l of nonBlank) {
    if (l.no >= first) break;
    while (k < kept.length && kept[k]!.no < l.no) k++;
    if (k < kept.length && kept[k]!.no === l.no) continue;
    const w = countSpacedWords(l.text, MASTHEAD_MAX_WORDS + 1);
    if (w >= MASTHEAD_MIN_WORDS && w <= MASTHEAD_MAX_WORDS && !SENTENCE_END.test(l.text)) (names ??= new Set()).add(l.text.toLowerCase());
  }
  // the outlet the body's dateline names, as letters only ("KENDARIPOS.ID" → "kendaripos": "KENDARI POS - Media …")
  const publisher = matchDateline(kept[body]!.text, true)?.dateline.publisher ?? null;
  if (publisher !== null) {
    const letters = lettersOf(publisher.toLowerCase().replace(DOMAIN_END, ''));
    if (letters.length >= 4) (names ??= new Set()).add(letters);
  }
  if (names === null) return kept;
  // (the cheap test in front: a line's first letter, lower-cased, opens one of the names)
  const opens = new Set<number>();
  for (const n of names) opens.add(n.charCodeAt(0));
  let gone: Set<number> | null = null;
  for (let i = body + 1; i < kept.length; i++) {
    const t = kept[i]!.text;
    const c = t.charCodeAt(0);
    if (!opens.has(c >= 65 && c <= 90 ? c + 32 : c > 127 ? t[0]!.toLowerCase().charCodeAt(0) : c) || t.length > 160 || SENTENCE_END.test(t)) continue;
    if (isMastheadOf(t.toLowerCase(), names)) {
      (gone ??= new Set()).add(i);
      out.drop('furniture', 'masthead-repeat', kept[i]!.raw);
    }
  }
  return gone === null ? kept : kept.filter((_, i) => !gone!.has(i));
}

function isMastheadOf(lower: string, names: ReadonlySet<string>): boolean {
  if (names.has(lower)) return true;
  for (const sep of NAME_SEPARATORS) {
    const at = lower.indexOf(sep);
    if (at <= 0) continue;
    const name = lower.slice(0, at);
    if (names.has(name) || names.has(lettersOf(name.replace(DOMAIN_END, '')))) return true;
  }
  return false;
}
/** A domain's ending: ".id", ".com", ".co.id". */
const DOMAIN_END = /(?:\.[a-z]{2,6}){1,2}$/u;
const NOT_LETTER = /[^\p{L}]+/gu;
function lettersOf(text: string): string {
  return text.replace(NOT_LETTER, '');
}

/** The author row is looked for among this many kept lines at the top. */
export const AUTHOR_ROW_MAX_LINE = 8;
