// Paradigms of the round-12 kinds (fixtures/html/interrupted): a body that the page interrupts continues after the
// interruption (continuation.ts); promotions of the outlet's channels, media boxes and echoed quotes inside the body
// are left out (render.ts, echo.ts). Each kind is crossed with its variation, from the lexicon's data where it has
// one, with negative rows that must keep (or keep out) the text.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/html/extract.js';
import { PROMO_CHANNELS, PROMO_NEWS_WORDS, PROMO_OPENERS } from '../../../src/lexicon/boilerplate.js';
import { TIME_ZONES } from '../../../src/lexicon/calendar.js';
import { BROADCAST_PROMO_MEDIA, BROADCAST_PROMO_OPENERS, MEDIA_BOX_TAGS, PROMO_PLACES } from '../../../src/lexicon/html-page.js';

const P1 = 'Bupati mengumpulkan seluruh camat dan kepala dinas di pendopo kabupaten untuk membahas pengawasan netralitas aparatur sipil negara menjelang pemungutan suara.';
const P2 = 'Dalam arahannya, bupati meminta camat memantau kegiatan pegawai di kantor kecamatan, termasuk unggahan mereka di media sosial yang mendukung salah satu pasangan calon.';
const P3 = 'Menurut bupati, laporan dugaan pelanggaran netralitas yang masuk ke pengawas pemilu sejak masa kampanye sudah mencapai tujuh kasus, tiga di antaranya melibatkan kepala desa.';
const P4 = 'Kepala badan kepegawaian menambahkan, pihaknya telah menerima rekomendasi untuk dua pegawai dan sedang menyiapkan pemeriksaan terhadap keduanya pekan depan.';
const P5 = 'Ketua pengawas pemilu kabupaten mengatakan pengawas kecamatan akan turun ke kantor pelayanan selama masa tenang untuk memastikan tidak ada pembagian bahan kampanye.';

const P6 = 'Ia juga meminta kepala dinas memastikan tidak ada kegiatan kantor yang dipakai untuk mengumpulkan dukungan, termasuk rapat koordinasi dan sosialisasi program di desa-desa.';
const P7 = 'Bupati mengingatkan bahwa sanksi bagi pegawai yang terbukti melanggar bisa berupa penundaan kenaikan pangkat, penurunan jabatan, hingga pemberhentian dengan tidak hormat.';
/** The body's first part: long enough that the short-body recall of recall.ts plays no part. */
const HEAD = `<p>${P1}</p><p>${P2}</p><p>${P6}</p><p>${P7}</p>`;
const page = (inner: string): string =>
  `<html><head><title>Bupati Minta Camat Awasi Netralitas Pegawai</title></head><body><nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav>` +
  `<div class="wrap"><h1>Bupati Minta Camat Awasi Netralitas Pegawai</h1>${inner}</div>` +
  `<div class="foot">Hak cipta dilindungi undang-undang. Alamat redaksi di jalan utama kota.</div></body></html>`;
const body = (html: string): string => extractHtml(html).text ?? '';

