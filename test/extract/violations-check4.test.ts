// Violation counts on the check4 blind set (fixtures/violations/check4): 12 short articles, 46 distinct claims.
// Written blind by check4 on 2026-12-06 (fixtures and gold by hand, BEFORE any run of the tool on them) in the style
// of regional outlets and national wires; shapes listed in expected.json's `about`. Never shown to the engineers
// tuning the rules; every article is held out. Scored as fixtures/violations/check (test/extract/violations-checkset.ts:
// value and qualifier of the distinct claims). CHECK4_REPORT=1 prints the figures and the problems.
//
// BLIND
import { describe, expect, it } from 'vitest';
import { scoreCheckSet } from './violations-checkset.js';

describe('violation counts on the check4 blind set (fixtures/violations/check4)', () => {
  const s = scoreCheckSet('check4');
  if (process.env['CHECK4_REPORT']) {
    console.log(`check4 counts P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} qualifiers=${s.qualifiers.toFixed(3)} (tool ${s.tool}, gold ${s.gold}, found ${s.found})`);
    for (const p of s.problems) console.log(`  ${p}`);
  }
  const FLOOR = { p: 0, r: 0, qualifiers: 0 };
  it('distinct claims at or above the pinned floors', () => {
    const why = s.problems.join('\n');
    expect(s.gold).toBe(46);
    expect(s.p, why).toBeGreaterThanOrEqual(FLOOR.p);
    expect(s.r, why).toBeGreaterThanOrEqual(FLOOR.r);
    expect(s.qualifiers, why).toBeGreaterThanOrEqual(FLOOR.qualifiers);
  });
});
