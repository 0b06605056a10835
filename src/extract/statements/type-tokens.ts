// The statement-type scan's tokens (classify.ts): what the cue rules say about one word, worked out once per
// distinct word and kept in a table keyed by the word as written (a cache: a Tok depends only on its word, so
// nothing kept here changes a statement's result). Split from classify.ts by job: this file reads words,
// classify.ts reads their sequence.
import { NEGATION_PREFIXES, NEUTRALITY_AFFIXED, NEUTRALITY_STEMS } from '../../lexicon/neutrality.js';
import {
  APOLOGIES, ATTRIBUTIVE_ENFORCE, CLAUSE_COORDINATORS, COUNTED_NOUNS, REMINDERS, EXISTENTIAL_ASPECTS, FREQUENCY_ADVERBS, NEGATION_TRANSPARENT, ENFORCING_ACTS, EXISTENTIALS, IMPERATIVE_BASES, IMPERATIVE_MIN_STEM, NOT_IMPERATIVE, NOUN_PHRASE_FOLLOWERS, PROVEN_AFTER_RELATIVE, RECIPROCALS, RELATIVE_MARKERS,
  SUBJECT_BLOCKERS, EVENT_PREPOSITIONS, ATTENDING_VERBS, DEMOTED_TO, TEMPORAL_SUBORDINATORS, REQUEST_COMPLEMENTISERS, ADDRESSEE_HEADS, RESPONSIBILITY,
  TOPIC_PREPOSITIONS, IMPERATIVE_ADVERBS, RETROSPECTIVE,
} from '../../lexicon/statement-types.js';
import { NUMERAL_APPROXIMATE, NUMERAL_GROUP_MULTIPLIERS, NUMERAL_SCALES, NUMERAL_TEEN, NUMERAL_UNITS } from '../../lexicon/numerals.js';
import { stem } from '../../nlp/natural.js';
import { FNV_OFFSET, FNV_PRIME, SliceTable, fnvSlice } from '../../text/fast/memo.js';
import { FEATURE, featuresOf, pronounPassiveFeatures } from './type-features.js';
import { PHRASE_HEADS } from './cue-phrases.js';
import { ANAPHORIC_RELATIVES, ATTRIBUTE_VERBS, EXCLUDING, FAVOURING, RECLAIMING, RETURNING, SELF_INSTITUTIONS, STATIVE_VERBS } from '../../lexicon/statement-type-words.js';
import { ME_BER_NOT_VERBS } from '../../lexicon/attribution.js';

/** What the cue rules in `classify` say about one token (a word's answers never change, so they are worked
 *  out once per distinct word, in `makeTok`): `neutral` bit i — NEUTRALITY_STEMS[i] fires; `affixed` bit i —
 *  NEUTRALITY_AFFIXED[i] fires; `gram` — the word's statement-type features (type-rules.ts), `gramDi` — the
 *  features it has as a bare verb after a pronoun (`kami proses`). */
