// Issue 19: "src/lexicon/ is data only: every word list now in extract/, clean/ or ingest/ moves there". This guard
// reads every .ts file under src/extract, src/clean, src/ingest, src/nlp and src/text (with the TypeScript parser, so comments and
// strings are told apart) and fails, listing file:line and the words, on an inline word list:
//   (a) a list literal: an array literal with 3+ distinct words among its string elements, or 2+ when it is the
//       argument of `new Set(…)`/`new Map(…)` (a lookup set is a lexicon however short: `new Set(['desa', 'kelurahan'])`);
//   (b) a regex alternation: a regex literal, or a string / template part that holds regex source (any string with a
//       `|`), with a group (or the top level) whose branches include 3+ distinct plain words.
// What is a word here:
//   - in a string element: 2+ characters, letters only, with an apostrophe inside, spaces between letter runs (a phrase:
//     `hak cipta`) and a final dot (an abbreviation: `dok.`); a hyphen only in a reduplication (`masing-masing`,
//     `sehari-hari`: the part after the hyphen ends the part before). Not words: kebab-case names (rule names, kinds,
//     CSS classes, charset labels: 'list-item', 'table-row', 'iso-8859-1'), punctuation ('.', '!'), one letter.
//   - in a regex branch: 2+ letters, or letter runs joined by a space token (` `, `\s`, `\s+`, `\s{1,3}`, `[ \t]`…),
//     optionally ending in `\.`; a branch with a class, a group, a quantifier or an escape other than those is no plain
//     word (`Kab(?:upaten)?` is not counted; its own inner groups are read separately).
//   - words are counted case-insensitively: `(?:ke|Ke|KE)` is one word in three spellings, not a list.
//   - kinds are not words: an array literal whose declared element type is not `string` (a type annotation on its
//     variable, `new Set<Kind>`, `as`/`satisfies` a type) holds values of a union the compiler checks
//     (`const REQUEST_TYPES: readonly StatementType[] = ['instruction', 'appeal', 'warning']`).
// The allow-lists below are keyed by file and the words found (sorted, lower case), never by line, so that an edit
// elsewhere in the file does not break them; an entry that no longer matches fails too (the lists only shrink).
//   ALLOWED: truly not lexicon (format vocabulary: HTML element names, entity names, URL parameters).
//   PENDING: lexicon still inline, each with its reason (a file other engineers are editing this round, or not yet
//   moved); the next round moves them and deletes the entry.
// Blind count (main at 846418b + the dates merge, before round 16's moves): 119 inline lists found, none allowed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
// src/nlp and src/text (round 17): the sentence splitter's abbreviations sat in nlp/sentences.ts. src/report is not read:
// its lists are the column names of the output tables and the enum values of its schema (English, JSON keys).
const DIRS = ['src/extract', 'src/clean', 'src/ingest', 'src/nlp', 'src/text'];

const WORD_STRING = /^\p{L}[\p{L}'’]*(?: \p{L}[\p{L}'’]*)*\.?$/u;
/** A hyphenated string is a word only as a reduplication (`masing-masing`, `sehari-hari`, `anak-anak`). */
function isWordString(s: string): boolean {
  if (s.length < 2) return false;
  if (WORD_STRING.test(s)) return true;
  const m = /^(\p{L}+)-(\p{L}+)$/u.exec(s);
  return m !== null && m[1]!.toLowerCase().endsWith(m[2]!.toLowerCase());
}

const SPACE_TOKEN = String.raw`(?: |\\s(?:[+*?]|\{\d+(?:,\d*)?\})?|\[ \\t(?:\\n)?\](?:[+*?]|\{\d+(?:,\d*)?\})?)`;
const WORD_BRANCH = new RegExp(String.raw`^\p{L}{2,}(?:${SPACE_TOKEN}\p{L}{2,})*(?:\\\.)?$`, 'u');

/** The branches of every group of a regex source, and of its top level (a template part may hold half a group:
 *  an unmatched `)` closes the top level read so far). */
export function alternationsOf(source: string): string[][] {
  const out: string[][] = [];
  let stack: { branches: string[]; cur: string }[] = [{ branches: [], cur: '' }];
  const close = (): void => {
    const g = stack.pop()!;
    out.push([...g.branches, g.cur]);
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      top.cur += source.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      top.cur += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '(') {
      let j = i + 1;
      if (source[j] === '?') j = source[j + 1] === '<' && source[j + 2] !== '=' && source[j + 2] !== '!' ? source.indexOf('>', j) + 1 : j + 2;
      top.cur += '\u0000'; // the group, in its parent's branch: no plain word
      stack.push({ branches: [], cur: '' });
      i = j;
    } else if (c === ')') {
      close();
      if (stack.length === 0) stack = [{ branches: [], cur: '\u0000' }];
      i++;
    } else if (c === '|') {
      top.branches.push(top.cur);
      top.cur = '';
      i++;
    } else {
      top.cur += c;
      i++;
    }
  }
  while (stack.length > 0) close();
  return out;
}

const distinct = (words: string[]): string[] => [...new Set(words.map((w) => w.toLowerCase()))].sort();

