// Topic (neutrality) and type of a statement, by transparent cue rules over stemmed tokens. The type rules
// live in type-rules.ts, the scheme and its word features in src/lexicon/statement-types.ts, each word's token
// (its features, read once per distinct word) in type-tokens.ts.
import type { StatementType } from '../../model.js';
import { NEUTRALITY_AFFIXED, NEUTRALITY_PHRASES, NEUTRALITY_STEMS } from '../../lexicon/neutrality.js';
import { COMPARISON_DEGREE, COMPARISON_QUANTITY, EXISTENTIAL_REACH, OBLIGATION_MODALS, GENERIC_CONDITIONS, GENERIC_HEAD_WORDS, NEGATION_REACH, OFFENDER_HEADS, REMIND_REACH } from '../../lexicon/statement-types.js';
import { ABILITY_MODALS, CONFRONT_REACH, COUNTED_HEADS, NEEDLESS, NUMERAL_FOCUS, PARTISAN_WORDS, RHETORICAL_OPENERS, RHETORICAL_WHY } from '../../lexicon/statement-type-words.js';
import { isWordCharAt, wordCharLength, wordRunEnd } from '../../text/words.js';
import { FEATURE, newFeatureSeq, type FeatureSeq } from './type-features.js';
import { statementType } from './type-rules.js';
import { CONDITION } from './type-classes.js';
import { phrasesAt, type Heads } from './cue-phrases.js';
import { joinSplitCompounds } from './split-compounds.js';
import { joinActTitles } from './type-titles.js';
import {
  ASCII_WORD, clauseBreak, FNV_OFFSET, FNV_PRIME, isUpperAt, lookup, NEXT_CLAUSE, NEXT_EVENT, NEXT_NOT_SUBJECT, NEXT_PAST, NEXT_RECIPROCAL, NEXT_TOPIC,
  listedBase, NOT_BACKGROUND, NOT_RECIPROCAL, NOT_REQUEST, NOUN_FOLLOWERS, tokAt, type Tok,
} from './type-tokens.js';

/** The neutrality masks of all tokens of a quote, OR-ed by `cueTokens`: [neutral, affixed]. */
const masks = new Int32Array(2);

function addMasks(t: Tok): void {
  masks[0]! |= t.neutral;
  masks[1]! |= t.affixed;
}

/** ORs into `masks` (cleared first) the cue masks of the tokens `[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*`
 *  (words, hyphenated compounds kept whole), scanned by char code; a plain word is hashed for the token
 *  table while it is scanned. Also pushes to `heads` the start of every `[\p{L}\p{N}]+` run (hyphen parts
 *  too: `anti-politik uang` holds `politik uang`) that is a phrase's first word, in text order. Returns
 *  whether any token is a cue. */
