// Statements on the check4 blind sets (issue 22):
//   fixtures/statements/quotes/check4.txt  12 articles, 60 gold statements (direct and reported) with speakers;
//   fixtures/statements/types/check4.tsv   50 typed paragraphs with their speakers.
// Written blind by check4 on 2026-12-06 (fixtures and gold by hand, types under the decision rules of
// src/lexicon/statement-types.ts, BEFORE any run of the tool on them), in the style of kabupaten/kota portals,
// provincial dailies, Bawaslu, Kodim and Polres releases, TV and online wires, a WordPress regional site and
// radio-station sites. Never shown to the engineers tuning attribution or types; every row and article is held out.
// CHECK4_REPORT=1 prints the figures and the problems (read them only for a final report).
//
// Blind score on aef6321 (branch check4's src/ is main at aef6321, unchanged; scored once on 2026-12-06 08:47 UTC):
//   types 46/50 = 0.920 (49 found), speaker of the typed rows 49/50 = 0.980;
//   articles: recall 55/60 = 0.917, precision 1.000 (0 spurious, 0 forbidden), right speaker 50/55 = 0.909.
// Kinds of error: reported speech with "memerintahkan … untuk" after a long title, "menambahkan bahwa" after a rank
// title and "menyatakan menyesalkan" not found; an institution's statement ("KASN menyebut …") and a quote from a
// document ("demikian bunyi poin ketiga surat edaran") not found; a quotation in curly single marks not found; a
// long apposition ("Kepala Bidang Pengembangan Karier dan Disiplin pada …, Name, S.STP., yang …") giving a title
// word as the speaker; a title-only back-reference ("Menurut Kasdim", "tegas perwira menengah itu") given as the
// bare title when the person's own statement was missed; "Ia" after a nickname subject ("Miq Zaini … membantah")
// and "Dia menambahkan" after an institution's sentence resolved to the wrong speaker; types: a conditional report
// to the police typed other (expected warning), a sanction done ("kenaikan pangkat … sudah kami tunda") typed other,
// and "Kami mengajak …. Kalau …, foto dan laporkan …" typed instruction where the gold says appeal (a reader's call:
// the imperative stands in its own sentence, and the rules put orders before appeals; the gold was left as written).
// Floors pinned a hair below the blind figures. No gold was changed after the run.
// After the merges of 2026-12-06's fifth session (quotes4 and types4 never saw this set): unchanged, types 46/50,
// recall 0.917, right speaker 0.909 (50/55): the round's attribution rules did not move this set.
// Round 10 (quotes8; before on 8b1d226 -> after): recall 0.983 (59/60) -> 1.000 (60/60); types 47/50 -> 49/50;
// floors raised.
import { describeStatementsCheckSet } from './statements-checkset.js';

// quotes6 (released for tuning): before (1249bba) recall 0.933 (56/60), right speaker 0.982 (55/56); after the
// statement nouns after `demikian` and three-word content opening with an active verb: recall 0.967 (58/60), right
// speaker 0.983 (57/58); recall floor raised.
// quotes7 (round 9): an institution with its acronym in brackets before the verb (`Komisi Aparatur Sipil Negara
// (KASN) menyebut …`) speaks: recall 0.967 (58/60) → 0.983 (59/60), right speaker 58/58 → 59/59; floors raised.

// After the sixth session's merges (quotes5 was told the kinds of this set's misses, never its text, so attribution here is no longer fully blind): recall 0.933 (56/60), right speaker 0.982 (55/56), types 47/50; floors raised.
describeStatementsCheckSet({
  name: 'check4',
  quotes: 'quotes/check4.txt',
  types: 'types/check4.tsv',
  articles: 12,
  statements: 60,
  rows: 50,
  reportEnv: 'CHECK4_REPORT',
  // types12 (round 14): types 49/50 (f3c57f0) → 50/50 (an office word heading a subject with a relative clause).
  floor: { recall: 0.99, precision: 0.99, speaker: 0.99, types: 1, typedSpeaker: 0.97 },
});
