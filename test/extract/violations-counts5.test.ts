// Violation counts on the counts5 development set (fixtures/violations/counts5, issue 22): 18 short articles in the
// style of regional outlets, written by counts5 for the kinds the lead's check sets still missed: sub-counts whose
// whole stands one or more sentences before ("Sebanyak 14 di antaranya …" after a sentence about something else,
// "Tujuh di antaranya …" a paragraph after the whole), counts of people in an article whose election is only in the
// headline or named later in other words ("pemilihan bupati"), year-on-year figures ("naik dari tujuh laporan pada
// Pilkada 2018 menjadi 19 laporan pada Pilkada 2024", "naik dibandingkan Pilgub 2020 yang hanya 15 kasus"), an
// increase whose total stands before it ("mencapai 18 laporan. Angka itu bertambah enam laporan"), parts before
// their total ("14 perangkat desa …, empat kepala desa dan dua camat … total ada 20 orang"), a bare "dari" that is an
// origin, not a comparison ("menerima sembilan laporan dari warga selama … Pilwalkot Palu 2024"), the national body
// ("Bawaslu RI"), regions ranked or listed with the unit on the first item only, stages of handling in lines, other
// reporters (BKPSDM, Ombudsman, Panwaslih, KASN), bounds, ranges and forecasts; with negatives (supervisors, villages,
// percentages, audiences, letters sent to offices).
// Gold written before any run; heldout/ (6 articles: a03 a06 a09 a12 a15 a18) is never read while tuning: figures only.
// Scored with the dev scorer (violations-dev.ts): one-to-one matching of value, qualifier and range end.
//
// BLIND score (code at d59550f, scored once on both splits):
//   tune:    12 articles, gold 46, reported 42, matched 42: precision 1.000, recall 0.913 (reporter 0.90, election
//            1.00, parent 0.64, scope 0.93, region 1.00)
//   heldout:  6 articles, gold 23, reported 19, matched 19: precision 1.000, recall 0.826 (reporter 1.00, election
//            1.00, parent 0.84, scope 0.89, region 0/1)
//   both:    18 articles, gold 69, reported 61, matched 61: precision 1.000, recall 0.884
//   AFTER (general rules, cases with negatives in violations-backrefs.test.ts): "N di antaranya" up to four sentences
//   after its whole (anaphora.ts; a nearer count of another group bars the way), bare "Tujuh di antaranya" / "lima
//   sisanya" taking the whole's unit, the rest of a split hanging on a restatement, a whole's scope from the people
//   its part names or the figure of its unit just before, the reporter of a restated figure and of a change's first
//   figure, Panwaslih, a bare "dari" no comparison word, a figure compared with an earlier election of the later one,
//   "tahun ini" after an earlier election, a compared election never the article's, "yang kami periksa":
//   tune:    gold 46, reported 45, matched 45: precision 1.000, recall 0.978 (reporter 1.00, election 1.00, parent
//            0.76, scope 0.96, region 1.00)
//   heldout: gold 23, reported 19, matched 19: precision 1.000, recall 0.826 (reporter 1.00, election 1.00, parent
//            0.84, scope 0.89, region 0/1: figures only, unchanged from blind)
//   Other sets (before -> after): dev heldout reporter 29 -> 31, tune2 election 32 -> 33, blind3 parent 26 -> 25 and
//   scope 22 -> 23, counts4 tune parent 36 -> 37 and scope 41 -> 42; counts4 heldout unchanged (P 1.000 R 0.769, parent
//   16/20); no other split changed.
//   Left on the tuning split: parts stated before their total ("… total ada 20 orang"), stages adding up to a stage
//   line, an increase after its total ("Angka itu bertambah enam laporan"): rules for these (exact sums, increments)
//   were written and taken out again (they lowered a pinned attribute on the lead's check3 set); the gold of a06/a14
//   gives per-region items their total as parent, where fixtures/violations/dev gives none (its convention kept).
import { describeCountsSet } from './violations-dev.js';

/** The levels reached (raise them when quality improves; never lower one to let a change pass). */
describeCountsSet('counts5', {
  tune: { precision: 1.0, recall: 0.97 },
  heldout: { precision: 1.0, recall: 0.82 },
});
