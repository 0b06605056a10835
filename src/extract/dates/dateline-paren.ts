// Parser: the day and month of a release's or wire's dateline without its year (`KUPANG (12/2) – Badan …`, `Kota Bima
// (3/10) — …`): the place words open the paragraph, the date stands in brackets, a dash follows (dateline-frame.ts
// isDatelineDate reads that frame). A `d/m` elsewhere needs a weekday or a date cue (parsers.ts); in this frame it is
// the release's date, its year taken from the publication date (not certain), as `Kamis (19/12)`.
import { candidate, dm, NUM_START, type DateParser } from './parse-kit.js';
import { isDatelineDate } from './dateline-frame.js';
import { At } from './scan.js';

export const datelineParen: DateParser = {
  name: 'dateline-paren',
  at: At.Digits,
  // the closing bracket right after the month (the dash after it is checked by isDatelineDate)
  pattern: new RegExp(`${NUM_START}(?<d>\\d{1,2})/(?<m>\\d{1,2})(?=\\))`, 'gu'),
  extract(m, text) {
    const v = dm(m.groups!.d, m.groups!.m);
    if (!v || m.index === 0 || text[m.index - 1] !== '(') return null;
    const end = m.index + m[0].length;
    if (!isDatelineDate(text, m.index, end)) return null;
    return candidate(m.index, end, this.name, v.day, v.month, null, null, null);
  },
};
