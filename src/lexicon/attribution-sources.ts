// Attribution vocabulary added in round 9 (issue 22, check6's kinds): what stands between a name and its verb
// (an origin), what joins the words of an institution written in full, and how an anonymous source is described.
// Lower-case. Re-exported by attribution.ts.

/** Prepositions of origin between a name and its place or body in apposition (`Tgk. Zulkifli dari Gampong
 *  Meurandeh, mengaku …`, `Budi asal Desa Sukamaju, mengatakan …`): the name before them is the subject. */
export const ORIGIN_PREPOSITIONS: readonly string[] = ['dari', 'asal'];

/** Lower-case words joining the capitalised words of an institution written in full (`Kementerian
 *  Pendayagunaan Aparatur Negara dan Reformasi Birokrasi`, `Badan Kesatuan Bangsa dan Politik`). */
export const INSTITUTION_JOINERS: readonly string[] = ['dan', 'serta'];

/** An unnamed source (`Seorang pegawai … yang meminta namanya tidak ditulis mengatakan …`, `…, yang enggan
 *  disebutkan identitasnya, menyebut …`): a subject holding one of these nouns within four words of one of these
 *  verbs is anonymous. Its statement is kept with no speaker (speaker_rule `anonymous`), and a pronoun after it
 *  names nobody: never the person named before. */
export const ANONYMITY_NOUNS: readonly string[] = ['nama', 'namanya', 'identitas', 'identitasnya', 'jati diri', 'jati dirinya'];
export const ANONYMITY_VERBS: readonly string[] = [
  'ditulis', 'disebut', 'disebutkan', 'dirahasiakan', 'dicantumkan', 'dipublikasikan', 'diberitakan', 'dimuat',
  'dikorankan', 'diungkap', 'diungkapkan', 'dibuka', 'ditampilkan', 'dikutip',
];