/** The word lists of a regex source: each alternation with 3+ distinct plain words. */
export function regexWordLists(source: string): string[][] {
  return alternationsOf(source)
    .map((branches) => distinct(branches.filter((b) => WORD_BRANCH.test(b))))
    .filter((w) => w.length >= 3);
}

/** An array literal's declared element type is a kind (not `string`): the compiler checks its values. */
function typedAsKinds(node: ts.ArrayLiteralExpression): boolean {
  const notString = (t: ts.TypeNode | undefined): boolean => t !== undefined && !/^(?:readonly\s+)?string(?:\[\])?$/.test(t.getText()) && !/^(?:Readonly)?(?:Set|Array)<string>$/.test(t.getText());
  let p: ts.Node = node.parent;
  if (ts.isNewExpression(p) && p.typeArguments?.[0] !== undefined) return notString(p.typeArguments[0]);
  if (ts.isNewExpression(p)) p = p.parent;
  if ((ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) && !(ts.isTypeReferenceNode(p.type) && p.type.getText() === 'const')) return notString(p.type);
  if (ts.isVariableDeclaration(p) && p.type !== undefined) {
    const t = p.type.getText();
    const m = /^(?:readonly\s+)?(\w+)\[\]$|^(?:Readonly)?(?:Set|Array)<(\w+)>$/.exec(t);
    return m !== null && (m[1] ?? m[2]) !== 'string';
  }
  return false;
}

export interface Finding {
  line: number;
  what: 'list' | 'regex';
  words: string[];
}

/** Every inline word list of one TypeScript source. */
export function findWordLists(text: string, name = 'x.ts'): Finding[] {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isArrayLiteralExpression(n) && !typedAsKinds(n)) {
      const words = distinct(n.elements.filter((e): e is ts.StringLiteral => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)).map((e) => e.text).filter(isWordString));
      const inSet = ts.isNewExpression(n.parent) && /^(?:Set|Map)$/.test(n.parent.expression.getText(sf));
      if (words.length >= (inSet ? 2 : 3)) found.push({ line: lineOf(n), what: 'list', words });
    } else if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = n.getText(sf);
      for (const words of regexWordLists(t.slice(1, t.lastIndexOf('/')))) found.push({ line: lineOf(n), what: 'regex', words });
    } else if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      const source = ts.isStringLiteral(n) ? n.text : (n.rawText ?? n.text);
      if (source.includes('|')) for (const words of regexWordLists(source)) found.push({ line: lineOf(n), what: 'regex', words });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

const keyOf = (file: string, f: Finding): string => `${file}: ${f.what} ${f.words.join('|')}`;

/** Truly not lexicon: the names of a format (HTML, HTTP, URLs, JSON), fixed by its specification, not language. */
const ALLOWED: Record<string, string> = {
  'src/clean/tail-region.ts: list comments|footer|poll|tags': 'removal kinds of clean/rules (rule names), not words',
  'src/ingest/formats/jsonl.ts: list body|content|maintext|text': 'the field names of a crawler export (JSON keys)',
  'src/ingest/formats/warc-http.ts: regex amp|dclid|fbclid|gclid|msclkid|outputtype|ref|src': 'URL tracking parameters',
  'src/ingest/gate/text.ts: regex amp|gt|lt|nbsp|quot': 'HTML entity names',
  'src/ingest/html/dom.ts: list area|base|br|col|colgroup|dd|dt|embed|hr|img|input|li|link|meta|option|source|tbody|td|tfoot|th|thead|tr|track|wbr': 'HTML element names (void elements)',
  'src/ingest/html/headline.ts: regex coid|com|id|net|org': 'domain suffixes of a site name',
  'src/ingest/html/metadata.ts: regex analysis|blog|news|opinion|report|reportage|review|satirical|scholarly|tech': 'schema.org types of a news article',
  'src/ingest/html/metadata.ts: regex article|blogposting|newsarticle|posting': 'schema.org types of a news article',
  'src/ingest/html/metadata.ts: regex article|blogposting|liveblogposting|newsarticle': 'schema.org types of a news article',
  'src/ingest/html/metadata.ts: regex amp|apos|gt|lt|nbsp|quot': 'HTML entity names',
  'src/ingest/html/metadata.ts: regex blockquote|br|div|li|tr': 'HTML element names',
  'src/ingest/html/page.ts: list aside|audio|button|canvas|dialog|embed|figcaption|head|iframe|img|input|label|link|map|marquee|math|menu|meta|nav|noscript|object|option|picture|script|select|source|style|svg|template|textarea|title|track|video': 'HTML element names',
  'src/ingest/html/page.ts: list figure|footer|form|header': 'HTML element names',
  'src/ingest/html/page.ts: list address|article|aside|blockquote|body|br|caption|center|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|header|hgroup|hr|html|legend|li|main|nav|ol|option|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul': 'HTML element names',
  'src/ingest/html/page.ts: list aside|div|dl|figure|ol|section|table|ul': 'HTML element names',
  'src/ingest/html/page.ts: list article|body|html|main': 'HTML element names',
  'src/ingest/html/selector.ts: list article|blockquote|dd|div|dl|dt|figcaption|figure|footer|header|li|main|ol|pre|section|table|tbody|td|th|tr|ul': 'HTML element names',
};

