import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/ingest/html/decode.js';
import { extractHtml, LISTING_PAGE } from '../../../src/ingest/html/extract.js';
import { budget } from '../../helpers/budget.js';

const fixture = (name: string): string => decodeHtml(readFileSync(join(__dirname, '../../../fixtures/html', name)));

describe('extractHtml: WordPress article (entry-content, Baca Juga box, related, comments, share, cookie)', () => {
  const r = extractHtml(fixture('wordpress-article.html'));

  it('finds the body', () => {
    expect(r.reason).toBeNull();
    expect(r.text).not.toBeNull();
  });

  it.each([
    ['the lede with its dateline', 'LOTIM, LombokJournal.com – Penjabat Bupati Lombok Timur, Drs. H. M. Juaini Taofik, mengingatkan'],
    ['the quote', '"Kalau ada ASN yang terbukti tidak netral, kami tidak segan menjatuhkan sanksi sesuai aturan yang berlaku," tegas Juaini'],
    ['the subheading as its own paragraph', '\n\nSanksi bagi ASN yang melanggar\n\n'],
    ['both sides of a <br>', 'mekanisme yang ada.\n\nMasyarakat juga diminta aktif melapor'],
    ['list items as paragraphs', 'ASN dilarang menghadiri kampanye dengan atribut partai.\n\nASN dilarang memberi dukungan di media sosial.'],
  ])('keeps %s', (_, s) => {
    expect(r.text).toContain(s);
  });

  it.each([
    ['the headline (metadata, not body)', 'Pj Bupati Lotim Ingatkan'],
    ['the byline date', 'Senin, 12 Februari 2024'],
    ['the Baca Juga link box', 'Bawaslu Lotim Temukan 12 Dugaan Pelanggaran'],
    // A short paragraph that is mostly a link is a link line (issue 15); the cleaning stage no longer has to find it.
    ['the inline "Baca juga" link line', 'Netralitas ASN Jadi Sorotan di Pilkada NTB'],
    ['the box label', 'Baca Juga:'],
    ['the related posts', 'Sekda Lotim Minta Camat'],
    ['the related heading', 'Berita Terkait'],
    ['the share bar', 'Bagikan'],
    ['the tags', 'Tag:'],
    ['the comments', 'Semoga para pegawai'],
    ['the comment count', 'Komentar'],
    ['the sidebar', 'Berita Terpopuler'],
    ['the cookie notice', 'cookie'],
    ['the navigation', 'Beranda'],
    ['the footer', 'Hak cipta'],
    ['script code', 'dataLayer'],
    ['style code', 'font-size'],
  ])('drops %s', (_, s) => {
    expect(r.text).not.toContain(s);
  });

  it('starts with the lede and ends with the last list item', () => {
    expect(r.text!.startsWith('LOTIM, LombokJournal.com')).toBe(true);
    expect(r.text!.endsWith('ASN dilarang memberi dukungan di media sosial.')).toBe(true);
  });

  it('reads every metadata field (JSON-LD @graph, canonical, html lang)', () => {
    expect({ ...r, text: null }).toEqual({
      text: null,
      reason: null,
      title: 'Pj Bupati Lotim Ingatkan ASN Jaga Netralitas Jelang Pilkada 2024',
      headline: 'Pj Bupati Lotim Ingatkan ASN Jaga Netralitas Jelang Pilkada 2024', // the line the pipeline puts above the body (headline.ts)
      publisher: 'Lombok Journal',
      published: '2024-02-12',
      author: 'Rina Wulandari',
      url: 'https://lombokjournal.com/2024/02/pj-bupati-lotim-ingatkan-asn-jaga-netralitas/',
      lang: 'id-ID',
    });
  });
});

describe('extractHtml: portal detail page (read__content, Open Graph metadata)', () => {
  const r = extractHtml(fixture('news-detail.html'));

  it('gives exactly the four body paragraphs', () => {
    expect(r.text!.split('\n\n')).toEqual([
      'PALANGKA RAYA, PROKALTENG.CO - Badan Pengawas Pemilu (Bawaslu) Provinsi Kalimantan Tengah mencatat sedikitnya 25 dugaan pelanggaran netralitas aparatur sipil negara selama tahapan Pemilu 2024.',
      'Ketua Bawaslu Kalteng Satriadi mengatakan, sebagian besar pelanggaran berupa unggahan dukungan kepada peserta pemilu di media sosial.',
      '"Kami sudah meneruskan seluruh temuan itu kepada Komisi Aparatur Sipil Negara untuk ditindaklanjuti," ujarnya, Selasa (5/3).',
      'Ia berharap pemerintah daerah memberi sanksi tegas agar kejadian serupa tidak terulang pada Pilkada November mendatang.',
    ]);
  });

  it('reads og:title, og:site_name, article:published_time, meta author (prefix stripped), og:url', () => {
    expect({ ...r, text: null }).toEqual({
      text: null,
      reason: null,
      title: 'Bawaslu Kalteng Catat 25 Pelanggaran Netralitas ASN',
      headline: 'Bawaslu Kalteng Catat 25 Pelanggaran Netralitas ASN', // the line the pipeline puts above the body (headline.ts)
      publisher: 'Prokalteng.co',
      published: '2024-03-05',
      author: 'Budi Santoso',
      url: 'https://prokalteng.jawapos.com/berita/bawaslu-kalteng-catat-25-pelanggaran',
      lang: 'id',
    });
  });
});

