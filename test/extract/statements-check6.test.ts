// Statements on the check6 blind sets (issue 22):
//   fixtures/statements/quotes/check6.txt  14 articles, 85 gold statements (direct and reported) with speakers;
//   fixtures/statements/types/check6.tsv   63 typed paragraphs with their speakers.
// Written blind by check6a on 2026-12-06 (fixtures and gold by hand, types under the decision rules of
// src/lexicon/statement-types.ts, BEFORE any run of the tool on them), in the style of Aceh, Jambi, Bengkulu, Lampung,
// West Java, Banten, Central and East Java, Bali, NTT, North Kalimantan and Central Sulawesi outlets: provincial
// dailies, kota portals, Bawaslu, Polres and Kodim releases, a radio-station site, a national wire with escaped marks,
// a WordPress site with doubled apostrophes and hard wraps, a party's complaint, a TV site, a DPRD hearing; the typed
// rows from regions no earlier type set used. Never shown to the engineers tuning attribution or types; every row and
// article is held out. CHECK6_REPORT=1 prints the figures and the problems (read them only for a final report).
//
// Blind score on 1249bba (branch check6a's src/ is main at 1249bba, unchanged; scored once on 2026-12-06 14:16 UTC):
//   types 61/63 = 0.968 (63 found; 61/63 also with appeal and instruction as one type), speaker of the typed rows
//   61/63 = 0.968;
//   articles: recall 76/85 = 0.894, precision 1.000 (0 spurious, 0 forbidden), right speaker 63/76 = 0.829.
// Kinds of error: reported speech not found for institutions as speakers (a Bawaslu's release "… menyatakan", a
// ministry "… meminta"), after "melarang" as the reporting verb, after "menjelaskan" followed by "dari N …", after
// "berjanji" behind "saat dikonfirmasi,", after "melaporkan" behind a Danramil's rank, after "mengaku" behind a long
// apposition with "dari Gampong …", for an anonymous speaker ("Seorang pegawai … yang meminta namanya tidak ditulis
// mengatakan …") and for "Ia menyarankan …" after an opinion; names split by a hard wrap after a degree ("Drs.\nH.
// Name", "Hj. Euis\nKomariah") cut to one part; "Tb." dropped from a speaker's name (the gold keeps it, as check5's
// officials gold did: a reader's call); a quote whose speaker comes only in the next paragraph ("Pernyataan itu
// disampaikan X", "Begitu kata X") given to nobody; a title-only back-reference and "Ia" after another officer had
// spoken ("Dandim kemudian …. Ia menegaskan …", "tegas Dandim", "Menurut dia") given to the other officer or to the
// bare word "Babinsa"; a quote after a second speaker's apposition given to the person before. Typed rows: a
// speaker after a lower-case descriptor ("kata pengamat kebijakan publik Universitas …, Name") not found; a speaker
// after "Danlanal Tual, Letkol Laut (P) Name" taken as "Tual"; a declared neutrality ("Netral. Itu sikap kami …")
// typed other; "kalau …, silakan siap-siap angkat koper" typed appeal where the gold says warning (the lexicon's rule:
// a consequence after a condition threatens).
// Floors pinned a hair below the blind figures. No gold was changed after the run.
// After the seventh session's merges (quotes6, officials6, counts6, clean6, speed6; their engineers tuned on check3/check4 and earlier sets, never read this set): recall 0.929 (79/85), right speaker 0.835 (66/79), types 61/63
// unchanged; floors raised.
// Round 9 (quotes7, tuned on this set's problems, now released): recall 0.929 → 0.988 (84/85), right speaker 0.835 →
// 0.905 (76/84), speaker of the typed rows 61/63 → 63/63, types 61/63 unchanged; floors raised. The errors left are
// names cut by a hard wrap (`Drs.\nH. Dadan`, `Hj. Euis\nKomariah`) and `Tb.` dropped: the officials' name reader.
// Then a sub-count after a `marked` verb (`menjelaskan dari 14 akun itu, sembilan …`): recall 85/85, speaker 77/85.
// Round 10 (clean8: lines hard-wrapped at a fixed width joined again when the next opens with a capital, and names cut
// after "Hj." at a wrap): right speaker 0.941 (80/85, at 8b1d226) → 0.965 (82/85); floor raised.
// Round 10 (quotes8; before on 8b1d226 -> after): types 61/63 -> 62/63 (a stance of the speaker's side); floor
// raised.
import { describeStatementsCheckSet } from './statements-checkset.js';

describeStatementsCheckSet({
  name: 'check6',
  quotes: 'quotes/check6.txt',
  types: 'types/check6.tsv',
  articles: 14,
  statements: 85,
  rows: 63,
  reportEnv: 'CHECK6_REPORT',
  // quotes10 (round 12): types 62/63 (0.984) on 8bfcdec, 63/63 (1.000) after (a permission daring an offender)
  floor: { recall: 0.99, precision: 0.99, speaker: 0.96, types: 0.99, typedSpeaker: 0.99 },
});
