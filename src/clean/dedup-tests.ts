// The pair tests of clean/dedup.ts (split from it, round 18: one file per job): its thresholds, and the shape checks a
// pair of paragraphs passes or fails on its text (a subheading in Title Case, a finished paragraph, the word order of a
// later copy). dedup.ts finds the candidate pairs; this file says what a pair must look like to be a copy.
import { words } from '../text/words.js';
import { INDIRECT_VERBS, QUOTE_VERBS } from '../lexicon/attribution.js';
import { alt } from './rules/build.js';

/** Settings: a quote's attribution names its speaker in at most this many words after the speech verb ("kata Ketua
 *  Bawaslu Kabupaten Sumbawa, Rudi Hartono."; a longer tail is a sentence of its own). */
export const ATTRIBUTION_MAX_WORDS = 8;
/** … and reported speech has its verb among the first this many words (a title, a name and its nickname in brackets
 *  before it: "Lurah Tanjung Karang, Ni Luh Putu Ayu Lestari (Ayu), membenarkan …" puts it ninth) … */
export const REPORTING_VERB_MAX_AT = 12;
/** … read in at most this many characters of the paragraph. */
const REPORTING_SPAN_CHARS = 160;

/** Thresholds, named so tests and reviewers can see them. */
export const DEDUP_THRESHOLDS = {
  /** Both directions at least this bigram containment → mutual near-duplicates. */
  mutualBigram: 0.7,
  /** …and at least this unigram containment both ways. */
  mutualUnigram: 0.8,
  /** Smaller-in-larger: bigram containment of the smaller. */
  containedBigram: 0.5,
  /** Smaller-in-larger: unigram (distinct word) containment of the smaller. */
  containedUnigram: 0.8,
  /** The smaller one needs this many distinct words to be judged by containment (short lines are too easy). */
  containedMinWords: 8,
  /** …and the larger may be at most this many times bigger (a sentence inside a huge paragraph is not a copy). */
  containedMaxRatio: 4,
  /** A later paragraph contained in an earlier one is its copy only when this share of its word trigrams (three
   *  words in a row) stand in the earlier one: a scraped repeat keeps the wording in runs, a second quote by the
   *  same speaker reuses the words in its own order (fix17e, issue 22: "“ASN yang ikut kampanye akan kami copot,”
   *  kata Indah." after "“Kalau ada ASN yang terbukti ikut kampanye, kami copot dari jabatannya. …” tegas Indah."
   *  shares no trigram; a repeat cut short or with its attribution changed keeps 0.8 and more). */
  containedTrigram: 0.6,
  /** The same test for an EARLIER smaller paragraph (round 18, clean18) when it ends as an attributed sentence (a word,
   *  then its full stop: "“ASN yang ikut kampanye akan kami laporkan ke BKN, tanpa kecuali,” kata Indah." before "“Kalau
   *  ada ASN yang terbukti ikut kampanye, kami laporkan ke BKN … siapa pun dia,” tegas Indah."): a distinct quote,
   *  not a pull quote. A pull quote is cut from its body copy (runs of its words) or stands unfinished ("… tanpa
   *  kecuali…", no end mark), and goes as before. */
  pulledTrigram: 0.6,
  /** Near-duplicate checks need at least this many tokens (shorter ones are only matched exactly). */
  nearMinTokens: 4,
  /** Posting-list cap per shingle: keeps the candidate search linear. */
  postingCap: 48,
  /** At most this many candidates (most shared shingles first) are verified per paragraph. */
  maxCandidates: 8,
} as const;

const CAP_START = /^[\p{Lu}\p{N}]/u;
/** A finished paragraph ends with sentence punctuation (optionally a closing quote/bracket). */
export const COMPLETE = /[.!?…]["”’»)\]]?$|["”’»]$/u;

/** Subheadings (`Menjaga Kerukunan di Tengah Perbedaan Pilihan Politik`) summarise the paragraph below them;
 *  they are never dropped as "contained" copies: most of their longer words are capitalised. */
export function isTitleCase(text: string): boolean {
  if (COMPLETE.test(text)) return false;
  let long = 0;
  let caps = 0;
  for (const w of words(text)) {
    if (w.length < 3) continue;
    long++;
    if (CAP_START.test(w)) caps++;
  }
  return long > 0 && caps >= long * 0.6;
}

/** The share of `small`'s word trigrams (lower case) that also stand in `large` (run only on a pair that already
 *  passed the containment tests, so rarely). */
export function trigramShare(small: string, large: string): number {
  const a = words(small.toLowerCase());
  if (a.length < 3) return 1;
  const b = words(large.toLowerCase());
  const held = new Set<string>();
  for (let k = 2; k < b.length; k++) held.add(`${b[k - 2]} ${b[k - 1]} ${b[k]}`);
  let shared = 0;
  for (let k = 2; k < a.length; k++) if (held.has(`${a[k - 2]} ${a[k - 1]} ${a[k]}`)) shared++;
  return shared / (a.length - 2);
}

/** A paragraph that ends as a finished, attributed sentence: a quotation closed by its attribution (a closing quote mark
 *  or a comma, a speech verb written next to a quote, its -nya form too, and at most ATTRIBUTION_MAX_WORDS words naming
 *  the speaker, then the full stop: "… tanpa kecuali,” kata Indah."; "…," ujarnya."; "…, kata Tasdik."), or reported
 *  speech, its speaker and a verb of saying or confirming among its first REPORTING_VERB_MAX_AT words ("Kepala BKPSDM
 *  Payakumbuh, Yufnani Wati, mengatakan …"; "Zulkifli mengatakan …"). A sentence that only ends with a full stop is
 *  none (review18b, round 19: a lead's summary reworded from the dateline lead under it, "Bawaslu Sikka memanggil dua
 *  ASN … di Alok.", is a pull quote of it, and the lead's dateline is read). */
const ATTRIBUTED_END = new RegExp(`(?:[”"’'],?|,)\\s{1,3}(?:${alt(QUOTE_VERBS)})(?:nya)?(?:\\s{1,3}[\\p{L}\\p{N}.,'’()-]+){0,${ATTRIBUTION_MAX_WORDS}}\\.$`, 'iu');
const REPORTING = new Set(INDIRECT_VERBS.filter((v) => !v.verb.includes(' ') && (v.sense === 'say' || v.sense === 'confirm')).map((v) => v.verb));
export function endsAttributed(text: string): boolean {
  if (!text.endsWith('.')) return false;
  if (ATTRIBUTED_END.test(text)) return true;
  const w = words(text.slice(0, REPORTING_SPAN_CHARS).toLowerCase());
  for (let k = 1; k < w.length && k < REPORTING_VERB_MAX_AT; k++) if (REPORTING.has(w[k]!)) return true;
  return false;
}
