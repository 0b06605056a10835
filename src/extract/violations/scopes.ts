// Scope of counts (split from clauses.ts by job): whether a count covers the neutrality of civil servants and officials
// only, or all violations. Runs after the parents are set (index.ts): a part and its whole share a scope unless the
// text says otherwise.
import type { CountScope } from '../../model.js';
import { CHANGE_TO_WORDS, CONTRAST_WORDS, GENERAL_VIOLATION_PHRASES, NEUTRALITY_CUES, NEUTRALITY_KIND_WORDS, OTHER_VIOLATION_KINDS, REPORTERS, SUM_WORDS } from '../../lexicon/violations.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import type { CountCandidate } from './parsers.js';
import { TOPIC_BEFORE, listHead, restates, sameGroup, sentenceSpan, similarTo, window } from './clauses.js';

const NEUTRALITY_RE = new RegExp(`${WB}(?:${alternation(NEUTRALITY_CUES)})${WE}`, 'iu');
const NEUTRALITY_KIND_RE = new RegExp(`${WB}(?:${alternation(NEUTRALITY_KIND_WORDS)})${WE}`, 'iu');
const OTHER_KIND_RE = new RegExp(`${WB}(?:${alternation([...OTHER_VIOLATION_KINDS, ...GENERAL_VIOLATION_PHRASES])})${WE}`, 'iu');
/** A body's spelled-out name ("Komisi Aparatur Sipil Negara"): a cue word inside it ("aparatur") names the body a case
 *  goes to, never the kind of the case ("19 kasus telah diteruskan kepada Komisi Aparatur Sipil Negara (KASN)", round
 *  16: read as a neutrality part, it made its whole "26 dugaan pelanggaran" wider than neutrality). */
const BODY_NAME_RE = new RegExp(`${WB}(?:${alternation(Object.keys(REPORTERS).filter((k) => k.includes(' ')))})${WE}`, 'giu');
/** Whether the segment names neutrality outside the bodies' spelled-out names. */
const namesNeutrality = (seg: string): boolean => NEUTRALITY_RE.test(seg.replace(BODY_NAME_RE, ' '));
/** A running total right before a figure: a sum word, then a word of change ("totalnya menjadi 14", "jumlahnya jadi"). */
const RUNNING_TOTAL_BEFORE = new RegExp(`${WB}(?:${alternation(SUM_WORDS)})\\s{1,2}(?:${alternation(CHANGE_TO_WORDS)})\\s{1,2}$`, 'iu');
/** Between two counts joined by a conjunction. */
const CONJOINED = /^[ \t]{0,2}(?:,[ \t]{0,2})?(?:dan|serta|,)[ \t]{1,2}$/u;
const CONJUNCTION = new RegExp(`${WB}(?:${alternation(CONTRAST_WORDS)}|dan|serta)${WE}`, 'giu');

/** The clause segment of a count: from the clause break or count before it to the clause break or count after. */
function segment(list: readonly CountCandidate[], i: number, text: string): string {
  const c = list[i]!;
  const lo = Math.max(0, c.start - 120, i > 0 ? list[i - 1]!.end : 0);
  let s = c.numStart;
  while (s > lo && !/[,;:.!?\n]/u.test(text[s - 1]!)) s--;
  // "21 merupakan pelanggaran netralitas ASN dan 15 pelanggaran kode etik": a conjunction opens the next item
  const left = text.slice(s, c.numStart);
  CONJUNCTION.lastIndex = 0;
  let cut = -1;
  for (let m = CONJUNCTION.exec(left); m !== null; m = CONJUNCTION.exec(left)) cut = m.index;
  if (cut >= 0) s += cut;
  const hi = Math.min(text.length, c.end + 120, i + 1 < list.length ? list[i + 1]!.numStart : text.length);
  let e = c.end;
  while (e < hi && !/[,;:!?\n]/u.test(text[e]!) && !(text[e] === '.' && !/\d/u.test(text[e + 1] ?? ''))) e++;
  return text.slice(Math.min(s, c.start), e);
}

/** Scope of each count: a neutrality cue in its own clause segment (or a person unit) → `neutrality`; another kind
 *  of violation named there → `all`; else a part takes its parent's scope, a whole split into a neutrality part
 *  is `all`, and a count standing alone takes the topic of its sentence and the one before. */
