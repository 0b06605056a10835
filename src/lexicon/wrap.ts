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

/** The bases of common two-word compounds that a line break may split at a hyphen (a compound is written apart or
 *  with a hyphen; a hard wrap between its halves leaves "tanya-" / "jawab"): when both halves are such bases (or words
 *  the article uses elsewhere), the join keeps the hyphen ("tanya-jawab"), it never glues two words into one
 *  ("tanyajawab"). Common bases of news prose, lower-case; a pair need not be listed, only its halves. */
export const WRAP_COMPOUND_BASES: readonly string[] = [
  'tanya', 'jawab', 'serah', 'terima', 'timbal', 'balik', 'keluar', 'masuk', 'jual', 'beli', 'pulang', 'pergi',
  'naik', 'turun', 'hilir', 'mudik', 'tukar', 'pinjam', 'antar', 'jemput', 'baku', 'tembak', 'hantam', 'pukul',
  'tarik', 'ulur', 'tumpang', 'tindih', 'tatap', 'muka', 'tanggung', 'simpan', 'ganti', 'rugi', 'untung', 'kerja',
  'sama', 'suka', 'duka', 'pasang', 'surut', 'lalu', 'lintas', 'lalang', 'silih', 'berganti', 'adu', 'domba', 'buka',
  'tutup', 'salah', 'benar', 'hak', 'kewajiban', 'sebab', 'akibat', 'tua', 'muda', 'kaya', 'miskin', 'pro', 'kontra',
  'sosial', 'ekonomi', 'politik', 'budaya',
];

/** Indonesian affixes that are no words of their own (src/clean/wrap.ts, a syllable break at a hyphen): a line that ends
 *  with a prefix ("ter-" / "jadi", "peng-" / "awasan") or goes on with a suffix ("tahun-" / "nya", "kebija-" / "kan")
 *  breaks one word, joined without the hyphen. Lower-case; those of three letters or more (shorter fragments are no
 *  compound's half anyway). */
export const WRAP_WORD_PREFIXES: readonly string[] = [
  'ber', 'ter', 'per', 'mem', 'men', 'meng', 'meny', 'pem', 'pen', 'peng', 'peny', 'memper', 'diper', 'keber', 'keter',
];
export const WRAP_WORD_SUFFIXES: readonly string[] = ['nya', 'kan', 'lah', 'kah', 'tah', 'isasi'];
