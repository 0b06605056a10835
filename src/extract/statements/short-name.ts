// A short name (`kata Rahmat`, `Rahmat berharap`, a pronoun after it) that an official's name and a person named in
// full after that official's last mention both hold is the person named last (`Kuasa hukum X, Rahmat Hidayat
// Siregar,` after an official `Rahmat`). Read by SpeakerResolver (speaker.ts) in phrases, subjects and pronoun chains.
import type { Official } from '../../model.js';
import { objectList } from './doc.js';
import type { Discourse } from './discourse.js';
import { nameTokens, type Resolved, resolvedAs } from './names.js';
import { ACTING, HONORIFIC, ORG, type PhraseToken, ROLE, readSpeakerPhrase, startsUpper } from './phrase.js';

/** Characters of a mention read for its name words. */
const MENTION_READ = 80;

/** The person named in full after the official's last mention before `pos` whose name holds the phrase's name
 *  words, or null. */
export function personNamedSince(d: Discourse, tokens: PhraseToken[], o: Official, pos: number, rule: string): Resolved | null {
  const lows = objectList<string>();
  for (const t of tokens) if (startsUpper(t.raw) && !ROLE.has(t.low) && !HONORIFIC.has(t.low) && !ACTING.has(t.low) && !ORG.has(t.low)) lows.push(t.low);
  // (no person named in full before `pos` holds the words: the common case, an index lookup, no scan of the spans)
  if (lows.length === 0 || !d.personByWords(lows, pos, -1)) return null;
  // the official's last mention before `pos` that is more than these words (the short name itself may be
  // read as the official's: `kata Rahmat` made a mention of an official `Rahmat`)
  const key = lows.join(' ');
  let since = -1;
  for (const sp of o.spans) if (sp.start < pos && sp.start > since && nameTokens(sp.text).join(' ') !== key) since = sp.start;
  const person = d.personByWords(lows, pos, since);
  return person ? resolvedAs(person.ref, person.official, rule) : null;
}

/** An official a pronoun chain gives, mentioned last before `pos` by a short name that a person named in full
 *  since holds (`Rahmat berharap … Menurutnya, …`): that person, else null. */
export function personOverLastMention(d: Discourse, text: string, o: Official, pos: number, rule: string): Resolved | null {
  // (no person named in full before `pos` shares a word of the official's name: nothing to scan)
  let shared = false;
  for (const w of nameTokens(o.name)) if (d.personByWords([w], pos, -1)) shared = true;
  if (!shared) return null;
  let at = -1;
  for (const sp of o.spans) if (sp.start < pos && sp.start > at) at = sp.start;
  return at >= 0 ? personNamedSince(d, readSpeakerPhrase(text, at, at + MENTION_READ).tokens, o, at, rule) : null;
}

/** Characters read back from a short name for the full name it stands for. */
const FULL_NAME_READ = 3000;
/** The full name a one-word short name stands for (`Yulius` after `…, Yulius Pangemanan, dilakukan …`): two to
 *  four capitalised words between commas (an apposition) before `pos`, the first of them the short name; the last
 *  such apposition, else null. Read when no official or person mention holds the word (a title no lexicon knows
 *  kept the apposition from being read as a person). */
/** After `, <word>`: one to three more capitalised words, then a comma or a bracket (compiled once: a pattern built
 *  per call from the word would make an article's cost depend on V8's regex cache, i.e. on the articles before). */
const APPOSED_REST = /(?:[ \t]{1,2}\p{Lu}[\p{Ll}'’]{1,30}){1,3}(?=[ \t]{0,2}[,(])/uy;

export function fullNameInApposition(text: string, word: string, pos: number): string | null {
  const from = Math.max(0, pos - FULL_NAME_READ);
  let last: string | null = null;
  // every `,` then 1–2 blanks then the word, left to right; the rest of the name read with one sticky pattern
  for (let i = text.indexOf(word, from); i >= 0 && i + word.length <= pos; i = text.indexOf(word, i + 1)) {
    let j = i - 1;
    let blanks = 0;
    while (j >= from && (text[j] === ' ' || text[j] === '\t') && blanks < 2) {
      j--;
      blanks++;
    }
    if (blanks === 0 || j < from || text[j] !== ',') continue;
    APPOSED_REST.lastIndex = i + word.length;
    const m = APPOSED_REST.exec(text);
    if (m === null) continue;
    const end = i + word.length + m[0].length;
    // the bracket or comma after the name must lie before pos too, as when the window was sliced at pos
    const close = /^[ \t]{0,2}[,(]/u.exec(text.slice(end, Math.min(pos, end + 3)));
    if (close === null) continue;
    last = text.slice(i, end);
  }
  return last;
}
