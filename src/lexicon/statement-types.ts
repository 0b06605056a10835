// Statement types: one documented scheme, decided by ordered rules over the features of a statement's words.
//
// The scheme, with the decision rule a careful reader applies (and the classifier follows):
// - sanction    A sanction REPORTED as imposed or recommended: a sanction act in realis mood ("telah dijatuhi
//               hukuman disiplin", "KASN menjatuhkan sanksi", "sudah kami rekomendasikan ke BKN", "mendapat
//               teguran keras", "dibebaskan dari jabatannya", "sudah kami turunkan pangkatnya"), with no
//               modal, condition, order or appeal before it ("memerintahkan camat mencopot baliho" orders).
// - warning     A threat of consequences, or a prohibition addressed to others: a sanction or enforcement
//               word that is not reported as done ("akan ditindak", "bisa didiskualifikasi", "Sanksinya
//               tegas"), a prohibition ("dilarang", "jangan", "tidak boleh"), or a refusal of tolerance
//               without any sanction word ("tidak akan memberikan toleransi", "tidak ada kompromi",
//               "tidak segan", "tidak akan ragu menindak"), facing the law ("akan berurusan dengan aparat
//               penegak hukum", "bisa dijerat pidana"), or a report to a sanctioning body under a condition
//               ("kalau ketahuan, kami teruskan ke KASN"). "Jangan hanya …" urges more and forbids nothing.
// - commitment  The speaker's side pledges or declares ("kami siap netral", "berkomitmen", "ikrar",
//               "mendeklarasikan netralitas", "bersedia menerima sanksi"). A pledge word inside a
//               prohibition or a negation is not a pledge: "ASN dilarang ikut deklarasi" is a warning.
//               Ensuring and agreeing are pledges ("saya pastikan", "kami menjamin", "kami sepakat"), and so is a
//               pledge to receive a sanction ("bersedia diberi sanksi").
// - instruction An order or obligation ("wajib", "harus", "saya minta", "menginstruksikan"). In reported
//               speech the reporting verb counts ("X meminta seluruh camat …", "X berharap …": see
//               INDIRECT_VERBS `act` in attribution.ts).
// - appeal      A soft request, invitation or hope ("mengimbau", "mengajak", "berharap", "mari", "semoga").
// - assessment  A finding, figure or judgement of the situation ("tercatat 12 kasus", "indeks kerawanan",
//               "berjalan kondusif", "jumlah pelanggaran turun", "kami menilai …", "situasinya aman
//               terkendali", "sebagian besar ASN sudah paham").
// - other       None of these.
// The rules are tried in the order of `STATEMENT_TYPE_RULES` in src/extract/statements/type-rules.ts; that
// file says why each sits where it does.
//
// Matching: `stems` compare natural's Indonesian stem of each token; `words` compare the lower-cased token
// itself (for forms whose stem is too broad: `tegas` the adjective vs `menegaskan` the verb; `tindak` in
// `menindak` vs `tindakan`).
import type { StatementType } from '../model.js';

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
    words: ['siap', 'bersedia', 'pastikan', 'sepakat', 'bersepakat', 'menyepakati'],
  },
  /** accepting (after a pledge: `bersedia menerima sanksi`, the pledge of every ikrar netralitas) */
  accept: { stems: [], words: ['menerima', 'terima'] },
  /** orders and obligations (`perintah` as a stem would catch `pemerintah`: only these forms) */
  order: {
    stems: ['instruksi', 'minta', 'wajib'],
    words: ['harus', 'tekankan', 'perintah', 'perintahkan', 'memerintahkan', 'diperintahkan'],
  },
  /** appeals, invitations, hopes */
  appeal: { stems: ['imbau', 'himbau', 'ajak', 'harap', 'mohon'], words: ['mari', 'marilah', 'ayo', 'semoga'] },
  /** numbers, findings and judgements of the situation */
  finding: {
    stems: ['indeks', 'rawan', 'jumlah', 'data', 'perkara', 'catat', 'temu', 'persen', 'kasus', 'lapor'],
    words: [
      'kondusif', 'lancar', 'tertib', 'meningkat', 'menurun', 'signifikan', 'marak', 'minim', 'didominasi', 'mendominasi',
      // judging and describing the situation (`menilai` as a stem would catch `nilai-nilai netralitas`)
      'menilai', 'dinilai', 'penilaian', 'potensi', 'terjadi', 'aman', 'terkendali', 'cenderung', 'sebagian',
      'segelintir', 'mayoritas', 'kebanyakan',
    ],
  },
  /** the sanctions themselves (`hukum` as a stem is "law": only these forms) */
  sanctionNoun: {
    stems: ['sanksi'],
    words: ['hukuman', 'teguran', 'pemecatan', 'pemberhentian', 'pencopotan', 'demosi', 'skorsing'],
  },
  /** acts of sanctioning, as verbs (a bare stem after a pronoun, `kami copot`, reads as the di- form) */
  sanctionAct: {
    stems: [],
    words: [
      'dijatuhi', 'menjatuhi', 'dijatuhkan', 'menjatuhkan', 'dikenai', 'dikenakan', 'mengenakan',
      'dicopot', 'mencopot', 'dipecat', 'memecat', 'diberhentikan', 'memberhentikan', 'diblokir', 'memblokir',
      'ditegur', 'menegur', 'dihukum', 'menghukum', 'dinonaktifkan', 'menonaktifkan', 'dibebastugaskan',
      'membebastugaskan', 'didemosi',
    ],
  },
  /** recommending: a sanction act only when a sanction or a sanctioning body is named in the statement */
  recommend: { stems: [], words: ['direkomendasikan', 'merekomendasikan', 'diteruskan', 'meneruskan'] },
  /** bodies that impose civil-service sanctions */
  sanctionBody: { stems: [], words: ['bkn', 'kasn', 'ppk', 'inspektorat', 'kepegawaian'] },
  /** removing, moving or lowering, and delaying: a sanction act only with an office, rank or pay word near
   *  it (`dibebaskan dari jabatannya`, `sudah kami turunkan pangkatnya`, `ditunda kenaikan pangkatnya`) */
  removal: {
    stems: [],
    words: [
      'dibebaskan', 'membebaskan', 'dimutasi', 'memutasi', 'dimutasikan', 'memutasikan', 'diturunkan', 'menurunkan',
      'ditunda', 'menunda', 'dicabut', 'mencabut',
    ],
  },
  /** an office, a rank, pay or duties: what a removal takes away */
  office: {
    stems: [], // as stems `jabat` and `tugas` would catch `pejabat` and `petugas`
    words: ['jabatan', 'jabatannya', 'pangkat', 'pangkatnya', 'kepangkatan', 'gaji', 'gajinya', 'tugas', 'tugasnya', 'eselon'],
  },
  /** facing the law: a threat with a law word after it (`akan berurusan dengan aparat penegak hukum`,
   *  `bisa dijerat pidana`), without any sanction word */
  confront: { stems: ['jerat'], words: ['berurusan', 'berhadapan'] },
  /** the law and those who enforce it, after a `confront` word */
  lawBody: {
    stems: ['pidana', 'polisi', 'gakkumdu', 'jaksa'],
    words: ['hukum', 'aparat', 'penegak', 'bawaslu', 'pengadilan'],
  },
  /** receiving (a sanction noun after it is a sanction received: `mendapat teguran`) */
  get: { stems: [], words: ['mendapat', 'mendapatkan', 'menerima', 'memperoleh', 'diberi', 'diberikan'] },
  /** enforcement verbs: a threat unless reported as done */
  enforce: {
    stems: ['ancam', 'diskualifikasi'],
    words: ['tegas', 'ditindak', 'menindak', 'diproses', 'memproses', 'dipidana', 'dipidanakan'],
  },
  /** mood: possibility, future, condition (what follows is not reported as done) */
  irrealis: {
    stems: [],
    words: ['akan', 'bakal', 'bisa', 'dapat', 'terancam', 'jika', 'jikalau', 'apabila', 'bila', 'bilamana', 'kalau', 'seandainya', 'manakala'],
  },
  /** mood: done (perfect aspect) */
  realis: { stems: [], words: ['sudah', 'telah', 'sempat', 'resmi'] },
  /** negation */
  negation: { stems: [], words: ['tidak', 'tak', 'bukan', 'belum', 'tanpa'] },
  /** prohibition words */
  prohibit: { stems: ['larang'], words: ['jangan', 'janganlah'] },
  /** permission (negated, a prohibition: `tidak boleh`) */
  permit: { stems: [], words: ['boleh', 'diperbolehkan', 'dibolehkan', 'diizinkan', 'diperkenankan'] },
  /** tolerance (negated, a threat: `tidak ada toleransi`, `tidak segan`) */
  tolerance: { stems: ['toleransi', 'tolerir', 'kompromi', 'ampun'], words: ['pandang', 'ruang'] },
  /** hesitation (negated, a threat only before an enforcement or sanction verb: `tidak segan menindak`,
   *  `tidak akan ragu mencopot`; `tidak ragu melapor` urges) */
  hesitate: { stems: [], words: ['segan', 'ragu', 'sungkan'] },
  /** purpose: a pledge word right after it states an aim, not a pledge (`hal penting untuk memastikan …`,
   *  `hadir guna menjamin …`); after the pledge word (`berkomitmen untuk menjaga`) it changes nothing */
  purpose: { stems: [], words: ['untuk', 'guna', 'demi'] },
  /** restrictive focus after `jangan`: `jangan hanya menunggu laporan` urges more, it forbids nothing */
  focus: { stems: [], words: ['hanya', 'sekadar', 'cuma', 'semata', 'semata-mata'] },
  /** first-person pronouns, before a bare verb of the object-fronted passive (`akan kami proses`) */
  pronoun: { stems: [], words: ['kami', 'kita', 'saya', 'aku'] },
  /** di- passive verbs: not a list, set by morphology in type-rules.ts (`featuresOf`) */
  passive: { stems: [], words: [] },
} as const satisfies Record<string, FeatureCues>;

