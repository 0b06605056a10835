// DATA: how regional news spells a two-word region name as one word. A name of two place words is often written
// joined, by its own people and its outlets ("Mukomuko" for Kabupaten Muko Muko, "Sungaipenuh", "Muaraenim",
// "Padangpanjang", "Tebingtinggi", "Fakfak"): check14's Bengkulu page wrote "Mukomuko" throughout and no region was
// found. The joined spelling of every two-word province, regency and city name is matched as the name itself
// (extract/regions/hit.ts), except where one of the words qualifies the other: a compass point or a rank word
// ("Lampung Selatan", "Kubu Raya") or a geographic kind that heads a name ("Kepulauan Seribu", "Teluk Bintuni"),
// which are never written joined.

/** Second words that qualify the first (`Lampung Selatan`): such a name is never written as one word. */
export const UNJOINED_SECOND_WORDS: readonly string[] = [
  'Utara', 'Selatan', 'Timur', 'Barat', 'Tengah', 'Tenggara', 'Pusat', 'Raya', 'Jaya', 'Besar', 'Kepulauan',
  'Hulu', 'Hilir', 'Ilir', 'Laut', 'Pegunungan',
];

/** First words that name a kind of place or a status (`Kepulauan Seribu`, `DKI Jakarta`): never joined. */
export const UNJOINED_FIRST_WORDS: readonly string[] = ['Kepulauan', 'Pulau', 'Teluk', 'Pegunungan', 'DKI'];

/** The shortest joined spelling matched (a shorter one could be an ordinary word or a name). */
export const MIN_JOINED_LETTERS = 6;
