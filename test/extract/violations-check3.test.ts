// Violation counts on the check3 blind set (fixtures/violations/check3): 9 short articles, 30 distinct claims.
// Written blind by check3 on 2026-12-06 (fixtures and gold by hand, BEFORE any run of the tool on them) in the style
// of regional outlets; shapes listed in expected.json's `about`. Never shown to the engineers tuning the rules; every
// article is held out. Scored as fixtures/violations/check (test/extract/violations-checkset.ts). NEWS_REPORT=1
// prints the problems.
//
// Blind score (main at 032e53e, scored once on 2026-12-06; the src/ of branch check3 is main's): P 1.000 R 0.767
// qualifiers 1.000 (tool 23, gold 30, found 23). Kinds missed: a per-region list after "Rinciannya," with the unit
// on the first item only and its total in a quote ("Total ada 32 kasus"), "lebih dari 100 laporan" covering all
// violations, a count of officials reported ("laporan terhadap tiga pejabat eselon II"). Floors pinned a hair below
// the blind figures. After the merges of 2026-12-06 (counts3 never read this set): P 1.000 R 0.800 (tool 24,
// gold 30, found 24); floor raised to R 0.79. No gold was changed after the run.
//
// Attributes (added by the lead on 2026-12-06, before any of that session's rule branches was merged; scored on
// aef6321, the src/ of branch check4): the gold's reporter, election and year, parent, scope and region, on the
// matched claims (test/extract/violations-checkset.ts, the count of the value that agrees best stands for it):
// reporter 23/24, election and year 16/24, parent 20/24, scope 23/24. Kinds: sub-counts without their parent, counts
// of people without the article's election, a year-on-year figure bound to the earlier election, the national
// level's name ("Bawaslu RI") and a joint election ("Pemilu dan Pilkada 2024") that the model does not write.
// Floors pinned at the blind number of right answers.
import { describe, expect, it } from 'vitest';
import { attrLine, scoreCheckSet } from './violations-checkset.js';

describe('violation counts on the check3 blind set (fixtures/violations/check3)', () => {
  const s = scoreCheckSet('check3');
  if (process.env['NEWS_REPORT']) {
    console.log(`counts P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} qualifiers=${s.qualifiers.toFixed(3)} (tool ${s.tool}, gold ${s.gold}, found ${s.found}); ${attrLine(s)}`);
    for (const p of s.problems) console.log(`  ${p}`);
  }
  const FLOOR = { p: 0.99, r: 0.79, qualifiers: 0.99 };
  it('distinct claims at or above the pinned floors', () => {
    const why = s.problems.join('\n');
    expect(s.gold).toBe(30);
    expect(s.p, why).toBeGreaterThanOrEqual(FLOOR.p);
    expect(s.r, why).toBeGreaterThanOrEqual(FLOOR.r);
    expect(s.qualifiers, why).toBeGreaterThanOrEqual(FLOOR.qualifiers);
  });
  // Attributes are pinned as counts of right answers, not ratios: a claim newly found with a wrong attribute
  // lowers the ratio without any right answer lost.
  // After the sixth session's merges: election and year 16 -> 18/24; floor raised.
  const ATTR_FLOOR: Partial<Record<keyof typeof s.attrs, number>> = { reporter: 23, election: 18, parent: 20, scope: 23 };
  it('no attribute of the matched claims that was right is lost', () => {
    const why = s.problems.join('\n');
    for (const [k, f] of Object.entries(ATTR_FLOOR)) expect(s.attrs[k as keyof typeof s.attrs].right, `${k}\n${why}`).toBeGreaterThanOrEqual(f);
  });
});
