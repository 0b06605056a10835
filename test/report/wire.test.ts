// The worker → main-thread wire format: JSON lines as one transferred UTF-8 buffer.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/cli/io.js';
import type { CorpusRecord } from '../../src/corpus/record.js';
import { fromWire, type Processed, toWire } from '../../src/report/render.js';

const record = (id: string): CorpusRecord => ({
  id, source: id, line: null, status: 'ok', error: null, published: null, removed: 0, dates: 0,
  officials: [], regions: [], statements: [], violations: [],
});
const item = (id: string, line: string, timings?: Record<string, number>): Processed => ({ record: record(id), line, rows: [], ...(timings ? { timings } : {}) });

describe('wire batches', () => {
  it.each<[string, string[]]>([
    ['ASCII', ['{"a":1}', '{"b":2}']],
    ['multi-byte text (curly quotes, Javanese, emoji)', ['{"q":"“Netral” — ꦲꦱꦤ꧀"}', '{"e":"🗳️"}', '{}']],
    ['escaped newlines stay escaped', [JSON.stringify({ t: 'a\nb\r\nc\u2028' })]],
    ['one line', ['{"only":true}']],
  ])('round-trips %s: same lines, records and order', (_name, lines) => {
    const batch = lines.map((l, i) => item(`a${i}`, l, i === 0 ? { clean: 1.5 } : undefined));
    const wire = toWire(batch);
    // the lines sit at the start of an ArrayBuffer of their own (a pooled one could not be transferred)
    expect(wire.bytes.byteOffset).toBe(0);
    const back = fromWire(structuredClone(wire, { transfer: [wire.bytes.buffer as ArrayBuffer] }));
    expect(wire.bytes.byteLength).toBe(0); // moved, not copied
    expect(back.map((p) => p.line)).toEqual(lines);
    expect(back.map((p) => p.record.id)).toEqual(lines.map((_l, i) => `a${i}`));
    expect(back[0]!.timings).toEqual({ clean: 1.5 });
    for (const [i, p] of back.entries()) expect(Buffer.from(p.bytes!).toString('utf8')).toBe(`${lines[i]}\n`);
  });
});

describe('Sink', () => {
  it('writes strings and bytes in order, as UTF-8', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    const sink = new Sink(out);
    await sink.write('head “x”\n');
    await sink.write(Buffer.from('{"q":"ꦲ"}\n', 'utf8'));
    await sink.write('tail\n');
    await sink.flush();
    expect(Buffer.concat(chunks).toString('utf8')).toBe('head “x”\n{"q":"ꦲ"}\ntail\n');
  });
});
