// The word classes and reaches the statement-type `Clause` (type-clause.ts) reads, as sets over the lexicon's lists
// (lexicon/statement-types.ts): split from type-clause.ts by job (this file holds data, that one the questions).
import { FEATURE } from './type-features.js';
import {
  COMPARISON_DEGREE, COMPARISON_QUALITY, COMPARISON_QUANTITY, CONDITIONALS, CONSEQUENCES, EPISTEMIC, FUTURE_MODALS,
  ASSURING, GENERIC_CONDITIONS, PERMISSIONS, PERMISSION_REPORT_STEMS, HORTATIVES, ISSUING, RECOMMEND_NOUNS, IMPOSING,
  INCLUSIVE_WORDS, NEUTRAL_WORDS, IN_FORCE_VERBS, OBLIGATION_MODALS, REMOVING_FROM, OPINION_REPORTING,
  OPINION_SOURCES, PREDICATE_NEGATIONS, REQUEST_COMPLEMENTISERS, WILLING, REMINDERS, REPORT_WORDS, SELF_WORDS,
  STANCE_NOUNS, THREATENED, THREAT_STEMS, INVESTIGATING, REGULATING, RENEWING, APPEAL_FRAMES, SELF_INSTITUTIONS,
  BRACING, AWAITING, MOVING, CONFRONT_NOUNS, STOPPING, RECEIVING, RESTRICTIVE,
} from '../../lexicon/statement-types.js';

export const SELF = new Set(SELF_WORDS);
export const IN_FORCE = new Set(IN_FORCE_VERBS);
export const STANCE = new Set(STANCE_NOUNS);
export const REMOVING = new Set(REMOVING_FROM);
export const FUTURE = new Set(FUTURE_MODALS);
export const NEUTRAL = new Set(NEUTRAL_WORDS);
export const REPORTING = new Set(REPORT_WORDS);
export const DEGREE = new Set(COMPARISON_DEGREE);
export const QUANTITY = new Set(COMPARISON_QUANTITY);
export const QUALITY = new Set(COMPARISON_QUALITY);
export const HORTATIVE = new Set(HORTATIVES);
export const RECOMMEND_NOUN = new Set(RECOMMEND_NOUNS);
export const ISSUE = new Set(ISSUING);
export const GENERIC = new Set(GENERIC_CONDITIONS);
export const PERMISSION = new Set(PERMISSIONS);
export const PERMISSION_REPORT = new Set(PERMISSION_REPORT_STEMS);
export const OPINION_HEAD = new Set(OPINION_REPORTING);
export const CONSEQUENCE = new Set(CONSEQUENCES);
export const CONDITION = new Set(CONDITIONALS);
export const EPISTEMIC_MODAL = new Set(EPISTEMIC);
export const REMIND = new Set(REMINDERS);
export const OBLIGATION = new Set(OBLIGATION_MODALS);
export const INCLUSIVE = new Set(INCLUSIVE_WORDS);
export const THREAT = new Set(THREAT_STEMS);
export const THREATENED_FORMS = new Set(THREATENED);
export const IMPOSE = new Set(IMPOSING);
/** What a threat word's content may be (THREAT_STEMS). */
export const THREAT_CONTENT = FEATURE.sanctionNoun | FEATURE.sanctionAct | FEATURE.removal | FEATURE.lawBody | FEATURE.office | FEATURE.confront
  | FEATURE.enforce | FEATURE.recommend;
export const OPINION_SOURCE = new Set(OPINION_SOURCES);
export const WILLING_WORDS = new Set(WILLING);
export const REQUEST = new Set(REQUEST_COMPLEMENTISERS);
export const ASSURE = new Set(ASSURING);
/** The active voice's prefix (`me-`): an active verb's subject acts (askedAct), as type-features reads the voice. */
export const ACTIVE_PREFIX = 'me';
/** The passive voice's prefix (`di-`): the object-fronted passive's bare verb is its di- form (pronounPassiveFeatures). */
export const PASSIVE_PREFIX = 'di';
export const PREDICATE_NEGATION = new Set(PREDICATE_NEGATIONS);
export const INVESTIGATE = new Set(INVESTIGATING), REGULATE = new Set(REGULATING);
export const RENEW = new Set(RENEWING);
export const APPEAL_FRAME = new Set(APPEAL_FRAMES);
export const OWN_INSTITUTION = new Set(SELF_INSTITUTIONS);
export const STOP = new Set(STOPPING);
/** A dare: a permission, a word of bracing oneself or of waiting for what comes (PERMISSIONS, BRACING, AWAITING). */
export const DARE = new Set([...PERMISSIONS, ...BRACING, ...AWAITING]);
export const CONFRONT_NOUN = new Set(CONFRONT_NOUNS);
export const AWAIT = new Set(AWAITING);
export const MOVE = new Set(MOVING);
export const RECEIVE = new Set(RECEIVING);
export const RESTRICT = new Set(RESTRICTIVE);
/** Most words after an appeal word that its content reaches (`mengimbau pemkab tidak menunda penjatuhan sanksi`). */
export const ASKED_REACH = 8;
