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
import { TIME_ZONES } from '../lexicon/calendar.js';
import { isLiveEntryStampAt } from './live-entries.js';
import type { Para } from './lines.js';
import { COUNT_ABBREVIATIONS, OFFICE_HEAD_NOUNS, OFFICE_NAME_JOINERS, OUTLET_BRAND_WORDS, OUTLET_STATION_WORDS, OUTLET_DOMAIN_ENDS, TOP_MENU_WORDS, TOP_WIDGET_LABELS } from '../lexicon/page-top.js';
import { isItemRow, isMenuPlaceRow, isStationMasthead, isUnitMasthead } from './menu-rows.js';
import { POST_NAV_LABELS } from '../lexicon/page-meta.js';
import { BREADCRUMB_HOMES } from '../lexicon/boilerplate.js';
import { CREDIT_CAPTION_MAX_WORDS, isCaptionAboveLead } from './page-top-credits.js';
import { POSTED_VERBS } from '../lexicon/page-furniture.js';
import { MOTTO_JOINERS, MOTTO_VALUES } from '../lexicon/furniture-classes.js';
import { alt, hasFourDigits, HEADER_DATE_LINE } from './rules/build.js';
import { firstMatch, rulesOf } from './rules/match.js';
import { isLabelledHeadline, isShortHeadlineOverDeck, isTitleCased, opensWithPredicate } from './line-shape.js';
import { isBodyLike } from './blocks.js';
import { matchDateline } from './dateline.js';
import { countSpacedWords } from '../text/words.js';

/** Settings: the lead is looked for among this many paragraphs at the top (a one-word label, a menu item alone on its
 *  line, is not counted: check8/01 "Tribun Network" / "Flores" / "Kupang" / "Sumba" / "Timor" / "Video" above the
 *  headline, a credit and its caption put the lead ninth) … */
export const PAGE_TOP_MAX_PARAGRAPHS = 8;
/** … and among at most this many paragraphs in all. */
export const PAGE_TOP_MAX_LINES = 20;
/** … a label above the headline has at most this many words whatever its case … */
export const PAGE_TOP_LABEL_MAX_WORDS = 3;
/** … a masthead of brand words has at most this many words before its separator … */
export const MASTHEAD_MAX_WORDS = 4;
/** … its slogan, city or date after a separator at most this many … */
export const MASTHEAD_TAIL_MAX_WORDS = 8;
/** … a line ending as a sentence is furniture only when this short ("Cari berita...") … */
export const TOP_FURNITURE_MAX_SENTENCE_WORDS = 4;
/** … a furniture line is at most this long (a ticker's item included) … */
export const TOP_FURNITURE_MAX_CHARS = 160;
/** … a fuller headline above a short label has at least this many words, the label at most PAGE_TOP_LABEL_MAX_WORDS … */
export const FULL_HEADLINE_MIN_WORDS = 5;
/** … and each half of a headline wrapped over two lines has at most this many words. */
export const WRAPPED_HALF_MAX_WORDS = 7;

export interface PageTopShape {
  /** Whether a paragraph opens the body (body-like, or with a dateline). */
  isBodyStart: (text: string) => boolean;
  /** Whether a paragraph is headline-like. */
  isHeadline: (text: string) => boolean;
}

const SEP = '[|/»›>·•:–—-]';
const WIDGET_ALT = alt(TOP_WIDGET_LABELS);
/** Widget labels, one or a row of them ("Login Register", "Masuk Daftar"), alone or with their content after a colon, a
 *  separator or an ellipsis. */
const WIDGET = new RegExp(`^(?:${WIDGET_ALT})(?:\\s{1,2}(?:${WIDGET_ALT}))*(?:\\s{0,2}(?:\\.{2,}|…|${SEP}).*)?$`, 'iu');
/** The first words of the widget labels, and of the previous/next and posted-by lines: the patterns are tried only on a
 *  line that opens with one (lower-case, up to its first space, slash, colon or dot). */
