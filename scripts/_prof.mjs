import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio/slim';
import { extractHtml } from '../dist/ingest/html/extract.js';
const dir = '../../shared/html-bench/dev';
const pages = readdirSync(dir).map(f => gunzipSync(readFileSync(dir + '/' + f)).toString('utf8'));
const PO = { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } };
for (let r = 0; r < 3; r++) {
let t0 = performance.now();
for (const h of pages) cheerio.load(h, PO);
const a = performance.now() - t0; t0 = performance.now();
for (const h of pages) extractHtml(h);
const b = performance.now() - t0;
console.log('parse', (a/pages.length).toFixed(1), 'ms/page; full', (b/pages.length).toFixed(1));
}
