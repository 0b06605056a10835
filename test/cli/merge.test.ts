import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, SEEDS } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'asn-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('--shard and merge', () => {
  it('4 shards cover every article exactly once', async () => {
    const ids: string[] = [];
    for (let k = 1; k <= 4; k++) {
      const r = await cli(['scan', SEEDS, '--shard', `${k}/4`, '-f', 'jsonl']);
      ids.push(...r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id));
    }
    expect(ids.sort()).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it('the summary line counts in the singular and the plural', async () => {
    const one = join(tmp, 'one.jsonl');
    const seed = join(SEEDS, readdirSync(SEEDS).sort()[0]!);
    expect((await cli(['scan', seed, '-f', 'jsonl', '-o', one])).code).toBe(0);
    const r1 = await cli(['merge', one, '-f', 'jsonl']);
    expect(r1.stderr).toMatch(/^asn-scan: merged 1 result: 1 article, \d+ statements?[^,]*, \d+ officials?$/m);
    expect(r1.stderr).not.toMatch(/ 1 (results|articles|officials)\b/);
    const r2 = await cli(['merge', one, one, '-f', 'jsonl']);
    expect(r2.stderr).toMatch(/^asn-scan: merged 2 results: 2 articles/m);
  });

  it.each(['jsonl', 'json'])('4 %s shards merged equal one run, byte for byte', async (fmt) => {
    const files: string[] = [];
    for (let k = 1; k <= 4; k++) {
      const p = join(tmp, `shard-${k}.${fmt}`);
      const r = await cli(['scan', SEEDS, '--shard', `${k}/4`, '-f', fmt, '-o', p]);
      expect(r.code).toBe(0);
      files.push(p);
    }
    const single = await cli(['scan', SEEDS, '-f', 'json']);
    const merged = await cli(['merge', ...files, '-f', 'json']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(single.stdout);
    for (const t of ['officials', 'regions', 'summary', 'statements']) {
      const a = await cli(['scan', SEEDS, '-f', 'csv', '-t', t]);
      const b = await cli(['merge', ...files, '-f', 'csv', '-t', t]);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('merge of an unreadable result is a usage error', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"nope": 1}');
    const r = await cli(['merge', bad, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^asn-scan: .*bad\.json: not an asn-scan JSON result/);
    expect(readFileSync(bad, 'utf8')).toBe('{"nope": 1}');
  });
});
