// Is the text after a `marked` reporting verb (`menyampaikan`, `menjelaskan`, `mengungkapkan`, `menyebutkan`,
// …) a clause, the reported content, though no `bahwa`, comma or colon marks it? Those verbs usually take a
// plain object (`menyampaikan apresiasi kepada …`, `menjelaskan mekanisme pelaporan`), so the words are a
// clause only when a predicate stands after a subject, or opens it: an aspect, modal, negation or copula word
// (CLAUSE_PREDICATE_MARKERS: `menjelaskan Bawaslu sudah memetakan …`), a passive `di-` verb (`menyebutkan
// pemeriksaan ditargetkan selesai …`), or an active verb after a subject pronoun (`mengungkapkan dirinya
// menerima …`) or after a subject closed by a demonstrative (`mengungkapkan surat edaran itu juga memuat …`),
// before a word that would end an object (CONTENT_BOUNDARIES: a relative clause, a preposition, a
// subordinator). A relative clause inside the subject ends at its verb: a predicate word after it makes the
// clause (`menyebutkan pemeriksaan terhadap camat yang diduga berkampanye sudah rampung`). A subject that is a
// part or a measure (CLAUSE_SUBJECT_HEADS: `sebagian besar …`, `jumlah …`) takes an active verb or a quantity
// with a number as its predicate, past relative clauses and prepositions (`menjelaskan jumlah ASN yang
// dilaporkan ke Bawaslu … sebanyak 12 orang`). The grammar of the clause, never its words' meaning.
import { CONTENT_FRAME_PREPOSITIONS } from '../../lexicon/attribution-frames.js';
import { PREDICATE_ADVERBS, STATE_ADJECTIVES } from '../../lexicon/attribution-predicates.js';
import { DEMONSTRATIVE_NOT_PREDICATES, NYA_NOT_POSSESSIVE } from '../../lexicon/clause-closers.js';
import { MONTH_NAMES, WEEKDAYS } from '../../lexicon/calendar.js';
import {
  ACTIVE_VERB_PREFIXES,
  ASPECT_NOT_BEFORE,
  BACKREF_DETERMINERS,
  BACKREF_NOUNS,
  BACKREF_VERBS,
  CLAIM_PASSIVE_VERBS,
  COMPARATIVE_NOT_BEFORE,
  COMPARATIVE_PREDICATES,
  QUANTITY_COMPARATIVES,
  DEMONSTRATIVE_ASPECT_VERBS,
  CLASS_NOUNS,
  CLASSIFYING_PREDICATES,
  CLAUSE_INSTITUTION_SUBJECTS,
  CLAUSE_PREDICATE_MARKERS,
  CLAUSE_SUBJECT_HEADS,
  CLAUSE_SUBJECT_PRONOUNS,
  CONTENT_BOUNDARIES,
  DI_NOT_PASSIVE,
  DISTRIBUTIVE_PREDICATES,
  LOCATIVE_PREPOSITIONS,
  ME_BER_NOT_VERBS,
  MODAL_PREDICATES,
  QUANTIFIER_DETERMINERS,
  DEMONSTRATIVE_PREDICATE_PREPOSITIONS,
  PART_PREDICATE_PREPOSITIONS,
  PART_SUBJECT_HEADS,
  CLAUSE_SUPERLATIVES,
  ORDER_COMPLEMENTISERS,
  QUANTITY_PREDICATES,
  RELATIVE_PRONOUN,
  SUBJECT_ADVERBS,
  SUBJECT_PREPOSITIONS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  VERB_COORDINATORS,
} from '../../lexicon/attribution.js';
import { NUMERAL_APPROXIMATE, NUMERAL_UNITS } from '../../lexicon/numerals.js';
import { DEPICTING_VERBS } from '../../lexicon/attribution-verbs.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { countSpacedWords } from '../../text/words.js';

