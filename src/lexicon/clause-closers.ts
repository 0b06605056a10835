// Words that close a noun subject before its predicate in short reported content (issue 22, round 18).

/** Words ending in `-nya` that are no possessive closing a noun phrase (adverbs and connectives: `hanya`,
 *  `sebelumnya`): a `-nya` word closes a subject as a demonstrative does (`mengakui pola pelanggarannya berubah`,
 *  `mengakui dua stafnya menghadiri …`) unless it is one of these. Lower-case. */
export const NYA_NOT_POSSESSIVE: readonly string[] = [
  'hanya', 'bahwasanya', 'sebenarnya', 'sesungguhnya', 'biasanya', 'akhirnya', 'sebelumnya', 'sesudahnya',
  'setelahnya', 'selanjutnya', 'berikutnya', 'lainnya', 'misalnya', 'contohnya', 'khususnya', 'utamanya',
  'terutamanya', 'rupanya', 'agaknya', 'nantinya', 'selebihnya', 'sisanya', 'semuanya', 'seluruhnya',
  'sebaliknya', 'seharusnya', 'semestinya', 'sepertinya', 'tampaknya', 'kemungkinannya',
  // adverbs of degree, attitude and summary (review18b: `setidaknya`, `sedikitnya`, `tentunya`, `sayangnya`, `intinya`)
  'setidaknya', 'sedikitnya', 'sekurangnya', 'sekurang-kurangnya', 'selambatnya', 'selambat-lambatnya', 'secepatnya',
  'sebaiknya', 'tentunya', 'sayangnya', 'untungnya', 'intinya', 'pokoknya', 'jelasnya', 'singkatnya', 'umumnya',
  'mestinya', 'harusnya', 'kiranya',
  // collective and partitive pronouns, heads of a second clause after a list (`mencatat empat dugaan pelanggaran, tiga
  // di antaranya melibatkan perbekel`, `…, keduanya berupa unggahan`): no subject of the reported clause
  'antaranya', 'keduanya', 'ketiganya', 'keempatnya', 'kelimanya', 'kesemuanya',
];

/** Words that follow a noun and its demonstrative after a verb of judging without being its predicate (review18b:
 *  `menilai laporan itu kemarin`, `… itu secara objektif`, `… itu bersama tim`, `… itu lagi`, `… itu sendiri`,
 *  `… itu saja`): adverbs of time, manner, repetition and restriction, particles, and the prepositions and
 *  adverbial openers that begin an adjunct. A weekday, a month or a number there is an adjunct too (read by
 *  clause.ts). The predicate after the demonstrative is an adjective or a verb (`menilai mutasi tersebut janggal`).
 *  Lower-case. */
export const DEMONSTRATIVE_NOT_PREDICATES: readonly string[] = [
  // time
  'kemarin', 'tadi', 'lalu', 'besok', 'kelak', 'nanti', 'kini', 'sekarang', 'hari', 'pekan', 'minggu', 'bulan',
  'tahun', 'pagi', 'siang', 'sore', 'malam', 'dulu', 'dahulu', 'tempo', 'sebelumnya', 'sesudahnya', 'kemudian',
  // manner, repetition, restriction, emphasis, particles
  'secara', 'dengan', 'bersama', 'bersama-sama', 'lagi', 'kembali', 'sendiri', 'saja', 'pula', 'juga', 'pun',
  'sekali', 'sekaligus', 'langsung', 'segera', 'terlebih', 'satu', 'per', 'masing-masing',
  // prepositions opening an adjunct
  'di', 'ke', 'dari', 'pada', 'dalam', 'untuk', 'bagi', 'oleh', 'melalui', 'lewat', 'sebagai', 'kepada', 'terhadap',
  'sejak', 'hingga', 'sampai', 'selama', 'saat', 'ketika', 'setelah', 'sebelum', 'usai', 'seusai', 'agar', 'supaya',
];

/** The agents that act for the bodies of CLAUSE_INSTITUTION_SUBJECTS in oversight (`menyampaikan pengawas menemukan
 *  dua ASN …`, `menjelaskan tim pemeriksa menemukan …`): a clause's subject opening reported content, as the body is;
 *  never the object of a verb of saying. Lower-case. */
export const CLAUSE_AGENT_SUBJECTS: readonly string[] = ['pengawas', 'petugas', 'tim', 'aparat', 'penyidik', 'pemeriksa', 'personel', 'jajaran'];
