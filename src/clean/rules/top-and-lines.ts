// Clean rules, part 1: the page header (top), bylines and related-link lines. Order matters within a
// scope: the first rule that fires names the removal.
import { CLICK_TARGETS, CLOCK_MERIDIEMS, NEXT_PAGE_OPENERS, READ_ON_ADVERBS, SCROLL_AD_LABELS } from '../../lexicon/line-cues.js';
import { AMOUNT_ABBREVIATIONS, VIEW_COUNT_LEADS, VIEW_COUNT_SUBJECTS, VIEW_COUNT_TAILS } from '../../lexicon/counter-words.js';
import { TIME_ZONES } from '../../lexicon/calendar.js';
import {
  BREADCRUMB_HOMES,
  CREDIT_ROLES,
  EMBED_LABELS,
  PAGINATION_LABELS,
  PAGINATION_NEXT,
  RELATED_LINK_PARTICLES,
  RELATED_LINK_VERBS,
  REPORTER_LINE_HEADS,
  REPORTER_ROLES,
  REUSE_OBJECTS,
  REUSE_VERBS,
  SCROLL_READ_VERBS,
  SCROLL_WORDS,
  SHARE_LABELS,
  SOCIAL_NETWORKS,
  SYNDICATION_ADVERBS,
  SYNDICATION_VERBS,
  THIS_PIECE_NOUNS,
  READ_AT_OUTLET_VERBS,
  READ_IN_FULL_ADVERBS,
  VIDEO_PROMO_ADJECTIVES,
  VIDEO_PROMO_VERBS,
  WEATHER_LABELS,
  WEATHER_WORDS,
} from '../../lexicon/boilerplate.js';
import { VIDEO_POINTER_AMOUNTS, VIDEO_POINTER_CHANNELS, VIDEO_POINTER_PIECES, VIDEO_POINTER_PREPOSITIONS } from '../../lexicon/page-meta.js';
import { SPACE, WE as E, alternationOf } from '../../text/regex.js';
import { alt, BYLINE_DATE_LINE, caseless, firstOf, hasFourDigits, hasSpacedDash, HEADER_DATE_FIRST, HEADER_DATE_LINE, prefixOf } from './build.js';
import type { CleanRule } from './types.js';
import { caseFormList, caseForms } from './portal.js';

/** A capitalised word of a name or a place ("Rizwan", "M.", "Aceh"). */
const CAPITAL_WORD = "\\p{Lu}[\\p{L}.'’-]{0,30}";

/** The rules of scopes top and byline, and the related-link lines (in cascade order). */

