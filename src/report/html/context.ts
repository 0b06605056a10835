// A statement's quote in its context: from the start of the sentence before the quote's first sentence to
// the end of the sentence after its last one, each side capped so a report stays bounded whatever the
// article. Computed where the cleaned text is (the worker), only when a report is asked for.
import { sentenceSpans } from '../../nlp/sentences.js';

/** Characters kept on each side of a quote, at most. */
export const CONTEXT_CAP = 280;

/** [before, after]: the text around [start, end), one sentence either side, capped at a word boundary. */
export type QuoteContext = [string, string];

function capLeft(s: string, cap: number): string {
  if (s.length <= cap) return s;
  const cut = s.slice(s.length - cap);
  const sp = cut.indexOf(' ');
  return `…${sp >= 0 && sp < 40 ? cut.slice(sp + 1) : cut}`;
}
function capRight(s: string, cap: number): string {
  if (s.length <= cap) return s;
  const cut = s.slice(0, cap);
  const sp = cut.lastIndexOf(' ');
  return `${sp > cap - 40 ? cut.slice(0, sp) : cut}…`;
}

/** Contexts of several spans of one text (sentences split once). Collapses runs of white space. */
export function quoteContexts(text: string, spans: ReadonlyArray<{ start: number; end: number }>, cap = CONTEXT_CAP): QuoteContext[] {
  if (spans.length === 0) return [];
  const sents = sentenceSpans(text);
  return spans.map(({ start, end }) => {
    // a quote read in an HTML page's headline, cut off the reported text (pipeline.ts): no context in the body
    if (start < 0) return ['', ''];
    let first = sents.findIndex((s) => s.end > start);
    if (first < 0) first = sents.length;
    let last = first;
    while (last + 1 < sents.length && sents[last + 1]!.start < end) last++;
    const from = first > 0 ? sents[first - 1]!.start : first < sents.length ? Math.min(sents[first]!.start, start) : start;
    const to = last + 1 < sents.length ? sents[last + 1]!.end : last < sents.length ? Math.max(sents[last]!.end, end) : end;
    const squash = (s: string) => s.replace(/\s+/gu, ' ');
    return [capLeft(squash(text.slice(Math.min(from, start), start)).trimStart(), cap), capRight(squash(text.slice(end, Math.max(to, end))).trimEnd(), cap)];
  });
}
