// VIOLATION COUNTS extractor: numbers of neutrality violations, cases, reports, findings or
// offending civil servants, with their qualifier, unit, election and reporting body.
//
// Parsers (parsers.ts) find `N <unit>` and `<unit> … <cue> N`; the refiners then run in this order:
//   1. dropIdentifiers — numbers inside election mentions (`Pilkada 2020`) are years, not counts.
//   2. oneCountPerNumber — a number is counted once (the earlier parser wins).
//   3. requireContext  — the sentence (or the one before it) must be about violations: a
//                        domain cue (ASN, Pilkada, Bawaslu…)
//                        and, per unit class, a violation cue (case nouns) or an offence/sanction
//                        cue (person nouns such as `ASN`). The unit word itself never counts as cue.
//                        A case count in an enumeration inherits the acceptance of a sibling count.
//                        (context.ts)
//   4. linkElection    — nearest election before the count in its sentence, else after it, else a
//                        bare election word in the sentence, else the article's most frequent one.
//                        (link-election.ts)
//   5. linkReporter    — nearest body (Bawaslu, KASN, BKN…) in the sentence, else in the 3 before
//                        (link-reporter.ts).
//      reporterScope   — the body's level and region when written after its name (reporter.ts).
//   6. dedupe          — the same count (value, qualifier, unit) repeated — headline and body, pasted
//                        copies — is reported once, at its first mention.
import type { Election, ExtractContext, RegionMention, ViolationCount } from '../../model.js';
import { unitGroup } from '../../lexicon/violations.js';
import { sentenceIndex, type Sentences } from '../dates/text.js';
import { At, candidatesOf, execAt, followedWithin, stickyOf } from '../dates/scan.js';
import { type TextIndex, indexOf } from '../../text/index.js';
import { COUNT_PARSERS, type CountCandidate, type CountParser } from './parsers.js';
import { addListItems, addParts, foldVagueRestatements, ITEM_LIMIT, listHead, partsBeforeRest, restates } from './clauses.js';
import { requireContext } from './context.js';
import { bareForecasts, forecastRescue, markForecasts } from './forecasts.js';
import { regionSpans, reporterScope, type RegionSpan } from './reporter.js';
import { addLineLists, addStageLines, mayHoldStageLines } from './line-lists.js';
import { addTableRows } from './table-rows.js';
import { breakdownParts, changeFrom, comparedParents, partitionParents, restParts, siblingParents, sumParents } from './sums.js';
import { foldHeadlineVague, headlineEnd } from './headline.js';
import { foldHeadlineForecast, foldVagueBeforePrecise } from './restatements.js';
import { addRegionAfterItems } from './region-after.js';
import { addBracketItems } from './bracket-items.js';
import { listParents } from './list-parents.js';
import { kindParts, laterParts, laterRests, sumRescue } from './later-parts.js';
import { addStageParts } from './stage-parts.js';
import { addBareStages } from './bare-stages.js';
import { addContinuedItems } from './continued-items.js';
import { addCollectives } from './collectives.js';
import { addColonListItems } from './colon-lists.js';
import { objectItemParents } from './object-items.js';
import { REPORTER_LOOKBACK_SENTENCES, changeReporters, lastBodyBefore, reporterHits, reporterOf } from './link-reporter.js';
import { linkElection, linked, type Linked } from './link-election.js';
import { countElections } from './count-elections.js';
import { assignScopes } from './scopes.js';
import { proseSentences } from './stamps.js';
import { addBareSplits, addOneSplits } from './bare-splits.js';
import { addComparisons } from './comparisons.js';
import { addBareLabelSplits, addLabelItems } from './label-items.js';
import { addVerbItems } from './verb-items.js';
import { addAnswers, answerParents, answerScopes, inAnswer, qaTurns, type Turn } from './qa-answers.js';

export { linkSources } from './reporter.js';

export { parseIndonesianNumber } from './numbers.js';

/** Sticky twins of the parsers' patterns, tried at their candidate positions only. */
const STICKY = new Map<CountParser, RegExp>(COUNT_PARSERS.map((p) => [p, stickyOf(p.pattern)]));

