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
  /** One space or tab (officials: the fixed phrases of speech before a title, `kata dia`). */
  blank1: '[ \\t]',
  /** 1–2 spaces, tabs or line feeds (officials: a post and the division its holder leads, hard-wrapped). */
  blankOrBreak1to2: '[ \\t\\n]{1,2}',
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

/**
 * An alternation of regex sources the caller built itself (a per-word case pattern such as officials'
 * `phrasePattern`, a lexicon of regex sources such as html-page.ts BOILERPLATE_HEADINGS), no enclosing group,
 * unescaped and in the order given: the order is the caller's (the first branch that matches wins), and so are
 * duplicates. For a list of words or phrases use alternationOf, which escapes and orders them.
 */
export function alternationOfSources(sources: Iterable<string>): string {
  return [...sources].join('|');
}

function capitalise(w: string): string {
  return w.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Spellings of one lexicon word: as written, lower, Capitalised, UPPER (for regexes without the `i` flag). */
export function caseVariants(w: string): string[] {
  return [...new Set([w, w.toLowerCase(), capitalise(w.toLowerCase()), w.toUpperCase()])];
}
