// Refiner (after resolveCalendar): a sentence framed in a year (`Pada Pilkada 2017, rekapitulasi molor hingga
// pertengahan Desember`, `Dalam Pemilu 2019 lalu, pencoblosan digelar 17 April`) gives that year to a day or month
// written without one later in the sentence (2017-12, 2019-04-17), instead of the year nearest the publication
// date. The frame is the sentence's opening up to its first comma: a lead (YEAR_FRAME_LEADS), at most a few words
// (an election's name and region), the year, and optionally `lalu`/`silam`. Not for a date with a direction (`Mei
// lalu` counts from publication), nor one whose written weekday does not fall on it in that year; `certain` stays
// false.
//
// A year word earlier in the sentence frames it too (check18/e10, a year-end recap published 31 December: "Kasus pertama
// tahun ini tercatat pada 3 Januari, sedangkan kasus terakhir pada 25 November" is 3 January of that year, not the
// next January nearest publication; in a January article "Kasus pertama tahun lalu tercatat pada 3 Januari" is the
// January of the year before). Only the rest of its clause (no comma between): "Dibanding periode yang sama tahun lalu,
// laporan per 5 Maret naik" is this March, and "Target tahun ini naik, kata dia saat rapat 30 Desember" in a January
// article is the December just past. Not a day after a span's end word (SPAN_END_WORDS: "Sepanjang tahun ini hingga 3
// Januari" runs on into the new year).
import { SPAN_END_WORDS, YEAR_FRAME_FOLLOWERS, YEAR_FRAME_LEADS } from '../../lexicon/calendar.js';
import { isValidDate, parseIso, toIso, weekdayOf } from './daymath.js';
import { copyOf, type WorkDate } from './refiners.js';
import { WE, alternation, sentenceAt, type Sentences } from './text.js';

const FRAME = new RegExp(
  `^[\\s"“‘'(]{0,3}(?:${alternation(YEAR_FRAME_LEADS)})\\s{1,2}(?:[^,.;:!?"“”\\n]{0,60}?\\s)?(?<y>(?:19|20)\\d{2})(?:\\s{1,2}(?:${alternation(YEAR_FRAME_FOLLOWERS)}))?${WE}\\s{0,2},`,
  'iu',
);
/** The longest frame read: the lead, 60 characters, the year and its follower. */
const FRAME_REACH = 100;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A span's end word right before a date (`hingga 3 Januari`). */
const SPAN_END_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(SPAN_END_WORDS)})\\s{1,2}$`, 'iu');
/** What ends a clause between a year word and the date it would frame. */
const CLAUSE_BREAK = /[,;:]/u;

/** The year a year word (`tahun ini`, `tahun lalu`: a relative period of a year) earlier in `c`'s sentence (from
 *  `ss`) gives it, else null. */
function yearWordFrame(list: WorkDate[], i: number, ss: number, text: string, pubYear: number): number | null {
  const c = list[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const w = list[j]!;
    if (w.start < ss) return null;
    const r = w.relative;
    if (r === null || r.kind !== 'period' || r.step !== 'year' || r.precision !== 'year') continue;
    if (SPAN_END_BEFORE.test(text.slice(Math.max(w.end, c.start - 16), c.start))) return null;
    if (CLAUSE_BREAK.test(text.slice(w.end, c.start))) return null;
    return pubYear + r.offset;
  }
  return null;
}

export function yearFromFrame(list: WorkDate[], text: string, sentences: Sentences, published: string | null = null): WorkDate[] {
  const pub = parseIso(published);
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
    const y = frame !== null && c.start >= frame.end ? frame.y : pub === null ? null : yearWordFrame(list, i, ss, text, pub.y);
    if (y === null) continue;
    const iso = c.day === null ? `${y}-${pad2(c.month)}` : isValidDate(y, c.month, c.day) ? toIso(y, c.month, c.day) : null;
    if (iso === null || iso === c.iso) continue;
    // a written weekday must agree with the frame's year (`Pada 2019, rapat digelar Selasa (5/3)`: 5 March 2019 is a
    // Tuesday); else the date is the one near publication its weekday picked
    if (c.weekday !== null && (c.day === null || weekdayOf(y, c.month, c.day) !== c.weekday)) continue;
    out ??= list.slice();
    const framed = copyOf(c);
    framed.iso = iso;
    framed.certain = false;
    framed.weekdayMismatch = false;
    out[i] = framed;
  }
  return out ?? list;
}
