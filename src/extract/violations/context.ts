// Step 3 of the VIOLATION COUNTS extractor (index.ts): which counts are about violations. The sentence (or the one
// before it) must be in the domain (ASN, Pilkada, Bawaslu…) and, per unit class, carry a violation cue (case nouns) or
// an offence or sanction cue (person nouns); the unit word itself never counts as a cue. Then the counts with no cue
// of their own that inherit one: enumerations, breakdown leads, bare units next to accepted counts, coordinated people.
import {
  CASE_TARGET_LINKS,
  CASE_TOPIC_LINKS,
  PERSON_TOPIC_LINKS,
  ELECTION_NAMES,
  CASE_UNITS,
  SELF_CUED_UNITS,
  IMPOSED_UNITS,
  DEFINITION_OPENERS,
  BREAKDOWN_LEADS,
  DOMAIN_CUES,
  PERSON_ACTION_CUES,
  PERSON_UNITS,
  VIOLATION_CUES,
  COMPARISON_WORDS,
  EXCEED_WORDS,
  WHOLE_POINTERS,
  WHOLE_SIZE_HEADS,
  WORKFORCE_AFTER,
  WORKFORCE_FLOOR,
  WORKFORCE_BEFORE,
  SIZE_CHANGE_VERBS,
  QUANTITY_HEADS,
  QUALIFIER_CUES,
  AGENT_PRONOUNS,
  ASPECT_WORDS,
  FORWARD_VERBS,
  RECIPIENT_MARKERS,
  REPORTERS,
  unitGroup,
} from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { attendsOffence, type CountCandidate } from './parsers.js';
import { IMPOSING } from '../../lexicon/statement-type-words.js';
import { NUMBER_SOURCE } from './numbers.js';
import { anaphoric, opensRanking, similarTo, bareUnit, restates } from './clauses.js';
import { SENTENCE_REACH, clippedSentence } from './link-election.js';
import { clauseStartBefore } from '../../text/search.js';
import { OBJECT_ITEM_REACH, OBJECT_THEN_ITEM, lastEndingBefore } from './object-items.js';
import { refinesVague } from './restatements.js';

const DOMAIN_RE = new RegExp(`${WB}(?:${alternation(DOMAIN_CUES)})${WE}`, 'iu');
const VIOLATION_RE = new RegExp(`${WB}(?:${alternation(VIOLATION_CUES)})${WE}`, 'iu');
const ACTION_RE = new RegExp(`${WB}(?:${alternation(PERSON_ACTION_CUES)})${WE}`, 'iu');
/** A case noun, up to five words, and a target link right before a count of people: the people are the reported. */
const TARGET_BEFORE = new RegExp(`${WB}(?:${alternation(Object.keys(CASE_UNITS))})${WE}(?:\\s{1,2}[\\p{L}-]+){0,5}?\\s{1,2}(?:${alternation(CASE_TARGET_LINKS)})\\s{1,2}$`, 'iu');
/** After a case unit: a target link and people ("3 laporan terhadap 5 ASN", "aduan atas dua kepala desa"): the cases
 *  are reports about offenders. */
const TARGET_AFTER = new RegExp(
  `^(?:\\s{1,2}[\\p{L}-]+){0,3}?\\s{1,2}(?:${alternation(CASE_TARGET_LINKS)})\\s{1,2}(?:[\\p{L}\\p{N}.]+\\s{1,2}){0,2}?(?:${alternation(Object.keys(PERSON_UNITS).filter((w) => w !== 'orang'))})${WE}`,
  'iu',
);
/** After a case unit: up to two words (who complained: "aduan warga"), a topic link and people ("tiga aduan soal ASN",
 *  "dua aduan warga soal ASN yang …"): reports about offenders. */
