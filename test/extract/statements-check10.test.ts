// Statements on the check10 blind sets (issue 22):
//   fixtures/statements/quotes/check10.txt  14 articles, 89 gold statements (direct and reported) with speakers;
//   fixtures/statements/types/check10.tsv   60 typed paragraphs with their speakers.
// Written blind by check10a on 2026-12-06 (fixtures and gold by hand, types under the decision rules of
// src/lexicon/statement-types.ts, committed BEFORE any run of the tool on them), in the style of NTB, South, East,
// North and West Kalimantan, South Sulawesi, Papua Barat Daya and West, Central and East Java outlets: provincial
// dailies, a radio site with escaped marks, a TV site, a kota portal where the Pemkot speaks "melalui" its Kabag, a
// Q&A interview, a Kodim release, a quotation over three paragraphs, a KASN release, a DPRD hearing, a WordPress site
// with doubled apostrophes and hard wraps, a Polres page with alternating Kapolres and Wakapolres, a kabupaten page
// with "beliau", a Bawaslu year-end press conference and an aggregator page opening with a quote. Never shown to the
// engineers tuning attribution or types; every row and article is held out. CHECK10_REPORT=1 prints the figures and
// the problems (read them only for a final report).
//
// Blind score on 374a96f: pending (floors 0 until the first run).
import { describeStatementsCheckSet } from './statements-checkset.js';

describeStatementsCheckSet({
  name: 'check10',
  quotes: 'quotes/check10.txt',
  types: 'types/check10.tsv',
  articles: 14,
  statements: 89,
  rows: 60,
  reportEnv: 'CHECK10_REPORT',
  floor: { recall: 0, precision: 0, speaker: 0, types: 0, typedSpeaker: 0 },
});
