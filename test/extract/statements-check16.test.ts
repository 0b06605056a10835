// Statements on the check16 blind set: attribution on fixtures/statements/quotes/check16.txt (the 14 articles of
// fixtures/officials/check16, 132 gold statements) and statement types on fixtures/statements/types/check16.tsv (60
// typed paragraphs), both written by hand by check16a on 2026-12-07 BEFORE any run of the tool on them (headers of
// the two fixtures say what they hold, and which type rules were unclear). Every article and row is held out.
// CHECK16_REPORT=1 prints the figures and the problems (for a final report only).
//
// BLIND-RESULT (filled after the one blind run)
import { describeStatementsCheckSet } from './statements-checkset.js';

describeStatementsCheckSet({
  name: 'check16',
  quotes: 'quotes/check16.txt',
  types: 'types/check16.tsv',
  articles: 14,
  statements: 132,
  rows: 60,
  reportEnv: 'CHECK16_REPORT',
  floor: { recall: 0, precision: 0, speaker: 0, types: 0, typedSpeaker: 0 },
});
