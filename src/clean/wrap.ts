// Hard-wrapped sentences (issue 22: "Lines hard-wrapped at a fixed width in the middle of a sentence are joined
// again"). A line broken at a fixed width may leave the last word or two of a sentence alone on the next line, and
// when that word is capitalised it can look like a furniture line: portal/06 "… yang mengunggah dukungan di akun" /
// "Facebook.", "… grup percakapan tim pemenangan di" / "Telegram.". Such a tail belongs to the sentence above it:
// the line rules skip it (cascade step 3) and the join step glues it on (step 4), so the sentence is whole, and a
// second cleaning pass sees the same paragraph.
import { WRAP_COMPOUND_BASES, WRAP_NAME_ABBREVIATIONS, WRAP_OPEN_MIN_WORDS, WRAP_OPEN_WORDS, WRAP_WORD_PREFIXES, WRAP_WORD_SUFFIXES } from '../lexicon/wrap.js';
import { SPACE, alternationOf } from '../text/regex.js';
import { matchDateline, strongOnly } from './dateline.js';
import { isHeadlineCased } from './line-shape.js';

/** Settings: the broken line is at least this long (a wrapped line fills its width; a headline above a
 *  furniture line is shorter or ends with a capitalised word) … */
export const WRAP_MIN_CHARS = 40;
/** … and the tail has at most this many words. */
export const WRAP_TAIL_MAX_WORDS = 3;

/** The broken line ends inside a sentence: with a lower-case word ("akun", "di", "dan"; a headline's last word
 *  is capitalised). */
const ENDS_MID_SENTENCE = /(?:^|\s)\p{Ll}[\p{L}-]{0,40}$/u;
/** The tail: a few plain words (no label colon, no brackets: "Foto: Ist." is a credit) ending the sentence. */
const TAIL = /^[\p{L}\p{N}][\p{L}\p{N} '’-]{0,60}[.!?]["”’)]?$/u;

/** Whether `line`, on the input line right after `prev`, is the tail of a sentence that `prev` breaks. */
export function isWrapTail(prev: string, line: string): boolean {
  // (TAIL first: anchored at the start, it gives up within ~60 units of `line`, while ENDS_MID_SENTENCE, anchored
  // at the end, is tried from every position of `prev`, which is most often a whole body line)
  if (prev.length < WRAP_MIN_CHARS || !TAIL.test(line) || !ENDS_MID_SENTENCE.test(prev)) return false;
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32 && ++words > WRAP_TAIL_MAX_WORDS) return false;
  return true;
}

// A page hard-wrapped at a fixed width (an e-paper's text layer, a mail or a plain-text export: check7/09, cut at 47
// characters "RANGKASBITUNG – Pj Sekretaris Daerah Kabupaten" / "Lebak mengingatkan kepala desa …"): a break before a
// capitalised word is a wrap too when that word would not have fitted on the line above. The width is read from the
// lines of the whole page, not from the next line's first letter: the page's sure wraps (a line that ends inside a
// sentence, with the next one opening in lower case) give it, and only a page that has enough of them, filling the
// same width, and hardly a line longer, is read as hard-wrapped.

/** Sentence-final punctuation (optionally followed by a closing quote or bracket): a line ending so ends a sentence. */
export const SENTENCE_END = /[.!?…:;]["”’»)\]]?$|["”’»]$/u;
const LOWER_START = /^\p{Ll}/u;

/** Settings: a page is hard-wrapped when at least this many of its sure wraps … */
export const WRAP_WIDTH_MIN_WRAPS = 3;
/** … fill at least this share of the width (the longest sure wrap: a ragged right margin leaves each line short of it by
 *  less than a word) … */
export const WRAP_FULL_SHARE = 0.75;
/** … and at most this share of its lines of half the width or more are longer than the width. */
export const WRAP_OVER_WIDTH_SHARE = 0.25;

/** The width a page is hard-wrapped at (its longest sure wrap), or 0 when the page is not hard-wrapped. `lines`: the
 *  page's lines in order, with their input line numbers (a blank line between two lines breaks adjacency). */
