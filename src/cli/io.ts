// The CLI's view of the outside world, injected so tests run `run(argv, io)` in-process.
import type { Readable, Writable } from 'node:stream';

export interface IO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width for the table view. */
  columns: number;
}

export const EXIT = {
  /** Every input was read (check/diff: nothing changed). */
  OK: 0,
  /** check/diff: the results changed. */
  CHANGED: 1,
  /** Usage error: bad option, missing argument. */
  USAGE: 2,
  /** The run finished, but some inputs failed (status "error" in the output). */
  INPUT_ERRORS: 3,
  /** The output could not be written (--out folder not writable, disk full). */
  OUTPUT_ERROR: 4,
} as const;

export class UsageError extends Error {}

/** A sink with back-pressure that turns a closed pipe (EPIPE) into a quiet stop, as ripgrep does. */
export class Sink {
  closed = false;
  /** A write failure other than a closed pipe (disk full, EIO): the output is incomplete. */
  error: NodeJS.ErrnoException | null = null;
  private buf: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') this.error ??= e;
    });
  }

  async write(s: string): Promise<void> {
    if (this.closed || !s) return;
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.closed || this.buf.length === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    const ok = this.stream.write(chunk);
    if (!ok && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }
}

/** Messages go to stderr, one line each, prefixed `asn-scan:`. */
export class Messages {
  /** Set while a progress bar is drawn, so a message first clears its line. */
  beforeWrite: (() => void) | null = null;
  constructor(
    private readonly stderr: Writable,
    private readonly quiet: boolean,
  ) {}
  error(msg: string): void {
    this.beforeWrite?.();
    this.stderr.write(`asn-scan: ${msg.replace(/\s{0,20}\n\s{0,20}/g, ' ')}\n`);
  }
  info(msg: string): void {
    if (this.quiet) return;
    this.beforeWrite?.();
    this.stderr.write(`asn-scan: ${msg}\n`);
  }
}
