// The Excel workbook (`-o results.xlsx`): one sheet per table, written with exceljs's streaming writer
// so a sheet's rows are never all in memory. Cells are typed from the table schemas in rows.ts: dates as
// Excel dates, integers and numbers as numbers, booleans as booleans, and every string (codes such as
// `11.10`, ids, quotes) as text with the text number format, so nothing is re-read as a number or a date.
// A string is only ever a string value: one starting with `=` is stored as text, never as a formula.
//
// Same corpus, same bytes: exceljs stamps docProps/core.xml (created, modified) and the zip entries with
// the current time; the workbook uses a date derived from the corpus instead (its latest publication
// date, else 1980-01-01), and the zip entries' times are rewritten to that date after writing.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { utc } from './html/periods.js';
import type { Field, Row } from './rows.js';

export interface SheetSource {
  name: string;
  fields: Field[];
  /** The rows, read once to size the columns and once to write them. */
  rows: () => AsyncIterable<Row> | Iterable<Row>;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const DATE_FORMAT = 'yyyy-mm-dd';

/** An ISO date as the UTC midnight Excel shows as that day; anything else stays as written. */
function dateCell(v: string): Date | string {
  const t = utc(v);
  return t === null ? v : new Date(t);
}

/** The value a cell gets, by its field type. */
export function cellValue(f: Field, v: Row[number]): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  switch (f.type) {
    case 'date':
      return typeof v === 'string' ? dateCell(v) : String(v);
    case 'integer':
    case 'number':
      return typeof v === 'number' ? v : String(v);
    case 'boolean':
      return typeof v === 'boolean' ? v : String(v);
    default:
      // Always a plain string: exceljs writes a string as a string cell (never a formula, whatever it
      // starts with); a { formula } object is the only way to make one, and no data becomes one.
      return String(v);
  }
}

function displayWidth(f: Field, v: Row[number]): number {
  if (v === null || v === undefined) return 0;
  if (f.type === 'date') return 10;
  const s = String(v);
  const nl = s.indexOf('\n');
  return nl >= 0 ? nl : s.length;
}

/** The workbook's fixed date: the latest ISO publication date given, else 1980-01-01 (the zip epoch). */
export function workbookDate(latest: string | null): Date {
  const t = latest ? utc(latest) : null;
  return t !== null && new Date(t).getUTCFullYear() >= 1980 ? new Date(t) : new Date(Date.UTC(1980, 0, 1));
}

/** Writes the workbook and returns its bytes. */
export async function workbookBytes(sheets: SheetSource[], date: Date): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'asn-scan';
  wb.lastModifiedBy = 'asn-scan';
  wb.created = date;
  wb.modified = date;
  for (const s of sheets) {
    const widths = s.fields.map((f) => f.name.length + 2);
    for await (const r of s.rows()) {
      s.fields.forEach((f, i) => {
        widths[i] = Math.max(widths[i]!, displayWidth(f, r[i]) + 1);
      });
    }
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = s.fields.map((f, i) => ({
      header: f.name,
      key: f.name,
      width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i]!)),
      style: { numFmt: f.type === 'date' ? DATE_FORMAT : f.type === 'string' ? '@' : f.type === 'integer' ? '0' : 'General' },
    }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.fields.length } };
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.commit();
    for await (const r of s.rows()) ws.addRow(s.fields.map((f, i) => cellValue(f, r[i]))).commit();
    ws.commit();
  }
  await wb.commit();
  await done;
  return fixZipTimes(Buffer.concat(chunks), date);
}

/** MS-DOS date and time of a UTC date (what zip headers hold). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** Sets every entry's modification time, in the central directory and in each local header, to `d`.
 *  Walks the central directory from the end record, so file data that happens to hold a signature is
 *  never touched. Also rewrites the UT extended-timestamp extra field when an entry has one. */
export function fixZipTimes(zip: Buffer, d: Date): Buffer {
  const { time, date } = dosTime(d);
  const unix = Math.floor(d.getTime() / 1000);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('workbook: not a zip file');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const fixExtra = (from: number, len: number) => {
    for (let e = from; e + 4 <= from + len;) {
      const id = zip.readUInt16LE(e);
      const size = zip.readUInt16LE(e + 2);
      if (id === 0x5455 && size >= 5) {
        const flags = zip[e + 4]!;
        let at = e + 5;
        for (let bit = 0; bit < 3 && at + 4 <= e + 4 + size; bit++) {
          if (flags & (1 << bit)) {
            zip.writeInt32LE(unix, at);
            at += 4;
          }
        }
      }
      e += 4 + size;
    }
  };
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('workbook: bad zip central directory');
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    fixExtra(p + 46 + nameLen, extraLen);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(time, local + 10);
      zip.writeUInt16LE(date, local + 12);
      fixExtra(local + 30 + zip.readUInt16LE(local + 26), zip.readUInt16LE(local + 28));
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return zip;
}
