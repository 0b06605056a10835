// Worker-thread entry for the pool: clean + extract + serialise a batch of articles. Lexicons and the
// gazetteer load once per worker (module scope), then every batch reuses them. Results go back as
// strings and slim records, which cost far less to pass between threads than whole Article graphs.
import type { RawArticle } from '../model.js';
import { processArticle } from '../pipeline.js';
import { type Processed, render, type RenderSpec } from '../report/render.js';

export default function run(task: { batch: RawArticle[]; timings: boolean; spec: RenderSpec }): Processed[] {
  return task.batch.map((raw) => render(processArticle(raw, { timings: task.timings }), task.spec));
}
