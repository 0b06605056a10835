// Clause-level attachment of counts (issue 22): what a count's neighbours in its clause and sentence say about it.
// Every pass here starts from a count the parsers found (or a number position of the one-pass scan) and reads a
// bounded window around it: no pattern runs over the whole text.
//
//   anaphoric     — a unit standing alone ("menangani 4 kasus.", "6 laporan yang masuk") takes the topic of its
//                   sentence or the sentence next to it: a violation cue there accepts the count.
//   addParts      — parts of a count: after "Dari 27 ASN yang dilaporkan," or "dari jumlah itu,", every number
//                   of the clause that is a count (its own unit, or a bare number followed by a verb, `lainnya`,
//                   `orang`…) is a part; so is "N di antaranya"; "N lainnya" is the rest of the split before it.
//                   Parts of cases are cases and parts of people are people (else no part).
//   addListItems  — a per-region breakdown where only the first item carries the unit ("Jawa Barat 12 kasus,
//                   Jawa Timur 9, dan Banten 4"): each item is a count in that unit for its own region.
//   markForecasts — (forecasts.ts) a count in a clause governed by a forecast word ("diperkirakan mencapai 60
//                   kasus") is qualifier `forecast`.
//   assignScopes  — (scopes.ts) neutrality only, or all violations.
//   restates      — "5 pelanggaran tersebut": a demonstrative after the count says it names a figure already given.
import type { RegionRef } from '../../model.js';
import {
  BARE_UNIT_FOLLOWERS,
  BREAKDOWN_VERBS,
  CASE_ANCHOR_NOUNS,
  DEMONSTRATIVES,
  ELECTION_NAMES,
  NUMBER_ID_CUES,
  PERSON_ACTION_CUES,
  PERSON_NOUN_CUES,
  QUALIFIER_CUES,
  RANKING_JOINERS,
  RANKING_LABEL_LINKS,
  RANKING_LABEL_VERBS,
  REPORTER_LEVEL_WORDS,
  REPORTERS,
  REST_PRONOUNS,
  SIMILAR_WORDS,
  SUBSET_ANCHORS,
  SUBSET_PHRASES,
  VERB_PREFIXES,
  ITEM_END_WORDS,
  VIOLATION_CUES,
  unitGroup,
} from '../../lexicon/violations.js';
import { MONTH_NAMES } from '../../lexicon/calendar.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, bareQualifier, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';
import { bareParts } from './bare-parts.js';
import type { RegionSpan } from './reporter.js';
import { backParts } from './anaphora.js';

const REACH = 300;
const VIOLATION_RE = new RegExp(`${WB}(?:${alternation(VIOLATION_CUES)})${WE}`, 'iu');
/** A count of people standing alone is one of offenders only when a sentence next to it says what was done to or by
 *  them (an action cue, not only the name of the offence). */
const OFFENCE_RE = new RegExp(`${WB}(?:${alternation(PERSON_ACTION_CUES.filter((w) => !PERSON_NOUN_CUES.includes(w)))})${WE}`, 'iu');
/** After a case unit: the end of the clause, a word of BARE_UNIT_FOLLOWERS, or a verb (the unit ends its noun phrase:
 *  "52 laporan berasal dari media sosial", "10 laporan dihentikan"; not "5 laporan keuangan"). */
const BARE_AFTER = new RegExp(
  `^(?:[ \\t]{0,2}(?:[,.;:)!?\\n]|$)|\\s{1,2}(?:${alternation(BARE_UNIT_FOLLOWERS)})${WE}|\\s{1,2}(?:${alternation(VERB_PREFIXES)})\\p{Ll}{3,}${WE})`,
  'iu',
);
/** After a person unit: the end of the clause, or a demonstrative ("terhadap 13 pegawai itu"). */
const PUNCT_AFTER = new RegExp(`^(?:[ \\t]{0,2}(?:[,.;:)!?\\n]|$)|\\s{1,2}(?:${alternation(DEMONSTRATIVES)})${WE})`, 'u');
const CASE_ANCHOR_RE = new RegExp(`${WB}(?:${alternation(CASE_ANCHOR_NOUNS)})${WE}`, 'iu');
const ANCHOR_RE = new RegExp(`${WB}(?:${alternation(SUBSET_ANCHORS)})${WE}[^,.;!?\\n]{0,40},`, 'giu');
const DARI_BEFORE = /(?:^|[^\p{L}])dari\s{1,2}$/iu;
/** A verb ending in "dari" that lists the parts of a whole ("Mereka terdiri dari 3 kepala distrik, 8 …"): the count
 *  after it is an item, never a whole whose parts follow. */
