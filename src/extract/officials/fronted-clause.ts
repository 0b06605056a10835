// A title at the end of a fronted adjunct clause (`Membacakan amanat Bupati Pulang Pisau, Yusuf mengingatkan …`): the
// name after the clause's comma is the main clause's subject, not the title's holder. Read by parsers/index.ts.
import { FRONTED_ADJUNCT_HEADS, FRONTED_CLAUSE_WORDS } from '../../lexicon/title-context.js';
import { SPACE, alternationOf } from '../../text/regex.js';

/** A sentence's start (the text's, a line's, after a sentence end or a dateline's dash), a fronted head, at most
 *  FRONTED_CLAUSE_WORDS lower-case words, then the title (the slice's end). */
const FRONTED_BEFORE_RE = new RegExp(
  `(?:^|\\n[ \\t]{0,4}|[.!?”"][ \\t]{1,2}|[–—][ \\t]{1,2})(?:${alternationOf(FRONTED_ADJUNCT_HEADS, { space: SPACE.blank1to2 })})(?:[ \\t]{1,2}\\p{Ll}[\\p{Ll}-]*){0,${FRONTED_CLAUSE_WORDS}}[ \\t]{1,2}$`,
  'u',
);
/** How far back a fronted clause's head may stand from its title (the longest head and its words). */
const FRONTED_REACH = 90;
/** The name closed by a comma: an apposition inside the clause (`Didampingi Camat X, Ahmad Yani, Kapolsek …`). */
const CLOSING_COMMA_RE = /^[ \t]{0,2},/u;

/** The title at `start` ends a fronted adjunct clause, and the name (`nameStart`–`nameEnd`, after the title's end
 *  `titleEnd`) is written after the clause's comma and not closed by a comma: the name is not the holder. */
export function nameAfterFrontedClause(text: string, start: number, titleEnd: number, nameStart: number, nameEnd: number): boolean {
  if (!text.slice(titleEnd, nameStart).includes(',')) return false;
  if (CLOSING_COMMA_RE.test(text.slice(nameEnd, nameEnd + 3))) return false;
  const from = Math.max(0, start - FRONTED_REACH);
  const m = FRONTED_BEFORE_RE.exec(text.slice(from, start));
  // (a match at the slice's start is a sentence's start only when the slice is the text's start)
  return m !== null && (from === 0 || !/^\p{L}/u.test(m[0]));
}
