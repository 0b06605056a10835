import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const A = (await import('/tmp/base/dist/ingest/html/extract.js')).extractHtml;
const B = (await import('../dist/ingest/html/extract.js')).extractHtml;
const dir = '../../shared/html-bench/dev';
const pages = readdirSync(dir).map(f => gunzipSync(readFileSync(dir + '/' + f)).toString('utf8'));
const t = { A: [], B: [] };
for (let r = 0; r < 4; r++) for (const [k, f] of [['A', A], ['B', B]]) { const t0 = performance.now(); for (const h of pages) f(h); t[k].push(performance.now() - t0); }
for (const k of ['A', 'B']) console.log(k, 'best', (pages.length / (Math.min(...t[k]) / 1000)).toFixed(1), 'pages/s');
