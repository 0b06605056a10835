// Word lists the cleaning rules (src/clean/rules.ts) are built from. Data only: no logic here.
// Every list is matched case-insensitively against a WHOLE line (or a line prefix where noted),
// after whitespace has been collapsed, so a body sentence that merely contains the words is never hit.
// Split by job (round 12): related-link labels and headings are in lexicon/related-links.ts, the gambling spam's
// words in lexicon/gambling-spam.ts; both re-exported here for the rules that import them from this file.
export * from './related-links.js';
export * from './gambling-spam.js';

/** Whole lines that are page furniture (buttons, share bars, ad slots, comment widgets).
 *  seed 001 tail: "Post a Comment". */
export const FURNITURE_LINES: readonly string[] = [
  // comment widgets
  'post a comment',
  'tulis komentar',
  'komentar',
  'komentari',
  'beri komentar',
  'lihat komentar',
  'no comments',
  'tidak ada komentar',
  '0 comments',
  '0 komentar',
  'comments',
  // ad slots
  'advertisement',
  'iklan',
  'ads',
  'scroll to continue with content',
  'scroll untuk melanjutkan',
  'gulir untuk melanjutkan',
  'sponsored',
  'konten bersponsor',
  // ad controls (junk/02: "Close Ads")
  'close ads',
  'close ad',
  'close',
  'tutup iklan',
  'tutup',
  'skip ad',
  'lewati iklan',
  // share bars
  'share',
  'bagikan',
  'bagikan artikel',
  'bagikan berita',
  'share this',
  // clean3b/04: "Bagikan ke:" (a share label whose buttons were icons), "Tautan berhasil disalin" (the copy-link toast)
  'bagikan ke', 'bagikan melalui', 'bagikan via', 'share to', 'share via', 'share on', 'tautan berhasil disalin',
  'tautan telah disalin', 'tautan disalin', 'link berhasil disalin', 'link telah disalin', 'link disalin', 'url telah disalin',
  'url berhasil disalin', 'link copied',
  // an ad slot's label ("Iklan Layanan Masyarakat" above a public-service banner)
  'iklan layanan masyarakat',
  // clean3/07: "Laporkan Artikel"; regional3/04: "Share this post" — link labels of news-site chrome
  'share this post', 'share this article', 'bagikan postingan ini', 'bagikan tulisan ini', 'laporkan artikel',
  'laporkan berita', 'laporkan konten', 'report article', 'report this article', 'simpan artikel',
  'share this article',
  'share on facebook',
  'share on twitter',
  'tweet',
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'line',
  'linkedin',
  'pinterest',
  'email',
  'copy link',
  'salin link',
  'salin tautan',
  // copy/share prompts (junk/01: "Salin Artikel"; junk/02: "Sebarkan artikel ini")
  'salin artikel',
  'salin',
  'sebarkan',
  'sebarkan artikel ini',
  'bagikan artikel ini',
  'bagikan berita ini',
  'share artikel ini',
  'print',
  'cetak',
  // navigation
  'home',
  'beranda',
  'menu',
  'login',
  'masuk',
  'daftar',
  'search',
  'cari',
  'next',
  'previous',
  'sebelumnya',
  'selanjutnya',
  'next post',
  'previous post',
  'newer post',
  'older post',
  'back to top',
  'kembali ke atas',
  'loading...',
  'loading',
  // clean20 (own): a loader's label in Indonesian ("Memuat..."), a photo's zoom button ("Perbesar", Kompas), an ad's
  // report link ("Laporkan Iklan"), an old portal's "Kirim ke teman"
  'memuat...',
  'memuat',
  'perbesar',
  'laporkan iklan',
  'report this ad',
  'kirim ke teman',
  // "more" buttons under a list (junk/02: "Load More")
  'load more',
  'show more',
  'muat lebih banyak',
  'tampilkan lebih banyak',
  'lihat lebih banyak',
  'muat lainnya',
  // live/index tabs of a portal's menu (junk/09: "Live Streaming", "Indeks")
  'live streaming',
  'live tv',
  'streaming',
  'indeks',
  'index',
  'indeks berita',
  // "read more" links
  'selengkapnya',
  'baca selengkapnya',
  // WordPress "like" widget under the share bar (news/07: "Like this:", "Like Loading...")
  'like this',
  // Jetpack's Indonesian share and like widgets and comment buttons (regional2/19)
  'bagikan ini',
  // a tag cloud's bare heading
  'tags',
  'menyukai ini',
  'balas',
  'reply',
  'hapus',
  'batal',
  'batalkan',
  'like loading...',
  'like loading',
  'suka ini',
  // comment widgets that prompt rather than list (news/15: "Silakan login untuk berkomentar")
  'belum ada komentar',
  'jadilah yang pertama berkomentar',
  'silakan login untuk berkomentar',
  'silahkan login untuk berkomentar',
  'login untuk berkomentar',
  'tulis komentar anda',
  'komentar (0)',
  // the comment form's button (junk/08: "Tulis komentar Anda" / "Kirim")
  'kirim',
  'kirim komentar',
  'berikan komentar',
  'posting komentar',
  // share bars' one-letter network (regional2/01: "X" between "Facebook" and "WhatsApp")
  'x',
  // poll buttons (regional2/06: "Pilih", "Lihat Hasil")
  'pilih',
  'lihat hasil',
  'vote',
  'submit',
  'post comment',
  // audio / reading widgets
  'dengarkan berita',
  'dengarkan berita ini',
  'dengarkan artikel ini',
  'dengarkan artikel',
  'listen to this article',
  // a comment box's placeholder under a social post or an article, often with its ellipsis (clean21: "Tambahkan
  // komentar...", "Add a comment…", "Tulis balasan...")
  'tambahkan komentar',
  'tambahkan komentar anda',
  'add a comment',
  'write a comment',
  'tulis balasan',
  'write a reply',
  // a newsletter box's placeholder (clean21: "Masukkan alamat email Anda" above "Berlangganan")
  'masukkan alamat email anda',
  'masukkan alamat email',
  'masukkan email anda',
  'alamat email anda',
  'enter your email',
  'enter your email address',
  'your email address',
  // an ad slot's label between body lines (clean21: "Ads by Google")
  'ads by google',
  'iklan oleh google',
];

