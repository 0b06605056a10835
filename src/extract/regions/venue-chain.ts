// A risky name (`Medan`, `Serang`, `Garut`) that ends a place phrase: `di` (`ke`, `dari`), then a venue's name or a
// street address and its comma-joined places, then the name, then punctuation (`kata X di Kantor Bawaslu, Serang,
// Senin (12/2)`, `yang terletak di Jalan Asia No. 182, Medan.`). News places an event at a venue, then in its town;
// a common word or a personal name never closes such a chain. Read by list-items (the chain is a list of places).
import { ADDRESS_WORDS, VENUE_PREPOSITIONS } from '../../lexicon/region-aliases.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import type { Hit } from './hit.js';

/** One element of the chain: capitalised words, numbers (`182`, `02/05`, `12A`) and address words, joined by spaces. */
const WORD = `(?:\\p{Lu}[\\p{L}\\p{N}.'’&/-]*|\\d[\\p{L}\\p{N}./-]*|${alternationOf(ADDRESS_WORDS, { space: SPACE.literal })})`;
const ELEMENT = `${WORD}(?:[ \\t]{1,2}${WORD}){0,7}`;
/** The preposition, the venue, any places between, and the comma before the name. */
const CHAIN_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOf(VENUE_PREPOSITIONS, { space: SPACE.literal })})[ \\t]{1,2}${ELEMENT}(?:,[ \\t]{1,2}${ELEMENT}){0,3},[ \\t]{1,2}$`,
  'u',
);
/** After the name: the end of the phrase (a comma, a full stop, a semicolon, a closing bracket), an opening bracket (`Medan
 *  (12/2)`, `Serang (Banten)`) or the end of the text. */
const CHAIN_AFTER = /^(?:[,.;)]|[ \t]{1,2}\(|[ \t]*$)/u;
/** How far back the chain is read. */
const CHAIN_REACH = 120;

/** The hit ends a place phrase opened by a preposition and a venue (`di Kantor Bawaslu, Serang,`). */
export function endsVenueChain(text: string, h: Hit): boolean {
  if (h.start < 0 || !CHAIN_AFTER.test(text.slice(h.end, h.end + 4))) return false;
  return CHAIN_BEFORE.test(text.slice(Math.max(0, h.start - CHAIN_REACH), h.start));
}
