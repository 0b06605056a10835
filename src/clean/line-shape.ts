// The shape of one line, read the same way by every cleaning step that looks at shape (clean/edges.ts, the edges of
// the body; clean/page-head.ts, the labels above the headline): one helper per job. Word lists: the function words
// of src/lexicon/language.ts.
import { MALAY_INDONESIAN_FUNCTION_WORDS } from '../lexicon/language.js';
import { HEADLINE_KICKERS } from '../lexicon/page-furniture.js';
import { HEADLINE_PASSIVES, HEADLINE_VERBS } from '../lexicon/headline-verbs.js';
import { MODAL_PREDICATES } from '../lexicon/attribution.js';
import { CAPTION_COUNT_CUES, CAPTION_SCENE_MARKERS } from '../lexicon/captions.js';
import { FUTURE_MODALS, OBLIGATION_MODALS } from '../lexicon/statement-type-words.js';
import { countSpacedWords } from '../text/words.js';

const FUNCTION_WORDS = new Set(MALAY_INDONESIAN_FUNCTION_WORDS);
/** A word starting with a capital or a digit, after an opening quote, bracket or hash. */
const UPPER_OR_DIGIT = /^["“‘'(#]?[\p{Lu}\p{N}]/u;
/** A separator between links or name parts, no word: "Redaksi | Pedoman Media Siber | Kontak". */
const SEPARATOR = /^[|·•–—/-]$/u;

function isSeparator(w: string): boolean {
  return w.length === 1 && SEPARATOR.test(w);
}

/** Title Case: at least two thirds of the words (separators left out) start with a capital or a digit (a linked
 *  headline, a masthead; a deck or a sentence does not). */
export function isTitleCased(text: string): boolean {
  let caps = 0;
  let counted = 0;
  for (const w of text.split(' ')) {
    if (isSeparator(w)) continue;
    counted++;
    if (UPPER_OR_DIGIT.test(w)) caps++;
  }
  return counted > 0 && caps * 3 >= counted * 2;
}

/** Headline case, stricter than `isTitleCased`: every word but a function word starts with a capital or a digit, and
 *  no bracket closes the line (a caption names places in capitals too, but keeps its common nouns in lower case and
 *  its credit in brackets: "Antrean pemilih di TPS 05 (Dok. Redaksi)"). */
export function isHeadlineCased(text: string): boolean {
  if (text.endsWith(')')) return false;
  for (const w of text.split(' ')) {
    if (w === '' || UPPER_OR_DIGIT.test(w) || isSeparator(w)) continue;
    if (!FUNCTION_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
}

/** Whether the line holds a function word (a clause does; a label, a tag or a name does not). */
export function hasFunctionWord(text: string): boolean {
  for (const w of text.toLowerCase().split(' ')) if (FUNCTION_WORDS.has(w)) return true;
  return false;
}

/** The words of a line that hold a letter, counted no further than `cap`: a widget's figures and signs are no words
 *  ("IHSG 7.215,34 ▲ 0,42%" has one, "Pro 1 FM 94.0 MHz" three). */
export function letterWords(text: string, cap: number): number {
  let n = 0;
  let inWord = false;
  let lettered = false;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 32;
    if (c === 32) {
      if (inWord && lettered && ++n >= cap) return n;
      inWord = false;
      lettered = false;
      continue;
    }
    inWord = true;
    if (!lettered && isLetterAt(text, k, c)) lettered = true;
  }
  return n;
}
const LETTER = /\p{L}/u;
function isLetterAt(text: string, k: number, c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[k]!);
}

/** A headline under a media or genre kicker (HEADLINE_KICKERS), the kicker kept with it (clean5/07, a TV site: "Video:
 *  Ratusan ASN Sorong Ikuti Apel Netralitas"; round 16, a live report: "LIVE UPDATE: Pemungutan Suara Pilkada Garut
 *  2024"): a credit rule reads "Label: value" and the page top's widget rule "Label: ticker item", but a credit's value
 *  is a name or a source and a caption's a sentence-case clause, while this one is a Title Case headline of
 *  HEADLINE_AFTER_LABEL_MIN_WORDS words or more. With `bulleted`, the kicker may stand before a spaced bullet or bar
 *  too ("LIVE • Bawaslu Terima Empat Laporan Netralitas ASN", "Live Update | Pemungutan Suara Ulang di Tujuh TPS …"):
 *  read so only at the page top, where a credit's "Foto | Nama" never stands in the headline's place. */
export function isLabelledHeadline(text: string, bulleted = false): boolean {
  if (LABELLED_SENTENCE_END.test(text) || LABELLED_OPEN_END.test(text)) return false;
  let cut = text.indexOf(': ');
  let width = 2;
  if (bulleted && (cut < 0 || cut > KICKER_MAX_CHARS)) {
    const m = KICKER_BULLET.exec(text);
    if (m !== null) [cut, width] = [m.index, m[0].length];
  }
  if (cut < 0 || cut > KICKER_MAX_CHARS || !KICKERS.has(text.slice(0, cut).toLowerCase())) return false;
  const rest = text.slice(cut + width);
  return countSpacedWords(rest, HEADLINE_AFTER_LABEL_MIN_WORDS) >= HEADLINE_AFTER_LABEL_MIN_WORDS && isHeadlineCased(rest);
}
/** Settings: a headline under a kicker has at least this many words (a stream's link "Live: Teluk TV" has two) … */
export const HEADLINE_AFTER_LABEL_MIN_WORDS = 5;
/** … and its kicker at most this many characters. */
export const KICKER_MAX_CHARS = 20;
const KICKERS = new Set(HEADLINE_KICKERS);
const KICKER_BULLET = /\s[•|]\s/u;
const LABELLED_SENTENCE_END = /[.!?…]["”’)\]]?$|["”]$/u;
const LABELLED_OPEN_END = /[,;:]$/u;

/** A photo's caption under a label in capitals (check20/08, an e-paper page, under its credit "FOTO: ADE/KENDARI POS":
 *  "PENGAWASAN: Panwaslu Baubau saat menggelar rapat koordinasi."): one or two words in capitals (LABEL_MIN_LETTERS
 *  letters or more), a colon, then one sentence opening with a capital, at most LABELLED_CAPTION_MAX_WORDS words, closed
 *  by a stop. A quote ("TEGAS: \"Kami …\"") or a second sentence is no caption. Read only beside a photo's credit
 *  (clean/cascade.ts): alone, the shape is also a body line's (an e-paper's subhead, "Sanksi: teguran tertulis.").
 *  A dateline in capitals ("JAKARTA: …") is no caption either: callers check it. */
export function isLabelledCaption(text: string): boolean {
  const m = LABELLED_CAPTION.exec(text);
  if (m === null) return false;
  const rest = text.slice(m[0].length);
  if (countSpacedWords(rest, LABELLED_CAPTION_MAX_WORDS + 1) > LABELLED_CAPTION_MAX_WORDS || /[.!?]["”’]?\s+["“]?\p{Lu}/u.test(rest)) return false;
  // (a caption shows a scene, or is set in capitals throughout, and counts nothing: beside a credit, review17/k2's body
  // line "TEMUAN: Sebanyak delapan ASN di antaranya merupakan guru …" states a finding, CAPTION_SCENE_MARKERS)
  const words = rest.toLowerCase().split(/[^\p{L}]+/u);
  if (words.some((w) => CAPTION_COUNT.has(w))) return false;
  return rest === rest.toUpperCase() || words.some((w) => CAPTION_SCENE.has(w));
}
const CAPTION_SCENE: ReadonlySet<string> = new Set(CAPTION_SCENE_MARKERS);
const CAPTION_COUNT: ReadonlySet<string> = new Set(CAPTION_COUNT_CUES);
/** Settings: a caption's label has at least this many letters in capitals ("TPS:" is a figure's label in a list) … */
const LABEL_MIN_LETTERS = 4;
/** … and its sentence at most this many words (CREDIT_CAPTION_MAX_WORDS of clean/page-top-credits.ts, a caption's length). */
const LABELLED_CAPTION_MAX_WORDS = 40;
const LABELLED_CAPTION = new RegExp(`^\\p{Lu}{${LABEL_MIN_LETTERS},20}(?: \\p{Lu}{2,20})?\\s?:\\s(?=\\p{Lu}[\\p{Ll}\\p{Lu}])(?=[^"“]*[.!]$)`, 'u');

/** A short headline over its deck (closing16's leftover, a regional portal: "ASN Wajib Netral" / "Bawaslu mengingatkan
 *  seluruh aparatur sipil negara agar tidak terlibat politik praktis menjelang pilkada" / lead): the deck is in sentence
 *  case (not Title Case) and DECK_MIN_WORDS words or more; the headline above it is in headline case, SHORT_HEADLINE_MIN_WORDS
 *  words or more, with no figure and no separator (a rubric over a sentence-case headline is shorter, "Politik",
 *  "Sulawesi Selatan", or names a year, "Pilkada Serentak 2024"). Read by the page head and the page top alike. */
export function isShortHeadlineOverDeck(upper: string, deck: string): boolean {
  if (countSpacedWords(deck, DECK_MIN_WORDS) < DECK_MIN_WORDS || isTitleCased(deck) || !isHeadlineCased(upper) || NO_HEADLINE_SIGN.test(upper)) return false;
  return countSpacedWords(upper, SHORT_HEADLINE_MIN_WORDS) >= SHORT_HEADLINE_MIN_WORDS && holdsPredicate(upper);
}
/** Whether a short Title Case line holds a headline's predicate: a verb of the headline register, a passive, or a modal
 *  ("ASN Wajib Netral", "Kades Dilarang Ikut Kampanye"). A rubric is a noun phrase with none (review17/k5: "Sorotan
 *  Pesta Demokrasi" over "Bawaslu temukan dua belas ASN … terlibat kampanye …": the sentence-case line is the headline). */
function holdsPredicate(text: string): boolean {
  return text.split(' ').some((w) => PREDICATE_WORDS.has(w.toLowerCase()));
}
/** Whether a headline line opens with its predicate, its subject left on the line above ("Minta ASN Tak Berpolitik" under
 *  "BAWASLU BOVEN DIGOEL", an e-paper's headline over two lines in two cases; round 18, clean18). */
export function opensWithPredicate(text: string): boolean {
  const first = text.split(' ', 1)[0]!;
  return PREDICATE_WORDS.has(first.toLowerCase());
}
const PREDICATE_WORDS: ReadonlySet<string> = new Set([...HEADLINE_VERBS, ...HEADLINE_PASSIVES, ...MODAL_PREDICATES, ...FUTURE_MODALS, ...OBLIGATION_MODALS]);
/** Settings: a deck has at least this many words (a site that writes its headlines in sentence case keeps most under
 *  ten) … */
export const DECK_MIN_WORDS = 12;
/** … and the headline over it at least this many (HEADER_HEADLINE_MIN_WORDS of clean/page-top.ts: "Jakarta" or "Kota
 *  Palu" is a place). */
const SHORT_HEADLINE_MIN_WORDS = 3;
const NO_HEADLINE_SIGN = /[\p{N}|·•–—/:]|\s-\s/u;
