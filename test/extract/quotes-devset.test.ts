// Quotes found and given to the right speaker on the development set of issue 22
// (fixtures/statements/quotes/articles.txt): 66 short articles written for it, every third one held out of
// tuning. Recall: gold statements found (every fragment in one output statement); precision: output
// statements that are gold (optional ones aside); speaker: found statements whose speaker is the gold
// person (the full name as first introduced), honorifics, degrees and ranks aside.
//
// Blind score (the code of main at de9e2d3, before any rule was changed for this set):
//   tuning   (44 articles, 128 gold): recall 0.852, precision 0.982, right speaker 0.752 (82/109)
//   held-out (22 articles,  66 gold): recall 0.803, precision 0.964, right speaker 0.717 (38/53)
// The misses, read on the tuning part only: a nickname or a bare surname kept as the speaker's name
// instead of the person introduced (`Rafi`, `Gus Irah`, `Agus` for `Agus Salim Fadli`), reported speech
// after a pronoun or a noun phrase (`Dirinya`, `Beliau`, `Dosen … itu menyebut`, `menyebut` without `bahwa`),
// a speaker after a long apposition (`X, yang sejak … menjabat …, mengatakan`), `kata mantan Camat
// Pujut tersebut` and `Demikian disampaikan X` in the paragraph after the quote.
//
// After the rules of this change (a discourse model: persons in apposition and at sentence start, nicknames
// the text gives, short names to the person named in full, title tails, attributions in the next paragraph,
// unclosed quotations closed by their attribution; see src/extract/statements/discourse.ts):
//   tuning   (44 articles, 128 gold): recall 0.984, precision 0.977, right speaker 1.000 (126/126)
//   held-out (22 articles,  66 gold): recall 0.939, precision 0.969, right speaker 0.952 (59/62), scored once
// The floors below pin these levels.
//
// QUOTES_REPORT=1 prints the tuning part's problems (QUOTES_REPORT=held the held-out part's, for the final
// report only: the held-out articles are never read while tuning).
import { describe, expect, it } from 'vitest';
import { loadDevSet, sameSpeaker, scoreDevSet, summary } from './quotes-devset.js';

const all = loadDevSet();
const tune = scoreDevSet(all.filter((a) => !a.held));
const held = scoreDevSet(all.filter((a) => a.held));
const report = process.env['QUOTES_REPORT'];
for (const [name, s] of [
  ['tuning', tune],
  ['held-out', held],
] as const) {
  const m = summary(s);
  if (report && (report === 'held') === (name === 'held-out')) {
    console.log(
      `${name}: ${s.articles} articles, ${s.gold} gold; recall ${m.recall.toFixed(3)} precision ${m.precision.toFixed(3)} ` +
        `right speaker ${m.speaker.toFixed(3)} (${s.rightSpeaker}/${s.found}); forbidden ${s.forbidden}`,
    );
    for (const p of s.problems) console.log(`  ${p}`);
  }
}

describe('quotes dev set: scorer', () => {
  it.each([
    ['H. Ahmad Zaini, S.Sos', 'Ahmad Zaini', true],
    ['AKBP Sarwono Adi', 'Sarwono Adi', true],
    ['Rafi', 'Muhammad Rafi', false],
    ['Ahmad Zaini Kepala', 'Ahmad Zaini', false],
    [null, null, true],
    ['Hamdani', null, false],
    [null, 'Hamdani', false],
  ])('sameSpeaker(%s, %s) = %s', (out, gold, want) => {
    expect(sameSpeaker(out, gold)).toBe(want);
  });

  it('reads 66 articles, a third held out, each with gold', () => {
    expect(all.length).toBe(66);
    expect(all.filter((a) => a.held).length).toBe(22);
    for (const a of all) expect(a.statements.length, a.num).toBeGreaterThan(0);
  });
});

describe('quotes dev set: floors', () => {
  const t = summary(tune);
  const h = summary(held);
  it('tuning part: recall ≥ 0.98, precision ≥ 0.97, right speaker ≥ 0.99', () => {
    expect(t.recall, tune.problems.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(t.precision, tune.problems.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(t.speaker, tune.problems.join('\n')).toBeGreaterThanOrEqual(0.99);
  });
  // quotes6 (held part released for tuning): before (1249bba) held recall 0.939 (62/66), right speaker 0.968
  // (60/62); after the reporting verbs completed as a class and degrees after a name skipped: recall 0.985
  // (65/66), right speaker 1.000 (65/65).
  it('held-out part: recall ≥ 0.98, precision ≥ 0.96, right speaker ≥ 0.99', () => {
    // (no problem list: the held-out articles are not read while tuning)
    expect(h.recall).toBeGreaterThanOrEqual(0.98);
    expect(h.precision).toBeGreaterThanOrEqual(0.96);
    expect(h.speaker).toBeGreaterThanOrEqual(0.99);
  });
});
