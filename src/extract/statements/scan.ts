// The quotation scanner: one pass over the quote marks finds quotations (curly, straight, escaped, doubled
// apostrophes, curly single; multi-paragraph; unclosed, with a forgotten closing mark repaired before an
// attribution clause). Attribution (who says them) is direct.ts's job.
import { QUOTE_VERBS, SPEAKER_PRONOUNS } from '../../lexicon/attribution.js';
import { type Doc, type Range, trimRange } from './doc.js';
import { SPACE, alternationOf } from '../../text/regex.js';

/** A quotation as the scanner found it. */
export interface RawQuote {
  /** Index of the opening mark. */
  open: number;
  /** Content ranges, one per paragraph the quotation runs over. */
  parts: Range[];
  /** Index just after the closing mark, or -1 when the quotation never closed. */
  closeEnd: number;
  /** Paragraph index of the opening mark. */
  para: number;
  /** The mark opened where speech opens (paragraph or sentence start, after `,` or `:`): only such a
   *  quotation may run on into the next paragraph. */
  speech: boolean;
  /** Opened by a single straight apostrophe (`'…'`): dropped when it never closes. */
  single: boolean;
}

/** A quote mark: curly, guillemet or straight, or a straight one written as an escaped `\"` or as two
 *  apostrophes `''` (both count as a straight mark, two units long), or a curly single mark `‘…’`. */
const QUOTE_CHAR = /\\"|''|[‘’]{2}|["“”„«»‘’']/gu;
const isSingleCurly = (c: string | undefined): boolean => c === '‘' || c === '’';
/** The mark's length at `i` and its style character: `\"` and `''` a straight mark; two curly single marks (`‘‘`,
 *  `’’`, or `‘’` from an autocorrected `''`) a curly double one, `“` when the first is `‘`, else `”`. */
function markAt(text: string, i: number): { len: number; ch: string } {
  const c = text[i]!;
  if (isSingleCurly(c) && isSingleCurly(text[i + 1])) return { len: 2, ch: c === '‘' ? '“' : '”' };
  if (c === "'" && text[i + 1] !== "'") return { len: 1, ch: c };
  return c === '\\' || c === "'" ? { len: 2, ch: '"' } : { len: 1, ch: c };
}
const STYLE_STRAIGHT = 0;
const STYLE_CURLY = 1;
const STYLE_APOSTROPHES = 2;
/** `‘…’`: opens after a boundary, closes before one (`’` in a word is an apostrophe: `Jum’at`); ignored inside another style. */
const STYLE_SINGLE = 3;
/** `'…'`: one straight apostrophe each side, as `‘…’` (opens after a boundary, closes before one: the apostrophe
 *  inside a word is none, `Qur'an`, `Jum'at`, `ma'ruf`); ignored inside another style; dropped when it never closes
 *  (`'90-an`), unless an attribution clause closes it (`'…, ujar X.`). */
const STYLE_STRAIGHT_SINGLE = 4;
const STRAIGHT_SINGLE = "'";
const SINGLE_OPEN = '‘';
const OPEN_ONLY = new Set(['“', '„', '«']);
const CLOSE_ONLY = new Set(['”', '»']);
const isWs = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const BOUNDARY_BEFORE = /[\s(\[—–\-:]/u;
const BOUNDARY_AFTER = /[\s,.;:!?)\]—–\-]/u;

/**
 * Finds quotations paragraph by paragraph in one pass over the quote marks.
 * - A mark opens when it follows a boundary and precedes a non-space (or is an opening-only mark);
 *   it closes when it follows a non-space (or is a closing-only mark).
 * - Marks of the other style inside an open quotation nest (`“… "serangan fajar" …”`).
 * - A quotation still open at its paragraph's end continues when the next paragraph opens with a quote
 *   mark (the multi-paragraph convention); otherwise it ends at the paragraph's end (unclosed).
 */
