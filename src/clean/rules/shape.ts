// Clean rules, part 5 (issue 22, clean3): calls to follow an outlet's channel, and the headings of the blocks a page
// prints under an article (tag lists, comment forms). Motivated by fixtures/clean/clean3 01–08 and the kinds left on
// fixtures/clean/regional3; word lists in src/lexicon/page-meta.ts. Each rule reads the shape of a whole short line:
// an imperative and a channel with no sentence end, or a heading alone on its line. The structural steps that look
// at neighbouring lines (post-meta rows, tag clouds, previous/next links, widgets split over two lines) are in
// clean/structure.ts.
import { CHANNEL_PROMO_OPENERS, CHANNEL_PROMO_TARGETS, CLICK_PROMPT_JOINERS, CLICK_PROMPT_VERBS, COMMENT_FORM_HEADINGS, COMMENT_FORM_TAILS, DISCLAIMER_OPENERS, DISCLAIMER_PHRASES, LINK_TLDS, MAIL_COVER_OPENERS, MAIL_HEADER_LABELS, SEARCH_BOX_WORDS, WELCOME_OPENERS, SHARED_FROM_PREPS, SHARED_FROM_VERBS, TAG_LIST_HEADINGS } from '../../lexicon/page-meta.js';
import { HEADLINE_PASSIVES, HEADLINE_VERBS } from '../../lexicon/headline-verbs.js';
import { alt, anyCase, firstOf, prefixOf } from './build.js';
import type { CleanRule } from './types.js';
import { WB as B, WE as E } from '../../text/regex.js';

/** Neither a sentence's final stop nor a closing quote: a call to action is no sentence. */
const noSentenceEnd = (t: string): boolean => {
  const c = t.charCodeAt(t.length - 1);
  return c !== 46 /* . */ && c !== 34 /* " */ && c !== 0x201d /* ” */;
};

/** A click prompt has at most this many words (a button's label and what it starts; a sentence is longer). */
const CLICK_PROMPT_MAX_WORDS = 8;

/** A word of an office's name (capitalised, or a connector). */
const OFFICE_WORD = "(?:\\p{Lu}[\\p{L}.'’-]{0,30}|dan|di|&)";

/** A web address: a scheme or `www.`, or a bare host ending in one of LINK_TLDS (with a path or none). */
const WEB_ADDRESS = `(?:https?://\\S{3,300}|www\\.\\S{3,300}|[\\p{L}\\p{N}-]{2,40}(?:\\.[\\p{L}\\p{N}-]{2,40}){0,2}\\.(?:${alt(LINK_TLDS)})(?:/\\S{0,300})?)`;
/** Whether a line may hold a web address: `://`, or a dot after its first character and `www.` or a dot before letters
 *  near its end (the host's). */
const mayHoldAddress = (t: string): boolean => {
  return t.includes('://') || (t.indexOf('.', 1) > 0 && (WWW.test(t) || HOST_END.test(t)));
};
const WWW = /www\./iu;
const HOST_END = /\.\p{L}{2,6}(?:\/\S*)?$/u;

/** Speed only, derived from the lexicon: each disclaimer phrase's longest word, in one case-insensitive alternation (the
 *  pattern spells each phrase in lower case, capitalised and in capitals, which this covers). A line holding none of
 *  them is never tried. */
/** A disclaimer line has at most this many characters (about 22 words; a body paragraph is longer). */
const DISCLAIMER_MAX_CHARS = 160;
const DISCLAIMER_HINT = new RegExp(alt([...new Set(DISCLAIMER_PHRASES.map((e) => e.split(' ').reduce((a, b) => (b.length > a.length ? b : a))))]), 'i');

/** The welcome openers as `anyCase` spells them (lower case, capitalised, capitals), for the hints. */
const WELCOME_FORMS = WELCOME_OPENERS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);

/** A headline's reported clause after a comma (round 16, a Detik channel's headline above its writer row: "Baca Pesan
 *  Bupati di Grup WhatsApp, ASN Sanggau Diminta Netral"; "Tonton Live TikTok Paslon, Camat Dipanggil Bawaslu"): a verb
 *  of the headline's register after the comma reports what happened, and a call to a channel reports nothing. The
 *  verbs that also open such calls ("temukan", "dukung": "…, dukung kami di YouTube") do not count. */
const REPORTED_CLAUSE_VERBS = [...HEADLINE_VERBS, ...HEADLINE_PASSIVES].filter((w) => !CHANNEL_PROMO_OPENERS.includes(w));
/** (Or a count opens the clause after the comma, the subject's: "Tonton Debat Kandidat di YouTube, 5 ASN Pakai Atribut
 *  Paslon"; a call's time, "…, 19.00 WIB", has a stop in its number.) */
