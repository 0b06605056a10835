// Statements on the check14 blind sets (issue 22):
//   fixtures/statements/quotes/check14.txt  14 articles, 133 gold statements (direct and reported) with speakers;
//   fixtures/statements/types/check14.tsv   60 typed paragraphs with their speakers.
// Written blind by check14a on 2026-12-07 (fixtures and gold by hand, types under the decision rules of
// src/lexicon/statement-types.ts, committed BEFORE any run of the tool on them). The articles are those of
// fixtures/officials/check14 (the same text), weighted towards sanction decisions and their appeals, a DPRD hearing,
// village heads under their regional titles, teacher and health-worker ASN, campaign and party officials answering a
// report, a Q&A interview without quote marks and a long feature with a quote running over two paragraphs; outlets: a
// Riau daily, a DPRD hearing report, a Polres page ("X melalui Kasat Reskrim Y mengatakan", "ungkap Kasat"), a TV site,
// a radio site, a WordPress site with doubled apostrophes and hard wraps inside quotes, a regional daily, a Diskominfo
// portal, an interview, a PTUN report, a Kodim page, an e-paper page, a national wire where the institution counts, a
// feature. The typed rows come from regions earlier type sets used least (North Sumatra, Jambi, the Kalimantans,
// Sulawesi, Maluku, the Papuas, NTT, Bali, smaller Java kabupaten), with four speakerless paragraphs. Never shown to the
// engineers tuning attribution or types; every row and article is held out. CHECK14_REPORT=1 prints the figures and
// the problems (read them only for a final report).
//
// Fixtures and gold committed in 94e8252 before any run. Blind score on db14538 (branch check14a's src/ is main at
// db14538, unchanged; scored once on 2026-12-07 04:15 UTC):
//   types 45/60 = 0.750 (53 found; 45/60 also with appeal and instruction as one type), speaker of the typed rows
//   52/56 = 0.929;
//   articles: recall 119/133 = 0.895, precision 0.967 (4 spurious, 0 forbidden), right speaker 113/119 = 0.950.
//   Two gold fragments keep the reporting verb ("mencatat …", an institution's count, articles 09 and 13), against
//   the format's convention; left as written. Counted as meant: recall 120/133 = 0.902, precision 0.976, right
//   speaker 114/120 = 0.950.
// Kinds of error: statements: an interview's answers given to a division coordinator named in the lead's "didampingi"
//   clause rather than to the interviewee the lead introduces first (4); a reported statement followed by a quote in
//   the same paragraph not found (three times: "menjelaskan untuk PPPK …", "menjelaskan keputusan itu …",
//   "mengungkapkan para pelapor …"); reported statements of speakers introduced with a degree written without its last
//   dot ("…, M.AP, menjelaskan …") or with a title without region ("Kepala Dinas Kesehatan, dr. Name, menyampaikan …")
//   not found; a reported statement after a relative
//   clause ("…, yang dikonfirmasi secara terpisah menyatakan siap …") not found; "memastikan …" in an article's last
//   paragraph (the kind check10 and check12 saw) and "membenarkan <noun phrase>" (the kind check12 saw) not found; an
//   institution's count frame in a lead not found (09; in 13 its content was found, the gold keeps the verb); a
//   subject split from its verb by an inserted "menurut dia" found without the subject; "mengapresiasi …" not taken
//   and the next sentence's "ia" given to the previous paragraph's speaker; "X melalui Kasat Reskrim Y mengatakan"
//   given to X; a quote with doubled apostrophes after "belum mau banyak bicara." lost; a narrated finding in a lead
//   ("setelah Bawaslu … menyatakan dia terbukti …") taken as the accused's statement. Typed rows: no statement for a
//   speakerless sanction with the sanctioning official as agent, an institution recommending sanctions ("Bawaslu
//   Kabupaten X telah merekomendasikan …"), an institution's count ("mencatat 17 …"), a circular's passive
//   prohibition, speakerless "diminta agar" and "diharapkan", and a Ketua KPU's "menjamin"; sanctions named as nouns in
//   a quote ("penundaan kenaikan gaji berkala", "keputusan penurunan jabatan … sudah diserahkan") typed warning; a
//   dismissal typed from its "setelah" clause (commitment, cue "deklarasi"); a report to BKN under a generic subject
//   ("ASN yang kedapatan … akan langsung dilaporkan ke BKN") and "Siapa pun … yang ketahuan …, dana kampungnya kami
//   tahan" typed other; "tidak akan segan memeriksa" typed commitment; "akan kami tindak lanjuti" typed warning (the
//   kind check12 saw); the regional title "hukum tua" read as the sanction cue "dihukum" (and the speaker given as
//   "Tua Tumaluntung").
// Floors pinned a hair below the blind figures. No gold was changed after the run.
import { describeStatementsCheckSet } from './statements-checkset.js';

describeStatementsCheckSet({
  name: 'check14',
  quotes: 'quotes/check14.txt',
  types: 'types/check14.tsv',
  articles: 14,
  statements: 133,
  rows: 60,
  reportEnv: 'CHECK14_REPORT',
  // After round 13's merges (2026-12-07, 13928b2): recall 0.902 (120/133), precision 0.968, right speaker 0.950
  // (114/120), types 47/60 = 0.783, typed speakers 53/56 (blind at db14538: 0.895, 0.967, 0.950, 45/60, 52/56).
  // Round 14 (quotes12): recall 0.902 → 0.947 (126/133), precision 0.968 → 0.992 (spurious 4 → 1), right speaker
  // 0.950 → 1.000 (126/126); types and typed speakers unchanged (47/60, 53/56). Floors raised.
  // types12 (round 14, the set released for tuning): types 47/60 = 0.783 (f3c57f0) → 53/60 = 0.883; the seven left
  // are six rows with no statement (four speakerless paragraphs, an institution recommending and one counting: the
  // attribution's) and one whose statement is the `setelah` clause's content (the attribution's span).
  // types13 (round 15): types 53/60 (d687d47) → 58/60 = 0.967, typed speakers 53/56 → 54/56 (speakerless paragraphs
  // and an institution recommending: act-report.ts); left: the recorded count (no statement by decision) and row 3.
  floor: { recall: 0.94, precision: 0.99, speaker: 0.995, types: 0.96, typedSpeaker: 0.95 },
});
