// The statement-type `Clause`'s first layer: reading its feature words (split from type-clause.ts by job): a word's
// features, its neighbours, the words before or after it within a reach, its clause's subject, negation and denial.
import { FEATURE as F, type FeatureSeq } from './type-features.js';
import { FUTURE, REQUEST, SELF } from './type-classes.js';
import { CLAUSE_SUBJECT_REACH, REALIS_REACH, SELF_REACH } from '../../lexicon/statement-types.js';

/** Reading a statement's feature words: features, neighbours, reaches, scopes. */
export abstract class ClauseWords {
  constructor(readonly s: FeatureSeq) {}
  has(k: number, bit: number): boolean {
    return (this.s.mask[k]! & bit) !== 0;
  }
  low(k: number): string {
    return this.s.word[k]!.low;
  }
  any(bit: number): boolean {
    return (this.s.all & bit) !== 0;
  }
  /** Word k is in a negation's scope (NEGATION_TRANSPARENT: worked out by `classify` over every word). */
  negated(k: number): boolean {
    return this.s.neg[k]!;
  }
  /** Word k+1 is the next word of the text and has the feature bit. */
  adjacentAfter(k: number, bit: number): boolean {
    return k + 1 < this.s.n && this.s.pos[k + 1] === this.s.pos[k]! + 1 && this.has(k + 1, bit);
  }
  /** Word k-1 is the previous word of the text and has the feature bit. */
  adjacentBefore(k: number, bit: number): boolean {
    return k > 0 && this.s.pos[k - 1] === this.s.pos[k]! - 1 && this.has(k - 1, bit);
  }
  /** The nearest word before k, within `reach` words, that has the feature bit, or -1. */
  before(k: number, bit: number, reach: number): number {
    const p = this.s.pos[k]!;
    for (let j = k - 1; j >= 0 && p - this.s.pos[j]! <= reach; j--) if (this.has(j, bit)) return j;
    return -1;
  }
  /** The first word after k, within `reach` words, that has the feature bit, or -1. */
  after(k: number, bit: number, reach: number): number {
    const p = this.s.pos[k]!;
    for (let j = k + 1; j < this.s.n && this.s.pos[j]! - p <= reach; j++) if (this.has(j, bit)) return j;
    return -1;
  }
  /** Word k is the speaker's side as a subject (SELF_WORDS; a pronoun after a preposition has lost its
   *  `pronoun` feature in classify). */
  self(k: number): boolean {
    return this.has(k, F.pronoun) && SELF.has(this.low(k));
  }
  /** The speaker's side within SELF_REACH words before word k. */
  selfBefore(k: number): boolean {
    const p = this.s.pos[k]!;
    for (let j = k - 1; j >= 0 && p - this.s.pos[j]! <= SELF_REACH; j--) if (this.self(j)) return true;
    return false;
  }
  /** Word j is the predicate of a clause whose subject word k stands before it: the same clause, no verb between
   *  (FeatureSeq.pred), within CLAUSE_SUBJECT_REACH words. */
  subjectOf(k: number, j: number): boolean {
    const s = this.s;
    return j > k && s.clause[j] === s.clause[k] && s.pred[j] === s.pred[k] && s.pos[j]! - s.pos[k]! <= CLAUSE_SUBJECT_REACH;
  }
  /** A future modal (FUTURE_MODALS) after word k in its clause. */
  futureInClause(k: number): boolean {
    for (let j = k + 1; j < this.s.n && this.s.clause[j] === this.s.clause[k]; j++) if (FUTURE.has(this.low(j))) return true;
    return false;
  }
  /** A request complementiser (REQUEST_COMPLEMENTISERS) after word k in its clause. */
  requestInClause(k: number): boolean {
    for (let j = k + 1; j < this.s.n && this.s.clause[j] === this.s.clause[k]; j++) if (REQUEST.has(this.low(j))) return true;
    return false;
  }
  /** A purpose word (F.purpose: `agar`, `supaya`, `untuk`) before word k in its clause. */
  purposeBefore(k: number): boolean {
    for (let j = k - 1; j >= 0 && this.s.clause[j] === this.s.clause[k]; j--) if (this.has(j, F.purpose)) return true;
    return false;
  }
  /** A word with the feature bit before k that is the subject of k's clause (subjectOf). */
  clauseSubject(k: number, bit: number): boolean {
    for (let j = k - 1; j >= 0 && this.s.clause[j] === this.s.clause[k]; j--) if (this.has(j, bit) && this.subjectOf(j, k)) return true;
    return false;
  }
  inDenial(k: number): boolean {
    const p = this.s.pos[k]!;
    return p > this.s.denyFrom && p < this.s.denyTo && this.s.denyFrom >= 0;
  }
  /** Word k is inside a negated existential's relative clause (FeatureSeq.denyFrom), and not negated
   *  again there (`tidak ada yang kebal sanksi` is a double negation: everyone faces a sanction). */
  denied(k: number): boolean {
    return this.inDenial(k) && !this.negated(k);
  }
  /** A perfect marker (`sudah`, `telah`) within REALIS_REACH words before word k. */
  perfectBefore(k: number): boolean {
    const p = this.s.pos[k]!;
    for (let j = k - 1; j >= 0 && p - this.s.pos[j]! <= REALIS_REACH; j--) if (this.has(j, F.realis)) return true;
    return false;
  }
}
