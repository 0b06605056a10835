// The JSON-LD `articleBody` against the body read from the page: when the page shows only the first part of the story
// and the articleBody holds all of it, the articleBody is the body.
//   <div class="detail-text"><p>Bawaslu Sintang mencatat enam …</p><p>Ketua Bawaslu … mengatakan …</p>
//   <a href="#">Baca selengkapnya</a></div>   +   "articleBody": "Bawaslu Sintang mencatat enam … (five paragraphs)"
import { words } from '../../text/words.js';
import type { Thresholds } from './thresholds.js';

/** Word trigrams of s, lower-cased. */
function trigrams(s: string): string[] {
  const w = words(s.toLowerCase());
  const out: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** The body to keep: `ld` when it holds the page body `dom` (LD_COVER_MIN of its trigrams) and LD_OVER_DOM_MIN times
 *  its words; else `dom`. */
export function wholerBody(dom: string, ld: string | null, T: Thresholds): string {
  if (ld === null || ld.length < T.LD_OVER_DOM_MIN * dom.length) return dom;
  const d = trigrams(dom);
  const l = trigrams(ld);
  if (!d.length || l.length < T.LD_OVER_DOM_MIN * (d.length + 2)) return dom;
  const have = new Set(l);
  let hit = 0;
  for (const t of d) if (have.has(t)) hit++;
  return hit >= T.LD_COVER_MIN * d.length ? ld : dom;
}
