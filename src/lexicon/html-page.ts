// Word lists of the HTML extractor (src/ingest/html/): class and id words of page furniture and of article bodies,
// byline and date labels, the headings and labels of boilerplate blocks, not-found notices and promotions (data, not
// code; issue 19: lexicons live in src/lexicon/).

/** Byline prefixes stripped from author names ("By Chris Davies", "Oleh: Rina", "Penulis: Budi"). */
export const AUTHOR_PREFIXES = ['by', 'oleh', 'penulis', 'reporter', 'author', 'written by', 'ditulis oleh'];

/** Class/id words of page furniture (matched against class/id segments split on space, "-" and "_").
 *  Prefix words match any segment that starts with them ("comments", "relatedposts", "sharedaddy"). */
export const JUNK_PREFIXES = [
  // sharing and social
  'share', 'sharing', 'sharer', 'sharedaddy', 'social', 'sosmed',
  // related / popular / recommended lists (Indonesian: terkait, terpopuler, populer, lainnya, "baca juga" boxes)
  'related', 'terkait', 'popular', 'populer', 'terpopuler', 'trending', 'recommend', 'rekomendasi', 'bacajuga',
  'morestories', 'readmore', 'outbrain', 'taboola', 'mgid',
  // comments
  'comment', 'komentar', 'disqus', 'respond',
  // page furniture
  'sidebar', 'widget', 'cookie', 'consent', 'gdpr', 'newsletter', 'subscribe', 'breadcrumb', 'pagination',
  'pager', 'paging', 'navbar', 'navigation', 'menu', 'footer', 'masthead', 'topbar',
  // captions and credits of images (the benchmark bodies, like readers, skip them)
  'caption', 'credit',
  // advertising
  'advert', 'sponsor', 'promo', 'iklan', 'banner', 'dfp', 'adsbygoogle', 'adslot', 'adunit',
];
/** Words that must equal a whole segment (too short to use as prefixes: "ad" would hit "address"). */
export const JUNK_EXACT = ['ad', 'ads', 'tag', 'tags', 'nav', 'sns', 'modal', 'popup', 'print', 'sr', 'skip',
  'authorbox', 'author', 'byline', 'meta',
  // date/time lines of the byline ("Selasa, 13 Februari 2024 14:20 WIB"): metadata, not body
  'date', 'time', 'tanggal', 'tgl', 'timestamp', 'pubdate', 'dateline'];

/** Class/id segments of a social post embedded in the body as a blockquote (`blockquote.twitter-tweet`, `blockquote.instagram-media`,
 *  `blockquote.tiktok-embed`): the post's own paragraphs are kept (a story can be told in an official's posts, and the
 *  benchmark's bodies keep them), the embed's attribution around them is not: "— Bawaslu Sintang (@bawaslusintang)
 *  <a>October 9, 2024</a>" (paradigm18), a handle and a date that would read as the story's. */
export const EMBED_POST_SEGMENTS = ['tweet', 'instagram', 'tiktok'];

/** Class/id segments of the main content (Readability's positive list plus Indonesian theme names). */
export const POSITIVE_PREFIXES = ['article', 'body', 'content', 'entry', 'main', 'page', 'post', 'story', 'text',
  'blog', 'detail', 'isi', 'berita', 'artikel', 'konten', 'read'];
/** Class/id segments that lower a block's score (Readability's negative list). */
export const NEGATIVE_PREFIXES = ['combx', 'comment', 'contact', 'foot', 'footer', 'footnote', 'masthead', 'media',
  'meta', 'outbrain', 'promo', 'related', 'scroll', 'shoutbox', 'sidebar', 'sponsor', 'shopping', 'tags', 'tool',
  'widget', 'hidden', 'caption', 'credit', 'byline', 'share', 'social'];

/** Class/id prefixes of byline / date furniture, where a byline date is looked for. */
export const DATE_HOLDER_PREFIXES = ['date', 'time', 'byline', 'posted', 'publish', 'tanggal', 'tgl', 'waktu', 'meta',
  'dateline', 'entry-date'];

/** Hyphen/underscore parts of a class or id marking the site's clock, the date of TODAY in its header or top bar
 *  ("header-date-today", "current-date", "tanggal-hari-ini" read as "hariini"), never the story's date (review18
 *  finding 5). */
