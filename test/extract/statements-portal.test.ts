// Statement types and speakers in the styles the project has seen least (issue 22): government portal press
// releases (Diskominfo/Humas Pemda), national wire copy, TV-network sites and regional dailies.
//   fixtures/statements/types/portal.tsv   90 statements (quotes and reported speech), each a paragraph with
//                                          its gold type and speaker, run through the whole pipeline;
//   fixtures/statements/quotes/portal.txt  14 attribution articles with hard shapes (apposition, next
//                                          paragraph, title only, nickname, pronouns, institutions, quotes
//                                          over paragraphs, straight/curly/escaped/doubled-apostrophe marks).
// Written blind by the `types` engineer; every third row/article held out (fixed by position).
//
// Blind score (branch `types` at 11fbb0d = main af37f85 plus the fixtures, before any rule was changed):
//   types  tune 34/60 = 0.567 (57 statements found), speaker 54/60 = 0.900
//          held 18/30 = 0.600 (29 found),            speaker 28/30 = 0.933
//   attribution articles  tune (10, 37 gold): recall 0.892, precision 0.943, right speaker 0.970 (32/33)
//                         held (4, 14 gold):  recall 0.929, precision 1.000, right speaker 0.692 (9/13)
//   (two tune fragments then held the reporting verb `meminta`, which no statement text holds: corrected in
//   the gold's format, see the fixture's header; that alone accounts for 2 misses and 2 spurious.)
// Misses, read on the tuning part only: the reporting verb carries the act and was not read (`X meminta …`,
// `X berharap …`); threats without a keyword (`akan berurusan dengan aparat penegak hukum`, `bisa dijerat
// pidana`, `tidak akan ragu menindak`, `tidak akan mentolerir`, `kalau ketahuan, kami teruskan ke KASN`);
// sanctions without a keyword (`dibebaskan dari jabatannya`, `sudah kami turunkan pangkatnya`); pledges by
// `menjamin`, `sepakat`, `bersedia diberi`; judgements (`kami menilai`, `aman terkendali`, `sebagian besar`);
// `jangan hanya` read as a prohibition; `"…," ujarnya. Hal tersebut disampaikan oleh X` with no earlier
// antecedent; a name in apposition after a lower-case description (`ujar tokoh masyarakat K, Nama`).
//
// After the rules of this change (general grammar and lexicon data, none naming a fixture's words):
//   types  tune 54/60 = 0.900 (58 found), speaker 58/60 = 0.967
//          held 24/30 = 0.800 (29 found), speaker 29/30 = 0.967   (scored once, never read)
//   attribution articles  tune: recall 0.946, precision 1.000, right speaker 0.971 (34/35)
//                         held: recall 0.929, precision 1.000, right speaker 0.692 (9/13)  (scored once)
// The floors below pin these levels. Then (lead, 2026-12-06) a second post in apposition counts among the
// official's title words (`… sekaligus Koordinator Divisi Hukum …, X` then `kata Koordinator Divisi Hukum
// itu`): tune attribution right speaker 35/35 = 1.000; types and the held part unchanged.
// Then the clause-level type rules written on the regional set's tuning part (test/extract/
// statement-types-regional.test.ts; mood, frames, scope): types tune 58/60 = 0.967, held 25/30 = 0.833
// (scored once; pins raised).
//
// PORTAL_REPORT=1 prints the tuning part's problems (PORTAL_REPORT=held the held-out part's, for a final
// report only).
import { describe, expect, it } from 'vitest';
import { scoreDevSet, summary } from './quotes-devset.js';
import { loadPortalArticles, loadTypedRows, scoreTypedRows } from './statements-portal.js';

