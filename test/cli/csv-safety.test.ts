// Spreadsheet safety through the CLI: a CSV cell that starts with = + - @ TAB or CR is prefixed with '
// by default (OWASP CSV injection), --raw-csv writes it as is, and JSON is never altered.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';

/** The cells of column `name` in a CSV with a header row. */
function column(csv: string, name: string): string[] {
  const [head, ...rows] = parseCsv(csv);
  const i = head!.indexOf(name);
  expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
  return rows.map((r) => r[i]!);
}

let tmp: string;
let article: string;
let jsonl: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'asn-'));
  article = join(tmp, 'formula.txt');
  writeFileSync(
    article,
    'Penjabat Gubernur Kepulauan Bangka Belitung Sugito menegaskan ASN harus netral dalam Pilkada 2024.\n\n' +
      '“=HYPERLINK("http://x") ASN harus netral dalam pilkada tahun ini,” kata Sugito.\n',
  );
  const body = 'Penjabat Bupati Lombok Timur Juaini Taofik meminta seluruh ASN menjaga netralitas dalam Pilkada 2024.';
  jsonl = join(tmp, 'formula.jsonl');
  writeFileSync(
    jsonl,
    [
      { id: '=1+1', title: '=cmd|" /C calc"!A0', text: body },
      { id: 'plus', title: '+SUM(A1:A9)', text: body },
      { id: 'minus', title: '-2+3', text: body },
      { id: 'at', title: '@SUM(1,2)', text: body },
      { id: 'tab', title: '\t=1+1', text: body },
      { id: 'cr', title: '\r=1+1', text: body },
      { id: 'safe', title: 'Netralitas ASN = kunci', text: body },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a statement whose quote starts with =HYPERLINK(', () => {
  let quote: string;
  beforeAll(async () => {
    const r = await cli(['scan', article, '-f', 'json']);
    const sts = JSON.parse(r.stdout).articles[0].statements as Array<{ quote: string; kind: string; speaker: { name: string } | null }>;
    const direct = sts.find((s) => s.kind === 'direct');
    expect(direct?.speaker?.name).toBe('Sugito');
    quote = direct!.quote;
  });

  it('JSON keeps the quote exactly as written', () => {
    expect(quote.startsWith('=HYPERLINK("http://x") ASN harus netral dalam pilkada tahun ini')).toBe(true);
  });

  it("CSV prefixes it with ' by default", async () => {
    const r = await cli(['scan', article, '-f', 'csv', '-t', 'statements']);
    expect(column(r.stdout, 'quote')).toContain(`'${quote}`);
    expect(r.stdout).toContain(`"'${quote.replace(/"/g, '""')}"`);
    expect(column(r.stdout, 'quote').some((c) => c.startsWith('='))).toBe(false);
  });

  it('--raw-csv writes it as is', async () => {
    const r = await cli(['scan', article, '-f', 'csv', '-t', 'statements', '--raw-csv']);
    expect(column(r.stdout, 'quote')).toContain(quote);
  });

  it('--out folder CSVs are neutralised too, results.json is not', async () => {
    const out = join(tmp, 'res');
    expect((await cli(['scan', article, '--out', `${out}/`])).code).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(column(readFileSync(join(out, 'statements.csv'), 'utf8'), 'quote')).toContain(`'${quote}`);
    const doc = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(doc.articles[0].statements.map((s: { quote: string }) => s.quote)).toContain(quote);
  });
});

describe('every trigger character, through -t articles', () => {
  const EXPECTED: Array<[string, string, string]> = [
    // id, title as given, title cell by default
    ['=1+1', '=cmd|" /C calc"!A0', `'=cmd|" /C calc"!A0`],
    ['plus', '+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['minus', '-2+3', "'-2+3"],
    ['at', '@SUM(1,2)', "'@SUM(1,2)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['cr', '\r=1+1', "'\r=1+1"],
    ['safe', 'Netralitas ASN = kunci', 'Netralitas ASN = kunci'],
  ];

  it('default: ids and titles that start with = + - @ TAB CR are prefixed with \'', async () => {
    const r = await cli(['scan', jsonl, '-f', 'csv', '-t', 'articles', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(column(r.stdout, 'id')).toEqual(EXPECTED.map(([id]) => (id === '=1+1' ? "'=1+1" : id)));
    expect(column(r.stdout, 'title')).toEqual(EXPECTED.map(([, , cell]) => cell));
  });

  it('--raw-csv: cells as given', async () => {
    const r = await cli(['scan', jsonl, '-f', 'csv', '-t', 'articles', '--raw-csv', '--jobs', '1']);
    expect(column(r.stdout, 'id')).toEqual(EXPECTED.map(([id]) => id));
    expect(column(r.stdout, 'title')).toEqual(EXPECTED.map(([, title]) => title));
  });

  it('--delimiter ; does not change the guard', async () => {
    const r = await cli(['scan', jsonl, '-f', 'csv', '-t', 'articles', '--delimiter', ';', '--jobs', '1']);
    expect(r.stdout.split('\n')[1]!.startsWith("'=1+1;")).toBe(true);
  });

  it('a lone "-" (the stdin source) is left alone', async () => {
    const r = await cli(['scan', '-', '-f', 'csv', '-t', 'articles', '--jobs', '1'], { stdin: 'Bupati Lombok Timur meminta ASN netral dalam Pilkada 2024.\n' });
    expect(column(r.stdout, 'source')).toEqual(['-']);
  });

  it('JSON and JSONL are never altered', async () => {
    const json = JSON.parse((await cli(['scan', jsonl, '-f', 'json', '--jobs', '1'])).stdout);
    expect(json.articles.map((a: { id: string; title: string }) => [a.id, a.title])).toEqual(EXPECTED.map(([id, title]) => [id, title]));
    const lines = (await cli(['scan', jsonl, '-f', 'jsonl', '--jobs', '1'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a: { title: string }) => a.title)).toEqual(EXPECTED.map(([, title]) => title));
  });
});