/** What a global loop over each parser's pattern finds, tried only where the parser's kept matches can
 *  start (dates/scan.ts; each parser says why). */
function parseCounts(index: TextIndex): CountCandidate[] {
  const text = index.text;
  const out: CountCandidate[] = [];
  const { lists } = candidatesOf(index);
  for (const p of COUNT_PARSERS) {
    if (p.needs !== undefined && lists[p.needs]!.length === 0) continue;
    const starts = p.follows === undefined ? lists[p.at]! : followedWithin(lists[p.at]!, lists[p.follows.at]!, p.follows.reach);
    execAt(STICKY.get(p)!, text, starts, (m) => {
      if (m[0].length === 0) return m.index + 1;
      const c = p.extract(m, text);
      // a rejected match may hide a good one starting inside it: resume one character later
      if (!c) return m.index + 1;
      out.push(c);
      return m.index + m[0].length;
    }, p.maybe);
  }
  return out;
}

// 1
function dropIdentifiers(list: CountCandidate[], elections: Election[]): CountCandidate[] {
  if (elections.length === 0) return list;
  const sorted = elections.slice().sort((a, b) => a.start - b.start);
  const out: CountCandidate[] = [];
  for (const c of list) if (!insideElection(sorted, c)) out.push(c);
  return out;
}

/** Whether an election span (of `sorted`, by start) covers the number of `c`: a binary search. */
function insideElection(sorted: readonly Election[], c: CountCandidate): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = sorted[mid]!;
    if (e.end <= c.numStart) lo = mid + 1;
    else if (e.start >= c.numEnd) hi = mid - 1;
    else return true;
  }
  return false;
}

// 2
function oneCountPerNumber(list: CountCandidate[]): CountCandidate[] {
  const seen = new Set<number>();
  const out: CountCandidate[] = [];
  // a range's second number (`30 sampai 40 laporan`) is no count of its own
  for (const c of list) if (c.upper !== null) seen.add(c.upperStart);
  for (const c of list) {
    if (seen.has(c.numStart)) continue;
    seen.add(c.numStart);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

// 5
/** `origin[i]` is the count `list[i]` was linked from (the parts' `parent` points to those). */
function linkReporter(list: Linked[], origin: readonly CountCandidate[], index: TextIndex, sentences: Sentences, regions: readonly RegionMention[], turns: readonly Turn[]): Linked[] {
  const text = index.text;
  if (list.length === 0) return list;
  const hits = reporterHits(index);
  if (hits.length === 0) return list;
  let spans: RegionSpan[] | null = null;
  const out: Linked[] = [];
  const linkedOf = new Map<CountCandidate, Linked>();
  for (let i = 0; i < list.length; i++) {
    if (i > 0) linkedOf.set(origin[i - 1]!, out[i - 1]!);
    const c = list[i]!;
    const si = sentenceIndex(sentences, c.numStart);
    // the head of a stage block ("Laporan masuk: 14" …) reads its body from the paragraphs above the block (and an
    // interviewee's answer, from the lead-in and the questions: the body the interviewee speaks for)
    const hit = si < 0 ? null : (reporterOf(c, si, hits, sentences, text) ?? (c.rule === 'stage-line' || c.rule === 'table-row' || c.rule === 'list-total' || inAnswer(turns, c.numStart) ? lastBodyBefore(c.start, hits, text) : null));
    if (hit === null) {
      // an item of a breakdown written one per line counts with the body that counted the item opening it
      // (and a part with no body near it, by the body that counted its whole: "Dari 27 itu, 11 lurah …" in an answer)
      // (and a figure with no body near it at all, by the body of the figure counted just before it, within the
      // sentences a body is looked for: "… pihaknya menangani 24 dugaan pelanggaran … . Dari 18 yang diregistrasi, …
      // . "Seluruh 11 kasus netralitas ASN sudah kami teruskan ke BKN"")
      const head = (c.rule === 'list-item' ? listHead([...out.slice(-2 * ITEM_LIMIT), c], Math.min(out.length, 2 * ITEM_LIMIT)) : c.parent === null ? null : (linkedOf.get(c.parent) ?? null)) ?? priorLinked(out, si, sentences);
      out.push(head === null ? c : linked(c, c.election, c.year, head.reporter, head.reporterLevel, head.reporterRegion));
      continue;
    }
    // a part whose own sentence names no body was counted by whoever counted its whole ("memeriksa 11 ASN yang
    // dilaporkan Bawaslu … . Hasilnya, delapan orang terbukti …": the Inspektorat)
    const ownSentence = si >= 0 && hit.start >= sentences.starts[si]! && hit.end <= sentences.ends[si]!;
    // (a body named after the part in its sentence is its object, not who counted it: "Empat lainnya kita tunggu
    // keputusan KASN" is a part of the six the BKPSDM received)
    const whole = c.parent === null || (ownSentence && hit.end <= c.numStart) ? undefined : linkedOf.get(c.parent);
    // a figure restated with a demonstrative ("Dari 14 laporan netralitas itu, …") was counted by whoever counted it
    // when first given
    const first = whole === undefined && !ownSentence && restates(c, text) ? restatedFrom(out, c) : undefined;
    const from = whole ?? first;
    if (from !== undefined && from.reporter !== null) {
      out.push(linked(c, c.election, c.year, from.reporter, from.reporterLevel, from.reporterRegion));
      continue;
    }
    const scope = reporterScope(text, hit.name, hit.end, (spans ??= regionSpans(regions)));
    out.push(linked(c, c.election, c.year, hit.name, scope.level, scope.region));
  }
  return out;
}

/** The last count of `out` with a body, when it stands in sentence `si` or the REPORTER_LOOKBACK_SENTENCES before. */
function priorLinked(out: readonly Linked[], si: number, sentences: Sentences): Linked | null {
  const last = out.at(-1);
  if (last === undefined || last.reporter === null || si < 0) return null;
  return sentenceIndex(sentences, last.numStart) >= si - REPORTER_LOOKBACK_SENTENCES ? last : null;
}

/** The last count in `out` of the value and unit group of `c` (the figure `c` restates), else undefined. */
function restatedFrom(out: readonly Linked[], c: CountCandidate): Linked | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    if (o.value === c.value && unitGroup(o.unit) === unitGroup(c.unit)) return o;
  }
  return undefined;
}

