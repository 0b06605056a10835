// Clean rules, part 7: a related-link label with no separator before its headline (round 12, a kind left open on check10:
// check10/04, a WordPress theme's inline box flattened to text, "Baca Juga  Pj Wali Kota Bima Terbitkan Surat Edaran
// Netralitas ASN"; also "BACA JUGA Bawaslu Periksa Camat …", "Simak juga Bupati Larang ASN Ikut Kampanye"). The label is
// a verb of RELATED_LINK_VERBS and a particle of RELATED_BARE_PARTICLES. Without the colon, what tells it from a
// sentence that opens "Baca juga …" is
//   - the label's case: "Baca Juga" / "BACA JUGA" (a sentence never capitalises the particle), then a headline that
//     opens with a capital and does not end like a sentence;
//   - with the particle in lower case ("Baca juga"), the headline's case as well: every word a capital, a digit or a
//     function word (lexicon/language.ts), at least RELATED_BARE_MIN_HEADLINE_WORDS words, no final stop.
// "Baca juga aturan kampanye di laman Bawaslu." and "Baca juga Peraturan Bawaslu Nomor 6 Tahun 2018." stay.
// Whole lines (scope line), and inside a paragraph after a sentence's end: at the paragraph's end (scope tail) or before
// the quotation that goes on with the body (scope inline: "… katanya. Baca Juga  Judul Berita “Kami sudah …").
import { RELATED_BARE_PARTICLES, RELATED_LINK_VERBS } from '../../lexicon/related-links.js';
import { MALAY_INDONESIAN_FUNCTION_WORDS } from '../../lexicon/language.js';
import { alt, firstOf, prefixOf } from './build.js';
import type { CleanRule } from './types.js';

/** Setting: with the particle in lower case, the headline after the label has at least this many words. */
export const RELATED_BARE_MIN_HEADLINE_WORDS = 4;

const labels = RELATED_LINK_VERBS.flatMap((v) => RELATED_BARE_PARTICLES.map((p) => `${v} ${p}`));
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** "Baca Juga", "BACA JUGA": the particle capitalised, which no sentence does. */
const TITLE_LABELS = labels.flatMap((l) => [l.split(' ').map(cap).join(' '), l.toUpperCase()]);
/** "Baca juga": a sentence's start too. */
const PLAIN_LABELS = labels.map(cap);
/** A headline word: a capital or a digit first (after an opening quote or bracket). */
const CAP_WORD = `["“‘'(]?[\\p{Lu}\\p{N}]\\S{0,40}`;
/** A function word in lower case (a headline keeps "di", "dan", "untuk" small). */
const FUNCTION_WORD = `(?:${alt(MALAY_INDONESIAN_FUNCTION_WORDS)})(?![\\p{L}\\p{N}])[,]?`;
/** No sentence end at the end of the headline (a question or exclamation mark may end one). */
const NO_STOP = `(?<![.;:,])`;
/** The headline after a capitalised label: a capital first, then any words. */
const ANY_HEADLINE = `${CAP_WORD}(?:\\s{1,3}\\S{1,40}){0,40}`;
/** The headline after a plain label: headline-cased words only. */
const CASED_HEADLINE = `${CAP_WORD}(?:\\s{1,3}(?:${CAP_WORD}|${FUNCTION_WORD})){${RELATED_BARE_MIN_HEADLINE_WORDS - 1},40}`;
const FORMS = [...TITLE_LABELS, ...PLAIN_LABELS];
/** Speed only: every form holds its particle in one of three cases. */
const PARTICLE_CASES = RELATED_BARE_PARTICLES.flatMap((p) => [p, cap(p), p.toUpperCase()]);
const holdsParticle = (t: string): boolean => PARTICLE_CASES.some((p) => t.includes(p));

export const RELATED_BARE_RULES: readonly CleanRule[] = [
  // check10/04: "Baca Juga  Pj Wali Kota Bima Terbitkan Surat Edaran Netralitas ASN" — the label and its headline alone
  // on a line
  {
    name: 'related-bare-label-line',
    prefix: prefixOf(FORMS),
    first: firstOf(FORMS),
    kind: 'related-link',
    scope: 'line',
    maxWords: 45,
    pattern: new RegExp(`^(?:(?:${alt(TITLE_LABELS)})\\s{1,3}${ANY_HEADLINE}|(?:${alt(PLAIN_LABELS)})\\s{1,3}${CASED_HEADLINE})${NO_STOP}$`, 'u'),
  },
  // the same label and headline ending a paragraph after its last sentence ("… katanya. Baca Juga Pj Wali Kota …")
  {
    name: 'related-bare-label-tail',
    quick: holdsParticle,
    kind: 'related-link',
    scope: 'tail',
    pattern: new RegExp(`(?<=[.!?"”’…])\\s{1,3}(?:(?:${alt(TITLE_LABELS)})\\s{1,3}${ANY_HEADLINE}|(?:${alt(PLAIN_LABELS)})\\s{1,3}${CASED_HEADLINE})${NO_STOP}$`, 'u'),
  },
  // inside a paragraph, between a sentence's end and an opening quotation mark ("… katanya. Baca Juga Judul Berita
  // “Kami sudah …”): the headline in headline case whatever the label's case (a sentence between the two is no headline)
  {
    name: 'related-bare-label-inline',
    kind: 'related-link',
    scope: 'inline',
    pattern: new RegExp(`(?<=[.!?"”’…]\\s{1,3})(?:${alt(FORMS)})\\s{1,3}${CASED_HEADLINE}(?=\\s{1,3}["“]\\p{Lu})`, 'gu'),
  },
];
