// Word lists of the furniture that radio and TV stations' sites, print views, signed documents and reader-funded
// sites leave in a scrape (issue 22, round 9: kinds seen on fixtures/clean/check6 and on the released parts of
// clean5, clean5b and check3). The rules built from them are in src/clean/rules/station-and-print.ts. Data only.
// Lower-case; matched case-insensitively against a WHOLE short line.

/** The label of a page's print view, alone or before the outlet's name (check6/10: "Versi cetak - Harian Palu
 *  Ekspres"): Indonesian and English wordings of the print-friendly page. */
export const PRINT_VIEW_LABELS: readonly string[] = [
  'versi cetak', 'versi print', 'versi printer', 'tampilan cetak', 'mode cetak', 'halaman cetak', 'cetak halaman',
  'cetak halaman ini', 'cetak artikel', 'cetak berita', 'cetak artikel ini', 'cetak berita ini', 'print version',
  'printer friendly', 'printer-friendly', 'printer friendly version', 'printer-friendly version', 'print view',
  'print this page', 'print this article', 'print page',
];
/** The label of a print view's date (check6/10: "Tanggal cetak: 02/11/2024 20:14"), followed by a date or a time. */
export const PRINT_DATE_LABELS: readonly string[] = [
  'tanggal cetak', 'tgl cetak', 'tgl. cetak', 'waktu cetak', 'dicetak pada', 'dicetak tanggal', 'dicetak', 'printed on',
  'printed', 'print date', 'date printed', 'printed at',
  // a print edition's date under the masthead (clean5/12: "EDISI SELASA 12 NOVEMBER 2024")
  'edisi', 'edisi cetak', 'edisi koran', 'edition',
];

/** A station's on-air label before the programme's name (check6/08: "On Air: Banjar Pagi Ini (06.00–09.00 WITA)"). */
export const ON_AIR_LABELS: readonly string[] = [
  'on air', 'now on air', 'live on air', 'now playing', 'now showing', 'sedang mengudara', 'sedang on air',
  'sedang diputar', 'sedang tayang', 'mengudara', 'siaran sekarang', 'acara sekarang',
  'program sekarang', 'tayang sekarang', 'saat ini mengudara', 'up next', 'berikutnya mengudara',
];
/** The openers of a station's request line (check6/08: "Request lagu via WhatsApp 0811-5123-992"; clean5b/05:
 *  "Request lagu? Kirim WA ke 0812 2233 4455"): the request, the greeting, the line to call. */
export const REQUEST_LINE_OPENERS: readonly string[] = [
  'request lagu', 'req lagu', 'request', 'requests', 'pesan lagu', 'minta lagu', 'kirim request', 'kirim salam',
  'titip salam', 'salam dan request', 'salam & request', 'salam-salaman', 'interaktif', 'line interaktif',
  'telepon interaktif', 'hotline studio', 'sms interaktif', 'sms/wa', 'wa studio', 'whatsapp studio',
];
/** The channels such a line names before its number (any of them, or a bare phone number, makes the line). */
export const REQUEST_LINE_CHANNELS: readonly string[] = ['whatsapp', 'wa', 'sms', 'telp', 'telepon', 'telpon', 'hubungi', 'line', 'dm', 'ig', 'instagram'];

/** The kind of an official document whose number heads a release or a circular (check6/05: "SIARAN PERS NOMOR:
 *  061/RILIS/BKN/X/2024"; clean5/15: "NOMOR 800/1245/BKPSDM/2024" under "SURAT EDARAN"). */
export const DOCUMENT_KINDS: readonly string[] = [
  'siaran pers', 'press release', 'rilis', 'rilis pers', 'rilis berita', 'surat edaran', 'surat keputusan', 'keputusan',
  'peraturan', 'pengumuman', 'instruksi', 'nota dinas', 'surat', 'surat perintah', 'surat tugas', 'undangan',
  'berita acara', 'maklumat', 'edaran', 'keterangan pers', 'pernyataan pers',
];
/** The word before the document's number ("Nomor:", "No.", "Nomer"). */
export const DOCUMENT_NUMBER_LABELS: readonly string[] = ['nomor', 'nomer', 'no', 'no.', 'number', 'nr', 'nr.'];

/** The short units of a social post's age (clean4b/03, a Facebook post: "12 j ·"; "3 mnt", "2 hr", "1 mgg", "5 h"):
 *  Indonesian and English abbreviations, written right after the figure. */
export const SOCIAL_TIME_UNITS: readonly string[] = ['j', 'jam', 'mnt', 'mnt.', 'm', 'min', 'h', 'hr', 'hari', 'd', 'mgg', 'w', 'bln', 'thn', 'y'];

/** A reaction prompt under an article (clean5/13: "Suka tulisan ini?"; clean3b/02: "Kamu Sudah Menonton Video Ini?"): a
 *  question about this piece with one of these words. "Apakah ini bisa diubah?" names no piece. */
