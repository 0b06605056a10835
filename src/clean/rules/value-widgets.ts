// Clean rules: sidebar widgets that read a value (clean20), a whole line each, wherever it stands (a sidebar scraped
// into the page lands between body paragraphs): the day's prayer times, a reader reaction poll, the weather. Each line
// is only pairs of a lexicon word and its value, so a sentence that names a prayer time, a mood or a temperature has
// words the pattern does not allow.
import { PRAYER_TIME_NAMES, PRAYER_TIME_ZONES, REACTION_MOODS, WEATHER_LINE_MAX_WORDS } from '../../lexicon/page-widgets.js';
import { WEATHER_WORDS } from '../../lexicon/boilerplate.js';
import { alt, firstOf, prefixOf } from './build.js';
import type { CleanRule } from './types.js';

/** Between two pairs of a widget's row: spaces, or a bar, a bullet, a comma. */
const PAIR_GAP = '(?:\\s{0,3}[|·•,/]\\s{0,3}|\\s{1,3})';
const CLOCK = '\\d{1,2}[:.]\\d{2}';
const PRAYER_PAIR = `(?:${alt(PRAYER_TIME_NAMES)})\\s{0,3}:?\\s{0,3}${CLOCK}(?:\\s{1,3}(?:${alt(PRAYER_TIME_ZONES)}))?`;
const MOOD_PAIR = `(?:${alt(REACTION_MOODS)})\\s{0,3}:?\\s{0,3}\\d{1,5}(?:[.,]\\d{1,2})?\\s{0,2}%?`;
/** `quick` of weather-place-line: a figure and a degree sign. */
const DEGREES = /\d\s{0,2}°/u;

export const VALUE_WIDGET_RULES: readonly CleanRule[] = [
  // clean20 (own): "Imsak 04:11 | Subuh 04:21 | Dzuhur 11:50 | Ashar 15:12 | Maghrib 18:02 | Isya 19:14", "Subuh 04:21 WITA"
  // — a portal's prayer-time widget: prayer names, each with its clock time ("Subuh tadi sekitar pukul 04.21 WITA, …" has
  // other words)
  {
    name: 'prayer-times-line',
    prefix: prefixOf(PRAYER_TIME_NAMES),
    first: firstOf(PRAYER_TIME_NAMES),
    kind: 'furniture',
    scope: 'line',
    maxWords: 30,
    pattern: new RegExp(`^${PRAYER_PAIR}(?:${PAIR_GAP}${PRAYER_PAIR}){0,8}$`, 'iu'),
  },
  // clean20 (own): "Senang 40% Sedih 0% Marah 20% Terinspirasi 40%", "Terinspirasi 3" — a reader reaction poll: moods,
  // each with its share or count (a survey's "Setuju 62%" is no mood: body)
  {
    name: 'reaction-poll-line',
    prefix: prefixOf(REACTION_MOODS),
    first: firstOf(REACTION_MOODS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 24,
    pattern: new RegExp(`^${MOOD_PAIR}(?:${PAIR_GAP}${MOOD_PAIR}){0,9}$`, 'iu'),
  },
  // (the labelled one, "Cuaca Hari Ini: Cerah Berawan 31°C", is rules/top-and-lines.ts weather-widget-line)
  // clean20 (own): "Mataram 31°C Berawan", "SUMBAWA BESAR 29 °C CERAH" — a weather widget: a place, the temperature and
  // the sky, nothing more (WEATHER_LINE_MAX_WORDS; "Suhu di Mataram mencapai 31°C saat …" has other words)
  {
    name: 'weather-place-line',
    quick: (t) => DEGREES.test(t),
    kind: 'furniture',
    scope: 'line',
    maxWords: WEATHER_LINE_MAX_WORDS,
    pattern: new RegExp(
      `^\\p{Lu}[\\p{L}.'’-]{1,24}(?: \\p{Lu}[\\p{L}.'’-]{1,24}){0,2}\\s{1,3}[-−]?\\d{1,2}(?:[.,]\\d)?\\s{0,2}°\\s{0,2}[CF]?\\s{1,3}(?:${alt(WEATHER_WORDS)})$`,
      'iu',
    ),
  },
];
