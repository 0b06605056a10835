// Clean rules, part 9: round 14's classes of furniture (issue 22: lines the check14 blind pages left, each read as one
// instance of a class and written as the class). Word lists in src/lexicon/ (boilerplate.ts, furniture-classes.ts,
// page-furniture.ts).
//   - a media button alone on its line ("Lihat Foto", "Tonton Video", "Lihat Semua Foto");
//   - a staff credit without its colon, its parts on lines of their own ("Penulis Kontributor Garut, Nama" / "| Editor
//     Nama"): a role word and a name, marked as a credit by a leading separator, a second role or a comma;
//   - a name alone in brackets ("(Nama Editor)"): an editor's or a writer's signature;
//   - a site engine's credit ("Theme by ThemeGrill. Powered by WordPress.", "Dikembangkan oleh Diskominfo").
import { CREDIT_ROLES } from '../../lexicon/boilerplate.js';
import { MEDIA_BUTTON_MEDIA, MEDIA_BUTTON_QUANTIFIERS, MEDIA_BUTTON_VERBS } from '../../lexicon/page-furniture.js';
import { HEADLINE_PASSIVES, HEADLINE_VERBS } from '../../lexicon/headline-verbs.js';
import { NAME_PARTICLES } from '../../lexicon/honorifics.js';
import { CREDIT_SEPARATORS, ENGINE_CREDIT_AGENTS, ENGINE_CREDIT_VERBS } from '../../lexicon/furniture-classes.js';
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
];
