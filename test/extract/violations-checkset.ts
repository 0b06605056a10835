// Scorer for the blind violation-count check sets (fixtures/violations/check, check2): per article, the tool's
// counts folded to their distinct values against the distinct claims a careful reader annotated.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';

interface GoldClaim {
  value?: number;
  range?: [number, number];
  qualifier: string;
}
export interface CheckScore { p: number; r: number; qualifiers: number; tool: number; gold: number; found: number; problems: string[] }

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
  for (const [file, g] of Object.entries(gold.articles)) {
    const text = readFileSync(fileURLToPath(new URL(file, dir)), 'utf8');
    const raw: RawArticle = { id: file, source: file, line: null, format: 'text', text, html: null, title: null, url: null, published: null, error: null };
    const a = processArticle(raw);
    const byValue = new Map<number, string>();
    for (const v of a.violations) if (!byValue.has(v.value)) byValue.set(v.value, v.qualifier);
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
    }
    for (const v of byValue.keys())
      if (!used.has(v)) problems.push(`${file}: count not expected: ${v}${g.forbiddenValues.includes(v) ? ' (listed as not a count)' : ''}`);
  }
  return { p: found / Math.max(1, tool), r: found / Math.max(1, goldN), qualifiers: qualOk / Math.max(1, found), tool, gold: goldN, found, problems };
}

