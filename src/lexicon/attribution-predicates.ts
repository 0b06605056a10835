// Words that mark where a reported clause's predicate begins (statements, clause.ts), data for `readsAsClause`.

/** Sentence adverbs that stand between a subject and its predicate verb (`menjelaskan pengawasan kehadiran pegawai
 *  kini memakai absensi daring`, `menyampaikan prajurit TNI di wilayah itu juga terikat sumpah netralitas`): a verb
 *  right after one, with a subject word before it, is the content's predicate. Sequence adverbs (`lalu`,
 *  `kemudian`, `lantas`) are left out: after one a verb is the speaker's own next act (`memastikan kesiapan
 *  personel lalu meninjau gudang`). */
export const PREDICATE_ADVERBS: readonly string[] = ['juga', 'pun', 'pula', 'kini', 'justru', 'kerap', 'sering', 'selalu', 'mulai'];

/** Adjectives of a state or condition that are the whole predicate of a nominal clause after a subject closed by a
 *  demonstrative (`memastikan situasi di pulau itu aman dan kondusif`, `… pemungutan suara di TPS tersebut lancar`).
 *  The closed class of words a report uses for how a situation, a place or an event stands. */
export const STATE_ADJECTIVES: readonly string[] = [
  'aman', 'kondusif', 'lancar', 'tertib', 'terkendali', 'normal', 'sepi', 'ramai', 'siaga', 'netral', 'bersih', 'sah',
  'tuntas', 'selesai', 'lengkap', 'cukup', 'memadai', 'layak', 'rawan',
];