export type TypeFeature = keyof typeof TYPE_FEATURES;

/** How far (in words) a negation reaches forward: `tidak ada toleransi` (2), `tidak akan memberikan
 *  toleransi` (3). */
export const NEGATION_REACH = 3;
/** How far (in words) a pledge reaches forward to an accepting verb: `bersedia menerima`, `siap untuk
 *  menerima`. */
export const PLEDGE_ACCEPT_REACH = 2;
/** How far (in words) a negated hesitation word reaches forward to its enforcement verb: `tidak segan
 *  menindak`, `tidak ragu untuk memberikan sanksi`. */
export const HESITATE_REACH = 3;
/** How far (in words) a removal verb and its office word may be apart, either way: `dibebaskan dari
 *  jabatannya`, `ditunda kenaikan pangkatnya`, `pangkatnya diturunkan`. */
export const OFFICE_REACH = 3;
/** How far (in words) a `confront` word reaches forward to its law word: `berurusan dengan aparat`,
 *  `berhadapan dengan hukum`. */
export const CONFRONT_REACH = 3;
/** How far (in words) a receiving verb reaches forward to its sanction noun: `mendapat teguran`,
 *  `menerima surat teguran`. */
export const GET_REACH = 3;
/** How far (in words) a perfect marker reaches forward to the sanction it reports: `sudah kami
 *  rekomendasikan`, `telah resmi dicopot`. */
export const REALIS_REACH = 4;
/** The shortest di- word read as a passive verb (`dicap` and longer; `diri`, `dia` are not verbs). */
export const PASSIVE_MIN_LENGTH = 5;
