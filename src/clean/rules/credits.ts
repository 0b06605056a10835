// Clean rules, part 9: round 14's classes of furniture (issue 22: lines the check14 blind pages left, each read as one
// instance of a class and written as the class). Word lists in src/lexicon/ (boilerplate.ts, furniture-classes.ts,
// page-furniture.ts).
//   - a media button alone on its line ("Lihat Foto", "Tonton Video", "Lihat Semua Foto");
//   - a staff credit without its colon, its parts on lines of their own ("Penulis Kontributor Garut, Nama" / "| Editor
//     Nama"): a role word and a name, marked as a credit by a leading separator, a second role or a comma;
//   - a name alone in brackets ("(Nama Editor)"): an editor's or a writer's signature;
//   - a site engine's credit ("Theme by ThemeGrill. Powered by WordPress.", "Dikembangkan oleh Diskominfo");
//   (round 17, clean16's paradigm of outlet families, test/clean/furniture-paradigm16.test.ts)
//   - a staff credit with its colon whose label is two roles joined ("Redaktur & Reporter : Nama") or a role and the
//     outlet's name ("Reporter Tempo: Nama");
//   - a related-news heading with its colon and the linked headline on the same line ("Pilihan Editor: <Headline>").
import { CREDIT_ROLES } from '../../lexicon/boilerplate.js';
import { MEDIA_BUTTON_MEDIA, MEDIA_BUTTON_QUANTIFIERS, MEDIA_BUTTON_VERBS } from '../../lexicon/page-furniture.js';
import { HEADLINE_PASSIVES, HEADLINE_VERBS } from '../../lexicon/headline-verbs.js';
import { NAME_PARTICLES } from '../../lexicon/honorifics.js';
import { CREDIT_ROLE_JOINERS, CREDIT_SEPARATORS, ENGINE_CREDIT_AGENTS, ENGINE_CREDIT_VERBS } from '../../lexicon/furniture-classes.js';
import { RELATED_BLOCK_HEADINGS } from '../../lexicon/related-links.js';
import { MALAY_INDONESIAN_FUNCTION_WORDS } from '../../lexicon/language.js';
import { alt, firstOf, prefixOf } from './build.js';
import { caseFormList, caseForms } from './portal.js';
import type { CleanRule } from './types.js';
import { WE as E } from '../../text/regex.js';

/** A name's word: a capital and letters (an initial with its stop: "M."), or a particle a name holds inside. */
const NAME_WORD_BARE = `(?:\\p{Lu}[\\p{L}.'’-]{0,24}|${alt(NAME_PARTICLES)})`;
/** A role, in the cases a byline writes it (no `i` flag: with it \p{Lu} takes any letter). */
const ROLE = `(?:${caseForms(CREDIT_ROLES)})`;
/** Not a verb of a headline's register (a headline in Title Case that opens with a role's word, "Editor Senior Tempo Tolak
 *  Mundur", names one where a credit has its name; a credit never does). Tried at each name word's start only: a look-ahead
 *  over the whole line at every position cost 90 µs a line. */
const NO_HEADLINE_VERB = `(?!(?:${caseForms([...HEADLINE_VERBS, ...HEADLINE_PASSIVES])})${E})`;
const SEPARATOR = `(?:${alt(CREDIT_SEPARATORS)})`;
/** A name's word that is no headline verb; a name: one to five such words, the first one capitalised. */
const NAME_WORD = `${NO_HEADLINE_VERB}${NAME_WORD_BARE}`;
const NAME = `${NO_HEADLINE_VERB}\\p{Lu}[\\p{L}.'’-]{0,24}(?:\\s{1,3}${NAME_WORD}){0,4}`;
/** A person's name in brackets: a capitalised word or an initial ("M."), then one to three words more, capitalised or
 *  a particle a name holds inside ("Ahmad bin Said"); the last one capitalised. */
const BRACKET_NAME = `(?:\\p{Lu}[\\p{Ll}'’-]{1,24}|\\p{Lu}\\.)(?:\\s{1,3}(?:${alt(NAME_PARTICLES)}))?(?:\\s{1,3}\\p{Lu}[\\p{Ll}.'’-]{0,24}){1,3}`;
/** A word of an engine's, a theme's or a designer's name: a capital or a digit first ("ThemeGrill", "WordPress", "99
 *  Themes"); a word in lower case is a sentence's ("Dikembangkan oleh warga desa."). */
const ENGINE_NAME = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]{0,30}";

