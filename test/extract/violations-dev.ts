// Scorer for the violation-count development set (fixtures/violations/dev, issue 22): each article runs through
// the whole pipeline (clean, dates, regions, counts) as the CLI runs it, and its counts are matched one-to-one
// against the gold DISTINCT claims. A claim matches when value, qualifier and range upper bound agree (a right
// number with the wrong qualifier — a forecast read as a count, a bound read as exact — is a miss and a false
// positive). Precision = matched / reported, recall = matched / gold. Attributes (unit class, reporter,
// election and year, parent, scope, region) are scored on the matched pairs only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import type { ViolationCount } from '../../src/model.js';

export interface GoldClaim {
  value: number;
  upper?: number;
  qualifier: string;
  unit: string;
  scope: 'neutrality' | 'all';
  reporter: string | null;
  election: string | null;
  year: number | null;
  parent: number | null;
  region?: string;
}

export type Split = 'tune' | 'heldout' | 'tune2' | 'blind3' | 'tune4' | 'heldout4' | 'blind5' | 'tune6' | 'heldout6' | 'blind7' | 'blind8' | 'tune9' | 'heldout9' | 'blind10';
const dir = new URL('../../fixtures/violations/dev/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8')) as { articles: Record<string, { claims: GoldClaim[] }> };

/** What the scorer reads from a count; fields the model may lack are read as null. */
interface Got {
  value: number;
  upper: number | null;
  qualifier: string;
  unit: string;
  scope: string | null;
  reporter: string | null;
  election: string | null;
  year: number | null;
  parent: number | null;
  region: string | null;
  text: string;
}

function got(v: ViolationCount): Got {
  const r = v as ViolationCount & Record<string, unknown>;
  const parent = r['parent'] as { value: number } | null | undefined;
  const region = r['region'] as { name: string } | null | undefined;
  return {
    value: v.value,
    upper: (r['upper'] as number | null | undefined) ?? null,
    qualifier: v.qualifier,
    unit: v.unit,
    scope: (r['scope'] as string | null | undefined) ?? null,
    reporter: v.reporter,
    election: v.election,
    year: v.year,
    parent: parent?.value ?? null,
    region: region?.name ?? null,
    text: v.text,
  };
}

export interface Attr {
  right: number;
  total: number;
}
export interface Score {
  articles: number;
  gold: number;
  reported: number;
  matched: number;
  precision: number;
  recall: number;
  attrs: Record<'reporter' | 'election' | 'parent' | 'scope' | 'region', Attr>;
  /** Per-article misses and false positives (read only for the tuning split). */
  problems: string[];
}

export function countsOf(text: string, id = 'dev'): ViolationCount[] {
  const a = processArticle({ id, source: id, line: null, format: 'text', text, html: null, title: null, url: null, published: null });
  return a.violations;
}

/** What a table case may pin of one claim: the value, and any of the attributes a user sees. */
/** A row of a paradigm table of counts: every value that must be there with its parent's value, and values that
 *  must not be reported (violations-items12, violations-structures13). */
export interface ParadigmRow {
  name: string;
  text: string;
  /** value → parent value (null: a whole) for every count that must be there. */
  want: [number, number | null][];
  /** values that must not be reported. */
  not?: number[];
}

/** Each count of `text` as [value, its parent's value or null]. */
export const valuesWithParents = (text: string): [number, number | null][] =>
  countsOf(text).map((v) => [v.value, v.parent?.value ?? null] as [number, number | null]);

export interface ClaimWant {
  value: number;
  qualifier?: string;
  unit?: string;
  scope?: string;
  election?: string | null;
  year?: number | null;
  parent?: number | null;
  reporter?: string | null;
  region?: string | null;
}

/** Runs `text` through the pipeline and checks its claims, in order, against `want` (only the fields given). */
export function expectClaims(text: string, want: ClaimWant[]): void {
  const got = countsOf(text).map((v) => ({
    value: v.value,
    qualifier: v.qualifier,
    unit: v.unit,
    scope: v.scope,
    election: v.election,
    year: v.year,
    parent: v.parent?.value ?? null,
    reporter: v.reporter,
    region: v.region?.name ?? null,
  }));
  expect(got.map((g) => g.value)).toEqual(want.map((w) => w.value));
  want.forEach((w, i) => expect(got[i]).toMatchObject(w));
}

export function scoreSplit(split: Split): Score {
  return scoreGold(dir, gold, split);
}

/** The split `split` (a folder of `dir`) of another development set written in the same gold format:
 *  fixtures/violations/<set>/expected.json. */