export function wrapWidth(lines: ReadonlyArray<{ text: string; no: number }>): number {
  let width = 0;
  let sure = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (b.no !== a.no + 1 || !LOWER_START.test(b.text) || SENTENCE_END.test(a.text)) continue;
    sure++;
    if (a.text.length > width) width = a.text.length;
  }
  if (sure < WRAP_WIDTH_MIN_WRAPS) return 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (b.no === a.no + 1 && LOWER_START.test(b.text) && !SENTENCE_END.test(a.text) && a.text.length >= width * WRAP_FULL_SHARE) full++;
  }
  if (full < WRAP_WIDTH_MIN_WRAPS) return 0;
  let long = 0;
  let over = 0;
  for (const l of lines) {
    if (l.text.length * 2 < width) continue;
    long++;
    if (l.text.length > width) over++;
  }
  return over > long * WRAP_OVER_WIDTH_SHARE ? 0 : width;
}

/** Whether the page hard-wrapped at `width` (wrapWidth) sets its paragraphs apart by blank lines: some blank line
 *  stands between its lines, and no line that ends a sentence short of the width (a paragraph's last line) has another
 *  right under it. On such a page a line that fills the width is continued by the next whatever its end: a sentence
 *  that ends at the width goes on with the next sentence of its paragraph. */
export function blankLineParagraphs(lines: ReadonlyArray<{ text: string; no: number }>, width: number): boolean {
  if (width === 0) return false;
  let gap = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (b.no !== a.no + 1) gap = true;
    // (a quotation closed after its comma goes on in lower case: `… kepegawaian,"` / `kata Hendri …` is one sentence,
    // no paragraph's end: check9/04; so does a name cut after its abbreviation, "… Sengketa, Moh." / "Rizal …": check9/09)
    else if (SENTENCE_END.test(a.text) && !LOWER_START.test(b.text) && !isNameCut(a.text, b.text) && !overflows(a.text, b.text, width)) return false;
  }
  return gap;
}

/** Whether the first word of `line` would not have fitted on `prev` at `width`. */
function overflows(prev: string, line: string, width: number): boolean {
  const space = line.indexOf(' ');
  return prev.length <= width && prev.length + 1 + (space < 0 ? line.length : space) > width;
}

/** On a page whose paragraphs are set apart by blank lines (blankLineParagraphs), a line that ends a sentence at the
 *  width is continued by the line right under it when that line opens a sentence. */
export function isSentenceWrap(prev: string, line: string, width: number, blankLines: boolean): boolean {
  return blankLines && SENTENCE_END.test(prev) && CAPITAL_START.test(line) && !LIST_ITEM.test(line) && overflows(prev, line, width);
}

/** On a page whose paragraphs are set apart by blank lines (blankLineParagraphs), a line that fills the width
 *  (WRAP_FULL_SHARE of it or more) and ends inside a sentence is continued by the line right under it, even when that
 *  line's first word would have fitted (a ragged hand wrap: check9/04, "… empat ASN Pemkab Rejang" / "Lebong yang
 *  terbukti …", "… Pengembangan Sumber" / "Daya Manusia (BKPSDM) …"). Not onto a list item; not from a line in headline
 *  case that may be the headline (`mayBeHeadline`: the first line of its paragraph, no sentence ended above it). */
export function isFullLineWrap(prev: string, line: string, width: number, blankLines: boolean, mayBeHeadline: boolean): boolean {
  if (!blankLines || prev.length < width * WRAP_FULL_SHARE || SENTENCE_END.test(prev) || !CAPITAL_START.test(line) || LIST_ITEM.test(line)) return false;
  return !(mayBeHeadline && isHeadlineCased(prev));
}

