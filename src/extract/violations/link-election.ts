// Refiner 4 of the counts extractor (index.ts): the election and year of each count, and the one factory of
// linked counts (a count with its election and reporter).
import type { Election, RegionRef, ReporterLevel } from '../../model.js';
import { BARE_YEAR_LINKS, COMPARISON_WORDS, ELECTION_NAMES, OWN_ELECTION_LINKS, PAST_YEAR_PHRASES, PRESENT_YEAR_PHRASES } from '../../lexicon/violations.js';
import { WB, WE, alternation, lookup, sentenceAt, type Sentences } from '../dates/text.js';
import { clauseStartBefore, firstStartAtOrAfter } from '../../text/search.js';
import type { CountCandidate } from './parsers.js';
import { type CountElections, calendarYearOf, inBodyName, monthYearIn } from './count-elections.js';
import { headlineEnd } from './headline.js';

const COMPARISON_RE = new RegExp(`${WB}(?:${alternation(COMPARISON_WORDS)})${WE}`, 'iu');
/** A comparison word right before an election, a few words between allowed ("dibandingkan dengan Pilkada 2020"). */
const COMPARISON_BEFORE = new RegExp(`${WB}(?:${alternation(COMPARISON_WORDS)})(?:\\s{1,2}\\p{L}+){0,2}?\\s{1,2}$`, 'iu');
const COMPARED_BACK = 40;
const PAST_YEAR_RE = new RegExp(`${WB}(?:${alternation(PAST_YEAR_PHRASES)})${WE}`, 'iu');
const PRESENT_YEAR_RE = new RegExp(`${WB}(?:${alternation(PRESENT_YEAR_PHRASES)})${WE}`, 'iu');
const BARE_ELECTION_RE = new RegExp(`${WB}(?:${alternation(Object.keys(ELECTION_NAMES))})${WE}`, 'giu');
/** Context is read at most this far from the count, so huge "sentences" stay linear. */
const OWN_LINK_RE = new RegExp(`^[ \\t]{0,2}\\s(?:${alternation(OWN_ELECTION_LINKS)})\\s{1,2}$`, 'iu');
const BARE_YEAR_RE = new RegExp(`${WB}(?:${alternation(BARE_YEAR_LINKS)})\\s{1,2}((?:19|20)\\d{2})(?![\\p{L}\\p{N}/])`, 'giu');
/** How far after a count its own election may start. */
const OWN_REACH = 16;
const CLAUSE_BACK = 80;
/** A comma, semicolon, sentence mark or line break ends a clause. */
const isBreak = (u: number): boolean => u === 0x2c || u === 0x3b || u === 0x2e || u === 0x21 || u === 0x3f || u === 0x0a;
export const SENTENCE_REACH = 300;

/** The sentence around a count, clipped to SENTENCE_REACH on each side. */
export function clippedSentence(sentences: Sentences, start: number, end: number): [number, number] {
  const [ss, se] = sentenceAt(sentences, start);
  return [Math.max(Math.min(ss, start), start - SENTENCE_REACH), Math.min(Math.max(se, end), end + SENTENCE_REACH)];
}

export interface Linked extends CountCandidate {
  election: string | null;
  year: number | null;
  reporter: string | null;
  reporterLevel: ReporterLevel | null;
  reporterRegion: RegionRef | null;
}

/** The one factory of linked counts (fields written out, not `{ ...c, election }`: one object shape for all). */
export function linked(
  c: CountCandidate,
  election: string | null,
  year: number | null,
  reporter: string | null,
  reporterLevel: ReporterLevel | null = null,
  reporterRegion: RegionRef | null = null,
): Linked {
  return {
    value: c.value,
    upper: c.upper,
    upperStart: c.upperStart,
    parent: c.parent,
    region: c.region,
    scope: c.scope,
    qualifier: c.qualifier,
    unit: c.unit,
    unitClass: c.unitClass,
    unitStart: c.unitStart,
    unitEnd: c.unitEnd,
    numStart: c.numStart,
    numEnd: c.numEnd,
    start: c.start,
    end: c.end,
    rule: c.rule,
    election,
    year,
    reporter,
    reporterLevel,
    reporterRegion,
  };
}

/** The place a tie for the article's election is decided by: where the election is first named in the body, the
 *  headline's mentions after every body mention (a headline summarises: "Pilkada Boalemo 2020" over a body about the
 *  "Pemilihan Bupati Boalemo 2020" names the body's election in general words). */
function tieRank(e: Election, bodyFrom: number): number {
  return e.start >= bodyFrom ? e.start : Number.MAX_SAFE_INTEGER / 2 + e.start;
}

