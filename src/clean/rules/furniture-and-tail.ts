// Clean rules, part 2: page furniture, footers, related-news blocks, inline related links, editor initials.
import {
  CAPTION_LABELS,
  EDITOR_SIGNOFFS,
  CREDIT_LINE_LABELS,
  COPYRIGHT_OPENERS,
  FOOTER_LABELS,
  PICTURE_CREDIT_LABELS,
  APP_BANNER_OPENERS,
  APP_BANNER_MARKERS,
  APP_DOWNLOAD_VERBS,
  FURNITURE_LINES,
  GAMBLING_OPENERS,
  GAMBLING_PROMO_WORDS,
  GAMBLING_WORDS,
  INLINE_RELATED_VERBS,
  PHOTO_CREDIT_SOURCES,
  PROMO_CHANNELS,
  PROMO_NEWS_WORDS,
  PROMO_OPENERS,
  READING_TIME_AFTER,
  READING_TIME_LABELS,
  READING_TIME_UNITS,
  RELATED_BLOCK_HEADINGS,
  SECTION_LABELS,
} from '../../lexicon/boilerplate.js';
import { alt, anyCase, caseless, endsWithParen, firstOf, hasFourDigits, HEADER_DATE_FIRST, HEADER_DATE_LINE, mayHoldInlineRelated, prefixOf, UNIT_ALT } from './build.js';
import { isLetterUnit } from '../../text/words.js';
import { TITLES } from '../../lexicon/titles.js';
import { BRACKET_CREDIT_LABELS, BRACKET_CREDIT_MAX_WORDS, CAPTION_ALONE_LABELS, PHOTO_STOCK_SOURCES } from '../../lexicon/captions.js';
import { TAG_LIST_LABELS, TAG_ROW_BARE_LABELS } from '../../lexicon/page-meta.js';
/** One tag of a row: a word or a few, no sentence mark or comma ("Netralitas ASN", "Pilkada 2024", "#pilkada"). */
const TAG_ITEM = '[\\p{L}\\p{N}#][^,.!?:;\\n]{0,40}';
import { VERB_PREFIXES } from '../../lexicon/violations.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { QUESTION_LEAD_INS, QUESTION_OPENERS } from '../../lexicon/question-words.js';
import { caseFormList, caseForms } from './portal.js';
import type { CleanRule } from './types.js';

/** An outlet's domain in a credit: `Tribunlampung.co.id`, `BANJARMASINPOST.CO.ID`, `Tribun-Sulbar.com`. */
const CREDIT_DOMAIN = `[\\p{L}\\p{N}][\\p{L}\\p{N}-]{1,40}(?:\\.[\\p{L}\\p{N}-]{2,30}){0,3}\\.\\p{L}{2,6}`;

/** The capitalised and upper-case forms of `list` ("Net", "NET"; "(net)" in lower case is an aside). */
function capitalForms(list: readonly string[]): string {
  return alt(list.flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase()), w.toUpperCase()]));
}

/** Not at the first word of an official's title (lexicon TITLES: "Kepala", "Sekretaris", "Ketua" …). */
const NOT_TITLE = `(?!(?:${capitalForms([...new Set(TITLES.map((t) => t.phrase.split(' ')[0]!.toLowerCase()))])})(?![\\p{L}\\p{N}]))`;

/** 1–BRACKET_CREDIT_MAX_WORDS capitalised words: an outlet's or a person's name in a bracketed credit. */
const CAPITAL_WORDS = `\\p{Lu}[\\p{L}.'’-]{0,24}(?: \\p{Lu}[\\p{L}.'’-]{0,24}){0,${BRACKET_CREDIT_MAX_WORDS - 1}}`;

/** The rules of page furniture, footers, related blocks, inline links and tails (in cascade order). */

/** What follows a credit label when it is a sentence, not a credit: five words or more ending in a stop, one of them a
 *  verb (a word with a verb prefix, lexicon/violations.ts VERB_PREFIXES) or a figure with its noun ("21 aduan"). Case
 *  matters (a name is capitalised), so the patterns have no `i`: their labels are written in their case forms. */
