// A second, independent check set for the HTML main-text cascade (issue 15): 33 article pages of our own writing in
// the layouts of many CMSs (WordPress themes, Indonesian portals, Medium-like and Ghost blogs, AMP, Blogger,
// government table layouts, live blogs), with lists and tables carrying content, huge footers, tickers,
// recommendation grids, comment threads longer than the article, a JavaScript shell whose body is only in JSON-LD.
// The expected body of fixtures/html/unseen/<name>.html is <name>.txt, written by fixtures/html/make-gold.mjs from the parts of the
// page marked <!--gold-->…<!--/gold--> (comments: invisible to every extractor). The cascade was never tuned on
// these pages before they were scored; the names in holdout.txt (every third page by name, chosen before scoring)
// were never looked at while tuning.
//
// Scored like the benchmark (4-word shingles): `npm run bench:html -- --pages fixtures/html/unseen` prints the
// aggregate F1 (P and R averaged over pages) for the tuned-on and held-out pages and Readability.js's on the same.
//
// BLIND (commit de9e2d3's cascade, before any change for these pages), aggregate over the 33 pages:
//   ours F1 0.908 (P 0.858, R 0.964), tuned-on 22 pages 0.897, held-out 11 pages 0.931 (P 0.873, R 0.998);
//   Readability.js (linkedom) on the same pages F1 0.838 (P 0.791, R 0.891), held-out 0.859.
// AFTER the changes (tuned on the 22 other pages only): F1 0.991 (P 0.982, R 1.000); tuned-on 1.000; held-out 0.972
//   (P 0.947, R 0.999). The held-out pages still below 1: cookie-modal 0.978, footnotes-essay 0.918,
//   gov-press-table 0.899, sections-longform 0.881.
// Per page, blind (benchmark page F1):
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/html/extract.js';
import { overlap, pageF1 } from './shingles.js';

const BLIND: Record<string, number> = {
  'amp-page': 1.0,
  'blogger-br': 1.0,
  'brief-big-sidebar': 0.371, // held out
  'comments-long': 0.482, // the comment thread won over the article
  'contentrec-site': 1.0,
  'cookie-modal': 0.978, // held out
  'faq-dl': 1.0,
  'footer-huge': 0.368, // the "about us" footer kept with the short article
  'footnotes-essay': 0.918, // held out
  'gallery-captions': 0.716, // long photo captions kept
  'ghost-blog': 1.0,
  'gov-press-table': 0.899, // held out
  'inline-related-list': 1.0,
  'jsonld-shell': 0, // "no article found": the body is only in JSON-LD articleBody
  'listicle-ol': 1.0, // held out
  liveblog: 1.0,
  'main-with-sidebar': 0.636, // the announcements column inside <main> kept
  'medium-like': 1.0, // held out
  'opinion-bio': 0.816, // the author bio kept
  'paywall-more-stories': 1.0,
  'portal-detail-ticker': 0.994, // held out
  'portal-read-pages': 0.887, // "Baca juga" lines and the credit kept
  'portal-tribun-inline': 0.868, // "Baca juga" lines kept
  'portal-video-ads': 1.0, // held out
  'recipe-lists': 1.0,
  'recommend-grid': 1.0,
  'sections-longform': 0.857, // held out
  'small-divs': 1.0,
  'table-results': 1.0,
  'techblog-code': 1.0, // held out
  'technews-links': 1.0,
  'wp-newspaper-td': 0.976,
  'wp-twentyx-comments': 1.0, // held out
};
void BLIND;

const dir = join(__dirname, '../../../fixtures/html/unseen');
const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
const HOLDOUT = new Set(read('holdout.txt').split('\n').map((x) => x.trim()).filter(Boolean));
const NAMES = Object.keys(BLIND).sort();

/** The benchmark's aggregate: precision and recall averaged over pages, F1 from the two averages. */
function aggregate(names: string[]): number {
  let p = 0;
  let r = 0;
  for (const n of names) {
    const want = read(`${n}.txt`);
    const got = extractHtml(read(`${n}.html`)).text ?? '';
    const [tp, np, ng] = overlap(want, got);
    p += np ? tp / np : 0;
    r += ng ? tp / ng : 0;
  }
  p /= names.length;
  r /= names.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

describe('HTML main text on pages the cascade was not written for (fixtures/html/unseen)', () => {
  it('has the pages, gold bodies and a held-out third', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(30);
    expect(HOLDOUT.size).toBeGreaterThanOrEqual(10);
    for (const n of HOLDOUT) expect(NAMES).toContain(n);
  });

  it.each(NAMES)('%s: an article is found and no page falls far below its blind score', (name) => {
    const r = extractHtml(read(`${name}.html`));
    expect(r.reason, name).toBeNull();
    const f1 = pageF1(read(`${name}.txt`), r.text);
    // Tuned-on pages must reach MIN_PAGE_F1; no page may fall below its blind score.
    const floor = HOLDOUT.has(name) ? BLIND[name]! : Math.max(MIN_PAGE_F1, BLIND[name]!);
    expect(f1, `${name}: F1 ${f1.toFixed(3)}\n${r.text}`).toBeGreaterThanOrEqual(floor - 0.005);
  });

  it('aggregate F1 on the tuned-on and on the held-out pages', () => {
    expect(aggregate(NAMES.filter((n) => !HOLDOUT.has(n)))).toBeGreaterThanOrEqual(MIN_TUNED_F1);
    expect(aggregate(NAMES.filter((n) => HOLDOUT.has(n)))).toBeGreaterThanOrEqual(MIN_HELDOUT_F1);
  });
});

const MIN_PAGE_F1 = 0.97;
const MIN_TUNED_F1 = 0.99;
const MIN_HELDOUT_F1 = 0.965;
