// Every numeric threshold of the HTML main-text extractor, in one place.
// Each constant names the page or case that motivated it; when you change one, run `npm run bench:html`
// and `npx vitest run test/ingest/html`.

/** How many bytes `decodeHtml` scans for `<meta charset>` / `http-equiv`. The HTML spec's prescan reads 1024;
 *  WordPress themes with long `<head>` comments put the meta a little later, so we read 2 KB. */
export const CHARSET_SNIFF_BYTES = 2048;

/** A byline date is searched only in the first this-many characters of an element's text (the byline of a long
 *  `.post-meta` block; avoids picking a date out of the body). */
export const BYLINE_DATE_SCAN = 200;

/** A hyphen-part of a class begins a date-holder word (DATE_HOLDER_PREFIXES) only when the word has at least this
 *  many letters ("publish" in "published-on", "posted"); shorter words ("meta", "date", "time") must be the whole
 *  part, so "timeline-terkini" or "metadata-…" are not holders. */
export const HOLDER_PART_MIN = 5;

/** A page body may end in this many words the JSON-LD articleBody does not hold (a link or label: "Baca
 *  selengkapnya", "Lanjutkan membaca di aplikasi") and still be found in it (ld-body.ts; review18 finding 4). */
export const LD_TAIL_CHROME_WORDS = 6;

/** A date holder is the site's clock when it or one of this many ancestors is named so ("header-date-today" or
 *  <div class="today"><span class="date">…); not the whole chain, where a body or menu class ("current-menu-item")
 *  sits (metadata.ts isClock; review18 finding 5). */
export const CLOCK_ANCESTOR_LEVELS = 2;

/** A "continue reading" control beside a hidden body block has at most this many characters of text ("Lanjutkan
 *  membaca ▾", "Baca selengkapnya"); a longer block is text, not a control (collapsed.ts; check25 page 09). */
export const COLLAPSED_CONTROL_MAX_CHARS = 40;

/** A boilerplate section's walk also stops at a link-free whole sentence of at least this many words, shorter than
 *  BOILER_STOP_TEXT ("Enam di antaranya terbukti." after a 'Baca juga' box; released check24b); two-word lines of
 *  furniture ("2 jam lalu", "Lihat semua.") stay in the section (render.ts plainSentence). */
export const BOILER_STOP_WORDS = 3;

/** Two positioned lines of a converted PDF are one paragraph when the second is at most this many line steps below
 *  the first (the step: the page's most common gap; a blank line between paragraphs is two steps; positioned.ts). */
export const POSITIONED_STEP_SLACK = 1.25;

/** `<title>` suffix (" - Site", " | Site") is stripped when it has at most this many words (fixture pages
 *  "Judul Berita - Lombok Journal"; benchmark "… - SlashGear"). */
export const TITLE_SUFFIX_MAX_WORDS = 5;

/** A text node is plain text pasted whole (render.ts plainParagraphs) when blank lines part it into at least this
 *  many runs of words: a video description or a social post has a lead, a quote and a closing call; two runs can be
 *  a template's indentation around one sentence. */
export const PLAIN_TEXT_MIN_PARAGRAPHS = 3;

/** A link is a teaser's title (listing.ts) when its text has at least this many words (a headline: "Tiga Kades di
 *  Melawi Dilaporkan"; a menu item or "Baca" is shorter)… */
export const TITLE_LINK_MIN_WORDS = 4;
/** …at most this many characters (a headline fits in two lines; a longer link is a sentence of the body)… */
export const TITLE_LINK_MAX_CHARS = 160;
/** …and at most this much text of its block before it (a rubric label "Daerah", a rank "1."): a link further into its
 *  block is inline in a sentence. */
export const TITLE_LINK_LEAD_MAX = 30;

/** Pages with at least this many tags get the nesting pre-pass (`limitNesting`); the largest benchmark page
 *  (1 MB) has fewer, so ordinary pages skip it. Pathological test: 50,000 nested `<div>`s. */
