// Distinct claims: the same figure (value, qualifier, unit group, election, year, reporter, reporter level and
// region, range end and the region the figure is for) cited by many articles is ONE claim — "5 kasus" in one
// article and "5 pelanggaran" in another are one figure restated in other words (the unit group, case or person,
// decides: lexicon/violations.ts `unitGroup`); the row keeps the unit of its first citation, with the number of articles citing it, the first and last
// publication date and the article ids. Corpus summaries of violation figures count claims, never count
// rows, and never add a bound (`at_most`, `at_least`) or an approximation to an exact value.
//
// "Count distinct X" lives here once: `claimKey` decides what is the same figure, `ClaimFold.add` what
// counts as one more citation (an article; story clustering may later count stories instead, in that one
// place), and `claimSummary` is the only code that groups claims.
import type { Qualifier, RegionRef, ReporterLevel, ViolationCount } from '../model.js';
import { unitGroup } from '../lexicon/violations.js';
import { shortHash } from '../util/hash.js';

/** What the fold needs from one count (see record.ts). */
export type ClaimInput = Pick<ViolationCount, 'value' | 'qualifier' | 'unit' | 'election' | 'year' | 'reporter'> & {
  reporterLevel?: ReporterLevel | null;
  reporterRegion?: RegionRef | null;
  sourceId?: string | null;
  upper?: number | null;
  region?: RegionRef | null;
};

export interface ClaimRow {
  id: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  election: string | null;
  year: number | null;
  reporter: string | null;
  reporterLevel: ReporterLevel | null;
  regionCode: string | null;
  regionName: string | null;
  /** Articles citing the figure. */
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Sorted. */
  articleIds: string[];
  /** Speakers or officials the figure came from (article-level keys until `finish` maps them), sorted. */
  sourceIds: string[];
  /** Upper end of a range, and the region the figure is for (per-region breakdowns), else null. */
  upper: number | null;
  countRegionCode: string | null;
  countRegionName: string | null;
}

/** The identity of a figure: equal keys are one claim. */
export function claimKey(v: ClaimInput): string {
  return JSON.stringify([
    v.value, v.qualifier, unitGroup(v.unit), v.election ?? null, v.year ?? null, v.reporter ?? null, v.reporterLevel ?? null, v.reporterRegion?.code ?? null,
    v.upper ?? null, v.region?.code ?? null,
  ]);
}

/** Content-derived claim id (`violations.claim_id` → `claims.id`). */
export function claimId(v: ClaimInput): string {
  return `c_${shortHash(claimKey(v), 12)}`;
}

interface ClaimAcc {
  row: ClaimRow;
  lastSeq: number;
  sources: Set<string>;
}

export class ClaimFold {
  private claims = new Map<string, ClaimAcc>();
  private seq = 0;

  /** One article's counts (the extractor already reports a figure once per article). */
  add(articleId: string, date: string | null, counts: readonly ClaimInput[]): void {
    const seq = ++this.seq;
    for (const v of counts) {
      const key = claimKey(v);
      let c = this.claims.get(key);
      if (!c) {
        c = {
          row: {
            id: `c_${shortHash(key, 12)}`, value: v.value, qualifier: v.qualifier, unit: v.unit, election: v.election ?? null, year: v.year ?? null,
            reporter: v.reporter ?? null, reporterLevel: v.reporterLevel ?? null, regionCode: v.reporterRegion?.code ?? null,
            regionName: v.reporterRegion?.name ?? null, articles: 0, firstDate: null, lastDate: null, articleIds: [], sourceIds: [],
            upper: v.upper ?? null, countRegionCode: v.region?.code ?? null, countRegionName: v.region?.name ?? null,
          },
          lastSeq: 0,
          sources: new Set(),
        };
        this.claims.set(key, c);
      }
      if (v.sourceId) c.sources.add(v.sourceId);
      if (c.lastSeq === seq) continue; // the same figure twice in one article is one citation
      c.lastSeq = seq;
      const r = c.row;
      r.articles++;
      r.articleIds.push(articleId);
      if (date) {
        if (r.firstDate === null || date < r.firstDate) r.firstDate = date;
        if (r.lastDate === null || date > r.lastDate) r.lastDate = date;
      }
    }
  }

  /** The claims, most cited first; source keys mapped to corpus ids. Order never depends on arrival. */
  finish(ids: ReadonlyMap<string, string>): ClaimRow[] {
    const out: ClaimRow[] = [];
    for (const c of this.claims.values()) {
      const sourceIds = [...new Set([...c.sources].map((k) => ids.get(k) ?? k))].sort();
      out.push({ ...c.row, articleIds: [...c.row.articleIds].sort(), sourceIds });
    }
    return out.sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

export interface ClaimTally {
  /** Distinct claims in the group. */
  claims: number;
  /** Of which exact values. */
  exactClaims: number;
  /** Sum of the exact claims' values: bounds and approximations are never added in. */
  exactValueSum: number;
}

/** Claims grouped by `keyOf`, sorted by key: the one place claims are counted. */
export function claimSummary(claims: readonly ClaimRow[], keyOf: (c: ClaimRow) => string): Record<string, ClaimTally> {
  const out: Record<string, ClaimTally> = {};
  for (const c of claims) {
    const t = (out[keyOf(c)] ??= { claims: 0, exactClaims: 0, exactValueSum: 0 });
    t.claims++;
    if (c.qualifier === 'exact') {
      t.exactClaims++;
      t.exactValueSum += c.value;
    }
  }
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}

export const electionKey = (c: { election: string | null; year: number | null }): string => `${c.election ?? '(unknown)'}${c.year ? ` ${c.year}` : ''}`;
export const reporterKey = (c: { reporter: string | null }): string => c.reporter ?? '(unknown)';
