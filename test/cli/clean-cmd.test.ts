import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import { cli, SEEDS } from '../helpers/cli.js';

const SEED4 = `${SEEDS}/004_69e4b941b536bd41.txt`;

describe('asn-scan clean', () => {
  it('prints the cleaned text: no boilerplate, the pasted-twice article once', async () => {
    const r = await cli(['clean', SEED4]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/32\.7 C|Baca Juga|Terpopuler|Artikel Terbaru|\(eri\/art\/kpg\)|KASONGAN, PROKALTENG/);
    expect(r.stdout.split('Meskipun ASN memiliki hak pilih')).toHaveLength(2);
    expect(r.stdout.startsWith('Netralitas ASN Salah Satu Kunci Utama')).toBe(true);
  });

  it('--show-removed lists kind, rule and text, one per line', async () => {
    const r = await cli(['clean', '--show-removed', SEED4]);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.every((x) => x.length === 3)).toBe(true);
    expect(rows.slice(0, 3).map((x) => x[0])).toEqual(['weather-header', 'weather-header', 'weather-header']);
    expect(rows.map((x) => x[2])).toContain('32.7 C');
    expect(rows.filter((x) => x[0] === 'duplicate').length).toBeGreaterThanOrEqual(5);
    expect(rows.find((x) => x[0] === 'dateline')?.[2]).toBe('KASONGAN, PROKALTENG.CO –');
  });

  it('reads stdin; a mistyped path exits 2 (as for scan), an unreadable file 3', async () => {
    expect((await cli(['clean', '-'], { stdin: 'BACA JUGA : Kapolda NTB Putra Daerah\n\nIsi berita tetap ada.' })).stdout).toBe('Isi berita tetap ada.\n');
    const missing = await cli(['clean', 'fixtures/nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('asn-scan: fixtures/nope.txt: no such file or folder\n');
    const dir = mkdtempSync(join(tmpdir(), 'asn-clean-'));
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      const empty = await cli(['clean', join(dir, 'empty.txt')]);
      expect(empty.code).toBe(3);
      expect(empty.stderr).toBe(`asn-scan: ${join(dir, 'empty.txt')}: empty file\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('progress bar', () => {
  afterEach(() => vi.useRealTimers());
  const capture = () => {
    const s = new PassThrough();
    const out: string[] = [];
    s.on('data', (c: Buffer) => out.push(c.toString()));
    return { s, out };
  };

  it('stays silent for the first second, then draws on stderr and clears at the end', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const { s, out } = capture();
    const p = new Progress(s, true, 10);
    p.tick(1, 1);
    expect(out.join('')).toBe('');
    vi.setSystemTime(1500);
    p.tick(5, 50);
    p.done();
    await new Promise((r) => setImmediate(r));
    expect(out.join('')).toMatch(/\[#{12} {12}\] 5\/10 files, 50 articles/);
    expect(out.join('').endsWith('\r\x1b[K')).toBe(true);
  });

  it('never draws when disabled (stderr not a terminal, or --quiet)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const { s, out } = capture();
    const p = new Progress(s, false, 10);
    vi.setSystemTime(5000);
    p.tick(5, 50);
    p.done();
    await new Promise((r) => setImmediate(r));
    expect(out.join('')).toBe('');
  });
});
