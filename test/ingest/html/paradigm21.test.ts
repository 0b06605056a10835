// Paradigm of round 21 (ingest21): listing pages whose links a saved or script-driven page has scrubbed to a
// placeholder ("#", "javascript:void(0)", an empty href), and listings whose teaser titles sit in each teaser's own
// <header> (WordPress's `<header class="entry-header">`, dropped by the reader as page furniture) must give no
// article; the look-alikes that ARE one article (sections under their own <header> subheads, a round-up whose
// subheads are scrubbed links, a live report, an article with a trailing-off quote) must keep their body. Pages of
// our own writing; rows marked `held` were written with the others, before the rule, and not looked at while
// writing it.
//
// BLIND (ingest21 at main dff52b2, before any change; PARADIGM21_REPORT=1): all 6/10, tuned-on 3/6, held-out 3/4.
//   Tuned-on failures: the three listings (read as articles from their excerpts). Held-out failure: the category
//   page of td-module cards.
// AFTER (listing.ts: a teaser's title in its own dropped <header> is read; a record whose excerpt is cut by an
//   ellipsis and whose title or read-more control is a placeholder link is a teaser; the density winner spread
//   over several records of one template is a listing): see the score test.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/html/extract.js';

interface Row {
  name: string;
  held?: boolean;
  html: string;
  /** null: the page is no article. Else strings the body must hold. */
  keep: string[] | null;
}

const NAV = `<header id="masthead" class="site-header"><p class="site-title"><a href="/">Suara Bengkalis</a></p><nav class="main-navigation"><ul>` +
  ['Beranda', 'Bengkalis', 'Dumai', 'Politik', 'Hukum', 'Opini'].map((m) => `<li><a href="/${m.toLowerCase()}">${m}</a></li>`).join('') + `</ul></nav></header>`;
