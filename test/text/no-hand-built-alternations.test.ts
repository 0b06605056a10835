// Issue 19: "One helper for each job: escaping, counting words, building alternations." A regex alternation is built
// by the regex kit (src/text/regex.ts): `alternationOf` for a list of words or phrases (it escapes them, orders them
// longest first and says how a space matches), `alternationOfSources` for branches the caller built itself, in the
// caller's order. This guard reads every .ts file under src/ (with the TypeScript parser: comments and strings are
// told apart) and fails on a hand-built one, a call `.join('|')`, outside src/text/regex.ts.
// The allow-list is keyed by file, with the number of calls left there; a file's count may only go down (an entry
// that no longer matches fails too, so the list only shrinks).
// Blind count (main at 05fc75f, before round 17's moves): 44 calls in 26 files (`grep -rn "join('|')" src`: 43
// lines), 25 of them in lex17's folders (officials, ingest, nlp, report, text); after lex17's moves 24 calls in 15
// files, none in those folders but the 5 CSV cells of report/rows.ts.
//
// The second part is the equality table of the moves that changed a regex's source: a list the kit orders (longest
// first, ties in code-unit order) where the old code kept the lexicon's order. Each site is only tested (`test`),
// or matches at most one branch at a place, so the order cannot change what it finds: the table checks it, old
// regex against new, on every word of the list in three cases, with prefixes, suffixes and pairs of words.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { HONORIFICS_BEFORE, NOMINAL_PREFIXES, NOMINAL_SUFFIX, PERSON_OPENING_WORDS } from '../../src/lexicon/honorifics.js';
import { AUTHOR_PREFIXES, JUNK_EXACT, JUNK_PREFIXES, NOT_FOUND_CUES, STRONG_JUNK_WORDS } from '../../src/lexicon/html-page.js';
import { UNIT_WORDS } from '../../src/lexicon/titles.js';
import { SPACE, alternationOf, alternationOfSources, caseVariants, escapeRe } from '../../src/text/regex.js';
import { CENTURY_WORDS, DIRECTION_WORD_COMPOUNDS } from '../../src/lexicon/calendar.js';
import { century } from '../../src/extract/dates/century.js';
import { COMPOUND_AFTER } from '../../src/extract/dates/relative.js';
import {
  ACTIVE_VERB_PREFIXES, BACKREF_DETERMINERS, DESCRIPTIVE_DEMONSTRATIVES, PERSON_NOUNS, SAME_WORDS, SPEAKER_PRONOUNS, VERB_PREFIXES,
} from '../../src/lexicon/attribution.js';
import { INSTITUTION_JOINERS, ORIGIN_PREPOSITIONS } from '../../src/lexicon/attribution-sources.js';

const ROOT = join(__dirname, '..', '..');
const KIT = 'src/text/regex.ts';

/** `.join('|')` calls (the separator a string literal `|`) in one TypeScript source. */
export function handBuiltAlternations(text: string, name = 'x.ts'): number {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  let n = 0;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'join' &&
      node.arguments.length === 1 &&
      (ts.isStringLiteral(node.arguments[0]!) || ts.isNoSubstitutionTemplateLiteral(node.arguments[0]!)) &&
      (node.arguments[0] as ts.StringLiteral).text === '|'
    )
      n++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return n;
}

/** Hand-built alternations still there, by file: the number of calls and why they stay. */
const LEFT: Record<string, [number, string]> = {
  // not regex source: the values of a list joined into one CSV cell
  'src/report/rows.ts': [5, 'CSV cells (cues, keys, surfaces, article and source ids), not regex source'],
  // (moved to the kit: dates' two in round 18, dates13; statements', clean's and regions/cues.ts's in round 19,
  // quotes17, clean20 and officials20)
};

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();

describe('the guard finds hand-built alternations (paradigm)', () => {
  it.each<[string, string, number]>([
    ['a joined list', "const R = new RegExp(`(?:${WORDS.join('|')})`);", 1],
    ['a joined map', "const A = WORDS.map(escapeRe).join(\"|\");", 1],
    ['a template separator', 'const A = WORDS.join(`|`);', 1],
    ['NOT another separator', "const A = WORDS.join(', ');", 0],
    ['NOT the kit', 'const A = alternationOf(WORDS, { space: SPACE.literal });', 0],
    ['NOT in a comment', "// WORDS.join('|')\nconst x = 1;", 0],
    ['NOT in a string', "const s = \"WORDS.join('|')\";", 0],
  ])('%s', (_name, source, expected) => {
    expect(handBuiltAlternations(source)).toBe(expected);
  });
});

