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
// Januari" runs on into the new year). Only `tahun ini` and `tahun lalu`: "Anggaran pengawasan tahun depan dibahas
// pada 5 Maret" is a plan for next year discussed now. Not past a clause conjunction (YEAR_WORD_CLAUSE_CONJUNCTIONS:
// "Jumlah pelanggaran tahun lalu mencapai 20 kasus dan evaluasinya dibahas pada 5 Maret" is this March), save one that
// joins two dates ("digelar 3 Januari dan 5 Februari"). Not a nested event's date (NESTED_EVENT_LEADS: "Anggaran
// pengawasan tahun ini dibahas DPRD dalam rapat 30 Desember" in a January article is the meeting's December just
// past). In each of these the date takes the default resolution. A year word fronted before its comma frames the
// clause after it ("Tahun ini, kasus pertama tercatat pada 3 Januari" in a year-end recap is that January).
import {
  DATE_JOINERS, DATE_OWN_LEADS, FUTURE_CLAUSE_CUES, NESTED_EVENT_LEADS, SPAN_END_WORDS, SPAN_FRAME_LEADS, YEAR_FRAME_FOLLOWERS,
  YEAR_FRAME_LEADS, YEAR_WORD_CLAUSE_CONJUNCTIONS,
} from '../../lexicon/calendar.js';
import { isValidDate, parseIso, toIso, weekdayOf } from './daymath.js';
import { copyOf, type WorkDate } from './refiners.js';
import { WE, alternation, sentenceAt, type Sentences } from './text.js';

const FRAME = new RegExp(
  `^[\\s"“‘'(]{0,3}(?:${alternation(YEAR_FRAME_LEADS)})\\s{1,2}(?:[^,.;:!?"“”\\n]{0,60}?\\s)?(?<y>(?:19|20)\\d{2})(?:\\s{1,2}(?:${alternation(YEAR_FRAME_FOLLOWERS)}))?${WE}\\s{0,2},`,
  'iu',
);
/** A frame spanning the whole year (`Sepanjang 2024, …`): it frames the rest of its paragraph (spanFrame). */
const SPAN_FRAME_LEAD = new RegExp(`^[\\s"“‘'(]{0,3}(?:${alternation(SPAN_FRAME_LEADS)})\\s`, 'iu');
/** A future cue before a date in its sentence: a plan, outside a recap's narrated year. */
const FUTURE_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(FUTURE_CLAUSE_CUES)})(?![\\p{L}\\p{N}])`, 'iu');
/** The longest frame read: the lead, 60 characters, the year and its follower. */
const FRAME_REACH = 100;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A span's end word right before a date (`hingga 3 Januari`). */
const SPAN_END_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(SPAN_END_WORDS)})\\s{1,2}$`, 'iu');
/** What ends a clause between a year word and the date it would frame. */
const CLAUSE_BREAK = /[,;:]/u;
/** A conjunction opening a new clause between a year word and the date. */
const CLAUSE_CONJUNCTION = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(YEAR_WORD_CLAUSE_CONJUNCTIONS)})(?![\\p{L}\\p{N}-])`, 'iu');
/** All that stands between two dates joined in one clause (`3 Januari dan 5 Februari`). */
const DATE_JOIN = new RegExp(`^\\s{1,2}(?:${alternation(DATE_JOINERS)})\\s{1,2}(?:(?:${alternation(DATE_OWN_LEADS)})\\s{1,2})?$`, 'iu');
/** A nested event's lead with a word of its own before the date (`dalam rapat pada `, `saat rapat `). */
const NESTED_EVENT = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${alternation(NESTED_EVENT_LEADS)})\\s{1,2}(?!(?:${alternation(DATE_OWN_LEADS)})\\s{1,2}$)\\S`,
  'iu',
);
/** A year word fronted before its comma ("Tahun ini, kasus pertama tercatat pada 3 Januari"): the sentence opens with
 *  it (a quote mark at most before it), and the comma after it does not end its clause. */