const SENTENCE_AFTER_LABEL =
  `(?=(?:\\S+ ){4}\\S)(?=[^\\n]*[.!?]["”’)]?$)` +
  `(?=[^\\n]*?(?<![\\p{L}\\p{N}])(?:\\d[\\d.,]*\\s\\p{Ll}{3}|(?:${alternationOf(VERB_PREFIXES, { space: SPACE.literal })})\\p{Ll}{3,}(?![\\p{L}\\p{N}])))`;
/** A question that lost its "?" (round 18, clean18: "Wartawan: Bagaimana tanggapan Bapak soal ASN yang ikut kampanye"):
 *  an interrogative first (lexicon/question-words.ts), after a connective or not ("Lalu bagaimana …"), then at least
 *  QUESTION_MIN_WORDS_AFTER more words. No name opens with an interrogative ("Wartawan: Andi Syahputra" stays a credit). */
const QUESTION_MIN_WORDS_AFTER = 2;
const QUESTION_OPENING =
  `(?:(?:${caseForms(QUESTION_LEAD_INS)})\\s{1,2})?(?:${caseForms(QUESTION_OPENERS)})(?:\\s{1,2}[^\\s|]+){${QUESTION_MIN_WORDS_AFTER}}`;
/** What follows a credit label when it is an interview's question: a line ending in a question mark (fix17e, issue
 *  22: "Wartawan: Bagaimana sikap Bawaslu soal ASN itu?" heads an answer; no name or outlet ends in "?"). */
const QUESTION_AFTER_LABEL = `(?=[^\\n]*\\?["”’)]?$|${QUESTION_OPENING})`;
const FOOTER_CREDIT = new RegExp(
  `^(?:${caseForms(PICTURE_CREDIT_LABELS)})\\s{0,3}[:：]\\s{0,3}\\S|` +
    `^(?:${caseForms(CREDIT_LINE_LABELS)})\\s{0,3}[:：]\\s{0,3}(?!${SENTENCE_AFTER_LABEL}|${QUESTION_AFTER_LABEL})\\S`,
  'u',
);
const FOOTER_TAGS = new RegExp(`^(?:${caseForms(TAG_LIST_LABELS)})\\s{0,3}[:：]\\s{0,3}(?!${SENTENCE_AFTER_LABEL})\\S`, 'u');
/** Both cases of the characters of a `first` class. */
const bothCases = (cls: string): string => [...new Set([...cls.toLowerCase(), ...cls.toUpperCase()])].join('');

