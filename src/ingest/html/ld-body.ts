// The JSON-LD `articleBody` against the body read from the page: when the page shows only the first part of the story
// and the articleBody holds all of it, the rest of the articleBody joins the page's paragraphs.
//   <div class="detail-text"><p>Bawaslu Sintang mencatat enam …</p><p>Ketua Bawaslu … mengatakan …</p>
//   <a href="#">Baca selengkapnya</a></div>   +   "articleBody": "Bawaslu Sintang mencatat enam … (five paragraphs)"
import { words } from '../../text/words.js';
import { LD_TAIL_CHROME_WORDS, type Thresholds } from './thresholds.js';

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

/** The page body's words as `[lower-cased word, end offset]`. */
function wordEnds(s: string): Array<[string, number]> {
  return [...s.matchAll(WORD_RE)].map((m) => [m[0].toLowerCase(), m.index! + m[0].length]);
}

/** Where the page body `dom` ends in the articleBody `ld`, and the articleBody after it: `{ page, rest }` (`page` is
 *  `dom` less a short trailing link or label the articleBody does not hold), or null when the page's last words are
 *  not in it.
 *  - The page's last trigram is looked for at its first place after the part of the articleBody that covers the page
 *    (where LD_COVER_MIN of the page's trigrams it holds have been seen), not its last place: a story whose second
 *    and fourth paragraphs end alike ('… wajib netral," kata Yohanes.' / '… tetap netral," kata Yohanes.') keeps its
 *    third and fourth (review18 finding 4).
 *  - A page body ending in a link the articleBody lacks ('… kata Yohanes. Baca selengkapnya') ends at its last
 *    trigram the articleBody holds, when at most LD_TAIL_CHROME_WORDS words follow it. */
function restAfter(dom: string, ld: string, T: Thresholds): { page: string; rest: string } | null {
  const dw = wordEnds(dom);
  const found = [...ld.matchAll(WORD_RE)];
  const lw = found.map((m) => m[0].toLowerCase());
  const tri = (w: readonly string[], i: number): string => `${w[i]} ${w[i + 1]} ${w[i + 2]}`;
  const ldTri = new Set<string>();
  for (let k = 0; k + 2 < lw.length; k++) ldTri.add(tri(lw, k));
  const dWords = dw.map((x) => x[0]);
  // the page's last trigram the articleBody holds, a few words from its end at most
  let j = dWords.length - 3;
  while (j >= 0 && dWords.length - (j + 3) <= LD_TAIL_CHROME_WORDS && !ldTri.has(tri(dWords, j))) j--;
  if (j < 0 || dWords.length - (j + 3) > LD_TAIL_CHROME_WORDS) return null;
  const tail = tri(dWords, j);
  // the page's trigrams, and the place in the articleBody by which LD_COVER_MIN of those it holds have been seen
  const pageTri = new Set<string>();
  for (let i = 0; i <= j; i++) pageTri.add(tri(dWords, i));
  let held = 0;
  for (const t of pageTri) if (ldTri.has(t)) held++;
  const need = Math.ceil(T.LD_COVER_MIN * held);
  const seen = new Set<string>();
  let covered = lw.length;
  for (let k = 0; k + 2 < lw.length; k++) {
    const t = tri(lw, k);
    if (pageTri.has(t)) seen.add(t);
    if (seen.size >= need) {
      covered = k;
      break;
    }
  }
  let at = -1;
  for (let k = 0; k + 2 < lw.length; k++) {
    if (tri(lw, k) !== tail) continue;
    if (k >= covered) {
      at = k;
      break;
    }
    at = k; // the page's words out of the articleBody's order: their last place
  }
  if (at < 0) return null;
  const last = found[at + 2]!;
  // A flat articleBody continues on the same line: what closes the sentence goes with it, the rest starts anew.
  const rest = ld.slice(last.index! + last[0].length).replace(LEAD_CLOSE, '').trim();
  let page = dom;
  if (j + 3 < dWords.length) {
    const end = dw[j + 2]![1];
    page = (dom.slice(0, end) + (LEAD_CLOSE.exec(dom.slice(end))?.[0] ?? '')).trim();
  }
  return { page, rest };
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
  const after = restAfter(dom, ld, T);
  if (after === null) return ld;
  return after.rest ? `${after.page}\n\n${after.rest}` : dom;
}
