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
  it('on a web page prints the headline as the first paragraph: `clean page.html > page.txt` gives the same items', async () => {
    // own invented page: the count of seven and the election year are stated only in the headline
    const headline = 'Tujuh ASN Kabupaten Sintang Dilaporkan ke Bawaslu Jelang Pilkada 2024';
    const para = 'Badan Pengawas Pemilu setempat menerima laporan dugaan pelanggaran netralitas dari warga pada pekan lalu. Para pegawai itu diduga ikut hadir dalam pertemuan tim pemenangan salah satu pasangan calon di sebuah rumah makan.';
    const html = `<!doctype html><html lang="id"><head><title>${headline} - Kabar Kapuas</title>
<meta property="og:title" content="${headline}"></head><body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>${headline}</h1><div class="entry-content"><p>${para}</p><p>${para.replace('pekan lalu', 'hari Senin')}</p>
<p>Laporan itu kini dikaji untuk diteruskan kepada instansi yang berwenang bila terbukti ada pelanggaran.</p></div></article>
<footer>Hak cipta Kabar Kapuas</footer></body></html>`;
    const dir = mkdtempSync(join(tmpdir(), 'asn-clean-html-'));
    try {
      writeFileSync(join(dir, 'page.html'), html);
      const r = await cli(['clean', join(dir, 'page.html')]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`${headline}\n\n`)).toBe(true);
      expect(r.stdout).not.toMatch(/Beranda|Hak cipta/);
      writeFileSync(join(dir, 'page.txt'), r.stdout);
      const items = async (f: string) => {
        const a = JSON.parse((await cli([join(dir, f), '-f', 'json', '-q'])).stdout).articles[0];
        return {
          counts: a.violations.map((v: { value: number; unit: string }) => `${v.value} ${v.unit}`),
          elections: a.elections.map((e: { name: string; year: number }) => `${e.name} ${e.year}`),
          regions: a.regions.map((g: { code: string }) => g.code),
        };
      };
      const fromHtml = await items('page.html');
      expect(fromHtml.counts.length).toBeGreaterThan(0);
      expect(fromHtml.elections).toContain('Pilkada 2024');
      expect(await items('page.txt')).toEqual(fromHtml);
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
