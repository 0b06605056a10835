// Breakdowns written as lines (issue 22: TV-network and portal pages list provinces one per line, often numbered,
// and only the first line carries the unit):
//
//   Berikut daftarnya:
//   1. Sulawesi Tenggara: 37 kasus
//   2. Maluku Utara: 29
//
// Starting from a count whose unit stands on a line of its own shape (marker, capitalised label, optional colon,
// number, unit), the lines after it of the same shape (no unit, or the same unit word) are items of the breakdown,
// each a count in that unit for the region its label names. The block is about violations when the first item
// was accepted, or when the lead-in (the line before the block) or the two sentences before it name the domain and
// a violation (or, for people, an offence). A block needs two items at least.
//
// Stages of handling written one per line (addStageLines: "1. Laporan masuk: 14" / "2. Direkomendasikan ke BKN: 12" /
// "- ASN dijatuhi sanksi: 3"): a block of two lines or more of the shape marker, label, colon, number, after a lead-in
// about violations. A line whose label names a stage or a case (a violation or offence cue, or a unit word) is a
// count, in the unit its label names (else its block's first unit, else `kasus`); a line of anything else
// ("Pengawas TPS: 1.850") is not. Every line after the first is an item of the first (its reporter and scope). A
// table flattened to lines separates label and number with a tab or a pipe instead of the colon.
//
// Rows with no unit anywhere (addTableRows: a table flattened to lines, "Kabupaten Brebes 17" / "Kota Semarang 9"
// after a lead-in "Lima daerah dengan kasus terbanyak sebagai berikut:", or "Netralitas ASN 21" / "Politik uang 6"
// under "Jenis pelanggaran Jumlah"): a block of two lines or more whose labels each name a region or a kind or stage
// of violation, after a lead-in about violations; each row is a count (for its region), in the unit its label names,
// else the last unit the lead-in names, else `kasus`.
import { CASE_UNITS, DOMAIN_CUES, LIST_LINE_MARKERS, LIST_TOTAL_LABELS, PERSON_ACTION_CUES, PERSON_UNITS, REST_WORDS, VIOLATION_CUES, unitGroup } from '../../lexicon/violations.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';
import type { RegionSpan } from './reporter.js';
import { lookupTable } from '../../util/table.js';

const LINE_ITEM = new RegExp(
  `^[ \\t]*(?:(?:\\d{1,2}[.)]|${alternation(LIST_LINE_MARKERS)})[ \\t]{1,3})?` +
    `(?<label>\\p{Lu}[\\p{L}'./-]*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'./-]*){0,3}(?:[ \\t]{1,2}(?:${alternation(REST_WORDS)}))?)[ \\t]{0,2}[:=]?[ \\t]{1,3}` +
    `(?<num>${NUMBER_SOURCE})${WE}(?<unit>[ \\t]{1,2}\\p{L}+(?:[ \\t]{1,2}desa)?)?[ \\t]{0,2}[.;,]?[ \\t]*$`,
  'du',
);
/** A row of a table flattened to a line (the cleaner turns its tabs into spaces): a marker or a row-number cell
 *  ("1 | Kota Batam | 17", "| 2 | Natuna | 12 |", "3 Kabupaten Karimun 9": the rows' numbers then go 1, 2, 3 …), a
 *  capitalised label (lower-case words after the first allowed),
 *  spaces or a cell bar, the number, nothing after (a closing bar aside). */
