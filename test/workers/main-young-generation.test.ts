// speed16 (issue 19, memory): the main thread's young generation stays small while worker threads run
// (src/workers/v8-flags.ts `smallMainYoungGeneration`, src/workers/pool.ts `startWorkers`). Every new V8 isolate
// sets the process-wide semi-space growth factor back to at least 2, so the setting made when pool.ts loads was
// undone as soon as the workers started, and the main thread's new space grew to 32 MB anyway (16 MB on 2,000
// articles, 27 MB resident on 20,000; test/workers/v8-flags.test.ts checks the flag without workers only).
// Checked in child processes (flags are process-wide): the new space after the workers are running and the main
// thread has churned objects (one in ten survives). Before the fix (846418b): 32 MB with the pool, the same as
// the negative case.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pool = fileURLToPath(new URL('../../dist/workers/pool.js', import.meta.url));

/** The main thread's new space (MB) after `start` and a churn; `start` is code run in the child. */
function newSpaceAfter(start: string): number {
  const code = `const { getHeapSpaceStatistics, setFlagsFromString } = await import('node:v8');
    const { Worker } = await import('node:worker_threads');
    const { startWorkers } = await import(${JSON.stringify(pool)});
    let w = null;
    ${start}
    await new Promise((r) => setTimeout(r, 1500));
    const keep = [];
    for (let i = 0; i < 1e6; i++) { const o = { a: i, b: [i] }; if (i % 10 === 0) keep.push(o); if (keep.length > 5e4) keep.length = 0; }
    console.log(getHeapSpaceStatistics().find((x) => x.space_name === 'new_space').space_size / 1048576);
    if (w) await w.destroy();
    process.exit(0);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return Number(r.stdout.trim());
}

describe('the main thread young generation while workers run', () => {
  it('stays small once the pool has started its workers', () => {
    expect(newSpaceAfter('w = startWorkers(2);')).toBeLessThanOrEqual(4);
  });
  it('negative: a worker started outside the pool (no setting again) lets it grow', () => {
    // (pool.ts was loaded, so the factor was 1 before this worker's isolate set it back to 2)
    expect(newSpaceAfter(`new Worker('setTimeout(() => {}, 100)', { eval: true });`)).toBeGreaterThan(4);
  });
});
