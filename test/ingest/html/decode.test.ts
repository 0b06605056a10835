import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/ingest/html/decode.js';
import { budget } from '../../helpers/budget.js';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('decodeHtml', () => {
  it.each([
    ['UTF-8 without declaration', Buffer.from('<p>Pemilu – “netral”</p>', 'utf8'), '<p>Pemilu – “netral”</p>'],
    ['UTF-8 BOM (stripped; wins over a wrong meta)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1">é', 'utf8')]), '<meta charset="iso-8859-1">é'],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>ASN</p>', 'utf16le')]), '<p>ASN</p>'],
    ['<meta charset=windows-1252>: curly quotes', Buffer.concat([latin1('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x6e, 0x65, 0x74, 0x72, 0x61, 0x6c, 0x94])]), '<meta charset="windows-1252"><p>“netral”'],
    ['http-equiv ISO-8859-1 (decoded as windows-1252)', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\u00e9</p>'), '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>café</p>'],
    ['unquoted charset=utf-8', Buffer.from('<meta charset=utf-8><p>é</p>', 'utf8'), '<meta charset=utf-8><p>é</p>'],
    ['unknown label falls back to UTF-8', Buffer.from('<meta charset="x-nonsense"><p>é</p>', 'utf8'), '<meta charset="x-nonsense"><p>é</p>'],
    ['declared utf-16 in ASCII bytes is treated as UTF-8', Buffer.from('<meta charset="utf-16"><p>é</p>', 'utf8'), '<meta charset="utf-16"><p>é</p>'],
  ])('%s', (_, bytes, want) => {
    expect(decodeHtml(bytes)).toBe(want);
  });

  it('ignores a charset declared after the first 2 KB', () => {
    const bytes = Buffer.concat([Buffer.from(' '.repeat(3000)), latin1('<meta charset="windows-1252">'), Buffer.from('é', 'utf8')]);
    expect(decodeHtml(bytes).endsWith('é')).toBe(true);
  });

  it('200,000 "<meta" tokens without a charset finish fast', () => {
    const bytes = Buffer.from('<meta '.repeat(200_000));
    const t0 = performance.now();
    decodeHtml(bytes);
    expect(performance.now() - t0).toBeLessThan(budget(1000));
  });
});