const MARKER = new Set(CLAUSE_PREDICATE_MARKERS);
const PREDICATE_ADVERB = new Set(PREDICATE_ADVERBS);
const STATE = new Set(STATE_ADJECTIVES);
const BOUNDARY = new Set(CONTENT_BOUNDARIES);
const COORDINATOR = new Set(VERB_COORDINATORS);
const DI_NOUN = new Set(DI_NOT_PASSIVE);
const SUBJECT_PRONOUN = new Set(CLAUSE_SUBJECT_PRONOUNS);
const SUBJECT_HEAD = new Set(CLAUSE_SUBJECT_HEADS);
const INSTITUTION = new Set(CLAUSE_INSTITUTION_SUBJECTS);
/** Most words of an institution's name before its verb (`Bawaslu Kota Malang menemukan`). */
const MAX_INSTITUTION_WORDS = 4;
const QUANTITY = new Set(QUANTITY_PREDICATES);
const NOT_VERB = new Set(ME_BER_NOT_VERBS);
const PURPOSE = new Set(ORDER_COMPLEMENTISERS);
const PART_HEAD = new Set(PART_SUBJECT_HEADS);
const PART_PREDICATE = new Set(PART_PREDICATE_PREPOSITIONS);
const SUPERLATIVE = new Set(CLAUSE_SUPERLATIVES);
/** Most words of a subject closed by a superlative. */
const MAX_SUPERLATIVE_SUBJECT = 2;
/** A `meN-` verb (ACTIVE_VERB_PREFIXES), not a listed non-verb. */
const ACTIVE_MEN = new RegExp(`^(?:${alternationOf(ACTIVE_VERB_PREFIXES, { space: SPACE.literal })})\\p{L}{2}`, 'u');
export const isActiveMen = (w: string): boolean => ACTIVE_MEN.test(w) && !NOT_VERB.has(w);
/** Content opening with an active `meN-` verb, its subject the speaker (`mengaku mendukung langkah Bawaslu`,
 *  `menyatakan menyesalkan kejadian itu`): a proposition even in three words. */
export const opensWithActiveVerb = (content: string): boolean => isActiveMen(nextWord(content, 0));
const MODAL = new Set(MODAL_PREDICATES);
const QUANTIFIER = new Set(QUANTIFIER_DETERMINERS);
const DEMONSTRATIVE_PREDICATE = new Set(DEMONSTRATIVE_PREDICATE_PREPOSITIONS);
/** Content opening with a predicate of readiness, ability or will (MODAL_PREDICATES: `siap memberikan
 *  klarifikasi`), its subject the speaker: a proposition even in three words. */
export const opensWithModal = (content: string): boolean => MODAL.has(nextWord(content, 0));
const CLASSIFYING = new Set(CLASSIFYING_PREDICATES);
const CLASS_NOUN = new Set(CLASS_NOUNS);
/** Content opening with a predicate, its subject the speaker: an aspect, modal or negation word, or a verb
 *  (`telah berkampanye`, `pernah menerima uang`, `ikut hadir`): what a denial verb reports even in two words. */
export function opensWithPredicate(content: string): boolean {
  const w = nextWord(content, 0);
  return MARKER.has(w) || isVerb(w) || w === 'pernah' || w === 'ikut';
}
/** A short clause of a noun subject and a verbal predicate (`pelaksanaan berjalan lancar`, `situasi tetap
 *  kondusif`): the first word no verb, no preposition and no predicate word, the second a `me-`/`ber-`/`ter-` verb
 *  or a predicate word (CLAUSE_PREDICATE_MARKERS). What a verb taking content directly reports though it is
 *  shorter than MIN_INDIRECT_WORDS (a `marked` verb still needs readsAsClause: its object may be a noun phrase). */