// 4
export function linkElection(list: CountCandidate[], text: string, sentences: Sentences, read: CountElections): Linked[] {
  const elections = read.elections;
  // the article's election: most frequent name+year, ties to the first named in the body (tieRank)
  let main: Election | null = null;
  const bodyFrom = Math.max(0, headlineEnd(text));
  const counts = new Map<string, { n: number; e: Election; rank: number }>();
  // (an election a figure is compared with, "lebih tinggi daripada Pilkada 2020", is not the article's: it counts only
  // when every election is one)
  const compared = elections.filter((e) => comparedAt(text, e));
  const candidates = compared.length < elections.length ? elections.filter((e) => !compared.includes(e)) : elections;
  for (const e of candidates) {
    const k = `${e.name} ${e.year}`;
    const v = counts.get(k);
    if (v) {
      v.n++;
      v.rank = Math.min(v.rank, tieRank(e, bodyFrom));
    } else counts.set(k, { n: 1, e, rank: tieRank(e, bodyFrom) });
  }
  let bestN = 0;
  let bestRank = 0;
  for (const { n, e, rank } of counts.values()) {
    if (n > bestN || (n === bestN && main !== null && rank < bestRank)) {
      main = e;
      bestN = n;
      bestRank = rank;
    }
  }
  // an article whose elections have no year: its most frequent bare one, dated by the calendar ("pelanggaran Pemilu"
  // in a page of January 2024)
  main ??= read.bareMain;
  const sorted = elections.slice().sort((a, b) => a.start - b.start);
  const yearsByName = new Map<string, Set<number>>();
  for (const e of elections) {
    const set = yearsByName.get(e.name) ?? new Set<number>();
    set.add(e.year);
    yearsByName.set(e.name, set);
  }
  // an election right after a count ("12 kasus pada Pilkada 2018") is that count's own
  const owner = new Map<Election, CountCandidate>();
  const own = new Map<CountCandidate, Election>();
  for (const c of list) {
    for (let i = firstStartAtOrAfter(sorted, c.end); i < sorted.length && sorted[i]!.start - c.end <= OWN_REACH; i++) {
      const e = sorted[i]!;
      if (!OWN_LINK_RE.test(text.slice(c.end, e.start))) continue;
      if (!owner.has(e)) owner.set(e, c);
      own.set(c, e);
      break;
    }
  }
  const out: Linked[] = [];
  const linkedOf = new Map<CountCandidate, Linked>();
  for (const c of list) {
    const e = own.get(c);
    const whole = c.parent === null ? undefined : linkedOf.get(c.parent);
    const l = e !== undefined ? linked(c, e.name, e.year, null) : electionOf(c, text, sentences, sorted, main, yearsByName, owner, read.calendarYear, whole);
    // a part whose election word the article names with several years ("14 kasus lainnya muncul saat Pilkada" beside
    // "Pilkada Tanah Laut 2024" and a compared "Pilkada Tanah Laut 2018") is of its whole's year, when the article
    // names that election in that year
    if (l.election !== null && l.year === null && whole !== undefined && whole.year !== null && yearsByName.get(l.election)?.has(whole.year)) l.year = whole.year;
    linkedOf.set(c, l);
    out.push(l);
  }
  return out;
}

