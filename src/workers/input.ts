// What the pool processes: an article already read, or a whole file still to be read (by whichever thread
// processes it). Shared by the pool (main thread) and the worker.
import type { Source } from '../ingest/discover.js';
import { readFile } from '../ingest/read.js';
import type { RawArticle } from '../model.js';

/**
 * What the pool is given: an article already read (a JSONL record, stdin), or a whole text/HTML file to read.
 * A file is read and decoded where it is processed: with worker threads, the main thread passes only its path
 * on, instead of reading, decoding and copying every text across to a worker.
 */
export type Input = RawArticle | { file: Source };

/** The article of an input, reading it if it is a file (see ingest/read.ts: never throws). */
export function readInput(x: Input): RawArticle {
  return 'file' in x ? readFile(x.file) : x;
}
