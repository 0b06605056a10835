// Violation-count parsers. Each has a global `pattern` compiled once and an `extract` that returns a
// candidate or null. Context checks (is the sentence about violations?) and the links to elections
// and reporters are refiners in index.ts.
// The parsers and their shared helpers live one job a file (round 18): candidate.ts (the candidate's shape and
// factory), count-text.ts (number, qualifier and clause helpers), count-unit.ts, unit-count.ts, subset-count.ts.
import type { CountParser } from './candidate.js';
import { countThenUnit } from './count-unit.js';
import { unitThenCount } from './unit-count.js';
import { subsetCount } from './subset-count.js';

export { countCandidate, caseUnitClass, unitInfo, type CountCandidate, type CountParser, type UnitInfo } from './candidate.js';
export { BARE_YEAR, SPELLED, UNIT_SOURCE, afterSpelling, bareQualifier, isIdentifier, numberThenSpace, qualifierBefore } from './count-text.js';
export { attendsOffence } from './count-unit.js';

/** Parsers in priority order: a number already counted by an earlier parser is not counted again. */
export const COUNT_PARSERS: readonly CountParser[] = [countThenUnit, unitThenCount, subsetCount];
