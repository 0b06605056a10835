// The cleaning rules, as named data (trafilatura style). The cascade (clean/cascade.ts) decides WHEN each
// scope runs; these files only say WHAT each rule matches
// (rules/top-and-lines.ts, rules/furniture-and-tail.ts; rules/build.ts holds the pattern helpers,
// rules/match.ts the matching with its speed pre-filters; clean/rules.ts re-exports them all). Every rule quotes the line that motivated it.
//
// All patterns run on a line/paragraph whose whitespace has already been normalised (NBSP and runs of
// spaces → one space, trimmed), so `\s{0,3}` is enough around separators. Patterns are anchored and use
// bounded repetition only: each is linear in the line length.
//
// Scopes:
//   top    — the page header cluster before the headline (weather, city, date). `strength: 'strong'` lines
//            prove there is a header; `weak` lines (a lone city name) only go when a strong line follows.
//   byline — a whole line that only carries the author and/or a date stamp (`Senin, 04 Nov 2024 10:15 WIB`);
//            removed wherever it stands, and near the top its date becomes `headerDate`.
//   line   — a whole line is removed when it matches (and has at most `maxWords` words).
//   block  — a heading line that opens a related-news block; the cascade then takes the headline-like lines
//            under it until body text resumes.
//   item   — lines that always belong to a related block when they follow a heading (time stamps).
//   inline — a span removed from inside a paragraph; the paragraph stays.
//   tail   — a span removed from the END of a paragraph (editor initials); the sentence stays.

export type RuleScope = 'top' | 'byline' | 'line' | 'block' | 'item' | 'inline' | 'tail';

export interface CleanRule {
  /** Stable name, reported in `Removal.rule`. */
  name: string;
  /** Coarse class, reported in `Removal.kind`. */
  kind: string;
  scope: RuleScope;
  pattern: RegExp;
  /** line/block/item/top: the line must have at most this many words for the rule to fire. */
  maxWords?: number;
  /** byline: furniture only at the edges of the text (before the first body line or after the last one);
   *  between body lines the same line is body text (`14 Februari 1990` heading an entry of a list). */
  edgesOnly?: boolean;
  /** tail: the span cut is a photo's credit, so what stays before it is its caption when it stands between the
   *  headline and the lead (clean/page-top.ts `withoutPageTop`). */
  credit?: true;
  /** top: whether this line alone proves a page header. */
  strength?: 'strong' | 'weak';
  /**
   * Speed only: a regex character class (source, compiled with the pattern's own flags, so case folding is
   * the same) that the FIRST character of every text the anchored pattern can match belongs to. `firstMatch`
   * then tries the rule only on lines starting with such a character (most lines start with a letter that
   * few rules can start with). Leave it out when the pattern is not anchored at `^` or can start anywhere.
   */
  first?: string;
  /**
   * Speed only, a finer `first`: a regex source (compiled as `^(?:prefix)` with the pattern's own flags) that
   * the first three UTF-16 units of every text the pattern matches satisfy (see `prefixOf`). `firstMatch`
   * tries the rule only on lines whose start it allows: a line starting "Ketua" no longer tries every rule
   * with a `k…` word.
   */
  prefix?: string;
  /**
   * Speed only: a cheap necessary condition (a character test on the end of the text, say). When it is
   * false the pattern cannot match, so the regex is not run. It must never be false on a text the pattern
   * matches.
   */
  quick?: (text: string) => boolean;
}

