// The level and region of a count's reporting body, and the statement or official a count came from.
//
//   reporterScope — after the body's name (`Bawaslu`), an optional level word (`Kabupaten`, `Kab.`,
//                   `Provinsi`, `Kota`, `RI`: lexicon REPORTER_LEVEL_WORDS) and then a region the regions
//                   extractor found there (gazetteer matcher: `Purbalingga`, `Jawa Tengah`, `Jateng`). With
//                   a level word the region must agree with it; with none the region's level is the body's.
//                   A body that exists only nationally (NATIONAL_REPORTERS: KASN, BKN) is `national`.
//   linkSources   — the statement whose span holds the count, and its speaker; else an official named in
//                   the count's sentence whose title or institution names the reporting body.
import type { Official, RegionMention, RegionRef, ReporterLevel, Statement, ViolationCount } from '../../model.js';
import { NATIONAL_REPORTERS, REPORTER_LEVEL_WORDS } from '../../lexicon/violations.js';
import { WE, alternation, lookup, sentenceAt, splitSentences } from '../dates/text.js';

/** A level word at the start of the text after a body's name (its trailing dot optional). */
const LEVEL_AT = new RegExp(`^[ \\t\\u00a0]{1,3}(${alternation(Object.keys(REPORTER_LEVEL_WORDS))})${WE}\\.?`, 'iu');
const GAP_AT = /^[ \t\u00a0]{1,3}$/u;
/** How far after the body's name a region may start (spaces and a level word). */
const SCOPE_REACH = 24;
const NATIONAL = new Set(NATIONAL_REPORTERS);
const REGION_LEVEL: Partial<Record<RegionMention['level'], ReporterLevel>> = { province: 'province', regency: 'regency', city: 'city' };

export interface RegionSpan {
  start: number;
  end: number;
  region: RegionRef;
  level: ReporterLevel | null;
}

/** Every region mention's spans, by start. */
export function regionSpans(regions: readonly RegionMention[]): RegionSpan[] {
  const out: RegionSpan[] = [];
  for (const g of regions) {
    for (const s of g.spans) out.push({ start: s.start, end: s.end, region: { code: g.code, name: g.name }, level: REGION_LEVEL[g.level] ?? null });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface Scope {
  level: ReporterLevel | null;
  region: RegionRef | null;
}

/** The level and region written right after a reporting body's name that ends at `end`. */
export function reporterScope(text: string, reporter: string, end: number, spans: readonly RegionSpan[]): Scope {
  const after = text.slice(end, end + SCOPE_REACH + 40);
  const lm = LEVEL_AT.exec(after);
  const word: ReporterLevel | null = lm ? (lookup(REPORTER_LEVEL_WORDS, lm[1]!) ?? null) : null;
  const national: ReporterLevel | null = NATIONAL.has(reporter) ? 'national' : null;
  if (word === 'national') return { level: 'national', region: null };
  // the region mention right after the name, or after the level word (its span may hold the level word too:
  // `Kabupaten Purbalingga`)
  let region: RegionSpan | null = null;
  for (let k = lastAtOrBefore(spans, end) + 1; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.start > end + SCOPE_REACH) break;
    const between = text.slice(end, s.start);
    if (GAP_AT.test(between) || (lm !== null && between.length > lm[0].length && GAP_AT.test(between.slice(lm[0].length)))) {
      region = s;
      break;
    }
  }
  if (national) return { level: national, region: null };
  if (region && region.level !== null && (word === null || word === region.level)) return { level: region.level, region: region.region };
  return { level: word, region: null };
}

/** Index of the last item (sorted by start) whose start is ≤ pos, or -1. */
function lastAtOrBefore(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The statement holding each count, and who it came from (see the header). Statements do not overlap (the
 *  extractor drops overlaps), so the one holding a count is the last starting at or before it. */
export function linkSources(counts: ViolationCount[], statements: readonly Statement[], officials: readonly Official[], text: string): ViolationCount[] {
  if (counts.length === 0) return counts;
  const sentences = splitSentences(text);
  const byStart = [...statements].sort((a, b) => a.start - b.start);
  // mentions of officials whose title or institution names a body, by body, sorted by start
  const mentions = new Map<string, Array<{ start: number; end: number; id: string }>>();
  const mentionsOf = (body: string) => {
    let list = mentions.get(body);
    if (!list) {
      const low = body.toLowerCase();
      list = [];
      for (const o of officials) {
        if (!`${o.title ?? ''} ${o.institution ?? ''}`.toLowerCase().includes(low)) continue;
        for (const sp of o.spans) list.push({ start: sp.start, end: sp.end, id: o.id });
      }
      list.sort((a, b) => a.start - b.start);
      mentions.set(body, list);
    }
    return list;
  };
  return counts.map((c) => {
    const i = lastAtOrBefore(byStart, c.start);
    const st = i >= 0 && c.end <= byStart[i]!.end ? byStart[i]! : null;
    let source: string | null = st?.speaker?.id ?? null;
    if (source === null && c.reporter !== null) {
      const [ss, se] = sentenceAt(sentences, c.start);
      const list = mentionsOf(c.reporter);
      // the first mention starting in the sentence
      for (let k = Math.max(0, lastAtOrBefore(list, ss - 1) + 1); k < list.length && list[k]!.start < se; k++) {
        if (list[k]!.start >= ss && list[k]!.end <= se) {
          source = list[k]!.id;
          break;
        }
      }
    }
    return { ...c, statementId: st?.id ?? null, sourceId: source };
  });
}
