// Calendar words for the DATES extractor (src/extract/dates). Data only: the parsers build their
// regexes from these tables once, at module load. Keys are lower-case; the parsers add the
// Capitalised and UPPER-CASE spellings themselves (weekday names are only taken capitalised, so
// `minggu` "week" is never read as Sunday).
import { lookupTable } from '../util/table.js';

/** The one month table: every month spelling the tool reads, one row per month (index + 1 = the month
 *  number). `names` may stand without a year (`5 November`); `names[0]` is the current Indonesian spelling;
 *  the others are English and old (pre-EYD / regional) spellings. `short` are abbreviations, taken by the
 *  dates only with a year or a trailing dot (`5 Nop 2024`, `5 Nov.`), since `Jan`, `Mar`, `Des` are also
 *  names and syllables. Each stage reads one of the views below. */
export const MONTHS: ReadonlyArray<{ readonly names: readonly string[]; readonly short: readonly string[] }> = [
  { names: ['januari', 'january', 'djanuari'], short: ['jan'] },
  { names: ['februari', 'february', 'pebruari'], short: ['feb', 'peb'] },
  { names: ['maret', 'march'], short: ['mar', 'mrt'] },
  { names: ['april'], short: ['apr'] },
  { names: ['mei', 'may'], short: [] },
  { names: ['juni', 'june', 'djuni'], short: ['jun'] },
  { names: ['juli', 'july', 'djuli'], short: ['jul'] },
  // (`Agu`, `Agt`, `Ags`, `Agst`, `Agust` are Indonesian; `Aug` English)
  { names: ['agustus', 'august'], short: ['agu', 'agt', 'ags', 'agst', 'agust', 'aug'] },
  { names: ['september'], short: ['sep', 'sept'] },
  { names: ['oktober', 'october'], short: ['okt', 'oct'] },
  { names: ['november', 'nopember'], short: ['nov', 'nop'] },
  { names: ['desember', 'december'], short: ['des', 'dec'] },
];

// The stages do not read the same spellings yet: each view below names the ones its stage leaves out. Making
// them agree changes output (a separate change, measured on the eval gate), so the differences stay visible here.
/** Not read by the dates (and counts) extractor. */
const NOT_IN_DATES: readonly string[] = ['agust'];
/** Not read by the page-header and byline date rules of the clean stage. */
const NOT_IN_HEADER: readonly string[] = ['djanuari', 'djuni', 'djuli', 'mrt', 'agst', 'agust'];
/** Not read by the HTML extractor's metadata and byline dates. */
const NOT_IN_HTML: readonly string[] = ['djanuari', 'djuni', 'djuli', 'nopember', 'mrt', 'ags', 'agst', 'nop'];

function monthNumbers(part: 'names' | 'short' | 'both', leaveOut: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  MONTHS.forEach((m, i) => {
    for (const w of part === 'both' ? [...m.names, ...m.short] : m[part]) if (!leaveOut.includes(w)) out[w] = i + 1;
  });
  return lookupTable(out);
}

/** Dates: full month names → month number 1–12 (these may stand without a year). */
export const MONTH_NAMES: Readonly<Record<string, number>> = monthNumbers('names', NOT_IN_DATES);

/** Dates: short month spellings → month number (only with a year or a trailing dot). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = monthNumbers('short', NOT_IN_DATES);

/** Clean: the page-header date's month words per month (index + 1 = the month number), names and
 *  abbreviations (`Friday, November 22, 2024`, `Jumat, 22 November 2024`). */
export const HEADER_MONTHS: ReadonlyArray<readonly string[]> = MONTHS.map((m) => [...m.names, ...m.short].filter((w) => !NOT_IN_HEADER.includes(w)));

/** HTML metadata and bylines: month names and abbreviations → month number. */
export const HTML_MONTHS: Readonly<Record<string, number>> = monthNumbers('both', NOT_IN_HTML);

/** The current Indonesian month names (`januari` … `desember`). */
export const INDONESIAN_MONTHS: readonly string[] = MONTHS.map((m) => m.names[0]!);

