// DATA: the words of the short furniture lines clean/ removes: a clock time's suffix (`10:15 WIB`, `8:30 PM`), a
// byline's label, a share row (`Bagikan ke: Facebook | X`), a "read it at" promotion (`Baca selengkapnya di
// aplikasi …`) and a street address (`Jl. Merdeka No. 5`). Moved here from src/clean/ (issue 19: lexicons are data in
// src/lexicon/); time zones are calendar.ts's TIME_ZONES.

/** The 12-hour clock's suffixes after a time (`8:30 PM`, `10.15 am`): as written in upper case. */
export const CLOCK_MERIDIEMS: readonly string[] = ['AM', 'PM'];

/** Labels that may close a byline after its date (`12/11/2024 | Laporan: Budi`, `… - Oleh Rina`, `… by Chris`),
 *  besides the credit roles (clean/rules/build.ts, BYLINE_SUFFIX_SRC). */
export const BYLINE_SUFFIX_LABELS: readonly string[] = ['laporan', 'oleh', 'by'];

/** The verbs that open a share row (`Share ke Facebook`, `Bagikan via WhatsApp`, `Sebarkan: X | Facebook`). */
export const SHARE_VERBS: readonly string[] = ['share', 'bagikan', 'sebarkan'];
/** The words between a share verb and the networks (`Bagikan ke`, `Share on`, `Sebarkan lewat`). */
export const SHARE_TO_WORDS: readonly string[] = ['ke', 'via', 'on', 'to', 'di', 'lewat', 'melalui'];

/** The verbs that open a "read it at" promotion (`Baca berita lainnya di Google News`, `Cek berita … via WhatsApp`). */
export const READ_AT_VERBS: readonly string[] = ['cek', 'baca', 'lihat'];
/** The words before the channel of such a promotion (`… di Google News`, `… via Telegram`, `… melalui aplikasi`). */
export const READ_AT_WORDS: readonly string[] = ['di', 'via', 'lewat', 'melalui'];

/** The words that open a street address (`Jl. Merdeka No. 5`, `Jln Sudirman`, `Jalan Ahmad Yani Km 3`), in an
 *  office's contact line or address line. Order kept: rules take their `prefix` hint from it. */
export const STREET_WORDS: readonly string[] = ['jl', 'jln', 'jalan'];
