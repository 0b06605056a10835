// A progress bar on stderr, only when stderr is a terminal and the run takes more than a second.
import type { Writable } from 'node:stream';

export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  constructor(
    private readonly stderr: Writable,
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}
  tick(files: number, articles: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    // A single stream (one JSONL file, stdin) has no meaningful file fraction: show articles and rate only.
    const frac = this.total > 1 ? Math.min(1, files / this.total) : 0;
    const width = 24;
    const fill = Math.round(frac * width);
    const rate = articles / Math.max(0.001, (now - this.started) / 1000);
    const bar = this.total > 1 ? `[${'#'.repeat(fill)}${' '.repeat(width - fill)}] ${files}/${this.total} files, ` : '';
    this.stderr.write(`\r\x1b[K${bar}${articles} articles, ${rate.toFixed(0)}/s`);
  }
  /** Clears the bar's line (before a message, and at the end); the next tick draws it again. */
  done(): void {
    if (this.shown) this.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
