// Scorer for the dates development set (fixtures/dates/dev-*.txt): each article goes through the real
// cleaner (clean/cascade.ts) and then the DATES extractor, as in the pipeline; the mentions are matched to
// the gold mentions by overlapping span, and a match counts when the values agree (ISO date, `YYYY-MM`,
// `YYYY`, or null for a vague `pekan lalu`). A value mismatch is one false positive and one false negative.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/clean/cascade.js';
import { extractDates } from '../../src/extract/dates/index.js';
import type { DateMention } from '../../src/model.js';
import { SPACE, phraseRe } from '../../src/text/regex.js';

export interface GoldDate {
  text: string;
  value: string | null;
  certain: boolean;
  time: string | null;
}

export interface DevArticle {
  id: string;
  published: string | null;
  raw: string;
  gold: GoldDate[];
}

/** The articles of one development file (format described at its top). */
export function readDevSet(path: string): DevArticle[] {
  const out: DevArticle[] = [];
  const src = readFileSync(path, 'utf8');
  for (const block of src.split(/^=== /mu).slice(1)) {
    const [head, ...rest] = block.split('\n');
    const [id, pub] = head!.trim().split(/\s+/u);
    const body = rest.join('\n');
    const cut = body.indexOf('\n--- gold\n');
    if (cut < 0) throw new Error(`${id}: no gold section`);
    const raw = body.slice(0, cut).trim();
    const gold: GoldDate[] = [];
    for (const line of body.slice(cut + 10).split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      const [text, value, certain, time] = line.split(' | ').map((s) => s.trim());
      gold.push({ text: text!, value: value === '-' ? null : value!, certain: certain === 'true', time: time ?? null });
    }
    out.push({ id: id!, published: pub === '-' ? null : pub!, raw, gold });
  }
  return out;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
  /** Among the matches: the share whose `certain` agrees, and whose time agrees (where gold has one). */
  certainOk: number;
  timeOk: number;
  problems: string[];
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

/** Where gold text `g` stands in `text` from `from`: [start, end], or null. A space in the gold matches any run of
 *  white space, a hard line wrap included: the gold is written on one line (`Minggu (13/10/2024) malam`) where the
 *  article breaks it (`… diunggah pada Minggu` / `(13/10/2024) malam …`, check20 f06, f08; round 19). */
function findGold(text: string, g: string, from: number): [number, number] | null {
  const re = new RegExp(phraseRe(g.replace(/\s+/g, ' '), SPACE.wsRun), 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  return m === null ? null : [m.index, m.index + m[0].length];
}

export function scoreArticle(a: DevArticle): { tp: number; fp: number; fn: number; certain: [number, number]; time: [number, number]; problems: string[] } {
  const cleaned = clean(a.raw);
  const text = cleaned.text;
  const published = a.published ?? cleaned.headerDate;
  const { dates } = extractDates({ articleId: a.id, text, paragraphs: cleaned.paragraphs, title: cleaned.title, published, dateline: cleaned.dateline });
  const used = new Set<DateMention>();
  const problems: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const certain: [number, number] = [0, 0];
  const time: [number, number] = [0, 0];
  let from = 0;
  for (const g of a.gold) {
    const found = findGold(text, g.text, from);
    const s = found === null ? -1 : found[0];
    // a gold date the body does not hold may be the date of a dateline the cleaner split off (`Jakarta, 11 Januari
    // 2024 – …`): the mention with no span (start < 0) that has its text (round 18, dates/dateline-removed.ts)
    const outside = s < 0 ? dates.find((d) => !used.has(d) && d.start < 0 && d.text === g.text) : undefined;
    if (outside !== undefined) {
      used.add(outside);
      if (outside.iso !== g.value) {
        fp++;
        fn++;
        problems.push(`${a.id}: "${g.text}" (no span) ${outside.iso}, gold ${g.value}`);
        continue;
      }
      tp++;
      certain[1]++;
      if (outside.certain === g.certain) certain[0]++;
      else problems.push(`${a.id}: "${g.text}" (no span) certain ${outside.certain}, gold ${g.certain}`);
      continue;
    }
    if (s < 0) {
      fn++;
      problems.push(`${a.id}: gold "${g.text}" not in the cleaned text`);
      continue;
    }
    from = s + 1;
    const e = found![1];
    const near = dates.filter((d) => !used.has(d) && overlaps(d.start, d.end, s, e));
    const hit = near.find((d) => d.iso === g.value) ?? near[0];
    if (!hit) {
      fn++;
      problems.push(`${a.id}: missed "${g.text}" (${g.value})`);
      continue;
    }
    used.add(hit);
    if (hit.iso !== g.value) {
      fp++;
      fn++;
      problems.push(`${a.id}: "${g.text}" → "${hit.text}" ${hit.iso}, gold ${g.value}`);
      continue;
    }
    tp++;
    certain[1]++;
    if (hit.certain === g.certain) certain[0]++;
    else problems.push(`${a.id}: "${g.text}" certain ${hit.certain}, gold ${g.certain}`);
    if (g.time !== null) {
      time[1]++;
      if (hit.time === g.time) time[0]++;
      else problems.push(`${a.id}: "${g.text}" time ${hit.time}, gold ${g.time}`);
    }
  }
  for (const d of dates) {
    if (used.has(d)) continue;
    fp++;
    problems.push(`${a.id}: spurious "${d.text}" ${d.iso} (${d.rule})`);
  }
  return { tp, fp, fn, certain, time, problems };
}

export function scoreSet(articles: DevArticle[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const c = [0, 0];
  const t = [0, 0];
  const problems: string[] = [];
  for (const a of articles) {
    const s = scoreArticle(a);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    c[0] += s.certain[0];
    c[1] += s.certain[1];
    t[0] += s.time[0];
    t[1] += s.time[1];
    problems.push(...s.problems);
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp, fp, fn, p, r, f1, certainOk: c[1] ? c[0] / c[1] : 1, timeOk: t[1] ? t[0] / t[1] : 1, problems };
}

/** A dates check set (check5, check7): its size, then P, R, F1, `certain` and times at or above the floors pinned in
 *  its test file; `reportEnv` set prints the figures and the problems. */
export function describeDatesCheckSet(c: {
  name: string;
  file: string;
  articles: number;
  dates: number;
  reportEnv: string;
  floor: { p: number; r: number; f1: number; certain: number; time: number };
}): void {
  const articles = readDevSet(c.file);
  describe(`dates: ${c.name} blind set`, () => {
    const s = scoreSet(articles);
    if (process.env[c.reportEnv]) {
      console.log(`dates ${c.name}: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}) certain ${s.certainOk.toFixed(3)} time ${s.timeOk.toFixed(3)}`);
      for (const p of s.problems) console.log(`  ${p}`);
    }
    it(`has ${c.articles} articles and ${c.dates} gold dates`, () => {
      expect(articles.length).toBe(c.articles);
      expect(articles.reduce((n, a) => n + a.gold.length, 0)).toBe(c.dates);
    });
    it('P, R, F1, certain and time at or above the pinned floors', () => {
      const why = s.problems.join('\n');
      expect(s.p, why).toBeGreaterThanOrEqual(c.floor.p);
      expect(s.r, why).toBeGreaterThanOrEqual(c.floor.r);
      expect(s.f1, why).toBeGreaterThanOrEqual(c.floor.f1);
      expect(s.certainOk, why).toBeGreaterThanOrEqual(c.floor.certain);
      expect(s.timeOk, why).toBeGreaterThanOrEqual(c.floor.time);
    });
  });
}
