// Word lists of the page furniture that government portals (Diskominfo, Humas, Prokopim), TV network sites and
// hacked sites leave in a scrape (issue 22, third set; fixtures/clean/portal). The clean rules built from them are
// in src/clean/rules/portal.ts. Data only. Lower-case; matched case-insensitively, against a WHOLE short line.

/** Labels of a page's visitor and view counters, followed by a bare number: "Hits: 87", "Pengunjung Hari Ini :
 *  312", "Total Pengunjung : 1.204.556", "Online: 4", "Bulan ini: 3.980". A body line with a figure says what
 *  was counted ("Hari ini 12 ASN dipanggil"), so the number must end the line. */
export const COUNTER_LABELS: readonly string[] = [
  'hits', 'total hits', 'hit', 'pengunjung', 'pengunjung hari ini', 'pengunjung online', 'pengunjung kemarin',
  'total pengunjung', 'jumlah pengunjung', 'kunjungan', 'total kunjungan', 'kunjungan hari ini', 'online',
  'user online', 'pengguna online', 'hari ini', 'kemarin', 'minggu ini', 'pekan ini', 'bulan ini', 'tahun ini',
  'bulan lalu', 'visitors', 'visitor', 'visits', 'today', 'yesterday', 'this week', 'this month',
  'total visitors', 'pageviews', 'page views', 'pageview', 'dilihat', 'dibaca', 'views', 'pembaca',
];

/** Labels of a page's category line: "Kategori: Berita Daerah", "Category: Pemerintahan", "Rubrik: Politik".
 *  A colon is required after these ("Kategori pelanggaran yang paling banyak …" is a sentence). */
// (clean3/04: "In: Daerah, Pilkada 2024", a WordPress theme's category row)
export const CATEGORY_LABELS: readonly string[] = ['kategori', 'category', 'categories', 'rubrik', 'kanal', 'section', 'in'];
/** Category lines that need no colon (WordPress/Blogger): "Posted in Berita Daerah, Pemerintahan". */
export const CATEGORY_PHRASES: readonly string[] = [
  'posted in', 'filed under', 'diposting di', 'diposting dalam', 'dalam kategori', 'diterbitkan di', 'dimuat di', 'labels',
];

/** Labels of a portal footer's contact lines: "Alamat: Jl. …", "Telp. (0370) 6123456 | Email: …", "Email:
 *  humas@…", "Jam Pelayanan: Senin - Kamis …", "Call Center: 0511-…". */
export const CONTACT_LABELS: readonly string[] = [
  'alamat', 'alamat kantor', 'address', 'telp', 'telp.', 'tlp', 'tlp.', 'telepon', 'telpon', 'phone', 'tel', 'tel.',
  'fax', 'fax.', 'faks', 'faksimile', 'telp/fax', 'telp./fax', 'telp/faks', 'email', 'e-mail', 'surel', 'mail',
  'call center', 'hotline', 'sms center', 'whatsapp', 'wa', 'hp', 'kode pos',
  'jam pelayanan', 'jam kerja', 'jam operasional', 'jam layanan', 'jam kantor', 'waktu pelayanan', 'office hours',
];

/** Words that make a short line a staff byline without a date: "Tim Redaksi", "Admin Humas", "Oleh Redaksi",
 *  "Diposting oleh admin", "Posted by: admin". Only the words, then at most three capitalised words. */
export const STAFF_WORDS: readonly string[] = [
  'admin', 'administrator', 'redaksi', 'tim redaksi', 'tim liputan', 'tim humas', 'humas', 'webmaster', 'newsroom',
  'superadmin', 'editor', 'kontributor', 'redaktur',
  // the same heading in English (round 18, clean18: an IDN Times regional page's foot, "Editorial Team")
  'editorial team', 'tim editorial',
];
/** The word a blog theme prints before a post's category on a meta line of its own (round 16, a WordPress daily: "in
 *  Politik" / "0" under the headline): the theme's English string, left untranslated (Indonesian "di", "dalam" open a
 *  wrapped line's end too, "di Kabupaten Poso", and are none of the class). Lower case. */
