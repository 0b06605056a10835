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

const GAP = 2;

/** Column widths that fit `width`, shrinking free text first, then the widest; null when even every column
 *  at its narrowest (its header, at least 8) is too wide. */
function fitWidths(names: string[], cells: string[][], width: number): number[] | null {
  const widths = names.map((n, j) => Math.min(MAX_CELL, Math.max(n.length, ...cells.map((c) => c[j]!.length))));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  const flexible = names.map((n) => FLEXIBLE.has(n));
  // ids are keys, never cut (up to 20 characters); free text keeps 24 characters (else a column is dropped
  // instead); other columns keep at least their header, or 8
  const floor = (j: number) => Math.min(widths[j]!, names[j] === 'id' ? 20 : flexible[j] ? 24 : Math.max(8, names[j]!.length));
  const floors = names.map((_, j) => floor(j));
  if (floors.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1) > width) return null;
  for (let guard = 0; total() > width && guard < 100_000; guard++) {
    let j = -1;
    for (let k = 0; k < widths.length; k++) if (flexible[k] && widths[k]! > floors[k]! && (j < 0 || widths[k]! > widths[j]!)) j = k;
    if (j < 0) for (let k = 0; k < widths.length; k++) if (widths[k]! > floors[k]! && (j < 0 || widths[k]! > widths[j]!)) j = k;
    if (j < 0) break;
    widths[j]!--;
  }
  return widths;
}

export function renderTable(
  fields: Field[],
  rows: Row[],
  opts: { color: boolean; width: number; keep?: string[]; drop?: string[] },
): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  let keep = opts.keep ? fields.map((f, i) => [f, i] as const).filter(([f]) => opts.keep!.includes(f.name)) : fields.map((f, i) => [f, i] as const);
  const all = rows.map((r) => fields.map((f, i) => {
    const s = show(r[i] ?? null);
    return f.name === 'article_id' || f.name === 'id' ? shortId(s) : s;
  }));
  // Fit the terminal: shrink columns (never below their header), and when that is not enough drop whole
  // columns in the table's priority order (least useful first) until the rest fits.
  const dropOrder = [...(opts.drop ?? [])];
  let widths: number[] | null = null;
  for (;;) {
    const cols = keep;
    widths = fitWidths(cols.map(([f]) => f.name), all.map((r) => cols.map(([, i]) => r[i]!)), opts.width);
    if (widths !== null || keep.length <= 1) break;
    const next = dropOrder.shift() ?? keep[keep.length - 1]![0].name;
    keep = keep.filter(([f]) => f.name !== next);
  }
  const cells = all.map((r) => keep.map(([, i]) => r[i]!));
  const w = widths ?? keep.map(([f]) => Math.min(opts.width, Math.max(8, f.name.length)));
  const fit = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const line = (xs: string[], paint: (s: string, j: number) => string) =>
    xs.map((x, j) => paint(fit(x, w[j]!), j)).join(' '.repeat(GAP)).trimEnd();
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
  violations: ['article_id', 'value', 'qualifier', 'unit', 'election', 'year', 'reporter', 'reporter_level', 'text'],
  people: ['id', 'name', 'title', 'articles', 'statements'],
  claims: ['value', 'qualifier', 'unit', 'election', 'year', 'reporter', 'reporter_level', 'region_name', 'articles', 'first_date', 'last_date'],
  summary: ['section', 'key', 'count', 'exact_claims', 'exact_value_sum'],
};

/** Columns given up first when the terminal is too narrow for TABLE_VIEW, least useful first (after them,
 *  the rightmost remaining column goes). */
export const TABLE_DROP: Record<string, string[]> = {
  articles: ['removed', 'regions', 'officials', 'error', 'published'],
  statements: ['type', 'neutrality', 'region_name', 'kind', 'date'],
  officials: ['mentions', 'role', 'region_name', 'articles'],
  regions: ['mentions', 'articles', 'level'],
  dates: ['kind', 'certain'],
  violations: ['year', 'reporter_level', 'unit', 'qualifier', 'election'],
  people: ['articles', 'title'],
  claims: ['last_date', 'first_date', 'region_name', 'reporter_level', 'year', 'unit'],
  summary: ['exact_claims', 'exact_value_sum'],
};