export function assignScopes(list: CountCandidate[], text: string, sentences: Sentences): void {
  const own = new Map<CountCandidate, CountScope | null>();
  /** Parts that name neutrality as a kind of violation ("menyangkut netralitas ASN"), not only by the people involved. */
  const named = new Set<CountCandidate>();
  list.forEach((c, i) => {
    const seg = segment(list, i, text);
    own.set(c, c.unitClass === 'person' || namesNeutrality(seg) ? 'neutrality' : OTHER_KIND_RE.test(seg) ? 'all' : null);
    if (NEUTRALITY_KIND_RE.test(seg)) named.add(c);
  });
  // counts joined by a conjunction share the words after the last of them ("menerima 19 laporan dan 4 temuan dugaan
  // pelanggaran netralitas ASN"): a conjunct with no scope of its own takes the next one's
  for (let i = list.length - 2; i >= 0; i--) {
    const c = list[i]!;
    const d = list[i + 1]!;
    if (own.get(c) !== null || own.get(d) === null || !sameGroup(c, d) || !CONJOINED.test(text.slice(c.end, d.start))) continue;
    own.set(c, own.get(d)!);
    if (named.has(d)) named.add(c);
  }
  // the scope a count takes from its sentence's subject: its own, but no evidence that a whole it is a part of
  // covers more than neutrality (a part and its whole share that subject)
  const subject = new Map<CountCandidate, CountScope | null>();
  list.forEach((c, i) => {
    if (own.get(c) === null) subject.set(c, subjectScope(list, i, text, sentences));
  });
  /** A part of `c` (or of a restatement of it) whose own scope is set; with `kind`, one naming another kind of
   *  violation or neutrality itself (a case part that names only the people involved, "enam di antaranya melibatkan
   *  kepala desa", does not say the whole is wider). (The new cases of an increase are of the kind of the total.) */
  const splitBy = (c: CountCandidate, kind: boolean): boolean =>
    list.some((d) => {
      const p = d.parent;
      if (p === null || d.rule === 'increment' || !(p === c || (p.value === c.value && sameGroup(p, c)))) return false;
      const o = own.get(d) ?? null;
      return o !== null && (!kind || o === 'all' || named.has(d) || d.unitClass === 'person');
    });
  const neutralParts = (c: CountCandidate): boolean => {
    let sum = 0;
    let n = 0;
    for (const d of list) {
      if (d.parent !== c || d.rule === 'increment') continue;
      const o = own.get(d) ?? null;
      if (o === 'all') return false;
      if (o === null) continue;
      sum += d.value;
      n++;
    }
    return n > 1 && sum === c.value;
  };
  const resolve = (c: CountCandidate, depth: number): CountScope => {
    const o = own.get(c) ?? subject.get(c) ?? null;
    if (o !== null) return o;
    // (a total line closing a breakdown, "Total: 23 kasus", is of the kind its items are: line-lists.ts totalOf)
    if (c.parent !== null && depth < 4 && own.has(c.parent) && c.parent.rule !== 'list-total') return resolve(c.parent, depth + 1);
    // a figure restated with a demonstrative ("Dari 41 kasus itu, 23 …") is of the kind of the figure first given
    const given = depth < 4 && restates(c, text) ? list.find((d) => d.end <= c.start && d.value === c.value && d.parent === null) : undefined;
    if (given !== undefined) return resolve(given, depth + 1);
    // a forecast is of the kind of what it forecasts: the last whole of its group before it ("… 21 dugaan pelanggaran
    // netralitas. … kami prediksi jumlahnya bisa naik sampai 30 kasus")
    const forecast = c.qualifier === 'forecast' && depth < 4 ? list.findLast((d) => d.end <= c.start && d.parent === null && d.qualifier !== 'forecast' && sameGroup(d, c)) : undefined;
    if (forecast !== undefined) return resolve(forecast, depth + 1);
    const first = c.rule === 'list-total' && depth < 4 ? list.find((d) => d.parent === c) : undefined;
    if (first !== undefined) return resolve(first, depth + 1);
    // an item of a breakdown takes the scope of the count that opened it (items share its unit's offsets)
    const head = c.rule === 'list-item' && depth < 4 ? listHead(list, list.indexOf(c)) : null;
    if (head !== null) return resolve(head, depth + 1);
    // a whole split into a neutrality part, or into a part of another kind ("Lima dari sembilan laporan itu …. Tiga
    // laporan lainnya menyangkut dugaan politik uang"); the part may hang on a restatement ("Dari 64 pelanggaran itu, 21 …")
    // a whole exactly made up of neutrality parts is of neutrality ("19 laporan dan 4 temuan dugaan pelanggaran
    // netralitas ASN. Dari 23 perkara itu, …"): the parts with a scope of their own, all neutrality, add up to it
    if (neutralParts(c)) return 'neutrality';
    // a running total is of the kind of the total it grew from, its part ("Sebelum PSU, … Bawaslu telah menangani 12
    // dugaan pelanggaran netralitas ASN. "Dengan dua temuan di PSU, totalnya menjadi 14."", round 16): the earlier
    // total naming neutrality does not make it wider
    const grewFrom = RUNNING_TOTAL_BEFORE.test(text.slice(Math.max(0, c.numStart - 30), c.numStart)) ? list.find((d) => d.parent === c && d.end <= c.start && own.get(d) != null) : undefined;
    if (grewFrom !== undefined) return own.get(grewFrom)!;
    if (splitBy(c, true)) return 'all';
    // a whole of the kind of the count of its unit just before ("… laporan dugaan pelanggaran netralitas bisa bertambah
    // hingga 20 laporan …. Saat ini tercatat belasan laporan …")
    const prev = sameUnitBefore(list, c, own, sentences);
    if (prev !== null) return prev;
    if (splitBy(c, false)) return 'all';
    // "29 kasus serupa": of the kind of the counts of its group before it (the first of them, a whole)
    const like = depth < 4 && similarTo(c, text) ? list.find((d) => d.end <= c.start && d.parent === null && sameGroup(d, c)) : undefined;
    if (like !== undefined) return resolve(like, depth + 1);
    // the topic: the sentence, the few before it and the one after it
    const si = sentenceIndex(sentences, c.numStart);
    for (const k of [si, si - 1, si + 1, ...Array.from({ length: TOPIC_BEFORE - 1 }, (_, j) => si - 2 - j)]) {
      const [t0, t1] = sentenceSpan(sentences, k, text);
      if (t1 > t0 && NEUTRALITY_RE.test(window(text, t0, t1, c.numStart))) return 'neutrality';
    }
    return 'all';
  };
  for (const c of list) c.scope = resolve(c, 0);
}

