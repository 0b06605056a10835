// Paradigm of page structures a real crawl of Indonesian regional news holds (round 18, html18): small pages of our
// own writing, each one structure in several outlets' markup, with the look-alikes that must not change. A row
// passes when every `keep` string is in the body (whole: a sentence broken across paragraphs fails), no `drop` string
// is, and `published` (when given) is the page's date. Rows marked `held` were written before the rules and not
// looked at while writing them.
//
// BLIND (main 762eec7, before any change of round 18; PARADIGM18_REPORT=1): all rows 31/36, tuned-on 22/25,
//   held-out 9/11. Failed blind, tuned-on: a tweet embed's chrome in the body (pic.twitter.com link, handle, date);
//   the page showing only the first paragraphs while JSON-LD articleBody holds the whole story (2 rows: the rest
//   lost). Held-out: 2 failed (the vitest run named them, so they were seen, not studied: a body split in two
//   `read__content` divs around a `--related` box, a table row's cells each on a line of its own).
// AFTER structure 1 (JSON-LD articleBody holding the page's teaser, ld-body.ts): all 33/36, tuned-on 24/25, held-out
//   9/11 (no held-out row of that structure failed blind).
// AFTER structure 2 (a social post embed's attribution line dropped, its paragraphs kept, page.ts): all 34/36,
//   tuned-on 25/25, held-out 9/11. The tweet row was changed after the blind run: written to drop the whole post
//   (its 'pic.twitter.com' link too), it now keeps the post's text, as the benchmark's bodies do (a story can be
//   told in an official's posts; dropping the whole post cost bench:html 0.988 -> 0.983), and drops only the
//   "— Name (@handle) Date" line.
// Structure 3 (a page without a meta date whose date holder is named between hyphens, "fusion-meta-info",
//   "td-post-date-top"; seen in check17's Avada page): 4 rows added after the above, blind 0/4 (tuned-on 0/2, held-out
//   0/2); AFTER (metadata.ts classMatches reads hyphen parts): all 38/40, tuned-on 27/27, held-out 11/13.
// Structure 4 (body only in an app's state script, no JSON-LD): 4 rows added after the above (two app shells, a
//   lazy template, an unlinked 'Baca Juga:' line), blind 1/4 (tuned-on 0/2, held-out 1/2); AFTER (app-state.ts):
//   all 41/44, tuned-on 28/29, held-out 13/15. The unlinked 'Baca Juga:' line stays in the reader's text; the
//   cleaner removes it (marked known).
// Structure 5 (a paginated story's page marker "Halaman 1 dari 2 Selanjutnya" in a `paging` box or an unnamed line;
//   and the JSON-LD rest joined to the page's own paragraphs when the articleBody is one flat line): 2 rows and one
//   case added after the above, blind 0/2 (tuned-on 0/1, held-out 0/1) and the case failing; AFTER ('paging' junk,
//   pagination labels, ld-body.ts restAfter): all 43/46, tuned-on 29/30, held-out 14/16, the case passing.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/html/extract.js';
import { wholerBody } from '../../../src/ingest/html/ld-body.js';
import { DEFAULTS } from '../../../src/ingest/html/thresholds.js';

interface Row {
  name: string;
  held?: boolean;
  html: string;
  keep: string[];
  drop: string[];
  published?: string;
  /** Still failing after this round's rules: why (the row is scored, not asserted). */
  known?: string;
}

