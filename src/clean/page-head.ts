// The page head: menu and section labels a scraper keeps above an article's headline (portal/12: "Kanal" /
// "Regional" / "Sulawesi" / headline; portal/14: "INDEKS" / "Pilkada 2024" / headline). Labels are named by no
// list (a region, a topic, a year), so they are found by position and shape: between the top of the page and the
// headline right above the first body paragraph, a line of a few words without sentence punctuation is not text.
// Cascade step 3b, after the line rules, on the lines they kept.
import { isLiveEntryStampAt } from './live-entries.js';
import type { Line } from './lines.js';
import { SECTION_LABELS } from '../lexicon/boilerplate.js';
import { MENU_EXTRA_WORDS, SITE_HEAD_NOUNS } from '../lexicon/page-meta.js';
import { MASTHEAD_CONNECTORS } from '../lexicon/page-head.js';
import { SPACE, alternationOf } from '../text/regex.js';
import { alt } from './rules/build.js';
import { isHeadlineCased, isShortHeadlineOverDeck, isTitleCased, letterWords } from './line-shape.js';
import { SENTENCE_END, opensBrokenLead } from './wrap.js';
import { matchDateline, strongOnly } from './dateline.js';
import { isHeadlineHalf, isTopFurniture } from './page-top.js';
import { endsWithBracketCredit } from './page-top-credits.js';
import { headBlocks } from './head-blocks.js';
// (the cascade reads the top of the page from here: the page head's labels, then page-top.ts's headline and furniture)
export { headlineOutOfHeader, titleCandidate, withoutPageTop } from './page-top.js';

/** The page's head: the lines above the first body-like line, at most this many non-blank lines of the input (a page that
 *  never reaches a body line, a list, ends its head here). A byline's date in the head gives `published` (cascade step 3;
 *  README, conventions): a menu of twenty entries, a masthead, a breadcrumb and the headline fit. */
export const HEAD_MAX_LINES = 30;
/** Settings: the first body paragraph is looked for among this many kept lines at the top (a one-word line, a menu's
 *  entry alone on its line, is not counted, as clean/page-top.ts counts: round 16, a WordPress daily's menu of places and
 *  rubrics, "Kaltara Pos" / "Tarakan" / "Nunukan" / "Malinau" / "Politik" / "E-Paper" / headline / "in Politik" / "0" /
 *  lead, put the lead twelfth; at most HEAD_MAX_LINES lines in all) … */
export const PAGE_HEAD_MAX_LINES = 8;
/** … the headline right above it has at least this many words (a real headline, not a label) … */
export const PAGE_HEAD_MIN_HEADLINE_WORDS = 5;
/** … and a label above the headline has at most this many words. */
export const PAGE_HEAD_LABEL_MAX_WORDS = 3;

/** … or at most this many when it is a masthead (below) shorter than a Title Case headline: a site's or an office's
 *  name, a menu (clean3/05: "Terkini Politik Hukum Ekonomi Olahraga"; clean3/08: "Dinas Komunikasi dan Informatika";
 *  regional3/04: "Kabar Desa Sukamaju | Informasi Seputar Desa"; regional3/10: "Portal Resmi Pemerintah Kabupaten
 *  Bantaeng"). A kicker of such words ("Sorotan Pilkada Serentak Nusantara") stays, and nothing goes above a
 *  sentence-case deck (seed 000: the headline above "Indeks kerawanan Pemilu di NTB, terutama …"). */
export const PAGE_HEAD_LONG_LABEL_MAX_WORDS = 7;
/** A masthead's word: capitalised, or one of a few connectors and separators; no digit (a headline names a year,
 *  a count or a date more often than not; a site's name never does). */