const OWN_GOVERNMENT = new Set(SELF_INSTITUTIONS);
export interface Tok {
  /** The word as written (the table's key) and its FNV-1a hash: kept on the Tok, so a table probe reads
   *  one array and one object (fewer cache lines than parallel key/hash arrays). */
  key: string;
  hash: number;
  neutral: number;
  affixed: number;
  gram: number;
  gramDi: number;
  /** The features the word adds at a clause start: the imperative mood (`Laporkan …`, `Jaga …`). */
  initial: number;
  /** What the word does to the next one: 1 a new clause starts after it (`dan`, `lalu`); 2 a pronoun after
   *  it is no subject (a preposition); 4 the verb after it is reciprocal (`saling`); 8 a prohibition noun
   *  after it names a topic (an active verb or a topic preposition: `menyosialisasikan larangan`); 16 a pledge
   *  word after it names an event (EVENT_PREPOSITIONS: `hadir dalam deklarasi`); 32 a pledge word after it reports
   *  a past pledge (RETROSPECTIVE: `dulu berjanji netral`). */
  next: number;
  /** Right after a removal verb, the post a demotion gives (DEMOTED_TO: `turunkan jadi guru biasa`). */
  demoted: boolean;
  /** A request complementiser (`agar`) or a verb of assigned responsibility (`bertanggung`): right after an
   *  addressee, with no predicate before it in its clause, a directive (REQUEST_COMPLEMENTISERS, RESPONSIBILITY). */
  directive: boolean;
  /** A universal quantifier heading an addressee (ADDRESSEE_HEADS: `Seluruh ASN agar …`). */
  addressee: boolean;
  /** A prefixed verb of any voice (me-, di-, be(r)-), a pronoun, an aspect, a modal or a negation: a clause with one
   *  before `agar` has a predicate. */
  predicate: boolean;
  /** A temporal subordinator (`setelah`): the clause it opens is background (TEMPORAL_SUBORDINATORS). */
  temporal: boolean;
  /** A prohibition noun (`larangan`): after a `next & 8` word it names a topic. */
  prohibitionNoun: boolean;
  /** A relative marker (`yang`): the pronoun right before it is no subject. */
  relative: boolean;
  /** Being found out (`terbukti`): right after a relative marker, a generic subject's condition (irrealis). */
  proven: boolean;
  /** The existential verb (`ada`): after a negation, it denies the relative clause that follows. */
  existential: boolean;
  /** An aspect marker (`masih`, `sudah`): before the existential, it asserts the relative clause that follows. */
  aspect: boolean;
  /** An apology (`maaf`): right after a request word, no request (APOLOGIES). */
  apology: boolean;
  /** A verb of an attribute one has (ATTRIBUTE_VERBS): right after an obligation modal, a requirement, no order. */
  attribute: boolean;
  /** A numeral (digits or a number word): a counted noun right after it is a figure. */
  numeral: boolean;
  /** A noun a figure counts (COUNTED_NOUNS): a finding right after a numeral (`112 aduan`). */
  counted: boolean;
  /** An adverb of frequency (`sering`): right after a relative marker no finding. */
  frequency: boolean;
  /** An attributive enforcement word (`tegas`): a threat only right after an enforcing act (`act`). */
  attributive: boolean;
  /** An enforcing act (`tindakan`, `bertindak`) that an attributive word qualifies (`tindakan tegas`). */
  act: boolean;
  /** A negation's scope passes over the word to the next (NEGATION_TRANSPARENT). */
  transparent: boolean;
  /** A prefixed verb (me-/di- with a stem of its own): as a negation's target it takes its object along. */
  verb: boolean;
  low: string;
  stem: string;
  /** Whether any mask is non-zero (the token is a cue for some rule). */
  cue: boolean;
  /** Whether a cue phrase can start with this word (`tidak` in `tidak netral`). */
  head: boolean;
  /** An adverb of urgency (IMPERATIVE_ADVERBS): the word after it is still at its clause's start. */
  urgent: boolean;
  /** A request that requests only with its content after it (REMINDERS: `mendorong`, `mengingatkan`). */
  remind: boolean;
  /** An active me- verb (not a me- preposition or conjunction, ME_BER_NOT_VERBS, nor a copula, STATIVE_VERBS): after
   *  a reminder and its addressee, the act it asks for (`mendorong pemerintah desa membuka posko …`). */
  active: boolean;
  /** A verb of favouring or discriminating (FAVOURING): negated, the speaker's declared equal treatment (classify.ts). */
  favour: boolean;
  /** A bare verb of striking off or excluding (EXCLUDING): after the speaker's side, on an offender, its consequence. */
  exclude: boolean;
  /** A bare verb of taking back (RECLAIMING), and a word of return after it (RETURNING): `saya minta kembali` (classify.ts). */
  reclaim: boolean;
  back: boolean;
  /** Refers back after a relative marker (ANAPHORIC_RELATIVES: `yang bersangkutan`): no generic subject (classify.ts). */
  anaphoric: boolean;
}

// the masks are 32-bit
if (NEUTRALITY_STEMS.length > 31 || NEUTRALITY_AFFIXED.length > 31) throw new Error('classify: too many neutrality cues');

/** Stems a token, first undoing the negated nominal prefix natural leaves alone (`ketidaknetralan`). */
export function stemToken(low: string): string {
  for (const p of NEGATION_PREFIXES) if (low.startsWith(p) && low.length > p.length + 3) return stem(`ke${low.slice(p.length)}`);
  return stem(low);
}

