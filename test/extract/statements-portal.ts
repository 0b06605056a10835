// Scorer for the statement development set in the styles the project has seen least (issue 22):
// fixtures/statements/types/portal.tsv (typed statements with their speakers) and
// fixtures/statements/quotes/portal.txt (attribution articles, scored as the quotes development set); the
// typed-row loader also reads the other sets in this format (fixtures/statements/types/regional.tsv).
// Every third row or article is held out (fixed by position before any scoring).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processArticle } from '../../src/pipeline.js';
import { rawText } from './helpers.js';
import { loadDevSet, sameSpeaker, type DevArticle } from './quotes-devset.js';

const TYPES = fileURLToPath(new URL('../../fixtures/statements/types/portal.tsv', import.meta.url));
const ARTICLES = fileURLToPath(new URL('../../fixtures/statements/quotes/portal.txt', import.meta.url));

export interface TypedRow {
  n: number;
  held: boolean;
  type: string;
  speaker: string | null;
  text: string;
}

/** The typed rows of a set in this format (default: the portal set). */
export function loadTypedRows(file: string = TYPES): TypedRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l, i) => {
      const [type, speaker, text] = l.split('\t') as [string, string, string];
      return { n: i + 1, held: i % 3 === 2, type, speaker: speaker === '-' ? null : speaker, text };
    });
}

export const loadPortalArticles = (): DevArticle[] => loadDevSet(ARTICLES);

export interface TypedScore {
  rows: number;
  /** Rows where the pipeline found a statement. */
  found: number;
  rightType: number;
  /** Rows with a gold speaker, and those whose statement has it. */
  speakers: number;
  rightSpeaker: number;
  problems: string[];
}

/** Each row runs through the whole pipeline as a one-paragraph article; its statement is the longest one
 *  found. A row with no statement counts against both its type and its speaker. */
export function scoreTypedRows(rows: readonly TypedRow[]): TypedScore {
  const s: TypedScore = { rows: rows.length, found: 0, rightType: 0, speakers: 0, rightSpeaker: 0, problems: [] };
  for (const r of rows) {
    const art = processArticle(rawText(`portal-${r.n}`, `Netralitas ASN\n\n${r.text}\n`));
    const st = [...art.statements].sort((a, b) => b.quote.length - a.quote.length)[0];
    if (r.speaker !== null) s.speakers++;
    if (!st) {
      s.problems.push(`${r.n}: no statement (${r.type}): ${r.text.slice(0, 80)}`);
      continue;
    }
    s.found++;
    if (st.type === r.type) s.rightType++;
    else s.problems.push(`${r.n}: ${r.type} ← ${st.type} [${st.cues.join(', ')}]: ${st.quote.slice(0, 110)}`);
    if (r.speaker !== null) {
      if (sameSpeaker(st.speaker?.name, r.speaker)) s.rightSpeaker++;
      else s.problems.push(`${r.n}: speaker ${st.speaker?.name ?? 'nobody'} (${st.speakerRule ?? '-'}), gold ${r.speaker}`);
    }
  }
  return s;
}

/** The scheme counts appeal and instruction as one type. */
export const schemeType = (t: string): string => (t === 'instruction' ? 'appeal' : t);

/** A type problem line (`n: gold ← found [cues]: …`) whose types agree under the scheme. */
function sameUnderScheme(problem: string): boolean {
  const m = /^\d+: (\w+) ← (\w+) /u.exec(problem);
  return m !== null && schemeType(m[1]!) === schemeType(m[2]!);
}

export interface PartScore {
  strict: TypedScore;
  /** Rows whose type agrees under the scheme (appeal and instruction merged). */
  scheme: number;
  n: number;
}

/** The tuning part (`held` false) or the held-out part of a typed set, scored strictly and under the scheme. */
export function scorePart(rows: readonly TypedRow[], held: boolean): PartScore {
  const part = rows.filter((r) => r.held === held);
  const strict = scoreTypedRows(part);
  const typeMisses = strict.problems.filter((p) => / ← /u.test(p) && !sameUnderScheme(p)).length;
  return { strict, scheme: strict.found - typeMisses, n: part.length };
}

/** Prints a part's totals, and its problems when `problems` is set. */
export function printPart(name: string, s: PartScore, problems: boolean): void {
  console.log(`${name}: strict ${s.strict.rightType}/${s.n}, scheme ${s.scheme}/${s.n} (found ${s.strict.found}), ` +
    `speaker ${s.strict.rightSpeaker}/${s.strict.speakers}`);
  if (problems) for (const p of s.strict.problems) console.log(`  ${p}`);
}

