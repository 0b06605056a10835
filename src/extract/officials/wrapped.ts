// Titles split over a hard line break. The cleaner keeps a line break before a capitalised line as a paragraph break
// (clean/cascade.ts step 4), so a hard-wrapped title reaches the extractors as `Kepala Badan Kepegawaian Daerah
// Provinsi Kalimantan⏎⏎Selatan, Mahyuni Rahman`. The officials extractor reads such a break as two spaces (the same
// length, so every offset stays): a break after a paragraph that fills a wrapped line (at least WRAPPED_MIN_CHARS) and
// ends inside a sentence (a letter or a comma, not the headline), before a paragraph that opens with a capital.
import type { ExtractContext } from '../../model.js';
import { LETTER_OR_DIGIT, UPPER, charClass } from '../../lexicon/matcher.js';
import { NAME_ABBREVIATIONS } from '../../lexicon/honorifics.js';
import { HONORIFIC_WORDS } from './names.js';
import { TITLE_HEAD_FILTER, titleAt } from './title-compile.js';

/** A wrapped line fills its width: shorter paragraphs (headlines, subheadings, captions) keep their break. */
export const WRAPPED_MIN_CHARS = 40;
/** How many words back from a break a title's head may open. */
const TITLE_WORDS_BEFORE_BREAK = 12;
/** How much of the next paragraph a title read across the break may take. */
const TITLE_AFTER_BREAK = 80;
const LETTER_OR_COMMA = /[\p{L},]/u;
const CAPITAL = /\p{Lu}/u;

/** `ctx` with its wrapped paragraph breaks read as spaces, or `ctx` itself when there is none. */
export function unwrapped(ctx: ExtractContext): ExtractContext {
  const ps = ctx.paragraphs;
  const text = ctx.text;
  let parts: string[] | null = null;
  let paragraphs: Array<{ start: number; end: number }> | null = null;
  let from = 0;
  // (the first paragraph may be the headline: never joined to what follows, unless the article's title is another)
  const first = ps[0] !== undefined && (ctx.title === null || text.slice(ps[0].start, ps[0].end).trim() === ctx.title.trim()) ? 1 : 0;
  for (let i = first; i + 1 < ps.length; i++) {
    const p = ps[i]!;
    const n = ps[i + 1]!;
    if (p.end - p.start < WRAPPED_MIN_CHARS || n.start !== p.end + 2 || text.charCodeAt(p.end) !== 10 || text.charCodeAt(p.end + 1) !== 10) continue;
    // (an honorific's dot may end the line: `Kepala Dinas X, Drs.⏎⏎H. Nama`)
    const last = text.charAt(p.end - 1);
    if (!(LETTER_OR_COMMA.test(last) || (last === '.' && abbreviationBefore(text, p.start, p.end - 1))) || !CAPITAL.test(text.charAt(n.start))) continue;
    // the last line fills its width (a caption line under a sentence does not), and a title opens among its last words
    if (p.end - Math.max(p.start, text.lastIndexOf('\n', p.end - 1) + 1) < WRAPPED_MIN_CHARS || !titleHeadNearEnd(text, p.start, p.end)) continue;
    // a paragraph that opens with a title of its own is no title's rest (`… Badan Pengawas Pemilu⏎⏎Pj Gubernur NTB, X`)
    if (TITLE_HEAD_FILTER.hasRunAt(text, n.start)) continue;
    (parts ??= []).push(text.slice(from, p.end), '  ');
    from = n.start;
    // the two paragraphs are one
    paragraphs ??= ps.map((x) => ({ start: x.start, end: x.end }));
    const k = paragraphs.findIndex((x) => x.end === n.end);
    paragraphs[k - 1]!.end = n.end;
    paragraphs.splice(k, 1);
  }
  if (!parts || !paragraphs) return ctx;
  parts.push(text.slice(from));
  return { ...ctx, text: parts.join(''), paragraphs, index: undefined };
}

/** A title head among the last TITLE_WORDS_BEFORE_BREAK words of `[start, end)`, after its last sentence end. */
function titleHeadNearEnd(text: string, start: number, end: number): boolean {
  let e = end;
  for (let k = 0; k < TITLE_WORDS_BEFORE_BREAK; k++) {
    // back over what separates words (a sentence end stops the search), then over the word
    while (e > start && !(charClass(text.charCodeAt(e - 1)) & LETTER_OR_DIGIT)) {
      const ch = text.charCodeAt(e - 1);
      // (a bracket inside a title, an acronym or a gloss, is read over whole: `Sangadi (kepala desa) Molobog Barat,`)
      if (ch === 0x29) {
        const open = text.lastIndexOf('(', e - 1);
        if (open > start && e - open <= 40 && !text.slice(open, e).includes('\n')) {
          e = open;
          continue;
        }
      }
      // (the dot of an abbreviation inside a name is no sentence end: `Wakil Bupati X, Hj. Nurlaela⏎⏎Fitriani`)
      if ((ch === 0x2e && !abbreviationBefore(text, start, e - 1)) || ch === 0x21 || ch === 0x3f || ch === 0x22 || ch === 0x0a) return false;
      e--;
    }
    let s = e;
    while (s > start && charClass(text.charCodeAt(s - 1)) & LETTER_OR_DIGIT) s--;
    if (s === e) return false;
    // (a title the grammar reads with the break read as spaces: `Koordinator Divisi … dan Data⏎⏎Informasi Bawaslu`)
    if (TITLE_HEAD_FILTER.hasRunAt(text, s)) {
      if (titleAt(`${text.slice(s, end)}  ${text.slice(end + 2, end + 2 + TITLE_AFTER_BREAK)}`, 0) !== null) return true;
      // (a head the grammar reads no title from may be a two-word title's second word: `Datuk Penghulu (kepala desa) …`)
      let s2 = s;
      while (s2 > start && (text.charCodeAt(s2 - 1) === 0x20 || text.charCodeAt(s2 - 1) === 0x09)) s2--;
      const w2 = s2;
      while (s2 > start && charClass(text.charCodeAt(s2 - 1)) & LETTER_OR_DIGIT) s2--;
      return s2 < w2 && TITLE_HEAD_FILTER.hasRunAt(text, s2) && titleAt(`${text.slice(s2, end)}  ${text.slice(end + 2, end + 2 + TITLE_AFTER_BREAK)}`, 0) !== null;
    }
    // between the title's head and the break: capitalised words, `dan`, `&` (a clause in lower case ends any title)
    if (!(charClass(text.charCodeAt(s)) & UPPER) && text.slice(s, e) !== 'dan') return false;
    e = s;
  }
  return false;
}

/** The word ending at `dot` is an honorific written before a name (`Hj`, `Drs`, `Dr`), a given name's abbreviation
 *  (`Moh`, `Abd`) or an initial (`M`): its dot is inside a name. */
function abbreviationBefore(text: string, start: number, dot: number): boolean {
  let s = dot;
  while (s > start && charClass(text.charCodeAt(s - 1)) & LETTER_OR_DIGIT) s--;
  const w = text.slice(s, dot);
  return w.length > 0 && (NAME_DOT_WORDS.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w));
}
const NAME_DOT_WORDS: ReadonlySet<string> = new Set([...HONORIFIC_WORDS, ...NAME_ABBREVIATIONS.map((w) => w.toLowerCase())]);
