// The generalising rules of issue 15, one at a time, each with a case it must fire on and one it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/ingest/html/extract.js';

const para = (s: string): string =>
  `<p>${s} Pernyataan itu disampaikan dalam rapat koordinasi bersama camat, lurah dan kepala desa se-kabupaten pada pekan ini.</p>`;
const BODY = ['Satu.', 'Dua.', 'Tiga.', 'Empat.'].map(para).join('');
const page = (inner: string, head = ''): string =>
  `<html><head><title>Bupati Ingatkan Netralitas ASN - Kabar Uji</title>${head}</head><body><div class="nav"><a href="/">Beranda</a> <a href="/d">Daerah</a></div>` +
  `<div class="w"><h1>Bupati Ingatkan Netralitas ASN</h1><div class="t">${inner}</div></div><div class="f">© Kabar Uji</div></body></html>`;
const ld = (body: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bupati Ingatkan Netralitas ASN', articleBody: body })}</script>`;
const LD_BODY = 'Bupati meminta seluruh kepala dinas menjaga netralitas pegawai.\nIa juga meminta camat mengawasi kepala desa selama masa kampanye berlangsung di seluruh wilayah kabupaten.';

describe('HTML rules of issue 15', () => {
  it.each([
    ['JSON-LD articleBody when the page shows no article', `<html><head><title>X</title>${ld(LD_BODY)}</head><body><div id="app"></div></body></html>`, ['meminta camat mengawasi'], []],
    ['…but the page body when it has one', page(BODY, ld('Teks lain yang berbeda sama sekali dari isi halaman dan cukup panjang untuk menjadi badan berita, bahkan lebih panjang lagi dari batas minimum.')), ['Empat.'], ['Teks lain']],
    ['a "Baca juga" link line between paragraphs is left out', page(`${para('Satu.')}${para('Dua.')}<p><strong>Baca juga: <a href="/x">Camat di Ende dipanggil Bawaslu karena foto</a></strong></p>${para('Tiga.')}`), ['Tiga.'], ['Baca juga', 'Camat di Ende']],
    ['…a paragraph with a few linked words stays', page(`${para('Satu.')}<p>Menurut <a href="/bawaslu">Bawaslu</a>, laporan dari <a href="/warga">warga</a> masuk sejak pekan lalu dan kini sedang diperiksa oleh petugas di kantor kabupaten.</p>${para('Tiga.')}`), ['laporan dari warga masuk'], []],
    ['a bracketed credit line closing the story is left out', page(`${BODY}<p><strong>(asp/asp)</strong></p>`), ['Empat.'], ['asp/asp']],
    ['…a bracketed aside inside the body stays', page(`${para('Satu.')}<p>(Nama pelapor disamarkan atas permintaan.)</p>${para('Dua.')}`), ['Nama pelapor disamarkan'], []],
    ['a photo with its caption in a div is left out', page(`${para('Satu.')}<div class="x"><img src="/a.jpg"><div class="k">Bupati menyampaikan arahan di aula kantor bupati. (Foto: Dok)</div></div>${para('Dua.')}`), ['Dua.'], ['arahan di aula']],
    ['…a div of body text that starts with an image stays', page(`<div class="x"><img src="/a.jpg">${BODY}</div>`), ['Satu.', 'Empat.'], []],
    ['a label with dashes ("- Advertisement -") is left out', page(`${para('Satu.')}<div class="s"><span>- Advertisement -</span></div>${para('Dua.')}`), ['Dua.'], ['Advertisement']],
  ])('%s', (_, html, keep, drop) => {
    const r = extractHtml(html);
    expect(r.reason).toBeNull();
    for (const s of keep) expect(r.text).toContain(s);
    for (const s of drop) expect(r.text).not.toContain(s);
  });

  it('a JSON-LD articleBody too short for an article gives none', () => {
    expect(extractHtml(`<html><head>${ld('Singkat saja.')}</head><body><div id="app"></div></body></html>`)).toMatchObject({ text: null, reason: 'no article found' });
  });
});
