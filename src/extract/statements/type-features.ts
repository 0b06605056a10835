// The features of a statement's words, as the type rules (type-rules.ts) read them: each word's feature mask
// from its lower case and stem (lexicon: src/lexicon/statement-types.ts), with the morphology the word lists
// leave to rule (di- passives, compound passives, enclitics, pe(r)- nouns), and the sequence of a statement's
// feature words that `classify` fills.
import {
  NOT_PASSIVE_ENDINGS, PASSIVE_COMPOUND_MIN_LENGTH, PASSIVE_MIN_LENGTH, PASSIVE_SUFFIXES, QUANTIFIERS, SPLIT_COMPOUND_VERBS, TYPE_FEATURES, VERB_ENCLITICS,
  type TypeFeature,
} from '../../lexicon/statement-types.js';
const FEATURE_NAMES = Object.keys(TYPE_FEATURES) as TypeFeature[];
if (FEATURE_NAMES.length > 31) throw new Error('type-features: too many features for a 32-bit mask');
/** The bit of each feature in a word's mask. */
export const FEATURE: Readonly<Record<TypeFeature, number>> = Object.fromEntries(
  FEATURE_NAMES.map((f, i) => [f, 1 << i]),
) as Record<TypeFeature, number>;

const STEM_FEATURES = new Map<string, number>();
const WORD_FEATURES = new Map<string, number>();
for (const f of FEATURE_NAMES) {
  for (const s of TYPE_FEATURES[f].stems) STEM_FEATURES.set(s, (STEM_FEATURES.get(s) ?? 0) | FEATURE[f]);
  for (const w of TYPE_FEATURES[f].words) WORD_FEATURES.set(w, (WORD_FEATURES.get(w) ?? 0) | FEATURE[f]);
}

/** The feature mask of a word, from its lower case and its stem. A di- word that the stemmer reduces
 *  (`dilayangkan` → `layang`; not `dinas`, `diskusi`) is a passive verb. */
export function featuresOf(low: string, stem: string): number {
  const passive = low.length >= PASSIVE_MIN_LENGTH && low.startsWith('di') && (stem !== low || compoundPassive(low)) ? FEATURE.passive : 0;
  let byStem = QUANTIFIER.has(low) ? 0 : STEM_FEATURES.get(stem) ?? 0;
  // a pe(r)- noun names the act or the deal, not the speaker's own (`perjanjian damai`, `penjaminan simpanan`,
  // `permintaan lesu`, `permohonan dari rumah sakit`)
  if ((byStem & NOT_AS_PE_NOUN) !== 0 && low.startsWith('pe') && !stem.startsWith('pe')) byStem &= ~NOT_AS_PE_NOUN;
  return byStem | (WORD_FEATURES.get(low) ?? encliticFeatures(low)) | passive;
}

const QUANTIFIER = new Set(QUANTIFIERS);

/** A di- compound verb the stemmer left whole (PASSIVE_COMPOUND_MIN_LENGTH). */
function compoundPassive(low: string): boolean {
  if (low.length < PASSIVE_COMPOUND_MIN_LENGTH) return false;
  return PASSIVE_SUFFIXES.some((x) => low.endsWith(x)) && !NOT_PASSIVE_ENDINGS.some((x) => low.endsWith(x));
}

/** A prefixed verb with an enclitic has the listed features of the verb: a di- passive with its agent
 *  (`dinilainya`) all of them; an active me- verb only its transitive acts, with their object (`mencopotnya`,
 *  `melaporkannya`), since an intransitive me- verb with -nya is a noun (`meningkatnya anarki`, "the rise
 *  of"). Nouns with -nya are listed as such (`jabatannya`); `tegasnya` ("in short") is no verb. */
function encliticFeatures(low: string): number {
  const di = low.startsWith('di');
  if (!di && !low.startsWith('me')) return 0;
  for (const e of VERB_ENCLITICS) {
    if (!low.endsWith(e)) continue;
    const f = WORD_FEATURES.get(low.slice(0, -e.length)) ?? 0;
    return di ? f : f & TRANSITIVE_ACTS;
  }
  return 0;
}

/** The features a bare verb carries after a first-person pronoun: the object-fronted passive (`akan kami
 *  proses`, `sudah kami rekomendasikan`) is the di- passive (`diproses`, `direkomendasikan`). Only the word
 *  lists can differ (a stem is the same with or without `di`); a verb with a suffix the stemmer removes
 *  (`kami layangkan`) is a passive verb as its di- form is. */