const NO_REPORTED_CLAUSE = `(?![^\\n]{0,160}?,\\s{1,2}(?:\\d{1,4}\\s{1,2}\\p{L}|[^\\n]{0,120}?${B}(?:${alt(REPORTED_CLAUSE_VERBS)})${E}))`;

/** A bare outlet host, lower case or in capitals before its top-level domain ("jpnn.com", "aceh.jpnn.com",
 *  "JPNN.com"; LINK_TLDS). */
const OUTLET_HOST = `[\\p{L}\\p{N}-]{2,40}(?:\\.[\\p{L}\\p{N}-]{2,40}){0,2}\\.(?:${anyCase(LINK_TLDS)})`;
/** A place in capitals of one to four words ("BLANGPIDIE", "TANAH MERAH"), or in Title Case (round 18: "Kompas.com,
 *  Sampit", "SUARA.COM, Muara Enim": a place's name with its capital, each word; a joiner in lower case is no place). */
const CAPITALS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]{1,30}(?:\\s{1,2}\\p{Lu}[\\p{Lu}.'’-]{0,30}){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}.'’-]{1,30}(?:\\s{1,2}\\p{Lu}[\\p{Ll}.'’-]{0,30}){0,3}";

export const SHAPE_RULES: readonly CleanRule[] = [
  // check22/07 (a JPNN network page): "jpnn.com, BLANGPIDIE" alone on its line above the lead that repeats it
  // ("aceh.jpnn.com, BLANGPIDIE - Panwaslih …") — an outlet's host, a comma and a place in capitals, and nothing
  // else (no dash: a dateline closed by its dash is the lead's, read by the dateline step). A body sentence naming the
  // outlet goes on after the place ("… kepada jpnn.com, Senin (25/11/2024), di kantornya.").
  // Round 18 (clean18): the host in capitals or the place in Title Case is the same line ("JPNN.COM, BLANGPIDIE",
  // "Kompas.com, Sampit"; test/clean/clean18-paradigm.test.ts).
  {
    name: 'outlet-domain-place-line',
    quick: (t) => t.includes(',') && t.includes('.'),
    kind: 'masthead',
    scope: 'line',
    maxWords: 5,
    pattern: new RegExp(`^${OUTLET_HOST}\\s{0,2},\\s{1,3}(?:${CAPITALS_PLACE}|${TITLE_PLACE})$`, 'u'),
  },
  // clean3/12 "Cari berita...", clean5b/07 "Cari...": a search box's placeholder, a few words trailing off in an
  // ellipsis; check3/11 "Selamat datang di Tabloid Jubi": a site's welcome line, a few capitalised words with no stop
  {
    name: 'search-box-line',
    prefix: prefixOf(SEARCH_BOX_WORDS),
    first: firstOf(SEARCH_BOX_WORDS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 5,
    pattern: new RegExp(`^(?:${alt(SEARCH_BOX_WORDS)})${E}[^\\n.…]{0,40}(?:\\.{2,3}|…)$`, 'iu'),
  },
  {
    name: 'welcome-line',
    prefix: prefixOf(WELCOME_FORMS),
    first: firstOf(WELCOME_FORMS),
    quick: noSentenceEnd,
    kind: 'masthead',
    scope: 'line',
    maxWords: 10,
    // (the opener in lower case, capitalised or in capitals: the name after it starts with a capital, so no `i` flag)
    pattern: new RegExp(`^(?:${anyCase(WELCOME_OPENERS)})\\s{1,3}\\p{Lu}[^\\n.,;!?"”]{0,80}$`, 'u'),
  },
  // clean5/14, clean5b/06: a press release forwarded by e-mail: its header fields ("Dari: Humas Pemkab … <humas@…>",
  // "Kepada: redaksi", "Subject: [RILIS] …", "Lampiran: 3 foto") at the edges of the body. Between body lines "Dari:"
  // may open a list's item, and stays.
  {
    name: 'mail-header-line',
    prefix: prefixOf(MAIL_HEADER_LABELS),
    first: firstOf(MAIL_HEADER_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 24,
    edgesOnly: true,
    pattern: new RegExp(`^(?:${alt(MAIL_HEADER_LABELS)})\\s{0,2}:\\s{0,3}\\S`, 'iu'),
  },
  // … and its cover note to the newsroom ("Yth. Rekan-rekan Media,", "Berikut kami sampaikan rilis kegiatan hari ini
  // untuk dapat dipublikasikan.", "Mohon dimuat. Terima kasih.", "Hormat kami,"): a short line opening with a note's
  // formula addressed to the editors, wherever it stands (a reporter's sentence never opens so).
  {
    name: 'mail-cover-line',
    prefix: prefixOf(MAIL_COVER_OPENERS),
    first: firstOf(MAIL_COVER_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 25,
    pattern: new RegExp(`^(?:${alt(MAIL_COVER_OPENERS)})${E}`, 'iu'),
  },
  // clean5/13, clean4b/09, clean4/17: an opinion column's disclaimer ("Disclaimer: Tulisan ini merupakan tanggung jawab
  // penulis sepenuhnya.", "Tulisan dari … tidak mewakili pandangan dari redaksi") and its author's note ("*Penulis adalah
  // dosen …"): a short line that opens with such a label, or says the text is the writer's responsibility and not the
  // newsroom's view. A reporter's sentence never says so of the article it is in.
  {
    name: 'disclaimer-opener-line',
    prefix: `\\*|${prefixOf(DISCLAIMER_OPENERS)}`,
    first: `*${firstOf(DISCLAIMER_OPENERS)}`,
    kind: 'footer',
    scope: 'line',
    maxWords: 30,
    pattern: new RegExp(`^(?:\\*{1,3}\\s{0,2})?(?:${alt(DISCLAIMER_OPENERS)})${E}`, 'iu'),
  },
  {
    name: 'disclaimer-line',
    // (a short line only, by its length: no word count on every line; then the hint: a line holding no phrase's longest
    // word is never tried)
    quick: (t) => t.length <= DISCLAIMER_MAX_CHARS && DISCLAIMER_HINT.test(t),
    kind: 'footer',
    scope: 'line',
    // (each phrase in lower case, in capitals and capitalised, no `i` flag: the hint reads those forms)
    pattern: new RegExp(`${B}(?:${anyCase(DISCLAIMER_PHRASES)})${E}`, 'u'),
  },
  // clean4b/03: "Selengkapnya di kabargarut.com"; clean4b/04: "Unduh sekarang: https://kabarsulbar.id/app" — a link: a
  // label of a few words (or none) and a web address ending the line, no sentence end. At the edges of the body only:
  // between body lines "Informasi lebih lanjut di lapor.go.id" is the reporter's text.
  {
    name: 'link-label-line',
    quick: (t) => noSentenceEnd(t) && mayHoldAddress(t),
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    edgesOnly: true,
    pattern: new RegExp(`^(?:\\p{L}[\\p{L}'’-]{0,20}(?:\\s{1,2}\\p{L}[\\p{L}'’-]{0,20}){0,3}\\s{0,2}:?\\s{1,3})?${WEB_ADDRESS}(?<![."”])$`, 'iu'),
  },
  // clean4b/04: "Dibagikan dari aplikasi Kabar Sulbar" — the line an app appends to a shared article ("Sent from …"): a
  // participle of sending, its preposition, a few words, no sentence end. At the edges only.
  {
    name: 'shared-from-line',
    prefix: prefixOf(SHARED_FROM_VERBS),
    first: firstOf(SHARED_FROM_VERBS),
    quick: noSentenceEnd,
    kind: 'furniture',
    scope: 'line',
    maxWords: 10,
    edgesOnly: true,
    pattern: new RegExp(`^(?:${alt(SHARED_FROM_VERBS)})\\s{1,3}(?:${alt(SHARED_FROM_PREPS)})${E}[^\\n]{2,80}(?<![."”])$`, 'iu'),
  },
  // regional3/02: "Ilustrasi ASN. /Pixabay" — a caption whose credit follows a space and a slash at its very end
  // (Pikiran Rakyat network style: "… /Dok. Humas Pemkab"). No sentence ends so; "ASN/PNS" has no space before the
  // slash, and "dan/atau" is lower case.
  {
    name: 'caption-slash-credit-line',
    quick: (t) => {
      // (a sentence's final stop first: most lines end so, and no credit does)
      const c = t.charCodeAt(t.length - 1);
      if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) return false;
      const k = t.indexOf(' /', Math.max(0, t.length - 160));
      // (the credit after it: at most three words of 25 characters, each of two UTF-16 units at most)
      return k > 0 && k >= t.length - 160;
    },
    kind: 'caption',
    scope: 'line',
    maxWords: 30,
    pattern: /^\S[^\n]{0,240} \/\s{0,2}\p{Lu}[\p{L}\p{N}.'’-]{1,24}(?:\s{1,2}\p{Lu}[\p{L}\p{N}.'’-]{0,24}){0,2}(?<![.!?])$/u,
  },
  // clean3b/06: "Kantor Wali Kota Tidore Kepulauan, Jl. Sultan Zainal Abidin Syah" — a footer's address: an office's
  // name (capitalised words), a comma, a street ("Jl."/"Jln" and a capital; "Jalan" alone is also a road in a headline: "Bupati Lantik Camat, Jalan Tol Dibuka"), no sentence end. "Rapat digelar di
  // kantor bupati, Jalan Sudirman." is a sentence and stays.
  {
    name: 'office-address-line',
    first: '\\p{Lu}',
    // (the street's mark after a comma, looked for natively before the regex walks the name's words)
    quick: (t) => noSentenceEnd(t) && (t.includes(', J') || t.includes(', j')),
    kind: 'footer',
    scope: 'line',
    maxWords: 24,
    pattern: new RegExp(`^\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s{1,3}${OFFICE_WORD}){0,9}, (?:[Jj]ln?|JLN?)\\.?\\s{1,3}\\p{Lu}[^\\n]{0,160}(?<![.!?"”])$`, 'u'),
  },
  // clean3/03: "Tonton video selengkapnya di kanal YouTube KabarBanten TV", "Jangan lupa subscribe, like dan share";
  // clean3/07: "Baca artikel selengkapnya di sumber" — a call to watch, follow or join the outlet's channel: an
  // imperative opens the line, a platform or channel word is in it, and it has no final stop. "Tonton video itu,
  // kata Rudi, terlihat seorang camat berorasi." is a sentence and stays.
  {
    name: 'channel-promo-line',
    prefix: prefixOf(CHANNEL_PROMO_OPENERS),
    first: firstOf(CHANNEL_PROMO_OPENERS),
    quick: noSentenceEnd,
    kind: 'furniture',
    scope: 'line',
    maxWords: 18,
    pattern: new RegExp(`^(?:${alt(CHANNEL_PROMO_OPENERS)})${E}(?=[^\\n]{0,160}?${B}(?:${alt(CHANNEL_PROMO_TARGETS)})${E})${NO_REPORTED_CLAUSE}[^\\n]{0,200}(?<![."”])$`, 'iu'),
  },
  // round 16, a radio network's page under its last Q&A answer: "Klik dan dengarkan Swara Maluku Digital" — a click
  // prompt: a verb of touching a button, a joiner, the action it starts, no sentence end, whatever it names ("Ketuk untuk
  // mendengarkan"; the channel-promo rule above needs a platform's word). A reporter's line never opens so.
  {
    name: 'click-prompt-line',
    prefix: prefixOf(CLICK_PROMPT_VERBS),
    first: firstOf(CLICK_PROMPT_VERBS),
    quick: noSentenceEnd,
    kind: 'furniture',
    scope: 'line',
    maxWords: CLICK_PROMPT_MAX_WORDS,
    pattern: new RegExp(`^(?:${alt(CLICK_PROMPT_VERBS)})\\s{1,2}(?:${alt(CLICK_PROMPT_JOINERS)})\\s{1,2}\\p{L}[^\\n]{0,120}(?<![.!?"”])$`, 'iu'),
  },
  // regional3/02: "Tags" above "Kuningan" / "Pilkada Kuningan"; clean3/06: "Topik" above "ASN" / "Blora" — the heading of
  // a tag list alone on its line: below the body, the short lines under it are its tags (the cascade takes them as it
  // takes a related block's headlines; above the body the heading alone goes)
  {
    name: 'tag-list-heading',
    prefix: prefixOf(TAG_LIST_HEADINGS),
    first: firstOf(TAG_LIST_HEADINGS),
    kind: 'tags',
    scope: 'block',
    maxWords: 4,
    pattern: new RegExp(`^(?:${alt(TAG_LIST_HEADINGS)})\\s{0,2}:?$`, 'iu'),
  },
  // clean3/01: "Tulis komentar Anda"; clean3/05: "Berikan komentar"; "Komentar (3)"; regional3/08: "Tinggalkan Balasan Batalkan balasan"
  // above "Nama" / "Email" / "Situs Web" — the heading of a comment form alone on its line: below the body, the
  // form's field labels under it go with it (the cascade takes them as a related block's lines)
  {
    name: 'comment-form-heading',
    prefix: prefixOf(COMMENT_FORM_HEADINGS),
    first: firstOf(COMMENT_FORM_HEADINGS),
    kind: 'comment-form',
    scope: 'block',
    maxWords: 8,
    pattern: new RegExp(`^(?:${alt(COMMENT_FORM_HEADINGS)})(?:\\s{1,3}(?:${alt(COMMENT_FORM_TAILS)}))?(?:\\s{0,2}\\(\\d{1,4}\\))?\\s{0,2}[:.!]?$`, 'iu'),
  },
];
