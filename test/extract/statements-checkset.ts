// One helper for the statement check sets (check3, check4, check5): an attribution set of articles and a set of
// typed paragraphs, both scored through the whole pipeline, every article and row held out, floors pinned in the
// test file. `reportEnv` names the variable that prints the figures and the problems (read them only for a final
// report).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDevSet, scoreDevSet, summary } from './quotes-devset.js';
import { loadTypedRows, scoreTypedRows, schemeType } from './statements-portal.js';

export interface StatementsCheckFloor {
  recall: number;
  precision: number;
  speaker: number;
  types: number;
  typedSpeaker: number;
}

export interface StatementsCheckSet {
  /** The set's name, as printed and in the describe title (`check5`). */
  name: string;
  /** Under fixtures/statements/: the attribution articles and the typed rows. */
  quotes: string;
  types: string;
  /** The set's size, pinned so a truncated fixture fails. */
  articles: number;
  statements: number;
  rows: number;
  reportEnv: string;
  floor: StatementsCheckFloor;
}

const fixture = (p: string): string => fileURLToPath(new URL(`../../fixtures/statements/${p}`, import.meta.url));

export function describeStatementsCheckSet(set: StatementsCheckSet): void {
  const arts = loadDevSet(fixture(set.quotes));
  const rows = loadTypedRows(fixture(set.types));
  const quotes = scoreDevSet(arts);
  const typed = scoreTypedRows(rows);
  const q = summary(quotes);
  if (process.env[set.reportEnv]) {
    // rows whose type agrees under the scheme (appeal and instruction one type)
    const scheme = typed.rightType + typed.problems.filter((p) => {
      const m = /^\d+: (\w+) ← (\w+) /u.exec(p);
      return m !== null && schemeType(m[1]!) === schemeType(m[2]!);
    }).length;
    console.log(`${set.name} types ${typed.rightType}/${typed.rows} (found ${typed.found}; scheme ${scheme}/${typed.rows}), speaker ${typed.rightSpeaker}/${typed.speakers}; ` +
      `articles recall ${q.recall.toFixed(3)} (${quotes.found}/${quotes.gold}) precision ${q.precision.toFixed(3)} (spurious ${quotes.spurious}, forbidden ${quotes.forbidden}) speaker ${q.speaker.toFixed(3)} (${quotes.rightSpeaker}/${quotes.found})`);
    for (const p of [...typed.problems, ...quotes.problems]) console.log(`  ${p}`);
  }
  const { floor } = set;
  describe(`${set.name} statement sets (never tuned on)`, () => {
    it(`holds ${set.articles} articles with ${set.statements} gold statements and ${set.rows} typed rows`, () => {
      expect(arts.length).toBe(set.articles);
      expect(arts.reduce((n, a) => n + a.statements.length, 0)).toBe(set.statements);
      expect(rows.length).toBe(set.rows);
    });
    it("finds and attributes the articles' statements", () => {
      const why = quotes.problems.join('\n');
      expect(q.recall, why).toBeGreaterThanOrEqual(floor.recall);
      expect(q.precision, why).toBeGreaterThanOrEqual(floor.precision);
      expect(q.speaker, why).toBeGreaterThanOrEqual(floor.speaker);
    });
    it('types the paragraphs and names their speakers', () => {
      const why = typed.problems.join('\n');
      expect(typed.rightType / typed.rows, why).toBeGreaterThanOrEqual(floor.types);
      expect(typed.rightSpeaker / typed.speakers, why).toBeGreaterThanOrEqual(floor.typedSpeaker);
    });
  });
}
