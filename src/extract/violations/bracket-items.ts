// Rankings and breakdowns whose figures stand in brackets after the region names (issue 22, check6 kind): "Tiga
// provinsi dengan kasus terbanyak ialah Sulawesi Tenggara (112), Gorontalo (87) dan Bengkulu (65)", "… tersebar di
// Kabupaten Bogor (14 kasus), Kota Depok (6 kasus) dan Kabupaten Bekasi (3 kasus)". The parsers find no count there (no
// unit after the number); this pass reads them from the region mentions.
//
// An item is a region mention followed by a bracketed figure, optionally with a case unit inside the brackets. Two
// items at least, joined by a comma, "dan" or "serta", make a list. The list is counted only when its unit is known
// and it belongs to a count already accepted:
//   - the unit: inside the brackets, else the last case noun before the list in its sentence ("dengan kasus
//     terbanyak"); a list of people or of anything else (seats, votes, shares) is never read;
//   - the whole: the last accepted count of the case group with no parent, larger than the items' sum, in the
//     list's sentence or the one before it; the items are its parts (each with its region). A list led by a dividing
//     or ranking word (LIST_WHOLE_LINKS: "provinsi dengan dugaan pelanggaran terbanyak adalah Jawa Timur (96), …")
//     ranks the regions of a total given earlier: the largest such count up to four sentences back.
import { CASE_UNITS, LIST_WHOLE_LINKS } from '../../lexicon/violations.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, type CountCandidate } from './parsers.js';
import type { RegionSpan } from './reporter.js';
import { sameGroup, sentenceSpan } from './clauses.js';

const LINK_RE = new RegExp(`${WB}(?:${alternation(LIST_WHOLE_LINKS)})${WE}`, 'iu');
/** How many sentences back a ranked list's whole may stand. */
const WIDE_REACH = 4;
const CASE_WORDS = alternation(Object.keys(CASE_UNITS));
/** Right after a region mention: the bracketed figure, a case unit optionally inside. */
const BRACKET_AT = new RegExp(`^[ \\t]{0,2}\\([ \\t]{0,2}(?<num>${NUMBER_SOURCE})(?:[ \\t]{1,2}(?<unit>${CASE_WORDS}))?[ \\t]{0,2}\\)`, 'diu');
/** Between one item and the next region: a comma or semicolon (and a conjunction), or a conjunction alone. */
const JOIN = /^(?:[ \t]{0,2}[,;][ \t]{1,2}(?:(?:dan|serta)[ \t]{1,2})?|[ \t]{1,2}(?:dan|serta)[ \t]{1,2})$/iu;
/** The last case noun in a stretch of text. */
const CASE_NOUN = new RegExp(`${WB}(?<unit>${CASE_WORDS})${WE}`, 'giu');

interface Item {
  span: RegionSpan;
  value: number;
  approximate: boolean;
  numStart: number;
  numEnd: number;
  end: number;
  unit: string | null;
}

function itemAt(text: string, s: RegionSpan): Item | null {
  const m = BRACKET_AT.exec(text.slice(s.end, s.end + 40));
  if (m === null || BARE_YEAR.test(m.groups!['num']!)) return null;
  const num = parseIndonesianNumber(m.groups!['num']!);
  if (num === null) return null;
  const [n0, n1] = m.indices!.groups!['num']!;
  const unit = m.groups!['unit'] === undefined ? null : (lookup(CASE_UNITS, m.groups!['unit']) ?? null);
  return { span: s, value: num.value, approximate: num.approximate, numStart: s.end + n0, numEnd: s.end + n1, end: s.end + m[0].length, unit };
}

/** Runs of two or more items joined by commas or conjunctions. */
function runsOf(text: string, spans: readonly RegionSpan[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const s of spans) {
    const it = itemAt(text, s);
    if (it === null) continue;
    const last = run[run.length - 1];
    if (last !== undefined && it.numStart === last.numStart) continue; // a nested span of the same mention
    if (last !== undefined && s.start >= last.end && JOIN.test(text.slice(last.end, s.start))) run.push(it);
    else {
      if (run.length >= 2) runs.push(run);
      run = [it];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Items of bracketed lists (see the header); returns `list` with the items added, sorted by start. */
export function addBracketItems(list: CountCandidate[], text: string, sentences: Sentences, spans: readonly RegionSpan[]): CountCandidate[] {
  if (spans.length < 2 || list.length === 0 || text.indexOf('(') < 0) return list;
  const runs = runsOf(text, spans);
  if (runs.length === 0) return list;
  const out = [...list];
  for (const run of runs) {
    const first = run[0]!;
    const si = sentenceIndex(sentences, first.span.start);
    if (si < 0) continue;
    const [s0] = sentenceSpan(sentences, si, text);
    // the unit: inside the brackets, else the last case noun before the list in its sentence
    let unitStart = -1;
    let unitEnd = -1;
    let unit = first.unit;
    if (unit === null) {
      const before = text.slice(s0, first.span.start);
      CASE_NOUN.lastIndex = 0;
      for (let m = CASE_NOUN.exec(before); m !== null; m = CASE_NOUN.exec(before)) {
        unit = lookup(CASE_UNITS, m.groups!['unit']!) ?? null;
        unitStart = s0 + m.index;
        unitEnd = unitStart + m[0].length;
      }
    }
    if (unit === null) continue;
    const info = { unit, unitClass: unit === 'pelanggaran' ? ('violation' as const) : ('case' as const) };
    // the whole: an accepted count of the case group, no parent, larger than the sum, in this sentence or the one before
    const sum = run.reduce((a, it) => a + it.value, 0);
    const floor = sentences.starts[Math.max(0, si - 1)] ?? 0;
    let whole: CountCandidate | null = null;
    for (const c of list) {
      if (c.start < floor || c.end > first.span.start) continue;
      if (c.parent === null && sameGroup(c, info) && c.value > sum && c.rule !== 'list-item') whole = c;
    }
    // a ranking or a division of the whole ("provinsi dengan dugaan pelanggaran terbanyak adalah Jawa Timur (96), …")
    // ranks the regions of the total given earlier in the piece: the largest such count up to WIDE_REACH sentences back
    if (whole === null && LINK_RE.test(text.slice(s0, first.span.start))) {
      const wide = sentences.starts[Math.max(0, si - WIDE_REACH)] ?? 0;
      for (const c of list) {
        if (c.start < wide || c.end > first.span.start) continue;
        if (c.parent === null && sameGroup(c, info) && c.value > sum && c.rule !== 'list-item' && (whole === null || c.value > whole.value)) whole = c;
      }
    }
    if (whole === null) continue;
    for (const it of run) {
      // a figure the parsers counted already ("(14 kasus)"): it gets its region and whole
      const have = list.find((c) => c.numStart === it.numStart);
      if (have !== undefined) {
        have.region ??= it.span.region;
        have.parent ??= whole;
        continue;
      }
      const uS = unitStart < 0 ? it.numEnd : unitStart;
      const uE = unitStart < 0 ? it.numEnd : unitEnd;
      const c = countCandidate(it.value, it.approximate ? 'approximate' : 'exact', info, uS, uE, it.numStart, it.numEnd, it.span.start, it.end, 'bracket-item');
      c.region = it.span.region;
      c.parent = whole;
      out.push(c);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