/** Quick tests: a role's word at the line's start (staff-credit-bare), the agent's word (engine-credit-line). */
const ROLE_FIRST_WORDS = new Set(CREDIT_ROLES.map((r) => r.split(' ')[0]!));
/** Whether the line's first word, past a separator and its space, is a role's first word (lower-cased). */
function opensWithRole(t: string): boolean {
  const m = ROLE_WORD_AT_START.exec(t);
  return m !== null && ROLE_FIRST_WORDS.has(m[1]!.toLowerCase());
}
/** The line's first word past a separator and its spaces (any white space: the pattern's `\s`). */
const ROLE_WORD_AT_START = new RegExp(`^(?:${alt(CREDIT_SEPARATORS)})?\\s{0,3}([^\\s:]{1,24})`, 'u');
/** An outlet's name after a role: one or two words, a capital first, a domain's dots allowed ("Tempo", "Kompas.com",
 *  "Radar Madura"). */
const OUTLET_AFTER_ROLE = `\\p{Lu}[\\p{L}\\p{N}.-]{1,30}(?:\\s\\p{Lu}[\\p{L}\\p{N}.-]{1,30})?`;
/** A headline's word: a capital or a digit first (behind an opening quote), or a function word in lower case. */
const HEADLINE_WORD = `(?:["“‘'(]?[\\p{Lu}\\p{N}][^\\s]{0,30}|(?:${alt(MALAY_INDONESIAN_FUNCTION_WORDS)})(?![\\p{L}\\p{N}]))`;
/** Setting: a linked headline after a related heading has at least this many words (a credit's "Rekomendasi: Redaksi"
 *  or a ticker's "Terkini: Live" has one or two). */
const LINKED_HEADLINE_MIN_WORDS = 4;
const AGENT_HINT = new RegExp(`\\s(?:${alt(ENGINE_CREDIT_AGENTS)})\\s`, 'iu');