function cueTokens(text: string, heads: Heads, words: FeatureSeq, original: string): boolean {
  masks.fill(0);
  words.n = 0;
  words.all = 0;
  words.denyFrom = -1;
  words.denyTo = -1;
  words.existsAt = -1;
  words.genericAt = -1;
  words.caughtAt = -1;
  words.requirement = false;
  let existentialAt = -1; // the word position of a negated existential (`tidak ada`), until its clause ends
  let assertedAt = -1; // the word position of an asserted existential (`masih ada`), until its clause ends
  let conditionBefore = false; // the previous word is a condition proper (`kalau`, CONDITIONALS)
  let conditionInClause = false; // a condition proper so far in the clause
  let offenderNounAt = -1; // the word position of the clause's last person noun (OFFENDER_HEADS), or -1
  let offenderRelativeAt = -1; // the `yang` of an official's relative under a condition, until an offence word in its clause
  let ableUnderNegation = false; // an ability modal between a negation and its target (`tidak bisa membedakan`, ABILITY_MODALS)
  let aspectBefore: Tok | null = null; // the previous word, when an aspect marker (`masih`)
  let negationBefore: Tok | null = null; // the previous word, when a negation
  let negLeft = 0; // words a negation's scope may still cover (0: none open; -1: a verb target's object)
  let any = false;
  const n = text.length;
  let i = 0;
  let pos = 0; // words so far
  let clauseNo = 0; // clause-ending punctuation marks so far
  let sentenceNo = 0; // sentence-ending punctuation marks so far
  let sentenceFrom = 0; // the first feature word of the sentence
  let question = false; // a question mark ended a sentence (its words' masks were cleared)
  let rhetorical = false; // the sentence is a rhetorical question so far (RHETORICAL_WHY + negation, RHETORICAL_OPENERS)
  let whyAt = -1; // the word position of a why-word opening its clause, for the negation right after it
  let afterPronoun = false;
  let numeral = 0; // after a numeral: 1 a figure, 2 a passive verb's agents (`diikuti 2.000 ASN`); 0 none
  let afterPassive = false;
  let afterRelative = false;
  let afterAct = false;
  let clauseStart = true;
  let sentenceStart = true; // at the start or after . ! ? ; : (a capital there says nothing)
  let prevNext = 0; // the previous word's `next`
  let imperativeAt = -1; // the word index of an imperative read at the previous word, until the next word confirms it
  let clauseImperative = -1; // the word index of the clause's imperative, until its clause ends
  let verbs = 0; // verbs so far in the clause (FeatureSeq.pred)
  let temporal = 0; // 1 right after a temporal subordinator, 2 inside its clause (TEMPORAL_SUBORDINATORS)
  let predicate = false; // a verb or a pronoun so far in the clause (a directive `agar` has none before it)
  let addressee = false; // the clause opens with a universal quantifier's addressee (`Seluruh ASN …`, `kepada para …`)
  let clauseWords = 0; // words so far in the clause
  let personHead = false; // a person noun (OFFENDER_HEADS) among the sentence's first words
  let sentencePos = 0; // the word position at which the sentence starts
  let sentenceClause = 0; // the clause number at which the sentence starts
  let inRelative = false; // inside a relative clause (`yang …`), until a perfect marker or a modal opens the predicate
  let countedHead = false; // a numeral or COUNTED_HEADS word heads the clause's subject so far (no predicate yet)
  let remindAt = -1; // the feature word of a reminder that heads its request (REMINDERS), until its content or its clause's end
  let remindPos = -1; // its word position
  let reclaimed: Tok | null = null; // the previous word, when a verb of taking back right after the speaker's side (RECLAIMING)
  let reclaimedNeg = false; // whether it was in a negation's scope
  while (i < n) {
    // to the next word start
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? ASCII_WORD[c0] === 0 : wordCharLength(text, i) === 0) {
      if (clauseBreak(c0)) {
        clauseStart = true;
        clauseNo++;
        verbs = 0;
        inRelative = false;
        temporal = 0;
        predicate = false;
        addressee = false;
        clauseWords = 0;
        clauseImperative = -1;
        remindAt = -1;
        conditionInClause = false;
        offenderNounAt = -1;
        offenderRelativeAt = -1;
        countedHead = false;
        negLeft = 0;
        if (existentialAt >= 0) {
          if (words.denyFrom >= 0 && words.denyTo < 0) words.denyTo = pos;
          existentialAt = -1;
        }
        assertedAt = -1;
        prevNext = 0; // what a word does to the next stays in its clause
        if (c0 !== 0x2c) {
          // a question asserts nothing: its words decide no type (`Apakah ASN yang hanya menyukai unggahan calon
          // bisa dikenai sanksi?`); the next sentence answers with its own (`Siapa yang berani? Pasti kami tindak`).
          // A rhetorical question asserts its answer and keeps them (`…, kenapa tidak kami copot dari jabatannya?`)
          if (c0 === 0x3f /* ? */ && words.n > sentenceFrom && !rhetorical) {
            for (let w = sentenceFrom; w < words.n; w++) words.mask[w] = 0;
            question = true;
          }
          if (!sentenceStart) sentenceNo++;
          rhetorical = false;
          sentenceFrom = words.n;
          sentencePos = pos;
          sentenceClause = clauseNo;
          personHead = false;
          sentenceStart = true;
        }
      }
      i++;
      continue;
    }
    // the run of word characters, hashed on the way
    let h = FNV_OFFSET;
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
      } else {
        const l = wordCharLength(text, j);
        if (l === 0) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        if (l === 2) h = Math.imul(h ^ text.charCodeAt(j + 1), FNV_PRIME);
        j += l;
      }
    }
    let t: Tok;
    // `j + 1 < n` first: reading the char code at the end would deoptimise the loop ("out of bounds")
    if (j + 1 < n && text.charCodeAt(j) === 0x2d /* - */ && isWordCharAt(text, j + 1)) {
      // a hyphenated compound (rare): the whole token, and each part for the phrase heads
      let run = i;
      while (j + 1 < n && text.charCodeAt(j) === 0x2d && isWordCharAt(text, j + 1)) {
        if (tokAt(text, run, j).head) heads.pos[heads.n++] = run;
        run = j + 1;
        j = wordRunEnd(text, run, n);
      }
      if (tokAt(text, run, j).head) heads.pos[heads.n++] = run;
      t = tokAt(text, i, j);
    } else {
      t = lookup(text, i, j, h);
      if (t.head) heads.pos[heads.n++] = i;
    }
    if (imperativeAt >= 0) {
      // a demonstrative, a possessor or a name right after it: a noun phrase (`Desakan itu`, `Pasukan Misrata`)
      // (a listed base keeps its mood before an acronym, its object: `Jaga TPS …`)
      const object = listedBase(words.word[imperativeAt]!.low) && isAcronymAt(original, i, j);
      if (NOUN_FOLLOWERS.has(t.low) || (isUpperAt(original, i) && !object)) words.mask[imperativeAt]! &= ~FEATURE.imperative;
      imperativeAt = -1;
    }
    const inScope = negLeft > 0 || (negLeft === -1 && !t.verb);
    if (inScope && ABILITY.has(t.low)) ableUnderNegation = true;
    // a negation right after a why-word opening its clause asks why not: the clause asserts (`kenapa tidak kami copot`)
    const whyNot = whyAt >= 0 && whyAt === pos - 1 && (t.gram & FEATURE.negation) !== 0;
    if (whyNot) rhetorical = true;
    // a temporal clause opens after its subordinator, unless a demonstrative makes it an adverb (`setelah itu`)
    if (temporal === 1) temporal = NOUN_FOLLOWERS.has(t.low) ? 0 : 2;
    const figure = t.counted && numeral === 1;
    // the post a demotion gives, right after the removal verb (`turunkan jadi guru biasa`): an office word
    const demoted = t.demoted && words.n > 0 && words.pos[words.n - 1] === pos - 1 && (words.mask[words.n - 1]! & FEATURE.removal) !== 0;
    // the jussive `agar` right after its addressee, no predicate before it, or a responsibility assigned to it: a
    // directive (`Seluruh ASN agar …`, `setiap camat bertanggung jawab atas …`)
    const directive = t.directive && (pos === 0 || (addressee && !predicate));
    // needlessness right after a negation is the soft negative imperative, read as `jangan` (`Tidak usah ragu melapor`)
    const needless = negationBefore !== null && NEEDLESS_WORDS.has(t.low);
    // favouring negated, or inside a negated existential's relative clause, declares equal treatment: a pledge word whose
    // negation is its content (`…, tidak ada warga yang kami istimewakan`, `Kami tidak membeda-bedakan pasangan calon`);
    // whose pledge it is, the rules read (Clause.pledge: the speaker's side before it)
    // (an ability modal under the negation reports an inability, no refusal: `Kami tidak bisa membedakan mana akun asli
    // dan mana akun palsu`, review19, tells apart; `tidak kami bedakan berdasarkan dukungan` still pledges)
    const impartial = t.favour && ((inScope && !ableUnderNegation) || (words.denyFrom >= 0 && words.denyTo < 0));
    // striking off, the speaker's object-fronted act on an offender named before it, is the speaker's consequence: an
    // enforcement word (`Kalau ada kepala sekolah yang mengumpulkan guru …, namanya saya coret dari daftar`; EXCLUDING)
    const excluded = t.exclude && afterPronoun && (words.caughtAt >= 0 || words.genericAt >= 0);
    if (t.cue || figure || demoted || directive || needless) {
      addMasks(t);
      any = true;
      // an imperative starts a clause; after a comma or a coordinator a capital makes it a name (`…, Slipi`)
      const initial = t.initial !== 0 && (sentenceStart || ((clauseStart || (prevNext & NEXT_CLAUSE) !== 0) && !isUpperAt(original, i)));
      // (being found out right after `yang` is a generic subject's condition, unless a numeral heads it: the counted
      // referent names who, `Tiga kepala desa yang terbukti memasang baliho dikenai teguran`, COUNTED_HEADS)
      const condition = afterRelative && !countedHead;
      let mask = t.gram | (afterPronoun ? t.gramDi : 0) | (initial ? t.initial : 0) | (t.proven && condition ? FEATURE.irrealis : 0)
        | (figure ? FEATURE.finding : 0) | (demoted ? FEATURE.office : 0) | (directive ? FEATURE.order : 0) | (needless ? FEATURE.prohibit : 0)
        | (impartial ? FEATURE.pledge : 0) | (excluded ? FEATURE.enforce : 0);
      // `tegas` threatens only after an act (`tindakan tegas`); a pledge word in a relative clause is no
      // pledge of the speaker (`partai yang siap mendukung`, `yang mendeklarasikan diri`), nor a frequency there a
      // finding (`yang sering ditanyakan`)
      if (t.attributive && !afterAct) mask &= ~FEATURE.enforce;
      if (whyNot) mask &= ~FEATURE.negation;
      if (temporal === 2) mask &= NOT_BACKGROUND; // background: `… dibatalkan setelah ada teguran dari dinas`
      if (afterRelative) mask &= t.frequency ? ~(FEATURE.pledge | FEATURE.finding) : ~FEATURE.pledge;
      if (afterRelative && countedHead && GENERIC.has(t.low)) mask &= ~FEATURE.irrealis; // `Dua camat yang kedapatan …`
      if (prevNext !== 0) {
        if ((prevNext & NEXT_NOT_SUBJECT) !== 0) {
          // the speaker's side after a `confront` word and its preposition is what the offender faces, as the law
          // is (`Yang coba-coba berpihak, akan berhadapan langsung dengan saya`)
          if ((mask & FEATURE.pronoun) !== 0 && words.n > 0 && confrontBefore(words, pos)) mask |= FEATURE.lawBody;
          mask &= ~FEATURE.pronoun;
        }
        if ((prevNext & (NEXT_EVENT | NEXT_PAST)) !== 0) mask &= ~FEATURE.pledge;
        if ((prevNext & NEXT_RECIPROCAL) !== 0) mask &= NOT_RECIPROCAL;
        if ((prevNext & NEXT_TOPIC) !== 0 && t.prohibitionNoun) mask &= ~FEATURE.prohibit;
      }
      if (mask !== 0) {
        if (initial) imperativeAt = clauseImperative = words.n;
        const w = words.n++;
        words.pos[w] = pos;
        words.mask[w] = mask;
        words.word[w] = t;
        words.neg[w] = inScope && !needless && !impartial; // (the negation is part of the imperative, or of the pledge)
        words.clause[w] = clauseNo;
        words.sentence[w] = sentenceNo;
        words.pred[w] = verbs;
        words.relAfter[w] = false;
        words.verbContent[w] = false;
        words.all |= mask;
        // a reminder heading the request (the reporting verb first, or right after the speaker's side): an active verb
        // after its addressee is its content (`mendorong pemerintah desa membuka posko pengaduan …`; not `Program itu
        // mendorong warga …`, a thing's effect, nor `faktor yang mendorong …`)
        if (t.remind && (pos === 0 || afterPronoun) && !afterRelative) {
          remindAt = w;
          remindPos = pos;
        }
      }
    }
    // a negated existential and its relative clause (`belum ada ASN yang …`): the first one only
    if (words.denyFrom < 0) {
      if (t.existential && negationBefore !== null) {
        existentialAt = pos;
        words.denyCue = `${negationBefore.low} ${t.low}`;
      } else if (t.relative && existentialAt >= 0 && pos - existentialAt <= EXISTENTIAL_REACH) words.denyFrom = pos;
    }
    // an asserted existential and its relative clause (`masih ada yang …`): the first one only
    if (words.existsAt < 0) {
      if (t.existential && (aspectBefore !== null || sentenceStart)) {
        assertedAt = pos;
        words.existsCue = aspectBefore !== null ? `${aspectBefore.low} ${t.low}` : t.low;
      } else if (t.relative && assertedAt >= 0 && pos - assertedAt <= EXISTENTIAL_REACH) words.existsAt = pos;
    }
    // a perfect marker in the clause of an imperative (not in a relative clause): the -kan word was its subject, a
    // noun (`Pasukan pengamanan sudah disiagakan di setiap TPS`); an order has no perfect aspect
    if (clauseImperative >= 0 && !inRelative && (t.gram & FEATURE.realis) !== 0) {
      words.mask[clauseImperative]! &= ~FEATURE.imperative;
      clauseImperative = -1;
    }
    // the reminder's content: an active verb after at least one addressee word, within REMIND_REACH. A relative clause
    // first makes the verb the addressee's description (`mengingatkan ASN yang melanggar …`); a preposition, a
    // negation, a modal (CONTENT_MODALS), an aspect or a copula first makes a clause of fact (`mengingatkan personel bahwa anggota Polri
    // tidak memiliki hak pilih`, `mengingatkan pada Pemilu 2019 Bawaslu menangani …`): no request's content
    if (remindAt >= 0 && pos > remindPos) {
      if (t.relative || (t.next & NEXT_NOT_SUBJECT) !== 0 || (t.predicate && !t.active) || (t.gram & CONTENT_MODALS) !== 0) remindAt = -1;
      else if (t.active && pos - remindPos >= 2) {
        if (pos - remindPos <= REMIND_REACH) words.verbContent[remindAt] = true;
        remindAt = -1;
      }
    }
    // taking back, the speaker's object-fronted act on an offender named before it (round 20: `Pegawai yang kedapatan
    // mengantar tim sukses …, besoknya kunci mobil itu saya minta kembali`; RECLAIMING, RETURNING): the speaker's
    // consequence, an enforcement word, no request; on no offender nothing is read into it
    if (t.back && reclaimed !== null && (words.caughtAt >= 0 || words.genericAt >= 0)) {
      const last = words.n - 1;
      if (last >= 0 && words.pos[last] === pos - 1) words.mask[last] = (words.mask[last]! & ~FEATURE.order) | FEATURE.enforce;
      else {
        const w = words.n++;
        words.pos[w] = pos - 1;
        words.mask[w] = FEATURE.enforce;
        words.word[w] = reclaimed;
        words.neg[w] = reclaimedNeg;
        words.clause[w] = clauseNo;
        words.sentence[w] = sentenceNo;
        words.pred[w] = verbs;
        words.relAfter[w] = false;
        words.verbContent[w] = false;
      }
      words.all |= FEATURE.enforce;
      any = true;
    }
    reclaimed = t.reclaim && afterPronoun ? t : null;
    reclaimedNeg = inScope;
    aspectBefore = t.aspect ? t : null;
    negationBefore = (t.gram & FEATURE.negation) !== 0 && !whyNot ? t : null;
    // the negation's scope: over transparent words to its target, which closes it
    if (negLeft > 0) negLeft = t.transparent ? negLeft - 1 : t.verb ? -1 : 0;
    else if (negLeft === -1) negLeft = 0;
    if (negationBefore !== null) {
      negLeft = NEGATION_REACH;
      ableUnderNegation = false;
    }
    // an apology right after a request word makes an idiom (`meminta maaf`, `mohon maaf`)
    if (t.apology && words.n > 0 && words.pos[words.n - 1] === pos - 1) words.mask[words.n - 1]! &= NOT_REQUEST;
    // an obligation right before an attribute one has states a requirement, no order (`pendaftar harus berdomisili di
    // desa setempat`, ATTRIBUTE_VERBS; `ASN harus bersikap netral` orders)
    if (t.attribute && words.n > 0 && words.pos[words.n - 1] === pos - 1 && OBLIGED.has(words.word[words.n - 1]!.low)) {
      words.mask[words.n - 1]! &= ~FEATURE.order;
      words.requirement = true;
    }
    // an offender named: being found out right after `yang`, counted head or not (`Tiga pegawai yang terbukti …`)
    // or right after a condition (`Kalau terbukti berpihak, …`)
    // or a generic condition word anywhere (`Siapa pun ASN yang …`, `kalau ketahuan …`: GENERIC_CONDITIONS)
    if (words.caughtAt < 0 && (GENERIC.has(t.low) || ((afterRelative || conditionBefore) && t.proven))) words.caughtAt = pos;
    // or an official under a condition, heading a relative (`Kalau ada kepala sekolah yang …`: OFFENDER_HEADS), its unit
    // words after the head as for a generic subject (GENERIC_HEAD_WORDS, round 20: `Kalau ada kepala dinas yang …`),
    // whose relative clause holds an offence word (a neutrality cue, a finding or a partisan word: `yang ikut berkampanye`,
    // `yang terbukti …`, `yang menggiring warga ke posko calon`, PARTISAN_WORDS); any other relative names no offender
    // (review19: `Kalau ada ASN yang sudah meninggal dunia tetapi masih terdaftar di DPT, namanya kami coret`)
    if (t.relative && words.caughtAt < 0 && conditionInClause && offenderNounAt >= 0 && pos - offenderNounAt <= GENERIC_HEAD_WORDS) offenderRelativeAt = pos;
    else if (offenderRelativeAt >= 0 && words.caughtAt < 0 && (t.neutral !== 0 || t.affixed !== 0 || t.proven || PARTISAN.has(t.low))) words.caughtAt = offenderRelativeAt;
    // a generic subject fronted at the start of a sentence (`Yang masih nekat …`, `Anggota yang foto …`; round 20: not only
    // the statement's first, `Tidak ada tawar-menawar. Camat yang memihak tidak akan saya pertahankan satu hari pun`)
    // (not one that refers back: `Kades yang bersangkutan juga akan kami panggil`, ANAPHORIC_RELATIVES)
    if (t.anaphoric && afterRelative && words.genericAt === pos - 1) words.genericAt = -1;
    const first = clauseNo === sentenceClause;
    if (t.relative && words.genericAt < 0 && first && !predicate && !countedHead && pos - sentencePos <= GENERIC_HEAD_WORDS && (pos === sentencePos || personHead)) words.genericAt = pos;
    if (!personHead && first && pos - sentencePos < GENERIC_HEAD_WORDS && OFFENDER.has(t.low)) personHead = true;
    // a comparison right before a numeral is a bound, a requirement or a limit (`berusia paling rendah 21 tahun`,
    // `paling sedikit dua orang`), no finding of how many (BOUNDS)
    if (t.numeral && words.n >= 2 && words.pos[words.n - 1] === pos - 1 && words.pos[words.n - 2] === pos - 2
      && DEGREE.has(words.word[words.n - 2]!.low) && QUANTITY.has(words.word[words.n - 1]!.low)) {
      words.mask[words.n - 1]! &= ~FEATURE.finding;
      words.mask[words.n - 2]! &= ~FEATURE.finding;
    }
    // a pronoun right before `yang` is no subject (`pasien saya yang akan berangkat`)
    if (t.relative && words.n > 0 && words.pos[words.n - 1] === pos - 1) {
      words.mask[words.n - 1]! &= ~FEATURE.pronoun;
      words.relAfter[words.n - 1] = true;
    }
    // a verb of the clause's predicate, not one of a relative clause (`ASN yang terbukti melanggar …`); a perfect
    // marker or a modal after the relative clause opens the predicate (`… yang terbukti melanggar sudah kami tunda`)
    if (t.predicate) predicate = true;
    // the counted referent: a numeral heading the subject, until the clause's predicate; `saja` right after it ("even
    // one") makes it a condition again (NUMERAL_FOCUS)
    if (!predicate && !countedHead && (t.numeral || COUNTED.has(t.low))) countedHead = true;
    else if (countedHead && (predicate || (numeral !== 0 && FOCUS.has(t.low)))) countedHead = false;
    // (the quantifier first in its clause, or second after a preposition: `kepada seluruh kapolres agar …`)
    if (t.addressee && !predicate && (clauseWords === 0 || (clauseWords === 1 && (prevNext & NEXT_NOT_SUBJECT) !== 0))) addressee = true;
    whyAt = clauseWords === 0 && WHY.has(t.low) ? pos : -1;
    if (clauseWords === 0 && RHETORICAL_OPENER.has(t.low)) rhetorical = true;
    clauseWords++;
    if (t.temporal) temporal = 1;
    if (t.relative) inRelative = true;
    else if ((t.gram & FEATURE.realis) !== 0 || ((t.gram & FEATURE.irrealis) !== 0 && !GENERIC.has(t.low))) inRelative = false;
    else if (t.verb && !inRelative) verbs++;
    afterPronoun = (t.gram & FEATURE.pronoun) !== 0;
    // a numeral's digit groups (`2.000`) and words (`dua ribu`) keep the state of its first part
    numeral = t.numeral ? (numeral !== 0 ? numeral : afterPassive ? 2 : 1) : 0;
    afterPassive = (t.gram & FEATURE.passive) !== 0;
    afterRelative = t.relative;
    conditionBefore = CONDITION.has(t.low);
    if (conditionBefore) conditionInClause = true;
    if (OFFENDER.has(t.low)) offenderNounAt = pos;
    afterAct = t.act;
    // an adverb of urgency keeps its clause's start for the imperative after it (`Segera laporkan …`)
    if (!t.urgent) {
      clauseStart = false;
      sentenceStart = false;
    }
    prevNext = t.next;
    pos++;
    i = j;
  }
  if (words.denyFrom >= 0 && words.denyTo < 0) words.denyTo = pos;
  if (question) {
    words.all = 0;
    for (let w = 0; w < words.n; w++) words.all |= words.mask[w]!;
  }
  return any;
}

