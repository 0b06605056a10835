// Scorer for the regions development set (fixtures/regions/dev.jsonl): short texts written for this set, each
// with the codes a reader resolves (`want`) and the codes that would be wrong (`not`). Scored through the
// cleaner and the extractors, as a user runs them.
import { readFileSync } from 'node:fs';
import type { RawArticle } from '../../src/model.js';
import { processArticle } from '../../src/pipeline.js';

interface Case {
  split: 'tune' | 'held';
  text: string;
  want: string[];
  not: string[];
}

/** The cases of one set file (JSONL: split, text, want, not). */
export function readCases(path: string): Case[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Case);
}

export const CASES: readonly Case[] = readCases('fixtures/regions/dev.jsonl');

export interface RegionScore {
  found: number;
  wanted: number;
  wrong: number;
  misses: string[];
  /** articles with every wanted code and no wrong one */
  perfect: number;
  articles: number;
}

export function scoreRegions(split: Case['split'], cases: readonly Case[] = CASES): RegionScore {
  const s: RegionScore = { found: 0, wanted: 0, wrong: 0, misses: [], perfect: 0, articles: 0 };
  cases.forEach((c, i) => {
    if (c.split !== split) return;
    const raw: RawArticle = {
      id: `r${i}`, source: `r${i}`, line: null, format: 'text', text: c.text, html: null, title: null, url: null, published: null, error: null,
    };
    const a = processArticle(raw);
    const got = new Set(a.regions.map((r) => r.code));
    const before = s.misses.length;
    s.articles++;
    for (const w of c.want) {
      s.wanted++;
      if (got.has(w)) s.found++;
      else s.misses.push(`${i}: missed ${w}`);
    }
    for (const n of c.not) {
      if (got.has(n)) {
        s.wrong++;
        s.misses.push(`${i}: wrong ${n}`);
      }
    }
    if (s.misses.length === before) s.perfect++;
  });
  return s;
}
