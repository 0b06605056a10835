// Statements on the check24a blind set: attribution on fixtures/statements/quotes/check24a.txt (the 14 articles of
// fixtures/officials/check24a, 93 gold statements) and statement types on fixtures/statements/types/check24a.tsv (60
// typed paragraphs), both written by hand by check24a on 2026-12-07 BEFORE any run of the tool on them.
// Headers of the two fixtures say what they hold, and which type rules were unclear. Every article and row is held
// out. CHECK24A_REPORT=1 prints the figures and the problems (for a final report only).
//
// Fixtures and gold committed in b071a99 before any run. Blind score on 762eec7 (src/ unchanged; scored once on
// 2026-12-07 18:46 UTC): attribution recall 0.925 (86/93), precision 1.000 (0 spurious, 0 forbidden), right speaker
// 0.977 (84/86); types 46/60 = 0.767 (found 55; under the scheme 46/60), typed speakers 53/53.
// Kinds of error, attribution: a transcript whose answers are labelled by the speaker's name ("Arsyad: Media sosial,
// jauh di atas …" after "Penyiar: …?") yields none of its four answers; an institution as subject with a frame and a
// date before the verb ("Bawaslu <Regency> dalam keterangan tertulisnya, Senin (7/10/2024), menyatakan telah
// memanggil …") missed; a rank, name and degree before "memastikan" ("Kapolres <Regency> AKBP <Name>, S.H., memastikan
// personelnya siap …") missed; a question on a noun object ("mempertanyakan dasar pelantikan pejabat …") missed, the
// kind check20 named. Wrong speakers: a descriptive subject with a nickname ("Pria yang akrab disapa Bang <Nick> itu
// meminta …") given to "Pria"; a quote closed by "ujar kepala suku <Tribe>, <Name>" (a lower-case title that is no
// office) given by the bare-title rule to a Plh Kepala Dinas named before.
// Kinds of error, types: five speakerless rows found no statement (a tunjangan "telah dipotong" in the passive, an
// ikrar by 86 kepala desa "berikrar netral", a circular's "menyebutkan … akan dilaporkan ke BKN", a demotion "kini
// hanya menjadi staf pelaksana", a figure "tercatat tiga orang"; the first four of kinds check18 to check22 named);
// threats without a sanction word typed other ("namanya langsung saya coret dari daftar promosi" after "Kalau ada …",
// "urusannya nanti dengan Propam. Pangkat tidak akan menolong"); a sanction reported without the usual words typed
// other ("pembayaran honor … distop sejak Oktober") or warning ("BKN sudah membekukan data kepegawaian … yang
// rekomendasi sanksinya belum dijalankan": the sanction noun inside the relative clause read as a threat; the header
// names the row unclear); the dare "bersiaplah. Pencairan dana desanya kami tunda" typed sanction (gold warning);
// "mendorong pemerintah kabupaten membuka kotak pengaduan …" typed other (gold appeal; the act verb "mendorong" not
// counted, the kind check20 named; the row echoes check20's wording more than it should); "Tidak usah ragu melapor … Nama pelapor tidak akan kami buka" typed
// commitment by its second sentence (gold appeal; a reader may hesitate); declared even-handedness ("tetap terbuka
// untuk tim semua pasangan calon, tidak ada yang kami istimewakan") typed assessment (gold commitment, named unclear);
// requirements with "harus" typed instruction (gold other, named unclear).
// Floors pinned a hair below the blind figures. No gold of this set was changed after the run.
// Released in round 18: types16 raised the types floor 0.76 -> 0.88 (47/60 -> 53/60: facing a sanctioning body, the
// consequence a dare announces, requirements with "harus", pay "distop", "Tidak usah ragu melapor" an appeal,
// "membekukan data kepegawaian" a sanction act).
import { describeStatementsCheckSet } from './statements-checkset.js';

describeStatementsCheckSet({
  name: 'check24a',
  quotes: 'quotes/check24a.txt',
  types: 'types/check24a.tsv',
  articles: 14,
  statements: 93,
  rows: 60,
  reportEnv: 'CHECK24A_REPORT',
  // round 18 (released): quotes16 recall 0.925 -> 1.000, speaker 0.977 -> 0.989; types16 types 47 -> 53/60: floors raised
  // round 19 (types17): types 53 -> 55/60 (row 37, '…, tidak ada yang kami istimewakan': commitment, equal treatment declared;
  // row 8, 'Kalau ada kepala sekolah yang …, namanya langsung saya coret dari daftar': warning, the conditional exclusion):
  // types floor 0.88 -> 0.91
  // round 19 (quotes17): speaker 0.989 -> 1.000 ('Pria yang akrab disapa Bang Fikri itu meminta …' is the Pj Bupati's): 0.98 -> 0.99
  floor: { recall: 0.99, precision: 0.99, speaker: 0.99, types: 0.91, typedSpeaker: 0.99 },
});