/** A permission, an obligation or a prohibition before the verb: the content states a rule (`mengingatkan ASN boleh
 *  mencoblos, tetapi tidak boleh …`), no act asked for. */
const CONTENT_MODALS = FEATURE.permit | FEATURE.order | FEATURE.prohibit;
/** Being found out inside a relative clause (`yang kedapatan melanggar`) opens no predicate. */
const GENERIC = new Set(GENERIC_CONDITIONS);
const WHY = new Set(RHETORICAL_WHY);
const COUNTED = new Set(COUNTED_HEADS);
const FOCUS = new Set(NUMERAL_FOCUS);
const RHETORICAL_OPENER = new Set(RHETORICAL_OPENERS);
const DEGREE = new Set(COMPARISON_DEGREE);
const OFFENDER = new Set(OFFENDER_HEADS);
const ABILITY = new Set(ABILITY_MODALS);
const PARTISAN = new Set(PARTISAN_WORDS);
const OBLIGED = new Set(OBLIGATION_MODALS);
const NEEDLESS_WORDS = new Set(NEEDLESS);
const QUANTITY = new Set(COMPARISON_QUANTITY);

/** The word `original.slice(i, j)` is an acronym: two or more letters, all upper case (`TPS`, `ASN`). */
/** A `confront` word among the cue words kept, within CONFRONT_REACH words before word position `pos`. */
function confrontBefore(words: FeatureSeq, pos: number): boolean {
  for (let j = words.n - 1; j >= 0 && pos - words.pos[j]! <= CONFRONT_REACH; j--) if ((words.mask[j]! & FEATURE.confront) !== 0) return true;
  return false;
}

