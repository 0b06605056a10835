// Rows with no unit anywhere (addTableRows: a table flattened to lines, "Kabupaten Brebes 17" / "Kota Semarang 9"
// after a lead-in "Lima daerah dengan kasus terbanyak sebagai berikut:", or "Netralitas ASN 21" / "Politik uang 6"
// under "Jenis pelanggaran Jumlah"): a block of two lines or more whose labels each name a region or a kind or stage
// of violation, after a lead-in about violations; each row is a count (for its region), in the unit its label names,
// else the last unit the lead-in names, else `kasus`.
// A header row right above the rows ("Jenis Pelanggaran | Jumlah", "Status Penanganan | Jumlah": a label head of
// TABLE_LABEL_HEADS, then a quantity head of TABLE_QUANTITY_HEADS or a unit word, after a bar, a tab or two spaces)
// admits rows of any label (a kind written as a clause, a status: "Diteruskan ke BKN | 11"); its unit word, if any, is
// the rows' unit. A headed table right under a table read before it shares that table's lead-in. The rows' whole is
// the total row, else the figure before the table (two lead-in reaches back) they add up to exactly.
import { LIST_LINE_MARKERS, CASE_UNITS, PERSON_UNITS, QUANTITY_HEADS, TABLE_LEAD_SCOPE_WORDS, unitGroup } from '../../lexicon/violations.js';
import { TABLE_LABEL_HEADS, TABLE_QUANTITY_HEADS } from '../../lexicon/count-lists.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';
import type { RegionSpan } from './reporter.js';
import { ACTION_RE, ALL_UNITS, SANCTION_RE, LEAD_REACH, MAX_ITEMS, TOTAL_LABEL, VIOLATION_RE, labelUnit, leadInAbout, wholeBefore, lineAt, nextLine, regionIn, type Line } from './line-lists.js';

/** A row of a table flattened to a line (the cleaner turns its tabs into spaces): a marker or a row-number cell
 *  ("1 | Kota Batam | 17", "| 2 | Natuna | 12 |", "3 Kabupaten Karimun 9": the rows' numbers then go 1, 2, 3 …), a
 *  capitalised label (lower-case words after the first allowed),
 *  spaces or a cell bar, the number, nothing after (a closing bar aside). */
const TABLE_ROW = new RegExp(
  `^[ \\t]*\\|?[ \\t]*(?:(?:\\d{1,2}[.)]|${alternation(LIST_LINE_MARKERS)})[ \\t]{1,3}|(?<idx>\\d{1,3})(?:[ \\t]*[|\\t][ \\t]*|[ \\t]{1,3}))?(?<label>\\p{Lu}[^:|\\n\\d]{0,60}?)[ \\t]{0,2}[:|]?[ \\t]{1,3}(?<num>${NUMBER_SOURCE})${WE}[ \\t]{0,2}[.;,]?[ \\t]*\\|?[ \\t]*$`,
  'du',
);
const UNIT_WORDS_RE = new RegExp(`${WB}(?:${alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)])})${WE}`, 'giu');
const UNIT_ALT = alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)]);
/** A table's header row: the cell heading its labels (opening with a word of TABLE_LABEL_HEADS, or a row-number cell
 *  "No" before it), a bar, a tab or two spaces, and the cell heading its figures (a quantity word with or without a
 *  unit word, or a unit word: "Jumlah", "Jumlah Kasus", "ASN"). */
const TABLE_HEADER = new RegExp(
  `^[ \\t]*\\|?[ \\t]*(?:No\\.?[ \\t]*(?:\\||\\t|[ ]{2,})[ \\t]*)?(?<label>(?:${alternation(TABLE_LABEL_HEADS)})${WE}[^|\\t\\n\\d]{0,40}?)[ \\t]*(?:\\||\\t|[ ]{2,}|[ ](?=(?:${alternation(TABLE_QUANTITY_HEADS)})${WE}))[ \\t]*` +
    `(?<head>(?:${alternation(TABLE_QUANTITY_HEADS)})(?:[ \\t]{1,2}(?:${UNIT_ALT}))?|(?:${UNIT_ALT}))[ \\t]*\\|?[ \\t]*$`,
  'iu',
);
/** The longest line read as a table row (a label of at most 60 characters, a marker, the number). */
const MAX_ROW = 90;

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

/** The header row right before the line starting at `lineStart` (blank lines between allowed), or null. */
function headerBefore(text: string, lineStart: number): { line: Line; m: RegExpExecArray } | null {
  let e = lineStart - 1;
  while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r')) e--;
  if (e <= 0) return null;
  const l = lineAt(text, e - 1);
  if (l.end - l.start > MAX_ROW) return null;
  const m = TABLE_HEADER.exec(text.slice(l.start, l.end));
  return m === null ? null : { line: l, m };
}

