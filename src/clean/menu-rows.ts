// Rows of a page's menu and mastheads read by shape above the headline (cascade step 7, clean/page-top.ts `isTopFurniture`):
// issue 22, "A title that is boilerplate is no title". The kinds (check9: the first menu or masthead line was taken as the
// title on 5 of its 14 pages after round 10; check8/04 a radio station's masthead):
//   - a row of short items set off by separators, whatever the words ("Pro 1 | Pro 2 | Pro 4 | Berita | Podcast", a
//     regional menu "Denpasar | Badung | Gianyar | … | Politik");
//   - a row of menu words and place names without separators ("Terbaru Terpopuler Manado Minahasa Bitung Nasional
//     Video", "LIVE STREAMING BERITA POLITIK HUKUM DAERAH VIDEO INDEKS");
//   - a unit site's masthead, numbered units only ("Korem 143/Haluoleo - Kodam XIV/Hasanuddin");
//   - a station's masthead with its frequency ("RADIO SUARA SAKTI FM 102,5 KERINCI").
// Each is read only above the headline; a headline holds a verb or a clause word, which none of these rows does.
import {
  FREQUENCY_UNITS,
  MENU_ITEM_MAX_WORDS,
  MENU_ITEM_SEPARATORS,
  MENU_PHRASES,
  MENU_ROW_MIN_ITEMS,
  MENU_ROW_MIN_MENU_WORDS,
  MENU_ROW_MIN_WORDS,
  NUMBERED_UNIT_NOUNS,
  STATION_MASTHEAD_MAX_WORDS,
  TOP_MENU_WORDS,
  TOP_WIDGET_LABELS,
} from '../lexicon/page-top.js';
import { BREADCRUMB_HOMES } from '../lexicon/boilerplate.js';
import { districtsByName, provinces, regencies } from '../lexicon/gazetteer.js';
import { REGION_ALIASES } from '../lexicon/region-aliases.js';
import { alt } from './rules/build.js';
import { PLACE_LINE_MARKS } from '../lexicon/admin-units.js';
import { SPACE, alternationOf } from '../text/regex.js';

const ITEM_SEP = new RegExp(`\\s{0,3}(?:${alt(MENU_ITEM_SEPARATORS)})\\s{0,3}`, 'u');

/** A row of at least MENU_ROW_MIN_ITEMS items set off by separators, each of 1–MENU_ITEM_MAX_WORDS capitalised words
 *  (or a number after one: "Pro 1"), none ending as a sentence. */
export function isItemRow(text: string): boolean {
  if (!text.includes('|') && !/[•·»›]|::/u.test(text)) return false;
  const items = text.split(ITEM_SEP).map((t) => t.trim()).filter((t) => t !== '');
  if (items.length < MENU_ROW_MIN_ITEMS) return false;
  // (a table's row has figures in its cells: "Denpasar | 12 | 4 | 3"; a menu at most one number alone)
  if (items.filter((t) => /^[\d.,%]+$/u.test(t)).length > 1) return false;
  for (const item of items) {
    const words = item.split(' ');
    if (words.length > MENU_ITEM_MAX_WORDS || /[.!?,;:]$/u.test(item)) return false;
    if (!/^[\p{Lu}\p{N}]/u.test(words[0]!) || words.some((w) => !/^[\p{Lu}\p{N}&+-]/u.test(w))) return false;
  }
  return true;
}

/** Menu entries of one to three words (lower-case): the menu words, the widget labels and MENU_PHRASES. */
const MENU_ENTRIES = new Set([...TOP_MENU_WORDS, ...TOP_WIDGET_LABELS, ...MENU_PHRASES, ...BREADCRUMB_HOMES].filter((w) => w.split(' ').length <= 3));

/** The names of the provinces and regencies (cores: "Minahasa Selatan", "Bitung"), lower-case; built on first use from
 *  the gazetteer (the same for every article). */
let placeNames: Set<string> | null = null;
function places(): Set<string> {
  if (placeNames === null) {
    placeNames = new Set();
    for (const a of [...provinces(), ...regencies()]) placeNames.add(a.core.toLowerCase());
  }
  return placeNames;
}

/** A row of at least MENU_ROW_MIN_WORDS capitalised words without separators, no digit, every word part of a menu entry
 *  or a province's or regency's name (read longest first, up to three words), with at least MENU_ROW_MIN_MENU_WORDS
 *  menu entries. */
