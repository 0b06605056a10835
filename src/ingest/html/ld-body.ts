// The JSON-LD `articleBody` against the body read from the page: when the page shows only the first part of the story
// and the articleBody holds all of it, the rest of the articleBody joins the page's paragraphs.
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

const WORD_RE = /[\p{L}\p{N}]+/gu;
/** What closes the page's last sentence at the start of the articleBody's rest: a closing bracket, its stop, a closing
 *  quote ("… Kamis (10/10/2024).", "… tidak netral,\" kata Hendrikus."). */
const LEAD_CLOSE = /^[)\]]?[.,;:!?…]*["”’]?[)\]]?\s*/u;

/** The articleBody after the page body's last three words (their last occurrence), or null when they are not in it. */
function restAfter(dom: string, ld: string): string | null {
  const tail = words(dom.toLowerCase()).slice(-3);
  if (tail.length < 3) return null;
  const found = [...ld.matchAll(WORD_RE)];
  for (let k = found.length - 3; k >= 0; k--) {
    if (found[k]![0].toLowerCase() !== tail[0] || found[k + 1]![0].toLowerCase() !== tail[1] || found[k + 2]![0].toLowerCase() !== tail[2]) continue;
    const last = found[k + 2]!;
    const rest = ld.slice(last.index! + last[0].length);
    // A flat articleBody continues on the same line: what closes the sentence goes with it, the rest starts anew.
    return rest.replace(LEAD_CLOSE, '').trim();
  }
  return null;
}

/** The body to keep: when `ld` holds the page body `dom` (LD_COVER_MIN of its trigrams) and LD_OVER_DOM_MIN times its
 *  words, the page's paragraphs and the rest of `ld` after them (or `ld` whole when the page's last words are not in
 *  it); else `dom`. */
export function wholerBody(dom: string, ld: string | null, T: Thresholds): string {
  if (ld === null || ld.length < T.LD_OVER_DOM_MIN * dom.length) return dom;
  const d = trigrams(dom);
  const l = trigrams(ld);
  if (!d.length || l.length < T.LD_OVER_DOM_MIN * (d.length + 2)) return dom;
  const have = new Set(l);
  let hit = 0;
  for (const t of d) if (have.has(t)) hit++;
  if (hit < T.LD_COVER_MIN * d.length) return dom;
  const rest = restAfter(dom, ld);
  if (rest === null) return ld;
  return rest ? `${dom}\n\n${rest}` : dom;
}
