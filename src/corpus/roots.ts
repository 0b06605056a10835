// Article identity for `check` and `diff` must not depend on the path prefix the corpus was named with.
//
// The rule: an article read from a file is identified by its id with the corpus root removed, the root being
// the folder prefix its result shares with the other side. For each side the candidate roots are the folder
// that holds all its files (the longest common folder of its sources) and that folder's ancestors; of the
// pairs (this side's common folder, any ancestor of the other's) and the reverse, the one under which the
// most articles keep the same relative id wins (ties: the two common folders). So `corpus/a.txt` checked as
// `/tmp/copy/a.txt` is `a.txt` on both sides, and a corpus that gained a subfolder still lines up. Ids that
// are not paths (JSONL records with their own `id`, stdin) are used as they are.

import type { Article } from '../model.js';

export interface Roots {
  before: string;
  after: string;
}
export const NO_ROOTS: Roots = { before: '', after: '' };

/** `source` without the root prefix. */
export function relative(source: string, root: string): string {
  return root !== '' && source.startsWith(root) ? source.slice(root.length) : source;
}

/** The id of an article relative to its side's root: only ids that are the source path (or `<path>:<line>`). */
export function relativeId(a: Pick<Article, 'id' | 'source'>, root: string): string {
  if (root === '' || a.source === '-' || !a.source.startsWith(root)) return a.id;
  if (a.id === a.source || a.id.startsWith(`${a.source}:`)) return a.id.slice(root.length);
  return a.id;
}

const SEP = /[\\/]/u;

/** The longest folder prefix (ending in a separator) shared by every file source; '' when none. */
function commonFolder(as: readonly Article[]): string {
  let prefix: string | null = null;
  for (const a of as) {
    if (a.source === '-' || a.source === '') continue;
    const cut = Math.max(a.source.lastIndexOf('/'), a.source.lastIndexOf('\\'));
    const dir = cut < 0 ? '' : a.source.slice(0, cut + 1);
    if (prefix === null) prefix = dir;
    else {
      let n = 0;
      const m = Math.min(prefix.length, dir.length);
      while (n < m && prefix[n] === dir[n]) n++;
      // back to the last separator inside the shared part
      while (n > 0 && !SEP.test(prefix[n - 1]!)) n--;
      prefix = prefix.slice(0, n);
    }
    if (prefix === '') return '';
  }
  return prefix ?? '';
}

/** `a/b/` → [`a/b/`, `a/`, ``]. */
function ancestors(folder: string): string[] {
  const out = [folder];
  let f = folder;
  while (f !== '') {
    let cut = f.length - 1;
    while (cut > 0 && !SEP.test(f[cut - 1]!)) cut--;
    f = f.slice(0, cut);
    out.push(f);
  }
  return out;
}

/** The roots of the two sides (see the rule above). */
export function corpusRoots(before: readonly Article[], after: readonly Article[]): Roots {
  const cb = commonFolder(before);
  const ca = commonFolder(after);
  if (cb === ca) return { before: cb, after: ca };
  const candidates: Roots[] = [{ before: cb, after: ca }];
  for (const a of ancestors(ca).slice(1)) candidates.push({ before: cb, after: a });
  for (const b of ancestors(cb).slice(1)) candidates.push({ before: b, after: ca });
  let best = candidates[0]!;
  let bestScore = -1;
  for (const c of candidates) {
    const keys = new Set(after.map((a) => relativeId(a, c.after)));
    let score = 0;
    for (const b of before) if (keys.has(relativeId(b, c.before))) score++;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
