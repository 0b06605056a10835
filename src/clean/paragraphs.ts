// Cascade steps 4 and 5 (clean/cascade.ts): the lines left joined into paragraphs, then the inline rules (`(Baca juga:
// …)` spans) and editor initials at paragraph ends cut from them. Moved out of cascade.ts (at 500 lines) unchanged.
import { mayMatch, rulesOf, type CleanRule } from './rules.js';
import { matchDateline, strongOnly } from './dateline.js';
import { newPara, type Line, type Para } from './lines.js';
import { SENTENCE_END, blankLineParagraphs, isNameCut, isOpenWordWrap, isSentenceWrap, isFullLineWrap, isLeadWrap, isWidthWrapOf, isWrapTail, joinWrappedLines, wrapWidth, articleWords } from './wrap.js';
import type { Gathered } from './gathered.js';

const INLINE_RULES = rulesOf('inline');
const TAIL_RULES = rulesOf('tail');
const LOWER_START = /^\p{Ll}/u;
/** A quotation closed after a comma, a question or an exclamation mark: the sentence goes on with its attribution, so a
 *  lower-case line right under it is the rest ("… di tangan Bupati," / "kata Hendri saat ditemui …": check9/04). */
const QUOTE_GOES_ON = /[,?!]["”’]$/u;

/** 4. join broken lines into paragraphs. A paragraph of many lines is joined once, at the end (appending
 *  each line to a growing text, and testing that text's end, copied it whole per line: quadratic on a page of
 *  thousands of broken lines). `SENTENCE_END` looks at the last two units only, and a joined line is preceded
 *  by a space, so testing the last line alone gives the same answer. */
export function joinLines(kept: readonly Line[]): Para[] {
  const paras: Para[] = [];
  // the lines of the last paragraph, once it has more than one
  let parts: string[] | null = null;
  let lastLine = '';
  const width = wrapWidth(kept); // (the width the page is hard-wrapped at, 0: not; clean/wrap.ts)
  const blankLines = blankLineParagraphs(kept, width);
  const known = articleWords(kept.map((l) => l.text)); // (a word broken by a hyphen at a line's end: clean/wrap.ts)
  let sentenceAbove = false;
  for (const l of kept) {
    const prev = paras.length > 0 ? paras[paras.length - 1]! : null;
    // (a lower-case line that opens with an outlet's domain as its lead starts a paragraph: "suarantb.co.id – Bawaslu …"
    // under the headline)
    if (prev !== null && prev.lastLine + 1 === l.no && (isNameCut(lastLine, l.text) || isOpenWordWrap(lastLine, l.text) || (QUOTE_GOES_ON.test(lastLine) && LOWER_START.test(l.text)) || isSentenceWrap(lastLine, l.text, width, blankLines) || isFullLineWrap(lastLine, l.text, width, blankLines, parts === null && !sentenceAbove) || (!SENTENCE_END.test(lastLine) && (LOWER_START.test(l.text) || isWrapTail(lastLine, l.text) || isWidthWrapOf(lastLine, l.text, width, parts === null && !sentenceAbove) || (parts === null && isLeadWrap(lastLine, l.text, width)))) && !(LOWER_START.test(l.text) && opensWithDomain(l.text) && strongOnly(matchDateline(l.text, false)) !== null))) {
      if (parts === null) parts = [prev.text];
      parts.push(l.text);
      prev.lastLine = l.no;
    } else {
      if (prev !== null && parts !== null) prev.text = joinWrappedLines(parts, known);
      if (SENTENCE_END.test(lastLine)) sentenceAbove = true;
      parts = null;
      paras.push(newPara(l));
    }
    lastLine = l.text;
  }
  if (parts !== null) paras[paras.length - 1]!.text = joinWrappedLines(parts, known);
  return paras;
}

/** Whether the first word of `t` holds a dot (a domain may open it: `suarantb.co.id – …`); a cheap test before the
 *  dateline patterns. */
function opensWithDomain(t: string): boolean {
  const dot = t.indexOf('.');
  if (dot < 0) return false;
  const space = t.indexOf(' ');
  return space < 0 || dot < space;
}

/** 5. inline related links, then editor initials at paragraph ends. Returns the paragraphs left non-empty. */
export function inlineRules(paras: Para[], out: Gathered): Para[] {
  let emptied = false;
  for (const p of paras) {
    for (const r of INLINE_RULES) {
      if (!mayMatch(r, p.text)) continue;
      r.pattern.lastIndex = 0;
      if (!r.pattern.test(p.text)) continue;
      r.pattern.lastIndex = 0;
      p.text = cutInline(p.text, r, out);
    }
    for (let round = 0; round < 4; round++) {
      let hit = false;
      for (const r of TAIL_RULES) {
        if (!mayMatch(r, p.text)) continue;
        const m = r.pattern.exec(p.text);
        if (m === null) continue;
        out.drop(r.kind, r.name, m[0].trim());
        p.text = p.text.slice(0, m.index).trimEnd();
        if (r.credit === true && p.text !== '') out.credited.push(p.lastLine);
        hit = true;
      }
      if (!hit || p.text === '') break;
    }
    if (p.text === '') emptied = true;
  }
  return emptied ? paras.filter((p) => p.text !== '') : paras;
}

/** `text` without every match of the inline rule `r` (each recorded as a removal). */
function cutInline(text: string, r: CleanRule, out: Gathered): string {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(r.pattern)) {
    spans.push([m.index, m.index + m[0].length]);
    out.drop(r.kind, r.name, m[0]);
  }
  return cutAll(text, spans);
}

/** Remove the sorted, non-overlapping `spans` from `text` in one pass (linear however many there are),
 *  closing each gap without leaving double spaces or a space before punctuation. */
function cutAll(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  const parts: string[] = [];
  let pos = 0;
  for (let k = 0; k <= spans.length; k++) {
    const end = k < spans.length ? spans[k]![0] : text.length;
    let seg = text.slice(pos, end);
    if (k > 0) seg = seg.replace(/^\s+/u, '');
    if (k < spans.length) seg = seg.replace(/\s+$/u, '');
    if (seg !== '') parts.push(parts.length > 0 && !GLUED_AFTER_CUT.test(seg) ? ` ${seg}` : seg);
    if (k < spans.length) pos = spans[k]![1];
  }
  return parts.join('');
}
const GLUED_AFTER_CUT = /^[.,;:!?)\]”’]/u;
