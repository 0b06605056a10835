// `run(argv, io)` → exit code. bin/asn-scan.js only sets process.exitCode from it. Heavy modules
// (the pipeline, cheerio, the gazetteer) are imported lazily, so `--help` answers at once.
import { Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { outputConfig, scanConfig, type RawOptions } from './config.js';
import { EXIT, type IO, Messages, UsageError } from './io.js';
import { TABLES } from '../report/rows.js';

const EXIT_HELP = `
Exit codes:
  0  every input was read (check, diff: nothing changed)
  1  check, diff: the results changed
  2  usage error
  3  the run finished, but some inputs failed (they are in the output with status "error")
  4  the output could not be written

Examples:
  asn-scan fixtures/seeds                       statements table (csv when piped)
  asn-scan ./articles -f json > results.json    everything, as one JSON document
  asn-scan ./articles -o results/               one CSV per table + results.json + datapackage.json
  cat corpus.jsonl | asn-scan - -f jsonl        JSONL in, JSONL out, line for line
  asn-scan clean --show-removed article.txt     what cleaning removes, and by which rule`;

function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'csv | json | jsonl | table | xlsx (default: table on a terminal, else csv)'))
    .addOption(new Option('-t, --table <table>', `table for csv and table: ${TABLES.join(' | ')}`).default(undefined, 'statements'))
    .option('-o, --out <path>', 'write to a file, or to a folder (one CSV per table, results.json, datapackage.json); .xlsx writes an Excel workbook')
    .option('--report <file>', 'also write a self-contained HTML report (charts, map, searchable statements)')
    .option('--include-text', 'put the cleaned text in json and jsonl')
    .option('--delimiter <char>', 'CSV delimiter (e.g. ";" for Excel in an Indonesian locale, or "tab")')
    .option('--bom', 'start CSV with a UTF-8 byte-order mark (for Excel)')
    .option('--raw-csv', 'do not neutralise CSV cells that start with = + - @ (formula injection guard)')
    .option('--text-codes', 'write region codes in CSV as ="11.10", so Excel and LibreOffice keep them as text')
    .option('--same-story <x>', 'similarity (0-1] at which two articles are copies of one story (default 0.8)')
    .option('--count-copies', 'summaries count every article, not every story once')
    .option('-q, --quiet', 'no summary or progress on stderr (errors are still reported)')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--no-progress', 'no progress bar');
}

export async function run(argv: string[], io: IO): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command();
  const setCode = (c: number) => {
    code = c;
  };
  program
    .name('asn-scan')
    .description('Strip boilerplate from Indonesian regional news and extract officials, regions, dates, violation counts and neutrality statements.')
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`asn-scan: ${s.replace(/^error: /, '').trim()}\n`),
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', EXIT_HELP);

  const scan = addOutputOptions(
    program
      .command('scan', { isDefault: true })
      .description('read a corpus (files, folders, - for stdin) and write the tables')
      .argument('[inputs...]', 'files, folders, or - for stdin')
      .option('-j, --jobs <n>', 'worker threads (default: number of cores)')
      .option('--shard <K/N>', 'process a stable 1/N slice of the inputs (by hash of path, or of line for JSONL)')
      .option('--lang <lang>', 'web archives: id (default) keeps Indonesian pages only, any keeps all')
      .option('--topic <topic>', 'web archives: asn (default) keeps pages about ASN and elections only, any keeps all')
      .option('--keep-skipped', 'list skipped web-archive pages in the articles table (status skipped, with the reason)')
      .option('--html-selector <css>', "web pages: read the body from the elements this CSS selector matches (a site's body container); the extraction cascade decides where it matches nothing"),
  );
  scan.action(async (inputs: string[], opts: RawOptions) => {
    const cfg = scanConfig(inputs, opts, io);
    const { runScan } = await import('./scan.js');
    setCode(await runScan(cfg, io));
  });

  program
    .command('clean')
    .description('print the cleaned text of one article (a file, or - for stdin)')
    .argument('<file>', 'a file, or - for stdin')
    .option('--show-removed', 'print each removed item with the rule that removed it')
    .action(async (file: string, opts: { showRemoved?: boolean }) => {
      const { runClean } = await import('./clean-cmd.js');
      setCode(await runClean(file, opts.showRemoved ?? false, io));
    });

  const merge = addOutputOptions(
    program.command('merge').description('combine shard results (json or jsonl) into the tables a single run would give').argument('<results...>', 'json or jsonl results'),
  );
  merge.action(async (files: string[], opts: RawOptions) => {
    const cfg = outputConfig(opts, io);
    const { runMerge } = await import('./merge.js');
    setCode(await runMerge(files, cfg, io));
  });

  program
    .command('check')
    .description('re-scan a corpus and compare with a saved JSON result; exit 1 when something changed')
    .argument('<inputs...>', 'files, folders, or - for stdin')
    .requiredOption('--baseline <file>', 'a saved JSON result (asn-scan … -f json)')
    .option('--update', 'rewrite the baseline with the new result')
    .option('-f, --format <format>', 'text (default, readable diff on stderr) | json (machine-readable diff on stdout)')
    .option('--strict', 'exit 3 when any input fails, even if nothing changed')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (inputs: string[], opts: RawOptions & { baseline: string; update?: boolean }) => {
      const { runCheck } = await import('./check.js');
      setCode(await runCheck(inputs, opts, io));
    });

  program
    .command('diff')
    .description('compare two saved JSON results; exit 1 when they differ')
    .argument('<a>', 'older result (json)')
    .argument('<b>', 'newer result (json)')
    .option('-f, --format <format>', 'text (default, on stderr) | json (on stdout)')
    .option('--strict', 'exit 3 when either result holds failed inputs')
    .action(async (a: string, b: string, opts: { format?: string; strict?: boolean }) => {
      const { runDiff } = await import('./check.js');
      setCode(await runDiff(a, b, opts, io));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    if (e instanceof UsageError) {
      new Messages(io.stderr, false).error(`${e.message} (see asn-scan --help)`);
      return EXIT.USAGE;
    }
    new Messages(io.stderr, false).error(`internal error: ${(e as Error).stack ?? String(e)}`);
    return 70;
  }
}

/** The real process's IO. */
export function processIO(): IO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns ?? 80,
  };
}
