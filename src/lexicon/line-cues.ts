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

/** The words before a post's stamp on a meta line (`Diposting pada 12/11/2024`, `on November 22`, `tgl. 5/3`,
 *  `pukul 10.15`), besides the separators `,`, `-`, `–`, `|` (clean/rules/platform.ts, AT). */
export const STAMP_LEAD_WORDS: readonly string[] = ['on', 'pada', 'di', 'at', 'tanggal', 'tgl.', 'tgl', 'pukul'];

/** The lower-case words a headline keeps (`Bupati Hadiri Rapat di Kantor Camat`): every other word of a title is
 *  capitalised or a number (clean/rules/platform.ts, TITLE_WORD). */
export const HEADLINE_LOWER_WORDS: readonly string[] = ['di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'dengan', 'atau', 'pada', 'soal', 'jadi', 'usai', 'saat'];

/** A comment thread's heading (`3 tanggapan untuk "…"`, `One thought on "…"`): the numbers written as words, the
 *  nouns besides the English `thoughts?`/`comments?`/`responses?`, and the words before the post's title. */
export const COMMENT_COUNT_NUMERALS: readonly string[] = ['one', 'two', 'three', 'satu', 'dua', 'tiga'];
export const COMMENT_NOUNS: readonly string[] = ['replies', 'komentar', 'tanggapan', 'balasan'];
export const COMMENT_ON_WORDS: readonly string[] = ['on', 'to', 'untuk', 'pada', 'atas'];

/** The links around a row of page numbers (`« Sebelumnya 1 2 3 Selanjutnya »`, `prev 1 2 next`). */
export const PAGE_PREVIOUS_WORDS: readonly string[] = ['sebelumnya', 'prev', 'previous', 'kembali'];
export const PAGE_NEXT_WORDS: readonly string[] = ['selanjutnya', 'berikutnya', 'next', 'lanjut'];

/** What a "click here" line points at after `klik` (`Klik di sini`, `Klik tautan`, `klik tombol`). */
export const CLICK_TARGETS: readonly string[] = ['di sini', 'disini', 'link', 'tautan', 'tombol'];
/** The words that open a button to the next page or the full text (`Klik halaman selanjutnya`, `Baca
 *  selengkapnya`, `Lanjut membaca`): the `prefix` hint of clean's next-page-line, order kept. */
export const NEXT_PAGE_OPENERS: readonly string[] = ['klik', 'halaman', 'laman', 'lanjut', 'baca', 'membaca'];
/** … and the adverb that ends it (`… selengkapnya`, `… berikutnya`, `… selanjutnya`). */
export const READ_ON_ADVERBS: readonly string[] = ['selengkapnya', 'berikutnya', 'selanjutnya'];

/** Ad-slot labels that may stand before a scroll prompt on its line (`Iklan - Gulir untuk melanjutkan`). */
export const SCROLL_AD_LABELS: readonly string[] = ['iklan', 'advertisement', 'ads', 'ad', 'sponsored'];

/** What a download line offers after the file's kind (`Unduh PDF di sini`, `Download dokumen lengkapnya`); a space
 *  is one space. And the size units in its brackets (`(1,2 MB)`), besides `bytes?`. */
export const DOWNLOAD_TAILS: readonly string[] = ['ini', 'di sini', 'disini', 'lengkap', 'lengkapnya'];
export const FILE_SIZE_UNITS: readonly string[] = ['kb', 'mb', 'gb'];

/** What a reader promotion offers (`Dapatkan berita terkini di WhatsApp Channel`, `Ikuti update kami …`), and the
 *  verbs of an app before `aplikasi` (`Unduh aplikasi …`): clean/rules/portal.ts. */
export const READER_PROMO_OFFERS: readonly string[] = ['berita', 'news', 'update', 'info', 'informasi', 'artikel', 'konten', 'channel', 'saluran'];
export const APP_INSTALL_VERBS: readonly string[] = ['install', 'instal', 'pasang', 'unduh', 'download'];

/** A byline's opener before the staff's generic name (`By admin`, `Diposting oleh Redaksi`, `Ditulis oleh Tim`), and
 *  that name (clean/structure.ts, BY_STAFF). */
export const STAFF_BYLINE_OPENERS: readonly string[] = ['by', 'oleh', 'posted by', 'diposting oleh', 'ditulis oleh'];
export const STAFF_NAMES: readonly string[] = ['admin', 'administrator', 'redaksi', 'tim'];
/** The credit words that open a credit row before a name, no colon (`Penulis Siti Nurjanah`): clean/structure.ts. */
export const CREDIT_LEAD_WORDS: readonly string[] = ['penulis', 'editor', 'reporter', 'pewarta', 'wartawan', 'kontributor', 'jurnalis', 'fotografer', 'oleh', 'by'];
/** The labels of an author's byline before a capitalised name (`Oleh: Rina`, `By Chris`, `Penulis Budi`). */
export const AUTHOR_BYLINE_LABELS: readonly string[] = ['oleh', 'by', 'penulis'];
