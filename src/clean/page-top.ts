// The top of a scraped page, read at cascade step 7 on the paragraphs left: which paragraph is the headline, and the
// furniture standing above it (a menu row, a breadcrumb, a masthead with its slogan or date, a date/weather widget,
// an account row, a search box, a ticker, an ad label, "Diposting oleh …", "Video Player", "Berbagi:"). Issue 22: "A
// title that is boilerplate is no title" (a blind set found such lines kept and taken as the title on most pages).
//
// The headline is the headline-like paragraph right above the first body paragraph (the lead: body-like, or opening
// with a dateline), once the widget lines between them are stepped over; a short label or a sentence-case deck right
// above the lead stands under a fuller Title Case headline, which is then the headline. Above the headline, a line of a
// known class (lexicon/page-top.ts) goes, and so does a label of at most PAGE_TOP_LABEL_MAX_WORDS words; a kicker of
// more words stays (it is text); when a sentence stands above the headline, the top is left as it is. A page whose lead
// has only widget lines above it has no headline.
import { isLiveEntryStampAt } from './live-entries.js';
import type { Para } from './lines.js';
import { TOP_MENU_WORDS } from '../lexicon/page-top.js';
import { isItemRow, isMenuPlaceRow } from './menu-rows.js';
import { BREADCRUMB_HOMES } from '../lexicon/boilerplate.js';
import { CREDIT_CAPTION_MAX_WORDS, isCaptionAboveLead } from './page-top-credits.js';
import { hasFourDigits, HEADER_DATE_LINE } from './rules/build.js';
import { isLabelledHeadline, opensWithPredicate } from './line-shape.js';
import { isBodyLike } from './blocks.js';
import { matchDateline } from './dateline.js';
import { countSpacedWords } from '../text/words.js';
import { firstWord, HOME, isMenuRow, isOfficeName, isMotto, isTopFurniture, QUOTE_START, wordCount } from './page-top-lines.js';
import { FULL_HEADLINE_MIN_WORDS, HEADER_HEADLINE_MIN_WORDS, isFullerAbove, isSentence, isShortLabel, isSubjectOverPredicate, isWrappedHeadline, mayBeHeadline, type PageTopShape } from './page-top-headline.js';

export { isMasthead, isMenuRow, isMotto, isOfficeName, isTopFurniture, MASTHEAD_MAX_WORDS, MASTHEAD_TAIL_MAX_WORDS, MOTTO_MAX_ITEMS, OFFICE_NAME_MAX_WORDS, SLOGAN_ITEM_MAX_WORDS, TOP_FURNITURE_MAX_CHARS, TOP_FURNITURE_MAX_SENTENCE_WORDS } from './page-top-lines.js';
export { FULL_HEADLINE_MIN_WORDS, HEADER_HEADLINE_MIN_WORDS, headlineOutOfHeader, isHeadlineHalf, PAGE_TOP_LABEL_MAX_WORDS, type PageTopShape, WRAPPED_HALF_MAX_WORDS } from './page-top-headline.js';

/** Settings: the lead is looked for among this many paragraphs at the top (a one-word label, a menu item alone on its
 *  line, is not counted: check8/01 "Tribun Network" / "Flores" / "Kupang" / "Sumba" / "Timor" / "Video" above the
 *  headline, a credit and its caption put the lead ninth) … */
export const PAGE_TOP_MAX_PARAGRAPHS = 8;
/** … and among at most this many paragraphs in all. */
export const PAGE_TOP_MAX_LINES = 20;

/** Whether a paragraph opens the body: body-like, or with the dateline step 6 found on it (read from the paragraph when
 *  step 6 kept it: the dateline patterns are the dear part). */
function isBodyStartPara(p: Para, shape: PageTopShape): boolean {
  if (p.dateline === undefined) return shape.isBodyStart(p.text);
  return p.dateline !== null || isBodyLike(p.text, countSpacedWords(p.text, 25));
}

