// Word classes of round 13's kinds of furniture (issue 22, check12 and check13: lines left on blind pages, each read as
// an instance of a class; rules in src/clean/rules/classes.ts and src/clean/page-top.ts). Lower-case.

/** The marks a scraper keeps before a widget's line (a list bullet, an arrow, an icon): check12/01 "* Follow Official
 *  WhatsApp Channel …". Only before a call to follow or join (a body list item opens so too, with other words). */
export const LINE_MARKS: readonly string[] = [
  '*', '•', '·', '-', '–', '—', '+', '>', '>>', '»', '›', '►', '▶', '▸', '➤', '➡', '→', '▪', '■', '□', '●', '○', '◆', '✓', '✔',
  '✅', '📌', '👉', '📲', '📱', '🔔', '🔗', '📣', '📢',
];

/** What a share button names (check12/02: "Share Artikel"): the page or its kind. With a share verb
 *  (SHARE_LABELS' one-word entries) and, optionally, a demonstrative and a preposition, alone on its line. */
export const SHARE_OBJECTS: readonly string[] = [
  'artikel', 'berita', 'tulisan', 'postingan', 'posting', 'post', 'halaman', 'laman', 'link', 'tautan', 'konten',
  'cerita', 'liputan', 'video', 'foto', 'galeri', 'kabar', 'informasi', 'info', 'opini', 'rilis', 'siaran pers',
  'article', 'story', 'page', 'news', 'this article', 'this story', 'this post', 'this page',
];

/** A caption's credit role after its label (check12/05: "Foto Kontributor: Humas Kemenag Seluma"): who took or gave the
 *  photo. */
export const PHOTO_CREDIT_ROLES: readonly string[] = [
  'kontributor', 'oleh', 'by', 'kredit', 'credit', 'sumber', 'dokumentasi', 'dok', 'dok.', 'fotografer', 'pewarta',
  'pewarta foto', 'reporter', 'penulis', 'istimewa', 'humas', 'arsip', 'courtesy',
];

/** Administrative units below a regency that run a website of their own (check12/04: "Website Resmi Desa Tirtosari"):
 *  every name of the level across the provinces (desa and kelurahan; nagari in West Sumatra, gampong in Aceh, pekon and
 *  tiyuh in Lampung, lembang in Toraja, negeri in Maluku, kampung in Papua and elsewhere, kalurahan and kapanewon in
 *  Yogyakarta, distrik in Papua), and the kecamatan. */
export const SUBREGION_KINDS: readonly string[] = [
  'desa', 'kelurahan', 'kecamatan', 'nagari', 'gampong', 'pekon', 'tiyuh', 'lembang', 'negeri', 'kampung', 'kalurahan',
  'kapanewon', 'kemantren', 'distrik', 'jorong', 'dusun', 'banjar', 'marga', 'nagori', 'mukim',
];
/** Who owns such a site, before the unit's kind ("Pemerintah Desa X", "Pemdes X" needs no kind). */
export const SUBREGION_OWNERS: readonly string[] = ['pemerintah', 'pemdes', 'pemerintahan', 'sistem informasi', 'sid'];

/** The civic values a motto lists (check12/07, a university: "Unggul, Religius, Berdaya Saing"; a village's "Maju,
 *  Mandiri, Sejahtera"; an agency's "BerAKHLAK": Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif,
 *  Kolaboratif). A line listing two or more of these, and nothing but such short items, above the headline, is the
 *  site's motto. */
export const MOTTO_VALUES: readonly string[] = [
  'unggul', 'religius', 'agamis', 'islami', 'berdaya saing', 'mandiri', 'maju', 'sejahtera', 'makmur', 'adil', 'aman',
  'nyaman', 'tertib', 'bersih', 'sehat', 'cerdas', 'berkarakter', 'berakhlak', 'berakhlak mulia', 'berbudaya',
  'berintegritas', 'bermartabat', 'berkeadilan', 'berkelanjutan', 'profesional', 'akuntabel', 'transparan', 'amanah',
  'inovatif', 'kreatif', 'kompetitif', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif', 'humanis', 'modern',
  'madani', 'beriman', 'bertakwa', 'berprestasi', 'berwawasan lingkungan', 'responsif', 'melayani', 'terpercaya',
  'produktif', 'dinamis', 'santun', 'jujur', 'disiplin', 'rukun', 'damai', 'lestari', 'indah', 'asri', 'berdaya',
  'sinergis', 'visioner', 'global', 'excellent', 'integrity', 'berorientasi pelayanan', 'gotong royong', 'mulia',
];

/** A question put to the reader that opens a call for contributions or contact (check13/07, a Ghost callout: "Ingin
 *  menulis opini di Halsel Post? Kirim naskah … ke opini@…"): the want, the offer or the question word. */