export function readsAsSubjectPredicate(content: string): boolean {
  const w0 = nextWord(content, 0);
  NEXT_WORD.lastIndex = 0;
  NEXT_WORD.exec(content);
  const w1 = nextWord(content, NEXT_WORD.lastIndex);
  if (!w0 || !w1 || isVerb(w0) || MARKER.has(w0) || BOUNDARY.has(w0) || PREPOSITION.has(w0) || SUBJECT_PRONOUN.has(w0)) return false;
  if (isVerb(w1) || MARKER.has(w1)) return true;
  // a noun closed by a demonstrative, then its predicate, an adjective no list knows (`menilai mutasi tersebut janggal`,
  // `menilai langkah itu tepat`); the noun and demonstrative alone (`menilai langkah tersebut`) are an object
  if (!DEMONSTRATIVE.has(w1)) return false;
  const w2 = nextWord(content, NEXT_WORD.lastIndex);
  // (an adverb, a particle, a date or a number there opens an adjunct, no predicate: `menilai laporan itu kemarin`,
  // `… itu secara objektif`, `… berkas itu Senin lalu`, `… itu satu per satu`; review18b)
  if (NOT_PREDICATE.has(w2) || w2 in WEEKDAYS || w2 in MONTH_NAMES || isNumber(w2)) return false;
  return w2 !== '' && !BOUNDARY.has(w2) && !PREPOSITION.has(w2) && !DEMONSTRATIVE.has(w2);
}
const NOT_PREDICATE = new Set(DEMONSTRATIVE_NOT_PREDICATES);
/** Shortest `-nya` word read as a noun and its possessive (`stafnya`): shorter ones are pronouns (`nya`, `ianya`). */
const MIN_POSSESSIVE_LENGTH = 6;
const NOT_POSSESSIVE = new Set(NYA_NOT_POSSESSIVE);
/** A noun with a possessive `-nya` (`pelanggarannya`, `stafnya`): it closes a noun phrase as a demonstrative does. */
function closesWithPossessive(w: string): boolean {
  return w.length >= MIN_POSSESSIVE_LENGTH && w.endsWith('nya') && !NOT_POSSESSIVE.has(w) && !SUBJECT_PRONOUN.has(w);
}
/** Most words of the object of an order verb before what it is to do. */
const MAX_ORDER_OBJECT = 8;
const DEMONSTRATIVE = new Set(BACKREF_DETERMINERS);
const OPENING_ADVERB = new Set(SUBJECT_ADVERBS);
const PREPOSITION = new Set(LOCATIVE_PREPOSITIONS);
const ASPECT_VERB = new Set(DEMONSTRATIVE_ASPECT_VERBS);
const ASPECT_NOT_NEXT = new Set(ASPECT_NOT_BEFORE);
const COMPARATIVE = new Set(COMPARATIVE_PREDICATES);
const COMPARATIVE_NOT_NEXT = new Set(COMPARATIVE_NOT_BEFORE);
const COMPARATIVE_NOT_NEXT_RELATIVE = new Set(COMPARATIVE_NOT_BEFORE.filter((w) => !QUANTITY_COMPARATIVES.includes(w)));
const NUMBER_WORD = new Set([...Object.keys(NUMERAL_UNITS), ...Object.keys(NUMERAL_APPROXIMATE)]);
/** Words read: a subject longer than this before its predicate is rare, an object running on is not. */
const MAX_CLAUSE_WORDS = 9;
/** Words read once a relative clause opens inside the subject, or after a part or measure subject. */
const MAX_RELATIVE_WORDS = 14;
const MAX_SUBJECT_WORDS = 16;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-/]*/gu;
const MIN_PASSIVE_LENGTH = 6;
const MIN_ACTIVE_LENGTH = 5;

/** A `me-`/`ber-`/`ter-` verb (`memuat`, `melibatkan`, `berupa`, `terjadi`), not a preposition,
 *  conjunction or noun. */
function isVerb(w: string): boolean {
  return w.length >= MIN_ACTIVE_LENGTH && (w.startsWith('me') || w.startsWith('ber') || w.startsWith('ter')) && !NOT_VERB.has(w);
}

