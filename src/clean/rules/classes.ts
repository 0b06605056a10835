// Clean rules, part 8: round 13's classes of furniture (issue 22: lines left on the check12 and check13 blind pages,
// each read as one instance of a class and written as the class). Word lists in src/lexicon/furniture-classes.ts.
//   - a call to follow or join behind a list mark ("* Follow Official WhatsApp Channel …"): the call rules' own
//     patterns, after the mark (`markedRules`, built from those rules so the class follows them);
//   - a share button naming what it shares ("Share Artikel", "Bagikan Berita Ini", "Sebarkan Tulisan via:");
//   - a caption's credit with its role after the label ("Foto Kontributor: Humas …", "Foto oleh: …");
//   - a village's or a kecamatan's website masthead ("Website Resmi Desa Tirtosari", "Pemerintah Nagari X");
//   - a call for the reader's contribution: a question to the reader, an imperative, a contact ("Ingin menulis opini
//     di …? Kirim naskah … ke opini@…").
import { CAPTION_LABELS, SHARE_LABELS } from '../../lexicon/boilerplate.js';
import { SITE_WORDS } from '../../lexicon/page-furniture.js';
import { DENIAL_OBJECTS, LINE_MARKS, PARTNER_MAKERS, PARTNER_SUBJECTS, PARTNER_VERB_JOINERS, PARTNER_VERBS, PHOTO_CREDIT_ROLES, READER_CALL_QUESTIONS, READER_CALL_VERBS, SHARE_DEMONSTRATIVES, SHARE_OBJECTS, SHARE_PREPOSITIONS, SUBREGION_KINDS, SUBREGION_OWNERS } from '../../lexicon/furniture-classes.js';
import { alt, firstOf, prefixOf } from './build.js';
import { caseFormList, caseForms } from './portal.js';
import type { CleanRule } from './types.js';
import { WE as E } from '../../text/regex.js';

/** The share verbs of SHARE_LABELS (one word each). */
const SHARE_VERBS = SHARE_LABELS.filter((w) => !w.includes(' '));
/** Marks of one UTF-16 unit (a `first` class holds no astral character; a line opening with one is tried anyway). */
const BMP_MARKS = LINE_MARKS.filter((m) => m.length === 1 || m === '>>');
const MARK = `(?:${alt(LINE_MARKS)})`;
/** A name's word in a masthead: a capital and letters. */
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]{1,24}";
/** A contact in a line: an e-mail address, a web address or a phone number. */
const CONTACT = '(?:[\\p{L}\\p{N}._-]{1,40}@[\\p{L}\\p{N}-]{1,40}\\.\\p{L}|https?:\\/\\/|www\\.|(?<![\\p{N}])(?:\\+62|0)8\\d{2}[- ]?\\d{3,4}[- ]?\\d{3,5})';

/** Quick tests: a contact's mark (reader-call-line), the denial's verb (denial-line). */
const CONTACT_HINT = /@|:\/\/|www\.|\d{3}/iu;
const DENIAL_HINT = /bertanggung/iu;
const PARTNER_HINT = new RegExp(`oleh|${alt(PARTNER_MAKERS)}`, 'iu');

/** The rules named, each also after a list mark (`<name>-marked`): the same pattern behind `^MARK\s{0,2}`, one word
 *  more allowed. */
export function markedRules(rules: readonly CleanRule[], names: readonly string[]): CleanRule[] {
  const out: CleanRule[] = [];
  for (const n of names) {
    const r = rules.find((x) => x.name === n);
    if (r === undefined || !r.pattern.source.startsWith('^')) throw new Error(`markedRules: no anchored rule ${n}`);
    out.push({
      name: `${n}-marked`,
      kind: r.kind,
      scope: r.scope,
      ...(r.maxWords !== undefined ? { maxWords: r.maxWords + 1 } : {}),
      first: firstOf(BMP_MARKS),
      prefix: alt(LINE_MARKS),
      // (the named rules' quick tests read the line's end, which a mark in front does not change)
      ...(r.quick !== undefined ? { quick: r.quick } : {}),
      pattern: new RegExp(`^${MARK}\\s{0,2}${r.pattern.source.slice(1)}`, r.pattern.flags),
    });
  }
  return out;
}