const FOOT = `<footer class="site-footer"><div class="site-info">© 2024 Suara Bengkalis · Pedoman Media Siber · Redaksi</div></footer>`;
const shell = (title: string, inner: string): string =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body>${NAV}<div id="content"><main id="main" class="site-main">${inner}</main></div>${FOOT}</body></html>`;

/** Teasers: a title, a date and an excerpt cut short (the cut mark is added per row). */
const TEASERS = [
  ['Panwascam Bantan Panggil Dua Kepala Sekolah', '15 November 2024', 'Panitia Pengawas Kecamatan Bantan memanggil dua kepala sekolah dasar yang diduga membagikan stiker pasangan calon kepada wali murid. Keduanya diminta membawa'],
  ['"Jangan Ikut Grup Relawan," Pesan Sekda kepada Pegawai', '13 November 2024', '"Pegawai boleh datang ke TPS, tetapi jangan sekali-kali masuk grup relawan," kata Sekretaris Daerah dalam apel pagi yang diikuti ratusan'],
  ['Lima Laporan Netralitas di Rupat Tidak Ditindaklanjuti', '10 November 2024', 'Lima laporan dugaan pelanggaran netralitas aparatur di Pulau Rupat tidak ditindaklanjuti karena pelapor tidak melengkapi bukti. Bawaslu menyebut dua di'],
  ['BKPSDM Catat 14 Pegawai Dijatuhi Hukuman Disiplin', '7 November 2024', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia mencatat empat belas pegawai dijatuhi hukuman disiplin sepanjang tahun ini, tiga di'],
  ['Kades di Bukit Batu Diperiksa karena Pidato di Panggung Kampanye', '5 November 2024', 'Seorang kepala desa di Kecamatan Bukit Batu diperiksa setelah videonya berpidato di panggung kampanye beredar luas. "Saya hanya diminta'],
  ['Opini: Netral Itu Bukan Pilihan, Melainkan Kewajiban', '2 November 2024', 'Setiap musim pilkada, pegawai di daerah kembali dihadapkan pada tekanan yang sama dari atasan yang ingin'],
] as const;
const list = (f: (t: readonly [string, string, string], i: number) => string): string => TEASERS.map((t, i) => f(t, i)).join('\n');

/** One article's paragraphs, each ending with a sentence. */
const BODY = [
  'Badan Pengawas Pemilu Kabupaten Bengkalis mencatat tujuh dugaan pelanggaran netralitas aparatur sipil negara selama masa kampanye.',
  'Ketua Bawaslu Bengkalis mengatakan lima di antaranya menyangkut unggahan dukungan kepada pasangan calon di media sosial.',
  '"Kami sudah meneruskan lima kasus itu ke Badan Kepegawaian Negara. Dua lainnya masih kami kaji," katanya, Jumat (15/11/2024).',
  'Penjabat Bupati menyatakan pemerintah kabupaten akan menjalankan keputusan BKN terhadap pegawai yang terbukti melanggar.',
  'Ia meminta seluruh camat mengingatkan pegawai kecamatan agar tidak hadir dalam kampanye dan tidak membagikan bahan kampanye.',
  'Bawaslu juga membuka posko pengaduan di setiap kecamatan hingga hari pemungutan suara pada 27 November 2024.',
];
const SUBHEADS = ['Tujuh Dugaan Pelanggaran', 'Diteruskan ke BKN', 'Sikap Pemerintah Kabupaten', 'Posko Pengaduan Dibuka'];

const ROWS: Row[] = [
  // ------------------------------------------------------------------ pages that are not one article
  {
    name: 'WordPress search results: titles in each post\'s own header, scrubbed "#" links, cut excerpts and a more-link',
    html: shell('Anda mencari pegawai netral - Halaman 2 - Suara Bengkalis', `<header class="page-header"><h1 class="page-title">Hasil pencarian untuk: <span>pegawai netral</span></h1></header>` +
      list(([t, d, e], i) => `<article id="post-${900 - i}" class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="#">${t}</a></h2><div class="entry-meta"><span class="posted-on">${d}</span></div></header><div class="entry-summary"><p>${e}&hellip; <a class="more-link" href="#">Selengkapnya</a></p></div></article>`) +
      `<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" href="#">Sebelumnya</a><a class="page-numbers" href="#">1</a><span class="page-numbers current">2</span><a class="page-numbers" href="#">3</a></div></nav>`),
    keep: null,
  },
  {
    name: 'tag page of cards: h3 titles linked to javascript:void(0), excerpts ending "[…]", no control',
    html: shell('Tag: Netralitas - Suara Bengkalis', `<h1 class="archive-title">Tag: Netralitas</h1><div class="card-grid">` +
      list(([t, d, e]) => `<div class="card"><h3 class="card-title"><a href="javascript:void(0)" onclick="go(this)">${t}</a></h3><span class="card-date">${d}</span><p class="card-excerpt">${e} [&hellip;]</p></div>`) + `</div>`),
    keep: null,
  },
  {
    name: 'search results with real links: titles in each post\'s own header (dropped as furniture)',
    html: shell('Hasil Pencarian: bawaslu - Suara Bengkalis', `<header class="page-header"><h1>Hasil Pencarian: bawaslu</h1><p>Ditemukan 31 artikel</p></header>` +
      list(([t, d, e], i) => `<article class="post"><header class="entry-header"><h2 class="entry-title"><a href="/berita/${i + 100}/">${t}</a></h2><time>${d}</time></header><div class="entry-content"><p>${e}...</p></div></article>`)),
    keep: null,
  },
  {
    name: 'category page of td-module cards: header titles linked "#", "..." excerpts, a "Baca Selengkapnya" button',
    held: true,
    html: shell('Politik - Suara Bengkalis', `<div class="td-category-header"><h1 class="entry-title td-page-title">Politik</h1></div><div class="td-ss-main-content">` +
      list(([t, d, e]) => `<div class="td_module_10 td_module_wrap"><div class="item-details"><header class="td-module-header"><h3 class="entry-title td-module-title"><a href="#" rel="bookmark">${t}</a></h3></header><div class="td-module-meta-info"><span class="td-post-date">${d}</span></div><div class="td-excerpt">${e}...</div><div class="td-read-more"><a href="#">Baca Selengkapnya</a></div></div></div>`) + `</div>`),
    keep: null,
  },
  // ------------------------------------------------------------------ look-alikes that are one article
  {
    name: 'article whose sections each open with their own <header> subhead',
    html: shell('Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran - Suara Bengkalis', `<article class="post"><header class="entry-header"><h1 class="entry-title">Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran</h1></header><div class="entry-content">` +
      SUBHEADS.map((h, i) => `<section><header><h2>${h}</h2></header><p>${BODY[i]}</p>${i === 3 ? `<p>${BODY[4]}</p><p>${BODY[5]}</p>` : ''}</section>`).join('') + `</div></article>`),
    keep: [BODY[0]!, BODY[2]!, BODY[5]!],
  },
  {
    name: 'round-up whose linked subheads were scrubbed to "#", paragraphs ending with sentences',
    html: shell('Sepekan Pengawasan Netralitas di Bengkalis - Suara Bengkalis', `<article><h1>Sepekan Pengawasan Netralitas di Bengkalis</h1><div class="entry-content">` +
      SUBHEADS.map((h, i) => `<h3><a href="#">${h}</a></h3><p>${BODY[i]}</p>`).join('') + `<p>${BODY[4]}</p><p>${BODY[5]}</p></div></article>`),
    keep: [BODY[0]!, BODY[3]!, BODY[5]!],
  },
  {
    name: 'interview: questions as h3 in headers with a "#" anchor, answers trailing off in "…"',
    held: true,
    html: shell('Wawancara: Ketua Bawaslu Bengkalis soal Netralitas - Suara Bengkalis', `<article><h1>Wawancara: Ketua Bawaslu Bengkalis soal Netralitas</h1><div class="entry-content">` +
      SUBHEADS.map((h, i) => `<div class="qa"><header><h3><a href="#q${i}">${h}?</a></h3></header><p>${BODY[i]!.replace(/\.$/, '…')}</p></div>`).join('') + `<p>${BODY[4]}</p><p>${BODY[5]}</p></div></article>`),
    keep: [BODY[4]!, BODY[5]!],
  },
  {
    name: 'live report: entries under a header with a time heading and a share link "#"',
    held: true,
    html: shell('LIVE: Pemungutan Suara di Bengkalis - Suara Bengkalis', `<article><h1>LIVE: Pemungutan Suara di Bengkalis</h1><div class="live-feed">` +
      BODY.map((p, i) => `<div class="live-entry"><header><h3>0${7 + i}.15 WIB — Pembaruan</h3></header><p>${p}</p><a href="#" class="share">Bagikan</a></div>`).join('') + `</div></article>`),
    keep: [BODY[0]!, BODY[5]!],
  },
  {
    name: 'article over a related grid of four cards with "#" links and cut excerpts',
    held: true,
    html: shell('Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran - Suara Bengkalis', `<article class="post"><h1>Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran</h1><div class="entry-content">` +
      BODY.map((p) => `<p>${p}</p>`).join('') + `</div></article><div class="related-posts">` +
      list(([t, , e]) => `<div class="rel"><h4><a href="#">${t}</a></h4><p>${e}…</p></div>`) + `</div>`),
    keep: [BODY[0]!, BODY[5]!],
  },
  {
    name: 'short article with four "#"-linked subheads in headers',
    html: shell('Pegawai Dilarang Ikut Grup Relawan - Suara Bengkalis', `<article><header><h1>Pegawai Dilarang Ikut Grup Relawan</h1></header>` +
      SUBHEADS.map((h, i) => `<header><h2><a href="#">${h}</a></h2></header><p>${BODY[i]}</p>`).join('') + `</article>`),
    keep: [BODY[0]!, BODY[3]!],
  },
];

