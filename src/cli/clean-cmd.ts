// `asn-scan clean <file>`: the cleaned text, or with --show-removed each removal and its rule.
import { clean } from '../clean/cascade.js';
import { discover } from '../ingest/discover.js';
import { readSource } from '../ingest/read.js';
import { extractHtml } from '../ingest/html/extract.js';
import { withHeadline } from '../ingest/html/headline.js';
import { EXIT, type IO, Messages, Sink } from './io.js';
import { missingInputs } from './scan.js';

export async function runClean(file: string, showRemoved: boolean, io: IO): Promise<number> {
  const msgs = new Messages(io.stderr, false);
  // A mistyped path is a usage error (exit 2), as for scan; a file that exists but cannot be read is exit 3.
  if (missingInputs([file]).length) {
    msgs.error(`${file}: no such file or folder`);
    return EXIT.USAGE;
  }
  const out = new Sink(io.stdout);
  const { sources } = discover([file]);
  let code: number = EXIT.OK;
  for (const src of sources) {
    for await (const raw of readSource(src, io.stdin)) {
      if (raw.error) {
        msgs.error(`${raw.source}: ${raw.error}`);
        code = EXIT.INPUT_ERRORS;
        continue;
      }
      let text = raw.text;
      if (text === null && raw.html !== null) {
        const page = extractHtml(raw.html, { url: raw.url });
        if (page.text === null) {
          msgs.error(`${raw.source}: ${page.reason ?? 'no article found'}`);
          code = EXIT.INPUT_ERRORS;
          continue;
        }
        // the page as a plain-text copy has it, its headline as the first paragraph (src/pipeline.ts does the
        // same): `clean page.html > page.txt` then gives `asn-scan page.txt` the same items as the page
        text = withHeadline(page.text, page.headline);
      }
      const c = clean(text ?? '');
      if (showRemoved) {
        for (const r of c.removed) await out.write(`${r.kind}\t${r.rule}\t${r.text.replace(/\s+/g, ' ').trim()}\n`);
      } else {
        await out.write(`${c.text}\n`);
      }
    }
  }
  await out.flush();
  return code;
}
