// The HTML report without a browser: escaping, calendar periods, quote contexts, the province grid, the
// claims grouping, and the page itself (deterministic bytes, strict CSP, nothing external, bounded size,
// scraped markup inert). The browser behaviour is in html-browser.test.ts.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinces } from '../../src/lexicon/gazetteer.js';
import { quoteContexts } from '../../src/report/html/context.js';
import { chunks, esc, packData, unpackData } from '../../src/report/html/page.js';
import { monthOf, weekOf } from '../../src/report/html/periods.js';
import { PROVINCE_GRID } from '../../src/report/html/province-grid.js';
import { CLIENT_JS } from '../../src/report/html/client.js';
import { cli, SEEDS } from '../helpers/cli.js';
import { hostileArticle, writeCorpus } from '../helpers/corpus-builder.js';
import { csvRecords } from '../helpers/csv.js';

type Doc = { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> };
/** One of the report's packed data blocks (`report-data`, `report-text`), read back. */
function pageData<T>(document: Doc, cls = 'report-data'): T {
  return unpackData<T>(Array.from(document.querySelectorAll(`script.${cls}`), (s) => s.textContent ?? ''));
}

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'asn-scan-html-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('escaping', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- x'],
    ['a\u2028b\u2029c'],
    ['Tom & Jerry "quoted" \'single\''],
    ['ꦲꦏ꧀ 😀 Ṣāliḥ'],
  ])('packData(%j) is base64 only (nothing that could close the element) and reads back', (s) => {
    const parts = packData({ s, list: [s, s] });
    for (const p of parts) expect(p).toMatch(/^[A-Za-z0-9+/=]+$/u);
    expect(unpackData(parts)).toEqual({ s, list: [s, s] });
  });
  it('packData splits a large block into 64 Ki-character chunks', () => {
    const big = Array.from({ length: 40_000 }, (_, i) => `pernyataan ${(i * 2654435761) % 1e9} nomor ${i}`);
    const parts = packData(big);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(65536);
    expect(unpackData(parts)).toEqual(big);
  });
  it.each([
    ['abcdefgh', 3, ['abc', 'def', 'gh']],
    ['ab😀cd', 3, ['ab', '😀c', 'd']], // never between the two halves of a surrogate pair
    ['', 3, []],
  ])('chunks(%j, %i)', (s, size, want) => {
    expect(chunks(s, size)).toEqual(want);
    expect(chunks(s, size).join('')).toBe(s);
  });
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [`"quoted" & 'single'`, '&quot;quoted&quot; &amp; &#39;single&#39;'],
    [null, ''],
    ['Pj Gubernur NTB', 'Pj Gubernur NTB'],
  ])('esc(%j)', (s, want) => expect(esc(s)).toBe(want));
});

describe('calendar periods (weeks start on Monday)', () => {
  it.each([
    ['2024-10-03', '2024-09-30'], // Thursday
    ['2024-09-30', '2024-09-30'], // Monday
    ['2024-10-06', '2024-09-30'], // Sunday ends the week
    ['2024-10-07', '2024-10-07'],
    ['2025-01-01', '2024-12-30'], // across a year
    ['2024-03-01', '2024-02-26'], // across a leap February
  ])('weekOf(%s) = %s', (d, w) => expect(weekOf(d)).toBe(w));
  it.each([[null], [''], ['2024-10'], ['2024-02-30'], ['2024-13-01'], ['3/10/2024']])('no week for %j', (d) => {
    expect(weekOf(d)).toBeNull();
    expect(monthOf(d)).toBeNull();
  });
  it('monthOf', () => expect(monthOf('2024-11-27')).toBe('2024-11'));
});

