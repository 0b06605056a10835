// `asn-scan merge <results...>`: shard outputs (json or jsonl) → the same tables, summary and
// cross-article official ids a single run would produce. Each shard output is already in run order,
// so a k-way merge restores the single-run order without holding the corpus.
import { StoryCorpus } from '../corpus/story-counts.js';
import { mergeOrdered, ResultsError } from '../corpus/results.js';
import type { OutputConfig } from './config.js';
import { plural } from '../util/plural.js';
import { EXIT, type IO, Messages, Sink } from './io.js';
import { copiesNote, describeWriteError, onInterrupt, statementsNote } from './scan.js';
import { FolderWriter, isFolderTarget, streamWriter, type ResultWriter, withReport } from './writers.js';

export async function runMerge(files: string[], cfg: OutputConfig, io: IO): Promise<number> {
  const msgs = new Messages(io.stderr, cfg.quiet);
  const stdout = new Sink(io.stdout);
  let writer: ResultWriter | null = null;
  const stopSignals = onInterrupt(() => writer?.abort());
  const corpus = new StoryCorpus(cfg);
  try {
    writer = cfg.out && isFolderTarget(cfg.out) ? new FolderWriter(cfg.out, cfg, () => ({})) : streamWriter(cfg, stdout, () => ({}), io.columns);
    writer = withReport(writer, cfg, { inputs: [...files].sort(), shard: null });
    for await (const a of mergeOrdered([...files].sort())) {
      corpus.add(a);
      if (!stdout.closed) await writer.article(a);
    }
    const r = corpus.finish();
    if (!stdout.closed) await writer.finish(r);
    await stdout.flush();
    if (stdout.error) throw stdout.error;
    const s = r.summary;
    msgs.info(`merged ${plural(files.length, 'result')}: ${plural(s.articles, 'article')}${copiesNote(s)}, ${statementsNote(s)}, ${plural(s.officials, 'official')}`);
    return r.summary.failed > 0 ? EXIT.INPUT_ERRORS : EXIT.OK;
  } catch (e) {
    await writer?.abort();
    if (e instanceof ResultsError) {
      msgs.error(e.message);
      return EXIT.USAGE;
    }
    msgs.error(`cannot write output: ${describeWriteError(e, cfg.out)}`);
    return EXIT.OUTPUT_ERROR;
  } finally {
    stopSignals();
  }
}
