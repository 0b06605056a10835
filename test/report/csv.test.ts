import { describe, expect, it } from 'vitest';
import { CsvEncoder, neutralise } from '../../src/report/csv.js';
import type { Field } from '../../src/report/rows.js';

const fields: Field[] = [
  { name: 'a', type: 'string', description: '' },
  { name: 'n', type: 'integer', description: '' },
];

describe('CSV', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"], ['+62 812', "'+62 812"], ['-5', "'-5"], ['@cmd', "'@cmd"], ['\tx', "'\tx"], ['\rx', "'\rx"],
    ['Bupati', 'Bupati'], ['a=b', 'a=b'], ['', ''], ['-', '-'], ['-:12', '-:12'], ['-:12x', "'-:12x"], ['-1+1', "'-1+1"],
  ])('neutralise(%j) = %j', (s, out) => expect(neutralise(s)).toBe(out));

  it('quotes with csv-stringify and leaves numbers alone', () => {
    const enc = new CsvEncoder(fields, { delimiter: ',', bom: false, raw: false });
    expect(enc.header()).toBe('a,n\n');
    expect(enc.rows([['kata "dia", lalu', -3], ['=1+1', null]])).toBe('"kata ""dia"", lalu",-3\n\'=1+1,\n');
  });
  it('--raw-csv keeps formulas, --delimiter and --bom apply', () => {
    const enc = new CsvEncoder(fields, { delimiter: ';', bom: true, raw: true });
    expect(enc.header()).toBe('\uFEFFa;n\n');
    expect(enc.rows([['=1+1', 2]])).toBe('=1+1;2\n');
  });
});
