// Cleaning step 1 (see cascade.ts): the raw text split into lines (CR, LF, CRLF, U+2028/9), each with its
// spaces and invisible characters normalised, and the paragraph record the later steps build from them.
import { matchDateline, type DatelineMatch } from './dateline.js';

export interface Line {
  /** Whitespace-normalised text. */
  text: string;
  /** The line as it was (line terminator and surrounding whitespace dropped). */
  raw: string;
  /** 0-based line number in the input. */
  no: number;
}

export interface Para {
  text: string;
  firstLine: number;
  lastLine: number;
  /** `matchDateline(text, true)`, set in step 6 (the text does not change again before step 8 uses it):
   *  the later dateline checks on the same paragraph read it instead of running the patterns again.
   *  `undefined` until then (and once step 8 changes the text). */
  dateline: DatelineMatch | null | undefined;
}

/** The one way a Para is made (every paragraph has the same fields from the start: one shape). */
export function newPara(l: Line): Para {
  return { text: l.text, firstLine: l.no, lastLine: l.no, dateline: undefined };
}

/** Spaces that collapse to one ASCII space (NBSP, narrow NBSP, en/em spaces, ideographic space, tabs):
 *  `[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+`. Only runs that are not already one ASCII space
 *  are matched (a run starting with another space character, or a space followed by more): rewriting every
 *  single space between words was one regex match per word. The result is the same. */
export const SPACES =
  /(?:[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| [\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/gu;
/** Invisible characters removed outright. */
export const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/gu;
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;

export function normalise(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ');
}
/** Whether INVISIBLE matches anywhere (a non-global twin: no `lastIndex` state). */
export const INVISIBLE_ANY = new RegExp(INVISIBLE.source, 'u');
/** Line breaks other than `\n`, and INVISIBLE characters: texts without any (nearly all) take the short way
 *  in `splitLines`. */
export const UNCOMMON_LINE_CHARS = /[\r\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\u00ad]/u;
/** UNCOMMON_LINE_CHARS, and the space characters of SPACES other than ' ' itself. */
export const ODD_SPACE_OR_UNCOMMON = /[\r\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\u00ad\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/** The input's non-blank lines (split on LINE_BREAK), each as its whitespace-normalised text (trimmed)
 *  beside the trimmed raw line and its line number. */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  if (!ODD_SPACE_OR_UNCOMMON.test(raw) && raw.indexOf('  ') < 0) {
    // Nothing to normalise (most texts): SPACES matches only at a space character other than ' ' or at
    // two ' ' in a row, and there is neither (one scan for a character class, one native `indexOf`,
    // instead of an UNCOMMON_LINE_CHARS scan and a SPACES replace that finds nothing). Only `\n` breaks
    // lines, each trimmed line is its own normal form, and the only character `trim` could take off is
    // ' ' (every other white space or line terminator is in ODD_SPACE_OR_UNCOMMON): the lines are cut
    // out directly, one slice per non-blank line (no array of all lines, no slice per trim).
    const n = raw.length;
    for (let no = 0, from = 0; from <= n; no++) {
      let end = raw.indexOf('\n', from);
      if (end < 0) end = n;
      let a = from;
      let b = end;
      while (a < b && raw.charCodeAt(a) === 32) a++;
      while (b > a && raw.charCodeAt(b - 1) === 32) b--;
      if (a < b) {
        const text = raw.slice(a, b);
        lines.push({ text, raw: text, no });
      }
      from = end + 1;
    }
    return lines;
  }
  if (!UNCOMMON_LINE_CHARS.test(raw)) {
    // Only `\n` breaks lines, so a plain string split gives the LINE_BREAK lines; SPACES runs over the
    // whole text at once (see below).
    const rawLines = raw.split('\n');
    const normLines = raw.replace(SPACES, ' ').split('\n');
    for (let i = 0; i < rawLines.length; i++) {
      const text = normLines[i]!.trim();
      if (text !== '') lines.push({ text, raw: rawLines[i]!.trim(), no: i });
    }
    return lines;
  }
  // Split first, then normalise each line: normalising the whole text would drop invisible characters
  // (U+00AD) that sit between CR and LF and merge two breaks into one, misaligning the two arrays.
  const rawLines = raw.split(LINE_BREAK);
  // Without invisible characters, SPACES can run over the whole text at once (one call instead of one per
  // line) and give the same lines: its matches never hold a line break, it has no anchors or look-arounds,
  // and it replaces a run by one space, so no break is created, removed or merged (`\r` + `\n`).
  const normLines = INVISIBLE_ANY.test(raw) ? rawLines.map(normalise) : raw.replace(SPACES, ' ').split(LINE_BREAK);
  for (let i = 0; i < rawLines.length; i++) {
    const text = normLines[i]!.trim();
    if (text !== '') lines.push({ text, raw: rawLines[i]!.trim(), no: i });
  }
  return lines;
}
