#!/usr/bin/env node
// HTML main-text extraction: quality (F1 / precision / recall) and speed (pages per second) of
// dist/ingest/html/extract.js on a folder of pages with ground-truth bodies.
//
//   npm run bench:html [-- --pages DIR --truth FILE --show N --dist DIR --dump DIR]
//
// Defaults: ../shared/html-bench/dev/*.html.gz and ../shared/html-bench/ground-truth.dev.json (relative to the
// repo). Scoring is the public article-extraction benchmark's measure (the same as html-bench/score-html.mjs):
// 4-word shingles of the extracted text against the ground-truth body, precision and recall averaged over pages,
// F1 from the two averages. Only the extraction is timed (not reading or gunzipping the files).
// --show N prints the N worst pages; --dump DIR writes <id>.got.txt / <id>.want.txt for diffing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
// ../shared when present (the full material), else the copy in fixtures/ that the eval gate uses.
const sharedPages = join(repo, '..', 'shared', 'html-bench', 'dev');
const pagesDir = resolve(opt('--pages', existsSync(sharedPages) ? sharedPages : join(repo, 'fixtures', 'html-bench', 'dev')));
const truthFile = resolve(opt('--truth', join(pagesDir, '..', 'ground-truth.dev.json')));
const distDir = resolve(opt('--dist', join(repo, 'dist')));
const show = Number(opt('--show', 10));
const dump = opt('--dump', null);
const repeat = Math.max(1, Number(opt('--repeat', 3)));

if (!existsSync(pagesDir) || !existsSync(truthFile)) {
  console.log(`bench:html: no benchmark pages at ${pagesDir} (or no ${truthFile}); nothing to do.`);
  console.log('  Pass --pages DIR --truth FILE to point at a copy of the html-bench dev split.');
  process.exit(0);
}
const modPath = join(distDir, 'ingest', 'html', 'extract.js');
if (!existsSync(modPath)) {
  console.error(`bench:html: ${modPath} not found; build first (npx tsc -p tsconfig.json).`);
  process.exit(1);
}
const { extractHtml } = await import(pathToFileURL(modPath).href);
let decodeHtml = (b) => b.toString('utf8');
const decPath = join(distDir, 'ingest', 'html', 'decode.js');
if (existsSync(decPath)) ({ decodeHtml } = await import(pathToFileURL(decPath).href));

const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
const pages = [];
for (const f of readdirSync(pagesDir).sort()) {
  const m = /^(.*)\.html?(\.gz)?$/u.exec(f);
  if (!m) continue;
  const raw = readFileSync(join(pagesDir, f));
  pages.push({ id: m[1], html: decodeHtml(m[2] ? gunzipSync(raw) : raw) });
}

// ---- scoring: the benchmark's measure (4-word shingles; P/R averaged over pages)
const tokens = (s) => String(s ?? '').match(/[\p{L}\p{N}_]+/gu) ?? [];
function shingles(s) {
  const t = tokens(s);
  const m = new Map();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join('\u0001');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
function match(gold, pred) {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...g.keys(), ...p.keys()])) {
    const a = g.get(k) ?? 0;
    const b = p.get(k) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}
const prec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const rec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

// ---- run (timed: extraction only; best of --repeat runs for the speed figure)
const predicted = {};
let best = Infinity;
for (let r = 0; r < repeat; r++) {
  const t0 = process.hrtime.bigint();
  for (const p of pages) predicted[p.id] = extractHtml(p.html, { url: truth[p.id]?.url ?? null }).text ?? '';
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (s < best) best = s;
}

const rows = [];
let missing = 0;
for (const [id, g] of Object.entries(truth)) {
  if (!(id in predicted)) missing++;
  const m = match(g.articleBody, predicted[id] ?? '');
  rows.push({ id, url: g.url, m, p: prec(m), r: rec(m) });
  if (dump) {
    mkdirSync(dump, { recursive: true });
    writeFileSync(join(dump, `${id.slice(0, 12)}.got.txt`), predicted[id] ?? '');
    writeFileSync(join(dump, `${id.slice(0, 12)}.want.txt`), g.articleBody ?? '');
  }
}
const P = mean(rows.filter((x) => x.m[0] + x.m[1] > 0).map((x) => x.p));
const R = mean(rows.filter((x) => x.m[0] + x.m[2] > 0).map((x) => x.r));
const F = P + R ? (2 * P * R) / (P + R) : 0;
for (const x of [...rows].sort((a, b) => a.p + a.r - (b.p + b.r)).slice(0, show))
  console.log(`  P ${x.p.toFixed(2)} R ${x.r.toFixed(2)}  ${x.id.slice(0, 12)}  ${x.url ?? ''}`);
if (missing) console.log(`${missing} pages missing from the output`);
const bytes = pages.reduce((a, p) => a + p.html.length, 0);
console.log(`html main text: F1 ${F.toFixed(3)}  precision ${P.toFixed(3)}  recall ${R.toFixed(3)}  over ${rows.length} pages`);
console.log(`speed: ${(pages.length / best).toFixed(1)} pages/s  (${((bytes / 1e6) / best).toFixed(1)} MB/s, best of ${repeat}, one core)`);
