// Hostile inputs (issue #8): every file ends up in the output, as `ok` or as `error` with a one-line
// reason; the run exits 3 when some failed; nothing hangs, crashes or takes more than a few seconds.
// Most cases share one folder and one in-process run (`--jobs 1`); one run uses `--jobs 2` (workers,
// when dist/ is built) and must give the same bytes.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.js';
import type { RawArticle } from '../../src/model.js';
import { cli, SEEDS } from '../helpers/cli.js';
import { budget } from '../helpers/budget.js';

interface OutArticle {
  id: string;
  source: string;
  line: number | null;
  status: 'ok' | 'error';
  error: string | null;
  text?: string;
  contentHash: string | null;
  officials: Array<{ name: string; title: string | null; role: string | null }>;
  statements: Array<{ quote: string; kind: string; speaker: { name: string } | null; start: number; end: number }>;
}

const SEED = '002_032903b13de2509e.txt';
const seed = (f = SEED) => readFileSync(join(SEEDS, f), 'utf8');
const isRoot = process.getuid?.() === 0;

let tmp: string;
let dir: string;
/** file name (relative to dir) → content, for every regular file in the hostile folder */
const files = new Map<string, string | Buffer>();
let run1: { code: number; stdout: string; stderr: string; ms: number };
let arts: OutArticle[];
const bySource = (name: string) => arts.filter((a) => a.source === join(dir, name));
const one = (name: string) => {
  const l = bySource(name);
  expect(l, name).toHaveLength(1);
  return l[0]!;
};

