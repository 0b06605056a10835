// The V8 setting the pool applies (src/workers/v8-flags.ts): regexes compile straight to native code. Checked
// with V8's own trace in a child process (flags are process-wide): with the setting, no regex waits for a
// tier-up; without it (the negative case), V8's default does. The CLI's output does not depend on it (a
// compilation strategy only): the golden and pool tests run with it set.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const flags = fileURLToPath(new URL('../../dist/workers/v8-flags.js', import.meta.url));

function trace(apply: boolean): string {
  const code = `${apply ? `(await import(${JSON.stringify(flags)})).regexpsToNativeCode();` : ''}
    const re = new RegExp('(?:bupati|wali ?kota)\\\\s+\\\\p{Lu}\\\\p{L}+', 'u');
    console.log(re.test('kata bupati Sugito'), re.test('kata walikota Budi'), re.test('tidak ada'));`;
  const r = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('regexpsToNativeCode', () => {
  it.each([
    [true, false],
    [false, true],
  ])('applied %s: a regex waits for tier-up: %s (and matches the same)', (apply, tierUp) => {
    const out = trace(apply);
    expect(out).toContain('true true false');
    expect(/needs tier-up compilation/.test(out)).toBe(tierUp);
  });
});

// smallMainYoungGeneration: the main thread's new space stays at V8's start size (1 MB semi-spaces, 2 MB)
// while it is set, and grows again (up to 32 MB) once set back; without it (the negative case) it grows.
// Measured in a child process (flags are process-wide) after churning objects of which one in ten survives.
function newSpaceMb(steps: Array<'small' | 'default' | 'churn'>): number[] {
  const code = `const { smallMainYoungGeneration } = await import(${JSON.stringify(flags)});
    const { getHeapSpaceStatistics } = await import('node:v8');
    const out = [];
    for (const s of ${JSON.stringify(steps)}) {
      if (s === 'small') smallMainYoungGeneration(true);
      else if (s === 'default') smallMainYoungGeneration(false);
      else {
        const keep = [];
        for (let i = 0; i < 1e6; i++) { const o = { a: i, b: [i] }; if (i % 10 === 0) keep.push(o); if (keep.length > 5e4) keep.length = 0; }
        out.push(getHeapSpaceStatistics().find((x) => x.space_name === 'new_space').space_size / 1048576);
      }
    }
    console.log(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as number[];
}

describe('smallMainYoungGeneration', () => {
  it('keeps the new space at 2 MB while set, lets it grow once set back', () => {
    const [small, back] = newSpaceMb(['small', 'churn', 'default', 'churn']);
    expect(small).toBeLessThanOrEqual(2);
    expect(back).toBeGreaterThan(2);
  });
  it('negative: without it the new space grows', () => {
    const [grown] = newSpaceMb(['churn']);
    expect(grown).toBeGreaterThan(2);
  });
});
