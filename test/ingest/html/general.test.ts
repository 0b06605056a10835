// Generalisation cases of issue 15: small pages of our own writing, one per failure kind seen on unseen pages,
// with the expected body beside each (fixtures/html/general/<name>.txt, paragraphs separated by blank lines).
// Class names are deliberately unhelpful (`c3`, `kiri`, `strip`): the cascade has to find the body by text
// density, link density and structure, not by names.
//
// Scored like the benchmark (4-word shingles, F1 of one page). BLIND score, before any change for issue 15
// (commit 183ed80): see BLIND below; every case must now reach MIN_F1 and keep/drop the named strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml, LISTING_PAGE } from '../../../src/ingest/html/extract.js';
import { pageF1 } from './shingles.js';

const dir = join(__dirname, '../../../fixtures/html/general');
const read = (f: string): string => readFileSync(join(dir, f), 'utf8');

/** Blind F1 per case, measured before the issue-15 changes (commit 183ed80). */
const BLIND: Record<string, number> = {
  'list-body': 0.978, // kept the date line above the lede
  'table-body': 0.97, // kept the "Oleh Redaksi | 1 November 2024" byline
  'footer-bigger': 0, // chose the "Tentang Kami" footer block instead of the body
  'more-stories': 0, // "no article found": the <article> with four teaser headings looked like an index
  ticker: 0.74, // kept the ticker line
  'tiny-in-widgets': 0.951, // kept the date line
  'no-article-markup': 0.971, // kept the date line
  // Written after the first round of changes, scored blind on commit 183ed80 before the changes they test:
  'junk-named-wrapper': 0, // "no article found": the wrapper's `share-enabled` class dropped the body
  'not-found-title': 0, // "no article found": "Tidak Ditemukan" in the headline read as a 404 page
  'split-body': 0.958, // kept the ADVERTISEMENT label between the two halves
  'linked-list-body': 1,
  'split-cousins': 0.732, // the second half of the body, in another container after an ad slot, was lost
}; // mean 0.608 over the twelve; every case now ≥ MIN_F1 (see the test)
void BLIND;
const MIN_F1 = 0.95;

const CASES: [name: string, failure: string, keep: string[], drop: string[]][] = [
  ['list-body', 'body carried by an ordered list', ['3. Menjadi pembicara', '8. Mengajak keluarga', 'sanksi disiplin sedang'], ['Terpopuler', 'Beranda', 'ASN Pilkada']],
  ['table-body', 'body carried by a table', ['Lombok Tengah', 'Kota Bima', 'Dihentikan', 'Sebanyak 49 kasus'], ['Oleh Redaksi', 'Terpopuler']],
  ['footer-bigger', 'footer block bigger than the body', ['Kepala desa adalah pelayan'], ['Tentang Kami', 'Alamat redaksi', 'terbit sejak 2015']],
  ['more-stories', '"More … Stories" teasers and a SUBSCRIBE box', ['weekly morning assembly'], ['More Politics Stories', 'Farmers in Central Lombok', 'SUBSCRIBE', 'Sign up now']],
  ['ticker', 'news ticker above the headline', ['bukti foto atau video'], ['TERKINI', 'Harga cabai rawit', 'Pasar Seketeng']],
  ['tiny-in-widgets', 'tiny article wrapped in recommendation widgets', ['klarifikasi pekan depan'], ['Pantai Lakey', 'Pilihan Untukmu', 'Jangan Lewatkan', 'guru honorer']],
  ['junk-named-wrapper', 'tech-news page whose body wrapper has a furniture word in its class', ['inspektorat dalam waktu'], ['Populer', 'Privasi']],
  ['not-found-title', 'a headline with "not found" words over a real article', ['acara adat', 'pemungutan suara selesai'], ['Populer']],
  ['split-body', 'body split by an advertisement slot and a "Baca Juga" box', ['tiga camat di Kabupaten Sikka', 'memanggil ketiga camat'], ['ADVERTISEMENT', 'Camat di Ende dipanggil']],
  ['split-cousins', 'body split across two unrelated containers by an ad slot (recall retry)', ['Pencopotan itu diumumkan', 'keputusan sanksi dari KASN'], ['ADVERTISEMENT', 'Populer', 'Privasi']],
  ['linked-list-body', 'list items opening with a linked name', ['Lurah Kotaraja dilaporkan karena membagikan', 'klarifikasi tertulis'], ['Populer']],
  ['no-article-markup', 'no <article>, no usual class names (table layout, <font>, <br><br>)', ['pakta integritas', 'grup percakapan kelas'], ['Beranda', 'Bawaslu Bima', 'Rabu, 9 Oktober 2024']],
];