/** Labels of a picture's credit or caption (`Foto: Humas Bawaslu`, `Ilustrasi: …`): what follows may be a whole
 *  sentence (a caption is one) and is still furniture. */
export const PICTURE_CREDIT_LABELS: readonly string[] = [
  'fotografer',
  'foto',
  // photo credits (regional2/08: "Kredit Foto: Humas Pemkab Bulukumba")
  'kredit foto',
  'kredit',
  'credit',
  'foto oleh',
  'sumber foto',
  'sumber gambar',
  'gambar',
  'ilustrasi',
  'video',
];

/** Labels of credit lines (a person, a desk, a source) that are not a picture's: after one of these a
 *  sentence (a verb or a figure with its noun, five words or more, a full stop) is body text that opens with a
 *  label word ("Laporan: 21 aduan diterima Bawaslu selama masa tenang."), not a credit ("Laporan: Andi Saputra"). */
export const CREDIT_LINE_LABELS: readonly string[] = [
  // staff credits
  'editor',
  'penyunting',
  'redaktur',
  'penulis',
  'pewarta',
  'reporter',
  'wartawan',
  'kontributor',
  'laporan',
  'penerjemah',
  'writer',
  'author',
  'uploader',
  // press-release contacts (news/12: "Narahubung: Humas Bawaslu Lombok Barat (0370) 681234")
  'narahubung',
  'contact person',
  // by-lines (junk/06: "Oleh: Tim Redaksi")
  'oleh',
  'by',
  // provenance
  'sumber',
  'source',
  // topic tags
  'tags',
  'tag',
  'topik',
  'kata kunci',
];

/** Labels of credit lines at the foot of an article (`Editor: Andi`). Matched as `label :` at the
 *  start of a SHORT line only, so "Editor senior itu mengatakan…" is body text. */
export const FOOTER_LABELS: readonly string[] = [...CREDIT_LINE_LABELS, ...PICTURE_CREDIT_LABELS];

