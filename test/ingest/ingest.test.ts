import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { discover, formatOf } from '../../src/ingest/discover.js';
import { recordToRaw } from '../../src/ingest/formats/jsonl.js';
import { isoDatePrefix } from '../../src/ingest/published.js';
import { jsonReason } from '../../src/ingest/reasons.js';

const tmp = mkdtempSync(join(tmpdir(), 'asn-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('formatOf', () => {
  it.each([
    ['a.txt', 'text', false], ['a.TEXT', 'text', false], ['a.md', 'text', false], ['a.jsonl', 'jsonl', false],
    ['a.ndjson.gz', 'jsonl', true], ['a.html', 'html', false], ['a.htm.gz', 'html', true], ['a.txt.gz', 'text', true],
  ])('%s → %s (gzip %s)', (name, format, gzip) => expect(formatOf(name)).toEqual({ format, gzip }));
  it.each(['a.docx', 'a.gz', 'README', 'a.json', 'a.pdf'])('%s is not read in a folder', (name) => expect(formatOf(name)).toBeNull());
});

describe('discover', () => {
  it('walks folders in sorted order, skipping hidden folders, node_modules, other extensions and symlink loops', () => {
    const d = join(tmp, 'corpus');
    mkdirSync(join(d, 'b', '.git'), { recursive: true });
    mkdirSync(join(d, 'node_modules'), { recursive: true });
    mkdirSync(join(d, 'a'), { recursive: true });
    writeFileSync(join(d, 'b', 'z.txt'), 'x');
    writeFileSync(join(d, 'b', '.git', 'h.txt'), 'x');
    writeFileSync(join(d, 'node_modules', 'n.txt'), 'x');
    writeFileSync(join(d, 'a', 'y.html'), 'x');
    writeFileSync(join(d, 'a', 'skip.pdf'), 'x');
    symlinkSync(d, join(d, 'a', 'loop'));
    const r = discover([d]);
    expect(r.sources.map((s) => s.path)).toEqual([join(d, 'a', 'y.html'), join(d, 'b', 'z.txt')]);
    expect(r.skipped).toBe(1);
  });
  it('reports the running count of files found in folders as it walks (what starts the worker threads early)', () => {
    const d = join(tmp, 'counted');
    mkdirSync(join(d, 'sub'), { recursive: true });
    for (const f of ['a.txt', 'b.html', 'c.pdf', 'sub/d.txt', 'sub/e.jsonl']) writeFileSync(join(d, f), 'x');
    const counts: number[] = [];
    const r = discover([d, join(d, 'a.txt')], (n) => counts.push(n));
    expect(counts).toEqual([1, 2, 3, 4]); // the .pdf is not counted, nor the file named on its own
    expect(r.sources).toHaveLength(4); // the file named twice is listed once
  });
  it('keeps stdin and reports a missing path as an error source', () => {
    const r = discover(['-', join(tmp, 'missing')]);
    expect(r.sources.map((s) => [s.path, s.error])).toEqual([['-', null], [join(tmp, 'missing'), 'no such file or folder']]);
  });
});

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM and CRLF', Buffer.from('\uFEFFBaris satu\r\nBaris dua\r\n'), 'Baris satu\nBaris dua\n', 'utf-8'],
    ['windows-1252 fallback', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x41, 0x94]), 'Café “A”', 'windows-1252'],
    ['lone CR', Buffer.from('a\rb'), 'a\nb', 'utf-8'],
  ])('%s', (_n, bytes, text, encoding) => expect(decodeText(bytes)).toEqual({ ok: true, text, encoding }));
  it.each([
    ['empty', Buffer.alloc(0), 'empty file'],
    ['only whitespace', Buffer.from('  \n\t '), 'empty file'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'binary file (not text)'],
  ])('%s is refused', (_n, bytes, reason) => expect(decodeText(bytes)).toEqual({ ok: false, reason }));
});

describe('JSONL records', () => {
  it.each([
    [{ id: 'x1', text: 'T', url: 'u', title: 'H', published: '2024-11-22T10:00:00+08:00' }, { id: 'x1', text: 'T', url: 'u', title: 'H', published: '2024-11-22', format: 'jsonl' }],
    [{ maintext: 'T', date_publish: '2024-08-06 09:00:00' }, { id: 'f.jsonl:7', text: 'T', published: '2024-08-06' }],
    [{ content: 'T', published_at: '06/08/2024' }, { text: 'T', published: '2024-08-06' }],
    [{ body: 'T', date: 'kemarin' }, { text: 'T', published: null }],
    [{ raw_html: '<p>x</p>' }, { html: '<p>x</p>', format: 'html', text: null }],
    [{ id: 42, text: 'T' }, { id: '42' }],
  ])('%j', (rec, expected) => expect(recordToRaw(JSON.stringify(rec), 7, 'f.jsonl')).toMatchObject({ ...expected, error: null }));
  it.each([
    ['{"text": "unterminated', /^line 7: malformed JSON/],
    ['[1,2]', /^line 7: not a JSON object$/],
    ['{"title": "no body"}', /^line 7: no text \(expected one of text, maintext, content, body, html, raw_html\)$/],
  ])('%s is an error with its line number', (line, reason) => {
    const r = recordToRaw(line, 7, 'f.jsonl');
    expect(r.id).toBe('f.jsonl:7');
    expect(r.error).toMatch(reason);
  });
});

describe('jsonReason: a malformed line in the tool\'s words, never the line itself', () => {
  it.each([
    ['{"text": "unterminated', 'a string that never closes at column 23'],
    ['{"text": "x"', 'the record ends early'],
    ['', 'the record ends early'],
    ['{"a":1', 'the record ends early'],
    ['{"a":1 ', 'the record ends early'],
    ['[1,2', 'the record ends early'],
    ['{"a":1 "b":2}', 'syntax error at column 8'],
    ['{a:1}', 'syntax error at column 2'],
    ['{"text":"x"} junk', 'text after the record at column 14'],
    ['{"a":"b\nc"}', 'a raw control character in a string at column 8'],
    ['{"a":}', 'unexpected "}"'],
    ['{"text": "rahasia pribadi"]', 'syntax error at column 27'],
  ])('%j → %s', (line, reason) => {
    let err: unknown;
    try {
      JSON.parse(line);
    } catch (e) {
      err = e;
    }
    expect(jsonReason(err, line)).toBe(reason);
    expect(recordToRaw(line, 3, 'f.jsonl').error).toBe(`line 3: malformed JSON (${reason})`);
  });
  it('a message V8 words differently falls back to a plain syntax error, with the column when a position is given', () => {
    expect(jsonReason(new SyntaxError('Something odd in JSON at position 4'))).toBe('syntax error at column 5');
    expect(jsonReason(new SyntaxError('JSON.parse: bad'))).toBe('syntax error');
  });
});

describe('isoDatePrefix', () => {
  it.each([
    ['2024-11-22', '2024-11-22'], ['2024-11-22T23:30:00-07:00', '2024-11-22'], ['22/11/2024', '2024-11-22'],
    ['3-10-2024', '2024-10-03'], ['2024-02-30', null], ['Friday', null], ['', null], ['11/22/2024', null],
  ])('%s → %s', (s, iso) => expect(isoDatePrefix(s)).toBe(iso));
});