export const REACTION_WORDS: readonly string[] = [
  'suka', 'menyukai', 'reaksi', 'reaksimu', 'reaksi anda', 'perasaan', 'perasaanmu', 'perasaan anda', 'bermanfaat',
  'membantu', 'menarik', 'menonton', 'nonton', 'menikmati', 'puas', 'like', 'rating', 'nilai', 'beri nilai',
];
/** The piece such a prompt asks about (followed by "ini"). */
export const REACTION_PIECES: readonly string[] = ['tulisan', 'artikel', 'berita', 'konten', 'video', 'postingan', 'posting', 'liputan', 'cerita', 'post', 'article', 'story'];

/** The words of a donation banner (check3/11: "Dukung Jubi: donasi untuk jurnalisme independen di Tanah Papua"): an
 *  opener, then a word of giving. */
export const DONATION_OPENERS: readonly string[] = [
  'dukung', 'dukunglah', 'bantu', 'support', 'donasi', 'berdonasi', 'traktir', 'sawer', 'jadilah donatur', 'jadi donatur',
  'mari dukung', 'yuk dukung', 'ayo dukung',
];
export const DONATION_WORDS: readonly string[] = [
  'donasi', 'berdonasi', 'donate', 'donation', 'donatur', 'traktir', 'kopi', 'saweria', 'trakteer', 'sawer', 'sumbangan',
  'berlangganan', 'langganan', 'jurnalisme independen', 'jurnalisme berkualitas', 'media independen', 'patreon',
];

/** An electronically signed document's footnote (clean5/15: "Dokumen ini telah ditandatangani secara elektronik"),
 *  a PDF's download link (clean5/15: "Unduh PDF (218 KB)"): their openings. */
export const SIGNED_DOCUMENT_OPENERS: readonly string[] = [
  'dokumen ini telah ditandatangani secara elektronik', 'dokumen ini ditandatangani secara elektronik',
  'dokumen ini telah ditandatangani menggunakan sertifikat elektronik', 'ditandatangani secara elektronik oleh',
  'telah ditandatangani secara elektronik', 'this document has been electronically signed', 'this document is electronically signed',
];
export const DOWNLOAD_VERBS: readonly string[] = ['unduh', 'download', 'lihat', 'buka', 'baca', 'simpan'];
export const FILE_KINDS: readonly string[] = ['pdf', 'dokumen', 'file', 'berkas', 'lampiran', 'docx', 'doc', 'xlsx', 'ppt', 'pptx', 'zip'];

/** What numbers a chapter of a report or a regulation exported from PDF, alone on its line with its number ("BAB III",
 *  "Chapter 2"): rules/print.ts chapter-number-line. */
export const CHAPTER_WORDS: readonly string[] = ['bab', 'chapter'];

/** A station's programme promo at the end of its article (check8/04, a radio site: "Dengarkan selengkapnya dalam
 *  program Kabar Sakti pukul 17.00 WIB."): a listening or watching imperative first, … */
export const PROGRAMME_PROMO_VERBS: readonly string[] = [
  'dengarkan', 'dengar', 'simak', 'saksikan', 'tonton', 'ikuti', 'nantikan', 'jangan lewatkan', 'jangan sampai lewatkan',
  'jangan ketinggalan', 'jangan sampai ketinggalan', 'putar', 'nikmati', 'tune in', 'listen', 'watch',
];
/** … a programme word … */
export const PROGRAMME_NOUNS: readonly string[] = [
  'program', 'acara', 'siaran', 'tayangan', 'segmen', 'rubrik', 'talkshow', 'talk show', 'dialog', 'podcast', 'edisi',
  'wawancara', 'liputan', 'berita', 'warta', 'buletin',
];
/** … and its slot: a time or a day (a reporter's sentence holding the verb has neither a programme nor a slot). */
export const PROGRAMME_SLOT_WORDS: readonly string[] = ['pukul', 'jam', 'setiap', 'tiap', 'hanya di', 'live di', 'di frekuensi'];
/** A promo's exclamation alone on its line (check8/04: "Jangan lewatkan!"): the whole class of "don't miss it" and "stay
 *  tuned" lines. Lower-case, without the final mark. */
export const PROMO_EXCLAMATIONS: readonly string[] = [
  'jangan lewatkan', 'jangan sampai lewatkan', 'jangan sampai terlewat', 'jangan ketinggalan', 'jangan sampai ketinggalan',
  'jangan lupa', 'jangan lupa dengarkan', 'jangan lupa saksikan', 'jangan lupa tonton', 'nantikan', 'nantikan segera',
  'tetap bersama kami', 'stay tuned', 'don\'t miss it', 'saksikan', 'dengarkan', 'tonton', 'simak', 'segera',
];

/** The mark of a signature in a letter or a release's sign-off, alone on its line between the signer's post ("Ketua
 *  Bawaslu Kabupaten Poso,") and name (check9/09): "ttd.", "(ttd)", "Tertanda", "TTD", "t.t.d.", "dto". Lower-case,
 *  without dots or brackets. */
export const SIGNATURE_MARKS: readonly string[] = ['ttd', 'tertanda', 'ditandatangani', 'dto', 't.t.d', 'signed', 'cap dan ttd', 'ttd dan cap'];
/** The signer's post and name lines have at most this many words. */
export const SIGNATURE_LINE_MAX_WORDS = 10;
