// The "Scaling out" recipes in the README, run for real: GNU parallel over shards, then merge; and the
// JSONL pipe contract that Spark's RDD.pipe, Hadoop Streaming and `parallel --pipe` rely on.
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, SEEDS } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'asn-scale-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bin = `node ${join(process.cwd(), 'bin', 'asn-scan.js')}`;
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe('scaling out', () => {
  it.skipIf(!hasParallel)('GNU parallel over 4 shards, then merge, equals one run', () => {
    execSync(`parallel -j 4 '${bin} ${SEEDS} --shard {}/4 --jobs 1 -f jsonl -q -o ${tmp}/shard-{}.jsonl' ::: 1 2 3 4`);
    execSync(`${bin} merge ${tmp}/shard-*.jsonl -q -o ${tmp}/merged/`);
    const single = execSync(`${bin} ${SEEDS} -f json -q`, { encoding: 'utf8' });
    expect(readFileSync(join(tmp, 'merged', 'results.json'), 'utf8')).toBe(single);
  });

  it('xargs -P over shards works the same without GNU parallel', () => {
    execSync(`printf '1\\n2\\n3\\n' | xargs -P 3 -I{} sh -c '${bin} ${SEEDS} --shard {}/3 --jobs 1 -f jsonl -q -o ${tmp}/x-{}.jsonl'`);
    const n = readdirSync(tmp).filter((f) => f.startsWith('x-')).map((f) => readFileSync(join(tmp, f), 'utf8').trim().split('\n').filter(Boolean).length);
    expect(n.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('JSONL on stdin gives JSONL on stdout, one line per record, in order', async () => {
    const seeds = readdirSync(SEEDS).sort();
    const input = seeds.map((f, i) => JSON.stringify({ id: `r${i}`, text: readFileSync(join(SEEDS, f), 'utf8') })).join('\n');
    writeFileSync(join(tmp, 'in.jsonl'), `${input}\n`);
    const r = await cli(['-', '-f', 'jsonl', '--jobs', '2'], { stdin: `${input}\n` });
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(seeds.map((_, i) => `r${i}`));
    // an empty partition gives empty output
    const empty = await cli(['-', '-f', 'jsonl'], { stdin: '' });
    expect(empty.stdout).toBe('');
    expect(empty.code).toBe(0);
  });

  it.skipIf(!hasParallel)('parallel --pipe keeps the line-for-line contract', () => {
    const out = execSync(`parallel --pipe -N 2 --keep-order '${bin} - -f jsonl -q --jobs 1' < ${tmp}/in.jsonl`, { encoding: 'utf8' });
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });
});