const PERSON_TOPIC_AFTER = new RegExp(
  `^(?:\\s{1,2}[\\p{L}-]+){0,2}?\\s{1,2}(?:${alternation(PERSON_TOPIC_LINKS)})\\s{1,2}(?:[\\p{L}]+\\s{1,2}){0,1}?(?:${alternation(Object.keys(PERSON_UNITS).filter((w) => w !== 'orang'))})${WE}`,
  'iu',
);
/** After a case unit: a topic link and an election ("laporan terkait Pilbup Mimika 2024", "aduan soal pilkada"). */
const ELECTION_TOPIC_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(CASE_TOPIC_LINKS)})\\s{1,2}(?:${alternation(Object.keys(ELECTION_NAMES))})${WE}`, 'iu');
const BREAKDOWN_LEAD_RE = new RegExp(`^[\\s"“]{0,3}(?:${alternation(BREAKDOWN_LEADS)})${WE}`, 'iu');
const BREAKDOWN_LEAD_REACH = 40;
const COMPARED_RE = new RegExp(`${WB}(?:${alternation([...COMPARISON_WORDS, ...EXCEED_WORDS])})${WE}`, 'iu');
const WORKFORCE_RE = new RegExp(`^\\s{1,2}(?:${alternation(WORKFORCE_AFTER)})${WE}`, 'iu');
/** A word of having and a bound before a figure of people: "dengan lebih dari 18 ribu pegawai" (WORKFORCE_BEFORE). */
const WORKFORCE_BEFORE_RE = new RegExp(`${WB}(?:${alternation(WORKFORCE_BEFORE)})\\s{1,2}(?:(?:${alternation(Object.keys(QUALIFIER_CUES))})\\s{1,2})?$`, 'iu');
/** A figure of a thousand people or more that is the size of a workforce: "bagi 9.412 ASN di lingkungan Pemkab …",
 *  "daerah dengan lebih dari 18 ribu pegawai". Never a count, whatever acceptance path it takes. (ACTION_RE and
 *  clauseAround are declared below: a function body reads them when it runs.) */
function workforce(c: CountCandidate, text: string): boolean {
  if (c.unitClass !== 'person' || c.value < WORKFORCE_FLOOR) return false;
  if (WORKFORCE_RE.test(text.slice(c.unitEnd, c.unitEnd + 30))) return true;
  // (after a word of having, only with no offence in the rest of its clause: "dengan 1.373 ASN di antaranya dijatuhi
  // sanksi" counts offenders)
  return c.unitEnd > c.numStart && WORKFORCE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 30), c.start)) && !ACTION_RE.test(text.slice(c.unitEnd, clauseAround(text, c.start, c.end)[1]));
}
/** A figure pointed back at by its size ("jumlah tersebut", "angka itu"). */
const SIZE_POINTER_RE = new RegExp(`${WB}(?:${alternation(WHOLE_SIZE_HEADS)})\\s{1,2}(?:${alternation(WHOLE_POINTERS)})${WE}`, 'iu');
/** A figure pointed back at by its size and a verb of change: "angka itu naik tajam", "jumlahnya meningkat". */
const SIZE_CHANGE_RE = new RegExp(
  `${WB}(?:${alternation(QUANTITY_HEADS)})(?:nya|\\s{1,2}(?:${alternation(WHOLE_POINTERS)}))(?:\\s{1,2}\\p{Ll}+){0,2}?\\s{1,2}(?:${alternation(SIZE_CHANGE_VERBS)})${WE}`,
  'iu',
);
/** Right after a case count's unit: its cases handed on to a body, the clause's verb next to the unit ("Dua aduan sudah
 *  kami serahkan ke Inspektorat untuk diperiksa", "Tiga laporan sudah kami limpahkan ke Inspektorat", round 20): a stage
 *  of their handling, when a count of that very unit stands in the sentence before (context's sameUnit). Only "yang", an
 *  aspect word and an agent between the unit and the verb: "5 laporan keuangan desa diserahkan ke Inspektorat" is no such
 *  clause. HANDED_REACH: the verb's object and adverbs ("diserahkan seluruhnya kepada pihak Inspektorat"). */
const HANDED_ON_AFTER = new RegExp(
  `^\\s{1,2}(?:yang\\s{1,2})?(?:(?:${alternation(ASPECT_WORDS)})\\s{1,2})?(?:(?:${alternation(AGENT_PRONOUNS)})\\s{1,2})?(?:${alternation(FORWARD_VERBS)})` +
    `(?:\\s{1,2}[\\p{L}-]+){0,3}?\\s{1,2}(?:${alternation(RECIPIENT_MARKERS)})\\s{1,2}(?:pihak\\s{1,2})?(?:${alternation(Object.keys(REPORTERS))})${WE}`,
  'iu',
);
const HANDED_REACH = 120;
const ELECTION_RE = new RegExp(`${WB}(?:${alternation(Object.keys(ELECTION_NAMES))})${WE}`, 'iu');
/** How far back (lines of a breakdown among them) the counts a "kasus serupa" is like may stand. */
const SIMILAR_REACH = 600;
const sameGroupOf = (a: CountCandidate, b: CountCandidate): boolean => unitGroup(a.unit) === unitGroup(b.unit);
/** How far back before a count of people its case noun may stand. */
const TARGET_REACH = 70;

