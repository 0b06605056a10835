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
  private buf: Array<string | Uint8Array> = [];
  private size = 0;
  /** Whether `buf` holds bytes (lines from the workers); else it is joined as one string. */
  private bytes = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') this.error ??= e;
    });
  }

  /** Text, or UTF-8 bytes written as they are. */
  async write(s: string | Uint8Array): Promise<void> {
    if (this.closed || s.length === 0) return;
    this.buf.push(s);
    this.size += s.length;
    if (typeof s !== 'string') this.bytes = true;
    if (this.size >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.closed || this.buf.length === 0) return;
    const parts = this.buf;
    const bytes = this.bytes;
    this.buf = [];
    this.size = 0;
    this.bytes = false;
    let ok = true;
    if (!bytes) ok = this.stream.write((parts as string[]).join(''));
    else if (hasWritev(this.stream)) {
      // Lines from the workers go out as they are, in one gathered write (writev), never copied into a
      // joined buffer first (file and pipe streams have writev; a synchronous stdout does not).
      this.stream.cork();
      for (const p of parts) ok = this.stream.write(p);
      this.stream.uncork();
    } else ok = this.stream.write(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))));
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

/** Whether a stream gathers corked writes into one `writev` call. */
function hasWritev(stream: Writable): boolean {
  return typeof (stream as Writable & { _writev?: unknown })._writev === 'function';
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