function isAcronymAt(original: string, i: number, j: number): boolean {
  if (j - i < 2) return false;
  for (let k = i; k < j; k++) {
    const c = original.charCodeAt(k);
    if (!(c >= 0x41 && c <= 0x5a) && !(c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

export interface Classification {
  neutrality: boolean;
  type: StatementType;
  /** Type cues first, then neutrality cues; each once, in lexicon order. */
  cues: string[];
}

/** Scratch for `classify` (never re-entered; refilled from scratch by every call). */
const HEADS: Heads = { pos: [], n: 0 };
const WORDS: FeatureSeq = newFeatureSeq();

/** `lowered`, when given, must be `quote.toLowerCase()` (the caller has it already). */
export function classify(quote: string, lowered?: string): Classification {
  const heads = HEADS;
  heads.n = 0;
  const low = lowered ?? quote.toLowerCase();
  // words are read from the lower-cased text when it keeps every offset (no `İ`): a fresh flat string is
  // cheaper to read than a slice of the article, and a Tok depends only on its word's lower case (case
  // variants share one table entry); lower-casing changes no character's letter/digit class
  const words = WORDS;
  // (a compound verb written as two words is read as one: `kami tindak lanjuti`, split-compounds.ts)
  // (and a title whose word reads as an act is read as one word: `kami hukum tua …`, type-titles.ts)
  const anyTok = cueTokens(low.length === quote.length ? joinActTitles(joinSplitCompounds(low)) : quote, heads, words, quote);
  const phrases = phrasesAt(quote, heads, low);
  // no cue at all (many quotes): what the rules below would find
  if (!anyTok && phrases.size === 0) return { neutrality: false, type: 'other', cues: [] };

  // type cues first, then neutrality cues, each once
  const { type, cues } = statementType(words);
  // neutrality
  let neutrality = false;
  for (let i = 0; i < NEUTRALITY_STEMS.length; i++) {
    if ((masks[0]! >>> i) & 1) {
      neutrality = true;
      addOnce(cues, NEUTRALITY_STEMS[i]!.stem);
    }
  }
  for (let i = 0; i < NEUTRALITY_AFFIXED.length; i++) {
    if ((masks[1]! >>> i) & 1) {
      neutrality = true;
      addOnce(cues, NEUTRALITY_AFFIXED[i]!.stem);
    }
  }
  for (const p of NEUTRALITY_PHRASES) {
    if (phrases.has(p)) {
      neutrality = true;
      addOnce(cues, p);
    }
  }
  return { neutrality, type, cues };
}

function addOnce(xs: string[], x: string): void {
  if (!xs.includes(x)) xs.push(x);
}
