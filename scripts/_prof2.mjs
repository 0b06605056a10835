import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../dist/ingest/html/extract.js';
const dir = '../../shared/html-bench/dev';
const pages = readdirSync(dir).map(f => gunzipSync(readFileSync(dir + '/' + f)).toString('utf8'));
for (let r = 0; r < 6; r++) for (const h of pages) extractHtml(h);
