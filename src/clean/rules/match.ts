// Matching a line against the clean rules, with the speed pre-filters (`first`, `prefix`, `quick`: see
// rules/types.ts; test/clean/hints.test.ts and test/clean/prefilter.test.ts pin them; src/text/fast/README.md
// lists what they save).
import { countSpacedWords } from '../../text/words.js';
import { PREFIX_UNITS, testFlags } from './build.js';
import { FURNITURE_AND_TAIL_RULES } from './furniture-and-tail.js';
import { PLATFORM_RULES } from './platform.js';
import { PORTAL_RULES } from './portal.js';
import { PRINT_RULES } from './print.js';
import { RELATED_BARE_RULES } from './related-bare.js';
import { STATION_PRINT_RULES } from './station-and-print.js';
import { TOP_AND_LINE_RULES } from './top-and-lines.js';
import { CLASS_RULES, markedRules } from './classes.js';
import { CREDIT_RULES } from './credits.js';
import { VALUE_WIDGET_RULES } from './value-widgets.js';
import type { CleanRule, RuleScope } from './types.js';

const BASE_RULES: readonly CleanRule[] = [...TOP_AND_LINE_RULES, ...FURNITURE_AND_TAIL_RULES, ...PORTAL_RULES, ...PLATFORM_RULES, ...PRINT_RULES, ...STATION_PRINT_RULES, ...RELATED_BARE_RULES, ...VALUE_WIDGET_RULES];
/** The calls to follow or join are furniture behind a list mark too (rules/classes.ts). */
export const MARKED_RULE_NAMES: readonly string[] = ['channel-promo-line', 'reader-promo-line'];
export const RULES: readonly CleanRule[] = [...BASE_RULES, ...CLASS_RULES, ...CREDIT_RULES, ...markedRules(BASE_RULES, MARKED_RULE_NAMES)];


/** `^[first]` with the rule pattern's own flags (so `i` folds case exactly as the pattern does). */
const FIRST_RE = new Map<CleanRule, RegExp>();
function firstRe(rule: CleanRule): RegExp {
  let re = FIRST_RE.get(rule);
  if (re === undefined) {
    re = new RegExp(`^[${rule.first}]`, testFlags(rule));
    FIRST_RE.set(rule, re);
  }
  return re;
}

/** Whether a text starting with the UTF-16 unit `code` may match `rule` as far as its `first` says. Astral
 *  and lone-surrogate starts (and the empty text) are always allowed: the pattern decides. */
function firstAllows(rule: CleanRule, code: number): boolean {
  if (rule.first === undefined || !(code >= 0) || (code >= 0xd800 && code <= 0xdfff)) return true;
  return firstRe(rule).test(String.fromCharCode(code));
}

/** The pattern alone (after the cheap `quick` test); `lastIndex` is reset for global patterns. */
function patternHits(rule: CleanRule, text: string): boolean {
  if (rule.quick !== undefined && !rule.quick(text)) return false;
  rule.pattern.lastIndex = 0;
  const hit = rule.pattern.test(text);
  rule.pattern.lastIndex = 0;
  return hit;
}

/** Whether `rule` fires on `text` (a whitespace-normalised line or paragraph), honouring `maxWords`. */
export function fires(rule: CleanRule, text: string, words = countSpacedWords(text, (rule.maxWords ?? 0) + 1)): boolean {
  if (rule.maxWords !== undefined && words > rule.maxWords) return false;
  if (!firstAllows(rule, text.charCodeAt(0))) return false;
  return patternHits(rule, text);
}

/** Per rule list, per first UTF-16 unit of a text: the rules whose `first` allows it, in order. Built on
 *  first use. A line then tries only the few rules that can start with its first character instead of all
 *  ~25 (each anchored regex call costs more than the whole lookup). */
const RULES_BY_FIRST = new Map<readonly CleanRule[], Map<number, readonly CleanRule[]>>();

function rulesStartingWith(rules: readonly CleanRule[], code: number): readonly CleanRule[] {
  if (!(code >= 0) || (code >= 0xd800 && code <= 0xdfff)) return rules;
  let byCode = RULES_BY_FIRST.get(rules);
  if (byCode === undefined) {
    byCode = new Map();
    RULES_BY_FIRST.set(rules, byCode);
  }
  let list = byCode.get(code);
  if (list === undefined) {
    list = rules.filter((r) => firstAllows(r, code));
    byCode.set(code, list);
  }
  return list;
}

/** `^(?:prefix)` with the rule pattern's own flags. */
const PREFIX_RE = new Map<CleanRule, RegExp>();
function prefixRe(rule: CleanRule): RegExp {
  let re = PREFIX_RE.get(rule);
  if (re === undefined) {
    re = new RegExp(`^(?:${rule.prefix})`, testFlags(rule));
    PREFIX_RE.set(rule, re);
  }
  return re;
}

/** Per first PREFIX_UNITS units of a text (its head), per rule list: the rules of `rulesStartingWith` whose
 *  `prefix` allows the head. Real text starts with a few thousand distinct heads; the cache stops growing
 *  at HEAD_CACHE_MAX heads (after that, unseen heads get the first-character list, which is always safe:
 *  `prefix` only rules out rules that cannot match).
 *  Heads of units below 255 (nearly all) get a key of 24 bits, a small integer that a Map hashes directly;
 *  other heads the base-65537 number, which is not (a heap number per lookup). The two key spaces overlap,
 *  hence two Maps. A head's entry holds one list per rule list (by `listNumber`), so the three rule lists
 *  a line is tried against (byline, block, line) cost one head lookup, not three. */