// 6
/** A whole figure of people restated in a later sentence as a figure of cases, or the other way round ("sembilan ASN
 *  yang diduga tidak netral" … "Ada 9 pelanggaran yang kami tangani"): one offender, one violation, when the same
 *  body counted both for the same election. Two figures of one sentence ("3 laporan terhadap 3 ASN") stay two. */
function restatedAcross(o: Linked, c: Linked, sentences: Sentences): boolean {
  return (
    o.election !== null &&
    o.election === c.election &&
    o.year === c.year &&
    o.reporter !== null &&
    o.reporter === c.reporter &&
    sentenceIndex(sentences, o.numStart) !== sentenceIndex(sentences, c.numStart)
  );
}

/** The same figure stated twice is reported once, at its first mention: headline and body (news/15 "Dua ASN
 *  Dijatuhi Sanksi" / "Dua ASN di lingkungan Pemkab … dijatuhi sanksi"), a pasted copy, or the figure restated in
 *  other words of its unit group ("5 kasus", later "5 pelanggaran"; "Dari 27 ASN yang dilaporkan"), or with a
 *  demonstrative in any unit ("2 pelanggaran netralitas tersebut" after "Dua ASN"). Same value, qualifier, range,
 *  region and parent, and no two different elections. An election, year, reporter or parent the first mention
 *  lacks is taken from a later one. */
