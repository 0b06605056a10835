// Statements on the check26a blind set: attribution on fixtures/statements/quotes/check26a.txt (the 14 articles of
// fixtures/officials/check26a, 90 gold statements) and statement types on fixtures/statements/types/check26a.tsv (60
// typed paragraphs), both written by hand by check26a on 2026-12-07 BEFORE any run of the tool on them.
// Headers of the two fixtures say what they hold, and which type rules were unclear. Every article and row is held
// out. CHECK26A_REPORT=1 prints the figures and the problems (for a final report only).
//
// Fixtures and gold committed in 7fe0350 before any run. Blind score on bb3e10a (src/ unchanged; scored once on
// 2026-12-07 21:56 UTC): attribution recall 0.922 (83/90), precision 1.000 (0 spurious, 0 forbidden), right speaker
// 0.988 (82/83); types 46/60 = 0.767 (found 56; under the scheme 46/60), typed speakers 54/54.
// Kinds of error, attribution (every miss has a speaker named before or around it; no quote closer failed): a descriptive
// subject with a nickname and "itu" ("Dalam arahannya, Pj Bupati yang akrab disapa Pak <Nick> itu meminta …", missed;
// check24a's "Pria yang akrab disapa …" was given to "Pria"); a frame before a long spelled-out title ("Usai apel,
// Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia <Regency>, <Name>, menjelaskan …"); "memastikan" as the
// reporting verb after a rank and name ("Kapolsek <Kecamatan>, Iptu <Name>, memastikan situasi … aman") and after "Ia"
// following a narrated act in a live page's stamped paragraph ("… memantau pembukaan TPS …. Ia memastikan logistik …"),
// the kind check24a named for "memastikan"; a representative ("Dandim 1701/Jayapura yang diwakili Pasiter Kodim,
// Kapten Inf <Name>, menyampaikan …"); a statement named as a noun ("Pernyataan Pj Bupati HSU, <Name>, bahwa 'ASN harus
// …' patut diapresiasi", in an opinion column); a dialogue answer labelled by adat name words ("La Ode: …", where the
// first-name labels "Sukardi: …" are read). Wrong speaker: the short form "Tanjab Barat" read as a person (see the
// officials file) takes the Ketua Bawaslu's reported statement.
// Kinds of error, types: four speakerless rows found no statement (a lurah "telah dicopot … dan dipindahkan menjadi
// staf" with a long subject, honorers who "tidak lagi menerima honor", a circular's "menyebutkan … akan dikenai
// pemberhentian sementara", "92 camat dan lurah … menandatangani pakta integritas"; kinds check18 to check24a named);
// threats read as the speaker's side's future: a report to the BKN after "Kalau ada …" ("saya sendiri yang akan antar
// berkasnya ke BKN") and a generic subject with a negated future ("Camat yang memihak tidak akan saya pertahankan")
// typed commitment, and a threat by "minta … kembali" ("besoknya kunci mobil itu saya minta kembali") typed
// instruction; a request carrying a pledge verb ("Camat, tolong pastikan …") typed commitment (gold instruction);
// a loss of post without a sanction word ("kini tidak lagi menjabat kepala sekolah") typed other; a negated finding
// ("tidak ada satu pun ASN … yang terbukti melanggar") and a judgement by "sulit dipantau karena …" typed other (gold
// assessment); a figure with "tercatat … sebagian besar" and logistics "disiagakan … karena … rawan banjir rob" typed
// assessment (gold other); recording a generic offender ("tetap kami catat. Cuti bukan tiket …") typed warning (gold
// assessment; the header names the row unclear, a reader may agree with the tool).
// Gold slips noticed: none certain; row 26 (named unclear in the header) is the one a reader may type otherwise.
// Floors pinned a hair below the blind figures. No gold of this set was changed after the run.
import { describeStatementsCheckSet } from './statements-checkset.js';

describeStatementsCheckSet({
  name: 'check26a',
  quotes: 'quotes/check26a.txt',
  types: 'types/check26a.tsv',
  articles: 14,
  statements: 90,
  rows: 60,
  reportEnv: 'CHECK26A_REPORT',
  // recall raised 0.92 -> 0.97 by quotes18 (released set): 83/90 -> 88/90 (paradigm20 A-D); types raised 0.76 -> 0.81 by
  // types18 (49/60 after its threat rules)
  floor: { recall: 0.97, precision: 0.99, speaker: 0.98, types: 0.81, typedSpeaker: 0.99 },
});
