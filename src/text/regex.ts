// The regex kit: how a lexicon (a list of words or phrases, data in src/lexicon/) becomes regex source.
// One escape, one alternation builder, one pair of word boundaries. Every caller says how a space inside a
// phrase may be written in the text (the space policy): there is no default, because the extractors do
// not agree and each choice changes what matches.

/** Left and right `\p{L}`-aware word boundaries (for `u`-flag regexes). */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

/** How a space inside a lexicon phrase matches the text. */
export const SPACE = {
  /** Only a space, as written. */
  literal: ' ',
  /** 1–2 white-space characters (dates, counts: `1  Januari`, a line break inside a phrase). */
  ws1to2: '\\s{1,2}',
  /** 1–3 white-space characters (cleaning rules: scraped lines carry doubled spaces). */
  ws1to3: '\\s{1,3}',
  /** Any run of white space (statement-type cues, read inside one quote). */
  wsRun: '\\s+',
  /** 1–2 spaces or tabs, never a line break (regions: a phrase never runs across lines). */
  blank1to2: '[ \\t]{1,2}',
} as const;
export type SpacePolicy = (typeof SPACE)[keyof typeof SPACE];

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** Escape `s` for use inside a RegExp (with or without the `u` flag), spaces kept as they are. */
export function escapeRe(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

/** Escape a lexicon phrase and let each of its spaces match as `space` says. */
export function phraseRe(s: string, space: SpacePolicy): string {
  const e = escapeRe(s);
  return space === SPACE.literal ? e : e.replace(/ /g, space);
}

export interface AlternationOptions {
  /** How a space inside a phrase matches (required: see SPACE). */
  space: SpacePolicy;
  /** An apostrophe in a phrase matches either quote mark, a backtick, or none (`Jum'at`, `Jum’at`, `Jumat`). */
  apostrophe?: 'optional';
}

/**
 * An alternation of phrases (no enclosing group), longest first so that `November` wins over `Nov`, ties
 * in code-unit order (so the source, and hence every match, does not depend on the lexicon's order).
 * Duplicates are dropped.
 */
export function alternationOf(words: Iterable<string>, opts: AlternationOptions): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return list
    .map((w) => {
      let e = escapeRe(w);
      if (opts.apostrophe === 'optional') e = e.replace(/'/g, "['’`]?");
      return opts.space === SPACE.literal ? e : e.replace(/ /g, opts.space);
    })
    .join('|');
}

function capitalise(w: string): string {
  return w.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Spellings of one lexicon word: as written, lower, Capitalised, UPPER (for regexes without the `i` flag). */
export function caseVariants(w: string): string[] {
  return [...new Set([w, w.toLowerCase(), capitalise(w.toLowerCase()), w.toUpperCase()])];
}

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
  const flat = (items: readonly string[][], d: number): string => items.map((ws) => ws.slice(d).map(word).join(space)).join('|');
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
    return alts.join('|');
  };
  return rec(split, 0);
}
