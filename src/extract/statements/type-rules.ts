// A statement's type, decided by ordered rules over the features of its words (the scheme and each type's
// decision rule are documented in src/lexicon/statement-types.ts). The words and their features come from
// `classify`, which reads each distinct word's features once (its token table); this file only decides.
import type { StatementType } from '../../model.js';
import type { FeatureSeq } from './type-features.js';
import { GET_REACH, PLEDGE_ACCEPT_REACH } from '../../lexicon/statement-types.js';
import { Clause, cueOf, DECIDING, F, INCLUSIVE, ISSUE, RECOMMEND_NOUN, REPORTING, SELF } from './type-clause.js';

interface TypeRule {
  type: StatementType;
  /** Adds to `out` the cues that fire the rule (none: it does not apply). */
  fire(c: Clause, out: string[]): void;
}

/** The rules, tried in this order; the first that fires decides. Why each sits where it does:
 *  1. pledge-accept: `bersedia menerima sanksi`, `bersedia diberi sanksi` hold a sanction word, but the
 *     speaker is pledging to accept it: before every sanction rule.
 *  2. opinion frame: a statement headed by an opinion verb (`menilai …`, `Saya kira …`) judges what it
 *     names, sanctions included (`menilai sanksi yang dijatuhkan terlalu ringan`): before the sanction
 *     rules; not when it also orders, appeals or forbids (those rules read it).
 *  3. sanction-reported: a sanction reported as done outweighs the orders or hopes around it
 *     (`sudah dicopot, kami minta yang lain belajar`).
 *  4. threat: an unrealised sanction, an enforcement word, a prohibition, a refused tolerance, facing
 *     the law, or a report to a sanctioning body under a modal or condition is a warning, even in a quote
 *     that also pledges (`kami siap menindak tegas`): the threat is the news.
 *  5. pledge: a first-person pledge, even when it contains `harus` (orders are about others).
 *  6. order: orders and obligations, and the imperative mood (`Laporkan segera …`); an order softened by
 *     `berharap`/`mengajak` is still an order.
 *  7. appeal: a soft request with no order in it.
 *  8. the speaker's side, future (`kami akan menindaklanjuti`, `saya tidak akan ikut kampanye`): a
 *     pledge without a pledge word; after orders and appeals (`kami akan meminta camat …` asks), and
 *     after threats (`kami akan menindak` threatens).
 *  9. finding: numbers and findings, the weakest cue; only before any modal or condition (`dapat
 *     terlaksana dengan kondusif` is a purpose; `belum menemukan` is still a finding), an epistemic hedge
 *     aside (`bisa jadi angka itu …`). */