const firstWord = (t: string): string => /^[^\s/:.|…]*/u.exec(t)![0].toLowerCase();
const WIDGET_FIRST = new Set(TOP_WIDGET_LABELS.map(firstWord));
const NAV_FIRST = new Set([...POST_NAV_LABELS, ...POSTED_VERBS].map(firstWord));
const POST_NAV = new RegExp(`^(?:${alt(POST_NAV_LABELS)})\\s{0,2}:`, 'iu');
const POSTED_BY = new RegExp(`^(?:${alt(POSTED_VERBS)})\\s{1,2}(?:oleh|by)\\b`, 'iu');
const BRAND = new Set(OUTLET_BRAND_WORDS);
const STATION_BRAND = new Set(OUTLET_STATION_WORDS);
const DOMAIN = new RegExp(`^[\\p{L}\\p{N}-]{2,}\\.(?:${alt(OUTLET_DOMAIN_ENDS)})$`, 'iu');
const MENU_WORDS = new Set(TOP_MENU_WORDS.filter((w) => !w.includes(' ')));
const MENU_SEP = /^[|/»›>·•,–—-]$/u;
/** A date, time or weather widget: a header date (with a time or a zone), a time, a temperature. */
const TEMPERATURE = /\d\s{0,2}°\s{0,2}[CF]?\b/u;
/** A reaction, response or view counter alone on its line (check23/11, a Medium-like post: "128" / "7" between the
 *  headline and the lead, or above a lead with no headline line): a count of up to three digits, with thousands groups
 *  ("2.450") or a short decimal and an abbreviation ("1,2K"). A year ("2024") has no group and is no counter. */
const COUNTER = new RegExp(`^\\d{1,3}(?:[.,]\\d{3})*$|^\\d{1,3}(?:[.,]\\d)?\\s?(?:${alt(COUNT_ABBREVIATIONS)})$`, 'iu');
const TIME_ONLY = new RegExp(`^\\d{1,2}[:.]\\d{2}(?:\\s{1,3}(?:${alt(TIME_ZONES)}))?$`, 'u');

/** A masthead: a few capitalised words opened or closed by an outlet's brand word or written as a domain, alone or
 *  followed by a separator and its slogan, city or date ("Radar Sulteng", "Lampung Post", "Pos Kupang | Berita Terkini
 *  NTT", "SuaraBengkulu.id"). */
export function isMasthead(text: string): boolean {
  const cut = /\s[|–—·•-]\s/u.exec(text);
  const name = cut === null ? text : text.slice(0, cut.index);
  if (cut !== null && wordCount(text.slice(cut.index + 3)) > MASTHEAD_TAIL_MAX_WORDS) return false;
  const words = name.split(' ');
  if (words.length > MASTHEAD_MAX_WORDS || !words.every((w) => /^[\p{Lu}\p{N}][^,;:]*$/u.test(w))) return false;
  if (words.length === 1) return DOMAIN.test(name);
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  // (a station's brand may stand inside its name: "Kompas TV Lampung", "Pro 1 FM Kupang")
  return BRAND.has(first) || BRAND.has(last) || DOMAIN.test(words[words.length - 1]!) || (words.length >= 2 && BRAND.has(`${words[words.length - 2]!.toLowerCase()} ${last}`)) ||
    words.slice(1, -1).some((w) => STATION_BRAND.has(w.toLowerCase()));
}

/** A menu row or a breadcrumb: its words (separators left out) section names or menu entries, all but one of them
 *  when there are three or more ("Home Berita Daerah Politik Olahraga", "HOME | NEWS | DAERAH", "Beranda › Berita ›
 *  Politik › Pilkada 2024"). */
export function isMenuRow(text: string): boolean {
  const all = text.split(' ');
  // (its first or second word is a menu entry, whatever else: one look before the count)
  if (all.length < 2 || (!isMenuWord(all[0]!) && !isMenuWord(all[1]!) && !(all.length > 2 && MENU_SEP.test(all[1]!) && isMenuWord(all[2]!)))) return false;
  const words = all.filter((w) => !MENU_SEP.test(w));
  if (words.length < 2) return false;
  let menu = 0;
  for (const w of words) if (isMenuWord(w)) menu++;
  const sep = all.some((w) => MENU_SEP.test(w) && w !== '-' && w !== '–');
  if (menu === words.length || (words.length >= 3 && menu >= words.length - 1) || (sep && menu * 2 >= words.length && MENU_WORDS.has(words[0]!.toLowerCase()))) return true;
  // (a menu that lists regions opens with its home entry: "Home Sumut Medan Aceh Riau Politik")
  return words.length >= 3 && HOME.has(words[0]!.toLowerCase()) && words.every((w) => /^[\p{Lu}]/u.test(w)) && !/\d/u.test(text);
}
const HOME = new Set(BREADCRUMB_HOMES);
function isMenuWord(w: string): boolean {
  const l = w.toLowerCase();
  return MENU_WORDS.has(l) || HOME.has(l) || ((l.endsWith(',') || l.endsWith(':')) && MENU_WORDS.has(l.slice(0, -1)));
}

