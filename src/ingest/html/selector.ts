// `--html-selector CSS`: the user names the element(s) holding a site's article body, and the text is read from
// them instead of the extraction cascade. Researchers who scrape one known site know its body container better
// than any heuristic; the boilerplate cleaning that follows still runs, and the page's metadata (title, date,
// URL) still comes from the cascade's reading of the page. Read with cheerio (css-select over htmlparser2's
// tree: `cheerio/slim`), loaded on first use: without a selector the cascade's own parse (parse.ts) is the only one.
import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio/slim';
import { collapse } from './dom.js';

type Load = (html: string, options?: null, isDocument?: boolean) => CheerioAPI;
let loadFn: Load | null = null;
/** cheerio's `load`, required on first use (a run without `--html-selector` never loads cheerio). */
function load(html: string, isDocument = true): CheerioAPI {
  loadFn ??= (createRequire(import.meta.url)('cheerio/slim') as { load: Load }).load;
  return loadFn(html, null, isDocument);
}

/** Elements whose text is never article text, inside a selected body. */
const DROP = 'script, style, noscript, template, iframe, svg, button, form, nav';
/** Block elements: each gives its own paragraph(s); the inline text between them is one paragraph. */
const BLOCKS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption', 'div',
  'section', 'article', 'header', 'footer', 'tr', 'table', 'tbody', 'ul', 'ol', 'dl', 'figure', 'main',
]);

/** Null when `selector` is CSS that cheerio can run, else a one-line reason (the CLI's usage error). */
export function selectorError(selector: string): string | null {
  try {
    load('<p></p>', false)(selector);
    return null;
  } catch (e) {
    return `--html-selector: ${JSON.stringify(selector)} is not a CSS selector cheerio can run (${String((e as Error).message).split('\n')[0]})`;
  }
}

/** The text of the elements matching `selector`, in document order, paragraphs joined by "\n\n" (a match inside
 *  another is read once, with it); null when nothing matches or the matches hold no text. */
export function selectedText(html: string, selector: string): string | null {
  const $ = load(html);
  const all = $(selector).toArray();
  const picked = all.filter((el) => !all.some((other) => other !== el && $.contains(other, el)));
  if (picked.length === 0) return null;
  const paras: string[] = [];
  for (const el of picked) {
    $(el).find(DROP).remove();
    collectBlocks($, $(el), paras);
  }
  return paras.length > 0 ? paras.join('\n\n') : null;
}

/** Appends the paragraphs under `node`: each block its own, runs of inline text between blocks (or between two
 *  `<br>`s) one each. */
function collectBlocks($: CheerioAPI, node: ReturnType<CheerioAPI>, out: string[]): void {
  let inline = '';
  let br = false;
  const flush = (): void => {
    const t = collapse(inline);
    if (t) out.push(t);
    inline = '';
  };
  for (const child of node.contents().toArray()) {
    const name = child.type === 'tag' ? child.name : null;
    if (name === 'br') {
      if (br) flush();
      else inline += ' ';
      br = true;
      continue;
    }
    br = false;
    if (name !== null && BLOCKS.has(name)) {
      flush();
      collectBlocks($, $(child), out);
    } else inline += $(child).text();
  }
  flush();
}
