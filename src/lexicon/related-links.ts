// Related-news furniture, data only (split from lexicon/boilerplate.ts, round 12): the headings that open a related
// block, the verbs and particles of a related-link line (`BACA JUGA : …`), and those of a link in brackets.
// Matched case-insensitively after whitespace has been collapsed.

/** Headings that open a related-news block: the short headline lines (and their `18 menit lalu`
 *  time stamps) that follow belong to the block. Whole line, optional trailing colon.
 *  seed 002 tail: "Berita Terkait"; seed 004 tail: "Terpopuler", "Artikel Terbaru". */
export const RELATED_BLOCK_HEADINGS: readonly string[] = [
  // "related" lists
  'berita terkait',
  'artikel terkait',
  'topik terkait',
  'video terkait',
  'foto terkait',
  'tautan terkait',
  'baca juga',
  'baca pula',
  'lihat juga',
  'simak juga',
  // "more" lists
  'berita lainnya',
  'baca berita lainnya',
  'artikel lainnya',
  'baca artikel lainnya',
  'berita lain',
  'lainnya',
  // "latest" / "popular" lists
  'terbaru',
  'berita terbaru',
  'artikel terbaru',
  'terkini',
  'berita terkini',
  'terpopuler',
  'berita terpopuler',
  'artikel terpopuler',
  'populer',
  'berita populer',
  'paling banyak dibaca',
  'terbanyak dibaca',
  'trending',
  'sedang trending',
  // editorial picks
  'rekomendasi',
  'rekomendasi untuk anda',
  'rekomendasi berita',
  'pilihan editor',
  'pilihan redaksi',
  'berita pilihan',
  'editor\'s pick',
  'editors pick',
  // English widgets (themes such as Blogger/WordPress)
  'related',
  'related posts',
  'related post',
  'related news',
  'related articles',
  'most popular',
  'popular posts',
  'recent posts',
  'latest news',
  'read more',
  'more stories',
  // (clean21: an English theme's related heading between body lines, "You may also like")
  'you may also like',
  'you might also like',
  'anda mungkin juga suka',
  'mungkin anda suka',
];

/** Verbs that open a related-link line (`BACA JUGA : …`, `Baca: …`, `Simak juga: …`).
 *  seed 000: "BACA JUGA : Kapolda NTB Putra Daerah, …"; seed 003: "BACA JUGA:\u00a0 DETIK Dinilai …";
 *  seed 004: "Baca Juga :\u00a0 Siapkan 56 Orang …". */
export const RELATED_LINK_VERBS: readonly string[] = ['baca', 'simak', 'lihat', 'cek', 'tonton', 'klik', 'read'];

/** Words that may follow those verbs before the colon (`Baca juga`, `Simak pula`, `Baca selengkapnya`). */
export const RELATED_LINK_PARTICLES: readonly string[] = [
  'juga',
  'pula',
  'selengkapnya',
  'lainnya',
  'berita',
  'artikel',
  'video',
  'also',
  'more',
  'di sini',
  'disini',
  // news/09: "Klik untuk baca: Pj Gubernur Kaltim Ancam Copot ASN Tak Netral"
  'untuk baca',
  'untuk membaca',
];

/** Verbs of a related link in brackets inside a paragraph: `(Baca juga: …)`, `[Simak: …]`. */
export const INLINE_RELATED_VERBS: readonly string[] = ['baca', 'simak', 'lihat', 'cek'];

/** Particles that make a related-link verb a label even without a separator after it (check10/04, a WordPress theme:
 *  "Baca Juga  Pj Wali Kota Bima Terbitkan Surat Edaran Netralitas ASN"): `Baca Juga`, `Simak Pula`, `LIHAT JUGA`.
 *  Crossed with RELATED_LINK_VERBS by the rules of clean/rules/related-bare.ts. A sentence writes the particle in
 *  lower case after a lower-case verb ("Baca juga aturan kampanye."), so the label's case and the headline's shape
 *  tell the two apart. */
export const RELATED_BARE_PARTICLES: readonly string[] = ['juga', 'pula'];