export function pronounPassiveFeatures(low: string, stem: string): number {
  if (low.startsWith('di') || low.startsWith('me')) return 0;
  const listed = WORD_FEATURES.get(`di${low}`) ?? 0;
  return listed | (listed !== 0 || (stem !== low && low.startsWith(stem)) || joinedCompound(low) ? FEATURE.passive : 0);
}

/** The split compound verbs as classify joins them (SPLIT_COMPOUND_VERBS: `tanda tangani` → `tandatangani`). */
const JOINED_COMPOUNDS = SPLIT_COMPOUND_VERBS.map((c) => c.replace(' ', ''));
/** A joined compound verb with its suffix (`sudah saya tanda tangani`): the stemmer leaves it whole, but after a
 *  pronoun it is the bare verb of the object-fronted passive, as `ditandatangani` is a passive (compoundPassive). */
function joinedCompound(low: string): boolean {
  return JOINED_COMPOUNDS.some((c) => low.length > c.length && low.startsWith(c)) && compoundPassive(`di${low}`);
}

/** The features of an active verb's transitive acts (see encliticFeatures). */
const TRANSITIVE_ACTS = FEATURE.sanctionAct | FEATURE.removal | FEATURE.recommend;
/** The features whose pe(r)- nouns name the act, not the speaker's own act (`perjanjian`, `permintaan pasar`,
 *  `permohonan izin`): by stem, a pledge, order or appeal only in its other forms. */
const NOT_AS_PE_NOUN = FEATURE.pledge | FEATURE.order | FEATURE.appeal;

/** The words of a statement that carry a feature, in text order, as parallel lists `[0, n)`: position
 *  (in words), feature mask, and the word (its lower case and stem, for the reported cue). Filled by
 *  `classify`'s token scan and reused between statements (a list with a count allocates nothing). */
export interface FeatureSeq {
  n: number;
  pos: number[];
  mask: number[];
  word: Array<{ readonly low: string; readonly stem: string; readonly favour?: boolean }>;
  /** Whether the word is in a negation's scope (NEGATION_TRANSPARENT). */
  neg: boolean[];
  /** The clause the word is in: the number of clause-ending punctuation marks before it. */
  clause: number[];
  /** The sentence the word is in: the number of sentence-ending marks (. ! ? ; :) before it. */
  sentence: number[];
  /** The verbs before the word in its clause (prefixed me-/di- words, not those opening a relative clause): two
   *  words with the same count have no verb between them, so the first may be the subject of the second
   *  (CLAUSE_SUBJECT_REACH). */
  pred: number[];
  /** A relative marker right after the word (`banyak yang …`: a quantity heading a relative clause). */
  relAfter: boolean[];
  /** A reminder (REMINDERS) whose content follows as an active verb after its addressee (`mendorong pemerintah desa
   *  membuka posko …`): the request's content without `untuk`/`agar` (classify.ts sets it). */
  verbContent: boolean[];
  /** The OR of every mask: a statement with no deciding feature is `other` without running a rule. */
  all: number;
  /** A negated existential's relative clause (`tidak ada ASN [yang … dijatuhi sanksi]`): the word positions
   *  from its relative marker to the end of its clause, `[denyFrom, denyTo)`; -1 when there is none. */
  denyFrom: number;
  denyTo: number;
  /** The negation and existential that open it, as the rule's cue (`belum ada`). */
  denyCue: string;
  /** An asserted existential's relative marker (`masih ada [yang] belum paham`, EXISTENTIAL_ASPECTS): its word
   *  position, or -1; and its aspect and existential as the rule's cue (`masih ada`). */
  existsAt: number;
  existsCue: string;
  /** A generic subject fronted at the statement's start: the relative marker of a headless relative (`Yang masih
   *  nekat …`) or of one after at most GENERIC_HEAD_WORDS words with no predicate before it (`Anggota yang foto …`):
   *  its word position, or -1 (the offender a dare or the speaker's enforcement is aimed at). */
  genericAt: number;
  /** The word position of the first word of being found out right after a relative marker (`yang terbukti`, `yang
   *  kedapatan`), counted head or not: an offender is named (RECEIVING: the pay such a one no longer receives); -1 none. */
  caughtAt: number;
  /** An obligation right before an attribute one has (ATTRIBUTE_VERBS: `harus berdomisili …`): the statement lists
   *  requirements, a rule of eligibility; no finding in it decides (`pendaftar … data pemilih harus berdomisili …`). */
  requirement: boolean;
}

export function newFeatureSeq(): FeatureSeq {
  return { n: 0, pos: [], mask: [], word: [], neg: [], clause: [], sentence: [], pred: [], relAfter: [], verbContent: [], all: 0, denyFrom: -1, denyTo: -1, denyCue: '', existsAt: -1, existsCue: '', genericAt: -1, caughtAt: -1, requirement: false };
}