export const POST_CATEGORY_WORDS: readonly string[] = ['in'];

/** Verbs a staff byline may open with, before `oleh`/`by`: "Diposting oleh admin", "Written by Humas Setda". */
export const POSTED_VERBS: readonly string[] = [
  'diposting', 'diposkan', 'ditulis', 'diunggah', 'dibuat', 'dipublikasikan', 'diterbitkan', 'dikirim', 'posted',
  'written', 'published', 'uploaded', 'submitted',
];

/** Press offices credited in brackets at the end of a portal's story, or alone on the line: "(Prokopim KSB)",
 *  "(Humas Setda)", "(Diskominfo)". */
export const PRESS_OFFICES: readonly string[] = [
  'prokopim', 'humas', 'diskominfo', 'diskominfotik', 'kominfo', 'dinas kominfo', 'protokol', 'bagian prokopim',
  'bagian humas', 'humas setda', 'humas pemkab', 'humas pemkot', 'humas pemprov', 'biro adpim', 'adpim', 'hms', 'pid',
  'mc', 'media center', 'infopublik',
  // the information desks of the TNI and Polri (check6/03: "(Pendim 1207/Ptk)", "Pontianak, Pendim 1207 –"): Kodim,
  // Korem, Kodam, the Army's, Navy's and Air Force's information services, the TNI's, Polri's and a Polda's
  'pendim', 'penrem', 'pendam', 'penerangan kodim', 'penerangan korem', 'penerangan kodam', 'dispenad', 'dispenal',
  'dispenau', 'puspen', 'puspen tni', 'pentak', 'penkostrad', 'bidhumas', 'bid humas', 'divhumas', 'div humas', 'subbag humas',
  'si humas', 'sihumas',
];

/** Bodies that publish their own news on their own websites and write themselves where an outlet stands in the lead
 *  (clean20: "Waghete, Bawaslu Deiyai – …", "Sleman, Pemkab Sleman – …", "Watampone, Polres Bone – …"): election
 *  bodies, regional governments and parliaments, police and military units, a ministry's regional office. Lower-case;
 *  the first word of the outlet, its region's name after it (clean/dateline.ts `isSelfPublishingBody`). */
export const SELF_PUBLISHING_BODIES: readonly string[] = [
  'bawaslu', 'kpu', 'kpud', 'panwaslu', 'panwascam', 'pemkab', 'pemkot', 'pemprov', 'pemda', 'setda', 'setdakab', 'dprd',
  'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'kodim', 'korem', 'kodam', 'lanal', 'lanud', 'kemenag',
];

/** A media button: a viewing verb and the medium it opens, alone on its line, the label a gallery's or a player's button
 *  leaves in scraped text (check14/01, a national portal: "Lihat Foto" between the headline and its caption). The class
 *  is the verbs × the media (rules/credits.ts media-button-line; the pairs are no entries of WIDGET_LINES: 600 more
 *  entries in its one alternation made the widget rule 18 times dearer). */
export const MEDIA_BUTTON_VERBS: readonly string[] = ['lihat', 'tonton', 'buka', 'perbesar', 'putar', 'klik', 'zoom', 'view', 'watch', 'play', 'open', 'see'];
export const MEDIA_BUTTON_MEDIA: readonly string[] = [
  'foto', 'video', 'galeri', 'galeri foto', 'gambar', 'infografis', 'infografik', 'grafis', 'album', 'slide', 'slideshow',
  'photo', 'photos', 'gallery', 'image', 'images', 'fotonya', 'videonya',
];
/** … and the word that may stand between them ("Lihat Semua Foto"). */
export const MEDIA_BUTTON_QUANTIFIERS: readonly string[] = ['semua', 'all'];

/** Widget and menu lines that are a whole line on their own (TV players, portal menus, list buttons):
 *  "Play", "Lihat Semua", "Skip to content", "PPID", "Layanan Publik", "Details". */
