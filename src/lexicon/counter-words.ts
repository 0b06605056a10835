// DATA: the words of a widget's counters as clean/ reads them on a furniture line: abbreviated amounts (`1,2 rb`,
// `3 jt`), the units and verbs of a view, visit or reading count (`1.284 kali dibaca`, `Dilihat: 57`, `3 menit`).
// Moved here from src/clean/ (issue 19: lexicons are data in src/lexicon/).

/** Abbreviated amounts after a figure (`1,2 rb`, `3 jt`, `12 ribu`), besides `k` (clean: icon and view counters). */
export const AMOUNT_ABBREVIATIONS: readonly string[] = ['rb', 'jt', 'ribu'];

/** Units of an icon's counter (`⏱ 3 menit`, `👁 1,2K kali`, `💬 4 komentar`), besides the English plurals
 *  (`views?`, `comments?`, `shares?`, `likes?`) and `x` that the rule writes (clean/rules/platform.ts). */
export const ICON_COUNTER_UNITS: readonly string[] = ['menit', 'min', 'mins', 'detik', 'jam', 'kali', 'dibaca', 'dilihat', 'komentar', 'suka'];

/** Units of a visit counter's figure (`Pengunjung: 1.204 orang`, `Hari ini: 57 kali`, `Total: 9.001 hits`),
 *  besides `x`, `views?`, `visitors?` (clean/rules/portal.ts). */
export const VISIT_COUNT_UNITS: readonly string[] = ['kali', 'orang', 'pengunjung', 'hits'];

/** What was read, before `ini` in a view count (`Berita ini telah dibaca 1.204 kali`). */
export const VIEW_COUNT_SUBJECTS: readonly string[] = ['berita', 'artikel', 'tulisan'];
/** The view verbs before a view count's figure (`Dibaca: 1.204`, `Pembaca 57`), besides `views?`. */
export const VIEW_COUNT_LEADS: readonly string[] = ['dibaca', 'dilihat', 'pembaca'];
/** The view words after a view count's figure (`1.204 kali dibaca`, `57 views`); a space is one space. */
export const VIEW_COUNT_TAILS: readonly string[] = ['kali dibaca', 'kali dilihat', 'views', 'pembaca', 'dibaca', 'dilihat'];
/** The counter words of a meta row's count (`Dibaca: 1.204`, `Views 57 kali`, `hits: 9`): clean/structure.ts. */
export const META_ROW_COUNT_LEADS: readonly string[] = ['dibaca', 'dilihat', 'views', 'hits'];

/** The amounts glued to a gambling spam's figure (`DEPO 10K`, `WD 5JT`, `bonus 50rb`), as the spam writes them: the
 *  rule has no `i` flag, so the short forms are listed in both cases (clean/rules/portal.ts, GAMBLING_AMOUNT). */
export const SPAM_AMOUNT_SUFFIXES: readonly string[] = ['k', 'K', 'rb', 'RB', 'jt', 'JT', 'juta', 'ribu'];
