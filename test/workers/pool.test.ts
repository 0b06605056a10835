// The worker pool for real: piscina threads running dist/workers/worker.js (built by `npm test`'s
// pretest). Output must be identical to one thread, in input order, whatever the scheduling.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, type Source } from '../../src/ingest/discover.js';
import { readSource } from '../../src/ingest/read.js';
import type { RawArticle } from '../../src/model.js';
import type { Input } from '../../src/workers/input.js';
import { processAll, startWorkers } from '../../src/workers/pool.js';

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

  it('files are read where they are processed, with the same results as articles read beforehand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-scan-pool-'));
    try {
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.txt`), i === 7 ? '' : `${texts[i % 5]!}\n\nArtikel ${i}.`);
      writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
      writeFileSync(join(dir, 'c-page.html'), `<html><body><article><p>${texts[0]!.split('\n').join('</p><p>')}</p></article></body></html>`);
      const { sources } = discover([dir]);
      // one removed after discovery: its entry must still come out, in its place, with the reason
      const gone: Source = { ...sources[3]!, path: join(dir, 'gone.txt') };
      const all = [...sources.slice(0, 3), gone, ...sources.slice(3)];
      async function* asFiles(): AsyncGenerator<Input> {
        for (const src of all) yield { file: src };
      }
      async function* asRead(): AsyncGenerator<Input> {
        for (const src of all) for await (const raw of readSource(src)) yield raw;
      }
      const spec = { includeText: true, table: null };
      const run = async (inputs: AsyncIterable<Input>, jobs: number) => {
        const out = [];
        for await (const p of processAll(inputs, { jobs, batchSize: 4, spec })) out.push(p);
        return out;
      };
      const read = await run(asRead(), 1);
      const files = await run(asFiles(), 2);
      expect(files.map((p) => p.line)).toEqual(read.map((p) => p.line));
      expect(files.map((p) => p.record)).toEqual(read.map((p) => p.record));
      expect(files[3]!.record).toMatchObject({ source: gone.path, status: 'error', error: 'no such file' });
      expect(files.find((p) => p.record.source.endsWith('b-binary.txt'))!.record.error).toBe('binary file (not text)');
      expect(files.find((p) => p.record.source.endsWith('a07.txt'))!.record.error).toBe('empty file');
      expect(files.find((p) => p.record.source.endsWith('c-page.html'))!.record.status).toBe('ok');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('uses workers started ahead of time, or shuts them down when the run stays on one thread', async () => {
    const one = await collect(1, 12);
    const spec = { includeText: true, table: 'statements' as const };
    const run = async (jobs: number, workers: ReturnType<typeof startWorkers>) => {
      const out = [];
      for await (const p of processAll(source(12), { jobs, workers, batchSize: 4, spec })) out.push(p);
      return out;
    };
    const early = startWorkers(2)!;
    expect(early.threads.length).toBe(2);
    expect((await run(2, early)).map((p) => p.line)).toEqual(one.map((p) => p.line));
    const unused = startWorkers(2)!;
    expect((await run(1, unused)).map((p) => p.line)).toEqual(one.map((p) => p.line));
    expect(unused.threads.length).toBe(0);
  }, 60_000);
});