export const WIDGET_LINES: readonly string[] = [
  // video players
  'play', 'pause', 'mute', 'unmute', 'replay', 'fullscreen', 'full screen', 'putar video',
  // audio players (regional2/18: "Audio" above "00:00"); a player's label alone between body lines (check9/02: "Video
  // Player" above "00:00 / 02:14")
  'audio', 'putar audio', 'video player', 'audio player', 'pemutar video', 'pemutar audio', 'media player', 'podcast player',
  // a player's or a read-aloud widget's button alone on its line (round 16, a radio network's and a TV station's pages:
  // "Dengarkan" / "KBRN" above the lead; "Tonton" / "Putar Video" under the headline)
  'dengarkan', 'dengarkan berita', 'dengarkan berita ini', 'dengarkan artikel', 'dengarkan artikel ini', 'putar', 'tonton',
  'listen', 'listen to this article', 'watch',
  // list buttons and menus
  'lihat semua', 'selengkapnya »', 'semua berita', 'indeks berita', 'lihat indeks', 'kanal', 'rubrik', 'details',
  'detail', 'prev', 'sebelumnya »', 'skip to content', 'skip to main content', 'lompat ke konten', 'lompat ke konten utama', 'langsung ke konten',
  'langsung ke konten utama', 'loncat ke konten', 'skip to navigation', 'toggle navigation',
  'navigasi', 'main menu', 'menu utama', 'search for:', 'cari berita', 'ketik kata kunci',
  // portal menus of a government site
  'ppid', 'layanan publik', 'profil daerah', 'informasi publik', 'galeri foto', 'kontak kami', 'hubungi kami',
  'tentang kami', 'peta situs', 'sitemap', 'pedoman media siber', 'kebijakan privasi', 'disclaimer', 'info iklan',
  'statistik pengunjung', 'statistik kunjungan', 'visitor counter',
  'link terkait', 'tautan', 'ikuti kami', 'follow us', 'sosial media', 'media sosial kami', 'bersambung',
  // a follow or subscribe button alone on its line, its "+" and its state after a click (check10/07, a news aggregator's
  // page: "Ikuti" under the headline)
  'ikuti', '+ ikuti', 'follow', '+ follow', 'subscribe', '+ subscribe', 'berlangganan', 'mengikuti', 'following', 'unfollow',
];

/** Words that make a short line the heading of a list of other stories: "Pilihan Untuk Anda", "Topik Menarik",
 *  "Video Pilihan", "Rekomendasi Untuk Anda", "Artikel Menarik Lainnya", "Tonton Juga", "Tag Terkait". A heading is
 *  made ONLY of these words (LIST_HEADING_NOUNS and LIST_HEADING_QUALIFIERS), with at least one qualifier. */
export const LIST_HEADING_NOUNS: readonly string[] = [
  'berita', 'artikel', 'video', 'foto', 'topik', 'tag', 'tags', 'kanal', 'konten', 'bacaan', 'tulisan', 'info',
  'baca', 'tonton', 'lihat', 'simak', 'saksikan', 'untuk', 'anda', 'kamu', 'buat', 'hari', 'ini', 'dan', 'news',
  'stories', 'for', 'you', 'more', 'from', 'kami', 'lain', 'yang',
  // the other names of a post (check6/03, a Kodim's blog: "Posting Terkait")
  'posting', 'postingan', 'post', 'posts', 'pos', 'liputan', 'galeri', 'podcast',
];
export const LIST_HEADING_QUALIFIERS: readonly string[] = [
  'pilihan', 'rekomendasi', 'terkait', 'lainnya', 'menarik', 'terpopuler', 'populer', 'terbaru', 'terkini', 'juga',
  'trending', 'unggulan', 'recommended', 'related', 'popular', 'latest', 'selanjutnya', 'berikutnya',
];

/** Gambling spam vocabulary (junk/03 and fixtures/clean/portal 05, 11): a short line made ONLY of these words
 *  (and brand names glued to a gambling word: "KOITOTO", "WINSLOT88"), with one from GAMBLING_SPAM_CORE, is spam.
 *  "Judi", "bandar" and "online" are not core: "Polisi Tangkap Bandar Judi Slot" and "Judi Online" are news. */
