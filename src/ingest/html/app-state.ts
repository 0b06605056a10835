// A page rendered by JavaScript whose body is only in the app's state script, not in the DOM nor in JSON-LD: the
// longest string in a page script that is an HTML body (paragraph tags), as paragraphs.
//   <div id="__next"><div class="skeleton"></div></div>
//   <script id="__NEXT_DATA__">{"props":{"pageProps":{"data":{"content":"<p>Bawaslu Sintang mencatat …</p><p>…"}}}}</script>
//   <script>window.__NUXT__={data:[{detail:{isi:"<p>…</p><p>…</p>"}}]}</script>
import { ldBodyText } from './metadata.js';
import type { Page } from './page.js';
import type { Thresholds } from './thresholds.js';

/** A JavaScript/JSON string literal in double quotes. */
const STRING_RE = /"(?:[^"\\]|\\.)*"/gu;
/** An opening paragraph tag. */
const PARA_RE = /<p[\s>]/giu;
/** A string holds an HTML body when it has at least this many paragraph tags (one `<p>` is a teaser, a caption or an
 *  ad's markup; a story has several). */
const APP_STATE_MIN_PARAGRAPHS = 2;

/** The body held in a page script's state, or null. Read only when the DOM and JSON-LD gave no article. */
export function appStateBody(pg: Page, T: Thresholds): string | null {
  let best: string | null = null;
  for (let i = 0; i < pg.nodes.length; i++) {
    const n = pg.nodes[i]!;
    if (n.name !== 'script') continue;
    const type = (n.attribs?.['type'] ?? '').toLowerCase();
    if (type.includes('ld+json')) continue; // JSON-LD is read by metadata.ts
    const src = (n.children ?? []).map((c) => c.data ?? '').join('');
    if (src.length < T.ARTICLE_MIN_TEXT) continue;
    for (const m of src.matchAll(STRING_RE)) {
      if (m[0].length < T.ARTICLE_MIN_TEXT || (best !== null && m[0].length <= best.length)) continue;
      let s: string;
      try {
        s = JSON.parse(m[0]) as string;
      } catch {
        continue;
      }
      if ((s.match(PARA_RE)?.length ?? 0) >= APP_STATE_MIN_PARAGRAPHS) best = s;
    }
  }
  if (best === null) return null;
  const text = ldBodyText(best);
  return text !== null && text.length >= T.ARTICLE_MIN_TEXT ? text : null;
}