export const STATEMENT_TYPE_RULES: readonly TypeRule[] = [
  {
    type: 'commitment', // 1. pledge-accept
    fire(c, out) {
      if (!c.any(F.accept | F.get | F.passive)) return;
      for (let k = 0; k < c.s.n; k++) if (c.pledge(k) && (c.after(k, F.accept | F.get, PLEDGE_ACCEPT_REACH) >= 0 || c.pledgedPassive(k))) out.push(cueOf(c.s, k, 'pledge'));
    },
  },
  {
    type: 'assessment', // 2. opinion frame
    fire(c, out) {
      if (!c.any(F.opinion) || c.firstRequest < Infinity || c.firstProhibition < Infinity) return;
      for (let k = 0; k < c.s.n; k++) if (c.opinionFrame(k)) out.push(cueOf(c.s, k, 'opinion'));
    },
  },
  {
    type: 'sanction', // 3. sanction-reported
    fire(c, out) {
      if (!c.any(F.sanctionAct | F.recommend | F.sanctionNoun | F.enforce | F.removal | F.warnNoun | F.get)) return;
      const named = c.any(F.sanctionNoun | F.sanctionBody);
      for (let k = 0; k < c.s.n; k++) {
        if (c.renewalRefused(k)) out.push(`tidak ${c.low(k)}`); // `kontraknya tidak diperpanjang lagi`
        // pay lost told from the offender's side, with no modal, condition, order or prohibition before it (`Tiga
        // pegawai yang terbukti ikut kampanye kini hanya menerima separuh tunjangan kinerja`)
        if (c.payLost(k) && c.reportedLoss(k)) out.push(c.low(k));
        if (!c.realised(k) || daredBefore(c, k)) continue;
        const noun = c.sanctionNounAt(k);
        if (c.sanctionActAt(k)) out.push(cueOf(c.s, k, 'sanctionAct'));
        else if (!c.removalNoun(k) && !c.renews(k) && (c.removalOfOffice(k) || c.removalByBody(k))) out.push(cueOf(c.s, k, 'removal'));
        else if (c.has(k, F.recommend) && named && !REPORTING.has(c.low(k)) && !RECOMMEND_NOUN.has(c.low(k))) out.push(cueOf(c.s, k, 'recommend'));
        else if (noun && (c.subjectOfPerfectPassive(k) || c.perfectBefore(k))) out.push(c.low(k));
        else if (c.enforceAt(k) && c.perfectBefore(k)) out.push(cueOf(c.s, k, 'enforce'));
        else if (c.has(k, F.get)) {
          const p = c.s.pos[k]!;
          for (let j = k + 1; j < c.s.n && c.s.pos[j]! - p <= GET_REACH; j++) {
            if (c.sanctionNounAt(j) || (RECOMMEND_NOUN.has(c.low(j)) && ISSUE.has(c.low(k)))) {
              out.push(c.low(j));
              break;
            }
          }
        }
      }
    },
  },
  {
    type: 'warning', // 4. threat
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) {
        if (c.has(k, F.prohibit)) {
          if (c.prohibitionAt(k) && !c.hortative()) out.push(cueOf(c.s, k, 'prohibit'));
        } else if (c.prohibitionAt(k)) {
          // (a negated permission an order asks for is the order's: `diminta agar tidak mengizinkan …`)
          if (!c.hortative() && !c.ordered(k)) out.push(`tidak ${cueOf(c.s, k, 'permit')}`);
        }
        else if (c.refusedTolerance(k)) out.push(cueOf(c.s, k, 'tolerance'));
        else if (c.daredOffender(k)) out.push(c.low(k)); // `Siapa yang masih nekat, silakan berhadapan dengan …`
        else if (c.has(k, F.hesitate) && c.negated(k) && c.enforcingAfter(k) && !c.ordered(k)) {
          out.push(cueOf(c.s, k, 'hesitate')); // `tidak ragu menindak`, not `tidak ragu melapor`
        }
        else if (c.denied(k)) continue; // `belum ada ASN yang dijatuhi sanksi` denies, threatens nothing
        // not `tidak akan memberikan sanksi`; a negation inside a denial affirms (`tidak ada yang kebal sanksi`)
        // nor a sanction that an ordered verb imposes (`meminta PPK tidak ragu menjatuhkan sanksi`)
        else if (c.sanctionNounAt(k) && c.negated(k) === c.inDenial(k) && !c.asked(k)) out.push(c.low(k));
        // (nor an act an appeal asks its addressee to do, in the active: `menyarankan para nakes menonaktifkan grup …`;
        // not the speaker's own passive, `Kader yang kedapatan mengajak …, akan kami bebastugaskan`)
        else if ((c.sanctionActAt(k) || c.enforceAt(k)) && !c.negated(k) && !c.ordered(k) && !c.askedAct(k)) {
          out.push(cueOf(c.s, k, c.has(k, F.sanctionAct) ? 'sanctionAct' : 'enforce'));
        } else if (c.removalOfOffice(k) && c.takesAway(k) && !c.askedAct(k)) out.push(cueOf(c.s, k, 'removal'));
        else if (c.enforcesOnGeneric(k)) out.push(cueOf(c.s, k, 'enforce')); // `Anggota yang …, tetap akan kami periksa`
        else if (c.facesLaw(k)) out.push(cueOf(c.s, k, 'confront'));
        else if (c.handsOnToBody(k)) out.push(`${c.low(k)} ${c.low(c.after(k, F.sanctionBody, c.s.pos[c.s.n - 1]!))}`); // `saya … ke BKN`
        // pay an offender will lose, under a modal or condition (`ASN yang terbukti ikut kampanye tidak akan lagi menerima
        // tunjangan`); not what an order asks
        else if (c.payLost(k) && c.s.pos[k]! > c.firstIrrealis && !c.ordered(k)) out.push(c.low(k));
        else if (c.has(k, F.recommend) && c.s.pos[k]! > c.firstIrrealis && !c.negated(k) && !RECOMMEND_NOUN.has(c.low(k))) {
          // `kalau ketahuan, kami teruskan ke KASN`; `kalau …, kami catat dan laporkan` (the speaker's side
          // reporting someone needs no body named)
          // (under a condition proper, or naming a body that sanctions or enforces: `akan kami laporkan ke
          // BKN`; not `hasilnya akan kami laporkan ke Pj Bupati`)
          // (the passive under a generic subject or a condition, to a body that sanctions or enforces: `ASN yang
          // kedapatan ikut kampanye akan langsung dilaporkan ke BKN`)
          const reported = REPORTING.has(c.low(k))
            ? (c.selfBefore(k) && (c.s.pos[k]! > c.firstCondition || c.any(F.sanctionBody | F.lawBody)))
              || (c.has(k, F.passive) && c.s.pos[k]! > c.firstCondition && c.any(F.sanctionBody | F.lawBody))
            // a case handed on to the law under a condition proper threatens as well (`kalau ada kepala desa
            // yang terbukti …, kami teruskan ke polisi`)
            : c.any(F.sanctionBody) || (c.s.pos[k]! > c.firstCondition && c.any(F.lawBody));
          if (reported) out.push(cueOf(c.s, k, 'recommend'));
        }
      }
    },
  },
  {
    type: 'commitment', // 5. pledge
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) if (c.pledge(k)) out.push(cueOf(c.s, k, 'pledge'));
    },
  },
  {
    type: 'instruction', // 6. order
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) {
        if (c.orderAt(k)) {
          if (c.s.pos[k]! > c.firstAppeal) continue; // asked for by the appeal before it (`Mohon … untuk mengingatkan … agar …`)
          out.push(cueOf(c.s, k, 'order'));
        }
        // an imperative that an appeal before it asks for is the appeal's as well (`Tolong, kalau ada ajakan …,
        // tolak dengan sopan`, `Kami mengajak … Kalau melihat …, foto dan laporkan …`)
        else if (c.has(k, F.imperative) && c.s.pos[k]! <= c.firstAppeal) out.push(c.low(k));
      }
    },
  },
  {
    type: 'appeal', // 7. appeal
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) {
        if (c.encouraged(k)) out.push(`${c.low(k)} ${c.low(k + 1)}`); // `Jangan takut melapor`
        else if (c.appealAt(k)) out.push(cueOf(c.s, k, 'appeal'));
        else if (c.has(k, F.order) && INCLUSIVE.has(c.obligedBy(k) ?? '')) out.push(`kita ${c.low(k)}`); // `kita harus …`
      }
    },
  },
  {
    type: 'commitment', // 8. the speaker's side, future
    fire(c, out) {
      for (let k = 0; k < c.s.n; k++) {
        if (c.futureSelf(k)) out.push(c.adjacentBefore(k, F.irrealis) ? `${c.low(k - 1)} ${c.low(k)}` : `${c.low(k)} akan`);
        else if (c.has(k, F.order) && !c.negated(k) && SELF.has(c.obligedBy(k) ?? '')) out.push(`${c.obligedBy(k)!} ${c.low(k)}`); // `kami harus …`
      }
    },
  },
  {
    type: 'assessment', // 9. finding
    fire(c, out) {
      if (c.s.requirement) return; // a list of requirements states a rule, no finding (`pendaftar … harus berdomisili …`)
      for (let k = 0; k < c.s.n; k++) if (c.finding(k) && c.s.pos[k]! < c.firstConditionOnFinding) out.push(cueOf(c.s, k, 'finding'));
      // a negated existential with a relative clause reports that none are found (`tidak ada ASN yang terbukti …`),
      // an asserted one that some are (`masih ada yang belum paham …`)
      if (c.s.denyFrom >= 0 && c.s.denyFrom < c.firstConditionOnFinding) out.push(c.s.denyCue);
      // (a bare `Ada … yang` only with no modal anywhere: `Ada pasien saya yang akan berangkat …` tells a plan)
      if (c.s.existsAt >= 0 && c.s.existsAt < c.firstConditionOnFinding && (c.s.existsCue !== 'ada' || c.firstIrrealis === Infinity)) {
        out.push(c.s.existsCue);
      }
    },
  },
];

/** A dare to a generic offender before word k (daredOffender), and no perfect marker reports k: what the dare
 *  announces is the consequence to come, a threat, no sanction done (`Lurah yang masih memasang baliho calon,
 *  bersiap-siap saja. Tunjangannya kami tahan`; `…, siap-siap. Tunjangannya sudah kami tahan` reports). */
function daredBefore(c: Clause, k: number): boolean {
  if (c.perfectBefore(k)) return false;
  for (let j = 0; j < k; j++) if (c.daredOffender(j)) return true;
  return false;
}

/** The type of a statement whose feature words are `s`, and the cues that decided it (each once, in text
 *  order). */
export function statementType(s: FeatureSeq): { type: StatementType; cues: string[] } {
  const cues: string[] = [];
  if ((s.all & DECIDING) === 0 && s.denyFrom < 0 && s.existsAt < 0) return { type: 'other', cues };
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
