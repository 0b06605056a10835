// The whole of a per-region (or per-agency) breakdown (issue 22: "Sub-counts carry their parent"): the items of a
// breakdown are parts of a total stated as a count of their unit group, so that a user folding claims never adds them
// to it.
// The conflict: the sets' gold disagreed on these items. check6, check7 and check8 gave each item the total as its
// parent ("Kasus netralitas itu tersebar di Bangka 10 kasus, …"; "Rinciannya, Kabupaten Bogor 14 kasus, …" after
// "menangani 32 kasus"); dev (tune4, tune6, tune9, blind7, heldout9) and check3/check4 gave none in the same shapes,
// and round 10 kept "no parent".
// The decision (round 11, the lead's): the reader's convention. An item carries the breakdown's whole as its parent
// when the whole is a count of the items' unit group, at least their sum, and is stated
//   - before the list, in the list's sentence or the one before, with a dividing, itemising or ranking word (or a
//     colon) between it and the list's first number (LIST_WHOLE_LINKS: tersebar, rinciannya, merinci, terdiri,
//     masing-masing, di antaranya, meliputi, yakni, yaitu, urutan teratas …): the nearest such count;
//   - or after the list, in its last item's sentence or the next, as their exact sum ("… dan Karawang 3. "Total ada
//     32 kasus …"", "Kalau ditotal … sudah 26 laporan").
// Not when the "whole" is the second term of a change or comparison ("menangani 23 dugaan pelanggaran …, turun
// dibanding Pemilu 2019 ketika tercatat 38 kasus": 23, never 38), not across an election change (a year named between
// the whole and the list that the whole's own clause does not name), not when the items add up to more than it, not
// two sentences away, not when the "whole" is itself a part of another count other than its subset by kind (a stage,
// "Dari jumlah tersebut, 298 kasus telah direkomendasikan", is not a whole; "58 …, 33 di antaranya pelanggaran
// netralitas ASN" is). Items that carry their own unit ("… dengan 14 kasus, disusul Kota Malang 11 kasus") are one
// breakdown when they run in one sentence joined by a comma, "dan", "serta" or a ranking joiner.
// The gold of the older sets was brought to this convention ('revisions' in each gold file lists the rows).
// A list whose opening count or an item has a parent already keeps it.
// A partial list (PARTIAL_LIST_WORDS in its lead: "terbanyak", "tertinggi" …) with no whole found so takes the nearest
// root count of its unit group bigger than its sum up to PASS_SENTENCES back (no election change between), whatever stages stand between.
// Items of a kind (kindRunParents: "Rinciannya, delapan ASN dijatuhi hukuman disiplin ringan …, lima ASN mendapat
// penundaan kenaikan pangkat selama 12 bulan, serta satu ASN diberhentikan …"; "hukuman disiplin ringan dijatuhkan
// kepada 846 ASN, hukuman disiplin sedang 397 ASN, dan hukuman disiplin berat 58 ASN"): counts of one unit, no region,
// in one sentence, each opening the piece after a comma or a conjunction, none with a parent: their whole is the
// nearest count before them (up to PASS_SENTENCES back) of their unit group that they add up to exactly, a stage of
// another count or not ("14 ASN" under "16 ASN"; "1.301 ASN" dijatuhi hukuman under "2.310 ASN").
import { CHANGE_GAP_WORDS, ITEM_CONJUNCTIONS, KIND_RUN_JOINERS, LIST_WHOLE_LINKS, OUTCOME_CLASSES, RANKING_JOINERS } from '../../lexicon/violations.js';
import { PARTIAL_LIST_WORDS } from '../../lexicon/count-lists.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import { sameGroup } from './clauses.js';
import type { CountCandidate } from './parsers.js';

const PARTIAL_RE = new RegExp(`${WB}(?:${alternation(PARTIAL_LIST_WORDS)})${WE}`, 'iu');
const LINK_RE = new RegExp(`${WB}(?:${alternation(LIST_WHOLE_LINKS)})${WE}`, 'iu');
/** A year written as a word (not the last field of a date "11/6/2025"). */
const YEAR_RE = /(?<![\p{L}\p{N}/.-])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;
const JOIN_RE = new RegExp(`^\\s*(?:,\\s*)?(?:(?:dan|serta|${alternation(RANKING_JOINERS)})${WE})?[^.!?;:\\n\\d]{0,60}$`, 'iu');
/** A word of change or comparison (CHANGE_GAP_WORDS): the figure after it is no part of the one before. */
export const CHANGE_RE = new RegExp(`${WB}(?:${alternation(CHANGE_GAP_WORDS)})${WE}`, 'iu');
const OUTCOME_RE = new RegExp(`${WB}(?:${alternation(Object.keys(OUTCOME_CLASSES))})${WE}`, 'giu');
/** How many sentences before the list's own a whole reached over its parts may stand. */
const PASS_SENTENCES = 6;
/** The end of a figure's clause: a comma, semicolon, sentence mark or line end. */
const CLAUSE_MARK = /[,;.!?\n]/u;
/** How far after a figure's unit its clause's outcome may stand. */
const OUTCOME_REACH = 60;