/** A `me-`/`ber-`/`ter-` verb or a passive `di-` verb (`siap mengamankan`, `siap dipanggil`). */
function isVerbOrPassive(w: string): boolean {
  return isVerb(w) || (w.length >= MIN_PASSIVE_LENGTH && w.startsWith('di') && !DI_NOUN.has(w));
}

/** The next word of `content` from `from` (lower case), or ''. */
const NEXT_WORD = /[^\p{L}\p{N}]*([\p{L}\p{N}]+)/uy;
function nextWord(content: string, from: number): string {
  NEXT_WORD.lastIndex = from;
  return NEXT_WORD.exec(content)?.[1]?.toLowerCase() ?? '';
}

const isNumber = (w: string): boolean => (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) || NUMBER_WORD.has(w);

/** `dari 14 akun itu, sembilan milik guru`, `dari 27 ASN yang dilaporkan, 19 direkomendasikan …`: a whole
 *  counted (`dari` and a number), a comma, then a part (a number or a part head): the clause of a sub-count. */
const PARTITION = /^dari\s+([\p{L}\p{N}.]+)\s[^,.;:!?]{1,60},\s*([\p{L}\p{N}]+)\s/iu;
function readsAsPartition(content: string): boolean {
  const m = PARTITION.exec(content);
  if (!m) return false;
  const part = m[2]!.toLowerCase();
  return isNumber(m[1]!.toLowerCase()) && (isNumber(part) || PART_HEAD.has(part));
}

const SUBJECT_PREPOSITION = new Set(SUBJECT_PREPOSITIONS);
/** A fronted topic phrase closed by a comma: a preposition of topic or beneficiary (SUBJECT_PREPOSITIONS) and one to
 *  MAX_TOPIC_WORDS words (`bagi PPPK,`, `terkait laporan itu,`). */
const MAX_TOPIC_WORDS = 4;
const TOPIC_LEAD = new RegExp(`^\\s*(?:${alternationOf(SUBJECT_PREPOSITIONS, { space: SPACE.literal })})(?:\\s+[\\p{L}\\p{N}.-]+){1,${MAX_TOPIC_WORDS}}\\s*,\\s*`, 'iu');
/** Content opening with a fronted topic phrase and its comma, then a clause (`menjelaskan bagi PPPK, pelanggaran
 *  netralitas dapat berujung pada pemutusan …`): what a `marked` verb reports, though no `bahwa` or comma follows it
 *  directly; a plain object after the topic (`menjelaskan bagi PPPK, aturan dan sanksinya`) is none. */
export function opensWithTopicThenClause(content: string): boolean {
  const m = TOPIC_LEAD.exec(content);
  return m !== null && readsAsClause(content.slice(m[0].length));
}
/** Most words of a fronted frame before the reported clause: a frame of time or occasion is short (`pada pemilu
 *  sebelumnya`, `selama masa kampanye`, `dalam pemeriksaan itu`); a longer run is an object with its adjuncts. */
const MAX_FRAME_WORDS = 4;
const FRAME_LEAD = new RegExp(`^\\s*(?:${alternationOf(CONTENT_FRAME_PREPOSITIONS, { space: SPACE.literal })})(?![\\p{L}\\p{N}])`, 'iu');
/** Content opening with a fronted frame of time, occasion or source, then a clause (`mengungkapkan pada pemilu
 *  sebelumnya Bawaslu menerima laporan …`, `menyebutkan dari 4.318 pegawai, baru sekitar separuh yang …`): what a
 *  `marked` verb reports, though no `bahwa` follows it. The clause is tried after each of the frame's first
 *  MAX_FRAME_WORDS words (after its comma only, when one closes it); a plain object after the frame (`menyampaikan
 *  pada rapat itu sejumlah catatan`) is none. */