/** The own scope of the last whole before `c` in its unit, in its sentence or the one before, else null. */
function sameUnitBefore(list: readonly CountCandidate[], c: CountCandidate, own: ReadonlyMap<CountCandidate, CountScope | null>, sentences: Sentences): CountScope | null {
  const floor = sentences.starts[Math.max(0, sentenceIndex(sentences, c.numStart) - 1)] ?? 0;
  for (let i = list.indexOf(c) - 1; i >= 0 && list[i]!.start >= floor; i--) {
    const d = list[i]!;
    if (d.parent === null && d.unit === c.unit && d.value !== c.value) return own.get(d) ?? null;
  }
  return null;
}

/** How long a subject a count may be predicated of ("Laporan dugaan pelanggaran netralitas ASN … sebanyak 33
 *  laporan"). */
const SUBJECT_SCOPE_REACH = 300;

/** The scope a count takes from the subject of its sentence when the count is its predicate: the sentence runs from
 *  its start to the count with no clause break and no other count between ("Laporan dugaan pelanggaran netralitas
 *  ASN dan kepala desa yang masuk ke Bawaslu … sejak … hingga … sebanyak 33 laporan"); null otherwise. */
function subjectScope(list: readonly CountCandidate[], i: number, text: string, sentences: Sentences): CountScope | null {
  const c = list[i]!;
  const [s0] = sentenceSpan(sentences, sentenceIndex(sentences, c.numStart), text);
  if (c.start - s0 > SUBJECT_SCOPE_REACH || (i > 0 && list[i - 1]!.end > s0)) return null;
  const subject = text.slice(s0, c.start);
  if (/[,;:]/u.test(subject)) return null;
  return NEUTRALITY_RE.test(subject) ? 'neutrality' : OTHER_KIND_RE.test(subject) ? 'all' : null;
}
