#!/usr/bin/env node
// npm run bench:report — size and load time of the HTML report for ~20,000 statements (issue #20).
//
//   node scripts/bench-report.mjs [--statements 20000] [--runs 5] [--html report.html]
//
// (--html times an existing report instead of building one.)
//
// The corpus is the seed articles copied under distinct paths until the statements reach the target (every
// copy is a distinct article, so every statement is a distinct row). The report is opened from a file://
// URL in Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core; a load is timed
// from navigation start to the end of the report's script (the first page drawn, filters filled), after a
// warm-up load. Figures are printed, never asserted: timing belongs here, not in `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const target = Number(opt('--statements', 20000));
const runs = Number(opt('--runs', 5));
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(exe)) {
  console.error(`bench-report: no Chromium at ${exe} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) spawnSync('npx', ['tsc', '-p', root], { stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'asn-scan-bench-report-'));
try {
  const seedsDir = join(root, 'fixtures', 'seeds');
  const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const perRound = 46; // statements in one copy of the five seeds
  const rounds = Math.ceil(target / perRound);
  for (let i = 0; i < (opt('--html', null) ? 0 : rounds); i++) {
    const sub = join(work, 'corpus', String(Math.floor(i / 100)).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    seeds.forEach((s, k) => writeFileSync(join(sub, `a${i}-${k}.txt`), s));
  }
  const given = opt('--html', null);
  const html = given ?? join(work, 'report.html');
  const t0 = Date.now();
  const r = given ? { status: 0 } : spawnSync(process.execPath, [join(root, 'bin', 'asn-scan.js'), join(work, 'corpus'), '--report', html, '-o', join(work, 'out.jsonl'), '-q'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`asn-scan exited ${r.status}`);
  const gen = Date.now() - t0;
  const bytes = statSync(html).size;
  const page0 = readFileSync(html, 'utf8');
  const open = '<script type="application/json" class="report-data">';
  const parts = page0.split(open).slice(1).map((p) => p.slice(0, p.indexOf('</script>')));
  const n = JSON.parse(parts.join('')).st.length;
  console.log(`report: ${n} statements from ${rounds * seeds.length} articles, ${(bytes / 1e6).toFixed(1)} MB (${Math.round(bytes / n)} bytes per statement); scan + report ${(gen / 1000).toFixed(1)} s`);

  // playwright-core gives the browser a fresh temporary profile (--user-data-dir) and removes it on close
  const browser = await chromium.launch({
    executablePath: exe, headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu', '--disable-quic', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await browser.newBrowserCDPSession();
    /** CPU seconds used so far by the renderer processes (the page's parsing, script, style and layout):
     *  unlike wall time, not inflated when other work shares the machine's cores. */
    const rendererCpu = async () => (await cdp.send('SystemInfo.getProcessInfo')).processInfo.filter((p) => p.type === 'renderer').reduce((s, p) => s + p.cpuTime, 0);
    const url = pathToFileURL(html).href;
    const times = [];
    for (let i = 0; i <= runs; i++) {
      await page.goto('about:blank');
      const cpu0 = await rendererCpu();
      await page.goto(`${url}?run=${i}`);
      await page.waitForSelector('html[data-ready="1"]');
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { ready: performance.now(), parsed: nav.domInteractive, script: Number(document.documentElement.dataset.scriptMs) };
      });
      t.cpu = ((await rendererCpu()) - cpu0) * 1000;
      if (i > 0) times.push(t); // the first load warms the browser up
    }
    const med = (k) => times.map((t) => t[k]).sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(`load in Chromium (median of ${runs}, after a warm-up): ready ${Math.round(med('ready'))} ms wall (document parsed ${Math.round(med('parsed'))} ms, script ${Math.round(med('script'))} ms); renderer CPU ${Math.round(med('cpu'))} ms`);
    console.log(`  each run, wall/CPU ms: ${times.map((t) => `${Math.round(t.ready)}/${Math.round(t.cpu)}`).join(', ')}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
