#!/usr/bin/env node
// Writes the WARC fixtures under fixtures/warc/ with warcio's own writer (WARCRecord.create +
// WARCSerializer), with fixed dates and record ids so the bytes never change. The pages are our own
// writing, in the style of regional Indonesian, Malaysian and English outlets.
//   node scripts/warc-fixtures.mjs            (re)writes the committed fixtures
// Tests import `serializeRecords` and `bigRecordWarc` to build the large cases at run time instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

const DATE = '2024-11-20T08:30:00Z';
const enc = new TextEncoder();
let n = 0;
/** A fixed, readable record id per record, in writing order. */
const rid = (name) => `<urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}>`;

const page = (title, paras, { lang = 'id', meta = '' } = {}) =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head>${meta}<title>${title}</title></head><body>\n` +
  `<nav><a href="/">Beranda</a> <a href="/pilkada">Pilkada</a> <a href="/olahraga">Olahraga</a></nav>\n` +
  `<article><h1>${title}</h1>\n${paras.map((p) => `<p>${p}</p>`).join('\n')}\n</article>\n<footer>Hak cipta 2024</footer></body></html>\n`;

export const ASN_PARAS = [
  'KASONGAN – Penjabat Bupati Katingan mengingatkan seluruh aparatur sipil negara (ASN) di lingkungan pemerintah kabupaten agar menjaga netralitas selama tahapan Pilkada serentak 2024.',
  'Menurutnya, ASN yang terbukti ikut berkampanye akan dilaporkan kepada Komisi Aparatur Sipil Negara dan bisa dikenai sanksi disiplin. Ia juga meminta para camat memantau kegiatan pegawai di kantor kecamatan masing-masing.',
  '“ASN harus netral, tidak boleh memihak kepada pasangan calon mana pun,” kata Penjabat Bupati Katingan di Kasongan, Rabu (20/11/2024).',
  'Bawaslu Kabupaten Katingan mencatat dua dugaan pelanggaran netralitas ASN selama masa kampanye, keduanya berupa unggahan di media sosial.',
];
const ASN_PARAS_2 = [
  'SELONG – Sekretaris Daerah Lombok Timur meminta PNS tidak menghadiri deklarasi dukungan pasangan calon bupati karena hal itu melanggar aturan netralitas ASN.',
  'Ia menegaskan pemerintah daerah tidak akan melindungi pegawai yang melanggar, dan sanksinya bisa berupa penundaan kenaikan pangkat. Bawaslu Lombok Timur ikut mengawasi kegiatan di kantor-kantor dinas.',
  'Imbauan itu disampaikan dalam apel pagi di halaman kantor bupati yang dihadiri ratusan aparatur dari berbagai organisasi perangkat daerah.',
];
const OFF_TOPIC_ID = [
  'Harga cabai rawit di Pasar Sentral naik hampir dua kali lipat dalam sepekan terakhir karena pasokan dari daerah penghasil berkurang.',
  'Para pedagang menyebut hujan deras yang turun sejak awal bulan merusak tanaman petani, sehingga barang yang masuk ke pasar tidak banyak.',
  'Seorang ibu rumah tangga mengaku terpaksa mengurangi belanja karena uang yang ia bawa tidak lagi cukup untuk membeli kebutuhan dapur.',
];
const MALAY = [
  'Kerajaan negeri mengingatkan penjawat awam supaya tidak menggunakan kemudahan kerajaan untuk berkempen menjelang pilihan raya negeri, kata Setiausaha Kerajaan semalam.',
  'Beliau berkata kakitangan awam bebas mengundi tetapi dilarang terlibat secara aktif dalam kempen parti politik semasa waktu bertugas kerana ia melanggar peraturan perkhidmatan.',
  'Tindakan tatatertib boleh diambil terhadap mereka yang didapati bersalah, sama ada amaran, denda atau penurunan pangkat, bergantung kepada kesalahan tersebut.',
];
const ENGLISH = [
  'Indonesia\'s election supervisory agency said on Tuesday that it had received more than 400 reports of civil servants breaching neutrality rules during the regional election campaign.',
  'The agency\'s chairman told reporters that most of the cases involved social media posts supporting candidates, and that the findings would be forwarded to the civil service commission.',
  'Officials found to have broken the rules could face sanctions ranging from a written warning to a delayed promotion, he said.',
];

/** A response record: HTTP status line and headers, and a payload (string or bytes). */
function response(url, payload, { status = '200 OK', headers = {}, warc = {} } = {}) {
  const body = typeof payload === 'string' ? enc.encode(payload) : payload;
  return WARCRecord.create(
    {
      url, date: DATE, type: 'response', warcVersion: 'WARC/1.1',
      warcHeaders: { 'WARC-Record-ID': rid(), ...warc },
      statusline: `HTTP/1.1 ${status}`,
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
    },
    [body],
  );
}

function request(url) {
  return WARCRecord.create(
    { url, date: DATE, type: 'request', warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': rid() }, statusline: 'GET / HTTP/1.1', httpHeaders: { Host: new URL(url).host } },
    [],
  );
}

function warcinfo() {
  const r = WARCRecord.createWARCInfo({ filename: 'fixture.warc.gz', warcVersion: 'WARC/1.1', date: DATE, warcHeaders: { 'WARC-Record-ID': rid() } }, { software: 'asn-scan fixtures (warcio)', format: 'WARC File Format 1.1' });
  return r;
}

function other(type, url, body, extra = {}) {
  return WARCRecord.create(
    { url, date: DATE, type, warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': rid(), 'Content-Type': 'application/warc-fields', ...extra } },
    [enc.encode(body)],
  );
}

const cp1252 = (s) => Buffer.from(s.replace(/“/g, '\x93').replace(/”/g, '\x94').replace(/–/g, '\x96'), 'latin1');
const chunked = (b, size) => {
  const parts = [];
  for (let i = 0; i < b.length; i += size) parts.push(Buffer.from(`${b.subarray(i, i + size).length.toString(16)}\r\n`), b.subarray(i, i + size), Buffer.from('\r\n'));
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
};

/** The records of the main fixture, in order, each with a note of what it tests. */
export function mixedRecords() {
  n = 0;
  const asn = page('ASN Katingan diminta netral', ASN_PARAS);
  const asn2 = page('Sekda Lotim larang PNS hadiri deklarasi', ASN_PARAS_2);
  const rs = [];
  rs.push(warcinfo());
  rs.push(request('https://kaltengnews.example.id/2024/11/20/asn-katingan-netral'));
  rs.push(response('https://kaltengnews.example.id/2024/11/20/asn-katingan-netral', asn, { headers: { 'Content-Language': 'id' } }));
  // the same article fetched again: http, /amp/, utm_ parameters
  rs.push(response('http://kaltengnews.example.id/2024/11/20/asn-katingan-netral/', asn));
  rs.push(response('https://kaltengnews.example.id/amp/2024/11/20/asn-katingan-netral?utm_source=fb&utm_medium=social', asn.replace('<title>', '<title>AMP: ')));
  // redirects, not found, server error
  rs.push(response('https://kaltengnews.example.id/r/123', '', { status: '301 Moved Permanently', headers: { Location: 'https://kaltengnews.example.id/2024/11/20/asn-katingan-netral', 'Content-Type': 'text/html' } }));
  rs.push(response('https://kaltengnews.example.id/hilang', page('Halaman tidak ditemukan', ['Maaf, halaman yang Anda cari tidak ada.']), { status: '404 Not Found' }));
  rs.push(response('https://kaltengnews.example.id/error', 'Internal error', { status: '503 Service Unavailable', headers: { 'Content-Type': 'text/plain' } }));
  // not web pages
  rs.push(response('https://kaltengnews.example.id/laporan.pdf', Buffer.from('%PDF-1.4\n%fixture\n'), { headers: { 'Content-Type': 'application/pdf' } }));
  rs.push(response('https://kaltengnews.example.id/foto.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), { headers: { 'Content-Type': 'image/jpeg' } }));
  rs.push(response('https://kaltengnews.example.id/feed', '<?xml version="1.0"?><rss version="2.0"><channel><title>Berita</title></channel></rss>', { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } }));
  // records that are not responses
  rs.push(other('metadata', 'https://kaltengnews.example.id/2024/11/20/asn-katingan-netral', 'via: https://kaltengnews.example.id/\nfetchTimeMs: 120\n'));
  rs.push(WARCRecord.create({ url: 'https://kaltengnews.example.id/2024/11/20/asn-katingan-netral', date: DATE, type: 'revisit', warcVersion: 'WARC/1.1', refersToUrl: 'https://kaltengnews.example.id/2024/11/20/asn-katingan-netral', refersToDate: DATE, warcHeaders: { 'WARC-Record-ID': rid(), 'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest' }, statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html' } }, []));
  // payload encodings (each a different ASN article, so none is a duplicate of another)
  const variant = (k) => page(`Netralitas ASN ${k}`, [...ASN_PARAS_2.slice(0, 2), `Catatan ${k}: pemeriksaan terhadap pegawai yang dilaporkan masih berlangsung di kantor Bawaslu.`]);
  rs.push(response('https://lomboknews.example.id/gzip', gzipSync(Buffer.from(variant('gzip'))), { headers: { 'Content-Encoding': 'gzip' } }));
  rs.push(response('https://lomboknews.example.id/deflate', deflateSync(Buffer.from(variant('deflate'))), { headers: { 'Content-Encoding': 'deflate' } }));
  rs.push(response('https://lomboknews.example.id/deflate-raw', deflateRawSync(Buffer.from(variant('deflate mentah'))), { headers: { 'Content-Encoding': 'deflate' } }));
  rs.push(response('https://lomboknews.example.id/br', brotliCompressSync(Buffer.from(variant('br'))), { headers: { 'Content-Encoding': 'br' } }));
  rs.push(response('https://lomboknews.example.id/chunked', chunked(Buffer.from(variant('chunked')), 200), { headers: { 'Transfer-Encoding': 'chunked' } }));
  rs.push(response('https://lomboknews.example.id/gzip-plain', variant('gzip polos'), { headers: { 'Content-Encoding': 'gzip' } }));
  // charsets: ISO-8859-1 in the header (read as windows-1252); header and <meta> disagreeing (the header wins);
  // <meta> alone; nothing declared (sniffed)
  rs.push(response('https://lomboknews.example.id/latin1', cp1252(page('Sekda: “ASN wajib netral”', ASN_PARAS_2)), { headers: { 'Content-Type': 'text/html; charset=ISO-8859-1' } }));
  rs.push(response('https://lomboknews.example.id/disagree', page('Bupati – ASN jangan berpihak', [...ASN_PARAS.slice(1, 3)], { meta: '<meta charset="windows-1252">' }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  rs.push(response('https://lomboknews.example.id/meta-only', cp1252(page('Camat – ASN harus netral', [ASN_PARAS[0], ASN_PARAS_2[1]], { meta: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' })), { headers: { 'Content-Type': 'text/html' } }));
  rs.push(response('https://lomboknews.example.id/sniffed', cp1252(page('Lurah – PNS dilarang kampanye', [ASN_PARAS_2[0], ASN_PARAS[3]])), { headers: { 'Content-Type': 'text/html' } }));
  // truncated by the crawler
  rs.push(response('https://lomboknews.example.id/terpotong', page('Bawaslu awasi ASN', ASN_PARAS.slice(0, 2)), { warc: { 'WARC-Truncated': 'length' } }));
  // the gate: Malay, English, Indonesian but off topic
  rs.push(response('https://beritasemasa.example.my/penjawat-awam', page('Penjawat awam diingatkan', MALAY, { lang: 'ms' })));
  rs.push(response('https://jakartadaily.example.com/civil-servants', page('Civil servants breached rules', ENGLISH, { lang: 'en' })));
  rs.push(response('https://kaltengnews.example.id/harga-cabai', page('Harga cabai naik', OFF_TOPIC_ID)));
  return rs;
}

/** Serializes records with warcio's writer: one gzip member per record, or plain. */
export async function serializeRecords(records, gzip) {
  const parts = [];
  for (const r of records) parts.push(Buffer.from(await WARCSerializer.serialize(r, { gzip, preferPako: true })));
  return Buffer.concat(parts);
}

/** A WARC with a record whose payload is `mb` MB of HTML, between two small articles. */
export async function bigRecordWarc(mb, gzip) {
  n = 1000;
  const filler = Buffer.alloc(mb * 1024 * 1024, 'ASN netral. ');
  const big = Buffer.concat([Buffer.from('<html><body><p>'), filler, Buffer.from('</p></body></html>')]);
  return serializeRecords([
    response('https://kaltengnews.example.id/sebelum', page('ASN Katingan diminta netral', ASN_PARAS)),
    response('https://kaltengnews.example.id/besar', big),
    response('https://kaltengnews.example.id/sesudah', page('Sekda Lotim larang PNS hadiri deklarasi', ASN_PARAS_2)),
  ], gzip);
}

/** A plain WARC whose second record's Content-Length is wrong by `delta` bytes (negative: too small, so the
 *  record is cut; positive: too large, so it swallows the start of the next record). */
async function badLength(delta) {
  n = 2000;
  const recs = [
    response('https://kaltengnews.example.id/a', page('ASN Katingan diminta netral', ASN_PARAS)),
    response('https://kaltengnews.example.id/b', page('Sekda Lotim larang PNS hadiri deklarasi', ASN_PARAS_2)),
    response('https://kaltengnews.example.id/c', page('Bawaslu awasi ASN', [ASN_PARAS[3], ASN_PARAS_2[1], ASN_PARAS[1]])),
    response('https://kaltengnews.example.id/d', page('KASN terima laporan', [ASN_PARAS[1], ASN_PARAS[3], ASN_PARAS_2[0]])),
  ];
  const bufs = [];
  for (const r of recs) bufs.push(Buffer.from(await WARCSerializer.serialize(r)));
  const b = bufs[1].toString('latin1');
  const m = /Content-Length: (\d+)/.exec(b);
  bufs[1] = Buffer.from(b.replace(m[0], `Content-Length: ${Number(m[1]) + delta}`), 'latin1');
  return Buffer.concat(bufs);
}

async function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = join(here, '..', 'fixtures', 'warc');
  mkdirSync(out, { recursive: true });
  const gz = await serializeRecords(mixedRecords(), true);
  writeFileSync(join(out, 'mixed.warc.gz'), gz);
  writeFileSync(join(out, 'mixed.warc'), await serializeRecords(mixedRecords(), false));
  // the same gzip bytes under a name that says nothing: told apart by magic bytes
  writeFileSync(join(out, 'crawl-00001.dat'), gz);
  // a truncated final member: the last record's gzip member cut in half
  const last = await serializeRecords(mixedRecords().slice(-1), true);
  writeFileSync(join(out, 'truncated.warc.gz'), gz.subarray(0, gz.length - Math.floor(last.length / 2)));
  writeFileSync(join(out, 'bad-length.warc'), await badLength(-40));
  writeFileSync(join(out, 'bad-length-long.warc'), await badLength(200));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
