// The statement-type `Clause`'s report layer (split from type-clause.ts by job): whether a sanction word is reported
// as done (realised, a perfect passive, a renewal refused).
import { FEATURE as F, type FeatureSeq } from './type-features.js';
import { IN_FORCE, REGULATE, RENEW } from './type-classes.js';
import { CLAUSE_SUBJECT_REACH, IN_FORCE_REACH, REALIS_REACH } from '../../lexicon/statement-types.js';
import { ClauseSanction } from './type-clause-sanction.js';

/** A sanction reported as done. */
export abstract class ClauseReported extends ClauseSanction {
  /** Word k is reported as done: no modal, condition, order or appeal before it (a generic subject before
   *  it is no condition when a perfect marker reports it: `yang kedapatan … sudah ditegur`), not negated,
   *  not under a prohibition. */
  realised(k: number): boolean {
    const p = this.s.pos[k]!;
    const mood = p < this.firstIrrealis || (p < this.firstHardIrrealis && this.perfectBefore(k));
    return mood && p < this.firstProhibition && p < this.firstRequest && !this.negated(k) && !this.denied(k) && !this.aimAt(k);
  }
  /** The pay lost at k (payLost) is reported: no modal, condition, order, appeal or prohibition before it, and not
   *  inside a denial (`belum ada ASN yang … tidak lagi menerima …`). Negated it may be, the loss is the negation. */
  reportedLoss(k: number): boolean {
    const p = this.s.pos[k]!;
    return p < this.firstIrrealis && p < this.firstProhibition && p < this.firstRequest && !this.inDenial(k);
  }
  /** A renewal (RENEWING) of an office word negated and reported: the office taken away as done, a sanction (`Kontrak
   *  kerja kedua tenaga PPPK itu tidak diperpanjang lagi oleh dinas`). Not with a modal or condition anywhere in its
   *  sentence (takesAway threatens), nor after a sanction noun it defines (`sanksinya kontrak tidak diperpanjang`), a
   *  feeling it complements (`takut kontraknya tidak diperpanjang`) or a request; asserted none. */
  renewalRefused(k: number): boolean {
    const p = this.s.pos[k]!;
    if (!RENEW.has(this.low(k)) || !this.negated(k) || this.inDenial(k) || p > this.firstRequest || p > this.firstProhibition) return false;
    const sentence = this.s.sentence[k]!;
    for (let j = 0; j < this.s.n; j++) {
      if (this.s.sentence[j] !== sentence) continue;
      if (this.has(j, F.irrealis) || (j < k && this.has(j, F.sanctionNoun | F.warnNoun | F.focus))) return false;
    }
    return this.removalOfOffice(k);
  }
  /** The noun at k is the subject of a reported passive: `Teguran tertulis sudah dilayangkan`, `sanksi
   *  telah diberikan` (a perfect marker within REALIS_REACH words after it, right before a di- verb). */
  subjectOfPerfectPassive(k: number): boolean {
    if (this.inForceAfter(k)) return true;
    let r = this.after(k, F.realis, REALIS_REACH);
    // or the clause's predicate, however long its subject (`keputusan penurunan jabatan … bagi seorang kepala
    // bidang di dinas pertanian sudah diserahkan`)
    if (r < 0) {
      r = this.after(k, F.realis, CLAUSE_SUBJECT_REACH);
      if (r >= 0 && !this.subjectOf(k, r)) r = -1;
    }
    if (r < 0) return false;
    // `sudah dilayangkan`, or the object-fronted passive `sudah kami layangkan`
    return this.perfectPassiveAt(r);
  }
  /** The perfect marker at r opens a passive: `sudah dilayangkan`, `sudah kami layangkan`. */
  perfectPassiveAt(r: number): boolean {
    const v = this.adjacentAfter(r, F.passive) ? r + 1 : this.adjacentAfter(r, F.pronoun) && this.adjacentAfter(r + 1, F.passive) ? r + 2 : -1;
    // (not a verb of regulating: `sanksi … sudah diatur` names a rule, REGULATING)
    return v >= 0 && !REGULATE.has(this.low(v));
  }
  /** Word k is the subject of an in-force verb after a perfect marker (`penundaan … sudah berlaku`). */
  inForceAfter(k: number): boolean {
    const r = this.after(k, F.realis, IN_FORCE_REACH);
    return r >= 0 && r + 1 < this.s.n && this.s.pos[r + 1] === this.s.pos[r]! + 1 && IN_FORCE.has(this.low(r + 1));
  }
}
