// Parser: `semalam` (last night) where it names a time, the day before publication (TIMEX3 gives "last night"
// the previous day's date): at the start of a sentence or quote, after `sejak`/`hingga`, or after an event verb
// (`aksi yang digelar semalam`: WEEKDAY_VERB_LEADS). Elsewhere the word
// is a duration (`menginap semalam`, `semalam suntuk`) and is refused.
import { LAST_NIGHT_DURATION_AFTER, LAST_NIGHT_LEADS, LAST_NIGHT_WORDS, WEEKDAY_VERB_LEADS } from '../../lexicon/calendar.js';
import { before, candidate, relativeOf, wordStart, type DateParser } from './parse-kit.js';
import { At } from './scan.js';
import { WE, alternation } from './text.js';

/** A sentence or quote start before the word: the text's start, a line break, or `.`/`!`/`?`/an opening
 *  quote or parenthesis with at most spaces after it; or a lead word. */
const TIME_POSITION_BEFORE = new RegExp(
  `(?:^|[\\n.!?"“”‘'(]\\s{0,2}|(?<![\\p{L}\\p{N}])(?:${alternation([...LAST_NIGHT_LEADS, ...WEEKDAY_VERB_LEADS])})\\s{1,2})$`,
  'iu',
);
const DURATION_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(LAST_NIGHT_DURATION_AFTER)})${WE}`, 'iu');

export const lastNight: DateParser = {
  name: 'last-night',
  // kept only at a word start (`wordStart`), and the word ends there (`WE`)
  at: At.Relative,
  pattern: new RegExp(`(?:${alternation(LAST_NIGHT_WORDS)})${WE}`, 'giu'),
  extract(m, text) {
    if (!wordStart(text, m.index)) return null;
    const end = m.index + m[0].length;
    if (!TIME_POSITION_BEFORE.test(before(text, m.index)) || DURATION_AFTER.test(text.slice(end, end + 12))) return null;
    return candidate(m.index, end, this.name, null, null, null, null, relativeOf('days', -1, null));
  },
};