const TABLE_ROW = new RegExp(
  `^[ \\t]*\\|?[ \\t]*(?:(?:\\d{1,2}[.)]|${alternation(LIST_LINE_MARKERS)})[ \\t]{1,3}|(?<idx>\\d{1,3})(?:[ \\t]*[|\\t][ \\t]*|[ \\t]{1,3}))?(?<label>\\p{Lu}[^:|\\n\\d]{0,60}?)[ \\t]{0,2}[:|]?[ \\t]{1,3}(?<num>${NUMBER_SOURCE})${WE}[ \\t]{0,2}[.;,]?[ \\t]*\\|?[ \\t]*$`,
  'du',
);
const TOTAL_LABEL = new RegExp(`^(?:${alternation(LIST_TOTAL_LABELS)})$`, 'iu');
const DOMAIN_RE = new RegExp(`${WB}(?:${alternation(DOMAIN_CUES)})${WE}`, 'iu');
const VIOLATION_RE = new RegExp(`${WB}(?:${alternation(VIOLATION_CUES)})${WE}`, 'iu');
const ACTION_RE = new RegExp(`${WB}(?:${alternation(PERSON_ACTION_CUES)})${WE}`, 'iu');
/** A line of a stage block: marker, a label opening with a capital (lower-case words allowed), a colon, the number. */
const STAGE_LINE = new RegExp(
  `^[ \\t]*(?:(?:\\d{1,2}[.)]|${alternation(LIST_LINE_MARKERS)})[ \\t]{1,3})?(?<label>\\p{Lu}[^:|\\t\\n\\d]{1,60}?)(?:[ \\t]*[:|][ \\t]{0,3}|[ ]{0,2}\\t[ \\t]{0,3})` +
    `(?<num>${NUMBER_SOURCE})${WE}(?<unit>[ \\t]{1,2}\\p{L}+)?[ \\t]{0,2}[.;,]?[ \\t]*$`,
  'du',
);
const UNIT_WORD_RE = new RegExp(`${WB}(?:${alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)])})${WE}`, 'iu');
const UNIT_WORDS_RE = new RegExp(UNIT_WORD_RE.source, 'giu');
const ALL_UNITS: Readonly<Record<string, string>> = lookupTable({ ...PERSON_UNITS, ...CASE_UNITS });
/** At most this many lines in one block, and this far back for the lead-in. */
const MAX_ITEMS = 40;
/** The longest line read as a table row (a label of at most 60 characters, a marker, the number). */
const MAX_ROW = 90;
const LEAD_REACH = 400;

/** A line of the text: `[start, end)`, its line break excluded. */
export interface Line {
  start: number;
  end: number;
}