export const CLASS_RULES: readonly CleanRule[] = [
  // check12/02: "Share Artikel" — a share verb, what it shares (SHARE_OBJECTS), a demonstrative and a preposition at
  // most, alone on its line ("Bagikan artikel ini kepada keluarga Anda." is a sentence and stays)
  {
    name: 'share-object-line',
    prefix: prefixOf(SHARE_VERBS),
    first: firstOf(SHARE_VERBS),
    quick: (t) => t.length <= 60,
    kind: 'furniture',
    scope: 'line',
    // (no word limit: the pattern bounds the line, and the quick test runs before any count)
    pattern: new RegExp(`^(?:${alt(SHARE_VERBS)})\\s{1,3}(?:${alt(SHARE_OBJECTS)})(?:\\s{1,3}(?:${alt(SHARE_DEMONSTRATIVES)}))?(?:\\s{1,3}(?:${alt(SHARE_PREPOSITIONS)}))?\\s{0,2}(?::|\\.{3}|…)?$`, 'iu'),
  },
  // check12/05: "Foto Kontributor: Humas Kemenag Seluma" — a caption label, a credit role (PHOTO_CREDIT_ROLES), a colon
  // and the credit, alone on its line
  {
    name: 'caption-role-credit-line',
    prefix: prefixOf(CAPTION_LABELS),
    first: firstOf(CAPTION_LABELS),
    quick: (t) => t.length <= 160 && (t.includes(':') || t.includes('：')),
    kind: 'caption',
    scope: 'line',
    // (no word limit: the pattern bounds the line, and the quick test runs before any count)
    pattern: new RegExp(`^(?:${alt(CAPTION_LABELS)})\\s{1,3}(?:${alt(PHOTO_CREDIT_ROLES)})\\s{0,2}[:：]\\s{0,3}[\\p{L}\\p{N}(][^\\n]{0,80}$`, 'iu'),
  },
  // check12/04, a village website on OpenSID: "Website Resmi Desa Tirtosari" — a site word or an owner, a unit below the
  // regency (SUBREGION_KINDS) and its name, alone on the line; at the edges of the text only, like site-masthead-line
  {
    name: 'subregion-masthead-line',
    prefix: prefixOf(caseFormList(SITE_WORDS), caseFormList(SUBREGION_OWNERS)),
    first: firstOf(caseFormList(SITE_WORDS), caseFormList(SUBREGION_OWNERS)),
    quick: (t) => t.length <= 120,
    kind: 'masthead',
    scope: 'byline',
    edgesOnly: true,
    // (no word limit: the pattern bounds the line, and the quick test runs before any count)
    pattern: new RegExp(
      `^(?:(?:${caseForms(SITE_WORDS)})(?:\\s{1,3}(?:${caseForms(SUBREGION_OWNERS)}))?|(?:${caseForms(SUBREGION_OWNERS)}))\\s{1,3}(?:${caseForms(SUBREGION_KINDS)})\\s{1,3}${NAME_WORD}(?:\\s{1,3}${NAME_WORD}){0,2}$`,
      'u',
    ),
  },
  // check12/09, a media partner's page: "Konten ini dibuat dan diterbitkan oleh media partner. kumparan tidak bertanggung
  // jawab atas isi konten ini." — a denial of responsibility for this very text (DENIAL_OBJECTS and the demonstrative)
  // that ends the line, as the line's first or a later sentence, its subject at most three words
  {
    name: 'denial-line',
    quick: (t) => t.length <= 240 && DENIAL_HINT.test(t),
    kind: 'footer',
    scope: 'line',
    pattern: new RegExp(
      `(?:^|[.!?]\\s{1,3})(?:[\\p{L}\\p{N}.'’-]{1,30}\\s{1,3}){0,3}tidak\\s{1,3}bertanggung\\s{1,3}jawab\\s{1,3}(?:atas|terhadap)\\s{1,3}(?:${alt(DENIAL_OBJECTS)})\\s{1,3}ini\\s{0,2}[.!]?$`,
      'iu',
    ),
  },
  // check12/09: "Konten ini dibuat dan diterbitkan oleh media partner." — this very text (its demonstrative) made by a
  // partner or a user the platform only hosts (PARTNER_VERBS, PARTNER_MAKERS), in a short line; or its label alone
  {
    name: 'partner-note-line',
    prefix: prefixOf(PARTNER_SUBJECTS),
    first: firstOf(PARTNER_SUBJECTS),
    quick: (t) => t.length <= 240 && PARTNER_HINT.test(t),
    kind: 'footer',
    scope: 'line',
    pattern: new RegExp(
      `^(?:${alt(PARTNER_SUBJECTS)})\\s{1,3}ini\\s{1,3}(?:${alt(PARTNER_VERBS)})(?:\\s{1,3}(?:${alt(PARTNER_VERB_JOINERS)})\\s{1,3}(?:${alt(PARTNER_VERBS)}))?\\s{1,3}oleh\\s{1,3}(?:${alt(PARTNER_MAKERS)})${E}` +
        // (or the label alone: "Konten Media Partner")
        `|^(?:${alt(PARTNER_SUBJECTS)})\\s{1,3}(?:dari\\s{1,3})?(?:${alt(PARTNER_MAKERS)})$`,
      'iu',
    ),
  },
  // check13/07, a Ghost callout card: "Ingin menulis opini di Halsel Post? Kirim naskah 700–1.000 kata … ke opini@…" — a
  // question to the reader (READER_CALL_QUESTIONS), then an imperative (READER_CALL_VERBS), and a contact in the line: a
  // reporter's sentence puts no question to the reader and gives no address
  {
    name: 'reader-call-line',
    prefix: prefixOf(READER_CALL_QUESTIONS),
    first: firstOf(READER_CALL_QUESTIONS),
    // (no word limit: "Ter…", "Ber…", "Mem…" open many body lines, and counting their words cost more than this test; the
    // pattern bounds the length)
    quick: (t) => t.length <= 420 && t.includes('?') && CONTACT_HINT.test(t),
    kind: 'furniture',
    scope: 'line',
    pattern: new RegExp(
      `^(?:${alt(READER_CALL_QUESTIONS)})${E}[^?\\n]{3,120}\\?\\s{1,3}(?:${alt(READER_CALL_VERBS)})${E}(?=[^\\n]{0,300}?${CONTACT})[^\\n]{0,320}$`,
      'iu',
    ),
  },
];
