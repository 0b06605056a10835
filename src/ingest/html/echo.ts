// Echoes: a pull quote, a callout card or a "highlight" box repeats a sentence of the body in large type (Ghost's
// callout and alternative blockquote cards, Medium-like pull quotes, news themes' highlighted quotes). Whatever the
// markup, the repeated text is not body a second time: a paragraph whose words all stand, in order, inside a longer
// paragraph of the same body nearby, and that ends as a sentence ends, is dropped. A paragraph without a letter or
// digit (the emoji of a callout, a row of stars) is not body either.
import type { Thresholds } from './thresholds.js';

const SENTENCE_END = /[.!?…]["'”’»)]*$/u;

/** Lower-case words joined by single spaces: the form two copies of one sentence share whatever their quotes,
 *  punctuation or markup. `_` counts as a word character (unlike src/text/words.ts), so a rule of underscores
 *  ("___", which the benchmark's bodies keep) is a paragraph with text. */
function words(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
}

/** Which paragraphs to keep: those with a word character that are not an echo of a longer paragraph nearby. */
export function echoFree(T: Thresholds, paragraphs: readonly string[], heading: readonly boolean[]): boolean[] {
  if (paragraphs.length < 2) return paragraphs.map(() => true);
  const norm = paragraphs.map(words);
  return norm.map((w, i) => {
    if (!w) return false;
    // A heading may repeat words of the text below it (dev page 7837c9); it is not a pull quote.
    // So may a subheading written as a paragraph (no closing stop, dev page 7837c9): a pull quote is a sentence.
    if (heading[i] || paragraphs[i]!.length < T.ECHO_MIN || !SENTENCE_END.test(paragraphs[i]!)) return true;
    const probe = ` ${w} `;
    // A pull quote stands near the sentence it repeats: only the paragraphs around it are searched.
    const to = Math.min(norm.length, i + T.ECHO_WINDOW + 1);
    for (let j = Math.max(0, i - T.ECHO_WINDOW); j < to; j++) {
      if (j !== i && norm[j]!.length > w.length && ` ${norm[j]} `.includes(probe)) return false;
    }
    return true;
  });
}
