// Clean rules, part 5: the furniture of text that was a printed or mailed page before it was scraped (issue 22,
// clean5: e-paper and PDF-to-text dumps, live blogs, press-release mailers; fixtures/clean/clean5 01–09, 10–18 held
// out). Each is a whole line built like a page's furniture, never like a clause: a running head or foot ending in its
// page number, a page number between dashes, a continuation note, a live blog's bare time stamp, a release's end mark.
// Word lists in src/lexicon/page-furniture.ts and src/lexicon/calendar.ts.
import { TIME_ZONES } from '../../lexicon/calendar.js';
import { CONTINUED_FROM_WORDS, PAGE_NUMBER_WORDS, PAGE_TURN_OPENERS, RELEASE_END_WORDS } from '../../lexicon/page-furniture.js';
import { PAGINATION_LABELS, PAGINATION_NEXT, SHARE_LABELS } from '../../lexicon/boilerplate.js';
import { CHAPTER_WORDS } from '../../lexicon/station-and-print.js';
import { POST_NAV_LABELS } from '../../lexicon/page-meta.js';
import { alt, anyCase, firstOf, prefixOf } from './build.js';
import type { CleanRule } from './types.js';

const PAGE_WORD = `(?:${alt(PAGE_NUMBER_WORDS)})\\.?`;
/** The same, in its three cases, for a case-sensitive pattern. */
const PAGE_WORD_CASED = `(?:${anyCase(PAGE_NUMBER_WORDS)})\\.?`;
/** Two lower-case words running, anywhere on the line: a clause, never a title ("Memberikan dukungan melalui media sosial
 *  | 7" is a table's row under "Jenis Pelanggaran | Jumlah"; "Laporan Hasil Pengawasan Pilkada Lembata 2024 | 12" is a
 *  report's running foot). */
const TWO_LOWER = '(?![^\\n]*?(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}\'’-]*[ ]\\p{Ll})';
/** A running head's separators: a bar, an asterisk, a bullet or a middle dot between spaces. */
const BAR = '[|*•·]';
const SEGMENTS = `[^|*•·]{2,80}(?: ${BAR} [^|*•·]{1,60}){0,3}`;
const hasBar = (t: string): boolean => t.includes(' | ') || t.includes(' * ') || t.includes(' • ') || t.includes(' · ');
/** Words before a running head's bare page number (a publication's or a document's title, a date). */
export const RUNNING_HEAD_MIN_WORDS = 5;
/** The share verbs of SHARE_LABELS (one word each). */
const SHARE_VERBS = SHARE_LABELS.filter((w) => !w.includes(' '));
const lastIsDigit = (t: string): boolean => {
  const c = t.charCodeAt(t.length - 1);
  return c >= 48 && c <= 57;
};

