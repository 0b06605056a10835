// Scorer for the title the cleaner gives (`clean(x).title`) on the marked cleaning sets (markers as in
// fixtures/clean/junk: `@@ ` furniture, `== ` a repeated copy, `{{…}}` a lead; every other line is body). The gold
// headline is read from the markers: the first body line of the page when it stands above the lead (no `{{…}}` on it)
// and reads as a headline (no sentence mark at its end, at most GOLD_HEADLINE_MAX_WORDS words); a headline wrapped
// over two lines (check7/09, an e-paper: "Pj Sekda Lebak Ingatkan" / "Kades Tak Jadi Tim Sukses") is the two lines
// joined when the first ends without a mark and the second opens in lower case or is the last line above the lead. A page whose first body
// line is its lead or a sentence has no headline: the title must then be null or that page's own first body text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../src/clean/cascade.js';
import { files } from './junk-devset.js';

/** A gold headline has at most this many words. */
export const GOLD_HEADLINE_MAX_WORDS = 30;
const SENTENCE_END = /[.!?…]["”’)]?$/u;
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

export interface TitleScore {
  /** Pages whose gold marks a headline, and how many of them the title equals. */
  headlined: number;
  right: number;
  /** Pages with no gold headline, and how many of them get a title that is furniture (not their body text). */
  headless: number;
  furnitureTitles: number;
  /** `file: gold ≠ title` for each miss. */
  misses: string[];
}

/** The gold headline of a marked page (null when its first body line is no headline). */
export function goldHeadline(marked: string): string | null {
  const lines = marked.split('\n');
  let i = 0;
  while (i < lines.length && (lines[i]!.trim() === '' || lines[i]!.startsWith('@@ ') || lines[i]!.startsWith('== '))) i++;
  if (i >= lines.length) return null;
  const first = lines[i]!;
  if (first.startsWith('{{') || SENTENCE_END.test(first.trim()) || first.trim().split(/\s+/u).length > GOLD_HEADLINE_MAX_WORDS) return null;
  const next = lines[i + 1];
  const after = lines[i + 2];
  if (next !== undefined && next.trim() !== '' && !/^(?:@@ |== |\{\{)/u.test(next) && !SENTENCE_END.test(next.trim()) && (/^\p{Ll}/u.test(next) || (after !== undefined && after.startsWith('{{')))) {
    return squash(`${first} ${next}`);
  }
  return squash(first);
}

/** The page's text as the cleaner reads it (markers stripped) and its body lines. */
function unmarked(marked: string): { input: string; body: string[] } {
  const input: string[] = [];
  const body: string[] = [];
  for (const line of marked.split('\n')) {
    if (line.startsWith('@@ ') || line.startsWith('== ')) {
      input.push(line.slice(3));
      continue;
    }
    const m = /^\{\{(.*?)\}\}\s*(.*)$/u.exec(line);
    if (m) {
      input.push(`${m[1]} ${m[2]}`);
      body.push(m[2]!);
      continue;
    }
    if (line.trim() !== '') body.push(line);
    input.push(line);
  }
  return { input: input.join('\n'), body };
}

export function scoreTitles(dir: string, names: readonly string[] = files(1, 99, dir)): TitleScore {
  const s: TitleScore = { headlined: 0, right: 0, headless: 0, furnitureTitles: 0, misses: [] };
  for (const f of names) {
    const marked = readFileSync(join(dir, f), 'utf8');
    const gold = goldHeadline(marked);
    const { input, body } = unmarked(marked);
    const title = clean(input).title;
    if (gold !== null) {
      s.headlined++;
      if (title !== null && squash(title) === gold) s.right++;
      else s.misses.push(`${f}: ${gold} ≠ ${title ?? 'null'}`);
    } else {
      s.headless++;
      if (title !== null && !body.some((b) => squash(b).includes(squash(title)) || squash(title).includes(squash(b)))) {
        s.furnitureTitles++;
        s.misses.push(`${f}: (no headline) ≠ ${title}`);
      }
    }
  }
  return s;
}
