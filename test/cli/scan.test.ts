import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, SEEDS } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'asn-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seed = (f: string) => readFileSync(join(SEEDS, f), 'utf8');
const SEED2 = '002_032903b13de2509e.txt';

describe('golden: the seeds', () => {
  // Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/cli/scan.test.ts
  it.each([
    ['seeds.json', ['-f', 'json']],
    ['seeds.statements.csv', ['-f', 'csv']],
    ['seeds.officials.csv', ['-f', 'csv', '-t', 'officials']],
    ['seeds.regions.csv', ['-f', 'csv', '-t', 'regions']],
    ['seeds.articles.csv', ['-f', 'csv', '-t', 'articles']],
  ])('%s', async (golden, args) => {
    const r = await cli(['scan', SEEDS, '--jobs', '1', ...args]);
    expect(r.code).toBe(0);
    const path = join('test', 'golden', golden);
    if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, r.stdout);
    expect(r.stdout).toBe(readFileSync(path, 'utf8'));
  });

  it('is deterministic: the same corpus gives the same bytes, with 1 or 2 jobs', async () => {
    const a = await cli(['scan', SEEDS, '-f', 'json', '--jobs', '1']);
    const b = await cli(['scan', SEEDS, '-f', 'json', '--jobs', '2']);
    expect(b.stdout).toBe(a.stdout);
  });

  it('names every seed in the JSON contract, in path order', async () => {
    const r = await cli(['scan', SEEDS, '-f', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool.name).toBe('asn-scan');
    expect(doc.articles.map((a: { source: string }) => a.source)).toEqual(readdirSync(SEEDS).sort().map((f) => join(SEEDS, f)));
    for (const a of doc.articles) {
      expect(a.status).toBe('ok');
      for (const k of ['id', 'source', 'error', 'title', 'published', 'dateline', 'removed', 'officials', 'regions', 'dates', 'violations', 'statements']) expect(a).toHaveProperty(k);
      expect(a).not.toHaveProperty('text');
    }
  });

  it('--include-text adds the cleaned text, without the boilerplate', async () => {
    const r = await cli(['scan', join(SEEDS, SEED2), '-f', 'json', '--include-text']);
    const a = JSON.parse(r.stdout).articles[0];
    expect(a.text).toContain('1.010 perkara');
    expect(a.text).not.toContain('Berita Terkait');
    expect(a.dateline).toMatchObject({ place: 'Pangkalpinang', publisher: 'ANTARA' });
  });

  it('prints a one-line summary on stderr, and nothing else on stdout but data', async () => {
    const r = await cli(['scan', SEEDS, '-f', 'csv']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^asn-scan: 5 articles \(0 failed\), \d+ statements, \d+ officials, \d+ regions/);
    expect(r.stdout.split('\n')[0]).toBe('id,article_id,kind,speaker_id,official_id,person_id,speaker_name,speaker_title,speaker_rule,neutrality,type,cues,date,region_code,region_name,province_code,province_name,quote,start,end,rule,story_id,duplicate_of');
    expect((await cli(['scan', SEEDS, '-f', 'csv', '-q'])).stderr).toBe('');
  });

  it('says each figure of the summary in the singular when it is one ("1 official", never "1 officials")', async () => {
    const one = 'Ketua Bawaslu Kota Bima, Ahmad Sulaiman, mengatakan pihaknya menerima satu laporan pelanggaran netralitas ASN.\n';
    const r = await cli(['scan', '-', '-f', 'jsonl'], { stdin: one });
    expect(r.stderr.trim()).toBe('asn-scan: 1 article (0 failed), 1 statement, 1 official, 1 region, 0 dates, 1 count, 0 lines removed');
  });
});