describe('continuation: the body after a low-text interruption', () => {
  const INTERRUPTIONS: [string, string][] = [
    ['an ad slot with its label', '<div class="x1"><span>ADVERTISEMENT</span><a href="/i"><img src="/a.jpg"></a></div>'],
    ['an ad slot with an advertiser line', '<div class="x1"><a href="/i"><img src="/a.jpg"></a><p>Pasang iklan Anda di sini, hubungi bagian pemasaran.</p></div>'],
    ['an empty ad container', '<div class="x1"><div class="x2"></div></div>'],
    ['an embedded post', '<blockquote class="x3"><a href="https://example.com/p/1">Lihat postingan ini</a> <a href="https://example.com/u">oleh akun resmi</a></blockquote>'],
    ['a pager', '<div class="x4">Halaman <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=all">Tampilkan Semua</a></div>'],
    ['a "Baca juga" box', '<div class="x5"><strong>BACA JUGA:</strong> <a href="/r/1">Bawaslu Panggil Kepala Desa</a> <a href="/r/2">Guru Honorer Unjuk Rasa</a></div>'],
    ['a player with its title', '<div class="x6"><iframe src="https://example.com/embed/v"></iframe><div>Video: Suasana rapat</div></div>'],
    ['two interruptions in a row', '<div class="x1"><span>Iklan</span></div><div class="x4"><a href="?page=2">2</a></div>'],
  ];
  const CONTINUATIONS: [string, (a: string, b: string) => string][] = [
    ['a second container of paragraphs', (a, b) => `<div class="c2"><p>${a}</p><p>${b}</p></div>`],
    ['bare paragraphs', (a, b) => `<p>${a}</p><p>${b}</p>`],
    ['a container of the same class', (a, b) => `<div class="c1"><p>${a}</p><p>${b}</p></div>`],
  ];
  const rows = INTERRUPTIONS.flatMap(([iname, gap]) => CONTINUATIONS.map(([cname, cont]) => [iname, cname, gap, cont] as const));
  it.each(rows)('after %s, %s joins the body', (_i, _c, gap, cont) => {
    const t = body(page(`<div class="c1">${HEAD}</div>${gap}${cont(P3, P4)}<div class="tags"><a href="/t">pilkada</a></div>`));
    expect(t).toContain(P1);
    expect(t).toContain(P3);
    expect(t).toContain(P4);
    expect(t).not.toMatch(/ADVERTISEMENT|Pasang iklan|Halaman|BACA JUGA|Lihat postingan|Video: Suasana/u);
  });

  // Negative rows: what follows the body is not its continuation.
  const NEGATIVE: [string, string, string][] = [
    ['an author bio right after the body (no interruption)', `<div class="bio"><img src="/p.jpg"><div><b>Penulis</b><p>${P5}</p></div></div>`, P5],
    ['a section under its own heading after an ad', `<div class="x1"><span>Iklan</span></div><div class="about"><h3>Tentang Kami</h3><p>${P5}</p></div>`, P5],
    ['another post listed after an ad', `<div class="x1"><span>Iklan</span></div><article class="teaser"><p>${P5}</p></article>`, P5],
    ['a "Berita Terkait" section after an ad', `<div class="x1"><span>Iklan</span></div><div class="more"><h4>Berita Terkait</h4><p>${P5}</p></div>`, P5],
    ['paragraphs behind a long block of other text', `<div class="x7">${'Jadwal siaran dan alamat studio kami untuk pendengar di seluruh kabupaten. '.repeat(3)}</div><div class="c2"><p>${P5}</p></div>`, P5],
    ['paragraphs after more than three interruptions', `${'<div class="x1"><span>Iklan</span></div>'.repeat(4)}<div class="c2"><p>${P5}</p></div>`, P5],
  ];
  it.each(NEGATIVE)('%s stays out', (_n, after, out) => {
    const t = body(page(`<div class="c1">${HEAD}<p>${P3}</p></div>${after}`));
    expect(t).toContain(P1);
    expect(t).not.toContain(out);
  });

  it('a live report: entries with their headings across ads, a poll and a player are one body', () => {
    const entry = (h: string, p: string): string => `<div class="e"><span class="t">10.05 WIB</span><h3>${h}</h3><p>${p}</p></div>`;
    const t = body(page(`<div class="feed">${entry('Rapat dibuka', P1)}${entry('Arahan bupati', P2)}</div>` +
      `<div class="x1"><span>Iklan</span></div><div class="feed">${entry('Tujuh kasus', P3)}${entry('Pemeriksaan', P4)}</div>`));
    for (const p of [P1, P2, P3, P4]) expect(t).toContain(p);
  });
});

