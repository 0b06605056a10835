// The cleaning rules, as named data: see clean/rules/ (types, build helpers, the two rule tables, matching).
export type { CleanRule, RuleScope } from './rules/types.js';
export { BYLINE_DATE_LINE, HEADER_DATE_LINE, caselessSource, hasFourDigits, monthNumber, testFlags, trieAlt } from './rules/build.js';
export { RULES, fires, firstMatch, mayMatch, rulesOf } from './rules/match.js';
