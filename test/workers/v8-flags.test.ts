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
