// The WARC reader on fixtures written by warcio's own writer (scripts/warc-fixtures.mjs: fixed dates and
// record ids, so the bytes never change): one case per edge the issue lists.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/util/hash.js';
import { readWarc, type WarcItem } from '../../src/ingest/formats/warc.js';
import { sniffWarc } from '../../src/ingest/formats/warc-sniff.js';
import { canonicalUrl, decodeContent, decodePayload, dechunk, parseContentType, statusClass, typeSkip } from '../../src/ingest/formats/warc-http.js';
// @ts-expect-error: a plain .mjs script without types
import { bigRecordWarc } from '../../scripts/warc-fixtures.mjs';

const F = 'fixtures/warc';
const tmp = mkdtempSync(join(tmpdir(), 'asn-warc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const OPEN = { gate: { lang: 'any', topic: 'any' } } as const;
const GATED = { gate: { lang: 'id', topic: 'asn' } } as const;

async function all(path: string, opts: Parameters<typeof readWarc>[1] = GATED): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  for await (const x of readWarc(path, opts)) out.push(x);
  return out;
}
const byUrl = (items: WarcItem[], suffix: string) => items.find((x) => x.url?.endsWith(suffix));

describe('reading .warc and .warc.gz', () => {
  it.each(['mixed.warc.gz', 'mixed.warc', 'crawl-00001.dat'])('%s: the same records, told apart by magic bytes', async (name) => {
    const items = await all(join(F, name));
    expect(items).toHaveLength(27);
    expect(items.filter((x) => x.html !== null && !x.skip).map((x) => x.url!.replace(/^.*\//u, ''))).toEqual([
      'asn-katingan-netral', 'gzip', 'deflate', 'deflate-raw', 'br', 'chunked', 'gzip-plain', 'latin1', 'disagree', 'meta-only', 'sniffed', 'terpotong',
    ]);
  });

  it('sniffs by content, not name', () => {
    expect(sniffWarc(join(F, 'mixed.warc.gz'))).toEqual({ warc: true, gzip: true });
    expect(sniffWarc(join(F, 'mixed.warc'))).toEqual({ warc: true, gzip: false });
    expect(sniffWarc(join(F, 'crawl-00001.dat'))).toEqual({ warc: true, gzip: true });
    expect(sniffWarc('fixtures/seeds/000_79a728709b280e4b.txt').warc).toBe(false);
    const gzText = join(tmp, 'not-a-warc.gz');
    writeFileSync(gzText, gzipSync(Buffer.from('hello, not a web archive')));
    expect(sniffWarc(gzText)).toEqual({ warc: false, gzip: true });
  });

  it('an article: id = WARC-Record-ID, url = WARC-Target-URI, fetch date = WARC-Date, offset kept, no publication date', async () => {
    const a = (await all(join(F, 'mixed.warc.gz'))).find((x) => x.url?.endsWith('asn-katingan-netral') && x.skip === null)!;
    expect(a).toMatchObject({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000003', source: join(F, 'mixed.warc.gz'), format: 'html',
      url: 'https://kaltengnews.example.id/2024/11/20/asn-katingan-netral', fetched: '2024-11-20T08:30:00Z', offset: 811,
      published: null, partial: false, skip: null, error: null,
    });
    expect(a.html).toContain('<title>ASN Katingan diminta netral</title>');
  });

  it('request, warcinfo, metadata and revisit records are skipped', async () => {
    const items = await all(join(F, 'mixed.warc.gz'));
    const kinds = items.filter((x) => x.skip?.startsWith('record:'));
    expect(kinds.map((x) => x.skip).sort()).toEqual(['record:metadata', 'record:request', 'record:revisit', 'record:warcinfo']);
  });

  it('3xx, 404 and 5xx responses are skipped by status class; PDFs, images and feeds by content type', async () => {
    const items = await all(join(F, 'mixed.warc.gz'));
    expect(byUrl(items, '/r/123')!.skip).toBe('status:3xx');
    expect(byUrl(items, '/hilang')!.skip).toBe('status:4xx');
    expect(byUrl(items, '/error')!.skip).toBe('status:5xx');
    expect(byUrl(items, 'laporan.pdf')!.skip).toBe('type:pdf');
    expect(byUrl(items, 'foto.jpg')!.skip).toBe('type:image');
    expect(byUrl(items, '/feed')!.skip).toBe('type:feed');
  });

  it.each(['gzip', 'deflate', 'deflate-raw', 'br', 'chunked', 'gzip-plain'])('a %s payload is decoded', async (k) => {
    const a = byUrl(await all(join(F, 'mixed.warc.gz')), `/${k}`)!;
    expect(a.skip).toBeNull();
    expect(a.html).toMatch(/^<!DOCTYPE html>/u);
    expect(a.html).toContain('</html>');
    expect(a.html).toContain('Catatan');
  });

  it('charsets: header ISO-8859-1 read as windows-1252; header beats a disagreeing <meta>; <meta> alone; sniffed', async () => {
    const items = await all(join(F, 'mixed.warc.gz'));
    expect(byUrl(items, '/latin1')!.html).toContain('<title>Sekda: “ASN wajib netral”</title>');
    expect(byUrl(items, '/disagree')!.html).toContain('<title>Bupati – ASN jangan berpihak</title>');
    expect(byUrl(items, '/meta-only')!.html).toContain('<title>Camat – ASN harus netral</title>');
    expect(byUrl(items, '/sniffed')!.html).toContain('<title>Lurah – PNS dilarang kampanye</title>');
  });

  it('WARC-Truncated marks the article partial', async () => {
    const items = await all(join(F, 'mixed.warc.gz'));
    expect(byUrl(items, '/terpotong')!.partial).toBe(true);
    expect(items.filter((x) => x.partial).map((x) => x.url)).toEqual(['https://lomboknews.example.id/terpotong']);
  });

  it('the same article fetched over http, /amp/ and with utm_ parameters is kept once', async () => {
    const items = await all(join(F, 'mixed.warc.gz'));
    const same = items.filter((x) => x.url?.includes('asn-katingan-netral') && !x.skip?.startsWith('record:'));
    expect(same.map((x) => x.skip)).toEqual([null, 'duplicate', 'duplicate']);
  });

  it('the gate turns away Malay, English and off-topic Indonesian pages, and lets everything through when open', async () => {
    const gated = await all(join(F, 'mixed.warc.gz'));
    expect(byUrl(gated, 'penjawat-awam')!.skip).toBe('lang:ms');
    expect(byUrl(gated, 'civil-servants')!.skip).toBe('lang:en');
    expect(byUrl(gated, 'harga-cabai')!.skip).toBe('topic');
    const open = await all(join(F, 'mixed.warc.gz'), OPEN);
    for (const u of ['penjawat-awam', 'civil-servants', 'harga-cabai']) expect(byUrl(open, u)!.skip).toBeNull();
    const langOnly = await all(join(F, 'mixed.warc.gz'), { gate: { lang: 'id', topic: 'any' } });
    expect(byUrl(langOnly, 'harga-cabai')!.skip).toBeNull();
    expect(byUrl(langOnly, 'penjawat-awam')!.skip).toBe('lang:ms');
  });

  it('a truncated final gzip member: the earlier records are kept, then one error entry for the file', async () => {
    const items = await all(join(F, 'truncated.warc.gz'));
    const last = items.at(-1)!;
    expect(last.error).toMatch(/^read stopped after 26 records: corrupt or truncated gzip/u);
    expect(last.source).toBe(join(F, 'truncated.warc.gz'));
    expect(items.slice(0, -1).every((x) => x.error === null)).toBe(true);
    expect(items).toHaveLength(27);
    expect(items.filter((x) => x.html && !x.skip)).toHaveLength(12);
  });

  it('a Content-Length too small: that record is marked partial, the next one is read whole', async () => {
    const items = await all(join(F, 'bad-length.warc'));
    expect(items.map((x) => [x.url!.slice(-2), x.partial, x.error])).toEqual([['/a', false, null], ['/b', true, null], ['/c', false, null], ['/d', false, null]]);
    expect(items[2]!.html).toContain('</html>');
  });

  it('a Content-Length too large: that record is cut where the next one starts and marked partial; the one it ate is lost, the rest are read', async () => {
    const items = await all(join(F, 'bad-length-long.warc'), OPEN);
    expect(items.map((x) => [x.url?.slice(-2) ?? null, x.partial, x.skip])).toEqual([
      ['/a', false, null], ['/b', true, null], [null, false, 'record:unknown'], ['/d', false, null],
    ]);
    expect(items[1]!.html).toContain('Sekda Lotim');
    expect(items[1]!.html).not.toContain('WARC/1.1');
  });

  it('a file that is not a WARC is one error entry', async () => {
    const items = await all('fixtures/seeds/000_79a728709b280e4b.txt');
    expect(items).toHaveLength(1);
    expect(items[0]!.error).toMatch(/not a WARC file/u);
  });

  it('a 50 MB record is skipped without being read, and the records around it are kept', async () => {
    const path = join(tmp, 'big.warc.gz');
    writeFileSync(path, await bigRecordWarc(50, true));
    const items = await all(path);
    expect(items.map((x) => [x.url!.replace(/^.*\//u, ''), x.skip])).toEqual([['sebelum', null], ['besar', 'too-large'], ['sesudah', null]]);
    expect(items[1]!.html).toBeNull();
  });

  it('shards by record (by canonical URL): every record in exactly one shard, every fetch of an article in the same one', async () => {
    const seen: string[] = [];
    const keys: string[][] = [[], [], []];
    for (let k = 0; k < 3; k++) {
      const inShard = (key: string) => {
        const mine = fnv1a(key) % 3 === k;
        if (mine) keys[k]!.push(key);
        return mine;
      };
      for (const x of await all(join(F, 'mixed.warc.gz'), { ...OPEN, inShard })) seen.push(x.id);
    }
    expect(keys.flat().filter((key) => key === 'kaltengnews.example.id/2024/11/20/asn-katingan-netral')).toHaveLength(6); // request, 3 responses, metadata, revisit
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
  });
});

describe('HTTP payloads', () => {
  const html = Buffer.from('<html><body><p>Halo</p></body></html>');
  it.each([
    ['gzip', gzipSync(html)],
    ['x-gzip', gzipSync(html)],
    ['deflate', deflateSync(html)],
    ['deflate', deflateRawSync(html)],
    ['br', brotliCompressSync(html)],
    ['gzip', html],
    ['br', html],
    ['', html],
    ['compress', html],
  ])('Content-Encoding %s', (encoding, bytes) => {
    expect(decodeContent(bytes, encoding, 1 << 20).toString()).toBe(html.toString());
  });

  it('a corrupt gzip payload throws', () => {
    expect(() => decodeContent(Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(20, 7)]), 'gzip', 1 << 20)).toThrow();
  });

  it('dechunks, and keeps a chunk stream cut short', () => {
    expect(dechunk(Buffer.from('5\r\nHalo \r\n5;x=1\r\ndunia\r\n0\r\n\r\n')).toString()).toBe('Halo dunia');
    expect(dechunk(Buffer.from('4\r\nHalo\r\n6\r\n dun')).toString()).toBe('Halo dun');
    expect(dechunk(Buffer.from('<html>not chunked</html>')).toString()).toBe('<html>not chunked</html>');
  });

  it.each([
    ['text/html; charset=ISO-8859-1', 'text/html', 'ISO-8859-1'],
    ['Text/HTML;charset="utf-8"', 'text/html', 'utf-8'],
    ['application/xhtml+xml', 'application/xhtml+xml', null],
    [null, '', null],
  ])('Content-Type %s', (v, type, charset) => {
    expect(parseContentType(v)).toEqual({ type, charset });
  });

  it.each([
    ['text/html', null], ['application/xhtml+xml', null], ['', null], ['application/pdf', 'type:pdf'], ['image/webp', 'type:image'],
    ['application/rss+xml', 'type:feed'], ['application/atom+xml', 'type:feed'], ['text/xml', 'type:feed'], ['application/json', 'type:other'],
  ])('media type %s → %s', (t, skip) => expect(typeSkip(t)).toBe(skip));

  it.each([[301, 'status:3xx'], [404, 'status:4xx'], [503, 'status:5xx'], [NaN, 'status:invalid']])('status %s', (s, c) => expect(statusClass(s)).toBe(c));

  it('charset order: header, then <meta>, then sniffing; ISO-8859-1 means windows-1252', () => {
    const cp = Buffer.from('<meta charset="utf-8"><p>\x93netral\x94</p>', 'latin1');
    expect(decodePayload(cp, 'iso-8859-1')).toMatchObject({ html: '<meta charset="utf-8"><p>“netral”</p>', from: 'header', charset: 'windows-1252' });
    const utf = Buffer.from('<meta charset="windows-1252"><p>“netral”</p>');
    expect(decodePayload(utf, 'utf-8')).toMatchObject({ html: '<meta charset="windows-1252"><p>“netral”</p>', from: 'header' });
    expect(decodePayload(Buffer.from('<meta charset="windows-1252"><p>\x93x\x94</p>', 'latin1'), null)).toMatchObject({ html: '<meta charset="windows-1252"><p>“x”</p>', from: 'meta' });
    expect(decodePayload(Buffer.from('<p>\x93x\x94</p>', 'latin1'), null)).toMatchObject({ html: '<p>“x”</p>', from: 'sniff' });
    expect(decodePayload(Buffer.from('<p>“x”</p>'), null)).toMatchObject({ html: '<p>“x”</p>', from: 'sniff', charset: 'utf-8' });
    expect(decodePayload(Buffer.from('<p>x</p>'), 'no-such-charset')).toMatchObject({ from: 'sniff' });
  });

  it.each([
    ['https://www.kaltengnews.example.id/2024/asn-netral/', 'kaltengnews.example.id/2024/asn-netral'],
    ['http://kaltengnews.example.id/amp/2024/asn-netral', 'kaltengnews.example.id/2024/asn-netral'],
    ['https://kaltengnews.example.id/2024/asn-netral/amp?utm_source=x&utm_campaign=y#top', 'kaltengnews.example.id/2024/asn-netral'],
    ['https://m.kaltengnews.example.id/2024/asn-netral?page=2&fbclid=abc', 'kaltengnews.example.id/2024/asn-netral?page=2'],
    ['https://kaltengnews.example.id/read?id=5&b=2', 'kaltengnews.example.id/read?b=2&id=5'],
  ])('canonical URL of %s', (u, c) => expect(canonicalUrl(u)).toBe(c));

  it('different articles keep different canonical URLs', () => {
    expect(canonicalUrl('https://a.example.id/read?id=5')).not.toBe(canonicalUrl('https://a.example.id/read?id=6'));
    expect(canonicalUrl('https://a.example.id/ampera-baru')).toBe('a.example.id/ampera-baru');
  });
});
