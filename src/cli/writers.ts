// Where finished articles go. Each writer takes articles one at a time (in input order) and the
// corpus result at the end. Only `json` to stdout holds the whole document; `--out <folder>` spools
// articles to a file inside the folder and streams them back, so memory stays flat.
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { applyIds, type CorpusResult } from '../corpus/aggregate.js';
import { storiesOf } from '../corpus/story-counts.js';
import { lineWithStory, RowSpool, rowsWithStory } from '../report/story-cells.js';
import { articleOf, render, type Processed, type RenderSpec } from '../report/render.js';
import type { Article } from '../model.js';
import { CsvEncoder } from '../report/csv.js';
import { dataPackage } from '../report/datapackage.js';
import { articleFromJson, articleJson, documentHead, documentTail } from '../report/json.js';
import { articleRows, corpusTableRows, PER_ARTICLE, SCHEMAS, TABLES, type Row, type TableName } from '../report/rows.js';
import { renderTable, TABLE_DROP, TABLE_VIEW } from '../report/table.js';
import { ReportCollector, type ReportSettings } from '../report/html/collect.js';
import { TOOL_VERSION } from '../version.js';
import { dirname, resolve } from 'node:path';
import type { OutputConfig } from './config.js';
import { Sink } from './io.js';

export interface ResultWriter {
  /** One finished article, serialised by the worker (see report/render.ts). */
  item(p: Processed): Promise<void>;
  /** A whole Article (merge, check --update): rendered here, in the main thread. */
  article(a: Article): Promise<void>;
  finish(result: CorpusResult): Promise<void>;
  /** Drops partial output (temporary files) after a failure or an interrupted run; settles once every
   *  temporary file is gone (an open still in flight is waited for), so `run()` returns with nothing left over. */
  abort(): Promise<void>;
}

export function corpusRows(table: TableName, r: CorpusResult): Row[] {
  return corpusTableRows(table, r);
}

/** A file written atomically: to `<path>.tmp-<pid>`, renamed into place only when complete. */
export class AtomicFile {
  readonly tmp: string;
  readonly stream: WriteStream;
  readonly sink: Sink;
  constructor(readonly path: string) {
    this.tmp = `${path}.tmp-${process.pid}`;
    this.stream = createWriteStream(this.tmp);
    this.sink = new Sink(this.stream);
  }
  async commit(): Promise<void> {
    await this.sink.flush();
    if (this.sink.error) throw this.sink.error; // the file could not even be opened (ENOENT, ENOTDIR, EACCES)
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end((e?: Error | null) => (e ? reject(e) : resolve()));
    });
    // Never rename an incomplete file into place (disk full mid-write, EIO).
    if (this.sink.error) throw this.sink.error;
    renameSync(this.tmp, this.path);
  }
  abort(): Promise<void> {
    // Best effort: the temporary file may never have been created (ENOTDIR), or its open may still be
    // in flight, so remove it now and again once the stream has closed; the promise settles then (a caller
    // that returns before it, as an in-process `run()` did, could leave `<path>.tmp-<pid>` behind).
    const rm = () => {
      try {
        rmSync(this.tmp, { force: true });
      } catch {
        // nothing to remove
      }
    };
    const closed = this.stream.closed
      ? Promise.resolve()
      : new Promise<void>((settle) => this.stream.once('close', () => {
          rm();
          settle();
        }));
    this.stream.destroy();
    rm();
    return closed;
  }
}

/** What the workers must produce for this output: the JSON line (text or not) and which table's rows. */
export function renderSpec(cfg: OutputConfig, folder: boolean): RenderSpec {
  const streamsRows = !folder && (cfg.format === 'csv' || cfg.format === 'table') && PER_ARTICLE.has(cfg.table);
  const spec: RenderSpec = { includeText: cfg.includeText, table: streamsRows ? cfg.table : null };
  if (cfg.report) spec.contexts = true;
  return spec;
}

/** A held JSON line with corpus ids applied: parsed again only when it has officials to rewrite. */
function withIds(p: Processed, ids: Map<string, string>, includeText: boolean): string {
  if (p.record.officials.length === 0) return p.line;
  return JSON.stringify(articleJson(applyIds(articleOf(p), ids), includeText));
}

