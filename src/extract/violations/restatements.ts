// Figures the text states twice in other words, read as one claim (issue 22, check22):
// - a vague plural then a precise figure of its span and unit group a sentence or two on: "Bawaslu menerima belasan
//   laporan …" then "Ketua Bawaslu menyebut sekitar 15 laporan masuk …" (the vague one is dropped, its parts hang on
//   the precise one). The reverse order (precise, then a vague restatement with a demonstrative) is
//   clauses.ts foldVagueRestatements; a headline's vague figure over its lead is headline.ts.
// - a headline's forecast restating a bound of the body's forecast range: "Laporan Netralitas Bisa Tembus 20 Kasus"
//   over "bisa mencapai 15 hingga 20 kasus" (the headline's figure is dropped).
import { NUMERAL_APPROXIMATE_SPAN } from '../../lexicon/numerals.js';
import { unitGroup } from '../../lexicon/violations.js';
import { ADDED_FIGURE_CUES } from '../../lexicon/count-lists.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { headlineEnd } from './headline.js';
import type { CountCandidate } from './parsers.js';

/** How many sentences on a precise figure may restate a vague one: the next sentence or the one after ("… belasan
 *  laporan … . Ketua Bawaslu menyebut sekitar 15 laporan masuk …"); further on, a figure is a new count. */
const VAGUE_AHEAD = 2;

/** The span factor of the vague plural the figure is written with ("belasan" 2), or null for a figure in digits or
 *  in words that is no vague plural. */
function vagueFactor(c: CountCandidate, text: string): number | null {
  for (const w of text.slice(c.numStart, c.numEnd).toLowerCase().split(/\s+/u)) {
    const f = lookup(NUMERAL_APPROXIMATE_SPAN, w);
    if (f !== undefined) return f;
  }
  return null;
}

function drop(list: CountCandidate[], alias: Map<CountCandidate, CountCandidate>): CountCandidate[] {
  if (alias.size === 0) return list;
  for (const d of list) if (d.parent !== null) d.parent = alias.get(d.parent) ?? d.parent;
  return list.filter((c) => !alias.has(c));
}

/** A year in digits (an election's, "pada 2020"), not the year of a numeric date ("Hingga Senin (4/11/2024), tercatat
 *  34 kasus": the present, no other election). */
const YEAR = /(?<![\p{N}/])(?:19|20)\d\d(?!\p{N})/u;

/** A word adding a figure to the one before (ADDED_FIGURE_CUES): "Selain itu, Bawaslu juga menerima 14 laporan soal
 *  baliho" after "menerima belasan laporan dugaan ASN tidak netral" (review18 a7) is another count. */
const ADDED_RE = new RegExp(`${WB}(?:${alternation(ADDED_FIGURE_CUES)})${WE}`, 'iu');

const whole = (c: CountCandidate): boolean => c.parent === null && c.upper === null && c.qualifier !== 'forecast';

/** Whether `o`, after the vague plural `c`, restates it by a precise figure: a whole of its unit group, stated in no
 *  vague plural, a sentence or two on (VAGUE_AHEAD), no year opening its sentence, its value inside the plural's span.
 *  Null when the later figure stands too far on (no figure after it can restate `c` either). */
function restatesVague(c: CountCandidate, factor: number, o: CountCandidate, text: string, sentences: Sentences): boolean | null {
  const si = sentenceIndex(sentences, c.numStart);
  const oi = sentenceIndex(sentences, o.numStart);
  if (oi - si > VAGUE_AHEAD) return null;
  if (!whole(o) || unitGroup(o.unit) !== unitGroup(c.unit) || vagueFactor(o, text) !== null) return false;
  // a year opening the later sentence sets it in another election ("… puluhan laporan … . Pada Pilkada 2020,
  // Bawaslu menangani sekitar 25 pelanggaran"): no restatement
  if (oi > si && YEAR.test(text.slice(Math.max(c.end, sentences.starts[oi] ?? 0), o.start))) return null;
  if (ADDED_RE.test(text.slice(Math.max(c.end, sentences.starts[oi] ?? 0), o.start))) return false;
  return o.value > c.value && o.value < c.value * factor;
}

/** The span factor of `c` when it is a whole written as a vague plural in the body, else null. */
function vagueWhole(c: CountCandidate, text: string): number | null {
  if (c.qualifier !== 'approximate' || !whole(c) || c.start < headlineEnd(text)) return null;
  return vagueFactor(c, text);
}

/** Whether `c`, a figure with no offence word of its own ("Ketua Bawaslu menyebut sekitar 15 laporan masuk dalam dua
 *  pekan terakhir"), refines an accepted vague plural just before it ("Bawaslu menerima belasan laporan terkait kepala
 *  kampung yang diduga ikut kampanye"): the plural's cue is its cue (context.ts), and the plural then folds into it
 *  (foldVagueBeforePrecise). */
export function refinesVague(c: CountCandidate, accepted: readonly CountCandidate[], text: string, sentences: Sentences): boolean {
  for (const a of accepted) {
    if (a.end > c.start) continue;
    const factor = vagueWhole(a, text);
    if (factor !== null && restatesVague(a, factor, c, text, sentences) === true) return true;
  }
  return false;
}

/** Drops a vague plural restated by a precise figure just after it (see the header). `list` is sorted by start. */
export function foldVagueBeforePrecise(list: CountCandidate[], text: string, sentences: Sentences): CountCandidate[] {
  const alias = new Map<CountCandidate, CountCandidate>();
  list.forEach((c, i) => {
    const factor = vagueWhole(c, text);
    if (factor === null) return;
    for (const o of list.slice(i + 1)) {
      const r = restatesVague(c, factor, o, text, sentences);
      if (r === null) break;
      if (r) {
        alias.set(c, o);
        break;
      }
    }
  });
  return drop(list, alias);
}

/** Drops a headline's forecast that restates a bound of a forecast range in the body (see the header). */
export function foldHeadlineForecast(list: CountCandidate[], text: string): CountCandidate[] {
  const head = headlineEnd(text);
  if (head < 0) return list;
  const alias = new Map<CountCandidate, CountCandidate>();
  for (const c of list) {
    if (c.end > head || c.qualifier !== 'forecast' || c.upper !== null || c.parent !== null) continue;
    const o = list.find((d) => d.start > head && d.qualifier === 'forecast' && d.upper !== null && (d.value === c.value || d.upper === c.value) && unitGroup(d.unit) === unitGroup(c.unit));
    if (o !== undefined) alias.set(c, o);
  }
  return drop(list, alias);
}