describe('inputs', () => {
  it('reads stdin with -', async () => {
    const r = await cli(['scan', '-', '-f', 'json'], { stdin: seed(SEED2) });
    const a = JSON.parse(r.stdout).articles[0];
    expect(r.code).toBe(0);
    expect(a.source).toBe('-');
    expect(a.officials.map((o: { name: string }) => o.name)).toContain('Sugito');
  });

  it('reads JSONL from stdin and writes JSONL line for line', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: seed(SEED2), published: '2024-08-20T10:00:00+07:00' }),
      JSON.stringify({ id: 'b', maintext: seed('004_69e4b941b536bd41.txt') }),
    ];
    const r = await cli(['scan', '-', '-f', 'jsonl'], { stdin: `${lines.join('\n')}\n` });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((a) => a.id)).toEqual(['a', 'b']);
    expect(out[0].published).toBe('2024-08-20');
  });

  it('reads gzipped text and JSONL, and reports a bad JSONL line with its number', async () => {
    const dir = join(tmp, 'gz');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'one.txt.gz'), gzipSync(seed(SEED2)));
    writeFileSync(join(dir, 'many.jsonl.gz'), gzipSync(`${JSON.stringify({ text: seed(SEED2) })}\n{not json\n${JSON.stringify({ content: 'Bupati Lombok Timur hadir.' })}\n`));
    writeFileSync(join(dir, 'notes.docx'), 'skipped');
    const r = await cli(['scan', dir, '-f', 'json']);
    const arts = JSON.parse(r.stdout).articles;
    expect(r.code).toBe(3);
    expect(arts.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [join(dir, 'many.jsonl.gz:1'), 'ok'],
      [join(dir, 'many.jsonl.gz:2'), 'error'],
      [join(dir, 'many.jsonl.gz:3'), 'ok'],
      [join(dir, 'one.txt.gz'), 'ok'],
    ]);
    expect(arts[1].error).toMatch(/^line 2: malformed JSON/);
    expect(r.stderr).toContain('asn-scan: skipped 1 file with other extensions');
    expect(r.stderr).toMatch(/asn-scan: .*many\.jsonl\.gz: line 2: malformed JSON/);
  });

  it('reads a named file with an unknown extension as text', async () => {
    const p = join(tmp, 'article.dat');
    writeFileSync(p, seed(SEED2));
    const r = await cli(['scan', p, '-f', 'json']);
    expect(JSON.parse(r.stdout).articles[0].status).toBe('ok');
  });

  it('turns a missing input into an error entry and exit 3, not a crash', async () => {
    const r = await cli(['scan', join(tmp, 'nope.txt'), join(SEEDS, SEED2), '-f', 'json']);
    const arts = JSON.parse(r.stdout).articles;
    expect(r.code).toBe(3);
    expect(arts.find((a: { source: string }) => a.source.endsWith('nope.txt'))).toMatchObject({ status: 'error', error: 'no such file or folder' });
    expect(r.stderr).toMatch(/^asn-scan: .*nope\.txt: no such file or folder$/m);
  });
});

