// A capitalised phrase opening a sentence before a relative clause (`Rusdi Paputungan yang dihubungi terpisah …`)
// is a person's name only when the relative clause says a reporter reached them (REPORTER_ACCESS_VERBS: only a
// person is phoned, met or interviewed) or the article has named them before: before `yang` a capitalised thing
// reads the same way (`Pesawat Kepresidenan yang digunakan Presiden …`). Read by discourse.ts's sentence-opening names.
import { RELATIVE_PRONOUN, REPORTER_ACCESS_VERBS } from '../../lexicon/attribution.js';
import type { Mention } from './discourse.js';
import { nameTokens } from './names.js';

const RELATIVE_NEXT = new RegExp(`^[ \\t]{1,2}${RELATIVE_PRONOUN}[ \\t]{1,2}(\\p{L}+)`, 'u');
const ACCESS = new Set(REPORTER_ACCESS_VERBS);

/** The name at [.., nameEnd) stands before `yang`, the relative clause no reporter's access, and no mention in `a`
 *  or `b` before `before` holds all its words. */
export function unknownBeforeRelative(text: string, name: string, nameEnd: number, a: Mention[], b: Mention[], before: number): boolean {
  const m = RELATIVE_NEXT.exec(text.slice(nameEnd, nameEnd + 40));
  if (!m || ACCESS.has(m[1]!.toLowerCase())) return false;
  const words = nameTokens(name);
  const holds = (x: Mention): boolean => {
    if (x.start >= before) return false;
    const have = nameTokens(x.official?.name ?? text.slice(x.start, x.end));
    return words.every((w) => have.includes(w));
  };
  return !a.some(holds) && !b.some(holds);
}
