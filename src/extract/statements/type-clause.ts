// The questions the statement-type rules (type-rules.ts) ask about a statement's feature words: the `Clause`
// over one FeatureSeq, and the word classes and feature groups it reads (data from lexicon/statement-types.ts).
import type { StatementType } from '../../model.js';
import { FEATURE, type FeatureSeq } from './type-features.js';
import {
  ACTIVE_PREFIX, APPEAL_FRAME, ASKED_REACH, ASSURE, AWAIT, CONDITION, CONFRONT_NOUN, CONSEQUENCE, DARE, DEGREE,
  EPISTEMIC_MODAL, FUTURE, GENERIC, HORTATIVE, IMPOSE, INCLUSIVE, INVESTIGATE, IN_FORCE, ISSUE, MOVE, NEUTRAL,
  OBLIGATION, OPINION_HEAD, OPINION_SOURCE, OWN_INSTITUTION, PASSIVE_PREFIX, PERMISSION, PERMISSION_REPORT,
  PREDICATE_NEGATION, QUALITY, QUANTITY, RECOMMEND_NOUN, REGULATE, REMIND, REMOVING, RENEW, REPORTING, REQUEST, SELF,
  STANCE, STOP, THREAT, THREATENED_FORMS, THREAT_CONTENT, WILLING_WORDS,
} from './type-classes.js';
export * from './type-classes.js';
import { CLAUSE_SUBJECT_REACH, CONFRONT_NOUN_REACH, CONFRONT_REACH, GET_REACH, HESITATE_REACH, IN_FORCE_REACH, MOVE_OFFICE_REACH, OBLIGED_REACH, OFFICE_REACH, OPINION_REACH, PERMISSION_REPORT_REACH, PLEDGE_ACCEPT_REACH, REALIS_REACH, REMIND_REACH, SELF_REACH, SUBJECT_OFFICE_REACH, THREAT_REACH } from '../../lexicon/statement-types.js';

export const F = FEATURE;
export { cueOf, DECIDING, SANCTIONING } from './type-cues.js';
import { SANCTIONING } from './type-cues.js';