/** A row whose part across a separator is a date or a time ("Lampung Geh | Kamis, 14 November 2024", "Senin, 4/11/2024 |
 *  Dibaca 1.204"): a masthead's or a meta row's, never a headline's. */
function hasDatePart(text: string): boolean {
  if (!ROW_CUT.test(text)) return false;
  return text.split(ROW_CUT).some((part) => HEADER_DATE_LINE.test(part.trim()) || TIME_ONLY.test(part.trim()));
}
const ROW_CUT = /\s[|·•]\s/u;

/** A line of one of the classes of furniture above a headline. */
export function isTopFurniture(text: string): boolean {
  // (a sentence is never one: a lead "Ternate, RRI - Bawaslu … ." opens like a masthead)
  if (text.length > TOP_FURNITURE_MAX_CHARS || (SENTENCE_END.test(text) && wordCount(text) > TOP_FURNITURE_MAX_SENTENCE_WORDS)) return false;
  const first = firstWord(text);
  return (WIDGET_FIRST.has(first) && WIDGET.test(text)) || (NAV_FIRST.has(first) && (POST_NAV.test(text) || POSTED_BY.test(text))) || isMenuRow(text) || isMasthead(text) ||
    isItemRow(text) || isMenuPlaceRow(text) || isUnitMasthead(text) || isStationMasthead(text) ||
    (hasFourDigits(text) && HEADER_DATE_LINE.test(text)) || TIME_ONLY.test(text) || COUNTER.test(text) || hasDatePart(text) || (TEMPERATURE.test(text) && text.split(' ').length <= 5) ||
    firstMatch(STRONG_TOP_RULES, text) !== null;
}
/** The page header's strong rules (cascade step 2: a temperature "32.7 C", a header date) mark top furniture here too,
 *  so a widget step 2 did not reach (under a line a later step removes) is never taken for the headline: the property
 *  test's "\u0000" / "32.7 C" / lead took "32.7 C" as the headline and lost it only on a second pass. */
const STRONG_TOP_RULES = rulesOf('top').filter((r) => r.strength === 'strong');