describe('options and exit codes', () => {
  it.each([
    [['scan', SEEDS, '--format', 'xml'], /--format must be one of csv, json, jsonl, table/],
    [['scan', SEEDS, '--table', 'persons'], /--table must be one of/],
    [['scan', SEEDS, '--jobs', '0'], /--jobs takes a whole number/],
    [['scan', SEEDS, '--shard', '3/2'], /--shard takes K\/N/],
    [['scan', SEEDS, '--delimiter', ';;'], /--delimiter takes one character/],
    [['scan'], /no inputs/],
    [['scan', SEEDS, '--frobnicate'], /unknown option/],
  ])('usage error %j exits 2 with one asn-scan: line', async (argv, msg) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.startsWith('asn-scan: ')).toBe(true);
  });

  it('--help lists every option and the exit codes', async () => {
    const r = await cli(['scan', '--help']);
    expect(r.code).toBe(0);
    for (const o of ['--format', '--table', '--out', '--include-text', '--delimiter', '--bom', '--quiet', '--no-color', '--jobs', '--shard', '--raw-csv', '--text-codes']) expect(r.stdout).toContain(o);
    expect((await cli(['--help'])).stdout).toMatch(/Exit codes:[\s\S]*3 {2}the run finished, but some inputs failed/);
  });

  it.each([['scan'], ['merge']])('%s --help names every table -t accepts', async (cmd) => {
    const help = (await cli([cmd, '--help'])).stdout.replace(/\s+/g, ' ');
    const listed = /-t, --table <table> table for csv and table: ([a-z| ]+?) -o, --out/.exec(help)?.[1]?.split(' | ');
    expect(listed).toEqual(['articles', 'statements', 'officials', 'people', 'regions', 'dates', 'violations', 'claims', 'summary']);
    // The same list as the one the option checks (its usage error names every accepted table).
    const bad = await cli([cmd, cmd === 'scan' ? SEEDS : 'x.json', '-t', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`--table must be one of ${listed!.join(', ')}, not "nope"`);
  });

  it.each([
    ['r.tsv', [], 'code\tname\tlevel\t'],
    ['R.TSV', [], 'code\tname\tlevel\t'],
    ['r.tsv', ['--delimiter', ';'], 'code;name;level;'],
    ['r.csv', [], 'code,name,level,'],
    ['r.txt', [], 'code,name,level,'],
  ])('-o %s %j writes a header starting %j', async (name, extra, head) => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-tsv-'));
    try {
      const r = await cli(['scan', `${SEEDS}/000_79a728709b280e4b.txt`, '-q', '-t', 'regions', '-o', join(dir, name), ...extra]);
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8').startsWith(head)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--delimiter and --bom shape the CSV for spreadsheets', async () => {
    const r = await cli(['scan', SEEDS, '-f', 'csv', '-t', 'articles', '--delimiter', ';', '--bom']);
    expect(r.stdout.startsWith('\uFEFFid;source;status;')).toBe(true);
  });

  it('defaults to the table view on a terminal, coloured unless NO_COLOR or --no-color', async () => {
    const tty = await cli(['scan', SEEDS, '-t', 'officials'], { tty: true });
    expect(tty.stdout).toContain('\x1b[');
    expect(tty.stdout).toContain('Sugito');
    const noColor = await cli(['scan', SEEDS, '-t', 'officials'], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\x1b[');
    expect(noColor.stdout).toContain('Sugito');
    expect((await cli(['scan', SEEDS, '-t', 'officials', '--no-color'], { tty: true })).stdout).not.toContain('\x1b[');
    // piped: CSV, never colour
    const piped = await cli(['scan', SEEDS, '-t', 'officials']);
    expect(piped.stdout).not.toContain('\x1b[');
    expect(piped.stdout.startsWith('id,name,name_as_written,')).toBe(true);
  });

  it('--out <folder> writes one CSV per table, results.json and a datapackage.json that describes them', async () => {
    const out = join(tmp, 'res');
    const r = await cli(['scan', SEEDS, '-o', `${out}/`]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.csv', 'claims.csv', 'datapackage.json', 'dates.csv', 'officials.csv', 'people.csv', 'regions.csv', 'results.json', 'statements.csv', 'summary.csv', 'violations.csv']);
    const dp = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    for (const res of dp.resources) {
      const header = readFileSync(join(out, res.path), 'utf8').split('\n')[0];
      expect(header).toBe(res.schema.fields.map((f: { name: string }) => f.name).join(','));
    }
    // results.json in the folder is byte-identical to -f json on stdout
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe((await cli(['scan', SEEDS, '-f', 'json'])).stdout);
  });

  it('--out <file> infers the format from the extension', async () => {
    const p = join(tmp, 'r.jsonl');
    await cli(['scan', SEEDS, '-o', p]);
    expect(readFileSync(p, 'utf8').trim().split('\n')).toHaveLength(5);
  });
});

describe('the real binary', () => {
  const bin = join(process.cwd(), 'bin', 'asn-scan.js');
  it('exits quietly on a broken pipe', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${bin} scan ${SEEDS} -f jsonl --include-text | head -c 10 >/dev/null`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
  it('answers --help fast and sets the exit code', () => {
    const ok = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'scan', '--format', 'nope', SEEDS], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
