// Units numbered with a roman numeral (`Kantor Regional V`, `Kodam I`, `Komisi X`, `Wilayah V`): after one of these
// words a one-letter roman numeral closed by a dot is the unit's number ending a sentence (`… dengan Badan
// Kepegawaian Negara Kantor Regional V. "Saya …`), not a name's initial (`Andi M. Rahman`). Lower case; read by
// src/nlp/sentences.ts.
export const ROMAN_NUMBERED_UNIT_WORDS: readonly string[] = [
  'regional', 'kanreg', 'wilayah', 'kanwil', 'kodam', 'korem', 'komisi', 'dapil', 'zona', 'rayon', 'sektor', 'seksi',
  'divisi', 'armada', 'lantamal', 'golongan', 'eselon', 'kelas', 'tahap', 'gelombang', 'angkatan', 'jilid', 'bab',
];
/** The roman numerals written as one letter (I, V, X; L, C, D and M do not number such units). */
export const ONE_LETTER_ROMAN_NUMERALS: readonly string[] = ['I', 'V', 'X'];
