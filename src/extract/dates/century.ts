// Parser: a century (`abad ke-19`, `abad ke 20`, `abad XIX`, `Abad ke-21`). A time expression (TIMEX3 marks it
// as a date of century granularity), but no calendar date: the mention has no value (`iso: null`), as a vague
// `pekan depan`. `setengah abad`, `tiga abad` (durations) have no ordinal and never match.
import { CENTURY_WORDS } from '../../lexicon/calendar.js';
import { candidate, relativeOf, wordStart, type DateParser } from './parse-kit.js';
import { At } from './scan.js';
import { alternationOfSources, caseVariants, escapeRe } from '../../text/regex.js';
import { WE } from './text.js';

/** A century word, its ordinal (digits after `ke`, or a Roman numeral in capitals: without the `i` flag, so
 *  that `abad lalu` is not read as `L`). */
export const century: DateParser = {
  name: 'century',
  // kept only at a word start (`wordStart`), and the century word is followed by a space
  at: At.Relative,
  pattern: new RegExp(
    `(?:${alternationOfSources(CENTURY_WORDS.flatMap(caseVariants).map(escapeRe))})\\s{1,2}(?:(?:ke|Ke|KE)(?:\\s{0,2}-\\s{0,2}|\\s{1,2})(?:\\d{1,2}|[IVXL]{1,6})|[IVXL]{1,6})${WE}`,
    'gu',
  ),
  extract(m, text) {
    if (!wordStart(text, m.index)) return null;
    return candidate(m.index, m.index + m[0].length, this.name, null, null, null, null, relativeOf('vague', 0, null));
  },
};