const PARA = 'Penjabat Bupati Lombok Timur Juaini Taofik meminta seluruh ASN menjaga netralitas dalam Pilkada 2024.';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'asn-'));
  dir = join(tmp, 'hostile');
  mkdirSync(dir);
  const add = (name: string, content: string | Buffer) => {
    files.set(name, content);
    writeFileSync(join(dir, name), content);
  };
  add('empty.txt', '');
  add('blank.txt', ' \n\t\n  \r\n');
  add('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  add('binary.html', Buffer.concat([Buffer.from('\x7fELF'), Buffer.alloc(64, 0)]));
  add('cp1252.txt', Buffer.from(`Bupati Lombok Timur, caf\xe9 dan \x93netralitas\x94 ASN.\n\n${PARA}\n`, 'latin1'));
  const lf = seed();
  add('seed-lf.txt', lf);
  add('seed-bom-crlf.txt', `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
  add('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${PARA}\n`, 'utf16le')]));
  const gz = gzipSync(seed());
  add('truncated.txt.gz', gz.subarray(0, Math.floor(gz.length / 2)));
  add('notgzip.txt.gz', 'this is not gzip at all');
  const jsonl = [JSON.stringify({ id: 'j1', text: PARA }), JSON.stringify({ id: 'j2', text: seed() }), JSON.stringify({ id: 'j3', text: PARA })].join('\n');
  const jgz = gzipSync(`${jsonl}\n`);
  add('truncated.jsonl.gz', jgz.subarray(0, jgz.length - 12));
  add(
    'mixed.jsonl',
    [
      JSON.stringify({ id: 'good-1', text: PARA }),
      '{"id": "bad", "text": "unterminated',
      JSON.stringify({ id: 'good-2', text: seed() }),
      '[1, 2, 3]',
      'null',
      JSON.stringify({ id: 'no-text', title: 'only a title' }),
      JSON.stringify({ id: 'surrogate', text: `ASN netral \ud800 dan \udfff\u0000\u0007 ${PARA}` }),
      JSON.stringify({ id: 'numeric', text: 12345 }),
      '',
      '   ',
    ].join('\n'),
  );
  add('only-boilerplate.txt', 'BACA JUGA : Judul lain\nBaca juga: Berita lain\n');
  // pathological strings
  add('spaces.txt', `Bupati${' '.repeat(200_000)}Sugito mengatakan "ASN${' '.repeat(200_000)}netral" kata dia.\n`);
  add('only-spaces.txt', ' '.repeat(200_000));
  add('quotes.txt', `${'"'.repeat(50_000)}\n${'“'.repeat(25_000)}${'”'.repeat(25_000)}\n"ASN harus netral," kata Sugito.\n${"'".repeat(50_000)}`);
  add('quotes-line.txt', `kata "${'"a'.repeat(25_000)} ujar Bupati`);
  add('bacajuga.txt', `${PARA}\n${'BACA JUGA : Kapolda NTB Putra Daerah\n'.repeat(50_000)}${PARA}\n`);
  add('bacajuga-inline.txt', `${PARA} ${'(Baca juga: Judul berita) '.repeat(20_000)}\n`);
  add('keywords.txt', `${'Bupati '.repeat(50_000)}\n${'Pj Bupati Lombok Timur '.repeat(10_000)}\n${'kata Sugito, '.repeat(20_000)}\n`);
  add('numbers.txt', `${'1.010 perkara pelanggaran netralitas ASN, '.repeat(10_000)}\n${'Kamis (03/10/24) '.repeat(20_000)}\n`);
  add('long-word.txt', `${'a'.repeat(300_000)}\n${PARA}\n`);
  add('newlines.txt', `${PARA}${'\n'.repeat(100_000)}${PARA}${'\r'.repeat(50_000)}`);
  // a symlink loop: a link to the folder itself and one to its parent; walking must terminate
  mkdirSync(join(dir, 'loop'));
  add(join('loop', 'inside.txt'), `${PARA}\n`);
  symlinkSync('.', join(dir, 'loop', 'self'));
  symlinkSync('..', join(dir, 'loop', 'up'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));

  const t0 = performance.now();
  const r = await cli(['scan', dir, '-f', 'json', '--include-text', '--jobs', '1']);
  run1 = { ...r, ms: performance.now() - t0 };
  arts = (JSON.parse(r.stdout) as { articles: OutArticle[] }).articles;
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('hostile folder, one run', () => {
  it('names every file in the output, each once per record, and exits 3', () => {
    expect(run1.code).toBe(3);
    const sources = new Set(arts.map((a) => a.source));
    expect([...sources].sort()).toEqual([...files.keys()].map((f) => join(dir, f)).sort());
    // text files give exactly one article each
    for (const f of files.keys()) if (!f.endsWith('.jsonl') && !f.endsWith('.jsonl.gz')) expect(bySource(f), f).toHaveLength(1);
  });

  it('gives every failure a one-line reason, and reports it on stderr', () => {
    const failed = arts.filter((a) => a.status === 'error');
    expect(failed.length).toBeGreaterThan(5);
    for (const a of failed) {
      expect(a.error, a.id).toMatch(/^\S.{0,198}$/);
      expect(a.error).not.toMatch(/[\n\r]/);
      expect(run1.stderr).toContain(`${a.error}\n`);
    }
    for (const a of arts.filter((x) => x.status === 'ok')) expect(a.error).toBeNull();
    for (const line of run1.stderr.trimEnd().split('\n')) expect(line.startsWith('asn-scan: ')).toBe(true);
  });

  it('finishes in seconds', () => {
    expect(run1.ms).toBeLessThan(budget(15_000));
  });

  it.each([
    ['empty.txt', 'empty file'],
    ['blank.txt', 'empty file'],
    ['only-spaces.txt', 'empty file'],
    ['binary.txt', 'binary file (not text)'],
    ['binary.html', 'binary file (not HTML)'],
  ])('%s → error %j', (name, reason) => {
    expect(one(name)).toMatchObject({ status: 'error', error: reason });
  });

  it.each([['truncated.txt.gz'], ['notgzip.txt.gz']])('%s → error naming the corrupt gzip', (name) => {
    expect(one(name)).toMatchObject({ status: 'error' });
    expect(one(name).error).toMatch(/^corrupt or truncated gzip \(/);
  });

  it('a truncated .jsonl.gz keeps the records read before the fault and reports the fault once', () => {
    const l = bySource('truncated.jsonl.gz');
    const failed = l.filter((a) => a.status === 'error');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toMatch(/corrupt or truncated gzip|unexpected end of file/);
    expect(l.filter((a) => a.status === 'ok').map((a) => a.id)).toEqual(l.filter((a) => a.status === 'ok').map((a) => a.id).sort());
  });

  it('windows-1252 bytes are decoded (é, curly quotes), not mangled', () => {
    const a = one('cp1252.txt');
    expect(a.status).toBe('ok');
    expect(a.text).toContain('Bupati Lombok Timur, café dan “netralitas” ASN.');
    expect(a.text).not.toContain('\uFFFD');
  });

  it('UTF-16 with a BOM is decoded', () => {
    expect(one('utf16.txt')).toMatchObject({ status: 'ok' });
    expect(one('utf16.txt').text).toContain('Juaini Taofik');
  });

  it('a UTF-8 BOM with CRLF line endings gives the same text, officials and statements as the LF original', () => {
    const lf = one('seed-lf.txt');
    const crlf = one('seed-bom-crlf.txt');
    expect(lf.status).toBe('ok');
    expect(crlf.status).toBe('ok');
    expect(crlf.text).toBe(lf.text);
    expect(crlf.contentHash).toBe(lf.contentHash);
    const officials = (a: OutArticle) => a.officials.map((o) => [o.name, o.title, o.role]);
    const statements = (a: OutArticle) => a.statements.map((s) => [s.kind, s.quote, s.speaker?.name ?? null, s.start, s.end]);
    expect(officials(lf).length).toBeGreaterThan(0);
    expect(statements(lf).length).toBeGreaterThan(0);
    expect(officials(crlf)).toEqual(officials(lf));
    expect(statements(crlf)).toEqual(statements(lf));
  });

  it('a malformed JSONL line between good ones: the good lines are processed, the bad one reported with its line number', () => {
    const l = bySource('mixed.jsonl');
    expect(l.map((a) => [a.id, a.line, a.status])).toEqual([
      ['good-1', 1, 'ok'],
      [`${join(dir, 'mixed.jsonl')}:2`, 2, 'error'],
      ['good-2', 3, 'ok'],
      [`${join(dir, 'mixed.jsonl')}:4`, 4, 'error'],
      [`${join(dir, 'mixed.jsonl')}:5`, 5, 'error'],
      ['no-text', 6, 'error'],
      ['surrogate', 7, 'ok'],
      ['numeric', 8, 'ok'],
    ]);
    expect(l[1]!.error).toMatch(/^line 2: malformed JSON \(/);
    expect(l[3]!.error).toBe('line 4: not a JSON object');
    expect(l[4]!.error).toBe('line 5: not a JSON object');
    expect(l[5]!.error).toMatch(/^line 6: no text/);
    expect(run1.stderr).toMatch(new RegExp(`^asn-scan: ${join(dir, 'mixed.jsonl').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: line 2: malformed JSON`, 'm'));
    expect(l[2]!.officials.length).toBeGreaterThan(0);
  });

  it('a symlink loop is walked once: the file inside appears exactly once, and no path goes through the links', () => {
    expect(bySource(join('loop', 'inside.txt'))).toHaveLength(1);
    expect(arts.some((a) => /[/\\](self|up)[/\\]/.test(a.source))).toBe(false);
    expect(arts.some((a) => a.source.endsWith('dangling.txt'))).toBe(false);
  });

  it.each([
    'spaces.txt', 'quotes.txt', 'quotes-line.txt', 'bacajuga.txt', 'bacajuga-inline.txt', 'keywords.txt', 'numbers.txt', 'long-word.txt', 'newlines.txt',
  ])('pathological %s is processed (ok or a one-line error), with offsets that hold', (name) => {
    const a = one(name);
    expect(['ok', 'error']).toContain(a.status);
    if (a.status === 'ok') for (const s of a.statements) expect(a.text!.slice(s.start, s.end).length).toBe(s.end - s.start);
  });

  it('50,000 BACA JUGA lines are removed, the paragraphs around them kept', () => {
    const a = one('bacajuga.txt');
    expect(a.status).toBe('ok');
    expect(a.text).not.toMatch(/BACA JUGA/i);
    expect(a.text).toContain('Juaini Taofik');
  });

  it('a file that is only boilerplate is an error, not an empty ok', () => {
    const a = one('only-boilerplate.txt');
    expect(a.status).toBe('error');
    expect(a.error).toBe('nothing left after removing boilerplate');
  });

  it('--jobs 2 (worker threads when dist/ is built) gives the same bytes', async () => {
    const r = await cli(['scan', dir, '-f', 'json', '--include-text', '--jobs', '2']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(run1.stdout);
  });
});

describe('hostile sizes', () => {
  it('a 5 MB file on a single line finishes in seconds', async () => {
    const p = join(tmp, 'oneline.txt');
    const unit = `${PARA} "ASN harus netral," kata Sugito. Bawaslu mencatat 12 pelanggaran pada Kamis (03/10/24). `;
    writeFileSync(p, unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length)));
    const t0 = performance.now();
    const r = await cli(['scan', p, '-f', 'json', '--jobs', '1']);
    const ms = performance.now() - t0;
    const [a] = (JSON.parse(r.stdout) as { articles: OutArticle[] }).articles;
    expect(a!.source).toBe(p);
    expect(['ok', 'error']).toContain(a!.status);
    expect(r.code).toBe(a!.status === 'ok' ? 0 : 3);
    expect(ms).toBeLessThan(budget(20_000));
  });

  it('a folder of 10,000 tiny files: every one appears in the output', async () => {
    const many = join(tmp, 'many');
    mkdirSync(many);
    const names: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const name = `a${String(i).padStart(5, '0')}.txt`;
      names.push(join(many, name));
      writeFileSync(join(many, name), i % 1000 === 7 ? '' : `Bupati Lombok Timur hadir ke-${i}.\n`);
    }
    const r = await cli(['scan', many, '-f', 'jsonl', '--jobs', '1']);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as OutArticle);
    expect(out.map((a) => a.source)).toEqual(names);
    expect(out.filter((a) => a.status === 'error')).toHaveLength(10);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/asn-scan: 10000 articles \(10 failed\)/);
  });
});