const CLAUSE_REACH = 80;
/** `/[,;.!?\n]/u.test(ch)` for the unit `c` (a char-code test: this runs for every unit of the clause). */
function isClauseBreak(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;
}

/** `/\d/u.test(text[i] ?? '')`: an ASCII digit at `i`. */
function isDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The clause around a count: out to the nearest comma or sentence mark (at most CLAUSE_REACH). */
function clauseAround(text: string, start: number, end: number): [number, number] {
  const s = clauseStartBefore(text, start, CLAUSE_REACH, isClauseBreak);
  let e = end;
  // a dot inside a number (`1.010`) does not end the clause
  while (e < text.length && e - end < CLAUSE_REACH && !(isClauseBreak(text.charCodeAt(e)) && !isDigitAt(text, e + 1))) e++;
  return [s, e];
}

// 3
export function requireContext(list: CountCandidate[], text: string, sentences: Sentences): { accepted: CountCandidate[]; rejected: CountCandidate[] } {
  // the tiers a regulation defines are no count, whatever stands near them (a veto before every rescue below)
  const tiers: CountCandidate[] = [];
  const all = list;
  list = [];
  for (const c of all) (definedTiers(c, text, sentences) ? tiers : list).push(c);
  // (loops into `[]` literals rather than `map`/`filter`: see `dates/refiners.ts` attachTimes)
  const ok: boolean[] = [];
  for (const c of list) ok.push(hasContext(c, text, sentences));
  // an enumeration: `9 kasus memenuhi unsur pelanggaran, 4 kasus dihentikan, dan 2 kasus masih dalam proses`
  // (news/12) — a case count without its own cue is kept when an accepted count of the same unit stands in the
  // same sentence (and the sentence is in the domain).
  const acceptedIn = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (ok[i]) acceptedIn.add(`${sentenceIndex(sentences, c.numStart)}|${c.unit}`);
  }
  const accepted: CountCandidate[] = [];
  const rejected: CountCandidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (
      ok[i] ||
      (c.unitClass === 'case' && acceptedIn.has(`${sentenceIndex(sentences, c.numStart)}|${c.unit}`) && inDomain(c, text, sentences)) ||
      (inDomain(c, text, sentences, true) && anaphoric(c, text, sentences)) ||
      subjectInSentence(c, text, sentences)
    ) {
      accepted.push(c);
    } else rejected.push(c);
  }
  // a sentence opened by a breakdown word ("Rinciannya, Kabupaten Bogor 14 kasus, …") continues the topic of the
  // sentences before it (a domain cue and a violation cue, an offence cue for people, among the three before)
  let led = false;
  for (let i = rejected.length - 1; i >= 0; i--) {
    const c = rejected[i]!;
    const si = sentenceIndex(sentences, c.numStart);
    // (so does a sentence that ranks regions by their counts: "Kota Jayapura paling banyak dengan tujuh kasus,
    // disusul Kabupaten Keerom lima kasus")
    if (si <= 0 || !(BREAKDOWN_LEAD_RE.test(text.slice(sentences.starts[si]!, sentences.starts[si]! + BREAKDOWN_LEAD_REACH)) || (c.unitClass !== 'person' && opensRanking(c, text)))) continue;
    const before = text.slice(sentences.starts[Math.max(0, si - 3)]!, sentences.starts[si]!);
    if (DOMAIN_RE.test(before) && (c.unitClass === 'person' ? ACTION_RE : VIOLATION_RE).test(before)) {
      accepted.push(c);
      rejected.splice(i, 1);
      led = true;
    }
  }
  if (led) accepted.sort((a, b) => a.start - b.start);
  // a unit standing alone next to an accepted count of its group, in its sentence or the one before or after
  // ("Bawaslu Jabar mencatat 38 kasus. Jumlah itu diperkirakan mencapai 60 kasus …"); in the sentence right after an
  // accepted count of its very unit, the domain is that count's ("… Kota Depok 6, dan Kabupaten Karawang 3." then
  // "Total ada 32 kasus yang kami tangani")
  if (accepted.length > 0 && rejected.length > 0) {
    const near = new Set<string>();
    const sameUnit = new Set<string>();
    for (const c of accepted) {
      const si = sentenceIndex(sentences, c.numStart);
      for (const k of [si - 1, si, si + 1]) near.add(`${k}|${unitGroup(c.unit)}`);
      for (const k of [si, si + 1]) sameUnit.add(`${k}|${c.unit}`);
    }
    // ("Pada Pemilu 2024, Bawaslu Kalbar menangani 29 kasus serupa." after a breakdown in lines: a count like the
    // counts of its group before it, however many lines between)
    for (let i = rejected.length - 1; i >= 0; i--) {
      const c = rejected[i]!;
      const si = sentenceIndex(sentences, c.numStart);
      // (and a figure with its unit restated with a pointer, the figure accepted before it, however many sentences between: "Dari
      // 10 kasus tahun ini, enam …" three sentences after "mencatat 10 dugaan pelanggaran netralitas ASN", its cue there)
      const restated = c.unitStart >= c.numEnd && restates(c, text) && accepted.some((a) => a.end <= c.start && a.value === c.value && a.qualifier === c.qualifier && unitGroup(a.unit) === unitGroup(c.unit));
      // (and a precise figure refining an accepted vague plural a sentence or two before, its offence word there:
      // "Bawaslu menerima belasan laporan … yang diduga ikut kampanye." then "Ketua Bawaslu menyebut sekitar 15 laporan
      // masuk dalam dua pekan terakhir")
      const refines = inDomain(c, text, sentences) && refinesVague(c, accepted, text, sentences);
      if (restated || refines || (c.unitClass !== 'person' && similarTo(c, text) && inDomain(c, text, sentences) && accepted.some((a) => a.end <= c.start && sameGroupOf(a, c) && c.start - a.end <= SIMILAR_REACH))) {
        accepted.push(c);
        rejected.splice(i, 1);
        continue;
      }
      // (or a case count handed on to a body, after a count of its unit in the sentence before: HANDED_ON_AFTER)
      if (c.unitClass === 'case' && c.unitStart >= c.numEnd && sameUnit.has(`${si}|${c.unit}`) && HANDED_ON_AFTER.test(text.slice(c.unitEnd, c.unitEnd + HANDED_REACH))) {
        accepted.push(c);
        rejected.splice(i, 1);
        continue;
      }
      if (near.has(`${si}|${unitGroup(c.unit)}`) && (bareUnit(c, text) || (c.unitEnd <= c.numStart && c.unitClass !== 'person' && !endsLine(c, text))) && (inDomain(c, text, sentences, true) || sameUnit.has(`${si}|${c.unit}`))) {
        accepted.push(c);
        rejected.splice(i, 1);
      }
    }
    accepted.sort((a, b) => a.start - b.start);
  }
  // an earlier record a figure is compared with ("jumlah tersebut sudah melampaui catatan pada Pilbup Karimun 2020, yang
  // saat itu hanya empat kasus"): a case count after a comparison word in its sentence, an accepted count of its group
  // in that sentence or the two before (anywhere before when the sentence points back at it by its size, "jumlah
  // tersebut")
  if (accepted.length > 0 && rejected.length > 0) {
    let moved = false;
    for (let i = rejected.length - 1; i >= 0; i--) {
      const c = rejected[i]!;
      if (c.unitClass === 'person' || c.unitEnd <= c.numStart || !inDomain(c, text, sentences)) continue;
      const si = sentenceIndex(sentences, c.numStart);
      const lead = si < 0 ? '' : text.slice(sentences.starts[si]!, c.numStart);
      // (or the sentence before points back at the figure by its size with a verb of change, "Angka itu naik tajam.",
      // and this one names the election of the record: "Pada Pemilu 2019, Bawaslu menangani tidak lebih dari lima kasus")
      const changed = si > 0 && !COMPARED_RE.test(lead) && ELECTION_RE.test(lead) && SIZE_CHANGE_RE.test(text.slice(sentences.starts[si - 1]!, sentences.starts[si]!));
      if (si < 0 || !(changed || COMPARED_RE.test(lead))) continue;
      const floor = changed || SIZE_POINTER_RE.test(lead) ? 0 : sentences.starts[Math.max(0, si - 2)]!;
      if (!accepted.some((a) => a.end <= c.start && a.start >= floor && sameGroupOf(a, c))) continue;
      accepted.push(c);
      rejected.splice(i, 1);
      moved = true;
    }
    if (moved) accepted.sort((a, b) => a.start - b.start);
  }
  // people coordinated with people counted as offenders share their cue ("melibatkan dua camat dan tiga lurah yang
  // menghadiri deklarasi", "menemukan empat kepala desa dan empat perangkat desa yang ikut kampanye")
  if (accepted.length > 0 && rejected.length > 0) {
    let moved = false;
    for (let i = rejected.length - 1; i >= 0; i--) {
      const c = rejected[i]!;
      if (c.unitClass !== 'person' || c.unitEnd <= c.numStart) continue;
      if (accepted.some((a) => a.unitClass === 'person' && a.unitEnd > a.numStart && (coordinated(text, c.unitEnd, a.start) || coordinated(text, a.unitEnd, c.start)))) {
        accepted.push(c);
        rejected.splice(i, 1);
        moved = true;
      }
    }
    if (moved) accepted.sort((a, b) => a.start - b.start);
  }
  // people coordinated after the people a kept count names as its object ("empat di antaranya melibatkan guru
  // honorer, dua camat, dan satu lurah"; "tiga laporan terhadap kepala desa, dua camat …"): items of one breakdown,
  // the first of them counted before its people. Read forward, so that each item makes the next one's neighbour.
  if (accepted.length > 0 && rejected.length > 0) {
    let moved = false;
    for (let i = 0; i < rejected.length; i++) {
      const c = rejected[i]!;
      if (c.unitClass !== 'person' || c.unitEnd <= c.numStart) continue;
      const a = lastEndingBefore(accepted, c.start);
      if (a === undefined || c.start - a.end > OBJECT_ITEM_REACH || !OBJECT_THEN_ITEM.test(text.slice(a.end, c.start))) continue;
      accepted.push(c);
      accepted.sort((x, y) => x.start - y.start);
      rejected.splice(i--, 1);
      moved = true;
    }
    if (moved) accepted.sort((a, b) => a.start - b.start);
  }
  // a workforce is never a count, whatever path accepted it (a bare "… lebih dari 18 ribu pegawai." next to a count)
  for (let i = accepted.length - 1; i >= 0; i--) if (workforce(accepted[i]!, text)) rejected.push(...accepted.splice(i, 1));
  return { accepted, rejected: [...rejected, ...tiers].sort((a, b) => a.start - b.start) };
}