export const READER_CALL_QUESTIONS: readonly string[] = [
  'ingin', 'mau', 'punya', 'tertarik', 'berminat', 'butuh', 'perlu', 'suka', 'hobi', 'anda ingin', 'anda punya',
  'apakah anda', 'ada', 'memiliki', 'punyakah', 'inginkah',
];
/** The imperative that answers it (CHANNEL_PROMO_OPENERS holds the calls to follow or watch). */
export const READER_CALL_VERBS: readonly string[] = [
  'kirim', 'kirimkan', 'hubungi', 'email', 'surel', 'tulis', 'tuliskan', 'daftar', 'daftarkan', 'klik', 'kunjungi',
  'gabung', 'bergabung', 'bergabunglah', 'ajukan', 'sampaikan', 'silakan', 'silahkan', 'yuk', 'ayo', 'segera',
];

/** What a platform's denial names as this very text, before the demonstrative that ends the line (check12/09: "kumparan
 *  tidak bertanggung jawab atas isi konten ini."): "Admin grup tidak bertanggung jawab atas isi unggahan anggotanya" has
 *  no demonstrative and is body. */
export const DENIAL_OBJECTS: readonly string[] = [
  'konten', 'artikel', 'tulisan', 'berita', 'opini', 'postingan', 'unggahan', 'materi', 'informasi', 'pemberitaan',
  'isi konten', 'isi artikel', 'isi tulisan', 'isi berita', 'isi opini', 'isi postingan', 'isi materi', 'isi informasi',
];

/** Who made a post a platform only hosts (check12/09: "Konten ini dibuat dan diterbitkan oleh media partner."). */
export const PARTNER_MAKERS: readonly string[] = ['media partner', 'mitra media', 'partner media', 'pengguna', 'user', 'kontributor lepas', 'penulis tamu'];
/** The verbs of making it. */
export const PARTNER_VERBS: readonly string[] = ['dibuat', 'ditulis', 'diterbitkan', 'dipublikasikan', 'diunggah', 'disediakan'];
/** What such a note calls the text ("Konten ini …", "Artikel ini …"). */
export const PARTNER_SUBJECTS: readonly string[] = ['konten', 'artikel', 'tulisan', 'berita', 'postingan', 'opini'];

/** The separators a credit row splits on, left at the start of its second half when the row is broken over two lines
 *  (check14/01: "Penulis Kontributor Garut, Nama" / "| Editor Nama"). */
export const CREDIT_SEPARATORS: readonly string[] = ['|', '/', '•', '·', '–', '—', '-'];

/** A site engine's, a theme's or a designer's credit (check14/07: "Theme by ThemeGrill. Powered by WordPress."): what
 *  was made, or the participle of making … */
export const ENGINE_CREDIT_VERBS: readonly string[] = [
  'theme', 'tema', 'template', 'designed', 'design', 'desain', 'developed', 'powered', 'proudly powered', 'built',
  'crafted', 'hosted', 'maintained', 'managed', 'dikembangkan', 'didesain', 'dirancang', 'ditenagai', 'diberdayakan',
  'dikelola', 'didukung',
];
/** … and the word that names who made it. */
export const ENGINE_CREDIT_AGENTS: readonly string[] = ['by', 'oleh', 'with'];

/** What a share button may add after what it shares (check12/02: "Bagikan Berita Ini", "Sebarkan Tulisan via:"): a
 *  demonstrative … */
export const SHARE_DEMONSTRATIVES: readonly string[] = ['ini', 'this'];
/** … and a preposition before the network it names. */
export const SHARE_PREPOSITIONS: readonly string[] = ['ke', 'via', 'di', 'lewat', 'melalui', 'on', 'to'];
/** The conjunctions between two verbs of making a partner's note ("dibuat dan diterbitkan oleh media partner"). */
export const PARTNER_VERB_JOINERS: readonly string[] = ['dan', '&'];
/** The conjunctions between a motto's values ("Unggul, Religius dan Berdaya Saing"), in the cases a motto writes them
 *  (read without the `i` flag). */
export const MOTTO_JOINERS: readonly string[] = ['dan', 'DAN', 'Dan', 'and', '&'];

/** A caption's credit after its last sentence (platform.ts caption-credit-line, regional2: "… kemarin. Foto: Nama"): the
 *  label of the credit … */
export const CAPTION_CREDIT_LABELS: readonly string[] = ['foto', 'photo', 'dok.', 'dok', 'dokumentasi', 'sumber foto', 'gambar', 'kredit foto'];
/** … a source that names nobody ("Foto: Istimewa", "Foto: tangkapan layar") … */
export const UNNAMED_PHOTO_SOURCES: readonly string[] = ['tangkapan layar', 'istimewa', 'ist', 'ilustrasi', 'screenshot', 'dok', 'net', 'internet', 'pribadi'];
/** … and an archive's abbreviation before the source, its dot spaced (check12/09: "Foto: Dok. Istimewa"). */
export const ARCHIVE_ABBREVIATIONS: readonly string[] = ['dok', 'doc', 'arsip', 'ars'];

/** The words joining two staff roles credited to one person (clean16's paradigm, a JPNN network credit: "Redaktur &
 *  Reporter : Fathan Sinaga"; also "Penulis dan Editor: Nama", "Reporter/Editor: Nama"). */
export const CREDIT_ROLE_JOINERS: readonly string[] = ['&', 'dan', 'and', '/', '+'];
