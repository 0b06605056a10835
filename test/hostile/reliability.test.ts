// Issue #13: bad input never hangs, never corrupts a CSV row, never goes unreported.
//   - only regular files are read: a FIFO or device named explicitly is an error entry at once; inside a
//     folder, FIFOs, sockets and devices are counted and reported as skipped;
//   - every read is bounded by the 8 MB article limit (gzip output included), with the tool's own reasons;
//   - SIGTERM/SIGINT stop the process within a second or two even while input is being read;
//   - every CSV table, on stdout and in an --out folder, parses back (Python's csv module) with one record per
//     row, whatever CR, LF, delimiter or quote a cell holds, with and without the formula guard;
//   - a file name that is not valid UTF-8 is read and shown escaped;
//   - a mistyped path alone exits 2; beside other inputs it is an error entry (exit 3);
//   - cleaning gives the same result whatever was cleaned before in the process (its cost is measured by
//     `npm run bench`, not here).
import { spawn, spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFile } from '../../src/ingest/read.js';
import { escapeName, ioReason } from '../../src/ingest/reasons.js';
import { cli, SEEDS } from '../helpers/cli.js';

const bin = resolve('bin/asn-scan.js');
const built = existsSync(resolve('dist/cli/index.js'));
const PARA = 'Penjabat Bupati Lombok Timur Juaini Taofik meminta seluruh ASN menjaga netralitas dalam Pilkada 2024.';
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
const hasPython = spawnSync('python3', ['-c', 'import csv']).status === 0;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'asn-rel-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fifo = (p: string) => execFileSync('mkfifo', [p]);
const articlesOf = (stdout: string) => (JSON.parse(stdout) as { articles: Array<{ source: string; status: string; error: string | null }> }).articles;

describe('only regular files are read', () => {
  it.skipIf(!hasMkfifo)('a FIFO named explicitly is an error entry at once (no writer needed), exit 3', async () => {
    const p = join(tmp, 'named-fifo.txt');
    fifo(p);
    const r = await cli(['scan', p, join(SEEDS, '000_79a728709b280e4b.txt'), '-f', 'json']);
    expect(r.code).toBe(3);
    const a = articlesOf(r.stdout).find((x) => x.source === p);
    expect(a).toMatchObject({ status: 'error', error: 'not a regular file (a FIFO); only regular files are read' });
    expect(r.stderr).toContain(`asn-scan: ${p}: not a regular file (a FIFO)`);
  });

  it('a character device named explicitly (/dev/zero) is an error entry, not an endless read', async () => {
    const r = await cli(['scan', '/dev/zero', '-f', 'json']);
    expect(r.code).toBe(3);
    expect(articlesOf(r.stdout)).toMatchObject([{ source: '/dev/zero', status: 'error', error: 'not a regular file (a character device); only regular files are read' }]);
  });

  it('readFile refuses a device even when discovery was skipped (checked on the open file)', () => {
    expect(readFile({ path: '/dev/zero', format: 'text', gzip: false, error: null }).error).toBe(
      'not a regular file (a character device); only regular files are read',
    );
    expect(readFile({ path: '/dev/null', format: 'html', gzip: false, error: null }).error).toMatch(/^not a regular file/);
  });

  it.skipIf(!hasMkfifo)('one FIFO inside a folder is reported in the singular', async () => {
    const d = join(tmp, 'with-one-special');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), `${PARA}\n`);
    fifo(join(d, 'pipe.txt'));
    const r = await cli(['scan', d, '-f', 'json', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('asn-scan: skipped 1 FIFO, socket or device (only regular files are read)\n');
  });

  it.skipIf(!hasMkfifo)('FIFOs and sockets inside a folder are counted and reported as skipped, never read', async () => {
    const d = join(tmp, 'with-specials');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), `${PARA}\n`);
    fifo(join(d, 'pipe.txt'));
    fifo(join(d, 'pipe.jsonl'));
    const server: Server = createServer();
    await new Promise<void>((ok) => server.listen(join(d, 'sock.txt'), ok));
    try {
      const r = await cli(['scan', d, '-f', 'json', '--quiet']);
      expect(r.code).toBe(0);
      expect(articlesOf(r.stdout).map((a) => a.source)).toEqual([join(d, 'a.txt')]);
      // reported even with --quiet: files in a named folder that were not read
      expect(r.stderr).toBe('asn-scan: skipped 3 FIFOs, sockets or devices (only regular files are read)\n');
      const loud = await cli(['scan', d, '-f', 'json']);
      expect(loud.stderr).toMatch(/, 3 files skipped\n$/);
    } finally {
      server.close();
    }
  });
});