/** Words after which a relative time stamp ends (`18 menit lalu`, `2 jam yang lalu`, `5 minutes ago`). */
export const RELATIVE_TIME_UNITS: readonly string[] = [
  'detik',
  'menit',
  'jam',
  'hari',
  'minggu',
  'pekan',
  'bulan',
  'tahun',
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
];

/** Weekday names that may open the page-header date line (English and Indonesian, with abbreviations). */
export const HEADER_WEEKDAYS: readonly string[] = [
  // English
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // Indonesian
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  'sen', 'sel', 'rab', 'kam', 'jum', 'sab', 'min',
];

/** Short single-word editor sign-offs seen in parentheses at the end of a story (`(ant)`, `(rls)`),
 *  matched in any case. Lower-case 2–5 letter sign-offs are also accepted generically by the rule. */
export const EDITOR_SIGNOFFS: readonly string[] = ['ant', 'antara', 'rls', 'adv', 'red', 'redaksi', 'hms', 'humas', 'inilah', 'jpnn', 'kpg'];

/** First words that show a paragraph start is a person or a sentence, never a dateline place:
 *  "Pj Gubernur NTB, Hassanudin - …", "Selasa - …", "Menurut dia - …". Lower-case. */
export const DATELINE_NOT_PLACE_WORDS: readonly string[] = [
  // weekdays
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu',
  // pronouns, address terms, connectives
  'bapak', 'ibu', 'pak', 'bu', 'dia', 'ia', 'mereka', 'kami', 'kita', 'saya', 'namun', 'tetapi', 'sementara',
  'menurut', 'sedangkan', 'adapun', 'selain', 'dalam', 'pada', 'untuk', 'dengan', 'oleh',
  // titles (a title + name is a person, not a place)
  'pj', 'plt', 'plh', 'penjabat', 'ketua', 'wakil', 'kepala', 'bupati', 'gubernur', 'wali', 'walikota', 'sekda',
  'camat', 'lurah', 'kades', 'menteri', 'presiden', 'direktur', 'komisioner', 'anggota', 'kapolda', 'kapolres',
  'kapolri', 'dandim', 'danrem', 'kajari', 'kajati', 'sekretaris', 'koordinator', 'staf', 'pegawai',
  // captions
  'foto', 'ilustrasi', 'video', 'sumber',
  // organisations written in capitals at a paragraph start ("KPU-Bawaslu sepakat …", "ASN - aparatur …")
  'kpu', 'kpud', 'bawaslu', 'panwaslu', 'asn', 'pns', 'pppk', 'dprd', 'dpr', 'dpd', 'mpr', 'tni', 'polri', 'kasn',
  'bkn', 'kpk', 'dkpp', 'pemkab', 'pemkot', 'pemprov', 'pemda', 'opd', 'ham', 'uu', 'pp', 'se', 'covid',
];

/** Social networks named on a share bar (news/05: "Facebook Twitter WhatsApp Telegram";
 *  news/11: "Bagikan: Facebook Twitter WhatsApp"). A line made only of these (2+) is furniture. */
export const SOCIAL_NETWORKS: readonly string[] = [
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'line', 'linkedin', 'pinterest', 'email', 'e-mail',
  'instagram', 'tiktok', 'youtube', 'threads', 'copy link', 'salin link', 'salin tautan', 'print', 'fb', 'wa',
];

/** Labels that open a share bar before the network names (`Share:`, `Bagikan:`, `Sebarkan:`). */
export const SHARE_LABELS: readonly string[] = ['share', 'bagikan', 'sebarkan', 'share this', 'bagikan artikel', 'bagikan berita', 'berbagi', 'bagikan ini', 'bagikan ke', 'berbagi ke', 'share ke', 'share on'];

/** Staff roles in a byline without colons: "Penulis Dian Erika Nugraheny | Editor Dani Prabowo" (Kompas),
 *  "Reporter: X | Editor: Y". Matched only as two labelled credits joined by a pipe. */