function check(r: Row): string | null {
  const x = extractHtml(r.html);
  if (r.keep === null) return x.text === null ? null : `read as an article: ${x.text.slice(0, 80).replace(/\n/g, ' | ')}`;
  if (x.text === null) return `no article found (${x.reason})`;
  const flat = x.text.replace(/\s+/g, ' ');
  for (const k of r.keep) if (!flat.includes(k)) return `missing: ${k.slice(0, 60)}`;
  return null;
}

describe('paradigm21: scrubbed-link listings and teaser headers, and their look-alikes', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_, r) => {
    expect(check(r)).toBeNull();
  });

  it('score (printed with PARADIGM21_REPORT=1)', () => {
    const res = ROWS.map((r) => ({ r, why: check(r) }));
    const score = (xs: typeof res): string => `${xs.filter((x) => x.why === null).length}/${xs.length}`;
    if (process.env['PARADIGM21_REPORT']) {
      console.log(`paradigm21: all ${score(res)}, tuned-on ${score(res.filter((x) => !x.r.held))}, held-out ${score(res.filter((x) => x.r.held))}`);
      for (const x of res) if (x.why) console.log(`  ${x.r.held ? '(held) ' : ''}${x.r.name}: ${x.why}`);
    }
    expect(res.length).toBe(ROWS.length);
  });
});

