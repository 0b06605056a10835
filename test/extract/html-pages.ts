// Saved web pages through the whole pipeline, for the check sets whose pages are HTML (check11): the helpers read
// each page as text and hand it to processArticle; this wraps processArticle so a page that starts with
// `<!DOCTYPE …` / `<html …` goes in as the CLI's reader hands on a `.html` file (format 'html', the page in `html`,
// newlines normalised as the reader does, no text), and anything else unchanged. Use it in a test file as
//   vi.mock('../../src/pipeline.js', async (orig) => (await import('./html-pages.js')).withSavedPages(await orig()));
import { normaliseNewlines } from '../../src/ingest/decode.js';
import type * as Pipeline from '../../src/pipeline.js';

type PipelineModule = typeof Pipeline;

export function withSavedPages(m: PipelineModule): PipelineModule {
  return {
    ...m,
    processArticle: (raw, opts) =>
      m.processArticle(
        raw.text !== null && /^\s*<(?:!doctype|html)/iu.test(raw.text) ? { ...raw, format: 'html', html: normaliseNewlines(raw.text), text: null } : raw,
        opts,
      ),
  };
}
