// The page's head (clean/head-blocks.ts, the staff byline rule): closed word classes of the blocks a page prints between
// its top and its first body paragraph. Round 15 (issue 22, check16's head kinds): read as structures (a byline's
// opener before "oleh"/"by", a summary box's heading and its disclaimer), never as one site's phrase.

/** Nouns and verbs a byline opens with before `oleh`/`by` and a name, besides the posting verbs (lexicon/page-furniture.ts
 *  POSTED_VERBS): "Laporan oleh …", "Liputan oleh …", "Tulisan oleh …", "Foto oleh …", "Disunting oleh …". The whole
 *  class of a news page's credits: the piece (report, coverage, writing, text, photo, video, graphic) and the desk's
 *  verbs (reported, covered, compiled, summarised, edited, translated). */
export const BYLINE_OPENERS: readonly string[] = [
  'laporan', 'liputan', 'reportase', 'tulisan', 'naskah', 'teks', 'artikel', 'berita', 'foto', 'fotografi', 'video',
  'grafis', 'infografis', 'ilustrasi', 'reported', 'story', 'text', 'photo', 'photos',
  'dilaporkan', 'diliput', 'disusun', 'dirangkum', 'disunting', 'diedit', 'diterjemahkan', 'disadur', 'dihimpun',
  'edited', 'compiled',
];

/** The nouns of a reporter's work that credit a name after a colon as well ("Liputan: Nama", "Reportase: Nama",
 *  "Naskah: Nama"): the openers a byline writes with a colon instead of "oleh". */
export const BYLINE_COLON_NOUNS: readonly string[] = ['laporan', 'liputan', 'reportase', 'tulisan', 'naskah', 'teks'];

/** A summary box's heading nouns ("Ringkasan Berita", "Poin Penting", "Intisari", "Rangkuman AI", "Key Points"). */
export const SUMMARY_NOUNS: readonly string[] = [
  'ringkasan', 'rangkuman', 'intisari', 'ikhtisar', 'sari', 'poin', 'poin-poin', 'pokok', 'sorotan', 'summary',
  'highlights', 'highlight', 'key', 'tl;dr', 'tldr',
];
/** Machine-writing words of a summary's disclaimer: "… dibuat dengan bantuan AI …", "… oleh kecerdasan buatan …". */
export const AI_WORDS: readonly string[] = ['ai', 'a.i.', 'kecerdasan buatan', 'kecerdasan artifisial', 'artificial intelligence', 'mesin', 'machine', 'otomatis', 'automatically', 'automated'];
/** The verbs that say who made the summary: "dibuat", "dihasilkan", "disusun", "dirangkum", "generated". */
export const SUMMARY_MADE_VERBS: readonly string[] = [
  'dibuat', 'dihasilkan', 'disusun', 'dirangkum', 'ditulis', 'dibantu', 'dibuat otomatis', 'generated', 'created',
  'written', 'produced', 'summarized', 'summarised',
];

/** A page's own previous/next links, besides a post's (lexicon/page-meta.ts POST_NAV_LABELS): an e-paper's or a
 *  gallery's "Halaman Sebelumnya | Halaman Berikutnya". The nouns of a page × the three directions. */
export const PAGE_NAV_NOUNS: readonly string[] = ['halaman', 'laman', 'hal.', 'hlm.', 'page', 'foto', 'gambar', 'slide'];
export const PAGE_NAV_DIRECTIONS: readonly string[] = ['sebelumnya', 'selanjutnya', 'berikutnya', 'lanjut', 'previous', 'next'];

/** The lower-case connectors a masthead's name row may hold between its capitalised words ("Dinas Komunikasi dan
 *  Informatika", "Museum of the Sea"): clean/page-head.ts NAME_ROW_WORD. */
export const MASTHEAD_CONNECTORS: readonly string[] = ['dan', 'di', 'of', 'the', 'and'];
