// The day a direct quote was said, when its attribution writes it: a relative day inside the quote (`kemarin`, `besok`,
// `hari ini`, a bare weekday) counts from that day, not from the publication date. Regional outlets date the statement
// in its attribution and often publish the next day (paradigm20: `"Kemarin kami sudah memanggil yang bersangkutan,"
// kata Ketua Bawaslu Sambas, Senin (4/11/2024).` published 5 November: kemarin is 3 November). A quote with no day in
// its attribution (`"Besok kami …," ujarnya.`) keeps the publication date, as the released sets' gold does (dev-tune t05).
import { QUOTE_VERBS, INDIRECT_VERBS, RELATIVE_PRONOUN } from '../../lexicon/attribution.js';
import { isActiveMen } from '../statements/clause.js';
import { words } from '../../text/words.js';
import { WB, WE, alternation } from './text.js';
import type { WorkDate } from './refiners.js';

export interface SpeechDay {
  /** The quoted stretch, inside its marks. */
  start: number;
  end: number;
  /** The day its attribution writes (`YYYY-MM-DD`). */
  iso: string;
}

/** A direct quote within one paragraph: straight or curly marks. */
const QUOTE_RE = /["“]([^"“”\n]{1,800})["”]/gu;
/** How far the attribution around a quote is read: a speaker's name, title and place (`kata Ketua Bawaslu Kabupaten
 *  Kubu Raya di Sungai Raya, Jumat (8/11/2024)`), short of the next sentence. */
const ATTRIBUTION_REACH = 140;
/** A short speech verb right after a quote's close (`," kata …`, `," ujarnya …`): the stretch after is its attribution. */
const AFTER_VERB = new RegExp(`^[,.!?]?\\s{0,2}(?:${alternation(QUOTE_VERBS)})(?:nya)?${WE}`, 'iu');
/** A reporting verb before a quote's opening (`Ketua Bawaslu, Selasa (5/11/2024), mengatakan, "…`). */
const BEFORE_VERB = new RegExp(`${WB}(?:${alternation(INDIRECT_VERBS.map((v) => v.verb))})${WE}[\\s,:]{0,4}$`, 'iu');
/** The same verb right after the date, only commas and spaces between (`, Selasa (5/11/2024), mengatakan, "`): the date
 *  of the saying, not of an event the speaker phrase tells (`yang dilantik Senin (19/8/2024) itu mengatakan`). */
const DATE_THEN_VERB = new RegExp(`^[\\s,]{0,4}(?:${alternation(INDIRECT_VERBS.map((v) => v.verb))})${WE}[\\s,:]{0,4}$`, 'iu');

/** True when the speaker phrase before a date tells another event, so the date is that event's, not the saying's: a
 *  relative clause (`Ketua Bawaslu yang dilantik Senin (19/8/2024) itu mengatakan`; review19 a10) or another active
 *  verb (`kata Ketua KPU Sambas, Andi Saputra, menjawab pertanyaan soal pleno yang digelar Senin (4/11/2024)`; review19
 *  a13). Only lower-case words are read (a name may open with `Me…`); a reporter's access (`saat dihubungi Kamis
 *  (7/11/2024)`) and a place (`di Sungai Raya, Jumat (8/11/2024)`) tell none. */
function tellsAnotherEvent(speakerPhrase: string): boolean {
  for (const w of words(speakerPhrase)) {
    if (w !== w.toLowerCase()) continue;
    if (w === RELATIVE_PRONOUN || isActiveMen(w)) return true;
  }
  return false;
}
/** A sentence end (a stop before a space or the end; not the dot of `08.00`) or a line break. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/u;

/** The quotes whose attribution, in the same sentence, writes a day: after a short speech verb right after the close, or
 *  before the opening mark with a reporting verb right before it. `list` is the resolved candidates in text order. */
export function speechDays(list: readonly WorkDate[], text: string): SpeechDay[] {
  const written: WorkDate[] = [];
  for (const c of list) if (c.relative === null && c.iso !== null && c.iso.length === 10) written.push(c);
  if (written.length === 0) return [];
  const out: SpeechDay[] = [];
  // (quotes and written dates both in text order: one pointer, never a search of the whole list per quote)
  let k = 0;
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m !== null; m = QUOTE_RE.exec(text)) {
    const qs = m.index + 1;
    const qe = m.index + m[0].length - 1;
    while (k < written.length && written[k]!.start < m.index) k++;
    // written[k - 1]: the last date before the opening mark; then the first one after the closing mark
    const before = k > 0 ? written[k - 1]! : undefined;
    let a = k;
    while (a < written.length && written[a]!.start <= qe) a++;
    let day: WorkDate | undefined;
    const after = text.slice(qe + 1, qe + 1 + ATTRIBUTION_REACH);
    const verb = AFTER_VERB.exec(after);
    if (a < written.length && verb !== null) {
      const cut = SENTENCE_END.exec(after.slice(1));
      const end = qe + 1 + (cut === null ? after.length : cut.index + 1);
      const d = written[a]!;
      if (d.end <= end && !tellsAnotherEvent(text.slice(qe + 1 + verb[0].length, d.start))) day = d;
    }
    if (day === undefined && before !== undefined && BEFORE_VERB.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      const head = text.slice(Math.max(0, m.index - ATTRIBUTION_REACH), m.index);
      let from = 0;
      for (let e = SENTENCE_END.exec(head); e !== null; e = SENTENCE_END.exec(head.slice(from))) from += e.index + 1;
      const start = m.index - head.length + from;
      if (before.start >= start && before.end <= m.index && DATE_THEN_VERB.test(text.slice(before.end, m.index)) && !tellsAnotherEvent(text.slice(start, before.start))) {
        day = before;
      }
    }
    if (day !== undefined) out.push({ start: qs, end: qe, iso: day.iso! });
  }
  return out;
}