export function opensWithFrameThenClause(content: string): boolean {
  const m = FRAME_LEAD.exec(content);
  if (!m) return false;
  NEXT_WORD.lastIndex = m[0].length;
  for (let k = 0; k < MAX_FRAME_WORDS; k++) {
    if (!NEXT_WORD.exec(content)) return false;
    const at = NEXT_WORD.lastIndex;
    const comma = /^\s*,/u.exec(content.slice(at));
    if (comma) return readsAsClause(content.slice(at + comma[0].length));
    if (/^\s*[.;:!?]/u.test(content.slice(at))) return false;
    if (readsAsClause(content.slice(at))) return true;
    // (readsAsClause may move NEXT_WORD: ours is set again)
    NEXT_WORD.lastIndex = at;
  }
  return false;
}
const DISTRIBUTIVE = new Set(DISTRIBUTIVE_PREDICATES);
/** Most nouns after a preposition inside a subject before its predicate (`untuk PSU sudah`). */
const MAX_PREPOSITION_NOUNS = 3;
/** After a preposition at `from`: one to MAX_PREPOSITION_NOUNS words, no boundary or predicate among them,
 *  then a predicate word (CLAUSE_PREDICATE_MARKERS). Reads with NEXT_WORD (WORD's position is untouched). */
function predicateAfterNoun(content: string, from: number): boolean {
  NEXT_WORD.lastIndex = from;
  for (let k = 0; k <= MAX_PREPOSITION_NOUNS; k++) {
    const m = NEXT_WORD.exec(content);
    if (!m) return false;
    const w = m[1]!.toLowerCase();
    if (MARKER.has(w)) return k > 0;
    if (BOUNDARY.has(w) || isVerb(w)) return false;
  }
  return false;
}