const FRONTED_BEFORE = /^[\s"“‘'(]{0,3}$/u;
const FRONTED_COMMA = /^\s{0,2},/u;
/** The year words that frame: `tahun ini` (0) and `tahun lalu` (-1); `tahun depan` (+1) names a plan made now. */
const LATEST_FRAMING_OFFSET = 0;

/** The year a year word (`tahun ini`, `tahun lalu`: a relative period of a year) earlier in `c`'s clause (from `ss`,
 *  its sentence's start) gives it, else null. */
function yearWordFrame(list: WorkDate[], i: number, ss: number, text: string, pubYear: number): number | null {
  const c = list[i]!;
  // the start of the run of dates joined to `c` (`3 Januari dan 5 Februari`): the clause checks read up to it
  let from = c.start;
  for (let j = i - 1; j >= 0; j--) {
    const w = list[j]!;
    if (w.start < ss) return null;
    const r = w.relative;
    if (r === null || r.kind !== 'period' || r.step !== 'year' || r.precision !== 'year') {
      if (w.relative === null && w.month !== null && DATE_JOIN.test(text.slice(w.end, from))) from = w.start;
      continue;
    }
    if (r.offset > LATEST_FRAMING_OFFSET) return null;
    if (SPAN_END_BEFORE.test(text.slice(Math.max(w.end, c.start - 16), c.start))) return null;
    const rest = text.slice(w.end, from);
    const gap = FRONTED_BEFORE.test(text.slice(ss, w.start)) ? rest.replace(FRONTED_COMMA, '') : rest;
    if (CLAUSE_BREAK.test(gap) || CLAUSE_CONJUNCTION.test(gap) || NESTED_EVENT.test(gap)) return null;
    return pubYear + r.offset;
  }
  return null;
}

/** How far back in its sentence a future cue is looked for before a date a span frame would take (about a clause). */
const FUTURE_CUE_REACH = 160;

/** A paragraph and the year of the span frame opening it (null when none). */
type SpanFramedParagraph = { start: number; end: number; y: number | null };

/** The paragraph around `pos` and its span frame's year (`Sepanjang 2024, …` opening it). */
function spanFramedParagraph(text: string, pos: number): SpanFramedParagraph {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  const head = text.slice(start, start + FRAME_REACH);
  const f = SPAN_FRAME_LEAD.test(head) ? FRAME.exec(head) : null;
  return { start, end, y: f === null ? null : Number(f.groups!.y) };
}

/** The year of a span frame opening `c`'s paragraph in an earlier sentence (check20 f07, a year-end recap published 30
 *  December: "Sepanjang 2024, Bawaslu … menangani 23 kasus …. Sebanyak 10 kasus terjadi menjelang pemungutan suara 14
 *  Februari" is February 2024), else null; not for a date after a future cue in its sentence ("Evaluasi dijadwalkan
 *  10 Januari" is a plan for the new year). */
function spanFrame(text: string, c: WorkDate, ss: number, para: SpanFramedParagraph): number | null {
  if (para.y === null || para.start >= ss) return null;
  if (FUTURE_CUE.test(text.slice(Math.max(ss, c.start - FUTURE_CUE_REACH), c.start))) return null;
  return para.y;
}

export function yearFromFrame(list: WorkDate[], text: string, sentences: Sentences, published: string | null = null): WorkDate[] {
  const pub = parseIso(published);
  let out: WorkDate[] | null = null;
  let frameSentence = -1;
  let frame: { y: number; end: number } | null = null;
  // the paragraph last read for a span frame (one read per paragraph: a text of one long paragraph stays linear)
  let para: SpanFramedParagraph | null = null;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c.relative !== null || c.month === null || c.year !== null || (c.toward !== null && c.toward !== 'since')) continue;
    const [ss] = sentenceAt(sentences, c.start);
    if (ss !== frameSentence) {
      frameSentence = ss;
      const f = FRAME.exec(text.slice(ss, ss + FRAME_REACH));
      frame = f === null ? null : { y: Number(f.groups!.y), end: ss + f[0].length };
    }
    let y = frame !== null && c.start >= frame.end ? frame.y : pub === null ? null : yearWordFrame(list, i, ss, text, pub.y);
    if (y === null) {
      if (para === null || c.start < para.start || c.start >= para.end) para = spanFramedParagraph(text, c.start);
      y = spanFrame(text, c, ss, para);
    }
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
