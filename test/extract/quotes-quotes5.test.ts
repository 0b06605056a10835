// Quotes given to the right speaker on the eighth attribution set (fixtures/statements/quotes/quotes5.txt,
// issue 22): 18 articles from outlets outside Java and NTB in the kinds the lead's notes list as still failing on
// text never seen. Every third article (03, 06, …, 18) is held out of tuning. Scored as the first set
// (test/extract/quotes-devset.ts).
//
// Blind score (branch `quotes5` at d59550f = main, before any rule was changed for this set):
//   tuning   (12 articles, 56 gold): recall 0.857 (48/56), precision 1.000, right speaker 0.833 (40/48)
//   held-out ( 6 articles, 30 gold): recall 0.867 (26/30), precision 1.000, right speaker 0.885 (23/26)
//   all      (18 articles, 86 gold): recall 0.860 (74/86), right speaker 0.851 (63/74)
// The misses, read on the tuning part only: a rank left in the name after a title (`Kepala Staf Kodim …, Mayor Inf
// Nama`); a title-only back-reference in its short form (`kata Kasdim`, `kata Kasatpol PP`, `ujar Kaban
// Kesbangpol`) not read against the title written in full; an order verb with its object and an `untuk` clause
// after a subject with no comma (`… AKBP Nama memerintahkan seluruh kapolsek untuk …`, `Ia juga menugaskan X
// untuk …`, `memerintahkan lurah untuk …`); a document whose issuer is written in its name as the subject of a
// reporting verb (`Surat Edaran Wali Kota X Nomor … itu menyebutkan …`, `Keputusan Bupati X … menyebutkan …`,
// `Edaran yang diteken Nama itu juga mewajibkan …`); an institution subject with an adverb before its verb
// (`Bawaslu X sebelumnya menyebut ada …`); `Dia menambahkan` after an institution spoke, given to the
// institution instead of the last person.
//
// After the rules of this change (test/extract/statements-quotes5.test.ts; grammar only, none naming a fixture's
// words: a title's short form aligned piece by piece with the words of a title written in full; `Kepala Staf
// Kodim/Korem/Kodam` and spelled-out deputy police titles; order verbs whose object is followed by a purpose
// clause, an active verb or a predicate word; a document subject naming its issuer; adverbs of time before the
// verb; a personal pronoun never referring to an institution; a `meN-` verb right after a `marked` reporting
// verb; an acronym followed by place or office words as an institution):
//   tuning   (12 articles, 56 gold): recall 1.000 (56/56), precision 1.000, right speaker 1.000 (56/56)
//   held-out ( 6 articles, 30 gold): recall 0.967 (29/30), precision 1.000, right speaker 0.897 (26/29),
//                                    scored, never read
// The same rules (and the later ones below: a part subject with a preposition of topic, a superlative subject,
// ranks left out of stated names, an office word with its place as an institution) added, on the other fixture
// folders, ten statements (seven distinct; the rest copies in fixtures/stories), each right: four order verbs'
// content, `Wagub mengingatkan bahwa …` given to the deputy governor, `BKD NTB mencatat ada …`, `Inspektorat
// Kota Mataram mencatat …` and `Panwascam Tanjung menyatakan akan …` given to those institutions; nothing
// changed on a 2,000-article bench corpus. The held-out parts of
// quotes3 rose from 0.969 to 1.000 right speaker (31/32 → 32/32); quotes4, 4b and 4c held parts unchanged.
// The floors below pin these levels.
//
// QUOTES5_REPORT=1 prints the tuning part's problems (QUOTES5_REPORT=held the held-out part's, for a final
// report only: the held-out articles are never read while tuning).
import { fileURLToPath } from 'node:url';
import { describeHeldOutSet } from './quotes-devset.js';

describeHeldOutSet({
  name: 'quotes set 8 (quotes5)',
  file: fileURLToPath(new URL('../../fixtures/statements/quotes/quotes5.txt', import.meta.url)),
  report: 'QUOTES5_REPORT',
  articles: 18,
  held: 6,
  tune: { recall: 1, precision: 1, speaker: 1 },
  heldOut: { recall: 0.96, precision: 1, speaker: 0.89 },
});