export const CREDIT_RULES: readonly CleanRule[] = [
  // check14/01, a national portal: "Lihat Foto" between the headline and its caption — a media button: a viewing verb
  // (MEDIA_BUTTON_VERBS), "semua" at most, and the medium it opens (MEDIA_BUTTON_MEDIA), alone on its line
  {
    name: 'media-button-line',
    prefix: prefixOf(MEDIA_BUTTON_VERBS),
    first: firstOf(MEDIA_BUTTON_VERBS),
    quick: (t) => t.length <= 40,
    kind: 'furniture',
    scope: 'line',
    pattern: new RegExp(`^(?:${alt(MEDIA_BUTTON_VERBS)})\\s{1,3}(?:(?:${alt(MEDIA_BUTTON_QUANTIFIERS)})\\s{1,3})?(?:${alt(MEDIA_BUTTON_MEDIA)})\\s{0,2}[:.»›>]?$`, 'iu'),
  },
  // check14/01, a national portal: "Penulis Kontributor Garut, Nama" / "| Editor Nama" — a staff credit with no colon, on a
  // line of its own: a role (CREDIT_ROLES) and a name, the line opened by the separator of a split credit row, or a
  // second role after the first ("Penulis Kontributor …"), or a place or an outlet, a comma and the name ("Reporter
  // Garut, Nama"). A sentence ("Penulis buku itu hadir.") has a word in lower case and an end mark; a headline in Title
  // Case opening with a role's word names a verb (NO_HEADLINE_VERB). Only at the edges of the text.
  {
    name: 'staff-credit-bare',
    prefix: prefixOf(CREDIT_SEPARATORS, caseFormList(CREDIT_ROLES)),
    first: firstOf(CREDIT_SEPARATORS, caseFormList(CREDIT_ROLES)),
    // (a line whose start is a role, behind a separator or not, is tried: the headline-verb look-ahead is the dear part)
    quick: (t) => t.length <= 120 && opensWithRole(t),
    kind: 'byline',
    scope: 'byline',
    edgesOnly: true,
    pattern: new RegExp(
      `^(?:${SEPARATOR}\\s{0,3}${ROLE}\\s{0,2}:?\\s{1,3}${NAME}(?:,\\s{1,3}${NAME})?` +
        `|${ROLE}\\s{1,3}${ROLE}\\s{0,2}:?\\s{1,3}${NAME}(?:,\\s{1,3}${NAME})?` +
        `|${ROLE}\\s{1,3}${NAME},\\s{1,3}${NAME})$`,
      'u',
    ),
  },
  // check14/08, a national portal: "(Nama Editor)" under the body — a person's name (two to four capitalised words, no
  // digit, no colon, no slash) alone in brackets: the editor's signature. One word in brackets is a sign-off the
  // editor-initials rule reads ("(Red)"); "(Pasal 280 UU Pemilu)" holds a digit. A paragraph of its own only.
  {
    name: 'bracketed-name-paragraph',
    quick: (t) => t.length <= 70 && (t.endsWith(')') || t.endsWith(']')),
    kind: 'editor-initials',
    // (a tail rule on the whole paragraph, tried after the press-office and initials rules that take their own kinds)
    scope: 'tail',
    pattern: new RegExp(`^(?:\\(\\s{0,2}${BRACKET_NAME}\\s{0,2}\\)|\\[\\s{0,2}${BRACKET_NAME}\\s{0,2}\\])$`, 'u'),
  },
  // check14/07, a WordPress site: "Theme by ThemeGrill. Powered by WordPress." — the site engine's or its designer's
  // credit: a participle of making (ENGINE_CREDIT_VERBS), "by" or "oleh" (ENGINE_CREDIT_AGENTS), a name of at most four capitalised words; one to three such
  // parts, joined by a stop, a bar or a dot, and nothing else on the line. Only at the edges of the text.
  {
    name: 'engine-credit-line',
    prefix: prefixOf(caseFormList(ENGINE_CREDIT_VERBS)),
    first: firstOf(caseFormList(ENGINE_CREDIT_VERBS)),
    quick: (t) => t.length <= 160 && AGENT_HINT.test(t),
    kind: 'footer',
    scope: 'byline',
    edgesOnly: true,
    pattern: new RegExp(
      `^(?:(?:${caseForms(ENGINE_CREDIT_VERBS)})\\s{1,3}(?:${caseForms(ENGINE_CREDIT_AGENTS)})\\s{1,3}${ENGINE_NAME}(?:\\s{1,3}${ENGINE_NAME}){0,3}?\\s{0,2}(?:[.|·•–-]\\s{0,3}|$)){1,3}$`,
      'u',
    ),
  },
  // clean16's paradigm, a JPNN network page: "Redaktur & Reporter : Fathan Sinaga"; a Tempo page: "Reporter Tempo:
  // Andi Prasetyo" — a staff credit whose label is two roles joined (CREDIT_ROLE_JOINERS) or a role and the outlet's
  // name (one or two capitalised words), then the colon and a name, nothing else. A sentence after such a label has
  // words in lower case ("Reporter senior itu: ..." has no capital after the role). Only at the edges of the text.
  {
    name: 'staff-credit-joined',
    prefix: prefixOf(caseFormList(CREDIT_ROLES)),
    first: firstOf(caseFormList(CREDIT_ROLES)),
    quick: (t) => t.includes(':') || t.includes('：'),
    kind: 'byline',
    scope: 'byline',
    edgesOnly: true,
    pattern: new RegExp(
      `^${ROLE}(?:\\s{0,2}(?:${alt(CREDIT_ROLE_JOINERS)})\\s{0,2}${ROLE}|\\s{1,3}${OUTLET_AFTER_ROLE})\\s{0,2}[:：]\\s{0,3}${NAME}$`,
      'u',
    ),
  },
  // clean16's paradigm, a Tempo page: "Pilihan Editor: Bawaslu Temukan 200 ASN Langgar Netralitas" below the body — a
  // related-news heading (RELATED_BLOCK_HEADINGS), its colon and one linked headline on the same line: every word
  // capitalised or a figure but the function words, LINKED_HEADLINE_MIN_WORDS words or more, no closing stop. A
  // sentence after a heading's word keeps its words in lower case ("Rekomendasi: ASN itu dijatuhi sanksi teguran.").
  {
    name: 'related-heading-headline',
    prefix: prefixOf(caseFormList(RELATED_BLOCK_HEADINGS)),
    first: firstOf(caseFormList(RELATED_BLOCK_HEADINGS)),
    quick: (t) => t.includes(':') || t.includes('：'),
    kind: 'related-link',
    scope: 'line',
    maxWords: 25,
    pattern: new RegExp(
      `^(?:${caseForms(RELATED_BLOCK_HEADINGS)})\\s{0,2}[:：]\\s{0,3}${HEADLINE_WORD}(?:\\s{1,2}${HEADLINE_WORD}){${LINKED_HEADLINE_MIN_WORDS - 1},24}(?<![.!?…])$`,
      'u',
    ),
  },
];