export const CREDIT_ROLES: readonly string[] = [
  'penulis', 'editor', 'reporter', 'pewarta', 'redaktur', 'penyunting', 'kontributor', 'fotografer', 'wartawan',
  // the staff of a broadcast's news (clean5b/05, a radio bulletin: "Naskah: Ujang S. | Pembaca Berita: Wulan"): script,
  // reading, presenting, producing, camera, picture and sound
  'naskah', 'penulis naskah', 'pembaca berita', 'penyiar', 'presenter', 'pembawa acara', 'host', 'produser', 'produser eksekutif',
  'kamerawan', 'juru kamera', 'videografer', 'editor video', 'penyunting gambar', 'editor gambar', 'grafis', 'desain grafis',
  'narator', 'pengisi suara', 'voice over', 'penata suara', 'koordinator liputan', 'korlip',
];

/** Words that open a promotion for the outlet's news channels (news/02 Kompas: "Dapatkan update berita
 *  pilihan … Grup Telegram"; news/06: "Follow Berita Lombok Post di Google News"). */
export const PROMO_OPENERS: readonly string[] = [
  'dapatkan', 'simak', 'ikuti', 'follow', 'gabung', 'bergabung', 'join', 'update', 'yuk', 'ayo', 'jangan lupa', 'baca',
  'pantau', 'download', 'unduh',
];
/** A promotion must name what it promotes: news … */
export const PROMO_NEWS_WORDS: readonly string[] = [
  'berita', 'news', 'update', 'artikel', 'informasi', 'info', 'konten',
  // the outlet itself (junk/07: "Ikuti kami di Instagram @bengkuluekspress")
  'kami', 'us',
];
/** … and where: a channel or platform. */
export const PROMO_CHANNELS: readonly string[] = [
  'google news', 'whatsapp', 'telegram', 'channel', 'saluran', 'instagram', 'tiktok', 'youtube', 'aplikasi', 'app',
  // junk/05: "… dari KabarDaerah. Download aplikasinya sekarang!"
  'aplikasinya', 'facebook', 'twitter',
  // the sign-up or the click the promotion asks for instead of a channel (check14/08: "Dapatkan berita … dari <outlet>
  // hanya dengan satu akun di <app>, daftar sekarang dengan klik disini …"): a click's target, a sign-up
  'klik di sini', 'klik disini', 'klik link', 'klik tautan', 'klik tombol', 'klik banner', 'daftar sekarang',
  'daftar di sini', 'daftar disini', 'sign up', 'register', 'newsletter',
];

/** Page labels for pagination lines (news/09 iNews: "Halaman 1 2 3 Selanjutnya"; news/02: "Halaman: 1 2
 *  Selanjutnya"), and the "next" words that may close them. */
export const PAGINATION_LABELS: readonly string[] = ['halaman', 'page', 'hal'];
export const PAGINATION_NEXT: readonly string[] = ['selanjutnya', 'berikutnya', 'sebelumnya', 'next', 'previous', 'lanjut'];

/** A scroll prompt an ad slot leaves: `Scroll untuk membaca artikel`, `Scroll to continue with content`. */
export const SCROLL_WORDS: readonly string[] = ['scroll', 'gulir', 'geser'];
export const SCROLL_READ_VERBS: readonly string[] = ['membaca', 'baca', 'melanjutkan', 'lanjut', 'continue', 'resume', 'read', 'keep'];
/** A video promo: `Simak Video "…"`, `Tonton juga video berikut:`. */
export const VIDEO_PROMO_VERBS: readonly string[] = ['simak', 'tonton', 'saksikan', 'lihat', 'putar'];
export const VIDEO_PROMO_ADJECTIVES: readonly string[] = ['berikut', 'pilihan', 'terbaru', 'menarik'];
/** What a scraper's embed placeholder names: `[Gambas:Video 20detik]`. */
export const EMBED_LABELS: readonly string[] = ['gambas', 'video', 'embed', 'iklan', 'ad', 'ads', 'advertisement', 'instagram', 'twitter', 'tiktok', 'youtube'];
/** The role after `Laporan` in a reporter byline: `Laporan Wartawan TribunLombok.com, …`. */
export const REPORTER_ROLES: readonly string[] = ['wartawan', 'reporter', 'koresponden', 'kontributor', 'jurnalis'];
/** The word a Tribun-network reporter line opens with, its name and its place after a pipe (check22/01:
 *  "Laporan Rizwan Murdani | Aceh Jaya"; rules reporter-pipe-place). Lower-case. */