export const GAMBLING_SPAM_CORE: readonly string[] = [
  'slot', 'slot88', 'slot777', 'gacor', 'maxwin', 'toto', 'togel', 'sbobet', 'rtp', 'scatter', 'mahjong', 'zeus',
  'olympus', 'pragmatic', 'parlay', 'jackpot', 'bandarq', 'pkv', 'jp', 'wd', 'link alternatif',
  // slot makers (check6/07) and the new-member bonus (check3/06: "Daftar sekarang bonus new member 100%")
  'pg soft', 'pgsoft', 'habanero', 'spadegaming', 'microgaming', 'joker123', 'playtech', 'bonanza', 'new member',
];
export const GAMBLING_SPAM_CONTEXT: readonly string[] = [
  'online', 'situs', 'link', 'alternatif', 'resmi', 'terpercaya', 'hari', 'ini', 'malam', 'terbaru', 'live',
  'tertinggi', 'terbaik', 'terbesar', 'macau', 'hongkong', 'hk', 'sgp', 'singapore', 'sydney', 'thailand', 'kamboja',
  'dana', 'pulsa', 'ovo', 'gopay', '4d', 'hitam', 'merah', 'ways', 'gampang', 'mudah', 'menang', 'deposit', 'depo',
  'bonus', 'new', 'member', 'daftar', 'login', 'agen', 'bandar', 'judi', 'pola', 'bocoran', 'server', 'vip', 'pro',
  'akun', 'super', 'auto', 'anti', 'rungkad', 'prediksi', 'angka', 'jitu', 'keluaran', 'result', 'indonesia',
  'x500', 'x1000', 'demo', 'gratis', 'slot dana', 'via', 'tanpa', 'potongan', 'murah', 'minimal', 'bet', '5000',
  '10rb', '5rb', 'dan', '88', '777', '2', '1', 'casino', 'kasino', 'poker', 'domino', 'qq', 'game',
  // regional2/26: "Situs judi bola online terlengkap, mix parlay & live casino", "WD kilat 24 jam | deposit pulsa …"
  'bola', 'terlengkap', 'mix', 'kilat', '24', 'jam', 'pasti', 'admin', 'rtp live',
  // check3/06: "Daftar sekarang bonus new member 100%"
  'sekarang', '100%', '50%', 'cashback', 'rollingan', 'soft', 'play', 'gaming', 'princess', 'sweet', 'gates', 'of',
  // the rest of the spam's selling words, as a class (check8/07: "link alternatif togel hongkong resmi pasti bayar"):
  // payout and trust, speed, price, the lottery's markets and its result pages
  'bayar', 'dibayar', 'lunas', 'aman', 'amanah', 'legal', 'lisensi', 'berlisensi', 'cepat', 'tercepat', 'instan', 'termurah',
  'diskon', 'hadiah', 'pasaran', 'pengeluaran', 'live draw', 'syair', 'paito', 'sdy', 'hkg', 'singapura', 'taiwan',
  'china', 'japan', 'cambodia', 'pools', 'toto macau',
];
/** A brand glued to one of these ("KOITOTO", "WINSLOT88", "SLOTGACOR", "TOGEL178") counts as spam vocabulary. */
export const GAMBLING_BRAND_STEMS: readonly string[] = ['slot', 'toto', 'togel', 'gacor', 'judi', 'bet', 'win', 'jp'];

/** Openers of a sponsor or production note: "Konten ini dibuat oleh tim redaksi …", "Artikel ini merupakan
 *  bagian dari jaringan …". The subject is the page itself, and the verb says who made or paid for it. */