export function makeTok(raw: string, hash: number): Tok {
  const low = raw.toLowerCase();
  const st = stemToken(low);
  let neutral = 0;
  for (let i = 0; i < NEUTRALITY_STEMS.length; i++) {
    const e = NEUTRALITY_STEMS[i]!;
    if (e.prefixStem ? st.startsWith(e.stem) : st === e.stem) neutral |= 1 << i;
  }
  let affixed = 0;
  for (let i = 0; i < NEUTRALITY_AFFIXED.length; i++) {
    const e = NEUTRALITY_AFFIXED[i]!;
    if (st === e.stem && low !== e.stem && e.prefixes.some((p) => low.startsWith(p) || low.startsWith(`ketidak${p}`))) affixed |= 1 << i;
  }
  const gram = featuresOf(low, st);
  const gramDi = pronounPassiveFeatures(low, st);
  // a request's politeness marker (`Silakan …`) has an imperative's shape but asks softly: the appeal reads it
  const initial = imperativeForm(low, st) && (gram & FEATURE.appeal) === 0 ? FEATURE.imperative : 0;
  const next = (COORDINATORS.has(low) ? NEXT_CLAUSE : 0) | (BLOCKERS.has(low) ? NEXT_NOT_SUBJECT : 0)
    | (RECIPROCAL.has(low) ? NEXT_RECIPROCAL : 0) | (EVENT_PREPS.has(low) ? NEXT_EVENT : 0) | (PAST.has(low) ? NEXT_PAST : 0)
    // a reminder restates the prohibition it names (`mengingatkan larangan … berlaku bagi PPPK`)
    | (TOPICS.has(low) || (low.startsWith('me') && st !== low && !REMIND.has(low)) ? NEXT_TOPIC : 0);
  const prohibitionNoun = (gram & FEATURE.prohibit) !== 0 && st !== low && /an(?:nya)?$/u.test(low); // not `jangan`
  const proven = PROVEN.has(low);
  const counted = COUNTED.has(low);
  // (a counted noun is a cue only after a numeral: checked in the scan, `figure`)
  const favour = FAVOUR.has(low);
  const exclude = EXCLUDE.has(low);
  const cue = neutral !== 0 || affixed !== 0 || gram !== 0 || gramDi !== 0 || initial !== 0 || proven || favour || exclude;
  return {
    key: raw, hash, neutral, affixed, gram, gramDi, initial, next, demoted: DEMOTED.has(low), temporal: TEMPORAL.has(low), directive: DIRECTIVES.has(low), addressee: ADDRESSEES.has(low),
    // (an aspect, a modal or a negation heads a predicate too: `Seluruh camat sudah hadir agar …`)
    predicate: ((low.startsWith('me') || low.startsWith('di') || low.startsWith('be')) && st !== low)
      // (the speaker's own government, SELF_INSTITUTIONS, is a noun: `ASN di lingkungan Pemkab agar …`)
      || ((gram & (FEATURE.pronoun | FEATURE.realis | FEATURE.irrealis | FEATURE.negation)) !== 0 && !OWN_GOVERNMENT.has(low)),
    prohibitionNoun, relative: RELATIVES.has(low), proven, existential: EXISTS.has(low), aspect: ASPECTS.has(low), apology: APOLOGY.has(low), attribute: ATTRIBUTE.has(low), numeral: isNumeral(low), counted, frequency: FREQUENCY.has(low), attributive: ATTRIBUTIVE.has(low), act: ACTS.has(low), transparent: TRANSPARENT.has(low), verb: (low.startsWith('me') || low.startsWith('di')) && st !== low, low, stem: st, cue,
    head: PHRASE_HEADS.has(low), urgent: URGENT.has(low), remind: REMIND.has(low), active: low.startsWith('me') && st !== low && !NOT_VERB.has(low) && !STATIVE.has(low),
    favour,
    exclude,
    reclaim: RECLAIM.has(low),
    back: BACK.has(low),
    anaphoric: ANAPHORIC.has(low),
  };
}

const COORDINATORS = new Set(CLAUSE_COORDINATORS);
const BLOCKERS = new Set(SUBJECT_BLOCKERS);
const EVENT_PREPS = new Set([...EVENT_PREPOSITIONS, ...ATTENDING_VERBS]);
const PAST = new Set(RETROSPECTIVE);
const URGENT = new Set(IMPERATIVE_ADVERBS);
const DEMOTED = new Set(DEMOTED_TO);
const TEMPORAL = new Set(TEMPORAL_SUBORDINATORS);
const DIRECTIVES = new Set([...REQUEST_COMPLEMENTISERS, ...RESPONSIBILITY]);
const ADDRESSEES = new Set(ADDRESSEE_HEADS);
const RECIPROCAL = new Set(RECIPROCALS);
const TOPICS = new Set(TOPIC_PREPOSITIONS);
const BASES = new Set(IMPERATIVE_BASES);
/** A listed imperative base (IMPERATIVE_BASES: `Jaga`, `Awasi`): a verb whatever follows it, so an acronym after
 *  it is its object (`Jaga TPS …`, `Awasi ASN …`), where after a -kan form it may head a noun phrase (`Pasukan TNI`). */
