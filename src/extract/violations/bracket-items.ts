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
//     ranks the regions of a total given earlier: the nearest such count up to four sentences back.
// The same list written without brackets ("Lima provinsi dengan laporan terbanyak yakni Sulawesi Tenggara 41 ASN, Maluku
// Utara 29, Nusa Tenggara Timur 24, Papua Barat 17 dan Gorontalo 12"): an item is a region mention, a number and
// optionally a unit word (case or person), the next item or the sentence's end right after; its unit is the first
// item's, else the lead's case noun. Read only when the lead links the list to a whole (LIST_WHOLE_LINKS) and its first
// item is no count already (a list opened by an accepted count is addListItems'), so a figure the sentence test turned
// down for want of a cue ("Sulawesi Tenggara 41 ASN") is counted as the item of a list under a whole.
// A partial list (PARTIAL_LIST_WORDS: "Rekomendasi terbanyak datang dari Jawa Tengah (212), …") with no whole of its own
// unit group ranks the items of the nearest root count bigger than its sum up to four sentences back, one whose sentence
// names the list's noun first ("BKN telah menerima rekomendasi dari Bawaslu atas 2.310 ASN"): the items are counted in that count's unit.
import { CASE_UNITS, ITEM_CONJUNCTIONS, LIST_WHOLE_LINKS, NON_COUNT_LIST_NOUNS, PERSON_UNITS, RANKING_LABEL_LINKS } from '../../lexicon/violations.js';
import { PARTIAL_LIST_WORDS } from '../../lexicon/count-lists.js';
import { escapeRe } from '../../text/regex.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, isIdentifier, unitInfo, type CountCandidate, type UnitInfo, caseUnitClass } from './parsers.js';
import type { RegionSpan } from './reporter.js';
import { sameGroup, sentenceSpan } from './clauses.js';

const LINK_RE = new RegExp(`${WB}(?:${alternation(LIST_WHOLE_LINKS)})${WE}`, 'iu');
/** How many sentences back a ranked list's whole may stand. */
const WIDE_REACH = 4;
const CASE_WORDS = alternation(Object.keys(CASE_UNITS));
/** Right after a region mention: the bracketed figure, a case unit optionally inside. */
const BRACKET_AT = new RegExp(`^[ \\t]{0,2}\\([ \\t]{0,2}(?<num>${NUMBER_SOURCE})(?:[ \\t]{1,2}(?<unit>${CASE_WORDS}))?[ \\t]{0,2}\\)`, 'diu');
const CONJ = alternation(ITEM_CONJUNCTIONS);
const PARTIAL_RE = new RegExp(`${WB}(?:${alternation(PARTIAL_LIST_WORDS)})${WE}`, 'iu');
/** Right after a region mention, with no brackets: the figure (a ranking's "dengan" allowed before it) and optionally a
 *  count unit, then the next item's joiner or the sentence's end. */
const PLAIN_AT = new RegExp(
  `^[ \\t]{1,2}(?:(?:${alternation(RANKING_LABEL_LINKS)})[ \\t]{1,2})?(?<num>${NUMBER_SOURCE})(?:[ \\t]{1,2}(?<unit>${alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)])}))?${WE}(?=[ \\t]{0,2}(?:[,;]|[.!?](?!\\d)|$)|[ \\t]{1,2}(?:${CONJ})${WE})`,
  'diu',
);
/** Between one item and the next region: a comma or semicolon (and a conjunction), or a conjunction alone. */
const JOIN = new RegExp(`^(?:[ \\t]{0,2}[,;][ \\t]{1,2}(?:(?:${CONJ})[ \\t]{1,2})?|[ \\t]{1,2}(?:${CONJ})[ \\t]{1,2})$`, 'iu');
/** A case noun right before the link or partial word, one modifier that is no non-count noun allowed between ("dengan
 *  laporan terbanyak", "dengan dugaan pelanggaran netralitas terbanyak yakni"; not "… pelanggaran, daerah dengan skor
 *  tertinggi yakni"). */
const NOUN_LINK_RE = new RegExp(
  `${WB}(?:${CASE_WORDS})(?:[ \\t]{1,2}(?!(?:${alternation(NON_COUNT_LIST_NOUNS)})${WE})\\p{L}+)?[ \\t]{1,2}(?:${alternation([...LIST_WHOLE_LINKS, ...PARTIAL_LIST_WORDS])})${WE}`,
  'iu',
);
/** The last case noun in a stretch of text. */
const CASE_NOUN = new RegExp(`${WB}(?<unit>${CASE_WORDS})${WE}`, 'giu');

interface Item {
  span: RegionSpan;
  value: number;
  approximate: boolean;
  numStart: number;
  numEnd: number;
  end: number;
  unit: UnitInfo | null;
  /** Whether the figure stands in brackets. */
  bracketed: boolean;
}

