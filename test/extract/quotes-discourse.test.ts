// Quotes given to the right speaker on the third attribution set (fixtures/statements/quotes/discourse.txt,
// issue 22): 24 articles in the discourse shapes the earlier sets hold least (see the fixture's header for
// the shapes and the conventions: `X melalui Kasi Humas Y` is Y; a document's words have no speaker; an
// interview's answers are the interviewee's). Every third article (03, 06, …, 24) is held out of tuning.
// Scored as the first set (test/extract/quotes-devset.ts).
//
// Blind score (branch `quotes` at 301f0a9 = main, before any rule was changed for this set):
//   tuning   (16 articles, 83 gold): recall 0.843 (70/83), precision 0.986, right speaker 0.886 (62/70)
//   held-out ( 8 articles, 39 gold): recall 0.744 (29/39), precision 1.000, right speaker 0.862 (25/29)
// The misses, read on the tuning part only: a pronoun (`imbuhnya`, `Dirinya`) given to a person named in
// between as an object or inside the last speaker's reported speech (`disebutnya`); a person after a title and
// relative clauses in apposition (`Sekda X yang juga …, yang pada …, Drs. H. Nama, M.Si,`) not linked to the
// short name; `Ketua Bawaslu KSB tersebut` (the region written another way); a quote paragraph before `X
// mengatakan hal itu saat …` or after `X menjelaskan:`; a fronted `Saat dikonfirmasi, …` hiding the subject;
// an institution subject before `melalui …`/`dalam rilisnya`; a document's words (`tertulis, "…"`) dropped;
// interview answers without quote marks; reporting verbs membantah, menimpali.
//
// After the rules of this change (general: a passive -nya verb's agent is named before its sentence,
// relative-clause apposition, the region's written forms, paragraph-level attribution, fronted clauses,
// adjuncts after an institution, document verbs, interview layout; no fixture name):
//   tuning   (16 articles, 83 gold): recall 0.964 (80/83), precision 1.000, right speaker 0.975 (78/80)
//   held-out ( 8 articles, 39 gold): recall 0.872 (34/39), precision 1.000, right speaker 0.882 (30/34),
//                                    scored once, never read
// Left: `Dirinya mengatakan` after `Tudingan itu dilontarkan anggota DPRD, X` (19: a reader resolves it by
// content). A rule keeping the last speaker's pronoun from a person named as an object (`… memanggil X`)
// fixed nothing here and lowered the lead's check set (never read) from 29/33 to 28/33: an object is as often
// a new participant who speaks next (`menghadirkan narasumber X`), so it was dropped. Also left: `memastikan`
// without `bahwa`/`akan` (17), a party written with its acronym in brackets before an adjunct (11).
// The floors below pin these levels. Then (quotes3, 2026-12-06: reporting verbs that usually take an object report
// a clause after them without `bahwa`; test/extract/quotes-quotes3.test.ts) held-out recall 0.897 (35/39), right
// speaker 0.943 (33/35), scored, never read; the held-out pins raised. Then (quotes4, 2026-12-06: a subject
// pronoun after a claim's passive agent keeps the reporting speaker's chain; test/extract/statements-quotes4.test.ts)
// 19's `Dirinya mengatakan` and the quote after it right: tuning right speaker 1.000 (81/81); held-out unchanged.
//
// DISCOURSE_REPORT=1 prints the tuning part's problems (DISCOURSE_REPORT=held the held-out part's, for a final
// report only: the held-out articles are never read while tuning).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDevSet, reportParts, scoreDevSet, summary } from './quotes-devset.js';

const FILE = fileURLToPath(new URL('../../fixtures/statements/quotes/discourse.txt', import.meta.url));
const all = loadDevSet(FILE);
const tune = scoreDevSet(all.filter((a) => !a.held));
const held = scoreDevSet(all.filter((a) => a.held));
reportParts('DISCOURSE_REPORT', tune, held);

describe('quotes discourse set', () => {
  it('reads 24 articles, 8 held out, each with gold', () => {
    expect(all.length).toBe(24);
    expect(all.filter((a) => a.held).length).toBe(8);
    for (const a of all) expect(a.statements.length, a.num).toBeGreaterThan(0);
  });
});

describe('quotes discourse set: floors', () => {
  const t = summary(tune);
  const h = summary(held);
  it('tuning part: recall ≥ 0.96, precision 1.00, right speaker 1.00', () => {
    expect(t.recall, tune.problems.join('\n')).toBeGreaterThanOrEqual(0.96);
    expect(t.precision, tune.problems.join('\n')).toBeGreaterThanOrEqual(1);
    expect(t.speaker, tune.problems.join('\n')).toBeGreaterThanOrEqual(1);
  });
  it('held-out part: recall ≥ 0.89, precision 1.00, right speaker ≥ 0.94', () => {
    // (no problem list: the held-out articles are not read while tuning)
    expect(h.recall).toBeGreaterThanOrEqual(0.89);
    expect(h.precision).toBeGreaterThanOrEqual(1);
    expect(h.speaker).toBeGreaterThanOrEqual(0.94);
  });
});