const P = [
  'Badan Pengawas Pemilu (Bawaslu) Kabupaten Sintang mencatat enam dugaan pelanggaran netralitas aparatur sipil negara selama masa kampanye Pilkada 2024.',
  'Ketua Bawaslu Sintang, Hendrikus Ajun, mengatakan empat di antaranya melibatkan guru yang mengunggah dukungan kepada pasangan calon di media sosial.',
  '"Kami sudah meneruskan empat kasus itu ke Badan Kepegawaian Negara. Dua lainnya masih kami kaji," kata Hendrikus di kantornya, Kamis (10/10/2024).',
  'Sekretaris Daerah Sintang, Yosepha Hasnah, menyatakan pemerintah kabupaten akan menjalankan apa pun keputusan BKN terhadap pegawai yang terbukti melanggar.',
  'Ia meminta seluruh kepala perangkat daerah mengingatkan pegawainya agar tidak hadir dalam kampanye dan tidak memberi tanda suka pada unggahan calon.',
];
const p = (s: string): string => `<p>${s}</p>`;
const BODY = P.map(p).join('\n');
const TITLE = 'Bawaslu Sintang Catat Enam Dugaan Pelanggaran Netralitas ASN';

interface Chrome {
  site?: string;
  head?: string;
  before?: string;
  after?: string;
}
/** A whole page around `inner` (the article's container): menu, headline, popular list in a sidebar, footer. */
function page(inner: string, c: Chrome = {}): string {
  const site = c.site ?? 'Kalbar Terkini';
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${TITLE} - ${site}</title>` +
    `<meta property="og:title" content="${TITLE}">${c.head ?? ''}</head><body>` +
    `<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a> <a href="/olahraga">Olahraga</a></nav></header>` +
    `<div class="container"><div class="col-main">${c.before ?? ''}<h1>${TITLE}</h1>${inner}${c.after ?? ''}</div>` +
    `<div class="col-side"><h3>Terpopuler</h3><ol><li><a href="/a">Harga Cabai di Pasar Masuka Naik Dua Kali Lipat Jelang Natal</a></li>` +
    `<li><a href="/b">Jembatan Gantung di Ketungau Hulu Putus Diterjang Banjir</a></li><li><a href="/c">Ribuan Warga Padati Festival Tenun Ikat</a></li></ol></div></div>` +
    `<footer><p>© 2024 ${site}. Redaksi | Pedoman Media Siber | Kontak</p></footer></body></html>`;
}
const ld = (o: Record<string, unknown>): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: TITLE, ...o })}</script>`;
const FULL_LD = P.join('\n\n');

const ROWS: Row[] = [
  // ---- body text split across several containers (an ad slot or a 'Baca juga' box between two body divs)
  {
    name: 'split: two body divs around an ad slot',
    html: page(`<div class="detail-text">${p(P[0]!)}${p(P[1]!)}${p(P[2]!)}</div><div class="ads-inarticle"><div id="div-gpt-ad-2">ADVERTISEMENT</div></div><div class="detail-text">${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[0]!, P[4]!],
    drop: ['ADVERTISEMENT', 'Terpopuler'],
  },
  {
    name: 'split: unnamed body divs around a related box',
    html: page(`<div class="x1">${p(P[0]!)}${p(P[1]!)}${p(P[2]!)}</div><div class="x2"><span>Baca Juga</span><ul><li><a href="/r1">Camat di Melawi Diperiksa Bawaslu karena Pose Jari</a></li><li><a href="/r2">BKN Jatuhkan Sanksi kepada 12 ASN Kalbar</a></li></ul></div><div class="x1">${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[0]!, P[4]!],
    drop: ['Camat di Melawi', 'Baca Juga'],
  },
  {
    name: 'split: read__content twice with an inline Baca juga between',
    held: true,
    known: 'held out, not worked on this round',
    html: page(`<div class="read__content">${p(P[0]!)}${p(P[1]!)}</div><div class="read__content--related"><strong>Baca juga: <a href="/r">Pj Bupati Kapuas Hulu Minta ASN Tak Unggah Foto Calon</a></strong></div><div class="read__content">${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[0]!, P[2]!, P[4]!],
    drop: ['Pj Bupati Kapuas Hulu'],
  },
  {
    name: 'not split: a second story block after the body stays out',
    html: page(`<div class="detail-text">${BODY}</div><div class="box-editor"><h3>Pilihan Redaksi</h3><ul><li><a href="/e1">Pemprov Kalbar Siapkan Rp 20 Miliar untuk Perbaikan Jalan</a></li><li><a href="/e2">Tim Sepak Bola Putri Sintang Juara Porprov</a></li></ul></div>`),
    keep: [P[0]!, P[4]!],
    drop: ['Pemprov Kalbar Siapkan', 'Pilihan Redaksi'],
  },
  // ---- content paginated ("Halaman 2")
  {
    name: 'paginated: page links under the body',
    html: page(`<div class="post-content">${BODY}<div class="pagination"><span>Halaman</span> <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2">Selanjutnya</a></div></div>`),
    keep: [P[0]!, P[4]!],
    drop: ['Selanjutnya'],
  },
  {
    name: 'paginated: "Halaman selanjutnya" link line',
    html: page(`<div class="txt-article">${BODY}<p><a href="/berita/123/2">Baca halaman selanjutnya</a></p></div>`),
    keep: [P[4]!],
    drop: ['halaman selanjutnya'],
  },
  {
    name: 'paginated: "Halaman all" page two marker and page list',
    held: true,
    html: page(`<div class="read__content">${p(P[0]!)}${p(P[1]!)}${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}<div class="paging"><a class="paging__link" href="?page=1">1</a><a class="paging__link" href="?page=2">2</a><a class="paging__link paging__link--show" href="?page=all">Tampilkan Semua</a></div></div>`),
    keep: [P[0]!, P[4]!],
    drop: ['Tampilkan Semua'],
  },
  {
    name: 'paginated: a "paging" box with "Halaman 1 dari 2"',
    html: page(`<div class="txt-article">${BODY}<div class="paging">Halaman 1 dari 2 <a href="?page=2">Selanjutnya</a></div></div>`),
    keep: [P[4]!],
    drop: ['Halaman 1 dari 2'],
  },
  {
    name: 'paginated: an unnamed centred line "Halaman 2 dari 3" under the text',
    held: true,
    html: page(`<div class="isi-berita">${BODY}<p style="text-align:center"><strong>Halaman 2 dari 3</strong></p><div class="text-center"><a href="?p=1">Sebelumnya</a> <a href="?p=3">Berikutnya</a></div></div>`),
    keep: [P[0]!, P[4]!],
    drop: ['Halaman 2 dari 3', 'Berikutnya'],
  },
  // ---- inline related links between paragraphs
  {
    name: 'inline related: bold "Baca juga" link paragraph',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<p><strong>Baca juga: </strong><a href="/r">Kades di Sekadau Dilaporkan karena Ikut Deklarasi</a></p>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[2]!, P[4]!],
    drop: ['Kades di Sekadau'],
  },
  {
    name: 'inline related: "ARTIKEL TERKAIT" list box',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<div class="wp-block-group"><p>ARTIKEL TERKAIT</p><ul><li><a href="/r1">Bawaslu Landak Terima Tiga Laporan Netralitas</a></li><li><a href="/r2">Guru Honorer di Sanggau Dipanggil Panwascam</a></li></ul></div>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[2]!, P[4]!],
    drop: ['Bawaslu Landak Terima', 'Guru Honorer di Sanggau'],
  },
  {
    name: 'inline related: "Simak juga" link inside a paragraph of its own',
    held: true,
    html: page(`<div class="detail__body-text">${p(P[0]!)}${p(P[1]!)}<p>Simak juga: <a href="/v">Video Warga Tolak Politik Uang di Kapuas Hulu</a></p>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[2]!, P[4]!],
    drop: ['Video Warga Tolak'],
  },
  {
    name: 'inline links: a paragraph with linked names stays whole',
    html: page(`<div class="entry-content">${p(P[0]!)}<p>Ketua <a href="/tag/bawaslu">Bawaslu</a> Sintang, <a href="/tag/hendrikus">Hendrikus Ajun</a>, mengatakan empat di antaranya melibatkan guru yang mengunggah dukungan kepada pasangan calon.</p>${p(P[2]!)}${p(P[3]!)}</div>`),
    keep: ['Ketua Bawaslu Sintang, Hendrikus Ajun, mengatakan empat di antaranya melibatkan guru'],
    drop: [],
  },
  // ---- embeds inside the body
  {
    name: 'embed: tweet blockquote in the body',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<blockquote class="twitter-tweet"><p lang="in" dir="ltr">ASN wajib netral. Laporkan pelanggaran ke Bawaslu terdekat <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Bawaslu Sintang (@bawaslusintang) <a href="https://twitter.com/x">October 9, 2024</a></blockquote>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: ['ASN wajib netral. Laporkan pelanggaran ke Bawaslu terdekat', P[2]!, P[4]!],
    drop: ['@bawaslusintang', 'October 9, 2024'],
  },
  {
    name: 'embed: Instagram blockquote in the body',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><a href="https://www.instagram.com/p/x/">Lihat postingan ini di Instagram</a></div><p><a href="https://www.instagram.com/p/x/">Sebuah kiriman dibagikan oleh Humas Sintang (@humas.sintang)</a></p></blockquote>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[2]!, P[4]!],
    drop: ['Lihat postingan ini', 'Sebuah kiriman dibagikan'],
  },
  {
    name: 'embed: YouTube iframe and its label',
    held: true,
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<div class="embed-youtube"><iframe src="https://www.youtube.com/embed/x" title="Bawaslu Sintang Umumkan Hasil Pengawasan"></iframe></div>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[2]!, P[4]!],
    drop: ['Umumkan Hasil Pengawasan'],
  },
  // ---- tables in the body
  {
    name: 'table: a data table in the body keeps its figures',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<table><thead><tr><th>Tahapan</th><th>Laporan</th></tr></thead><tbody><tr><td>Pemilu 2024</td><td>3</td></tr><tr><td>Pilkada 2024</td><td>6</td></tr></tbody></table>${p(P[2]!)}${p(P[3]!)}</div>`),
    keep: ['Pilkada 2024', P[3]!],
    drop: [],
  },
  {
    name: 'table: a layout table holding the whole body',
    html: page(`<table width="100%"><tr><td class="isi">${BODY}</td></tr></table>`),
    keep: [P[0]!, P[4]!],
    drop: ['Terpopuler'],
  },
  {
    name: 'table: a row of label and figure stays on one line',
    held: true,
    known: 'held out; a table renders one cell a line (check17 Tanjung Jabung Timur too), left for a round that can rescore the count sets',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<table><tr><td>Guru</td><td>4 orang</td></tr><tr><td>Staf kecamatan</td><td>2 orang</td></tr></table>${p(P[2]!)}${p(P[3]!)}</div>`),
    keep: ['Guru 4 orang', 'Staf kecamatan 2 orang'],
    drop: [],
  },
  // ---- <br>-separated paragraphs and sentences broken by markup
  {
    name: 'br: bare text with <br><br>',
    html: page(`<div class="detail__body-text">${P.join('<br><br>')}</div>`),
    keep: [P[0]!, P[2]!, P[4]!],
    drop: [],
  },
  {
    name: 'br: one <br> inside a paragraph keeps both halves',
    html: page(`<div class="entry-content"><p>${P[0]}<br>${P[1]}</p>${p(P[2]!)}${p(P[3]!)}</div>`),
    keep: [P[0]!, P[1]!, P[3]!],
    drop: [],
  },
  {
    name: 'broken: an ad slot inside a paragraph',
    html: page(`<div class="entry-content">${p(P[0]!)}<p>Ketua Bawaslu Sintang, Hendrikus Ajun, mengatakan empat di antaranya <span class="ads-inline"><ins class="adsbygoogle" data-ad-slot="1"></ins></span>melibatkan guru yang mengunggah dukungan kepada pasangan calon.</p>${p(P[2]!)}${p(P[3]!)}</div>`),
    keep: ['mengatakan empat di antaranya melibatkan guru yang mengunggah'],
    drop: [],
  },
  {
    name: 'broken: a div ad block between the halves of bare text',
    html: page(`<div class="detail__body-text">${P[0]} Ketua Bawaslu Sintang, Hendrikus Ajun, mengatakan empat di antaranya <div class="parallax-ad"><div id="ad-1"></div></div> melibatkan guru yang mengunggah dukungan kepada pasangan calon.<br><br>${P[2]}<br><br>${P[3]}</div>`),
    keep: ['mengatakan empat di antaranya melibatkan guru yang mengunggah'],
    drop: [],
  },
  {
    name: 'broken: a drop cap letter joins its word',
    held: true,
    html: page(`<div class="entry-content"><p><span class="dropcap">B</span>adan Pengawas Pemilu (Bawaslu) Kabupaten Sintang mencatat enam dugaan pelanggaran netralitas.</p>${p(P[1]!)}${p(P[2]!)}${p(P[3]!)}</div>`),
    keep: ['Badan Pengawas Pemilu (Bawaslu) Kabupaten Sintang mencatat'],
    drop: [],
  },
  // ---- headings inside the body
  {
    name: 'headings: subheads inside the body stay with the text after them',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<h2>Empat kasus diteruskan ke BKN</h2>${p(P[2]!)}<h3>Pemkab siap jalankan putusan</h3>${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: ['Empat kasus diteruskan ke BKN', P[2]!, P[4]!],
    drop: [],
  },
  // ---- the page's author/date block
  {
    name: 'author/date block above the body: out of the body, date read',
    html: page(`<div class="meta"><span class="author">Penulis: Rina Oktaviani</span> | <span class="editor">Editor: Dedi Irawan</span></div><div class="date">Kamis, 10 Oktober 2024 | 14:20 WIB</div><div class="post-content">${BODY}</div>`),
    keep: [P[0]!, P[4]!],
    drop: ['Penulis: Rina', 'Editor: Dedi'],
    published: '2024-10-10',
  },
  {
    name: 'author/date block inside the body container',
    held: true,
    html: page(`<div class="post-content"><div class="byline">Oleh Rina Oktaviani — Kamis, 10 Oktober 2024 14:20 WIB</div>${BODY}</div>`),
    keep: [P[0]!, P[4]!],
    drop: ['Oleh Rina'],
    published: '2024-10-10',
  },
  {
    name: 'date holder named inside a hyphenated class (Avada "fusion-meta-info"), no meta date',
    html: page(`<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">Oleh <a href="/a" rel="author">Admin Bawaslu</a> | <span>Oktober 10th, 2024</span> | <a href="/berita">Berita</a></div></div><div class="post-content">${BODY}</div>`),
    keep: [P[0]!, P[4]!],
    drop: [],
    published: '2024-10-10',
  },
  {
    name: 'date holder "single-post-meta-box" with an Indonesian date',
    html: page(`<div class="single-post-meta-box"><span>Diposting pada Kamis, 10 Oktober 2024</span></div><div class="isi-berita">${BODY}</div>`),
    keep: [P[4]!],
    drop: [],
    published: '2024-10-10',
  },
  {
    name: 'date holder "td-post-date-top" with a clock time',
    held: true,
    html: page(`<div class="td-post-header"><span class="td-post-date-top">Kamis, 10 Oktober 2024 - 14:20 WIB</span></div><div class="td-post-content">${BODY}</div>`),
    keep: [P[4]!],
    drop: [],
    published: '2024-10-10',
  },
  {
    name: 'date holder "entry-meta-wrap" under a headline',
    held: true,
    html: page(`<div class="entry-meta-wrap"><span class="by">Redaksi</span> · 10/10/2024</div><div class="entry-content">${BODY}</div>`),
    keep: [P[4]!],
    drop: [],
    published: '2024-10-10',
  },
  // ---- captions
  {
    name: 'caption: WordPress caption block in the body',
    html: page(`<div class="entry-content"><div class="wp-caption"><img src="/f.jpg" alt=""><p class="wp-caption-text">Ketua Bawaslu Sintang Hendrikus Ajun saat memberi keterangan kepada wartawan. (Foto: Rina/Kalbar Terkini)</p></div>${BODY}</div>`),
    keep: [P[0]!, P[4]!],
    drop: ['saat memberi keterangan'],
  },
  {
    name: 'caption: a photo with a span caption between paragraphs',
    held: true,
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<div class="foto-detail"><img src="/f2.jpg"><span class="keterangan">Suasana rapat koordinasi pengawasan netralitas di aula kantor bupati. ANTARA/Rina</span></div>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>`),
    keep: [P[2]!, P[4]!],
    drop: ['Suasana rapat koordinasi'],
  },
  // ---- AMP
  {
    name: 'AMP: amp-ad slots and share bar inside the body',
    html: page(`<div class="side-article txt-article">${p(P[0]!)}<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"><div placeholder>ADVERTISEMENT</div></amp-ad>${p(P[1]!)}${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}<amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="facebook"></amp-social-share></div>`),
    keep: [P[0]!, P[1]!, P[4]!],
    drop: ['ADVERTISEMENT'],
  },
  // ---- text in JSON as well as in the DOM
  {
    name: 'JSON-LD: DOM shows the first paragraphs, articleBody the whole story',
    html: page(`<div class="detail-text">${p(P[0]!)}${p(P[1]!)}<div class="read-more"><a href="#">Baca selengkapnya</a></div></div>`, { head: ld({ articleBody: FULL_LD }) }),
    keep: [P[0]!, P[4]!],
    drop: ['Baca selengkapnya'],
  },
  {
    name: 'JSON-LD: articleBody with markup and entities, DOM teaser only',
    html: page(`<div class="detail-text">${p(P[0]!)}${p(P[1]!)}</div>`, { head: ld({ articleBody: P.map((x) => `<p>${x.replace(/"/g, '&quot;')}</p>`).join('') }) }),
    keep: [P[2]!, P[4]!],
    drop: ['&quot;', '<p>'],
  },
  {
    name: 'JSON-LD: a short description-like articleBody does not replace a whole DOM body',
    html: page(`<div class="detail-text">${BODY}</div>`, { head: ld({ articleBody: P[0] }) }),
    keep: [P[0]!, P[4]!],
    drop: [],
  },
  {
    name: 'JSON-LD: an articleBody of another story does not replace the DOM body',
    held: true,
    html: page(`<div class="detail-text">${p(P[0]!)}${p(P[1]!)}${p(P[2]!)}</div>`, { head: ld({ articleBody: 'Pemerintah Kabupaten Sintang meresmikan pasar rakyat baru di Kecamatan Sepauk. Pasar itu dibangun dengan dana alokasi khusus senilai Rp 4 miliar dan menampung 120 pedagang. Bupati berharap pasar itu menggerakkan ekonomi desa sekitar dan mengurangi harga bahan pokok yang selama ini tinggi karena ongkos angkut.' }) }),
    keep: [P[0]!, P[2]!],
    drop: ['pasar rakyat'],
  },
  {
    name: 'JSON-LD: articleBody truncated with an ellipsis, DOM whole',
    held: true,
    html: page(`<div class="detail-text">${BODY}</div>`, { head: ld({ articleBody: `${P[0]} ${P[1]} ${P[2]}...` }) }),
    keep: [P[0]!, P[3]!, P[4]!],
    drop: [],
  },
  {
    name: '__NEXT_DATA__ shell: the body only in the JSON of an app-router page',
    html: `<!doctype html><html><head><title>${TITLE}</title>${ld({ articleBody: FULL_LD })}</head><body><div id="__next"><div class="skeleton"></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { article: { title: TITLE, content: P.map(p).join('') } } } })}</script></body></html>`,
    keep: [P[0]!, P[4]!],
    drop: [],
  },
  {
    name: '__NEXT_DATA__ shell without JSON-LD: the body only in pageProps',
    html: `<!doctype html><html><head><title>${TITLE}</title></head><body><div id="__next"><div class="skeleton"></div><div class="skeleton"></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { data: { title: TITLE, content: P.map(p).join(''), tags: ['bawaslu', 'asn'] } } }, page: '/[slug]' })}</script></body></html>`,
    keep: [P[0]!, P[4]!],
    drop: ['skeleton', 'bawaslu asn'],
  },
  {
    name: 'Nuxt shell without JSON-LD: the body only in window.__NUXT__',
    held: true,
    html: `<!doctype html><html><head><title>${TITLE}</title></head><body><div id="__nuxt"><div class="loading">Memuat…</div></div><script>window.__NUXT__={layout:"default",data:[{detail:{judul:${JSON.stringify(TITLE)},isi:${JSON.stringify(P.map(p).join(''))}}}]};</script></body></html>`,
    keep: [P[0]!, P[4]!],
    drop: [],
  },
  {
    name: 'lazy: the rest of the body in a script template after a "load more" button',
    held: true,
    html: page(`<div class="detail-text">${p(P[0]!)}${p(P[1]!)}</div><button class="load-more">Lanjut baca</button><script type="text/template" id="sisa-berita">${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</script>`),
    keep: [P[0]!, P[1]!],
    drop: ['Lanjut baca'],
  },
  {
    name: 'inline related: an unlinked "Baca Juga:" title line in the body',
    known: 'the reader keeps it; the cleaner (clean/rules/related-bare.ts) removes it before any user sees it (checked with the CLI)',
    html: page(`<div class="entry-content">${p(P[0]!)}${p(P[1]!)}<p><strong>Baca Juga: Pj Bupati Minta Camat Awasi Kepala Desa</strong></p>${p(P[2]!)}${p(P[3]!)}</div>`),
    keep: [P[2]!, P[3]!],
    drop: ['Pj Bupati Minta Camat'],
  },
  {
    name: 'Nuxt: body in the DOM and again in window.__NUXT__ (not doubled)',
    html: page(`<div class="article-body">${BODY}</div><script>window.__NUXT__={data:[{article:{body:${JSON.stringify(P.map(p).join(''))}}}]}</script>`),
    keep: [P[0]!, P[4]!],
    drop: [],
  },
  {
    name: 'JSON-LD and DOM both whole: the body once',
    held: true,
    html: page(`<article><div class="entry-content">${BODY}</div></article>`, { head: ld({ articleBody: FULL_LD }) }),
    keep: [P[0]!, P[4]!],
    drop: [],
  },
];

/** Does the row pass? Returns what failed, or null. */
function check(r: Row): string | null {
  const x = extractHtml(r.html);
  const paras = (x.text ?? '').split('\n\n');
  const text = paras.join('\n\n');
  for (const k of r.keep) {
    // whole, inside one paragraph (a sentence split by markup fails)
    if (!paras.some((q) => q.replace(/\s+/g, ' ').includes(k))) return `missing: ${k.slice(0, 60)}`;
  }
  for (const d of r.drop) if (text.toLowerCase().includes(d.toLowerCase())) return `kept: ${d}`;
  if (r.published !== undefined && x.published !== r.published) return `published ${x.published}`;
  // the body once: no paragraph of the story twice
  const seen = new Set<string>();
  for (const q of paras) {
    if (q.length > 60 && seen.has(q)) return `doubled: ${q.slice(0, 40)}`;
    seen.add(q);
  }
  return null;
}

describe('paradigm18: page structures of a regional-news crawl', () => {
  it.each(ROWS.filter((r) => !r.known).map((r) => [r.name, r] as const))('%s', (_, r) => {
    expect(check(r)).toBeNull();
  });

  it.each([
    ['a shell whose script holds only a short HTML template', `<html><head><title>Portal</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"footer":"<p>© 2024 Portal</p><p>Kontak redaksi</p>"}}</script></body></html>`],
    ['a shell whose long script string has one paragraph tag (an ad template)', `<html><head><title>Portal</title></head><body><div id="app"></div><script>window.__INITIAL_STATE__={ad:"<div class=\\"ad\\"><p>${'Pasang iklan Anda di sini dan jangkau ribuan pembaca setiap hari. '.repeat(4)}</p></div>"};</script></body></html>`],
  ])('no article from app state: %s', (_, html) => {
    expect(extractHtml(html)).toMatchObject({ text: null, reason: 'no article found' });
  });

  // The page's own paragraphs are kept when the articleBody is one flat line (Tribun-style): the rest of the story
  // joins them, the page's dateline paragraph stays the first.
  it('JSON-LD whole story in one flat line: the page paragraphs kept, the rest appended', () => {
    const html = page(`<div class="side-article txt-article"><p><strong>SINTANG, KALBAR TERKINI</strong> - ${P[0]}</p>${p(P[1]!)}<div class="paging">Halaman 1 dari 2 <a href="?page=2">Selanjutnya</a></div></div>`,
      { head: ld({ articleBody: `SINTANG, KALBAR TERKINI - ${P.join(' ')} Baca selanjutnya di aplikasi.` }) });
    const paras = (extractHtml(html).text ?? '').split('\n\n');
    expect(paras[0]).toBe(`SINTANG, KALBAR TERKINI - ${P[0]}`);
    expect(paras[1]).toBe(P[1]);
    expect(paras.join(' ')).toContain(P[4]);
  });

  // wholerBody on its own: the rest starts anew after the page's closing stop and quote, the page body is kept when
  // the articleBody adds nothing after it, and a shorter articleBody never replaces it.
  it.each([
    ['rest after a closing quote', `${P[0]}\n\n${P[2]}`, `${P[0]}\n\n${P[2]}\n\n${P[3]}\n\n${P[4]}`, `${P[0]}\n\n${P[2]}\n\n${P[3]}\n\n${P[4]}`],
    ['rest of a flat line after a stop', `${P[0]}\n\n${P[1]}`, `${P[0]} ${P[1]} ${P[3]} ${P[4]}`, `${P[0]}\n\n${P[1]}\n\n${P[3]} ${P[4]}`],
    ['the extra words are before the page body\'s end: the page body', `${P[0]}\n\n${P[1]}`, `${P[3]} ${P[4]} ${P[0]} ${P[1]}`, `${P[0]}\n\n${P[1]}`],
    ['a shorter articleBody: the page body', BODY.replace(/<\/?p>/g, ''), P[0]!, BODY.replace(/<\/?p>/g, '')],
  ])('wholerBody: %s', (_, dom, ldText, want) => {
    expect(wholerBody(dom, ldText, DEFAULTS)).toBe(want);
  });

  it('score (printed with PARADIGM18_REPORT=1)', () => {
    const res = ROWS.map((r) => ({ r, why: check(r) }));
    const score = (xs: typeof res): string => `${xs.filter((x) => x.why === null).length}/${xs.length}`;
    if (process.env['PARADIGM18_REPORT']) {
      console.log(`paradigm18: all ${score(res)}, tuned-on ${score(res.filter((x) => !x.r.held))}, held-out ${score(res.filter((x) => x.r.held))}`);
      for (const x of res) if (x.why && !x.r.held) console.log(`  ${x.r.name}: ${x.why}`);
    }
    expect(res.length).toBe(ROWS.length);
  });
});
