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
import { describeCountsCheckSet } from './violations-checkset.js';

// After the sixth session's merges: election and year 16 -> 18/24; floor raised.
// Before (1249bba): P 1.000 R 0.800 (tool 24, found 24); reporter 23/24, election 18/24, parent 20/24, scope 23/24.
// counts6 (released for tuning in the seventh session): a breakdown sentence takes the topic of the sentences before it
// ("Rinciannya, Kabupaten Bogor 14 kasus, …" after a sentence about something else) and a total in the same unit right
// after it is a count: P 1.000 R 0.967 (tool 29, found 29); reporter 28/29, election 23/29, parent 25/29, scope 28/29,
// region 4/4. Then a unit phrase closed by who the reports came from ("lebih dari 100 laporan masyarakat"): P 1.000
// R 1.000 (tool 30, found 30); reporter 29/30, election 24/30, parent 27/30, scope 29/30, region 4/4. Floors raised.
describeCountsCheckSet({
  name: 'check3',
  gold: 30,
  reportEnv: 'NEWS_REPORT',
  floor: { p: 0.99, r: 0.99, qualifiers: 0.99 },
  // Round 10 (counts8): parent 27 -> 28/30 (before 8b1d226, after; 'dari 58 kasus tersebut sebanyak 41 telah
  // direkomendasikan …', an anchor without a comma: the bare stage figure 41 is a part of 58).
  attrFloor: { reporter: 29, election: 24, parent: 28, scope: 29, region: 4 },
});