export function readsAsClause(content: string): boolean {
  if (readsAsPartition(content)) return true;
  WORD.lastIndex = 0;
  let k = 0;
  let prev = '';
  /** The last word that is no adverb (`itu` in `surat edaran itu juga memuat`). */
  let core = '';
  /** The content opens with a part or a measure: the subject of a clause. */
  let subject = false;
  /** … a part of a whole (`sebagian`). */
  let part = false;
  /** 0: the main clause; 1: after `yang`, before the relative clause's verb; 2: after that verb. */
  let rel = 0;
  let limit = MAX_CLAUSE_WORDS;
  /** The content opens with an institution (`pemkab`, `Bawaslu Kota Malang`). */
  let institution = false;
  /** The content opens with a determiner of number (`para pelapor`, `seluruh kepala desa`). */
  let quantified = false;
  for (let m = WORD.exec(content); m && k < limit; m = WORD.exec(content), k++) {
    const w = m[0].toLowerCase();
    const before = prev;
    prev = w;
    if (k === 0 && SUBJECT_HEAD.has(w)) {
      subject = true;
      part = PART_HEAD.has(w);
      limit = MAX_SUBJECT_WORDS;
      continue;
    }
    // a part, a noun, then a preposition of topic or origin (`sebagian besar laporan soal unggahan …`)
    if (part && k >= 2 && rel === 0 && PART_PREDICATE.has(w)) return true;
    // a short subject closed by a superlative, then a prepositional phrase or a number
    if (k >= 1 && k <= MAX_SUPERLATIVE_SUBJECT && SUPERLATIVE.has(w)) {
      const next = nextWord(content, WORD.lastIndex);
      if (PREPOSITION.has(next) || isNumber(next)) return true;
    }
    if (subject && QUANTITY.has(before) && isNumber(w)) return true;
    // an active verb first: the speaker is its subject (`menyampaikan mengapresiasi langkah …`)
    if (k === 0 && isActiveMen(w)) return true;
    if (k === 0) {
      institution = INSTITUTION.has(w);
      quantified = QUANTIFIER.has(w);
    }
    else if (institution && k <= MAX_INSTITUTION_WORDS && isVerb(w)) return true;
    if (w === RELATIVE_PRONOUN && k > 0 && rel === 0) {
      rel = 1;
      if (limit < MAX_RELATIVE_WORDS) limit = MAX_RELATIVE_WORDS;
      continue;
    }
    // a coordinated subject (`seluruh perangkat kecamatan dan lurah telah menandatangani …`): `dan` before a noun
    // joins the subject's nouns; before a verb or a boundary it ends an object (`apresiasi dan mengajak …`)
    if (k > 0 && rel === 0 && COORDINATOR.has(w)) {
      const next = nextWord(content, WORD.lastIndex);
      if (next && !isVerb(next) && !MARKER.has(next) && !BOUNDARY.has(next)) continue;
    }
    if (BOUNDARY.has(w)) {
      if (subject) continue;
      return k > 0 && rel === 0 && SUBJECT_PREPOSITION.has(w) && predicateAfterNoun(content, WORD.lastIndex);
    }
    if (rel === 1) {
      // the relative clause's aspect words (`yang sudah ditangani`) belong to it; its first other word is its verb
      if (!MARKER.has(w)) rel = 2;
      continue;
    }
    // a predicate word first: the subject is left out (`menyebutkan sudah ada tiga camat …`); never the
    // noun of a prepositional phrase (`di tengah kontestasi`)
    if (MARKER.has(w) && !PREPOSITION.has(before)) return true;
    // a verb of classification after the subject (`pamong kalurahan termasuk pihak yang dilarang`)
    if (k > 0 && rel === 0 && CLASSIFYING.has(w) && CLASS_NOUN.has(nextWord(content, WORD.lastIndex))) return true;
    // a predicate of readiness or will after the subject (past a relative clause in it too), then the verb it governs
    // (`memastikan personelnya siap mengamankan …`, `pegawai yang dilaporkan itu sanggup menghadiri …`); `siap` in an
    // object's noun phrase (`kesiapan desa siaga`) is no such word
    if (k > 0 && MODAL.has(w) && !PREPOSITION.has(before) && isVerbOrPassive(nextWord(content, WORD.lastIndex))) return true;
    if (k > 0 && rel === 0) {
      if (w.length >= MIN_PASSIVE_LENGTH && w.startsWith('di') && !DI_NOUN.has(w)) return true;
      if (SUBJECT_PRONOUN.has(before) && k === 1 && (w.startsWith('me') || w.startsWith('ber'))) return true;
      // (a subject closed by a possessive too: `mengakui pola pelanggarannya berubah`, `dua stafnya menghadiri …`)
      const closed = k >= 2 && (DEMONSTRATIVE.has(core) || closesWithPossessive(core));
      // a distributive predicate after a subject closed by a demonstrative (`kedua ASN tersebut masing-masing
      // seorang guru SMP dan seorang staf kelurahan`): a nominal clause
      if (closed && DISTRIBUTIVE.has(w)) return true;
      // (a preposition or another non-verb after the quantified noun ends its subject: `sejumlah aturan termasuk
      // larangan memakai …` is an object)
      if (quantified && (NOT_VERB.has(w) || CLASSIFYING.has(w))) quantified = false;
      // (after a possessive only: a `ber-`/`ter-` word there is mostly the object's modifier, `ucapan selamatnya
      // bertepatan dengan …`, `materi sosialisasinya bertema …`, `rasa bangganya bertemu …` (review18b); it is the
      // predicate only closing the content, `mengakui pola pelanggarannya berubah.`; a `me-` verb is one anywhere)
      const modifierAfterNya = closed && !DEMONSTRATIVE.has(core) && !w.startsWith('me') && nextWord(content, WORD.lastIndex) !== '';
      if (isVerb(w) && (subject || (closed && !modifierAfterNya) || (quantified && k >= 2))) return true;
      if (closed && DEMONSTRATIVE_PREDICATE.has(w)) return true;
      // a state adjective after a subject closed by a demonstrative: a nominal clause (`memastikan situasi di pulau
      // itu aman dan kondusif`); an object closed so, then a place, stays an object (`… gudang logistik itu di …`)
      if (closed && STATE.has(w)) return true;
      // a sentence adverb of the predicate between a subject and a verb (`menjelaskan pengawasan kehadiran pegawai
      // kini memakai absensi daring`, `… prajurit TNI di wilayah itu juga terikat …`): the verb is the predicate
      if (k >= 2 && PREDICATE_ADVERB.has(before) && isVerbOrPassive(w)) return true;
      if (closed && ASPECT_VERB.has(w) && !ASPECT_NOT_NEXT.has(nextWord(content, WORD.lastIndex))) return true;
      // a comparative predicate (`pengawasan di kabupaten lebih berat`)
      if (COMPARATIVE.has(w) && !PREPOSITION.has(before) && !COMPARATIVE_NOT_NEXT.has(nextWord(content, WORD.lastIndex))) return true;
    }
    // … also after a relative clause inside the subject (`pengaduan yang masuk ke pihaknya justru lebih banyak …`)
    // (there `lebih banyak` is the predicate too: the subject is whole, no quantity of an object opens here)
    if (rel === 2 && COMPARATIVE.has(w) && !PREPOSITION.has(before) && !COMPARATIVE_NOT_NEXT_RELATIVE.has(nextWord(content, WORD.lastIndex))) return true;
    if (!OPENING_ADVERB.has(w)) core = w;
  }
  return false;
}

