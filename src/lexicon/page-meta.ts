// Word lists for the clean3 rules of issue 22 (src/clean/rules/shape.ts, src/clean/structure.ts): headings of the
// blocks a page prints under an article (tag lists, comment forms, previous/next links), the words of a post-meta
// row, and the calls to follow an outlet's channel. Each list names a kind of line; the rules read its SHAPE.

/** Headings of a tag list, alone on their line, the tags under it one per line (fixtures/clean/regional3/02:
 *  "Tags" / "Kuningan" / "Pilkada Kuningan"; clean3/06: "Topik" / "ASN" / "Blora"). */
export const TAG_LIST_HEADINGS: readonly string[] = [
  'tags', 'tag', 'tagar', 'topik', 'topics', 'topic', 'label', 'labels', 'kata kunci', 'keywords', 'tag terkait',
  'topik terkait', 'topik pilihan', 'related tags', 'tagged', 'tagged with',
];

/** Headings and prompts of a comment form below an article (clean3/01: "Tulis komentar Anda"; clean3/05:
 *  "Berikan komentar"; regional3/08: "Tinggalkan Balasan Batalkan balasan" above "Nama" / "Email" / "Situs Web"). */
export const COMMENT_FORM_HEADINGS: readonly string[] = [
  'tulis komentar', 'tuliskan komentar', 'berikan komentar', 'beri komentar', 'kirim komentar', 'kirimkan komentar',
  'tambahkan komentar', 'tambah komentar', 'isi komentar', 'komentar anda', 'komentar', 'komentari', 'leave a reply',
  'leave a comment', 'add a comment', 'write a comment', 'tinggalkan balasan', 'tinggalkan komentar',
  'tinggalkan pesan', 'tanggapan anda', 'berikan tanggapan', 'tulis tanggapan',
];

/** Words that may close a comment-form heading ("Tulis komentar Anda", "Berikan komentar di sini"). */
export const COMMENT_FORM_TAILS: readonly string[] = ['anda', 'kamu', 'di sini', 'disini', 'cancel reply', 'batalkan balasan', 'anda di sini'];

/** A previous/next link's label alone on its line, the linked headline on the next (regional3/04: "Previous Post" /
 *  "Pembagian BLT Dana Desa Tahap Akhir"; clean3/08: "Sebelumnya" / "Pemkab Sikka Gelar Rakor Stunting"). */
export const POST_NAV_LABELS: readonly string[] = [
  'sebelumnya', 'selanjutnya', 'berikutnya', 'previous', 'next', 'previous post', 'next post', 'older post',
  'newer post', 'previous article', 'next article', 'artikel sebelumnya', 'artikel selanjutnya', 'artikel berikutnya',
  'berita sebelumnya', 'berita selanjutnya', 'berita berikutnya', 'post sebelumnya', 'post selanjutnya',
  'postingan sebelumnya', 'postingan berikutnya', 'postingan selanjutnya', 'pos sebelumnya', 'pos berikutnya',
  'tulisan sebelumnya', 'tulisan berikutnya', 'prev', 'prev post',
];

/** Words that make a row of date, time and names a post-meta row (clean3/01: "Admin Redaksi | Rabu, 20 November
 *  2024 | 1.284 views"; clean3/04: "Posted by: redaksi On: 12/11/2024"; regional3/03: "Oleh Fadli Rahman pada 31
 *  Oktober 2024"). A row needs one of these (or a time, a counter, a `|`/`·`/`•` separator) besides its date: a
 *  dated heading in the body ("Pencoblosan 27 November 2024") has none. */
export const META_ROW_MARKERS: readonly string[] = [
  'by', 'oleh', 'posted', 'posted by', 'posted on', 'diposting', 'diposting oleh', 'diunggah', 'ditulis', 'ditulis oleh',
  'published', 'dipublikasikan', 'diterbitkan', 'terbit', 'updated', 'diperbarui', 'admin', 'administrator',
  'redaksi', 'tim redaksi', 'penulis', 'editor', 'reporter', 'pewarta', 'kontributor', 'author',
];
/** Words a post-meta row may hold between its parts that are no name ("… On: 12/11/2024", "… pada 31 Oktober"). */
export const META_ROW_LINKS: readonly string[] = ['on', 'pada', 'at', 'di', 'tanggal', 'tgl', 'in', 'dalam', 'last', 'terakhir', 'pukul', 'jam'];
/** What a counter of a post-meta row counts ("1.284 views", "0 Komentar", "Dibaca 532"). */
export const META_ROW_COUNTED: readonly string[] = [
  'views', 'view', 'kali', 'dilihat', 'dibaca', 'pembaca', 'komentar', 'comments', 'comment', 'hits', 'shares',
  'share', 'tayangan', 'kunjungan', 'likes', 'suka', 'x dibaca', 'kali dibaca', 'kali dilihat',
];