class StreamWriter implements ResultWriter {
  private first = true;
  private held: Processed[] = [];
  /** Per-article rows for `table`; for csv they are spooled (story cells are filled in at the end). */
  private rows: Row[][] = [];
  private spool = new RowSpool();
  private csv: CsvEncoder;
  constructor(
    private readonly sink: Sink,
    private readonly cfg: OutputConfig,
    private readonly extraSummary: () => Record<string, unknown>,
    private readonly width: number,
  ) {
    this.csv = new CsvEncoder(SCHEMAS[cfg.table], { delimiter: cfg.delimiter, bom: cfg.bom, raw: cfg.rawCsv, textCodes: cfg.textCodes });
  }
  async item(p: Processed): Promise<void> {
    const { format, table } = this.cfg;
    if (format === 'jsonl') return this.sink.write(p.bytes ?? `${p.line}\n`);
    if (format === 'json') {
      // Only json to stdout holds the corpus: as compact strings, not object graphs.
      this.held.push({ record: p.record, line: p.line, rows: [] });
      return;
    }
    if (!PER_ARTICLE.has(table)) return;
    // A per-article table waits for the stories (its rows carry story_id): spooled for csv, held for table.
    if (format === 'csv') return this.spool.push(p.rows);
    this.rows.push(p.rows);
  }
  async finish(r: CorpusResult): Promise<void> {
    const { format, table } = this.cfg;
    const stories = storiesOf(r)?.stories ?? null;
    if (format === 'json') {
      await this.sink.write(documentHead());
      let first = true;
      let seq = 0;
      for (const p of this.held) {
        const line = withIds(p, r.ids, this.cfg.includeText);
        const ref = stories?.[seq++];
        await this.sink.write(`${first ? '' : ',\n'}${ref ? lineWithStory(line, ref) : line}`);
        first = false;
      }
      await this.sink.write(documentTail(r.summary, this.extraSummary()));
    } else if (format === 'csv') {
      await this.sink.write(this.csv.header());
      if (!PER_ARTICLE.has(table)) await this.sink.write(this.csv.rows(corpusRows(table, r)));
      let seq = 0;
      for await (const rows of this.spool.read()) {
        const ref = stories?.[seq++];
        if (rows.length) await this.sink.write(this.csv.rows(ref ? rowsWithStory(table, rows, ref) : rows));
      }
    } else if (format === 'table') {
      const rows = PER_ARTICLE.has(table) ? this.rows.flatMap((rs, seq) => (stories?.[seq] ? rowsWithStory(table, rs, stories[seq]!) : rs)) : corpusRows(table, r);
      await this.sink.write(renderTable(SCHEMAS[table], rows, { color: this.cfg.color, width: this.width, keep: TABLE_VIEW[table], drop: TABLE_DROP[table] }));
    }
    await this.sink.flush();
  }
  async article(a: Article): Promise<void> {
    return this.item(render(a, renderSpec(this.cfg, false)));
  }
  async abort(): Promise<void> {
    this.spool.remove();
  }
}

/** stdout, or a single `--out` file written atomically. */
export function streamWriter(cfg: OutputConfig, stdout: Sink, extraSummary: () => Record<string, unknown>, width: number): ResultWriter & { file?: AtomicFile } {
  if (!cfg.out) return new StreamWriter(stdout, cfg, extraSummary, width);
  if (cfg.format === 'xlsx') return new XlsxWriter(cfg.out);
  const file = new AtomicFile(cfg.out);
  const inner = new StreamWriter(file.sink, cfg, extraSummary, width);
  return {
    file,
    item: (p) => inner.item(p),
    article: (a) => inner.article(a),
    finish: async (r) => {
      await inner.finish(r);
      await file.commit();
    },
    abort: async () => {
      await Promise.all([inner.abort(), file.abort()]);
    },
  };
}

/** `--out <folder>`: one CSV per table, results.json and datapackage.json, all written atomically. */
export class FolderWriter implements ResultWriter {
  private spool: AtomicFile;
  private spoolPath: string;
  constructor(
    private readonly dir: string,
    private readonly cfg: OutputConfig,
    private readonly extraSummary: () => Record<string, unknown>,
  ) {
    mkdirSync(dir, { recursive: true });
    this.spoolPath = join(dir, `.asn-scan-spool-${process.pid}.jsonl`);
    this.spool = new AtomicFile(this.spoolPath);
  }
  async article(a: Article): Promise<void> {
    return this.item(render(a, renderSpec(this.cfg, true)));
  }
  async item(p: Processed): Promise<void> {
    // The spool keeps the text so results.json can include it on request; it is deleted at the end.
    await this.spool.sink.write(p.bytes ?? `${p.line}\n`);
  }
  async finish(r: CorpusResult): Promise<void> {
    await this.spool.commit();
    const csvOpts = { delimiter: this.cfg.delimiter, bom: this.cfg.bom, raw: this.cfg.rawCsv, textCodes: this.cfg.textCodes };
    const files = new Map<string, AtomicFile>();
    const open = (name: string) => {
      const f = new AtomicFile(join(this.dir, name));
      files.set(name, f);
      return f;
    };
    try {
      const json = open('results.json');
      const csvs = new Map<TableName, { file: AtomicFile; enc: CsvEncoder }>();
      for (const t of TABLES) {
        const enc = new CsvEncoder(SCHEMAS[t], csvOpts);
        const file = open(`${t}.csv`);
        await file.sink.write(enc.header());
        csvs.set(t, { file, enc });
      }
      await json.sink.write(documentHead());
      let first = true;
      let seq = 0;
      const stories = storiesOf(r)?.stories ?? null;
      const rl = createInterface({ input: createReadStream(this.spoolPath), crlfDelay: Infinity });
      for await (const line of rl) {
        if (!line) continue;
        const a = applyIds(articleFromJson(JSON.parse(line) as Record<string, unknown>), r.ids);
        const ref = stories?.[seq++];
        if (ref) Object.assign(a, { storyId: ref.storyId, duplicateOf: ref.duplicateOf, similarity: ref.similarity });
        await json.sink.write(`${first ? '' : ',\n'}${JSON.stringify(articleJson(a, this.cfg.includeText))}`);
        first = false;
        for (const t of TABLES) if (PER_ARTICLE.has(t)) {
          const c = csvs.get(t)!;
          await c.file.sink.write(c.enc.rows(articleRows(a, t)));
        }
      }
      await json.sink.write(documentTail(r.summary, this.extraSummary()));
      for (const t of TABLES) if (!PER_ARTICLE.has(t)) {
        const c = csvs.get(t)!;
        await c.file.sink.write(c.enc.rows(corpusRows(t, r)));
      }
      const dp = open('datapackage.json');
      await dp.sink.write(`${JSON.stringify(dataPackage(TABLES, { delimiter: this.cfg.delimiter, bom: this.cfg.bom }), null, 2)}\n`);
      for (const f of files.values()) await f.commit();
    } catch (e) {
      await Promise.all([...files.values()].map((f) => f.abort()));
      throw e;
    } finally {
      rmSync(this.spoolPath, { force: true });
    }
  }
  async abort(): Promise<void> {
    const spool = this.spool.abort();
    rmSync(this.spoolPath, { force: true });
    await spool;
  }
}