/** Labels a disclosure may open with (clean3b/05: "Disclaimer: Artikel ini merupakan hasil kerja sama …"). */
export const DISCLOSURE_LABELS: readonly string[] = ['disclaimer', 'catatan', 'catatan redaksi', 'note', 'keterangan', 'info'];
export const DISCLOSURE_SUBJECTS: readonly string[] = ['konten ini', 'konten berikut', 'artikel ini', 'berita ini', 'tulisan ini', 'video ini', 'dokumen ini', 'this content', 'this article', 'this document'];
export const DISCLOSURE_VERBS: readonly string[] = [
  'dibuat oleh', 'diproduksi oleh', 'disponsori', 'didukung oleh', 'merupakan bagian dari', 'merupakan kerja sama', 'merupakan hasil kerja sama',
  'merupakan konten', 'merupakan advertorial', 'adalah advertorial', 'hasil kerja sama', 'bekerja sama dengan',
  'tidak mewakili', 'adalah iklan', 'merupakan iklan', 'telah diperbarui', 'diperbarui pada', 'is sponsored', 'was produced', 'is produced',
  // where a downloaded or printed copy came from (clean5b/04: "Dokumen ini diunduh dari laman resmi Bawaslu …")
  'diunduh dari', 'dicetak dari', 'diakses dari', 'diambil dari', 'was downloaded from',
];

/** Where news is delivered to a reader (promotions: "Simak breaking news … langsung di ponselmu", "Gabung
 *  Channel", "Berita Terkini, Eksklusif di WhatsApp Kami"). */
export const READER_CHANNELS: readonly string[] = [
  'ponselmu', 'ponsel anda', 'ponsel kamu', 'hp-mu', 'hpmu', 'gawaimu', 'smartphone anda', 'whatsapp', 'telegram',
  'channel', 'saluran', 'google news', 'kanal youtube', 'youtube', 'instagram', 'tiktok', 'notifikasi',
  // a TV programme's slot (portal/10: "Saksikan berita terkini … di KompasTV Bali setiap hari pukul 17.00 WITA.")
  'setiap hari pukul', 'siaran langsung', 'live streaming',
];
/** Words that open such a promotion, or the news it promises. */
export const READER_PROMO_OPENERS: readonly string[] = [
  'simak', 'saksikan', 'tonton', 'ikuti', 'gabung', 'bergabung', 'join', 'dapatkan', 'nikmati', 'yuk', 'ayo',
  'pastikan', 'aktifkan', 'follow', 'kunjungi', 'unduh', 'download', 'berita terkini', 'berita terbaru', 'breaking news', 'update', 'info terkini',
];

/** Words of a portal's welcome banner: "Selamat Datang di Website Resmi Pemerintah Kabupaten Sumbawa". */
export const SITE_WORDS: readonly string[] = ['website', 'situs', 'portal', 'laman', 'web', 'official website', 'website resmi', 'situs resmi', 'portal resmi', 'laman resmi'];
/** Government bodies that own a portal, opening a masthead line: "Pemerintah Kota Bengkulu", "Pemerintah
 *  Provinsi Kalimantan Selatan", "Dinas Komunikasi dan Informatika Kabupaten X". */
export const GOVERNMENT_OWNERS: readonly string[] = ['pemerintah', 'pemkab', 'pemkot', 'pemprov', 'pemda'];
/** Bodies that run a site of their own named with their region (check6/04, a Bawaslu provincial site: "Bawaslu Provinsi
 *  Kalimantan Timur" above its menu; clean5b/04, a report's running head: "Bawaslu Kabupaten Sikka"): election bodies,
 *  councils and the regional offices with portals. Lower-case. */
export const MASTHEAD_INSTITUTIONS: readonly string[] = [
  'bawaslu', 'kpu', 'kpud', 'panwaslu', 'dprd', 'sekretariat dprd', 'setda', 'sekretariat daerah', 'bkpsdm', 'bkd',
  'bappeda', 'inspektorat', 'diskominfo', 'dinas kominfo', 'bpbd', 'dukcapil',
];
export const REGION_KINDS: readonly string[] = ['kabupaten', 'kota', 'provinsi', 'kab.', 'prov.', 'daerah', 'kab', 'prov'];

/** Weekdays of a portal's office-hours line ("Senin – Jumat 07.30 – 16.00 WITA"). */
export const HOURS_WEEKDAYS: readonly string[] = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'monday', 'friday', 'saturday', 'sunday'];