/** Imperatives that open a call to follow, watch or join an outlet's channel (clean3/03: "Tonton video
 *  selengkapnya di kanal YouTube KabarBanten TV", "Jangan lupa subscribe, like dan share"; clean3/07: "Baca
 *  artikel selengkapnya di sumber"). */
export const CHANNEL_PROMO_OPENERS: readonly string[] = [
  'tonton', 'saksikan', 'simak', 'ikuti', 'follow', 'subscribe', 'subcribe', 'gabung', 'bergabung', 'bergabunglah',
  'join', 'jangan lupa', 'yuk', 'ayo', 'mari', 'kunjungi', 'klik', 'baca', 'lihat', 'dapatkan', 'nantikan',
  'berlangganan', 'langganan',
  // the rest of the imperatives a page addresses its reader with (check4/08: "Dengarkan siaran langsung RRI Ende";
  // clean5/16: "Jangan lewatkan Sulteng Hari Ini setiap hari pukul 17.00 WITA"; clean5b/03: "Pasang Iklan Hubungi …")
  'dengarkan', 'dengar', 'putar', 'unduh', 'download', 'install', 'instal', 'pasang', 'hubungi', 'kirim', 'jangan lewatkan',
  'jangan ketinggalan', 'nikmati', 'temukan', 'cek', 'akses', 'tap', 'scan', 'pindai', 'dukung',
];
/** What such a call points at: a platform, a channel, the full version or the source (no reporter's sentence ends on
 *  these without a final stop). */
export const CHANNEL_PROMO_TARGETS: readonly string[] = [
  'youtube', 'kanal', 'channel', 'saluran', 'google news', 'whatsapp', 'telegram', 'instagram', 'tiktok', 'facebook',
  'twitter', 'subscribe', 'notifikasi', 'lonceng', 'live streaming', 'streaming', 'selengkapnya', 'sumber', 'versi lengkap',
  'artikel asli', 'situs asli', 'podcast', 'spotify', 'playlist', 'newsletter', 'buletin', 'video berikut', 'video pilihan',
  'video terbaru', 'video lainnya', 'video selengkapnya',
  // a broadcast, an app, a contact, an advert, a link's "here" (check4/03: "Baca kisah inspiratif … di sini")
  'siaran langsung', 'siaran', 'live', 'radio', 'aplikasi', 'app', 'play store', 'app store', 'google play', 'wa', 'sms',
  'iklan', 'di sini', 'disini', 'pukul',
  // the outlet's other articles (check3/11: "Lihat artikel lain"; clean5b/08: "Lihat semua berita Padang Pariaman")
  'artikel lain', 'artikel lainnya', 'berita lain', 'berita lainnya', 'semua berita', 'semua artikel', 'indeks berita',
];

/** A click prompt (round 16, a radio network's page under its last Q&A answer: "Klik dan dengarkan Swara Maluku
 *  Digital"; "Ketuk untuk mendengarkan"): a verb of touching a button, … */
export const CLICK_PROMPT_VERBS: readonly string[] = ['klik', 'ketuk', 'tap', 'sentuh', 'tekan', 'click'];
/** … then a joiner to the action it starts (a reporter never opens a line so: the article's imperatives stand inside
 *  quotes). */
export const CLICK_PROMPT_JOINERS: readonly string[] = ['dan', '&', 'untuk', 'lalu', 'kemudian', 'and', 'to'];

/** Head nouns of a site's or an office's name (clean3/08: "Dinas Komunikasi dan Informatika"; regional3/10: "Portal
 *  Resmi Pemerintah Kabupaten Bantaeng"): a line of capitalised words opening with one, above a headline, is the
 *  page's masthead, never a kicker ("Sorotan Pilkada Serentak Nusantara" stays). */
export const SITE_HEAD_NOUNS: readonly string[] = [
  'portal', 'situs', 'website', 'web', 'laman', 'official', 'dinas', 'badan', 'pemerintah', 'kantor', 'sekretariat',
  'bagian', 'biro', 'diskominfo', 'kominfo', 'humas', 'media center', 'kabar', 'berita', 'koran', 'harian', 'tabloid',
  'majalah', 'radio', 'televisi',
];
/** Words of a portal menu besides its section names (clean3/05: "Terkini Politik Hukum Ekonomi Olahraga"). */
export const MENU_EXTRA_WORDS: readonly string[] = ['terkini', 'terbaru', 'terpopuler', 'populer', 'home', 'beranda', 'indeks', 'index', 'video', 'foto', 'galeri', 'lainnya'];


