// The HTML report in a real browser (Debian's Chromium through playwright-core): the report of the seeds
// and of a 2,000-article synthetic corpus (plus one hostile article) is opened from a file:// URL, searched,
// filtered by a click on a map tile and on a timeline bar, sorted and paged; every count it shows is
// checked against the CSV tables of the same run. It must make no request, log no error, and turn no
// scraped markup into an element. DOM checks, not pixels (only DejaVu fonts are installed).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekOf } from '../../src/report/html/periods.js';
import { HAVE_BROWSER, launch, openPage, REQUIRE_BROWSER, type PageLog } from '../helpers/browser.js';
import { cli, SEEDS } from '../helpers/cli.js';
import { writeCorpus } from '../helpers/corpus-builder.js';
import { csvRecords } from '../helpers/csv.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
/** A CSV cell as the tool wrote it: cells starting with = + - @ carry a ' guard (see csv-safety). */
const unguard = (s: string) => (/^'[=+\-@\t\r]/u.test(s) ? s.slice(1) : s);

interface Tables {
  statements: Array<Record<string, string>>;
  articles: Map<string, Record<string, string>>;
  officials: Array<Record<string, string>>;
  regions: number;
  claims: Array<Record<string, string>>;
  summary: Array<Record<string, string>>;
}
function tables(dir: string): Tables {
  const read = (t: string) => csvRecords(readFileSync(join(dir, `${t}.csv`), 'utf8'));
  return {
    statements: read('statements'),
    articles: new Map(read('articles').map((a) => [a.id!, a])),
    officials: read('officials'),
    regions: read('regions').length,
    claims: read('claims'),
    summary: read('summary'),
  };
}
/** PNG width and height, from its IHDR chunk. */
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];
/** The date the report files a statement under: its own, else its article's publication date. */
const dateOf = (t: Tables, s: Record<string, string>) => s.date || t.articles.get(s.article_id!)?.published || '';
const provinceOf = (s: Record<string, string>) => (s.region_code ? s.region_code.split('.')[0]! : '');

const count = async (page: Page) => Number(await page.getAttribute('#count', 'data-count'));
async function waitCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => document.getElementById('count')?.dataset.count === String(want), n, { timeout: 10_000 });
}
const num = (s: string | null) => Number((s ?? '').replace(/,/gu, ''));

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'asn-scan-report-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.runIf(REQUIRE_BROWSER && !HAVE_BROWSER)('browser required', () => {
  it('finds Chromium (ASN_SCAN_REQUIRE_BROWSER=1: a missing browser is a failure, not a skip)', () => {
    expect(HAVE_BROWSER, 'install chromium (apt-get install chromium) or set CHROMIUM_PATH').toBe(true);
  });
});

