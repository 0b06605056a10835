// A third check set for the HTML main-text cascade (round 12): 12 pages of our own whose article body the page
// interrupts, in the layouts where fresh pages lost text or kept furniture: WordPress themes (Jannah's in-post ad
// slot between two content blocks, Newspaper's inline ad units, Sahifa's "BACA JUGA" box), Ghost's callout and
// alternative-quote cards, a Medium-like pull quote, Blogger with an embedded post and a video player, a detik-like
// `page=all` page (pager and player between three body blocks), kompas- and tribun-like pages (Telegram and
// WhatsApp-channel boxes, "Baca juga" lines, ad slots), a Diskominfo table layout whose body continues after an
// Instagram embed as bare paragraphs, and two live reports (a radio's entries with a poll and an ad between them, a
// TV's `<article>` entries with ads, a player and a related link between them).
// The expected body of fixtures/html/interrupted/<name>.html is <name>.txt, written by fixtures/html/make-gold.mjs from the parts
// marked <!--gold-->…<!--/gold--> (timestamps, embedded posts, player titles, promotions and echoed quotes are left
// out). The names in holdout.txt (every third page by name from the second, chosen before scoring) were never looked
// at while tuning.
//
// Scored like the benchmark (4-word shingles): `npm run bench:html -- --pages fixtures/html/interrupted`.
// BLIND (commit 1b880cf's cascade, before any change for these pages), aggregate over the 12 pages:
//   F1 0.907 (P 0.884, R 0.932); tuned-on 8 pages 0.897; held-out 4 pages 0.925 (P 0.876, R 0.981).
//   Kinds that failed: a body continued in a sibling container or as bare paragraphs after an ad slot or an embed
//   (diskominfo-embed 0.646: half the body lost); promotions of the outlet's channels kept (kompas, tribun, radio);
//   a poll and a player's title inside a live report; pull quotes and callout cards repeating a body sentence
//   (ghost, medium); an embedded post's text and a player's title (blogger).
// AFTER (continuation.ts, echo.ts, promotions and media boxes in render.ts): F1 0.976 (P 0.966, R 0.985); tuned-on
//   0.982; held-out 0.963 (P 0.937, R 0.991). Left: the embedded tweet of blogger-embeds (the benchmark's bodies keep
//   embedded posts: dropping them cost dev pages 0dd135, 6a72de), the live report's intro of tv-live-articles (a
//   block between the headline and the body is a standfirst, which the benchmark's bodies leave out: dev page
//   1f765c); held out: inline ad units with an advertiser's paragraph (newspaper-td-inline), the "Artikel ini telah
//   tayang" credit (tribun-wa-channel).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/html/extract.js';
import { overlap, pageF1 } from './shingles.js';

/** [blind F1, F1 after] per page. */
const SCORES: Record<string, [number, number]> = {
  'blogger-embeds': [0.868, 0.91], // the embedded tweet kept (the benchmark keeps embedded posts)
  'detik-pageall': [0.975, 0.975], // held out
  'diskominfo-embed': [0.646, 1.0], // the body after the Instagram embed lost
  'ghost-callout-quote': [0.913, 1.0], // the callout card and the alternative quote repeated body sentences
  'jannah-split-ads': [0.955, 1.0], // held out
  'kompas-read-pages': [0.885, 1.0], // the Telegram box kept
  'medium-pullquote': [0.933, 1.0], // the pull quote and the responses kept
  'newspaper-td-inline': [0.923, 0.923], // held out
  'radio-live-report': [0.911, 1.0], // the poll and the streaming promotion kept
  'sahifa-bacajuga-box': [1.0, 1.0],
  'tribun-wa-channel': [0.84, 0.952], // held out
  'tv-live-articles': [0.899, 0.938], // the player's title kept; the intro is still lost (a standfirst's place)
};

const dir = join(__dirname, '../../../fixtures/html/interrupted');
const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
const HOLDOUT = new Set(read('holdout.txt').split('\n').map((x) => x.trim()).filter(Boolean));
const NAMES = Object.keys(SCORES).sort();

/** The benchmark's aggregate: precision and recall averaged over pages, F1 from the two averages. */
function aggregate(names: string[]): number {
  let p = 0;
  let r = 0;
  for (const n of names) {
    const [tp, np, ng] = overlap(read(`${n}.txt`), extractHtml(read(`${n}.html`)).text ?? '');
    p += np ? tp / np : 0;
    r += ng ? tp / ng : 0;
  }
  p /= names.length;
  r /= names.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

describe('HTML main text on pages whose body is interrupted (fixtures/html/interrupted)', () => {
  it('has the pages, gold bodies and a held-out third', () => {
    expect(NAMES.length).toBe(12);
    expect(HOLDOUT.size).toBe(4);
    for (const n of HOLDOUT) expect(NAMES).toContain(n);
  });

  it.each(NAMES)('%s: an article is found and the page keeps its score', (name) => {
    const r = extractHtml(read(`${name}.html`));
    expect(r.reason, name).toBeNull();
    const f1 = pageF1(read(`${name}.txt`), r.text);
    expect(f1, `${name}: F1 ${f1.toFixed(3)}\n${r.text}`).toBeGreaterThanOrEqual(SCORES[name]![1] - 0.005);
  });

  it('aggregate F1 on the tuned-on and on the held-out pages', () => {
    expect(aggregate(NAMES.filter((n) => !HOLDOUT.has(n)))).toBeGreaterThanOrEqual(MIN_TUNED_F1);
    expect(aggregate(NAMES.filter((n) => HOLDOUT.has(n)))).toBeGreaterThanOrEqual(MIN_HELDOUT_F1);
  });
});

const MIN_TUNED_F1 = 0.98; // blind 0.897
const MIN_HELDOUT_F1 = 0.96; // blind 0.925