export const NESTING_CHECK_MIN_TAGS = 20000;

/** Elements nested deeper than this are flattened into their ancestor (real pages stay far below ~60). */
export const MAX_NESTING = 400;

/** The thresholds of the extraction cascade. `extractHtml(html, { thresholds })` overrides any of them for one call
 *  (the k-fold bench tunes a few on training folds and scores the held-out fold with them). */
export const DEFAULTS = {
  /** Recall: paragraphs after the chosen body join it when at most this much other visible text lies between
   *  (synthetic fixture `split-body`: an ADVERTISEMENT label and a "Baca Juga" line; 0 turns the rule off)… */
  RECALL_MAX_GAP: 60,
  /** …when the body holds less than this share of the page's paragraph text. */
  RECALL_TRIGGER: 0.5,
  /** …and less than this many characters of it (a short body: two paragraphs before an ad slot). */
  RECALL_MAX_BODY: 600,
  /** …and their link density is at most this. */
  RECALL_MAX_LINK_DENSITY: 0.3,
  /** Continuation (continuation.ts): siblings of the chosen body with paragraph text of its kind join it across at
   *  most CONT_MAX_GAPS interruptions in a row (an ad slot, an embedded post, a pager; synthetic pages
   *  `interrupted/jannah-split-ads`, `interrupted/diskominfo-embed`; 0 turns the rule off)… */
  CONT_MAX_GAPS: 3,
  /** …each with at most this much visible text not in links (a label and an advertiser's line; a paragraph of
   *  other text is longer and ends the body)… */
  CONT_GAP_MAX_PLAIN: 150,
  /** …when at least this share of a sibling's plain text lies in paragraph blocks (a menu, a list of short items or
   *  a table of figures is not a continuation). */
  CONT_PARAGRAPH_SHARE: 0.7,
  /** A "not found" title or h1 (fixture `404.html`) at most NOT_FOUND_MAX_TITLE long means no article only when the
   *  body found is shorter than NOT_FOUND_MAX_TEXT: an error page says a sentence or two, while a news headline with
   *  the same words ("Bukti … Tidak Ditemukan", synthetic fixture `not-found-title`) is longer, over a longer body. */
  NOT_FOUND_MAX_TITLE: 50,
  NOT_FOUND_MAX_TEXT: 400,
  /** The density winner must start within this much paragraph text after the headline (synthetic fixture
   *  `footer-bigger`: a 900-character "about us" block below a 370-character article)… */
  ANCHOR_MAX_GAP: 200,
  /** …else the best of the top ANCHOR_CANDIDATES candidates that does, if it scores at least this share of it. */
  ANCHOR_CANDIDATES: 10,
  ANCHOR_MIN_SHARE: 0.2,
  /** A boilerplate heading ("More Politics Stories", "SUBSCRIBE", "Berita Terkait") is at most this long. */
  BOILER_HEADING_MAX: 60,
  /** Its container is left out whole when it holds less than this share of the body's text (a "More stories"
   *  section, a subscribe box)… */
  BOILER_SECTION_SHARE: 0.5,
  /** …else the heading and the siblings after it are, up to the first one with this much plain text at link density
   *  ≤ 0.3 (a sentence of body text). */
  BOILER_STOP_TEXT: 80,
  /** A first or last line of the body at most this long that is a date or starts with a byline word ("Oleh", "By")
   *  is byline furniture (synthetic fixtures `list-body`, `table-body`, `no-article-markup`). */
  BYLINE_MAX: 80,
  /** A teaser card (a container around one linked h2–h6 with some text beside it: recommendation widgets,
   *  "More … Stories", index teasers) holds at most this much plain (non-link) text; a section of an article
   *  under a linked subheading holds more. Synthetic fixtures `more-stories`, `tiny-in-widgets`; fixture `index.html`. */
  CARD_MAX_TEXT: 300,
  /** A structural candidate (`.entry-content`, `article`, `[itemprop=articleBody]`, …) must hold at least this many
   *  characters of visible text. Index pages (fixture `index.html`) wrap every teaser in `<article>` with ~150-char
   *  excerpts; a real article, even a short news brief (benchmark: catchitkansas swim results, 627 chars), is longer. */
  STRUCT_MIN_TEXT: 250,
  /** A structural candidate whose link density (link text / all text) exceeds this is a link list, not a body
   *  (teaser grids marked up as `<main>` or `<article>`; fixture `index.html`). */
  STRUCT_MAX_LINK_DENSITY: 0.45,
  /** A structural candidate is rejected when the density winner holds this many times more paragraph text
   *  (benchmark pages whose `<article>` wraps only the header/lede while the body sits in a sibling div). */
  STRUCT_VS_DENSITY_RATIO: 2.5,
  /** Readability: a text block shorter than this adds no score to its ancestors (captions, bylines, buttons). */
  SCORE_MIN_PARAGRAPH: 25,
  /** Readability: one extra point per this many characters of a paragraph, capped at SCORE_LENGTH_CAP. */
  SCORE_CHARS_PER_POINT: 100,
  SCORE_LENGTH_CAP: 3,
  /** Class/id weight (Readability uses 25): positive names (`content`, `article`, `entry`) vs negative names. */
  SCORE_CLASS_WEIGHT: 25,
  /** Siblings of the top candidate join it when their score reaches this share of the top score
   *  (Readability's 0.2; news pages that split the body over several `<div class="text">` siblings). */
  SIBLING_SCORE_SHARE: 0.2,
  /** …or when they are a paragraph of at least this many characters with low link density (Readability: 80). */
  SIBLING_PARAGRAPH_MIN: 80,
  /** …and link density below this (Readability: 0.25). */
  SIBLING_MAX_LINK_DENSITY: 0.25,
  /** Other siblings lying between two joined ones join too when their link density is at most this (tables and
   *  lists inside the body; dev page foxbusiness, synthetic fixture `table-body`). */
  SIBLING_GAP_MAX_LINK_DENSITY: 0.5,
  /** Inside the chosen body, a list/div/table whose link density is above this is a link box (related posts,
   *  "Baca Juga" boxes, tag clouds, share bars) and is dropped — fixture `wordpress-article.html`. */
  BOX_MAX_LINK_DENSITY: 0.5,
  /** A paragraph (`<p>`) of at most LINK_LINE_MAX characters with more than LINK_LINE_DENSITY of it in links is a
   *  "Baca juga: …" / "Read more: …" line, not body (synthetic pages `unseen/portal-read-pages`,
   *  `unseen/portal-tribun-inline`); a body paragraph with a few linked words stays. */
  LINK_LINE_MAX: 200,
  /** A block at most this long that opens with a promotion verb and names a channel ("Ikuti saluran … WhatsApp
   *  Channel", "Dengarkan … streaming") is the outlet's promotion (synthetic pages `interrupted/kompas-read-pages`,
   *  `interrupted/radio-live-report`). */
  PROMO_MAX: 300,
  /** A paragraph at least this long whose text is repeated inside a longer paragraph of the body is a pull quote or
   *  a callout card (synthetic pages `interrupted/ghost-callout-quote`, `interrupted/medium-pullquote`). */
  ECHO_MIN: 40,
  /** …within this many paragraphs before or after it. */
  ECHO_WINDOW: 8,
  /** A body with at least this many lines that are only a clock time (outside tables) is a live report: those
   *  lines are its entries' stamps. */
  STAMP_RUN_MIN: 3,
  /** A `<div>` with an image as a direct child and at most this much text is a photo with its caption. */
  CAPTION_MAX: 300,
  LINK_LINE_DENSITY: 0.6,
  /** Below this many characters the result is not an article (404 pages "Halaman tidak ditemukan", empty
   *  JavaScript shells). The shortest benchmark body (givewell open thread) has 419 characters; short briefs
   *  exist, so the bar is low and the other checks (link density, dispersion) do the rest. */
  ARTICLE_MIN_TEXT: 140,
  /** Final result with link density above this is a link page, not an article (fixture `index.html`). */
  ARTICLE_MAX_LINK_DENSITY: 0.5,
  /** Listing test (listing.ts; test/ingest/html/paradigm20.test.ts): a body holding at least this many teaser
   *  records (a title with a wrapper of its own and a link) and less paragraph text outside them than
   *  ARTICLE_MIN_TEXT is a tag, section, search or index page, not an article (fixture `index.html`: 8 teasers
   *  `<h2><a>…</a></h2><p>excerpt</p>`). Round 20 replaced the count of linked headings (4, and under 400 plain
   *  characters per heading), which read an article with four linked 'Baca juga' headings as an index and a list
   *  whose titles are plain links as an article… */
  LISTING_MIN_RECORDS: 4,
  /** …a record holding at most this much plain text (a headline's excerpt: two or three sentences; the old test's
   *  400 per teaser), or holding a read-more control ("Baca selengkapnya »" under a Blogger post's first paragraphs). */
  LISTING_RECORD_MAX_PLAIN: 400,
  /** …and the body outside its records holds less paragraph text than this: a listing's own lines are a heading, a
   *  date line, a "Ditemukan 124 artikel" line and a pager, under one short paragraph, while an article around
   *  teaser-like sections has a lead of its own (review19 finding 5: the limit reused ARTICLE_MIN_TEXT, the same
   *  value, for another job). */
  LISTING_OUTSIDE_MAX_TEXT: 140,
  /** Weak furniture (`header`, `footer`, `form`, class `sidebar`/`widget`/`menu`…) is kept when it holds at least
   *  this share of the page's text: layout wrappers such as `<div class="container has-sidebar">` or ASP.NET pages
   *  whose whole body sits in one `<form>`. */
  PROTECT_SHARE: 0.6,
  /** Readability's alternative-ancestor rule: of the best TOP_CANDIDATES blocks, those scoring at least
   *  ALT_CANDIDATE_SHARE of the winner; when ALT_CANDIDATES_MIN of them sit under one ancestor of the winner, that
   *  ancestor is the body (benchmark quantamagazine: the article is split into sections by figures). */
  TOP_CANDIDATES: 5,
  ALT_CANDIDATE_SHARE: 0.75,
  ALT_CANDIDATES_MIN: 3,
  /** Climbing from the density winner: an ancestor within CLIMB_LEVELS that holds CLIMB_GAIN times its paragraph
   *  text, at link density ≤ CLIMB_MAX_LINK_DENSITY, replaces it (benchmark quantamagazine: the body is split into
   *  sections nested at different depths under one wrapper). */
  CLIMB_LEVELS: 6,
  CLIMB_GAIN: 1.3,
  CLIMB_MAX_LINK_DENSITY: 0.25,
  /** …and when at least this share of the paragraph text gained lies in siblings that look like the part holding
   *  the winner (same tag and class): sections of one body do, a comment thread or an author bio beside the body
   *  does not (synthetic pages `unseen/comments-long`, `unseen/opinion-bio`; 0 turns the check off). */
  CLIMB_SIMILAR_SHARE: 0.5,
  /** The JSON-LD `articleBody` replaces the body read from the page when the page shows only its first paragraphs
   *  (a teaser under "Baca selengkapnya", page 1 of a paginated story, the rest loaded by JavaScript): at least this
   *  share of the page body's word trigrams is in the articleBody (the same story; not 1, as a CMS writes quote marks
   *  and entities its own way), and… (paradigm18 'DOM shows the first paragraphs, articleBody the whole story') */
  LD_COVER_MIN: 0.9,
  /** …the articleBody has at least this many times the page body's words: a paragraph or more that the page does not
   *  show, not the headline or a credit line repeated (an articleBody equal to the page body, as check23's Teluk
   *  Wondama page, or a truncated one leaves the page body). */
  LD_OVER_DOM_MIN: 1.25,
};

export type Thresholds = { readonly [K in keyof typeof DEFAULTS]: number };