function itemAt(text: string, s: RegionSpan): Item | null {
  const after = text.slice(s.end, s.end + 40);
  const b = BRACKET_AT.exec(after);
  const m = b ?? PLAIN_AT.exec(after);
  if (m === null || BARE_YEAR.test(m.groups!['num']!)) return null;
  const num = parseIndonesianNumber(m.groups!['num']!);
  if (num === null) return null;
  const [n0, n1] = m.indices!.groups!['num']!;
  if (b === null && isIdentifier(text, s.end + n0)) return null;
  const unit = m.groups!['unit'] === undefined ? null : unitInfo(m.groups!['unit']);
  return { span: s, value: num.value, approximate: num.approximate, numStart: s.end + n0, numEnd: s.end + n1, end: s.end + m[0].length, unit, bracketed: b !== null };
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
  if (spans.length < 2 || list.length === 0) return list;
  const runs = runsOf(text, spans);
  if (runs.length === 0) return list;
  const out = [...list];
  for (const run of runs) {
    const first = run[0]!;
    const si = sentenceIndex(sentences, first.span.start);
    if (si < 0) continue;
    const [s0] = sentenceSpan(sentences, si, text);
    const lead = text.slice(s0, first.span.start);
    // (a list without brackets is read only after a link to a whole, and when its first figure is no count yet)
    const plain = run.some((it) => !it.bracketed);
    if (plain && (!(LINK_RE.test(lead) || PARTIAL_RE.test(lead)) || list.some((c) => c.numStart === first.numStart))) continue;
    // (and only when its first figure carries a unit, or the lead's case noun stands right before the link: a ranking by
    // a score, an index or polling stations under a case lead gives nothing)
    if (plain && first.unit === null && !NOUN_LINK_RE.test(lead)) continue;
    // the unit: inside the brackets or after the first figure, else the last case noun before the list in its sentence
    let unitStart = -1;
    let unitEnd = -1;
    let info: UnitInfo | null = first.unit;
    let noun: string | null = null;
    if (info === null) {
      CASE_NOUN.lastIndex = 0;
      for (let m = CASE_NOUN.exec(lead); m !== null; m = CASE_NOUN.exec(lead)) {
        const unit = lookup(CASE_UNITS, m.groups!['unit']!) ?? null;
        if (unit !== null) info = { unit, unitClass: caseUnitClass(unit) };
        noun = m.groups!['unit']!;
        unitStart = s0 + m.index;
        unitEnd = unitStart + m[0].length;
      }
    }
    if (info === null) continue;
    // (a list of people is read only without brackets, its unit after its first figure: "Sulawesi Tenggara 41 ASN, …")
    if (info.unitClass === 'person' && !plain) continue;
    // the whole: an accepted count of the case group, no parent, larger than the sum, in this sentence or the one before
    const sum = run.reduce((a, it) => a + it.value, 0);
    const floor = sentences.starts[Math.max(0, si - 1)] ?? 0;
    let whole: CountCandidate | null = null;
    for (const c of list) {
      if (c.start < floor || c.end > first.span.start) continue;
      if (c.parent === null && sameGroup(c, info) && c.value > sum && c.rule !== 'list-item') whole = c;
    }
    // a ranking or a division of the whole ("provinsi dengan dugaan pelanggaran terbanyak adalah Jawa Timur (96), …")
    // ranks the regions of the total given earlier in the piece: the nearest such count up to WIDE_REACH sentences back
    // (a province's 150 before its regencies, not the national 2.000 before it)
    // of the list's own unit if one is ("provinsi dengan dugaan pelanggaran terbanyak …" under 1.118 dugaan pelanggaran,
    // not under the 437 kasus of a kind given between)
    if (whole === null && LINK_RE.test(lead)) {
      const wide = sentences.starts[Math.max(0, si - WIDE_REACH)] ?? 0;
      for (const c of list) {
        if (c.start < wide || c.end > first.span.start) continue;
        if (c.parent === null && sameGroup(c, info) && c.value > sum && c.rule !== 'list-item' && (whole === null || c.unit === info.unit || whole.unit !== info.unit)) whole = c;
      }
    }
    // a partial list whose noun names the nearest root count before it ("menerima rekomendasi … atas 2.310 ASN"): its
    // items, in that count's unit
    if (whole === null && noun !== null && PARTIAL_RE.test(lead)) {
      const wide = sentences.starts[Math.max(0, si - WIDE_REACH)] ?? 0;
      let wholeNamed = false;
      const nounRe = new RegExp(`${WB}${escapeRe(noun)}${WE}`, 'iu');
      for (const c of list) {
        if (c.start < wide || c.end > first.span.start || c.parent !== null || c.value <= sum || c.rule === 'list-item') continue;
        const ci = sentenceIndex(sentences, c.numStart);
        const [c0, c1] = sentenceSpan(sentences, ci, text);
        // (the nearest count whose sentence names the list's noun, else the nearest: the list goes in order, the last
        // taken)
        const named = nounRe.test(text.slice(c0, c1));
        if (whole === null || named || !wholeNamed) {
          whole = c;
          wholeNamed = named;
        }
      }
      if (whole !== null) {
        info = { unit: whole.unit, unitClass: whole.unitClass };
        unitStart = whole.unitStart;
        unitEnd = whole.unitEnd;
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
      const c = countCandidate(it.value, it.approximate ? 'approximate' : 'exact', it === first && it.unit !== null ? it.unit : info, uS, uE, it.numStart, it.numEnd, it.span.start, it.end, 'bracket-item');
      c.region = it.span.region;
      c.parent = whole;
      out.push(c);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
