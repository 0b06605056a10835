// Parser: a day of a month named relative to the publication date, `tanggal 10 bulan ini`, `tgl. 25 bulan depan`,
// `tanggal 3 bulan lalu` (day 10 of the publication month, of the next one, of the one before). The relative
// parser refuses such a count (`25 bulan depan` is not 25 months ahead when `tanggal` stands before it).
import { DAY_OF_MONTH_CUES, MONTH_OFFSETS, MONTH_WORDS } from '../../lexicon/calendar.js';
import { candidate, relativeOf, wordStart, type DateParser } from './parse-kit.js';
import { At } from './scan.js';
import { WE, alternation, lookup } from './text.js';

export const dayOfMonth: DateParser = {
  name: 'day-of-month',
  // kept only at a word start (`wordStart`); the cue is followed by `.` or a space
  at: At.DateCue,
  pattern: new RegExp(
    `(?:${alternation(DAY_OF_MONTH_CUES)})\\.?\\s{1,2}(?<d>\\d{1,2})\\s{1,2}(?:${alternation(MONTH_WORDS)})\\s{1,2}(?<dir>${alternation(Object.keys(MONTH_OFFSETS))})${WE}`,
    'giu',
  ),
  extract(m, text) {
    if (!wordStart(text, m.index)) return null;
    const day = Number(m.groups!.d);
    const offset = lookup(MONTH_OFFSETS, m.groups!.dir!);
    if (day < 1 || day > 31 || offset === undefined) return null;
    // kind `period` with precision `day`: day `day` of the publication month + `offset` (resolveRelative)
    return candidate(m.index, m.index + m[0].length, this.name, day, null, null, null, relativeOf('period', offset, null, 'month', 'day'));
  },
};