// ─── Blog platforms, AMP pages and news-site chrome (fixtures/clean/regional2; rules in src/clean/rules/platform.ts) ───

/** Openings of strings that blog and CMS software prints itself, never a reporter: WordPress core and Jetpack
 *  (the English strings and the Indonesian translation each ships), Blogger's Indonesian and English theme
 *  strings, AMP themes' links to the full page, author-box links. Matched at the start of a short line; each is
 *  long enough that no news sentence opens with it ("Posting komentar dukungan dilarang" is not here: whole-line
 *  forms of such words are in FURNITURE_LINES). */
export const PLATFORM_STRINGS: readonly string[] = [
  // WordPress comment form (regional2/01: "Leave a Reply Cancel reply", "Save my name, email, and website …")
  'leave a reply', 'leave a comment', 'cancel reply', 'your email address will not be published',
  'required fields are marked', 'save my name, email', 'your comment is awaiting moderation',
  'tinggalkan balasan', 'tinggalkan komentar', 'batalkan balasan', 'alamat email anda tidak akan dipublikasikan',
  'ruas yang wajib ditandai', 'simpan nama, email', 'komentar anda menunggu moderasi',
  // comment prompts of news themes (regional2/15: "Belum ada komentar. Jadilah yang pertama berkomentar!",
  // "Komentar Anda akan dimoderasi sebelum tampil.")
  'belum ada komentar. jadilah', 'jadilah yang pertama berkomentar', 'be the first to comment',
  'komentar anda akan dimoderasi', 'komentar akan dimoderasi',
  // a comment box's etiquette line (check3/02: "Berikan komentar Anda dengan bijak dan santun."): the imperative to
  // comment wisely (a sentence about commenting wisely has a subject: "Warga diminta berkomentar dengan bijak")
  'berikan komentar anda dengan bijak', 'berikan komentar dengan bijak', 'berkomentarlah dengan bijak',
  'berkomentarlah secara bijak', 'berkomentarlah yang bijak', 'silakan berkomentar dengan bijak', 'silahkan berkomentar dengan bijak',
  'silakan berkomentar secara bijak', 'mari berkomentar dengan bijak', 'yuk berkomentar dengan bijak', 'gunakan kolom komentar dengan bijak',
  'tulis komentar anda dengan bijak', 'komentar sepenuhnya menjadi tanggung jawab', 'setiap komentar menjadi tanggung jawab',
  'please comment responsibly',
  // regional3/04: "You must be logged in to post a comment." (WordPress, and its Indonesian translation)
  'you must be logged in to post a comment', 'anda harus masuk untuk mengirimkan komentar', 'anda harus login untuk',
  // Jetpack share and like widgets
  'klik untuk berbagi', 'click to share', 'suka memuat', 'like loading',
  // Blogger post footer, pager and feed links (regional2/02)
  'kirimkan ini lewat email', 'email this', 'blogthis!', 'berbagi ke twitter', 'berbagi ke facebook',
  'bagikan ke pinterest', 'share to twitter', 'share to facebook', 'posting lebih baru', 'posting lama',
  'newer post older post', 'langganan: posting komentar', 'subscribe to: post comments', 'langganan: postingan',
  'diberdayakan oleh blogger', 'powered by blogger', 'powered by wordpress', 'proudly powered by wordpress',
  // author boxes (regional2/09: "Lihat semua tulisan dari Tim Redaksi")
  'lihat semua tulisan dari', 'lihat semua tulisan oleh', 'lihat semua pos oleh', 'lihat semua artikel dari', 'lihat semua berita dari',
  'view all posts by', 'more posts by', 'all posts by',
  // AMP pages and ad slots (regional2/04: "Lihat Versi Lengkap"; regional2/16: "CONTINUE READING BELOW")
  'lihat versi lengkap', 'lihat versi non-amp', 'view non-amp version', 'lihat versi web', 'view web version',
  'continue reading below', 'story continues below', 'artikel berlanjut di bawah', 'lanjutkan membaca artikel',
  'lanjut membaca artikel', 'lanjutkan membaca di bawah',
  // cookie-consent banners, printed by consent plugins in the site's language or in English (check10/04: "Kami
  // menggunakan cookie untuk meningkatkan pengalaman Anda. …"): the site speaking of its cookies, never a reporter
  'kami menggunakan cookie', 'kami menggunakan kuki', 'situs ini menggunakan cookie', 'situs web ini menggunakan cookie',
  'website ini menggunakan cookie', 'laman ini menggunakan cookie', 'situs kami menggunakan cookie',
  'we use cookies', 'this website uses cookies', 'this site uses cookies', 'our website uses cookies',
  'dengan melanjutkan, anda menyetujui penggunaan cookie', 'by continuing to use this website, you agree',
];