const rows = loadTypedRows();
const arts = loadPortalArticles();
const typed = { tune: scoreTypedRows(rows.filter((r) => !r.held)), held: scoreTypedRows(rows.filter((r) => r.held)) };
const quotes = { tune: scoreDevSet(arts.filter((a) => !a.held)), held: scoreDevSet(arts.filter((a) => a.held)) };
const report = process.env['PORTAL_REPORT'];
for (const part of ['tune', 'held'] as const) {
  if (!report || (report === 'held') !== (part === 'held')) continue;
  const t = typed[part];
  const q = summary(quotes[part]);
  console.log(`${part}: types ${t.rightType}/${t.rows} (found ${t.found}), speaker ${t.rightSpeaker}/${t.speakers}; ` +
    `articles recall ${q.recall.toFixed(3)} precision ${q.precision.toFixed(3)} speaker ${q.speaker.toFixed(3)}`);
  for (const p of [...t.problems, ...quotes[part].problems]) console.log(`  ${p}`);
}
const typeAcc = (part: 'tune' | 'held'): number => typed[part].rightType / typed[part].rows;
const speakerAcc = (part: 'tune' | 'held'): number => typed[part].rightSpeaker / typed[part].speakers;

describe('portal/wire statements: the sets', () => {
  it('90 typed statements, a third held out; 14 articles, 4 held out', () => {
    expect(rows.length).toBe(90);
    expect(rows.filter((r) => r.held).length).toBe(30);
    expect(arts.length).toBe(14);
    expect(arts.filter((a) => a.held).length).toBe(4);
    for (const r of rows) expect(['sanction', 'warning', 'commitment', 'instruction', 'appeal', 'assessment', 'other']).toContain(r.type);
  });
});

describe('portal/wire statements: floors', () => {
  // quotes7 (round 9): row 47's sub-count (`menyebutkan dari 9 laporan yang masuk, lima …`) found: types 59/60 → 60/60,
  // speakers 59/60 → 60/60 (f5d7cb7 → after); floors raised.
  // Round 17 (quotes14): a lead whose institution is written with its acronym ("Badan Pengawas Pemilihan Umum (Bawaslu)
  // RI mencatat sedikitnya 200 ASN diduga melanggar netralitas") is read as the institution's statement, as leads
  // without the acronym already were (check7, check8, quotes4 require them); this gold lists none: precision
  // 1.000 -> 0.974 on the tuning part, a convention and not a loss; floor 1.00 -> 0.97.
  it('tuning part: types ≥ 0.99, speakers ≥ 0.99; articles recall ≥ 0.94, precision ≥ 0.97, speaker ≥ 0.97', () => {
    const problems = [...typed.tune.problems, ...quotes.tune.problems].join('\n');
    expect(typeAcc('tune'), problems).toBeGreaterThanOrEqual(0.99);
    expect(speakerAcc('tune'), problems).toBeGreaterThanOrEqual(0.99);
    const q = summary(quotes.tune);
    expect(q.recall, problems).toBeGreaterThanOrEqual(0.94);
    expect(q.precision, problems).toBeGreaterThanOrEqual(0.97);
    expect(q.speaker, problems).toBeGreaterThanOrEqual(0.97);
  });
  // quotes6 (the held part released for tuning): before (1249bba) the held articles' right speaker was 0.69 (a
  // nickname after a long title given as the name); after, 1.00 (recall 1.00).
  // types12 (round 14): held types 27/30 (f3c57f0) → 29/30 = 0.967 (a sanction noun heading a long subject before
  // `sudah saya tanda tangani`; `Komisi ASN` spelled out as a sanctioning body); raised.
  it('held-out part: types ≥ 0.96, speakers ≥ 0.96; articles recall ≥ 0.92, precision 1.00, speaker ≥ 0.99', () => {
    // (no problem list: the held-out part is not read while tuning)
    expect(typeAcc('held')).toBeGreaterThanOrEqual(0.96);
    expect(speakerAcc('held')).toBeGreaterThanOrEqual(0.96);
    const q = summary(quotes.held);
    expect(q.recall).toBeGreaterThanOrEqual(0.92);
    expect(q.precision).toBeGreaterThanOrEqual(1);
    expect(q.speaker).toBeGreaterThanOrEqual(0.99);
  });
});
