// Region codes stay text: typed `string` in datapackage.json, and with --text-codes written as ="…" in CSV,
// the one form Excel and LibreOffice keep as text when a CSV is opened (11.10 would become the number 11.1).
import { describe, expect, it } from 'vitest';
import { CsvEncoder } from '../../src/report/csv.js';
import { SCHEMAS, TABLES } from '../../src/report/rows.js';
import { cli, SEEDS } from '../helpers/cli.js';

describe('region codes in CSV', () => {
  const enc = (textCodes: boolean) => new CsvEncoder(SCHEMAS.regions, { delimiter: ',', bom: false, raw: false, textCodes });

  it.each([
    ['11.10', '"=""11.10"""'],
    ['52', '"=""52"""'],
    ['62.06.02.1003', '"=""62.06.02.1003"""'],
  ])('--text-codes writes %s as a text formula', (code, cell) => {
    expect(enc(true).rows([[code, 'Kabupaten X', 'regency', '', 1, 1, 0]]).split(',')[0]).toBe(cell);
    expect(enc(false).rows([[code, 'Kabupaten X', 'regency', '', 1, 1, 0]]).split(',')[0]).toBe(code);
  });

  it('wraps only code columns, never other cells, and still guards article text (negative case)', () => {
    const st = new CsvEncoder(SCHEMAS.statements, { delimiter: ',', bom: false, raw: false, textCodes: true });
    const row = SCHEMAS.statements.map((f) => (f.name === 'quote' ? '=HYPERLINK("x")' : f.name === 'region_code' ? '33.03' : f.type === 'string' ? 'v' : null));
    const out = st.rows([row]);
    expect(out).toContain('"=""33.03"""');
    expect(out).toContain(`"'=HYPERLINK(""x"")"`);
    expect(st.rows([SCHEMAS.statements.map(() => null)])).not.toContain('=');
  });

  it('every code column is typed string, so typed readers keep 11.10', () => {
    for (const t of TABLES) for (const f of SCHEMAS[t]) if (f.code) expect(f.type, `${t}.${f.name}`).toBe('string');
    const codeCols = TABLES.flatMap((t) => SCHEMAS[t].filter((f) => f.code).map((f) => `${t}.${f.name}`));
    expect(codeCols).toEqual(expect.arrayContaining(['statements.region_code', 'statements.province_code', 'regions.code', 'officials.region_code', 'claims.region_code']));
  });

  it('through the CLI', async () => {
    const plain = await cli([SEEDS, '-t', 'regions', '-q']);
    const text = await cli([SEEDS, '-t', 'regions', '-q', '--text-codes']);
    expect(plain.stdout.split('\n')[1]!.split(',')[0]).toBe('19');
    expect(text.stdout.split('\n')[1]!.split(',')[0]).toBe('"=""19"""');
  });
});
