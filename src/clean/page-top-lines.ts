// The classes of a line of furniture above a headline (split from clean/page-top.ts, round 19: one file per job): a
// masthead, a menu row or breadcrumb, a widget label, a previous/next or posted-by line, a date, time, weather or counter
// widget, an office's name, a site's motto. Read by clean/page-top.ts (the walk over the top of a page) and by the
// headline shapes of clean/page-top-headline.ts.
import { TIME_ZONES } from '../lexicon/calendar.js';
import { COUNT_ABBREVIATIONS, OFFICE_HEAD_NOUNS, OFFICE_NAME_JOINERS, OUTLET_BRAND_WORDS, OUTLET_STATION_WORDS, OUTLET_DOMAIN_ENDS, TOP_MENU_WORDS, TOP_WIDGET_LABELS } from '../lexicon/page-top.js';
import { isItemRow, isMenuPlaceRow, isStationMasthead, isUnitMasthead } from './menu-rows.js';
import { POST_NAV_LABELS } from '../lexicon/page-meta.js';
import { BREADCRUMB_HOMES } from '../lexicon/boilerplate.js';
import { POSTED_VERBS } from '../lexicon/page-furniture.js';
import { MOTTO_JOINERS, MOTTO_VALUES } from '../lexicon/furniture-classes.js';
import { alt, hasFourDigits, HEADER_DATE_LINE } from './rules/build.js';
import { firstMatch, rulesOf } from './rules/match.js';

/** Settings: a masthead of brand words has at most this many words before its separator … */
export const MASTHEAD_MAX_WORDS = 4;
/** … its slogan, city or date after a separator at most this many … */
export const MASTHEAD_TAIL_MAX_WORDS = 8;
/** … a line ending as a sentence is furniture only when this short ("Cari berita...") … */
export const TOP_FURNITURE_MAX_SENTENCE_WORDS = 4;
/** … a furniture line is at most this long (a ticker's item included) … */
export const TOP_FURNITURE_MAX_CHARS = 160;

const SEP = '[|/»›>·•:–—-]';
const WIDGET_ALT = alt(TOP_WIDGET_LABELS);
/** Widget labels, one or a row of them ("Login Register", "Masuk Daftar"), alone or with their content after a colon, a
 *  separator or an ellipsis. */
export const WIDGET = new RegExp(`^(?:${WIDGET_ALT})(?:\\s{1,2}(?:${WIDGET_ALT}))*(?:\\s{0,2}(?:\\.{2,}|…|${SEP}).*)?$`, 'iu');
/** The first words of the widget labels, and of the previous/next and posted-by lines: the patterns are tried only on a
 *  line that opens with one (lower-case, up to its first space, slash, colon or dot). */
export const firstWord = (t: string): string => /^[^\s/:.|…]*/u.exec(t)![0].toLowerCase();
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
export const HOME = new Set(BREADCRUMB_HOMES);
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

export const SENTENCE_END = /[.!?]["”’)]?$/u;
export const QUOTE_START = /^["“‘']/u;
export const UPPER = /^[^\p{Ll}]*$/u;
export const wordCount = (t: string): number => t.split(' ').length;

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
