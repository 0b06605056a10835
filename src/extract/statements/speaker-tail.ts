// What may stand after the speaker of an attribution at a sentence's end (`…, kata Kapolres.`) and still close the
// sentence: punctuation, a stop word opening an adjunct (`dalam keterangan pers`), or the day of the statement.
import { SPEAKER_TAIL_WORDS } from '../../lexicon/attribution.js';
import { WEEKDAYS } from '../../lexicon/calendar.js';
import { SPACE, alternationOf } from '../../text/regex.js';

/** A stop word where the sentence of a sentence-final statement would end (`… kata Kapolres dalam keterangan pers`). */
const SPEAKER_TAIL = new RegExp(`^\\s{0,3}(?:${alternationOf(SPEAKER_TAIL_WORDS, { space: SPACE.ws1to3 })})\\s`, 'u');
/** `…, kata Camat X, Nama, Senin.`, `…, kata X, Senin (9/10/2024).`: the day of the statement after a comma. */
const DAY_TAIL = /^\s{0,2},\s{0,2}(\p{L}+(?:'\p{L}+)?)(?:\s{0,2}\([^)]{0,40}\))?\s{0,2}(?:[.!?]|$)/u;

/** The text after the speaker (`stop` may sit after the white space before a stop word) closes the sentence. */
export function closesSentence(tail: string): boolean {
  if (/^\s{0,2}(?:[.!?]|$)/u.test(tail) || SPEAKER_TAIL.test(tail)) return true;
  const m = DAY_TAIL.exec(tail);
  return m !== null && m[1]!.toLowerCase() in WEEKDAYS;
}

/** `Bawaslu X dalam keterangan tertulisnya, Senin (7/10/2024), menyatakan …`, `Bawaslu X pada Senin (7/10/2024)
 *  menyatakan …`: the day of the statement between the subject and its verb, after a comma or `pada`, its date in
 *  brackets allowed, a comma after it. */
const DAY_BEFORE_VERB = /(?:\s{0,2},|\s{1,3}pada)\s{1,3}(\p{L}+)(?:\s{0,2}\([^)]{0,40}\))?\s{0,2},?\s*$/u;

/** Where the subject [start,end) of a reporting verb ends before the day of the statement written after it, or -1. */
export function subjectEndBeforeDay(text: string, start: number, end: number): number {
  const m = DAY_BEFORE_VERB.exec(text.slice(start, end));
  return m !== null && m.index > 0 && m[1]!.toLowerCase() in WEEKDAYS ? start + m.index : -1;
}
