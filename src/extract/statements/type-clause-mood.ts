// The statement-type `Clause`'s mood layer (split from type-clause.ts by job): where the statement's first condition,
// order, appeal and prohibition stand, and whether a word orders, appeals, forbids or is what an order asks for.
import { FEATURE as F, type FeatureSeq } from './type-features.js';
import { APPEAL_FRAME, CONDITION, EPISTEMIC_MODAL, GENERIC, HORTATIVE, INCLUSIVE, OBLIGATION, REMIND, REQUEST, SELF } from './type-classes.js';
import { OBLIGED_REACH, REMIND_REACH } from '../../lexicon/statement-types.js';
import { SANCTIONING } from './type-cues.js';
import { ClauseWords } from './type-clause-words.js';

/** The mood of a statement: its first irrealis, condition, order, appeal and prohibition, and the words that make them. */
export abstract class ClauseMood extends ClauseWords {
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
  constructor(s: FeatureSeq) {
    super(s);
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
  /** `dilarang`, `jangan` (not `jangan hanya …`, which urges more, nor `jangan takut …`, which
   *  encourages; not negated: `tidak ada larangan`, `tidak melarang`), or a negated permission (`tidak
   *  boleh`). */
  prohibitionAt(k: number): boolean {
    // not negated, nor denied (`belum ada yang melarang`); a negation inside a denial affirms
    if (this.has(k, F.prohibit)) return !this.adjacentAfter(k, F.focus) && this.negated(k) === this.inDenial(k);
    return this.has(k, F.permit) && this.negated(k);
  }
  /** For an obligation modal (OBLIGATION_MODALS) whose subject is the speaker's side or the inclusive
   *  `kita` (the nearest feature word before it, within OBLIGED_REACH words), that pronoun; else null. */
  obligedBy(k: number): string | null {
    if (k === 0 || !OBLIGATION.has(this.low(k))) return null;
    const j = k - 1;
    if (this.s.pos[k]! - this.s.pos[j]! > OBLIGED_REACH || !this.has(j, F.pronoun)) return null;
    return SELF.has(this.low(j)) || INCLUSIVE.has(this.low(j)) ? this.low(j) : null;
  }
  /** The statement opens with a hortative (`Mari …`, `Ayo …`) or a frame of hope before the speaker's side
   *  (`Harapan kami, …`: APPEAL_FRAMES), and names no sanction: the frame outranks a prohibition inside it. */
  hortative(): boolean {
    if (this.s.n === 0 || this.s.pos[0] !== 0 || !this.has(0, F.appeal) || (this.s.all & SANCTIONING) !== 0) return false;
    if (HORTATIVE.has(this.low(0))) return true;
    return APPEAL_FRAME.has(this.low(0)) && this.s.n > 1 && this.s.pos[1] === 1 && (SELF.has(this.low(1)) || INCLUSIVE.has(this.low(1)));
  }
  /** Word k states an aim: right after a purpose word that is no request complementiser (`menyerahkan kepada
   *  PPK untuk menjatuhkan sanksi`): not reported as done. After `agar` it is what is asked (`menyurati BKN
   *  agar memblokir data …` reports the request). */
  aimAt(k: number): boolean {
    return this.adjacentBefore(k, F.purpose) && !REQUEST.has(this.low(k - 1));
  }
}
