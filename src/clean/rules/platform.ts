// Clean rules, part 4: what blog platforms (WordPress, Jetpack, Blogger), AMP pages and news-site chrome print
// around an article: post-meta lines, comment threads and forms, share and like widgets, blog pagers, author
// boxes, footer menus, site taglines in a page title, reader polls, previous/next post links, page-number rows.
// Motivated by fixtures/clean/regional2 01–18 and html/01–04 (19–27 and html/05–06 held out); word lists in
// src/lexicon/page-furniture.ts. As in part 3, each rule is structural: a platform string, a label, or a shape of
// the whole short line; a sentence holding the same words goes on.
import { CLOCK_MERIDIEMS, COMMENT_COUNT_NUMERALS, COMMENT_NOUNS, COMMENT_ON_WORDS, HEADLINE_LOWER_WORDS, PAGE_NEXT_WORDS, PAGE_PREVIOUS_WORDS, READ_AT_VERBS, READ_AT_WORDS, STAMP_LEAD_WORDS, STREET_WORDS } from '../../lexicon/line-cues.js';
import { AMOUNT_ABBREVIATIONS, ICON_COUNTER_UNITS } from '../../lexicon/counter-words.js';
import { TIME_ZONES } from '../../lexicon/calendar.js';
import {
  AUTHOR_BOX_HEADINGS,
  CHANNEL_ENDS,
  FOOTER_MENU_ITEMS,
  PLATFORM_STRINGS,
  POLL_HEADINGS,
  POSTED_VERBS,
  POST_CATEGORY_WORDS,
  POST_NAV_WORDS,
  TAGLINE_NEWS_NOUNS,
  TAGLINE_QUALIFIERS,
  UPDATED_LABELS,
} from '../../lexicon/page-furniture.js';
import { caseFormList, caseForms } from './portal.js';
import { ARCHIVE_ABBREVIATIONS, CAPTION_CREDIT_LABELS, UNNAMED_PHOTO_SOURCES } from '../../lexicon/furniture-classes.js';
import { alt, caseless, firstOf, HEADER_DATE_SRC, prefixOf } from './build.js';
import type { CleanRule } from './types.js';
import { SOCIAL_REACTION_LABELS } from '../../lexicon/page-widgets.js';
import { HANDLE_LINE, SOCIAL_COUNT } from '../social-post.js';
import { SHAPE_RULES } from './shape.js';
import { WB as B, WE as E } from '../../text/regex.js';

/** No sentence end (a label or title line is not a sentence). */
const noFinalStop = (t: string): boolean => t.charCodeAt(t.length - 1) !== 46; /* . */
/** A name as a blog prints it after `by`/`oleh`: 1–4 words of any case ("admin", "Kabar Lotim"). */
const BLOG_NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N}.'’_-]{0,30}(?:\\s{1,3}[\\p{L}\\p{N}][\\p{L}\\p{N}.'’_-]{0,30}){0,3}";
/** A date (as a page header prints it), a numeric date, or a bare time (`09.41`, `14:22`). */
/** Time zones and clock suffixes as the stamps below write them, in lower case (the rules read them caselessly). */
const ZONES = TIME_ZONES.map((z) => z.toLowerCase());
const MERIDIEMS = CLOCK_MERIDIEMS.map((m) => m.toLowerCase());
const STAMP = `(?:${HEADER_DATE_SRC}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2}(?:,?\\s{1,3}\\d{1,2}[.:]\\d{2}(?:\\s{1,3}(?:${alt(ZONES)}))?)?|\\d{1,2}[.:]\\d{2}(?:\\s{1,3}(?:${alt([...ZONES, ...MERIDIEMS])}))?)`;
const AT = `(?:${alt(STAMP_LEAD_WORDS)}|,|-|–|\\|)`;
const POST_LABEL = `(?:${alt([...POSTED_VERBS, ...UPDATED_LABELS])})`;
/** A word of a headline: capitalised, a number, or one of the few lower-case words a title keeps. */
const TITLE_WORD = `(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’%-]{0,30}|${alt(HEADLINE_LOWER_WORDS)})`;
/** A comment count a post-meta line may end with (html/02: "… di 11.20 Tidak ada komentar:"). */
const COMMENT_COUNT = '(?:\\s{0,3}[|·•-]?\\s{0,3}(?:\\d{1,4}|tidak\\s{1,3}ada|no)\\s{1,3}(?:komentar|comments?)\\s{0,2}:?)';
const MENU_ITEM = `(?:${alt(FOOTER_MENU_ITEMS)})`;
const MENU_SEP = '\\s{0,3}[|•·]\\s{0,3}';