/** The line holding `pos`. */
export function lineAt(text: string, pos: number): Line {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The next line after `l` that is not blank (or null). */
export function nextLine(text: string, l: Line): Line | null {
  let p = l.end + 1;
  while (p < text.length) {
    const n = lineAt(text, p);
    if (text.slice(n.start, n.end).trim() !== '') return n;
    p = n.end + 1;
  }
  return null;
}

/** The lines of `text` that are not blank, in order (the first line read from the text's start: `lineAt` reads a
 *  line break at `pos` as the end of the line before). */
export function nonBlankLines(text: string): Line[] {
  const out: Line[] = [];
  const nl = text.indexOf('\n');
  const first: Line = { start: 0, end: nl < 0 ? text.length : nl };
  for (let l: Line | null = first; l !== null; l = nextLine(text, l)) if (l !== first || text.slice(l.start, l.end).trim() !== '') out.push(l);
  return out;
}

/** The region whose span lies inside the label `[from, to)`. */
function regionIn(spans: readonly RegionSpan[], from: number, to: number): RegionSpan['region'] | null {
  for (const s of spans) if (s.start >= from && s.end <= to) return s.region;
  return null;
}

/** Whether the lead-in before the line starting at `lineStart` (its sentence and the two before) is about
 *  violations: a domain cue and a violation cue (an offence cue for people). */
function leadInAbout(text: string, sentences: Sentences, lineStart: number, person: boolean): boolean {
  if (lineStart === 0) return false;
  const si = sentenceIndex(sentences, lineStart - 1);
  if (si < 0) return false;
  const from = Math.max(sentences.starts[Math.max(0, si - 2)]!, lineStart - LEAD_REACH);
  const w = text.slice(from, lineStart);
  return DOMAIN_RE.test(w) && (person ? ACTION_RE : VIOLATION_RE).test(w);
}

/** Makes `c` an item of the breakdown opened by `head`. */
function asItem(c: CountCandidate, head: CountCandidate): void {
  c.unitStart = head.unitStart;
  c.unitEnd = head.unitEnd;
  c.rule = 'list-item';
}

/** Adds the items of line breakdowns (see the header); returns the accepted and rejected counts, sorted by start. */
export function addLineLists(
  accepted: CountCandidate[],
  rejected: CountCandidate[],
  text: string,
  sentences: Sentences,
  spans: readonly RegionSpan[],
): { accepted: CountCandidate[]; rejected: CountCandidate[] } {
  const heads = [...accepted, ...rejected].filter((c) => c.unitEnd > c.numStart && c.rule !== 'list-item');
  if (heads.length === 0) return { accepted, rejected };
  const byNum = new Map<number, CountCandidate>();
  for (const c of [...accepted, ...rejected]) byNum.set(c.numStart, c);
  const isAccepted = new Set(accepted);
  const add: CountCandidate[] = [];
  const unitWord = (c: CountCandidate) => text.slice(c.unitStart, c.unitEnd).toLowerCase();
  for (const c of heads) {
    const l = lineAt(text, c.numStart);
    const m = LINE_ITEM.exec(text.slice(l.start, l.end));
    if (m === null || l.start + m.indices!.groups!.num![0] !== c.numStart || TOTAL_LABEL.test(m.groups!.label!)) continue;
    const items: CountCandidate[] = [];
    let total: { line: Line; m: RegExpExecArray } | null = null;
    for (let n = nextLine(text, l), k = 0; n !== null && k < MAX_ITEMS; n = nextLine(text, n), k++) {
      const im = LINE_ITEM.exec(text.slice(n.start, n.end));
      if (im === null) break;
      const g = im.groups!;
      if (TOTAL_LABEL.test(g.label!)) total = { line: n, m: im };
      if (total !== null || BARE_YEAR.test(g.num!)) break;
      if (g.unit !== undefined && g.unit.trim().toLowerCase() !== unitWord(c)) break;
      const num = parseIndonesianNumber(g.num!);
      const [ns, ne] = im.indices!.groups!.num!;
      if (num === null || isIdentifier(text, n.start + ns)) break;
      const [ls, le] = im.indices!.groups!.label!;
      const have = byNum.get(n.start + ns);
      // an item that repeats the unit ("2. Kabupaten Cilacap: 7 ASN") is still an item of this breakdown: it shares
      // the head's unit offsets, so it takes the head's reporter and scope (listHead)
      if (have !== undefined) asItem(have, c);
      const item = have ?? countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit: c.unit, unitClass: c.unitClass }, c.unitStart, c.unitEnd, n.start + ns, n.start + ne, n.start + ls, n.end, 'list-item');
      item.region = regionIn(spans, n.start + ls, n.start + le);
      items.push(item);
    }
    if (items.length === 0) continue;
    if (!isAccepted.has(c) && !leadInAbout(text, sentences, l.start, c.unitClass === 'person')) continue;
    const [hs, he] = m.indices!.groups!.label!;
    c.region = regionIn(spans, l.start + hs, l.start + he);
    const sum = totalOf(total, byNum, c, items, text);
    if (sum !== null) for (const it of [c, ...items]) it.parent ??= sum;
    for (const it of sum === null ? [c, ...items] : [c, ...items, sum]) {
      if (isAccepted.has(it)) continue;
      isAccepted.add(it);
      add.push(it);
    }
  }
  if (add.length === 0) return { accepted, rejected };
  const added = new Set(add);
  return {
    accepted: [...accepted, ...add].sort((a, b) => a.start - b.start),
    rejected: rejected.filter((c) => !added.has(c)),
  };
}

/** The count of a total line closing a breakdown ("Total: 41 kasus", "Jumlah 23"), in the head's unit, when its
 *  number is plain and the items do not add up to more than it; else null. */
