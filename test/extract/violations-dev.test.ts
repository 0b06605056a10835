// Violation counts on the development set (fixtures/violations/dev: short articles written for issue 22,
// 42 for tuning, 22 held out and never looked at while tuning). See violations-dev.ts for the matching.
//
// BLIND score (the extractor as it was on main, before any rule here was changed; run once on both splits):
//   tune:    42 articles, gold 71 claims, reported 43, matched 39: precision 0.907, recall 0.549
//            (on the matched: reporter 0.92, election+year 1.00, parent 0.85, scope 0.00, region 0.00 — the model had
//            no scope, parent or region fields)
//   heldout: 22 articles, gold 34 claims, reported 23, matched 19: precision 0.826, recall 0.559
//            (reporter 0.89, election+year 1.00, parent 0.79, scope 0.00)
//
// AFTER the clause-level rules (src/extract/violations/clauses.ts, the reporter grammar and the restatement fold):
//   tune:    gold 71, reported 71, matched 71: precision 1.000, recall 1.000 (reporter 1.00, election 1.00,
//            parent 1.00, scope 1.00, region 1.00)
//   heldout: gold 34, reported 34, matched 34: precision 1.000, recall 1.000 (reporter 0.85, election 1.00,
//            parent 1.00, scope 1.00, region 1.00)
//   The held-out split was written together with the tuning split, by the author of the rules, before any
//   run: it shares their shapes. So a second batch (tune2, 18 articles) was written AFTER those rules and scored
//   blind once: gold 33, reported 28, matched 26: precision 0.929, recall 0.788 (the code on main: precision 0.800,
//   recall 0.364, reported 15, matched 12). It was then tuned on (general rules only: a subset's antecedent in the
//   sentence before, modal + change verb as forecast, attending a campaign as the offence, parts named by a kind
//   of violation, "N lain(nya)" after a count, a vague figure made exact by its restatement, comparison elections):
//   tune2 after: precision 1.000, recall 1.000.
//   blind3 (18 articles written after all tuning, scored once, never tuned on, per-article detail never printed):
//            gold 27, reported 25, matched 24: precision 0.960, recall 0.889 (reporter 0.96, election 1.00,
//            parent 1.00, scope 0.83). The code on main on blind3: precision 1.000, recall 0.481 (reported 13).
//   tune4 + heldout4 (25 articles written for the styles seen least: government portal releases of BKPSDM, BKD,
//   Inspektorat and Pemkab with figures in brackets, Antara wire copy with national totals and "Dari jumlah
//   tersebut", TV-network lists of provinces, regional dailies; with negatives: articles of a law, phone numbers,
//   ages, TPS, staff, votes, budgets). Gold written before any run. BLIND (code at af37f85, scored once):
//   tune4:    17 articles, gold 47, reported 38, matched 37: precision 0.974, recall 0.787 (reporter 1.00,
//             election 1.00, parent 0.95, scope 0.95, region 0.82)
//   heldout4:  8 articles, gold 16, reported 12, matched 12: precision 1.000, recall 0.750 (election 0.92)
//   both:     25 articles, gold 63, reported 50, matched 49: precision 0.980, recall 0.778
//   heldout4 (every third article) is never read while tuning: figures only.
//   AFTER (general rules, lexicon data in src/lexicon/violations.ts; cases in violations-portal.test.ts): a number's
//   bracketed spelling skipped; breakdowns one item per line (line-lists.ts); the first ranking item's region; a
//   quantity subject ("Jumlah … mencapai N"); a figure before "sisanya" is a part; a vague restatement folds into
//   the figure it restates; "pelanggaran pemilu" is scope all; a body owning a document ("surat KASN") is no reporter:
//   tune4:    gold 47, reported 47, matched 47: precision 1.000, recall 1.000 (reporter 0.98, election 1.00, parent
//             1.00, scope 1.00, region 1.00)
//   heldout4: gold 16, reported 15, matched 15: precision 1.000, recall 0.938 (reporter 1.00, election 0.93)
//   Every other split unchanged (tune2 region 0.33 -> 0.67); the check set R 0.968 -> 1.000.
//   blind5 (10 articles in the same four styles, written AFTER all the tuning above, gold before any run, scored
//            once, never tuned on, per-article detail never printed): gold 19, reported 19, matched 18: precision
//            0.947, recall 0.947 (reporter 1.00, election 1.00, parent 0.83, scope 0.94, region 1.00). The code on
//            main on blind5: precision 0.923, recall 0.632 (reported 13).
//   tune6 + heldout6 (26 articles, 75 claims, in the shapes the sets above had least: year-over-year comparisons
//   "naik dari 12 kasus pada Pilkada 2018 menjadi 31 kasus", percentages and shares (never a count), counts per stage
//   (diterima / diregister / direkomendasikan / dihentikan) in prose and in lines, per-region breakdowns in prose
//   and numbered lines, headlines restated in other words, cumulative and new ("bertambah 5 … menjadi 40"), national
//   KASN/BKN figures in regional articles with their own election, forecasts and targets, negatives ("belum
//   menerima satu pun laporan", "nihil", "nol kasus"), counts of staff, TPS, villages, witnesses and phone numbers,
//   and figures given by Pemkab, Bupati and DPRD (reporter null), Inspektorat, BKPSDM, Ombudsman and Gakkumdu).
//   Gold written before any run; heldout6 = every third article, never read while tuning (figures only).
//   BLIND (code at 301f0a9, scored once):
//   tune6:    18 articles, gold 53, reported 45, matched 43: precision 0.956, recall 0.811 (reporter 0.93, election
//             0.93, parent 0.84, scope 1.00, region 0.88)
//   heldout6:  8 articles, gold 22, reported 18, matched 18: precision 1.000, recall 0.818 (reporter 0.94, election
//             1.00, parent 0.94, scope 1.00)
//   both:     26 articles, gold 75, reported 63, matched 61: precision 0.968, recall 0.813
//   AFTER (general rules; cases with negatives in violations-attach.test.ts): a breakdown line with a capitalised or
//   repeated unit is an item; an election right after a count is its own and no other count's; a bare year in the
//   count's clause ("pada 2020") dates it; parts that add up (sums.ts: "dan tiga lainnya", exact sums, breakdowns by
//   kind after "terdiri atas"); a part takes its whole's reporter when its sentence names no body; a figure after
//   "atas/terhadap/dari" is no forecast; a vague headline figure restated by the lead is one claim (headline.ts):
//   tune6:    gold 53, reported 53, matched 53: precision 1.000, recall 1.000 (reporter 1.00, election 1.00, parent
//             0.94, scope 1.00, region 0.92)
//   heldout6: gold 22, reported 18, matched 18: precision 1.000, recall 0.818 (unchanged: none of these rules reached
//             its misses; figures only)
//   Every other split unchanged except heldout4 R 0.938 -> 1.000 (a "sembilan lainnya" rest part); on the check set
//   one parent added ("delapan laporan lainnya" is a part of the 27); no change on 2,000 bench articles.
//   blind7 (10 articles in the tune6 shapes, written AFTER the tune6 rules, gold before any run, scored once, never
//            tuned on, per-article detail never printed): gold 22, reported 19, matched 17: precision 0.895, recall
//            0.773 (reporter 1.00, election 1.00, parent 0.94, scope 1.00, region 1.00). The code before the tune6
//            rules (301f0a9) on blind7: precision 0.842, recall 0.727 (reported 19, matched 16).
//   Then one more rule, for a shape the brief names that no tuning article had: stages of handling one per line
//   ("1. Laporan masuk: 14" / "3. Direkomendasikan ke BKN: 12", line-lists.ts addStageLines), tuned on two new tune6
//   articles (k27, k28, written and scored before the rule: 6 claims missed) and its table cases. The author of the
//   held-out sets knew that heldout6 and blind7 each hold one such block (their text was written by the same
//   hand; their output was never read), so their figures after it are no longer blind:
//   tune6 (20 articles, gold 59): precision 1.000, recall 1.000; heldout6: precision 1.000, recall 0.955 (gold 22,
//   reported 21, matched 21); blind7: precision 0.909, recall 0.909 (gold 22, reported 22, matched 20).
//   Then (no dev split changed): a case unit followed by a verb ends its noun phrase; "satu lagi" is a rest; the first
//   figure of a change takes the second's unit ("naik dari 12 menjadi 31 laporan"); counts listed after a part share
//   its whole.
//   blind8 (10 articles written after ALL of the above, gold before any run, scored once, never tuned on, per-article
//            detail never printed): gold 21, reported 21, matched 21: precision 1.000, recall 1.000 (reporter 1.00,
//            election 0.95, parent 0.95, scope 1.00, region 1.00). The code before this round (301f0a9) on blind8:
//            precision 0.952, recall 0.952 (reported 21, matched 20; parent 0.85).
//
//   tune9 + heldout9 (24 articles, 61 claims, issue 22 "Counts", written by counts3 for the shapes a fresh blind
//   measurement still missed: cue and number apart in one clause ("… yang ditangani Bawaslu … mencapai 45", "Angka …
//   sudah menyentuh 24"), lists where only the first item carries the unit (after "Rinciannya,", "yakni", a colon;
//   total before or after; "N kasus di X, N di Y"), numbers in words, vague and bounded figures ("lebih dari 100
//   laporan", "belasan ASN", "hampir 200", "15 hingga 20 aduan"), scope all vs neutrality, counts of people
//   ("pejabat eselon II", camat, lurah, kepala desa, "laporan terhadap 9 pejabat"), the counter vs the recipient
//   ("diteruskan ke KASN"), repeats in other words, forecasts, sub-counts, a 2020 figure in a 2024 article; with
//   negatives (TPS, staff, days, articles of a law, ages, phone numbers). Gold written before any run; heldout9 = every
//   third article, never read while tuning (figures only).
//   BLIND (code at 032e53e, scored once):
//   tune9:    16 articles, gold 39, reported 36, matched 35: precision 0.972, recall 0.897 (reporter 1.00, election
//             1.00, parent 0.94, scope 0.94, region 0.90)
//   heldout9:  8 articles, gold 22, reported 21, matched 21: precision 1.000, recall 0.955 (reporter 1.00, election
//             1.00, parent 1.00, scope 1.00, region 1.00)
//   both:     24 articles, gold 61, reported 57, matched 56: precision 0.982, recall 0.918
//   AFTER (general rules; cases with negatives in violations-subjects.test.ts): a cue's number attaches to the subject
//   of its sentence (the first case noun of its first clause, or of the clause after a leading adverbial) when no
//   other figure stands between (parsers.ts sentenceSubject); verbs of reaching as cues (menyentuh, menembus, tembus)
//   and headline roots as forecast changes (capai, sentuh); the active meN- form of every passive person-action cue
//   (lexicon activeOf: memproses, memanggil, menindak); people a report is about ("laporan terhadap 7 pejabat",
//   "Laporan itu menyasar 9 camat") and the reports themselves ("3 laporan terhadap 5 ASN"); breakdowns naming the
//   region after the number ("12 kasus di Kabupaten Bekasi, 8 di Kota Bekasi", region-after.ts); a whole figure of
//   people restated in a later sentence as one of cases by the same body for the same election is one claim;
//   "secara keseluruhan" names all violations:
//   tune9:    gold 39, reported 39, matched 39: precision 1.000, recall 1.000 (reporter 1.00, election 1.00, parent
//             0.95, scope 0.97, region 1.00)
//   heldout9: gold 22, reported 22, matched 22: precision 1.000, recall 1.000 (figures only; its text was written by
//             the author of the rules, before them, so it shares their shapes: "laporan terhadap N pejabat" is a shape
//             the brief names and one heldout9 article has)
//   Every other split unchanged except blind3 R 0.889 -> 0.926 (reported 26, matched 25); the check sets unchanged
//   (P 1.000 R 1.000; P 1.000 R 0.960); no change on 2,000 bench articles.
//   blind10 (10 articles in the tune9 shapes, written AFTER this round's rules, gold before any run, scored once,
//            never tuned on, per-article detail never printed): gold 26, reported 26, matched 25: precision 0.962,
//            recall 0.962 (reporter 1.00, election 1.00, parent 0.88, scope 1.00, region 1.00). The code before this
//            round (032e53e) on blind10: precision 0.893, recall 0.962 (reported 28, matched 25).
//
// The floors (test/eval/floors.json, `violationsDev`) pin the levels reached; raise them when quality improves,
// never lower them to let a change pass.
// counts7 (round 9): blind5 P 0.947 R 0.947 (f5d7cb7) -> P 1.000 R 1.000 (a bounded part "sekitar 10 di antaranya" read
// approximate); floors raised from 0.94 to 1.0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreLine, scoreSplit, type Split } from './violations-dev.js';

const FLOORS = (JSON.parse(readFileSync(new URL('../eval/floors.json', import.meta.url), 'utf8')) as {
  violationsDev: Record<Split, { precision: number; recall: number }>;
}).violationsDev;

describe('violation counts on the development set', () => {
  it.each(['tune', 'heldout', 'tune2', 'blind3', 'tune4', 'heldout4', 'blind5', 'tune6', 'heldout6', 'blind7', 'blind8', 'tune9', 'heldout9', 'blind10'] as const)('%s split: claims precision and recall at or above their floors', (split) => {
    const s = scoreSplit(split);
    const line = scoreLine(split, s);
    if (process.env['COUNTS_DEV_VERBOSE']) {
      process.stderr.write(`${line}\n`);
      // per-article detail only for the tuning split: the held-out split is read as figures only
      if (split === 'tune' || split === 'tune2' || split === 'tune4' || split === 'tune6' || split === 'tune9') for (const p of s.problems) process.stderr.write(`  ${p}\n`);
    }
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS[split].precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS[split].recall);
  });
});
