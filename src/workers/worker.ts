// Worker-thread entry for the pool: clean + extract a batch of articles. Lexicons and the gazetteer
// load once per worker (module scope), then every batch reuses them.
import type { Article, RawArticle } from '../model.js';
import { processArticle } from '../pipeline.js';

export default function run(task: { batch: RawArticle[]; timings: boolean }): Article[] {
  return task.batch.map((raw) => processArticle(raw, { timings: task.timings }));
}
