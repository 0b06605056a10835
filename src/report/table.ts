// The readable terminal view: aligned columns, truncated to the terminal width, coloured only when
// the caller says so (a terminal, no NO_COLOR, no --no-color). Colour is decided by the CLI and
// passed in as a chalk level, never left to chalk's own detection.
import { Chalk } from 'chalk';
import type { Field, Row } from './rows.js';

const MAX_CELL = 60;

function show(c: Row[number]): string {
  if (c === null) return '';
  if (typeof c === 'boolean') return c ? 'yes' : 'no';
  return String(c).replace(/\s+/g, ' ');
}

export function renderTable(fields: Field[], rows: Row[], opts: { color: boolean; width: number; keep?: string[] }): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const keep = opts.keep ? fields.map((f, i) => [f, i] as const).filter(([f]) => opts.keep!.includes(f.name)) : fields.map((f, i) => [f, i] as const);
  const cells = rows.map((r) => keep.map(([, i]) => {
    const s = show(r[i] ?? null);
    return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
  }));
  const widths = keep.map(([f], j) => Math.max(f.name.length, ...cells.map((c) => c[j]!.length)));
  const line = (xs: string[], paint: (s: string, j: number) => string) =>
    xs.map((x, j) => paint(x.padEnd(widths[j]!), j)).join('  ').slice(0, Math.max(40, opts.width) + 40).trimEnd();
  const out = [line(keep.map(([f]) => f.name), (s) => chalk.bold.cyan(s))];
  for (const c of cells) {
    out.push(line(c, (s, j) => {
      const name = keep[j]![0].name;
      if (name === 'status' && s.trim() === 'error') return chalk.red(s);
      if (name === 'neutrality' && s.trim() === 'yes') return chalk.green(s);
      if (name === 'speaker_name' || name === 'name') return chalk.yellow(s);
      return s;
    }));
  }
  if (rows.length === 0) out.push(chalk.dim('(no rows)'));
  return `${out.join('\n')}\n`;
}

/** Columns worth showing on a terminal, per table (the CSV has them all). */
export const TABLE_VIEW: Record<string, string[]> = {
  articles: ['id', 'status', 'title', 'published', 'statements', 'officials', 'regions', 'removed', 'error'],
  statements: ['article_id', 'kind', 'speaker_name', 'neutrality', 'type', 'date', 'region_name', 'quote'],
  officials: ['id', 'name', 'title', 'role', 'region_name', 'articles', 'mentions', 'statements'],
  regions: ['code', 'name', 'level', 'surface', 'articles', 'mentions'],
  dates: ['article_id', 'text', 'iso', 'certain', 'kind'],
  violations: ['article_id', 'value', 'qualifier', 'unit', 'election', 'year', 'reporter', 'text'],
  summary: ['section', 'key', 'count', 'total'],
};