const BREAKDOWN_DARI_BEFORE = new RegExp(`${WB}(?:${alternation(BREAKDOWN_VERBS.filter((v) => v.endsWith(' dari')))})\\s{1,2}$`, 'iu');
/** "18 dari 25 kasus": a bare number right before "dari" and a count is a part of it. */
const PART_OF_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}.,/-])(?<num>${NUMBER_SOURCE})[ \\t]{1,2}dari\\s{1,2}$`, 'diu');
const SIMILAR_AFTER = new RegExp(`^\\s{1,2}(?:${alternation(SIMILAR_WORDS)})${WE}`, 'iu');
const DEMONSTRATIVE_AFTER = new RegExp(`^(?:\\s{1,2}\\p{L}+){0,2}?\\s{1,2}(?:${alternation(DEMONSTRATIVES)})${WE}`, 'iu');
const LABEL_STOP = new Set(
  [...NUMBER_ID_CUES, ...Object.keys(ELECTION_NAMES), ...Object.keys(MONTH_NAMES), ...Object.keys(QUALIFIER_CUES)].map((w) => w.toLowerCase()),
);
/** One more item of a breakdown after a count: separator, a capitalised label, the number, the unit optionally,
 *  then the end of the item. */
const LIST_ITEM = new RegExp(
  `(?:[ \\t]{0,2}[,;]\\s{1,2}(?:(?:dan|serta|${alternation(RANKING_JOINERS)})\\s{1,2})?|\\s{1,2}(?:dan|serta)\\s{1,2})` +
    `(?<label>\\p{Lu}[\\p{L}'.-]*(?:\\s{1,2}\\p{Lu}[\\p{L}'.-]*){0,3})\\s{1,2}(?<num>${NUMBER_SOURCE})${WE}` +
    `(?<unit>\\s{1,2}\\p{L}+(?:\\s{1,2}desa)?)?(?=[ \\t]{0,2}(?:[,;.)\\n]|$)|\\s{1,2}(?:${alternation(ITEM_END_WORDS)})${WE})`,
  'duy',
);
export const ITEM_LIMIT = 40;
/** Sentences before and after a count that its topic is read from (scope). */
export const TOPIC_BEFORE = 3;

export function sentenceSpan(sentences: Sentences, i: number, text: string): [number, number] {
  if (i < 0 || i >= sentences.starts.length) return [0, 0];
  return [sentences.starts[i]!, Math.min(sentences.ends[i]!, text.length)];
}

/** `[from, to)` clipped to REACH around `pos`. */
export function window(text: string, from: number, to: number, pos: number): string {
  return text.slice(Math.max(from, pos - REACH), Math.min(to, pos + REACH));
}

/** A count whose unit stands alone (a set named earlier or later: "menangani 4 kasus.", "6 laporan yang masuk")
 *  takes the topic of its sentence or the sentence before or after it. A person count only when its unit ends the
 *  clause ("Totalnya 18 ASN.") and the topic is an offence. */
export function bareUnit(c: CountCandidate, text: string): boolean {
  if (c.unitEnd <= c.numStart) return false; // the unit-count form has its cue in the clause already
  const after = text.slice(c.unitEnd, c.unitEnd + 24);
  return (c.unitClass === 'person' ? PUNCT_AFTER : BARE_AFTER).test(after);
}

/** Whether a word of likeness follows the count's unit ("29 kasus serupa"): a count of the kind counted before it. */
export const similarTo = (c: CountCandidate, text: string): boolean => c.unitEnd > c.numStart && SIMILAR_AFTER.test(text.slice(c.unitEnd, c.unitEnd + 24));

export function anaphoric(c: CountCandidate, text: string, sentences: Sentences): boolean {
  if (!bareUnit(c, text)) return false;
  const person = c.unitClass === 'person';
  const re = person ? OFFENCE_RE : VIOLATION_RE;
  const si = sentenceIndex(sentences, c.numStart);
  // "belasan laporan serupa": the set it is like was named up to TOPIC_BEFORE sentences before
  const similar = SIMILAR_AFTER.test(text.slice(c.unitEnd, c.unitEnd + 24));
  const around = similar ? [si, si - 1, si + 1, ...Array.from({ length: TOPIC_BEFORE - 1 }, (_, j) => si - 2 - j)] : [si, si - 1, si + 1];
  for (const k of around) {
    const [s0, s1] = sentenceSpan(sentences, k, text);
    if (s1 <= s0) continue;
    const w = k === si ? text.slice(Math.max(s0, c.start - REACH), c.start) + ' ' + text.slice(c.unitEnd, Math.min(s1, c.unitEnd + REACH)) : window(text, s0, s1, c.numStart);
    if (re.test(w)) return true;
  }
  return false;
}

/** Index of the last count in `list` (by start) ending at or before `pos`, or -1. */
function lastBefore(list: readonly CountCandidate[], pos: number): number {
  let ans = -1;
  for (let i = 0; i < list.length && list[i]!.start < pos; i++) if (list[i]!.end <= pos) ans = i;
  return ans;
}

export const sameGroup = (a: CountCandidate, b: { unit: string }): boolean => unitGroup(a.unit) === unitGroup(b.unit);

/** Parts of counts (see the header). `accepted` and `rejected` are sorted by start; returns the accepted counts,
 *  with parts added and linked, sorted by start. `numbers` are the number positions of the one-pass scan. */
export function addParts(accepted: CountCandidate[], rejected: readonly CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], spans: readonly RegionSpan[] = []): CountCandidate[] {
  if (accepted.length === 0) return accepted;
  const taken = new Set<number>();
  for (const c of accepted) taken.add(c.numStart);
  for (const c of rejected) taken.add(c.numStart);
  const all = [...accepted, ...rejected].sort((a, b) => a.start - b.start);
  const isAccepted = new Set<CountCandidate>(accepted);
  const out = [...accepted];
  /** Parts of `parent` in `[z0, z1)`: counts of the same group, and bare numbers; with `people`, also the people a
   *  whole of cases is about ("Dari laporan itu, belasan tenaga honorer dan enam PPPK diduga …"). */
  const zone = (parent: CountCandidate, z0: number, z1: number, people = false) => {
    for (const c of all) {
      if (c.numStart < z0 || c.numStart >= z1 || c === parent || c.parent !== null) continue;
      if (!sameGroup(c, parent) && !(people && c.unitClass === 'person' && isAccepted.has(c))) continue;
      c.parent = parent;
      if (!isAccepted.has(c)) {
        isAccepted.add(c);
        out.push(c);
      }
    }
    bareParts(text, numbers, taken, parent, z0, z1, (part) => {
      isAccepted.add(part);
      out.push(part);
    });
  };
  for (const parent of accepted) {
    const si = sentenceIndex(sentences, parent.numStart);
    const [, s1] = sentenceSpan(sentences, si, text);
    // "Dari 27 ASN yang dilaporkan, 19 direkomendasikan …": the parent opens the sentence's subset clause
    if (DARI_BEFORE.test(text.slice(Math.max(0, parent.start - 8), parent.start)) && !BREAKDOWN_DARI_BEFORE.test(text.slice(Math.max(0, parent.start - 20), parent.start))) {
      // "18 dari 25 kasus terkait unggahan …": the number before "dari" is a part
      const from = Math.max(0, parent.start - 40);
      const m = PART_OF_BEFORE.exec(text.slice(from, parent.start));
      if (m !== null) {
        const [ns, ne] = m.indices!.groups!['num']!;
        const p = from + ns;
        const num = parseIndonesianNumber(m.groups!['num']!);
        if (!taken.has(p) && num !== null && num.value < parent.value && !BARE_YEAR.test(m.groups!['num']!) && !isIdentifier(text, p)) {
          const c = countCandidate(num.value, bareQualifier(text, p, num.approximate), { unit: parent.unit, unitClass: parent.unitClass }, parent.unitStart, parent.unitEnd, p, from + ne, p, parent.end, 'part');
          c.parent = parent;
          taken.add(p);
          isAccepted.add(c);
          out.push(c);
        }
      }
      const comma = text.indexOf(',', parent.end);
      if (comma >= 0 && comma < s1 && comma - parent.end < 80) zone(parent, comma + 1, Math.min(s1, comma + REACH));
    }
  }
  // "dari jumlah itu, …" after a count, in its sentence or the next: a part of the last count before it
  for (const parent of accepted) {
    const si = sentenceIndex(sentences, parent.numStart);
    const [, s2] = sentenceSpan(sentences, Math.min(si + 1, sentences.starts.length - 1), text);
    const w0 = parent.end;
    const w1 = Math.min(Math.max(s2, w0), w0 + REACH);
    ANCHOR_RE.lastIndex = 0;
    const w = text.slice(w0, w1);
    for (let m = ANCHOR_RE.exec(w); m !== null; m = ANCHOR_RE.exec(w)) {
      const at = w0 + m.index;
      const sorted = out.slice().sort((a, b) => a.start - b.start);
      const i = lastBefore(sorted, at);
      if (i < 0 || sorted[i] !== parent) continue;
      const [, z1] = sentenceSpan(sentences, sentenceIndex(sentences, at), text);
      // after a per-region breakdown ("Aceh Utara 7 kasus, Bireuen 5, Pidie 4."), the anchor points at the whole the
      // breakdown divides, not at its first item
      const whole = labelBefore(text, parent.numStart, spans) ? wholeBeforeItem(sorted, i, text, sentences, spans) : parent;
      if (whole === null) continue;
      // an anchor naming the whole by a case noun ("dari laporan itu") lets the people of its clause be parts of it
      zone(whole, at + m[0].length, Math.min(z1, at + m[0].length + REACH), whole.unitClass !== 'person' && CASE_ANCHOR_RE.test(m[0]));
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "N di antaranya" and "N lainnya" (anaphora.ts): parts of a whole stated before
  return backParts(out, all, isAccepted, text, sentences, numbers, taken);
}


/** The whole a per-region breakdown opened by `sorted[i]` divides: the nearest count before it that is no part and
 *  no labelled item of its sentence, of its group and larger, in its sentence or the one before; else null. */
function wholeBeforeItem(sorted: readonly CountCandidate[], i: number, text: string, sentences: Sentences, spans: readonly RegionSpan[]): CountCandidate | null {
  const item = sorted[i]!;
  const si = sentenceIndex(sentences, item.numStart);
  const floor = sentences.starts[Math.max(0, si - 1)] ?? 0;
  for (let k = i - 1; k >= 0 && sorted[k]!.start >= floor; k--) {
    const w = sorted[k]!;
    // (a whole in the sentence before may have its body's region before it: "Panwaslih Aceh mencatat 26 kasus")
    if (w.parent !== null || (sentenceIndex(sentences, w.numStart) === si && labelBefore(text, w.numStart, spans))) continue;
    return sameGroup(w, item) && w.value > item.value ? w : null;
  }
  return null;
}

/** The region mention ending right before `pos` (only white space between), whose span starts at or after `from`. */
export function regionEndingAt(spans: readonly RegionSpan[], text: string, from: number, pos: number): RegionRef | null {
  let best: RegionSpan | null = null;
  for (const s of spans) {
    if (s.start < from || s.end > pos) continue;
    if (!/^\s{0,2}$/u.test(text.slice(s.end, pos))) continue;
    if (best === null || s.start < best.start) best = s;
  }
  return best?.region ?? null;
}

/** A capitalised word right before the number (a label: "Jawa Barat 12 kasus"), not a cue or a month. */
/** The capitalised word ending the label right before a breakdown's first number (`Jabar 12 kasus`), or before a
 *  ranking link (`Jawa Barat dengan 58 kasus`). */
const LABEL_BEFORE = new RegExp(`(\\p{Lu}[\\p{L}'.-]*)\\s{1,2}(?:(?:${alternation(RANKING_LABEL_LINKS)}|(?<verb>${alternation(RANKING_LABEL_VERBS)}))\\s{1,2})?$`, 'u');
const RANKING_AFTER = new RegExp(`^[ \\t]{0,2},\\s{1,2}(?:${alternation(RANKING_JOINERS)})${WE}`, 'u');
/** Whether a count opens a ranking of regions: a joiner after its unit (", disusul …", ", diikuti …"). */
export const opensRanking = (c: CountCandidate, text: string): boolean => c.unitEnd > c.numStart && RANKING_AFTER.test(text.slice(c.unitEnd, c.unitEnd + 30));
function labelBefore(text: string, numStart: number, spans: readonly RegionSpan[]): boolean {
  const m = LABEL_BEFORE.exec(text.slice(Math.max(0, numStart - 40), numStart));
  if (m === null || LABEL_STOP.has(m[1]!.toLowerCase().replace(/\.$/u, ''))) return false;
  // a verb between ("Kota Ambon menyumbang sembilan kasus") only after a region mention
  return m.groups!['verb'] === undefined || regionEndingAt(spans, text, numStart - 80, numStart - m[0].length + m[1]!.length) !== null;
}

/** A ranking link word right before a breakdown's first number ("Jawa Tengah dengan 61 kasus"). */
const LINK_BEFORE = new RegExp(`\\s{1,2}(?:${alternation([...RANKING_LABEL_LINKS, ...RANKING_LABEL_VERBS])})\\s{1,2}$`, 'iu');
/** A reporting body (and its level word) right before a region: "Bawaslu Jawa Timur" is who counted, not an item. */
const BODY_BEFORE = new RegExp(`${WB}(?:${alternation(Object.keys(REPORTERS))})(?:\\s{1,2}(?:${alternation(Object.keys(REPORTER_LEVEL_WORDS))})\\.?)?\\s{1,2}$`, 'iu');
const CLAUSE_REACH_BACK = 100;

/** The region of a breakdown's first item: the label right before its number (a link word between allowed), else
 *  the last region named before it in its sentence that is not a reporting body's ("Kabupaten Jember menjadi daerah
 *  dengan kasus terbanyak, yakni 14 kasus, kemudian …"). */
function firstItemRegion(spans: readonly RegionSpan[], text: string, c: CountCandidate): RegionRef | null {
  const from = Math.max(0, c.numStart - 40);
  const link = LINK_BEFORE.exec(text.slice(from, c.numStart));
  const right = regionEndingAt(spans, text, from, link === null ? c.numStart : from + link.index);
  if (right !== null) return right;
  const back = text.slice(Math.max(0, c.start - CLAUSE_REACH_BACK), c.start);
  const cut = back.search(/[.!?\n](?!\d)[^.!?\n]*$/u);
  const lo = c.start - back.length + (cut < 0 ? 0 : cut + 1);
  let best: RegionSpan | null = null;
  for (const s of spans) {
    if (s.start < lo || s.end > c.start) continue;
    if (BODY_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) continue;
    if (best === null || s.start > best.start) best = s;
  }
  return best?.region ?? null;
}

/** Items of per-region breakdowns (see the header); returns the counts with the items added, sorted by start. */
export function addListItems(list: CountCandidate[], text: string, spans: readonly RegionSpan[]): CountCandidate[] {
  const out = [...list];
  const taken = new Map<number, CountCandidate>();
  for (const c of list) taken.set(c.numStart, c);
  for (const c of list) {
    if (c.unitEnd <= c.numStart || c.rule === 'list-item') continue;
    // a breakdown opens with a label before its first number, or a ranking joiner after it ("… teratas dengan
    // 58 kasus, diikuti Sulawesi Selatan 47")
    if (!labelBefore(text, c.numStart, spans) && !RANKING_AFTER.test(text.slice(c.unitEnd, c.unitEnd + 30))) continue;
    let pos = c.unitEnd;
    const items: CountCandidate[] = [];
    for (let n = 0; n < ITEM_LIMIT; n++) {
      LIST_ITEM.lastIndex = pos;
      const m = LIST_ITEM.exec(text);
      if (m === null) break;
      const g = m.groups!;
      const labelWords = g.label!.split(/\s+/u);
      if (LABEL_STOP.has(labelWords[labelWords.length - 1]!.toLowerCase().replace(/\.$/u, ''))) break;
      if (BARE_YEAR.test(g.num!)) break;
      if (g.unit !== undefined && g.unit.trim().toLowerCase() !== text.slice(c.unitStart, c.unitEnd).toLowerCase()) break;
      const num = parseIndonesianNumber(g.num!);
      if (!num) break;
      const [numStart, numEnd] = m.indices!.groups!.num!;
      const [labelStart] = m.indices!.groups!.label!;
      const end = m.index + m[0].length;
      const have = taken.get(numStart);
      const item = have ?? countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: c.unit, unitClass: c.unitClass }, c.unitStart, c.unitEnd, numStart, numEnd, labelStart, end, 'list-item');
      item.region = regionEndingAt(spans, text, labelStart, numStart);
      item.parent = c.parent;
      items.push(item);
      pos = end;
    }
    if (items.length === 0) continue;
    c.region = firstItemRegion(spans, text, c);
    for (const it of items) if (!taken.has(it.numStart)) {
      taken.set(it.numStart, it);
      out.push(it);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}


/** The count that opened the breakdown whose item is `list[i]` (items share its unit's offsets and follow it
 *  closely: the search goes back a bounded way). */
export function listHead<T extends CountCandidate>(list: readonly T[], i: number): T | null {
  const c = list[i];
  if (c === undefined || c.rule !== 'list-item') return null;
  for (let k = i - 1; k >= 0 && i - k <= 2 * ITEM_LIMIT; k--) {
    const d = list[k]!;
    if (d.rule !== 'list-item' && d.unitStart === c.unitStart) return d;
  }
  return null;
}


const REST_PRONOUN_RE = new RegExp(`(?<!\\p{N}[ \\t]{1,2})${WB}(?:${alternation(REST_PRONOUNS)})${WE}`, 'iu');

/** A figure followed in its sentence by a pronoun for the rest ("13 laporan diteruskan …, sedangkan sisanya
 *  dihentikan") is a part of the last larger count of its group before it, in its sentence or the one before.
 *  `list` is sorted by start. */
export function partsBeforeRest(list: CountCandidate[], text: string, sentences: Sentences): void {
  list.forEach((c, i) => {
    if (c.parent !== null) return;
    const si = sentenceIndex(sentences, c.numStart);
    const [, s1] = sentenceSpan(sentences, si, text);
    const next = list[i + 1];
    const to = Math.min(s1, c.end + REACH, next !== undefined && next.start > c.end ? next.start : s1);
    if (!REST_PRONOUN_RE.test(text.slice(c.end, to))) return;
    const floor = sentences.starts[Math.max(0, si - 1)] ?? 0;
    for (let k = i - 1; k >= 0 && list[k]!.start >= floor; k--) {
      const o = list[k]!;
      if (o.parent !== null || !sameGroup(o, c) || o.value <= c.value) continue;
      c.parent = o;
      break;
    }
  });
}

/** How many sentences back a vague restatement ("ratusan laporan itu") looks for the figure it restates. */
const VAGUE_BACK = 2;

/** A vague figure with a demonstrative ("Dari ratusan laporan itu, …") restates an exact figure of its group given
 *  just before ("lebih dari 120 laporan"), when that figure is of its order (from the vague value to ten times it):
 *  it is dropped and its parts hang on that figure. `list` is sorted by start. */
export function foldVagueRestatements(list: CountCandidate[], text: string, sentences: Sentences): CountCandidate[] {
  const alias = new Map<CountCandidate, CountCandidate>();
  list.forEach((c, i) => {
    if (c.qualifier !== 'approximate' || c.parent !== null || !restates(c, text)) return;
    const floor = sentences.starts[Math.max(0, sentenceIndex(sentences, c.numStart) - VAGUE_BACK)] ?? 0;
    for (let k = i - 1; k >= 0 && list[k]!.start >= floor; k--) {
      const o = list[k]!;
      if (o.qualifier === 'approximate' || o.parent !== null || !sameGroup(o, c) || o.value < c.value || o.value >= c.value * 10) continue;
      alias.set(c, o);
      break;
    }
  });
  if (alias.size === 0) return list;
  for (const d of list) if (d.parent !== null) d.parent = alias.get(d.parent) ?? d.parent;
  return list.filter((c) => !alias.has(c));
}

/** Whether a demonstrative follows the count's unit ("5 pelanggaran tersebut", "2 kasus itu"): a figure given
 *  before, restated. */
export function restates(c: CountCandidate, text: string): boolean {
  const from = c.unitEnd > c.numEnd ? c.unitEnd : c.numEnd;
  return DEMONSTRATIVE_AFTER.test(text.slice(from, from + 40));
}
