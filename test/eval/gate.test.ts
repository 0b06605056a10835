// The eval gate: quality on the seeds and on the HTML benchmark must stay at or above pinned floors
// (test/eval/floors.json). It runs the real binary, exactly as the product's scorers do.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const floors = JSON.parse(readFileSync('test/eval/floors.json', 'utf8')) as {
  seeds: Record<string, number>;
  ratios: Record<string, number>;
  html: { f1: number };
};

describe('eval gate', () => {
  const out = execFileSync(process.execPath, ['fixtures/eval/score.mjs', '--gold', 'fixtures/eval/seeds.gold.json', '--articles', 'fixtures/seeds', '--json'], { encoding: 'utf8' });
  const score = JSON.parse(out) as { fields: Record<string, { f: number }>; ratios: Record<string, number | null>; problems: string[] };

  it.each(Object.entries(floors.seeds))('seeds: %s F1 ≥ %s', (field, floor) => {
    expect(score.fields[field]?.f ?? 0, score.problems.join('\n')).toBeGreaterThanOrEqual(floor);
  });
  it.each(Object.entries(floors.ratios))('seeds: %s ≥ %s', (field, floor) => {
    expect(score.ratios[field] ?? 0, score.problems.join('\n')).toBeGreaterThanOrEqual(floor);
  });

  it(`html main text: F1 ≥ ${floors.html.f1}`, () => {
    const o = execFileSync(process.execPath, ['fixtures/html-bench/score-html.mjs', '--pages', 'fixtures/html-bench/dev', '--truth', 'fixtures/html-bench/ground-truth.dev.json'], { encoding: 'utf8' });
    const m = /F1 ([\d.]+)/.exec(o);
    expect(Number(m?.[1] ?? 0), o).toBeGreaterThanOrEqual(floors.html.f1);
  }, 120_000);
});
