// Quotes given to the right speaker on the fourth attribution set (fixtures/statements/quotes/quotes3.txt,
// issue 22): 24 articles in the shapes the earlier sets hold least (regional dailies, government portals, TV and
// wire copy outside NTB; reporting verbs without `bahwa`, `berjanji`, rank + unit subjects, institution subjects,
// back-references across paragraphs, a speaker named after the quote, long appositions, quotes over paragraphs,
// mixed marks, interviews). Every third article (03, 06, …, 24) is held out of tuning. Scored as the first set
// (test/extract/quotes-devset.ts).
//
// Blind score (branch `quotes3` at 032e53e = main, before any rule was changed for this set):
//   tuning   (16 articles, 64 gold): recall 0.766 (49/64), precision 1.000, right speaker 0.959 (47/49)
//   held-out ( 8 articles, 32 gold): recall 0.813 (26/32), precision 1.000, right speaker 0.846 (22/26)
//   all      (24 articles, 96 gold): recall 0.781 (75/96), right speaker 0.920 (69/75)
// The misses, read on the tuning part only: a reporting verb that usually takes a plain object (`menyampaikan`,
// `menjelaskan`, `mengungkapkan`, `menyebutkan`) followed by its content without `bahwa` (11 of 15); a fronted
// adjunct (`Senada, Dandim 0718/Pati Letkol Inf Nama mengatakan`) read as the speaker; doubled apostrophes
// inside a straight quotation closing it; `berjanji`, `menjawab bahwa`, `balas Sekda`.
//
// After the rules of this change (general grammar, none naming a fixture's words: the content of such a verb is
// reported when it reads as a clause, a predicate word or a passive after its subject before a relative clause
// or preposition; doubled apostrophes nest in a straight quotation; a titled official named wholly after a
// fronted adjunct is the subject; a pronoun subject keeps the speaker chain over a person it names as object;
// the verbs berjanji, menjawab, balas, tulis):
//   tuning   (16 articles, 64 gold): recall 0.938 (60/64), precision 1.000, right speaker 1.000 (60/60)
//   held-out ( 8 articles, 32 gold): recall 0.969 (31/32), precision 1.000, right speaker 0.871 (27/31),
//                                    scored, never read
// Left (tuning): content with no predicate word (`menjelaskan tingkat tindak lanjut … baru sekitar 70 persen`),
// an active verb after a noun subject (`mengungkapkan laporan … meningkat tajam`, `menyampaikan pemkab
// mendukung …`: `menyampaikan materi menjaga …` has the same shape), a relative clause inside the subject
// (`menyebutkan dari 41 laporan yang diterima, 23 …`). An intransitive `ber-` verb as a predicate found one
// more in the first set's tuning part and added a spurious statement in its held-out part: dropped.
// The floors below pin these levels. Then (quotes4, 2026-12-06: content with a relative clause in its subject,
// a part or measure subject, an active verb after a demonstrative, a verb of change, an institution subject;
// test/extract/statements-quotes4.test.ts) the three left above and `pemeriksaan … yang diduga … sudah berjalan`
// found: tuning recall 1.000 (64/64), right speaker 1.000; held-out recall 1.000 (32/32), right speaker 0.875
// (28/32), scored, never read; recall pins raised. Then (quotes4c rules: a claim's passive agent, a long title
// clause with a relative clause, an interview's interviewee) held-out right speaker 0.969 (31/32), scored,
// never read; pin raised.
//
// QUOTES3_REPORT=1 prints the tuning part's problems (QUOTES3_REPORT=held the held-out part's, for a final
// report only: the held-out articles are never read while tuning).
import { fileURLToPath } from 'node:url';
import { describeHeldOutSet } from './quotes-devset.js';

describeHeldOutSet({
  name: 'quotes set 4 (quotes3)',
  file: fileURLToPath(new URL('../../fixtures/statements/quotes/quotes3.txt', import.meta.url)),
  report: 'QUOTES3_REPORT',
  articles: 24,
  held: 8,
  // round 18 (lowered, a trade): quotes16's `mempertanyakan` + noun object reads 11's "Wahyu Hidayat, mempertanyakan
  // lambatnya tindak lanjut laporan masyarakat." as a statement of its object ("lambatnya tindak lanjut …"); the gold
  // allows it only as an optional fragment that includes the verb, so it counts as spurious here, while check20,
  // check22 and check24a count this shape as a statement: precision 1 -> 0.98 (64/65)
  tune: { recall: 1, precision: 0.98, speaker: 1 },
  heldOut: { recall: 1, precision: 1, speaker: 0.96 },
});
