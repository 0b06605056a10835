// Statement types: one documented scheme, decided by ordered rules over the features of a statement's words.
//
// The scheme, with the decision rule a careful reader applies (and the classifier follows):
// - sanction    A sanction REPORTED as imposed or recommended: a sanction act in realis mood ("telah dijatuhi
//               hukuman disiplin", "KASN menjatuhkan sanksi", "sudah kami rekomendasikan ke BKN", "mendapat
//               teguran keras", "dibebaskan dari jabatannya", "sudah kami turunkan pangkatnya"), with no
//               modal, condition, order or appeal before it ("memerintahkan camat mencopot baliho" orders);
//               also a sanction named as a noun and reported ("peringatan tertulis sudah kami layangkan",
//               "mengeluarkan keputusan penundaan kenaikan pangkat"). A figure with it is still a sanction
//               ("tunjangannya kami potong 25 persen", "sudah ada empat ASN yang menerima sanksi"). Denied by
//               a negated existential it is a finding, not a sanction ("belum ada ASN yang dijatuhi sanksi").
//               A sanction noun or an office word heading its clause's subject is reported by the clause's
//               perfect passive however long the subject, when no verb stands between them ("keputusan
//               penurunan jabatan … bagi seorang kepala bidang di dinas pertanian sudah diserahkan",
//               "tunjangan kinerja dua ASN yang terbukti ikut kampanye telah dipotong"; CLAUSE_SUBJECT_REACH);
//               a verb of regulating names a rule ("sanksi … sudah diatur": REGULATING). What an office loses
//               is the complete class: office, rank, pay, allowances, honoraria, the unit's funds ("dana
//               kampungnya kami tahan"), a PPPK's contract ("diputus hubungan perjanjian kerjanya"), and a
//               demotion to a post ("sudah kami turunkan jadi guru biasa": DEMOTED_TO). The sanctioning
//               official as the passive's agent changes nothing ("diberhentikan sementara oleh Bupati X").
//               Scope: a sanction in a temporal clause ("… dibatalkan setelah ada teguran dari dinas") is
//               background, not the statement's act (TEMPORAL_SUBORDINATORS); nor is a title whose word looks
//               like one ("Kami hukum tua se-Kecamatan …", Minahasa's village head: type-titles.ts).
// - warning     A threat of consequences, or a prohibition addressed to others: a sanction or enforcement
//               word that is not reported as done ("akan ditindak", "bisa didiskualifikasi", "Sanksinya
//               tegas"), a prohibition ("dilarang", "jangan", "tidak boleh"), or a refusal of tolerance
//               without any sanction word ("tidak akan memberikan toleransi", "tidak ada kompromi",
//               "tidak segan", "tidak akan ragu menindak"), facing the law ("akan berurusan dengan aparat
//               penegak hukum", "bisa dijerat pidana") or the speaker ("akan berhadapan dengan saya"), or a report to a sanctioning body under a condition
//               ("kalau ketahuan, kami teruskan ke KASN", "kalau …, kami laporkan"). A generic subject is a
//               condition ("siapa pun yang ketahuan …, tunjangannya kami potong"), and a consequence after a
//               condition threatens ("kalau ketahuan, risiko ditanggung sendiri"). An imperative of avoiding
//               forbids ("Hindari …"). "Jangan hanya …" urges more and "Jangan takut …" encourages: neither
//               forbids; a prohibition inside a hortative with no sanction word ("Ayo …, jangan sampai …") is
//               the appeal's, and a prohibition named as a topic ("menyosialisasikan larangan …") is none,
//               nor is a negated one ("tidak ada larangan", "kami tidak melarang …, tapi jangan …" forbids by
//               its `jangan`). "Yang terbukti …" is a generic subject, a condition ("bagi ASN yang terbukti
//               tidak netral, ada konsekuensinya"); a condition after an order opens a threat of its own
//               ("saya minta camat mengawasi, kalau ada yang melanggar akan saya copot"). Nobody immune is a
//               threat ("tidak ada yang kebal sanksi"), and so is a permission that dares a generic offender
//               named before it ("Siapa yang masih nekat, silakan berhadapan dengan Propam", "kalau ada lurah
//               yang kedapatan …, silakan siap-siap angkat koper"); one inviting a witness to report is an
//               appeal ("kalau ada yang ketahuan, silakan laporkan"). A report under a generic subject or a
//               condition to a body that sanctions or enforces threatens, active or passive ("ASN yang
//               kedapatan ikut kampanye akan langsung dilaporkan ke BKN"). A negated hesitation threatens
//               before an enforcement, a sanction or an investigation ("pihaknya tidak akan segan memeriksa
//               kepala OPD …": INVESTIGATING), though the speaker's side's future is in it; investigating alone
//               is a procedure, neither a sanction nor a threat ("sudah kami periksa"). A negated permission
//               forbids, active or passive ("tidak mengizinkan ASN …"), unless an order asks for it
//               ("diminta agar tidak mengizinkan …" orders).
// - commitment  The speaker's side pledges or declares ("kami siap netral", "berkomitmen", "ikrar",
//               "mendeklarasikan netralitas", "bersedia menerima sanksi"). A pledge word inside a
//               prohibition or a negation is not a pledge: "ASN dilarang ikut deklarasi" is a warning.
//               Ensuring and agreeing are pledges ("saya pastikan", "kami menjamin", "kami sepakat"), and so is a
//               pledge to receive a sanction ("bersedia diberi sanksi"). The pledge verbs are a closed class:
//               siap, bersedia, sanggup, berkomitmen, berjanji, bertekad, bersumpah, berikrar, mendeklarasikan,
//               sepakat, menjamin, and memastikan with a future; attending an event is no pledge ("menghadiri
//               deklarasi pasangan calon": ATTENDING_VERBS). So is what the speaker's side says it
//               will do ("kami akan menindaklanjuti", "saya tidak akan ikut kampanye", "pihaknya akan …") and
//               its declared neutrality ("kami netral"), when no threat, order or appeal decides first; also
//               in the object-fronted passive ("itu akan kami buktikan", "nanti kami serahkan") and as an
//               obligation on its own side ("kami harus menjaga netralitas"; "kita harus …" appeals). The
//               speaker's side is the subject of the clause's future modal however it is modified or
//               coordinated, when no verb stands between ("kami dari jajaran Dinas Pendidikan akan …", "saya
//               pribadi dan keluarga tidak akan ikut …").
// - instruction An order or obligation ("wajib", "harus", "saya minta", "menginstruksikan"). In reported
//               speech the reporting verb counts ("X meminta seluruh camat …", "X berharap …": see
//               INDIRECT_VERBS `act` in attribution.ts). The imperative mood at a clause start orders
//               ("Laporkan segera …", "Jaga netralitas, layani …"), and so does a reminder with its
//               content ("para lurah diingatkan agar …"; "Kami ingatkan, …" alone only frames). In the
//               passive with `agar` it orders too ("seluruh kepala OPD diminta agar …"), speakerless or not.
//               The request verbs are a closed class, every act verb of attribution-verbs.ts that asks or
//               orders, active and passive: ordering and obliging (meminta, menginstruksikan, memerintahkan,
//               menugaskan/menugasi, mewajibkan, mengharuskan, mengamanatkan) and, with their content after
//               them, reminding, warning and urging (mengingatkan, memperingatkan, mewanti-wanti, mendesak:
//               REMINDERS). A listed imperative base keeps its mood before an acronym, its object ("Jaga TPS
//               …").
// - appeal      A soft request, invitation or hope ("mengimbau", "mengajak", "berharap", "mari", "semoga",
//               "silakan …", "tolong …", "diharapkan …", "harapan kami, …"). The first request heads the
//               clause: an order that an appeal asks for is the appeal's ("kami mohon … ingatkan warga agar
//               …"), an appeal after an order is the order's. The soft requests are the rest of the class:
//               mengimbau/menghimbau, mengajak, berharap, memohon, menyerukan, menyarankan, menganjurkan, and
//               mendorong with its content after it; passive too ("diimbau", "diharapkan", "dianjurkan").
// - assessment  A finding, figure or judgement of the situation ("tercatat 12 kasus", "indeks kerawanan",
//               "berjalan kondusif", "jumlah pelanggaran turun", "kami menilai …", "situasinya aman
//               terkendali", "sebagian besar ASN sudah paham", "paling banyak", "bergeser ke media sosial",
//               hedged: "bisa jadi angka itu …"). A statement headed by an opinion verb ("X menilai …", "Saya
//               kira …") judges what it names, sanctions included ("menilai sanksi yang dijatuhkan terlalu
//               ringan"), unless it also orders, appeals or forbids; so does "Menurut saya, …". An evidential
//               frame is no condition ("kalau dilihat dari datanya, kecenderungan … bergeser"). A negated
//               existential with a relative clause reports that none are found ("tidak ada ASN … yang
//               terbukti melanggar", "belum ada laporan yang kami terima"). A quantity heading a relative
//               clause judges how many ("Banyak yang tidak sadar …", "tidak sedikit yang …").
// Scope of a cue (round 15; each a structure, with its paradigm in test/extract/statement-types-paradigm15.test.ts):
// - the conditional consequence: after a condition (`kalau`, a generic subject), a consequence on what an office
//   holds threatens though it names no sanction word: a loss of office, contract or pay, including a renewal
//   negated under a modal ("Kalau terbukti berpihak, kontraknya bisa tidak diperpanjang": RENEWING); a renewal
//   asserted is none ("kontraknya diperpanjang");
// - the dare: a permission after a generic offender fronted at the statement's start dares them, a warning, not
//   an appeal ("Yang masih nekat ikut konvoi, silakan berhadapan dengan Propam"): the headless relative ("Yang
//   …") and a person noun heading a relative ("Anggota yang …", OFFENDER_HEADS) are generic subjects as "siapa" is;
// - the pledge against the addressee: the speaker's future enforcement or investigation whose fronted object is
//   such a generic offender threatens ("Anggota yang foto dengan gaya jari … tetap akan kami periksa di Propam",
//   "ASN yang ikut kampanye akan diproses"); a thing fronted is a procedure pledged ("Laporan yang masuk akan kami
//   periksa": commitment);
// - the negated delay and the request's content: a sanction named inside what an appeal or an order asks of its
//   addressee is the request's, not the speaker's threat ("mengimbau pemkab tidak menunda penjatuhan sanksi bagi
//   ASN …": appeal; "meminta PPK menjatuhkan sanksi": instruction), unless a condition opens a threat of its own
//   ("…, kalau melanggar jabatannya bisa dicopot": warning);
// - the frame that outranks a cue: a frame of hope before the speaker's side ("Harapan kami, …", APPEAL_FRAMES)
//   heads the statement as a hortative does: a prohibition inside it with no sanction word is the appeal's
//   ("Harapan kami, para guru menjadi contoh. Jangan sampai …"); a sanction word in it still threatens;
// - the bound: a comparison right before a numeral is a requirement or a limit ("syarat berusia paling rendah 21
//   tahun", "paling sedikit dua orang"), no finding: a list of requirements is `other`.
// Scope of a cue (round 17; paradigm in test/extract/statement-types-paradigm17.test.ts):
// - the sanction without the usual words: a move to a post with no function ("sudah kami nonjobkan"), pay or an
//   honorarium stopped ("Honorarium … sudah dihentikan oleh pemerintah kabupaten": STOPPING, with an office word; a
//   case stopped is none), a decree signed ("SK penurunan pangkat … sudah saya teken": SIGNING, an issuing verb);
//   a renewal refused and reported ("Kontrak kerja … tidak diperpanjang lagi oleh dinas"; with no modal or condition in
//   its sentence, not defining a sanction noun, not the complement of a feeling: "takut kontraknya tidak diperpanjang");
// - the dare by bracing: "siap-siap" after a generic offender threatens as "silakan" does ("Kepala desa yang masih
//   memasang baliho calon, siap-siap saja": BRACING);
// - negation inside the committed content: a refused tolerance after the speaker's pledge in its clause is what is
//   pledged ("Kami berkomitmen tidak akan membiarkan ASN terseret …": commitment); a pledge word after a past adverb
//   reports a pledge once made ("dulu berjanji netral, tapi …": RETROSPECTIVE);
// - the encouraging negative imperative: "jangan" before a feeling, slackening or restriction urges the act ("Jangan
//   takut melapor", "jangan tunggu …"): an appeal, no prohibition;
// - the imperative's clause: an adverb of urgency keeps the clause's start ("Segera laporkan …": IMPERATIVE_ADVERBS);
//   a perfect marker in the clause makes the -kan word its subject noun ("Pasukan pengamanan sudah disiagakan");
// - the question: a sentence ending in "?" asserts nothing; its words decide no type ("Apakah ASN yang … bisa dikenai
//   sanksi?");
// - the speaker's own act after an order: in a later sentence, the object-fronted passive of the speaker's side is
//   the speaker's threat, no longer what the order asks ("…, laporkan ke saya. Akan saya copot").
// Scope of a cue (round 18; paradigm in test/extract/statement-types-paradigm18.test.ts):
// - the request's content: a reminder heading its request (first, or after the speaker's side) asks for the active
//   verb after its addressee, no `untuk`/`agar` needed ("mendorong pemerintah desa membuka posko …"); a sanction verb
//   in the active that an appeal asks its addressee for is the appeal's ("menyarankan para nakes menonaktifkan grup");
// - the comparative judgement: a quality judged by degree is an assessment ("sudah jauh lebih baik dibanding pemilu
//   lalu", "masih kurang baik": COMPARISON_QUALITY), not inside a purpose nor opening the statement;
// - the counted referent: a numeral heading the noun before "yang terbukti/kedapatan" names who, no condition: the act
//   on them is reported ("kontrak seorang PPPK yang terbukti berkampanye tidak diperpanjang": COUNTED_HEADS);
// - facing without a verb: "urusannya dengan saya/polisi" and "tunggu saja panggilan dari inspektorat" after a
//   generic offender or a condition threaten (CONFRONT_NOUNS, AWAITING);
// - a move to a post without office is a removal ("sudah kami pindahkan ke sekolah lain tanpa jabatan": MOVING).
// Scope of a cue (round 18, the release of check24a; paradigm in test/extract/statement-types-release18.test.ts):
// - facing a sanctioning body: after a generic offender or a condition, the matter with a body that sanctions threatens
//   as the law does ("Personel yang ketahuan …, urusannya nanti dengan Propam"); the speaker's own dealings with it
//   face nothing ("Kami masih berurusan dengan BKN soal berkas pegawai");
// - the consequence a dare announces: after a dare to a generic offender, the speaker's act with no perfect marker is
//   to come, a threat ("Lurah yang masih memasang baliho calon, bersiap-siap saja. Tunjangannya kami tahan");
// - the requirement: an obligation right before an attribute one has ("pendaftar harus berdomisili di desa setempat
//   dan berusia …": ATTRIBUTE_VERBS) states an eligibility rule, other, and no finding word in it decides; an
//   obligation on conduct orders ("ASN harus bersikap netral");
// - pay stopped in the loan verb ("honor … distop sejak Oktober", "kami setop": STOPPING), with an office word beside it;
//   freezing a servant's records is blocking them, a sanction act ("BKN sudah membekukan data kepegawaian lima ASN …");
// - the soft negative imperative: "tidak usah" is read as "jangan" (NEEDLESS): a prohibition before an act ("ASN tidak
//   usah ikut kampanye"), an encouragement before a feeling or waiting ("Tidak usah ragu melapor …", "Tidak usah
//   menunggu-nunggu": an appeal, before the speaker's future that may follow).
// Scope of a cue (round 19; paradigm in test/extract/statement-types-round19.test.ts; word lists in statement-type-words.ts):
// equal treatment declared by the speaker's side is a pledge (FAVOURING negated: "tidak ada yang kami istimewakan"); pay an
// offender no longer receives, or only in part, is pay withheld (RECEIVING: "hanya menerima separuh tunjangan"); striking an
// offender off a list is the speaker's consequence (EXCLUDING: "Kalau ada kepala sekolah yang …, namanya saya coret").
// Speakerless reports (act-report.ts, lexicon statement-type-acts.ts): a paragraph with no quotation, no reporting
// verb and no statement found otherwise is a statement when its first sentence's predicate reports an act of the
// authority: (a) a request, order, appeal or prohibition in the passive addressed to its subject ("Para camat
// diminta agar …", "Kepala desa di Kabupaten X dilarang memasang …", "diharapkan", "diingatkan agar"): the speaker
// unnamed, or the agent after `oleh`; (b) a sanction reported as imposed or recommended, in the passive with its
// agent named after `oleh` ("dicopot dari jabatannya oleh Pj Bupati setelah …") or in the active with an official
// or institution as its subject ("Bawaslu Kabupaten X telah merekomendasikan dua camat ke BKN", "Atas rekomendasi
// KASN, Bupati X menjatuhkan …"): the speaker is the agent. Such a statement carries `certain: false` (the speaker
// is implied by the act, no one is quoted). Only in an item that quotes no one (a brief, a notice, a release): in an
// article where someone is quoted, the paragraphs around the quotes are the reporter's narration. Narration, no statement: a sanction with no agent ("Yulius dicopot dari
// jabatannya setelah …": what befell someone), a sanction in an article's lead after its dateline (the reporter's
// news), an act in a subordinate clause or after another predicate, an investigation, a violation, an event, and
// a count recorded by an institution ("Bawaslu X mencatat 17 dugaan …": the sets' gold disagree; kept no
// statement as statements-paradigm13.test.ts decided).
// Mixed statements: the precedence is the rules' order (type-rules.ts): a pledge to accept a sanction, an
// opinion frame, a sanction reported as done, a threat or prohibition, a pledge, an order, an appeal, the
// speaker's side's future, a finding. So a reported sanction with a figure is a sanction, a threat beside a
// pledge word is a warning ("kalau ada yang terbukti, kami pastikan diproses"), a pledge beside an appeal is
// a commitment, an appeal beside a finding is an appeal.
// - other       None of these.
// The rules are tried in the order of `STATEMENT_TYPE_RULES` in src/extract/statements/type-rules.ts; that
// file says why each sits where it does.
//
// Matching: `stems` compare natural's Indonesian stem of each token; `words` compare the lower-cased token
// itself (for forms whose stem is too broad: `tegas` the adjective vs `menegaskan` the verb; `tindak` in
// `menindak` vs `tindakan`).
import type { StatementType } from '../model.js';
import { AWAITING, BRACING, MOVING, COMPARISON_QUALITY, CONFRONT_NOUNS, RENEWING, STOPPING, SANCTION_BODY_NAMES, SELF_INSTITUTIONS, SIGNING } from './statement-type-words.js';

