// Quotes given to the right speaker on the fifth attribution set (fixtures/statements/quotes/quotes4.txt,
// issue 22): 18 articles from outlets outside Java and NTB in the kinds the lead's notes list as failing on
// text never seen (content without a predicate word, verbs with objects after a noun subject, reporting verbs
// outside the common list, a relative clause inside the subject, the speaker after a long apposition,
// title-only back-references after another speaker, nicknames, institutions, pronoun chains, a speaker named
// after the quote). Every third article (03, 06, …, 18) is held out of tuning. Scored as the first set
// (test/extract/quotes-devset.ts).
//
// Blind score (branch `quotes4` at aef6321 = main, before any rule was changed for this set):
//   tuning   (12 articles, 48 gold): recall 0.854 (41/48), precision 1.000, right speaker 0.976 (40/41)
//   held-out ( 6 articles, 26 gold): recall 0.885 (23/26), precision 1.000, right speaker 1.000 (23/23)
//   all      (18 articles, 74 gold): recall 0.865 (64/74), right speaker 0.984 (63/64)
// The misses, read on the tuning part only: reported content after a reporting verb that the attribution rules
// do not take as a clause: a noun phrase with a number and no predicate word (`menjelaskan jumlah ASN ...
// sebanyak 12 orang`), a predicate that is a `ber-`/`ter-` word of relation (`berupa`, `terdiri atas`), an active
// verb with its object after a subject that holds a prepositional phrase (`... di daerahnya melibatkan ...`),
// `memuat`, a relative clause inside the content's subject (`pemeriksaan terhadap camat yang diduga berkampanye
// sudah rampung`), `mencatat` with an institution subject; and a title-only back-reference whose title is the
// abbreviation of the one first written (`kata Kepala BKPSDM itu` after `Kepala Badan Kepegawaian dan
// Pengembangan SDM Gorontalo Utara, Nama`).
//
// After the rules of this change (test/extract/statements-quotes4.test.ts; grammar only, none naming a
// fixture's words: a relative clause inside the content's subject ends at its verb and a predicate word after
// it makes a clause; an active verb after a subject closed by a demonstrative; a part or measure subject
// (`sebagian besar`, `jumlah`) with an active verb or a quantity and a number; `terdiri`, `berjumlah`;
// `mencatat` reporting a clause; a bare title's acronym read against the title written in full):
//   tuning   (12 articles, 48 gold): recall 1.000 (48/48), precision 1.000, right speaker 1.000 (48/48)
//   held-out ( 6 articles, 26 gold): recall 0.885 (23/26), precision 1.000, right speaker 1.000 (23/23),
//                                    scored, never read
// The same rules found on the earlier sets' tuning parts four statements they listed as left (quotes3:
// `pemeriksaan … yang diduga … sudah berjalan`, `tingkat tindak lanjut … baru sekitar 70 persen`, `dari 41
// laporan yang diterima, 23 …`; articles: `sebagian besar kasus berasal dari kabupaten`), each right, and
// changed nothing on a 2,000-article bench corpus. The floors below pin these levels.
//
// QUOTES4_REPORT=1 prints the tuning part's problems (QUOTES4_REPORT=held the held-out part's, for a final
// report only: the held-out articles are never read while tuning).
import { fileURLToPath } from 'node:url';
import { describeHeldOutSet } from './quotes-devset.js';

describeHeldOutSet({
  name: 'quotes set 5 (quotes4)',
  file: fileURLToPath(new URL('../../fixtures/statements/quotes/quotes4.txt', import.meta.url)),
  report: 'QUOTES4_REPORT',
  articles: 18,
  held: 6,
  tune: { recall: 1, precision: 1, speaker: 1 },
  heldOut: { recall: 0.88, precision: 1, speaker: 1 },
});