/** Top-level domains of a bare web address in a link line (clean4b/03: "Selengkapnya di kabargarut.com"; clean4b/04:
 *  "Unduh sekarang: https://kabarsulbar.id/app"). Lower-case, without the dot. */
export const LINK_TLDS: readonly string[] = [
  'com', 'id', 'co.id', 'go.id', 'or.id', 'ac.id', 'sch.id', 'desa.id', 'web.id', 'my.id', 'net', 'org', 'news', 'tv',
  'info', 'online', 'site', 'media', 'io', 'co',
];
/** A share line an app appends (clean4b/04: "Dibagikan dari aplikasi Kabar Sulbar"): its verb, then its preposition. */
export const SHARED_FROM_VERBS: readonly string[] = ['dibagikan', 'dikirim', 'dibagi', 'disebarkan', 'shared', 'sent', 'sent from'];
export const SHARED_FROM_PREPS: readonly string[] = ['dari', 'from', 'via', 'lewat', 'melalui', 'menggunakan', 'using'];

/** What an opinion column's or a blog's disclaimer says (clean5/13: "Disclaimer: Tulisan ini merupakan tanggung jawab
 *  penulis sepenuhnya."; clean4b/09: "Artikel ini merupakan tanggung jawab penulis"; clean4/17: "Tulisan dari … tidak
 *  mewakili pandangan dari redaksi"). Lower-case. */
export const DISCLAIMER_PHRASES: readonly string[] = [
  'tanggung jawab penulis', 'tanggung jawab pribadi penulis', 'tanggung jawab sepenuhnya penulis', 'tanggung jawab pengirim',
  'tanggung jawab pembuat', 'di luar tanggung jawab redaksi', 'bukan tanggung jawab redaksi', 'tidak mewakili pandangan',
  'tidak mencerminkan pandangan', 'tidak mewakili sikap', 'tidak mencerminkan sikap', 'bukan pandangan redaksi',
  'bukan sikap redaksi', 'tidak mewakili redaksi', 'pandangan pribadi penulis', 'opini pribadi penulis',
  // the author's own view, every noun of the class (check9/13: "*) Tulisan ini merupakan pendapat pribadi penulis dan
  // tidak mencerminkan" / "pandangan redaksi …", the phrase cut by a hard wrap)
  // (not the verb alone: "Sikap itu tidak mencerminkan netralitas ASN" is body)
  'pendapat pribadi penulis', 'sikap pribadi penulis', 'pendapat pribadi dari penulis', 'pandangan pribadi dari penulis',
  // (a platform's note under a partner's post and its denial: rules/classes.ts, partner-note-line and denial-line; as
  // phrases here they made the hint of every line dearer)
];
/** Labels that open a disclaimer or an author's note under a column ("Disclaimer:", "*Penulis adalah dosen …"). */
export const DISCLAIMER_OPENERS: readonly string[] = ['disclaimer', 'penafian', 'catatan redaksi', 'penulis adalah', 'penulis merupakan', 'penulis ialah'];

/** The header fields of a press release forwarded by e-mail (clean5/14: "Dari: Humas Pemkab … <humas@…>", "Kepada:
 *  redaksi", "Perihal: Rilis Berita - …"; clean5b/06: "Subject: [RILIS] …"), Indonesian and English. Lower-case. */
export const MAIL_HEADER_LABELS: readonly string[] = [
  'dari', 'kepada', 'perihal', 'subjek', 'subject', 'from', 'to', 'cc', 'bcc', 'lampiran', 'attachment', 'attachments',
  'dikirim', 'sent', 'tanggal kirim', 'reply-to', 'balas ke',
];
/** The openings of a release's cover note to the newsroom, around the release (clean5/14: "Yth. Rekan-rekan Media,",
 *  "Berikut kami sampaikan rilis …", "Demikian rilis ini kami sampaikan. …", "Hormat kami,"; clean5b/06: "Mohon
 *  dimuat. Terima kasih."). Lower-case. */
export const MAIL_COVER_OPENERS: readonly string[] = [
  'yth', 'kepada yth', 'dengan hormat', 'hormat kami', 'salam hormat', 'mohon dimuat', 'mohon dapat dimuat',
  'mohon bantuan publikasi', 'mohon bantuan pemberitaan', 'mohon dipublikasikan', 'berikut kami sampaikan',
  'bersama ini kami sampaikan', 'bersama ini kami kirimkan', 'berikut kami kirimkan', 'demikian rilis', 'demikian siaran pers',
  'demikian press release',
];

