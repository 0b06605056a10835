// `asn-scan scan`: discover → read → (pool: clean + extract) → corpus fold → writers.
import { lstatSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { StoryCorpus } from '../corpus/story-counts.js';
import { discover, resolveInput, type Source } from '../ingest/discover.js';
import { isWholeFile, readSource } from '../ingest/read.js';
import type { Summary } from '../corpus/aggregate.js';
import type { StorySummary } from '../corpus/story-counts.js';
import type { Article } from '../model.js';
import { articleOf, type Processed, type RenderSpec } from '../report/render.js';
import { fnv1a } from '../util/hash.js';
import type { Input } from '../workers/input.js';
import { processAll, startWorkers, type Workers } from '../workers/pool.js';
import type { ScanConfig } from './config.js';
import { EXIT, type IO, Messages, Sink } from './io.js';
import { Progress } from './progress.js';
import { plural } from '../util/plural.js';
import { FolderWriter, isFolderTarget, renderSpec, type ResultWriter, streamWriter, withReport } from './writers.js';

export interface ScanStats {
  articles: number;
  failed: number;
  skipped: number;
  statements: number;
  violations: number;
  removed: number;
  /** Summed per-stage milliseconds (with cfg.timings). */
  timings: Record<string, number>;
  /** Web-archive records skipped, by reason (`record:request`, `status:3xx`, `lang:en`, `topic`, …). */
  records: Record<string, number>;
}

/** Fewer inputs than this run on the main thread: worker start-up would cost more than it saves. */
const POOL_MIN_SOURCES = 32;

/** `--shard K/N`: files by a hash of their path; JSONL records by a hash of source and line. */
export function inShard(key: string, shard: ScanConfig['shard']): boolean {
  return !shard || fnv1a(key) % shard.n === shard.k - 1;
}

async function* inputs(sources: Source[], cfg: ScanConfig, stdin: Readable, onFile: () => void, onSkip: (reason: string) => void): AsyncGenerator<Input> {
  const seen = { urls: new Set<string>(), hashes: new Set<string>() }; // web-archive pages kept in this run
  for (const src of sources) {
    if (src.format === 'warc' && !src.error) {
      // Web archives shard by record, and skip what the gate or the reader turns away before any worker sees it.
      const { readWarc } = await import('../ingest/formats/warc.js');
      for await (const item of readWarc(src.path, { gate: cfg.gate, seen, inShard: cfg.shard ? (key) => inShard(key, cfg.shard) : undefined })) {
        if (item.skip && !cfg.keepSkipped) onSkip(item.skip);
        else if (item.error === null || inShard(item.source, cfg.shard)) yield item;
      }
      onFile();
      continue;
    }
    const fileLevel = src.format !== 'jsonl' && src.path !== '-';
    if (fileLevel && !inShard(src.path, cfg.shard)) {
      onFile();
      continue;
    }
    if (isWholeFile(src)) {
      yield { file: src }; // read where it is processed (see workers/pool.ts)
      onFile();
      continue;
    }
    for await (const raw of readSource(src, stdin)) {
      // JSONL records shard by source and line; an entry without a line (an empty or corrupt JSONL file,
      // a stdin text article) by its source, so exactly one shard reports it.
      if (!fileLevel && !inShard(raw.line !== null ? `${raw.source}:${raw.line}` : raw.source, cfg.shard)) continue;
      yield raw;
    }
    onFile();
  }
}

/** Scans the inputs, handing each finished article (in input order) to `onItem`, and folds the corpus. */
export async function scanItems(
  cfg: ScanConfig,
  io: IO,
  spec: RenderSpec,
  onItem: (p: Processed) => Promise<void>,
  msgs: Messages,
): Promise<{ corpus: StoryCorpus; stats: ScanStats }> {
  // More than a handful of inputs, or any JSONL/stdin stream, is worth the worker start-up cost. The threads
  // are started as soon as the folder walk has found that many files: each loads the pipeline (~0.2 s) on
  // its own core while the walk goes on, instead of after it.
  let workers: Workers | null = null;
  const { sources, skipped, special } = discover(cfg.inputs, (found) => {
    if (found === POOL_MIN_SOURCES + 1 && cfg.jobs > 1 && !workers) workers = startWorkers(cfg.jobs);
  });
  const stats: ScanStats = { articles: 0, failed: 0, skipped: skipped + special, statements: 0, violations: 0, removed: 0, timings: {}, records: {} };
  if (skipped) msgs.info(`skipped ${plural(skipped, 'file')} with other extensions`);
  // never silent, even with --quiet: these were in a folder the user named, and were not read
  if (special) msgs.error(`skipped ${plural(special, 'FIFO, socket or device', 'FIFOs, sockets or devices')} (only regular files are read)`);
  const corpus = new StoryCorpus(cfg);
  const progress = new Progress(io.stderr, cfg.progress, sources.length);
  msgs.beforeWrite = () => progress.done();
  let files = 0;
  const worthPool = sources.length > POOL_MIN_SOURCES || sources.some((s) => s.format === 'jsonl' || s.format === 'warc' || s.path === '-');
  const items = inputs(sources, cfg, io.stdin, () => files++, (reason) => {
    corpus.addSkip(reason);
    stats.records[reason] = (stats.records[reason] ?? 0) + 1;
  });
  for await (const p of processAll(items, { jobs: worthPool ? cfg.jobs : 1, workers, timings: cfg.timings, htmlSelector: cfg.htmlSelector, spec })) {
    const a = p.record;
    if (a.status === 'skipped') {
      stats.records[a.error ?? 'skipped'] = (stats.records[a.error ?? 'skipped'] ?? 0) + 1;
      corpus.addRecord(a);
      await onItem(p);
      continue;
    }
    stats.articles++;
    if (a.status === 'error') {
      stats.failed++;
      msgs.error(`${a.line !== null && !a.error?.startsWith('line ') ? `${a.source}:${a.line}` : a.source}: ${a.error}`);
    } else {
      stats.statements += a.statements.length;
      stats.removed += a.removed;
      stats.violations += a.violations.length;
    }
    if (p.timings) for (const [k, v] of Object.entries(p.timings)) stats.timings[k] = (stats.timings[k] ?? 0) + v;
    corpus.addRecord(a);
    await onItem(p);
    progress.tick(files, stats.articles);
  }
  progress.done();
  msgs.beforeWrite = null;
  return { corpus, stats };
}

/** The same, with whole Articles (check compares them field by field). */
export async function scanTo(
  cfg: ScanConfig,
  io: IO,
  onArticle: (a: Article) => Promise<void>,
  msgs: Messages,
): Promise<{ corpus: StoryCorpus; stats: ScanStats }> {
  return scanItems(cfg, io, { includeText: false, table: null }, (p) => onArticle(articleOf(p)), msgs);
}

/** The inputs named on the command line of which nothing by that name exists (`-` always exists). */
export function missingInputs(inputs: readonly string[]): string[] {
  return inputs.filter((p) => p !== '-' && resolveInput(p) === null && !isDanglingLink(p));
}

function isDanglingLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export async function runScan(cfg: ScanConfig, io: IO): Promise<number> {
  const msgs = new Messages(io.stderr, cfg.quiet);
  // A mistyped path, when it is all there is, is a usage error (exit 2), before any output is written. With
  // other inputs beside it, it is one more error entry (exit 3).
  const missing = missingInputs(cfg.inputs);
  if (cfg.inputs.length > 0 && missing.length === cfg.inputs.length) {
    for (const m of missing) msgs.error(`${m}: no such file or folder`);
    return EXIT.USAGE;
  }
  const stdout = new Sink(io.stdout);
  let extra: Record<string, unknown> = {};
  let writer: ResultWriter | null = null;
  const stopSignals = onInterrupt(() => writer?.abort());
  try {
    const folder = Boolean(cfg.out && isFolderTarget(cfg.out));
    writer = folder ? new FolderWriter(cfg.out!, cfg, () => extra) : streamWriter(cfg, stdout, () => extra, io.columns);
    writer = withReport(writer, cfg, { inputs: cfg.inputs, shard: cfg.shard ? `${cfg.shard.k}/${cfg.shard.n}` : null });
    const w = writer;
    const result = await scanItems(cfg, io, renderSpec(cfg, folder), async (p) => {
      if (!stdout.closed) await w.item(p);
    }, msgs);
    const r = result.corpus.finish();
    extra = cfg.shard ? { shard: `${cfg.shard.k}/${cfg.shard.n}` } : {};
    if (!stdout.closed) await writer.finish(r);
    await stdout.flush();
    if (stdout.error) throw stdout.error; // disk full, EIO: not the quiet stop of a closed pipe
    if (stdout.closed) return EXIT.OK; // a closed pipe (`| head`) is not an error
    const s = r.summary;
    msgs.info(
      `${plural(s.articles, 'article')} (${s.failed} failed${copiesNote(s)}), ${statementsNote(s)}, ${plural(s.officials, 'official')}, ` +
        `${plural(s.regions, 'region')}, ${plural(s.dates, 'date')}, ${plural(s.violationCounts, 'count')}, ${plural(s.removed, 'line')} removed` +
        (result.stats.skipped ? `, ${plural(result.stats.skipped, 'file')} skipped` : '') +
        skipText(result.stats.records),
    );
    return s.failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
  } catch (e) {
    await writer?.abort();
    msgs.error(`cannot write output: ${describeWriteError(e, cfg.out)}`);
    return EXIT.OUTPUT_ERROR;
  } finally {
    stopSignals();
  }
}

/** `, 120 records skipped (lang:en 40, record:request 60, topic 20)`, reasons sorted; empty without skips. */
export function skipText(records: Record<string, number>): string {
  const keys = Object.keys(records).sort();
  if (keys.length === 0) return '';
  const total = keys.reduce((n, k) => n + records[k]!, 0);
  return `, ${plural(total, 'record')} skipped (${keys.map((k) => `${k} ${records[k]}`).join(', ')})`;
}

/** `; 15 copies of 5 stories` for the summary line, when some articles were copies. */
export function copiesNote(s: Summary & StorySummary): string {
  const c = s.stories.copies;
  const n = s.stories.copiedStories;
  return c ? `; ${c} ${c === 1 ? 'was a copy' : 'were copies'} of ${plural(n, 'story', 'stories')}` : '';
}

/** `46 statements`, or with copies `40 statements (once per story; 52 in all articles)`. */
export function statementsNote(s: Summary & StorySummary): string {
  if (s.counted === 'articles' || s.storyStatements === s.statements) return plural(s.statements, 'statement');
  return `${plural(s.storyStatements, 'statement')} (once per story; ${s.statements} in all articles)`;
}

/** `ENOSPC: no space left on device` / `/x/y: not a directory`, one line. */
export function describeWriteError(e: unknown, target: string | null): string {
  const err = e as NodeJS.ErrnoException;
  const what: Record<string, string> = {
    ENOTDIR: 'not a directory', ENOENT: 'no such folder', EACCES: 'permission denied', EPERM: 'permission denied',
    ENOSPC: 'no space left on device', EISDIR: 'is a folder', EROFS: 'read-only file system',
  };
  const reason = (err.code && what[err.code]) ?? err.message ?? String(e);
  return `${target ? `${target}: ` : ''}${reason}`.replace(/\s+/g, ' ');
}

/** On Ctrl-C or a kill, drop temporary output (no half-written results file) and exit 130/143. */
export function onInterrupt(cleanup: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
