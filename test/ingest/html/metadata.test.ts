import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/html/extract.js';
import { stripSiteSuffix, toIsoDate } from '../../../src/ingest/html/metadata.js';
import { budget } from '../../helpers/budget.js';

describe('toIsoDate', () => {
  it.each([
    ['2024-02-12T09:30:00+08:00', '2024-02-12'], // date as written, no time-zone shift
    ['2024-02-12T23:30:00-05:00', '2024-02-12'],
    ['2024/2/5', '2024-02-05'],
    ['Senin, 12 Februari 2024 09:30 WIB', '2024-02-12'],
    ['12 Agu 2024', '2024-08-12'],
    ['Rabu, 1 Mei 2024', '2024-05-01'],
    ['November 20, 2019', '2019-11-20'],
    ['Nov. 19th, 2019', '2019-11-19'],
    ['05/10/2018 - Publicado por', '2018-10-05'], // day first
    ['12/25/2019', '2019-12-25'], // month first only when day-first is impossible
    ['20240212', '2024-02-12'],
  ])('%s → %s', (s, want) => {
    expect(toIsoDate(s)).toBe(want);
  });

  it.each([
    ['empty', ''],
    ['no date', 'Oleh Rina Wulandari'],
    ['impossible day', '2024-02-30'],
    ['impossible month', '2024-13-01'],
    ['a year alone', 'Pilkada 2024'],
    ['a time alone', '14:20 WIB'],
    ['phone-like digits', '0812-3456-7890'],
    ['a year out of range', '12 Februari 1890'],
  ])('%s → null', (_, s) => {
    expect(toIsoDate(s)).toBeNull();
  });

  it('50,000 digits and dashes finish fast', () => {
    const t0 = performance.now();
    toIsoDate('1-'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(budget(500));
  });
});

describe('stripSiteSuffix', () => {
  it.each([
    ['Pj Bupati Ingatkan ASN - Lombok Journal', null, 'Pj Bupati Ingatkan ASN'],
    ['Bawaslu Catat Pelanggaran | Prokalteng', null, 'Bawaslu Catat Pelanggaran'],
    ['Bawaslu Catat Pelanggaran – Kalteng Pos', 'Kalteng Pos', 'Bawaslu Catat Pelanggaran'],
    ['Kalteng Pos | Bawaslu Catat Pelanggaran', 'Kalteng Pos', 'Bawaslu Catat Pelanggaran'],
  ])('%s → %s', (title, site, want) => {
    expect(stripSiteSuffix(title, site)).toBe(want);
  });

  it.each([
    ['no separator', 'Bupati Ingatkan ASN Jaga Netralitas'],
    ['hyphen inside a word', 'Pilkada Serentak Tahap Ke-2'],
    ['long tail is part of the title', 'Pilkada 2024 - Bupati Minta Seluruh Pegawai Negeri Sipil Menjaga Sikap Netral Selama Kampanye'],
    ['one-word head', 'Berita - Lombok Journal'],
  ])('%s: unchanged', (_, title) => {
    expect(stripSiteSuffix(title, null)).toBe(title);
  });
});

describe('metadata fallbacks', () => {
  const body = `<article><p>${'Bupati meminta pegawai negeri menjaga sikap netral selama masa kampanye. '.repeat(5)}</p></article>`;

  it.each([
    ['<time datetime>', `<time datetime="2024-11-20T10:00">Rabu</time>`, '2024-11-20'],
    ['JSON-LD datePublished (single object)', `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-31"}</script>`, '2024-01-31'],
    ['meta pubdate', `<meta name="pubdate" content="2024-07-01">`, '2024-07-01'],
    ['article:published_time beats a byline date', `<meta property="article:published_time" content="2024-03-05T01:00:00Z"><span class="date">1 Januari 2020</span>`, '2024-03-05'],
    ['broken JSON-LD is ignored', `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>`, null],
  ])('published from %s', (_, head, want) => {
    expect(extractHtml(`<html><head>${head}</head><body>${body}</body></html>`).published).toBe(want);
  });

  it.each([
    ['article:author URL is not a name', `<meta property="article:author" content="https://facebook.com/rina">`, null],
    ['JSON-LD author list', `<script type="application/ld+json">{"@type":"Article","author":[{"name":"A. Rahman"},{"name":"B. Sari"}]}</script>`, 'A. Rahman, B. Sari'],
    ['rel=author link, "By" stripped', `</head><body><a rel="author" href="/u">By Dewi Lestari</a><head>`, 'Dewi Lestari'],
  ])('author: %s', (_, head, want) => {
    expect(extractHtml(`<html><head>${head}</head><body>${body}</body></html>`).author).toBe(want);
  });

  it('resolves a relative canonical against the given URL', () => {
    const r = extractHtml(`<html><head><link rel="canonical" href="/berita/1"></head><body>${body}</body></html>`, { url: 'https://contoh.id/x?y=1' });
    expect(r.url).toBe('https://contoh.id/berita/1');
  });

  it('og:site_name decides the suffix to strip from og:title', () => {
    const r = extractHtml(`<html><head><meta property="og:title" content="Bupati Minta ASN Netral - Radar Lombok Online Terkini Sekali"><meta property="og:site_name" content="Radar Lombok Online Terkini Sekali"></head><body>${body}</body></html>`);
    expect([r.title, r.publisher]).toEqual(['Bupati Minta ASN Netral', 'Radar Lombok Online Terkini Sekali']);
  });
});
