// DATA: function words the dates extractor reads around a date: the words joining two days of a range or two years of
// a list, and the words after `Minggu` that make it a week. Moved here from src/extract/dates/ (issue 19: lexicons are
// data in src/lexicon/); month and weekday names stay in the one month table, calendar.ts.

/** The words after `Minggu` that make it "week", not Sunday (`Minggu lalu`, `Minggu depan`, `minggu besok`): a
 *  bare weekday read there is none (dates/weekday.ts). Lower case. */
export const WEEK_SENSE_WORDS: readonly string[] = ['lalu', 'depan', 'mendatang', 'nanti', 'besok', 'kemarin'];

/** The words between the first and the last day of a range, read back from the month (`5 hingga 7 November`, `5
 *  sampai 7 November`, `5 dan 6 November`), besides its dashes and `s.d.` (dates/parse-kit.ts, RANGE_BEFORE). A subset
 *  of calendar.ts's RANGE_CONNECTOR_WORDS (no `serta`, no `sampai dengan`), kept apart because merging them changes
 *  what is read (a separate change, to be measured). */
export const DAY_RANGE_WORDS: readonly string[] = ['hingga', 'sampai', 'dan'];

/** The conjunctions before the last year of a list (`pada 2018 dan 2021`, `tahun 2019 atau 2020`, `2019 serta
 *  2020`): dates/parsers.ts, YEAR_AND_BEFORE. */
export const YEAR_LIST_CONJUNCTIONS: readonly string[] = ['dan', 'atau', 'serta'];