const SENTENCE_END = /[.!?]["”’)]?$/u;
const QUOTE_START = /^["“‘']/u;
const UPPER = /^[^\p{Ll}]*$/u;
const wordCount = (t: string): number => t.split(' ').length;

/** An office's name (above the headline only): an office's head noun first, then capitalised words, commas and joiners,
 *  no digit (a kicker names a year: "Dinas Pendidikan Pilkada 2024" stays), at most OFFICE_NAME_MAX_WORDS words. */
export function isOfficeName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > OFFICE_NAME_MAX_WORDS || /\d/u.test(text) || !OFFICE_HEAD.has(words[0]!.toLowerCase())) return false;
  return words.every((w) => /^\p{Lu}[\p{L}.'’-]*,?$/u.test(w) || OFFICE_JOINERS.has(w.toLowerCase()));
}
export const OFFICE_NAME_MAX_WORDS = 8;
const OFFICE_HEAD = new Set(OFFICE_HEAD_NOUNS);
const OFFICE_JOINERS = new Set(OFFICE_NAME_JOINERS);

/** A site's motto (above the headline only; check12/07, a university: "Unggul, Religius, Berdaya Saing"): two to
 *  MOTTO_MAX_ITEMS items joined by commas, "dan", "&" or a separator, every one a civic value of MOTTO_VALUES, no digit
 *  and no sentence end. */
export function isMotto(text: string, inMasthead = true): boolean {
  if (/\d|[.!?]$/u.test(text)) return false;
  const items = text.split(MOTTO_SPLIT).map((x) => x.replace(MOTTO_JOIN, '').trim()).filter(Boolean);
  if (items.length < 2 || items.length > MOTTO_MAX_ITEMS) return false;
  return items.every((x) => /^\p{Lu}/u.test(x) && MOTTO.has(x.toLowerCase().replace(/\s+/gu, ' '))) || (inMasthead && isParallelSlogan(items));
}
/** A slogan of parallel clauses (check14/07, an election body's site under its name: "Bersama Rakyat Awasi Pemilu,
 *  Bersama Bawaslu Tegakkan Keadilan Pemilu"): every item opens with the same capitalised word (an anaphora) and has
 *  2 to SLOGAN_ITEM_MAX_WORDS words. A headline may have that shape too ("Jaga Netralitas, Jaga Demokrasi" over its
 *  deck): it is a slogan only inside the masthead, with another line of furniture above the headline (withoutPageTop). */
function isParallelSlogan(items: readonly string[]): boolean {
  const head = items[0]!.split(' ')[0]!;
  if (!/^\p{Lu}\p{Ll}/u.test(head)) return false;
  return items.every((x) => {
    const w = x.split(' ');
    return w[0] === head && w.length >= 2 && w.length <= SLOGAN_ITEM_MAX_WORDS;
  });
}
export const SLOGAN_ITEM_MAX_WORDS = 6;
export const MOTTO_MAX_ITEMS = 7;
const MOTTO = new Set(MOTTO_VALUES);
const MOTTO_SPLIT = new RegExp(`\\s{0,2}[,;]\\s{0,2}|\\s[|•·–—-]\\s|\\s(?:${alt(MOTTO_JOINERS)})\\s`, 'u');
const MOTTO_JOIN = new RegExp(`^(?:${alt(MOTTO_JOINERS)})\\s`, 'u');

/** A sentence or a quotation: never a label, and the top is left as it is when one stands above the headline. */
function isSentence(text: string): boolean {
  return !isTopFurniture(text) && (SENTENCE_END.test(text) || QUOTE_START.test(text));
}
/** A label above the headline by its length: at most PAGE_TOP_LABEL_MAX_WORDS words, no sentence. */
function isShortLabel(text: string): boolean {
  return !isSentence(text) && wordCount(text) <= PAGE_TOP_LABEL_MAX_WORDS;
}

/** Whether `upper`, right above the candidate `cand`, is the fuller headline: Title Case, not furniture, and `cand` a
 *  short label or a sentence-case deck under it. */
function isFullerAbove(upper: string, cand: string, shape: PageTopShape): boolean {
  if (!shape.isHeadline(upper) || upper.endsWith(')') || isTopFurniture(upper) || !isTitleCased(upper)) return false;
  const w = wordCount(upper);
  if (!isTitleCased(cand) && w >= PAGE_TOP_LABEL_MAX_WORDS + 1) return true;
  // (a short one over a long deck too: "ASN Wajib Netral" / "Bawaslu mengingatkan seluruh aparatur sipil negara …")
  if (isShortHeadlineOverDeck(upper, cand)) return true;
  return w >= FULL_HEADLINE_MIN_WORDS && wordCount(cand) <= PAGE_TOP_LABEL_MAX_WORDS && w > wordCount(cand);
}

/** Whether `upper` and `lower` are one headline wrapped over two lines of a page hard-wrapped at a fixed width: adjacent
 *  lines, both Title Case in the same case, short, no end mark, and a lead below that runs over several lines or
 *  stops mid-sentence (check7/09, an e-paper: "Pj Sekda Lebak Ingatkan" / "Kades Tak Jadi Tim Sukses" / "RANGKASBITUNG – Pj …"). */
function isWrappedHeadline(upper: Para, lower: Para, lead: Para, shape: PageTopShape): boolean {
  // (a headline already joined from its lines is whole: "Hal. 3" above "Camat di Kampar Dilaporkan" / "ke Panwascam")
  if (upper.lastLine + 1 !== lower.firstLine || lower.firstLine !== lower.lastLine || (lead.lastLine === lead.firstLine && SENTENCE_END.test(lead.text))) return false;
  if (!isHalfShaped(upper.text)) return false;
  if (isTopFurniture(upper.text) || /[.,;:!?…)]$/u.test(upper.text) || !isTitleCased(upper.text) || !isTitleCased(lower.text)) return false;
  if (UPPER.test(upper.text) !== UPPER.test(lower.text)) return false;
  if (wordCount(upper.text) > WRAPPED_HALF_MAX_WORDS || wordCount(lower.text) > WRAPPED_HALF_MAX_WORDS) return false;
  return shape.isHeadline(`${upper.text} ${lower.text}`);
}

/** Whether `upper` is the subject of the headline `lower`, set in capitals on the line right above it (check22/10, an
 *  e-paper: "BOVEN DIGOEL" (rubric) / "BAWASLU BOVEN DIGOEL" / "Minta ASN Tak Berpolitik" / lead): the lower line opens
 *  with its predicate (a headline verb, a passive or a modal), the upper one is capitals of 2 to WRAPPED_HALF_MAX_WORDS
 *  words, no digit, no end mark, no predicate of its own and no furniture. A rubric over a headline with its own subject
 *  ("POLITIK" / "Bawaslu Minta ASN Netral") stays a label. */
function isSubjectOverPredicate(upper: Para, lower: Para): boolean {
  if (upper.lastLine + 1 !== lower.firstLine || upper.firstLine !== upper.lastLine || !opensWithPredicate(lower.text) || UPPER.test(lower.text)) return false;
  const t = upper.text;
  const n = wordCount(t);
  return UPPER.test(t) && n >= 2 && n <= WRAPPED_HALF_MAX_WORDS && !/[\d.,;:!?…)|]/u.test(t) && !opensWithPredicate(t) && !t.split(' ').slice(1).some((w) => opensWithPredicate(w)) && !isTopFurniture(t);
}

