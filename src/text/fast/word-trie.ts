// Speed trick (see README.md): an alternation of lexicon phrases written as a trie of words, so a regex with
// hundreds of branches that share their first words reads those words once. Pure: built at module load.
import { alternationOfSources } from '../regex.js';

/** A word as `wordTrieAlternation` may factor it: letters and digits only, each of its spellings the same
 *  length as the word (no `ß` → `SS`), so two different words never match text of the same word run. */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const plainWord = (w: string): boolean => PLAIN_WORD.test(w) && w.toUpperCase().length === w.length && w.toLowerCase().length === w.length;

/**
 * The alternation `phrases.map((p) => p.split(' ').map(word).join(space)).join('|')`, with the words that
 * branches share factored out (a trie of words): `Kepala Dinas X|Kepala Dinas Y|Kepala Badan Z` becomes
 * `Kepala space (?:Dinas space (?:X|Y)|Badan space Z)`. The flat form makes the engine read `Kepala Dinas`
 * again for every branch that fails; the factored one reads each shared word once.
 *
 * It finds the same match as the flat one (same text, same order of preference) when, as the caller
 * guarantees: `word(w)` matches only spellings of `w` of its length whose lower case is `w`'s; `space` matches
 * only blanks (nothing a word can start with); and the alternation is followed by a word end
 * (`(?![\p{L}\p{N}])`). Then sibling words that are plain (plainWord) with different lower cases never both
 * match at one position, so their order does not matter, and a branch that ends at a word is tried after the
 * branches that go on (it is kept there: the node is left flat otherwise). Words that are not plain, or a
 * node where that order does not hold, stay flat, in the original order.
 */
export function wordTrieAlternation(phrases: readonly string[], word: (w: string) => string, space: string): string {
  if (phrases.length === 0) return '(?!)';
  const split = phrases.map((p) => p.split(' '));
  const flat = (items: readonly string[][], d: number): string => alternationOfSources(items.map((ws) => ws.slice(d).map(word).join(space)));
  // a space must never be backed off into a word: every word starts with a letter or digit
  if (split.some((ws) => ws.some((w) => !/^[\p{L}\p{N}]/u.test(w)))) return flat(split, 0);
  const rec = (items: readonly string[][], d: number): string => {
    const groups = new Map<string, string[][]>();
    for (const ws of items) {
      const g = groups.get(ws[d]!);
      if (g) g.push(ws);
      else groups.set(ws[d]!, [ws]);
    }
    const lowers = new Set([...groups.keys()].map((k) => k.toLowerCase()));
    if (lowers.size !== groups.size || [...groups.keys()].some((k) => !plainWord(k))) return flat(items, d);
    const alts: string[] = [];
    for (const [k, g] of groups) {
      const on = g.filter((ws) => ws.length > d + 1);
      const endsAt = g.findIndex((ws) => ws.length === d + 1);
      // a branch ending here must come after every branch going on (longest first keeps it so)
      if (endsAt >= 0 && g.slice(endsAt).some((ws) => ws.length > d + 1)) {
        alts.push(flat(g, d));
        continue;
      }
      const rest = on.length > 0 ? `${space}(?:${rec(on, d + 1)})` : '';
      alts.push(endsAt >= 0 && rest ? `${word(k)}(?:${rest})?` : `${word(k)}${rest}`);
    }
    return alternationOfSources(alts);
  };
  return rec(split, 0);
}