/** A case count whose unit heads the sentence's subject before the cue ("laporan yang masuk ke Bawaslu … berjumlah
 *  sebelas, tetapi enam di antaranya dihentikan"): a violation cue anywhere in its sentence after the count. */
function subjectInSentence(c: CountCandidate, text: string, sentences: Sentences): boolean {
  if (c.unitClass !== 'case' || c.unitEnd > c.numStart || endsLine(c, text) || !inDomain(c, text, sentences)) return false;
  const [, s1] = clippedSentence(sentences, c.start, c.end);
  return VIOLATION_RE.test(text.slice(c.numEnd, s1));
}

/** A figure ending its line ("… yakni 12" over a paragraph "Dari 37 kasus …") reads no context from the next line. */
export const endsLine = (c: CountCandidate, text: string): boolean => /^[ \t]*(?:\n|$)/u.test(text.slice(c.numEnd, c.numEnd + 8));

/** Whether only a coordinator stands between `from` and `to` (", ", " dan ", ", serta "). */
const COORDINATOR = /^\s{0,2}(?:,\s{1,2}(?:(?:dan|serta)\s{1,2})?|\s(?:dan|serta)\s{1,2})$/u;
function coordinated(text: string, from: number, to: number): boolean {
  return to > from && to - from <= 10 && COORDINATOR.test(text.slice(from, to));
}