/** The election of one count (see linkElection). */
function electionOf(
  c: CountCandidate,
  text: string,
  sentences: Sentences,
  sorted: readonly Election[],
  main: Election | null,
  yearsByName: ReadonlyMap<string, ReadonlySet<number>>,
  owner: ReadonlyMap<Election, CountCandidate>,
  calendarYear: (name: string) => number | null,
  whole: Linked | undefined,
): Linked {
  const [ss, se] = clippedSentence(sentences, c.start, c.end);
  // a bare year in the count's own clause ("Jika pada 2020 tercatat 65 laporan"): the election of that year
  const year = bareYearBefore(text, c);
  if (year !== null) {
    const name = main !== null && yearsByName.get(main.name)?.has(year) ? main.name : onlyNameOf(yearsByName, year);
    return linked(c, name, year, null);
  }
  let before: Election | null = null;
  let after: Election | null = null;
  let ownedAfter: Election | null = null;
  for (let i = firstStartAtOrAfter(sorted, ss); i < sorted.length && sorted[i]!.start < se; i++) {
    const e = sorted[i]!;
    if (e.end > se) continue;
    if (e.end <= c.numStart) {
      // an election that is another count's own ("naik dari 12 kasus pada Pilkada 2018 menjadi 31") is not this one's
      const o = owner.get(e);
      if (o !== undefined && o !== c) continue;
      if (!before || e.end > before.end) before = e;
    } else if (e.start >= c.numEnd && (!after || e.start < after.start)) {
      // nor is an election after the count that another count owns ("27 kasus, naik dari 15 kasus pada Pilgub 2020")
      const o = owner.get(e);
      if (o === undefined || o === c) after = e;
      else ownedAfter ??= e;
    }
  }
  // an election after the figure that it is compared with is not its election ("mencapai 7 kasus, lebih banyak dari
  // Pilkada 2018")
  let compared: Election | null = null;
  if (after !== null && COMPARISON_RE.test(text.slice(c.end, after.start))) {
    compared = after;
    after = null;
  }
  // "Pada Pilkada 2020, tercatat 12 kasus, sedangkan tahun ini 25 kasus": "tahun ini" after the election dates the
  // figure to the latest election of that name
  if (before !== null && PRESENT_YEAR_RE.test(text.slice(before.end, c.numStart))) {
    const latest = Math.max(...(yearsByName.get(before.name) ?? []));
    if (latest > before.year) return linked(c, before.name, latest, null);
  }
  const hit = before ?? after;
  if (hit) return linked(c, hit.name, hit.year, null);
  if (compared === null && ownedAfter !== null && COMPARISON_RE.test(text.slice(c.end, ownedAfter.start))) compared = ownedAfter;
  if (compared !== null) {
    if (PAST_YEAR_RE.test(text.slice(ss, se))) return linked(c, null, null, null);
    // a figure compared with an election is of a later one of its name, when the article names one
    const later = Math.max(...(yearsByName.get(compared.name) ?? []));
    if (later > compared.year) return linked(c, compared.name, later, null);
    return main && main !== compared ? linked(c, main.name, main.year, null) : linked(c, null, null, null);
  }
  // a bare election word in the sentence: the name, with the year of the article's mention of it
  BARE_ELECTION_RE.lastIndex = 0;
  const sentence = text.slice(ss, se);
  let bare: string | null = null;
  for (let m = BARE_ELECTION_RE.exec(sentence); m !== null; m = BARE_ELECTION_RE.exec(sentence)) {
    // (a body's name is no election: "Badan Pengawas Pemilu")
    const name = inBodyName(text, ss + m.index) ? null : (lookup(ELECTION_NAMES, m[0]) ?? null);
    if (name) {
      bare = name;
      if (ss + m.index > c.numStart) break;
    }
  }
  if (bare !== null) {
    const years = yearsByName.get(bare);
    return linked(c, bare, years !== undefined && years.size === 1 ? [...years][0]! : calendarYear(bare), null);
  }
  // "tahun ini" in an article naming several elections of one name: the latest
  if (main && PRESENT_YEAR_RE.test(sentence)) {
    const years = yearsByName.get(main.name);
    if (years !== undefined) return linked(c, main.name, Math.max(...years), null);
  }
  // a sentence naming no election continues the one before it in its paragraph ("KASN mencatat 2.073 ASN … sepanjang
  // Pemilu 2019. Dari jumlah itu, 1.605 ASN …"; "… dari 12 kasus pada Pilkada 2018 menjadi 25 kasus pada Pilkada
  // 2024. Kenaikan juga terlihat …, dari tiga orang menjadi sembilan orang"): its last election
  const prev = previousElection(sorted, sentences, text, ss);
  let l = linked(c, null, null, null);
  if (prev !== null && !PAST_YEAR_RE.test(sentence)) l = laterByDate(c, text, prev) ?? changeElection(c, prev, yearsByName);
  else if (main && !PAST_YEAR_RE.test(sentence)) {
    // the first figure of a change ("dari tiga orang menjadi sembilan orang") is of the period before the article's
    // election: the one earlier election of its name the article names, if there is exactly one
    l = laterByDate(c, text, main) ?? changeElection(c, main, yearsByName);
  }
  return wholeElection(c, whole, text, l) ?? l;
}

/** How far after its whole a part may stand and still take the whole's election: a sentence or two (a part is
 *  written right after its whole: "… tujuh kasus netralitas ASN. Lima di antaranya kepala sekolah."). */
const PART_REACH = 2 * SENTENCE_REACH;

