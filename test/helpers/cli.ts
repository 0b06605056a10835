// Runs the CLI in-process through run(argv, io) with captured streams.
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/index.js';
import type { IO } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  argv: string[],
  opts: { stdin?: string | Buffer; tty?: boolean; stderrTTY?: boolean; env?: Record<string, string>; columns?: number } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const io: IO = {
    stdin: opts.stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(opts.stdin)]),
    stdout,
    stderr,
    env: opts.env ?? {},
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.stderrTTY ?? false,
    columns: opts.columns ?? 120,
  };
  const code = await run(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

export const SEEDS = 'fixtures/seeds';
