// Statement types on a fourth set, in styles the earlier sets hold little of (issue 22):
// fixtures/statements/types/types4.tsv, 72 statements from national wire reports, kabupaten portal releases,
// police and TNI statements, party statements and Bawaslu/KASN/BKN releases, each a paragraph with its gold
// type and speaker, run through the whole pipeline. Written blind by the `types4` engineer; every third row
// held out (fixed by position), never read while tuning.
//
// Scores: `strict` compares the seven types; `scheme` merges appeal and instruction, as the scheme
// ("appeal or instruction") does.
//
// Blind score (branch `types4` at main aef6321 plus the fixture, before any rule was changed):
//   tune 39/48 = 0.813 strict and scheme (46 found), speaker 45/48
//   held 21/24 = 0.875 strict and scheme (23 found), speaker 23/24   (totals only, not read)
// Misses, read on the tuning part only: a refusal of inaction under a condition (`kalau …, kami tidak akan
// tinggal diam`), the opinion reporting verb `berpendapat` not reaching the classifier, a promise carried by
// the reporting verb (`berjanji akan mengingatkan … agar …` read as an order), a pledge to receive a sanction
// in the passive (`Kami siap diberhentikan jika …`), a transfer reported with the disciplinary body that
// examines it (`sudah dimutasi ke Polres dan diperiksa Propam`), losing one's seat after a condition (`kalau …,
// silakan bersiap-siap kehilangan kursinya`, read as an invitation), a general judgement of a group's state
// (`Secara umum ASN … sudah memahami …, tapi masih ada yang belum paham`), and two statements the pipeline does
// not find (`memerintahkan` is no reporting verb; `mengungkapkan` with an object-like clause), one speaker
// (`Kasdim 0817/Gresik Mayor Inf X`: attribution).
//
// After the decision-level rules of this change (tuned on the tuning part only; every change on the other
// fixture folders, the seeds, 2,000 bench articles and the 1,464 real sentences of ../shared/ner-dev read and
// judged; the rules are pinned one by one in statement-types-rules4.test.ts): refusals of inaction, protection
// or leniency under negation (`tidak akan tinggal diam`, `tidak akan melindungi`, `tidak main-main`), the
// willingness to receive a passive sanction, a transfer with a disciplinary body named, asserted existentials
// (`masih ada … yang`), figures (a numeral before a counted noun, not a passive verb's agents), frequency and
// vulnerability as judgements, the reporting verbs that carry the act (`berjanji`, `berpendapat`,
// `mengingatkan` with its content anywhere in its clause), what an order asks for is no threat, an aim after a
// purpose word is no order, an apology is no request, a polite opener keeps its prohibition, an issued
// recommendation is a sanction:
//   tune 46/48 = 0.958 strict and scheme (46 found: every statement found is typed right), speaker 45/48
//   held 21/24 = 0.875 strict and scheme (23 found), speaker 23/24   (totals only; unchanged from the blind
//   score)
// Left in the tuning part: two statements the pipeline does not find (attribution) and one speaker.
// On the other sets (totals): types3 tune 46/48 and held 20/24 (unchanged), regional tune 56 → 57/64 and held
// 26 → 27/32, portal tune 58 → 59/60 and held 25 → 26/30.
//
// TYPES4_REPORT=1 prints the tuning part's problems (TYPES4_REPORT=held the held-out part's, for a final
// report only).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTypedRows, printPart, scorePart } from './statements-portal.js';

const rows = loadTypedRows(fileURLToPath(new URL('../../fixtures/statements/types/types4.tsv', import.meta.url)));
const tune = scorePart(rows, false);
const held = scorePart(rows, true);
const report = process.env['TYPES4_REPORT'];
if (report) {
  // the problems of the part asked for; the other part's totals only
  printPart('tune', tune, report !== 'held');
  printPart('held', held, report === 'held');
}

describe('types4 statements: floors', () => {
  // floors pinned at the level reached; raise them when quality improves, never lower them
  // types12 (round 14): tuning types 47/48 (f3c57f0) → 48/48 (an office word heading a long subject, `tunjangan
  // kinerja dua ASN yang terbukti ikut kampanye telah dipotong`); raised.
  it('tuning part: types ≥ 1 (strict and scheme), speakers ≥ 0.93', () => {
    const problems = tune.strict.problems.join('\n');
    expect(tune.strict.rightType / tune.n, problems).toBeGreaterThanOrEqual(1);
    expect(tune.scheme / tune.n, problems).toBeGreaterThanOrEqual(1);
    expect(tune.strict.rightSpeaker / tune.strict.speakers, problems).toBeGreaterThanOrEqual(0.93);
  });
  // types12 (round 14): held-out types 21/24 (f3c57f0) → 22/24 = 0.917 (the directive `kepada seluruh kapolres agar
  // …` after `menekankan`); raised.
  it('held-out part: types ≥ 0.91 (strict and scheme), speakers ≥ 0.95', () => {
    // (no problem list: the held-out part is not read while tuning)
    expect(held.strict.rightType / held.n).toBeGreaterThanOrEqual(0.91);
    expect(held.scheme / held.n).toBeGreaterThanOrEqual(0.91);
    expect(held.strict.rightSpeaker / held.strict.speakers).toBeGreaterThanOrEqual(0.95);
  });
});

describe('types4 statements: the set', () => {
  it('72 typed statements, a third held out, every type present', () => {
    expect(rows.length).toBe(72);
    expect(rows.filter((r) => r.held).length).toBe(24);
    const types = new Set(rows.map((r) => r.type));
    for (const t of ['sanction', 'warning', 'commitment', 'instruction', 'appeal', 'assessment', 'other']) expect(types).toContain(t);
    for (const t of types) expect(['sanction', 'warning', 'commitment', 'instruction', 'appeal', 'assessment', 'other']).toContain(t);
  });
});