/** The questions the rules ask about a statement's feature words. */
export class Clause {
  readonly firstIrrealis: number;
  /** The first modal or condition that is not a generic subject (`siapa pun`, `yang ketahuan`): a perfect
   *  marker before a sanction word reports it even after a generic subject. */
  readonly firstHardIrrealis: number;
  /** The first modal or condition that is not an epistemic hedge (`bisa jadi`, `bisa saja`): a finding
   *  after a hedge is still a finding. */
  readonly firstConditionOnFinding: number;
  /** The first condition proper (`jika`, `kalau`): a consequence after it threatens. */
  readonly firstCondition: number;
  readonly firstProhibition: number;
  /** The first order or appeal word: what follows it is asked for, not reported as done. */
  readonly firstRequest: number;
  /** The first order word: a pledge word after it is what the order asks for. */
  readonly firstOrder: number;
  /** The first condition proper after the first order: a new clause with its own mood (`Saya minta camat
   *  mengawasi, kalau ada yang melanggar akan saya copot`): a sanction after it is threatened, not ordered. */
  readonly conditionAfterOrder: number;
  /** The first appeal word (not negated): an order after it is what the appeal asks for. */
  readonly firstAppeal: number;
  constructor(readonly s: FeatureSeq) {
    let irr = Infinity;
    let hard = Infinity;
    let cond = Infinity;
    let ifs = Infinity;
    let pro = Infinity;
    let req = Infinity;
    let ord = Infinity;
    for (let k = 0; k < s.n; k++) {
      const m = s.mask[k]!;
      const ordering = (m & F.imperative) !== 0 || this.orderAt(k);
      if (ord === Infinity && ordering) ord = s.pos[k]!;
      if ((m & F.irrealis) !== 0) {
        if (irr === Infinity) irr = s.pos[k]!;
        if (hard === Infinity && !GENERIC.has(s.word[k]!.low)) hard = s.pos[k]!;
        const w = s.word[k]!.low;
        if (cond === Infinity && !this.adjacentAfter(k, F.hedge) && !EPISTEMIC_MODAL.has(w)) cond = s.pos[k]!;
        // a generic subject is a condition on what follows (`siapa pun yang ketahuan …, kami laporkan`,
        // `bagi ASN yang terbukti …, ada konsekuensinya`)
        if (ifs === Infinity && (CONDITION.has(w) || GENERIC.has(w))) ifs = s.pos[k]!;
      }
      if (pro === Infinity && this.prohibitionAt(k)) pro = s.pos[k]!;
      if (req === Infinity && (ordering || (this.appealAt(k) && !this.negated(k)))) req = s.pos[k]!;
    }
    this.firstIrrealis = irr;
    this.firstHardIrrealis = hard;
    this.firstConditionOnFinding = cond;
    this.firstCondition = ifs;
    this.firstProhibition = pro;
    this.firstRequest = req;
    this.firstOrder = ord;
    let app = Infinity;
    for (let k = 0; k < s.n; k++) {
      if (this.appealAt(k) && !this.negated(k)) {
        app = s.pos[k]!;
        break;
      }
    }
    this.firstAppeal = app;
    let afterOrder = Infinity;
    for (let k = 0; k < s.n && ord < Infinity; k++) {
      if (s.pos[k]! > ord && (s.mask[k]! & F.irrealis) !== 0 && CONDITION.has(s.word[k]!.low)) {
        afterOrder = s.pos[k]!;
        break;
      }
    }
    this.conditionAfterOrder = afterOrder;
  }
  /** Word k is what an order before it asks for (`meminta PPK tidak ragu menjatuhkan sanksi`), not after a
   *  condition that opens a threat of its own (conditionAfterOrder). */
  ordered(k: number): boolean {
    const p = this.s.pos[k]!;
    return p > this.firstOrder && p < this.conditionAfterOrder && !this.ownActLater(k);
  }
  /** Word k is the speaker's own act (the object-fronted passive right after the speaker's side: `saya copot`) in a
   *  sentence after the first order's: no longer what the order asks, the speaker's threat (`Kalau ada kepala
   *  sekolah yang memobilisasi guru, laporkan ke saya. Akan saya copot`). */
  ownActLater(k: number): boolean {
    if (!(k > 0 && this.s.pos[k - 1] === this.s.pos[k]! - 1 && this.self(k - 1)) || !this.has(k, F.passive)) return false;
    for (let j = 0; j < k; j++) if (this.s.pos[j] === this.firstOrder) return this.s.sentence[j]! < this.s.sentence[k]!;
    return false;
  }
  /** The sanction noun at k is the object of an imposing verb (within GET_REACH words before it) that an
   *  order asks for: `meminta PPK menjatuhkan sanksi`. */
  orderedObject(k: number): boolean {
    const j = this.before(k, F.sanctionAct, GET_REACH);
    return j >= 0 && this.ordered(j);
  }
  /** A tolerance word negated (`tidak ada toleransi`, `tidak akan melindungi`), not by a predicate negation
   *  right before it (PREDICATE_NEGATIONS: `bukan pengecualian`) and not what an order asks for (`meminta
   *  kepala daerah tidak melindungi …`). */
  refusedTolerance(k: number): boolean {
    if (!this.has(k, F.tolerance) || !this.negated(k) || this.ordered(k) || this.pledgedBefore(k)) return false;
    return !(this.adjacentBefore(k, F.negation) && PREDICATE_NEGATION.has(this.low(k - 1)));
  }
  /** A pledge of the speaker's (pledge) before word k in its clause: the negation at k is inside the committed
   *  content, the pledge decides (`Kami berkomitmen tidak akan membiarkan ASN terseret politik praktis`). */
  pledgedBefore(k: number): boolean {
    for (let j = k - 1; j >= 0 && this.s.clause[j] === this.s.clause[k]; j--) if (this.pledge(j)) return true;
    return false;
  }
  /** Word k orders: an order word not negated; a reminder only with its content after it (REMINDERS); an
   *  obligation modal only when its subject is not the speaker's side nor `kita` (obligedBy). */
  orderAt(k: number): boolean {
    // right after a purpose word it states an aim (`dipanggil untuk dimintai klarifikasi`), no order
    if (!this.has(k, F.order) || this.negated(k) || this.obligedBy(k) !== null || this.adjacentBefore(k, F.purpose)) return false;
    return this.requestWithContent(k);
  }
  /** Word k requests: a request word that needs no content after it, or one that has it (REMINDERS: `diingatkan
   *  agar …`, `mendorong ASN untuk …`). */
  requestWithContent(k: number): boolean {
    return !REMIND.has(this.low(k)) || this.after(k, F.purpose, REMIND_REACH) >= 0 || this.requestInClause(k) || this.s.verbContent[k]!;
  }
  /** Word k appeals: an appeal word, an encouraging one only with its content after it (REMINDERS). */
  appealAt(k: number): boolean {
    return (this.has(k, F.appeal) && this.requestWithContent(k)) || this.encouraged(k);
  }
  /** A prohibition word before a word of feeling, slackening or restriction (`Jangan takut melapor`, `Jangan ragu
   *  menyampaikan laporan`, `jangan lupa …`): it urges the act, no prohibition (prohibitionAt), an appeal. Not
   *  negated, nor a noun (`larangan`). */
  encouraged(k: number): boolean {
    return this.has(k, F.prohibit) && this.adjacentAfter(k, F.focus) && !this.negated(k) && this.s.word[k]!.low === this.s.word[k]!.stem;
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
  has(k: number, bit: number): boolean {
    return (this.s.mask[k]! & bit) !== 0;
  }
  low(k: number): string {
    return this.s.word[k]!.low;
  }
  /** Word k+1 is the next word of the text and has the feature bit. */
  adjacentAfter(k: number, bit: number): boolean {
    return k + 1 < this.s.n && this.s.pos[k + 1] === this.s.pos[k]! + 1 && this.has(k + 1, bit);
  }
  /** Word k-1 is the previous word of the text and has the feature bit. */
  adjacentBefore(k: number, bit: number): boolean {
    return k > 0 && this.s.pos[k - 1] === this.s.pos[k]! - 1 && this.has(k - 1, bit);
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
  /** A removal word that is a noun (`penundaan`, `pemotongan`: the pe- forms). */
  removalNoun(k: number): boolean {
    return this.has(k, F.removal) && this.low(k).startsWith('pe');
  }
  /** The statement opens with a hortative (`Mari …`, `Ayo …`) or a frame of hope before the speaker's side
   *  (`Harapan kami, …`: APPEAL_FRAMES), and names no sanction: the frame outranks a prohibition inside it. */
  hortative(): boolean {
    if (this.s.n === 0 || this.s.pos[0] !== 0 || !this.has(0, F.appeal) || (this.s.all & SANCTIONING) !== 0) return false;
    if (HORTATIVE.has(this.low(0))) return true;
    return APPEAL_FRAME.has(this.low(0)) && this.s.n > 1 && this.s.pos[1] === 1 && (SELF.has(this.low(1)) || INCLUSIVE.has(this.low(1)));
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
  /** A purpose word (F.purpose: `agar`, `supaya`, `untuk`) before word k in its clause. */
  purposeBefore(k: number): boolean {
    for (let j = k - 1; j >= 0 && this.s.clause[j] === this.s.clause[k]; j--) if (this.has(j, F.purpose)) return true;
    return false;
  }
  /** The act at k is what a request asks its addressee to do: an active verb (`menyarankan para nakes menonaktifkan
   *  grup …`, `mendesak bupati mencopot …`) inside the request's clause (asked); a passive is done to someone. */
  askedAct(k: number): boolean {
    const w = this.s.word[k]!;
    return w.low.startsWith(ACTIVE_PREFIX) && w.stem !== w.low && this.asked(k);
  }
  /** The removal at k takes the office away: asserted, or a renewal (RENEWING) negated after a modal or condition
   *  (`kontraknya bisa tidak diperpanjang`). */
  takesAway(k: number): boolean {
    if (!RENEW.has(this.low(k))) return !this.negated(k);
    return this.negated(k) && this.s.pos[k]! > this.firstIrrealis;
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
  /** The enforcement at k is aimed at a generic offender fronted at the statement's start (FeatureSeq.genericAt),
   *  under a modal, not negated: `Anggota yang foto dengan gaya jari … tetap akan kami periksa`, `ASN yang ikut
   *  kampanye akan diproses`. The speaker's pledge whose object is the offender's misconduct threatens. */
  enforcesOnGeneric(k: number): boolean {
    const g = this.s.genericAt;
    return g >= 0 && this.has(k, F.enforce) && !this.negated(k) && this.s.pos[k]! > g && this.s.pos[k]! > this.firstIrrealis && !this.ordered(k);
  }
  any(bit: number): boolean {
    return (this.s.all & bit) !== 0;
  }
  /** Word k is in a negation's scope (NEGATION_TRANSPARENT: worked out by `classify` over every word). */
  negated(k: number): boolean {
    return this.s.neg[k]!;
  }
  /** `dilarang`, `jangan` (not `jangan hanya …`, which urges more, nor `jangan takut …`, which
   *  encourages; not negated: `tidak ada larangan`, `tidak melarang`), or a negated permission (`tidak
   *  boleh`). */
  prohibitionAt(k: number): boolean {
    // not negated, nor denied (`belum ada yang melarang`); a negation inside a denial affirms
    if (this.has(k, F.prohibit)) return !this.adjacentAfter(k, F.focus) && this.negated(k) === this.inDenial(k);
    return this.has(k, F.permit) && this.negated(k);
  }
  /** Word k is reported as done: no modal, condition, order or appeal before it (a generic subject before
   *  it is no condition when a perfect marker reports it: `yang kedapatan … sudah ditegur`), not negated,
   *  not under a prohibition. */
  realised(k: number): boolean {
    const p = this.s.pos[k]!;
    const mood = p < this.firstIrrealis || (p < this.firstHardIrrealis && this.perfectBefore(k));
    return mood && p < this.firstProhibition && p < this.firstRequest && !this.negated(k) && !this.denied(k) && !this.aimAt(k);
  }
  /** Word k states an aim: right after a purpose word that is no request complementiser (`menyerahkan kepada
   *  PPK untuk menjatuhkan sanksi`): not reported as done. After `agar` it is what is asked (`menyurati BKN
   *  agar memblokir data …` reports the request). */
  aimAt(k: number): boolean {
    return this.adjacentBefore(k, F.purpose) && !REQUEST.has(this.low(k - 1));
  }
  /** Word k is a sanction act: an imposing verb only with what it imposes beside it (IMPOSING). */
  sanctionActAt(k: number): boolean {
    if (!this.has(k, F.sanctionAct)) return false;
    if (!IMPOSE.has(this.low(k))) return true;
    const what = F.sanctionNoun | F.lawBody;
    return this.after(k, what, GET_REACH) >= 0 || this.before(k, what, GET_REACH) >= 0;
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
  /** Word k is inside a negated existential's relative clause (FeatureSeq.denyFrom), and not negated
   *  again there (`tidak ada yang kebal sanksi` is a double negation: everyone faces a sanction). */
  denied(k: number): boolean {
    return this.inDenial(k) && !this.negated(k);
  }
  inDenial(k: number): boolean {
    const p = this.s.pos[k]!;
    return p > this.s.denyFrom && p < this.s.denyTo && this.s.denyFrom >= 0;
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
    // a passive removal's subject stands before it, with its modifiers (SUBJECT_OFFICE_REACH)
    const reach = this.has(k, F.passive) ? SUBJECT_OFFICE_REACH : OFFICE_REACH;
    if (this.after(k, F.office, OFFICE_REACH) >= 0 || this.before(k, F.office, reach) >= 0) return true;
    // the office word heading the clause's subject, however long (`tunjangan kinerja dua ASN yang terbukti ikut
    // kampanye telah dipotong`)
    if (this.has(k, F.passive) && this.clauseSubject(k, F.office)) return true;
    // a removal from, its object, then the office (`membebaskan Kepala Dinas X dari jabatannya`)
    return REMOVING.has(this.low(k)) && this.after(k, F.office, SUBJECT_OFFICE_REACH) >= 0;
  }
  /** A word with the feature bit before k that is the subject of k's clause (subjectOf). */
  clauseSubject(k: number, bit: number): boolean {
    for (let j = k - 1; j >= 0 && this.s.clause[j] === this.s.clause[k]; j--) if (this.has(j, bit) && this.subjectOf(j, k)) return true;
    return false;
  }
  /** A passive removal verb in a statement that names a sanctioning body (`sudah dimutasi ke Polres dan
   *  diperiksa Propam`): the move is the body's sanction, though no office is named. */
  removalByBody(k: number): boolean {
    // (not stopping, which a case undergoes as well: `dua kasus dihentikan karena tidak memenuhi unsur`: STOPPING)
    return this.has(k, F.removal) && this.has(k, F.passive) && this.any(F.sanctionBody)
      && !STOP.has(this.low(k)) && !STOP.has(`di${this.low(k)}`); // (`kami hentikan`, the object-fronted passive)
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
  /** A perfect marker (`sudah`, `telah`) within REALIS_REACH words before word k. */
  perfectBefore(k: number): boolean {
    const p = this.s.pos[k]!;
    for (let j = k - 1; j >= 0 && p - this.s.pos[j]! <= REALIS_REACH; j--) if (this.has(j, F.realis)) return true;
    return false;
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
  /** The nearest word before k, within `reach` words, that has the feature bit, or -1. */
  before(k: number, bit: number, reach: number): number {
    const p = this.s.pos[k]!;
    for (let j = k - 1; j >= 0 && p - this.s.pos[j]! <= reach; j--) if (this.has(j, bit)) return j;
    return -1;
  }
  /** The first word after k, within `reach` words, that has the feature bit, or -1. */
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
  after(k: number, bit: number, reach: number): number {
    const p = this.s.pos[k]!;
    for (let j = k + 1; j < this.s.n && this.s.pos[j]! - p <= reach; j++) if (this.has(j, bit)) return j;
    return -1;
  }
  /** A pledge word that is the speaker's own: not negated (`tidak berkomitmen`), not inside a prohibition
   *  (`dilarang ikut deklarasi`), not what an order before it asks for (`Camat harus memastikan …`,
   *  `Saya minta para camat memastikan …`) and not an aim (`untuk memastikan …`). */
  pledge(k: number): boolean {
    const p = this.s.pos[k]!;
    if (!this.has(k, F.pledge) || this.has(k, F.imperative)) return false; // `Pastikan …` orders
    if (NEUTRAL.has(this.low(k)) && !this.selfBefore(k)) return false; // `kami netral`, not `ASN netral`
    if (STANCE.has(this.low(k)) && !(this.adjacentAfter(k, F.pronoun) && SELF.has(this.low(k + 1)))) return false; // `sikap kami`
    if (ASSURE.has(this.low(k)) && !this.futureInClause(k)) return false; // `memastikan … akan …`
    return !this.negated(k) && p < this.firstProhibition && p < this.firstOrder && !this.adjacentBefore(k, F.purpose);
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
  /** For an obligation modal (OBLIGATION_MODALS) whose subject is the speaker's side or the inclusive
   *  `kita` (the nearest feature word before it, within OBLIGED_REACH words), that pronoun; else null. */
  obligedBy(k: number): string | null {
    if (k === 0 || !OBLIGATION.has(this.low(k))) return null;
    const j = k - 1;
    if (this.s.pos[k]! - this.s.pos[j]! > OBLIGED_REACH || !this.has(j, F.pronoun)) return null;
    return SELF.has(this.low(j)) || INCLUSIVE.has(this.low(j)) ? this.low(j) : null;
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