export const CLOCK_HOLDER_PARTS = ['today', 'now', 'current', 'clock', 'realtime', 'hariini', 'sekarang', 'kini'];

/** The whole text of a control that shows a body's collapsed rest (a button or link beside a hidden block in the
 *  body: "Lanjutkan membaca ▾", "Baca selengkapnya", "Read more"; check25's kind, src/ingest/html/collapsed.ts). */
export const READ_MORE_CONTROLS = ['lanjutkan membaca', 'lanjut membaca', 'lanjut baca', 'baca selengkapnya',
  'selengkapnya', 'baca lebih lanjut', 'baca lanjutannya', 'lihat selengkapnya', 'tampilkan selengkapnya',
  'tampilkan lebih banyak', 'buka selengkapnya', 'read more', 'continue reading', 'show more', 'read full story',
  'read the full story', 'expand'];

/** Words of "page not found" titles/headings (checked on <title> and the first <h1> only). */
export const NOT_FOUND_CUES = ['404', 'not found', 'page not found', 'tidak ditemukan', 'halaman tidak ada',
  'tidak tersedia', 'error 404', 'halaman yang anda cari'];

/** Class names / ids of the article body, in priority order (generic CMS names, WordPress themes, and the
 *  names Indonesian portals use: `read__content`, `detail-text`, `content-detail`, `isi-berita`, …). */
export const BODY_CLASSES = [
  'entry-content', 'post-content', 'article-content', 'article-body', 'articlebody', 'article__body',
  'article__content', 'article-text', 'articletext', 'article_body', 'story-body', 'story-content', 'story__body',
  'post-body', 'postbody', 'post-entry', 'post_content', 'single-content', 'the-content', 'td-post-content',
  'news-content', 'content-article', 'detail-text', 'detail__body-text', 'detail-content', 'content-detail',
  'read__content', 'isi-berita', 'body-text', 'itp_bodycontent', 'txt-article', 'article-body-text',
  'main-text', 'blog-content', 'page-content',
];
/** Element ids of the article body. */
export const BODY_IDS = ['article-body', 'articlebody', 'article-content', 'story-body', 'content-body', 'isi',
  'article_body', 'post-body', 'main-text', 'articletext'];

/** Headings that open a boilerplate section of a page rather than part of the article (regex fragments, matched
 *  against the whole heading text, case-insensitively): "More Politics Stories", "SUBSCRIBE", "Related Posts",
 *  "You may also like", "Baca Juga", "Berita Terkait". Generic newsroom furniture, not site names. */
export const BOILERPLATE_HEADINGS = [
  '(?:more|other|latest|related|recommended|popular|trending|top|further|similar)(?: [\\p{L}&\'’-]+){0,3} (?:stories|news|articles|posts|reads|videos|reading|headlines)',
  'more from [\\p{L}\\p{N} &\'’.-]{1,40}',
  '(?:subscribe|sign up|newsletter|get our newsletter|join our newsletter)(?: [\\p{L}\\p{N} \'’-]{1,40})?',
  '(?:follow|like) us(?: on [\\p{L} ]{1,30})?',
  'share(?: this)?(?: (?:article|story|post))?(?: on)?',
  'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)',
  'read (?:more|next|also)', 'related(?: (?:posts?|articles?|content|links|coverage|topics))?', 'recommended(?: for you)?',
  'sponsored(?: content)?', 'leave a (?:reply|comment)', 'what to read next',
  // the heading of a comment thread, with its count or not ("Responses (3)", "Komentar", "12 Tanggapan")
  // ("Tanggapan" alone may head the part of a news story that gives an official's reply: only with its count)
  '(?:comments?|responses?|replies|komentar)(?: \\(\\d+\\))?', '\\d+ (?:comments?|responses?|replies|komentar|tanggapan|balasan)',
  '(?:tanggapan|balasan) \\(\\d+\\)',
  // Indonesian
  'baca juga', 'berita terkait', 'artikel terkait', 'berita lainnya', 'berita lain', 'terpopuler', 'berita terpopuler',
  'terkini', 'berita terkini', 'rekomendasi', 'pilihan (?:editor|redaksi)', 'jangan lewatkan', 'lihat juga',
  'ikuti kami', 'bagikan', 'komentar', 'tulis komentar', 'langganan(?: [\\p{L} ]{1,30})?',
];

