// The Excel workbook, read back with exceljs: one sheet per table, frozen filterable header, column widths,
// typed cells (dates as dates, counts as numbers, codes and ids as text), `=` text never a formula, and the
// same bytes for the same corpus.
import ExcelJS from 'exceljs';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, type Field, type Row } from '../../src/report/rows.js';
import { workbookBytes, workbookDate } from '../../src/report/xlsx.js';
import { cli, SEEDS } from '../helpers/cli.js';
import { writeCorpus } from '../helpers/corpus-builder.js';
import { csvRecords } from '../helpers/csv.js';

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'asn-scan-xlsx-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
const { ValueType } = ExcelJS;

describe('typed cells', () => {
  const fields: Field[] = [
    { name: 'code', type: 'string', description: '' },
    { name: 'n', type: 'integer', description: '' },
    { name: 'v', type: 'number', description: '' },
    { name: 'ok', type: 'boolean', description: '' },
    { name: 'day', type: 'date', description: '' },
    { name: 'text', type: 'string', description: '' },
  ];
  const rows: Row[] = [
    ['11.10', 3, 1.5, true, '2024-10-03', '=SUM(1,2)'],
    ['007', 0, 1010, false, null, '+62 812'],
    ['52.03.07.1002', null, null, null, '2024-02-30', '@cmd'],
  ];
  const date = workbookDate('2024-11-05');
  let wb: ExcelJS.Workbook;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await workbookBytes([{ name: 'things', fields, rows: () => rows }], date);
    wb = await load(bytes);
  });

  it.each([
    ['A2', ValueType.String, '11.10'],
    ['A3', ValueType.String, '007'],
    ['A4', ValueType.String, '52.03.07.1002'],
    ['B2', ValueType.Number, 3],
    ['B3', ValueType.Number, 0],
    ['B4', ValueType.Null, null],
    ['C2', ValueType.Number, 1.5],
    ['D2', ValueType.Boolean, true],
    ['D3', ValueType.Boolean, false],
    ['F2', ValueType.String, '=SUM(1,2)'],
    ['F3', ValueType.String, '+62 812'],
    ['F4', ValueType.String, '@cmd'],
    ['E4', ValueType.String, '2024-02-30'], // not a calendar day: kept as written, never a wrong date
  ])('%s is of type %i (exceljs ValueType) with value %j', (addr, type, value) => {
    const c = wb.getWorksheet('things')!.getCell(addr);
    expect(c.type).toBe(type);
    expect(c.value).toEqual(value);
    expect(c.formula).toBeUndefined();
  });
  it('dates are Excel dates of that calendar day', () => {
    const c = wb.getWorksheet('things')!.getCell('E2');
    expect(c.type).toBe(ValueType.Date);
    expect((c.value as Date).toISOString()).toBe('2024-10-03T00:00:00.000Z');
    expect(c.numFmt).toBe('yyyy-mm-dd');
  });
  it('text columns carry the text format, so Excel keeps 11.10 as typed', () => {
    expect(wb.getWorksheet('things')!.getCell('A2').numFmt).toBe('@');
  });
  it('the header is frozen, filterable, bold, and columns have widths', () => {
    const ws = wb.getWorksheet('things')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getRow(1).values).toEqual([undefined, ...fields.map((f) => f.name)]);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual('52.03.07.1002'.length);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(6);
  });
  it('same rows, same bytes; the document date is the given one', async () => {
    expect((await workbookBytes([{ name: 'things', fields, rows: () => rows }], date)).equals(bytes)).toBe(true);
    expect(wb.created.toISOString()).toBe('2024-11-05T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2024-11-05T00:00:00.000Z');
  });
  it.each([
    ['2024-11-05', '2024-11-05'],
    [null, '1980-01-01'],
    ['1970-01-01', '1980-01-01'],
    ['not a date', '1980-01-01'],
  ])('workbookDate(%j) = %s', (d, want) => expect(workbookDate(d).toISOString().slice(0, 10)).toBe(want));
});

