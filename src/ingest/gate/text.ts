// The gate's view of a page: a few cheap string scans over the HTML, no DOM. Scripts, styles and
// comments are dropped; the text of `<p>` elements is preferred (navigation menus and footers, which
// name every section of a news site, `Pilkada` included, rarely sit in paragraphs), with the whole
// body's text as the fallback for pages that do not use them. It only has to be good enough to count
// words: the page that passes goes to the real extractor (src/ingest/html) whole.

/** Bytes of HTML the gate looks at: a news page's article text starts well within it. */
export const GATE_HTML_CHARS = 400_000;
/** Below this many characters of paragraph text, the whole body's text is used instead. */
const MIN_PARAGRAPH_CHARS = 300;

export interface GateText {
  /** `<title>` text. */
  title: string;
  /** Visible text: paragraphs, else the whole body, tags removed, lower-cased. */
  text: string;
  /** `<html lang>` value, lower-cased, or null. */
  htmlLang: string | null;
}

const ENTITY = /&(?:nbsp|amp|quot|lt|gt|#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,8});/giu;
const TAG = /<[^>]{0,2000}>/gu;

const BLOCKS: ReadonlyArray<[string, string]> = [
  ['<!--', '-->'],
  ['<script', '</script'],
  ['<style', '</style'],
  ['<noscript', '</noscript'],
  ['<svg', '</svg'],
];

/** Removes `<script>…</script>` (and style, noscript, svg) blocks and comments by index scans. */
function dropBlocks(lower: string): string {
  const keep: string[] = [];
  let from = 0;
  let at = 0;
  for (;;) {
    const lt = lower.indexOf('<', at);
    if (lt < 0) break;
    const block = BLOCKS.find(([open]) => lower.startsWith(open, lt));
    if (!block) {
      at = lt + 1;
      continue;
    }
    keep.push(lower.slice(from, lt));
    const end = lower.indexOf(block[1], lt + block[0].length);
    if (end < 0) {
      from = lower.length;
      break;
    }
    const gt = lower.indexOf('>', end + block[1].length - 1);
    from = at = gt < 0 ? lower.length : gt + 1;
  }
  keep.push(lower.slice(from));
  return keep.join(' ');
}

function stripTags(s: string): string {
  return s.replace(TAG, ' ').replace(ENTITY, ' ');
}

export function gateText(htmlIn: string): GateText {
  const html = htmlIn.length > GATE_HTML_CHARS ? htmlIn.slice(0, GATE_HTML_CHARS) : htmlIn;
  // The head (often half a news page: inline scripts and styles) is only read for its title and language.
  const bodyAt = html.search(/<body\b/iu);
  const head = (bodyAt < 0 ? html.slice(0, 8000) : html.slice(0, Math.min(bodyAt, 200_000))).toLowerCase();
  const langM = /<html\b[^>]{0,500}?\blang\s{0,3}=\s{0,3}["']?([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)/u.exec(head.slice(0, 4000));
  const t0 = head.indexOf('<title');
  let title = '';
  if (t0 >= 0) {
    const gt = head.indexOf('>', t0);
    const t1 = head.indexOf('</title', gt);
    if (gt >= 0 && t1 > gt) title = stripTags(head.slice(gt + 1, Math.min(t1, gt + 1000)));
  }
  const lower = dropBlocks((bodyAt < 0 ? html : html.slice(bodyAt)).toLowerCase());
  const paras: string[] = [];
  let chars = 0;
  for (let p = lower.indexOf('<p'); p >= 0; p = lower.indexOf('<p', p + 2)) {
    const c = lower.charCodeAt(p + 2);
    if (c !== 62 /* > */ && c !== 32 && c !== 9 && c !== 10 && c !== 13) continue; // <pre>, <picture>, <path>
    const gt = lower.indexOf('>', p);
    if (gt < 0) break;
    const end = lower.indexOf('</p', gt);
    const stop = end < 0 ? Math.min(lower.length, gt + 5000) : Math.min(end, gt + 20_000);
    const t = stripTags(lower.slice(gt + 1, stop));
    paras.push(t);
    chars += t.length;
    p = stop;
  }
  const text = chars >= MIN_PARAGRAPH_CHARS ? paras.join(' ') : stripTags(lower);
  return { title, text, htmlLang: langM ? langM[1]! : null };
}

const WORD = /\p{L}[\p{L}\p{M}]{0,40}/gu;

/** Lower-case words of a text, at most `max`. */
export function words(text: string, max = Infinity): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && out.length < max; m = WORD.exec(text)) out.push(m[0]);
  return out;
}