describe('promotions of the outlet inside the body', () => {
  const channels = [...PROMO_CHANNELS, ...PROMO_PLACES];
  const rows: [string][] = [];
  for (const o of PROMO_OPENERS) rows.push([`${o[0]!.toUpperCase()}${o.slice(1)} ${PROMO_NEWS_WORDS[rows.length % PROMO_NEWS_WORDS.length]} terbaru kami di ${channels[rows.length % channels.length]} setiap hari.`]);
  for (const c of channels) rows.push([`Ikuti saluran kami di ${c} untuk ${PROMO_NEWS_WORDS[rows.length % PROMO_NEWS_WORDS.length]} pilihan.`]);
  for (const o of BROADCAST_PROMO_OPENERS) for (const m of BROADCAST_PROMO_MEDIA.slice(0, 4)) rows.push([`${o[0]!.toUpperCase()}${o.slice(1)} laporan langsung tim kami melalui ${m} setiap pagi.`]);
  it.each(rows)('"%s" is left out', (promo) => {
    const t = body(page(`<div class="c1"><p>${P1}</p><p>${P2}</p><p><strong>${promo}</strong></p><p>${P3}</p></div>`));
    expect(t).toContain(P3);
    expect(t).not.toContain(promo);
  });
  const KEEP: [string][] = [
    ['Warga menerima pesan berantai di grup WhatsApp yang berisi ajakan memilih salah satu pasangan calon.'], // no opener
    ['Simak penjelasan kepala dinas tentang sanksi disiplin bagi pegawai yang terbukti melanggar aturan netralitas.'], // no channel
    ['Menurut pengawas, ajakan itu disebarkan oleh seorang camat melalui saluran Telegram kecamatan kepada berita desa.'], // no opener at the start
    [`Ikuti aturan netralitas, kata bupati, yang menegaskan berita tentang sanksi di ${'lapangan '.repeat(30)}melalui WhatsApp.`], // too long
  ];
  it.each(KEEP)('"%s" stays', (line) => {
    const t = body(page(`<div class="c1"><p>${P1}</p><p>${P2}</p><p>${line}</p><p>${P3}</p></div>`));
    expect(t).toContain(line.slice(0, 40));
  });
});

describe('media boxes and echoed quotes inside the body', () => {
  const media = MEDIA_BOX_TAGS.map((tag) => [tag] as const);
  it.each(media)('a <div> with a <%s> and a short title is left out', (tag) => {
    const el = tag === 'input' || tag === 'img' ? `<${tag} src="/m">` : `<${tag} src="/m"></${tag}>`;
    const t = body(page(`<div class="c1"><p>${P1}</p><p>${P2}</p><div class="m">${el}<div>Judul media di dalam badan berita</div></div><p>${P3}</p></div>`));
    expect(t).toContain(P3);
    expect(t).not.toContain('Judul media');
  });
  it('a <div> with an image and a long paragraph stays', () => {
    const t = body(page(`<div class="c1"><p>${P1}</p><div class="m"><img src="/m"><p>${P2} ${P4}</p></div><p>${P3}</p></div>`));
    expect(t).toContain(P2);
  });

  const ECHO_SENTENCE = 'Laporan dugaan pelanggaran netralitas sudah mencapai tujuh kasus sejak masa kampanye dimulai.';
  const BODY_WITH = `Menurut bupati, ${ECHO_SENTENCE.toLowerCase().replace(/\.$/u, '')}, tiga di antaranya melibatkan kepala desa di wilayah selatan.`;
  const ECHOES: [string, string][] = [
    ['a pull quote blockquote', `<blockquote class="q"><p>${ECHO_SENTENCE}</p></blockquote>`],
    ['a callout card', `<div class="card"><div class="em">💡</div><div class="txt">${ECHO_SENTENCE}</div></div>`],
    ['a highlighted aside-like div in quotes', `<div class="hl">“${ECHO_SENTENCE}”</div>`],
    ['an echo before its sentence', `<blockquote><p>${ECHO_SENTENCE}</p></blockquote>`],
  ];
  it.each(ECHOES)('%s repeating a body sentence is left out', (_n, echo) => {
    const t = body(page(`<div class="c1"><p>${P1}</p><p>${BODY_WITH}</p>${echo}<p>${P2}</p><p>${P3}</p></div>`));
    expect(t).toContain(BODY_WITH);
    expect(t.split('\n\n').filter((x) => x.includes('sejak masa kampanye dimulai'))).toHaveLength(1);
    expect(t).not.toContain('💡');
  });
  const KEEP_ECHO: [string, string][] = [
    ['a subheading written as a paragraph (no stop)', '<p>Laporan dugaan pelanggaran netralitas sudah mencapai tujuh kasus</p>'],
    ['a heading', '<h3>Laporan dugaan pelanggaran netralitas sudah mencapai tujuh kasus sejak masa kampanye dimulai.</h3>'],
    ['a short repeated phrase', '<p>Tujuh kasus sejak kampanye.</p>'],
    ['a quote of other words', '<blockquote><p>Pegawai negeri harus melayani seluruh masyarakat tanpa membedakan pilihan politik mereka.</p></blockquote>'],
  ];
  it.each(KEEP_ECHO)('%s stays', (_n, el) => {
    const t = body(page(`<div class="c1"><p>${P1}</p><p>${BODY_WITH}</p>${el}<p>${P2}</p><p>${P3}</p></div>`));
    const text = el.replace(/<[^>]+>/gu, '');
    expect(t).toContain(text);
  });
});