/** Labels a post-meta line of a blog opens with, before its date (regional2/01: "Posted on 5 November 2024 by
 *  admin", regional2/02: "Diposting oleh Kabar Lotim di 09.41", regional2/09: "Last updated: 19 November 2024"):
 *  POSTED_VERBS, and these. */
export const UPDATED_LABELS: readonly string[] = [
  'updated', 'last updated', 'last modified', 'modified', 'diperbarui', 'terakhir diperbarui', 'diperbaharui',
  'diupdate', 'update terakhir', 'pembaruan terakhir',
];

/** Items of a site's footer menu, a line of three or more of them separated by `|`, `•` or `·` (regional2/05:
 *  "Tentang Kami | Redaksi | Pedoman Media Siber | Kode Etik | Kontak | Disclaimer"). */
export const FOOTER_MENU_ITEMS: readonly string[] = [
  'tentang kami', 'tentang', 'redaksi', 'susunan redaksi', 'pedoman media siber', 'pedoman pemberitaan media siber',
  'kode etik', 'kode etik jurnalistik', 'kontak', 'kontak kami', 'hubungi kami', 'disclaimer', 'kebijakan privasi',
  'privacy policy', 'syarat dan ketentuan', 'syarat & ketentuan', 'ketentuan layanan', 'terms of use', 'term of use',
  'karir', 'karier', 'lowongan', 'info iklan', 'iklan', 'pasang iklan', 'advertise', 'about us', 'about', 'contact',
  'contact us', 'sitemap', 'peta situs', 'indeks', 'index', 'beranda', 'home', 'rss', 'faq', 'bantuan', 'help',
  'perlindungan data', 'standar perlindungan wartawan', 'ralat', 'hak jawab', 'newsletter', 'privasi',
  // a government portal's main menu in one row (check4/05: "Profil | Layanan | Berita | PPID | Kontak")
  'profil', 'layanan', 'berita', 'ppid', 'galeri', 'publikasi', 'informasi publik', 'agenda', 'pengumuman', 'regulasi',
  'produk hukum', 'unduhan', 'download', 'video', 'foto', 'data', 'transparansi', 'pelayanan', 'e-government',
];

/** A site's tagline beside its name in a page title (regional2/05: "Radar Bima | Berita Bima dan Dompu Terkini";
 *  regional2/18: "RRI.co.id - Berita Terpercaya"; regional2/13: "Berita Hari Ini - Portal Berita …"): a news noun
 *  and a tagline qualifier in one title segment. */
export const TAGLINE_NEWS_NOUNS: readonly string[] = ['berita', 'portal', 'media', 'news', 'kabar', 'info', 'informasi', 'koran', 'harian', 'situs'];
export const TAGLINE_QUALIFIERS: readonly string[] = [
  'terkini', 'terpercaya', 'tepercaya', 'terbaru', 'hari ini', 'online', 'terupdate', 'terdepan', 'terlengkap',
  'aktual', 'terpopuler', 'portal berita', 'media online', 'berita online', 'indonesia', 'nasional',
  'daerah', 'lokal', 'regional', 'terbaik',
];

