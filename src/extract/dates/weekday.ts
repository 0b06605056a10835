// Parser: a bare, capitalised weekday (`di Pangkalpinang, Selasa.`, `pada Kamis malam`, `(Sabtu)`, `mulai besok
// hingga Jumat`). Only the weekday and its written direction are taken here; the refiners (refiners.ts) put it
// on the calendar against the publication date: the latest such day on or before it, or, after a future cue in
// the clause (`akan digelar pada Rabu`, dir `upcoming`), the first on or after it.
import { DEADLINE_CUES, DEADLINE_LEADS, FUTURE_CLAUSE_CUES, OPENING_HOURS_WORDS, PAST_CLAUSE_CUES, RECURRENCE_WORDS, SCHEDULE_CLAUSE_CUES, SPAN_END_WORDS, TIME_CUES, TIME_ZONES, WEEKDAY_CALLED_OFF, WEEKDAY_FOLLOWERS, WEEKDAY_RANGE_LEADS, WEEKDAY_VERB_LEADS } from '../../lexicon/calendar.js';
import { before, candidate, relativeOf, UPPER_FIRST, WD, WEEKDAY_LEAD_BEFORE, weekdayOfName, wordStart, type DateParser } from './parse-kit.js';
import { clauseStartBefore } from '../../text/search.js';
import { At } from './scan.js';
import { WB, WE, alternation, lookup } from './text.js';
import { WEEK_SENSE_WORDS } from '../../lexicon/date-words.js';

const FOLLOW = alternation(Object.keys(WEEKDAY_FOLLOWERS));
/** `Minggu lalu`/`Minggu depan` mean "last/next week", not a Sunday. */
const WEEK_SENSE = new Set(WEEK_SENSE_WORDS);

const TIME_CUE_SET = new Set(TIME_CUES.map((c) => c.toLowerCase()));

/** The second weekday of a range after the first (`-Selasa pekan lalu`), with its follower. */
const WEEKDAY_RANGE_END = new RegExp(`^\\s{0,2}[-–]\\s{0,2}(?:${WD})(?:\\s{1,2}(?<fol>${FOLLOW})${WE})?`, 'iu');

const WEEKDAY_RANGE_LEAD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(WEEKDAY_RANGE_LEADS)})\\s{1,2}$`, 'iu');
const FUTURE_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(FUTURE_CLAUSE_CUES)})(?![\\p{L}\\p{N}])`, 'iu');
/** A future cue that does not only say the event was scheduled (`akan`, `besok`): it keeps the weekday ahead. */
const SCHEDULE_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(SCHEDULE_CLAUSE_CUES)})(?![\\p{L}\\p{N}])`, 'iu');
const AHEAD_CLAUSE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(FUTURE_CLAUSE_CUES.filter((w) => !SCHEDULE_CLAUSE_CUES.includes(w)))})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** A called-off word after the weekday, before the sentence ends (`Selasa batal`, `Minggu diundur`). */
const CALLED_OFF_AFTER = new RegExp(`^[^.!?;\\n]{0,60}?(?<![\\p{L}\\p{N}])(?:${alternation(WEEKDAY_CALLED_OFF)})(?![\\p{L}\\p{N}])`, 'iu');
const WEEKDAY_VERB_LEAD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(WEEKDAY_VERB_LEADS)})\\s{1,2}$`, 'iu');
const DEADLINE_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(DEADLINE_CUES)})(?![\\p{L}\\p{N}])`, 'iu');
const DEADLINE_LEAD_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(DEADLINE_LEADS)})\\s{1,2}$`, 'iu');
const PAST_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(PAST_CLAUSE_CUES)})(?![\\p{L}\\p{N}])`, 'iu');
/** A recurrence word right before the weekday (`setiap Kamis`, `tiap hari Senin`): a set, no date. */
const RECURRENCE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(RECURRENCE_WORDS)})(?:\\s{1,2}hari)?\\s{1,2}$`, 'iu');
/** The other end of a range of weekdays right after a weekday (`Senin-Jumat`, `Senin sampai Kamis`) or right before it. */
const RANGE_JOIN = `(?:\\s{0,2}[-–]\\s{0,2}|\\s{1,2}(?:${alternation(SPAN_END_WORDS)})\\s{1,2})`;
const WEEKDAY_RANGE_AHEAD = new RegExp(`^${RANGE_JOIN}(?:${WD})${WE}`, 'iu');
const WEEKDAY_RANGE_BEHIND = new RegExp(`${WB}(?:${WD})${RANGE_JOIN}$`, 'iu');
/** A word of being open or serving (as for a span of clock hours, refiners.ts attachTimes). */
const OPENING_HOURS = new RegExp(`${WB}(?:${alternation(OPENING_HOURS_WORDS)})${WE}`, 'iu');
/** Clock hours (`pukul 08.00`, `jam 8`, `08.00-15.30`, `08.00 WIB`) or a recurrence word (`setiap`, `tiap`): what makes
 *  the days something is open a weekly schedule. An opening word alone does not (review19 a4: "Pendaftaran calon anggota
 *  PPK dibuka Senin hingga Rabu di kantor KPU" is a one-off event from Monday). */