/** One-line labels that are never body text, dropped alone (regex fragments, whole line, case-insensitive): ad slots
 *  and "continue reading" prompts between paragraphs. Unlike BOILERPLATE_HEADINGS, nothing after them is dropped. */
export const BOILERPLATE_LABELS = [
  'advert(?:isement)?s?', 'ads?', 'sponsored', 'story continues(?: below)?(?: advertisement)?',
  'continue reading(?: below)?', 'scroll to continue(?: with content)?', 'iklan', 'advertorial',
  'gulir untuk melanjutkan', 'scroll untuk melanjutkan(?: membaca)?', 'lanjutkan membaca',
  // the page marker of a story paginated over several pages ("Halaman 1 dari 2 Selanjutnya"; paradigm18)
  'halaman \\d{1,2}(?: dari \\d{1,2})?(?: (?:selanjutnya|berikutnya|sebelumnya))?',
  '(?:baca )?halaman (?:selanjutnya|berikutnya|sebelumnya)',
];

/** A broadcaster's promotion inside a report: "Dengarkan laporan langsung … di 98,7 FM atau streaming", "Saksikan
 *  … di kanal YouTube kami". Opening verbs (imperative: listen, watch) and the media they name (complete for
 *  radio, television and their streams); the outlet's news-channel promotions use PROMO_* of src/lexicon/boilerplate. */
export const BROADCAST_PROMO_OPENERS = ['dengarkan', 'dengar', 'saksikan', 'tonton', 'nonton', 'simak', 'listen', 'watch', 'tune in'];
export const BROADCAST_PROMO_MEDIA = ['streaming', 'live streaming', 'siaran langsung', 'fm', 'am', 'radio', 'televisi',
  'tv', 'aplikasi', 'app', 'youtube', 'podcast', 'spotify', 'frekuensi'];
/** Places a reader is asked to join besides the news channels of PROMO_CHANNELS (src/lexicon/boilerplate): "Join our
 *  Space Forums to keep talking … news tip" (dev page 686bb1), "Gabung komunitas pembaca kami". */
export const PROMO_PLACES = ['forum', 'forums', 'komunitas', 'community', 'grup', 'group', 'newsletter', 'milis',
  'mailing list', 'podcast', 'discord'];
/** Tags of a teaser's thumbnail: a link around one leads to the story (src/ingest/html/listing.ts). */
export const THUMBNAIL_TAGS = ['img', 'picture', 'amp-img'];
/** File extensions of an image: a link to such a file (a photo's full size, "…/uploads/x.jpg") leads to no story, so a
 *  picture inside it is no teaser's thumbnail (listing.ts; review19 b3, a list article's linked photos). */
export const IMAGE_FILE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'];
/** Element tags of an embedded medium (player, picture, form) whose box, with a short title or prompt beside it, is
 *  not body text: a video player's title, a poll's question, a photo's caption. */
export const MEDIA_BOX_TAGS = ['img', 'picture', 'amp-img', 'video', 'audio', 'iframe', 'embed', 'object', 'amp-video',
  'amp-iframe', 'amp-youtube', 'form', 'input', 'button', 'select', 'textarea'];

/** Class/id words of junk strong enough to drop even a big block (a comment thread can outweigh the article): comment,
 *  share, related and recommendation widgets, ad and consent boxes (ingest/html/page.ts, STRONG_JUNK). */
export const STRONG_JUNK_WORDS: readonly string[] = ['comment', 'komentar', 'disqus', 'respond', 'share', 'sharing', 'sharer', 'sharedaddy',
  'social', 'sosmed', 'related', 'terkait', 'popular', 'populer', 'terpopuler', 'trending', 'recommend',
  'rekomendasi', 'bacajuga', 'outbrain', 'taboola', 'mgid', 'cookie', 'consent', 'gdpr', 'newsletter', 'subscribe',
  'breadcrumb', 'advert', 'adsbygoogle'];
