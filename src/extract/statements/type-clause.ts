// The questions the statement-type rules (type-rules.ts) ask about a statement's feature words: the `Clause`
// over one FeatureSeq, built by job in layers (each its own file): reading the words (type-clause-words.ts), the
// mood (type-clause-mood.ts), the speaker's stance (type-clause-stance.ts), sanction words (type-clause-sanction.ts),
// sanctions reported as done (type-clause-reported.ts); this file adds the threat questions, and re-exports the word
// classes and feature groups (type-classes.ts, type-cues.ts) the rules read.
import { FEATURE } from './type-features.js';
import { ACTIVE_PREFIX, ASKED_REACH, AWAIT, CONDITION, CONFRONT_NOUN, DARE, GENERIC, PERMISSION, PERMISSION_REPORT, PREDICATE_NEGATION } from './type-classes.js';
import { CONFRONT_NOUN_REACH, CONFRONT_REACH, GET_REACH, PERMISSION_REPORT_REACH } from '../../lexicon/statement-types.js';
import { ClauseReported } from './type-clause-reported.js';
export * from './type-classes.js';
export const F = FEATURE;
export { cueOf, DECIDING, SANCTIONING } from './type-cues.js';

/** The questions the rules ask about a statement's feature words. */
export class Clause extends ClauseReported {
  /** The sanction noun at k is the object of an imposing verb (within GET_REACH words before it) that an
   *  order asks for: `meminta PPK menjatuhkan sanksi`. */
  orderedObject(k: number): boolean {
    const j = this.before(k, F.sanctionAct, GET_REACH);
    return j >= 0 && this.ordered(j);
  }
  /** The sanction at k is what a request asks its addressee to impose: the object of an imposing verb an order asks
   *  for (`meminta PPK menjatuhkan sanksi`: orderedObject), or inside an appeal's clause (`mengimbau pemkab tidak
   *  menunda penjatuhan sanksi bagi ASN …`): the request's content, no threat of the speaker's. */
  asked(k: number): boolean {
    if (this.orderedObject(k)) return true;
    const p = this.s.pos[k]!;
    if (p <= this.firstAppeal || p > this.firstAppeal + ASKED_REACH) return false;
    for (let j = k - 1; j >= 0 && this.s.pos[j]! > this.firstAppeal; j--) if (this.has(j, F.irrealis) && CONDITION.has(this.low(j))) return false;
    // (not after a permission, which dares: `…, silakan bersiap-siap kehilangan kursinya`)
    for (let j = 0; j < k; j++) if (this.s.pos[j] === this.firstAppeal) return this.s.clause[j] === this.s.clause[k] && !PERMISSION.has(this.low(j));
    return false;
  }
  /** The act at k is what a request asks its addressee to do: an active verb (`menyarankan para nakes menonaktifkan
   *  grup …`, `mendesak bupati mencopot …`) inside the request's clause (asked); a passive is done to someone. */
  askedAct(k: number): boolean {
    const w = this.s.word[k]!;
    return w.low.startsWith(ACTIVE_PREFIX) && w.stem !== w.low && this.asked(k);
  }
  /** A tolerance word negated (`tidak ada toleransi`, `tidak akan melindungi`), not by a predicate negation
   *  right before it (PREDICATE_NEGATIONS: `bukan pengecualian`) and not what an order asks for (`meminta
   *  kepala daerah tidak melindungi …`). */
  refusedTolerance(k: number): boolean {
    if (!this.has(k, F.tolerance) || !this.negated(k) || this.ordered(k) || this.pledgedBefore(k)) return false;
    return !(this.adjacentBefore(k, F.negation) && PREDICATE_NEGATION.has(this.low(k - 1)));
  }
  /** The enforcement at k is aimed at a generic offender fronted at the statement's start (FeatureSeq.genericAt),
   *  under a modal, not negated: `Anggota yang foto dengan gaya jari … tetap akan kami periksa`, `ASN yang ikut
   *  kampanye akan diproses`. The speaker's pledge whose object is the offender's misconduct threatens. */
  enforcesOnGeneric(k: number): boolean {
    const g = this.s.genericAt;
    return g >= 0 && this.has(k, F.enforce) && !this.negated(k) && this.s.pos[k]! > g && this.s.pos[k]! > this.firstIrrealis && !this.ordered(k);
  }
  /** The speaker's side's own future act (futureSelf) on an offender named before it (offenderNamed), with a body that
   *  sanctions after it in its clause: the case handed on, whatever the verb, a threat (round 20: `Kalau ada kepala
   *  dinas yang berani mengumpulkan stafnya untuk calon, saya sendiri yang akan antar berkasnya ke BKN`). With no
   *  offender named it pledges (`Kami akan mengantar berkas usulan kenaikan pangkat guru ke BKN`). */
  handsOnToBody(k: number): boolean {
    if (!this.offenderNamed(k) || !this.futureSelf(k)) return false;
    for (let j = k + 1; j < this.s.n && this.s.clause[j] === this.s.clause[k]; j++) if (this.has(j, F.sanctionBody)) return true;
    return false;
  }
  /** A `confront` word with a law word, or the speaker's side (`Yang coba-coba berpihak, akan berhadapan langsung
   *  dengan saya`: the authority speaking is the consequence), within CONFRONT_REACH words after it, not negated. */
  facesLaw(k: number): boolean {
    // (the speaker's side after the preposition carries F.lawBody: classify.ts, confrontBefore)
    const noun = CONFRONT_NOUN.has(this.low(k));
    // (waiting dares only, daredOffender: `Kami tunggu hasil Bawaslu` faces no one)
    if (!this.has(k, F.confront) || AWAIT.has(this.low(k)) || this.negated(k)) return false;
    // (a sanctioning body is the law to an offender named before it: `Personel yang ketahuan …, urusannya nanti dengan
    // Propam`; not the speaker's own dealings, `Kami masih berurusan dengan BKN soal berkas pegawai`)
    const reach = noun ? CONFRONT_NOUN_REACH : CONFRONT_REACH;
    if (this.after(k, F.lawBody, reach) < 0 && !(this.after(k, F.sanctionBody, reach) >= 0 && this.offenderBefore(k))) return false;
    // the matter as a noun faces only an offender named before it, generic or under a condition (CONFRONT_NOUNS)
    return !noun || this.offenderBefore(k);
  }
  /** A generic offender or a condition before word k: a generic subject fronted (`Pegawai yang berani …`,
   *  FeatureSeq.genericAt), a generic condition word or a conditional (`Kalau terbukti, …`). */
  offenderBefore(k: number): boolean {
    const p = this.s.pos[k]!;
    return p > this.firstCondition || (this.s.genericAt >= 0 && this.s.genericAt < p);
  }
  /** A permission word daring a generic offender named before it (`Siapa yang masih nekat, silakan …`), not
   *  inviting a witness to report (`…, silakan laporkan`): PERMISSIONS. */
  daredOffender(k: number): boolean {
    // (not the encouraging `jangan tunggu …`)
    if (!DARE.has(this.low(k)) || this.negated(k) || this.adjacentBefore(k, F.prohibit)) return false;
    // the speaker's side's own waiting is no dare (`Empat lainnya kita tunggu keputusan KASN`)
    if (AWAIT.has(this.low(k)) && this.adjacentBefore(k, F.pronoun)) return false;
    const p = this.s.pos[k]!;
    for (let j = k + 1; j < this.s.n && this.s.pos[j]! - p <= PERMISSION_REPORT_REACH; j++) {
      if (this.has(j, F.recommend) || PERMISSION_REPORT.has(this.s.word[j]!.stem)) return false;
    }
    for (let j = 0; j < k; j++) if (this.has(j, F.irrealis) && GENERIC.has(this.low(j))) return true;
    // a generic subject fronted at the start (`Yang masih nekat ikut konvoi, silakan …`)
    return this.s.genericAt >= 0 && this.s.genericAt < p;
  }
}
