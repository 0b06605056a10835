// Violation counts on the check9 blind set of noisy scraped pages (fixtures/check9): 14 pages, 48 distinct claims
// with their attributes.
// Written blind by check9 on 2026-12-06 (pages and gold by hand, committed in a8686c5 BEFORE any run of the tool on
// them); every page is held out. Blind score on 8b1d226 (branch check9's src/ is main at 8b1d226, unchanged; scored
// once on 2026-12-06 19:53 UTC, the three fields in one run):
// P 1.000 R 0.917 (tool 44, gold 48, found 44), qualifiers 1.000; attributes on the matched claims: reporter 36/37,
// election and year 25/44, parent 34/38, scope 41/44, region 1/2.
// Kinds of error: counts of one ("seorang camat", "satu staf") in a breakdown not read (two); "lima hukum tua" (a
// village title as the unit) not read; a count cut from its election by an unjoined hard wrap ("Pada Pilkada\n2018
// sebelumnya jumlahnya lima kasus") missing. Election and year: in a page naming both the governor's and the regent's
// election the counts get "Pilbup" where the gold says "Pilkada" (seven; a convention question more than an error),
// and twice where the sentence itself says "Pilkada 2024"; "Pemilu" without its year, or no election, when the year
// is only in the dates or in the lead's "Pemilu 14 Februari 2024" (six); an earlier election named in a comparison
// ("naik dibanding Pilkada 2020", an op-ed's "Pada Pemilu 2019") given to the current counts (four). The recipient
// taken as the reporter ("diteruskan ke BKN": reporter BKN, scope all); items of a per-region list without their
// parent, one without its region; a count of laporan on Pilkades administration given scope neutrality.
// Floors pinned a hair below the blind figures; attributes at the blind number of right answers. No gold was changed
// after the run.
// What the noise costs (a diagnostic on a throw-away copy of the pages, not kept, not a second score of this set): with
// the menu lines before the headline dropped, the hard wraps joined, a space put before the quotes opened right after
// a full stop and the single-marked quote put in double marks, R was 0.938 (the wrapped Pilkada 2018 claim found),
// election and year 28/45. Checked failing with a floor raised.
// The helper reads each page raw and runs processArticle, which cleans it first (clean → extract), as the CLI does.
// The set's folder is outside fixtures/violations/, so its name is given to the helper as '../check9'.
// CHECK9_REPORT=1 prints the figures and the problems.
// After the round-10 merges (lead, 2026-12-06 21:45): P 1.000 R 0.958 (46/48), reporter 39/39, election 29/46, parent
// 35/40, scope 43/46. The merges first gave P 0.958: 'Salah satu perbekel yang dilaporkan' read as a count of one after
// counts8's person units; fixed by the lead (ONE_OF_WORDS, paradigm rows in violations-kinds8). Recall floor raised.
// Round 11 (counts9): election and year 29/46 -> 46/46 (374a96f -> counts9): regional elections of two levels named
// together read as the one Pilkada, a name dated by its polling date, a bare name by the calendar and the publication
// year, a clause dated after the article's only election; floor raised. Scope 43/46 -> 44/46 (a figure restated with
// a demonstrative takes the kind of the figure first given); floor raised.
// Round 12 (counts11, breakdown items at the clause level): R 0.958 -> 0.979 (tool 46 -> 47; 8bfcdec -> counts11),
// reporter 39/39 -> 40/40, election 46 -> 47, parent 36/40 -> 37/41, scope 44 -> 45. Floors raised.
import { describeCountsCheckSet } from './violations-checkset.js';

describeCountsCheckSet({
  name: '../check9',
  gold: 48,
  reportEnv: 'CHECK9_REPORT',
  floor: { p: 0.99, r: 0.97, qualifiers: 0.99 },
  // Round 11 (counts10, the reader's convention for the parents of breakdown items): parent 35 -> 36/40 (before c6c9460, after; the floor was 34)
  // Round 14 (counts13, parts in a later sentence by exact sum): parent 37 -> 38/41 (f3c57f0 -> counts13).
  attrFloor: { reporter: 40, election: 47, parent: 38, scope: 45, region: 1 },
});