export function scanQuotes(doc: Doc): RawQuote[] {
  const { text, paras } = doc;
  const out: RawQuote[] = [];
  let cur: RawQuote | null = null;
  let curStyle = STYLE_STRAIGHT;
  let partStart = 0;
  // every quote mark's position, in one pass over the text: a per-paragraph search would run on past its
  // paragraph's end to the next mark, across every later paragraph when the marks come late
  const marks: number[] = [];
  QUOTE_CHAR.lastIndex = 0;
  // `test` leaves lastIndex just after the mark: no match array per mark (a two-unit mark ends in `"` after
  // a backslash, or in the second of two apostrophes; a lone `"` never follows an unmatched backslash, since
  // the regex would have matched the pair there)
  while (QUOTE_CHAR.test(text)) {
    const e = QUOTE_CHAR.lastIndex;
    const c = text[e - 1];
    const pair = (c === "'" && text[e - 2] === "'") || (c === '"' && e >= 2 && text[e - 2] === '\\') || (isSingleCurly(c) && isSingleCurly(text[e - 2]) && !isSingleCurly(text[e - 3]));
    marks.push(pair ? e - 2 : e - 1);
  }
  let mi = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    let from = p.start;
    // an open quotation whose paragraph ends in an attribution clause (`"…, ujar Zaini.`) was closed there:
    // the next paragraph's mark opens a new quotation
    if (cur && cur.speech) {
      repairMissingClose(text, cur);
      if (cur.closeEnd >= 0) {
        out.push(cur);
        cur = null;
      }
    }
    if (cur) {
      const lead = /^(?:\\"|''|[‘’]{2})/u.test(text.slice(p.start, p.start + 2)) ? markAt(text, p.start) : { len: 1, ch: text[p.start]! };
      const first = lead.ch;
      if (!cur.speech) {
        // a stray mark inside a sentence (`memberi "like pada …`): ends with its paragraph
        out.push(cur);
        cur = null;
      } else if (first === '"' || OPEN_ONLY.has(first) || (first === '”' && !isWs(text[p.start + 1])) || (first === SINGLE_OPEN && curStyle === STYLE_SINGLE) || (first === STRAIGHT_SINGLE && curStyle === STYLE_STRAIGHT_SINGLE)) {
        partStart = p.start + lead.len;
        from = p.start + lead.len;
      } else {
        out.push(cur);
        cur = null;
      }
    }
    let nest = 0;
    while (mi < marks.length && marks[mi]! < from) mi++;
    for (; mi < marks.length; mi++) {
      const i = marks[mi]!;
      if (i >= p.end) break;
      const { len, ch } = markAt(text, i);
      const before = i > p.start ? text[i - 1]! : ' ';
      const after = i + len < p.end ? text[i + len]! : ' ';
      const openCtx = BOUNDARY_BEFORE.test(before) && !isWs(after);
      const closeCtx = !isWs(before) && BOUNDARY_AFTER.test(after);
      // curly and guillemet marks form one style, straight quotes another, doubled apostrophes a third (a
      // `''…''` inside `"…"` nests, as typewriter-style single quotes do)
      const style =
        ch === '"' ? (text.charCodeAt(i) === 0x27 ? STYLE_APOSTROPHES : STYLE_STRAIGHT) : ch === SINGLE_OPEN || ch === '’' ? STYLE_SINGLE : ch === STRAIGHT_SINGLE ? STYLE_STRAIGHT_SINGLE : STYLE_CURLY;
      if (style === STYLE_SINGLE && (cur ? curStyle !== STYLE_SINGLE || ch === SINGLE_OPEN || !closeCtx : ch !== SINGLE_OPEN)) continue;
      if (style === STYLE_STRAIGHT_SINGLE && (cur ? curStyle !== STYLE_STRAIGHT_SINGLE || !closeCtx : !openCtx)) continue;
      if (!cur) {
        if (openCtx || (OPEN_ONLY.has(ch) && !isWs(after)) || gluedOpen(style, before, after)) {
          cur = { open: i, parts: [], closeEnd: -1, para: pi, speech: opensSpeech(text, p.start, i), single: style === STYLE_STRAIGHT_SINGLE };
          curStyle = style;
          partStart = i + len;
          nest = 0;
        }
        continue;
      }
      // a straight mark and doubled apostrophes are one family: either closes a quotation the other opened
      // (`''…," kata X`); only a mark opening inside it nests (`"… ''Jangan …,'' itu pesan …," ujarnya`)
      const closesFamily = style <= STYLE_APOSTROPHES && style !== STYLE_CURLY && curStyle <= STYLE_APOSTROPHES && curStyle !== STYLE_CURLY && nest === 0 && !openCtx;
      if (style !== curStyle && !closesFamily) {
        // the other style inside the quotation: nested
        if (openCtx) nest++;
        else if (nest > 0 && closeCtx) nest--;
        continue;
      }
      if (nest > 0) {
        if (openCtx) nest++;
        else nest--;
        continue;
      }
      if (CLOSE_ONLY.has(ch) || !openCtx) {
        cur.parts.push(trimRange(text, partStart, i));
        cur.closeEnd = i + len;
        out.push(cur);
        cur = null;
      }
      // an opening-context mark inside an open quotation is ignored
    }
    if (cur) cur.parts.push(trimRange(text, partStart, p.end));
  }
  if (cur) out.push(cur);
  for (const q of out) if (q.closeEnd < 0) repairMissingClose(text, q);
  return out.filter((q) => (!q.single || q.closeEnd >= 0) && q.parts.some((r) => r.end > r.start));
}