describe('the stamps of a live report', () => {
  const ENTRIES = [P1, P2, P3, P4, P5];
  const live = (stamp: (i: number) => string): string =>
    page(ENTRIES.map((p, i) => `<div class="e"><span class="t">${stamp(i)}</span><p>${p}</p></div><div class="x1"><span>Iklan</span></div>`).join(''));
  const STAMPS: [string, (i: number) => string][] = [
    ...[...TIME_ZONES, 'GMT', 'UTC'].map((z) => [`hh.mm ${z}`, (i: number) => `${10 + i}.0${i} ${z}`] as [string, (i: number) => string]),
    ['hh:mm', (i) => `${10 + i}:4${i}`],
    ['pukul hh.mm', (i) => `pukul 0${i + 5}.30`],
    ['h:mm pm', (i) => `${i + 1}:15 pm`],
    ['hh:mm:ss', (i) => `${10 + i}:05:3${i}`],
  ];
  it.each(STAMPS)('%s lines are left out, the entries kept', (_n, stamp) => {
    const t = body(live(stamp));
    for (const p of ENTRIES) expect(t).toContain(p);
    for (let i = 0; i < ENTRIES.length; i++) expect(t.split('\n\n')).not.toContain(stamp(i));
  });
  it('one time line in a story stays', () => {
    const t = body(page(`<div class="c1">${HEAD}<p>16.45 WIB</p><p>${P3}</p></div>`));
    expect(t.split('\n\n')).toContain('16.45 WIB');
  });
  it('times in a table stay', () => {
    const rows = ['08.00', '09.30', '11.00', '13.15'].map((h, i) => `<tr><td>${h}</td><td>Kegiatan nomor ${i + 1} di aula kantor bupati</td></tr>`).join('');
    const t = body(page(`<div class="c1">${HEAD}<table>${rows}</table><p>${P3}</p></div>`));
    for (const h of ['08.00', '09.30', '11.00', '13.15']) expect(t.split('\n\n')).toContain(h);
  });
  it('numbers that are not times stay (hour over 23, minutes over 59)', () => {
    const t = body(page(`<div class="c1">${HEAD}<p>45.20</p><p>12.75</p><p>24.00</p><p>${P3}</p></div>`));
    for (const h of ['45.20', '12.75', '24.00']) expect(t.split('\n\n')).toContain(h);
  });
});

describe('the filters after the walk keep their flags aligned', () => {
  // An echo dropped before a table once shifted the cell flags by one: the first cell of the table read as a line
  // outside it, and two lone time lines of the body (one short of a live report's run) became three stamps and went.
  const QUOTE = 'Sanksi bagi pegawai yang terbukti melanggar bisa berupa penundaan kenaikan pangkat.';
  const html = page(
    `${HEAD}<blockquote class="pull"><p>${QUOTE}</p></blockquote><p>${P3}</p><p>10.30 WIB</p><p>${P4}</p><p>11.00 WIB</p>` +
      `<table><tr><td>08.00 WIB</td></tr><tr><td>09.00 WIB</td></tr><tr><td>13.00 WIB</td></tr></table><p>${P5}</p>`,
  );
  it('drops the echo and keeps the lone time lines and the table cells', () => {
    const text = body(html);
    expect(text.split(QUOTE).length).toBe(1);
    for (const t of ['10.30 WIB', '11.00 WIB', '08.00 WIB', '09.00 WIB', '13.00 WIB', P5]) expect(text).toContain(t);
  });
});