export function scoreSet(set: string, split: string): Score {
  const d = new URL(`../../fixtures/violations/${set}/`, import.meta.url);
  const g = JSON.parse(readFileSync(new URL('expected.json', d), 'utf8')) as { articles: Record<string, { claims: GoldClaim[] }> };
  return scoreGold(d, g, split);
}

function scoreGold(dir: URL, gold: { articles: Record<string, { claims: GoldClaim[] }> }, split: string): Score {
  const s: Score = {
    articles: 0, gold: 0, reported: 0, matched: 0, precision: 0, recall: 0, problems: [],
    attrs: { reporter: { right: 0, total: 0 }, election: { right: 0, total: 0 }, parent: { right: 0, total: 0 }, scope: { right: 0, total: 0 }, region: { right: 0, total: 0 } },
  };
  for (const [file, { claims }] of Object.entries(gold.articles)) {
    if (!file.startsWith(`${split}/`)) continue;
    s.articles++;
    const out = countsOf(readFileSync(new URL(file, dir), 'utf8'), file).map(got);
    s.gold += claims.length;
    s.reported += out.length;
    const used = new Set<number>();
    for (const g of claims) {
      const i = out.findIndex((o, k) => !used.has(k) && o.value === g.value && o.qualifier === g.qualifier && o.upper === (g.upper ?? null));
      if (i < 0) {
        s.problems.push(`${file}: missed ${g.value}${g.upper ? `-${g.upper}` : ''} ${g.qualifier} ${g.unit}`);
        continue;
      }
      used.add(i);
      s.matched++;
      const o = out[i]!;
      const attr = (k: keyof Score['attrs'], ok: boolean, what: string) => {
        s.attrs[k].total++;
        if (ok) s.attrs[k].right++;
        else s.problems.push(`${file}: ${g.value} ${k} ${what}`);
      };
      attr('reporter', o.reporter === g.reporter, `${o.reporter} ≠ ${g.reporter}`);
      attr('election', o.election === g.election && o.year === g.year, `${o.election} ${o.year} ≠ ${g.election} ${g.year}`);
      attr('parent', o.parent === g.parent, `${o.parent} ≠ ${g.parent}`);
      attr('scope', o.scope === g.scope, `${o.scope} ≠ ${g.scope}`);
      if (g.region !== undefined) attr('region', o.region === g.region, `${o.region} ≠ ${g.region}`);
    }
    out.forEach((o, k) => {
      if (!used.has(k)) s.problems.push(`${file}: extra ${o.value} ${o.qualifier} ${o.unit} ${JSON.stringify(o.text)}`);
    });
  }
  s.precision = s.reported === 0 ? 1 : s.matched / s.reported;
  s.recall = s.gold === 0 ? 1 : s.matched / s.gold;
  return s;
}

export const ratio = (a: Attr): number => (a.total === 0 ? 1 : a.right / a.total);

/** The floors of a development set's splits (raise them when quality improves; never lower one to let a change pass). */
/** One split's figures on one line: sizes, precision and recall, and each attribute's share right. */
export function scoreLine(split: string, s: Score): string {
  return `${split}: ${s.articles} articles, gold ${s.gold}, reported ${s.reported}, matched ${s.matched}; ` +
    `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}; ` +
    Object.entries(s.attrs).map(([k, a]) => `${k} ${ratio(a).toFixed(2)} (${a.right}/${a.total})`).join(', ');
}

export type SetFloors = Record<'tune' | 'heldout', { precision: number; recall: number }>;

/** The test of a development set written in the gold format of fixtures/violations/dev (fixtures/violations/<set>/
 *  expected.json, splits tune/ and heldout/): each split's precision and recall at or above its floor. With
 *  COUNTS_DEV_VERBOSE set, prints each split's figures, and the per-article detail of the tuning split only (the
 *  held-out split is read as figures only). */
export function describeCountsSet(set: string, floors: SetFloors): void {
  describe(`violation counts on the ${set} development set`, () => {
    it.each(['tune', 'heldout'] as const)('%s split: claims precision and recall at or above their floors', (split) => {
      const s = scoreSet(set, split);
      const line = scoreLine(split, s);
      if (process.env['COUNTS_DEV_VERBOSE']) {
        process.stderr.write(`${line}\n`);
        if (split === 'tune') for (const p of s.problems) process.stderr.write(`  ${p}\n`);
      }
      expect(s.precision).toBeGreaterThanOrEqual(floors[split].precision);
      expect(s.recall).toBeGreaterThanOrEqual(floors[split].recall);
    });
  });
}
