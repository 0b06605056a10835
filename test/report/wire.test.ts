// The worker → main-thread wire format: JSON lines as one transferred UTF-8 buffer.
import { mkdtempSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
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
  const parts: Array<string | Uint8Array> = ['head “x”\n', Buffer.from('{"q":"ꦲ"}\n', 'utf8'), new Uint8Array(Buffer.from('{"e":"🗳️"}\n', 'utf8')), 'tail\n'];
  const expected = 'head “x”\n{"q":"ꦲ"}\n{"e":"🗳️"}\ntail\n';
  const writeAll = async (sink: Sink) => {
    for (const p of parts) await sink.write(p);
    await sink.flush();
  };

  it('writes strings and bytes in order, as UTF-8, to a stream without writev (one joined chunk)', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    await writeAll(new Sink(out));
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    expect(chunks).toHaveLength(1);
  });

  it('gathers the parts into one writev call on a stream that has it (no joined copy), in order', async () => {
    const calls: Buffer[][] = [];
    const out = new Writable({
      writev(chunks, cb) {
        calls.push(chunks.map((c) => Buffer.from(c.chunk as Buffer)));
        cb();
      },
    });
    await writeAll(new Sink(out));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(parts.length);
    expect(Buffer.concat(calls[0]!).toString('utf8')).toBe(expected);
  });

  it('writes the same bytes to a file stream (writev)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-sink-'));
    try {
      const file = join(dir, 'out.jsonl');
      const out = createWriteStream(file);
      await writeAll(new Sink(out));
      await new Promise<void>((resolve) => out.end(resolve));
      expect(readFileSync(file, 'utf8')).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
