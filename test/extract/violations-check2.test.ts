// Violation counts on the lead's second blind check set (fixtures/violations/check2): 8 short articles in the
// style of regional outlets with their distinct claims annotated on 2026-12-06, BEFORE that session's counts
// work was merged, and never shown to the engineer tuning it (shapes listed in expected.json's `about`).
// Scored as fixtures/violations/check (test/extract/violations-checkset.ts). NEWS_REPORT=1 prints the problems.
//
// Blind score (main at 301f0a9): P 1.000 R 0.960 qualifiers 1.000 (tool 24, gold 25, found 24). The floors pin it.
import { describe, expect, it } from 'vitest';
import { scoreCheckSet } from './violations-checkset.js';

describe('violation counts on the second blind check set (fixtures/violations/check2)', () => {
  const s = scoreCheckSet('check2');
  if (process.env['NEWS_REPORT']) {
    console.log(`counts P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} qualifiers=${s.qualifiers.toFixed(3)} (tool ${s.tool}, gold ${s.gold}, found ${s.found})`);
    for (const p of s.problems) console.log(`  ${p}`);
  }
  const FLOOR = { p: 1.0, r: 0.96, qualifiers: 1.0 };
  it('distinct claims at or above the pinned floors', () => {
    const why = s.problems.join('\n');
    expect(s.p, why).toBeGreaterThanOrEqual(FLOOR.p);
    expect(s.r, why).toBeGreaterThanOrEqual(FLOOR.r);
    expect(s.qualifiers, why).toBeGreaterThanOrEqual(FLOOR.qualifiers);
  });
});
