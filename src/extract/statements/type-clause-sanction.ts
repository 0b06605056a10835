// The statement-type `Clause`'s sanction-word layer (split from type-clause.ts by job): whether a word names a
// sanction, imposes one, removes an office or enforces, whatever its mood.
import { FEATURE as F, type FeatureSeq } from './type-features.js';
import { CONSEQUENCE, IMPOSE, INVESTIGATE, MOVE, PASSIVE_PREFIX, RECEIVE, REMOVING, RENEW, RESTRICT, STOP, THREAT, THREATENED_FORMS, THREAT_CONTENT } from './type-classes.js';
import { GET_REACH, HESITATE_REACH, MOVE_OFFICE_REACH, OFFICE_REACH, REMOVING_FROM_REACH, RESTRICTIVE_REACH, SUBJECT_OFFICE_REACH, THREAT_REACH } from '../../lexicon/statement-types.js';
import { ClauseStance } from './type-clause-stance.js';

/** The words that name, impose or enforce a sanction, or take an office away. */
export abstract class ClauseSanction extends ClauseStance {
  /** A sanction named as a noun: a sanction word, a consequence after a condition (`kalau …, risiko
   *  ditanggung sendiri`), a disciplinary `peringatan` (a warnMark next to it), or a removal noun with its office (`penundaan kenaikan
   *  pangkat`). */
  sanctionNounAt(k: number): boolean {
    if (this.has(k, F.sanctionNoun)) return true;
    if (this.has(k, F.warnNoun)) {
      if (CONSEQUENCE.has(this.low(k))) return this.s.pos[k]! > this.firstCondition && !this.negated(k); // not `tidak ada konsekuensinya`
      return this.adjacentAfter(k, F.warnMark) || this.adjacentBefore(k, F.warnMark);
    }
    return this.removalNoun(k) && this.removalOfOffice(k);
  }
  /** Word k is pay lost told from the receiver's side (round 19): a receiving verb (RECEIVING) with an office or pay word
   *  within GET_REACH words after it, negated (`tidak lagi menerima siltap`) or restricted (RESTRICTIVE, within
   *  RESTRICTIVE_REACH words before it: `hanya menerima separuh tunjangan kinerja`), after an offender named (FeatureSeq.
   *  caughtAt: `Tiga pegawai yang terbukti ikut kampanye kini hanya menerima …`). Pay cut with no offender named is no
   *  sanction (`Guru honorer hanya menerima separuh honor karena dana BOS terlambat cair`). Its mood decides the type. */
  payLost(k: number): boolean {
    const p = this.s.pos[k]!;
    if (this.s.caughtAt < 0 || this.s.caughtAt > p || !RECEIVE.has(this.low(k)) || this.after(k, F.office, GET_REACH) < 0) return false;
    if (this.negated(k)) return true;
    for (let j = k - 1; j >= 0 && p - this.s.pos[j]! <= RESTRICTIVE_REACH; j--) if (RESTRICT.has(this.low(j))) return true;
    return false;
  }
  /** A removal word that is a noun (`penundaan`, `pemotongan`: the pe- forms). */
  removalNoun(k: number): boolean {
    // (not the bare verb of keeping, `kami pertahankan`: RENEWING holds verbs only)
    return this.has(k, F.removal) && this.low(k).startsWith('pe') && !this.renews(k);
  }
  /** Word k is a sanction act: an imposing verb only with what it imposes beside it (IMPOSING). */
  sanctionActAt(k: number): boolean {
    if (!this.has(k, F.sanctionAct)) return false;
    if (!IMPOSE.has(this.low(k))) return true;
    const what = F.sanctionNoun | F.lawBody;
    return this.after(k, what, GET_REACH) >= 0 || this.before(k, what, GET_REACH) >= 0;
  }
  /** A removal verb with an office, rank or pay word within OFFICE_REACH words either side of it. */
  removalOfOffice(k: number): boolean {
    if (!this.has(k, F.removal)) return false;
    // a move takes the office away only to a post without one (MOVING: `pindahkan ke sekolah lain tanpa jabatan`)
    // (the bare verb after the speaker's side reads as its di- form: `sudah kami pindahkan`)
    if (MOVE.has(this.low(k)) || MOVE.has(PASSIVE_PREFIX + this.low(k))) {
      // (or to a lower post right after it, DEMOTED_TO as for any removal: `kami pindahkan menjadi staf`)
      const p = this.s.pos[k]!;
      for (let j = k + 1; j < this.s.n && this.s.pos[j]! - p <= MOVE_OFFICE_REACH; j++) {
        if (this.has(j, F.office) && (this.negated(j) || this.s.pos[j] === p + 1)) return true;
      }
      return false;
    }
    // keeping refused to an offender named before it takes the office from the person, no office word needed (round 20:
    // `Camat yang memihak tidak akan saya pertahankan satu hari pun`; whether it is refused, takesAway reads)
    if (this.renews(k) && this.offenderNamed(k)) return true;
    // a passive removal's subject stands before it, with its modifiers (SUBJECT_OFFICE_REACH)
    const reach = this.has(k, F.passive) ? SUBJECT_OFFICE_REACH : OFFICE_REACH;
    if (this.after(k, F.office, OFFICE_REACH) >= 0 || this.before(k, F.office, reach) >= 0) return true;
    // the office word heading the clause's subject, however long (`tunjangan kinerja dua ASN yang terbukti ikut
    // kampanye telah dipotong`)
    if (this.has(k, F.passive) && this.clauseSubject(k, F.office)) return true;
    // a removal from, its object, then the office (`membebaskan Kepala Dinas X dari jabatannya`)
    return REMOVING.has(this.low(k)) && this.after(k, F.office, REMOVING_FROM_REACH) >= 0;
  }
  /** A passive removal verb in a statement that names a sanctioning body (`sudah dimutasi ke Polres dan
   *  diperiksa Propam`): the move is the body's sanction, though no office is named. */
  removalByBody(k: number): boolean {
    // (not stopping, which a case undergoes as well: `dua kasus dihentikan karena tidak memenuhi unsur`: STOPPING)
    return this.has(k, F.removal) && this.has(k, F.passive) && this.any(F.sanctionBody)
      && !STOP.has(this.low(k)) && !STOP.has(`di${this.low(k)}`); // (`kami hentikan`, the object-fronted passive)
  }
  /** The removal at k takes the office away: asserted, or a renewal (RENEWING) negated after a modal or condition
   *  (`kontraknya bisa tidak diperpanjang`). */
  takesAway(k: number): boolean {
    if (!this.renews(k)) return !this.negated(k);
    return this.negated(k) && this.s.pos[k]! > this.firstIrrealis;
  }
  /** Word k renews or keeps (RENEWING), its di- form or the bare verb of the object-fronted passive that reads as it
   *  (`tidak akan saya pertahankan` as `tidak akan dipertahankan`). */
  renews(k: number): boolean {
    return RENEW.has(this.low(k)) || RENEW.has(PASSIVE_PREFIX + this.low(k));
  }
  /** An offender named before word k: being found out, or an official heading a relative under a condition
   *  (FeatureSeq.caughtAt: `yang kedapatan …`, `Kalau ada kepala dinas yang …`), or a generic subject fronted
   *  (FeatureSeq.genericAt: `Camat yang memihak …`). */
  offenderNamed(k: number): boolean {
    const p = this.s.pos[k]!;
    return (this.s.caughtAt >= 0 && this.s.caughtAt < p) || (this.s.genericAt >= 0 && this.s.genericAt < p);
  }
  /** Word k is an enforcement word: a threat word only with its content after it (THREAT_STEMS). */
  enforceAt(k: number): boolean {
    if (!this.has(k, F.enforce) || INVESTIGATE.has(this.low(k))) return false; // only after a hesitation (enforcingAfter)
    if (!THREAT.has(this.s.word[k]!.stem) || THREATENED_FORMS.has(this.low(k))) return true;
    return this.after(k, THREAT_CONTENT & ~F.enforce, THREAT_REACH) >= 0 || this.before(k, THREAT_CONTENT, THREAT_REACH) >= 0
      || this.otherEnforceAfter(k) || this.adjacentAfter(k, F.passive | F.negation); // `terancam dicoret`, `terancam tidak …`
  }
  /** An enforcement word after k, within THREAT_REACH words, that is no threat word itself (`terancam
   *  didiskualifikasi`, `diancam diproses hukum`). */
  otherEnforceAfter(k: number): boolean {
    const j = this.after(k, F.enforce, THREAT_REACH);
    return j >= 0 && !THREAT.has(this.s.word[j]!.stem);
  }
  /** A sanction, enforcement or investigation (INVESTIGATING) within HESITATE_REACH words after word k (`tidak
   *  segan menindak`, `tidak akan segan memeriksa`). */
  enforcingAfter(k: number): boolean {
    const p = this.s.pos[k]!;
    for (let j = k + 1; j < this.s.n && this.s.pos[j]! - p <= HESITATE_REACH; j++) {
      if (this.has(j, F.removal | F.sanctionNoun) || this.sanctionActAt(j) || this.enforceAt(j) || INVESTIGATE.has(this.low(j))) return true;
    }
    return false;
  }
}
