#!/usr/bin/env node
// `npm run eval`: the eval gate outside vitest. Scores the seeds (fixtures/eval/score.mjs) and the HTML
// benchmark split (fixtures/html-bench/score-html.mjs) with the built binary, prints every figure beside
// its pinned floor (test/eval/floors.json), and exits 1 when any figure is below its floor. The same
// floors fail `npm test` through test/eval/gate.test.ts; this script is the readable view of them. It then runs
// the development and check sets listed in floors.json `devSets` (each pins its floors in its own test file,
// beside its blind first score) and lists every check.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const floors = JSON.parse(readFileSync('test/eval/floors.json', 'utf8'));
const node = process.execPath;

const seeds = JSON.parse(
  execFileSync(node, ['fixtures/eval/score.mjs', '--gold', 'fixtures/eval/seeds.gold.json', '--articles', 'fixtures/seeds', '--json'], {
    encoding: 'utf8',
  }),
);
const html = execFileSync(
  node,
  ['fixtures/html-bench/score-html.mjs', '--pages', 'fixtures/html-bench/dev', '--truth', 'fixtures/html-bench/ground-truth.dev.json'],
  { encoding: 'utf8' },
);
const htmlF1 = Number(/F1 ([\d.]+)/.exec(html)?.[1] ?? 0);

const rows = [
  ...Object.entries(floors.seeds).map(([k, floor]) => [`seeds ${k} F1`, seeds.fields[k]?.f ?? 0, floor]),
  ...Object.entries(floors.ratios).map(([k, floor]) => [`seeds ${k}`, seeds.ratios[k] ?? 0, floor]),
  ['html main text F1', htmlF1, floors.html.f1],
];
let failed = 0;
for (const [name, value, floor] of rows) {
  const ok = value >= floor;
  if (!ok) failed++;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(28)} ${value.toFixed(3)}  (floor ${floor.toFixed(3)})\n`);
}
for (const p of seeds.problems ?? []) process.stdout.write(`  - ${p}\n`);

// The development and check sets pin their floors in their own test files; run them and list each check.
const files = floors.devSets?.files ?? [];
if (files.length) {
  let report;
  try {
    report = execFileSync(node, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    report = e.stdout ?? '';
  }
  let parsed = null;
  try {
    parsed = JSON.parse(report);
  } catch {
    failed++;
    process.stdout.write('FAIL  development sets: vitest gave no readable report\n');
  }
  for (const file of parsed?.testResults ?? []) {
    const rel = file.name.slice(file.name.indexOf('test/'));
    for (const t of file.assertionResults) {
      const ok = t.status === 'passed';
      if (!ok && t.status !== 'skipped') failed++;
      process.stdout.write(`${ok ? 'ok  ' : t.status === 'skipped' ? 'skip' : 'FAIL'}  ${rel}: ${t.title}\n`);
    }
  }
}
process.stdout.write(failed ? `eval: ${failed} figure(s) below their floor\n` : 'eval: every figure at or above its floor\n');
process.exitCode = failed ? 1 : 0;
