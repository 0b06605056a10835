#!/usr/bin/env node
// npm run bench:report — size and load time of the HTML report for ~20,000 statements (issue #20).
//
//   node scripts/bench-report.mjs [--statements 20000] [--runs 5] [--html report.html] [--keep DIR]
//
// (--html times an existing report instead of building one; --keep DIR keeps both pages timed there.)
//
// The corpus is the seed articles copied under distinct paths until the statements reach the target (every
// copy is a distinct article, so every statement is a distinct row). The page's data is deflated (see
// src/report/html/page.ts packData), and copies of five articles deflate far better than any real corpus
// would: so the report is timed twice, as written, and "distinct": the same page with every article's text
// (title, quotes, contexts) put through a letter substitution of its own, so no article repeats another
// while each keeps its own letter statistics and the overlaps between its quotes and contexts. That is
// the figure to quote: a real corpus (syndicated copies included) deflates at least as well.
//
// The report is opened from a file:// URL in Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through
// playwright-core, after a warm-up load. A load is timed by the report's own performance marks, from
// navigation start: `ready` (data read, filters filled, the page's view drawn: the report is usable), and
// `text` (the statements' text read in the background, needed for another page or a search). The page's
// main-thread CPU time (from a Chromium trace) is printed too: unlike wall time it is not inflated when other
// work shares the machine's cores.
// Figures are printed, never asserted: timing belongs here, not in `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
const { packData, unpackData } = await import(pathToFileURL(join(root, 'dist', 'report', 'html', 'page.js')).href);

/** The packed blocks of one class in a page: [start of the first, end of the last, their texts]. */
function blocks(html, cls) {
  const open = `<script type="application/octet-stream" class="${cls}">`;
  const parts = [];
  let from = -1, to = -1;
  for (let i = html.indexOf(open); i >= 0; i = html.indexOf(open, i + 1)) {
    if (from < 0) from = i;
    const end = html.indexOf('</script>', i);
    parts.push(html.slice(i + open.length, end));
    to = end + '</script>'.length;
  }
  return { from, to, parts, open };
}
const rebuild = (html, b, value) => html.slice(0, b.from) + packData(value).map((c) => `${b.open}${c}</script>`).join('\n') + html.slice(b.to);

/** A letter substitution per article (a seeded shuffle of a–z, the same for A–Z). */
function cipher(seed) {
  let s = (seed * 2654435761) >>> 0 || 1;
  const rand = () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), (s >>> 0) / 4294967296);
  const abc = [...'abcdefghijklmnopqrstuvwxyz'];
  for (let i = abc.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [abc[i], abc[j]] = [abc[j], abc[i]];
  }
  return (t) => t.replace(/[a-z]/giu, (c) => (c <= 'Z' ? abc[c.charCodeAt(0) - 65].toUpperCase() : abc[c.charCodeAt(0) - 97]));
}

/** The same report with no article's text repeating another's (see above). */
function distinct(html) {
  const db = blocks(html, 'report-data');
  const data = unpackData(db.parts);
  const ciphers = data.art.map((_, i) => cipher(i + 1));
  data.art = data.art.map((a, i) => [ciphers[i](a[0]), ...a.slice(1)]);
  const tb = blocks(html, 'report-text');
  const text = unpackData(tb.parts).map((t, i) => t.map(ciphers[data.st[i][0]]));
  return rebuild(rebuild(html, tb, text), blocks(rebuild(html, tb, text), 'report-data'), data);
}

/** Main-thread CPU of the page (the renderer's top-level tasks' thread time, from a Chromium trace) from the
 *  start of parsing to the mark `until`: what the page costs, not inflated when other work shares the cores. */
function mainThreadCpu(trace, until) {
  const ev = JSON.parse(trace.toString()).traceEvents;
  const parse = ev.filter((e) => e.name === 'ParseHTML');
  const { pid, tid } = parse[0];
  const start = Math.min(...parse.filter((e) => e.pid === pid && e.tid === tid).map((e) => e.ts));
  const end = ev.find((e) => e.pid === pid && e.name === `report:${until}`)?.ts ?? NaN;
  let cpu = 0, last = 0;
  for (const e of ev.filter((x) => x.pid === pid && x.tid === tid && x.ph === 'X' && x.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts)) {
    if (e.ts + e.dur < start || e.ts >= end || e.ts < last) continue; // outside, or nested in a task counted
    cpu += (e.tdur ?? e.dur) / 1000;
    last = e.ts + e.dur;
  }
  return cpu;
}

