// The statement-type `Clause`'s stance layer (split from type-clause.ts by job): the speaker's pledges and future
// acts, an opinion frame, and a finding.
import { FEATURE as F, type FeatureSeq } from './type-features.js';
import { ASSURE, DEGREE, FUTURE, NEUTRAL, OPINION_HEAD, OPINION_SOURCE, OWN_INSTITUTION, QUALITY, QUANTITY, SELF, STANCE, WILLING_WORDS } from './type-classes.js';
import { CLAUSE_SUBJECT_REACH, OPINION_REACH, PLEDGE_ACCEPT_REACH, SELF_REACH } from '../../lexicon/statement-types.js';
import { ClauseMood } from './type-clause-mood.js';

/** The speaker's stance: pledges, the side's future acts, opinions and findings. */
export abstract class ClauseStance extends ClauseMood {
  /** A pledge word that is the speaker's own: not negated (`tidak berkomitmen`), not inside a prohibition
   *  (`dilarang ikut deklarasi`), not what an order before it asks for (`Camat harus memastikan …`,
   *  `Saya minta para camat memastikan …`) and not an aim (`untuk memastikan …`). */
  pledge(k: number): boolean {
    const p = this.s.pos[k]!;
    if (!this.has(k, F.pledge) || this.has(k, F.imperative)) return false; // `Pastikan …` orders
    // right after a politeness marker or an appeal word it is what the request asks (round 20: `Camat, tolong pastikan
    // setiap kepala kantor mengirim daftar hadir …`), not the speaker's pledge
    if (this.adjacentBefore(k, F.appeal)) return false;
    if (NEUTRAL.has(this.low(k)) && !this.selfBefore(k)) return false; // `kami netral`, not `ASN netral`
    if (STANCE.has(this.low(k)) && !(this.adjacentAfter(k, F.pronoun) && SELF.has(this.low(k + 1)))) return false; // `sikap kami`
    if (ASSURE.has(this.low(k)) && !this.futureInClause(k)) return false; // `memastikan … akan …`
    // favouring negated pledges equal treatment only as the speaker's side's own (`tidak kami bedakan`, `Kami tidak
    // membeda-bedakan …`; FAVOURING): not said of another (`Petugas itu tidak membeda-bedakan …` reports)
    if (this.s.word[k]!.favour && !this.selfBefore(k)) return false;
    return !this.negated(k) && p < this.firstProhibition && p < this.firstOrder && !this.adjacentBefore(k, F.purpose);
  }
  /** A pledge of the speaker's (pledge) before word k in its clause: the negation at k is inside the committed
   *  content, the pledge decides (`Kami berkomitmen tidak akan membiarkan ASN terseret politik praktis`). */
  pledgedBefore(k: number): boolean {
    for (let j = k - 1; j >= 0 && this.s.clause[j] === this.s.clause[k]; j--) if (this.pledge(j)) return true;
    return false;
  }
  /** A passive sanction, removal or enforcement verb within PLEDGE_ACCEPT_REACH words after the pledge word
   *  of willingness at k (WILLING): the speaker's side pledges to receive it (`kami siap diberhentikan jika …`,
   *  `bersedia disanksi`). */
  pledgedPassive(k: number): boolean {
    if (!WILLING_WORDS.has(this.low(k))) return false;
    const p = this.s.pos[k]!;
    for (let j = k + 1; j < this.s.n && this.s.pos[j]! - p <= PLEDGE_ACCEPT_REACH; j++) {
      if (this.has(j, F.passive) && this.has(j, F.sanctionAct | F.removal | F.enforce | F.sanctionNoun)) return true;
    }
    return false;
  }
  /** The speaker's side with a future modal after it (`kami akan …`, `saya tidak akan …`): the speaker
   *  says what their side will do. */
  futureSelf(k: number): boolean {
    if (!this.self(k) && !(this.has(k, F.pronoun) && OWN_INSTITUTION.has(this.low(k)))) return false;
    // the object-fronted passive after a future modal: `itu akan kami buktikan`
    if (k > 0 && this.adjacentBefore(k, F.irrealis) && FUTURE.has(this.low(k - 1))) return true;
    const p = this.s.pos[k]!;
    for (let j = k + 1; j < this.s.n && this.s.pos[j]! - p <= CLAUSE_SUBJECT_REACH; j++) {
      // within SELF_REACH words, or as the predicate of the clause the speaker's side is the subject of
      // (`kami dari jajaran Dinas Pendidikan akan …`, `saya pribadi dan keluarga tidak akan …`)
      if (this.has(j, F.irrealis) && FUTURE.has(this.low(j)) && (this.s.pos[j]! - p <= SELF_REACH || this.subjectOf(k, j))) return true;
    }
    return false;
  }
  /** An opinion verb heading the statement: the reporting verb (`menilai …`) at its start, or after the
   *  speaker's side within OPINION_REACH words of it (`Saya kira …`, `Secara pribadi saya melihat …`). */
  opinionFrame(k: number): boolean {
    if (!this.has(k, F.opinion) || this.s.pos[k]! > OPINION_REACH) return false;
    if (OPINION_SOURCE.has(this.low(k))) return k + 1 < this.s.n && this.s.pos[k + 1] === this.s.pos[k]! + 1 && this.self(k + 1);
    return this.s.pos[k] === 0 ? OPINION_HEAD.has(this.low(k)) : k > 0 && this.self(k - 1) && this.s.pos[k - 1] === this.s.pos[k]! - 1;
  }
  /** A finding word that fires: comparison words only as a pair (`paling banyak`, not `paling lambat`). */
  finding(k: number): boolean {
    if (!this.has(k, F.finding)) return false;
    const w = this.low(k);
    // a quantity heading a relative clause judges how many (`Banyak yang tidak sadar …`, `tidak sedikit yang …`)
    if (QUANTITY.has(w)) return this.s.relAfter[k]! && !(this.adjacentBefore(k, F.finding) && DEGREE.has(this.low(k - 1)));
    if (QUALITY.has(w)) return false; // (only after a degree word: below)
    if (!DEGREE.has(w)) return true;
    if (!(k + 1 < this.s.n && this.s.pos[k + 1] === this.s.pos[k]! + 1)) return false;
    if (QUANTITY.has(this.low(k + 1))) return true;
    // a quality judged by degree (COMPARISON_QUALITY): not opening the statement (advice), nor inside a purpose
    return QUALITY.has(this.low(k + 1)) && this.s.pos[k]! > 0 && !this.purposeBefore(k);
  }
}
