// "No network access and no eval. Nothing is written outside --out", atomic output, and every exit code.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtomicFile } from '../../src/cli/writers.js';
import { cli, SEEDS } from '../helpers/cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'asn-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

describe('no eval, no network', () => {
  const files = sourceFiles('src');
  it('finds the sources', () => expect(files.length).toBeGreaterThan(20));

  it.each([
    ['eval(', /(?<![\w$.])eval\s*\(/],
    ['new Function', /\bnew\s+Function\b/],
    ['http.request / https.get', /\bhttps?\s*\.\s*(?:request|get)\s*\(/],
    ['fetch(', /(?<![\w$.])fetch\s*\(/],
    ['XMLHttpRequest / WebSocket', /\b(?:XMLHttpRequest|WebSocket)\b/],
    ['a network module import', /from\s+['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]/],
    ['a dynamic import of a computed path', /\bimport\s*\(\s*[^'"\s)]/],
    ['vm / child_process', /from\s+['"](?:node:)?(?:vm|child_process)['"]/],
  ])('src/ has no %s', (_what, re) => {
    const hits: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (re.test(line)) hits.push(`${relative('.', f)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

describe('nothing is written outside --out, and no half-written file stays', () => {
  const EXPECTED = ['articles.csv', 'claims.csv', 'datapackage.json', 'dates.csv', 'officials.csv', 'people.csv', 'regions.csv', 'results.json', 'statements.csv', 'summary.csv', 'violations.csv'];

  it('--out <folder>/ leaves exactly the tables, results.json and datapackage.json: no .tmp-*, no spool', async () => {
    const work = join(tmp, 'ok');
    mkdirSync(work);
    const r = await cli(['scan', SEEDS, '--out', `${join(work, 'res')}/`, '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(readdirSync(work)).toEqual(['res']);
    expect(readdirSync(join(work, 'res')).sort()).toEqual(EXPECTED);
    expect(readdirSync(SEEDS).every((f) => f.endsWith('.txt'))).toBe(true); // nothing written beside the inputs
  });

  it('--out <file> leaves just the file', async () => {
    const work = join(tmp, 'onefile');
    mkdirSync(work);
    const r = await cli(['scan', SEEDS, '--out', join(work, 'r.json'), '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(readdirSync(work)).toEqual(['r.json']);
    expect(readFileSync(join(work, 'r.json'), 'utf8')).toBe((await cli(['scan', SEEDS, '-f', 'json', '--jobs', '1'])).stdout);
  });

  it('a failure while committing the folder (results.json is a folder) exits 4 and leaves no temporary or spool file', async () => {
    const out = join(tmp, 'fail');
    mkdirSync(join(out, 'results.json'), { recursive: true });
    const r = await cli(['scan', SEEDS, '--out', `${out}/`, '--jobs', '1']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^asn-scan: cannot write output: /m);
    expect(readdirSync(out)).toEqual(['results.json']);
    expect(readdirSync(join(out, 'results.json'))).toEqual([]);
  });

  it('AtomicFile: nothing at the path until commit, then the whole file and no temporary', async () => {
    const dir = join(tmp, 'atomic-commit');
    mkdirSync(dir);
    const b = new AtomicFile(join(dir, 'b.json'));
    await b.sink.write('{"whole":true}\n');
    await b.sink.flush();
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
    await b.commit();
    expect(readdirSync(dir)).toEqual(['b.json']);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('{"whole":true}\n');
  });

  it('AtomicFile.abort leaves nothing, even after the stream has closed', async () => {
    const dir = join(tmp, 'atomic-abort');
    mkdirSync(dir);
    const a = new AtomicFile(join(dir, 'a.json'));
    await a.sink.write('{"half":');
    await a.sink.flush();
    a.abort();
    await new Promise<void>((resolve) => (a.stream.closed ? resolve() : a.stream.once('close', () => resolve())));
    expect(readdirSync(dir)).toEqual([]);
  });

  // createWriteStream opens the temporary file asynchronously: an abort() that returned at once let an in-process
  // run() return exit 4 while `<path>.tmp-<pid>` was still being opened or closed, so the folder test above saw
  // `datapackage.json.tmp-…` in a loaded full-suite run. abort() now settles only once the stream has closed and
  // the file is gone, and the writers await it before they report the failure.
  it.each([
    ['open still in flight', false],
    ['after a write', true],
  ])('AtomicFile.abort settles only when the stream is closed and the temporary is gone (%s)', async (_n, write) => {
    const dir = join(tmp, `atomic-settle-${String(write)}`);
    mkdirSync(dir);
    const a = new AtomicFile(join(dir, 'c.json'));
    if (write) {
      await a.sink.write('{"half":');
      await a.sink.flush();
    }
    await a.abort();
    expect(a.stream.closed).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('AtomicFile.abort settles when the temporary could never be opened (a file where a folder should be)', async () => {
    const dir = join(tmp, 'atomic-notdir');
    mkdirSync(dir);
    writeFileSync(join(dir, 'plain'), 'x');
    const a = new AtomicFile(join(dir, 'plain', 'd.json'));
    a.stream.on('error', () => {}); // ENOTDIR, as the writers' sink sees it
    await a.abort();
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});

describe('exit codes', () => {
  it('0: every input was read', async () => {
    expect((await cli(['scan', SEEDS, '-f', 'csv', '--jobs', '1'])).code).toBe(0);
  });

  it('1: check / diff found a change', async () => {
    const a = join(tmp, 'a.json');
    const b = join(tmp, 'b.json');
    writeFileSync(a, (await cli(['scan', join(SEEDS, '002_032903b13de2509e.txt'), '-f', 'json'])).stdout);
    writeFileSync(b, (await cli(['scan', SEEDS, '-f', 'json', '--jobs', '1'])).stdout);
    expect((await cli(['diff', a, b])).code).toBe(1);
    expect((await cli(['check', SEEDS, '--baseline', a, '--jobs', '1'])).code).toBe(1);
  });

  it('2: usage error', async () => {
    const r = await cli(['scan', SEEDS, '--jobs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^asn-scan: --jobs takes a whole number/);
  });

  it('3: some inputs failed', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = await cli(['scan', SEEDS, empty, '-f', 'json', '--jobs', '1']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).articles).toHaveLength(6);
  });

  it('4: the output cannot be written (parent folder missing)', async () => {
    const r = await cli(['scan', SEEDS, '--out', join(tmp, 'missing', 'deeper', 'out.json'), '--jobs', '1']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^asn-scan: cannot write output: .*out\.json: no such folder$/m);
    expect(existsSync(join(tmp, 'missing'))).toBe(false);
  });

  // Known bug (see report): AtomicFile.abort() calls rmSync(tmp, { force: true }), which still throws
  // ENOTDIR when the parent is a file, so runScan's catch turns exit 4 into an internal error (70).
  // Drop `.fails` once writers.ts ignores errors in abort().
  it('4: the output cannot be written (parent is a regular file)', async () => {
    const file = join(tmp, 'file.txt');
    writeFileSync(file, 'x');
    const r = await cli(['scan', SEEDS, '--out', join(file, 'out.json'), '--jobs', '1']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^asn-scan: cannot write output: /m);
  });
});