export const FURNITURE_AND_TAIL_RULES: readonly CleanRule[] = [
  // ─── line: page furniture ───────────────────────────────────────────────────────────────────
  // seed 001 last line: "Post a Comment"; also "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Share"
  {
    name: 'furniture-line',
    prefix: `[-–—=*•·]|${prefixOf(FURNITURE_LINES)}`,
    first: `\\-–—=*•·${firstOf(FURNITURE_LINES)}`,
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    // (regional2/16: "- Advertisement -": an ad slot's label framed by dashes)
    // (clean21: a box's placeholder keeps its ellipsis, "Tambahkan komentar...", "Add a comment…")
    pattern: caseless(`^(?:[-–—=*•·]{1,3}\\s{0,2})?(?:${alt(FURNITURE_LINES)})\\s{0,2}(?:[:.]|\\.{3}|…)?(?:\\s{0,2}[-–—=*•·]{1,3})?$`),
  },
  // check7/08 "***", check12/09 "·", an Instagram post's "•" between the handle and "Mengikuti" (clean21) — a line of
  // separator marks alone: no text
  {
    name: 'separator-only-line',
    first: '*•·',
    kind: 'furniture',
    scope: 'line',
    maxWords: 1,
    // (only bullets, middle dots and stars: a rule of dashes or underscores is a plain-text file's article separator,
    // which other steps read)
    pattern: /^[*•·]{1,5}$/u,
  },
  // junk-check/06: "Waktu baca 2 menit"; also "Estimasi baca: 3 menit", "4 min read" — a reading-time line
  {
    name: 'reading-time-line',
    first: `${firstOf(READING_TIME_LABELS)}\\d`,
    kind: 'furniture',
    scope: 'line',
    maxWords: 7,
    pattern: caseless(
      `^(?:(?:${alt(READING_TIME_LABELS)})\\s{0,3}:?\\s{0,3}(?:±\\s{0,2})?\\d{1,2}\\s{0,3}(?:${alt(READING_TIME_UNITS)})|\\d{1,2}\\s{0,3}(?:${alt(READING_TIME_AFTER)}))\\.?$`),
  },
  // junk/06: "Pemerintahan"; junk/11: "NASIONAL" — a portal's section label above the headline: 1–3 section
  // names, nothing else
  {
    name: 'section-label-line',
    prefix: prefixOf(SECTION_LABELS),
    first: firstOf(SECTION_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    pattern: caseless(
      `^(?:${alt(SECTION_LABELS)})(?:\\s{0,2}[|/»›>,]\\s{0,2}(?:${alt(SECTION_LABELS)})){0,2}$`),
  },
  // junk/03: "SLOT GACOR HARI INI GAMPANG MAXWIN DEPO 10RB", "situs toto togel online terpercaya bandar slot88
  // resmi" — gambling spam injected into hacked sites: keyword-stuffed, so it opens with a gambling or selling
  // word (or where to play), holds a gambling word AND a word that sells, and has no sentence end. "Polisi
  // Tangkap Bandar Judi Slot di Mataram" sells nothing and stays.
  {
    name: 'gambling-spam-line',
    prefix: prefixOf(GAMBLING_WORDS, GAMBLING_PROMO_WORDS, GAMBLING_OPENERS),
    first: firstOf(GAMBLING_WORDS, GAMBLING_PROMO_WORDS, GAMBLING_OPENERS),
    quick: (t) => t.charCodeAt(t.length - 1) !== 46, /* . */
    kind: 'spam',
    scope: 'line',
    maxWords: 40,
    pattern: new RegExp(
      `^(?:${alt([...GAMBLING_WORDS, ...GAMBLING_PROMO_WORDS, ...GAMBLING_OPENERS])})(?![\\p{L}\\p{N}])` +
        `(?=[^\\n]{0,400}?(?<![\\p{L}\\p{N}])(?:${alt(GAMBLING_WORDS)})(?![\\p{L}\\p{N}]))` +
        `[^\\n]{0,400}?(?<![\\p{L}\\p{N}])(?:${alt(GAMBLING_PROMO_WORDS)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // junk/05: "Dapatkan update berita pilihan … dari KabarDaerah. Download aplikasinya sekarang!" — an app banner:
  // an opener, then the imperative `download`/`unduh` and an app. "Warga bisa mengunduh aplikasi Sirekap" is a
  // sentence (no opener, no bare imperative). A line that opens with the imperative itself is a banner only with a
  // marker (APP_BANNER_MARKERS: a store, `sekarang`, the reading it is for), with `aplikasinya`, or when the app's
  // name ends it: "Unduh aplikasi Sirekap untuk memantau hasil." is a body instruction to voters (clean7, round 9).
  {
    name: 'app-banner-line',
    prefix: prefixOf(APP_BANNER_OPENERS),
    first: firstOf(APP_BANNER_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 40,
    pattern: new RegExp(
      `^(?:(?:${alt(APP_BANNER_OPENERS)})(?![\\p{L}\\p{N}])[^\\n]{0,240}?(?<![\\p{L}\\p{N}])` +
        `(?:${alt(APP_DOWNLOAD_VERBS)})\\s{1,3}(?:sekarang\\s{1,3})?(?:aplikasi\\p{L}{0,3}|app(?:likasi)?|apps)(?![\\p{L}\\p{N}])` +
        `|(?:${alt(APP_DOWNLOAD_VERBS)})\\s{1,3}(?:sekarang\\s{1,3}(?:aplikasi\\p{L}{0,3}|app(?:likasi)?|apps)|aplikasinya|` +
        `(?:aplikasi|app(?:likasi)?|apps)(?=[^\\n]{0,160}?(?<![\\p{L}\\p{N}])(?:${alt(APP_BANNER_MARKERS)})(?![\\p{L}\\p{N}])` +
        `|(?:[ \\t]{1,3}[^\\s]+){0,2}[ \\t]*[.!]?[ \\t]*$|[^\\n]*!)))(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // seed 002 tail: "18 menit lalu", "25 menit lalu" (a whole line; "10 menit lalu" inside a sentence stays)
  {
    name: 'relative-time-line',
    first: '\\d',
    kind: 'furniture',
    scope: 'line',
    maxWords: 5,
    pattern: caseless(`^\\d{1,3}\\s{1,3}(?:${UNIT_ALT})\\s{1,3}(?:yang\\s{1,3})?(?:lalu|ago)$`),
  },
  // social follow lines and channel promotions: "Ikuti berita terkini dari kami di Google News"; news/06: "Follow
  // Berita Lombok Post di Google News"; news/02 Kompas: "Dapatkan update berita pilihan dan breaking news setiap
  // hari dari Kompas.com. Mari bergabung di Grup Telegram …" (40+ words). A promotion needs an opener, a NEWS word
  // and a channel, in that order: "Gabung di grup WhatsApp tim pemenangan, tiga ASN dipanggil Bawaslu." names no
  // news and stays.
  {
    name: 'follow-us-line',
    prefix: prefixOf(PROMO_OPENERS),
    first: firstOf(PROMO_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 70,
    pattern: new RegExp(
      `^(?:${alt(PROMO_OPENERS)})(?![\\p{L}\\p{N}])[^\\n]{0,80}?(?<![\\p{L}\\p{N}])(?:${alt(PROMO_NEWS_WORDS)})(?![\\p{L}\\p{N}])` +
        `[^\\n]{0,220}?(?<![\\p{L}\\p{N}])(?:${alt(PROMO_CHANNELS)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },

  // ─── line: footers ──────────────────────────────────────────────────────────────────────────
  // not in the seeds; credit lines: "Editor: Andi Syahputra", "Pewarta : Ahmad Subaidi", "Sumber: ANTARA".
  // A colon right after the label and a short line are required: "Editor senior itu mengatakan…" stays.
  {
    name: 'footer-credit',
    prefix: prefixOf(caseFormList(FOOTER_LABELS)),
    first: bothCases(firstOf(FOOTER_LABELS)),
    kind: 'footer',
    scope: 'line',
    maxWords: 16,
    // (round 15, clean13b: "Laporan: 21 aduan diterima Bawaslu selama masa tenang." is a sentence that opens with a
    // label word: after a person's, a desk's or a source's label, a sentence — a verb or a figure with its noun, five
    // words or more, a closing stop — is body; a picture's label heads a caption, furniture whatever follows)
    pattern: FOOTER_CREDIT,
  },
  // check10/09, a network's regional site: "Sumber:" with nothing after it (a template's empty field); also "Editor :",
  // "Penulis:" — a credit label and its colon alone on the line. No sentence is a label and a colon alone.
  {
    name: 'empty-credit-label',
    prefix: prefixOf(FOOTER_LABELS),
    first: firstOf(FOOTER_LABELS),
    kind: 'footer',
    scope: 'line',
    maxWords: 3,
    pattern: new RegExp(`^(?:${alt(FOOTER_LABELS)})\\s{0,3}[:：]$`, 'iu'),
  },
  // not in the seeds; "Copyright © 2024 LombokJournal.com. All rights reserved."
  {
    name: 'footer-copyright',
    prefix: prefixOf(['©', '(c)', ...COPYRIGHT_OPENERS]),
    first: '©(cah',
    kind: 'footer',
    scope: 'line',
    maxWords: 30,
    // ("Hak Cipta 2024 Radar Daerah. All rights reserved": the Indonesian word with a year)
    pattern: /^(?:©|\(c\)\s{0,2}\d{4}|copyright(?![\p{L}\p{N}])|all rights reserved|hak cipta dilindungi|hak cipta\s{1,3}(?:©\s{0,2})?(?:19|20)\d{2})/iu,
  },


  // news/02 Kompas: "Tag: netralitas ASN KASN pilkada 2024 Agus Pramusinto sanksi ASN …" (a tag list is longer than
  // a credit line)
  {
    name: 'footer-tags',
    prefix: prefixOf(caseFormList(TAG_LIST_LABELS)),
    first: 'tkldTKLD',
    kind: 'footer',
    scope: 'line',
    maxWords: 45,
    // (regional2/19, WordPress: "Tagged: gakkumdu kades …"; "Ditandai:" in its Indonesian themes)
    // (round 15: a sentence after the label is body, as after a credit's label: SENTENCE_AFTER_LABEL)
    pattern: FOOTER_TAGS,
  },
  // clean21: "Tagged ASN, Bawaslu, Pilkada 2024" — an English theme's tag row without the colon: its label is no
  // Indonesian word, so a line opening with it and holding only comma-separated tags (no sentence mark) is the row
  {
    name: 'footer-tags-bare',
    prefix: prefixOf(caseFormList(TAG_ROW_BARE_LABELS)),
    first: 'tT',
    kind: 'footer',
    scope: 'line',
    maxWords: 45,
    pattern: new RegExp(`^(?:${caseForms(TAG_ROW_BARE_LABELS)})\\s{1,3}${TAG_ITEM}(?:\\s{0,2},\\s{1,3}${TAG_ITEM}){0,20}$`, 'u'),
  },
  // photo captions: news/11 "Foto: Asisten I Setda KSB saat membuka sosialisasi … Rabu (6/11/2024)." (longer than a
  // credit line); news/16 "Ilustrasi - Petugas Bawaslu memeriksa berkas …". A separator after the label is
  // required: "Foto bersama calon …" and "Ilustrasi yang dipasang di baliho …" are sentences.
  {
    name: 'caption-label-line',
    prefix: prefixOf(CAPTION_LABELS),
    first: firstOf(CAPTION_LABELS),
    kind: 'caption',
    scope: 'line',
    maxWords: 45,
    // (a stop after the label too, with or without words after it: check7/10 "Ilustrasi. (Harian Jogja/Dwi Anggoro)";
    // "Ilustrasi." alone — a label followed by a stop is no sentence's start)
    // (check22/03, a WordPress daily: "FOTO/DOK: Kantor BKPSDM Kepulauan Talaud." — a credit after a slash, then the
    // colon; "Foto/video itu beredar …" has no colon after its slash word and stays)
    pattern: new RegExp(`^(?:${alt(CAPTION_LABELS)})(?:\\s{0,2}/\\s{0,2}[\\p{L}.]{2,20}(?=\\s{0,3}[:：]))?(?:\\s{0,3}(?:[:：]|\\s[-–—])\\s{0,3}\\S|\\.(?:\\s{1,3}\\S|$))`, 'iu'),
  },
  // news/03 Antara: "Ketua Bawaslu NTB Itratip (tengah) memberikan keterangan pers …, Rabu (20/11/2024). ANTARA/Nur
  // Imansyah"; news/16: "… netralitas ASN. (Foto: ANTARA/Akbar Tado)". A caption ends with a photo credit
  // `SOURCE/Name`; body text never does.
  {
    name: 'caption-credit-line',
    quick: (t) => {
      // the credit `SOURCE/Name` ends the text and no `/` can follow its slash: ≤ 2 spaces, a capital, 40 name
      // characters, a letter and `)` (each ≤ 2 code units) after the LAST slash, so it is within 88 units of the end
      // (looked for in those last 88 units only: `lastIndexOf` walked the whole of a text without a slash)
      if (t.indexOf('/', t.length - 88) < 0) return false;
      // …and it ends with a letter (`\p{L}`; a low surrogate may end an astral one) or `)`: not `(6/11/2024).`
      const last = t.charCodeAt(t.length - 1);
      return last === 41 /* ) */ || isLetterUnit(last) || (last >= 0xdc00 && last <= 0xdfff);
    },
    kind: 'caption',
    scope: 'line',
    maxWords: 60,
    pattern: new RegExp(
      `(?:^|[\\s.(])(?:(?:${anyCase(['foto', 'photo'])})\\s{0,2}:\\s{0,2})?(?:${anyCase(PHOTO_CREDIT_SOURCES)})\\s{0,2}/\\s{0,2}\\p{Lu}[\\p{L}.'’ -]{0,40}\\p{L}\\)?$`,
      'u',
    ),
  },

  // junk/02: "Ilustrasi pengawas pemilu memantau kampanye. (Foto: Dok. Istimewa)"; junk/12: "Ilustrasi. (Ist)" — a
  // caption that ends with a photo credit in brackets. A short line only: a body paragraph is longer and does not
  // end with a credit.
  {
    name: 'caption-paren-credit-line',
    quick: endsWithParen,
    kind: 'caption',
    scope: 'line',
    maxWords: 30,
    pattern: new RegExp(
      // (or a stock picture's source alone in the brackets: "Ilustrasi. (Net)", "… berkas laporan. (Freepik)")
      `(?:^|[\\s.])\\((?:(?:${anyCase(BRACKET_CREDIT_LABELS)})(?![\\p{L}\\p{N}])[^()\\n]{0,60}|(?:${capitalForms(PHOTO_STOCK_SOURCES)})(?:\\.com)?)\\)$`,
      'u',
    ),
  },
  // junk/04: "Dok. Istimewa"; "(Foto/Ist)", "Dok. Humas Pemkab Garut" — a photo credit alone on its line
  {
    name: 'photo-credit-line',
    prefix: `\\(|${prefixOf(['dok', ...CAPTION_ALONE_LABELS])}`,
    first: '(dfi',
    kind: 'caption',
    scope: 'line',
    maxWords: 6,
    // (after `Dok.` a name may follow a space; after `Foto`, `Ist` a separator is needed: "Foto bersama calon")
    // ("Ilustrasi" alone or with its source after a slash: "Ilustrasi/Net"; CAPTION_ALONE_LABELS)
    pattern: new RegExp(`^\\(?(?:dok\\.\\s{0,2}[\\p{L}][\\p{L}.'’ -]{0,40}|(?:${alt(CAPTION_ALONE_LABELS)})(?:\\s{0,2}[/:]\\s{0,2}[\\p{L}][\\p{L}.'’ -]{0,40})?)\\.?\\)?$`, 'iu'),
  },

  // ─── block: related-news block headings ─────────────────────────────────────────────────────
  // seed 002 tail: "Berita Terkait" (followed by "Warga Koba datang lebih awal ke TPS" / "18 menit lalu")
  // seed 004 tail: "Terpopuler", "Artikel Terbaru". A whole line only: "Berita terkait netralitas ASN kerap
  // muncul menjelang pilkada." is a sentence and stays.
  {
    name: 'related-block-heading',
    prefix: prefixOf(RELATED_BLOCK_HEADINGS),
    first: firstOf(RELATED_BLOCK_HEADINGS),
    kind: 'related-block',
    scope: 'block',
    maxWords: 5,
    pattern: caseless(`^(?:${alt(RELATED_BLOCK_HEADINGS)})\\s{0,2}[:»>]?$`),
  },
  // seed 002 tail: "18 menit lalu" under a headline
  {
    name: 'related-block-time',
    first: '\\d',
    kind: 'related-block',
    scope: 'item',
    maxWords: 5,
    pattern: caseless(`^\\d{1,3}\\s{1,3}(?:${UNIT_ALT})\\s{1,3}(?:yang\\s{1,3})?(?:lalu|ago)$`),
  },
  // not in the seeds; a dated headline list: "Senin, 12 Agustus 2024 | 10:15 WIB"
  {
    name: 'related-block-date',
    quick: hasFourDigits,
    first: HEADER_DATE_FIRST,
    kind: 'related-block',
    scope: 'item',
    maxWords: 8,
    pattern: HEADER_DATE_LINE,
  },

  // ─── inline: related links inside a paragraph ───────────────────────────────────────────────
  // not in the seeds; common in ANTARA/Kompas copy: "…kata dia. (Baca juga: Bawaslu temukan 12 ASN …)"
  {
    name: 'inline-related-paren',
    quick: mayHoldInlineRelated,
    kind: 'inline-related',
    scope: 'inline',
    pattern: new RegExp(
      `[(\\[]\\s{0,3}(?:${alt(INLINE_RELATED_VERBS)})(?:\\s{1,3}(?:juga|pula))?\\s{0,3}[:：]\\s{0,3}[^()\\[\\]\\n]{1,300}[)\\]]`,
      'giu',
    ),
  },

  // ─── tail: editor initials at the end of a paragraph ────────────────────────────────────────
  // seed 004: "…program dari masing-masing pasangan calon.(eri/art/kpg)"; seed 003: "…tutup Ilham. (editorMRC)";
  // also "(ant)", "(rls)", "(*)", and up to three in a row: "(ant) (rls)". Only after sentence punctuation (or as the whole paragraph), so a
  // paragraph ending "…dilaporkan ke Badan Kepegawaian Negara (BKN)" keeps its acronym. Initials in capitals only as a
  // paragraph of their own, "(HLM)" (the lead's junk-check2/07, a kind read from that check set): after a sentence,
  // "… kata Sekda. (ASN)" may be the writer's and stays.
  {
    name: 'editor-initials-paren',
    quick: endsWithParen,
    kind: 'editor-initials',
    scope: 'tail',
    pattern: new RegExp(
      `(?:^|(?<=[.!?"”’…]))(?:\\s{0,3}\\((?:[\\p{L}*]{1,8}(?:\\s{0,2}/\\s{0,2}[\\p{L}*]{1,8}){1,5}|\\p{Ll}{2,6}|\\*{1,3}|[Ee]ditor\\s{0,1}\\p{L}{0,12}|${anyCase(EDITOR_SIGNOFFS)})\\)){1,3}$|^\\s{0,3}\\(\\p{Lu}(?:\\p{Lu}{1,4}|\\p{Ll}{1,4})\\)$`,
      'u',
    ),
  },
  // check3/05 "(Tribunlampung.co.id/Yoga Pratama)", check4/02 "(Tribun-Sulbar.com/Suandi)", check3/08 "… di Banjarmasin.
  // (BANJARMASINPOST.CO.ID/MUHAMMAD FADLI)": an outlet's domain, a slash and its writer's or photographer's name, in
  // brackets, at a paragraph's end after its last sentence, or alone: a network's credit (Tribun and its regional
  // sites, their photo credits). The domain tells it from an aside in brackets; the sentence before it stays.
  {
    name: 'outlet-credit-paren',
    credit: true,
    // (the slash is within the last 90 units: ≤ 2 spaces, 42 name letters of ≤ 2 units each and the bracket)
    quick: (t) => endsWithParen(t) && t.indexOf('/', t.length - 90) >= 0,
    kind: 'editor-initials',
    scope: 'tail',
    // (round 16: the writer's name in lower case too, as a network's sites print it, "(tribunflores.com/yohanes balla)",
    // when it has two to four words: a web address in brackets, "(sulteng.bawaslu.go.id/pengaduan)", has no space)
    pattern: new RegExp(`(?:^|(?<=[.!?"”’…]))\\s{0,3}\\((?:${CREDIT_DOMAIN})\\s{0,2}/\\s{0,2}(?:\\p{Lu}[\\p{L}.'’ -]{0,40}\\p{L}|\\p{Ll}{2,15}(?: \\p{Ll}[\\p{Ll}.'’-]{0,15}){1,3})\\)$`, 'u'),
  },
  // check7/10, a DIY daily's mobile page: "Ilustrasi. (Harian Jogja/Dwi Anggoro)" — the same credit with the outlet's
  // name in words instead of its domain: capitalised words, a slash, a person's capitalised name, in brackets, after a
  // sentence's stop. The sentence before it stays. (An aside in brackets after a stop names no outlet and its
  // person; "(nda/alt)", in lower case, is an editor's initials.)
  {
    name: 'outlet-name-credit-paren',
    credit: true,
    quick: (t) => endsWithParen(t) && t.indexOf('/', t.length - 90) >= 0,
    kind: 'editor-initials',
    scope: 'tail',
    // (after a stop only: alone on a line, "(Kepala Dinas/Sekretaris Daerah)" may be a table's cell)
    // (neither side opens with an official's title: "(Kepala Dinas/Sekretaris Daerah)" names two posts, no credit)
    pattern: new RegExp(`(?<=[.!?"”’…])\\s{0,3}\\(${NOT_TITLE}${CAPITAL_WORDS}\\s{0,2}/\\s{0,2}${NOT_TITLE}${CAPITAL_WORDS}\\)$`, 'u'),
  },
  // seed 000: "…serta tidak terlibat langsung kampanye terbuka maupun tertutup. jm/her"
  {
    name: 'editor-initials-bare',
    quick: (t) => {
      // ends with `/` and 1–6 lower-case letters (≤ 12 code units)
      // (looked for in those last 13 units only: `lastIndexOf` walked the whole of a text without a slash)
      return t.indexOf('/', t.length - 13) >= 0;
    },
    kind: 'editor-initials',
    scope: 'tail',
    // (a space after the stop: glued to it, "…lapor.bawaslu.go.id/form/asn" is the end of a URL, issue 22)
    pattern: /(?:^\s{0,3}|(?<=[.!?"”’…])\s{1,3})\p{Ll}{1,6}(?:\/\p{Ll}{1,6}){1,4}$/u,
  },
];
