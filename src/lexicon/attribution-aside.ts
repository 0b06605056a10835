// Words that open a frame before an inserted source (`Kemarin, menurut X, …`, `Terhadap ASN yang terbukti, menurut
// X, …`, `Ya, menurut dia, …`): the opening is an adverbial, not the subject of what was said (aside-subject.ts).
// Lower-case first words of the closed classes.
//
// A frame opener is any word of SECTION_CONNECTIVES, FRONTED_ADJUNCT_OPENERS or SUBORDINATORS (lexicon/attribution.ts:
// `Sementara itu,`, `Dalam keterangannya,`, `Setelah …,`) or of the list below, which holds only the words those three
// classes lack; aside-subject.ts reads the four together. A word belongs in one list: add a connective, a fronted
// preposition or a subordinator to its own class there, and only the rest here.

/** The prepositions (of target, beneficiary, origin, place, extent, means, basis, topic), the adverbials of time
 *  and the discourse particles that open a sentence adverbial, besides those of the three classes above. */
export const ASIDE_FRAME_OPENERS: readonly string[] = [
  // prepositions
  'terhadap', 'bagi', 'dari', 'ke', 'tanpa', 'antara', 'sejauh', 'sesuai', 'melalui', 'lewat', 'tentang', 'mengenai',
  'soal', 'seputar', 'perihal', 'menyangkut', 'demi', 'sesudah', 'menurut',
  // adverbials of time
  'kemarin', 'tadi', 'besok', 'lusa', 'semalam', 'dulu', 'dahulu', 'nanti', 'nantinya', 'tahun', 'bulan', 'pekan',
  'minggu', 'hari', 'pagi', 'siang', 'sore', 'malam', 'belakangan', 'kala', 'waktu',
  // discourse particles and connectives of consequence or gloss
  'ya', 'nah', 'yah', 'oh', 'wah', 'lho', 'kok', 'oke', 'baik', 'begini', 'pokoknya', 'artinya', 'maksudnya',
  'memang', 'tentu', 'tentunya', 'pastinya', 'justru',
];
