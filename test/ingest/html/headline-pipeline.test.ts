// A saved web page reads like the same article in plain text, its headline included (round 15, html15): the page's
// headline (src/ingest/html/headline.ts) is put back as the text's first line by the pipeline, so the cleaner and
// every extractor see what they see in a `.txt` copy whose first line is the headline; the page's reported `text`
// stays its body, the headline cut off and every offset moved with it (negative for an item in the headline). Table: articles whose headline
// carries something the body does not (a count, an election and its year, a region, an official) crossed with the
// shapes a page gives its headline in; negative rows: a `<title>` that is only the site's name (no headline line
// added), a two-word title, an index page (no article).
import { describe, expect, it } from 'vitest';
import type { Article, RawArticle } from '../../../src/model.js';
import { processArticle } from '../../../src/pipeline.js';

const raw = (o: Partial<RawArticle>): RawArticle => ({
  id: 'a', source: 'a', line: null, format: 'text', text: null, html: null, title: null, url: null, published: null, error: null, ...o,
});

interface Story { headline: string; body: string[] }
const STORIES: Story[] = [
  {
    headline: 'Lima ASN di Sintang Dilaporkan Langgar Netralitas Pilkada 2024',
    body: [
      'SINTANG – Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Sintang menindaklanjuti laporan masyarakat soal aparatur sipil negara yang ikut berkampanye, Senin (14/10/2024).',
      'Ketua Bawaslu Sintang, Andi Saputra, mengatakan para pegawai itu terekam menghadiri deklarasi salah satu pasangan calon. "Kami sudah meminta klarifikasi dari yang bersangkutan," kata Andi.',
      'Menurut dia, rekomendasi akan diteruskan ke Badan Kepegawaian Negara dalam pekan ini.',
    ],
  },
  {
    headline: 'Pj Bupati Kubu Raya Ingatkan Kepala Desa Jaga Netralitas Jelang Pemilu 2024',
    body: [
      'Penjabat Bupati mengumpulkan para camat dan kepala desa di aula kantor bupati, Rabu (10/1/2024), untuk membahas pengawasan tahapan kampanye.',
      '"Kepala desa dilarang ikut kampanye dan tidak boleh memihak," ujar Sekretaris Daerah Kubu Raya, Rudi Hartono, yang mendampingi penjabat bupati.',
      'Sebanyak dua kepala desa sebelumnya sudah dipanggil Bawaslu karena mengunggah foto bersama calon anggota legislatif.',
    ],
  },
  {
    headline: 'Bawaslu Landak Proses Dugaan Pelanggaran Netralitas Tiga Guru Honorer',
    body: [
      'NGABANG – Bawaslu Kabupaten Landak memproses dugaan pelanggaran netralitas yang melibatkan pegawai sekolah, Kamis (21/11/2024).',
      'Koordinator Divisi Penanganan Pelanggaran Bawaslu Landak, Maria Ulfa, menyebut kasus itu berawal dari unggahan di media sosial.',
    ],
  },
];