/** A site's search box as a scrape keeps it: its placeholder words, then an ellipsis (clean3/12: "Cari berita...";
 *  clean5b/07: "Cari..."). Lower-case. */
export const SEARCH_BOX_WORDS: readonly string[] = ['cari', 'pencarian', 'search', 'ketik', 'masukkan kata kunci', 'kata kunci'];
/** A site's welcome line ("Selamat datang di Tabloid Jubi"). Lower-case. */
export const WELCOME_OPENERS: readonly string[] = ['selamat datang di', 'selamat datang di website', 'welcome to'];

/** A pointer to the full video at the end of a TV or radio station's article (check7/04, a public TV station's regional
 *  site: "Simak video selengkapnya di kanal YouTube …"): a viewing verb (VIDEO_PROMO_VERBS), the piece, how much of it,
 *  and where. The pieces a station points to … */
export const VIDEO_POINTER_PIECES: readonly string[] = ['video', 'videonya', 'tayangan', 'tayangannya', 'liputan', 'liputannya', 'siaran', 'siarannya', 'wawancara', 'wawancaranya'];
/** … how much (or which) of it … */
export const VIDEO_POINTER_AMOUNTS: readonly string[] = ['selengkapnya', 'lengkapnya', 'lengkap', 'berikut', 'berikut ini', 'lainnya', 'terbaru', 'ini'];
/** … and the channel it is on, after a preposition (di, pada, melalui, lewat, dalam). */
export const VIDEO_POINTER_CHANNELS: readonly string[] = [
  'kanal', 'channel', 'akun', 'youtube', 'tiktok', 'instagram', 'facebook', 'laman', 'situs', 'website', 'link', 'tautan',
  'bawah ini', 'sini', 'aplikasi', 'streaming', 'live streaming',
];
export const VIDEO_POINTER_PREPOSITIONS: readonly string[] = ['di', 'pada', 'melalui', 'lewat', 'dalam', 'via'];

/** What an op-ed's author is, on the line right under the "Oleh: …" byline (check9/13: "Oleh: Dr. Asep Saepul Milah,
 *  M.Si." / "Dosen Ilmu Pemerintahan Universitas Galuh Ciamis"): the complete class of the occupations and posts a
 *  column's author is introduced by. Lower-case. */
export const AUTHOR_AFFILIATION_HEADS: readonly string[] = [
  'dosen', 'guru', 'guru besar', 'profesor', 'peneliti', 'pengamat', 'akademisi', 'praktisi', 'pemerhati', 'aktivis',
  'mahasiswa', 'mahasiswi', 'alumnus', 'alumni', 'alumna', 'pengajar', 'widyaiswara', 'penulis', 'wartawan', 'jurnalis',
  'pegiat', 'penggiat', 'analis', 'konsultan', 'advokat', 'pengacara', 'direktur', 'direktur eksekutif', 'ketua', 'wakil ketua',
  'sekretaris', 'anggota', 'koordinator', 'pendiri', 'founder', 'kepala', 'staf', 'staf pengajar', 'asn', 'pns', 'pegawai',
  'pensiunan', 'mantan', 'purnawirawan', 'tokoh', 'budayawan', 'sastrawan', 'ulama', 'rektor', 'dekan', 'wakil rektor',
  'kandidat doktor', 'mahasiswa pascasarjana', 'pemimpin redaksi', 'redaktur', 'kolumnis', 'peneliti senior',
];
/** The author's affiliation line has at most this many words. */
export const AUTHOR_AFFILIATION_MAX_WORDS = 14;

/** A tag list's labels before a colon, in the footer ("Tags: ASN, Bawaslu", "Tagged with: …", "Kata Kunci: …"):
 *  clean/rules/furniture-and-tail.ts FOOTER_TAGS (any case). */
/** The labels of a tag row that an English theme prints without a colon (clean21: "Tagged ASN, Bawaslu"): none of
 *  them an Indonesian word, so a line opening with one is no sentence ("Tag", "Label", "Topik" are left out). */
export const TAG_ROW_BARE_LABELS: readonly string[] = ['tagged', 'tagged with', 'tagged in', 'tags'];
export const TAG_LIST_LABELS: readonly string[] = ['tags', 'tag', 'tagged', 'tagged with', 'ditandai', 'topik', 'kata kunci', 'keywords', 'keyword', 'labels', 'label'];
