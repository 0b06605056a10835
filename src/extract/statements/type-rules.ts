// A statement's type, decided by ordered rules over the features of its words (the scheme and each type's
// decision rule are documented in src/lexicon/statement-types.ts). The words and their features come from
// `classify`, which reads each distinct word's features once (its token table); this file only decides.
import type { StatementType } from '../../model.js';
import {
  CONFRONT_REACH, GET_REACH, HESITATE_REACH, NEGATION_REACH, OFFICE_REACH, PASSIVE_MIN_LENGTH, PLEDGE_ACCEPT_REACH, REALIS_REACH, TYPE_FEATURES,
  type TypeFeature,
} from '../../lexicon/statement-types.js';

const FEATURE_NAMES = Object.keys(TYPE_FEATURES) as TypeFeature[];
if (FEATURE_NAMES.length > 31) throw new Error('type-rules: too many features for a 32-bit mask');
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
  const passive = low.length >= PASSIVE_MIN_LENGTH && low.startsWith('di') && stem !== low ? FEATURE.passive : 0;
  return (STEM_FEATURES.get(stem) ?? 0) | (WORD_FEATURES.get(low) ?? 0) | passive;
}

/** The features a bare verb carries after a first-person pronoun: the object-fronted passive (`akan kami
 *  proses`, `sudah kami rekomendasikan`) is the di- passive (`diproses`, `direkomendasikan`). Only the word
 *  lists can differ (a stem is the same with or without `di`). */
export function pronounPassiveFeatures(low: string): number {
  return low.startsWith('di') || low.startsWith('me') ? 0 : (WORD_FEATURES.get(`di${low}`) ?? 0);
}

/** The words of a statement that carry a feature, in text order, as parallel lists `[0, n)`: position
 *  (in words), feature mask, and the word (its lower case and stem, for the reported cue). Filled by
 *  `classify`'s token scan and reused between statements (a list with a count allocates nothing). */
export interface FeatureSeq {
  n: number;
  pos: number[];
  mask: number[];
  word: Array<{ readonly low: string; readonly stem: string }>;
  /** The OR of every mask: a statement with no deciding feature is `other` without running a rule. */
  all: number;
}

export function newFeatureSeq(): FeatureSeq {
  return { n: 0, pos: [], mask: [], word: [], all: 0 };
}

const F = FEATURE;
/** Features that can decide a type on their own or with their context; the rest (mood, negation,
 *  pronouns, passives, receiving, accepting, permission, tolerance, bodies) only qualify them. */
const DECIDING = F.pledge | F.order | F.appeal | F.finding | F.sanctionNoun | F.sanctionAct | F.recommend | F.enforce | F.prohibit
  | F.permit | F.tolerance | F.hesitate | F.get | F.removal | F.confront;

/** The entry of `feature` that word k fired on, as reported in `cues`. */
function cueOf(s: FeatureSeq, k: number, feature: TypeFeature): string {
  const w = s.word[k]!;
  const f = TYPE_FEATURES[feature];
  if ((f.stems as readonly string[]).includes(w.stem)) return w.stem;
  if ((f.words as readonly string[]).includes(w.low)) return w.low;
  return `di${w.low}`; // through pronounPassiveFeatures
}