/** Is the text after an order verb (`memerintahkan`, `menugaskan`, `mewajibkan`) the one ordered and what
 *  they are to do: a purpose complementiser (`… seluruh kapolsek untuk memantau`, `… agar …`) or an active
 *  verb or a predicate word after the object (`… kepala perangkat daerah melaporkan …`, `… ASN tidak …`), within MAX_ORDER_OBJECT words? */
export function readsAsOrder(content: string): boolean {
  WORD.lastIndex = 0;
  let k = 0;
  for (let m = WORD.exec(content); m && k <= MAX_ORDER_OBJECT; m = WORD.exec(content), k++) {
    const w = m[0].toLowerCase();
    if (PURPOSE.has(w) || (k > 0 && (isVerb(w) || MARKER.has(w)))) return true;
  }
  return false;
}

const OPENING_PRONOUN = new Set(SUBJECT_PRONOUNS);
/** The words opening a sentence, read one by one (sticky: each follows the last, white space and commas
 *  between). */
const OPENING_WORDS = /[\s,]*(\p{L}+)/uy;

/** The clause from `start` opens with a subject pronoun (`Ia`, `Dia`, after connectives and adverbs: `Namun
 *  ia juga …`) that ends before `before`. */
export function opensWithSubjectPronoun(text: string, start: number, before: number): boolean {
  OPENING_WORDS.lastIndex = start;
  for (let m = OPENING_WORDS.exec(text); m && OPENING_WORDS.lastIndex <= before; m = OPENING_WORDS.exec(text)) {
    const w = m[1]!.toLowerCase();
    if (OPENING_PRONOUN.has(w)) return true;
    if (!OPENING_ADVERB.has(w)) return false;
  }
  return false;
}

const BACKREF_NOUN = new Set(BACKREF_NOUNS);
/** A sentence opening `<Noun> itu|tersebut|ini (adverb)? <passive verb of saying> (oleh)?`. */
const CLAIM_OPENING = new RegExp(
  `^\\s*(?<noun>\\p{L}+)\\s{1,3}(?:${alternationOf(BACKREF_DETERMINERS, { space: SPACE.literal })})(?:\\s{1,3}\\p{Ll}+){0,2}?\\s{1,3}` +
    `(?:${alternationOf([...BACKREF_VERBS, ...CLAIM_PASSIVE_VERBS], { space: SPACE.literal })})(?:\\s{1,3}oleh)?\\s`,
  'u',
);
/** Most characters of the agent's title before the mention (`anggota DPRD Dompu, Arifin Yasin`), and of the
 *  claim's opening before it. */
const MAX_CLAIM_OPENING = 80;
const MAX_AGENT_TITLE = 80;

/** The sentence from `start` opens with a claim (a noun that is no back-reference noun, and a determiner)
 *  and a passive verb of saying, whose agent phrase holds the mention at `mention`. */