/** Top furniture, but a live report's stamp over its entry (clean/live-entries.ts: body, with no lead above it). */
function isTopWidget(paras: readonly Para[], i: number): boolean {
  return isTopFurniture(paras[i]!.text) && !isLiveEntryStampAt(paras, i);
}

/** `paras` without the furniture above the headline (each handed to `drop` with its rule's name first); a headline
 *  wrapped over two paragraphs becomes one. */
export function withoutPageTop(paras: Para[], shape: PageTopShape, drop: (rule: string, text: string) => void, credited: readonly number[] = [], lines: ReadonlyArray<{ no: number; text: string }> = []): Para[] {
  let body = -1;
  for (let i = 0, counted = 0; i < paras.length && i < PAGE_TOP_MAX_LINES && counted < PAGE_TOP_MAX_PARAGRAPHS; i++) {
    // (a masthead with its slogan reads as a dateline, "Radar Sulteng - Koran …": no lead)
    const t = paras[i]!.text;
    if (t.includes(' ')) counted++;
    if (isBodyStartPara(paras[i]!, shape) && !isTopFurniture(t) && !(isCreditedCaption(paras[i]!, credited) && opensBody(paras, i + 1))) {
      body = i;
      break;
    }
  }
  if (body < 1) return paras;
  // (a live report's first stamp right above the prose found is its body's start, never the headline: "LIVE UPDATE:
  // Pemungutan Suara …" / "17.05 WIT" / "Hingga penutupan TPS, Bawaslu … ." took the stamp for the title; read so when a
  // headline longer than a label stands above the stamp, else the stamp stays the candidate as before and the lines above
  // it are judged: "Live: Teluk TV", a stream's link, goes as a label)
  let first = body;
  while (first >= 1 && isLiveEntryStampAt(paras, first - 1)) first--;
  let [gone, h] = widgetsAbove(paras, first, credited, shape);
  if (first < body && (h < 0 || !shape.isHeadline(paras[h]!.text) || paras[h]!.text.endsWith(')') || isShortLabel(paras[h]!.text))) [gone, h] = widgetsAbove(paras, body, credited, shape);
  else body = first;
  // (a site's tagline is never the headline, check22/08, a Blogspot post: "Suara Rakyat dari Pesisir Teluk Cenderawasih"
  // / menu / "Label: Politik" / "Bawaslu Waropen Tangani Empat Kasus Netralitas" / "Foto: Ilustrasi/Waropen Bersuara" /
  // lead — the headline-shaped line right under the tagline, over its photo credit, is the headline, not a caption: a
  // caption ends in a stop or a date's bracket)
  if (h >= 0 && gone.has(h + 1) && !isTopWidget(paras, h + 1) && shape.isHeadline(paras[h + 1]!.text) && !/[.!?…)]$/u.test(paras[h + 1]!.text) && isTagline(paras, h, lines)) gone.delete(++h);
  // (no headline: the widgets go, unless one of them may be a short headline that only looks like a masthead)
  if (h < 0) return [...gone].some((i) => mayBeHeadline(paras[i]!.text, shape)) ? paras : dropAll(paras, gone, 'page-top-widget', drop);
  // (the line right above the lead's widgets may be the author's bare name over the post's date, under the headline: it
  // goes, and the headline is the line above it)
  let byline = -1;
  // (a fuller headline, FULL_HEADLINE_MIN_WORDS words or more: under a rubric, "Pilkada 2024" / "Dua Lurah Langgar
  // Netralitas" / date row, the short line is the headline, round 16's paradigm)
  const over = h >= 1 ? paras[h - 1]!.text : '';
  if (h >= 1 && isBylineName(paras, h, lines) && shape.isHeadline(over) && !isTopFurniture(over) && wordCount(over) >= FULL_HEADLINE_MIN_WORDS) byline = h--;
  const cand = paras[h]!.text;
  if (!shape.isHeadline(cand) || cand.endsWith(')')) return paras;
  if (h >= 1 && (isWrappedHeadline(paras[h - 1]!, paras[h]!, paras[body]!, shape) || isSubjectOverPredicate(paras[h - 1]!, paras[h]!))) {
    const upper = paras[h - 1]!;
    const lower = paras[h]!;
    lower.text = `${upper.text} ${lower.text}`;
    lower.firstLine = upper.firstLine;
    lower.dateline = undefined;
    paras.splice(h - 1, 1);
    return withoutPageTop(paras, shape, drop, credited, lines);
  }
  // (a masthead's tagline, a menu under it, is no fuller headline over a sentence-case one: clean19, "Berita Terkini dari
  // Tanah Rencong" / menu / "Panwaslih Pidie Jaya catat sembilan dugaan …" / lead)
  if (h >= 1 && isFullerAbove(paras[h - 1]!.text, cand, shape) && !isTagline(paras, h - 1, lines)) h--;
  for (let i = 0; i < h; i++) {
    if (isSentence(paras[i]!.text)) return gone.size === 0 ? paras : dropAll(paras, gone, 'page-top-widget', drop);
  }
  // (a kicker of more words, "Sorotan Pilkada Serentak Nusantara", "Dinas Pendidikan Pilkada 2024", stays: it is text)
  const above = new Set<number>();
  // (a slogan of parallel clauses goes only in a masthead: a site's name or a menu above the headline with it, here or
  // among the lines the earlier steps removed)
  let masthead = cutAbove(paras, h, lines);
  for (let i = 0; i < h && !masthead; i++) masthead = isTopFurniture(paras[i]!.text) || isOfficeName(paras[i]!.text);
  for (let i = 0; i < h; i++) {
    const t = paras[i]!.text;
    if (isTopWidget(paras, i) || isOfficeName(t)) drop('page-top-widget', t);
    else if (isMotto(t, masthead)) drop('page-top-motto', t);
    else if (isShortLabel(t)) drop('page-top-label', t);
    else if (isTagline(paras, i, lines)) drop('page-top-tagline', t);
    else continue;
    above.add(i);
  }
  // (its index stays valid in `rest`: the widgets in `gone` all stand below it)
  if (byline >= 0) {
    drop('page-top-byline', paras[byline]!.text);
    above.add(byline);
  }
  const rest = dropAll(paras, gone, 'page-top-widget', drop);
  return above.size === 0 ? rest : rest.filter((_, i) => !above.has(i));
}

