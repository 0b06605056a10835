// Worker-thread entry for the pool: clean + extract + serialise a batch of articles. Lexicons and the
// gazetteer load once per worker (module scope), then every batch reuses them. Results go back as
// strings and slim records, which cost far less to pass between threads than whole Article graphs.
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { processArticle } from '../pipeline.js';
import { render, type RenderSpec, toWire, type WireBatch } from '../report/render.js';
import { type Input, readInput } from './input.js';
import { regexpsToNativeCode } from './v8-flags.js';

regexpsToNativeCode(); // already set by the pool's thread (process-wide); kept so the worker file stands alone

/** Marks the batch's line buffer for transfer (piscina's protocol for a transferable result). */
class Transfer {
  constructor(private readonly batch: WireBatch) {}
  get [transferableSymbol](): ArrayBufferLike {
    return this.batch.bytes.buffer;
  }
  get [valueSymbol](): WireBatch {
    return this.batch;
  }
}

export default function run(task: { batch: Input[]; timings: boolean; htmlSelector: string | null; spec: RenderSpec }): unknown {
  const opts = { timings: task.timings, htmlSelector: task.htmlSelector };
  const done = task.batch.map((x) => render(processArticle(readInput(x), opts), task.spec));
  return move(new Transfer(toWire(done)));
}