describe('extractHtml: old-style page (br-separated text, byline date, windows-1252)', () => {
  const r = extractHtml(fixture('byline-date.html'), { url: 'https://sambelia.example/berita/42' });

  it('splits <br><br> text into paragraphs and leaves the menu and date line out', () => {
    expect(r.text!.split('\n\n')).toEqual([
      'SAMBELIA - Camat Sambelia mengimbau seluruh kepala desa di wilayahnya untuk tidak terlibat politik praktis selama masa kampanye berlangsung.',
      'Imbauan itu disampaikan dalam rapat koordinasi bersama para kepala desa dan perangkat desa di aula kantor camat pada Selasa pagi.',
      'Menurutnya, kepala desa harus menjadi teladan bagi masyarakat dan menjaga kondusivitas wilayah hingga hari pemungutan suara.',
    ]);
  });

  it('takes the date from the byline, the title from h1 and the URL from the caller', () => {
    expect({ ...r, text: null }).toEqual({
      text: null,
      reason: null,
      title: 'Camat Sambelia Imbau Kades Tidak Berpolitik',
      headline: 'Camat Sambelia Imbau Kades Tidak Berpolitik', // the line the pipeline puts above the body (headline.ts)
      publisher: null,
      published: '2024-02-13',
      author: null,
      url: 'https://sambelia.example/berita/42',
      lang: 'id',
    });
  });
});

describe('extractHtml: pages without an article', () => {
  it.each([
    ['index page with teaser links', 'index.html', 'Berita Lombok Terkini', LISTING_PAGE],
    ['404 page', '404.html', 'Oops! Halaman tidak ditemukan.', 'no article found'],
    ['empty JavaScript shell', 'empty-shell.html', 'Portal Berita', 'no article found'],
  ])('%s → text null, reason "no article found" (a listing says so)', (_, file, title, reason) => {
    const r = extractHtml(fixture(file));
    expect(r.text).toBeNull();
    expect(r.reason).toBe(reason);
    expect(r.title).toBe(title);
  });

  it.each([
    ['empty string', ''],
    ['whitespace', '   \n  '],
    ['plain text, no tags', 'hanya teks'],
    ['a link list', `<ul>${'<li><a href="/x">Berita lain yang juga menarik untuk dibaca hari ini</a></li>'.repeat(30)}</ul>`],
  ])('%s → null', (_, html) => {
    expect(extractHtml(html)).toMatchObject({ text: null, reason: 'no article found' });
  });
});

describe('extractHtml: markup details', () => {
  const para = 'Kepala daerah meminta seluruh pegawai negeri menjaga sikap netral, tidak memihak, dan tetap melayani warga.';
  const body = (inner: string): string => `<html><body><div class="entry-content">${inner}</div></body></html>`;

  it('decodes entities and normalises inline whitespace', () => {
    const r = extractHtml(body(`<p>Bupati&nbsp;Lombok   Timur &amp; Sekda\n  <b>hadir</b>&#8230; ${para}</p><p>${para}</p><p>${para}</p>`));
    expect(r.text!.split('\n\n')[0]).toBe(`Bupati Lombok Timur & Sekda hadir… ${para}`);
  });

  it('keeps a fragment without <html>/<body>', () => {
    const r = extractHtml(`<p>${para}</p><p>${para}</p><p>${para}</p>`);
    expect(r.text).toBe([para, para, para].join('\n\n'));
  });

  it('drops hidden elements', () => {
    const r = extractHtml(body(`<p>${para}</p><p style="display: none">RAHASIA tersembunyi</p><p hidden>RAHASIA juga</p><p>${para}</p><p>${para}</p>`));
    expect(r.text).not.toContain('RAHASIA');
  });

  it('keeps the article inside <article class="… header …"> and <main class="has-sidebar">', () => {
    const r = extractHtml(`<body><main class="layout has-sidebar"><article class="post header-large">${`<p>${para}</p>`.repeat(4)}</article></main></body>`);
    expect(r.text).toBe([para, para, para, para].join('\n\n'));
  });
});

describe('extractHtml: pathological input finishes fast', () => {
  it('50,000 nested <div>s', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>${'kata '.repeat(100)}</p>${'</div>'.repeat(50_000)}</body></html>`;
    const t0 = performance.now();
    const r = extractHtml(html);
    expect(performance.now() - t0).toBeLessThan(budget(2000));
    expect(r.text).toBe('kata '.repeat(100).trim());
  });

  it('5 MB of text in one <p>', () => {
    const html = `<html><body><article><p>${'Bawaslu, ASN netral. '.repeat(250_000)}</p></article></body></html>`;
    const t0 = performance.now();
    const r = extractHtml(html);
    expect(performance.now() - t0).toBeLessThan(budget(2000));
    expect(r.text!.length).toBe('Bawaslu, ASN netral. '.repeat(250_000).trim().length);
  });

  it('50,000 unclosed <p> tags and 50,000 links', () => {
    const html = `<body>${'<p>a <a href="#">b</a>'.repeat(50_000)}</body>`;
    const t0 = performance.now();
    extractHtml(html);
    expect(performance.now() - t0).toBeLessThan(budget(2000));
  });
});
