// The report's charts, rendered once, at generation time, as static SVG: Observable Plot drawing into a
// linkedom document, so the page carries no chart library and shows its charts with JavaScript off. Each
// chart comes with the table behind it (its CSV download and its text alternative are made from that).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { periodBounds, type Granularity } from './periods.js';
import { PROVINCE_GRID } from './province-grid.js';

export interface ChartTable {
  columns: string[];
  rows: Array<Array<string | number>>;
}
export interface Chart {
  svg: string;
  table: ChartTable;
}

type PlotDocument = NonNullable<Plot.PlotOptions['document']>;
let doc: PlotDocument | null = null;
/** One linkedom document for every chart (Plot only creates elements in it). */
function document(): PlotDocument {
  doc ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as PlotDocument;
  return doc;
}

function render(options: Plot.PlotOptions): string {
  const el = Plot.plot({ ...options, document: document() }) as unknown as { outerHTML: string };
  return el.outerHTML;
}

export interface PeriodCount {
  period: string;
  statements: number;
  claims: number;
}

/** Statements and violation claims per period: two panels, each with its own scale (claims are far fewer),
 *  on one time axis; each bar a link to the statements table filtered to its period. */
export function timelineChart(counts: PeriodCount[], g: Granularity): Chart {
  const label = g === 'week' ? 'Week of' : 'Month';
  const all = counts.map((c) => periodBounds(c.period, g));
  const domain = all.length ? [all[0]![0], all[all.length - 1]![1]] : [new Date(0), new Date(1)];
  const panel = (series: 'statements' | 'violation claims', pick: (c: PeriodCount) => number, fill: string, height: number, axis: boolean) => {
    const data = counts.filter((c) => pick(c) > 0).map((c) => {
      const [x1, x2] = periodBounds(c.period, g);
      return { x1, x2, n: pick(c), period: c.period };
    });
    const text = (d: { period: string; n: number }) => `${label} ${d.period}: ${d.n} ${series}`;
    return render({
      width: 960,
      height,
      marginLeft: 48,
      marginRight: 20,
      marginBottom: axis ? 30 : 6,
      ariaLabel: `${series[0]!.toUpperCase()}${series.slice(1)} per ${g}`,
      ariaDescription: `Bar chart, one bar per ${g} with ${series}; the table below gives the figures.`,
      x: { type: 'utc', domain, label: null, axis: axis ? 'bottom' : null },
      y: { label: `↑ ${series}`, grid: true, ticks: 4 },
      marks: [
        Plot.rectY(data, { x1: 'x1', x2: 'x2', y: 'n', inset: 0.5, fill, href: (d: { period: string }) => `#${g}=${encodeURIComponent(d.period)}`, title: text, ariaLabel: text }),
        Plot.ruleY([0]),
      ],
    });
  };
  const svg = panel('statements', (c) => c.statements, '#2b6cb0', 220, false) + '\n' + panel('violation claims', (c) => c.claims, '#c05621', 130, true);
  return { svg, table: { columns: [g === 'week' ? 'week_start' : 'month', 'statements', 'violation_claims'], rows: counts.map((c) => [c.period, c.statements, c.claims]) } };
}

export interface ProvinceCount {
  code: string;
  name: string;
  iso: string;
  statements: number;
}

const tileHref = (d: { code: string }) => `#province=${encodeURIComponent(d.code)}`;

/** The tile-grid map: every province a tile, shaded by its statements, each a link that filters the table. */
export function tileMap(counts: ProvinceCount[]): Chart {
  const byCode = new Map(counts.map((c) => [c.code, c]));
  const tiles = PROVINCE_GRID.map((t) => ({ ...t, name: byCode.get(t.code)?.name ?? t.code, n: byCode.get(t.code)?.statements ?? 0 }));
  const max = Math.max(1, ...tiles.map((t) => t.n));
  const cols = Math.max(...PROVINCE_GRID.map((t) => t.col)) + 1;
  const rows = Math.max(...PROVINCE_GRID.map((t) => t.row)) + 1;
  const svg = render({
    width: cols * 44 + 8,
    height: rows * 44 + 8,
    margin: 4,
    ariaLabel: 'Statements per province, tile-grid map',
    ariaDescription: 'One tile per province, laid out roughly by geography, darker with more statements; the table below gives the figures.',
    x: { axis: null, domain: Array.from({ length: cols }, (_, i) => i), padding: 0.08 },
    y: { axis: null, domain: Array.from({ length: rows }, (_, i) => i), padding: 0.08 },
    color: { type: 'sqrt', domain: [0, max], range: ['#edf2f7', '#1a4971'] },
    marks: [
      Plot.cell(tiles, {
        x: 'col', y: 'row', fill: 'n', rx: 3, href: tileHref,
        title: (d: { name: string; n: number }) => `${d.name}: ${d.n} statements`,
        ariaLabel: (d: { name: string; n: number }) => `${d.name}: ${d.n} statements`,
      }),
      Plot.text(tiles, {
        x: 'col', y: 'row', text: 'iso', pointerEvents: 'none', fontWeight: 'bold',
        fill: (d: { n: number }) => (d.n > max / 3 ? 'white' : '#1a202c'),
      }),
    ],
  });
  return {
    svg,
    table: { columns: ['province_code', 'province', 'statements'], rows: tiles.map((t) => [t.code, t.name, t.n]) },
  };
}

/** Provinces ranked by statements (those with any), each bar a link that filters the table. */
export function provinceBars(counts: ProvinceCount[]): Chart {
  const ranked = counts.filter((c) => c.statements > 0).sort((a, b) => b.statements - a.statements || (a.code < b.code ? -1 : 1));
  const svg = render({
    width: 460,
    height: Math.max(60, ranked.length * 20 + 40),
    marginLeft: 190,
    marginRight: 40,
    ariaLabel: 'Provinces ranked by statements',
    ariaDescription: 'Horizontal bar chart, provinces with the most statements first; the table below gives the figures.',
    x: { label: 'statements', grid: true },
    y: { label: null, domain: ranked.map((c) => c.name) },
    marks: [
      Plot.barX(ranked, {
        y: 'name', x: 'statements', fill: '#2b6cb0', href: tileHref,
        title: (d: ProvinceCount) => `${d.name}: ${d.statements} statements`,
        ariaLabel: (d: ProvinceCount) => `${d.name}: ${d.statements} statements`,
      }),
      Plot.text(ranked, { y: 'name', x: 'statements', text: (d: ProvinceCount) => String(d.statements), dx: 4, textAnchor: 'start', pointerEvents: 'none' }),
      Plot.ruleX([0]),
    ],
  });
  return { svg, table: { columns: ['province_code', 'province', 'statements'], rows: ranked.map((c) => [c.code, c.name, c.statements]) } };
}