function totalOf(total: { line: Line; m: RegExpExecArray } | null, byNum: ReadonlyMap<number, CountCandidate>, head: CountCandidate, items: readonly CountCandidate[], text: string): CountCandidate | null {
  if (total === null) return null;
  const g = total.m.groups!;
  if (g.unit !== undefined && labelUnit(g.unit) !== null && unitGroup(labelUnit(g.unit)!) !== unitGroup(head.unit)) return null;
  const [ns, ne] = total.m.indices!.groups!.num!;
  const numStart = total.line.start + ns;
  const num = parseIndonesianNumber(g.num!);
  if (num === null || num.approximate || BARE_YEAR.test(g.num!) || isIdentifier(text, numStart)) return null;
  let sum = head.value;
  for (const it of items) sum += it.value;
  if (sum > num.value) return null;
  const have = byNum.get(numStart);
  if (have !== undefined) {
    if (have.value !== num.value) return null;
    have.rule = 'list-total';
    return have;
  }
  const [ls] = total.m.indices!.groups!.label!;
  return countCandidate(num.value, 'exact', { unit: head.unit, unitClass: head.unitClass }, total.line.start + ne, total.line.start + ne, numStart, total.line.start + ne, total.line.start + ls, total.line.end, 'list-total');
}

/** The unit a stage label names (`Laporan masuk` → laporan, `ASN dilaporkan` → ASN), or null. */
function labelUnit(label: string): string | null {
  const m = UNIT_WORD_RE.exec(label);
  return m === null ? null : (lookup(ALL_UNITS, m[0]) ?? null);
}

/** Whether a stage block may be in `text`: a label ends at a colon, or at a tab or a pipe (a table flattened to
 *  lines: "Netralitas ASN<TAB>37", "Politik uang | 8"). */
export function mayHoldStageLines(text: string): boolean {
  return text.indexOf(':') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('|') >= 0;
}

/** Adds the counts of stage blocks (see the header); returns the accepted and rejected counts, sorted by start. */
export function addStageLines(
  accepted: CountCandidate[],
  rejected: CountCandidate[],
  text: string,
  sentences: Sentences,
): { accepted: CountCandidate[]; rejected: CountCandidate[] } {
  if (!mayHoldStageLines(text)) return { accepted, rejected };
  const byNum = new Map<number, CountCandidate>();
  for (const c of accepted) byNum.set(c.numStart, c);
  const drop = new Set<CountCandidate>();
  const fromRejected = new Map<number, CountCandidate>();
  for (const c of rejected) fromRejected.set(c.numStart, c);
  const add: CountCandidate[] = [];
  let p = 0;
  while (p < text.length) {
    // a block: consecutive stage lines (blank lines between allowed)
    const block: { line: Line; m: RegExpExecArray }[] = [];
    let l: Line | null = lineAt(text, p);
    for (; l !== null && block.length < MAX_ITEMS; l = nextLine(text, l)) {
      const m = STAGE_LINE.exec(text.slice(l.start, l.end));
      if (m === null) break;
      block.push({ line: l, m });
    }
    const last = block.length > 0 ? block[block.length - 1]!.line : lineAt(text, p);
    p = last.end + 1;
    if (block.length < 2) continue;
    const first = block[0]!.line.start;
    const staged = block.filter(({ m }) => {
      const label = m.groups!['label']!;
      return VIOLATION_RE.test(label) || ACTION_RE.test(label) || UNIT_WORD_RE.test(label) || TOTAL_LABEL.test(label.trim());
    });
    if (staged.length < 2 || !leadInAbout(text, sentences, first, false)) continue;
    let fallback: string | null = null;
    for (const { m } of staged) fallback ??= labelUnit(m.groups!['label']!) ?? (m.groups!['unit'] === undefined ? null : labelUnit(m.groups!['unit']));
    let head: CountCandidate | null = null;
    for (const { line, m } of staged) {
      const [ns, ne] = m.indices!.groups!['num']!;
      const numStart = line.start + ns;
      if (byNum.has(numStart) || isIdentifier(text, numStart) || BARE_YEAR.test(m.groups!['num']!)) continue;
      const num = parseIndonesianNumber(m.groups!['num']!);
      if (num === null) continue;
      const own = labelUnit(m.groups!['label']!) ?? (m.groups!['unit'] === undefined ? null : labelUnit(m.groups!['unit']));
      const unit = own ?? fallback ?? 'kasus';
      const at = head === null ? line.start + ne : head.unitStart;
      const c = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit, unitClass: unitGroup(unit) }, at, at, numStart, line.start + ne, line.start + m.indices!.groups!['label']![0], line.end, head === null ? 'stage-line' : 'list-item');
      const was = fromRejected.get(numStart);
      if (was !== undefined) drop.add(was);
      head ??= c;
      add.push(c);
    }
  }
  if (add.length === 0) return { accepted, rejected };
  return {
    accepted: [...accepted, ...add].sort((a, b) => a.start - b.start),
    rejected: drop.size === 0 ? rejected : rejected.filter((c) => !drop.has(c)),
  };
}

