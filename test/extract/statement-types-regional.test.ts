// Statement types on a second set in the styles the project has seen least (issue 22):
// fixtures/statements/types/regional.tsv, 96 statements (quotes and reported speech from regional dailies'
// interviews, police/TNI releases, Penjabat bupati speeches at apel pagi, KASN/BKN/Kemendagri circulars,
// Bawaslu sosialisasi, DPRD hearings, candidates and parties, ASN themselves, academics), each a paragraph
// with its gold type and speaker, run through the whole pipeline. Written blind by the `types` engineer;
// every third row held out (fixed by position), never read while tuning.
//
// Scores: `strict` compares the seven types; `scheme` merges appeal and instruction, as the scheme
// ("appeal or instruction") does.
//
// Blind score (branch `types` at 301f0a9 = main plus the fixture, before any rule was changed):
//   tune 36/64 = 0.563 strict, 36/64 scheme (57 statements found), speaker 55/62
//   held 19/32 = 0.594 strict, 19/32 scheme (29 found),            speaker 28/29   (totals only, not read)
// Misses, read on the tuning part only: threats without a keyword (`siap-siap kehilangan jabatannya`,
// `tunjangannya kami potong`, `kalau …, kami laporkan ke Bawaslu`, `akan kami cari sampai dapat`, `risiko
// ditanggung sendiri`), first-person future pledges without a pledge word (`saya tidak akan ikut kampanye`,
// `kami akan menindaklanjuti`, `kami akan terus mengawal`), bare imperatives (`Jaga netralitas, layani …`),
// an order by `saya tugaskan`, `Silakan … laporkan` (an invitation), the reporting verb `menilai` framing a
// sanction report as a judgement, sanctions without a verb keyword (`peringatan tertulis sudah kami
// layangkan`, `keputusan penundaan kenaikan pangkat`), judgements without a finding word (`paling banyak`,
// `bergeser`, `kecenderungan`, `nihil`), `jangan sampai` inside an appeal (`Ayo …`), and six statements
// the pipeline does not find (reporting verbs without `bahwa`: menyebutkan, menjelaskan, menyampaikan;
// a subject with a rank and unit, `Danrem 121/… Brigjen TNI X menegaskan`; an institution as subject).
//
// After the clause-level rules (mood, frames, scope; tuned on the tuning part only, and checked for false
// alarms on 1,464 real news sentences of ../shared/ner-dev and on every fixture folder):
//   tune 55/64 = 0.859 strict and scheme (57 found: 55/57 = 0.965 of those found), speaker 55/62
//   held 26/32 = 0.813 strict and scheme (29 found: 26/29 = 0.897 of those found), speaker 28/29  (scored once)
// The tuning part's two type misses are threats in idiom (`Tinggal menunggu waktu saja`, `akan kami cari
// sampai dapat`), left alone; the rest are statements the pipeline does not find (attribution, not type).
//
// After the clause-level rules of the third set (statement-types-types3.test.ts; negation scope, denial by a
// negated existential, reminders, generic subjects, the object-fronted future …): tune 56/64 = 0.875 (the
// negation now ends at `netral` in `yang terbukti tidak netral akan diproses`), held 26/32 (totals only).
//
// REGIONAL_REPORT=1 prints the tuning part's problems (REGIONAL_REPORT=held the held-out part's, for a final
// report only).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTypedRows, scoreTypedRows } from './statements-portal.js';

const rows = loadTypedRows(fileURLToPath(new URL('../../fixtures/statements/types/regional.tsv', import.meta.url)));
/** The scheme counts appeal and instruction as one type. */
const schemeType = (t: string): string => (t === 'instruction' ? 'appeal' : t);

function score(held: boolean): { strict: ReturnType<typeof scoreTypedRows>; scheme: number; n: number } {
  const part = rows.filter((r) => r.held === held);
  const strict = scoreTypedRows(part);
  // the scheme score: a row is right when its found type and gold agree up to appeal/instruction
  const scheme = strict.rows - strict.problems.filter((p) => / ← /u.test(p) && !sameUnderScheme(p)).length - (strict.rows - strict.found);
  return { strict, scheme, n: part.length };
}
/** A type problem line reads `n: gold ← found [cues]: …`. */
function sameUnderScheme(problem: string): boolean {
  const m = /^\d+: (\w+) ← (\w+) /u.exec(problem);
  return m !== null && schemeType(m[1]!) === schemeType(m[2]!);
}

const tune = score(false);
const held = score(true);
const report = process.env['REGIONAL_REPORT'];
for (const [name, s] of [['tune', tune], ['held', held]] as const) {
  if (!report || (report === 'held') !== (name === 'held')) continue;
  console.log(`${name}: strict ${s.strict.rightType}/${s.n}, scheme ${s.scheme}/${s.n} (found ${s.strict.found}), ` +
    `speaker ${s.strict.rightSpeaker}/${s.strict.speakers}`);
  for (const p of s.strict.problems) console.log(`  ${p}`);
}

describe('regional statements: the set', () => {
  it('96 typed statements, a third held out', () => {
    expect(rows.length).toBe(96);
    expect(rows.filter((r) => r.held).length).toBe(32);
    for (const r of rows) expect(['sanction', 'warning', 'commitment', 'instruction', 'appeal', 'assessment', 'other']).toContain(r.type);
  });
});

describe('regional statements: floors', () => {
  it('tuning part: types ≥ 0.85 (strict and scheme), speakers ≥ 0.88', () => {
    const problems = tune.strict.problems.join('\n');
    expect(tune.strict.rightType / tune.n, problems).toBeGreaterThanOrEqual(0.85);
    expect(tune.scheme / tune.n, problems).toBeGreaterThanOrEqual(0.85);
    expect(tune.strict.rightSpeaker / tune.strict.speakers, problems).toBeGreaterThanOrEqual(0.88);
  });
  it('held-out part: types ≥ 0.81 (strict and scheme), speakers ≥ 0.96', () => {
    // (no problem list: the held-out part is not read while tuning)
    expect(held.strict.rightType / held.n).toBeGreaterThanOrEqual(0.81);
    expect(held.scheme / held.n).toBeGreaterThanOrEqual(0.81);
    expect(held.strict.rightSpeaker / held.strict.speakers).toBeGreaterThanOrEqual(0.96);
  });
});
