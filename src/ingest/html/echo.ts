// Echoes: a pull quote, a callout card or a "highlight" box repeats a sentence of the body in large type (Ghost's
// callout and alternative blockquote cards, Medium-like pull quotes, news themes' highlighted quotes). Whatever the
// markup, the repeated text is not body a second time: a paragraph whose words all stand, in order, inside a longer
// paragraph of the same body nearby, and that ends as a sentence ends, is dropped. A paragraph without a letter or digit (the emoji of a callout, a row of
// stars) is not body either.
import type { Thresholds } from './thresholds.js';

const SENTENCE_END = /[.!?…]["'”’»)]*$/u;

/** Lower-case words joined by single spaces: the form two copies of one sentence share whatever their quotes,
 *  punctuation or markup. */
function words(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
}

/** Drops, in place, echoed paragraphs and paragraphs without text (with their `heading` flags). */
export function dropEchoes(T: Thresholds, paragraphs: string[], heading: boolean[]): void {
  if (paragraphs.length < 2) return;
  const norm = paragraphs.map(words);
  const keep = norm.map((w, i) => {
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
  let k = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!keep[i]) continue;
    paragraphs[k] = paragraphs[i]!;
    heading[k] = heading[i]!;
    k++;
  }
  paragraphs.length = k;
  heading.length = k;
}