export function agentOfClaim(text: string, start: number, mention: number): boolean {
  if (mention - start > MAX_CLAIM_OPENING + MAX_AGENT_TITLE) return false;
  const m = CLAIM_OPENING.exec(text.slice(start, mention + 1));
  if (!m || BACKREF_NOUN.has(m.groups!['noun']!.toLowerCase())) return false;
  return mention - (start + m[0].length) <= MAX_AGENT_TITLE;
}

/** Most words of a subordinate clause's subject between its subordinator and the reporting verb. */
const MAX_SUBORDINATE_SUBJECT = 6;
/** A subordinator inside the main clause (after a word, no comma before it) opening a clause whose subject is a
 *  capitalised phrase, up to the end of the text (the reporting verb comes next), after a main clause whose verb is
 *  passive: `Sangadi X resmi dinonaktifkan setelah Bawaslu Boltim` + `menyatakan dia terbukti …`. The report is
 *  narrated inside the sentence (the event that explains what befell the subject), and the subject, a patient, is
 *  no speaker: no statement. After an active main verb (`Pj Bupati X resmi membebaskan Camat Y dari jabatannya
 *  setelah BKN menyatakan …`) the sentence is the subject's act, which the typed sets read as their statement. Only
 *  the main predicate counts: a `di-` word after it (`Dia mengatakan sudah dimintai keterangan ketika …`) is not. */
const SUBORDINATE_SUBJECT = new RegExp(
  `\\p{L}[ \\t\\n]{1,3}(?:${alternationOf(SUBORDINATORS, { space: SPACE.literal })})[ \\t\\n]{1,3}\\p{Lu}[^,;:.!?"“”()]*$`,
  'u',
);
export function endsInSubordinateSubject(prefix: string): boolean {
  const m = SUBORDINATE_SUBJECT.exec(prefix);
  if (!m) return false;
  const words = prefix.slice(m.index).trim().split(/\s+/u).length - 2;
  if (words < 1 || words > MAX_SUBORDINATE_SUBJECT) return false;
  WORD.lastIndex = 0;
  const main = prefix.slice(0, m.index + 1);
  // the main clause's predicate: its first lower-case verb, a passive `di-` or an active `meN-`/`ber-` one
  for (let w = WORD.exec(main); w; w = WORD.exec(main)) {
    const low = w[0].toLowerCase();
    if (w[0] !== low) continue;
    if (low.length >= MIN_PASSIVE_LENGTH && low.startsWith('di') && !DI_NOUN.has(low)) return true;
    if (isVerb(low) && !low.startsWith('ter')) return false;
  }
  return false;
}

/** Most words of the object of a depicting verb before the reporting verb it depicts (`hukum tua berinisial JR`). */
const MAX_DEPICTED_WORDS = 6;
/** A depicting verb, then its object, ending right before a reporting verb. */
const DEPICTED_SUBJECT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOf(DEPICTING_VERBS, { space: SPACE.literal })})[ \\t]{1,3}([^,;:.!?"“”()]*)$`,
  'iu',
);
/** `Video itu memperlihatkan hukum tua berinisial JR mengajak warga …`: the reporting verb's subject is the object of a
 *  verb of showing or recording, the act depicted, no statement (DEPICTING_VERBS). */
export function endsInDepictedSubject(prefix: string): boolean {
  const m = DEPICTED_SUBJECT.exec(prefix);
  if (!m) return false;
  // the words between the verb and the reporting verb: countSpacedWords counts the chunks of a normalised line (single
  // spaces), and the capture may hold doubled spaces, tabs or a line break, so its white-space runs are made one space
  // first (the same count as splitting on white space; hyphenated words stay one word, as before)
  const n = countSpacedWords(m[1]!.trim().replace(/\s+/gu, ' '), MAX_DEPICTED_WORDS + 1);
  return n >= 1 && n <= MAX_DEPICTED_WORDS;
}