export interface FeatureCues {
  stems: readonly string[];
  words: readonly string[];
}

/** Every type, in the order the rules try them (see type-rules.ts). */
export const STATEMENT_TYPES: readonly StatementType[] = [
  'sanction', 'warning', 'commitment', 'instruction', 'appeal', 'assessment', 'other',
];

/** The word features the type rules read. A word may carry several (`menerima` is `accept` and `get`). */
export const TYPE_FEATURES = {
  /** pledges and declarations by the speaker's side */
  pledge: {
    stems: ['komitmen', 'deklarasi', 'ikrar', 'janji', 'tekad', 'jamin', 'sumpah'],
    // `pasti` as a stem would catch `belum pasti`, `dipastikan`; `memastikan bahwa …` often describes ("it
    // ensures that"): only the first-person `saya/kami pastikan`
    // `netral` pledges only after the speaker's side (NEUTRAL_WORDS, SELF_WORDS: `kami netral`)
    // `memastikan` pledges only with a future in its clause (ASSURING: `memastikan penyaluran bansos tidak akan
    // dimanfaatkan …`; not `memastikan situasi aman`, which judges)
    // the complete class of willing, ensuring and agreeing (`sanggup`, `menyanggupi` as `siap`, `bersedia`)
    words: ['siap', 'bersedia', 'sanggup', 'menyanggupi', 'pastikan', 'memastikan', 'sepakat', 'bersepakat', 'menyepakati', 'netral',
      // a stance of the speaker's side (STANCE_NOUNS, only before SELF_WORDS: `itu sikap kami`)
      'sikap', 'prinsip', 'pendirian'],
  },
  /** accepting (after a pledge: `bersedia menerima sanksi`, the pledge of every ikrar netralitas) */
  accept: { stems: [], words: ['menerima', 'terima'] },
  /** orders and obligations (`perintah` as a stem would catch `pemerintah`: only these forms) */
  order: {
    stems: ['instruksi', 'minta', 'wajib'],
    // `tugaskan`: `saya tugaskan camat …` (not `ditugaskan`, which describes a post)
    words: [
      'harus', 'tekankan', 'perintah', 'perintahkan', 'memerintahkan', 'diperintahkan', 'tugaskan', 'menugaskan',
      // the rest of the class of ordering and obliging verbs, active and passive (INDIRECT_VERBS' `order` acts in
      // attribution-verbs.ts: `menugasi`, `mengharuskan`, `mengamanatkan`; `ASN diharuskan …`, `diamanatkan …`)
      'menugasi', 'ditugasi', 'mengharuskan', 'diharuskan', 'mengamanatkan', 'diamanatkan',
      // reminding, warning and urging order only with their content after them (REMINDERS: `diingatkan agar …`,
      // `saya ingatkan untuk …`, `memperingatkan ASN agar …`, `mendesak bupati untuk …`; `kebutuhan yang mendesak`
      // orders nothing)
      'mengingatkan', 'diingatkan', 'ingatkan', 'berpesan', 'dipesankan', 'memperingatkan', 'diperingatkan',
      'mewanti-wanti', 'diwanti-wanti', 'mendesak', 'didesak', 'mendesakkan', 'menekankan', 'ditekankan',
    ],
  },
  /** appeals, invitations, hopes */
  appeal: {
    stems: ['imbau', 'himbau', 'ajak', 'harap', 'mohon'],
    // the politeness markers of a request: `silakan laporkan`, `tolong jaga`, `saya titip …`
    words: ['mari', 'marilah', 'ayo', 'ayolah', 'semoga', 'mudah-mudahan', 'silakan', 'silahkan', 'tolong', 'titip',
      // the same invitation as a reporting verb (`X mempersilakan warga melapor …`, `dipersilakan melapor`)
      'mempersilakan', 'mempersilahkan', 'persilakan', 'persilahkan', 'dipersilakan', 'dipersilahkan',
      // the rest of the class of soft requests, active and passive (INDIRECT_VERBS' `ask` acts: calling on,
      // advising, recommending a course; `menyerukan agar …`, `ASN disarankan …`, `dianjurkan …`); encouraging
      // only with its content after it (REMINDERS: `mendorong ASN untuk melapor`, not `faktor yang mendorong …`).
      // Not `mengusulkan`: proposing a sanction recommends it (`mengusulkan pemberhentian`), a `recommend` act
      'menyerukan', 'diserukan', 'serukan', 'seruan', 'menyarankan', 'disarankan', 'sarankan', 'menganjurkan',
      'dianjurkan', 'anjurkan', 'mendorong', 'didorong',
      // `himbau`, the common misspelling, which the stemmer leaves whole in its prefixed forms
      'menghimbau', 'dihimbau', 'himbauan', 'himbauannya'],
  },

  /** numbers, findings and judgements of the situation */
  finding: {
    stems: ['indeks', 'rawan', 'jumlah', 'data', 'perkara', 'catat', 'persen', 'kasus', 'lapor', 'cenderung', 'tren', 'angka'],
    words: [
      // finding, not meeting: the stem `temu` also holds `bertemu`, `pertemuan`, `saat ditemui` (met by reporters)
      'temuan', 'temuannya', 'menemukan', 'ditemukan',
      // proven (`tujuh di antaranya terbukti melanggar`); after `yang` or a condition it is none (a generic
      // subject: PROVEN_AFTER_RELATIVE, and no finding stands after a condition)
      'terbukti',
      // vulnerable, like `rawan` (`birokrasi masih rentan dipolitisasi`)
      'rentan',
      'kondusif', 'lancar', 'tertib', 'meningkat', 'menurun', 'signifikan', 'marak', 'minim', 'didominasi', 'mendominasi',
      // judging and describing the situation (`menilai` as a stem would catch `nilai-nilai netralitas`)
      'menilai', 'dinilai', 'penilaian', 'potensi', 'terjadi', 'aman', 'terkendali', 'cenderung', 'sebagian',
      'segelintir', 'mayoritas', 'kebanyakan',
      // figures and trends: none, the most, a shift (`nihil`, `terbanyak`, `bergeser ke media sosial`)
      'nihil', 'terbanyak', 'tertinggi', 'terendah', 'bergeser', 'bertambah', 'berkurang',
      // trends of quality (`situasinya membaik`); not `umumnya`, also `Ketua Umumnya` (measured on ner-dev)
      'membaik', 'memburuk',
      // degree adverbs judge (`terlalu lamban`, `relatif terjaga`, `semakin berani`), and so do adverbs of
      // frequency (`pelanggaran yang sering dilakukan ASN`, `kerap terjadi`)
      'terlalu', 'relatif', 'semakin', 'makin', 'kian', 'sering', 'kerap',
      // comparisons of amounts: a finding only as a pair (COMPARISON_DEGREE then COMPARISON_QUANTITY)
      'paling', 'lebih', 'banyak', 'tinggi', 'rendah', 'sedikit', 'besar', 'kecil',
      // a quality judged by degree: a finding only as a pair too (COMPARISON_DEGREE then COMPARISON_QUALITY:
      // `sudah jauh lebih baik`, `masih kurang baik`)
      'kurang', 'cukup', ...COMPARISON_QUALITY,
    ],
  },
  /** opinion verbs: at the head of a statement (the reporting verb `menilai`, or `saya kira`, `kami melihat`
   *  after the speaker's pronoun; OPINION_REACH) they make it a judgement of what follows, sanctions
   *  included (`menilai sanksi yang dijatuhkan terlalu ringan`) */
  opinion: {
    stems: [],
    // `menurut` frames only before the speaker's side (`Menurut saya, …`; not `Menurut Kapolres, …`)
    words: ['menilai', 'kira', 'rasa', 'melihat', 'berpendapat', 'memandang', 'menganggap', 'merasa', 'menurut'],
  },
  /** the sanctions themselves (`hukum` as a stem is "law": only these forms) */
  sanctionNoun: {
    stems: ['sanksi'],
    words: ['hukuman', 'teguran', 'pemecatan', 'pemberhentian', 'pencopotan', 'demosi', 'skorsing',
      // the police's and army's disciplinary detention (`sudah kami tempatkan di patsus`, `menjalani penahanan
      // disiplin`)
      'patsus', 'tahanan'],
  },
  /** Nouns that are a sanction only in context. A consequence (CONSEQUENCES) only after a condition, and
   *  then it only threatens (`Kalau ketahuan, risiko ditanggung sendiri`; not `akan mendukung dengan segala
   *  risikonya`). `peringatan`: only as the disciplinary warning, with a `warnMark` word next to it
   *  (`peringatan tertulis`, `peringatan terakhir`, `surat peringatan`); alone it is also a commemoration
   *  (`peringatan HUT RI`) or a weather warning (`mengeluarkan peringatan dini`) */
  warnNoun: { stems: [], words: ['peringatan', 'peringatannya', 'risiko', 'risikonya', 'konsekuensi', 'konsekuensinya', 'akibatnya'] },
  /** what marks `peringatan` as disciplinary when next to it: its severity (after it) or `surat` (before) */
  warnMark: { stems: [], words: ['tertulis', 'keras', 'terakhir', 'lisan', 'pertama', 'kedua', 'ketiga', 'surat'] },
  /** acts of sanctioning, as verbs (a bare stem after a pronoun, `kami copot`, reads as the di- form) */
  sanctionAct: {
    stems: [],
    words: [
      'dijatuhi', 'menjatuhi', 'dijatuhkan', 'menjatuhkan', 'dikenai', 'dikenakan', 'mengenakan',
      'dicopot', 'mencopot', 'dipecat', 'memecat', 'diberhentikan', 'memberhentikan', 'diblokir', 'memblokir',
      'ditegur', 'menegur', 'dihukum', 'menghukum', 'dinonaktifkan', 'menonaktifkan', 'dibebastugaskan',
      'membebastugaskan', 'didemosi',
      // moving to a post with no function (`sudah kami nonjobkan`, `dinonjobkan sejak pekan lalu`): the removal of an
      // office in one word, no office word beside it
      'dinonjobkan', 'menonjobkan',
      // freezing a servant's records or account, the same act as blocking them (`BKN sudah membekukan data kepegawaian
      // lima ASN …`, `akunnya dibekukan`)
      'dibekukan', 'membekukan',
    ],
  },
  /** recommending: a sanction act only when a sanction or a sanctioning body is named in the statement */
  recommend: {
    stems: [],
    words: [
      'direkomendasikan', 'merekomendasikan', 'diteruskan', 'meneruskan', 'melaporkan', 'dilaporkan', 'laporkan',
      // handing a case file on (`berkasnya kami kirim ke KASN`, `dilimpahkan ke inspektorat`)
      'dikirim', 'dikirimkan', 'mengirim', 'mengirimkan', 'dilimpahkan', 'melimpahkan',
      // handing it over (`kalau masih bandel, kami serahkan ke mekanisme disiplin pegawai`)
      'diserahkan',
      // the recommendation itself, as a noun: only when issued (RECOMMEND_NOUNS)
      'rekomendasi', 'rekomendasinya',
    ],
  },
  /** bodies that impose civil-service sanctions */
  // `propam`: the police's own disciplinary body (a transfer with it named is a sanction: `sudah dimutasi dan
  // diperiksa Propam`)
  // `disiplin`: the discipline procedure as the receiver (`diserahkan ke mekanisme disiplin pegawai`)
  // (and the bodies' names spelled out in several words, read as one word: SANCTION_BODY_NAMES, `Komisi ASN`)
  sanctionBody: {
    stems: [],
    words: ['bkn', 'kasn', 'ppk', 'inspektorat', 'kepegawaian', 'propam', 'disiplin', ...SANCTION_BODY_NAMES.map((n) => n.replace(/ /gu, ''))],
  },
  /** removing, moving or lowering, and delaying: a sanction act only with an office, rank or pay word near
   *  it (`dibebaskan dari jabatannya`, `sudah kami turunkan pangkatnya`, `ditunda kenaikan pangkatnya`) */
  removal: {
    stems: [],
    words: [
      'dibebaskan', 'membebaskan', 'dimutasi', 'memutasi', 'dimutasikan', 'memutasikan', 'diturunkan', 'menurunkan',
      // moving someone (MOVING): a sanction only to a post without office (`sudah dipindahkan ke kantor bupati sebagai
      // staf biasa tanpa jabatan`; not `TPS 05 dipindahkan ke halaman masjid`, `dipindahkan ke jabatan baru`)
      ...MOVING,
      'ditunda', 'menunda', 'dicabut', 'mencabut', 'dipotong', 'memotong', 'kehilangan',
      // withholding pay (`tunjangannya kami tahan`, `TPP-nya ditahan`)
      'ditahan', 'menahan',
      // stopping pay or an honorarium (`Honorarium tiga ketua RT itu sudah dihentikan oleh pemerintah kabupaten`,
      // `siltapnya kami hentikan`); with no office word beside it nothing (`kegiatan itu dihentikan`)
      ...STOPPING,
      // ending a PPPK's work contract (`diputus hubungan perjanjian kerjanya`, `pemutusan kontrak`; not
      // `memutuskan`, to decide, nor `diputus bersalah`, a verdict: no office word beside it)
      'diputus', 'memutus', 'pemutusan',
      // the same acts as nouns (`keputusan penundaan kenaikan pangkat`): a sanction noun, not an act
      'penundaan', 'penurunan', 'pemotongan', 'pencabutan', 'pembebasan', 'penahanan',
      // renewing or keeping an office, negated under a modal or condition: its loss (RENEWING: `kontraknya bisa tidak
      // diperpanjang`)
      ...RENEWING,
    ],
  },
  /** an office, a rank, pay or duties: what a removal takes away */
  office: {
    stems: [], // as stems `jabat` and `tugas` would catch `pejabat` and `petugas`
    words: [
      'jabatan', 'jabatannya', 'pangkat', 'pangkatnya', 'kepangkatan', 'gaji', 'gajinya', 'tugas', 'tugasnya', 'eselon',
      'tunjangan', 'tunjangannya', 'tpp',
      // the rest of the class of pay and what an office disburses (`honorariumnya kami tahan`, `siltap kepala desa
      // ditunda`, `dana kampungnya kami tahan`: a village head's funds withheld): pay, allowances, fixed income,
      // honoraria, incentives, the unit's funds
      'tukin', 'tukinnya', 'siltap', 'siltapnya', 'penghasilan', 'penghasilannya', 'honor', 'honornya', 'honorarium', 'honorariumnya', 'insentif',
      'insentifnya', 'upah', 'upahnya', 'dana', 'dananya',
      // a PPPK's work contract, what its termination takes away (`diputus hubungan perjanjian kerjanya`)
      'kontrak', 'kontraknya', 'perjanjian', 'perjanjiannya',
      // the seat of an office, as it is lost (`bersiap-siap kehilangan kursinya`); alone it is furniture
      'kursi', 'kursinya',
    ],
  },
  /** facing the law: a threat with a law word after it (`akan berurusan dengan aparat penegak hukum`,
   *  `bisa dijerat pidana`), or the speaker's side (`akan berhadapan langsung dengan saya`), without any sanction
   *  word */
  // (and bracing oneself, BRACING, or waiting for what comes, AWAITING: a dare after a generic offender, `…, siap-siap
  // saja`, `…, tunggu saja panggilan dari inspektorat`; and the matter as a noun, CONFRONT_NOUNS: `urusannya dengan saya`)
  confront: { stems: ['jerat'], words: ['berurusan', 'berhadapan', ...BRACING, ...CONFRONT_NOUNS, ...AWAITING] },
  /** the law and those who enforce it, after a `confront` word */
  lawBody: {
    stems: ['pidana', 'polisi', 'gakkumdu', 'jaksa'],
    // and the criminal law's penalties, as a threat's content (`ancaman penjara`, `terancam denda`); alone
    // they are places and sums (`sipir penjara`, `masuk penjara`), no sanction
    words: ['hukum', 'aparat', 'penegak', 'bawaslu', 'pengadilan', 'penjara', 'kurungan', 'denda'],
  },
  /** receiving (a sanction noun after it is a sanction received: `mendapat teguran`) */
  /** receiving or issuing: a sanction noun after it is a sanction received or issued (`mendapat teguran`,
   *  `mengeluarkan keputusan penundaan kenaikan pangkat`) */
  get: {
    stems: [],
    words: [
      'mendapat', 'mendapatkan', 'menerima', 'memperoleh', 'diberi', 'diberikan', 'memberikan', 'memberi',
      'mengeluarkan', 'menerbitkan', 'dikeluarkan', 'diterbitkan',
      // signing a decree is issuing it (`SK penurunan pangkat … sudah saya teken`, `menandatangani surat keputusan
      // pemberhentian`): SIGNING, among ISSUING
      ...SIGNING,
    ],
  },
  /** enforcement verbs: a threat unless reported as done */
  enforce: {
    stems: ['ancam', 'diskualifikasi'],
    words: ['tegas', 'ditindak', 'menindak', 'diproses', 'memproses', 'dipidana', 'dipidanakan',
      // investigating and summoning: enforcement only after a negated hesitation (INVESTIGATING: `tidak segan
      // memeriksa`); alone a procedure, neither threatened nor a sanction (`sudah diperiksa Inspektorat`)
      'memeriksa', 'diperiksa', 'mengusut', 'diusut', 'menyelidiki', 'diselidiki', 'menyidik', 'disidik', 'memanggil',
      'dipanggil', 'menelusuri', 'ditelusuri', 'menertibkan', 'ditertibkan'],
  },
  /** mood: possibility, future, condition (what follows is not reported as done) */
  irrealis: {
    stems: [],
    words: [
      'akan', 'bakal', 'bisa', 'dapat', 'terancam', 'jika', 'jikalau', 'apabila', 'bila', 'bilamana', 'kalau', 'seandainya', 'manakala',
      'nanti', 'kelak', 'siap-siap', 'mungkin', 'barangkali',
      // a generic subject is a condition (`siapa pun yang ketahuan …, tunjangannya kami potong`); a perfect
      // marker after it still reports (`yang kedapatan ikut konvoi sudah ditegur`)
      'siapa', 'siapapun', 'barangsiapa', 'ketahuan', 'kedapatan',
    ],
  },
  /** epistemic hedges right after a modal: `bisa jadi`, `bisa saja` qualify a judgement; they are no
   *  condition on it (a finding after them still counts) */
  hedge: {
    stems: [],
    // evidential frames after a condition word are no condition either: `kalau dilihat dari datanya, …`,
    // `jika dibandingkan dengan pemilu lalu, …` (the finding after them is asserted)
    words: ['jadi', 'saja', 'dilihat', 'dibandingkan', 'dicermati', 'diamati', 'ditelisik'],
  },
  /** mood: done (perfect aspect) */
  realis: { stems: [], words: ['sudah', 'telah', 'sempat', 'resmi'] },
  /** negation */
  // `kebal` ("immune to") negates what follows: under a negated existential it makes a double negation,
  // a threat (`tidak ada yang kebal sanksi`)
  negation: { stems: [], words: ['tidak', 'tak', 'bukan', 'belum', 'tanpa', 'kebal'] },
  /** prohibition words */
  /** `hindari` is the imperative of avoiding: a prohibition (`Hindari berfoto dengan pose jari …`) */
  prohibit: { stems: ['larang'], words: ['jangan', 'janganlah', 'hindari', 'hindarilah'] },
  /** permission (negated, a prohibition: `tidak boleh`) */
  // (the complete class, active and passive: `tidak mengizinkan ASN …`, `tidak memperbolehkan …` forbid as `tidak
  // boleh` does; a negated permission that an order asks for is the order's: `diminta agar tidak mengizinkan …`)
  permit: {
    stems: [],
    words: ['boleh', 'diperbolehkan', 'dibolehkan', 'diizinkan', 'diijinkan', 'diperkenankan', 'mengizinkan', 'mengijinkan',
      'izinkan', 'membolehkan', 'memperbolehkan', 'memperkenankan'],
  },
  /** tolerance (negated, a threat: `tidak ada toleransi`, `tidak segan`); letting it pass or keeping still,
   *  negated, refuses to tolerate (`tidak akan membiarkan`, `kami tidak akan tinggal diam`: `tinggal` is
   *  transparent to the negation, NEGATION_TRANSPARENT) */
  // protecting or defending, negated, refuses the same (`tidak akan melindungi pegawai yang melanggar`), and so
  // does allowing no exception (`Tidak ada pengecualian`; not `Jakarta bukan pengecualian`: PREDICATE_NEGATIONS)
  tolerance: {
    stems: ['toleransi', 'tolerir', 'kompromi', 'ampun'],
    // `main-main`: `kami tidak main-main dengan pelanggaran` (no leniency); `tempat` as `ruang` (`tidak ada
    // tempat bagi ASN yang tidak netral`)
    words: ['pandang', 'ruang', 'tempat', 'diam', 'membiarkan', 'dibiarkan', 'melindungi', 'membela', 'pengecualian', 'main-main'],
  },
  /** hesitation (negated, a threat only before an enforcement or sanction verb: `tidak segan menindak`,
   *  `tidak akan ragu mencopot`; `tidak ragu melapor` urges) */
  hesitate: { stems: [], words: ['segan', 'ragu', 'sungkan'] },
  /** purpose: a pledge word right after it states an aim, not a pledge (`hal penting untuk memastikan …`,
   *  `hadir guna menjamin …`); after the pledge word (`berkomitmen untuk menjaga`) it changes nothing */
  purpose: { stems: [], words: ['untuk', 'guna', 'demi', 'agar', 'supaya'] },
  /** after `jangan`, restrictive focus and feelings forbid nothing: `jangan hanya menunggu laporan` urges
   *  more, `jangan takut melapor` encourages */
  focus: {
    stems: [],
    words: ['hanya', 'sekadar', 'cuma', 'semata', 'semata-mata', 'takut', 'ragu', 'ragu-ragu', 'khawatir', 'cemas', 'segan', 'sungkan', 'malu', 'bosan',
      // waiting, slackening and forgetting: `jangan tunggu perintah`, `jangan lengah`, `jangan lupa melapor` urge action
      'tunggu', 'menunggu', 'lengah', 'lupa', 'lalai',
      // and waiting reduplicated, the same urging (`Tidak usah menunggu-nunggu`)
      'tunggu-tunggu', 'menunggu-nunggu'],
  },
  /** first-person pronouns, before a bare verb of the object-fronted passive (`akan kami proses`); and
   *  the speaker's side as a subject (SELF_WORDS; not after a preposition, SUBJECT_BLOCKERS) */
  // (and the speaker's own government or unit, SELF_INSTITUTIONS, a subject of its side's future only)
  pronoun: { stems: [], words: ['kami', 'kita', 'saya', 'aku', 'pihaknya', ...SELF_INSTITUTIONS] },
  /** di- passive verbs: not a list, set by morphology in type-rules.ts (`featuresOf`) */
  // (and the verbs of being in force, IN_FORCE_VERBS: `sanksinya sudah berlaku` reports it imposed, as
  // `sudah diberlakukan` does)
  passive: { stems: [], words: ['berlaku', 'efektif'] },
  /** imperative mood: not a list, set by position and morphology in classify.ts (a clause-initial verb
   *  base with -kan/-i/-lah, `Laporkan segera …`, `Layani masyarakat …`, or an IMPERATIVE_BASES word) */
  imperative: { stems: [], words: [] },
} as const satisfies Record<string, FeatureCues>;

export type TypeFeature = keyof typeof TYPE_FEATURES;

export * from './statement-type-words.js';
