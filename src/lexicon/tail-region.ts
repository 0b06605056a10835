// Word classes for the page's tail as a region (src/clean/tail-region.ts, issue 22, round 15): what a site says to its
// reader below the article, as against what a reporter writes about others. Data only; closed classes, complete.

/** The reader addressed: the second-person pronouns of Indonesian (formal, familiar, plural, a site's "Sobat" to its
 *  readers) and of English (a widget left untranslated), and the polite imperative that only asks the reader. */
export const READER_ADDRESS_WORDS: readonly string[] = [
  'anda', 'kamu', 'kalian', 'sobat', 'you', 'your', 'silakan', 'silahkan',
];

/** What a site has and a reader uses: the page and its parts, the account, the subscription, the feeds. A sentence to
 *  the reader about one of these is the site's (a paywall, a login prompt, a poll, a newsletter); one about anything
 *  else may be the article's closing advice ("Bagi Anda yang menemukan pelanggaran, silakan lapor ke Bawaslu."). The
 *  site's own objects only: the words that name everyday things too, which a closing advice holds ("foto", "video",
 *  "berita", "daftar", "masuk", "link", "laman", "simpan", "post": "Jika Anda memiliki foto atau video dugaan
 *  pelanggaran, laporkan …", "daftar posko pengaduan tersedia di …"), are none of the class (review15 c2). */
export const SITE_OBJECT_WORDS: readonly string[] = [
  'konten', 'artikel', 'halaman', 'notifikasi', 'berlangganan', 'langganan', 'pelanggan',
  'akun', 'email', 'e-mail', 'surel', 'aplikasi', 'komentar', 'edisi', 'pratinjau', 'newsletter', 'buletin', 'premium',
  'eksklusif', 'login', 'log', 'fitur', 'iklan', 'situs', 'website', 'polling', 'poling',
  'jajak', 'reaksi', 'ringkasan', 'e-paper', 'epaper', 'tautan', 'klik', 'unduh', 'download', 'favorit',
  'bagikan', 'share', 'subscribe', 'posts', 'blog', 'notifications', 'account', 'sign',
];

/** The words of SITE_OBJECT_WORDS's header that name everyday things too: they make a site's line only in a widget's
 *  heading, a short question to the reader ("Kamu Sudah Menonton Video Terbaru Berikut ini?"), never in a sentence. */
export const SITE_MEDIA_WORDS: readonly string[] = [
  'foto', 'video', 'berita', 'daftar', 'masuk', 'link', 'laman', 'simpan', 'post',
];

/** Imperatives a site puts to its reader, opening a line ("Baca selengkapnya di edisi cetak …", "Dapatkan …",
 *  "Izinkan"): no line of a report starts so (the article's own imperatives stand inside quotes). The verbs of reading,
 *  watching, listening, following, fetching, subscribing, sharing, allowing, and the coaxing particles. */
export const READER_IMPERATIVES: readonly string[] = [
  'baca', 'bacalah', 'klik', 'simak', 'tonton', 'saksikan', 'dengarkan', 'dapatkan', 'ikuti', 'unduh', 'download',
  'berlangganan', 'langganan', 'bagikan', 'kunjungi', 'gabung', 'bergabunglah', 'follow', 'subscribe', 'login',
  'izinkan', 'aktifkan', 'nikmati', 'yuk', 'ayo', 'enter', 'sign', 'click', 'read', 'watch', 'share',
];