/** The questions the rules ask about a statement's feature words. */
class Clause {
  readonly firstIrrealis: number;
  readonly firstProhibition: number;
  /** The first order or appeal word: what follows it is asked for, not reported as done. */
  readonly firstRequest: number;
  /** The first order word: a pledge word after it is what the order asks for. */
  readonly firstOrder: number;
  constructor(readonly s: FeatureSeq) {
    let irr = Infinity;
    let pro = Infinity;
    let req = Infinity;
    let ord = Infinity;
    for (let k = 0; k < s.n; k++) {
      if (ord === Infinity && (s.mask[k]! & F.order) !== 0 && !this.negated(k)) ord = s.pos[k]!;
      if (irr === Infinity && (s.mask[k]! & F.irrealis) !== 0) irr = s.pos[k]!;
      if (pro === Infinity && this.prohibitionAt(k)) pro = s.pos[k]!;
      if (req === Infinity && (s.mask[k]! & (F.order | F.appeal)) !== 0 && !this.negated(k)) req = s.pos[k]!;
    }
    this.firstIrrealis = irr;
    this.firstProhibition = pro;
    this.firstRequest = req;
    this.firstOrder = ord;
  }
  has(k: number, bit: number): boolean {
    return (this.s.mask[k]! & bit) !== 0;
  }
  any(bit: number): boolean {
    return (this.s.all & bit) !== 0;
  }
  /** A negation within NEGATION_REACH words before word k. A negation binds to the first tolerance or
   *  hesitation word after it (`tidak akan ragu menindak` negates `ragu`, not `menindak`). */
  negated(k: number): boolean {
    const p = this.s.pos[k]!;
    for (let j = k - 1; j >= 0 && p - this.s.pos[j]! <= NEGATION_REACH; j--) {
      if (this.has(j, F.negation)) return true;
      if (this.has(j, F.tolerance | F.hesitate)) return false;
    }
    return false;
  }
  /** `dilarang`, `jangan` (not `jangan hanya …`, which urges more), or a negated permission (`tidak boleh`). */
  prohibitionAt(k: number): boolean {
    if (this.has(k, F.prohibit)) return !(k + 1 < this.s.n && this.s.pos[k + 1] === this.s.pos[k]! + 1 && this.has(k + 1, F.focus));
    return this.has(k, F.permit) && this.negated(k);
  }
  /** Word k is reported as done: no modal, condition, order or appeal before it, not negated, not under a
   *  prohibition. */
  realised(k: number): boolean {
    const p = this.s.pos[k]!;
    return p < this.firstIrrealis && p < this.firstProhibition && p < this.firstRequest && !this.negated(k);
  }
  /** A removal verb with an office, rank or pay word within OFFICE_REACH words either side of it. */
  removalOfOffice(k: number): boolean {
    return this.has(k, F.removal) && (this.after(k, F.office, OFFICE_REACH) >= 0 || this.before(k, F.office, OFFICE_REACH) >= 0);
  }
  /** A `confront` word with a law word within CONFRONT_REACH words after it, not negated. */
  facesLaw(k: number): boolean {
    return this.has(k, F.confront) && !this.negated(k) && this.after(k, F.lawBody, CONFRONT_REACH) >= 0;
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
    const r = this.after(k, F.realis, REALIS_REACH);
    return r >= 0 && r + 1 < this.s.n && this.has(r + 1, F.passive) && this.s.pos[r + 1] === this.s.pos[r]! + 1;
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
  /** A pledge word that is the speaker's own: not negated (`tidak berkomitmen`), not inside a prohibition
   *  (`dilarang ikut deklarasi`), not what an order before it asks for (`Camat harus memastikan …`,
   *  `Saya minta para camat memastikan …`) and not an aim (`untuk memastikan …`). */
  pledge(k: number): boolean {
    const p = this.s.pos[k]!;
    return this.has(k, F.pledge) && !this.negated(k) && p < this.firstProhibition && p < this.firstOrder
      && !(k > 0 && this.s.pos[k - 1] === p - 1 && this.has(k - 1, F.purpose));
  }
}

interface TypeRule {
  type: StatementType;
  /** Adds to `out` the cues that fire the rule (none: it does not apply). */
  fire(c: Clause, out: string[]): void;
}

/** The rules, tried in this order; the first that fires decides. Why each sits where it does:
 *  1. pledge-accept: `bersedia menerima sanksi`, `bersedia diberi sanksi` hold a sanction word, but the
 *     speaker is pledging to accept it: before every sanction rule.
 *  2. sanction-reported: a sanction reported as done outweighs the orders or hopes around it
 *     (`sudah dicopot, kami minta yang lain belajar`).
 *  3. threat: an unrealised sanction, an enforcement word, a prohibition, a refused tolerance, facing
 *     the law, or a report to a sanctioning body under a modal or condition is a warning, even in a quote
 *     that also pledges (`kami siap menindak tegas`): the threat is the news.
 *  4. pledge: a first-person pledge, even when it contains `harus` (orders are about others).
 *  5. order: orders and obligations; an order softened by `berharap`/`mengajak` is still an order.
 *  6. appeal: a soft request with no order in it.
 *  7. finding: numbers and findings, the weakest cue; only before any modal or condition (`dapat
 *     terlaksana dengan kondusif` is a purpose; `belum menemukan` is still a finding). */
export const STATEMENT_TYPE_RULES: readonly TypeRule[] = [
  {
    type: 'commitment', // 1. pledge-accept
    fire(c, out) {
      if (!c.any(F.accept | F.get)) return;
      for (let k = 0; k < c.s.n; k++) if (c.pledge(k) && c.after(k, F.accept | F.get, PLEDGE_ACCEPT_REACH) >= 0) out.push(cueOf(c.s, k, 'pledge'));
    },
  },
  {
    type: 'sanction', // 2. sanction-reported
    fire(c, out) {
      if (!c.any(F.sanctionAct | F.recommend | F.sanctionNoun | F.enforce | F.removal)) return;
      const named = c.any(F.sanctionNoun | F.sanctionBody);
      for (let k = 0; k < c.s.n; k++) {
        if (!c.realised(k)) continue;
        if (c.has(k, F.sanctionAct)) out.push(cueOf(c.s, k, 'sanctionAct'));
        else if (c.removalOfOffice(k)) out.push(cueOf(c.s, k, 'removal'));
        else if (c.has(k, F.recommend) && named) out.push(cueOf(c.s, k, 'recommend'));
        else if (c.has(k, F.sanctionNoun) && c.subjectOfPerfectPassive(k)) out.push(cueOf(c.s, k, 'sanctionNoun'));
        else if (c.has(k, F.sanctionNoun | F.enforce) && c.perfectBefore(k)) {
          out.push(cueOf(c.s, k, c.has(k, F.sanctionNoun) ? 'sanctionNoun' : 'enforce'));
        } else if (c.has(k, F.get)) {
          const j = c.after(k, F.sanctionNoun, GET_REACH);
          if (j >= 0) out.push(cueOf(c.s, j, 'sanctionNoun'));
        }
      }
    },
  },
  {
    type: 'warning', // 3. threat
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) {
        if (c.has(k, F.prohibit)) {
          if (c.prohibitionAt(k)) out.push(cueOf(c.s, k, 'prohibit'));
        } else if (c.prohibitionAt(k)) out.push(`tidak ${cueOf(c.s, k, 'permit')}`);
        else if (c.has(k, F.tolerance) && c.negated(k)) out.push(cueOf(c.s, k, 'tolerance'));
        else if (c.has(k, F.hesitate) && c.negated(k) && c.after(k, F.sanctionAct | F.enforce | F.removal | F.sanctionNoun, HESITATE_REACH) >= 0) {
          out.push(cueOf(c.s, k, 'hesitate')); // `tidak ragu menindak`, not `tidak ragu melapor`
        }
        else if (c.has(k, F.sanctionNoun)) out.push(cueOf(c.s, k, 'sanctionNoun'));
        else if (c.has(k, F.sanctionAct | F.enforce) && !c.negated(k) && c.s.pos[k]! < c.firstOrder) {
          out.push(cueOf(c.s, k, c.has(k, F.sanctionAct) ? 'sanctionAct' : 'enforce'));
        } else if (c.removalOfOffice(k) && !c.negated(k)) out.push(cueOf(c.s, k, 'removal'));
        else if (c.facesLaw(k)) out.push(cueOf(c.s, k, 'confront'));
        else if (c.has(k, F.recommend) && c.any(F.sanctionBody) && c.s.pos[k]! > c.firstIrrealis && !c.negated(k)) {
          out.push(cueOf(c.s, k, 'recommend')); // `kalau ketahuan, kami teruskan ke KASN`
        }
      }
    },
  },
  {
    type: 'commitment', // 4. pledge
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) if (c.pledge(k)) out.push(cueOf(c.s, k, 'pledge'));
    },
  },
  {
    type: 'instruction', // 5. order
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) if (c.has(k, F.order) && !c.negated(k)) out.push(cueOf(c.s, k, 'order'));
    },
  },
  {
    type: 'appeal', // 6. appeal
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) if (c.has(k, F.appeal)) out.push(cueOf(c.s, k, 'appeal'));
    },
  },
  {
    type: 'assessment', // 7. finding
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) if (c.has(k, F.finding) && c.s.pos[k]! < c.firstIrrealis) out.push(cueOf(c.s, k, 'finding'));
    },
  },
];

/** The type of a statement whose feature words are `s`, and the cues that decided it (each once, in text
 *  order). */
export function statementType(s: FeatureSeq): { type: StatementType; cues: string[] } {
  const cues: string[] = [];
  if ((s.all & DECIDING) === 0) return { type: 'other', cues };
  const clause = new Clause(s);
  for (const rule of STATEMENT_TYPE_RULES) {
    rule.fire(clause, cues);
    if (cues.length > 0) {
      // each once, in text order
      for (let i = cues.length - 1; i > 0; i--) if (cues.indexOf(cues[i]!) < i) cues.splice(i, 1);
      return { type: rule.type, cues };
    }
  }
  return { type: 'other', cues };
}