describe('extractHtml generalises: one synthetic page per failure kind', () => {
  it.each(CASES)('%s (%s)', (name, _failure, keep, drop) => {
    const r = extractHtml(read(`${name}.html`));
    const f1 = pageF1(read(`${name}.txt`), r.text);
    expect(r.reason, name).toBeNull();
    expect(f1, `${name}: F1 ${f1.toFixed(3)}\n${r.text}`).toBeGreaterThanOrEqual(MIN_F1);
    for (const s of keep) expect(r.text, `keeps "${s}"`).toContain(s);
    for (const s of drop) expect(r.text, `drops "${s}"`).not.toContain(s);
  });
});

describe('extractHtml generalises: pages without an article stay without one', () => {
  const card = (i: number): string =>
    `<div class="card"><h3><a href="/r/${i}">Judul rekomendasi nomor ${i} tentang wisata daerah</a></h3><p>Cuplikan singkat rekomendasi nomor ${i} yang mengajak pembaca membuka halaman lain.</p></div>`;
  it.each([
    // (round 20: a page of teaser cards says it is a listing)
    ['a page of recommendation cards only', `<html><head><title>Pilihan</title></head><body><h1>Pilihan Untukmu</h1><div class="grid">${Array.from({ length: 12 }, (_, i) => card(i)).join('')}</div></body></html>`, LISTING_PAGE],
    ['a link list under a heading', `<html><body><h1>Indeks</h1><ul>${'<li><a href="/x">Berita lain yang juga menarik untuk dibaca hari ini</a></li>'.repeat(30)}</ul></body></html>`, 'no article found'],
  ])('%s → no article', (_, html, reason) => {
    expect(extractHtml(html)).toMatchObject({ text: null, reason });
  });
});

describe('extractHtml: siblings between two parts of the body join it', () => {
  const p = (s: string): string => `<p>${s} Pernyataan itu disampaikan dalam rapat koordinasi bersama camat, lurah dan kepala desa se-kabupaten.</p>`;
  const page = (ld: string): string => `<html><head><title>Rekap Pengawasan Netralitas ASN</title></head><body><div class="a"><div class="t">${p('Satu.')}${p('Dua.')}${p('Tiga.')}${p('Lima.')}</div>
<table><tr><td>Kecamatan</td><td>Laporan</td></tr><tr><td>Praya Barat</td><td>4</td></tr><tr><td>Jonggat</td><td>2</td></tr></table>${ld}
${p('Empat.')}</div><div class="x"><a href="/a">Indeks</a></div></body></html>`;
  it.each([
    ['a table between the paragraphs is kept', page(''), ['Praya Barat', 'Empat.'], []],
    ['a link list between them is not', page('<ul><li><a href="/1">Berita lain nomor satu</a></li><li><a href="/2">Berita lain nomor dua</a></li></ul>'), ['Praya Barat', 'Empat.'], ['Berita lain']],
  ])('%s', (_, html, keep, drop) => {
    const r = extractHtml(html);
    for (const s of keep) expect(r.text).toContain(s);
    for (const s of drop) expect(r.text).not.toContain(s);
    // Without the rule, the body stops before the table.
    expect(extractHtml(html, { thresholds: { SIBLING_GAP_MAX_LINK_DENSITY: -1 } }).text).not.toContain('Praya Barat');
  });
});