describe('quote contexts: one sentence either side, capped', () => {
  const text = 'Kalimat pertama di sini. Kalimat kedua menjelaskan acara. “ASN harus netral,” tegas Bupati. Kalimat keempat menutup. Kalimat kelima jauh.';
  const span = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
  it('a quote in the middle gets the sentence before and after', () => {
    const [[before, after]] = quoteContexts(text, [span('ASN harus netral')]);
    expect(before).toBe('Kalimat kedua menjelaskan acara. “');
    expect(after).toBe(',” tegas Bupati. Kalimat keempat menutup.');
  });
  it('the first sentence has nothing before it', () => {
    const [[before, after]] = quoteContexts(text, [span('Kalimat pertama di sini.')]);
    expect(before).toBe('');
    expect(after).toBe(' Kalimat kedua menjelaskan acara.'.trimEnd());
  });
  it('the last sentence has nothing after it', () => {
    const [[before, after]] = quoteContexts(text, [span('Kalimat kelima jauh.')]);
    expect(before).toBe('Kalimat keempat menutup. ');
    expect(after).toBe('');
  });
  it('caps long neighbours at a word boundary with an ellipsis', () => {
    const long = `${'kata '.repeat(200)}akhir.`;
    const t = `${long} Ini kutipan. ${long}`;
    const [[before, after]] = quoteContexts(t, [{ start: t.indexOf('Ini'), end: t.indexOf('Ini') + 12 }], 100);
    expect(before.startsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(101);
    expect(after.endsWith('…')).toBe(true);
    expect(after.length).toBeLessThanOrEqual(101);
  });
  it('no spans, no work', () => expect(quoteContexts(text, [])).toEqual([]));
});

describe('the province tile grid', () => {
  it('has one tile per Kemendagri province code of the gazetteer', () => {
    expect(PROVINCE_GRID.map((t) => t.code).sort()).toEqual(provinces().map((p) => p.code).sort());
  });
  it('places no two tiles on one cell, and labels them uniquely', () => {
    expect(new Set(PROVINCE_GRID.map((t) => `${t.col},${t.row}`)).size).toBe(38);
    expect(new Set(PROVINCE_GRID.map((t) => t.iso)).size).toBe(38);
  });
  it('is laid out west to east: Aceh left of Jawa Barat, left of Sulawesi Selatan, left of Papua', () => {
    const col = (c: string) => PROVINCE_GRID.find((t) => t.code === c)!.col;
    expect(col('11')).toBeLessThan(col('32'));
    expect(col('32')).toBeLessThan(col('73'));
    expect(col('73')).toBeLessThan(col('91'));
  });
});

describe('claims: the corpus\'s distinct figures', () => {
  it('one figure cited by two articles is one claim with two articles; a different qualifier is another', async () => {
    const cite = (q: string) => `BAWASLU – Bawaslu mencatat sebanyak ${q} pelanggaran netralitas ASN pada Pilkada 2020 di seluruh Indonesia.`;
    const lines = [cite('120'), cite('120'), cite('lebih dari 120')].map((text, i) => JSON.stringify({ id: `c${i}`, text, published: `2024-05-0${i + 1}` }));
    writeFileSync(join(work, 'claims.jsonl'), `${lines.join('\n')}\n`);
    const html = join(work, 'claims.html');
    const r = await cli([join(work, 'claims.jsonl'), '--report', html, '-q', '-o', join(work, 'claims-out/')]);
    expect(r.code).toBe(0);
    const { document } = parseHTML(readFileSync(html, 'utf8'));
    const head = [...document.querySelectorAll('#claims thead th')].map((th) => th.textContent);
    const rows = [...document.querySelectorAll('#claims tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    const cols = ['value', 'qualifier', 'articles', 'stories', 'first cited', 'last cited'].map((k) => head.indexOf(k));
    expect(cols).not.toContain(-1);
    // stories as the claims table counts them (too short a text to be matched as one story's copies)
    const csvStories = csvRecords(readFileSync(join(work, 'claims-out', 'claims.csv'), 'utf8')).map((c) => `${c.qualifier} ${c.stories}`).sort();
    expect(rows.map((c) => `${c[cols[1]!]} ${c[cols[3]!]}`).sort()).toEqual(csvStories);
    expect(rows.map((c) => cols.filter((_, k) => k !== 3).map((i) => c[i]))).toEqual([
      ['120', 'exact', '2', '2024-05-01', '2024-05-02'],
      ['120', 'at_least', '1', '2024-05-03', '2024-05-03'],
    ]);
    expect(rows).toHaveLength(readFileSync(join(work, 'claims-out', 'claims.csv'), 'utf8').trim().split('\n').length - 1);
    expect(document.querySelector('#fig-distinct-claims')!.textContent).toBe('2');
  });
});

describe('the page', () => {
  async function report(name: string, inputs: string[]): Promise<string> {
    const html = join(work, `${name}.html`);
    const r = await cli([...inputs, '--report', html, '-q', '-o', join(work, `${name}.json`)]);
    expect(r.code).toBe(0);
    return readFileSync(html, 'utf8');
  }
  const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

  it('is deterministic, self-contained and under a strict CSP that allows exactly its script', async () => {
    const a = await report('seeds-a', [SEEDS]);
    const b = await report('seeds-b', [SEEDS]);
    expect(a).toBe(b);
    const { document } = parseHTML(a);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha(CLIENT_JS)}`);
    expect(csp).not.toContain('unsafe-inline');
    for (const s of document.querySelectorAll('style')) expect(csp).toContain(sha(s.textContent!));
    // nothing to fetch: no external script, stylesheet, image, frame or font
    expect(document.querySelectorAll('script[src], link, img, iframe, object, embed').length).toBe(0);
    expect(a).not.toMatch(/\s(src|srcset)=/u);
    expect(document.querySelectorAll('[style]').length).toBe(0); // inline style attributes would need 'unsafe-inline'
    const scripts = [...document.querySelectorAll('script')];
    // the data, the script, then the statements' text (read after the page is parsed)
    expect(scripts.map((s) => `${s.getAttribute('type')} ${s.className}`)).toEqual(['application/octet-stream report-data', 'null ', 'application/octet-stream report-text']);
    const data = pageData<{ st: unknown[] }>(document);
    expect(data.st).toHaveLength(46);
    expect(pageData<unknown[]>(document, 'report-text')).toHaveLength(46);
    expect(document.querySelectorAll('#rows tr')).toHaveLength(46);
  });

  it('keeps a hostile article as text: no element, no script end, no javascript: link', async () => {
    const dir = join(work, 'hostile');
    writeCorpus(dir, 0, { hostile: true });
    const html = await report('hostile', [dir]);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('script:not(.report-data):not(.report-text)')).toHaveLength(1);
    expect(document.querySelectorAll('script.report-data:not([type="application/octet-stream"]), script.report-text:not([type="application/octet-stream"])')).toHaveLength(0);
    const marks = [...document.querySelectorAll('#rows td.quote mark')].map((m) => m.textContent ?? '');
    expect(marks.filter((m) => m.includes('<img src=x onerror="window.__pwned=1">'))).toHaveLength(1);
    expect(document.querySelector('#rows td.art')!.textContent).toContain(hostileArticle().title);
    expect(html).not.toContain('javascript:');
    const data = pageData<{ art: string[][] }>(document);
    expect(JSON.stringify(data.art)).toContain('<script>window.__pwned=1</script>');
    expect(JSON.stringify(pageData(document, 'report-text'))).toContain('<img src=x onerror=\\"window.__pwned=1\\">');
  });

  it('stays bounded: one page pre-rendered, contexts capped', async () => {
    const dir = join(work, 'bounded');
    writeCorpus(dir, 150);
    const html = await report('bounded', [dir]);
    const { document } = parseHTML(html);
    const data = pageData<{ st: Array<Array<string | number>> }>(document);
    const text = pageData<string[][]>(document, 'report-text');
    expect(data.st.length).toBeGreaterThan(300);
    expect(text).toHaveLength(data.st.length);
    expect(document.querySelectorAll('#rows tr')).toHaveLength(100);
    expect(document.querySelector('#page')!.textContent).toBe(`Page 1 of ${Math.ceil(data.st.length / 100)}`);
    for (const [, before, after] of text) {
      expect(before!.length).toBeLessThanOrEqual(281);
      expect(after!.length).toBeLessThanOrEqual(281);
    }
    expect(Buffer.byteLength(html) / data.st.length).toBeLessThan(1500);
  });
});
