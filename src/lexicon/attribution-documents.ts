// Attribution lexicon, part two: the words of documents quoted as statements (a circular, a decree) and of
// interviews set as questions and answers. Re-exported by attribution.ts; data only.

/** Verbs by which a document's own words are quoted (`Dalam surat edaran itu tertulis, "…"`, `Butir ketiga
 *  berbunyi: "…"`): the quote is attributed, and has no person as its speaker. */
export const DOCUMENT_QUOTE_VERBS: readonly string[] = ['tertulis', 'berbunyi', 'tertuang', 'termaktub', 'bunyinya'];
/** Head words of a document named as the subject of a reporting verb (`Surat Edaran Wali Kota X Nomor … itu
 *  menyebutkan …`, `Keputusan Bupati X tentang … menyebutkan …`): the document's words are its issuer's, named
 *  after these words (a title or a name) or after a DOCUMENT_SIGNER_VERBS word (`Edaran yang diteken Nama …`).
 *  See src/extract/statements/document-subject.ts. */
export const DOCUMENT_HEADS: readonly string[] = [
  'surat', 'edaran', 'keputusan', 'instruksi', 'peraturan', 'sk', 'se', 'maklumat', 'pengumuman', 'perbup',
  'pergub', 'perwali', 'perwal', 'radiogram', 'telegram', 'nota', 'memo', 'inbup', 'ingub',
];
/** Words that may follow a DOCUMENT_HEADS word inside the document's name before its issuer (`Surat Edaran
 *  Bersama`, `Surat Keputusan`, `Surat Perintah`). */
export const DOCUMENT_NAME_WORDS: readonly string[] = [
  ...DOCUMENT_HEADS, 'bersama', 'perintah', 'tugas', 'resmi', 'terbuka', 'tertulis',
];
/** Words that end the issuer's phrase inside a document's name (`… Wali Kota X Nomor 800/…`, `… Tahun 2024`). */
export const DOCUMENT_NAME_STOPS: readonly string[] = ['nomor', 'no', 'tahun', 'tanggal', 'tentang', 'perihal'];
/** Passive verbs naming a document's signer after `yang` (`Edaran yang diteken Nama itu …`). */
export const DOCUMENT_SIGNER_VERBS: readonly string[] = ['diteken', 'ditandatangani', 'dikeluarkan', 'diterbitkan', 'disahkan'];

/** Words that say an article is an interview (`Berikut petikan wawancaranya`, `Wartawan kami berbincang dengan
 *  Camat X`), and the labels of its questions and answers (`Tanya: …`, `J: …`): see
 *  src/extract/statements/interview.ts. The complete class: the interview and its verb forms, the talk
 *  (`berbincang`, `bincang-bincang`, `mengobrol`), the excerpt and the question-and-answer. */
export const INTERVIEW_CUES: readonly string[] = [
  'wawancara', 'wawancaranya', 'mewawancarai', 'diwawancarai', 'wawancarai', 'berwawancara',
  'berbincang', 'berbincang-bincang', 'bincang-bincang', 'perbincangan', 'mengobrol', 'obrolan',
  'petikan', 'petikannya', 'tanya jawab', 'tanya-jawab',
];
/** The question labels: the question itself (`Tanya:`, `T:`) and the role of who asks it in a transcript (`Penyiar:
 *  Pelanggaran apa yang paling sering ditemukan?` then `Arsyad: Media sosial, …`; a radio dialogue, a discussion,
 *  an interview): the complete class of the asking roles a transcript labels, the broadcaster, the host, the
 *  moderator, the interviewer and the journalist or newsroom. */
export const INTERVIEW_QUESTION_LABELS: readonly string[] = [
  'tanya', 't', 'penyiar', 'pembawa acara', 'host', 'presenter', 'moderator', 'pewawancara', 'wartawan', 'redaksi', 'reporter',
];
export const INTERVIEW_ANSWER_LABELS: readonly string[] = ['jawab', 'j'];
/** Words that introduce a companion of the interviewee in an interview's lead (`berbincang dengan Ketua Bawaslu X,
 *  Nama, didampingi Koordinator Divisi …, Nama2`): the person named after one answers no question unless a
 *  turn names them (src/extract/statements/interview.ts). The complete class: the passive verbs of accompanying
 *  (`didampingi`, `ditemani`, `dikawal`), the conjunction of company (`beserta`) and `bersama`, which is a companion
 *  only after a person named in the same sentence (`berbincang bersama Camat X` introduces the interviewee). */
export const INTERVIEW_COMPANION_WORDS: readonly string[] = ['didampingi', 'ditemani', 'dikawal', 'beserta', 'bersama'];
/** The word of INTERVIEW_COMPANION_WORDS that also introduces the interviewee (after an interview cue). */
export const INTERVIEW_COMPANION_AMBIGUOUS = 'bersama';
