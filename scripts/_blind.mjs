import { readFileSync, readdirSync } from 'node:fs';
const { extractHtml } = await import(process.env.DIST ? process.env.DIST + '/ingest/html/extract.js' : '../dist/ingest/html/extract.js');
const dir = 'fixtures/html/general';
const sh = (s) => { const t = s.match(/[\p{L}\p{N}_]+/gu) ?? []; const m = new Map(); for (let i = 0; i < Math.max(1, t.length - 3); i++) { const k = t.slice(i, i + 4).join(' '); if (k) m.set(k, (m.get(k) ?? 0) + 1); } return m; };
const f1 = (w, g) => { const a = sh(w), b = sh(g ?? ''); let tp = 0, np = 0, ng = 0; for (const v of a.values()) ng += v; for (const [k, v] of b) { np += v; tp += Math.min(v, a.get(k) ?? 0); } return tp ? 2 * tp / (np + ng) : 0; };
for (const f of readdirSync(dir).filter(f => f.endsWith('.html'))) {
  const r = extractHtml(readFileSync(dir + '/' + f, 'utf8'));
  console.log(f.replace('.html',''), f1(readFileSync(dir + '/' + f.replace('.html', '.txt'), 'utf8'), r.text).toFixed(3), r.reason ?? '', process.argv[2] ? '\n' + r.text : '');
}