/** The domain cue may stand in the count's sentence or in the sentence before it (news/12, one paragraph each:
 *  "… 15 kasus dugaan pelanggaran netralitas ASN, …. Dari 15 kasus tersebut, 9 kasus memenuhi unsur
 *  pelanggaran, …" — the second sentence names no ASN). */
function inDomain(c: CountCandidate, text: string, sentences: Sentences, orNext = false): boolean {
  const [s0, s1] = clippedSentence(sentences, c.start, c.end);
  if (DOMAIN_RE.test(text.slice(s0, s1))) return true;
  const si = sentenceIndex(sentences, c.numStart);
  if (orNext && si >= 0 && si + 1 < sentences.starts.length) {
    const n0 = sentences.starts[si + 1]!;
    if (DOMAIN_RE.test(text.slice(n0, Math.min(sentences.ends[si + 1]!, n0 + SENTENCE_REACH)))) return true;
  }
  if (si <= 0) return false;
  const p0 = Math.max(sentences.starts[si - 1]!, s0 - SENTENCE_REACH);
  return DOMAIN_RE.test(text.slice(p0, s0));
}

/** A count of sanctions the definition of its tiers follows, with no figure: "PP Nomor 94 Tahun 2021 mengenal tiga
 *  hukuman disiplin, yakni ringan, sedang, dan berat" (review17 c12: the tiers a rule defines, not sanctions given). */
