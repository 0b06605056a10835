// Scorer for the hand-annotated officials-and-speakers sets (fixtures/officials/news4, news5, ...): each set is
// a folder of short articles and an expected.json. See test/extract/officials-news4.test.ts for the scoring rules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article, Official, RawArticle } from '../../../src/model.js';
import { processArticle } from '../../../src/pipeline.js';

/** [name, title substring, role ("*" = any), acting, region code (null = none, "*" = any), modifier, and optionally
 *  the institution: substrings separated by "|", one of which the lower-cased institution must contain ("*" = any)]. */
type GoldOfficial = [string, string, string, boolean, string | null, string | null, string?];
interface GoldArticle {
  split: 'tune' | 'held';
  officials: GoldOfficial[];
  quotes: Array<{ starts: string; speaker: string[] }>;
}

type GoldSet = { articles: Record<string, GoldArticle> };
const sets = new Map<string, GoldSet>();
function goldOf(dir: URL): GoldSet {
  let g = sets.get(dir.href);
  if (!g) sets.set(dir.href, (g = JSON.parse(readFileSync(fileURLToPath(new URL('expected.json', dir)), 'utf8')) as GoldSet));
  return g;
}

const HONORIFICS = new Set('drs dra dr h hj hm ir prof kh tgk ust bapak ibu pak bu akp akbp irjen pol jenderal tni letkol inf kombes'.split(' '));
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const normName = (s: string | null | undefined): string =>
  squash(String(s ?? '').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' '))
    .split(' ')
    .filter((t) => t && !HONORIFICS.has(t))
    .join(' ');
