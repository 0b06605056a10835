// Words of lists and tables of counts for the VIOLATION COUNTS extractor (table-rows.ts, list-parents.ts,
// bracket-items.ts, qa-answers.ts): the header cells of a table flattened to lines, and the words saying a list names
// only the largest items of a whole. Data only; lower-case.

/** The cell heading a table's column of figures ("Jenis Pelanggaran | Jumlah", "Kecamatan | Total Kasus", "Status |
 *  ASN"): a word of quantity, alone or before a unit word (the unit words are the lexicon's case and person units),
 *  or a unit word alone. The closed class of quantity words. Lower-case. */
export const TABLE_QUANTITY_HEADS: readonly string[] = ['jumlah', 'jml', 'jml.', 'total', 'banyaknya', 'banyak', 'frekuensi', 'angka', 'capaian'];

/** The cell heading a table's column of labels, when the labels are not regions or kinds of violation themselves
 *  ("Memberikan dukungan melalui media sosial | 7" under "Jenis Pelanggaran | Jumlah", "Dihentikan | 3" under "Status
 *  Penanganan | Jumlah"): the first word of that cell. The closed class: kind, form, category, status, stage, outcome,
 *  follow-up, sanction, origin, source, agency, office, post, item, description, and the administrative levels.
 *  Lower-case. */
export const TABLE_LABEL_HEADS: readonly string[] = [
  'jenis', 'bentuk', 'kategori', 'klasifikasi', 'kelompok', 'status', 'tahap', 'tahapan', 'proses', 'hasil', 'tindak',
  'tindaklanjut', 'penanganan', 'sanksi', 'hukuman', 'asal', 'sumber', 'instansi', 'lembaga', 'unit', 'satuan', 'opd',
  'dinas', 'jabatan', 'profesi', 'unsur', 'uraian', 'keterangan', 'rincian', 'dugaan', 'pelanggaran', 'modus',
  'provinsi', 'kabupaten', 'kabupaten/kota', 'kota', 'kecamatan', 'distrik', 'desa', 'kelurahan', 'nagari', 'daerah',
  'wilayah',
];

/** Words saying a list names only the largest items of a whole ("Lima provinsi dengan laporan terbanyak yakni …",
 *  "Rekomendasi terbanyak datang dari …", "tertinggi di …"): the list is partial, its items need not add up to the
 *  whole, and the whole is the largest figure before it of the items' unit group. The closed class of superlatives
 *  of quantity. Lower-case. */
export const PARTIAL_LIST_WORDS: readonly string[] = [
  'terbanyak', 'tertinggi', 'terbesar', 'paling banyak', 'paling tinggi', 'paling besar', 'teratas', 'terbanyak di',
  'urutan teratas', 'urutan pertama', 'peringkat teratas', 'peringkat pertama', 'posisi teratas', 'posisi pertama',
];

/** Kinds of sanction that label a list's items ("hukuman disiplin berat: 2 orang", "Teguran tertulis | 4",
 *  "penundaan kenaikan pangkat 3 ASN"): the closed class of civil-service disciplinary sanctions (PP 94/2021 and its
 *  everyday names). A label opening with one of them names a stage of handling. Lower-case. */
export const SANCTION_KINDS: readonly string[] = [
  'hukuman', 'hukuman disiplin', 'sanksi', 'teguran', 'teguran lisan', 'teguran tertulis', 'pernyataan tidak puas',
  'penundaan', 'penundaan kenaikan pangkat', 'penundaan kenaikan gaji', 'penundaan kenaikan gaji berkala',
  'penurunan pangkat', 'penurunan jabatan', 'penurunan jenjang jabatan', 'pemotongan tunjangan', 'pemotongan tukin',
  'pembebasan dari jabatan', 'pembebasan jabatan', 'pemberhentian', 'pemberhentian dengan hormat',
  'pemberhentian tidak dengan hormat', 'pemecatan', 'pencopotan', 'demosi', 'mutasi', 'skorsing',
];

/** Restrictive words before a figure that closes an interview answer's clause ("Pemilu 2019 dulu cuma dua.", "Yang
 *  sudah diputus baru tiga."): the figure is a count in the interview's unit. The closed class of restrictive
 *  adverbs of quantity. Lower-case. */
export const QA_ONLY_WORDS: readonly string[] = ['cuma', 'hanya', 'baru', 'tinggal', 'sisa', 'cuma ada', 'hanya ada', 'baru ada', 'tinggal ada'];

/** Words that add a figure to one told before it ("Selain itu, Bawaslu juga menerima 14 laporan soal baliho" after
 *  "menerima belasan laporan dugaan ASN tidak netral"): before a later precise figure in its sentence, that figure is
 *  another count, never the earlier vague plural restated (restatements.ts). */
export const ADDED_FIGURE_CUES: readonly string[] = ['selain itu', 'di samping itu', 'selain', 'juga', 'pula', 'tambahan'];

/** The word between a part and its whole in "Dua dari tiga laporan itu" (a part out of a whole, later-parts.ts
 *  laterRests: "Satu laporan lagi …" after it is the rest of that whole). */
export const PART_OF_WORDS: readonly string[] = ['dari'];
