// Officials and quote speakers on the check5 blind set (fixtures/officials/check5): 12 short articles, 64 officials,
// 14 quotes.
// BLIND-SCORE-PLACEHOLDER
import { describe, expect, it } from 'vitest';
import { scoreSplit, summary } from './officials/news-score.js';

describe('officials on the check5 blind set (never tuned on)', () => {
  const s = scoreSplit(new URL('../../fixtures/officials/check5/', import.meta.url), 'held');
  const m = summary(s);
  if (process.env['CHECK5_REPORT']) {
    console.log(`check5 officials P=${m.p.toFixed(3)} R=${m.r.toFixed(3)} (tool ${s.tool}, gold ${s.gold}, found ${s.found}) fields=${m.fieldAcc.toFixed(3)} ${JSON.stringify(s.fields)} (institutions checked ${s.institutionChecked}) quotes R=${m.quotesR.toFixed(3)} (${s.quotesFound}/${s.quotes}) attribution=${m.attr.toFixed(3)} (${s.attributedOk}/${s.quotesFound})`);
    for (const p of s.problems) console.log(`  ${p}`);
  }
  const FLOOR = { p: 0, r: 0, fieldAcc: 0, quotesR: 0, attr: 0 };
  it('officials, fields, quotes and speakers at or above the pinned floors', () => {
    const why = s.problems.join('\n');
    expect(s.gold).toBe(64);
    expect(s.quotes).toBe(14);
    expect(m.p, why).toBeGreaterThanOrEqual(FLOOR.p);
    expect(m.r, why).toBeGreaterThanOrEqual(FLOOR.r);
    expect(m.fieldAcc, why).toBeGreaterThanOrEqual(FLOOR.fieldAcc);
    expect(m.quotesR, why).toBeGreaterThanOrEqual(FLOOR.quotesR);
    expect(m.attr, why).toBeGreaterThanOrEqual(FLOOR.attr);
  });
});