function dedupe(list: Linked[], text: string, sentences: Sentences): Linked[] {
  const out: Linked[] = [];
  const headline = headlineEnd(text);
  const restatedInBody = new Set<Linked>();
  for (const c of list) {
    const again = restates(c, text);
    const f = out.find(
      (o) =>
        o.value === c.value &&
        o.qualifier === c.qualifier &&
        o.upper === c.upper &&
        (o.region?.code ?? null) === (c.region?.code ?? null) &&
        (o.parent === null || c.parent === null || o.parent.value === c.parent.value) &&
        (o.election === null || c.election === null || (o.election === c.election && o.year === c.year)) &&
        // other words of the group restate a whole figure; a part is the same part only in the same unit ("… terdiri
        // atas 11 temuan dan 4 laporan. Dari 15 kasus tersebut, … 4 kasus dihentikan" are two figures)
        (again || o.unit === c.unit || (o.parent === null && c.parent === null && (unitGroup(o.unit) === unitGroup(c.unit) || restatedAcross(o, c, sentences)))),
    );
    // a vague figure made exact by a restatement ("Belasan pegawai diperiksa …" then "terhadap 13 pegawai itu"):
    // one count, with the exact value
    const vague = again && f === undefined ? out.find((o) => o.qualifier === 'approximate' && o.parent === null && unitGroup(o.unit) === unitGroup(c.unit) && c.qualifier === 'exact' && c.value > o.value && c.value < o.value * 10) : undefined;
    if (vague !== undefined) {
      vague.value = c.value;
      vague.qualifier = 'exact';
      continue;
    }
    if (f === undefined) {
      out.push(linked(c, c.election, c.year, c.reporter, c.reporterLevel, c.reporterRegion));
      continue;
    }
    if (f.election === null && c.election !== null) {
      f.election = c.election;
      f.year = c.year;
    }
    if (f.reporter === null) {
      f.reporter = c.reporter;
      f.reporterLevel = c.reporterLevel;
      f.reporterRegion = c.reporterRegion;
    }
    f.parent ??= c.parent;
    // a headline has no room for the kind of violation its figure counts: the body's first restatement names it
    // ("… Tindaklanjuti 16 Rekomendasi KASN" over "16 rekomendasi KASN terkait pelanggaran netralitas ASN"; a later
    // one, "Lima dari sembilan laporan itu terkait netralitas ASN", names a part's kind)
    if (f.end <= headline && !restatedInBody.has(f)) {
      restatedInBody.add(f);
      if (f.scope === 'all' && c.scope === 'neutrality') f.scope = c.scope;
    }
  }
  return out;
}