/** A part whose sentence names no election is of its whole's cycle, however far back the whole's election was named
 *  ("Pengalaman Pilkada 2020 jangan terulang. Waktu itu Bawaslu menangani tujuh kasus netralitas ASN. Lima di antaranya
 *  kepala sekolah." in an article about Pilkada 2024: the article's election was taken, two sentences from the one
 *  named). Only in the whole's paragraph (a part read across a paragraph break may hang on the wrong whole: "naik
 *  dibanding Pilkada 2020 yang hanya 12 kasus" … next paragraph "Sebelas di antaranya guru"), only when the whole has a
 *  year, and only when the year read without it differs (a name of the same cycle, "Pilbup" for "Pilkada", is kept). */
function wholeElection(c: CountCandidate, whole: Linked | undefined, text: string, fallback: Linked): Linked | null {
  if (whole === undefined || whole.election === null || whole.year === null || whole.year === fallback.year) return null;
  if (whole.end > c.start || c.start - whole.end > PART_REACH) return null;
  for (let i = whole.end; i < c.start; i++) if (text.charCodeAt(i) === 0x0a) return null;
  return linked(c, whole.election, whole.year, null);
}


/** The last election of the sentence before the one starting at `ss` that is not a comparison's, when both
 *  sentences are in one paragraph, or null. */
function previousElection(sorted: readonly Election[], sentences: Sentences, text: string, ss: number): Election | null {
  if (ss === 0) return null;
  const [ps] = sentenceAt(sentences, ss - 1);
  if (ps >= ss || ss - ps > SENTENCE_REACH) return null;
  // (a bounded loop, not lastIndexOf: on a text of one long line that would scan back to its start for every count)
  for (let i = ps; i < ss; i++) if (text.charCodeAt(i) === 0x0a) return null;
  let last: Election | null = null;
  let from = ps;
  for (let i = firstStartAtOrAfter(sorted, ps); i < sorted.length && sorted[i]!.end <= ss; i++) {
    const e = sorted[i]!;
    // an election a figure is compared with ("… dibanding Pilwalkot 2018 yang hanya 9 kasus") is not the topic: a
    // comparison word since the election before it
    if (!COMPARISON_RE.test(text.slice(Math.max(from, e.start - CLAUSE_BACK), e.start))) last = e;
    from = e.end;
  }
  return last;
}

/** A count linked to `e`; the first figure of a change takes the one earlier election of that name the article names
 *  instead, when `e` is the latest. */
function changeElection(c: CountCandidate, e: Election, yearsByName: ReadonlyMap<string, ReadonlySet<number>>): Linked {
  if (c.rule === 'change-from') {
    const before = [...(yearsByName.get(e.name) ?? [])].filter((y) => y < e.year);
    if (before.length === 1) return linked(c, e.name, before[0]!, null);
  }
  return linked(c, e.name, e.year, null);
}

/** A count whose clause is dated after the cycle of the election it would take ("hingga pertengahan Desember 2023
 *  lembaganya sudah menerima empat laporan" in an op-ed naming only Pemilu 2019): the election of that name the date
 *  falls in or next to, by the calendar; null when the date says nothing more. */
function laterByDate(c: CountCandidate, text: string, e: Election): Linked | null {
  const year = monthYearIn(text, clauseStartBefore(text, c.numStart, CLAUSE_BACK, isBreak), c.numStart);
  if (year === null || year < e.year + 2) return null;
  const later = calendarYearOf(e.name, year);
  return later !== null && later > e.year ? linked(c, e.name, later, null) : null;
}

/** Whether a comparison word stands right before the election `e` in its clause ("lebih tinggi daripada Pilkada 2020"). */
function comparedAt(text: string, e: Election): boolean {
  const from = clauseStartBefore(text, e.start, COMPARED_BACK, isBreak);
  return COMPARISON_BEFORE.test(text.slice(from, e.start));
}

/** The year of a bare year phrase ("pada 2020", "tahun 2019") in the clause before the count's number, or null. */
function bareYearBefore(text: string, c: CountCandidate): number | null {
  const from = clauseStartBefore(text, c.numStart, CLAUSE_BACK, isBreak);
  const clause = text.slice(from, c.numStart);
  BARE_YEAR_RE.lastIndex = 0;
  let year: number | null = null;
  for (let m = BARE_YEAR_RE.exec(clause); m !== null; m = BARE_YEAR_RE.exec(clause)) year = Number(m[1]);
  return year;
}

/** The one election name held in `year` among the article's elections, or null. */
function onlyNameOf(yearsByName: ReadonlyMap<string, ReadonlySet<number>>, year: number): string | null {
  let name: string | null = null;
  for (const [n, years] of yearsByName) {
    if (!years.has(year)) continue;
    if (name !== null) return null;
    name = n;
  }
  return name;
}
