// CSV through csv-stringify (never hand-written quoting). Cells are neutralised against spreadsheet
// formula injection by default (OWASP: prefix a cell starting with = + - @ TAB CR with '), since
// article text is untrusted and journalists open these files in Excel or Google Sheets.
import { stringify } from 'csv-stringify/sync';
import type { Cell, Field, Row } from './rows.js';

export interface CsvOptions {
  delimiter: string;
  bom: boolean;
  /** --raw-csv: write cells exactly as they are. */
  raw: boolean;
  /** --text-codes: region-code columns (`Field.code`) written as `="11.10"`, the one form both Excel and
   *  LibreOffice keep as text on opening (a plain or quoted 11.10 becomes the number 11.1). */
  textCodes?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** The stdin source `-` and its record ids `-:12` start with a minus but are never formulas; guarding them
 *  would break joins between the CSV tables and the JSON output. */
const STDIN_ID = /^-(?::\d{1,12})?$/;

/** OWASP CSV-injection guard for one string cell. A lone `-` (the stdin source) is not a formula. */
export function neutralise(s: string): string {
  return !STDIN_ID.test(s) && FORMULA_START.test(s) ? `'${s}` : s;
}

function cell(c: Cell, raw: boolean): string {
  if (c === null) return '';
  if (typeof c === 'boolean') return c ? 'true' : 'false';
  if (typeof c === 'number') return String(c);
  return raw ? c : neutralise(c);
}

/** Cells quoted besides those csv-stringify quotes itself (the delimiter, a quote, LF): a CR anywhere (a
 *  reader would end the record there, whatever the formula guard put in front of it), and a cell starting
 *  or ending with whitespace (so a reader that trims keeps it). */
const QUOTED = /[\r\n]|^\s|\s$/;

export class CsvEncoder {
  constructor(
    private readonly fields: Field[],
    private readonly opts: CsvOptions,
  ) {}

  header(): string {
    const head = stringify([this.fields.map((f) => f.name)], { delimiter: this.opts.delimiter, eof: true, record_delimiter: 'unix' });
    return (this.opts.bom ? '\uFEFF' : '') + head;
  }

  rows(rows: Row[]): string {
    if (rows.length === 0) return '';
    // our own region codes, never article text: written as a formula on purpose (no injection guard)
    const codes = this.opts.textCodes === true ? this.fields.map((f) => f.code === true) : null;
    return stringify(
      rows.map((r) => r.map((c, i) => (codes?.[i] && typeof c === 'string' && c !== '' ? `="${c}"` : cell(c, this.opts.raw)))),
      { delimiter: this.opts.delimiter, eof: true, record_delimiter: 'unix', quoted_match: QUOTED },
    );
  }
}