describe('every read is bounded, and worded by the tool', () => {
  it('a text file over 8 MB is refused with its size', async () => {
    const p = join(tmp, 'big.txt');
    writeFileSync(p, Buffer.alloc(9 * 1024 * 1024, 'a'));
    expect(readFile({ path: p, format: 'text', gzip: false, error: null }).error).toBe('too large (9.0 MB; an article may be at most 8 MB)');
  });

  it('a gzip that inflates past 8 MB is refused without Node\'s "Cannot create a Buffer" message', () => {
    const p = join(tmp, 'bomb.txt.gz');
    writeFileSync(p, gzipSync(Buffer.alloc(70 * 1024 * 1024, 'a')));
    const a = readFile({ path: p, format: 'text', gzip: true, error: null });
    expect(a.error).toBe('too large (over 8 MB; an article may be at most 8 MB)');
  });

  it.each([
    [{ code: 'ENXIO', message: "ENXIO: no such device or address, open '/x'" }, 'not a regular file (no device or reader behind it)'],
    [{ code: 'EISDIR', message: 'EISDIR: illegal operation on a directory, read' }, 'is a folder'],
    [{ code: 'EACCES', message: "EACCES: permission denied, open '/x'" }, 'permission denied'],
    [{ code: 'ENOENT', message: "ENOENT: no such file or directory, open '/x'" }, 'no such file'],
    [{ code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 67108864 bytes' }, 'too large (over 8 MB; an article may be at most 8 MB)'],
    [Object.assign(new RangeError('Cannot create a Buffer larger than 67108864 bytes'), {}), 'too large (over 8 MB; an article may be at most 8 MB)'],
    [{ code: 'EWEIRD', message: 'EWEIRD: something\nmulti-line' }, 'cannot read (EWEIRD)'],
    [{ code: 'Z_DATA_ERROR', message: 'incorrect header check' }, 'corrupt or truncated gzip (incorrect header check)'],
  ])('raw Node error %j becomes "%s"', (err, reason) => {
    expect(ioReason(err)).toBe(reason);
  });

  it('no error entry of a hostile folder carries a raw Node message', async () => {
    const d = join(tmp, 'raw-messages');
    mkdirSync(d);
    writeFileSync(join(d, 'bomb.txt.gz'), gzipSync(Buffer.alloc(70 * 1024 * 1024, 'a')));
    writeFileSync(join(d, 'trunc.txt.gz'), gzipSync(PARA).subarray(0, 12));
    mkdirSync(join(d, 'folder.txt'));
    const r = await cli(['scan', d, join(d, 'folder.txt'), '/dev/null', '-f', 'json']);
    const errors = articlesOf(r.stdout).filter((a) => a.status === 'error').map((a) => a.error!);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const e of errors) expect(e).not.toMatch(/Cannot create a Buffer|ENXIO|EISDIR|EACCES|ENOENT|^Error|, open '/);
  });
});

describe.skipIf(!built)('signals stop the process promptly, even while it reads', () => {
  const stopWhileReading = (signal: NodeJS.Signals) =>
    new Promise<{ code: number | null; ms: number }>((done) => {
      // standard input that never ends: blank lines beyond what the pipe holds, so 'drain' says the CLI has
      // started reading (handlers installed, however slow the machine) and waits on a read when the signal comes
      const child = spawn(process.execPath, [bin, 'scan', '-', '-f', 'jsonl', '--jobs', '1'], { stdio: ['pipe', 'ignore', 'ignore'] });
      let sentAt = 0;
      child.stdin.on('error', () => {});
      if (!child.stdin.write('\n'.repeat(1 << 20))) {
        child.stdin.once('drain', () => {
          sentAt = Date.now();
          child.kill(signal);
        });
      }
      child.on('exit', (code) => {
        child.stdin.destroy();
        done({ code, ms: Date.now() - sentAt });
      });
    });

  it.each([
    ['SIGTERM' as const, 143],
    ['SIGINT' as const, 130],
  ])('%s exits with %i within two seconds', async (signal, expected) => {
    const r = await stopWhileReading(signal);
    expect(r.code).toBe(expected);
    expect(r.ms).toBeLessThan(2000);
  }, 60_000);

  it.skipIf(!hasMkfifo)('a FIFO nobody writes to, named explicitly, does not hold the run', () => {
    const p = join(tmp, 'idle-fifo.txt');
    fifo(p);
    const r = spawnSync(process.execPath, [bin, 'scan', p, '-f', 'json'], { encoding: 'utf8', timeout: 50_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(3);
  }, 60_000);
});

// ---- CSV ---------------------------------------------------------------------------------------------

const TABLES = ['statements', 'articles', 'officials', 'regions', 'dates', 'violations', 'summary'] as const;
const NASTY = ['\r=1 judul', '=SUM(A1)\r\nx', 'a\nb', 'x,y;z\tw|v', 'say "hi"', '\t-2', ' lead', 'trail ', '\r', '-', '@x\r'];

/** Parses CSV with Python's csv module: the rows, as JSON. */
function pyRows(csv: string, delimiter: string): string[][] {
  const out = execFileSync('python3', ['-c', 'import csv,io,json,sys\ndata=sys.stdin.buffer.read().decode("utf-8-sig")\nprint(json.dumps(list(csv.reader(io.StringIO(data, newline=""), delimiter=sys.argv[1]))))', delimiter], {
    input: csv,
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[][];
}

function checkTable(csv: string, delimiter: string, table: string, raw: boolean): void {
  const rows = pyRows(csv, delimiter);
  expect(rows.length).toBeGreaterThan(0);
  const width = rows[0]!.length;
  for (const r of rows) expect(r.length).toBe(width);
  if (table !== 'articles') return;
  // one row per article, and each nasty title comes back whole (behind the guard's ' unless raw)
  expect(rows.length).toBe(NASTY.length + 1);
  const titles = rows.slice(1).map((r) => r[rows[0]!.indexOf('title')]);
  for (const bad of NASTY.filter((s) => s.trim() !== '' && s !== '-')) {
    expect(titles.some((c) => c === bad.trim() || c === `'${bad.trim()}` || c === bad || c === `'${bad}`), JSON.stringify(bad)).toBe(true);
  }
  if (raw) expect(titles).toContain('\r=1 judul');
}

describe.skipIf(!hasPython)('every CSV table parses back with Python\'s csv module, one record per row', () => {
  let jsonl: string;
  beforeAll(() => {
    jsonl = join(tmp, 'nasty.jsonl');
    writeFileSync(
      jsonl,
      NASTY.map((title, i) =>
        JSON.stringify({ id: `n${i}${title}`, title, url: title, text: `${title}\n\n${PARA} "ASN harus netral, ${title}" kata Bupati Sugito.\n\n1.010 perkara pada Kamis (03/10/24).` }),
      ).join('\n'),
    );
  });

  it.each(TABLES.map((t, i) => [t, [',', ';', '\t', '|'][i % 4]!] as const))('stdout: %s with delimiter %j', async (table, delimiter) => {
    const r = await cli(['scan', jsonl, '-f', 'csv', '-t', table, '--delimiter', delimiter, '--jobs', '1']);
    expect(r.code).toBe(0);
    checkTable(r.stdout, delimiter, table, false);
  }, 60_000);

  it('stdout: articles with --raw-csv (no guard) and a tab delimiter', async () => {
    const r = await cli(['scan', jsonl, '-f', 'csv', '-t', 'articles', '--delimiter', 'tab', '--raw-csv', '--jobs', '1']);
    expect(r.code).toBe(0);
    checkTable(r.stdout, '\t', 'articles', true);
  }, 60_000);

  it('--out folder: every CSV file, with a BOM and ;', async () => {
    const out = join(tmp, 'csv-out');
    const r = await cli(['scan', jsonl, '-o', `${out}/`, '--delimiter', ';', '--bom', '--jobs', '1']);
    expect(r.code).toBe(0);
    const csvs = readdirSync(out).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(TABLES.length);
    for (const f of csvs) checkTable(readFileSync(join(out, f), 'utf8'), ';', f.replace(/\.csv$/, ''), false);
  }, 60_000);
});

// ---- file names ----------------------------------------------------------------------------------------

describe('a file name that is not valid UTF-8 is read and shown escaped', () => {
  it.each([
    [Buffer.from('caf\xe9.txt', 'latin1'), 'caf\\xe9.txt'],
    [Buffer.from([0x61, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74]), 'a\\xff\\xfe.txt'],
    [Buffer.from('ok-é.txt'), 'ok-é.txt'],
    [Buffer.concat([Buffer.from('a\\b'), Buffer.from([0xc3]), Buffer.from('.txt')]), 'a\\\\b\\xc3.txt'],
    [Buffer.from([0xed, 0xa0, 0x80]), '\\xed\\xa0\\x80'], // an encoded surrogate is not UTF-8
  ])('escapeName(%j) is %s', (bytes, shown) => {
    expect(escapeName(bytes)).toBe(shown);
  });

  it('inside a folder, and named explicitly (argv arrives with U+FFFD)', async () => {
    const d = join(tmp, 'names');
    mkdirSync(d);
    const name = Buffer.from('berita-\xe9.txt', 'latin1');
    writeFileSync(Buffer.concat([Buffer.from(`${d}/`), name]), `${PARA}\n`);
    const r = await cli(['scan', d, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(articlesOf(r.stdout)).toMatchObject([{ source: join(d, 'berita-\\xe9.txt'), status: 'ok' }]);
    const named = await cli(['scan', join(d, 'berita-\uFFFD.txt'), '-f', 'json']);
    expect(named.code).toBe(0);
    expect(articlesOf(named.stdout)).toMatchObject([{ source: join(d, 'berita-\\xe9.txt'), status: 'ok' }]);
  });
});

// ---- exit codes ----------------------------------------------------------------------------------------

describe('a mistyped path', () => {
  it('alone exits 2 (usage error) and writes nothing', async () => {
    const r = await cli(['scan', 'fixtures/seed', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('asn-scan: fixtures/seed: no such file or folder\n');
  });

  it('two mistyped paths exit 2, each named', async () => {
    const r = await cli(['scan', 'nope-a.txt', 'nope-b', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual(['asn-scan: nope-a.txt: no such file or folder', 'asn-scan: nope-b: no such file or folder']);
  });

  it('beside an existing input is an error entry and exit 3', async () => {
    const r = await cli(['scan', 'nope.txt', join(SEEDS, '000_79a728709b280e4b.txt'), '-f', 'json']);
    expect(r.code).toBe(3);
    expect(articlesOf(r.stdout).find((a) => a.source === 'nope.txt')).toMatchObject({ status: 'error', error: 'no such file or folder' });
  });
});

// ---- cleaning does not depend on history ---------------------------------------------------------------

const UNITS = ['ujar Bupati Ilham. ', 'kata dia, ', 'BACA JUGA : Kapolda NTB\n', '"', '“”', '(', '1.010 perkara ', 'Kamis (03/10/24) ', '\r', '\n\n', '\u00a0', '(Baca juga: Judul) ', 'Editor: jm/her\n', '🙂', 'İ'];
const hostileArticle = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...UNITS), fc.string({ unit: 'grapheme', maxLength: 8 })), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 300 }))
  .map(([units, n]) => units.join('').repeat(n));

describe('cleaning gives the same result whatever the process cleaned before', () => {
  it('each article of a random hostile sequence cleans as it does in a fresh module', async () => {
    const { clean } = await import('../../src/clean/cascade.js');
    await fc.assert(
      fc.asyncProperty(fc.array(hostileArticle, { minLength: 2, maxLength: 6 }), async (seq) => {
        const inSequence = seq.map((s) => clean(s));
        vi.resetModules();
        const fresh = (await import('../../src/clean/cascade.js')).clean;
        for (let i = seq.length - 1; i >= 0; i--) expect(fresh(seq[i]!)).toEqual(inSequence[i]);
      }),
      { seed: 13, numRuns: 12 },
    );
  }, 60_000);
});

describe('dedup picks the lower-cased reading before its hot loop', () => {
  it('FOLD_UNSAFE_RE matches exactly the units that do not lower-case on their own', async () => {
    const { FOLD_UNSAFE_RE } = await import('../../src/clean/dedup.js');
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const unsafe = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || ch.toLowerCase().length !== 1;
      if (FOLD_UNSAFE_RE.test(ch) !== unsafe) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