/** The paragraph dedup protects as the title (cascade step 6): the first one, or the one right under a masthead's tagline
 *  that the earlier steps left on top (clean19, check24b/04's kind, a wire's regional site: "Berita Terkini dari Tanah
 *  Rencong" / menu / "Panwaslih Pidie Jaya catat sembilan dugaan …" / date row / "Meureudu (ANTARA) - Panwaslih …
 *  mencatat sembilan dugaan …"): a tagline is no title, and the sentence-case headline under it, which the lead restates,
 *  is no pull quote. */
export function titleCandidate(paras: readonly Para[], lines: ReadonlyArray<{ no: number; text: string }>): number {
  return paras.length > 2 && isTagline(paras, 0, lines) ? 1 : 0;
}

/** An author's bare name between the headline and the lead, on the line right above the post's date that an earlier step
 *  removed (round 18, clean18, an IDN Times regional page: headline / "Tri Purna Jaya" / "12 Okt 2024, 09:30 WIB" /
 *  lead): one line of 2 to BYLINE_NAME_MAX_WORDS capitalised words, no digit, no end mark, no headline predicate. A
 *  deck is a sentence; a kicker stands above the headline, not over a date line. */
function isBylineName(paras: readonly Para[], i: number, lines: ReadonlyArray<{ no: number; text: string }>): boolean {
  const p = paras[i]!;
  const next = paras[i + 1];
  const t = p.text;
  const words = t.split(' ');
  if (next === undefined || p.firstLine !== p.lastLine || words.length < 2 || words.length > BYLINE_NAME_MAX_WORDS) return false;
  if (/[\d.,;:!?…"“”)|]/u.test(t) || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) || words.some((w) => opensWithPredicate(w))) return false;
  // (the next non-blank line, removed: it stands above the next paragraph kept)
  const below = lines.find((l) => l.no > p.lastLine);
  return below !== undefined && below.no < next.firstLine && hasFourDigits(below.text) && HEADER_DATE_LINE.test(below.text.trim());
}
/** An author's name has at most this many words (a given name, a middle name or two and a family name: "Yohanes
 *  Kurniawan Wonda", "Rizky Adha Mahendra Putra"); a kicker or a deck under the headline runs longer. */
export const BYLINE_NAME_MAX_WORDS = 4;

/** A site's tagline in its masthead (round 15, check16/06 and /07, a Blogspot's and a WordPress site's: "MOROTAI NEWS" /
 *  "Berita Terkini dari Bumi Moro" / "Beranda" / "Politik" / … / headline): a line of at most TAGLINE_MAX_WORDS words, no
 *  digit, no end mark, with a line an earlier step removed right above it (the site's name) and a menu right under it
 *  (at least TAGLINE_MIN_MENU_LINES removed lines between it and the next paragraph that are menu entries or menu rows).
 *  A kicker stands right above its headline; a headline over a byline and a deck has no menu under it. */
function isTagline(paras: readonly Para[], i: number, lines: ReadonlyArray<{ no: number; text: string }>): boolean {
  const p = paras[i]!;
  const next = paras[i + 1];
  if (next === undefined || p.firstLine !== p.lastLine || /\d|[.!?,;:…"”’)]$/u.test(p.text) || wordCount(p.text) > TAGLINE_MAX_WORDS || QUOTE_START.test(p.text)) return false;
  let above = false;
  let menu = 0;
  for (const l of lines) {
    if (l.no === p.firstLine - 1) above = true;
    else if (l.no > p.lastLine && l.no < next.firstLine && isMenuEntryLine(l.text)) menu++;
  }
  return above && menu >= TAGLINE_MIN_MENU_LINES && (i === 0 || paras.slice(0, i).every((q) => isTopFurniture(q.text) || isShortLabel(q.text)));
}
export const TAGLINE_MAX_WORDS = 8;
export const TAGLINE_MIN_MENU_LINES = 2;
const MENU_ENTRY = new Set([...TOP_MENU_WORDS, ...BREADCRUMB_HOMES].map((w) => w.toLowerCase()));
/** A menu's entry alone on its line ("Beranda", "Sosial Budaya"), or a row of them, or a breadcrumb. */
function isMenuEntryLine(text: string): boolean {
  return MENU_ENTRY.has(text.toLowerCase()) || isMenuRow(text) || isItemRow(text) || isMenuPlaceRow(text) || HOME.has(firstWord(text));
}

/** Whether an earlier step removed a line above paragraph `h` (`lines`: the input's non-blank lines, in order): more
 *  of them stand above its first line than paragraphs 0…h-1 hold. */
function cutAbove(paras: readonly Para[], h: number, lines: ReadonlyArray<{ no: number }>): boolean {
  const top = paras[h]!.firstLine;
  let above = 0;
  while (above < lines.length && lines[above]!.no < top) above++;
  let held = 0;
  for (let i = 0; i < h; i++) for (const l of lines) if (l.no >= paras[i]!.firstLine && l.no <= paras[i]!.lastLine) held++;
  return above > held;
}

/** A caption read by its credit (`credited`: the lines whose photo credit was cut from their end or stood right under
 *  them, cascade step 3 and 5): one paragraph of at most CREDIT_CAPTION_MAX_WORDS words with no dateline ("KLARIFIKASI:
 *  Suasana klarifikasi di kantor Bawaslu, kemarin. (NAMA/RADAR BALI)", check14/06; "Bawaslu (ilustrasi). Bawaslu
 *  Situbondo menemukan …" over "Foto: Republika/Nama", check14/03). It is not the lead when the paragraph under it opens
 *  with a dateline (the lead's own mark: a caption credited between two body paragraphs, or a one-paragraph story
 *  credited at its end, stays), and it goes only right above the lead (withoutPageTop). */
function isCreditedCaption(p: Para, credited: readonly number[]): boolean {
  if (credited.length === 0 || !credited.includes(p.lastLine) || p.firstLine !== p.lastLine) return false;
  return p.dateline !== undefined ? p.dateline === null && wordCount(p.text) <= CREDIT_CAPTION_MAX_WORDS : wordCount(p.text) <= CREDIT_CAPTION_MAX_WORDS && matchDateline(p.text, true) === null;
}

/** The widget lines right above the lead at `body`, stepped over upwards, and the first paragraph above them (-1: none).
 *  A caption whose credit a rule cut, or whose credit line stood right under it (`credited`, its last line's number),
 *  is one of them. A headline under a live or media kicker, "LIVE UPDATE: Pemungutan Suara Pilkada Garut 2024", is the
 *  headline, not a ticker's item, when it stands in the headline's place: right above the lead with only widgets
 *  between, and no headline above it across widgets (a ticker's item under the headline, "Breaking News: Harga Cabai
 *  Turun …" between the headline and the lead, stays a widget; one above the headline goes with the lines above it). */
function widgetsAbove(paras: readonly Para[], body: number, credited: readonly number[], shape: PageTopShape): [Set<number>, number] {
  const kicked = walkUp(paras, body, credited, true);
  const h = kicked[1];
  if (h < 0 || !isTopWidget(paras, h)) return kicked;
  const plain = walkUp(paras, body, credited, false);
  const upper = plain[1] < 0 ? '' : paras[plain[1]]!.text;
  // (a short headline over a ticker's item holds its place, "ASN Wajib Netral" / "Breaking News: Harga Cabai Turun di
  // Pasar Induk" / lead; a rubric of fewer words, "Pilkada 2024", does not)
  return upper !== '' && shape.isHeadline(upper) && !upper.endsWith(')') && !isSentence(upper) && wordCount(upper) >= HEADER_HEADLINE_MIN_WORDS ? plain : kicked;
}
function walkUp(paras: readonly Para[], body: number, credited: readonly number[], kicked: boolean): [Set<number>, number] {
  const gone = new Set<number>();
  let h = body - 1;
  while (h >= 0 && ((isTopWidget(paras, h) && !(kicked && isLabelledHeadline(paras[h]!.text, true))) || isCaptionAboveLead(paras[h]!.text) || (isCreditedCaption(paras[h]!, credited) && opensBody(paras, body)))) gone.add(h--);
  return [gone, h];
}

/** Whether paragraph `body` opens the story by its own mark: a dateline, or a live report's first stamp over its entry
 *  (a TV live page: "Ilustrasi TPS di Kumurkek. (TVRI/Nama)" / "17.05 WIT" / "Hingga penutupan TPS, … ."). */
function opensBody(paras: readonly Para[], body: number): boolean {
  return body < paras.length && (opensWithDateline(paras[body]) || isLiveEntryStampAt(paras, body));
}

/** Whether a paragraph opens with a dateline (read from step 6's match when it kept one). */
function opensWithDateline(p: Para | undefined): boolean {
  if (p === undefined) return false;
  return (p.dateline === undefined ? matchDateline(p.text, true) : p.dateline) !== null;
}

function dropAll(paras: Para[], gone: ReadonlySet<number>, rule: string, drop: (rule: string, text: string) => void): Para[] {
  if (gone.size === 0) return paras;
  for (const i of [...gone].sort((a, b) => a - b)) drop(rule, paras[i]!.text);
  return paras.filter((_, i) => !gone.has(i));
}