/** A list item's mark: a new line of the body whatever the width ("2. tidak mengunggah …", "- larangan …"). */
const LIST_ITEM = /^(?:[-–—•*·]\s|(?:\d{1,2}|[a-zA-Z])[.)]\s)/u;
/** What a wrapped line may open with besides a lower-case letter: a capital, a digit, or a quotation mark before one. */
const CAPITAL_START = /^["“‘']?[\p{Lu}\p{N}]/u;

/** Whether `line`, on the input line right after `prev`, goes on the line `prev` breaks on a page hard-wrapped at
 *  `width` (wrapWidth): `prev` ends inside a sentence within the width, and the first word of `line` would not have
 *  fitted on it. */
export function isWidthWrap(prev: string, line: string, width: number): boolean {
  if (width === 0 || !CAPITAL_START.test(line) || LIST_ITEM.test(line) || SENTENCE_END.test(prev)) return false;
  return overflows(prev, line, width);
}

/** `isWidthWrap`, but never onto a line that opens with a dateline (the lead under a headline that fills the width),
 *  nor from a headline to the body under it. `mayBeHeadline`: `prev` is the first line of its paragraph and no sentence
 *  ended above it. Such a line in headline case that ends with a capitalised word may be the headline: the next line
 *  must then be in headline case too (a headline wrapped over two lines), unless the two open with a dateline (a lead:
 *  "RANGKASBITUNG – Pj Sekretaris Daerah" / "Kabupaten Lebak mengingatkan …"). */
export function isWidthWrapOf(prev: string, line: string, width: number, mayBeHeadline: boolean): boolean {
  if (!isWidthWrap(prev, line, width) || matchDateline(line, true) !== null) return false;
  if (!mayBeHeadline || ENDS_MID_SENTENCE.test(prev) || !isHeadlineCased(prev) || isHeadlineCased(line)) return true;
  return matchDateline(`${prev} ${line}`, true) !== null;
}

/** A line ending with an abbreviation written before a name ("Drs.", "H.", "Moh.": lexicon WRAP_NAME_ABBREVIATIONS)
 *  ends in the middle of a name: the next line, opening with a capital, is the rest of it ("… Kepala Dinas Drs." /
 *  "H. Ahmad Fauzi …"), at whatever width the page is wrapped. At least a few words before it: alone on its line such an
 *  abbreviation is no sentence to continue. */
const NAME_CUT = new RegExp(`(?:^|\\s)(?:${alternationOf(WRAP_NAME_ABBREVIATIONS, { space: SPACE.literal })})\\.$`, 'u');
/** A line cut at a name needs at least this many words. */
export const NAME_CUT_MIN_WORDS = 3;

export function isNameCut(prev: string, line: string): boolean {
  if (!CAPITAL_START.test(line) || LIST_ITEM.test(line) || !NAME_CUT.test(prev)) return false;
  let words = 1;
  for (let i = 0; i < prev.length; i++) if (prev.charCodeAt(i) === 32 && ++words >= NAME_CUT_MIN_WORDS) return true;
  return false;
}

/** A line ending with a word that never ends a sentence (lexicon WRAP_OPEN_WORDS: "di", "dan", "yang", "para") breaks a
 *  sentence: the next line, opening with a capital, goes on with it at whatever width (check9/02, "… Sumatera Utara di" /
 *  "Kecamatan Raya, Sabtu pekan lalu."). Not onto a list item, nor from a line of fewer than WRAP_OPEN_MIN_WORDS words. */
export function isOpenWordWrap(prev: string, line: string): boolean {
  if (!CAPITAL_START.test(line) || LIST_ITEM.test(line)) return false;
  const m = LAST_WORD.exec(prev);
  if (m === null || !OPEN_WORDS.has(m[1]!)) return false;
  let words = 1;
  for (let i = 0; i < prev.length; i++) if (prev.charCodeAt(i) === 32 && ++words >= WRAP_OPEN_MIN_WORDS) return true;
  return false;
}
const OPEN_WORDS = new Set(WRAP_OPEN_WORDS);
const LAST_WORD = /\s(\p{Ll}[\p{Ll}-]{0,20})$/u;

/** On a hard-wrapped page (`width` > 0: wrapWidth), a line that opens with an outlet's dateline (a strong one: place and
 *  outlet) and ends inside a sentence (a lower-case last word, no stop) goes on with the next line whatever that line
 *  opens with (check10/05, a Madura daily's e-paper: "PAMEKASAN, Radar Madura – Seorang guru" / "SMP negeri di …"): a
 *  dateline opens a lead, never a headline or a label, and the width test alone misses a line the layout broke early
 *  (a drop cap, a wider column). Not onto a list item. */
export function isLeadWrap(prev: string, line: string, width: number): boolean {
  return (width > 0 && opensBrokenLead(prev, line)) || (ENDS_ON_NAME.test(prev) && readsAsLead(prev, line));
}
/** A line ending on a capitalised word with no stop, its dateline holding too few words to be a lead on its own: a lead
 *  broken inside a name, on a page too short for its width to be read (check22/10, an e-paper: "TANAH MERAH, MP –
 *  Bawaslu Kabupaten Boven" / "Digoel mengingatkan ASN …"). */
const ENDS_ON_NAME = /\s\p{Lu}[\p{L}-]{0,40}$/u;

/** Whether `prev` opens with an outlet's dateline (a strong one) and ends inside a sentence that `line`, opening with a
 *  capital, goes on with: a lead broken before a capitalised word, whatever the page's width (the page head reads such a
 *  line as the body's start: clean/page-head.ts). */
export function opensBrokenLead(prev: string, line: string): boolean {
  return ENDS_MID_SENTENCE.test(prev) && readsAsLead(prev, line);
}
/** Whether `prev` opens with a strong dateline read with `line` (a capital's start, no list item) under it: read on the
 *  two lines joined, a dateline needs a few words after it, and the broken line may hold fewer. */
function readsAsLead(prev: string, line: string): boolean {
  if (!CAPITAL_START.test(line) || LIST_ITEM.test(line)) return false;
  const m = strongOnly(matchDateline(`${prev} ${line}`, false));
  return m !== null && m.dateline.text.length < prev.length;
}

// A word broken across a hard-wrapped line by a hyphen (an e-paper's syllable break, check18/e08: "… dugaan pelang-" /
// "garan netralitas ASN sejak 15 Februa-" / "ri 2018."): the line goes on the word, so the join drops the hyphen and
// the space ("pelanggaran", "15 Februari 2018"). A hyphen that is the word's own stays, with no space: a reduplication
// broken at its hyphen ("masing-" / "masing", "berkali-" / "kali", "berwarna-" / "warni", "bolak-" / "balik",
// "sayur-" / "mayur"), and a compound of two words ("tanya-" / "jawab", "serah-" / "terima": both halves are words, in
// the lexicon of compound bases or used elsewhere in the article; gluing them, "tanyajawab", makes a word nobody
// wrote). A prefix or a suffix is no word of its own ("ter-" / "jadi", "tahun-" / "nya"), and a joined word the
// article writes elsewhere is one word ("Pada-" / "hal" where the article has "padahal"). Only before a lower-case
// letter (a capital opens a name: "Jawa-" / "Bali", "e-" / "KTP" keep their space).

/** The letters before a hyphen that ends a line, and the lower-case letters that open the next line. */
const BROKEN_WORD_END = /(?<![\p{L}\p{N}-])(\p{L}{1,40})-$/u;
const WORD_START = /^\p{Ll}\p{L}{0,40}/u;
/** Settings: the two halves of a reduplication share a stem: the second half's first REDUP_STEM letters (or all of
 *  it, from REDUP_MIN letters) stand in the first ("masing"/"masing", "berkali"/"kali", "berwarna"/"warni") … */
export const REDUP_STEM = 4;
export const REDUP_MIN = 3;
/** … or, from REDUP_SOUND_MIN letters each, they rhyme on their last REDUP_RHYME letters ("sayur"/"mayur",
 *  "gotong"/"royong", "surat"/"menyurat") or change only their vowels (the same consonants in the same order, at least
 *  REDUP_SKELETON_MIN of them: "bolak"/"balik", "mondar"/"mandir", "teka"/"teki", "corat"/"coret"). A syllable break
 *  rarely does either ("Februa"/"ri", "pelang"/"garan", "pela"/"poran": p-l against p-r-n). */
export const REDUP_SOUND_MIN = 4;
export const REDUP_RHYME = 3;
export const REDUP_SKELETON_MIN = 2;
/** Setting: each half of a compound kept hyphenated has at least this many letters (the shortest bases: "hak", "adu";
 *  a shorter fragment, "pe-" / "langgaran", "Pemi-" / "lu", is a syllable). */
export const COMPOUND_HALF_MIN = 3;

const COMPOUND_BASES = new Set(WRAP_COMPOUND_BASES);
const WORD_PREFIXES = new Set(WRAP_WORD_PREFIXES);
const WORD_SUFFIXES = new Set(WRAP_WORD_SUFFIXES);
const VOWELS = /[aeiou]/gu;

/** Whether `a-` broken before `b` is a reduplication's own hyphen, not a syllable break. */
export function isOwnHyphen(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (y.length >= REDUP_MIN && x.includes(y.slice(0, REDUP_STEM))) return true;
  if (x.length < REDUP_SOUND_MIN || y.length < REDUP_SOUND_MIN) return false;
  if (x.slice(-REDUP_RHYME) === y.slice(-REDUP_RHYME)) return true;
  const skeleton = x.replace(VOWELS, '');
  return skeleton.length >= REDUP_SKELETON_MIN && skeleton === y.replace(VOWELS, '');
}

/** Whether `a-` broken before `b` keeps its hyphen (a reduplication or a compound of two words) rather than joining
 *  into one word. `known`: the article's words away from its broken line ends (articleWords). */
export function keepsHyphen(a: string, b: string, known: ReadonlySet<string>): boolean {
  if (isOwnHyphen(a, b)) return true;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (known.has(x + y) || WORD_PREFIXES.has(x) || WORD_SUFFIXES.has(y)) return false;
  if (x.length < COMPOUND_HALF_MIN || y.length < COMPOUND_HALF_MIN) return false;
  return (COMPOUND_BASES.has(x) || known.has(x)) && (COMPOUND_BASES.has(y) || known.has(y));
}

const LETTER_RUN = /\p{L}+/gu;
/** The lower-case words of an article's lines (in order), leaving out the halves of a word broken by a hyphen at a
 *  line's end (the last word of such a line, the first of the next): the words the article writes whole. Empty when no
 *  line ends with a hyphen (nothing to read it for). */
export function articleWords(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (!lines.some((l) => l.endsWith('-'))) return out;
  let brokenAbove = false;
  for (const line of lines) {
    const ws = line.toLowerCase().match(LETTER_RUN) ?? [];
    const broken = line.endsWith('-') && BROKEN_WORD_END.test(line.slice(-48)); // (the end only: see joinWrappedLines)
    for (let i = brokenAbove ? 1 : 0; i < ws.length - (broken ? 1 : 0); i++) out.add(ws[i]!);
    brokenAbove = broken;
  }
  return out;
}

/** The lines of one paragraph joined: by a space, or across a word broken by a hyphen at a line's end (above). Each
 *  line's end is read on the line itself, never on the growing text (linear however many lines are joined). `known`:
 *  the article's words (articleWords; empty: only the lexicon tells a word). */
export function joinWrappedLines(parts: readonly string[], known: ReadonlySet<string> = new Set()): string {
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const line = parts[i]!;
    const prev = parts[i - 1]!;
    const a = prev.endsWith('-') ? BROKEN_WORD_END.exec(prev.slice(-48)) : null;
    const b = a === null ? null : WORD_START.exec(line);
    if (a === null || b === null) out += ` ${line}`;
    else out = keepsHyphen(a[1]!, b[0], known) ? out + line : out.slice(0, -1) + line;
  }
  return out;
}
