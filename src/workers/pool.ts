// Runs clean + extract over a stream of inputs (articles, or files to read), on worker threads (piscina)
// when that pays off, and yields finished Articles in INPUT order (a reorder queue), so output bytes never
// depend on thread scheduling. In-flight work is bounded, so memory stays flat however large the corpus.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { unreadFile } from '../ingest/read.js';
import { type Input, readInput } from './input.js';
import { fromWire, type Processed, render, type RenderSpec, type WireBatch } from '../report/render.js';
import { regexpsToNativeCode, smallMainYoungGeneration } from './v8-flags.js';

// Set before any worker starts or any article is processed here (see v8-flags.ts).
regexpsToNativeCode();
// This thread's young generation stays small while workers run (see v8-flags.ts): set back by processAll.
smallMainYoungGeneration(true);

// The pipeline itself (cheerio, lexicons, gazetteer) is imported lazily: with worker threads, the main
// thread only lists inputs, folds records and writes, and never pays for it in start-up time or memory.
const pipeline = () => import('../pipeline.js');

export interface PoolOptions {
  jobs: number;
  /** Worker threads already started (see `startWorkers`); used when jobs > 1, else destroyed. */
  workers?: Workers | null;
  timings?: boolean;
  /** `--html-selector`, passed to every article's processing. */
  htmlSelector?: string | null;
  /** Articles per task: amortises the message-passing cost. */
  batchSize?: number;
  spec: RenderSpec;
}

/** The compiled worker file. Under vitest (running src/*.ts) it is dist/workers/worker.js, built by `npm test`'s pretest. */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  const candidates = here.endsWith('.ts')
    ? [fileURLToPath(new URL('../../dist/workers/worker.js', import.meta.url))]
    : [fileURLToPath(new URL('./worker.js', import.meta.url))];
  return candidates.find((p) => existsSync(p)) ?? null;
}

type Job = Promise<Processed[]>;

/** Started worker threads: a piscina pool running dist/workers/worker.js. */
export type Workers = import('piscina').Piscina;

/**
 * Starts `jobs` worker threads, or returns null when there is no compiled worker file. Synchronous, so a caller
 * can start them in the middle of other synchronous work (the folder walk): each thread then loads the pipeline
 * on its own core while the caller goes on. piscina itself is loaded only here, so a run on the main thread
 * alone never pays for it (its ESM entry wraps this same CommonJS module).
 */
export function startWorkers(jobs: number): Workers | null {
  const file = workerFile();
  if (!file) return null;
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const pool = new Piscina({
    filename: file,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A second task waits in each worker's queue, so a worker that finishes a batch starts the next at
    // once instead of idling until the (busy) main thread posts one: ~4% of worker time on 2 cores.
    concurrentTasksPerWorker: 2,
    // On a machine with plenty of RAM, V8 sizes each isolate's young generation generously and collects
    // lazily: three isolates reached ~430 MB RSS on 20,000 articles. The young generation is capped
    // instead. Measured on 20,000 articles, 2 workers, peak RSS / time: 24 MB → 305–340 MB, 9.5–10.2 s;
    // 32 MB → 315–345 MB, 3–5% faster (fewer scavenges, each costing about the same); 64 MB → 385 MB,
    // no faster. Per-article garbage dies young, so a bigger one only holds more of it.
    // Round 11: with the pipeline grown (more rules and lexicons: 40 MB of regex code and 45 MB of old
    // space per worker), 32 MB put the run at 376–443 MB; 16 MB (a 16 MB new space, all of it resident),
    // with the main thread's kept small (v8-flags.ts): 340–367 MB against 376–433 MB side by side, user
    // CPU within 0.3% (20,000 articles, 4 pairs, see src/text/fast/README.md).
    // The old-generation cap only bounds a pathological article: its batch fails, the run goes on.
    resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 },
  });
  // Every new isolate sets V8's semi-space growth factor back to at least 2 (V8's heap set-up raises the
  // process-wide flag), so the setting made at this module's load was undone by the workers' own start and the
  // main thread's new space still grew to 32 MB (measured, round 16: 16 MB on 2,000 articles, 27 MB resident
  // on 20,000). It is set again once each worker is running (its isolate made; `online`), and once more when
  // piscina replaces a worker (`workerCreate`, emitted when the replacement is ready; for the first workers it
  // comes in a microtask, before they run). Neither event comes once `destroy()` has resolved, so processAll's
  // setting back (after it) stands.
  for (const t of pool.threads) t.once('online', () => smallMainYoungGeneration(true));
  let first = true;
  queueMicrotask(() => (first = false));
  pool.on('workerCreate', () => {
    if (!first) smallMainYoungGeneration(true);
  });
  return pool;
}

export async function* processAll(inputs: AsyncIterable<Input>, opts: PoolOptions): AsyncGenerator<Processed> {
  const batchSize = opts.batchSize ?? 16;
  const timings = opts.timings ?? false;
  const htmlSelector = opts.htmlSelector ?? null;
  let pool = opts.workers ?? null;
  if (opts.jobs > 1) pool ??= startWorkers(opts.jobs);
  else if (pool) {
    await pool.destroy();
    pool = null;
  }
  if (!pool) {
    smallMainYoungGeneration(false); // this thread does the work: V8's own sizing
    const { processArticle } = await pipeline();
    for await (const x of inputs) yield render(processArticle(readInput(x), { timings, htmlSelector }), opts.spec);
    return;
  }
  const workers = pool;
  const maxInFlight = opts.jobs * 4;
  const queue: Job[] = [];
  const run = (batch: Input[]): Job => (workers.run({ batch, timings, htmlSelector, spec: opts.spec }) as Promise<WireBatch>).then(fromWire);
  const failedItem = async (x: Input, e: unknown): Promise<Processed> => {
    const { processArticle } = await pipeline();
    const raw = 'file' in x ? unreadFile(x.file) : x;
    return render(processArticle({ ...raw, text: null, html: null, error: `worker failed: ${(e as Error).message}` }), opts.spec);
  };
  // A worker that dies (out of memory on a pathological article, a native fault) takes its whole batch with
  // it: retry the batch one article at a time, so only the culprit is reported, whatever --jobs is.
  const submit = (batch: Input[]): Job =>
    run(batch).catch(() => Promise.all(batch.map((x) => run([x]).then((r) => r[0]!, (e: unknown) => failedItem(x, e)))));
  try {
    let batch: Input[] = [];
    for await (const x of inputs) {
      batch.push(x);
      if (batch.length >= batchSize) {
        queue.push(submit(batch));
        batch = [];
        while (queue.length >= maxInFlight) for (const a of await queue.shift()!) yield a;
      }
    }
    if (batch.length) queue.push(submit(batch));
    while (queue.length) for (const a of await queue.shift()!) yield a;
  } finally {
    await workers.destroy();
    smallMainYoungGeneration(false); // the workers' memory is gone: the corpus finish may grow it
  }
}