/** Whether line `i` of `kept` is the first half of a headline wrapped over two lines (the next one) on a page
 *  hard-wrapped at a fixed width: adjacent lines in the same case, Title Case, no end mark on the first, and a lead at
 *  `body` that stops mid-sentence on a line with the next line right under it. */
export function isHeadlineHalf(kept: ReadonlyArray<{ text: string; no: number }>, i: number, body: number): boolean {
  const upper = kept[i]!;
  const lower = kept[i + 1];
  const lead = kept[body];
  const after = kept[body + 1];
  if (lower === undefined || lead === undefined || after === undefined || i + 1 >= body) return false;
  if (upper.no + 1 !== lower.no || lead.no + 1 !== after.no || SENTENCE_END.test(lead.text)) return false;
  if (!isHalfShaped(upper.text) || !isTitleCased(upper.text) || !isTitleCased(lower.text)) return false;
  return UPPER.test(upper.text) === UPPER.test(lower.text) && wordCount(upper.text) <= WRAPPED_HALF_MAX_WORDS;
}

/** The first half of a wrapped headline: no furniture, no end mark, no abbreviation ("Hal. 3", "No. 12": a page's
 *  number), two words or more. */
function isHalfShaped(text: string): boolean {
  return !isTopFurniture(text) && !/[.,;:!?…)|]$/u.test(text) && !/\p{L}\.(?:\s|$)/u.test(text) && wordCount(text) >= 2;
}

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
  if (h >= 1 && isFullerAbove(paras[h - 1]!.text, cand, shape)) h--;
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

/** A masthead by its brand word only ("Pos Pengaduan Dibuka" reads as one): headline-like, no separator, no domain. */
function mayBeHeadline(text: string, shape: PageTopShape): boolean {
  return shape.isHeadline(text) && wordCount(text) >= PAGE_TOP_LABEL_MAX_WORDS && !WIDGET.test(text) && !isMenuRow(text) && !/\s[|–—·•-]\s|\./u.test(text);
}

function dropAll(paras: Para[], gone: ReadonlySet<number>, rule: string, drop: (rule: string, text: string) => void): Para[] {
  if (gone.size === 0) return paras;
  for (const i of [...gone].sort((a, b) => a - b)) drop(rule, paras[i]!.text);
  return paras.filter((_, i) => !gone.has(i));
}

/** A short headline has at least this many words to be told from a header's place ("Jakarta", "Kota Palu"). */
export const HEADER_HEADLINE_MIN_WORDS = 3;

/**
 * The page-header cluster (cascade step 2: place, date, temperature lines above the headline) without a short headline
 * it took for a place: when the body starts right under the cluster (past lines a later step removes, `later`), the
 * cluster held the headline, and the last place line of HEADER_HEADLINE_MIN_WORDS words or more is it ("Radar Sulteng" /
 * "ASN Wajib Netral" / "Kamis, 14 November 2024" / lead). The cluster ends above it (and at its last strong line).
 */
export function headlineOutOfHeader<T extends { index: number; rule: { name: string; strength?: string } }>(texts: readonly string[], cluster: T[], isBodyStart: (text: string) => boolean, later: (text: string) => boolean): T[] {
  if (cluster.length < 2) return cluster;
  let next = cluster[cluster.length - 1]!.index + 1;
  while (next < texts.length && next <= cluster[cluster.length - 1]!.index + 3 && later(texts[next]!)) next++;
  if (next >= texts.length || !isBodyStart(texts[next]!)) return cluster;
  for (let k = cluster.length - 2; k >= 0; k--) {
    const c = cluster[k]!;
    if (c.rule.name !== 'header-place' || wordCount(texts[c.index]!) < HEADER_HEADLINE_MIN_WORDS) continue;
    let end = k;
    while (end > 0 && cluster[end - 1]!.rule.strength !== 'strong') end--;
    return cluster.slice(0, end);
  }
  return cluster;
}