/** A mark written without its space after a sentence's end or a comma (`pengaduan."Yang …`, `mengatakan,"Kami
 *  …`): it opens when no quotation is open (an open one it closes: `…,"kata X`). Only a double mark (straight,
 *  curly or doubled apostrophes): a single one there is an apostrophe as often. After a sentence's end the
 *  quotation opens with a capital; after a comma, with any letter. */
const GLUED_AFTER_END = /[.!?]/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
function gluedOpen(style: number, before: string, after: string): boolean {
  if (style === STYLE_SINGLE || style === STYLE_STRAIGHT_SINGLE) return false;
  if (before === ',') return LETTER.test(after);
  return GLUED_AFTER_END.test(before) && UPPER.test(after);
}

/** Marks before which a quotation may open as speech (white space skipped). */
const SPEECH_BEFORE = new Set([',', ':', '.', '!', '?', '…', '(', '—', '–', '-']);

/** True when the mark at `i` opens at its paragraph's start or after `,` `:` or a sentence end. */
function opensSpeech(text: string, paraStart: number, i: number): boolean {
  let k = i;
  while (k > paraStart && isWs(text[k - 1])) k--;
  return k === paraStart || SPEECH_BEFORE.has(text[k - 1]!);
}

/** `"…, ujar Zaini.` — a quotation left open whose paragraph ends in an attribution clause: the closing
 *  mark was forgotten before the comma. The quotation is closed at that comma. */
const MISSING_CLOSE = new RegExp(
  `,[ \\t]{1,3}(?:${alternationOf(QUOTE_VERBS, { space: SPACE.literal })})(?:nya|[ \\t]{1,3}(?:\\p{Lu}|(?:${alternationOf(SPEAKER_PRONOUNS, { space: SPACE.literal })})(?![\\p{L}\\p{N}])))[^"“”,.!?\\n]{0,60}[.!]?$`,
  'u',
);

function repairMissingClose(text: string, q: RawQuote): void {
  const last = q.parts[q.parts.length - 1]!;
  if (last.end - last.start < 12) return;
  const from = Math.max(last.start, last.end - 90);
  const m = MISSING_CLOSE.exec(text.slice(from, last.end));
  if (!m) return;
  const comma = from + m.index;
  const part = trimRange(text, last.start, comma);
  if (part.end <= part.start) return;
  q.parts[q.parts.length - 1] = part;
  q.closeEnd = comma;
}

// ---- attribution patterns ---------------------------------------------------------------------------