const normQuote = (s: string): string => squash(s.toLowerCase().replace(/\\/gu, '').replace(/[“”"'‘’«»]/gu, ''));

function run(dir: URL, file: string): Article {
  const text = readFileSync(fileURLToPath(new URL(file, dir)), 'utf8');
  const raw: RawArticle = { id: file, source: file, line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null };
  return processArticle(raw);
}

export interface SetScore {
  tool: number;
  gold: number;
  found: number;
  fields: { title: number; role: number; acting: number; region: number; modifier: number; institution: number };
  /** How many found officials had an institution to check (sets from news7 on). */
  institutionChecked: number;
  quotes: number;
  quotesFound: number;
  attributedOk: number;
  problems: string[];
}

const modifierOf = (o: Official): string | null => (o as Official & { modifier?: string | null }).modifier ?? null;

/** Scores one split of the set in `dir` (a folder URL ending in '/'). */
export function scoreSplit(dir: URL, split: 'tune' | 'held'): SetScore {
  const gold = goldOf(dir);
  const s: SetScore = { tool: 0, gold: 0, found: 0, fields: { title: 0, role: 0, acting: 0, region: 0, modifier: 0, institution: 0 }, institutionChecked: 0, quotes: 0, quotesFound: 0, attributedOk: 0, problems: [] };
  for (const [file, g] of Object.entries(gold.articles)) {
    if (g.split !== split) continue;
    const a = run(dir, file);
    s.tool += a.officials.length;
    s.gold += g.officials.length;
    const used = new Set<Official>();
    for (const [name, titleHas, role, acting, region, modifier, institution] of g.officials) {
      const o = a.officials.find((x) => !used.has(x) && normName(x.name) === normName(name));
      if (!o) {
        s.problems.push(`${file}: official missing: ${name} (${titleHas})`);
        continue;
      }
      used.add(o);
      s.found++;
      const f = s.fields;
      const check = (ok: boolean, what: string, got: unknown): void => {
        if (!ok) s.problems.push(`${file}: ${name}: ${what} ${JSON.stringify(got)}`);
      };
      f.title += +!!o.title?.toLowerCase().includes(titleHas);
      check(!!o.title?.toLowerCase().includes(titleHas), `title lacks "${titleHas}":`, o.title);
      f.role += +(role === '*' || o.role === role);
      check(role === '*' || o.role === role, `role != ${role}:`, o.role);
      f.acting += +(o.acting === acting);
      check(o.acting === acting, `acting != ${acting}:`, o.acting);
      const r = o.region?.code ?? null;
      f.region += +(region === '*' || r === region);
      check(region === '*' || r === region, `region != ${region}:`, r);
      f.modifier += +(modifierOf(o) === modifier);
      check(modifierOf(o) === modifier, `modifier != ${modifier}:`, modifierOf(o));
      if (institution !== undefined && institution !== '*') {
        s.institutionChecked++;
        const inst = (o.institution ?? '').toLowerCase();
        const ok = institution.split('|').some((k) => inst.includes(k));
        f.institution += +ok;
        check(ok, `institution lacks "${institution}":`, o.institution);
      }
    }
    for (const o of a.officials) if (!used.has(o)) s.problems.push(`${file}: official not expected: ${o.name} [${o.title}]`);
    const qs = a.statements.filter((x) => x.kind === 'direct');
    const taken = new Set<number>();
    for (const gq of g.quotes) {
      s.quotes++;
      const i = qs.findIndex((x, j) => !taken.has(j) && normQuote(x.quote).startsWith(gq.starts));
      if (i < 0) {
        s.problems.push(`${file}: quote missing: ${gq.starts}`);
        continue;
      }
      taken.add(i);
      s.quotesFound++;
      const n = ` ${normName(qs[i]!.speaker?.name)} `;
      if (gq.speaker.some((k) => n.includes(` ${k} `))) s.attributedOk++;
      else s.problems.push(`${file}: "${gq.starts}" given to ${qs[i]!.speaker?.name ?? 'nobody'} (${qs[i]!.speakerRule ?? '-'}), expected ${gq.speaker.join('/')}`);
    }
  }
  return s;
}

export function summary(s: SetScore): { p: number; r: number; attr: number; quotesR: number; fieldAcc: number } {
  const f = s.fields;
  return {
    p: s.found / Math.max(1, s.tool),
    r: s.found / Math.max(1, s.gold),
    attr: s.attributedOk / Math.max(1, s.quotesFound),
    quotesR: s.quotesFound / Math.max(1, s.quotes),
    fieldAcc: (f.title + f.role + f.acting + f.region + f.modifier + f.institution) / Math.max(1, 5 * s.found + s.institutionChecked),
  };
}


export interface SplitFloors {
  p: number;
  r: number;
  fieldAcc: number;
  quotesR: number;
  attr: number;
}

/** The checks of one set, inside its `describe`: prints the scores with NEWS_REPORT (the held half's problems only
 *  with NEWS_REPORT=all: tuning reads the tune half), and fails below the pinned floors of each split. */
export function checkNewsSet(dir: URL, floors: Record<'tune' | 'held', SplitFloors>): void {
  const scores = { tune: scoreSplit(dir, 'tune'), held: scoreSplit(dir, 'held') };
  if (process.env['NEWS_REPORT'])
    for (const [k, s] of Object.entries(scores)) {
      const m = summary(s);
      console.log(`${k}: officials P=${m.p.toFixed(3)} R=${m.r.toFixed(3)} (tool ${s.tool}, gold ${s.gold}, found ${s.found}) fields=${m.fieldAcc.toFixed(3)} ${JSON.stringify(s.fields)} quotes R=${m.quotesR.toFixed(3)} attribution=${m.attr.toFixed(3)}`);
      if (k === 'tune' || process.env['NEWS_REPORT'] === 'all') for (const p of s.problems) console.log(`  ${p}`);
    }
  it.each(['tune', 'held'] as const)('%s: officials, fields, quotes and speakers at or above the pinned floors', (k) =>
    expectFloors(scores[k], floors[k]),
  );
}

/** Fails when a set's summary is below any of its floors; the problems are the failure's message. */
function expectFloors(s: SetScore, f: SplitFloors): void {
  const m = summary(s);
  const why = s.problems.join('\n');
  expect(m.p, why).toBeGreaterThanOrEqual(f.p);
  expect(m.r, why).toBeGreaterThanOrEqual(f.r);
  expect(m.fieldAcc, why).toBeGreaterThanOrEqual(f.fieldAcc);
  expect(m.quotesR, why).toBeGreaterThanOrEqual(f.quotesR);
  expect(m.attr, why).toBeGreaterThanOrEqual(f.attr);
}

export interface OfficialsCheckSet {
  /** The set's folder under fixtures/officials/, also its name in the report line (`check5`). */
  name: string;
  /** The describe title. */
  title: string;
  /** The set's size, pinned so a truncated fixture fails. */
  gold: number;
  quotes?: number;
  /** The variable that prints the figures; the problems too, when it equals `problemsWhen` (any value if unset). */
  reportEnv: string;
  problemsWhen?: string;
  floor: SplitFloors;
}

/** One helper for the officials check sets (lead-check, check3 to check6): every article held out, scored once,
 *  floors pinned in the test file. */
export function describeOfficialsCheckSet(c: OfficialsCheckSet): void {
  describe(c.title, () => {
    const s = scoreSplit(new URL(`../../../fixtures/officials/${c.name}/`, import.meta.url), 'held');
    const env = process.env[c.reportEnv];
    if (env) {
      const m = summary(s);
      console.log(`${c.name} officials P=${m.p.toFixed(3)} R=${m.r.toFixed(3)} (tool ${s.tool}, gold ${s.gold}, found ${s.found}) fields=${m.fieldAcc.toFixed(3)} ${JSON.stringify(s.fields)} (institutions checked ${s.institutionChecked}) quotes R=${m.quotesR.toFixed(3)} (${s.quotesFound}/${s.quotes}) attribution=${m.attr.toFixed(3)} (${s.attributedOk}/${s.quotesFound})`);
      if (c.problemsWhen === undefined || env === c.problemsWhen) for (const p of s.problems) console.log(`  ${p}`);
    }
    it('officials, fields, quotes and speakers at or above the pinned floors', () => {
      expect(s.gold).toBe(c.gold);
      if (c.quotes !== undefined) expect(s.quotes).toBe(c.quotes);
      expectFloors(s, c.floor);
    });
  });
}