describe('unreadable inputs', () => {
  it.skipIf(isRoot)('a chmod 000 file is an error entry "permission denied" (skipped as root, where the mode does not stop reads)', async () => {
    const p = join(tmp, 'locked.txt');
    writeFileSync(p, PARA);
    chmodSync(p, 0o000);
    try {
      const r = await cli(['scan', p, '-f', 'json']);
      expect(r.code).toBe(3);
      expect(JSON.parse(r.stdout).articles[0]).toMatchObject({ status: 'error', error: 'permission denied' });
    } finally {
      chmodSync(p, 0o644);
    }
  });

  const collect = async (path: string, format: RawArticle['format'] = 'text', gzip = false) => {
    const out: RawArticle[] = [];
    for await (const a of readSource({ path, format, gzip, error: null })) out.push(a);
    return out;
  };

  it.each([
    ['a missing text file', 'text' as const, 'no such file'],
    ['a missing JSONL file', 'jsonl' as const, 'no such file'],
  ])('readSource on %s gives one error article, never a throw', async (_what, format, reason) => {
    const p = join(tmp, 'does-not-exist');
    const out = await collect(p, format);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ source: p, error: reason, text: null });
  });

  it('readSource on a folder passed as a file says so', async () => {
    const out = await collect(tmp);
    expect(out.map((a) => a.error)).toEqual(['is a folder']);
  });

  it('a missing input named alone on the command line is a usage error, exit 2 (issue #13; with others: exit 3)', async () => {
    const r = await cli(['scan', join(tmp, 'gone.txt'), '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`asn-scan: ${join(tmp, 'gone.txt')}: no such file or folder\n`);
  });
});