describe('src/ builds its alternations with the regex kit (issue 19)', () => {
  const counts = new Map<string, number>();
  for (const f of sources(join(ROOT, 'src'))) {
    const file = relative(ROOT, f);
    if (file === KIT) continue;
    const n = handBuiltAlternations(readFileSync(f, 'utf8'), f);
    if (n > 0) counts.set(file, n);
  }
  it('finds no hand-built alternation outside the allow-list (use alternationOf / alternationOfSources)', () => {
    const stray = [...counts].filter(([file, n]) => n > (LEFT[file]?.[0] ?? 0)).map(([file, n]) => `${file}: ${n}`);
    expect(stray).toEqual([]);
  });
  it('has no stale allow-list entry (a file moved to the kit: lower or delete its entry)', () => {
    const stale = Object.entries(LEFT).filter(([file, [n]]) => counts.get(file) !== n).map(([file, [n]]) => `${file}: ${n} listed, ${counts.get(file) ?? 0} found`);
    expect(stale).toEqual([]);
  });
  it('reports the calls left', () => {
    process.stderr.write(`no-hand-built-alternations: ${[...counts.values()].reduce((a, b) => a + b, 0)} calls left in ${counts.size} files\n`);
  });
});

describe('the alternations moved to the kit match as before (round 17)', () => {
  const lit = { space: SPACE.literal } as const;
  const strong = new Set(STRONG_JUNK_WORDS);
  // [site, the list, the regex around the alternation, flags, what is compared: whether it matches, or the match]
  const sites: Array<[string, readonly string[], (alt: string) => string, string, 'test' | 'match']> = [
    ['officials/unit-runs.ts UNIT_ABOVE', UNIT_WORDS, (a) => `pada(?=[ \\t]{1,2}(?:${a})(?![\\p{L}\\p{N}]))`, 'u', 'match'],
    ['officials/names.ts NOMINAL_RE', NOMINAL_PREFIXES, (a) => `^(?:${a})\\p{Ll}{3,}${NOMINAL_SUFFIX}$`, 'iu', 'test'],
    ['officials/parsers/name-before-title.ts ONE_LETTER_OPENERS', PERSON_OPENING_WORDS.filter((w) => w.length === 1).map((w) => w.toUpperCase()), (a) => `(?<![\\p{L}\\p{N}.])(?:${a})$`, 'u', 'match'],
    ['ingest/html/page.ts STRONG_RE', JUNK_PREFIXES.filter((p) => strong.has(p)), (a) => `^(?:${a})`, 'u', 'test'],
    ['ingest/html/page.ts WEAK_RE (prefixes)', JUNK_PREFIXES.filter((p) => !strong.has(p)), (a) => `^(?:${a})`, 'u', 'test'],
    ['ingest/html/page.ts WEAK_RE (exact)', JUNK_EXACT, (a) => `^(?:${a})$`, 'u', 'test'],
    ['ingest/html/render.ts AUTHOR_RE', AUTHOR_PREFIXES, (a) => `^(?:${a})\\b\\s{0,3}:?`, 'iu', 'test'],
    ['ingest/html/render.ts NOT_FOUND_RE', NOT_FOUND_CUES, (a) => `(?<![\\p{L}\\p{N}])(?:${a})(?![\\p{L}\\p{N}])`, 'iu', 'test'],
    ['ingest/html/metadata.ts AUTHOR_PREFIX_RE (replaced: the match)', AUTHOR_PREFIXES, (a) => `^(?:${a})\\s{0,3}:?\\s{1,3}`, 'iu', 'match'],
  ];
  const befores = ['', ' ', 'x', 'pada ', 'pada\t', 'Kepala '];
  const afters = ['', ' ', 'x', 's', 'an', 'kan', 'nya', ':', ' : Andi', ' Bidang', ' Kota X', '.', ' oleh'];
  it.each(sites)('%s', (_site, list, wrap, flags, compare) => {
    const before = new RegExp(wrap(list.map(escapeRe).join('|')), flags);
    const after = new RegExp(wrap(alternationOf(list, lit)), flags);
    const cells = [
      ...list.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()].flatMap((v) => befores.flatMap((b) => afters.map((a) => b + v + a)))),
      ...list.flatMap((a) => list.flatMap((b) => [a + b, `${a} ${b}`])),
    ];
    const seen = (re: RegExp, s: string): string => {
      const m = re.exec(s);
      return compare === 'test' ? String(m !== null) : JSON.stringify(m && [m.index, m[0]]);
    };
    expect(cells.filter((c) => seen(before, c) !== seen(after, c))).toEqual([]);
  });
  it('alternationOfSources joins as written, in order (the sites that build their own branches)', () => {
    const branches = HONORIFICS_BEFORE.map((h) => `(?:${escapeRe(h)})`);
    expect(alternationOfSources(branches)).toBe(branches.join('|'));
  });
});

