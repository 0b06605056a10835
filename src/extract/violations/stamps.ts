// A live report's time stamps are no sentences of its prose (issue 22, round 16). A live report runs as entries, each
// headed by its time alone on a line ("14.15 WIB" over "Dua laporan baru masuk hari ini, keduanya soal kepala desa …";
// clean/live-entries.ts keeps such stamps as body since round 15). Split as a sentence of its own, a stamp stood between
// an entry and the entries around it, so a count whose domain or whole stands one sentence away (the entry before or
// after) lost it. For the counts, the sentences are the prose without the stamps: the entries either side are
// neighbours, as they were when the stamps were cleaned away.
import { TIME_CUES, TIME_ZONES } from '../../lexicon/calendar.js';
import { alternationOf, SPACE } from '../../text/regex.js';
import { type Sentences, withoutSentences } from '../../text/sentences.js';

/** A sentence that is only a clock time with its cue or zone: "14.15 WIB", "Pukul 09.30 WITA", "17.05 WIT". */
const STAMP_SENTENCE = new RegExp(`^(?:(?:${alternationOf(TIME_CUES, { space: SPACE.literal })})\\s{1,2})?\\d{1,2}[.:]\\d{2}\\s{0,2}(?:${alternationOf(TIME_ZONES, { space: SPACE.literal })})$`, 'iu');

/** The sentences of the counts: `sentences` without the lines that are only a time stamp. */
export function proseSentences(sentences: Sentences, text: string): Sentences {
  return withoutSentences(sentences, text, (s) => STAMP_SENTENCE.test(s));
}