const paras = (s: Story): string => s.body.map((p) => `<p>${p}</p>`).join('\n');
const NAV = '<nav><ul><li><a href="/">Beranda</a></li><li><a href="/politik">Politik</a></li><li><a href="/daerah">Daerah</a></li></ul></nav>';
const FOOT = '<footer><p>© 2024 SuaraKalbar.id. Hak cipta dilindungi.</p></footer>';
const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${NAV}${body}${FOOT}</body></html>`;

/** Page shapes: how a page states its headline. */
const SHAPES: { shape: string; html: (s: Story) => string; selector?: string }[] = [
  { shape: 'h1 in the article, <title> with a site suffix', html: (s) => page(`<title>${s.headline} - SuaraKalbar.id</title>`, `<article><h1>${s.headline}</h1>${paras(s)}</article>`) },
  { shape: 'h1 outside the article', html: (s) => page(`<title>${s.headline} | Tribun</title>`, `<header class="post-header"><h1 class="entry-title">${s.headline}</h1></header><main><article>${paras(s)}</article></main>`) },
  { shape: 'og:title only (the <title> is the site name)', html: (s) => page(`<title>SuaraKalbar.id</title><meta property="og:title" content="${s.headline}">`, `<article>${paras(s)}</article>`) },
  { shape: 'og:title with the site name, og:site_name', html: (s) => page(`<meta property="og:site_name" content="Suara Kalbar"><meta property="og:title" content="${s.headline} - Suara Kalbar">`, `<article>${paras(s)}</article>`) },
  { shape: 'only a <title> with a site suffix', html: (s) => page(`<title>${s.headline} | Tribun</title>`, `<div class="content">${paras(s)}</div>`) },
  { shape: 'h1 worded otherwise than og:title (the visible h1 wins)', html: (s) => page(`<meta property="og:title" content="${s.headline} (Video)">`, `<article><h1>${s.headline}</h1>${paras(s)}</article>`) },
  { shape: 'a selected body that repeats the headline (not doubled)', html: (s) => page(`<title>${s.headline} - SuaraKalbar.id</title>`, `<article><h1>${s.headline}</h1>${paras(s)}</article>`), selector: 'article' },
];

const fields = (a: Article) => ({
  status: a.status, text: a.text, officials: a.officials, regions: a.regions, dates: a.dates, elections: a.elections, violations: a.violations, statements: a.statements,
});
/** A page's article as its plain-text copy reports it: the headline cut off the page's `text` (pipeline.ts) put back,
 *  and every offset moved by it. */
const withHeadlineBack = (a: Article, headline: string): Article => {
  if (a.text.startsWith(`${headline}\n\n`)) return a; // the body held the headline (a selected body): not cut
  const c = structuredClone(a);
  const by = headline.length + 2;
  const move = (x: { start: number; end: number }): void => {
    x.start += by;
    x.end += by;
  };
  c.text = `${headline}\n\n${a.text}`;
  for (const o of c.officials) o.spans.forEach(move);
  for (const r of c.regions) r.spans.forEach(move);
  [...c.dates, ...c.elections, ...c.violations, ...c.statements].forEach(move);
  return c;
};
const asText = (s: Story, withHeadline = true): Article =>
  processArticle(raw({ text: [...(withHeadline ? [s.headline] : []), ...s.body].join('\n\n') }));
const asHtml = (html: string, selector?: string): Article =>
  processArticle(raw({ format: 'html', html, url: 'https://www.suarakalbar.co.id/berita/2024/10/14/netralitas' }), { htmlSelector: selector ?? null });

describe('a saved page gives what the same article as text (headline first) gives', () => {
  for (const [si, s] of STORIES.entries()) {
    const txt = asText(s);
    for (const { shape, html, selector } of SHAPES) {
      it(`story ${si + 1}: ${shape}`, () => {
        const h = asHtml(html(s), selector);
        expect(fields(withHeadlineBack(h, s.headline))).toEqual(fields(txt));
        // the page's text is its body (the headline is not in it, nor doubled), and offsets are into it
        expect(h.text.indexOf(s.headline)).toBe(selector ? 0 : -1);
        for (const e of [...h.elections, ...h.dates]) if (e.start >= 0) expect(h.text.slice(e.start, e.end)).toBe(e.text);
      });
    }
  }

  it('the headline carries what the body does not (a count, an election and its year)', () => {
    const s = STORIES[0]!;
    const h = asHtml(SHAPES[0]!.html(s));
    const bare = asText(s, false);
    expect(h.text).toBe(bare.text);
    expect(h.elections.length).toBeGreaterThan(bare.elections.length);
    // read in the headline: offsets before the text's start, into `headline + "\n\n" + text`
    const e = h.elections.find((x) => x.start < 0)!;
    expect(`${s.headline}\n\n${h.text}`.slice(e.start + s.headline.length + 2, e.end + s.headline.length + 2)).toBe(e.text);
    expect(h.violations.length).toBeGreaterThan(bare.violations.length);
  });
});

describe('no headline line when the page states none', () => {
  const s = STORIES[0]!;
  const bare = asText(s, false);
  const rows: { name: string; html: string }[] = [
    { name: '<title> is only the site name', html: page('<title>SuaraKalbar.id</title>', `<article>${paras(s)}</article>`) },
    { name: '<title> is the site name, spaced', html: page('<title>Suara Kalbar</title><meta property="og:site_name" content="Suara Kalbar">', `<article>${paras(s)}</article>`) },
    { name: 'a section name with the site suffix', html: page('<title>Politik - SuaraKalbar.id</title>', `<article>${paras(s)}</article>`) },
    { name: 'an h1 logo and no title', html: page('', `<h1 class="logo">SuaraKalbar</h1><article>${paras(s)}</article>`) },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const h = asHtml(r.html);
      expect(fields(h)).toEqual(fields(bare));
    });
  }

  it('an index page is no article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="card"><h2><a href="/berita/${i}">${STORIES[i % 3]!.headline} ${i}</a></h2><p>${i + 1} jam lalu</p></div>`).join('');
    const h = asHtml(page('<title>Berita Politik Terbaru - SuaraKalbar.id</title>', `<main>${teasers}</main>`));
    expect(h.status).toBe('error');
    expect(h.text).toBe('');
  });
});

// A headline names a regency by the one word its own press uses for it (`Ketua Bawaslu Aru` for Kepulauan Aru): read
// now that the headline reaches the extractors, the word after the title is the region, never the person's name.
// Every 'title'-mode row of the abbreviation data (the one-word names of `Kepulauan …` / `Pulau …` regencies),
// crossed with titles; negative rows: the same words with no title before them give no official.
import { REGION_ABBREVIATION_ROWS } from '../../../src/lexicon/region-abbreviations.js';

describe('a one-word regency name after a title in a headline is the region, not a name', () => {
  const titled = REGION_ABBREVIATION_ROWS.filter((r) => r[3] === 'title');
  const titles = ['Ketua Bawaslu', 'Bupati', 'Sekda'];
  const body = 'Pegawai diminta tidak ikut berkampanye selama masa tenang, kata pejabat itu kepada wartawan, Senin (14/10/2024).';
  for (const [alias, code] of titled) {
    for (const title of titles) {
      it(`${title} ${alias} (${code})`, () => {
        const a = processArticle(raw({ text: `Wawancara: ${title} ${alias} Soal ASN yang Ikut Kampanye\n\n${body}` }));
        expect(a.officials.map((o) => o.name)).not.toContain(alias);
      });
    }
    it(`no title: ${alias}`, () => {
      const a = processArticle(raw({ text: `Warga ${alias} Soal ASN yang Ikut Kampanye\n\n${body}` }));
      expect(a.officials).toEqual([]);
    });
  }
});
