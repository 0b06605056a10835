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
// table flattened to lines separates label and number with a tab or a pipe instead of the colon. A label may open
// lower-case (a bulleted list that lost its bullets: "hukuman disiplin berat: 2 orang (pembebasan dari jabatan);") and
// name a kind of sanction (SANCTION_KINDS). A block with no total line hangs on the figure before it that its lines
// (counted here or by the parsers) add up to exactly; when no line names a unit, they count in that figure's unit.
//
// Rows with no unit anywhere (tables flattened to lines) are read by table-rows.ts.
import { CASE_UNITS, DOMAIN_CUES, IMPOSED_UNITS, LIST_LINE_MARKERS, LIST_TOTAL_LABELS, PERSON_ACTION_CUES, PERSON_UNITS, REST_WORDS, VIOLATION_CUES, unitGroup } from '../../lexicon/violations.js';
import { SANCTION_KINDS } from '../../lexicon/count-lists.js';
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
export const TOTAL_LABEL = new RegExp(`^(?:${alternation(LIST_TOTAL_LABELS)})$`, 'iu');
const DOMAIN_RE = new RegExp(`${WB}(?:${alternation(DOMAIN_CUES)})${WE}`, 'iu');
export const VIOLATION_RE = new RegExp(`${WB}(?:${alternation(VIOLATION_CUES)})${WE}`, 'iu');
export const ACTION_RE = new RegExp(`${WB}(?:${alternation(PERSON_ACTION_CUES)})${WE}`, 'iu');
/** A line of a stage block: marker, a label (a list item lost its bullet: "hukuman disiplin berat: 2 orang (pembebasan
 *  dari jabatan);"), a colon, the number, its unit, a bracketed note. */
const STAGE_LINE = new RegExp(
  `^[ \\t]*(?:(?:\\d{1,2}[.)]|${alternation(LIST_LINE_MARKERS)})[ \\t]{1,3})?(?<label>\\p{L}[^:|\\t\\n\\d]{1,60}?)(?:[ \\t]*[:|][ \\t]{0,3}|[ ]{0,2}\\t[ \\t]{0,3})` +
    `(?<num>${NUMBER_SOURCE})${WE}(?<unit>[ \\t]{1,2}\\p{L}+)?(?:[ \\t]{1,2}\\([^()\\n]{1,80}\\))?[ \\t]{0,2}[.;,]?[ \\t]*$`,
  'du',
);
export const SANCTION_RE = new RegExp(`${WB}(?:${alternation(SANCTION_KINDS)})${WE}`, 'iu');
const UNIT_WORD_RE = new RegExp(`${WB}(?:${alternation([...Object.keys(CASE_UNITS), ...Object.keys(PERSON_UNITS)])})${WE}`, 'iu');
export const ALL_UNITS: Readonly<Record<string, string>> = lookupTable({ ...PERSON_UNITS, ...CASE_UNITS });
/** At most this many lines in one block, and this far back for the lead-in. */
export const MAX_ITEMS = 40;
export const LEAD_REACH = 400;

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
export function regionIn(spans: readonly RegionSpan[], from: number, to: number): RegionSpan['region'] | null {
  for (const s of spans) if (s.start >= from && s.end <= to) return s.region;
  return null;
}

/** Whether the lead-in before the line starting at `lineStart` (its sentence and the two before) is about
 *  violations: a domain cue and a violation cue (an offence cue for people). */
export function leadInAbout(text: string, sentences: Sentences, lineStart: number, person: boolean): boolean {
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

/** Whether `w` names the unit `unit` (canonical): "dugaan pelanggaran netralitas aparatur sipil negara" names ASN. */
export function namesUnit(w: string, unit: string): boolean {
  const re = new RegExp(UNIT_WORD_RE.source, 'giu');
  for (let m = re.exec(w); m !== null; m = re.exec(w)) if (lookup(ALL_UNITS, m[0]) === unit) return true;
  return false;
}

/** The unit a stage label names (`Laporan masuk` → laporan, `ASN dilaporkan` → ASN), or null. */
export function labelUnit(label: string): string | null {
  const m = UNIT_WORD_RE.exec(label);
  const unit = m === null ? null : (lookup(ALL_UNITS, m[0]) ?? null);
  // a label naming what was imposed ("hukuman disiplin berat: 2 orang") names the kind of a figure of people or
  // cases, never its unit (IMPOSED_UNITS)
  return unit === null || IMPOSED_UNITS.includes(unit) ? null : unit;
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
      return VIOLATION_RE.test(label) || ACTION_RE.test(label) || SANCTION_RE.test(label) || UNIT_WORD_RE.test(label) || TOTAL_LABEL.test(label.trim());
    });
    if (staged.length < 2 || !leadInAbout(text, sentences, first, false)) continue;
    let fallback: string | null = null;
    for (const { m } of staged) fallback ??= labelUnit(m.groups!['label']!) ?? (m.groups!['unit'] === undefined ? null : labelUnit(m.groups!['unit']));
    let head: CountCandidate | null = null;
    const counted: CountCandidate[] = [];
    for (const { line, m } of staged) {
      const [ns, ne] = m.indices!.groups!['num']!;
      const numStart = line.start + ns;
      const had = byNum.get(numStart);
      if (had !== undefined) counted.push(had);
      if (had !== undefined || isIdentifier(text, numStart) || BARE_YEAR.test(m.groups!['num']!)) continue;
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
      counted.push(c);
    }
    // (a block with no total line: the figure before it the lines add up to exactly is their whole)
    // (and when no line names a unit, the lines count in that figure's unit, whatever its group)
    const open = counted[0];
    const whole = open === undefined || staged.some(({ m }) => TOTAL_LABEL.test(m.groups!['label']!.trim())) ? null : wholeBefore(accepted, open, counted, first, fallback === null);
    if (whole !== null) {
      for (const c of counted) {
        c.parent ??= whole;
        if (fallback === null && c.rule !== 'count-unit') {
          c.unit = whole.unit;
          c.unitClass = whole.unitClass;
        }
      }
    }
  }
  if (add.length === 0) return { accepted, rejected };
  return {
    accepted: [...accepted, ...add].sort((a, b) => a.start - b.start),
    rejected: drop.size === 0 ? rejected : rejected.filter((c) => !drop.has(c)),
  };
}

/** The count before a table or a block of lines (its lead-in, 2 × LEAD_REACH back) of the rows' unit group and no parent that the rows add up to
 *  exactly ("Total terdapat 14 dugaan pelanggaran", then a table of status rows 11 and 3; "BKN telah memutuskan 12 ASN …", then lines of sanctions 2, 3 and 7): their whole. */
export function wholeBefore(accepted: readonly CountCandidate[], head: CountCandidate, rows: readonly CountCandidate[], tableStart: number, anyGroup = false): CountCandidate | null {
  let sum = 0;
  for (const r of rows) sum += r.value;
  for (let i = accepted.length - 1; i >= 0; i--) {
    const a = accepted[i]!;
    if (a.end > tableStart) continue;
    if (a.end < tableStart - 2 * LEAD_REACH) break;
    if (a.value === sum && a.parent === null && (anyGroup || unitGroup(a.unit) === unitGroup(head.unit))) return a;
  }
  return null;
}
