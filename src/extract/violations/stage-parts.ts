// Stage figures without a unit (issue 22, check6 kinds), parts of a count given just before:
//
//   numberAnchors — "… terdapat 26 laporan dan temuan …. Dari 26 itu, 19 diregistrasi, 13 dinyatakan terbukti …,
//                   sedangkan 6 dihentikan": an anchor restating the figure of a count by its number and a
//                   demonstrative opens a clause whose bare numbers followed by a verb or a part word (bare-parts.ts
//                   barePart) are parts of that count, as after "Dari jumlah itu,".
//   contrastParts — "menerima 15 laporan dari masyarakat, namun 9 tidak memenuhi syarat formil": a bare number right
//                   after a contrast word (PART_CONTRASTS), in the sentence of a count and after it, followed by a verb
//                   or a part word, is a part of that count.
//   ofRestated    — "menjatuhkan sanksi kepada lima ASN dari 13 yang direkomendasikan": a count followed by "dari N
//                   yang …" where N is the figure of a count given before is a part of that count (in any unit: the
//                   people of the recommended reports).
import { DEMONSTRATIVES, PART_CONTRASTS } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import type { CountCandidate } from './parsers.js';
import { sentenceSpan } from './clauses.js';
import { bareParts } from './bare-parts.js';

const NUMBER_ANCHOR = new RegExp(`${WB}dari\\s{1,2}(?<num>${NUMBER_SOURCE})\\s{1,2}(?:\\p{L}+\\s{1,2})?(?:${alternation(DEMONSTRATIVES)})[ \\t]{0,2},`, 'giu');
const CONTRAST_BEFORE = new RegExp(`${WB}(?:${alternation(PART_CONTRASTS)})\\s{1,2}$`, 'iu');
const OF_RESTATED = new RegExp(`^\\s{1,2}dari\\s{1,2}(?<num>${NUMBER_SOURCE})\\s{1,2}yang${WE}`, 'iu');
const REACH = 300;

/** Adds the parts (see the header) to `list` (sorted by start); `taken` holds the number positions already read. */
export function addStageParts(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: Set<number>): CountCandidate[] {
  if (list.length === 0) return list;
  const out = [...list];
  // (parts added since `taken` was filled, "lima lainnya", hold their numbers too)
  for (const c of list) taken.add(c.numStart);
  const add = (part: CountCandidate) => out.push(part);
  for (const w of list) {
    if (w.parent !== null) continue;
    const si = sentenceIndex(sentences, w.numStart);
    // numberAnchors: in the count's sentence after it, or the next one
    const [, s2] = sentenceSpan(sentences, Math.min(si + 1, sentences.starts.length - 1), text);
    const win = text.slice(w.end, Math.min(Math.max(s2, w.end), w.end + REACH));
    NUMBER_ANCHOR.lastIndex = 0;
    for (let m = NUMBER_ANCHOR.exec(win); m !== null; m = NUMBER_ANCHOR.exec(win)) {
      if (parseIndonesianNumber(m.groups!['num']!)?.value !== w.value) continue;
      const at = w.end + m.index + m[0].length;
      const [, z1] = sentenceSpan(sentences, sentenceIndex(sentences, at), text);
      taken.add(w.end + m.index + m[0].indexOf(m.groups!['num']!, 4));
      bareParts(text, numbers, taken, w, at, Math.min(z1, at + REACH), add);
    }
    // contrastParts: the next bare number after a contrast word, in the count's sentence
    const [, s1] = sentenceSpan(sentences, si, text);
    bareParts(text, numbers, taken, w, w.end, Math.min(s1, w.end + REACH), add, (p) => CONTRAST_BEFORE.test(text.slice(Math.max(w.end, p - 20), p)));
  }
  // ofRestated: "lima ASN dari 13 yang direkomendasikan"
  for (const c of out) {
    if (c.parent !== null) continue;
    const from = c.unitEnd > c.numEnd ? c.unitEnd : c.numEnd;
    const m = OF_RESTATED.exec(text.slice(from, from + 40));
    if (m === null) continue;
    const value = parseIndonesianNumber(m.groups!['num']!)?.value;
    if (value === undefined || value <= c.value) continue;
    let whole: CountCandidate | null = null;
    for (const d of out) if (d !== c && d.end <= c.start && d.value === value) whole = d;
    if (whole === null) continue;
    c.parent = whole;
    taken.add(from + m[0].indexOf(m.groups!['num']!, 5));
  }
  return out.sort((a, b) => a.start - b.start);
}
