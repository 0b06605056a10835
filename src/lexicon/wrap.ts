// DATA for cleaning's hard-wrap join (src/clean/wrap.ts, issue 22: "Lines hard-wrapped at a fixed width in the middle
// of a sentence are joined again before extraction").
import { NAME_ABBREVIATIONS, SENTENCE_NAME_HONORIFICS } from './honorifics.js';

/** Abbreviations written with a dot BEFORE a name (a hajj, academic or religious honorific, an address, an abbreviated
 *  given name): a line that ends with one ends in the middle of a name, never a sentence, so the next line opening with
 *  a capital is the rest of the name ("… Kepala Dinas Pendidikan Drs." / "H. Ahmad Fauzi mengatakan …"). Case as
 *  written: "dr." (a physician) and "Dr." (a doctorate) both; "Pak."/"Bu." are words and can end a quoted sentence. */
export const WRAP_NAME_ABBREVIATIONS: readonly string[] = [
  ...SENTENCE_NAME_HONORIFICS,
  'Dra', 'dr', 'drg', 'HM', 'H.M', 'K.H', 'TGB', 'Tgk', 'Ust', 'Sdr', 'Sdri',
  ...NAME_ABBREVIATIONS,
];

/** Words that never end a sentence or a headline: the prepositions, the conjunctions and the relative "yang", the
 *  articles and quantifiers before a noun. A line that ends with one (lower-case, no mark after it) breaks a sentence,
 *  whatever the width the page is wrapped at and whatever the next line opens with (check9/02, wrapped by hand with a
 *  ragged margin: "… calon anggota DPRD Sumatera Utara di" / "Kecamatan Raya, Sabtu pekan lalu."). Lower-case. */
export const WRAP_OPEN_WORDS: readonly string[] = [
  // prepositions
  'di', 'ke', 'dari', 'pada', 'kepada', 'daripada', 'dalam', 'untuk', 'bagi', 'buat', 'dengan', 'oleh', 'tentang',
  'terhadap', 'antara', 'sejak', 'hingga', 'sampai', 'menuju', 'atas', 'bersama', 'menurut', 'tanpa', 'selama',
  'menjelang', 'jelang', 'sebelum', 'sesudah', 'setelah', 'usai', 'terkait', 'mengenai', 'melalui', 'lewat', 'via', 'per',
  // conjunctions and the relative
  'dan', 'atau', 'serta', 'tetapi', 'namun', 'yang', 'bahwa', 'karena', 'sehingga', 'agar', 'supaya', 'jika', 'kalau',
  'apabila', 'bila', 'ketika', 'saat', 'sebagai', 'seperti', 'maupun', 'melainkan', 'sedangkan', 'sementara', 'walaupun',
  'meskipun', 'padahal', 'hingga', 'yakni', 'yaitu', 'ialah', 'adalah', 'merupakan',
  // articles and quantifiers before a noun
  'para', 'sang', 'si', 'sebuah', 'seorang', 'setiap', 'tiap', 'sejumlah', 'beberapa', 'seluruh', 'semua', 'masing-masing',
];
/** A line broken after such a word has at least this many words. */
export const WRAP_OPEN_MIN_WORDS = 4;
