// Quotes given to the right speaker on the seventh attribution set (fixtures/statements/quotes/quotes4c.txt,
// issue 22): 12 articles written after the rules for quotes4 and quotes4b (descriptive back-references, a
// pronoun after a passive's agent, two persons of one surname, the speaker after a long apposition, quotes over
// paragraphs with escaped marks, a spokesperson for the head, an interview, `menurut` and `dikatakannya`, a
// quote after a colon, an unnamed source). Every third article (03, 06, 09, 12) is held out of tuning. Scored
// as the first set (test/extract/quotes-devset.ts).
//
// Blind score (branch `quotes4` at the commit that added this set: main aef6321 with the rules written on
// quotes4.txt and quotes4b.txt, before any rule was changed for this set):
//   tuning   ( 8 articles, 28 gold): recall 0.964 (27/28), precision 0.964, right speaker 0.778 (21/27)
//   held-out ( 4 articles, 16 gold): recall 1.000 (16/16), precision 1.000, right speaker 0.938 (15/16)
//   all      (12 articles, 44 gold): recall 0.977 (43/44), right speaker 0.837 (36/43)
// The one spurious statement was a gold omission (`kembali mengingatkan bupati dan wali kota soal larangan
// mutasi …`, an appeal reported like those marked optional in article 01 and in quotes4.txt): marked optional
// after the blind score, as the fixture's other appeals are.
// The misses, read on the tuning part only: an interview whose interviewee is introduced after `berbincang
// dengan` with a long division title, answers given to nobody; a long apposition with a relative clause
// (`Kepala BKD … yang sebelumnya menjabat … dan pernah memimpin …, Dr. Nama, hadir …`) leaving the person
// unknown, so `ia menyebutkan` and `ujarnya` in the next paragraphs name nobody; `Ia mengatakan` after
// `Tudingan itu sebelumnya disampaikan <title>, Nama,` given to that passive's agent, not to the person whose
// denial the article is reporting.
//
// After the rules of this change (test/extract/statements-quotes4.test.ts; grammar only: a title clause holding
// a relative clause without a comma still makes the name after it a person in apposition; a subject pronoun
// after a sentence opening with a claim (`Tudingan itu …`, no back-reference noun) and a passive verb of saying
// keeps the chain of the speaker already reporting, not that passive's agent; an interview's interviewee is the
// official named last before the first question, not the interviewer who is that sentence's subject):
//   tuning   ( 8 articles, 28 gold): recall 1.000 (28/28), precision 1.000, right speaker 1.000 (28/28)
//   held-out ( 4 articles, 16 gold): recall 1.000 (16/16), precision 1.000, right speaker 0.938 (15/16),
//                                    scored, never read
// On the earlier sets the passive-agent rule put discourse.txt 19's `Dirinya mengatakan` (the case its
// engineer left as one a reader resolves by content) and the quote after it with the right speaker; the
// quotes3 held-out part (never read) went from right speaker 0.875 (28/32) to 0.969 (31/32) over these
// changes; nothing else changed on the earlier sets' tuning parts or on a 2,000-article bench corpus.
// The floors below pin these levels.
//
// QUOTES4C_REPORT=1 prints the tuning part's problems (QUOTES4C_REPORT=held the held-out part's, for a final
// report only: the held-out articles are never read while tuning).
import { fileURLToPath } from 'node:url';
import { describeHeldOutSet } from './quotes-devset.js';

describeHeldOutSet({
  name: 'quotes set 7 (quotes4c)',
  file: fileURLToPath(new URL('../../fixtures/statements/quotes/quotes4c.txt', import.meta.url)),
  report: 'QUOTES4C_REPORT',
  articles: 12,
  held: 4,
  tune: { recall: 1, precision: 1, speaker: 1 },
  heldOut: { recall: 1, precision: 1, speaker: 0.93 },
});
