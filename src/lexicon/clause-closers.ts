// Words that close a noun subject before its predicate in short reported content (issue 22, round 18).

/** Words ending in `-nya` that are no possessive closing a noun phrase (adverbs and connectives: `hanya`,
 *  `sebelumnya`): a `-nya` word closes a subject as a demonstrative does (`mengakui pola pelanggarannya berubah`,
 *  `mengakui dua stafnya menghadiri …`) unless it is one of these. Lower-case. */
export const NYA_NOT_POSSESSIVE: readonly string[] = [
  'hanya', 'bahwasanya', 'sebenarnya', 'sesungguhnya', 'biasanya', 'akhirnya', 'sebelumnya', 'sesudahnya',
  'setelahnya', 'selanjutnya', 'berikutnya', 'lainnya', 'misalnya', 'contohnya', 'khususnya', 'utamanya',
  'terutamanya', 'rupanya', 'agaknya', 'nantinya', 'selebihnya', 'sisanya', 'semuanya', 'seluruhnya',
  'sebaliknya', 'seharusnya', 'semestinya', 'sepertinya', 'tampaknya', 'kemungkinannya',
  // collective and partitive pronouns, heads of a second clause after a list (`mencatat empat dugaan pelanggaran, tiga
  // di antaranya melibatkan perbekel`, `…, keduanya berupa unggahan`): no subject of the reported clause
  'antaranya', 'keduanya', 'ketiganya', 'keempatnya', 'kelimanya', 'kesemuanya',
];
