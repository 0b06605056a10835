// The worker pool for real: piscina threads running dist/workers/worker.js (built by `npm test`'s
// pretest). Output must be identical to one thread, in input order, whatever the scheduling.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/model.js';
import { processAll } from '../../src/workers/pool.js';

const SEEDS = 'fixtures/seeds';
const texts = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const raw = (i: number): RawArticle => ({
  id: `a${i}`, source: `s${String(i).padStart(3, '0')}.txt`, line: null, format: 'text',
  // vary sizes so batches finish out of order
  text: i % 7 === 0 ? texts[i % 5]!.repeat(20) : texts[i % 5]!, html: null, title: null, url: null, published: null,
  error: i === 13 ? 'binary file (not text)' : null,
});

async function* source(n: number): AsyncGenerator<RawArticle> {
  for (let i = 0; i < n; i++) yield raw(i);
}

async function collect(jobs: number, n: number) {
  const out = [];
  for await (const p of processAll(source(n), { jobs, batchSize: 4, spec: { includeText: true, table: 'statements' } })) out.push(p);
  return out;
}

describe('worker pool', () => {
  it('2 threads give the same lines, rows and records as 1, in input order', async () => {
    const one = await collect(1, 60);
    const two = await collect(2, 60);
    expect(two.map((p) => p.record.id)).toEqual(Array.from({ length: 60 }, (_, i) => `a${i}`));
    expect(two.map((p) => p.line)).toEqual(one.map((p) => p.line));
    expect(two.map((p) => p.rows)).toEqual(one.map((p) => p.rows));
    expect(two.map((p) => p.record)).toEqual(one.map((p) => p.record));
  }, 60_000);

  it('a failed input stays in its place with its reason', async () => {
    const two = await collect(2, 20);
    expect(two[13]!.record).toMatchObject({ id: 'a13', status: 'error', error: 'binary file (not text)' });
    expect(two[14]!.record.status).toBe('ok');
  }, 60_000);
});