const DEFINITION_AFTER = new RegExp(`^\\s{0,2}(?::|,?\\s{0,2}(?:${alternation(DEFINITION_OPENERS)})${WE})`, 'iu');
const FIGURE_RE = new RegExp(`${WB}(?:${NUMBER_SOURCE})${WE}`, 'iu');
const IMPOSING_RE = new RegExp(`${WB}(?:${alternation(IMPOSING)})${WE}`, 'iu');
function definedTiers(c: CountCandidate, text: string, sentences: Sentences): boolean {
  if (!IMPOSED_UNITS.includes(c.unit) || c.unitEnd <= c.numStart) return false;
  const si = sentenceIndex(sentences, c.numStart);
  if (si < 0) return false;
  const d = DEFINITION_AFTER.exec(text.slice(c.unitEnd, c.unitEnd + 30));
  if (d === null) return false;
  const rest = text.slice(c.unitEnd + d[0].length, sentences.ends[si]!);
  // figures after the opener split what was imposed ("yakni 14 hukuman disiplin ringan dan 5 …"); an imposing verb in
  // the sentence says they were given ("menjatuhkan tiga sanksi, yakni …")
  return !FIGURE_RE.test(rest) && !IMPOSING_RE.test(text.slice(sentences.starts[si]!, sentences.ends[si]!));
}

function hasContext(c: CountCandidate, text: string, sentences: Sentences): boolean {
  if (!inDomain(c, text, sentences)) return false;
  // a workforce: a thousand people or more of an institution ("bagi 9.412 ASN di lingkungan Pemkab …")
  if (workforce(c, text)) return false;
  // (a person unit naming a party to a report needs no offence cue: SELF_CUED_UNITS)
  if (c.unitClass === 'violation' || SELF_CUED_UNITS.includes(c.unit)) return true;
  // the clause with the unit word blanked: `1.010 perkara` is not its own cue, and a cue in
  // another clause (`30 kasus DBD, sementara pelanggaran …`) does not count. A subset count's unit stands
  // before its clause (`15 kasus itu, 12 di antaranya …`): nothing to blank then.
  const [k0, k1] = clauseAround(text, c.start, c.end);
  const rest = c.unitEnd <= k0 ? text.slice(k0, k1) : text.slice(k0, c.unitStart) + ' ' + text.slice(c.unitEnd, k1);
  if ((c.unitClass === 'case' ? VIOLATION_RE : ACTION_RE).test(rest)) return true;
  if (c.unitClass === 'person' && c.unitEnd > c.numStart && attendsOffence(text, c.unitEnd)) return true;
  // a count of people a report is about, in its clause ("menerima laporan terhadap 7 pejabat eselon II"), and the
  // count of the reports ("3 laporan terhadap 5 ASN")
  if (c.unitClass === 'person') return c.start > k0 && TARGET_BEFORE.test(text.slice(Math.max(k0, c.start - TARGET_REACH), c.start));
  const after = text.slice(c.unitEnd, c.unitEnd + TARGET_REACH);
  return TARGET_AFTER.test(after) || ELECTION_TOPIC_AFTER.test(after) || PERSON_TOPIC_AFTER.test(after);
}