/** Lexicon still inline, with the reason it stays this round. Empty since round 19: quotes17, counts20 and clean20
 *  moved the last lists of src/extract/statements, src/extract/violations and src/clean (round 17's leftovers) into
 *  src/lexicon. A list found now fails the test: move it, or allow it above with its reason (not a word list). */
const PENDING: Record<string, string> = {};

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();

describe('the guard finds inline word lists (paradigm)', () => {
  it.each<[string, string, string[]]>([
    // (a) list literals
    ['a Set of words', `const A = new Set(['lalu', 'depan', 'mendatang']);`, ['list depan|lalu|mendatang']],
    ['a Set of two words (a lookup set)', `const V: ReadonlySet<string> = new Set(['desa', 'kelurahan']);`, ['list desa|kelurahan']],
    ['an array of phrases and abbreviations', `const F = ['foto', 'hak cipta', 'dok.'];`, ['list dok.|foto|hak cipta']],
    ['a reduplication is a word', `const R = ['masing-masing', 'sehari-hari', 'para'];`, ['list masing-masing|para|sehari-hari']],
    ['NOT an array of two words', `const A = ['desa', 'kelurahan'];`, []],
    ['NOT rule names (kebab-case)', `const L: ReadonlySet<string> = new Set(['list-item', 'stage-line', 'table-row']);`, []],
    ['NOT punctuation', `const P = new Set(['.', '!', '?', ':']);`, []],
    ['NOT kinds (a typed array)', `const T: readonly StatementType[] = ['instruction', 'appeal', 'warning'];`, []],
    ['NOT kinds (a typed Set)', `const K: ReadonlySet<Kind> = new Set(['country', 'party', 'organ']);`, []],
    ['NOT one word in three spellings', `const C = ['ke', 'Ke', 'KE'];`, []],
    ['NOT identifiers read from a lexicon', `const S = new Set(WORDS);`, []],
    // (b) regex alternations
    ['a regex literal', `const U = /^(?:Bidang|Seksi|Subbagian)\\b/u;`, ['regex bidang|seksi|subbagian']],
    ['a RegExp string', "const R = new RegExp('(?:dan|atau|serta)\\\\s', 'u');", ['regex atau|dan|serta']],
    ['a template part', 'const R = new RegExp(`${WB}(?:oleh|by|penulis)${WE}`);', ['regex by|oleh|penulis']],
    ['phrases with a space token', String.raw`const R = /(?:di\s{1,3}sini|disini|tautan)/;`, ['regex di\\s{1,3}sini|disini|tautan']],
    ['NOT two words', `const R = /(?:dan|serta)/;`, []],
    ['NOT one word in its spellings', `const R = /(?:ke|Ke|KE)-?/;`, []],
    ['NOT branches with classes or groups', String.raw`const R = /(?:Kab(?:upaten)?|Kota|[Pp]rov)/;`, []],
    ['NOT an alternation built by the kit', 'const R = new RegExp(`(?:${alternationOf(X, { space: SPACE.literal })})`);', []],
    ['NOT letters in a comment', `// (?:dan|atau|serta) ['a', 'b', 'c']\nconst x = 1;`, []],
  ])('%s', (_name, source, expected) => {
    expect(findWordLists(source).map((f) => `${f.what} ${f.words.join('|')}`)).toEqual(expected);
  });
});

describe('src/extract, src/clean, src/ingest, src/nlp and src/text hold no inline word list (issue 19)', () => {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));
  const findings = files.flatMap((f) => {
    const file = relative(ROOT, f);
    return findWordLists(readFileSync(f, 'utf8'), f).map((x) => ({ file, ...x, key: keyOf(file, x) }));
  });
  // NO_INLINE_DUMP=/tmp/x.json writes every finding (file, line, words, key), to rebuild the allow-lists.
  if (process.env.NO_INLINE_DUMP) writeFileSync(process.env.NO_INLINE_DUMP, JSON.stringify(findings, null, 1));
  it('reads the sources', () => expect(files.length).toBeGreaterThan(150));
  it('finds no word list outside the allow-lists (move it to src/lexicon/)', () => {
    const stray = findings.filter((f) => !(f.key in ALLOWED) && !(f.key in PENDING)).map((f) => `${f.file}:${f.line} ${f.what} ${f.words.join('|')}`);
    expect(stray).toEqual([]);
  });
  it('has no stale allow-list entry (a list moved leaves its entry: delete it)', () => {
    const keys = new Set(findings.map((f) => f.key));
    expect([...Object.keys(ALLOWED), ...Object.keys(PENDING)].filter((k) => !keys.has(k))).toEqual([]);
  });
  it('keeps the allow-list of non-lexicon cases short', () => expect(Object.keys(ALLOWED).length).toBeLessThanOrEqual(20));
  it('reports the lists still pending', () => {
    process.stderr.write(`no-inline-word-lists: ${findings.length} found, ${Object.keys(ALLOWED).length} allowed, ${Object.keys(PENDING).length} pending\n`);
  });
});