export const listedBase = (low: string): boolean => BASES.has(low);
const RELATIVES = new Set(RELATIVE_MARKERS);
const PROVEN = new Set(PROVEN_AFTER_RELATIVE);
const FAVOUR = new Set(FAVOURING);
const EXCLUDE = new Set(EXCLUDING);
const RECLAIM = new Set(RECLAIMING);
const BACK = new Set(RETURNING);
const ANAPHORIC = new Set(ANAPHORIC_RELATIVES);
const EXISTS = new Set(EXISTENTIALS);
const ASPECTS = new Set(EXISTENTIAL_ASPECTS);
const COUNTED = new Set(COUNTED_NOUNS);
const REMIND = new Set(REMINDERS);
const NOT_VERB = new Set(ME_BER_NOT_VERBS);
const STATIVE = new Set(STATIVE_VERBS);
const APOLOGY = new Set(APOLOGIES);
const ATTRIBUTE = new Set(ATTRIBUTE_VERBS);
/** What an apology takes from the request word right before it (`meminta maaf`, `mohon maaf`). */
export const NOT_REQUEST = ~(FEATURE.order | FEATURE.appeal);
/** What a word inside a temporal clause (`setelah …`) loses: the acts it would report as the statement's. */
export const NOT_BACKGROUND = ~(FEATURE.sanctionNoun | FEATURE.sanctionAct | FEATURE.removal | FEATURE.recommend | FEATURE.warnNoun
  | FEATURE.enforce | FEATURE.pledge);
const FREQUENCY = new Set(FREQUENCY_ADVERBS);
const NUMBER_WORDS = new Set([
  ...Object.keys(NUMERAL_UNITS), NUMERAL_TEEN, ...Object.keys(NUMERAL_GROUP_MULTIPLIERS), ...Object.keys(NUMERAL_SCALES),
  ...Object.keys(NUMERAL_APPROXIMATE),
]);
/** Digits first (`112`, `1.010` ends in `010`), or a number word (`tiga`, `belasan`). */
function isNumeral(low: string): boolean {
  const c = low.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || NUMBER_WORDS.has(low);
}
const ATTRIBUTIVE = new Set(ATTRIBUTIVE_ENFORCE);
const ACTS = new Set(ENFORCING_ACTS);
const TRANSPARENT = new Set(NEGATION_TRANSPARENT);
export const NOUN_FOLLOWERS = new Set(NOUN_PHRASE_FOLLOWERS);
const SUPPOSING = new Set(NOT_IMPERATIVE);
export const NEXT_CLAUSE = 1;
export const NEXT_NOT_SUBJECT = 2;
export const NEXT_RECIPROCAL = 4;
export const NEXT_TOPIC = 8;
export const NEXT_EVENT = 16;
/** A past adverb (RETROSPECTIVE): a pledge word right after it reports a pledge once made. */
export const NEXT_PAST = 32;
/** The features a reciprocal verb loses (`saling menjatuhkan` sanctions nobody). */
export const NOT_RECIPROCAL = ~(FEATURE.sanctionAct | FEATURE.enforce | FEATURE.removal);

/** An imperative's shape: a verb base with the suffix -kan or -lah (and -kanlah) straight on it
 *  (`laporkan`, `jagalah`; a prefixed form `melaporkan` does not start with its stem, and -nya or -an make
 *  nouns), or a listed form (IMPERATIVE_BASES: bare bases and -i forms). */
export function imperativeForm(low: string, st: string): boolean {
  if (BASES.has(low)) return true;
  if (SUPPOSING.has(low) || st === low || st.length < IMPERATIVE_MIN_STEM || !low.startsWith(st)) return false;
  const suffix = low.slice(st.length);
  return suffix === 'kan' || suffix === 'lah' || suffix === 'kanlah';
}

/** An upper-case letter at offset i. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 0x41 && c <= 0x5a : text[i] !== text[i]!.toLowerCase();
}

/** Characters that end a clause: the word after them may be an imperative. */
export function clauseBreak(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f; // . , ; : ! ?
}

/** Token as written → its lower case, stem and flags. Words recur across statements and articles, so one
 *  lookup replaces a lower-casing, the prefix check and the stemmer. The table (2^16 slots, emptied when half
 *  full) and its front (2^12 slots) are the memo of src/text/fast/memo.ts: a Tok depends only on its word. */
const TOKS = new SliceTable<Tok>(16, 12, makeTok);

export { FNV_OFFSET, FNV_PRIME };

/** The Tok of `text.slice(i, j)`, whose FNV-1a hash over the UTF-16 units is `h`. */
export function lookup(text: string, i: number, j: number, h: number): Tok {
  return TOKS.get(text, i, j, h);
}

/** The Tok of `text.slice(i, j)`. */
export function tokAt(text: string, i: number, j: number): Tok {
  return TOKS.get(text, i, j, fnvSlice(text, i, j));
}

/** `[0-9A-Za-z]` by ASCII code: the common case of the word scan, without the general classifier. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[0-9A-Za-z]/u.test(String.fromCharCode(c)) ? 1 : 0;

