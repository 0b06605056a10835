// Parser: a range of years after a year lead, `pada 2019-2020`, `sejak 1998–2000`, `tahun 2020-2022`: the first
// year takes the whole span and the last its own part, as a day range does (`24-26 November 2024`). Without a
// lead the range is a label and no date: `periode 2024-2029`, `musim 2023/2024`, a document number.
import { candidate, isDigitAt, LAW_YEAR_BEFORE, NUM_START, YEAR_LEAD_BEFORE, type DateParser } from './parse-kit.js';
import { At } from './scan.js';

/** How far apart the two years may be: a longer span is rather a label or two unrelated numbers. */
const MAX_SPAN = 30;

export const yearRange: DateParser = {
  name: 'years',
  // the `NUM_START` look-behind refuses a letter, digit or separator right before
  at: At.Digits,
  maybe: (text, p) => isDigitAt(text, p + 3) && !isDigitAt(text, p + 4),
  pattern: new RegExp(
    `${NUM_START}(?<y0>(?:1[5-9]|20)\\d{2})\\s{0,2}[-–]\\s{0,2}(?<y1>(?:1[5-9]|20)\\d{2})(?![\\p{L}\\p{N}]|[.,:/\\-–]\\p{N})`,
    'dgu',
  ),
  extract(m, text) {
    const y0 = Number(m.groups!.y0);
    const y1 = Number(m.groups!.y1);
    if (!(y1 > y0 && y1 - y0 <= MAX_SPAN)) return null;
    const look = text.slice(Math.max(0, m.index - 40), m.index);
    if (!YEAR_LEAD_BEFORE.test(look) || LAW_YEAR_BEFORE.test(look)) return null;
    const end = m.index + m[0].length;
    return [
      candidate(m.index, end, this.name, null, null, y0, null, null),
      candidate(m.indices!.groups!.y1![0], end, `${this.name}-range-end`, null, null, y1, null, null),
    ];
  },
};
