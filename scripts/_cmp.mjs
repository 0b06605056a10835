// compare per-page F1 between defaults and an override: node scripts/_cmp.mjs '{"FALLBACK_WHEN_SHORTER":0}'
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../dist/ingest/html/extract.js';
const dir = '../../shared/html-bench/dev';
const truth = JSON.parse(readFileSync('../../shared/html-bench/ground-truth.dev.json', 'utf8'));
const sh = (s) => { const t = s.match(/[\p{L}\p{N}_]+/gu) ?? []; const m = new Map(); for (let i = 0; i < Math.max(1, t.length - 3); i++) { const k = t.slice(i, i + 4).join(' '); if (k) m.set(k, (m.get(k) ?? 0) + 1); } return m; };
const f1 = (w, g) => { const a = sh(w), b = sh(g ?? ''); let tp = 0, np = 0, ng = 0; for (const v of a.values()) ng += v; for (const [k, v] of b) { np += v; tp += Math.min(v, a.get(k) ?? 0); } return tp ? 2 * tp / (np + ng) : 0; };
const over = JSON.parse(process.argv[2] ?? '{}');
for (const f of readdirSync(dir).sort()) {
  const id = f.replace('.html.gz', ''); const h = gunzipSync(readFileSync(dir + '/' + f)).toString('utf8');
  const a = f1(truth[id].articleBody, extractHtml(h).text); const b = f1(truth[id].articleBody, extractHtml(h, { thresholds: over }).text);
  if (Math.abs(a - b) > 0.002) console.log(id.slice(0, 12), a.toFixed(3), '->', b.toFixed(3), truth[id].url);
}
