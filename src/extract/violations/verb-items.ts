// Items of a split that share their verb (issue 22, round 17): "Kepala DPMD merinci empat aduan menyangkut guru PNS,
// dua menyangkut pegawai puskesmas, dan satu menyangkut staf kecamatan" (the first item counted with its unit, the
// others bare), and "… mencatat empat dugaan pelanggaran netralitas … . Tiga melibatkan ASN, satu melibatkan anggota
// Polri." (every item bare, after a total). The verb repeated right after each number is what says the bare numbers
// count the same thing as the first: each later piece "<separator> N <the same verb>" in the same sentence is an item.
//   counted — the first item is a count with its unit and a verb right after it: the others take its unit and its
//             parent (the partition refiners, run after, give them the whole they add up to).
//   bare    — the first item is a bare number opening its sentence (or its clause, an opening quote allowed), the
//             whole the last count before it, in that sentence or the one before: the items are its parts only when
//             there are two or more and they add up to it exactly (the sum is the evidence; bare-splits.ts reads the
//             split closed by "lainnya").
// A verb is a lower-case word with a verbal prefix (VERB_PREFIXES: "menyangkut", "melibatkan", "berasal", "terkait",
// "dilaporkan"); a noun after the number ("Tiga hari berlalu") is no verb. Not a year or an identifier.
import { REST_GAP_WORDS, VERB_PREFIXES } from '../../lexicon/violations.js';
import { WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { numberAt } from './bare-splits.js';
import { NUMBER_SOURCE } from './numbers.js';
import { countCandidate, type CountCandidate } from './parsers.js';

/** A verb right after a number or a unit: the word, in group 1. */
const VERB_AFTER = new RegExp(`^[ \\t]{1,2}((?:${alternation(VERB_PREFIXES)})\\p{Ll}{3,})${WE}`, 'u');
/** What may stand before a bare opening number: the sentence's start, an opening quote. */
const OPEN_BEFORE = /^[\s"“'‘]*$/u;
/** The separator before a later item: a comma or semicolon and a coordinator, or a coordinator or contrast alone. */
const SEPARATOR = `(?:[,;][ \\t]{1,2}(?:(?:${alternation(REST_GAP_WORDS)})[ \\t]{1,2})?|[ \\t]{1,2}(?:${alternation(REST_GAP_WORDS)})[ \\t]{1,2})`;

/** A later piece: the separator, a number, then a word (the verb it must repeat is compared after the match). */
const LATER_PIECE = new RegExp(`${SEPARATOR}(?<num>${NUMBER_SOURCE})${WE}[ \\t]{1,2}(?<verb>\\p{L}+)${WE}`, 'dgiu');

interface Piece {
  value: number;
  numStart: number;
  numEnd: number;
  end: number;
}

/** The later pieces after `from`, up to `to`, whose number is followed by `verb`. */
function laterPieces(text: string, from: number, to: number, verb: string, taken: ReadonlySet<number>): Piece[] {
  LATER_PIECE.lastIndex = from;
  const out: Piece[] = [];
  const want = verb.toLowerCase();
  for (let m = LATER_PIECE.exec(text); m !== null && m.index < to; m = LATER_PIECE.exec(text)) {
    if (m.groups!['verb']!.toLowerCase() !== want) continue;
    const [n0] = m.indices!.groups!['num']!;
    const n = numberAt(text, n0);
    if (n === null || taken.has(n0)) break;
    out.push({ value: n.value, numStart: n0, numEnd: n.end, end: m.index + m[0].length });
  }
  return out;
}

/** Items of splits sharing their verb (see the header). `numbers` are the number positions, `taken` those a count
 *  holds. Returns `list` with the items added, sorted by start. */
export function addVerbItems(list: CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: Set<number>): CountCandidate[] {
  const add: CountCandidate[] = [];
  const item = (like: CountCandidate, p: Piece, parent: CountCandidate | null): CountCandidate => {
    const c = countCandidate(p.value, 'exact', { unit: like.unit, unitClass: like.unitClass }, p.numStart, p.numStart, p.numStart, p.numEnd, p.numStart, p.end, 'verb-item');
    c.parent = parent;
    taken.add(p.numStart);
    return c;
  };
  // counted: a count with its unit, then a verb
  for (const c of list) {
    if (c.unitEnd <= c.numStart || c.qualifier !== 'exact' || c.upper !== null) continue;
    const v = VERB_AFTER.exec(text.slice(c.unitEnd, c.unitEnd + 40));
    const si = sentenceIndex(sentences, c.numStart);
    if (v === null || si < 0) continue;
    for (const p of laterPieces(text, c.unitEnd + v[0].length, sentences.ends[si]!, v[1]!, taken)) add.push(item(c, p, c.parent));
  }
  // bare: a number opening its sentence, then a verb, all adding up to the count before
  for (const p of numbers) {
    if (taken.has(p)) continue;
    const si = sentenceIndex(sentences, p);
    if (si < 1 || !OPEN_BEFORE.test(text.slice(sentences.starts[si]!, p))) continue;
    const first = numberAt(text, p);
    const v = first === null ? null : VERB_AFTER.exec(text.slice(first.end, first.end + 40));
    if (first === null || v === null) continue;
    let whole: CountCandidate | undefined;
    for (const c of list) if (c.end <= p && (whole === undefined || c.end > whole.end)) whole = c;
    if (whole === undefined || whole.qualifier !== 'exact' || whole.upper !== null || sentenceIndex(sentences, whole.numStart) < si - 1) continue;
    const rest = laterPieces(text, first.end + v[0].length, sentences.ends[si]!, v[1]!, taken);
    const pieces = [{ value: first.value, numStart: p, numEnd: first.end, end: first.end + v[0].length }, ...rest];
    if (rest.length === 0 || pieces.reduce((s, x) => s + x.value, 0) !== whole.value) continue;
    for (const x of pieces) add.push(item(whole, x, whole));
  }
  return add.length === 0 ? list : [...list, ...add].sort((x, y) => x.start - y.start);
}
