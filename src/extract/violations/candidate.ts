// The shape of a count candidate, its one factory, the parser interface, and the unit of a unit word: what every
// count parser and refiner shares (split from parsers.ts, round 18).
import type { CountScope, Qualifier, RegionRef } from '../../model.js';
import { CASE_UNITS, PERSON_UNITS, SELF_CUED_UNITS } from '../../lexicon/violations.js';
import type { At } from '../dates/scan.js';
import { lookup } from '../dates/text.js';

export interface CountCandidate {
  value: number;
  /** The upper end of a range (`30 sampai 40 laporan`), else null; its number starts at `upperStart`. */
  upper: number | null;
  upperStart: number;
  /** The count this one is a part of (clauses.ts), its region when it is an item of a per-region breakdown, and
   *  whether it covers ASN neutrality only or all violations (set last). */
  parent: CountCandidate | null;
  region: RegionRef | null;
  scope: CountScope | null;
  qualifier: Qualifier;
  /** Canonical unit (`perkara`, `ASN`). */
  unit: string;
  /** Whether the unit is a person noun (needs an action cue) or `pelanggaran` itself. */
  unitClass: 'violation' | 'case' | 'person';
  /** Offsets of the unit word (blanked when looking for cues) and of the number. */
  unitStart: number;
  unitEnd: number;
  numStart: number;
  numEnd: number;
  start: number;
  end: number;
  rule: string;
}

/** The one factory of count candidates: every parser builds them here, so they all share one object shape
 *  (the refiners' property loads stay monomorphic; a spread of the unit info gave each parser its own). */
export function countCandidate(
  value: number,
  qualifier: Qualifier,
  unit: UnitInfo,
  unitStart: number,
  unitEnd: number,
  numStart: number,
  numEnd: number,
  start: number,
  end: number,
  rule: string,
  upper: number | null = null,
  upperStart = -1,
): CountCandidate {
  return { value, upper, upperStart, parent: null, region: null, scope: null, qualifier, unit: unit.unit, unitClass: unit.unitClass, unitStart, unitEnd, numStart, numEnd, start, end, rule };
}

export interface CountParser {
  name: string;
  /** Where a match this parser keeps can start (see dates/scan.ts): the pattern is only tried there. */
  at: At;
  /** A word every match holds (dates/scan.ts list): the parser is not run at all on a text without one. */
  needs?: At;
  /** A list one of whose positions every match holds within `reach` units after its start (the number after
   *  a cue): the pattern is only tried where one does. */
  follows?: { at: At; reach: number };
  pattern: RegExp;
  /** A cheap test that is true wherever `pattern` can match at `p` (skips the regex elsewhere). */
  maybe?: (text: string, p: number) => boolean;
  extract(m: RegExpExecArray, text: string): CountCandidate | null;
}

export interface UnitInfo {
  unit: string;
  unitClass: CountCandidate['unitClass'];
}

/** The class of a canonical case unit: one naming a violation or its outcome itself (SELF_CUED_UNITS) needs no cue. */
export const caseUnitClass = (unit: string): 'violation' | 'case' => (SELF_CUED_UNITS.includes(unit) ? 'violation' : 'case');

export function unitInfo(word: string): UnitInfo | null {
  const c = lookup(CASE_UNITS, word);
  if (c !== undefined) return { unit: c, unitClass: caseUnitClass(c) };
  const p = lookup(PERSON_UNITS, word);
  if (p !== undefined) return { unit: p, unitClass: 'person' };
  return null;
}
