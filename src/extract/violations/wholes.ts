// Wholes found for counts that name none (issue 22), read after the forecasts are marked (a forecast is no whole):
//
//   exactSums      — counts of one group that add up exactly to a count next to them are its parts, where the text
//                    marks the sum: lines of one stage block after the line they add up to ("Diregistrasi: 19" /
//                    "Direkomendasikan ke KASN: 12" / "Dihentikan: 7"), or figures before a total word and its figure
//                    ("memeriksa 14 perangkat desa …, empat kepala desa dan dua camat …. … total ada 20 orang"). Two
//                    parts at least, every figure exact, within SUM_REACH sentences, no items of a per-region breakdown
//                    (their region says what they are part of), no two different years among them (figures of two
//                    elections do not add up to one); a figure restated in the run ends it.
//   increments     — the figure right after a verb of increase ("Angka itu bertambah enam laporan dibanding pekan
//                    lalu") is the new cases, a part of the last larger whole of its group in its sentence or the one
//                    before (the total it raised), when no year is named after it in its sentence (an increase over
//                    another election, "naik 5 kasus dibanding Pilkada 2020", is a difference, not new cases); the
//                    form with "menjadi" is sums.ts changeFrom.
import { INCREMENT_WORDS, SHARE_WORDS, TOTAL_WORDS, unitGroup } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import type { CountCandidate } from './parsers.js';

/** How many sentences apart the parts of a sum and their whole may stand. */
const SUM_REACH = 2;
const YEAR_RE = /(?:^|[^\d.,])((?:19|20)\d{2})(?![\d.,]\d)/gu;
/** A verb of increase right before a count's number (a qualifier cue or `sebanyak` between allowed). */
const INCREMENT_BEFORE = new RegExp(`${WB}(?:${alternation(INCREMENT_WORDS)})\\s{1,2}(?:(?:sebanyak|hingga|sekitar)\\s{1,2})?$`, 'iu');
const SHARE_AFTER = new RegExp(`^\\s{0,2}(?:${alternation(SHARE_WORDS)})${WE}`, 'iu');
/** The first words of INCREMENT_WORDS: the cheap test in front of INCREMENT_BEFORE. */
const INCREMENT_HEADS = [...new Set(INCREMENT_WORDS.map((w) => w.split(' ')[0]!))];

/** A total word right before a figure, two words between allowed ("total ada 20 orang", "jumlahnya mencapai 20"). */
const TOTAL_BEFORE = new RegExp(`${WB}(?:${alternation(TOTAL_WORDS)})(?:\\s{1,2}\\p{L}+){0,2}?\\s{1,2}$`, 'iu');
const TOTAL_FIRST = [...new Set(TOTAL_WORDS.map((w) => w.slice(0, 3)))];
const STAGE_RULES = new Set(['stage-line', 'list-item']);

const sameGroup = (a: CountCandidate, b: CountCandidate): boolean => unitGroup(a.unit) === unitGroup(b.unit);

/** Whether `[from, to)` names two different years. */
function twoYears(text: string, from: number, to: number): boolean {
  let first: string | null = null;
  YEAR_RE.lastIndex = 0;
  const w = text.slice(from, to);
  for (let m = YEAR_RE.exec(w); m !== null; m = YEAR_RE.exec(w)) {
    if (first === null) first = m[1]!;
    else if (m[1] !== first) return true;
  }
  return false;
}

/** Whether `c` may be a part in a sum: an exact, parentless figure, no range. */
const summand = (c: CountCandidate): boolean => c.parent === null && c.upper === null && c.qualifier === 'exact' && !itemOfBreakdown(c);
/** Items of a per-region breakdown keep no parent: their region says what they are part of. */
const itemOfBreakdown = (c: CountCandidate): boolean => c.region !== null || (c.rule === 'list-item' && c.unitEnd > c.unitStart);
/** A line of a stage block: its lines share the first line's unit offsets, an empty span (an inline breakdown's items
 *  share their head's unit word). */
const stageOf = (c: CountCandidate): number => (STAGE_RULES.has(c.rule) && c.region === null && c.unitStart === c.unitEnd ? c.unitStart : -1);

/** Whether a total word stands right before the figure of `c`. */
function totalBefore(text: string, c: CountCandidate): boolean {
  const back = text.slice(Math.max(0, c.numStart - 40), c.numStart);
  const lower = back.toLowerCase();
  return TOTAL_FIRST.some((w) => lower.includes(w)) && TOTAL_BEFORE.test(back);
}

/** Parts by exact sums (see the header). `list` is sorted by start. */
export function exactSums(list: readonly CountCandidate[], text: string, sentences: Sentences): void {
  const n = sentences.starts.length;
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (w.qualifier !== 'exact' || w.upper !== null || w.region !== null) continue;
    const si = sentenceIndex(sentences, w.numStart);
    if (si < 0) continue;
    const hi = sentences.ends[Math.min(n - 1, si + SUM_REACH)]!;
    const lo = sentences.starts[Math.max(0, si - SUM_REACH)]!;
    // after a stage line, the lines of its block; before a total word's figure, the figures before it
    const stage = stageOf(w);
    const steps = [...(stage >= 0 ? [1] : []), ...(totalBefore(text, w) ? [-1] : [])];
    for (const step of steps) {
      const run: CountCandidate[] = [];
      let sum = 0;
      for (let j = i + step; j >= 0 && j < list.length; j += step) {
        const d = list[j]!;
        if (d.start >= hi || d.start < lo || !summand(d) || !sameGroup(d, w) || d.value >= w.value || (step > 0 && stageOf(d) !== stage)) break;
        // a figure restated (a headline and its body: "Tujuh Pejabat …" / "7 pejabat") is one part, not two
        if (run.some((r) => r.value === d.value && r.unit === d.unit)) break;
        run.push(d);
        sum += d.value;
        if (sum >= w.value) break;
      }
      if (sum !== w.value || run.length < 2) continue;
      const last = run[run.length - 1]!;
      if (twoYears(text, Math.min(w.start, last.start), Math.max(w.end, last.end))) continue;
      for (const d of run) d.parent = w;
      break;
    }
  }
}

/** New cases of an increase (see the header). `list` is sorted by start. */
export function increments(list: CountCandidate[], text: string, sentences: Sentences): void {
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c.parent !== null || c.unitEnd <= c.numStart || c.qualifier === 'forecast') continue;
    const back = text.slice(Math.max(0, c.start - 30), c.start);
    const lower = back.toLowerCase();
    if (!INCREMENT_HEADS.some((w) => lower.includes(w)) || !INCREMENT_BEFORE.test(back) || SHARE_AFTER.test(text.slice(c.numEnd, c.numEnd + 12))) continue;
    const si = sentenceIndex(sentences, c.numStart);
    if (si < 0) continue;
    // an increase over another election names it after the figure: a difference, not new cases
    YEAR_RE.lastIndex = 0;
    if (YEAR_RE.test(text.slice(c.end, sentences.ends[si]!))) continue;
    const floor = sentences.starts[Math.max(0, si - 1)] ?? 0;
    for (let k = i - 1; k >= 0 && list[k]!.start >= floor; k--) {
      const w = list[k]!;
      if (w.parent !== null || w.qualifier === 'forecast' || !sameGroup(w, c)) continue;
      if (w.value > c.value && !twoYears(text, w.start, c.end)) {
        c.parent = w;
        c.rule = 'increment';
      }
      break;
    }
  }
}