export function extractViolations(ctx: ExtractContext, elections: Election[], regions: readonly RegionMention[] = []): ViolationCount[] {
  const text = ctx.text;
  const index = indexOf(ctx);
  let list = parseCounts(index);
  // (a stage block, "Laporan masuk: 14", has no count the parsers find: read on when a colon may open one)
  if (list.length === 0 && !mayHoldStageLines(text)) return [];
  // (a live report's time stamps are no sentences of its prose: stamps.ts)
  const sentences = proseSentences(index.sentences, text);
  list = dropIdentifiers(list, elections); // 1
  list = oneCountPerNumber(list); // 2
  const checked = requireContext(list, text, sentences); // 3
  const spans = regionSpans(regions);
  const lined = addLineLists(checked.accepted, checked.rejected, text, sentences, spans);
  const staged = addStageLines(lined.accepted, lined.rejected, text, sentences);
  // the answers of an interview read their cue and unit in the question (qa-answers.ts)
  const turns = qaTurns(text);
  const answered = addAnswers(staged.accepted, staged.rejected, text, turns, sentences);
  const rejected = answered.rejected;
  const tabled = text.indexOf('\n') < 0 ? answered.accepted : addTableRows(answered.accepted, rejected, text, sentences, spans);
  // figures with no cue of their own that partition a figure kept before them (later-parts.ts)
  // forecasts with their own unit and no cue of their own, under a subject pointing back (forecasts.ts)
  const accepted = forecastRescue(sumRescue(tabled, rejected, text, sentences), rejected, text, sentences);
  if (accepted.length === 0) return [];
  // clause-level attachment (clauses.ts): parts and their parents, breakdown items, forecasts, scope
  const numbers = candidatesOf(index).lists[At.Number]!;
  list = addParts(accepted, rejected, text, sentences, numbers, spans);
  list = foldVagueRestatements(list, text, sentences);
  list = foldHeadlineVague(list, text);
  // a vague plural restated by a precise figure just after it: "belasan laporan" … "sekitar 15 laporan" (restatements.ts)
  list = foldVagueBeforePrecise(list, text, sentences);
  partsBeforeRest(list, text, sentences);
  // parts that add up (sums.ts): "delapan orang … dan tiga lainnya" after "11 ASN"
  const taken = new Set<number>();
  for (const c of [...list, ...rejected]) taken.add(c.numStart).add(c.upperStart);
  // a split opened by a bare number and closed by a remainder: "Dua melibatkan ASN …, sedangkan satu lainnya …" (bare-splits.ts)
  list = addBareSplits(list, text, sentences, numbers, taken);
  // a people count split into one and the rest: "… dua ASN … . … seorang pegawai …, sedangkan seorang lainnya …" (bare-splits.ts)
  list = addOneSplits(list, text, sentences, numbers, taken);
  // a bare figure of an earlier election compared with a count: "Pada Pilkada 2020, jumlahnya hanya tiga" (comparisons.ts)
  list = addComparisons(list, text, sentences, numbers, taken, elections);
  // items of a split sharing their verb: "empat aduan menyangkut …, dua menyangkut …, dan satu menyangkut …" (verb-items.ts)
  list = addVerbItems(list, text, sentences, numbers, taken);
  list = restParts(list, text, sentences, numbers, taken);
  list = changeFrom(list, text, taken);
  list = addStageParts(list, text, sentences, numbers, taken);
  list = addBareStages(list, text, sentences, numbers, taken);
  list = bareForecasts(list, text, sentences, numbers, taken);
  // counts of one coordinated with people, and collective wholes ("ketiga ASN tersebut") (collectives.ts)
  list = addCollectives(list, text, sentences);
  list = breakdownParts(list, text, sentences, rejected);
  sumParents(list, text, sentences);
  siblingParents(list, text);
  // people coordinated after a part's object take the part's whole (object-items.ts)
  objectItemParents(list, text);
  // items of a breakdown going on after a pointer back at its whole or after its first part (continued-items.ts)
  list = addContinuedItems(list, text, sentences);
  list = addListItems(list, text, spans);
  // splits by a common-noun label after their first item: "pemerintah provinsi 96, dan pemerintah kabupaten/kota 263" (label-items.ts)
  list = addLabelItems(list, text);
  list = addColonListItems(list, text, spans);
  list = addRegionAfterItems(list, text, spans);
  list = addBracketItems(list, text, sentences, spans);
  // a split with no unit, its pieces adding up to the count just before (after the region lists, which read their own
  // items): "1.318 ASN …, yakni hukuman disiplin ringan 716, sedang 402, dan berat 200" (label-items.ts)
  list = addBareLabelSplits(list, text);
  listParents(list, text, sentences);
  markForecasts(list, text, sentences);
  // a headline's forecast restating a bound of the body's range: "… Bisa Tembus 20 Kasus" over "15 hingga 20 kasus"
  list = foldHeadlineForecast(list, text);
  partitionParents(list, text, sentences);
  laterParts(list, text, sentences);
  list = laterRests(list, rejected, text, sentences, numbers, new Set(list.map((c) => c.numStart)));
  kindParts(list, text, sentences);
  answerParents(list, text, sentences, turns);
  assignScopes(list, text, sentences);
  answerScopes(list, text, sentences, turns);
  let counts = linkElection(list, text, sentences, countElections(index, elections, ctx.published)); // 4
  comparedParents(counts, list, text, sentences);
  counts = linkReporter(counts, list, index, sentences, regions, turns); // 5
  counts = dedupe(counts, text, sentences); // 6
  changeReporters(counts, text, sentences);
  const out: ViolationCount[] = [];
  for (const c of counts) {
    out.push({
      value: c.value,
      qualifier: c.qualifier,
      unit: c.unit,
      upper: c.upper,
      scope: c.scope,
      parent: c.parent === null ? null : { value: c.parent.value, unit: c.parent.unit },
      region: c.region,
      election: c.election,
      year: c.year,
      reporter: c.reporter,
      reporterLevel: c.reporterLevel,
      reporterRegion: c.reporterRegion,
      statementId: null,
      sourceId: null,
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      rule: c.rule,
    });
  }
  return out;
}