/** The outcome classes named in `s` (OUTCOME_CLASSES, the longest phrase first). */
function outcomesIn(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(OUTCOME_RE)) {
    const k = lookup(OUTCOME_CLASSES, m[0].toLowerCase());
    if (k !== undefined) out.add(k);
  }
  return out;
}

/** The outcome classes of a figure's clause: from its unit to the clause's end. */
export function outcomesOf(c: CountCandidate, text: string): Set<string> {
  const from = Math.max(c.numEnd, c.unitEnd);
  const m = CLAUSE_MARK.exec(text.slice(from, from + OUTCOME_REACH));
  return outcomesIn(text.slice(from, m === null ? from + OUTCOME_REACH : from + m.index));
}

/** The count `c` hangs on at the top of its chain of parents. */
function rootOf(c: CountCandidate): CountCandidate {
  let r = c;
  for (let n = 0; r.parent !== null && n < 16; n++) r = r.parent;
  return r;
}

/** Sets the parent of each breakdown's opening count and items (`list` sorted by start). */
export function listParents(list: readonly CountCandidate[], text: string, sentences: Sentences): void {
  const itemsOf = new Map<CountCandidate, CountCandidate[]>();
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c.rule !== 'list-item') continue;
    for (let k = i - 1; k >= 0; k--) {
      const d = list[k]!;
      if (d.rule === 'list-item' || d.unitStart !== c.unitStart) continue;
      const items = itemsOf.get(d) ?? [];
      items.push(c);
      itemsOf.set(d, items);
      break;
    }
  }
  // items that carry their own unit ("Kota Malang 11 kasus, Kabupaten Jember 9 kasus"): a run of region items of one
  // unit in one sentence, joined by a comma, "dan", "serta" or a ranking joiner
  for (let i = 0; i < list.length; i++) {
    const head = list[i]!;
    if (head.region === null || head.rule === 'list-item' || itemsOf.has(head)) continue;
    const run: CountCandidate[] = [];
    let prev = head;
    for (let k = i + 1; k < list.length; k++) {
      const c = list[k]!;
      if (c.region === null || c.rule === 'list-item' || c.unit !== head.unit) break;
      if (sentenceIndex(sentences, c.numStart) !== sentenceIndex(sentences, head.numStart)) break;
      if (!JOIN_RE.test(text.slice(prev.end, c.start))) break;
      run.push(c);
      prev = c;
    }
    if (run.length > 0) itemsOf.set(head, run);
    i += run.length;
  }
  for (const [head, items] of itemsOf) {
    if (head.parent !== null || items.some((it) => it.parent !== null)) continue;
    const members = new Set<CountCandidate>([head, ...items]);
    const sum = head.value + items.reduce((a, it) => a + it.value, 0);
    const si = sentenceIndex(sentences, head.numStart);
    const s0 = sentences.starts[si] ?? 0;
    const last = items[items.length - 1]!;
    const lead = text.slice(Math.max(s0, head.start - 120), head.numStart);
    const linked = LINK_RE.test(lead) || lead.includes(':');
    let whole: CountCandidate | null = null;
    const at = list.indexOf(head);
    // the lead's outcome ("jumlah ASN terbukti melanggar terbanyak yaitu:"), read from two sentences before the list's
    // (a numbered list's marker and first line are sentences of their own), after the clause of the last figure
    const prev = at > 0 ? list[at - 1]! : null;
    const prevClause = prev === null ? 0 : prev.end + (CLAUSE_MARK.exec(text.slice(prev.end, head.numStart))?.index ?? 0);
    const named = outcomesIn(text.slice(Math.max(prevClause, sentences.starts[Math.max(0, si - 2)] ?? 0), head.numStart));
    // the parts passed over on the way back to the whole (its stages and outcomes, given before the breakdown)
    const passed: CountCandidate[] = [];
    for (let k = at - 1; linked && k >= 0 && whole === null; k--) {
      const w = list[k]!;
      const wi = sentenceIndex(sentences, w.numStart);
      if (wi < si - PASS_SENTENCES) break;
      // a figure given with the outcome the lead names is the whole, a part or not ("… 892 ASN dinyatakan terbukti …")
      const outcome = named.size > 0 && w.rule !== 'list-item' && !members.has(w) && [...outcomesOf(w, text)].some((o) => named.has(o));
      // beyond the list's sentence and the one before, only the root the parts passed over hang on ("menerima laporan
      // … terhadap 247 ASN … . Dari jumlah tersebut, 183 ASN …, sedangkan 64 lainnya …" then the provinces)
      if (wi < si - 1 && !outcome) {
        if (w.parent !== null && !members.has(w)) {
          passed.push(w);
          continue;
        }
        // (and only when those parts divide it exactly: past a single stage, "Dari jumlah tersebut, 298 kasus telah
        // direkomendasikan", the list may divide the stage or the total, and no parent is given)
        if (passed.length === 0 || passed.some((p) => rootOf(p) !== w) || passed.reduce((a, p) => a + p.value, 0) !== w.value) break;
      }
      if (!outcome && w.parent !== null && w.rule !== 'subset-count') passed.push(w);
      if (members.has(w) || w.rule === 'list-item' || (w.parent !== null && w.rule !== 'subset-count' && !outcome) || !sameGroup(w, head) || w.value < sum) continue;
      const prev = list[k - 1];
      const from = Math.max(sentences.starts[wi] ?? 0, prev !== undefined ? prev.end : 0);
      if (CHANGE_RE.test(text.slice(from, w.numStart))) continue;
      const wEnd = Math.min(sentences.starts[wi + 1] ?? text.length, head.numStart);
      if (newYear(text.slice(sentences.starts[wi] ?? 0, wEnd), text.slice(wEnd, head.numStart))) break;
      whole = w;
    }
    // a partial list ("Lima provinsi dengan laporan terbanyak yakni …") ranks the largest items of the nearest root count
    // before it bigger than its sum, however many stages were given between (a province's 150 before its regencies, not
    // the national 2.000 before that)
    if (whole === null && PARTIAL_RE.test(lead)) {
      for (let k = at - 1; k >= 0; k--) {
        const w = list[k]!;
        if (sentenceIndex(sentences, w.numStart) < si - PASS_SENTENCES) break;
        if (members.has(w) || w.rule === 'list-item' || w.parent !== null || !sameGroup(w, head) || w.value <= sum) continue;
        const wi = sentenceIndex(sentences, w.numStart);
        const wEnd = Math.min(sentences.starts[wi + 1] ?? text.length, head.numStart);
        if (newYear(text.slice(sentences.starts[wi] ?? 0, wEnd), text.slice(wEnd, head.numStart))) break;
        // (the nearest of the list's own unit if one is, else the nearest)
        if (whole === null || (w.unit === head.unit && whole.unit !== head.unit)) whole = w;
        if (whole.unit === head.unit) break;
      }
    }
    if (whole === null) {
      const li = sentenceIndex(sentences, last.numStart);
      for (const w of list) {
        if (w.start < last.end || members.has(w) || w.rule === 'list-item' || !sameGroup(w, head)) continue;
        if (sentenceIndex(sentences, w.numStart) > li + 1) break;
        if (w.value === sum) whole = w;
        break;
      }
    }
    if (whole === null) continue;
    for (const m of members) m.parent = whole;
  }
  kindRunParents(list, text, sentences);
}

