// Persons named by their initials. After a cue (INITIALS_CUES: `Lurah berinisial AR itu …`, `(inisial RT)`), the
// initials are that person's name wherever they stand again as a word outside a quote (`Saat dikonfirmasi, AR enggan
// berkomentar banyak. "Saya terima saja," katanya.`): each is a mention of a stated person, so a pronoun after it
// refers to them, and `kata AR` names them. Capitals written elsewhere (`KPU`, `ASN`) are never read: only the
// letters the article introduced as initials, after their introduction.
import { INITIALS_CUES, INITIALS_MAX_LETTERS } from '../../lexicon/initials.js';
import { SPACE, WE, alternationOf, caseVariants } from '../../text/regex.js';
import { type Doc, objectList } from './doc.js';
import { type Mention, mention } from './discourse.js';

/** A cue, then initials: capitals, each optionally dotted (`AR`, `A.R.`, `S`). */
const INTRO_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOf(INITIALS_CUES.flatMap(caseVariants), { space: SPACE.literal })})[ \\t]{1,2}(\\p{Lu}(?:\\.?\\p{Lu}){0,${INITIALS_MAX_LETTERS - 1}}\\.?)${WE}`,
  'gu',
);

/** Mentions of every person the article names by initials, from their introduction on; none where `taken` (the
 *  mentions already made, sorted by start) covers the place. */
export function initialsMentions(doc: Doc, taken: readonly Mention[]): Mention[] {
  const out = objectList<Mention>();
  const { text } = doc;
  if (!text.includes('nisial')) return out;
  const seen = new Set<string>();
  for (const m of text.matchAll(INTRO_RE)) {
    const written = m[1]!.replace(/\.$/u, '');
    const letters = written.replace(/\./gu, '');
    if (seen.has(letters)) continue;
    seen.add(letters);
    // the initials as written at the introduction, or without their dots, as a whole word (not the start of a
    // dotted abbreviation such as `S.Pd`)
    const forms = alternationOf([written, letters], { space: SPACE.literal });
    const word = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${forms})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');
    word.lastIndex = m.index + m[0].length - m[1]!.length;
    for (let w = word.exec(text); w; w = word.exec(text)) {
      const start = w.index;
      const end = start + w[0].length;
      if (taken.some((t) => t.start < end && t.end > start)) continue;
      out.push(mention(start, end, null, null, letters));
    }
  }
  return out;
}
