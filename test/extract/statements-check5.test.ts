// Statements on the check5 blind sets (issue 22):
//   fixtures/statements/quotes/check5.txt  12 articles, 72 gold statements (direct and reported) with speakers;
//   fixtures/statements/types/check5.tsv   53 typed paragraphs with their speakers.
// BLIND-SCORE-PLACEHOLDER
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDevSet, scoreDevSet, summary } from './quotes-devset.js';
import { loadTypedRows, scoreTypedRows, schemeType } from './statements-portal.js';

const fixture = (p: string): string => fileURLToPath(new URL(`../../fixtures/statements/${p}`, import.meta.url));
const arts = loadDevSet(fixture('quotes/check5.txt'));
const rows = loadTypedRows(fixture('types/check5.tsv'));
const quotes = scoreDevSet(arts);
const typed = scoreTypedRows(rows);
const q = summary(quotes);
/** Rows whose type agrees under the scheme (appeal and instruction one type). */
const schemeRight = typed.rightType + typed.problems.filter((p) => {
  const m = /^\d+: (\w+) ← (\w+) /u.exec(p);
  return m !== null && schemeType(m[1]!) === schemeType(m[2]!);
}).length;

if (process.env['CHECK5_REPORT']) {
  console.log(`check5 types ${typed.rightType}/${typed.rows} (found ${typed.found}; scheme ${schemeRight}/${typed.rows}), speaker ${typed.rightSpeaker}/${typed.speakers}; ` +
    `articles recall ${q.recall.toFixed(3)} (${quotes.found}/${quotes.gold}) precision ${q.precision.toFixed(3)} (spurious ${quotes.spurious}, forbidden ${quotes.forbidden}) speaker ${q.speaker.toFixed(3)} (${quotes.rightSpeaker}/${quotes.found})`);
  for (const p of [...typed.problems, ...quotes.problems]) console.log(`  ${p}`);
}

describe('check5 statement sets (never tuned on)', () => {
  const FLOOR = { recall: 0, precision: 0, speaker: 0, types: 0, typedSpeaker: 0 };
  it('holds 12 articles with 72 gold statements and 53 typed rows', () => {
    expect(arts.length).toBe(12);
    expect(arts.reduce((n, a) => n + a.statements.length, 0)).toBe(72);
    expect(rows.length).toBe(53);
  });
  it("finds and attributes the articles' statements", () => {
    const why = quotes.problems.join('\n');
    expect(q.recall, why).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(q.precision, why).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(q.speaker, why).toBeGreaterThanOrEqual(FLOOR.speaker);
  });
  it('types the paragraphs and names their speakers', () => {
    const why = typed.problems.join('\n');
    expect(typed.rightType / typed.rows, why).toBeGreaterThanOrEqual(FLOOR.types);
    expect(typed.rightSpeaker / typed.speakers, why).toBeGreaterThanOrEqual(FLOOR.typedSpeaker);
  });
});