/** What runs from one item of a kind to the next: its clause (no sentence or clause end), then a comma or a
 *  conjunction opening the next piece, and the next item's label (up to four words: "…, hukuman disiplin sedang 397
 *  ASN"). */
const KIND_JOIN = new RegExp(
  `^[^.!?;:\\n]{0,80}?(?:,[ \\t]{0,2}(?:(?:${alternation(KIND_RUN_JOINERS)})[ \\t]{1,2})?|[ \\t](?:${alternation(ITEM_CONJUNCTIONS)})[ \\t]{1,2})(?:[\\p{L}-]+[ \\t]{1,2}){0,4}$`,
  'iu',
);

/** Sets the parent of runs of items of a kind (see the header). */
function kindRunParents(list: readonly CountCandidate[], text: string, sentences: Sentences): void {
  for (let i = 0; i < list.length; i++) {
    const head = list[i]!;
    if (head.region !== null || head.parent !== null || head.rule === 'list-item') continue;
    const si = sentenceIndex(sentences, head.numStart);
    const run: CountCandidate[] = [head];
    for (let k = i + 1; k < list.length; k++) {
      const c = list[k]!;
      const prev = run[run.length - 1]!;
      if (c.region !== null || c.parent !== null || c.rule === 'list-item' || c.unit !== head.unit || c.start < prev.end) break;
      if (sentenceIndex(sentences, c.numStart) !== si || !KIND_JOIN.test(text.slice(prev.end, c.start))) break;
      run.push(c);
    }
    if (run.length < 2) continue;
    const at = i;
    i += run.length - 1;
    const sum = run.reduce((a, c) => a + c.value, 0);
    for (let k = at - 1; k >= 0; k--) {
      const w = list[k]!;
      const wi = sentenceIndex(sentences, w.numStart);
      if (wi < si - PASS_SENTENCES) break;
      if (w.value !== sum || w.rule === 'list-item' || !sameGroup(w, head)) continue;
      const wEnd = Math.min(sentences.starts[wi + 1] ?? text.length, head.numStart);
      if (newYear(text.slice(sentences.starts[wi] ?? 0, wEnd), text.slice(wEnd, head.numStart))) break;
      for (const c of run) c.parent = w;
      break;
    }
  }
}

/** Whether `between` (the text from the end of the whole's sentence to the list) names a year that `own` (the whole's
 *  sentence) does not: the list is of another election. */
export function newYear(own: string, between: string): boolean {
  const years = new Set(own.match(YEAR_RE) ?? []);
  return (between.match(YEAR_RE) ?? []).some((y) => !years.has(y));
}