async function time(label, html, browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(html).href;
  const times = [];
  const load = [];
  for (let i = 0; i <= runs; i++) {
    await page.goto('about:blank');
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
    await page.goto(`${url}?run=${i}`);
    await page.waitForSelector('html[data-text="1"]', { state: 'attached', timeout: 120_000 });
    const t = await page.evaluate(() => {
      const mark = (n) => performance.getEntriesByName(`report:${n}`)[0]?.startTime ?? NaN;
      return { start: mark('start'), ready: mark('ready'), text: mark('text') };
    });
    const trace = await browser.stopTracing();
    t.cpu = mainThreadCpu(trace, 'ready');
    t.cpuText = mainThreadCpu(trace, 'text');
    load.push(loadavg()[0]);
    if (i > 0) times.push(t); // the first load warms the browser up
  }
  await page.close();
  const sorted = (k) => times.map((t) => t[k]).sort((a, b) => a - b);
  const med = (k) => Math.round(sorted(k)[Math.floor(times.length / 2)]);
  const span = (k) => `${Math.round(sorted(k)[0])}–${Math.round(sorted(k).at(-1))}`;
  console.log(`${label}: ${(statSync(html).size / 1e6).toFixed(2)} MB; median of ${runs} loads (range), ms from navigation start:`);
  console.log(`  wall: ready ${med('ready')} (${span('ready')}), script started ${med('start')}, text read ${med('text')} (${span('text')})`);
  console.log(`  main-thread CPU: to ready ${med('cpu')} (${span('cpu')}), to text read ${med('cpuText')} (${span('cpuText')})`);
  console.log(`  each run, ready/text wall, ready CPU: ${times.map((t) => `${Math.round(t.ready)}/${Math.round(t.text)}/${Math.round(t.cpu)}`).join(', ')}; 1-min load average ${load.map((l) => l.toFixed(1)).join(' ')}`);
}

const work = mkdtempSync(join(tmpdir(), 'asn-scan-bench-report-'));
try {
  const seedsDir = join(root, 'fixtures', 'seeds');
  const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const perRound = 46; // statements in one copy of the five seeds
  const rounds = Math.ceil(target / perRound);
  const given = opt('--html', null);
  for (let i = 0; i < (given ? 0 : rounds); i++) {
    const sub = join(work, 'corpus', String(Math.floor(i / 100)).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    seeds.forEach((s, k) => writeFileSync(join(sub, `a${i}-${k}.txt`), s));
  }
  const html = given ?? join(work, 'report.html');
  const t0 = Date.now();
  const r = given ? { status: 0 } : spawnSync(process.execPath, [join(root, 'bin', 'asn-scan.js'), join(work, 'corpus'), '--report', html, '-o', join(work, 'out.jsonl'), '-q'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`asn-scan exited ${r.status}`);
  const gen = Date.now() - t0;
  const page0 = readFileSync(html, 'utf8');
  const n = unpackData(blocks(page0, 'report-data').parts).st.length;
  console.log(`report: ${n} statements${given ? '' : ` from ${rounds * seeds.length} articles; scan + report ${(gen / 1000).toFixed(1)} s`}`);
  const other = join(work, 'distinct.html');
  writeFileSync(other, distinct(page0));
  const keep = opt('--keep', null);
  if (keep) {
    mkdirSync(keep, { recursive: true });
    if (!given) writeFileSync(join(keep, 'report.html'), page0);
    writeFileSync(join(keep, 'distinct.html'), readFileSync(other));
  }

  // playwright-core gives the browser a fresh temporary profile (--user-data-dir) and removes it on close
  const browser = await chromium.launch({
    executablePath: exe, headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu', '--disable-quic', '--disable-sync'],
  });
  try {
    await time('as written (copies of the seeds)', html, browser);
    await time('distinct (no article repeats another: the figure to quote)', other, browser);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