describe.skipIf(!HAVE_BROWSER)('the HTML report in Chromium', { timeout: 300_000 }, () => {
  async function build(name: string, inputs: string[]): Promise<{ html: string; out: string }> {
    const out = join(work, `${name}-out`);
    const html = join(work, `${name}.html`);
    const r = await cli([...inputs, '-o', `${out}/`, '--report', html, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return { html, out };
  }

  /** The checks every report must pass; returns the page for more. */
  async function check(html: string, out: string): Promise<{ page: Page; log: PageLog; t: Tables; close: () => Promise<void> }> {
    const t = tables(out);
    const browser = await launch();
    const url = pathToFileURL(html).href;
    const { page, log } = await openPage(browser.context, url);
    const n = t.statements.length;

    // header figures = the CSV tables
    expect(num(await page.textContent('#fig-statements'))).toBe(n);
    expect(num(await page.textContent('#fig-articles'))).toBe(t.articles.size);
    expect(num(await page.textContent('#fig-officials'))).toBe(t.officials.length);
    const stories = t.summary.find((r) => r.section === 'stories' && r.key === 'total')!.count;
    expect(num(await page.textContent('#fig-stories'))).toBe(Number(stories));
    expect(num(await page.textContent('#fig-distinct-claims'))).toBe(t.claims.length);

    // the claims table: one row per row of claims.csv, with its articles and stories
    const claimCells = await page.locator('#claims tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    const claimHead = await page.locator('#claims thead th').allTextContents();
    const shown = claimCells.map((c) => ['value', 'qualifier', 'articles', 'stories'].map((k) => c[claimHead.indexOf(k)]).join(' ')).sort();
    expect(shown).toEqual(t.claims.map((c) => [c.value, c.qualifier, c.articles, c.stories].join(' ')).sort());
    // the top officials: statements, articles and stories as in officials.csv
    const offHead = await page.locator('#officials thead th').allTextContents();
    const offRows = await page.locator('#officials tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('a')!.getAttribute('href')!, ...Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')]));
    expect(offRows.length).toBeGreaterThan(0);
    for (const [href, ...cells] of offRows) {
      const o = t.officials.find((x) => `#official=${encodeURIComponent(x.id!)}` === href)!;
      expect(['statements', 'articles', 'stories'].map((k) => cells[offHead.indexOf(k)]), o.id).toEqual([o.statements, o.articles, o.stories]);
    }
    expect(num(await page.textContent('#fig-regions'))).toBe(t.regions);
    expect(await count(page)).toBe(n);
    expect(await page.locator('#rows tr').count()).toBe(Math.min(100, n));
    // the first page is in the page as written; drawn by the script (next page, then back) it is the same
    const written = await page.innerHTML('#rows');
    if (n > 100) {
      await page.click('#next');
      await page.waitForFunction(() => document.getElementById('page')?.dataset.page === '2');
      await page.click('#prev');
      await page.waitForFunction(() => document.getElementById('page')?.dataset.page === '1');
      const norm = (h: string) => h.replace(/>\s+</gu, '><').trim();
      expect(norm(await page.innerHTML('#rows'))).toBe(norm(written));
    }

    // the map: 38 tiles; each tile's CSV and the ranking agree with the statements table
    const byProvince = new Map<string, number>();
    for (const s of t.statements) if (provinceOf(s)) byProvince.set(provinceOf(s), (byProvince.get(provinceOf(s)) ?? 0) + 1);
    expect(await page.locator('#province-map svg a').count()).toBe(38);
    const mapCsv = decodeURIComponent((await page.getAttribute('#province-map a.csv', 'href'))!.replace(/^data:text\/csv;charset=utf-8,/u, ''));
    for (const r of csvRecords(mapCsv)) expect(Number(r.statements), r.province).toBe(byProvince.get(r.province_code!) ?? 0);
    expect(await page.locator('#province-ranking svg a').count()).toBe(byProvince.size);

    // a click on the busiest province's tile filters the table to it, and the URL keeps the filter
    const [top] = [...byProvince].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    await page.locator(`#province-map a[href="#province=${top![0]}"]`).click();
    await waitCount(page, top![1]);
    expect(page.url()).toContain(`province=${top![0]}`);
    expect(await page.inputValue('#f-province')).toBe(top![0]);

    // search ignores case and accents (and combines with the province filter)
    const word = 'netralitas';
    const hay = (s: Record<string, string>) => fold([unguard(s.quote!), s.speaker_name, s.speaker_title, s.region_name, t.articles.get(s.article_id!)?.title ?? ''].join(' '));
    const inTop = t.statements.filter((s) => provinceOf(s) === top![0] && hay(s).includes(word)).length;
    await page.fill('#q', 'NÉTRALÍTAS');
    await page.waitForFunction(() => location.hash.includes('q='));
    await waitCount(page, inTop);
    await page.click('#clear');
    await waitCount(page, n);
    await page.fill('#q', 'NETRALITÁS');
    await page.press('#q', 'Enter');
    await waitCount(page, t.statements.filter((s) => hay(s).includes(word)).length);
    await page.click('#clear');
    await waitCount(page, n);

    // sorting by speaker: ascending, then descending; unattributed rows last
    await page.click('th[data-sort=speaker] button');
    expect(await page.getAttribute('th[data-sort=speaker]', 'aria-sort')).toBe('ascending');
    const speakers = (await page.locator('#rows td.who').evaluateAll((tds) => tds.map((td) => td.querySelector('b')?.textContent ?? ''))).filter(Boolean);
    const sorted = [...speakers].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));
    expect(speakers).toEqual(sorted);
    const names = t.statements.map((s) => s.speaker_name!).filter(Boolean).sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));
    expect(fold(speakers[0]!)).toBe(fold(names[0]!));
    await page.click('th[data-sort=speaker] button');
    expect(await page.getAttribute('th[data-sort=speaker]', 'aria-sort')).toBe('descending');
    expect(fold((await page.locator('#rows td.who b').first().textContent())!)).toBe(fold(names[names.length - 1]!));

    // pages of 100: the next page, kept across a reload through the URL
    if (n > 100) {
      const first = await page.getAttribute('#rows tr >> nth=0', 'data-row');
      await page.click('#next');
      expect(await page.getAttribute('#page', 'data-page')).toBe('2');
      expect(await page.locator('#rows tr').count()).toBe(Math.min(100, n - 100));
      const second = await page.getAttribute('#rows tr >> nth=0', 'data-row');
      expect(second).not.toBe(first);
      expect(page.url()).toContain('page=2');
      await page.reload();
      await page.waitForSelector('html[data-ready="1"]');
      expect(await page.getAttribute('#page', 'data-page')).toBe('2');
      expect(await page.getAttribute('#rows tr >> nth=0', 'data-row')).toBe(second);
      expect(await page.getAttribute('th[data-sort=speaker]', 'aria-sort')).toBe('descending');
    }

    // the timeline switch, and a week's bar filtering the table to that week (weeks start on Monday)
    expect(await page.isVisible('#timeline-month')).toBe(true);
    expect(await page.isVisible('#timeline-week')).toBe(false);
    await page.check('#g-week');
    expect(await page.isVisible('#timeline-week')).toBe(true);
    expect(await page.isVisible('#timeline-month')).toBe(false);
    const href = (await page.getAttribute('#timeline-week svg a >> nth=0', 'href'))!;
    const week = decodeURIComponent(href.replace('#week=', ''));
    expect(new Date(`${week}T00:00:00Z`).getUTCDay()).toBe(1);
    await page.locator('#timeline-week svg a').first().click();
    await waitCount(page, t.statements.filter((s) => weekOf(dateOf(t, s)) === week).length);

    // every chart: an accessible name, a CSV download and a text alternative
    for (const id of ['timeline-month', 'timeline-week', 'province-map', 'province-ranking']) {
      const labels = await page.locator(`#${id} svg`).evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')));
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(l).toBeTruthy();
      expect(await page.getAttribute(`#${id} a.csv`, 'href')).toMatch(/^data:text\/csv;charset=utf-8,/u);
      expect(await page.locator(`#${id} details table`).count()).toBe(1);
    }
    return { page, log, t, close: browser.close };
  }

  /** A screenshot of the top of the report, looked at through the DOM (only DejaVu fonts here: no pixel
   *  checks): a 1280×900 picture holding the title, the header figures, the timeline and its bars. The
   *  2,000-article corpus's picture is kept as ASN_SCAN_SCREENSHOT when that is set: docs/report.png is
   *  made with `ASN_SCAN_SCREENSHOT=docs/report.png npx vitest run test/report/html-browser.test.ts`. */
  async function screenshot(page: Page, path: string, keep = false): Promise<void> {
    await page.click('#clear');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.check('#g-month');
    for (const sel of ['h1', '#fig-articles', '#fig-stories', '#fig-statements', '#timeline-month svg']) {
      const box = await page.locator(sel).first().boundingBox();
      expect(box, sel).not.toBeNull();
      expect(box!.width, sel).toBeGreaterThan(0);
      expect(box!.y + box!.height / 2, sel).toBeLessThan(900);
    }
    expect(await page.locator('#timeline-month svg a rect, #timeline-month svg a path').count()).toBeGreaterThan(0);
    const png = await page.screenshot({ path });
    expect(pngSize(png)).toEqual([1280, 900]);
    expect(statSync(path).size).toBeGreaterThan(10_000);
    if (keep && process.env.ASN_SCAN_SCREENSHOT) writeFileSync(process.env.ASN_SCAN_SCREENSHOT, png);
  }

  function offline(log: PageLog, html: string): void {
    const url = pathToFileURL(html).href;
    expect(log.requests.filter((r) => !r.startsWith(url))).toEqual([]);
    expect(log.errors).toEqual([]);
  }

  it('the seeds report: counts agree with the CSV tables, offline, no errors', async () => {
    const { html, out } = await build('seeds', [SEEDS]);
    const { page, log, close } = await check(html, out);
    try {
      // the article link is the source path, relative to the report
      const link = await page.getAttribute('#rows td.art a >> nth=0', 'href');
      expect(link).toMatch(/fixtures\/seeds\/\d{3}_[0-9a-f]+\.txt$/u);
      offline(log, html);
      await screenshot(page, join(work, 'seeds.png'));
    } finally {
      await close();
    }
  });

  it('a 2,000-article corpus with a hostile article: same checks, and its markup stays text', async () => {
    const dir = join(work, 'corpus');
    const file = writeCorpus(dir, 2000, { hostile: true });
    // and 40 syndicated copies (another outlet's URL, a line added): fewer stories than articles
    const copies = readFileSync(file, 'utf8').trim().split('\n').slice(0, 40).map((l) => {
      const a = JSON.parse(l) as { id: string; url: string; text: string };
      return JSON.stringify({ ...a, id: `copy-${a.id}`, url: a.url.replace('berita.example', 'kabar.example'), text: `${a.text}\n\nBaca juga: berita lainnya.` });
    });
    writeFileSync(join(dir, 'copies.jsonl'), `${copies.join('\n')}\n`);
    const { html, out } = await build('corpus', [dir]);
    const { page, log, t, close } = await check(html, out);
    try {
      expect(t.statements.length).toBeGreaterThan(5000);
      const stories = Number(t.summary.find((r) => r.section === 'stories' && r.key === 'total')!.count);
      expect(stories).toBeLessThan(t.articles.size);
      expect(t.claims.some((c) => Number(c.stories) < Number(c.articles))).toBe(true);
      await page.click('#clear');
      await page.fill('#q', 'onerror');
      await waitCount(page, t.statements.filter((s) => s.quote!.includes('onerror')).length);
      expect(await count(page)).toBeGreaterThan(0);
      expect(await page.textContent('#rows td.quote mark')).toContain('<img src=x onerror="window.__pwned=1">');
      // no element from the article: no img anywhere, only the report's own two scripts, nothing ran
      expect(await page.locator('img').count()).toBe(0);
      const scripts = await page.evaluate(() => Array.from(document.scripts, (s) => (s.type === 'application/octet-stream' && /^report-(data|text)$/u.test(s.className) ? 'data' : s.type || 'js')));
      expect(scripts.filter((s) => s !== 'data')).toEqual(['js']);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.textContent('#rows td.art')).toContain('<script>');
      // a javascript: URL is never a link: the article links to its source instead
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(await page.getAttribute('#rows td.art a', 'href')).toMatch(/corpus\.jsonl$/u);
      offline(log, html);
      await screenshot(page, join(work, 'corpus.png'), true);
    } finally {
      await close();
    }
  });

  it('shows its charts and the first page with JavaScript off', async () => {
    const { html } = await build('seeds-nojs', [SEEDS]);
    const browser = await launch({ javaScriptEnabled: false });
    try {
      const { page, log } = await openPage(browser.context, pathToFileURL(html).href, false);
      expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator('#rows tr').count()).toBe(46);
      expect(await page.textContent('#count')).toBe('46 statements');
      offline(log, html);
    } finally {
      await browser.close();
    }
  });
});