describe('asn-scan -o results.xlsx', () => {
  it('writes one sheet per table with typed cells, the same bytes twice', async () => {
    const a = join(work, 'a.xlsx');
    const b = join(work, 'b.xlsx');
    expect((await cli([SEEDS, '-o', a, '-q'])).code).toBe(0);
    expect((await cli([SEEDS, '-o', b, '-q', '--jobs', '1'])).code).toBe(0);
    const bytes = readFileSync(a);
    expect(bytes.equals(readFileSync(b))).toBe(true);
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...TABLES]);
    const st = wb.getWorksheet('statements')!;
    expect(st.rowCount).toBe(47);
    const col = (ws: ExcelJS.Worksheet, name: string) => (ws.getRow(1).values as string[]).indexOf(name);
    const row2 = st.getRow(2);
    expect(row2.getCell(col(st, 'region_code')).type).toBe(ValueType.String);
    expect(row2.getCell(col(st, 'start')).type).toBe(ValueType.Number);
    expect(row2.getCell(col(st, 'neutrality')).type).toBe(ValueType.Boolean);
    expect(row2.getCell(col(st, 'date')).type).toBe(ValueType.Date);
    const off = wb.getWorksheet('officials')!;
    expect(off.getRow(2).getCell(col(off, 'statements')).type).toBe(ValueType.Number);
    const sum = wb.getWorksheet('summary')!;
    expect(sum.getRow(2).values).toEqual([undefined, 'articles', 'total', 5]);
  });

  it('carries what the --out folder\'s CSV tables carry, story columns included, for a corpus with a copy', async () => {
    const dir = join(work, 'copies');
    cpSync(SEEDS, dir, { recursive: true });
    const seed = readFileSync(join(SEEDS, '000_79a728709b280e4b.txt'), 'utf8');
    writeFileSync(join(dir, 'zz-copy.txt'), `${seed.trimEnd()}\n\nBaca juga: berita lainnya.\n`); // a syndicated copy
    copyFileSync(join(SEEDS, '001_8f669d21e09e7c84.txt'), join(dir, 'zz-exact.txt')); // and an exact one
    const folder = join(work, 'copies-out');
    expect((await cli([dir, '-o', `${folder}/`, '-q'])).code).toBe(0);
    expect((await cli([dir, '-o', join(work, 'copies.xlsx'), '-q'])).code).toBe(0);
    const wb = await load(readFileSync(join(work, 'copies.xlsx')));
    /** A cell as the CSV writes it: dates as ISO days, a guarded formula-like string without its guard. */
    const asCsv = (c: ExcelJS.Cell) => (c.value === null || c.value === undefined ? '' : c.value instanceof Date ? c.value.toISOString().slice(0, 10) : String(c.value));
    const unguard = (s: string) => (/^'[=+\-@\t\r]/u.test(s) ? s.slice(1) : s);
    for (const t of TABLES) {
      const csv = csvRecords(readFileSync(join(folder, `${t}.csv`), 'utf8'));
      const ws = wb.getWorksheet(t)!;
      const head = (ws.getRow(1).values as string[]).slice(1);
      expect(head, t).toEqual(Object.keys(csv[0] ?? Object.fromEntries(head.map((h) => [h, '']))));
      const rows: Array<Record<string, string>> = [];
      ws.eachRow((r, i) => {
        if (i > 1) rows.push(Object.fromEntries(head.map((h, k) => [h, asCsv(r.getCell(k + 1))])));
      });
      expect(rows, t).toEqual(csv.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unguard(v)]))));
    }
    // the copies are there: two articles marked as copies, one story fewer per copy, a claim's stories column
    const arts = csvRecords(readFileSync(join(folder, 'articles.csv'), 'utf8'));
    expect(arts.filter((a) => a.duplicate_of).map((a) => a.id).sort()).toEqual([join(dir, 'zz-copy.txt'), join(dir, 'zz-exact.txt')].map((p) => p.replace(`${process.cwd()}/`, '')).sort());
    const sum = csvRecords(readFileSync(join(folder, 'summary.csv'), 'utf8'));
    expect(sum.find((r) => r.section === 'stories' && r.key === 'total')?.count).toBe('5');
  });

  it('stores a scraped =formula as text', async () => {
    const dir = join(work, 'hostile');
    writeCorpus(dir, 0, { hostile: true });
    const out = join(work, 'hostile.xlsx');
    expect((await cli([dir, '-o', out, '-q'])).code).toBe(0);
    const wb = await load(readFileSync(out));
    const st = wb.getWorksheet('statements')!;
    const q = (st.getRow(1).values as string[]).indexOf('quote');
    const quotes: ExcelJS.Cell[] = [];
    st.eachRow((r, i) => {
      if (i > 1) quotes.push(r.getCell(q));
    });
    const hostile = quotes.find((c) => String(c.value).includes('=SUM(1,2)'));
    expect(hostile?.type).toBe(ValueType.String);
    const art = wb.getWorksheet('articles')!;
    const title = art.getRow(2).getCell((art.getRow(1).values as string[]).indexOf('title'));
    expect(title.type).toBe(ValueType.String);
    expect(String(title.value)).toContain('=HYPERLINK');
    expect(art.getRow(2).getCell((art.getRow(1).values as string[]).indexOf('published')).type).toBe(ValueType.Date);
  });

  it('refuses xlsx to stdout', async () => {
    const r = await cli([SEEDS, '-f', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^asn-scan: xlsx is written to a file/u);
  });
});