/** Weekday names → JavaScript weekday number (0 = Sunday … 6 = Saturday). */
export const WEEKDAYS: Readonly<Record<string, number>> = lookupTable({
  // Indonesian (`Ahad` is the Islamic name for Sunday; `Jum'at` the older spelling of Friday)
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, "jum'at": 5, jumat: 5, sabtu: 6,
  // English
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Short weekday spellings (page headers, RSS: `Fri, 22 Nov 2024`); only before a full date. */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = lookupTable({
  // English
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
  // Indonesian
  sen: 1, sel: 2, rab: 3, kam: 4, jum: 5, sab: 6, min: 0,
});

/** Relative day words → offset in days from the publication date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = lookupTable({
  // past
  'kemarin lusa': -2, kemarin: -1,
  // today (`pagi ini`, `subuh tadi`, `nanti malam`: a part of today; `tadi malam` is in NIGHT_JUST_PAST)
  'hari ini': 0, 'pagi ini': 0, 'siang ini': 0, 'sore ini': 0, 'malam ini': 0,
  'tadi pagi': 0, 'tadi siang': 0, 'tadi sore': 0, 'tadi subuh': 0,
  'pagi tadi': 0, 'siang tadi': 0, 'sore tadi': 0, 'subuh tadi': 0, 'dini hari tadi': 0,
  'nanti pagi': 0, 'nanti siang': 0, 'nanti sore': 0, 'nanti malam': 0, 'malam nanti': 0,
  // future
  besok: 1, 'esok hari': 1, lusa: 2,
});

/** `tadi malam`, `malam tadi`: the night just past. In an article published before 18:00, or at an hour not known
 *  (the common case: news of the night is published the next morning), that is the evening of the day before
 *  publication, as `semalam` (LAST_NIGHT_WORDS) is; in an article published from 18:00 (its time known) it is
 *  earlier the same evening: the publication day. `semalam` stays the night before in either case (said in the
 *  evening it still means the previous night). */
export const NIGHT_JUST_PAST: readonly string[] = ['tadi malam', 'malam tadi'];
/** The local hour from which an article is an evening one (see NIGHT_JUST_PAST). */
export const EVENING_FROM_HOUR = 18;

/** Day words that count from the last date written before them, not from the publication date
 *  (`Keesokan harinya, polisi …` = the day after the date the passage is about). */
export const ANCHORED_DAYS: Readonly<Record<string, number>> = lookupTable({
  'keesokan harinya': 1, 'keesokan hari': 1, 'esok harinya': 1, 'hari berikutnya': 1,
});

/** Units of `N <unit> lalu` / `N <unit> kemudian` / `<unit> depan`. `step`: what one unit adds
 *  (`days` days, or one month / one year). `precision`: the value a unit counted from the publication
 *  date gives (`2 hari lalu` a day, `bulan lalu` a month `YYYY-MM`, `tahun lalu` a year `YYYY`,
 *  `pekan lalu` no single value: iso null). Counted from a written date (`tiga minggu kemudian`) every
 *  unit but the year gives a day. */
export const RELATIVE_UNITS: Readonly<Record<string, { step: 'day' | 'month' | 'year'; days: number; precision: 'day' | 'month' | 'year' | 'none' }>> = lookupTable({
  hari: { step: 'day', days: 1, precision: 'day' },
  pekan: { step: 'day', days: 7, precision: 'none' },
  minggu: { step: 'day', days: 7, precision: 'none' },
  bulan: { step: 'month', days: 0, precision: 'month' },
  tahun: { step: 'year', days: 0, precision: 'year' },
});

/** Words after a unit and where they point: `past`/`future`/`present` from the publication date
 *  (`2 hari lalu`, `bulan depan`, `tahun ini`); `after`/`before` from the last date written before
 *  them (`sehari kemudian`, `dua hari sebelumnya`). */
export const RELATIVE_DIRECTIONS: Readonly<Record<string, 'past' | 'future' | 'present' | 'after' | 'before'>> = lookupTable({
  'yang lalu': 'past', lalu: 'past', silam: 'past', kemarin: 'past',
  // (not `ke depan`: `tiga bulan ke depan` is a duration)
  depan: 'future', mendatang: 'future', 'yang akan datang': 'future', lagi: 'future',
  ini: 'present',
  kemudian: 'after', berikutnya: 'after', setelahnya: 'after', sesudahnya: 'after', selanjutnya: 'after',
  sebelumnya: 'before',
});

/** Words that turn a direction after a unit into another word (`lalu lintas` "traffic", `lalu-lalang`): `tiga hari lalu
 *  lintas` is no date. What follows the direction word, lower-case. */
export const DIRECTION_WORD_COMPOUNDS: readonly string[] = [' lintas', '-lalang'];
/** Words before a counted unit that leave the count open (`beberapa tahun lalu`, `puluhan tahun silam`, `sekian
 *  bulan lalu`): no single day, month or year (the approximate numerals `puluhan`, `belasan` are in
 *  lexicon/numerals.ts NUMERAL_APPROXIMATE and count too). */
export const VAGUE_COUNT_WORDS: readonly string[] = ['beberapa', 'sekian', 'berapa', 'sejumlah', 'banyak'];
/** Words before a counted unit that make it a stretch of time, not a point (`dalam dua hari lagi` is read as the
 *  README's durations are: `selama tiga hari`, `dalam kurun tiga tahun`). */
export const DURATION_LEADS: readonly string[] = ['selama', 'dalam', 'kurun', 'sepanjang'];
/** The largest count read before a unit (`99 tahun lalu`): a larger number is a count of something else. */
export const MAX_RELATIVE_COUNT = 99;

/** Words before a month, a year or a relative period that narrow it without changing its value
 *  (`awal Oktober`, `akhir tahun lalu`, `pertengahan 2024`); with them a bare `tahun`/`bulan` is the
 *  current one (`hingga akhir tahun`). */
export const PERIOD_MODIFIERS: readonly string[] = ['awal', 'akhir', 'pertengahan', 'medio', 'penghujung', 'permulaan'];

/** Words right before a month name without a year that make it a date (`pada Oktober`, `bulan Mei`,
 *  `sejak Maret`); besides these, a modifier before it or a direction after it (`Mei lalu`). */
export const MONTH_LEADS: readonly string[] = ['pada', 'bulan', 'sejak', 'hingga', 'sampai', 'selama', 'mulai', 'per', 'sepanjang', 'jelang', 'menjelang'];

/** Words after a month name (no year) or a day and month that give its direction from the publication
 *  date: `Mei lalu` (the last May), `24 Juli mendatang` (the next one). */
export const MONTH_DIRECTIONS: Readonly<Record<string, 'past' | 'future'>> = lookupTable({
  lalu: 'past', kemarin: 'past', silam: 'past', 'yang lalu': 'past',
  mendatang: 'future', depan: 'future', nanti: 'future', 'yang akan datang': 'future',
});

/** Words right before a four-digit year that make it a year mention (`pada 2019`, `tahun 2004`, `sejak
 *  2015`): a bare four-digit number is as often a count, a code or a name. Law numbers (`UU Nomor 7
 *  Tahun 2017`) are refused separately. */
export const YEAR_LEADS: readonly string[] = [
  'tahun', 'pada', 'sejak', 'hingga', 'sampai', 'dibanding', 'dibandingkan', 'ketimbang', 'selama',
  'mulai', 'sepanjang', 'jelang', 'menjelang', 'awal', 'akhir', 'pertengahan', 'medio', 'penghujung', 'tahun anggaran',
];

/** Verbs of a comparison, and the word that links them to what is compared: a four-digit year after the link is a
 *  year mention (check18/e10 "Ia membandingkan dengan 2019, ketika Bawaslu hanya menangani sebelas kasus"; "naik
 *  dibandingkan dengan 2019"; "membandingkan angka itu dengan 2019"), the link alone is not (`dengan 2019 peserta` is a
 *  count). A few words may stand between the verb and the link (its object). Lower-case. */
export const YEAR_COMPARISON_VERBS: readonly string[] = [
  'membandingkan', 'membandingkannya', 'dibandingkan', 'dibandingkannya', 'dibanding', 'bandingkan', 'berbanding', 'sebanding',
];
export const YEAR_COMPARISON_LINKS: readonly string[] = ['dengan'];

/** Words that open a sentence framed in a year (`Pada Pilkada 2017, …`, `Dalam Pemilu 2019 lalu, …`, `Tahun 2018,
 *  …`): a day or month without a year later in that sentence (`… molor hingga pertengahan Desember`) is of that
 *  year, not the publication's. */
export const YEAR_FRAME_LEADS: readonly string[] = ['pada', 'dalam', 'saat', 'ketika', 'sepanjang', 'selama', 'menjelang', 'jelang', 'tahun', 'di'];
/** The leads of a frame that spans the whole year (`Sepanjang 2024, Bawaslu menangani 23 kasus.`, a year-end recap):
 *  it frames the rest of its paragraph, not only its sentence ("Sebanyak 10 kasus terjadi menjelang pemungutan suara
 *  14 Februari" is that year's February, not the next one nearest a late-December publication). */
export const SPAN_FRAME_LEADS: readonly string[] = ['sepanjang', 'selama'];
/** Words that open a span's start, which lies before publication when the span runs up to now (`sejak Januari
 *  hingga kini`) or is open (`sejak 14 Oktober`), unless a future cue (FUTURE_CLAUSE_CUES) says the span is planned
 *  (`posko akan dibuka sejak 28 Desember`); a span closed by a date (`sejak 25 September hingga 23 November`) may be
 *  a schedule, its start either side of publication. */
export const SINCE_LEADS: readonly string[] = ['sejak', 'semenjak'];
/** The end of a span that runs up to publication (`hingga kini`, `sampai saat ini`). */
export const NOW_WORDS: readonly string[] = ['kini', 'sekarang', 'saat ini', 'hari ini', 'detik ini'];
/** Words after the year of such a frame (`Pada Pemilu 2019 lalu,`). */
export const YEAR_FRAME_FOLLOWERS: readonly string[] = ['lalu', 'silam', 'itu'];
/** Conjunctions that open a new clause: a year word earlier in the sentence ("Jumlah pelanggaran tahun lalu mencapai
 *  20 kasus dan evaluasinya dibahas pada 5 Maret") does not frame a date past one of them. */
export const YEAR_WORD_CLAUSE_CONJUNCTIONS: readonly string[] = [
  'dan', 'serta', 'sedangkan', 'sementara', 'namun', 'tetapi', 'tapi', 'melainkan', 'kemudian', 'padahal',
];
/** Conjunctions that join one date to the next in the same clause ("digelar 3 Januari dan 5 Februari"): the second
 *  date keeps the first one's year word. */
export const DATE_JOINERS: readonly string[] = ['dan', 'serta', 'atau'];
/** Words that open a nested event whose own date follows ("dibahas dalam rapat pada 5 Maret", "saat rapat 30
 *  Desember"): a year word on the clause's subject ("Anggaran tahun ini dibahas …") does not frame that date. */
export const NESTED_EVENT_LEADS: readonly string[] = [
  'dalam', 'saat', 'ketika', 'sewaktu', 'semasa', 'usai', 'seusai', 'setelah', 'sesudah', 'sebelum', 'menjelang', 'jelang',
];
/** A date's own leads, which may stand between such a word and the date with no noun of a nested event between them
 *  ("menjelang tanggal 3 Januari" is the predicate's date). */
export const DATE_OWN_LEADS: readonly string[] = ['pada', 'tanggal', 'tgl.', 'tgl'];

/** Phrases that point back to a date already named in the text (`hari itu` = that same day). */
export const ANAPHORIC_DAYS: readonly string[] = ['hari itu', 'hari tersebut', 'hari yang sama'];

/** The parts of a day, as written after a weekday (`Sabtu malam`, `Senin dini hari`) or between a weekday and its
 *  date (`Sabtu malam, 19 Oktober`: one date). */
export const PARTS_OF_DAY: readonly string[] = ['pagi', 'siang', 'sore', 'petang', 'malam', 'dini hari', 'subuh', 'tengah malam', 'tengah hari'];
/** Parts of the day that lie after midnight (`Senin dini hari`): an evening time of the same passage (`pukul
 *  23.30`) falls on the day before, the evening that ran into them. */
export const SMALL_HOURS: readonly string[] = ['dini hari', 'dini'];
/** From this hour a time after a SMALL_HOURS date is the evening before it. */
export const EVENING_BEFORE_SMALL_HOURS_FROM = 18;

/** Words right after a bare weekday that keep it a date (`Selasa malam`, `Selasa lalu`), with the
 *  direction they give relative to the publication date. `same` = on or before publication. */
export const WEEKDAY_FOLLOWERS: Readonly<Record<string, 'same' | 'past' | 'future' | 'last-week' | 'this-week' | 'next-week'>> = lookupTable({
  // time of day (PARTS_OF_DAY; `dini` alone as well: `Senin dini`)
  ...Object.fromEntries(PARTS_OF_DAY.map((p) => [p, 'same' as const])), dini: 'same',
  // a time right after it (`Minggu pukul 07.55`): the time then attaches to it
  pukul: 'same', jam: 'same',
  // direction
  lalu: 'past', kemarin: 'past', mendatang: 'future', depan: 'future', nanti: 'future', besok: 'future',
  // the weekday of the previous / next calendar week (Monday-first): news/08 "pada Kamis pekan lalu"
  'pekan lalu': 'last-week', 'minggu lalu': 'last-week', 'pekan kemarin': 'last-week', 'minggu kemarin': 'last-week',
  'pekan depan': 'next-week', 'minggu depan': 'next-week', 'pekan mendatang': 'next-week', 'minggu mendatang': 'next-week',
  // the weekday of the publication's own week, either side of it (paradigm20: "Rapat pleno digelar Kamis pekan ini"
  // published on a Tuesday is that Thursday, not the Thursday before)
  'pekan ini': 'this-week', 'minggu ini': 'this-week',
});

/** Words before a bare weekday that make it a date expression (`pada Selasa`, `hari Selasa`).
 *  Not `setiap`/`tiap` (every Monday is no date) nor `hingga`/`sampai` (direction unknown). */
export const WEEKDAY_LEADS: readonly string[] = ['pada', 'hari', 'sejak'];
/** Event and scheduling verbs right before a bare weekday, which is then their time adjunct (`dijadwalkan
 *  Jumat`, `yang akan digelar Sabtu`, `sidang yang dijadwalkan Selasa batal`): a lead as WEEKDAY_LEADS are. */
export const WEEKDAY_VERB_LEADS: readonly string[] = [
  'dijadwalkan', 'direncanakan', 'digelar', 'diadakan', 'dilaksanakan', 'diselenggarakan', 'berlangsung', 'dimulai',
  'dibuka', 'ditutup', 'dilantik', 'diperiksa', 'dipanggil',
];
/** Words before a bare weekday that make it a date only when its clause says which way it lies, by a
 *  FUTURE_CLAUSE_CUES word (`posko dibuka mulai besok hingga Jumat`); alone their direction is unknown. */
export const WEEKDAY_RANGE_LEADS: readonly string[] = ['hingga', 'sampai'];
/** A deadline in a weekday's clause (`Kami beri waktu sampai Jumat`, `batas waktu hingga Senin`) puts a weekday after
 *  `hingga`/`sampai` ahead (on or after publication), as a future cue does; `paling lambat Jumat` and
 *  `selambat-lambatnya Senin` lead a weekday of their own. Lower-case. */
export const DEADLINE_CUES: readonly string[] = [
  'beri waktu', 'diberi waktu', 'memberi waktu', 'memberikan waktu', 'diberikan waktu', 'batas waktu', 'tenggat',
  'tenggang waktu', 'batas akhir', 'paling lambat', 'selambat-lambatnya', 'diperpanjang',
];
/** DEADLINE_CUES that stand right before the weekday they put ahead (`paling lambat Jumat`). */
export const DEADLINE_LEADS: readonly string[] = ['paling lambat', 'selambat-lambatnya', 'tenggat', 'batas waktu', 'batas akhir'];
/** Words earlier in a bare weekday's clause (same sentence, before it) that put the weekday after the
 *  publication date: `rapat akan digelar pada Rabu`, `pelantikan dijadwalkan Kamis`, `mulai besok hingga Jumat`.
 *  Without one, a bare weekday is the latest such day on or before publication (news reports what happened). */
export const FUTURE_CLAUSE_CUES: readonly string[] = ['akan', 'bakal', 'dijadwalkan', 'direncanakan', 'rencananya', 'besok', 'mendatang', 'nanti'];
/** Aspect words that keep a clause in the past whatever future cue it holds: `sidang semula dijadwalkan Selasa
 *  malam, namun …` (was scheduled), `sempat akan digelar Rabu`. */
export const PAST_CLAUSE_CUES: readonly string[] = ['semula', 'awalnya', 'tadinya', 'sebelumnya', 'sempat', 'sudah', 'telah'];
/** Words that only say an event was scheduled (some of FUTURE_CLAUSE_CUES, and `sedianya`, `seharusnya`: "was
 *  to"), not that it lies ahead: with a WEEKDAY_CALLED_OFF word after the weekday they give no direction. */
export const SCHEDULE_CLAUSE_CUES: readonly string[] = ['dijadwalkan', 'direncanakan', 'rencananya', 'sedianya', 'semestinya', 'seharusnya', 'mestinya'];
/** Words after a scheduled weekday, in its sentence, that report the event called off or put back
 *  (`sidang yang dijadwalkan Selasa batal`, `rapat yang direncanakan Minggu diundur`). Such news comes out just
 *  before the day (put off in advance) or just after it (called off on the day), so the weekday is the
 *  occurrence nearest to publication, either side: published Wednesday, `Selasa` is the day before;
 *  published Saturday, `Minggu` the day after. Lower-case. */
export const WEEKDAY_CALLED_OFF: readonly string[] = [
  'batal', 'dibatalkan', 'ditunda', 'diundur', 'tertunda', 'molor', 'urung', 'gagal', 'tidak jadi', 'mundur',
];

/** Words that end a span (`sepanjang tahun ini hingga 3 Januari`): a day after one is the end of a stretch that runs
 *  on from a year word before it, so that year word does not frame it (src/extract/dates/sentence-year.ts). Between two
 *  clock times they make a span of hours (`pukul 08.00 sampai 16.00`: src/extract/dates/refiners.ts attachTimes). */
export const SPAN_END_WORDS: readonly string[] = ['hingga', 'sampai', 'sampai dengan', 's.d.', 's.d', 's/d'];
/** Words of being open or serving, or of the public using a service, that make a span of clock hours in their
 *  sentence the hours something is open (`Posko melayani warga pukul 08.00-16.00 WIB`, `Sekretariat buka pukul
 *  08.00-16.00`, `Petugas bekerja dua shift, pukul 08.00-16.00`, `Warga dapat melapor pukul 08.00-16.00 WIB`), not an
 *  event's own hours (`Kampanye itu berlangsung pukul 14.00 hingga 17.00 WITA`: the time of the passage's date).
 *  src/extract/dates/refiners.ts attachTimes. Not `menerima` (`menerima audiensi pukul 10.00-11.00` is an event).
 *  Lower-case; matched in either case. */
export const OPENING_HOURS_WORDS: readonly string[] = [
  'buka', 'dibuka', 'membuka', 'melayani', 'dilayani', 'layanan', 'pelayanan', 'diterima', 'piket', 'shift', 'sif',
  'bekerja', 'beroperasi', 'operasional', 'jam kerja', 'melapor', 'mengadu',
];

/** Words that join the two ends of a range of dates, or two dates of one list (`25 September hingga 23 November
 *  2024`, `5 s.d. 7 November`, `antara 25 September dan 5 Oktober 2024`): a year written only on the last one is the
 *  first one's too (stated, not inferred). Dashes join them as well (RANGE_DASHES). */
export const RANGE_CONNECTOR_WORDS: readonly string[] = ['hingga', 'sampai', 'sampai dengan', 's.d.', 's.d', 's/d', 'dan', 'serta'];
/** The dashes that join a range (`5-7 November`, `25 September–23 November 2024`). */
export const RANGE_DASHES: readonly string[] = ['-', '–', '—'];

/** Words that announce a date: a `d/m` without a year is only read after one of these. */
export const DATE_CUES: readonly string[] = ['tanggal', 'tgl', 'tertanggal'];

/** Words that make a time in their sentence a recurring one (`setiap debat … pukul 19.00`): such a time
 *  belongs to no single date. */
export const RECURRENCE_WORDS: readonly string[] = ['setiap', 'tiap', 'saban', 'sehari-hari', 'rutin'];
/** Words right before a period that make it recurring (`setiap akhir tahun`, `tiap awal bulan`): no date. */
export const EVERY_WORDS: readonly string[] = ['setiap', 'tiap', 'saban'];

/** Genre nouns of a report, a review or a meeting that take the period they look back on as a modifier (`rilis akhir
 *  tahun`, `laporan akhir bulan`, `Refleksi Akhir Tahun Polres X`, `rapat awal tahun`): a bare period right after one
 *  (no `ini`/`lalu`/year) names the genre, not a date; the event's own date is written elsewhere. Not the words of a
 *  stretch of time (`libur akhir tahun`, `cuti akhir tahun`: the holiday falls at that time, a date) nor verbs
 *  (`rampung akhir tahun`). Lower-case; matched in either case. */
export const PERIOD_GENRE_NOUNS: readonly string[] = [
  // releases, reports and reviews
  'rilis', 'laporan', 'evaluasi', 'catatan', 'refleksi', 'kilas balik', 'rekap', 'rekapitulasi', 'tinjauan', 'ulasan',
  'review', 'outlook', 'proyeksi', 'resume', 'rangkuman',
  // meetings and addresses
  'rapat', 'rakor', 'rapat kerja', 'raker', 'konferensi pers', 'jumpa pers', 'temu pers', 'pidato', 'pesan', 'apel',
  // examinations and appraisals
  'ujian', 'penilaian', 'audit', 'survei',
];

/** English ordinal suffixes after a day number (`November 22nd, 2024`). */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

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

/** Words between a time of day and the date right after it, which the time then belongs to (`pukul 00.00 WIB
 *  tanggal 24 November`, `pukul 09.00 WIB, Kamis (3/10)`, `pukul 10.00 pada hari Senin`). Lower-case. */
export const TIME_TO_DATE_LINKS: readonly string[] = ['tanggal', 'tgl', 'pada', 'pada tanggal', 'pada hari', 'hari'];

/** Hedge words between a date and the time right after it, which still joins the date (`Sabtu (9/11/2024) sekitar
 *  pukul 09.30 WIB`, `Minggu (22/6) malam, sekitar pukul 20.30 WIB`: one date at that time; general-heldout b18).
 *  Lower-case. */
export const TIME_HEDGES: readonly string[] = ['sekitar', 'sekira', 'kira-kira', 'kurang lebih', 'lebih kurang'];

/** Words that may follow a year before 1900 (`pada 1522 dan …`, `tahun 1619, Belanda …`, `sejak 1850 silam`):
 *  such a year is kept only before punctuation, the end, or one of these; `hingga 1500 meter` is a count. */
export const OLD_YEAR_FOLLOWERS: readonly string[] = [
  'dan', 'atau', 'hingga', 'sampai', 'silam', 'lalu', 'masehi', 'm', 'ketika', 'saat', 'setelah', 'sebelum',
];

/** The word of a century (`abad ke-19`, `abad XIX`): a vague period, its value not a calendar date. */
export const CENTURY_WORDS: readonly string[] = ['abad'];

/** `semalam` = last night (the day before publication) where it stands for a time: at the start of a sentence
 *  or a quote (`"Semalam kami tidur di tenda"`), or after one of these words (`hujan sejak semalam`).
 *  Elsewhere it is a duration (`menginap semalam`, `semalam suntuk`). */
export const LAST_NIGHT_WORDS: readonly string[] = ['semalam'];
export const LAST_NIGHT_LEADS: readonly string[] = ['sejak', 'hingga', 'sampai', 'mulai'];
/** Words after `semalam` that make it a duration (`semalam suntuk`, `semalam penuh`). */
export const LAST_NIGHT_DURATION_AFTER: readonly string[] = ['suntuk', 'penuh', 'saja'];

/** A day of a month named relative to publication: `tanggal 10 bulan ini`, `tgl 25 bulan depan`. The cue words
 *  before the day, the month word, and each month direction with its offset in months. */
export const DAY_OF_MONTH_CUES: readonly string[] = ['tanggal', 'tgl'];
export const MONTH_WORDS: readonly string[] = ['bulan'];
export const MONTH_OFFSETS: Readonly<Record<string, number>> = lookupTable({
  ini: 0, lalu: -1, kemarin: -1, 'yang lalu': -1, depan: 1, mendatang: 1, 'yang akan datang': 1,
});
