// Dates on general news (issue 15): fixtures/dates/general.txt (b01-b12, tuned on) and general-heldout.txt
// (b13-b18, never read while tuning), 18 longer Kompas-style articles on disasters, crime, sport, politics,
// history and travel, written and annotated before the extractor was run on them (conventions:
// fixtures/dates/README.md). Scored like the development set (test/extract/dates-dev.ts).
//
// BLIND (first run, as annotated, no rule changed; commit 1439f83 of the fixtures):
//   tune     P 0.945 R 0.878 F1 0.910 (tp 86 fp 5 fn 12)
//   held-out P 0.905 R 0.826 F1 0.864 (tp 38 fp 4 fn 8)
//   all 18   P 0.932 R 0.861 F1 0.895
// Misses on the tune part: every date of a history feature before 1900 (`22 Juni 1527`, `pada 1522`: years were
// bounded at 1900), `tiga tahun kemudian` after a year counted from the publication date, a century, `Semalam`,
// a bare weekday after `hingga`, a time in a paragraph without a date given to the last (older) date before it.
// Two annotations departed from the set's conventions (b08's headline, b12's comma-joined date and time); with
// them corrected, no rule changed: tune P 0.956 R 0.888 F1 0.921 (tp 87 fp 4 fn 11).
// AFTER (general parsers and refiners, none for one article: years before 1900, years counted from the last
// written year, centuries and decades, `semalam`, `tanggal 10 bulan ini`, year ranges after a lead):
//   tune     P 0.979 R 0.959 F1 0.969 (tp 94 fp 2 fn 4)
//   held-out P 0.957 R 0.957 F1 0.957 (tp 44 fp 2 fn 2; never read, scored through this test only)
// Then (lead, 2026-12-06) a bare weekday after a future cue in its clause is the first such day on or after
// publication (`akan digelar pada Rabu`, `mulai besok hingga Jumat`; not after `semula`/`sudah`): the tune
// part's miss `mulai besok hingga Jumat` motivated it; the held-out part was not read.
//   tune     P 0.979 R 0.969 F1 0.974 (tp 95 fp 2 fn 3)
//   held-out P 0.978 R 0.978 F1 0.978 (tp 45 fp 1 fn 1)
// Round 20 (dates15, paradigm20 A: a hedged time right after a date joins it): held-out P 1.000 R 0.978 F1 0.989 (tp 45
// fp 0 fn 1): b18's "Selasa (20/5/2025) sekitar pukul 15.10 WIB" is one mention (no longer blind: its line was seen while
// surveying `sekitar pukul` in the released sets); held-out floors raised to pin it.
// Left on the tune part: `sejak gelar 2014` (a bare year after a noun), `hingga Jumat` after `besok` (a future
// weekday read as the past one), and two times in a passage that returns to the main event after an older date.
import { describe, expect, it } from 'vitest';
import { readDevSet, scoreSet } from './dates-dev.js';

const tune = readDevSet('fixtures/dates/general.txt');
const heldout = readDevSet('fixtures/dates/general-heldout.txt');

describe('dates: general-news set', () => {
  it('has 18 articles, a third held out', () => {
    expect(tune.length).toBe(12);
    expect(heldout.length).toBe(6);
  });

  it.each([
    ['tune', tune, 0.96, 0.97],
    ['held-out', heldout, 0.98, 0.99],
  ] as const)('%s part stays above its floors (F1, P)', (name, set, f1, p) => {
    const s = scoreSet(set);
    if (process.env['NEWS_REPORT']) {
      console.log(`dates general ${name}: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}) certain ${s.certainOk.toFixed(3)} time ${s.timeOk.toFixed(3)}`);
      if (name === 'tune') for (const x of s.problems) console.log(`  ${x}`);
    }
    expect(s.f1, name === 'tune' ? s.problems.join('\n') : '').toBeGreaterThanOrEqual(f1);
    expect(s.p, name === 'tune' ? s.problems.join('\n') : '').toBeGreaterThanOrEqual(p);
  });
});
