// Refiner (after resolveCalendar): a sentence framed in a year (`Pada Pilkada 2017, rekapitulasi molor hingga
// pertengahan Desember`, `Dalam Pemilu 2019 lalu, pencoblosan digelar 17 April`) gives that year to a day or month
// written without one later in the sentence (2017-12, 2019-04-17), instead of the year nearest the publication
// date. The frame is the sentence's opening up to its first comma: a lead (YEAR_FRAME_LEADS), at most a few words
// (an election's name and region), the year, and optionally `lalu`/`silam`. Not for a date with a direction (`Mei
// lalu` counts from publication), nor one whose written weekday does not fall on it in that year; `certain` stays
// false.
import { YEAR_FRAME_FOLLOWERS, YEAR_FRAME_LEADS } from '../../lexicon/calendar.js';
import { isValidDate, toIso, weekdayOf } from './daymath.js';
import { copyOf, type WorkDate } from './refiners.js';
import { WE, alternation, sentenceAt, type Sentences } from './text.js';

const FRAME = new RegExp(
  `^[\\s"“‘'(]{0,3}(?:${alternation(YEAR_FRAME_LEADS)})\\s{1,2}(?:[^,.;:!?"“”\\n]{0,60}?\\s)?(?<y>(?:19|20)\\d{2})(?:\\s{1,2}(?:${alternation(YEAR_FRAME_FOLLOWERS)}))?${WE}\\s{0,2},`,
  'iu',
);
/** The longest frame read: the lead, 60 characters, the year and its follower. */
const FRAME_REACH = 100;

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function yearFromFrame(list: WorkDate[], text: string, sentences: Sentences): WorkDate[] {
  let out: WorkDate[] | null = null;
  let frameSentence = -1;
  let frame: { y: number; end: number } | null = null;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c.relative !== null || c.month === null || c.year !== null || c.toward !== null) continue;
    const [ss] = sentenceAt(sentences, c.start);
    if (ss !== frameSentence) {
      frameSentence = ss;
      const f = FRAME.exec(text.slice(ss, ss + FRAME_REACH));
      frame = f === null ? null : { y: Number(f.groups!.y), end: ss + f[0].length };
    }
    if (frame === null || c.start < frame.end) continue;
    const iso = c.day === null ? `${frame.y}-${pad2(c.month)}` : isValidDate(frame.y, c.month, c.day) ? toIso(frame.y, c.month, c.day) : null;
    if (iso === null || iso === c.iso) continue;
    // a written weekday must agree with the frame's year (`Pada 2019, rapat digelar Selasa (5/3)`: 5 March 2019 is a
    // Tuesday); else the date is the one near publication its weekday picked
    if (c.weekday !== null && (c.day === null || weekdayOf(frame.y, c.month, c.day) !== c.weekday)) continue;
    out ??= list.slice();
    const framed = copyOf(c);
    framed.iso = iso;
    framed.certain = false;
    framed.weekdayMismatch = false;
    out[i] = framed;
  }
  return out ?? list;
}
