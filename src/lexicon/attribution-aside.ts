// Words that open a frame before an inserted source (`Kemarin, menurut X, …`, `Terhadap ASN yang terbukti, menurut
// X, …`, `Ya, menurut dia, …`): the opening is an adverbial, not the subject of what was said (aside-subject.ts).
// Lower-case first words of the closed classes.

/** The prepositions (of target, beneficiary, origin, place, time, extent, means, basis, topic), the adverbials of
 *  time and the discourse particles that open a sentence adverbial. */
export const ASIDE_FRAME_OPENERS: readonly string[] = [
  // prepositions
  'terhadap', 'bagi', 'untuk', 'kepada', 'dari', 'ke', 'di', 'pada', 'dalam', 'atas', 'oleh', 'dengan', 'tanpa',
  'antara', 'sejak', 'selama', 'sepanjang', 'hingga', 'sampai', 'sejauh', 'sesuai', 'berdasarkan', 'melalui',
  'lewat', 'tentang', 'mengenai', 'soal', 'terkait', 'seputar', 'perihal', 'menyangkut', 'demi', 'menjelang',
  'jelang', 'usai', 'seusai', 'selepas', 'sebelum', 'setelah', 'sesudah', 'menurut',
  // adverbials of time
  'kemarin', 'tadi', 'besok', 'lusa', 'semalam', 'kini', 'sekarang', 'dulu', 'dahulu', 'nanti', 'nantinya',
  'tahun', 'bulan', 'pekan', 'minggu', 'hari', 'pagi', 'siang', 'sore', 'malam', 'belakangan', 'selanjutnya',
  'sebelumnya', 'akhirnya', 'sementara', 'saat', 'ketika', 'kala', 'waktu',
  // discourse particles and connectives of consequence or gloss
  'ya', 'nah', 'yah', 'oh', 'wah', 'lho', 'kok', 'oke', 'baik', 'begini', 'pokoknya', 'artinya', 'intinya',
  'maksudnya', 'jadi', 'maka', 'memang', 'tentu', 'tentunya', 'pastinya', 'justru', 'bahkan', 'namun', 'tetapi',
];