/** The last unit word in `w`, canonical, or null. */
function lastUnitIn(w: string): string | null {
  let unit: string | null = null;
  UNIT_WORDS_RE.lastIndex = 0;
  for (let m = UNIT_WORDS_RE.exec(w); m !== null; m = UNIT_WORDS_RE.exec(w)) unit = lookup(ALL_UNITS, m[0]) ?? unit;
  return unit;
}

/** Whether the line `[start, end)` ends in a digit (trailing spaces and `.;,` aside): the cheap test in front of the
 *  row pattern. */
function endsInDigit(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start) {
    const u = text.charCodeAt(e - 1);
    if (u === 0x20 || u === 0x09 || u === 0x0d || u === 0x2e || u === 0x3b || u === 0x2c || u === 0x7c) e--;
    else return u >= 48 && u <= 57;
  }
  return false;
}

/** The cheap test in front of addTableRows: two short lines ending in a digit, one after the other (blank lines
 *  between allowed). One pass of `indexOf` over the lines. */
function twoRowsIn(text: string): boolean {
  let prev = false;
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (e > s) {
      const row = e - s <= MAX_ROW && endsInDigit(text, s, e);
      if (row && prev) return true;
      prev = row;
    }
    s = e + 1;
  }
  return false;
}

/** The whole of a table's rows: the count its total row gives, in the head's unit, when the rows do not add up to
 *  more than it. The figure the text gave before the table ("terdapat 56 dugaan pelanggaran", then "Jumlah | 56") is
 *  that count; else the total row is a count of its own. Null when there is no total row. */
function tableTotal(total: { line: Line; m: RegExpExecArray } | null, head: CountCandidate, rows: readonly CountCandidate[], accepted: readonly CountCandidate[], text: string, tableStart: number): CountCandidate | null {
  if (total === null) return null;
  const g = total.m.groups!;
  const num = parseIndonesianNumber(g['num']!);
  const [ns, ne] = total.m.indices!.groups!['num']!;
  const numStart = total.line.start + ns;
  if (num === null || num.approximate || BARE_YEAR.test(g['num']!) || isIdentifier(text, numStart)) return null;
  let sum = 0;
  for (const r of rows) sum += r.value;
  if (sum > num.value) return null;
  for (let i = accepted.length - 1; i >= 0; i--) {
    const a = accepted[i]!;
    if (a.end <= tableStart && a.value === num.value && a.parent === null && unitGroup(a.unit) === unitGroup(head.unit)) return a;
  }
  const [ls] = total.m.indices!.groups!['label']!;
  return countCandidate(num.value, 'exact', { unit: head.unit, unitClass: head.unitClass }, total.line.start + ne, total.line.start + ne, numStart, total.line.start + ne, total.line.start + ls, total.line.end, 'list-total');
}