export const PRINT_RULES: readonly CleanRule[] = [
  // check9/10: "Berbagi:" under the last body line — a share label alone, with its colon or an ellipsis (the share bar
  // with networks is share-bar-line)
  {
    name: 'share-label-line',
    prefix: prefixOf(SHARE_LABELS),
    first: firstOf(SHARE_LABELS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 4,
    pattern: new RegExp(`^(?:${alt(SHARE_LABELS)})\\s{0,2}(?::|\\.{3}|…)$`, 'iu'),
  },
  // check9/10: "Berita Sebelumnya: Babinsa Koramil 1412-02/Wolo Bantu Petani Panen Jagung" — a previous/next label, its
  // colon and the linked headline on the same line (no final mark: "Selanjutnya: Bupati meminta … ." is a sentence)
  {
    name: 'post-nav-headline-line',
    prefix: `[«‹←<]|${prefixOf(POST_NAV_LABELS)}`,
    first: `«‹←<${firstOf(POST_NAV_LABELS)}`,
    kind: 'related-link',
    scope: 'line',
    maxWords: 30,
    pattern: new RegExp(`^(?:[«‹←<]\\s{0,2})?(?:${alt(POST_NAV_LABELS)})\\s{0,2}(?:[»›→>:]|\\s[-–—|])\\s{0,2}["“]?[\\p{Lu}\\p{N}][^\\n]{2,220}(?<![.!?,;:"”])$`, 'iu'),
  },
  // clean5/04, an e-paper: "RADAR BUTON | SENIN, 11 NOVEMBER 2024 | HALAMAN 3"; clean5/09, a PDF report's foot:
  // "Laporan Hasil Pengawasan Pilkada Lembata 2024 | 12"; clean5b/03: "Harian Rakyat Maluku * Kamis, 14 November 2024 * 2"
  // — segments across bars (or asterisks, bullets), the last a page number (with or
  // without its word). A table row holds bars too, but not a title of five words or more before a bare number.
  {
    name: 'running-head-line',
    quick: (t) => lastIsDigit(t) && hasBar(t),
    kind: 'furniture',
    scope: 'line',
    maxWords: 24,
    // (a bare number needs a title of RUNNING_HEAD_MIN_WORDS words before it: "Nubatukan | 3" is a table's row; and a
    // title, not a clause: case-sensitive, so the page word is spelled in its three cases)
    pattern: new RegExp(`^(?:${SEGMENTS} ${BAR} ${PAGE_WORD_CASED}\\s{0,2}\\d{1,4}|(?=(?:[^ |*•·]+ (?:${BAR} )?){${RUNNING_HEAD_MIN_WORDS}})${TWO_LOWER}${SEGMENTS} ${BAR} \\d{1,4})$`, 'u'),
  },
  // clean5/09 style PDF foot: "- 2 -", "— 12 —": a page number between dashes
  {
    name: 'page-number-dashes-line',
    first: '\\-–—',
    kind: 'furniture',
    scope: 'line',
    maxWords: 3,
    pattern: /^[-–—]\s{0,2}\d{1,4}\s{0,2}[-–—]$/u,
  },
  // clean5/09, a supervision report exported from PDF: "BAB III" above the chapter's heading — a chapter's number alone on
  // its line (lexicon CHAPTER_WORDS; a roman or an arabic number). "Bab III laporan itu memuat …" is a sentence.
  {
    name: 'chapter-number-line',
    first: 'bBcC',
    kind: 'furniture',
    scope: 'line',
    maxWords: 2,
    pattern: new RegExp(`^(?:${alt(CHAPTER_WORDS)})\\s{1,3}(?:[IVXLC]{1,6}|\\d{1,2})\\.?$`, 'iu'),
  },
  // clean5/04: "Sambungan dari Hal 3" — where a print story continues (its pair "Bersambung ke Hal 7" is
  // `continued-line`)
  {
    name: 'continued-from-line',
    prefix: `\\(|${prefixOf(CONTINUED_FROM_WORDS)}`,
    first: `(${firstOf(CONTINUED_FROM_WORDS)}`,
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    pattern: new RegExp(`^\\(?(?:${alt(CONTINUED_FROM_WORDS)})\\s{1,3}${PAGE_WORD}\\s{0,3}\\d{1,3}\\s{0,2}[.)]{0,2}$`, 'iu'),
  },
  // clean5/02, a live blog: "14:52 WIB" / "09.40 WITA" standing alone above each entry — a time stamp with its zone,
  // and a place or a desk after a bar (clean5b/02: "18.30 WIB | Kota Jambi")
  // (a bare "03:12" is a player's `video-timecode-line`); no clause is only a time
  {
    name: 'live-time-stamp-line',
    first: '\\d',
    kind: 'furniture',
    scope: 'line',
    maxWords: 7,
    pattern: new RegExp(`^\\d{1,2}[.:]\\d{2}\\s{0,2}(?:${alt(TIME_ZONES)})(?:\\s{1,3}[|·•–—-]\\s{1,3}\\p{L}[\\p{L}\\p{N} .'’-]{0,40})?$`, 'u'),
  },
  // clean5b/01: "Lanjut ke halaman berikutnya" — a link to the next page of a paged article, as a clause
  {
    name: 'page-turn-line',
    prefix: prefixOf(PAGE_TURN_OPENERS),
    first: firstOf(PAGE_TURN_OPENERS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 6,
    pattern: new RegExp(`^(?:${alt(PAGE_TURN_OPENERS)})\\s{1,3}(?:${alt(PAGINATION_LABELS)})\\.?\\s{1,3}(?:${alt(PAGINATION_NEXT)})\\s{0,2}[»›>]{0,3}$`, 'iu'),
  },
  // clean5b/03, an e-paper: "Halaman 2 - Politik" — the page's number and its section
  {
    name: 'page-section-line',
    prefix: prefixOf(PAGE_NUMBER_WORDS),
    first: firstOf(PAGE_NUMBER_WORDS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 7,
    pattern: new RegExp(`^${PAGE_WORD}\\s{0,2}\\d{1,4}(?:\\s{1,3}[-–—|]|\\s{0,2}:)\\s{1,3}\\p{L}[\\p{L} &]{0,30}$`, 'iu'),
  },
  // clean5b/02, a live blog: "Bagikan liputan ini:" — a share widget's label: the share verb, one noun, the
  // demonstrative (the fixed phrases are `share-line`'s)
  {
    name: 'share-this-line',
    prefix: prefixOf(SHARE_VERBS),
    first: firstOf(SHARE_VERBS),
    kind: 'furniture',
    scope: 'line',
    maxWords: 4,
    pattern: new RegExp(`^(?:${alt(SHARE_VERBS)})\\s{1,3}\\p{L}{3,20}\\s{1,3}(?:ini|this)\\s{0,2}:?$`, 'iu'),
  },
  // clean5/08, a press release: "###" (or "-30-", "- SELESAI -") ends the release; what follows is the issuer's
  // boilerplate ("Tentang …", media contact, the mailer's unsubscribe line). A block heading: the cascade drops the rest
  // of the page after it once a sentence was kept above it.
  {
    name: 'release-end-mark',
    first: '#\\-–—*(',
    kind: 'release-end',
    scope: 'block',
    maxWords: 4,
    pattern: new RegExp(`^(?:#{3,}|[-–—]\\s{0,2}30\\s{0,2}[-–—]|[-–—*(]{1,3}\\s{0,2}(?:${alt(RELEASE_END_WORDS)})\\s{0,2}[-–—*)]{1,3})$`, 'iu'),
  },
];