export function isFolderTarget(out: string): boolean {
  if (out.endsWith('/') || out.endsWith('\\')) return true;
  try {
    if (statSync(out).isDirectory()) return true;
  } catch {
    // not there yet
  }
  return extname(out) === '';
}

/** `-o results.xlsx`: articles spooled (as for a folder), then one sheet per table (see report/xlsx.ts). */
export class XlsxWriter implements ResultWriter {
  readonly file: AtomicFile;
  private spool: AtomicFile;
  private latest: string | null = null;
  constructor(path: string) {
    this.file = new AtomicFile(path);
    this.spool = new AtomicFile(`${path}.spool`);
  }
  async article(a: Article): Promise<void> {
    return this.item(render(a, { includeText: false, table: null }));
  }
  async item(p: Processed): Promise<void> {
    const d = p.record.published;
    if (d && (this.latest === null || d > this.latest)) this.latest = d;
    await this.spool.sink.write(p.bytes ?? `${p.line}\n`);
  }
  async finish(r: CorpusResult): Promise<void> {
    await this.spool.commit();
    const spoolPath = this.spool.path;
    try {
      // exceljs is loaded only when a workbook is written (it takes longer to load than a small scan)
      const { workbookBytes, workbookDate } = await import('../report/xlsx.js');
      const stories = storiesOf(r)?.stories ?? null;
      async function* articles() {
        const rl = createInterface({ input: createReadStream(spoolPath), crlfDelay: Infinity });
        let seq = 0;
        for await (const line of rl) {
          if (!line) continue;
          const a = applyIds(articleFromJson(JSON.parse(line) as Record<string, unknown>), r.ids);
          // the story cells (known once the corpus is seen), as the --out folder's tables have them
          const ref = stories?.[seq++];
          if (ref) Object.assign(a, { storyId: ref.storyId, duplicateOf: ref.duplicateOf, similarity: ref.similarity });
          yield a;
        }
      }
      const sheets = TABLES.map((t) => ({
        name: t,
        fields: SCHEMAS[t],
        rows: PER_ARTICLE.has(t)
          ? async function* () {
              for await (const a of articles()) yield* articleRows(a, t);
            }
          : () => corpusRows(t, r),
      }));
      await this.file.sink.write(await workbookBytes(sheets, workbookDate(this.latest)));
      await this.file.commit();
    } catch (e) {
      await this.file.abort();
      throw e;
    } finally {
      rmSync(spoolPath, { force: true });
    }
  }
  async abort(): Promise<void> {
    await Promise.all([this.spool.abort(), this.file.abort()]);
  }
}

/** `--report file.html`: the HTML report written beside whatever else the run writes. */
export function withReport(inner: ResultWriter, cfg: OutputConfig, settings: Omit<ReportSettings, 'version'>): ResultWriter {
  if (!cfg.report) return inner;
  const path = cfg.report;
  const collector = new ReportCollector(dirname(resolve(path)));
  let file: AtomicFile | null = null;
  return {
    item: async (p) => {
      collector.item(p);
      await inner.item(p);
    },
    article: async (a) => {
      collector.article(a);
      await inner.article(a);
    },
    finish: async (r) => {
      await inner.finish(r);
      // Plot and linkedom are loaded only when a report is written
      const { reportHtml } = await import('../report/html/page.js');
      file = new AtomicFile(path);
      await file.sink.write(reportHtml(collector.finish(r, { ...settings, version: TOOL_VERSION })));
      await file.commit();
    },
    abort: async () => {
      await Promise.all([inner.abort(), file?.abort()]);
    },
  };
}
