// Calendar words for the DATES extractor (src/extract/dates). Data only: the parsers build their
// regexes from these tables once, at module load. Keys are lower-case; the parsers add the
// Capitalised and UPPER-CASE spellings themselves (weekday names are only taken capitalised, so
// `minggu` "week" is never read as Sunday).

/** Full month names, Indonesian (incl. old spellings) and English → month number 1–12.
 *  These may stand without a year (`5 November` → year inferred). */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  // Indonesian, current spelling
  januari: 1, februari: 2, maret: 3, april: 4, mei: 5, juni: 6,
  juli: 7, agustus: 8, september: 9, oktober: 10, november: 11, desember: 12,
  // Indonesian, old (pre-EYD / regional) spellings
  pebruari: 2, nopember: 11, djanuari: 1, djuni: 6, djuli: 7,
  // English
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7,
  august: 8, october: 10, december: 12,
};

/** Short month spellings → month number. Taken only with a year (`5 Nop 2024`) or a
 *  trailing dot (`5 Nov.`), since `Jan`, `Mar`, `Des` are also names and syllables. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  // Indonesian
  jan: 1, feb: 2, peb: 2, mar: 3, mrt: 3, apr: 4, jun: 6, jul: 7,
  agu: 8, agt: 8, ags: 8, agst: 8, sep: 9, sept: 9, okt: 10, nov: 11, nop: 11, des: 12,
  // English-only
  aug: 8, oct: 10, dec: 12,
};

/** Weekday names → JavaScript weekday number (0 = Sunday … 6 = Saturday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  // Indonesian (`Ahad` is the Islamic name for Sunday; `Jum'at` the older spelling of Friday)
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, "jum'at": 5, jumat: 5, sabtu: 6,
  // English
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Short weekday spellings (page headers, RSS: `Fri, 22 Nov 2024`); only before a full date. */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  // English
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
  // Indonesian
  sen: 1, sel: 2, rab: 3, kam: 4, jum: 5, sab: 6, min: 0,
};

/** Relative day words → offset in days from the publication date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  // past
  'kemarin lusa': -2, kemarin: -1,
  // today
  'hari ini': 0,
  // future
  besok: 1, lusa: 2,
};

/** Units of `N <unit> lalu`: days resolve to a date; weeks/months only say "roughly then"
 *  (no single day), so they give a mention with iso null. */
export const RELATIVE_UNITS: Readonly<Record<string, { days: number; exact: boolean }>> = {
  hari: { days: 1, exact: true },
  pekan: { days: 7, exact: false },
  minggu: { days: 7, exact: false },
  bulan: { days: 30, exact: false },
};

/** Words after a unit that make it past: `2 hari lalu`, `dua hari yang lalu`, `sepekan silam`. */
export const RELATIVE_PAST: readonly string[] = ['yang lalu', 'lalu', 'silam', 'sebelumnya'];

/** Phrases that point back to a date already named in the text (`hari itu` = that same day). */
export const ANAPHORIC_DAYS: readonly string[] = ['hari itu', 'hari tersebut'];

/** Words right after a bare weekday that keep it a date (`Selasa malam`, `Selasa lalu`), with the
 *  direction they give relative to the publication date. `same` = on or before publication. */
export const WEEKDAY_FOLLOWERS: Readonly<Record<string, 'same' | 'past' | 'future' | 'last-week' | 'next-week'>> = {
  // time of day
  pagi: 'same', siang: 'same', sore: 'same', malam: 'same', dini: 'same',
  // direction
  lalu: 'past', kemarin: 'past', mendatang: 'future', depan: 'future', nanti: 'future', besok: 'future',
  // the weekday of the previous / next calendar week (Monday-first): news/08 "pada Kamis pekan lalu"
  'pekan lalu': 'last-week', 'minggu lalu': 'last-week', 'pekan kemarin': 'last-week', 'minggu kemarin': 'last-week',
  'pekan depan': 'next-week', 'minggu depan': 'next-week', 'pekan mendatang': 'next-week', 'minggu mendatang': 'next-week',
};

/** Words before a bare weekday that make it a date expression (`pada Selasa`, `hari Selasa`).
 *  Not `setiap`/`tiap` (every Monday is no date) nor `hingga`/`sampai` (direction unknown). */
export const WEEKDAY_LEADS: readonly string[] = ['pada', 'hari', 'sejak'];

/** Words that announce a date: a `d/m` without a year is only read after one of these. */
export const DATE_CUES: readonly string[] = ['tanggal', 'tgl', 'tertanggal'];

/** Time cue words and Indonesian time zones (`pukul 10.15 WIB`). */
export const TIME_CUES: readonly string[] = ['pukul', 'pkl', 'jam'];
export const TIME_ZONES: readonly string[] = ['WIB', 'WITA', 'WIT'];

/** Cues that a date is a voting day (kind `election`): found anywhere in the date's sentence. */
export const ELECTION_DAY_CUES: readonly string[] = [
  'pemungutan suara', 'pencoblosan', 'hari pencoblosan', 'hari h', 'coblosan', 'hari pemilihan',
];

/** Qualifiers between an election name and its date: `Pilkada Serentak pada 27 November 2024`. */
export const ELECTION_DATE_LINKS: readonly string[] = ['serentak', 'nasional', 'lanjutan', 'pada', 'tanggal', 'tgl', 'yakni', 'yaitu'];

/** Verbs of holding an event: with an election name before the date (same sentence) the date is a
 *  voting day (`Pilkada yang akan digelar secara serentak tanggal 27 November 2024`). */
export const ELECTION_HOLD_VERBS: readonly string[] = [
  'digelar', 'di gelar', 'dilaksanakan', 'di laksanakan', 'diselenggarakan', 'di selenggarakan',
  'berlangsung', 'jatuh', 'dihelat',
];

/** Documents whose dates are references (kind `reference`): `Surat Edaran … tanggal …`. */
export const REFERENCE_DOCUMENTS: readonly string[] = [
  'surat edaran', 'se', 'surat keputusan bersama', 'skb', 'surat keputusan', 'keputusan', 'peraturan',
  'perbup', 'pergub', 'perwali', 'perda', 'permen', 'permenpan', 'permendagri', 'undang-undang', 'uu',
  'instruksi', 'surat', 'nota dinas', 'nomor',
];

/** Verbs that date a document (kind `reference`): `ditetapkan pada tanggal …`. */
export const REFERENCE_VERBS: readonly string[] = ['tertanggal', 'ditetapkan', 'diundangkan', 'ditandatangani'];

/** Words before a number that make it a document number, never a date (`Nomor 1/11/2024`). */
export const DOCUMENT_NUMBER_CUES: readonly string[] = ['nomor', 'no', 'nomer', 'nr', 'reg'];

/** Lower-case words a publication date line may carry besides the date and a place name
 *  (`Diterbitkan pada 22/11/2024`, `Published on November 22, 2024`). */
export const PUBLICATION_LINE_WORDS: readonly string[] = [
  'diterbitkan', 'dipublikasikan', 'terbit', 'diposting', 'diperbarui', 'update', 'updated', 'published',
  'posted', 'pada', 'on', 'wib', 'wita', 'wit', 'pukul', 'oleh', 'by',
];
