// A nickname written BEFORE its cue, after a quote (`"…," kata Febri, sapaan akrabnya.`, `ujar Ijul, begitu ia akrab
// disapa.`, `kata Rizki (panggilan akrabnya)`): the cue names nobody after it, the capitalised word before the comma is
// the nickname. Read by `Discourse.findAliases` when no nickname follows the cue (the usual `akrab disapa Rafi`).
import { NICKNAME_BEFORE_CUE_WORDS } from '../../lexicon/attribution.js';
import { SPACE, alternationOf } from '../../text/regex.js';

/** Characters read back from a cue for the nickname and the words between: `Febri, begitu ia akrab ` is 25. */
const MAX_LOOKBACK = 64;
/** The nickname (one to three capitalised words), `,` or `(`, then only NICKNAME_BEFORE_CUE_WORDS up to the cue. */
const NICK_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<nick>\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’]{1,30}){0,2})[ \\t]{0,2}[,(][ \\t]{0,2}(?:(?:${alternationOf(NICKNAME_BEFORE_CUE_WORDS, { space: SPACE.literal })})[ \\t]{1,2}){0,3}$`,
  'u',
);
/** After the cue: `akrab`, `-nya`, a pronoun, then the clause's end (no name follows). */
const CUE_CLOSED = new RegExp(
  `(?:[ \\t]{1,2}akrab)?(?:nya)?(?:[ \\t]{1,2}(?:${alternationOf(NICKNAME_BEFORE_CUE_WORDS, { space: SPACE.literal })}))?[ \\t]{0,2}(?:[.,;)!?]|$)`,
  'uy',
);

/** The nickname written before the cue at [at, end) and where it starts, or null. */
export function nicknameBeforeCue(text: string, at: number, end: number): { nick: string; start: number } | null {
  CUE_CLOSED.lastIndex = end;
  if (!CUE_CLOSED.test(text)) return null;
  const from = Math.max(0, at - MAX_LOOKBACK);
  const m = NICK_BEFORE.exec(text.slice(from, at));
  return m ? { nick: m.groups!['nick']!, start: from + m.index } : null;
}