/** Adds the rows of unit-less tables (see the header); returns the accepted counts, sorted by start. */
export function addTableRows(accepted: CountCandidate[], rejected: readonly CountCandidate[], text: string, sentences: Sentences, spans: readonly RegionSpan[]): CountCandidate[] {
  if (!twoRowsIn(text)) return accepted;
  const taken = new Set<number>();
  for (const c of accepted) taken.add(c.numStart);
  for (const c of rejected) taken.add(c.numStart);
  const add: CountCandidate[] = [];
  let p = 0;
  while (p < text.length) {
    const rows: { line: Line; m: RegExpExecArray; region: RegionSpan['region'] | null }[] = [];
    let total: { line: Line; m: RegExpExecArray } | null = null;
    let rowBase: number | null = null;
    let l: Line | null = lineAt(text, p);
    for (; l !== null && rows.length < MAX_ITEMS; l = nextLine(text, l)) {
      if (l.end - l.start > MAX_ROW || !endsInDigit(text, l.start, l.end)) break;
      const m = TABLE_ROW.exec(text.slice(l.start, l.end));
      if (m === null) break;
      if (TOTAL_LABEL.test(m.groups!['label']!.trim())) {
        // the total row closing the table ("Jumlah | 56") is the rows' whole
        if (rows.length >= 2) total = { line: l, m };
        break;
      }
      // (a row-number cell counts up by one from row to row)
      const idx = m.groups!['idx'] === undefined ? null : Number(m.groups!['idx']);
      if (idx !== null && rows.length > 0 && idx !== rows.length + (rowBase ?? 1)) break;
      if (rows.length === 0) rowBase = idx;
      if ((idx !== null) !== (rowBase !== null)) break;
      const [ls, le] = m.indices!.groups!['label']!;
      const region = regionIn(spans, l.start + ls, l.start + le);
      const label = m.groups!['label']!;
      // a row names a region, or a kind or stage of violation ("Netralitas ASN 21", "Politik uang 6")
      if (region === null && !VIOLATION_RE.test(label) && !ACTION_RE.test(label)) break;
      rows.push({ line: l, m, region });
    }
    const last = rows.length > 0 ? rows[rows.length - 1]!.line : lineAt(text, p);
    p = last.end + 1;
    if (rows.length < 2) continue;
    const first = rows[0]!.line.start;
    if (!leadInAbout(text, sentences, first, false)) continue;
    const si = sentenceIndex(sentences, first - 1);
    const lead = text.slice(Math.max(si < 0 ? 0 : sentences.starts[si]!, first - LEAD_REACH), first);
    const leadUnit = lastUnitIn(lead) ?? 'kasus';
    let head: CountCandidate | null = null;
    const block: CountCandidate[] = [];
    for (const { line, m, region } of rows) {
      const g = m.groups!;
      const unit = region === null ? (labelUnit(g['label']!) ?? leadUnit) : leadUnit;
      const [ns, ne] = m.indices!.groups!['num']!;
      const numStart = line.start + ns;
      const num = parseIndonesianNumber(g['num']!);
      if (num === null || taken.has(numStart) || BARE_YEAR.test(g['num']!) || isIdentifier(text, numStart)) continue;
      const at = head === null ? line.start + ne : head.unitStart;
      const c = countCandidate(num.value, num.approximate ? 'approximate' : 'exact', { unit, unitClass: unitGroup(unit) }, at, at, numStart, line.start + ne, line.start + m.indices!.groups!['label']![0], line.end, head === null ? 'table-row' : 'list-item');
      c.region = region;
      head ??= c;
      add.push(c);
      block.push(c);
    }
    const whole = head === null ? null : tableTotal(total, head, block, accepted, text, first);
    if (whole === null) continue;
    for (const c of block) c.parent ??= whole;
    if (!accepted.includes(whole) && !add.includes(whole)) add.push(whole);
  }
  return add.length === 0 ? accepted : [...accepted, ...add].sort((a, b) => a.start - b.start);
}