const WEEKLY_MARK = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternation(TIME_CUES)})\\s{0,2}\\d{1,2}(?![\\p{L}])|\\d{1,2}[.:]\\d{2}\\s{0,2}(?:[-–]|(?:${alternation(TIME_ZONES)})${WE})|(?:${alternation(RECURRENCE_WORDS)})${WE})`,
  'iu',
);
/** The rest of a weekday's sentence read for a word of being open: up to a sentence end (a stop before a space, not the
 *  dot of `08.00`), a semicolon or a line break, at most SCHEDULE_AHEAD characters. */
const SENTENCE_REST = /^[^\n;]*?(?:[.!?](?=\s|$)|$)/u;
const SCHEDULE_AHEAD = 100;
/** A range of weekdays with no direction word in a sentence of being open or serving, with clock hours or a recurrence
 *  word (WEEKLY_MARK), is the days something is open, every week (paradigm20: "Kantor Bawaslu buka Senin-Jumat pukul
 *  08.00-15.30 WIB"): no date. Without hours nor recurrence, or with a direction word, it is a date (`Posko pengaduan
 *  dibuka Senin-Selasa pekan lalu`), and so is a range with its dates (`Senin-Rabu (4-6/11)`, another parser). */
function isWeeklySchedule(text: string, start: number, after: number, clause: string): boolean {
  const inRange = WEEKDAY_RANGE_AHEAD.test(text.slice(after, after + 24)) || WEEKDAY_RANGE_BEHIND.test(text.slice(Math.max(0, start - 24), start));
  if (!inRange) return false;
  const rest = SENTENCE_REST.exec(text.slice(after, after + SCHEDULE_AHEAD))![0];
  return (OPENING_HOURS.test(clause) || OPENING_HOURS.test(rest)) && (WEEKLY_MARK.test(clause) || WEEKLY_MARK.test(rest));
}

/** How far back (characters) a weekday's clause is read for a future cue. */
const CLAUSE_BACK = 100;
/** The text of the clause before `pos`: back to the last sentence end, semicolon, quote mark or line break,
 *  at most CLAUSE_BACK characters. */
const isWeekdayClauseBreak = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x22 || c === 0x201c || c === 0x201d;
function clauseBefore(text: string, pos: number): string {
  return text.slice(clauseStartBefore(text, pos, CLAUSE_BACK, isWeekdayClauseBreak), pos);
}

/** A bare, capitalised weekday in a date position: `di Pangkalpinang, Selasa.`, `pada Kamis malam`,
 *  `(Sabtu)`. */
export const bareWeekday: DateParser = {
  name: 'weekday',
  // kept only at a word start, and the weekday is followed by a space, punctuation or the end
  at: At.Weekday,
  pattern: new RegExp(
    `(?<wd>${WD})(?=\\s{0,2}(?:[.,;:)!?\\n]|$)|\\s{1,2}(?<fol>${FOLLOW})${WE}|(?<rng>\\s{0,2}[-–]\\s{0,2})(?:${WD})${WE}|(?<word>\\s{1,2})\\p{Ll})`,
    'giu',
  ),
  extract(m, text) {
    const g = m.groups!;
    if (!wordStart(text, m.index) || !UPPER_FIRST.test(g.wd!)) return null;
    // `Senin-Selasa pekan lalu`: the first of a range takes the second's follower
    const after = m.index + g.wd!.length;
    const folText = g.fol ?? (g.rng === undefined ? undefined : WEEKDAY_RANGE_END.exec(text.slice(after, after + 40))?.groups!.fol);
    // a future cue earlier in its clause (`akan digelar pada Rabu`) puts an undirected weekday ahead
    // (unless an aspect word keeps it past: `semula dijadwalkan Selasa`)
    const clause = clauseBefore(text, m.index);
    const ahead = FUTURE_CLAUSE.test(clause) && !PAST_CLAUSE.test(clause);
    // a follower (`Selasa malam`, `Rabu lalu`, `Minggu pukul 07.55`) or a lead (`, Selasa.`, `pada Selasa`); a
    // range lead (`hingga Jumat`) only with a future cue
    const lead = before(text, m.index);
    // every Thursday (`disiarkan setiap Kamis pukul 08.00 WIB`) is no date
    if (RECURRENCE_BEFORE.test(lead)) return null;
    // a deadline (`beri waktu sampai Jumat`, `paling lambat Senin`) lies ahead too
    const deadline = DEADLINE_LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || (WEEKDAY_RANGE_LEAD_BEFORE.test(lead) && DEADLINE_CLAUSE.test(clause));
    if (folText === undefined && !deadline && !WEEKDAY_LEAD_BEFORE.test(lead) && !(ahead && WEEKDAY_RANGE_LEAD_BEFORE.test(lead))) return null;
    // a weekday running on into a lower-case word (`yang dijadwalkan Selasa batal`) only right after an event verb or
    // as a deadline (`sampai Jumat untuk menyerahkan bukti`)
    if (folText === undefined && g.word !== undefined && !deadline && !WEEKDAY_VERB_LEAD_BEFORE.test(lead)) return null;
    const weekday = weekdayOfName(g.wd);
    if (weekday === null) return null;
    const fol = folText === undefined ? undefined : folText.toLowerCase().replace(/\s+/gu, ' ');
    if (/^minggu$/i.test(g.wd!) && fol !== undefined && WEEK_SENSE.has(fol)) return null;
    const written = fol === undefined ? 'same' : lookup(WEEKDAY_FOLLOWERS, fol) ?? 'same';
    if (written === 'same' && isWeeklySchedule(text, m.index, after, clause)) return null;
    // a scheduled day called off or put back (`yang dijadwalkan Selasa batal`): the nearest such day, either side,
    // unless the clause says the event lies ahead (`akan`, `besok`)
    const calledOff =
      SCHEDULE_CLAUSE.test(clause) && !PAST_CLAUSE.test(clause) && !AHEAD_CLAUSE.test(clause) && CALLED_OFF_AFTER.test(text.slice(after, after + 80));
    const dir = written === 'same' && calledOff ? 'nearest' : written === 'same' && (ahead || (deadline && !PAST_CLAUSE.test(clause))) ? 'upcoming' : written;
    // the span takes a written follower (`Selasa malam`, `Kamis pekan lalu`), not a time cue: the time joins it later
    const end = g.fol !== undefined && !TIME_CUE_SET.has(fol!) ? text.indexOf(g.fol, after) + g.fol.length : after;
    return candidate(m.index, end, this.name, null, null, null, weekday, relativeOf('weekday', 0, dir));
  },
};
