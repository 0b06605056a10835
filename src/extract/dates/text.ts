// Small text helpers shared by the dates and violations extractors: their alternation (the regex kit's, with
// the dates' space and apostrophe policy), lexicon lookup of a matched phrase, and the old entry points of
// the sentence splitter (now src/text/sentences.ts).
import { SPACE, alternationOf, caseVariants } from '../../text/regex.js';
import { type Sentences, splitLineSentences } from '../../text/sentences.js';

export { WB, WE } from '../../text/regex.js';

/**
 * An alternation of words, longest first so that `November` wins over `Nov`. Spaces in a phrase
 * match 1–2 whitespace characters; an apostrophe matches either quote mark or none (`Jum'at`,
 * `Jum’at`, `Jumat`).
 */
export function alternation(words: Iterable<string>): string {
  return alternationOf(words, { space: SPACE.ws1to2, apostrophe: 'optional' });
}

/** Case-variant alternation (for regexes compiled without the `i` flag). */
export function casedAlternation(words: Iterable<string>): string {
  const all: string[] = [];
  for (const w of words) all.push(...caseVariants(w));
  return alternation(all);
}

/** Normalise a matched lexicon phrase for table lookup: lower case, single spaces, plain apostrophe. */
export function lexKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'");
}

/** Answers of `lookup` per (table, matched text): the parsers look up the same few spellings over and over
 *  (`Pilkada`, `Selasa`, `sebanyak`), and each uncached lookup runs two regex replacements. The tables are
 *  constant lexicon data, so an answer never goes stale; the cache is emptied when it gets large (text
 *  with odd spellings or spacing cannot make it grow without bound). */
const LOOKUPS = new WeakMap<object, Map<string, unknown>>();
const LOOKUP_CACHE_MAX = 4096;

/** Look up a matched phrase in a table whose keys may carry an apostrophe the text dropped. */
export function lookup<T>(table: Readonly<Record<string, T>>, s: string): T | undefined {
  let cache = LOOKUPS.get(table);
  if (cache === undefined) {
    cache = new Map();
    LOOKUPS.set(table, cache);
  }
  if (cache.has(s)) return cache.get(s) as T | undefined;
  const v = lookupUncached(table, s);
  if (cache.size >= LOOKUP_CACHE_MAX) cache.clear();
  cache.set(s, v);
  return v;
}

function lookupUncached<T>(table: Readonly<Record<string, T>>, s: string): T | undefined {
  const k = lexKey(s);
  if (Object.prototype.hasOwnProperty.call(table, k)) return table[k];
  const bare = k.replace(/'/g, '');
  for (const key of Object.keys(table)) if (key.replace(/'/g, '') === bare) return table[key];
  return undefined;
}

export { type Sentences, sentenceAt, sentenceIndex } from '../../text/sentences.js';

/** The sentences of `text` (split anew). Prefer `TextIndex.sentences` (split once per article). */
export function splitSentences(text: string): Sentences {
  return splitLineSentences(text);
}