// (a capitalised word may close with the comma of a series: an office named by its tasks, check7/02 "Dinas Komunikasi,
// Informatika dan Persandian" under "PEMERINTAH KABUPATEN HALMAHERA BARAT"; a label never ends with one: LABEL_END)
const NAME_ROW_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’&-]*,?|${alternationOf(MASTHEAD_CONNECTORS, { space: SPACE.literal })}|&|[|–—·•-])$`, 'u');
const ROW_SEPARATOR = /\s[|–—·•]\s/u;
const SITE_HEAD = new RegExp(`^(?:${alt(SITE_HEAD_NOUNS)})(?![\\p{L}\\p{N}])`, 'iu');
const MENU_WORDS = new Set([...SECTION_LABELS, ...MENU_EXTRA_WORDS].filter((w) => !w.includes(' ')));
/** A masthead row: name words only, and a separator between a name and a tagline, an office's or a site's head noun
 *  first, or a menu (all its words but one section names). */
function isMastheadRow(text: string, headWords: number): boolean {
  const words = text.split(' ');
  let menu = 0;
  let named = 0;
  for (const w of words) {
    if (!NAME_ROW_WORD.test(w)) return false;
    if (!SEPARATOR_WORD.test(w)) named++;
    if (MENU_WORDS.has(w.toLowerCase())) menu++;
  }
  // (its words counted without separators; no longer than the headline)
  if (named > PAGE_HEAD_LONG_LABEL_MAX_WORDS || named > headWords) return false;
  return ROW_SEPARATOR.test(text) || SITE_HEAD.test(text) || menu >= named - 1;
}
const SEPARATOR_WORD = /^[|–—·•-]$/u;
/** Name words only (NAME_ROW_WORD), at most PAGE_HEAD_LONG_LABEL_MAX_WORDS and no more than the headline's. */
function isNameRow(text: string, headWords: number): boolean {
  const words = text.split(' ');
  if (words.length > PAGE_HEAD_LONG_LABEL_MAX_WORDS || words.length > headWords) return false;
  for (const w of words) if (!NAME_ROW_WORD.test(w)) return false;
  return true;
}
const LOWER_START = /^\p{Ll}/u;

/** A label: a few words, no sentence or clause punctuation at the end, not a quotation. */
const LABEL_END = /[.!?,;:…"”’)]$/u;
const QUOTE_START = /^["“‘']/u;

export interface PageHeadShape {
  /** Words of a line (spaced words, counted no further than `cap`). */
  words: (text: string, cap: number) => number;
  /** Whether a line opens the body (body-like, or a paragraph with a dateline). */
  isBodyStart: (text: string) => boolean;
  /** Whether a line is headline-like. */
  isHeadline: (text: string) => boolean;
}

/** Indices (into `kept`, ascending) of the label lines above the headline; empty when the page shows no
 *  headline right above its first body line. */
export function pageHeadLabels(kept: readonly Line[], shape: PageHeadShape): number[] {
  let body = -1;
  for (let i = 0, counted = 0; i < kept.length && i < HEAD_MAX_LINES && counted < PAGE_HEAD_MAX_LINES; i++) {
    if (kept[i]!.text.includes(' ')) counted++;
    // (or a lead broken before a capitalised word right after its dateline: check10/05, an e-paper, "PAMEKASAN, Radar
    // Madura – Seorang guru" / "SMP negeri …"; the line above it is the headline's second half, no label)
    if (shape.isBodyStart(kept[i]!.text) || isWrappedProse(kept, i, shape.words) || (i + 1 < kept.length && kept[i + 1]!.no === kept[i]!.no + 1 && opensBrokenLead(kept[i]!.text, kept[i + 1]!.text))) {
      body = i;
      break;
    }
  }
  let meta = metaRun(kept, body, shape.words);
  const handle = meta === 0 && body === 2 && isMetaLabel(kept[1]!.text, shape.words) && isHandleApartBelow(kept, body);
  if (handle) meta = 1;
  let head = body - 1 - meta;
  // (the headline may open the page, the menu above it gone to the line rules: a run of its meta labels still goes,
  // clean4/11 "in Daerah" / "0" under it; one label alone stays, set apart or not, so a second pass decides the same;
  // but one word alone whose meta row's other half a rule removed below it goes, the half gone on a second pass too:
  // round 16, "BeritaBitung" / "in Daerah" once post-category-line takes "in Daerah" — an author's or a site's handle,
  // never a deck, which has words)
  if (head < 0 || (head === 0 && meta < META_RUN_MIN && !handle)) return [];
  let h = kept[head]!.text;
  // a headline wrapped over two lines (clean4b/05, an e-paper: "Camat di Kampar Dilaporkan" / "ke Panwascam"): the
  // second starts in lower case, or is too short for a headline, right under a first with no end mark
  const above = kept[head - 1]!;
  const single = head;
  if ((LOWER_START.test(h) || shape.words(h, PAGE_HEAD_MIN_HEADLINE_WORDS) < PAGE_HEAD_MIN_HEADLINE_WORDS) && head >= 2 && above.no + 1 === kept[head]!.no && !LABEL_END.test(above.text)) {
    head--;
    h = `${above.text} ${h}`;
  }
  // (a widget with its item under a short headline is none: "ASN Wajib Netral" / "Trending: …", clean/page-top.ts)
  // (nor is a photo caption ending in its bracketed credit: "Ilustrasi Bawaslu (IDN Times/Tri Purna Jaya)" over the lead)
  if (!shape.isHeadline(h) || shape.words(h, PAGE_HEAD_MIN_HEADLINE_WORDS) < PAGE_HEAD_MIN_HEADLINE_WORDS || isTopFurniture(h) || endsWithBracketCredit(h)) return [];
  const headWords = shape.words(h, 31);
  const titled = isTitleCased(h);
  const labels: number[] = [];
  for (let i = 0; i < head; i++) {
    const t = kept[i]!.text;
    if (LABEL_END.test(t) || QUOTE_START.test(t)) continue;
    // (the first half of a headline wrapped on a hard-wrapped page stays: clean/page-top.ts joins the two)
    if (i === head - 1 && head === single && isHeadlineHalf(kept, i, body)) continue;
    // (a short headline right over a sentence-case deck stays: "ASN Wajib Netral" / "Bawaslu mengingatkan seluruh …")
    if (i === head - 1 && head === single && isHeadlineOverDeck(t, h, kept[i + 1]!.no === kept[i]!.no + 1)) continue;
    const w = shape.words(t, PAGE_HEAD_LONG_LABEL_MAX_WORDS + 1);
    if (w <= PAGE_HEAD_LABEL_MAX_WORDS || isLabelByLetters(t) || (titled && isMastheadRow(t, headWords))) labels.push(i);
  }
  // a row of name words between two labels is one more (clean4b/01, a village site: "Website Resmi Desa Sukamakmur" /
  // "Kecamatan Cibungbulang Kabupaten Bogor" / "Beranda"): a kicker stands right above its headline, not among labels
  if (titled) {
    for (let i = 1; i < head - 1; i++) {
      if (labels.includes(i) || !labels.includes(i - 1) || !labels.includes(i + 1)) continue;
      const t = kept[i]!.text;
      if (!LABEL_END.test(t) && isNameRow(t, headWords)) labels.push(i);
    }
    labels.sort((a, b) => a - b);
  }
  for (let k = body - meta; k < body; k++) labels.push(k);
  return labels;
}

/** A short headline over its deck (`isShortHeadlineOverDeck`, clean/line-shape.ts), right above it, and neither a
 *  menu's word in it nor a masthead's shape (a site's name over a sentence-case headline is a masthead row). */
function isHeadlineOverDeck(t: string, deck: string, adjacent: boolean): boolean {
  if (!adjacent || !isShortHeadlineOverDeck(t, deck)) return false;
  const words = t.split(' ');
  return !words.some((w) => MENU_WORDS.has(w.toLowerCase())) && !isMastheadRow(t, words.length) && !SITE_HEAD.test(t);
}

/** The sentence a hard wrap broke at line `i`: the line with the lines right under it that open in lower case, while no
 *  sentence ends (clean5/15, a circular: "Sehubungan dengan … dengan ini" / "diingatkan kembali kepada …"), at most
 *  WRAPPED_MAX_LINES lines. The line alone when nothing continues it. */
function wrappedSentence(kept: readonly Line[], i: number): string {
  let text = kept[i]!.text;
  for (let j = i + 1; j < kept.length && j <= i + WRAPPED_MAX_LINES; j++) {
    if (kept[j]!.no !== kept[j - 1]!.no + 1 || !LOWER_START.test(kept[j]!.text) || SENTENCE_END.test(kept[j - 1]!.text)) break;
    text = `${text} ${kept[j]!.text}`;
  }
  return text;
}
export const WRAPPED_MAX_LINES = 4;
/** A sentence a hard wrap broke over two lines or more, of at least this many words, is body (a headline wrapped over two
 *  lines is shorter: clean4b/05 "Camat di Kampar Dilaporkan" / "ke Panwascam"). */
export const WRAPPED_PROSE_MIN_WORDS = 12;
/** (A line in headline case is no such sentence's start, nor is a short line a wrap's continuation: a headline opening
 *  the page above its meta row "in Daerah".) */
function isWrappedProse(kept: readonly Line[], i: number, words: (text: string, cap: number) => number): boolean {
  const first = kept[i]!.text;
  const t = wrappedSentence(kept, i);
  if (t.length === first.length) return false;
  // (a wrapped lead whose first line is its dateline and subject, all capitalised, is prose all the same: check8/05,
  // "AMLAPURA, NusaBali – Bawaslu Karangasem" / "meminta para perbekel …"; its strong dateline says so)
  if (isHeadlineCased(first) && strongOnly(matchDateline(t, false)) === null) return false;
  return words(t.slice(first.length + 1), WRAPPED_PROSE_MIN_WORDS) >= PAGE_HEAD_LABEL_MAX_WORDS + 1 && words(t, WRAPPED_PROSE_MIN_WORDS) >= WRAPPED_PROSE_MIN_WORDS;
}

/** A label counted by the words that hold a letter, when a figure stands among them: a widget's figures and signs are no words (clean5/03, a ticker:
 *  "IHSG 7.215,34 ▲ 0,42%"; clean5/06, a station: "Pro 1 FM 94.0 MHz"). */
function isLabelByLetters(text: string, signs: RegExp = FIGURE_TOKEN): boolean {
  return !LABEL_END.test(text) && !QUOTE_START.test(text) && !BODY_ITEM.test(text) && signs.test(text) && letterWords(text, PAGE_HEAD_LABEL_MAX_WORDS + 1) <= PAGE_HEAD_LABEL_MAX_WORDS;
}
/** A widget's figure: a number with a decimal or thousands separator or a unit sign ("7.215,34", "0,42%", "94.0",
 *  "31°"), or an arrow. A year or a count ("Pilkada 2024") is a kicker's word, and a row of plain numbers a table's
 *  ("Palm Bay 18 22 13 17 — 70"). */
const FIGURE_TOKEN = /\p{N}[.,]\p{N}|\p{N}[%°]|[▲▼△▽↑↓]/u;
/** … and below the headline a bar or a bullet between a name and its tagline too ("Guru | Penulis lepas"). */
const META_SIGN = /\p{N}[.,]\p{N}|\p{N}[%°]|[▲▼△▽↑↓]| [|·•] /u;
/** A meta label above the body: a label by its spaced words or by its letter words. */
function isMetaLabel(text: string, words: (text: string, cap: number) => number): boolean {
  if (words(text, PAGE_HEAD_LABEL_MAX_WORDS + 1) <= PAGE_HEAD_LABEL_MAX_WORDS) return !LABEL_END.test(text) && !QUOTE_START.test(text) && !BODY_ITEM.test(text);
  return isLabelByLetters(text, META_SIGN);
}
/** A list item or a bulleted line: body whatever its length. */
const BODY_ITEM = /^(?:[-–—•*·]\s|(?:\d{1,2}|[a-zA-Z])[.)]\s)/u;

/**
 * How many lines right above the first body line `body` are the page's meta labels, between the headline and the
 * body (clean5/02, a live blog's "Refresh" under the date; clean5/07, a view count "1.204 kali ditonton"; clean5/05, a
 * blog's author and tagline "Yohanes Bili Lero" / "Guru | Penulis lepas"): labels by their words or
 * their letter words (`isMetaLabel`) in a run of META_RUN_MIN lines or more, or one set apart from the line above by a line a rule
 * removed. One label right under the line above may be the end of a wrapped headline ("… Diduga Arahkan Guru" /
 * "Pilih Paslon Tertentu"): it stays (0).
 */
function metaRun(kept: readonly Line[], body: number, words: (text: string, cap: number) => number): number {
  let top = body;
  while (top >= 2 && isMetaLabel(kept[top - 1]!.text, words)) top--;
  const run = body - top;
  if (run === 0 || run >= META_RUN_MIN) return run;
  return kept[top - 1]!.no + 1 !== kept[top]!.no ? run : 0;
}
/** A run of this many meta labels above the body goes whatever stands above it. */
export const META_RUN_MIN = 2;
/** The line right above the body is one word with no end mark, and a line a rule removed stands between it and the body. */
function isHandleApartBelow(kept: readonly Line[], body: number): boolean {
  const l = kept[body - 1]!;
  return !l.text.includes(' ') && !LABEL_END.test(l.text) && kept[body]!.no !== l.no + 1;
}

/** A page title scraped above the article (regional2/02, Blogger: "Kabar Lotim Online: Camat Diminta Awasi ASN di
 *  Wilayahnya" above "Camat Diminta Awasi ASN di Wilayahnya"; WordPress: "Headline – Site"): the headline of one of
 *  the next few lines, with the site's name before or after it across a title separator. */
const TITLE_SEPARATORS = [': ', ' - ', ' – ', ' — ', ' | ', ' · ', ' :: ', ' » '] as const;
/** The site's name in such a title has at most this many words; the headline looked for is within this many lines. */
export const PAGE_TITLE_SITE_MAX_WORDS = 6;
export const PAGE_TITLE_LOOKAHEAD = 3;

function isPageTitleOf(title: string, headline: string, shape: PageHeadShape): boolean {
  if (title.length <= headline.length + 2 || !(title.endsWith(headline) || title.startsWith(headline))) return false;
  for (const sep of TITLE_SEPARATORS) {
    let site: string | null = null;
    if (title.endsWith(sep + headline)) site = title.slice(0, title.length - headline.length - sep.length);
    else if (title.startsWith(headline + sep)) site = title.slice(headline.length + sep.length);
    if (site !== null && site.trim() !== '' && !LABEL_END.test(site) && shape.words(site, PAGE_TITLE_SITE_MAX_WORDS + 1) <= PAGE_TITLE_SITE_MAX_WORDS) return true;
  }
  return false;
}

/** Indices (into `kept`) of page-title lines among the first lines: a headline-like line below repeats them
 *  without the site's name. */
export function pageTitleLines(kept: readonly Line[], shape: PageHeadShape): number[] {
  const out: number[] = [];
  for (let i = 0; i < kept.length - 1 && i < PAGE_HEAD_MAX_LINES; i++) {
    const t = kept[i]!.text;
    for (let j = i + 1; j < kept.length && j <= i + PAGE_TITLE_LOOKAHEAD; j++) {
      const h = kept[j]!.text;
      if (isPageTitleOf(t, h, shape) && shape.isHeadline(h)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** `kept` without its page title (`pageTitleLines`, dropped as `page-title-line`) and its page-head labels
 *  (`page-head-label`), each handed to `drop` (rule, raw text) first. */
export function withoutPageHead(lines: Line[], shape: PageHeadShape, drop: (rule: string, raw: string) => void): Line[] {
  // (the head's blocks first: a summary box, a breadcrumb, clean/head-blocks.ts)
  const blocks = headBlocks(lines, shape.isBodyStart);
  for (const b of blocks) drop(b.rule, lines[b.index]!.raw);
  const all = blocks.length === 0 ? lines : lines.filter((_, i) => !blocks.some((b) => b.index === i));
  const titles = pageTitleLines(all, shape);
  for (const i of titles) drop('page-title-line', all[i]!.raw);
  const kept = titles.length === 0 ? all : all.filter((_, i) => !titles.includes(i));
  // (a live report's stamp over its entry is body, clean/live-entries.ts)
  const labels = pageHeadLabels(kept, shape).filter((i) => !isLiveEntryStampAt(kept, i));
  if (labels.length === 0) return kept;
  for (const i of labels) drop('page-head-label', kept[i]!.raw);
  const gone = new Set(labels);
  return kept.filter((_, i) => !gone.has(i));
}