export const REPORTER_LINE_HEADS: readonly string[] = ['laporan', 'liputan'];
/** A syndication or view-count line about the piece itself: `Artikel ini telah tayang di …`, `Berita ini telah dibaca 245 kali`. */
export const THIS_PIECE_NOUNS: readonly string[] = ['artikel', 'berita', 'tulisan'];
export const SYNDICATION_ADVERBS: readonly string[] = ['telah', 'sudah', 'juga'];
export const SYNDICATION_VERBS: readonly string[] = ['tayang', 'terbit', 'dimuat', 'dipublikasikan', 'diterbitkan'];
/** A network's pointer back to the piece on its own site, its outlet, the title in quotes and "in full" (clean20: the
 *  detik network's regional sub-sites, copied by aggregators: `Baca artikel detiksulsel, "<title>" selengkapnya https://…`):
 *  the reading verbs it opens with, and the adverb after the title. */
export const READ_AT_OUTLET_VERBS: readonly string[] = ['baca', 'simak'];
export const READ_IN_FULL_ADVERBS: readonly string[] = ['selengkapnya'];
/** A reuse notice: `Dilarang keras mengambil konten …`, `Dilarang mengambil dan/atau menayangkan ulang … artikel`. */
export const REUSE_VERBS: readonly string[] = ['mengambil', 'menyalin', 'mengutip', 'memperbanyak', 'menayangkan', 'mereproduksi'];
export const REUSE_OBJECTS: readonly string[] = ['konten', 'artikel', 'berita', 'izin', 'seizin', 'redaksi'];
/** The home word a breadcrumb opens with: `Beranda » Politik » Lombok Tengah`. */
export const BREADCRUMB_HOMES: readonly string[] = ['beranda', 'home', 'index', 'indeks'];
/** Verbs of an app banner: `Download aplikasi …`, `Pasang sekarang aplikasinya`. */
export const APP_DOWNLOAD_VERBS: readonly string[] = ['download', 'unduh', 'install', 'instal', 'pasang'];
/** What makes a line that opens with a download verb an outlet's banner rather than a body instruction ("Unduh
 *  aplikasi Sirekap untuk memantau hasil." is an instruction to voters): a store, `sekarang`/`gratis`, or the reading
 *  the app is for (`… untuk pengalaman membaca yang lebih baik`, `… untuk update berita terkini`). Lower-case. */
export const APP_BANNER_MARKERS: readonly string[] = [
  'sekarang', 'gratis', 'play store', 'playstore', 'app store', 'appstore', 'google play', 'appgallery', 'android', 'ios',
  'berita', 'membaca', 'baca', 'pengalaman', 'update', 'notifikasi', 'terkini', 'terbaru', 'di sini', 'disini',
];

/** Agencies and photo sources that credit a photo at the end of a caption (news/03 Antara: "… Rabu
 *  (20/11/2024). ANTARA/Nur Imansyah"; news/16: "(Foto: ANTARA/Akbar Tado)"). Followed by `/Name`. */
export const PHOTO_CREDIT_SOURCES: readonly string[] = [
  'antara foto', 'antara', 'foto', 'dok', 'dok.', 'dokumentasi', 'istimewa', 'ist', 'tangkapan layar',
];
/** Labels that open a photo caption line: `Foto: …`, `Ilustrasi - …`, `Keterangan foto: …`. */
export const CAPTION_LABELS: readonly string[] = ['foto', 'ilustrasi', 'keterangan foto', 'caption', 'foto ilustrasi'];

/** Section labels of a portal's menu, shown above the headline alone on their line (junk/06:
 *  "Pemerintahan"; junk/11: "NASIONAL"). A line made only of 1–3 of these (joined by `|`, `/`, `»`, `›`, `,`)
 *  is furniture; a heading in a body is longer than a section name. */