const HEADS_SMALL = new Map<number, Array<readonly CleanRule[]>>();
const HEADS_LARGE = new Map<number, Array<readonly CleanRule[]>>();
const HEAD_CACHE_MAX = 1 << 15;
/** The rule lists the head cache knows, numbered by position (one per scope, from `rulesOf`; a list a caller
 *  builds itself gets a number too, up to HEAD_LISTS_MAX, then no head cache). */
const HEAD_LISTS: Array<readonly CleanRule[]> = [];
const HEAD_LISTS_MAX = 16;
/** An entry's slot for a rule list whose head list is not made yet (compared by identity). */
const NOT_YET: readonly CleanRule[] = Object.freeze([]);

/** `rules`' number among HEAD_LISTS (a linear scan: there are a handful), or -1 when there is no room. */
function listNumber(rules: readonly CleanRule[]): number {
  for (let k = 0; k < HEAD_LISTS.length; k++) if (HEAD_LISTS[k] === rules) return k;
  if (HEAD_LISTS.length >= HEAD_LISTS_MAX) return -1;
  HEAD_LISTS.push(rules);
  return HEAD_LISTS.length - 1;
}

function rulesForStart(rules: readonly CleanRule[], text: string): readonly CleanRule[] {
  // the head as a number: each unit + 1 (0 past the end), in base 256 when every unit is below 255,
  // otherwise in base 65537. A surrogate among them could be half of a letter that the prefix test on
  // the cut head would not see whole: no refinement then.
  let key = 0;
  let small = true;
  for (let k = PREFIX_UNITS - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return rulesStartingWith(rules, text.charCodeAt(0));
    if (c >= 255) small = false;
    key = (key << 8) | (c >= 0 ? c + 1 : 0);
  }
  if (!small) {
    key = 0;
    for (let k = PREFIX_UNITS - 1; k >= 0; k--) {
      const c = text.charCodeAt(k);
      key = key * 65537 + (c >= 0 ? c + 1 : 0);
    }
  }
  const id = listNumber(rules);
  if (id < 0) return rulesStartingWith(rules, text.charCodeAt(0));
  const byHead = small ? HEADS_SMALL : HEADS_LARGE;
  let head = byHead.get(key);
  if (head === undefined) {
    // once the cache is full, an unseen head gets the same list, made and not kept: which rules a line tries
    // never depends on what the process read before
    if (HEADS_SMALL.size + HEADS_LARGE.size >= HEAD_CACHE_MAX) return headList(rules, text);
    head = new Array<readonly CleanRule[]>(HEAD_LISTS_MAX).fill(NOT_YET);
    byHead.set(key, head);
  }
  // a head seen before with this list: its list (the head fixes the first unit, so the first-unit list it
  // was cut from is the same one)
  let list = head[id]!;
  if (list !== NOT_YET) return list;
  list = headList(rules, text);
  head[id] = list;
  return list;
}

/** The rules of `rules` whose first character and `prefix` allow the head of `text`. */
function headList(rules: readonly CleanRule[], text: string): readonly CleanRule[] {
  const byFirst = rulesStartingWith(rules, text.charCodeAt(0));
  const cut = text.slice(0, PREFIX_UNITS);
  return byFirst.length === 0 ? byFirst : byFirst.filter((r) => r.prefix === undefined || prefixRe(r).test(cut));
}

/** The first rule of `rules` that fires on `text`, or null (the same answer as trying `fires` on each).
 *  `words` is the text's word count as the caller counted it (no further than some cap). Leave it out (or
 *  pass -1) to have words counted here as `countSpacedWords(text, cap)` would, and only as far as a rule that is
 *  tried needs: that count exceeds a rule's `maxWords` exactly when `maxWords < cap` and the first
 *  `maxWords + 1` words are there. Most lines try no rule with a word limit (`prefix`), or only short ones,
 *  so a long body line is not walked to `cap`. */
export function firstMatch(rules: readonly CleanRule[], text: string, words = -1, cap = 100): CleanRule | null {
  // words counted so far, no further than `countedTo` (exact below it)
  let counted = words;
  let countedTo = words >= 0 ? Number.MAX_SAFE_INTEGER : 0;
  for (const r of rulesForStart(rules, text)) {
    const max = r.maxWords;
    if (max !== undefined && (words >= 0 || max < cap)) {
      if (countedTo <= max) {
        counted = countSpacedWords(text, max + 1);
        countedTo = max + 1;
      }
      if (counted > max) continue;
    }
    if (patternHits(r, text)) return r;
  }
  return null;
}

/** The `quick` pre-test of `rule` (true when it has none): callers that run a tail or inline pattern
 *  themselves skip the regex when this is false. */
export function mayMatch(rule: CleanRule, text: string): boolean {
  return rule.quick === undefined || rule.quick(text);
}

/** The lists of `rulesOf`, one per scope: every module that asks for a scope gets the same list (the head
 *  cache above numbers lists by identity). */
const BY_SCOPE = new Map<RuleScope, readonly CleanRule[]>();

/** The rules of one scope, in declaration order (one list per scope, made on first use). */
export function rulesOf(scope: RuleScope): readonly CleanRule[] {
  let list = BY_SCOPE.get(scope);
  if (list === undefined) BY_SCOPE.set(scope, (list = RULES.filter((r) => r.scope === scope)));
  return list;
}