export function isMenuPlaceRow(text: string): boolean {
  const words = text.split(' ');
  if (words.length < MENU_ROW_MIN_WORDS || /\d/u.test(text) || !words.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w))) return false;
  const lower = words.map((w) => w.toLowerCase());
  let menu = 0;
  for (let i = 0; i < lower.length; ) {
    let taken = 0;
    for (let n = Math.min(3, lower.length - i); n >= 1 && taken === 0; n--) {
      const span = lower.slice(i, i + n).join(' ');
      if (MENU_ENTRIES.has(span)) {
        menu++;
        taken = n;
      } else if (places().has(span)) taken = n;
    }
    if (taken === 0) return false;
    i += taken;
  }
  return menu >= MENU_ROW_MIN_MENU_WORDS;
}

const UNIT_NAME = `(?:${alt(NUMBERED_UNIT_NOUNS)})\\s{1,2}(?:\\d{1,4}|[IVXLC]{1,6})(?:\\s{0,2}/\\s{0,2}\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,2})?`;
const UNIT_MASTHEAD = new RegExp(`^${UNIT_NAME}(?:\\s{1,2}[-–—|·•]\\s{1,2}${UNIT_NAME}){0,3}$`, 'iu');

/** A line made only of numbered units' names (NUMBERED_UNIT_NOUNS, a number or a Roman numeral, a slash and a place),
 *  joined by a dash or a pipe. */
export function isUnitMasthead(text: string): boolean {
  return /\d|\b[IVX]+\//u.test(text) && UNIT_MASTHEAD.test(text);
}

const FREQUENCY = new RegExp(`(?:\\b\\d{2,4}(?:[.,]\\d{1,2})?\\s{0,2}(?:${alt(FREQUENCY_UNITS)})\\b|\\b(?:${alt(FREQUENCY_UNITS)})\\s{0,2}\\d{2,4}(?:[.,]\\d{1,2})?)`, 'iu');

const FREQUENCY_UNIT_WORDS = new Set(FREQUENCY_UNITS);
/** A station's masthead: a frequency ("102,5 FM", "FM 102,5", "88.4 MHz") among at most STATION_MASTHEAD_MAX_WORDS
 *  capitalised words or numbers, no sentence mark. */
export function isStationMasthead(text: string): boolean {
  // (the cheap tests first, the frequency pattern last: the cascade asks this of every body line, and most end with a
  // sentence mark or hold more words than a masthead; with the pattern first, scanning whole paragraphs for a number
  // beside "am"/"fm" was 2.6% of a worker's CPU. The same answer: every test is pure.)
  if (/[.!?,;:]$/u.test(text)) return false;
  const words = text.split(' ').filter((w) => !/^[|–—·•-]$/u.test(w));
  if (words.length > STATION_MASTHEAD_MAX_WORDS) return false;
  // (a unit written in its own case is a masthead's word too: "101,7 kHz")
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || FREQUENCY_UNIT_WORDS.has(w.toLowerCase())) && FREQUENCY.test(text);
}

/** A city's or regency's mark before its name on a place line ("Kota Banjarbaru", "Kab. Banjar"). */
const PLACE_MARK = new RegExp(`^(?:${alternationOf(PLACE_LINE_MARKS, { space: SPACE.literal })})\\s`, 'u');

/** A line that is only the name of a province or a regency (after "Kota", "Kabupaten", "Kab."), in any case: the place
 *  of a station's or a portal's meta row ("Banjarbaru" over "14 Oktober 2024"). */
export function isPlaceNameLine(text: string): boolean {
  if (text.length > 40 || /[\d.!?,;:]$/u.test(text)) return false;
  const lower = text.toLowerCase();
  return places().has(lower) || places().has(lower.replace(PLACE_MARK, ''));
}

/** The aliases of the regions (REGION_ALIASES: "Sulteng", "Gunung Kidul", "Lotim"), lower-case. */
const ALIAS_NAMES = new Set(REGION_ALIASES.map((a) => a.alias.toLowerCase()));

/** The names of the provinces and their aliases ("Nusa Tenggara Timur", "NTT", "Sulbar", "Jakarta"), lower-case. */
let provinceNames: Set<string> | null = null;
/** A province's name or alias, in any case. */
export function isProvinceName(text: string): boolean {
  if (provinceNames === null) {
    provinceNames = new Set(provinces().map((a) => a.core.toLowerCase()));
    for (const a of REGION_ALIASES) if (!a.code.includes('.')) provinceNames.add(a.alias.toLowerCase());
  }
  return provinceNames.has(text.toLowerCase().replace(PLACE_MARK, ''));
}

/** A name the gazetteer knows as a place, in any case: a province's or a regency's (`isPlaceNameLine`), a region's
 *  alias, or a district's ("Mlati", "Ngaglik"). */
export function isGazetteerPlaceName(text: string): boolean {
  return isPlaceNameLine(text) || ALIAS_NAMES.has(text.toLowerCase()) || districtsByName(text).length > 0;
}
