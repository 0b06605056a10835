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
import { DOMAIN_CUES, LIST_LINE_MARKERS, LIST_TOTAL_LABELS, PERSON_ACTION_CUES, VIOLATION_CUES } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, countCandidate, isIdentifier, type CountCandidate } from './parsers.js';
import type { RegionSpan } from './reporter.js';

const LINE_ITEM = new RegExp(
  `^[ \\t]*(?:(?:\\d{1,2}[.)]|${alternation(LIST_LINE_MARKERS)})[ \\t]{1,3})?` +
    `(?<label>\\p{Lu}[\\p{L}'.-]*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'.-]*){0,3})[ \\t]{0,2}[:=]?[ \\t]{1,3}` +
    `(?<num>${NUMBER_SOURCE})${WE}(?<unit>[ \\t]{1,2}\\p{L}+(?:[ \\t]{1,2}desa)?)?[ \\t]{0,2}[.;,]?[ \\t]*$`,
  'du',
);
const TOTAL_LABEL = new RegExp(`^(?:${alternation(LIST_TOTAL_LABELS)})$`, 'iu');
const DOMAIN_RE = new RegExp(`${WB}(?:${alternation(DOMAIN_CUES)})${WE}`, 'iu');
const VIOLATION_RE = new RegExp(`${WB}(?:${alternation(VIOLATION_CUES)})${WE}`, 'iu');
const ACTION_RE = new RegExp(`${WB}(?:${alternation(PERSON_ACTION_CUES)})${WE}`, 'iu');
/** At most this many lines in one block, and this far back for the lead-in. */
const MAX_ITEMS = 40;
const LEAD_REACH = 400;

interface Line {
  start: number;
  end: number;
}

function lineAt(text: string, pos: number): Line {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The next line after `l` that is not blank (or null). */
function nextLine(text: string, l: Line): Line | null {
  let p = l.end + 1;
  while (p < text.length) {
    const n = lineAt(text, p);
    if (text.slice(n.start, n.end).trim() !== '') return n;
    p = n.end + 1;
  }
  return null;
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
    for (let n = nextLine(text, l), k = 0; n !== null && k < MAX_ITEMS; n = nextLine(text, n), k++) {
      const im = LINE_ITEM.exec(text.slice(n.start, n.end));
      if (im === null) break;
      const g = im.groups!;
      if (TOTAL_LABEL.test(g.label!) || BARE_YEAR.test(g.num!)) break;
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
    for (const it of [c, ...items]) {
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
