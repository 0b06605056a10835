// Sidebar widgets of regional portals that read a value (clean20, own pages): the day's prayer times, the reader
// reaction poll under a story, the weather (its sky: lexicon/boilerplate.ts WEATHER_WORDS). Lower-case; clean/rules/value-widgets.ts.

/** The names of the day's prayer times (and of the fast's start, "imsak", and sunrise, "terbit"), in the spellings
 *  portals print: "Imsak 04:11 | Subuh 04:21 | Dzuhur 11:50 …". */
export const PRAYER_TIME_NAMES: readonly string[] = [
  'imsak', 'subuh', 'shubuh', 'terbit', 'syuruq', 'dhuha', 'duha', 'dzuhur', 'zuhur', 'dhuhur', 'lohor', 'ashar',
  'asar', 'maghrib', 'magrib', 'isya', "isya'",
];
/** The time zones after a prayer time ("Subuh 04:21 WITA"). */
export const PRAYER_TIME_ZONES: readonly string[] = ['wib', 'wita', 'wit'];

/** The moods of a reader reaction poll (detik, Kompas, Tribun, WordPress plug-ins): "Senang 40% Sedih 0% …". Not the
 *  words of a survey's answers ("setuju", "tidak setuju"): a survey's result is body. */
export const REACTION_MOODS: readonly string[] = [
  'senang', 'sedih', 'marah', 'kaget', 'terkejut', 'terinspirasi', 'terhibur', 'takut', 'lucu', 'bangga', 'kecewa',
  'gembira', 'bahagia', 'suka', 'tidak suka', 'khawatir', 'cemas', 'geram', 'kesal',
  'happy', 'sad', 'angry', 'surprised', 'inspired', 'funny', 'love', 'wow',
];

/** A weather widget's line has at most this many words: a place of up to three words, the temperature and a two-word
 *  sky ("Sumbawa Besar 29 °C Cerah Berawan"); a sentence naming a temperature is longer. */
export const WEATHER_LINE_MAX_WORDS = 7;

/** The label of a social post's reaction block, alone on its line with or without its count ("Semua reaksi:" / "73",
 *  a Facebook page's post copied as text; "All reactions: 1,2 rb"). Never "reaksi" alone: "Reaksi Warga" is a
 *  subhead (clean/social-post.ts). */
export const SOCIAL_REACTION_LABELS: readonly string[] = ['semua reaksi', 'all reactions', 'seluruh reaksi'];
/** The short units of a social count ("1,2 rb", "3 jt", "12K"): ribu, juta, thousand, million. */
export const SOCIAL_COUNT_UNITS: readonly string[] = ['rb', 'ribu', 'jt', 'juta', 'k', 'm'];
