// State (issue 19): an article gives the same result whatever the worker processed before it.
//
// "Alone" is the article processed first by freshly imported modules (vi.resetModules: what a new worker
// sees); "in sequence" is the same article processed by one long-lived set of modules after a random
// sequence of other articles (fast-check, seeded). Any cache keyed on the last text, or any state an
// article leaves behind that changes another's result, makes the two differ. The pool mixes the seeds,
// news fixtures of several extractors, scraped junk, and articles with astral letters, `İ`, `Σ` and lone
// surrogates (the paths where word runs and lower-casing take their slow branches). Round 17 (lex17) adds pages
// read as HTML (the ingest stage: extractHtml, its metadata, bylines and headline), which the text-only pool missed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RawArticle } from '../../src/model.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (dir: string, n: number): string[] =>
  readdirSync(join(FIX, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, n)
    .map((f) => readFileSync(join(FIX, dir, f), 'utf8'));

/** Pages read as HTML (by name: news pages with metadata and a byline, a page with no article, scraped layouts). */
const readHtml = (...files: string[]): Array<{ html: string }> => files.map((f) => ({ html: readFileSync(join(FIX, 'html', f), 'utf8') }));

const SEEDS = read('seeds', 5);
const POOL: Array<string | { html: string }> = [
  ...SEEDS,
  ...read('clean/junk', 3),
  ...read('officials/news4', 3),
  ...read('statements/news', 2),
  // the same story twice with a one-word change: the dedup and signature paths meet near-identical texts
  SEEDS[0]!.replace('Bupati', 'Wakil Bupati'),
  // slow branches: astral letters and emoji in word runs, `İ` (lower-cases to two units), `Σ`, lone surrogates
  `MATARAM - Bupati 𝐋𝐨𝐦𝐛𝐨𝐤 Timur 🙂 mengatakan ASN harus netral pada Pilkada 2024, Selasa (3/9/2024).\n\nİSTANBUL Σ ΣΑΣ \ud800 kata dia. Sebanyak 12 ASN dilaporkan ke Bawaslu NTB.`,
  `Kamis (03/10/24) Pj Bupati Lombok Timur ${'ujar Bupati Ilham. '.repeat(40)}\n\n"ASN wajib netral," kata Ketua Bawaslu NTB Itratip.`,
  // pages (the ingest stage): metadata and bylines, a page with no article, scraped layouts
  ...readHtml('news-detail.html', 'byline-date.html', '404.html', 'general/footer-bigger.html', 'general/junk-named-wrapper.html'),
];

const raw = (item: string | { html: string }, i: number): RawArticle =>
  typeof item === 'string'
    ? { id: `a${i}`, source: `a${i}.txt`, line: null, format: 'text', text: item, html: null, title: null, url: null, published: null, error: null }
    : { id: `a${i}`, source: `a${i}.html`, line: null, format: 'html', text: null, html: item.html, title: null, url: null, published: null, error: null };

type Process = (r: RawArticle) => unknown;
async function freshPipeline(): Promise<Process> {
  vi.resetModules();
  const m = await import('../../src/pipeline.js');
  return (r) => m.processArticle(r);
}

describe('an article gives the same result whatever the worker processed before it', () => {
  const alone: string[] = [];
  beforeAll(async () => {
    for (let i = 0; i < POOL.length; i++) alone.push(JSON.stringify((await freshPipeline())(raw(POOL[i]!, i))));
  }, 300_000);

  it('the pool is varied enough to mean something (statements, officials, dates, removals)', () => {
    const arts = alone.map((s) => JSON.parse(s) as { statements: unknown[]; officials: unknown[]; dates: unknown[]; removed: unknown[] });
    expect(arts.filter((a) => a.statements.length > 0).length).toBeGreaterThan(5);
    expect(arts.filter((a) => a.officials.length > 0).length).toBeGreaterThan(5);
    expect(arts.filter((a) => a.dates.length > 0).length).toBeGreaterThan(5);
    expect(arts.filter((a) => a.removed.length > 0).length).toBeGreaterThan(3);
  });

  it('processArticle after any sequence of other articles equals processArticle alone', async () => {
    const run = await freshPipeline();
    fc.assert(
      fc.property(fc.array(fc.nat(POOL.length - 1), { minLength: 2, maxLength: 12 }), (seq) => {
        for (const i of seq) expect(JSON.stringify(run(raw(POOL[i]!, i)))).toBe(alone[i]);
      }),
      { seed: 19, numRuns: 40 },
    );
  });

  it('a negative control: a result depending on the previous article is caught by the same comparison', async () => {
    const run = await freshPipeline();
    let previous = '';
    const leaky: Process = (r) => {
      const out = { ...(run(r) as object), previousLength: previous.length };
      previous = r.text ?? r.html ?? '';
      return out;
    };
    const first = JSON.stringify(leaky(raw(POOL[0]!, 0)));
    leaky(raw(POOL[1]!, 1));
    expect(JSON.stringify(leaky(raw(POOL[0]!, 0)))).not.toBe(first);
  });
});
