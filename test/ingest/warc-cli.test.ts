// WARC input through the whole CLI: summary line and table, --keep-skipped, exit 3 on a truncated file,
// --jobs, --shard by record and merge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const F = 'fixtures/warc';
const tmp = mkdtempSync(join(tmpdir(), 'asn-warc-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('asn-scan on web archives', () => {
  it('reads a .warc.gz: pages become articles with fetch date and offset; skips counted by reason on stderr', async () => {
    const r = await cli(['scan', join(F, 'mixed.warc.gz'), '-f', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    const arts = lines(r.stdout);
    expect(arts).toHaveLength(12);
    expect(arts[0]).toMatchObject({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000003', source: join(F, 'mixed.warc.gz'), status: 'ok',
      url: 'https://kaltengnews.example.id/2024/11/20/asn-katingan-netral', fetched: '2024-11-20T08:30:00Z', offset: 811, partial: false,
    });
    expect(arts[0]!.published).not.toBe('2024-11-20T08:30:00Z');
    expect(arts.filter((a) => a.partial).map((a) => a.url)).toEqual(['https://lomboknews.example.id/terpotong']);
    expect(r.stderr).toContain('15 records skipped (duplicate 2, lang:en 1, lang:ms 1, record:metadata 1, record:request 1, record:revisit 1, record:warcinfo 1, status:3xx 1, status:4xx 1, status:5xx 1, topic 1, type:feed 1, type:image 1, type:pdf 1)');
  });

  it('the summary table counts skips by reason', async () => {
    const r = await cli(['scan', join(F, 'mixed.warc'), '-t', 'summary', '-f', 'csv']);
    expect(r.stdout).toContain('skipped,lang:ms,1,,\n');
    expect(r.stdout).toContain('skipped,record:request,1,,\n');
    expect(r.stdout).toContain('articles,total,12,,\n');
  });

  it('--keep-skipped lists every skipped record with status skipped and the reason', async () => {
    const r = await cli(['scan', join(F, 'mixed.warc.gz'), '-t', 'articles', '-f', 'csv', '--keep-skipped']);
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.split(','));
    const skipped = rows.filter((c) => c[2] === 'skipped').map((c) => c[3]);
    expect(skipped).toEqual(['record:warcinfo', 'record:request', 'duplicate', 'duplicate', 'status:3xx', 'status:4xx', 'status:5xx', 'type:pdf', 'type:image', 'type:feed', 'record:metadata', 'record:revisit', 'lang:ms', 'lang:en', 'topic']);
    expect(rows.filter((c) => c[2] === 'ok')).toHaveLength(12);
    expect(r.stderr).toMatch(/12 articles \(0 failed[;)]/); // copies of one story are noted inside the parentheses (issue 23)
  });

  it('--lang any --topic any opens the gate', async () => {
    const r = await cli(['scan', join(F, 'mixed.warc.gz'), '-f', 'jsonl', '--lang', 'any', '--topic', 'any']);
    expect(lines(r.stdout)).toHaveLength(15);
    expect((await cli(['scan', join(F, 'mixed.warc.gz'), '--lang', 'ms'])).code).toBe(2);
  });

  it('a truncated final gzip member: earlier records kept, the file reported, exit 3', async () => {
    const r = await cli(['scan', join(F, 'truncated.warc.gz'), '-f', 'jsonl']);
    expect(r.code).toBe(3);
    const arts = lines(r.stdout);
    expect(arts.filter((a) => a.status === 'ok')).toHaveLength(12);
    expect(arts.at(-1)).toMatchObject({ status: 'error', source: join(F, 'truncated.warc.gz') });
    expect(r.stderr).toMatch(/asn-scan: fixtures\/warc\/truncated\.warc\.gz: read stopped after 26 records: corrupt or truncated gzip/u);
  });

  it('a file named without a WARC extension is read as one by its magic bytes', async () => {
    const a = await cli(['scan', join(F, 'crawl-00001.dat'), '-f', 'jsonl', '-q']);
    expect(lines(a.stdout).map((x) => x.id)).toEqual(lines((await cli(['scan', join(F, 'mixed.warc.gz'), '-f', 'jsonl', '-q'])).stdout).map((x) => x.id));
  });

  it('--jobs 2 gives the same bytes as --jobs 1', async () => {
    const one = await cli(['scan', join(F, 'mixed.warc.gz'), join(F, 'mixed.warc'), '-f', 'json', '--jobs', '1']);
    const two = await cli(['scan', join(F, 'mixed.warc.gz'), join(F, 'mixed.warc'), '-f', 'json', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--shard by record, then merge, equals one run', async () => {
    const files: string[] = [];
    const ids: unknown[] = [];
    for (let k = 1; k <= 3; k++) {
      const p = join(tmp, `shard-${k}.jsonl`);
      const r = await cli(['scan', join(F, 'mixed.warc.gz'), '--shard', `${k}/3`, '-f', 'jsonl', '-o', p, '--keep-skipped']);
      expect(r.code).toBe(0);
      files.push(p);
    }
    const single = await cli(['scan', join(F, 'mixed.warc.gz'), '-f', 'json', '--keep-skipped']);
    const merged = await cli(['merge', ...files, '-f', 'json']);
    expect(merged.stdout).toBe(single.stdout);
    for (const l of merged.stdout.split('\n')) if (l.startsWith('{"id"')) ids.push(JSON.parse(l.replace(/,$/u, '')).id);
    expect(ids.length).toBeGreaterThan(20);
  });
});