describe('the dates alternations moved to the kit build the same regex source, byte for byte (round 18)', () => {
  // the hand-built joins as they stood on main 762eec7 (dates/century.ts, dates/relative.ts COMPOUND_AFTER)
  it('century.ts: the century words in their case variants', () => {
    const old = `(?:${CENTURY_WORDS.flatMap(caseVariants).join('|')})\\s{1,2}(?:(?:ke|Ke|KE)(?:\\s{0,2}-\\s{0,2}|\\s{1,2})(?:\\d{1,2}|[IVXL]{1,6})|[IVXL]{1,6})(?![\\p{L}\\p{N}])`;
    expect(century.pattern.source).toBe(old);
  });
  it('relative.ts COMPOUND_AFTER: `lalu lintas`, `lalu-lalang`', () => {
    const old = `^(?:${DIRECTION_WORD_COMPOUNDS.map((w) => w.replace(/^ /u, '\\s{1,2}').replace(/-/u, '-')).join('|')})(?![\\p{L}\\p{N}])`;
    expect(COMPOUND_AFTER.source).toBe(old);
  });
});

describe('the statements alternations moved to the kit match as before (round 19, quotes17)', () => {
  const lit = { space: SPACE.literal } as const;
  // [site, the list as the old code joined it, the regex around the alternation, flags, 'test' | 'match']
  const sites: Array<[string, readonly string[], (alt: string) => string, string, 'test' | 'match']> = [
    ['statements/clause.ts ACTIVE_MEN', ACTIVE_VERB_PREFIXES, (a) => `^(?:${a})\\p{L}{2}`, 'u', 'test'],
    ['statements/indirect.ts + scan.ts SPEAKER_PRONOUNS', SPEAKER_PRONOUNS, (a) => `\\s{1,3}(?<pron>${a})(?![\\p{L}\\p{N}])`, 'u', 'match'],
    ['statements/institution-subject.ts JOINER', INSTITUTION_JOINERS, (a) => `\\s(?:${a})\\s`, 'gu', 'match'],
    ['statements/phrase.ts DESCRIBED', PERSON_NOUNS, (a) => `[ \\t]{0,3}(?:${a})[ \\t][^,.;:!?"“”\\n]{0,80},[ \\t]{1,3}(?=\\p{Lu})`, 'u', 'match'],
    ['statements/phrase.ts DEMONSTRATIVE_END', DESCRIPTIVE_DEMONSTRATIVES, (a) => `\\s(?:${a}),[ \\t]*$`, 'u', 'test'],
    ['statements/speaker.ts back-reference determiners', [...BACKREF_DETERMINERS, ...SAME_WORDS], (a) => `^\\s*\\p{L}+(?:\\s+\\p{Ll}+){0,4}?\\s+(?:${a}|\\p{Ll}+nya)\\s+(?=\\p{Lu})`, 'u', 'match'],
    ['statements/subject-words.ts ORIGIN', ORIGIN_PREPOSITIONS, (a) => `\\s(?:${a})(?:\\s{1,3}\\p{Lu}[\\p{L}.'’-]*){1,5}\\s*$`, 'u', 'match'],
    ['statements/discourse.ts VERB_PREFIXES (was inline me|be|di|te)', VERB_PREFIXES, (a) => `[ \\t]{1,2}(?:${a})\\p{Ll}{3,}`, 'u', 'match'],
  ];
  const befores = ['', ' ', 'x', 'Pengamat ', 'Hal itu ', 'Andi dari'];
  const afters = ['', ' ', 'x', 'nya', 'kan', ' Andi', ' Andi,', ' Bawaslu Kota', ', ', ' hukum, Budi', ' Kota X', '.'];
  it.each(sites)('%s', (_site, list, wrap, flags, compare) => {
    const before = new RegExp(wrap(list.map(escapeRe).join('|')), flags);
    const after = new RegExp(wrap(alternationOf(list, lit)), flags);
    const cells = [
      ...list.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()].flatMap((v) => befores.flatMap((b) => afters.map((a) => b + v + a)))),
      ...list.flatMap((a) => list.flatMap((b) => [a + b, `${a} ${b}`, ` ${a} ${b} Andi`])),
    ];
    const seen = (re: RegExp, s: string): string => {
      re.lastIndex = 0;
      const m = re.exec(s);
      return compare === 'test' ? String(m !== null) : JSON.stringify(m && [m.index, ...m]);
    };
    expect(cells.filter((c) => seen(before, c) !== seen(after, c))).toEqual([]);
  });
});
