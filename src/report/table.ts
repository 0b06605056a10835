// The readable terminal view: aligned columns, truncated to the terminal width, coloured only when
// the caller says so (a terminal, no NO_COLOR, no --no-color). Colour is decided by the CLI and
// passed in as a chalk level, never left to chalk's own detection.
import { Chalk } from 'chalk';
import type { Field, Row } from './rows.js';

const MAX_CELL = 80;
const FLEXIBLE = new Set(['quote', 'title', 'text', 'surface', 'error', 'name_as_written']);

function show(c: Row[number]): string {
  if (c === null) return '';
  if (typeof c === 'boolean') return c ? 'yes' : 'no';
  return String(c).replace(/\s+/g, ' ');
}

/** Ids that are paths read better as their file name on a terminal (the CSV keeps the full id). */
const shortId = (s: string) => (s.includes('/') ? s.slice(s.lastIndexOf('/') + 1) : s);

export function renderTable(fields: Field[], rows: Row[], opts: { color: boolean; width: number; keep?: string[] }): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const keep = opts.keep ? fields.map((f, i) => [f, i] as const).filter(([f]) => opts.keep!.includes(f.name)) : fields.map((f, i) => [f, i] as const);
  const cells = rows.map((r) => keep.map(([f, i]) => {
    const s = show(r[i] ?? null);
    return f.name === 'article_id' || f.name === 'id' ? shortId(s) : s;
  }));
  const widths = keep.map(([f], j) => Math.min(MAX_CELL, Math.max(f.name.length, ...cells.map((c) => c[j]!.length))));
  // Fit the terminal: shrink the widest column until the row fits (never below its header).
  const gap = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  // Free-text columns give way first, then the widest of the rest.
  const flexible = keep.map(([f]) => FLEXIBLE.has(f.name));
  for (let guard = 0; total() > opts.width && guard < 10_000; guard++) {
    let j = -1;
    for (let k = 0; k < widths.length; k++) if (flexible[k] && widths[k]! > 16 && (j < 0 || widths[k]! > widths[j]!)) j = k;
    if (j < 0) for (let k = 0; k < widths.length; k++) if (j < 0 || widths[k]! > widths[j]!) j = k;
    if (widths[j]! <= Math.max(8, keep[j]![0].name.length)) break;
    widths[j]!--;
  }
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (xs: string[], paint: (s: string, j: number) => string) =>
    xs.map((x, j) => paint(fit(x, widths[j]!), j)).join(' '.repeat(gap)).trimEnd();
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