export const SECTION_LABELS: readonly string[] = [
  'nasional', 'daerah', 'regional', 'nusantara', 'internasional', 'dunia', 'metro', 'metropolitan', 'megapolitan',
  'politik', 'pemerintahan', 'pemilu', 'pilkada', 'hukum', 'kriminal', 'peristiwa', 'ekonomi', 'bisnis', 'keuangan',
  'olahraga', 'sport', 'pendidikan', 'edukasi', 'kesehatan', 'teknologi', 'tekno', 'otomotif', 'gaya hidup',
  'lifestyle', 'hiburan', 'seleb', 'sosial', 'budaya', 'wisata', 'opini', 'kolom', 'editorial', 'parlemen',
  'pemprov', 'pemkab', 'pemkot', 'advertorial', 'ragam', 'umum', 'headline', 'headlines', 'berita utama', 'utama',
  'news', 'berita', 'berita daerah', 'berita nasional', 'hukrim', 'polhukam', 'ekbis', 'sosbud', 'breaking news',
];

/** Words that open an app banner: `Dapatkan update berita … Download aplikasinya sekarang!`, `Unduh aplikasi X …`. */
export const APP_BANNER_OPENERS: readonly string[] = [
  'download', 'unduh', 'install', 'instal', 'pasang', 'dapatkan', 'nikmati', 'yuk', 'ayo', 'baca berita',
];

/** Labels of a page's weather widget (junk-check/01: "Cuaca Hari Ini: Cerah Berawan 31°C"). Lower-case. */
export const WEATHER_LABELS: readonly string[] = ['cuaca', 'prakiraan cuaca', 'cuaca hari ini', 'weather', 'weather today'];
/** Weather words some themes print beside the temperature ("Berawan", "Cerah", "Cloudy"). Lower-case. */
export const WEATHER_WORDS: readonly string[] = [
  'cerah', 'berawan', 'cerah berawan', 'hujan', 'hujan ringan', 'hujan lebat', 'mendung', 'kabut', 'berkabut',
  'sunny', 'cloudy', 'partly cloudy', 'clear', 'rain', 'light rain', 'overcast', 'mist', 'haze', 'fog',
  // clean20: the skies of a sidebar's weather line ("Mataram 31°C Berawan Tebal")
  'berawan tebal', 'hujan sedang', 'hujan petir', 'gerimis', 'badai', 'berangin',
];

/** A reading-time line (junk-check/06: "Waktu baca 2 menit"; also "Estimasi baca: 3 menit", "4 min read").
 *  Labels before the figure, units after it, and the forms written after the figure. Lower-case. */
// (clean3b/05: "Baca 10 detik": the bare verb as the label, and seconds)
export const READING_TIME_LABELS: readonly string[] = ['waktu baca', 'estimasi baca', 'estimasi waktu baca', 'lama baca', 'durasi baca', 'reading time', 'read time', 'baca'];
export const READING_TIME_UNITS: readonly string[] = ['menit', 'mnt', 'min', 'mins', 'minutes', 'minute', 'detik', 'dtk', 'seconds', 'second', 'sec'];
export const READING_TIME_AFTER: readonly string[] = ['menit baca', 'menit membaca', 'min read', 'mins read', 'minutes read', 'minute read'];
/** The verbs of a reading time in a post-meta row, after its figure or before it ("4 menit baca", "Dibaca 2 menit"). */
export const READING_TIME_VERBS: readonly string[] = ['baca', 'membaca', 'dibaca', 'read'];

/** Labels before the date on a byline line (junk-check/08: "Update: Selasa, 29 Oktober 2024 / 11.05";
 *  junk-check/09: "By Admin Humas | Published 22 Oktober 2024"). Lower-case. */
export const DATE_LABELS: readonly string[] = [
  'update', 'updated', 'diperbarui', 'diperbaharui', 'terbit', 'diterbitkan', 'dipublikasikan', 'dipublikasi',
  'published', 'posted', 'tayang', 'ditayangkan', 'dibuat', 'dirilis',
];

/** The words that open a copyright line, besides "©" and "(c)" ("Copyright © 2024 LombokJournal.com. All rights
 *  reserved.", "Hak cipta dilindungi undang-undang"): clean/rules/furniture-and-tail.ts footer-copyright (any case). */
export const COPYRIGHT_OPENERS: readonly string[] = ['copyright', 'all rights reserved', 'hak cipta dilindungi'];
