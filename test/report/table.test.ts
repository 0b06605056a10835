import { describe, expect, it } from 'vitest';
import { renderTable, TABLE_DROP, TABLE_VIEW } from '../../src/report/table.js';
import { SCHEMAS, TABLES, type Row } from '../../src/report/rows.js';
import { cli, SEEDS } from '../helpers/cli.js';

const widest = (s: string) => Math.max(...s.split('\n').map((l) => [...l].length));

describe('table view width', () => {
  // Every table of the seeds, on a fake terminal of 80 and of 60 columns: no line is wider.
  for (const width of [80, 60]) {
    for (const t of TABLES) {
      it(`${t} fits ${width} columns`, async () => {
        const r = await cli([SEEDS, '-t', t, '-f', 'table', '-q'], { columns: width });
        expect(r.code).toBe(0);
        expect(widest(r.stdout)).toBeLessThanOrEqual(width);
        expect(r.stdout.split('\n')[0]!.length).toBeGreaterThan(0);
      });
    }
  }

  it('drops the least useful columns first, keeping the key ones', () => {
    const fields = SCHEMAS.violations;
    const row: Row = fields.map((f) => (f.type === 'integer' || f.type === 'number' ? 123456 : `${f.name}-value-that-is-rather-long`));
    const wide = renderTable(fields, [row], { color: false, width: 400, keep: TABLE_VIEW.violations, drop: TABLE_DROP.violations });
    expect(wide.split('\n')[0]).toContain('year');
    const narrow = renderTable(fields, [row], { color: false, width: 80, keep: TABLE_VIEW.violations, drop: TABLE_DROP.violations });
    const head = narrow.split('\n')[0]!;
    expect(widest(narrow)).toBeLessThanOrEqual(80);
    expect(head).not.toContain('year'); // first to go
    for (const kept of ['article_id', 'value', 'text']) expect(head).toContain(kept);
  });

  it('a wide terminal keeps every column of the view (negative case: nothing is dropped needlessly)', async () => {
    const r = await cli([SEEDS, '-t', 'officials', '-f', 'table', '-q'], { columns: 200 });
    const head = r.stdout.split('\n')[0]!;
    for (const c of TABLE_VIEW.officials!) expect(head).toContain(c);
  });
});