export const TOP_AND_LINE_RULES: readonly CleanRule[] = [
  // ─── top: the page header above the headline ────────────────────────────────────────────────
  // seed 004 line 1: "32.7 C"
  {
    name: 'weather-temperature',
    first: '\\-−\\d',
    kind: 'weather-header',
    scope: 'top',
    strength: 'strong',
    pattern: /^[-−]?\d{1,2}(?:[.,]\d{1,2})?\s{0,2}°?\s{0,2}[CF]$/u,
  },
  // seed 004 line 3: "Friday, November 22, 2024" (recorded as headerDate 2024-11-22)
  {
    name: 'header-date',
    quick: hasFourDigits,
    first: HEADER_DATE_FIRST,
    kind: 'weather-header',
    scope: 'top',
    strength: 'strong',
    pattern: HEADER_DATE_LINE,
  },
  // seed 004 line 2: "Jakarta" (between the temperature and the date; only furniture inside that cluster)
  {
    name: 'header-place',
    first: '\\p{Lu}',
    kind: 'weather-header',
    scope: 'top',
    strength: 'weak',
    maxWords: 3,
    pattern: /^\p{Lu}[\p{L}.'-]{1,24}(?:\s\p{Lu}[\p{L}.'-]{1,24}){0,2}$/u,
  },
  // not in the seeds; common next to the header date: "10:15 WIB"
  {
    name: 'header-time',
    first: '\\d',
    kind: 'weather-header',
    scope: 'top',
    strength: 'weak',
    pattern: new RegExp(`^\\d{1,2}[:.]\\d{2}(?:\\s{1,3}(?:${alt([...TIME_ZONES, ...CLOCK_MERIDIEMS])}))?$`, 'u'),
  },
  // the weather word that some themes print next to the temperature: "Berawan", "Cerah", "Cloudy"
  {
    name: 'header-weather-word',
    first: firstOf(WEATHER_WORDS),
    kind: 'weather-header',
    scope: 'top',
    strength: 'weak',
    pattern: caseless(`^(?:${alt(WEATHER_WORDS)})$`),
  },
  // junk-check/01: "Cuaca Hari Ini: Cerah Berawan 31°C" — a labelled weather widget: the label, a place or a
  // weather word, and a temperature with its degree sign ending the line (a sentence about the weather ends
  // with a dot or says more)
  {
    name: 'weather-widget-line',
    prefix: prefixOf(WEATHER_LABELS),
    first: firstOf(WEATHER_LABELS),
    kind: 'weather-header',
    scope: 'line',
    maxWords: 10,
    pattern: caseless(
      `^(?:${alt(WEATHER_LABELS)})(?:\\s{1,3}\\S{2,20}){0,3}\\s{0,3}[:|–-]?(?:\\s{1,3}\\S{2,20}){0,3}\\s{0,3}[-−]?\\d{1,2}(?:[.,]\\d{1,2})?\\s{0,2}°\\s{0,2}(?:C|F)?$`),
  },


  // ─── byline: author / date lines right under the headline ──────────────────────────────────
  // news/01 Detik: "Senin, 04 Nov 2024 10:15 WIB"; news/02 Kompas: "Kompas.com - 12/11/2024, 14:30 WIB";
  // news/11: "Diposting oleh: Admin Diskominfo | 06 November 2024". Only one among the first lines of the page
  // gives `headerDate` (see cascade.ts). The WHOLE line must be a byline: "Rapat digelar 5 November 2024" has no separator.
  // Only at the top or the bottom: a Kompas "on this day" list heads each entry with "14 Februari 1990" on a
  // line of its own, between body paragraphs, and that line is text.
  {
    name: 'byline-date',
    quick: hasFourDigits,
    kind: 'byline',
    scope: 'byline',
    edgesOnly: true,
    maxWords: 16,
    pattern: BYLINE_DATE_LINE,
  },
  // news/01 Detik: "Ahmad Fauzi - detikBali" (a name, a dash, and an outlet written as one camel-case
  // word or a domain; "Jakarta - Bawaslu menemukan …" has more words and a sentence after the dash). The writer may be
  // the channel's team, named by the same camel-case word, and two writers stand with a comma (round 16, a Detik
  // regional channel's head: "Tim detikMaluku - detikMaluku", "Andi Saputra, Tim detikSultra - detikSultra"; left, the
  // row stood between the headline and the lead and the headline above it was read as a label).
  {
    name: 'byline-author-outlet',
    quick: hasSpacedDash,
    prefix: "\\p{Lu}[\\p{L}.'’]",
    first: '\\p{Lu}',
    kind: 'byline',
    scope: 'byline',
    maxWords: 8,
    pattern: /^\p{Lu}[\p{L}.'’]{1,24}(?:,? (?:\p{Lu}[\p{L}.'’]{0,24}|\p{Ll}{2,12}\p{Lu}\p{L}{1,24})){0,4} [-–—] (?:\p{Ll}{2,12}\p{Lu}[\p{L}]{1,24}|[\p{L}\p{N}-]{2,30}(?:\.\p{L}{2,6}){1,2})$/u,
  },

  // ─── line: related-link lines ───────────────────────────────────────────────────────────────
  // seed 000: "BACA JUGA : Kapolda NTB Putra Daerah, Diharapkan Tingkatkan Kamtibmas NTB"
  // seed 003: "BACA JUGA:\u00a0 DETIK Dinilai Kebablasan, Petinggi PKS NTB Bantah Elektabilitas ZulUhel Jeblok. …"
  // seed 004: "Baca Juga :\u00a0 Siapkan 56 Orang Calon Anggota Paskibraka, Wanto : Sebelum Tugas …"
  // also `Baca: …`, `Simak juga: …`, `Lihat juga » …`. A separator (: » > | –) is required, so the body
  // sentence "Ia meminta warga membaca juga aturan kampanye." can never match.
  {
    name: 'related-link-line',
    prefix: prefixOf(RELATED_LINK_VERBS),
    first: firstOf(RELATED_LINK_VERBS),
    kind: 'related-link',
    scope: 'line',
    maxWords: 45,
    pattern: caseless(
      `^(?:${alt(RELATED_LINK_VERBS)})(?:\\s{1,3}(?:${alt(RELATED_LINK_PARTICLES)}))?\\s{0,3}(?:[:：>»|]|\\s[-–—])\\s{0,3}\\S`),
  },
  // not in the seeds; a link line without a colon: "Klik di sini untuk membaca berita selengkapnya"
  {
    name: 'click-here-line',
    prefix: prefixOf(['klik']),
    first: 'k',
    kind: 'related-link',
    scope: 'line',
    maxWords: 25,
    pattern: new RegExp(`^klik\\s{1,3}(?:${alt(CLICK_TARGETS)})(?![\\p{L}\\p{N}])`, 'iu'),
  },
  // junk/05: "Klik halaman selanjutnya"; "Klik untuk baca selengkapnya" — a button to the next page or the full
  // text, alone on its line (a sentence about clicking goes on: "Klik tautan itu, kata dia, berisi …")
  {
    name: 'next-page-line',
    // (`membaca` and `laman` were missing from both hints until test/clean/hints.test.ts generated them)
    prefix: prefixOf(NEXT_PAGE_OPENERS),
    first: 'khlbm',
    kind: 'furniture',
    scope: 'line',
    maxWords: 7,
    pattern:
      new RegExp(`^(?:klik\\s{1,3}(?:untuk\\s{1,3})?)?(?:(?:halaman|laman)\\s{1,3}(?:selanjutnya|berikutnya)|(?:baca|membaca|lanjut(?:kan)?(?:\\s{1,3}membaca)?)(?:\\s{1,3}(?:berita|artikel))?\\s{1,3}(?:${alt(READ_ON_ADVERBS)}))\\s{0,2}(?:[.:]|[»›>→]{1,3})?$`, 'iu'),
  },
  // junk/01: "Scroll untuk membaca artikel"; junk/11: "Scroll to continue with content" — the prompt an ad slot
  // leaves in the text. Short, and nothing after the prompt: "Scroll untuk membaca" inside a sentence stays.
  {
    name: 'scroll-prompt-line',
    prefix: prefixOf(SCROLL_WORDS, SCROLL_AD_LABELS),
    first: firstOf(SCROLL_WORDS, SCROLL_AD_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 8,
    pattern: new RegExp(
      // (regional2/24: "Iklan - Gulir untuk melanjutkan": the ad slot's label before the prompt)
      `^(?:(?:${alt(SCROLL_AD_LABELS)})\\s{0,2}[-–—|:·]\\s{0,2})?(?:${alt(SCROLL_WORDS)})(?:\\s{1,3}(?:ke\\s{1,3}bawah|down))?\\s{1,3}(?:untuk|to)\\s{1,3}(?:${alt(SCROLL_READ_VERBS)})(?:\\s{1,3}[\\p{L}]{2,12}){0,3}\\s{0,2}[.!]?$`,
      'iu',
    ),
  },
  // junk/05: "https://kabardaerah.com/2024/10/17/inspektorat-periksa-camat-…" — the page's own address, alone
  {
    name: 'url-line',
    prefix: 'htt|www',
    first: 'hw',
    kind: 'furniture',
    scope: 'line',
    maxWords: 1,
    pattern: /^(?:https?:\/\/|www\.)[^\s]{3,400}$/iu,
  },


  // news/01 Detik: 'Simak Video "Video: Bawaslu Ingatkan ASN Tak Ikut Kampanye"'; news/10 JPNN: "Jangan
  // Lewatkan Video Terbaru:". A video promo names a video and ends or opens with a quote/colon.
  {
    name: 'video-promo-line',
    prefix: prefixOf(VIDEO_PROMO_VERBS, ['jangan']),
    first: 'stlpj',
    kind: 'related-link',
    scope: 'line',
    maxWords: 25,
    pattern: new RegExp(
      `^(?:(?:${alt(VIDEO_PROMO_VERBS)})\\s{1,3}(?:juga\\s{1,3})?video(?:\\s{1,3}(?:${alt(VIDEO_PROMO_ADJECTIVES)}))?\\s{0,3}[:"“'‘]|jangan\\s{1,3}(?:lewatkan|ketinggalan)\\s{1,3}[^.!?\\n]{1,40}:$` +
        // (check7/04: "Simak video selengkapnya di kanal YouTube TVRI Kalteng." — the piece, how much of it and its
        // channel, and nothing else: "Tonton video itu, warga langsung melapor" goes on)
        `|(?:${alt(VIDEO_PROMO_VERBS)})\\s{1,3}(?:juga\\s{1,3})?(?:${alt(VIDEO_POINTER_PIECES)})(?:\\s{1,3}(?:${alt(VIDEO_POINTER_AMOUNTS)}))?` +
        `(?:\\s{1,3}(?:${alt(VIDEO_POINTER_PREPOSITIONS)})\\s{1,3}(?:${alt(VIDEO_POINTER_CHANNELS)})${E}[^.!?\\n]{0,80})?\\s{0,2}[.!:]?$)`,
      'iu',
    ),
  },
  // news/01 Detik: "[Gambas:Video 20detik]" — an embed placeholder left by the scraper, alone on its line
  {
    name: 'embed-placeholder-line',
    first: '\\[',
    kind: 'furniture',
    scope: 'line',
    maxWords: 12,
    pattern: new RegExp(`^\\[\\s{0,2}(?:${alt(EMBED_LABELS)})\\s{0,2}[:\\]][^\\[\\]\\n]{0,80}\\]?$`, 'iu'),
  },
  // news/04 Tribun: "Laporan Wartawan TribunLombok.com, Ahmad Wawan Sugandika" (no colon, so footer-credit
  // misses it); "Laporan Bawaslu menyebut …" is a sentence: the role word is required.
  {
    name: 'reporter-byline',
    first: 'lL',
    kind: 'byline',
    scope: 'line',
    maxWords: 12,
    // (clean5/12, a print edition: "Laporan Wartawan: M. Rizal", the role and a colon; the name or outlet after the role
    // is capitalised or a number: "Laporan wartawan itu dibantah Bupati." is a sentence)
    pattern: new RegExp(`^(?:laporan|Laporan|LAPORAN)\\s{1,3}(?:${caseForms(REPORTER_ROLES)})(?:\\s{0,2}:)?\\s{1,3}[\\p{Lu}\\p{N}]`, 'u'),
  },
  // check22/01 (a Tribun network site): "Laporan Rizwan Murdani | Aceh Jaya" — the head word, a name of capitalised
  // words, a pipe and a place of capitalised words, and nothing else; "Laporan Bawaslu menyebut …" is a sentence (no
  // pipe) and a headline "Laporan Warga Sekadau Diteruskan ke Bupati" has no pipe either.
  {
    name: 'reporter-pipe-place',
    first: firstOf(caseFormList(REPORTER_LINE_HEADS)),
    quick: (t) => t.includes('|'),
    kind: 'byline',
    scope: 'line',
    maxWords: 12,
    pattern: new RegExp(
      `^(?:${caseForms(REPORTER_LINE_HEADS)})\\s{1,3}${CAPITAL_WORD}(?:\\s{1,3}${CAPITAL_WORD}){0,4}\\s{0,3}\\|\\s{0,3}${CAPITAL_WORD}(?:\\s{1,3}${CAPITAL_WORD}){0,3}$`,
      'u',
    ),
  },
  // news/02 Kompas: "Penulis Dian Erika Nugraheny | Editor Dani Prabowo" — two staff credits joined by a pipe
  {
    name: 'credit-pipe-line',
    prefix: prefixOf(CREDIT_ROLES),
    first: firstOf(CREDIT_ROLES),
    kind: 'footer',
    scope: 'line',
    maxWords: 16,
    pattern: new RegExp(
      `^(?:${alt(CREDIT_ROLES)})\\s{0,3}:?\\s{1,3}\\p{Lu}[^|\\n]{1,60}\\|\\s{0,3}(?:${alt(CREDIT_ROLES)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // news/04 Tribun: "Artikel ini telah tayang di TribunLombok.com dengan judul …, https://…"
  {
    name: 'syndication-line',
    prefix: prefixOf(THIS_PIECE_NOUNS),
    first: firstOf(THIS_PIECE_NOUNS),
    kind: 'footer',
    scope: 'line',
    maxWords: 70,
    pattern: new RegExp(
      `^(?:${alt(THIS_PIECE_NOUNS)})\\s{1,3}ini\\s{1,3}(?:${alt(SYNDICATION_ADVERBS)})\\s{1,3}(?:${alt(SYNDICATION_VERBS)})\\s{1,3}di(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // clean20 (own): "Baca artikel detiksulsel, "Bawaslu Ingatkan ASN Jaga Netralitas" selengkapnya https://www.detik.com/…"
  // — the network's pointer to the piece on its own site: a reading verb, the piece's noun, the outlet in one token, its
  // title in quotes and "in full" (a sentence that asks to read an article names no outlet before a quoted title)
  {
    name: 'read-at-outlet-line',
    prefix: prefixOf(READ_AT_OUTLET_VERBS),
    first: firstOf(READ_AT_OUTLET_VERBS),
    kind: 'footer',
    scope: 'line',
    maxWords: 70,
    pattern: new RegExp(
      `^(?:${alt(READ_AT_OUTLET_VERBS)})\\s{1,3}(?:${alt(THIS_PIECE_NOUNS)})\\s{1,3}[\\p{L}\\p{N}.-]{2,40},?\\s{1,3}["“][^"”\\n]{3,240}["”]\\s{1,3}(?:${alt(READ_IN_FULL_ADVERBS)})(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  },
  // news/03 Antara: "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI …";
  // Suara/Jawapos: "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel …"
  {
    name: 'reuse-notice-line',
    prefix: prefixOf(['dilarang']),
    first: 'd',
    kind: 'footer',
    scope: 'line',
    maxWords: 45,
    pattern:
      new RegExp(
        `^dilarang(?:\\s{1,3}keras)?\\s{1,3}(?:${alt(REUSE_VERBS)})(?![\\p{L}\\p{N}])[^\\n]{0,160}?(?<![\\p{L}\\p{N}])(?:${alt(REUSE_OBJECTS)})(?![\\p{L}\\p{N}])`,
        'iu',
      ),
  },
  // news/05: "Beranda » Politik » Lombok Tengah" — a breadcrumb (home word + a path separator)
  {
    name: 'breadcrumb-line',
    prefix: prefixOf(BREADCRUMB_HOMES),
    first: firstOf(BREADCRUMB_HOMES),
    kind: 'furniture',
    scope: 'line',
    maxWords: 14,
    pattern: new RegExp(`^(?:${alt(BREADCRUMB_HOMES)})\\s{0,3}[»›>\\/|]\\s{0,3}\\S`, 'iu'),
  },
  // news/05: "Facebook Twitter WhatsApp Telegram"; news/11: "Bagikan: Facebook Twitter WhatsApp" — a share bar
  // (2+ network names and nothing else)
  {
    name: 'share-bar-line',
    prefix: prefixOf(SHARE_LABELS, SOCIAL_NETWORKS),
    first: firstOf(SHARE_LABELS, SOCIAL_NETWORKS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 14,
    pattern: caseless(
      `^(?:(?:${alt(SHARE_LABELS)})\\s{0,2}:?\\s{1,3})?(?:${alt(SOCIAL_NETWORKS)})(?:\\s{0,3}[,|/·•]?\\s{0,3}(?:${alt(SOCIAL_NETWORKS)})){1,10}$`),
  },
  // news/09 iNews: "Halaman 1 2 3 Selanjutnya", "Halaman Selanjutnya"; news/02 Kompas: "Halaman: 1 2 Selanjutnya".
  // "Halaman kantor bupati dipadati ratusan ASN …" goes on with words, so the line anchor rejects it.
  {
    name: 'pagination-line',
    first: `«‹\\s${firstOf(PAGINATION_LABELS)}`,
    prefix: `[«‹\\s]|${prefixOf(PAGINATION_LABELS)}`,
    kind: 'furniture',
    scope: 'line',
    maxWords: 16,
    pattern: caseless(
      `^[«‹]?\\s{0,2}(?:(?:${alt(PAGINATION_LABELS)})\\s{0,2}:?\\s{1,3}(?:\\d{1,2}(?:\\s{0,2}(?:dari|of|/)\\s{0,2}\\d{1,2})?\\s{1,3}){0,12}(?:${alt(PAGINATION_NEXT)})|(?:${alt(PAGINATION_LABELS)})\\s{0,2}:?\\s{1,3}\\d{1,2}(?:\\s{0,2}(?:dari|of|/)\\s{0,2}\\d{1,2}|(?:\\s{1,3}\\d{1,2}){1,12}))\\s{0,2}[»›>→]{0,3}$`),
  },
  // news/11: "Dibaca 245 kali" — a view counter
  {
    name: 'view-count-line',
    first: 'dvpbat\\d',
    kind: 'furniture',
    scope: 'line',
    maxWords: 8,
    pattern: new RegExp(`^(?:(?:(?:${alt(VIEW_COUNT_SUBJECTS)})\\s{1,3}ini\\s{1,3}(?:telah\\s{1,3}|sudah\\s{1,3})?)?(?:${alt(VIEW_COUNT_LEADS)}|views?)\\s{0,2}:?\\s{0,2}\\d[\\d.,]{0,9}(?:\\s{0,2}(?:kali|x|views?|pembaca))?|\\d[\\d.,]{0,9}(?:\\s{0,2}(?:k|${alt(AMOUNT_ABBREVIATIONS)}))?\\s{0,2}(?:${alternationOf(VIEW_COUNT_TAILS, { space: SPACE.literal })}))$`, 'iu'),
  },
  // news/12: "#BawasluMengawasi #NetralitasASN" — a line made only of hashtags
  {
    name: 'hashtag-line',
    first: '#',
    kind: 'furniture',
    scope: 'line',
    maxWords: 20,
    pattern: /^#[\p{L}\p{N}_]{2,40}(?:[ ,]{1,3}#[\p{L}\p{N}_]{2,40}){0,19}$/u,
  },

];
