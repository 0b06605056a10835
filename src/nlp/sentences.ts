// Indonesian-aware sentence splitting with offsets, in one left-to-right pass.
//
// A sentence ends:
//   - at a blank line (paragraph break), always;
//   - at a single line break, unless the line before ends mid-sentence AND the next line starts lower-case
//     (a wrapped line: `… disampaikan Pj Gubernur setelah\nmenghadiri …`);
//   - after `.`, `!`, `?`, `…` (plus any closing quotes/brackets) followed by white space and a character that
//     can open a sentence (not a lower-case letter), unless
//       * the `.` closes an abbreviation (`Drs.`, `No.`, `dll.`), an initial (`H.`), or a dotted form
//         (`S.H.`, `M.Si.`, `a.n.`, `H.M.`), unless it closes a degree in a name's apposition and a quote mark or
//         a capitalised word follows (`…, Nama, S.H. Dalam rapat itu, …`), or a degree-shaped abbreviation after a
//         lower-case word and a quote mark follows (`isi SE. ‘’…’’`): `degreeEndsSentence`; initials before a
//         name (`oleh M.H. Siregar`) and `SE.` before its issuer (`pada SE. Menteri …`) never end one; a one-letter
//         roman numeral after a unit it numbers is no initial (`Kantor Regional V. "Saya …`: numbered-units.ts);
//       * we are inside a quotation that continues (`"… pilkada. Mulai dari …"` is one sentence).
// Decimal and thousands numbers (`1.010`, `32.7`) never split: no white space follows their dot.
// An unclosed quotation ends at the next line break.
//
// The abbreviation list is data: src/lexicon/abbreviations.ts (SENTENCE_ABBREVIATIONS, re-exported here).

