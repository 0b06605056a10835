// Regressions for defects found in review: each case failed before its fix.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { cli, SEEDS } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'asn-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seed = (f: string) => readFileSync(join(SEEDS, f), 'utf8');
const SEED0 = '000_79a728709b280e4b.txt';
const bin = join(process.cwd(), 'bin', 'asn-scan.js');

/** stdin delivered in small chunks, the way a slow pipe does. */
async function cliChunked(argv: string[], input: Buffer, size: number) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += size) chunks.push(input.subarray(i, i + size));
  const stdout = new PassThrough();
  const out: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  const code = await run(argv, {
    stdin: Readable.from(chunks), stdout, stderr: new PassThrough(), env: {}, stdoutIsTTY: false, stderrIsTTY: false, columns: 80,
  });
  return { code, stdout: Buffer.concat(out).toString('utf8') };
}

describe('stdin JSONL sniffing', () => {
  it('a first record longer than 4 KB, arriving in 100-byte chunks, is still JSONL: one line out per record', async () => {
    const input = Buffer.from(`${JSON.stringify({ id: 'a', text: seed(SEED0).repeat(3) })}\n${JSON.stringify({ id: 'b', text: 'Bupati Lombok Timur mengingatkan ASN agar netral.' })}\n`);
    expect(input.length).toBeGreaterThan(4096);
    const r = await cliChunked(['-', '-f', 'jsonl', '--jobs', '1'], input, 100);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
  });

  it('plain text on stdin is one article', async () => {
    const r = await cliChunked(['-', '-f', 'jsonl', '--jobs', '1'], Buffer.from(seed(SEED0)), 64);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).id).toBe('-');
  });
});

describe('JSONL records', () => {
  it('a windows-1252 line among UTF-8 ones decodes as windows-1252', async () => {
    const p = join(tmp, 'cp.jsonl');
    writeFileSync(p, Buffer.concat([
      Buffer.from('{"id":"u","text":"Bupati Lombok Timur: \u201cASN netral.\u201d"}\n'),
      Buffer.from([...Buffer.from('{"id":"c","text":"Mataram '), 0x96, 0x20, 0x93, ...Buffer.from('ASN netral'), 0x94, ...Buffer.from('"}\n')]),
    ]));
    const arts = (await cli(['scan', p, '-f', 'jsonl', '--include-text', '--jobs', '1'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(arts[0].text).toContain('\u201cASN netral.\u201d');
    expect(arts[1].text).toBe('Mataram \u2013 \u201cASN netral\u201d');
  });

  it('an oversized record is one error entry with its line; its neighbours are read', async () => {
    const p = join(tmp, 'big.jsonl');
    writeFileSync(p, `{"id":"s1","text":"ASN netral."}\n{"id":"huge","text":"${'a'.repeat(9 * 1024 * 1024)}"}\n{"id":"s2","text":"ASN netral juga."}\n`);
    const r = await cli(['scan', p, '-f', 'jsonl', '--jobs', '1']);
    const arts = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(arts.map((a) => [a.id, a.status])).toEqual([['s1', 'ok'], [`${p}:2`, 'error'], ['s2', 'ok']]);
    expect(arts[1].error).toMatch(/^line 2: record too large \(9\.0 MB; an article may be at most 8 MB\)$/);
    expect(r.code).toBe(3);
  });
});

describe('output errors are exit 4, with one line', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk on stdout', () => {
    const r = spawnSync('bash', ['-c', `node ${bin} ${SEEDS} -f json > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/^asn-scan: cannot write output: no space left on device$/m);
  });

  it('an --out folder that cannot be created', async () => {
    const file = join(tmp, 'plain.txt');
    writeFileSync(file, 'x');
    const r = await cli(['scan', SEEDS, '-o', `${file}/res/`]);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`asn-scan: cannot write output: ${file}/res/: not a directory\n`);
  });
});

describe('--out targets', () => {
  it.each([
    // a .tsv file is the statements table with tabs (it was written with commas until docs9's c44e72e)
    ['out.JSON', 'json'], ['out.tsv', 'tsv'], ['out.txt', 'csv'],
  ])('%s is a file (%s)', async (name, fmt) => {
    const p = join(tmp, name);
    expect((await cli(['scan', SEEDS, '-o', p])).code).toBe(0);
    const body = readFileSync(p, 'utf8');
    const head = { json: '{"schemaVersion":1', tsv: 'id\tarticle_id\t', csv: 'id,article_id,' }[fmt]!;
    expect(body.startsWith(head)).toBe(true);
  });
  it('-o - is stdout', async () => {
    expect((await cli(['scan', SEEDS, '-o', '-', '-f', 'jsonl'])).stdout.trim().split('\n')).toHaveLength(5);
  });
  it('gzip output is refused as a usage error', async () => {
    const r = await cli(['scan', SEEDS, '-o', join(tmp, 'x.jsonl.gz')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out does not write gzip/);
  });
});

describe('shards and duplicates', () => {
  it('file-level errors of JSONL sources land in exactly one shard, so merged shards equal one run', async () => {
    const d = join(tmp, 'sh');
    mkdirSync(d, { recursive: true });
    for (const f of readdirSync(SEEDS)) writeFileSync(join(d, f), seed(f));
    writeFileSync(join(d, 'empty.jsonl'), '');
    writeFileSync(join(d, 'bad.jsonl.gz'), 'not gzip at all');
    writeFileSync(join(d, 'good.jsonl'), `${JSON.stringify({ id: 'g', text: seed(SEED0) })}\n`);
    const files: string[] = [];
    for (let k = 1; k <= 4; k++) {
      const p = join(tmp, `sh-${k}.jsonl`);
      await cli(['scan', d, '--shard', `${k}/4`, '-f', 'jsonl', '-o', p, '--jobs', '1']);
      files.push(p);
    }
    const single = await cli(['scan', d, '-f', 'json', '--jobs', '1']);
    const merged = await cli(['merge', ...files, '-f', 'json']);
    expect(merged.stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).summary).toMatchObject({ articles: 8, failed: 2 });
  });

  it('the same file named two ways is read once', async () => {
    const r = await cli(['scan', SEEDS, `./${SEEDS}/${SEED0}`, '-f', 'json']);
    expect(JSON.parse(r.stdout).articles).toHaveLength(5);
  });
});

describe('CSV ids from stdin', () => {
  it('-:1 is not treated as a formula, so CSV ids join with JSON ids', async () => {
    const r = await cli(['-', '-t', 'articles', '-f', 'csv'], { stdin: '{"text":"Mataram - Bupati Ilham: ASN harus netral."}\n' });
    expect(r.stdout.split('\n')[1]!.startsWith('-:1,-,ok,')).toBe(true);
  });
});