/** An outlet's channels a pointer line ends with (regional2/22: "Cek Berita dan Artikel yang lain di Google News"). */
export const CHANNEL_ENDS: readonly string[] = [
  'google news', 'whatsapp channel', 'saluran whatsapp', 'channel whatsapp', 'channel telegram', 'telegram channel',
  'google news kami', 'whatsapp channel kami', 'saluran whatsapp kami',
  // a link's own words standing for the channel (round 18, clean18, a Viva network page's foot: "Baca artikel politik
  // menarik lainnya di link ini.")
  'link ini', 'tautan ini', 'link berikut', 'tautan berikut', 'link berikut ini', 'tautan berikut ini',
];

/** Headings of a reader poll (regional2/06: "POLLING" above the question and its buttons). */
export const POLL_HEADINGS: readonly string[] = ['polling', 'poll', 'jajak pendapat', 'polling pembaca', 'survei pembaca'];

/** Headings of an author box under the article (regional2/09: "Tentang Penulis"). */
export const AUTHOR_BOX_HEADINGS: readonly string[] = ['tentang penulis', 'profil penulis', 'penulis profil', 'about the author', 'about author', 'biodata penulis'];

/** Words that label the previous or next post above its headline (regional2/13: "Sebelumnya Bupati Kolaka
 *  Resmikan Pasar Rakyat", "Selanjutnya Harga Cabai di Kolaka Turun Drastis"). */
export const POST_NAV_WORDS: readonly string[] = [
  'sebelumnya', 'selanjutnya', 'berikutnya', 'previous', 'next', 'artikel sebelumnya', 'artikel selanjutnya',
  'berita sebelumnya', 'berita selanjutnya', 'berita berikutnya', 'post sebelumnya', 'previous post', 'next post',
  'previous article', 'next article', 'pos sebelumnya', 'pos berikutnya', 'tulisan sebelumnya', 'tulisan berikutnya',
];

/** The word before a page number in a print or PDF page's running head or foot ("Surat Edaran Bupati | Halaman 2",
 *  "RADAR | SENIN, 11 NOVEMBER 2024 | HAL. 3"); the dotted forms are matched with or without their dot. */
export const PAGE_NUMBER_WORDS: readonly string[] = ['halaman', 'hal', 'hlm', 'page'];
/** A print story's note where its continuation starts ("Sambungan dari Hal 3", "Sambungan Halaman 1"). */
export const CONTINUED_FROM_WORDS: readonly string[] = ['sambungan dari', 'sambungan', 'lanjutan dari', 'lanjutan'];
/** Words a press release's end mark spells between dashes ("-selesai-", "– SELESAI –", "-30-" is the number form;
 *  "###" the sign form): nothing after the mark is the release. */
export const RELEASE_END_WORDS: readonly string[] = ['selesai', 'end', 'akhir rilis', 'akhir siaran pers'];
/** A headline's kicker before a colon ("Video: Ratusan ASN …", "INFOGRAFIS: …"): a media or genre label, never a
 *  mail header ("Perihal:") or a credit role ("Editor:"). The live report's labels (round 16: "LIVE UPDATE: Pemungutan
 *  Suara Pilkada …", "Update Terkini: …") are such kickers too. */
export const HEADLINE_KICKERS: readonly string[] = [
  'video', 'foto', 'galeri', 'galeri foto', 'infografis', 'audio', 'podcast', 'live', 'breaking', 'breaking news',
  'eksklusif', 'wawancara', 'opini', 'analisis', 'kolom', 'editorial', 'tajuk', 'cek fakta', 'hoaks',
  'live update', 'live report', 'live blog', 'update terkini', 'laporan langsung', 'laporan terkini',
];
/** Openers of a link to the next or previous page of a paged article ("Lanjut ke halaman berikutnya", "Klik halaman
 *  selanjutnya"); the page word and the direction are PAGINATION_LABELS and PAGINATION_NEXT (lexicon/boilerplate.ts). */
export const PAGE_TURN_OPENERS: readonly string[] = ['lanjut ke', 'lanjutkan ke', 'lanjut baca', 'lanjutkan membaca', 'baca', 'klik', 'ke', 'menuju', 'buka'];
