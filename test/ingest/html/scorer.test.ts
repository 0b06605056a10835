// A scorer that shells out to the tool (the benchmark's score-html.mjs, `npm run bench:html -- --cli`) must survive
// pages without an article: the run exits 3, and its JSONL still holds one complete line per page, the failed ones
// with `status: "error"` and an empty text. Runs the real binary (built by `pretest`), as the scorers do.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(__dirname, '../../../bin/asn-scan.js');
const general = join(__dirname, '../../../fixtures/html/general');
const html = join(__dirname, '../../../fixtures/html');
const dir = mkdtempSync(join(tmpdir(), 'asn-scan-exit3-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 11 article pages ×4 (gzipped, as the benchmark ships them) and 3 pages without an article.
const truth: Record<string, { articleBody: string }> = {};
for (const f of readdirSync(general).filter((x) => x.endsWith('.html'))) {
  for (let k = 0; k < 4; k++) {
    const id = `${f.replace('.html', '')}-${k}`;
    writeFileSync(join(dir, `${id}.html.gz`), gzipSync(readFileSync(join(general, f))));
    truth[id] = { articleBody: readFileSync(join(general, f.replace('.html', '.txt')), 'utf8') };
  }
}
for (const f of ['404.html', 'empty-shell.html', 'index.html']) {
  copyFileSync(join(html, f), join(dir, f));
  truth[f.replace('.html', '')] = { articleBody: '' };
}
const truthFile = join(dir, 'truth.json');
writeFileSync(truthFile, JSON.stringify(truth));
const pages = Object.keys(truth).length;

describe('exit 3 runs are complete and scoreable', () => {
  const r = spawnSync(process.execPath, [bin, 'scan', dir, '--format', 'jsonl', '--include-text'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = r.stdout.split('\n').filter((l) => l.trim());

  it('exits 3 with one JSON line per page, each complete', () => {
    expect(r.status).toBe(3);
    expect(lines).toHaveLength(pages);
    const rows = lines.map((l) => JSON.parse(l) as { source: string; status: string; error: string | null; text: string });
    const failed = rows.filter((x) => x.status === 'error').map((x) => [x.source.split('/').pop(), x.error, x.text]);
    expect(failed.sort()).toEqual([
      ['404.html', 'no article found', ''],
      ['empty-shell.html', 'no article found', ''],
      ['index.html', 'no article found (a listing of teasers: a tag, section, search or index page)', ''],
    ]);
    expect(rows.filter((x) => x.status === 'ok' && x.text.length > 200)).toHaveLength(pages - 3);
  });

  it('says which pages failed on stderr, one asn-scan: line each', () => {
    expect(r.stderr.split('\n').filter((l) => l.includes('no article found'))).toHaveLength(3);
  });

  it.each([
    ['the benchmark scorer (score-html.mjs)', ['fixtures/html-bench/score-html.mjs', '--pages', dir, '--truth', truthFile, '--cmd', `${process.execPath} ${bin}`]],
  ])('%s scores the run instead of aborting', (_, argv) => {
    const out = execFileSync(process.execPath, argv, { encoding: 'utf8', cwd: join(__dirname, '../../..') });
    expect(out).not.toMatch(/pages missing/);
    const f1 = Number(/F1 ([\d.]+)/.exec(out)?.[1]);
    expect(f1).toBeGreaterThan(0.5);
  }, 60_000);
});