import { SENTENCE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { DEGREE_KEYS, degreeKey } from '../lexicon/degrees.js';
import { SENTENCE_STARTER_WORDS } from '../lexicon/honorifics.js';
import { ONE_LETTER_ROMAN_NUMERALS, ROMAN_NUMBERED_UNIT_WORDS } from '../lexicon/numbered-units.js';
import { isLetterUnit } from './words.js';

export { SENTENCE_ABBREVIATIONS };

const ABBREV = new Set(SENTENCE_ABBREVIATIONS);
const ABBREV_MAX_LENGTH = Math.max(1, ...SENTENCE_ABBREVIATIONS.map((a) => a.length));

const NL = 10;
const isSpaceCode = (c: number): boolean => {
  if (c > 32 && c < 0xa0) return false; // the common case: printable ASCII
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff;
};

/** Printable ASCII other than the characters the splitter reacts to (white space, `"`, `.`, `!`, `?`):
 *  a run of these only extends the open sentence. */
const isPlainCode = (c: number): boolean => c > 32 && c < 127 && c !== 34 && c !== 46 && c !== 33 && c !== 63;
/** The next character the loop below must look at: ASCII controls (line breaks, tabs), `!`, `"`, `.`, `?`,
 *  and the non-ASCII white space, quotation marks and `…` it reacts to. Every other character (printable
 *  ASCII, the ASCII space, letters and punctuation beyond ASCII) only extends the open sentence, which the
 *  run skip below does for a whole run at once. No `u` flag on purpose: the position is read back as
 *  `lastIndex - 1`, which needs one-unit matches (the class holds no surrogates). */
const NOT_PLAIN = /[\x00-\x1f!".?\x7f\u00a0\u00ab\u00bb\u2000-\u200b\u201c-\u201e\u2026\u202f\u3000\ufeff]/g;

const OPEN_ONLY = new Set(['“', '„', '«']);
const CLOSE_ONLY = new Set(['”', '»']);
const TERMINALS = new Set(['.', '!', '?', '…']);
/** Characters that may trail a terminal and still belong to the sentence. */
const TRAILERS = new Set(['.', '!', '?', '…', '”', '"', '’', "'", ')', ']', '»']);
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** True when `ch` can open a new sentence (anything but a lower-case letter or a continuing comma). */
function canOpen(ch: string): boolean {
  if (LOWER.test(ch)) return false;
  return ch !== ',' && ch !== ';' && ch !== ':';
}

/** The `.` at `i` ends an abbreviation, an initial or a dotted form. */
function isAbbrevDot(text: string, i: number, lo: number): boolean {
  let w = i;
  let inner = false;
  // walk back over letters and dots (bounded: abbreviations are short)
  while (w > lo && i - w < 24) {
    const c = text.charCodeAt(w - 1);
    if (c === 46 /* . */) inner = true;
    else if (!isLetterUnit(c)) break; // LETTER.test(text[w - 1]) without a regex call per character
    w--;
  }
  if (w === i) return false; // no letters: `2024.`, `).`
  if (inner) return true; // S.H, M.Si, a.n, H.M
  // most words before a dot are longer than any abbreviation (lower-casing never shortens a BMP letter)
  if (i - w > ABBREV_MAX_LENGTH) return false;
  const token = text.slice(w, i);
  if (token.length === 1 && UPPER.test(token)) return !unitNumberAt(text, w, lo); // initial, unless a unit's number
  return ABBREV.has(token.toLowerCase());
}

const ROMAN_UNIT = new Set(ROMAN_NUMBERED_UNIT_WORDS);
const ROMAN_LETTER = new Set(ONE_LETTER_ROMAN_NUMERALS);
/** The one letter at `w` is a roman numeral after a unit it numbers, one space or tab between (`Kantor Regional V.
 *  "Saya …`, `ujar Kepala Kanreg V. Budi menambahkan …`): a unit's number, not an initial (`Andi M. Rahman`). */
function unitNumberAt(text: string, w: number, lo: number): boolean {
  if (!ROMAN_LETTER.has(text[w]!)) return false;
  const c = text.charCodeAt(w - 1);
  if (w - 1 <= lo || (c !== 32 && c !== 9)) return false;
  let q = w - 1;
  while (q > lo && q > w - 14 && isLetterUnit(text.charCodeAt(q - 1))) q--;
  return ROMAN_UNIT.has(text.slice(q, w - 1).toLowerCase());
}

/** Quote marks that may open the next sentence before its first word (a bracket may not: `Nama, S.H. (kanan)
 *  menyerahkan …` is a caption's position inside the sentence). */
const OPENERS = new Set(['"', '“', '„', '«', '‘', "'"]);
/** The word after a dot: letters, and any dot inside it (`M.H.`: another degree). */
const NEXT_TOKEN = /[\p{L}.]+/uy;
/** A degree written in capitals only, like a name's initials or an acronym (`S.H`, `M.M`, `S.I.K`, `SE`): `M.H.
 *  Siregar`, `M.T. Haryono` open a name in that shape, and `PKPU, SE. Menteri PANRB …` lists a Surat Edaran. */
const INITIALS_SHAPE = /^[\p{Lu}.]+$/u;
/** Capitalised words that open a sentence and never a name (lexicon/honorifics.ts: `Dalam`, `Ia`, `Sementara`,
 *  `Meski`), unlike a name (`Siregar`) or an issuer's title (`Menteri`, `Bupati`, `Nomor`). */
const STARTERS = new Set(SENTENCE_STARTER_WORDS);
/** How many degrees a name may carry before the one read (`Nama, S.Sos., M.Si., M.H.`). */
const MAX_DEGREE_CHAIN = 4;

/** The degree (dotted, or in capitals: not a short form written before a name, `St. Rajo`, `Ak.`) that ends at
 *  `i` (its dot not included), read back to `lo`: its start, or -1. */
function degreeStart(text: string, i: number, lo: number): number {
  let w = i;
  while (w > lo && i - w < 24 && (isLetterUnit(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 46)) w--;
  const token = text.slice(w, i);
  if (token === '' || (!token.includes('.') && token !== token.toUpperCase())) return -1;
  return DEGREE_KEYS.has(degreeKey(token)) ? w : -1;
}

/** What the degree starting at `w` follows: 'apposition' when it closes a name's apposition (a comma after a
 *  capitalised word: `Noor, S.H.`; through a chain of degrees: `Siregar, S.E., M.M.`, `Wiyono, S.H. M.H.`), 'lower'
 *  after a lower-case word (`isi SE.`, `oleh M.H.`), or null (a capitalised word: `Jaksa Agung S.T.`, `Prof. M.A.`; a
 *  comma after no name: `Sementara itu, M.H.`). */
function degreeFollows(text: string, w: number, lo: number): 'apposition' | 'lower' | null {
  for (let step = 0; step < MAX_DEGREE_CHAIN; step++) {
    let p = w - 1;
    while (p >= lo && isSpaceCode(text.charCodeAt(p))) p--;
    if (p < lo) return null;
    let comma = false;
    if (text[p] === ',') {
      comma = true;
      p--;
      while (p >= lo && isSpaceCode(text.charCodeAt(p))) p--;
      if (p < lo) return null;
    }
    // a degree before (`S.E.,` / `S.H.`): read on back from its start
    const end = text[p] === '.' ? p : p + 1;
    const prev = degreeStart(text, end, lo);
    if (prev >= 0) {
      w = prev;
      continue;
    }
    let q = p;
    while (q > lo && isLetterUnit(text.charCodeAt(q - 1))) q--;
    if (!isLetterUnit(text.charCodeAt(q))) return null;
    if (comma) return UPPER.test(text[q]!) ? 'apposition' : null;
    return LOWER.test(text[q]!) ? 'lower' : null;
  }
  return null;
}

/**
 * The `.` at `i` closes a degree that ends the sentence. After a name's apposition (`… Ketua Komisi I, H. Ahmad
 * Fauzan Noor, S.H. Dalam rapat itu, anggota …`): before a quote mark or a capitalised word with lower-case letters
 * that is neither another degree (`S.H. M.H.`) nor a dotted form or an abbreviation (`S.H. Drs. …`); a degree in the
 * initials' shape only before a word that opens sentences and never a name (`Ketua Bawaslu Lombok Timur, M.H.
 * Siregar mengatakan` is one sentence). After a lower-case word, only before a quote mark or such a word (`…
 * membacakan isi SE. ‘’Kades juga …’’`, `… menyambut baik terbitnya SE. Meski demikian, ia …`): before any other
 * capitalised word there it is initials (`dipimpin oleh M.H. Siregar`, `di jalan M.T. Haryono`) or a Surat Edaran
 * before its issuer (`mengacu pada SE. Menteri PANRB Nomor 1 …`). Inside a sentence a degree is followed by a comma,
 * another degree or a lower-case verb (`…, S.Sos. mengatakan`).
 */
function degreeEndsSentence(text: string, i: number, lo: number, hi: number): boolean {
  const w = degreeStart(text, i, lo);
  if (w < 0) return false;
  const follows = degreeFollows(text, w, lo);
  if (follows === null) return false;
  let m = i + 1;
  while (m < hi && isSpaceCode(text.charCodeAt(m)) && text.charCodeAt(m) !== NL) m++;
  if (m === i + 1 || m >= hi) return false;
  if (OPENERS.has(text[m]!)) return true;
  NEXT_TOKEN.lastIndex = m;
  const next = NEXT_TOKEN.exec(text)?.[0] ?? '';
  if (!UPPER.test(next.charAt(0)) || !LOWER.test(next) || next.includes('.')) return false;
  const low = next.toLowerCase();
  if (ABBREV.has(low) || DEGREE_KEYS.has(degreeKey(next))) return false;
  if (STARTERS.has(low)) return true;
  return follows === 'apposition' && !INITIALS_SHAPE.test(text.slice(w, i));
}

/** Ends the open sentence [s, last]. (A plain function, not a closure over `s`/`last`: captured
 *  variables live in a heap context, and this loop writes `last` for every character.) */
function closeSpan(out: Array<{ start: number; end: number }>, s: number, last: number): void {
  if (s >= 0 && last >= s) out.push({ start: s, end: last + 1 });
}

/**
 * Sentence spans `[start,end)` within `text.slice(start, end)`, offsets into `text`, trimmed of white space.
 */
export function sentenceSpans(
  text: string,
  start = 0,
  end: number = text.length,
  /** Appended to and returned when given (a caller splitting paragraph by paragraph keeps one array). */
  out: Array<{ start: number; end: number }> = [],
): Array<{ start: number; end: number }> {
  const lo = Math.max(0, start);
  const hi = Math.min(text.length, end);
  let s = -1; // start of the current sentence, -1 when none is open
  let last = -1; // last non-space index in the current sentence
  let inQuote = false;
  let curlyQuote = false; // the open quotation started with a curly/guillemet mark
  let nest = 0; // quotes of the other style nested inside the open quotation


  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (isPlainCode(c)) {
      // most characters: skip the whole run of them, ASCII spaces and the other characters NOT_PLAIN lets
      // through (nothing below applies to them; a
      // space only does not move `last`). The regex engine finds the run's end in native code, far faster
      // than a char-code loop here; `test` on a global regex allocates no match.
      if (s < 0) s = i;
      NOT_PLAIN.lastIndex = i + 1;
      let k = NOT_PLAIN.test(text) ? NOT_PLAIN.lastIndex - 1 : hi;
      if (k > hi) k = hi;
      let l = k - 1;
      while (text.charCodeAt(l) === 32) l--; // stops at i at the latest (a plain character)
      last = l;
      i = k - 1;
      continue;
    }
    if (c === NL) {
      // measure the run of white space and count its line breaks
      let j = i;
      let nl = 0;
      while (j < hi && isSpaceCode(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === NL) nl++;
        j++;
      }
      if (s >= 0) {
        const prev = text[last]!;
        const next = j < hi ? text[j]! : '';
        const wrapped = nl === 1 && j < hi && !TERMINALS.has(prev) && !TRAILERS.has(prev) && LOWER.test(next);
        if (!wrapped) {
          closeSpan(out, s, last);
          s = -1;
          last = -1;
          inQuote = false;
          nest = 0;
        }
      }
      i = j - 1;
      continue;
    }
    if (isSpaceCode(c)) continue;
    if (s < 0) s = i;
    last = i;

    // quotation state (char-code tests first: this loop sees every character)
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) {
      const ch = text[i]!;
      const prevSpace = i === s || isSpaceCode(text.charCodeAt(i - 1)) || text[i - 1] === '(' || text[i - 1] === '[';
      const nextSpace = i + 1 >= hi || isSpaceCode(text.charCodeAt(i + 1));
      const curly = c !== 34;
      if (!inQuote) {
        if ((prevSpace || OPEN_ONLY.has(ch)) && !nextSpace) {
          inQuote = true;
          curlyQuote = curly;
          nest = 0;
        }
        continue;
      }
      if (curly !== curlyQuote) {
        // the other style inside an open quotation: a nested quotation
        if (prevSpace && !nextSpace) nest++;
        else if (nest > 0) nest--;
        continue;
      }
      if (!prevSpace || CLOSE_ONLY.has(ch)) {
        inQuote = false;
        nest = 0;
        // a closing mark right after a terminal ends the sentence when the next one opens
        const before = text[i - 1]!;
        if (TERMINALS.has(before)) {
          let k = i + 1;
          while (k < hi && TRAILERS.has(text[k]!)) k++;
          if (k >= hi || isSpaceCode(text.charCodeAt(k))) {
            let m = k;
            while (m < hi && isSpaceCode(text.charCodeAt(m)) && text.charCodeAt(m) !== NL) m++;
            if (m >= hi || text.charCodeAt(m) === NL || canOpen(text[m]!)) {
              last = k - 1;
              closeSpan(out, s, last);
              s = -1;
              last = -1;
              i = k - 1;
            }
          }
        }
      }
      continue;
    }

    // terminals: . ! ? …
    if (inQuote || !(c === 46 || c === 33 || c === 63 || c === 0x2026)) continue;
    const ch = text[i]!;
    if (ch === '.' && isAbbrevDot(text, i, s) && !degreeEndsSentence(text, i, s, hi)) continue;
    // swallow the run of terminals and closing marks
    let k = i + 1;
    while (k < hi && TRAILERS.has(text[k]!)) {
      const t = text[k]!;
      if (t === '"' && !(k + 1 >= hi || isSpaceCode(text.charCodeAt(k + 1)))) break; // an opening straight quote
      k++;
    }
    if (k < hi && !isSpaceCode(text.charCodeAt(k))) continue; // `1.010`, `prokalteng.co`, `.”,`
    let m = k;
    while (m < hi && isSpaceCode(text.charCodeAt(m)) && text.charCodeAt(m) !== NL) m++;
    if (m < hi && text.charCodeAt(m) !== NL && !canOpen(text[m]!)) continue; // `dll. dan`
    last = k - 1;
    closeSpan(out, s, last);
    s = -1;
    last = -1;
    i = k - 1;
  }
  closeSpan(out, s, last);
  return out;
}
