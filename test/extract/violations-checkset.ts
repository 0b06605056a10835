// Scorer for the blind violation-count check sets (fixtures/violations/check, check2, check3, check4): per article, the tool's
// counts folded to their distinct values against the distinct claims a careful reader annotated.
// From check3 on, the gold also states each claim's attributes; they are scored on the matched claims.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawArticle, ViolationCount } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';

interface GoldClaim {
  value?: number;
  range?: [number, number];
  qualifier: string;
  /** Attributes a careful reader gave the claim (check3 and later); scored on the matched claims only. */
  reporter?: string | null;
  election?: string | null;
  year?: number | null;
  parent?: number | null;
  scope?: string;
  region?: string | null;
}
type AttrName = 'reporter' | 'election' | 'parent' | 'scope' | 'region';
const ATTRS: AttrName[] = ['reporter', 'election', 'parent', 'scope', 'region'];
export interface CheckScore {
  p: number;
  r: number;
  qualifiers: number;
  tool: number;
  gold: number;
  found: number;
  /** Per attribute, right/total over the matched claims whose gold states it. */
  attrs: Record<AttrName, { right: number; total: number }>;
  problems: string[];
}

/** Scores the check set in `fixtures/violations/<name>/` (its expected.json and articles). */
export function scoreCheckSet(name: string): CheckScore {
  const dir = new URL(`../../fixtures/violations/${name}/`, import.meta.url);
  const gold = JSON.parse(readFileSync(fileURLToPath(new URL('expected.json', dir)), 'utf8')) as {
    articles: Record<string, { claims: GoldClaim[]; forbiddenValues: number[] }>;
  };
  return score(dir, gold);
}

function score(dir: URL, gold: { articles: Record<string, { claims: GoldClaim[]; forbiddenValues: number[] }> }): CheckScore {
  let tool = 0;
  let goldN = 0;
  let found = 0;
  let qualOk = 0;
  const problems: string[] = [];
  const attrs = Object.fromEntries(ATTRS.map((k) => [k, { right: 0, total: 0 }])) as CheckScore['attrs'];
  for (const [file, g] of Object.entries(gold.articles)) {
    const text = readFileSync(fileURLToPath(new URL(file, dir)), 'utf8');
    const raw: RawArticle = { id: file, source: file, line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null };
    const a = processArticle(raw);
    const byValue = new Map<number, string>();
    for (const v of a.violations) if (!byValue.has(v.value)) byValue.set(v.value, v.qualifier);
    const countsOf = (value: number) => a.violations.filter((v) => v.value === value);
    tool += byValue.size;
    goldN += g.claims.length;
    const used = new Set<number>();
    for (const c of g.claims) {
      const hit = [...byValue.keys()].find((v) => !used.has(v) && (c.range ? v >= c.range[0] && v <= c.range[1] : v === c.value));
      const label = c.range ? `${c.range[0]}–${c.range[1]}` : String(c.value);
      if (hit === undefined) {
        problems.push(`${file}: claim missing: ${label} (${c.qualifier})`);
        continue;
      }
      used.add(hit);
      found++;
      const q = byValue.get(hit);
      if (q === c.qualifier || (c.qualifier === 'range' && c.range && q !== 'exact')) qualOk++;
      else problems.push(`${file}: ${label}: qualifier ${q}, expected ${c.qualifier}`);
      scoreAttrs(file, label, c, countsOf(hit).map(attrsOf), attrs, problems);
    }
    for (const v of byValue.keys())
      if (!used.has(v)) problems.push(`${file}: count not expected: ${v}${g.forbiddenValues.includes(v) ? ' (listed as not a count)' : ''}`);
  }
  return { p: found / Math.max(1, tool), r: found / Math.max(1, goldN), qualifiers: qualOk / Math.max(1, found), tool, gold: goldN, found, attrs, problems };
}

type Attrs = Record<AttrName, string | null>;

function attrsOf(v: ViolationCount): Attrs {
  return {
    reporter: v.reporter,
    election: v.election === null && v.year === null ? null : `${v.election} ${v.year}`,
    parent: v.parent ? String(v.parent.value) : null,
    scope: v.scope,
    region: v.region?.name ?? null,
  };
}

/**
 * Scores the attributes of one matched claim. The tool may report the value more than once (the check sets fold by
 * value), so the count that agrees with the gold on most attributes stands for it.
 */
function scoreAttrs(file: string, label: string, c: GoldClaim, got: Attrs[], attrs: CheckScore['attrs'], problems: string[]): void {
  const want: Partial<Attrs> = {};
  if (c.reporter !== undefined) want.reporter = c.reporter;
  if (c.election !== undefined || c.year !== undefined) want.election = c.election == null && c.year == null ? null : `${c.election ?? null} ${c.year ?? null}`;
  if (c.parent !== undefined) want.parent = c.parent === null ? null : String(c.parent);
  if (c.scope !== undefined) want.scope = c.scope;
  if (c.region !== undefined) want.region = c.region;
  const keys = Object.keys(want) as AttrName[];
  const agree = (g: Attrs) => keys.filter((k) => g[k] === want[k]).length;
  const best = got.reduce((b, g) => (agree(g) > agree(b) ? g : b), got[0]!);
  for (const k of keys) {
    attrs[k].total++;
    if (best[k] === want[k]) attrs[k].right++;
    else problems.push(`${file}: ${label}: ${k} ${best[k]} ≠ ${want[k]}`);
  }
}


/** One line: each attribute's right/total over the matched claims. */
export const attrLine = (s: CheckScore): string =>
  Object.entries(s.attrs).filter(([, a]) => a.total > 0).map(([k, a]) => `${k} ${a.right}/${a.total}`).join(', ');

export interface CountsCheckSet {
  /** The folder under fixtures/violations/ (`check5`). */
  name: string;
  /** Distinct gold claims, pinned so a truncated fixture fails. */
  gold: number;
  /** The variable that prints the figures and the problems (read them only for a final report). */
  reportEnv: string;
  floor: { p: number; r: number; qualifiers: number };
  /** Attributes pinned as counts of right answers, not ratios: a claim newly found with a wrong attribute lowers
   *  the ratio without any right answer lost. */
  attrFloor: Partial<Record<keyof CheckScore['attrs'], number>>;
}

/** The test of a counts check set (check3, check4, check5): distinct claims and their attributes at or above the
 *  pinned floors. */
export function describeCountsCheckSet(set: CountsCheckSet): void {
  describe(`violation counts on the ${set.name} blind set (fixtures/violations/${set.name})`, () => {
    const s = scoreCheckSet(set.name);
    if (process.env[set.reportEnv]) {
      console.log(`${set.name} counts P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} qualifiers=${s.qualifiers.toFixed(3)} (tool ${s.tool}, gold ${s.gold}, found ${s.found}); ${attrLine(s)}`);
      for (const p of s.problems) console.log(`  ${p}`);
    }
    it('distinct claims at or above the pinned floors', () => {
      const why = s.problems.join('\n');
      expect(s.gold).toBe(set.gold);
      expect(s.p, why).toBeGreaterThanOrEqual(set.floor.p);
      expect(s.r, why).toBeGreaterThanOrEqual(set.floor.r);
      expect(s.qualifiers, why).toBeGreaterThanOrEqual(set.floor.qualifiers);
    });
    it('no attribute of the matched claims that was right is lost', () => {
      const why = s.problems.join('\n');
      for (const [k, f] of Object.entries(set.attrFloor)) expect(s.attrs[k as keyof typeof s.attrs].right, `${k}\n${why}`).toBeGreaterThanOrEqual(f);
    });
  });
}
