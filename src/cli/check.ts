// `asn-scan check <inputs...> --baseline results.json` and `asn-scan diff a.json b.json`: CI mode.
//
// check re-scans the inputs exactly as `asn-scan <inputs> -f json` would (same scan, same corpus ids,
// same serialisation, read back the same way), so the comparison with a saved `-f json` result is like
// for like; `--update` writes the new result over the baseline atomically, in exactly those bytes.
//
// Exit codes: 0 nothing changed (or --update done), 1 something changed, 2 usage error (no corpus path exists; missing,
// unreadable or invalid baseline), 3 with --strict when an input failed, 4 the baseline could not be
// rewritten.
import { existsSync } from 'node:fs';
import { applyIds } from '../corpus/aggregate.js';
import { diffDocument, diffResults, renderDiff, summaryLine, type ResultDiff } from '../corpus/diff.js';
import { readDocument, ResultsError } from '../corpus/results.js';
import type { Article } from '../model.js';
import { articleFromJson, articleJson } from '../report/json.js';
import { scanConfig, type OutputConfig, type RawOptions } from './config.js';
import { EXIT, type IO, Messages, Sink, UsageError } from './io.js';
import { describeWriteError, missingInputs, scanTo } from './scan.js';
import { streamWriter } from './writers.js';
import { plural } from '../util/plural.js';

type DiffFormat = 'text' | 'json';

function diffFormat(f: string | undefined): DiffFormat {
  if (f === undefined || f === 'text') return 'text';
  if (f === 'json') return 'json';
  throw new UsageError(`--format must be text or json, not ${JSON.stringify(f)}`);
}

/** An article as a saved `-f json` result gives it back: serialised (no text, no timings) and re-read. */
function asSaved(a: Article): Article {
  return articleFromJson(JSON.parse(JSON.stringify(articleJson(a, false))) as Record<string, unknown>);
}

async function report(d: ResultDiff, format: DiffFormat, quiet: boolean, io: IO): Promise<void> {
  if (format === 'json') {
    const out = new Sink(io.stdout);
    await out.write(`${JSON.stringify(diffDocument(d), null, 2)}\n`);
    await out.flush();
    if (!quiet) io.stderr.write(`${summaryLine(d)}\n`);
    return;
  }
  const lines = quiet ? renderDiff(d).slice(0, -1) : renderDiff(d);
  if (lines.length) io.stderr.write(`${lines.join('\n')}\n`);
}

const failedCount = (as: readonly Article[]) => as.filter((a) => a.status === 'error').length;

export async function runCheck(inputs: string[], opts: RawOptions & { baseline: string; update?: boolean }, io: IO): Promise<number> {
  const format = diffFormat(opts.format);
  const quiet = opts.quiet ?? false;
  const msgs = new Messages(io.stderr, quiet);
  // The scan itself is configured as `-f json` to stdout would be; check's own --format is for the diff.
  const cfg = scanConfig(inputs, { jobs: opts.jobs, quiet, format: 'json' }, io);
  // A mistyped corpus path, when it is all there is, is a usage error (exit 2) as for scan: never a diff
  // that removes every article, and never an --update that overwrites the baseline with it.
  const missing = missingInputs(inputs);
  if (missing.length === inputs.length) {
    for (const m of missing) msgs.error(`${m}: no such file or folder`);
    return EXIT.USAGE;
  }

  // The baseline is read first: a typo in its path should not cost a whole scan. With --update a missing
  // baseline is fine (this run creates it); an unreadable or invalid one is still an error, never clobbered.
  let before: Article[] = [];
  const creating = Boolean(opts.update) && !existsSync(opts.baseline);
  if (!creating) {
    try {
      before = readDocument(opts.baseline).articles;
    } catch (e) {
      if (!(e instanceof ResultsError)) throw e;
      msgs.error(`baseline ${e.message}`);
      return EXIT.USAGE;
    }
  }

  const held: Article[] = [];
  const { corpus, stats } = await scanTo(cfg, io, async (a) => {
    held.push(a);
  }, msgs);
  const r = corpus.finish();
  const after = held.map((a) => asSaved(applyIds(a, r.ids)));
  const d = diffResults(before, after);
  await report(d, format, quiet, io);
  const failed = failedCount(after);

  if (opts.update) {
    const outCfg: OutputConfig = { ...cfg, format: 'json', out: opts.baseline, includeText: false };
    const writer = streamWriter(outCfg, new Sink(io.stdout), () => ({}), io.columns);
    try {
      for (const a of held) await writer.article(a);
      await writer.finish(r);
    } catch (e) {
      try {
        await writer.abort();
      } catch {
        // abort is best effort: the temporary file may never have been created (ENOTDIR)
      }
      msgs.error(`cannot write baseline ${describeWriteError(e, opts.baseline)}`);
      return EXIT.OUTPUT_ERROR;
    }
    msgs.info(`${creating ? 'wrote' : 'updated'} baseline ${opts.baseline} (${plural(after.length, 'article')})`);
    return opts.strict && failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
  }
  if (opts.strict && failed > 0) return EXIT.INPUT_ERRORS;
  return d.changed ? EXIT.CHANGED : EXIT.OK;
}

export async function runDiff(a: string, b: string, opts: { format?: string; strict?: boolean }, io: IO): Promise<number> {
  const format = diffFormat(opts.format);
  const msgs = new Messages(io.stderr, false);
  let before: Article[];
  let after: Article[];
  try {
    before = readDocument(a).articles;
    after = readDocument(b).articles;
  } catch (e) {
    if (!(e instanceof ResultsError)) throw e;
    msgs.error(e.message);
    return EXIT.USAGE;
  }
  const d = diffResults(before, after);
  await report(d, format, false, io);
  if (opts.strict && failedCount(before) + failedCount(after) > 0) return EXIT.INPUT_ERRORS;
  return d.changed ? EXIT.CHANGED : EXIT.OK;
}
