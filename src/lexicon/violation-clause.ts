// Words of one count's clause for the VIOLATION COUNTS extractor (round 15, counts14b): what stands right around a
// figure and says what it is. Data only; lower-case. Re-exported by violations.ts.

/** Words of having right before a figure of people (a bound between allowed): with WORKFORCE_FLOOR people or more
 *  the figure is the size of a workforce, never a count of offenders ("untuk daerah dengan lebih dari 18 ribu
 *  pegawai", "Pemkab memiliki 9.000 ASN", "kabupaten yang mempunyai sekitar 12 ribu PNS"). */
export const WORKFORCE_BEFORE: readonly string[] = ['dengan', 'memiliki', 'mempunyai', 'punya', 'berisi', 'beranggotakan', 'menaungi', 'membawahi'];

/** Verbs of change after a figure pointed back at by its size ("angka itu naik tajam", "jumlahnya meningkat"): the
 *  sentence after it may give the earlier record the figure is compared with ("Pada Pemilu 2019, Bawaslu menangani
 *  tidak lebih dari lima kasus"), a count (context.ts). */
export const SIZE_CHANGE_VERBS: readonly string[] = [
  'naik', 'turun', 'bertambah', 'berkurang', 'meningkat', 'menurun', 'melonjak', 'merosot', 'menyusut', 'melambung',
  'berlipat', 'anjlok',
];

/** A body right after a document received ("pihaknya menerima rekomendasi BKN atas 16 ASN", "mendapat laporan Bawaslu
 *  soal 22 pegawai") sent it: the receiver named as the subject counted what it received and what it did with it. Such a
 *  body is an origin (link-reporter.ts), a reporter only when the text names no other. A verb of receiving, up to two
 *  words, one of the documents, then the body. */
export const RECEIVE_VERBS: readonly string[] = ['menerima', 'diterima', 'terima', 'mendapat', 'mendapatkan', 'memperoleh', 'menindaklanjuti', 'ditindaklanjuti'];
export const RECEIVED_DOCUMENTS: readonly string[] = ['rekomendasi', 'laporan', 'surat', 'putusan', 'keputusan', 'hasil kajian', 'hasil pemeriksaan', 'pelimpahan', 'tembusan'];

/** A figure's size pointed back at by a possessive or a demonstrative ("Pada Pilkada 2020, jumlahnya hanya tiga"):
 *  with an election in its clause, the bare number after it is the earlier election's figure of the same thing
 *  (comparisons.ts). Not "jumlah TPS-nya" (the size of something else, named between). */
export const SIZE_BACK_POINTERS: readonly string[] = ['jumlahnya', 'angkanya', 'totalnya', 'jumlah itu', 'angka itu', 'jumlah tersebut', 'angka tersebut'];

/** Words between such a pointer and its bare figure: a link or a restrictive adverb ("jumlahnya hanya tiga",
 *  "angkanya cuma lima", "jumlahnya mencapai 21"). The closed class; a bound word is no such filler (its qualifier is
 *  read elsewhere). */
export const SIZE_FIGURE_FILLERS: readonly string[] = ['hanya', 'cuma', 'baru', 'mencapai', 'sebanyak', 'ada', 'tercatat', 'adalah', 'yakni', 'ialah', 'sudah', 'masih', 'sekadar'];

/** Words opening a breakdown by origin ("rekomendasi itu berasal dari kementerian/lembaga 58 kasus, pemerintah provinsi
 *  96, …"): beside PARTITION_OPENERS, what may stand before the label of a split's first item (label-items.ts). */
export const ORIGIN_OPENERS: readonly string[] = ['berasal dari', 'bersumber dari', 'datang dari', 'asal'];

/** Aspect words between "yang" (or its agent) and the verb of a relative clause after a bare figure ("Sudah 22 yang
 *  kami teruskan", "5 yang sudah diteruskan": extract/violations/bare-stages.ts). Lower-case. */
export const ASPECT_WORDS: readonly string[] = ['sudah', 'telah', 'masih', 'belum'];
/** Words that open the clause after "orang" when the people are the subject of an act ("12 orang yang …", "5 orang
 *  telah …", "3 orang dilaporkan … di"; extract/violations/count-unit.ts AFTER_ORANG): another noun after it
 *  ("56 Orang Calon Anggota Paskibraka") is no count. Lower-case. */
export const ORANG_CLAUSE_OPENERS: readonly string[] = ['yang', 'telah', 'sudah', 'di'];
/** Words that end the noun of a coordinated count of one ("dan seorang staf kelurahan yang …", "dan satu guru
 *  dari …": extract/violations/collectives.ts ONE_AFTER). Lower-case. */
export const ONE_ITEM_END_WORDS: readonly string[] = ['dan', 'serta', 'yang', 'di', 'dari'];