// Plain text pasted whole into one element (render.ts plainParagraphs): a video page's description in one
// pre-wrapped <span>, its paragraphs apart by blank lines, must reach the body as paragraphs (a speaker named in one
// paragraph, a quote in the next), while template indentation around one sentence stays whitespace.
// BLIND (main dff52b2): 2/4 (both positives read as one paragraph). AFTER: 4/4.
const LEAD = 'SIAK - Bawaslu Kabupaten Siak mencatat enam laporan dugaan pelanggaran netralitas selama masa kampanye.';
const QUOTE = '"Semua laporan kami kaji sesuai prosedur," kata Ketua Bawaslu Siak di kantornya, Senin (11/11/2024).';
const CLOSE = 'Simak selengkapnya dalam video berikut.';
const PARA_ROWS: Array<{ name: string; html: string; paragraphs: string[] }> = [
  {
    name: 'video description: one <span> with blank-line paragraphs',
    html: shell('Bawaslu Siak Catat Enam Laporan - Suara Bengkalis', `<h1>Bawaslu Siak Catat Enam Laporan</h1><div id="description"><yt-attributed-string><span>${LEAD}\n\n${QUOTE}\n\n${BODY[3]}\n\n${CLOSE}</span></yt-attributed-string></div>`),
    paragraphs: [LEAD.replace('SIAK - ', ''), QUOTE, BODY[3]!],
  },
  {
    name: 'social post: one <div> of plain text, blank lines with stray spaces',
    html: shell('Diskominfo Siak - Suara Bengkalis', `<h1>Pegawai Siak Diminta Netral</h1><div class="post-text">${BODY[0]}\n \n${BODY[1]}\n\t\n${QUOTE}</div>`),
    paragraphs: [BODY[0]!, BODY[1]!, QUOTE],
  },
  {
    name: 'template indentation around each paragraph: no split inside one',
    html: shell('Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran - Suara Bengkalis', `<article><h1>Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran</h1><div class="entry-content">` +
      BODY.map((p) => `<p>\n\n      ${p}\n\n    </p>`).join('\n\n') + `</div></article>`),
    paragraphs: BODY.slice(),
  },
  {
    name: 'one blank line inside a paragraph (two runs): whitespace, as before',
    html: shell('Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran - Suara Bengkalis', `<article><h1>Bawaslu Bengkalis Catat Tujuh Dugaan Pelanggaran</h1><div class="entry-content"><p>${BODY[0]!.replace(' selama', '\n\nselama')}</p>` +
      BODY.slice(1).map((p) => `<p>${p}</p>`).join('') + `</div></article>`),
    paragraphs: BODY.slice(),
  },
];

describe('paradigm21: plain text pasted whole into one element', () => {
  it.each(PARA_ROWS.map((r) => [r.name, r] as const))('%s', (_, r) => {
    const x = extractHtml(r.html);
    expect(x.text).not.toBeNull();
    const paras = x.text!.split('\n\n').map((p) => p.replace(/\s+/g, ' ').trim());
    for (const p of r.paragraphs) expect(paras.some((q) => q === p || q.endsWith(p))).toBe(true);
  });
});