/** `quick` tests (one pass, no allocation): the words each pattern cannot match without. */
/** One character of a trailing credit: no sentence mark, but a dot glued to a letter (a domain's). */
const CREDIT_CHAR = '(?:[^.\\n:!?]|\\.(?=\\p{L}))';
const TRAILING_CREDIT_QUICK = new RegExp(`[.)]\\s{1,3}(?:${alt(CAPTION_CREDIT_LABELS)})\\.?\\s{0,2}[:/]`, 'iu');

/** The rules of part 4 (in cascade order, after parts 1–3). */
export const PLATFORM_RULES: readonly CleanRule[] = [
  // regional2/01: "Leave a Reply Cancel reply", "Save my name, email, and website in this browser for the next time I
  // comment."; regional2/02: "Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter …", "Diberdayakan oleh Blogger.";
  // regional2/09: "Lihat semua tulisan dari Tim Redaksi"; regional2/16: "CONTINUE READING BELOW" — a string the blog
  // or CMS software prints itself, at the start of a short line
  {
    name: 'platform-string-line',
    prefix: prefixOf(PLATFORM_STRINGS),
    first: firstOf(PLATFORM_STRINGS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 30,
    // (`caseless` takes no `\\p` or letter range: an entry ends the line or is followed by a space or a mark)
    pattern: caseless(`^(?:${alt(PLATFORM_STRINGS)})(?=$|[\\s.,:;!?()"“”'’*|/…-])`),
  },
  // regional2/01: "Posted on 5 November 2024 by admin"; regional2/02: "Diposting oleh Kabar Lotim di 09.41";
  // regional2/09: "Last updated: 19 November 2024" — a blog's post-meta line: a posting (or updating) verb, maybe
  // its author, and a date or time, nothing else ("Diposting oleh warga di grup itu pada 5 November 2024, foto itu
  // viral." goes on)
  {
    name: 'post-meta-line',
    prefix: prefixOf(POSTED_VERBS, UPDATED_LABELS),
    first: firstOf(POSTED_VERBS, UPDATED_LABELS),
    kind: 'byline',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(
      `^${POST_LABEL}(?:\\s{1,3}${AT})?\\s{0,3}:?\\s{1,3}(?:(?:oleh|by)\\s{0,3}:?\\s{1,3}${BLOG_NAME}\\s{0,3}${AT}\\s{0,3})?${STAMP}` +
        `(?:\\s{0,3}(?:by|oleh)\\s{0,3}:?\\s{1,3}${BLOG_NAME})?${COMMENT_COUNT}?$`,
      'iu',
    ),
  },
  // round 16, a WordPress daily: "in Politik" / "0" under the headline (a short headline took the line as its wrapped
  // end: "ASN Wajib Netral in Politik") — a post's category on a meta line of its own: the theme's word (lower case, as
  // the theme prints it) and one to three capitalised words, or "&" between them; at the edges of the text only (between
  // body lines a line is never read so)
  {
    name: 'post-category-line',
    prefix: prefixOf(POST_CATEGORY_WORDS),
    first: firstOf(POST_CATEGORY_WORDS),
    kind: 'byline',
    scope: 'line',
    edgesOnly: true,
    maxWords: 6,
    pattern: new RegExp(`^(?:${alt(POST_CATEGORY_WORDS)})\\s{1,3}\\p{Lu}[\\p{L}'’.-]*(?:\\s{1,3}(?:&|\\p{Lu}[\\p{L}'’.-]*)){0,3}$`, 'u'),
  },
  // clean21, an Instagram post copied as text: "bawaslu.kotasorong" above "Mengikuti" and again above the caption,
  // "@kpu_kabmalang" — an account's handle alone on its line: lower case, no space, a dot or an underscore inside (or an
  // at sign before it); no body line is one token so written ("Tujuh diregistrasi.", "e-KTP warga …" go on)
  {
    name: 'social-handle-line',
    first: '@a-z0-9_',
    kind: 'furniture',
    scope: 'line',
    maxWords: 1,
    pattern: HANDLE_LINE,
  },
  // clean21, a Facebook post copied as text: "Semua reaksi:" (its count on the next line, clean/social-post.ts), "All
  // reactions: 1,2 rb" — a reaction block's label alone ("Reaksi Warga", a subhead, and sentences go on)
  {
    name: 'social-reaction-line',
    prefix: prefixOf(SOCIAL_REACTION_LABELS),
    first: firstOf(SOCIAL_REACTION_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 5,
    pattern: new RegExp(`^(?:${alt(SOCIAL_REACTION_LABELS)})\\s{0,2}:?(?:\\s{0,3}${SOCIAL_COUNT})?$`, 'iu'),
  },
  // regional2/01: "3 thoughts on “Dua Kades di Sumbawa Barat Dilaporkan …”"; regional2/02: "Tidak ada komentar:" —
  // the heading of a comment thread under the article. Below the body, the thread (names, dates, the comments
  // themselves, which read like sentences) and the form after it run to the end of the page (see the cascade).
  {
    name: 'comment-thread-heading',
    first: '\\dtnbods',
    kind: 'comments',
    scope: 'block',
    maxWords: 40,
    pattern: new RegExp(
      `^(?:(?:\\d{1,4}|${alt(COMMENT_COUNT_NUMERALS)})\\s{1,3}(?:thoughts?|comments?|responses?|${alt(COMMENT_NOUNS)})\\s{1,3}(?:${alt(COMMENT_ON_WORDS)})\\s{1,3}["“‘][^\\n]{1,200}` +
        `|(?:tidak\\s{1,3}ada|belum\\s{1,3}ada|no)\\s{1,3}(?:komentar|comments?|tanggapan)\\s{0,2}:|\\d{1,4}\\s{1,3}(?:komentar|comments?|tanggapan)\\s{0,2}:?)$`,
      'iu',
    ),
  },
  // regional2/25: "Camat (kiri) saat berfoto bersama calon bupati. FOTO: tangkapan layar" — a caption whose photo credit
  // follows its last sentence after a credit label (`FOTO:`, `Dok.`, `Sumber foto:`): body text never ends so
  {
    name: 'caption-trailing-credit-line',
    first: '\\p{Lu}"“',
    // (the label and its credit are within the last 200 units: ≤ 70 code points, each ≤ 2 units)
    quick: (t) => noFinalStop(t) && (t.indexOf(':', t.length - 200) >= 0 || t.indexOf('/', t.length - 200) >= 0) && TRAILING_CREDIT_QUICK.test(t.length > 200 ? t.slice(-200) : t),
    kind: 'caption',
    scope: 'line',
    // (no word limit: the pattern bounds the length, and counting 41 words of every long line cost more)
    // (the credit names a source: a capital, or a photo's usual unnamed sources; "… Foto: milik warga yang melapor" goes on)
    pattern: new RegExp(
      `^[\\p{Lu}"“][^\\n]{10,250}[.)]\\s{1,3}(?:${caseForms(CAPTION_CREDIT_LABELS)})\\s{0,2}[:/]\\s{0,2}` +
        // (a dot glued to a letter is an outlet's domain inside the credit, no sentence's end: round 12, "… keterangan.
        // FOTO: RIAN/TOTABUAN.CO", "FOTO: TRIBUNNEWS.COM/IRWAN")
        `(?:\\p{Lu}${CREDIT_CHAR}{0,50}|(?:${caseForms(UNNAMED_PHOTO_SOURCES)})(?![\\p{L}\\p{N}])${CREDIT_CHAR}{0,50}` +
        // (check12/09: "… pasangan calon. Foto: Dok. Istimewa" — an archive's abbreviation before the source, its dot
        // spaced: no sentence ends there)
        `|(?:${caseForms(ARCHIVE_ABBREVIATIONS)})\\.\\s{1,2}[\\p{L}\\p{N}]${CREDIT_CHAR}{0,50})$`,
      'u',
    ),
  },
  // regional2/22: "Cek Berita dan Artikel yang lain di Google News" — a pointer to the outlet's channel: "cek"/"baca"
  // and the line ENDS with the channel ("Cek fakta berita hoaks di WhatsApp dilakukan Diskominfo." goes on)
  {
    name: 'channel-pointer-line',
    prefix: prefixOf(READ_AT_VERBS),
    first: 'cbl',
    kind: 'furniture',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(`^(?:${alt(READ_AT_VERBS)})${E}[^\\n]{1,120}?\\s(?:${alt(READ_AT_WORDS)})\\s{1,3}(?:${alt(CHANNEL_ENDS)})\\s{0,2}[.!]?$`, 'iu'),
  },
  // "Redaksi KalbarOnline | Jl. Ahmad Yani No. 7, Pontianak | redaksi@…" — a footer line of `|` segments, one of them an
  // e-mail address or a street address
  {
    name: 'contact-segments-line',
    quick: (t) => noFinalStop(t) && t.includes('|'),
    kind: 'footer',
    scope: 'line',
    // (no word limit: the pattern bounds the length to 400 characters)
    pattern: new RegExp(`^(?=[^\\n]{0,300}?\\|)(?=[^\\n]{0,300}?(?:[\\p{L}\\p{N}._-]{1,40}@[\\p{L}\\p{N}-]{1,40}\\.[\\p{L}.]{2,12}|(?:^|\\|\\s{0,3})(?:${alt(STREET_WORDS)})\\.?\\s[^|\\n]{1,80}\\sno\\.?\\s{0,2}\\d))[^\\n]{3,400}(?<!\\.)$`, 'iu'),
  },
  // regional2/05: "Tentang Kami | Redaksi | Pedoman Media Siber | Kode Etik | Kontak | Disclaimer" — a footer menu:
  // three or more menu items and nothing else, split by `|`, `•` or `·` (a table row names no menu item)
  {
    name: 'footer-menu-line',
    prefix: prefixOf(FOOTER_MENU_ITEMS),
    first: firstOf(FOOTER_MENU_ITEMS),
    quick: (t) => t.includes('|') || t.includes('•') || t.includes('·'),
    kind: 'footer',
    scope: 'line',
    maxWords: 30,
    pattern: new RegExp(`^${MENU_ITEM}(?:${MENU_SEP}${MENU_ITEM}){2,14}$`, 'iu'),
  },
  // regional2/05: "Radar Bima | Berita Bima dan Dompu Terkini"; regional2/13: "Berita Hari Ini - Portal Berita …";
  // regional2/18: "RRI.co.id - Berita Terpercaya" — a page title made of the site's name and its tagline: a spaced
  // separator, a news noun and a tagline word, no sentence end. Only at the edges of the text.
  {
    name: 'site-tagline-line',
    quick: (t) => noFinalStop(t) && (t.includes(' | ') || t.includes(' - ') || t.includes(' – ') || t.includes(' — ')),
    kind: 'masthead',
    scope: 'byline',
    edgesOnly: true,
    maxWords: 10,
    pattern: new RegExp(
      `^(?=[\\p{L}\\p{N}])(?=[^\\n]{0,120}? [|–—-] )(?=[^\\n]{0,120}?${B}(?:${alt(TAGLINE_NEWS_NOUNS)})${E})(?=[^\\n]{0,120}?${B}(?:${alt(TAGLINE_QUALIFIERS)})${E})` +
        `[^\\n!?]{2,140}(?<![.!?,;:])$`,
      'iu',
    ),
  },
  // regional2/13: "Sebelumnya Bupati Kolaka Resmikan Pasar Rakyat", "Selanjutnya Harga Cabai di Kolaka Turun
  // Drastis" — the previous/next post link: the label, then a headline (three or more words, every one capitalised
  // but a few function words, no sentence end). "Selanjutnya, Bupati meminta camat mengawasi." is a sentence.
  {
    name: 'post-nav-line',
    prefix: `[«‹←]|${prefixOf(caseFormList(POST_NAV_WORDS))}`,
    first: `«‹←${firstOf(caseFormList(POST_NAV_WORDS))}`,
    quick: noFinalStop,
    kind: 'related-link',
    scope: 'line',
    maxWords: 22,
    pattern: new RegExp(
      `^(?:[«‹←]\\s{0,2})?(?:${caseForms(POST_NAV_WORDS)})\\s{0,2}[:»›→«‹←-]?\\s{1,3}(?:[\\p{Lu}\\p{N}]\\S{0,30})(?:\\s{1,3}${TITLE_WORD}){2,20}(?<!\\.)$`,
      'u',
    ),
  },
  // regional2/14: "« Sebelumnya 1 2 3 Selanjutnya »"; html/04: "1 2" — a row of page numbers, with or without the
  // previous/next words around it (the labelled forms are `pagination-line`)
  {
    name: 'page-numbers-line',
    first: '«‹<\\dspk',
    kind: 'furniture',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(
      `^(?:[«‹<]{1,2}\\s{0,2})?(?:(?:${alt(PAGE_PREVIOUS_WORDS)})\\s{1,3})?\\d{1,2}(?:\\s{1,3}\\d{1,2}){1,12}(?:\\s{1,3}(?:…|\\.\\.\\.)\\s{1,3}\\d{1,3})?(?:\\s{1,3}(?:${alt(PAGE_NEXT_WORDS)}))?\\s{0,2}[»›>]{0,2}$`,
      'iu',
    ),
  },

  // "⏱ 3 menit", "👁 1,2K" — an icon and a figure (with its unit) alone: a widget's counter or reading time
  {
    name: 'icon-figure-line',
    // (no pictograph sorts below U+00A9; © and ® open copyright lines, not counters)
    first: '\\u00a9-\\uffff',
    quick: (t) => t.charCodeAt(0) >= 0xa9,
    kind: 'furniture',
    scope: 'line',
    maxWords: 5,
    pattern: new RegExp(`^(?![©®])(?:[\\p{Extended_Pictographic}\\u{FE0F}]\\s{0,2}){1,3}\\d[\\d.,]{0,9}(?:\\s{0,2}(?:k|${alt(AMOUNT_ABBREVIATIONS)}))?(?:\\s{0,2}(?:${alt(ICON_COUNTER_UNITS)}|views?|x|comments?|shares?|likes?)){0,2}$`, 'iu'),
  },

  // ─── block ──────────────────────────────────────────────────────────────────────────────────
  // regional2/06: "POLLING" above "Siapa pasangan calon bupati pilihan Anda?", "Pilih", "Lihat Hasil" — a reader
  // poll: its heading takes the question and the answer buttons under it
  {
    name: 'poll-heading',
    prefix: prefixOf(POLL_HEADINGS),
    first: firstOf(POLL_HEADINGS),
    kind: 'poll',
    scope: 'block',
    maxWords: 3,
    pattern: new RegExp(`^(?:${alt(POLL_HEADINGS)})\\s{0,2}:?$`, 'iu'),
  },
  // regional2/09: "Tentang Penulis" above "Tim Redaksi", "Lihat semua tulisan dari Tim Redaksi" — an author box
  {
    name: 'author-box-heading',
    prefix: prefixOf(AUTHOR_BOX_HEADINGS),
    first: firstOf(AUTHOR_BOX_HEADINGS),
    kind: 'author-box',
    scope: 'block',
    maxWords: 4,
    pattern: new RegExp(`^(?:${alt(AUTHOR_BOX_HEADINGS)})\\s{0,2}:?$`, 'iu'),
  },
  // part 5 (clean/rules/shape.ts): channel calls, tag-list and comment-form headings
  ...SHAPE_RULES,
];
