import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio/slim';
const { buildPage } = await import('../dist/ingest/html/page.js');
const { DEFAULTS } = await import('../dist/ingest/html/thresholds.js');
const h = gunzipSync(readFileSync(process.argv[2])).toString('utf8');
const $ = cheerio.load(h, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
const pg = buildPage($.root()[0], DEFAULTS);
const needle = process.argv[3];
for (let i = 0; i < pg.nodes.length; i++) {
  const n = pg.nodes[i];
  if (n.type === 'text' && n.data.includes(needle)) {
    for (let a = i; a >= 0; a = pg.parent[a]) { const x = pg.nodes[a]; console.log(a, x.name ?? x.type, JSON.stringify(x.attribs?.class ?? ''), 'drop', pg.dropped[a], 'text', pg.text[a], 'link', pg.link[a]); }
    break;
  }
}