/** Whether a row's label names a kind or stage of violation or a sanction ("Netralitas ASN", "Politik uang"). */
const kindLabel = (label: string): boolean => VIOLATION_RE.test(label) || ACTION_RE.test(label) || SANCTION_RE.test(label);

/** A lead-in's quantity head that counts nothing of its own ("rekapitulasi per kabupaten/kota:"). */
const HEAD_ONLY_RE = new RegExp(`${WB}(?:${alternation(QUANTITY_HEADS)})(?:nya)?(?:[ \\t]{1,2}(?:${alternation(TABLE_LEAD_SCOPE_WORDS)})${WE}|[ \\t]{0,2}:)`, 'iu');

/** Whether the lead-in right before `start` (its last sentence), when it ends in a colon, names a case or a violation
 *  (a unit word or a violation cue); true when it ends in no colon (the lead-in test decides then). */
function leadInNamesCase(text: string, sentences: Sentences, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  if (!before.endsWith(':')) return true;
  const si = sentenceIndex(sentences, before.length - 1);
  const sentence = text.slice(si < 0 ? Math.max(0, before.length - LEAD_REACH) : sentences.starts[si]!, before.length);
  UNIT_WORDS_RE.lastIndex = 0;
  return UNIT_WORDS_RE.test(sentence) || VIOLATION_RE.test(sentence) || HEAD_ONLY_RE.test(sentence);
}

/** Adds the rows of unit-less tables (see the header); returns the accepted counts, sorted by start. */
export function addTableRows(accepted: CountCandidate[], rejected: readonly CountCandidate[], text: string, sentences: Sentences, spans: readonly RegionSpan[]): CountCandidate[] {
  if (!twoRowsIn(text)) return accepted;
  const taken = new Set<number>();
  for (const c of accepted) taken.add(c.numStart);
  for (const c of rejected) taken.add(c.numStart);
  const add: CountCandidate[] = [];
  let lastTableEnd = -1;
  let p = 0;
  while (p < text.length) {
    const rows: { line: Line; m: RegExpExecArray; region: RegionSpan['region'] | null }[] = [];
    let total: { line: Line; m: RegExpExecArray } | null = null;
    let rowBase: number | null = null;
    let l: Line | null = lineAt(text, p);
    // a header row above ("Jenis Pelanggaran | Jumlah") makes any label a row's: a kind, a status, an outcome
    const header = l.end - l.start <= MAX_ROW && endsInDigit(text, l.start, l.end) ? headerBefore(text, l.start) : null;
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
      if (region === null && header === null && !kindLabel(label)) break;
      rows.push({ line: l, m, region });
    }
    const last = rows.length > 0 ? rows[rows.length - 1]!.line : lineAt(text, p);
    p = last.end + 1;
    if (rows.length < 2) continue;
    const first = rows[0]!.line.start;
    // (a headed table right under a table read before it shares its lead-in: "Status Penanganan | Jumlah" after the
    // table of kinds)
    const underTable = header !== null && lastTableEnd >= 0 && text.slice(lastTableEnd, header.line.start).trim() === '';
    if (!underTable && !leadInAbout(text, sentences, header === null ? first : header.line.start, false)) continue;
    const si = sentenceIndex(sentences, first - 1);
    const lead = text.slice(Math.max(si < 0 ? 0 : sentences.starts[si]!, first - LEAD_REACH), first);
    const headUnit = header === null ? null : labelUnit(header.m.groups!['head']!);
    // (a table whose head names no unit and whose labels are no kinds of violation, under a lead-in ending in a colon:
    // that lead-in names a case or a violation, else the rows count something else, "Berikut pengawas TPS yang
    // disiagakan:", "Berikut jumlah TPS rawan di tiap daerah:"; no `kasus` from a cue sentences back)
    // (unless the rows divide a count given before the table: "terdapat 56 dugaan pelanggaran …", then "Berikut
    // rekapitulasi per kabupaten/kota:" and a total row of 56)
    const caseless = headUnit === null && !underTable && !rows.some((r) => kindLabel(r.m.groups!['label']!)) && !leadInNamesCase(text, sentences, header?.line.start ?? first);
    const leadUnit = headUnit ?? lastUnitIn(lead) ?? 'kasus';
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
    if (head !== null && !caseless) lastTableEnd = (total ?? rows[rows.length - 1]!).line.end;
    const whole = head === null ? null : total === null ? wholeBefore(accepted, head, block, header?.line.start ?? first) : tableTotal(total, head, block, accepted, text, first);
    if (caseless && (whole === null || !accepted.includes(whole))) {
      add.splice(add.length - block.length, block.length);
      continue;
    }
    if (whole === null) continue;
    for (const c of block) c.parent ??= whole;
    if (!accepted.includes(whole) && !add.includes(whole)) add.push(whole);
  }
  return add.length === 0 ? accepted : [...accepted, ...add].sort((a, b) => a.start - b.start);
}
