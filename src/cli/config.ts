// commander's raw options are checked once here and turned into a typed Config; nothing downstream
// looks at raw strings again.
import { availableParallelism } from 'node:os';
import { STORY_DEFAULTS } from '../corpus/stories.js';
import { TABLES, type TableName } from '../report/rows.js';
import { UsageError, type IO } from './io.js';
import { selectorError } from '../ingest/html/selector.js';
import { lookupTable } from '../util/table.js';

export type Format = 'csv' | 'json' | 'jsonl' | 'table' | 'xlsx';
export const FORMATS: readonly Format[] = ['csv', 'json', 'jsonl', 'table', 'xlsx'];

export interface OutputConfig {
  format: Format;
  table: TableName;
  out: string | null;
  includeText: boolean;
  delimiter: string;
  bom: boolean;
  rawCsv: boolean;
  /** --text-codes: region codes written as `="11.10"` in CSV (see report/csv.ts). */
  textCodes: boolean;
  color: boolean;
  quiet: boolean;
  progress: boolean;
  /** --report: the HTML report's path, written beside the other output. */
  report: string | null;
  /** `--same-story`: similarity at which two articles are copies of one story (corpus/stories.ts). */
  sameStory: number;
  /** `--count-copies`: summaries count every article instead of every story. */
  countCopies: boolean;
}

export interface ScanConfig extends OutputConfig {
  inputs: string[];
  jobs: number;
  shard: { k: number; n: number } | null;
  strict: boolean;
  timings: boolean;
  /** The web-archive gate (src/ingest/gate) and whether its skips are listed as articles. */
  gate: { lang: 'id' | 'any'; topic: 'asn' | 'any' };
  keepSkipped: boolean;
  /** `--html-selector`: the CSS selector of a page's body, checked here (cheerio), or null. */
  htmlSelector: string | null;
}

export interface RawOptions {
  format?: string;
  table?: string;
  out?: string;
  includeText?: boolean;
  delimiter?: string;
  bom?: boolean;
  rawCsv?: boolean;
  textCodes?: boolean;
  color?: boolean;
  quiet?: boolean;
  progress?: boolean;
  report?: string;
  sameStory?: string;
  countCopies?: boolean;
  jobs?: string;
  shard?: string;
  strict?: boolean;
  lang?: string;
  topic?: string;
  keepSkipped?: boolean;
  htmlSelector?: string;
}

function parseDelimiter(d: string | undefined): string {
  if (d === undefined) return ',';
  const named = lookupTable({ tab: '\t', '\\t': '\t', semicolon: ';', comma: ',', pipe: '|' });
  const v = named[d] ?? d;
  if ([...v].length !== 1 || v === '"' || v === '\n' || v === '\r') {
    throw new UsageError(`--delimiter takes one character (or tab, semicolon, comma, pipe), not ${JSON.stringify(d)}`);
  }
  return v;
}

export function outputConfig(raw: RawOptions, io: IO, defaultTable: TableName = 'statements'): OutputConfig {
  const o: RawOptions = { ...raw, out: checkOut(raw.out) };
  const format = (o.format ?? (o.out ? formatFromPath(o.out) : null) ?? (io.stdoutIsTTY ? 'table' : 'csv')) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(o.format)}`);
  const table = (o.table ?? defaultTable) as TableName;
  if (!TABLES.includes(table)) throw new UsageError(`--table must be one of ${TABLES.join(', ')}, not ${JSON.stringify(o.table)}`);
  if (format === 'xlsx' && !o.out) throw new UsageError('xlsx is written to a file: -o results.xlsx');
  if (raw.report !== undefined && (raw.report === '' || raw.report === '-' || raw.report.endsWith('/'))) {
    throw new UsageError(`--report takes a file name (report.html), not ${JSON.stringify(raw.report)}`);
  }
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return {
    format,
    table,
    out: o.out ?? null,
    includeText: o.includeText ?? false,
    // A `.tsv` file is tab-separated unless --delimiter says otherwise.
    delimiter: parseDelimiter(o.delimiter ?? (o.out?.toLowerCase().endsWith('.tsv') ? 'tab' : undefined)),
    bom: o.bom ?? false,
    rawCsv: o.rawCsv ?? false,
    textCodes: o.textCodes ?? false,
    // Colour only on a terminal, never with NO_COLOR (https://no-color.org) or --no-color.
    color: o.color !== false && !noColorEnv && io.stdoutIsTTY && !o.out,
    quiet: o.quiet ?? false,
    progress: o.progress !== false && !o.quiet && io.stderrIsTTY,
    report: o.report ?? null,
    sameStory: parseSameStory(o.sameStory),
    countCopies: o.countCopies ?? false,
  };
}

function parseSameStory(v: string | undefined): number {
  if (v === undefined) return STORY_DEFAULTS.sameStory;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || x <= 0 || x > 1) throw new UsageError(`--same-story takes a similarity above 0 and at most 1 (e.g. 0.8), not ${JSON.stringify(v)}`);
  return x;
}

function formatFromPath(p: string): Format | null {
  const l = p.toLowerCase();
  if (l.endsWith('.jsonl') || l.endsWith('.ndjson')) return 'jsonl';
  if (l.endsWith('.json')) return 'json';
  if (l.endsWith('.xlsx')) return 'xlsx';
  if (l.endsWith('.csv') || l.endsWith('.tsv') || l.endsWith('.txt')) return 'csv';
  return null;
}

/** `--out` checked once: `-` is stdout; gzip is not written (say so rather than write plain bytes into .gz). */
function checkOut(out: string | undefined): string | undefined {
  if (out === undefined || out === '-') return undefined;
  if (out.toLowerCase().endsWith('.gz')) throw new UsageError(`--out does not write gzip: pipe instead (asn-scan … -f jsonl | gzip > ${out})`);
  return out;
}

export function scanConfig(inputs: string[], o: RawOptions, io: IO): ScanConfig {
  if (inputs.length === 0) throw new UsageError('no inputs: name files, folders, or - for stdin');
  let jobs = availableParallelism();
  if (o.jobs !== undefined) {
    jobs = Number(o.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not ${JSON.stringify(o.jobs)}`);
  }
  let shard: ScanConfig['shard'] = null;
  if (o.shard !== undefined) {
    const m = /^(\d{1,6})\/(\d{1,6})$/.exec(o.shard);
    const k = m ? Number(m[1]) : NaN;
    const n = m ? Number(m[2]) : NaN;
    if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard takes K/N with 1 ≤ K ≤ N (e.g. 2/8), not ${JSON.stringify(o.shard)}`);
    shard = { k, n };
  }
  const lang = o.lang ?? 'id';
  if (lang !== 'id' && lang !== 'any') throw new UsageError(`--lang takes id or any, not ${JSON.stringify(o.lang)}`);
  const topic = o.topic ?? 'asn';
  if (topic !== 'asn' && topic !== 'any') throw new UsageError(`--topic takes asn or any, not ${JSON.stringify(o.topic)}`);
  const htmlSelector = o.htmlSelector ?? null;
  if (htmlSelector !== null) {
    if (htmlSelector.trim() === '') throw new UsageError('--html-selector takes a CSS selector, not an empty string');
    const bad = selectorError(htmlSelector);
    if (bad) throw new UsageError(bad);
  }
  return {
    ...outputConfig(o, io), inputs, jobs, shard, strict: o.strict ?? false, timings: false,
    gate: { lang, topic }, keepSkipped: o.keepSkipped ?? false, htmlSelector,
  };
}
