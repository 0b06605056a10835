// Parts given in a later sentence than their whole (issue 22: "Sub-counts carry their parent"): the parent of a figure
// is a discourse relation, and its evidence here is an exact sum.
//
//   laterParts — a run of figures in one sentence after the whole's (same paragraph or the next, at most
//                PASS_SENTENCES on), in one unit group, that adds up exactly to a figure stated before them is a
//                partition of it, whatever the whole's unit: "menjatuhkan hukuman disiplin kepada 11 aparatur …
//                . … Tujuh ASN dijatuhi hukuman disiplin sedang …, sedangkan empat lainnya …" (7 + 4 = 11); "seluruh
//                1.437 rekomendasi … telah ditindaklanjuti. Sebanyak 892 ASN dinyatakan terbukti …, 301 tidak
//                terbukti, dan 244 dikembalikan" (the outcomes hang on the figure handled, never on one another: a
//                run member's parent inside the run is replaced).
//   laterRests — a remainder opening a later sentence ("Delapan lainnya …", "Empat orang lagi …", "Yang satu kami
//                hentikan"), its sibling the figure just before it, the two adding up to a figure before them.
//   kindParts  — a figure singled out as the largest share ("modus terbanyak …, yakni sembilan kasus") is a part of the
//                root figure before it.
//   sumRescue  — figures with no cue of their own in one sentence that shows a partition (showsPartition) and add up
//                exactly to a figure kept before them are kept (their exact sum is the evidence that they count what
//                it counts).
// Not when a figure stands between the whole and the run that is no part of the whole, when a word of change or
// comparison stands between them ("… 12 kasus, naik menjadi 19"), when the text between names a year the whole's
// sentence does not (another election's figures), or for a whole in the headline (the body's figure stands for it).
// Runs in the whole's own sentence are partitionParents' (sums.ts). Runs after the forecasts are marked and the
// partitions of one sentence are read.
import { COUNT_FILLERS, DEMONSTRATIVES, LARGEST_SHARE_WORDS, PARTITION_CONTRASTS, PARTITION_OPENERS, RANKING_JOINERS, SIBLING_REST_WORDS, unitGroup } from '../../lexicon/violations.js';
import { PART_OF_WORDS } from '../../lexicon/count-lists.js';
import { WB, WE, alternation, sentenceIndex, type Sentences } from '../dates/text.js';
import { headlineEnd } from './headline.js';
import { CHANGE_RE, newYear, outcomesOf } from './list-parents.js';
import { restates } from './clauses.js';
import { NUMBER_SOURCE, parseIndonesianNumber } from './numbers.js';
import { BARE_YEAR, UNIT_SOURCE, afterSpelling, countCandidate, isIdentifier, unitInfo, type CountCandidate } from './parsers.js';

/** How many sentences after the whole's the run may stand. */
const PASS_SENTENCES = 6;
const BLANK_LINE = /\n[ \t]*\n/gu;

const plain = (c: CountCandidate): boolean => c.qualifier === 'exact' && c.upper === null;
const FROM_BEFORE = new RegExp(`${WB}dari\\s{1,2}$`, 'iu');
/** "terdiri dari 11 PPPK, 5 PNS dan 3 tenaga honorer": a partition's opener ending in "dari" (PARTITION_OPENERS), no
 *  restated whole. */
const OPENER_FROM_BEFORE = new RegExp(`${WB}(?:${alternation(PARTITION_OPENERS.filter((w) => w.endsWith(' dari')))})\\s{1,2}$`, 'iu');

/** Whether `a` and `b` each name an outcome, and no outcome of one is the other's. */
function otherOutcomes(a: CountCandidate, b: CountCandidate, text: string): boolean {
  const oa = outcomesOf(a, text);
  const ob = outcomesOf(b, text);
  return oa.size > 0 && ob.size > 0 && ![...oa].some((o) => ob.has(o));
}

/** Parents of runs of parts given in a later sentence (see the header). `list` is sorted by start. */
export function laterParts(list: CountCandidate[], text: string, sentences: Sentences): void {
  const title = headlineEnd(text);
  const sent = (c: CountCandidate): number => sentenceIndex(sentences, c.numStart);
  for (let w = 0; w < list.length - 2; w++) {
    const whole = list[w]!;
    if (!plain(whole) || whole.parent !== null || whole.region !== null || whole.value < 3 || whole.start < title || whole.rule === 'list-item') continue;
    const ws = sent(whole);
    // the run starts at the first figure after the whole that is not one of its parts
    let i = w + 1;
    while (i < list.length && list[i]!.parent === whole) i++;
    // (figures of another group between are skipped when the run's sentence restates the whole by its figure: "19
    // pegawai … . … 22 laporan yang diteruskan Bawaslu … . … merinci ke-19 pegawai itu terdiri dari 11 PPPK, 5 PNS dan 3
    // tenaga honorer")
    const i0 = i;
    i = pastOtherGroup(list, i, whole, text, sentences);
    if (i >= list.length - 1) continue;
    const first = list[i]!;
    const s0 = sent(first);
    if (s0 <= ws || s0 - ws > PASS_SENTENCES) continue;
    // (past the skipped figures, only the restating sentence stands between)
    const between = text.slice(i === i0 ? whole.end : sentences.starts[s0]!, first.start);
    if ((between.match(BLANK_LINE) ?? []).length > 1 || CHANGE_RE.test(between)) continue;
    if (newYear(text.slice(sentences.starts[ws] ?? 0, sentences.ends[ws] ?? whole.end), between)) continue;
    const run = new Set<CountCandidate>();
    let sum = 0;
    for (let j = i; j < list.length; j++) {
      const c = list[j]!;
      if (sent(c) !== s0 || !plain(c) || c.value >= whole.value || unitGroup(c.unit) !== unitGroup(first.unit)) break;
      // a member under another member is its sibling only when the two name different outcomes ("892 ASN dinyatakan
      // terbukti …, 301 tidak terbukti"); a member restated as a whole ("Dari 18 laporan yang diregistrasi, 10 … dan
      // tiga …") heads its own parts
      if (c.parent !== null && !(run.has(c.parent) && otherOutcomes(c, c.parent, text))) break;
      if (FROM_BEFORE.test(text.slice(Math.max(0, c.numStart - 8), c.numStart)) && !OPENER_FROM_BEFORE.test(text.slice(Math.max(0, c.numStart - 20), c.numStart))) break;
      run.add(c);
      sum += c.value;
      if (sum > whole.value) break;
      // (a word of change or comparison inside the run: "bertambah enam laporan dibanding pekan lalu, saat … 12
      // laporan" are an increase and an earlier total, no parts)
      if (sum === whole.value && run.size > 1 && !CHANGE_RE.test(text.slice(first.start, c.end))) {
        for (const m of run) m.parent = whole;
        subsetAfterRun(list, j, whole, text, sentences);
        w = j;
        break;
      }
    }
  }
}

/** "N di antaranya" in the sentence right after a partition (`list[j]` its last member) that no member can hold (N is
 *  more than the last member, less than the whole): a part of the whole, in its unit ("… terdiri dari 11 PPPK, 5 PNS
 *  dan 3 tenaga honorer. "Dua belas di antaranya sudah kami rekomendasikan …"" is 12 of the 19). */
function subsetAfterRun(list: CountCandidate[], j: number, whole: CountCandidate, text: string, sentences: Sentences): void {
  const c = list[j + 1];
  const last = list[j]!;
  if (c === undefined || c.rule !== 'subset-count' || c.parent !== null || c.value <= last.value || c.value >= whole.value) return;
  if (sentenceIndex(sentences, c.numStart) - sentenceIndex(sentences, last.numStart) !== 1 || CHANGE_RE.test(text.slice(last.end, c.start))) return;
  c.parent = whole;
  c.unit = whole.unit;
  c.unitClass = whole.unitClass;
}

/** The index of the first count at or after `i` that opens a run under `whole`: `i` itself, or, when the counts from
 *  `i` on are of another unit group than the whole, the first later count of the whole's group whose sentence
 *  restates the whole's figure (as digits, "ke-19" included) before it. */
function pastOtherGroup(list: readonly CountCandidate[], i: number, whole: CountCandidate, text: string, sentences: Sentences): number {
  const g = unitGroup(whole.unit);
  if (i >= list.length || unitGroup(list[i]!.unit) === g) return i;
  let k = i;
  while (k < list.length && unitGroup(list[k]!.unit) !== g) k++;
  if (k >= list.length) return i;
  const c = list[k]!;
  const s0 = sentences.starts[sentenceIndex(sentences, c.numStart)] ?? c.numStart;
  const restated = new RegExp(`(?<![\\p{L}\\p{N}])(?:ke-?)?${whole.value}(?![\\p{N}])`, 'u');
  return s0 > list[k - 1]!.end && restated.test(text.slice(s0, c.numStart)) ? k : i;
}

/** A remainder opening a sentence: its number (with its bracketed spelling), an optional unit noun (after a filler
 *  such as "orang"), then a word for the rest ("Delapan lainnya masih menunggu …", "Empat orang lagi …", "Dua aduan
 *  lainnya, lanjut dia, …"); or "yang" before the number ("Yang satu kami hentikan"). Quotes and a reporting clause
 *  may stand around it. */
const REST_OPEN = new RegExp(`^[\\s"“”'‘’(]*$`, 'u');
const YANG_BEFORE = new RegExp(`${WB}yang\\s{1,2}$`, 'iu');
const REST_TAIL = new RegExp(`^(?:\\s{1,2}(?:${alternation(COUNT_FILLERS)}))?(?:\\s{1,2}(?<unit>${UNIT_SOURCE}))?\\s{1,2}(?:${alternation(SIBLING_REST_WORDS)})${WE}`, 'iu');
const NUMBER_HERE = new RegExp(`(?:${NUMBER_SOURCE})${WE}`, 'iuy');
/** A part out of a whole right before the whole's number: "Dua dari" before "tiga laporan itu" (PART_OF_WORDS). */
const PART_OF_BEFORE = new RegExp(`(?<num>${NUMBER_SOURCE})\\s{1,2}(?:${alternation(PART_OF_WORDS)})\\s{1,2}$`, 'iu');
/** How many sentences before the remainder its sibling may stand. */
const SIBLING_SENTENCES = 3;

/** Remainders opening a later sentence (laterRests): a figure "N lainnya" / "N orang lagi" / "yang N" at the start of
 *  a sentence is a count when it and the last figure before it (its sibling, in its sentence or the one before)
 *  add up exactly to a figure stated before the sibling (the whole, within PASS_SENTENCES): "menerima keputusan BKN
 *  untuk sembilan ASN … . "Delapan lainnya masih menunggu keputusan BKN"" after "17 rekomendasi" (9 + 8 = 17); "Dari
 *  tiga aduan, satu dinyatakan terbukti … . Dua aduan lainnya, lanjut dia, tidak cukup bukti" (1 + 2 = 3). The
 *  remainder counts in its own unit when it names one, else in its sibling's; it and the sibling (when it has none)
 *  are parts of the whole. `taken` holds the number positions of the counts kept; a number whose count was rejected
 *  (no cue in its sentence) is read again. Returns the list with the new counts, sorted by start. */
export function laterRests(list: CountCandidate[], rejected: readonly CountCandidate[], text: string, sentences: Sentences, numbers: readonly number[], taken: ReadonlySet<number>): CountCandidate[] {
  const add: CountCandidate[] = [];
  const at = new Map<number, CountCandidate>();
  for (const c of list) at.set(c.numStart, c);
  let k = 0;
  for (const p of numbers) {
    // a remainder already counted is read too: its parent may be its sibling ("8 ASN … . "Tiga ASN sisanya …"": a part
    // of the last larger figure) where the sum says it is the sibling's whole
    const kept = taken.has(p) ? at.get(p) : undefined;
    if (taken.has(p) && kept === undefined) continue;
    const si = sentenceIndex(sentences, p);
    if (si < 1) continue;
    const before = text.slice(sentences.starts[si]!, p);
    const yang = YANG_BEFORE.exec(before);
    if (!REST_OPEN.test(yang === null ? before : before.slice(0, yang.index))) continue;
    NUMBER_HERE.lastIndex = p;
    const m = NUMBER_HERE.exec(text);
    if (m === null || BARE_YEAR.test(m[0]) || isIdentifier(text, p)) continue;
    const num = parseIndonesianNumber(m[0]);
    if (num === null || num.approximate) continue;
    const end = afterSpelling(text, p + m[0].length);
    const tail = REST_TAIL.exec(text.slice(end, end + 60));
    if (tail === null && yang === null) continue;
    // the sibling: the last count before the remainder, in its sentence or the ones just before
    while (k < list.length && list[k]!.start < p) k++;
    const sk = list[k - 1] === kept ? k - 2 : k - 1;
    const sibling = list[sk];
    if (sibling === undefined || !plain(sibling) || si - sentenceIndex(sentences, sibling.numStart) > SIBLING_SENTENCES) continue;
    // (a split in three: the parts after the remainder make up the sum, "tiga ASN dijatuhi hukuman disiplin sedang … .
    // Tujuh lainnya mendapat hukuman disiplin ringan … . Adapun satu orang kepala distrik dibebaskan …" under 11 ASN)
    const third = laterSplitParts(list, rejected, sibling, si, end, sentences);
    // (a sibling written as a part out of the figure counted, "Dua dari tiga laporan itu, lanjut dia, sudah diteruskan
    // ke BKN. Satu laporan lagi masih menunggu keterangan saksi" (check25 03's shape): that figure is the whole when the
    // part and the remainder add up to it)
    const partOf = PART_OF_BEFORE.exec(text.slice(Math.max(sentences.starts[sentenceIndex(sentences, sibling.numStart)] ?? 0, sibling.numStart - 40), sibling.numStart));
    const partValue = partOf === null ? null : parseIndonesianNumber(partOf.groups!['num']!);
    const partWhole = partValue !== null && !partValue.approximate && partValue.value + num.value === sibling.value && plain(sibling) ? (sibling.parent ?? sibling) : null;
    let whole = partWhole ?? wholeOf(list, sk, sibling.value + num.value, text, sentences);
    let thirdParts: CountCandidate[] = [];
    for (let n = 1; whole === null && n <= third.length; n++) {
      thirdParts = third.slice(0, n);
      whole = wholeOf(list, sk, sibling.value + num.value + thirdParts.reduce((a, c) => a + c.value, 0), text, sentences);
    }
    if (whole === null) continue;
    for (const t of thirdParts) {
      t.parent = whole;
      // (a part of its own unit rejected for want of a cue in its sentence is kept by the sum it completes)
      if (!list.includes(t) && !add.includes(t)) add.push(t);
    }
    if (kept !== undefined) {
      if (kept.value !== num.value || (kept.parent !== null && kept.parent !== sibling)) continue;
      kept.parent = whole;
      if (sibling.parent === null && sibling !== whole) sibling.parent = whole;
      continue;
    }
    const info = tail?.groups?.['unit'] !== undefined ? unitInfo(tail.groups['unit']) : null;
    const unitStart = info === null ? p : end + tail![0].lastIndexOf(tail!.groups!['unit']!);
    const unitEnd = info === null ? end : unitStart + tail!.groups!['unit']!.length;
    const c = countCandidate(num.value, 'exact', info ?? { unit: sibling.unit, unitClass: sibling.unitClass }, unitStart, unitEnd, p, p + m[0].length, yang === null ? p : sentences.starts[si]! + yang.index, tail === null ? end : end + tail[0].length, 'later-rest');
    c.parent = whole;
    if (sibling.parent === null && sibling !== whole) sibling.parent = whole;
    add.push(c);
  }
  return add.length === 0 ? list : [...list, ...add].sort((a, b) => a.start - b.start);
}

/** How many parts after a remainder may complete a split's sum (a split in three, or four). */
const LATER_SPLIT_PARTS = 2;

/** The counts that may complete a split after its remainder (ending at `restEnd`, in sentence `si`): the next
 *  figures, kept or rejected for want of a cue (then with their own unit after the number: "satu orang kepala
 *  distrik"), plain, with no whole yet, of the sibling's unit group, in the remainder's sentence or the next one, at
 *  most LATER_SPLIT_PARTS. */
function laterSplitParts(list: readonly CountCandidate[], rejected: readonly CountCandidate[], sibling: CountCandidate, si: number, restEnd: number, sentences: Sentences): CountCandidate[] {
  const out: CountCandidate[] = [];
  const next = [...list.filter((c) => c.start >= restEnd), ...rejected.filter((c) => c.start >= restEnd && c.unitEnd > c.numStart)].sort((a, b) => a.start - b.start);
  for (const c of next) {
    if (out.length >= LATER_SPLIT_PARTS) break;
    if (sentenceIndex(sentences, c.numStart) > si + 1 || !plain(c) || c.parent !== null || unitGroup(c.unit) !== unitGroup(sibling.unit)) break;
    out.push(c);
  }
  return out;
}

/** The whole of a sibling at `at` and a remainder adding up to `value`: the sibling's parent when it is that figure,
 *  else the last plain figure of that value before the sibling, within PASS_SENTENCES; none when the text between it
 *  and the sibling names a year its sentence does not (another election's figures: "… 12 laporan … selama Pilkada
 *  2024. Pada Pemilu 2019, Bawaslu mencatat 7 laporan. Lima lainnya …") or whose sentence brings the sibling in with
 *  a word of change or comparison ("… naik dibanding periode sebelumnya, saat Bawaslu mencatat 7 laporan"). */
function wholeOf(list: readonly CountCandidate[], at: number, value: number, text: string, sentences: Sentences): CountCandidate | null {
  const sibling = list[at]!;
  if (sibling.parent !== null) return sibling.parent.value === value && plain(sibling.parent) ? sibling.parent : null;
  const si = sentenceIndex(sentences, sibling.numStart);
  for (let w = at - 1; w >= 0; w--) {
    const c = list[w]!;
    const ws = sentenceIndex(sentences, c.numStart);
    if (si - ws > PASS_SENTENCES) break;
    if (c.value !== value || !plain(c)) continue;
    const between = text.slice(c.end, sibling.start);
    if (newYear(text.slice(sentences.starts[ws] ?? 0, sentences.ends[ws] ?? c.end), between)) return null;
    // (a word of change only in the sibling's own clause before it, the comparison that brings it in: a "minggu
    // lalu" or "saat menjadi narasumber" sentences before is no change of figure)
    if (CHANGE_RE.test(text.slice(Math.max(c.end, sentences.starts[si] ?? 0), sibling.start))) return null;
    return c;
  }
  return null;
}

const LARGEST_RE = new RegExp(`${WB}(?:${alternation(LARGEST_SHARE_WORDS)})${WE}`, 'iu');
/** Between two items of a ranking: a comma, "dan", "serta" or a ranking joiner, no sentence mark or figure. */
const RANKING_GAP = new RegExp(`^[^.!?;\\n\\d]{0,80}?(?:,|${WB}(?:dan|serta|${alternation(RANKING_JOINERS)})${WE})[^.!?;\\n\\d]{0,80}$`, 'iu');
/** How far before its number a largest-share word may stand in the figure's sentence. */
const LARGEST_REACH = 120;

/** Parts singled out as the largest share (kindParts): a plain figure with no parent and no region whose sentence
 *  names the largest share before it ("Menurut Ardiansyah, modus terbanyak adalah memberikan dukungan melalui media
 *  sosial, yakni sembilan kasus") is a part of the nearest root figure before it, larger, within PASS_SENTENCES,
 *  passing over that figure's parts; never across a word of change or comparison or a year the root's sentence does
 *  not name, and never of a headline's figure. `list` is sorted by start. */
export function kindParts(list: CountCandidate[], text: string, sentences: Sentences): void {
  const title = headlineEnd(text);
  const sent = (c: CountCandidate): number => sentenceIndex(sentences, c.numStart);
  list.forEach((c, i) => {
    if (c.parent !== null || c.region !== null || !plain(c) || c.rule === 'list-item') return;
    const si = sent(c);
    const from = Math.max(sentences.starts[si] ?? 0, c.numStart - LARGEST_REACH, i > 0 ? list[i - 1]!.end : 0);
    if (!LARGEST_RE.test(text.slice(from, c.numStart))) return;
    for (let w = i - 1; w >= 0; w--) {
      const whole = list[w]!;
      const ws = sent(whole);
      if (si - ws > PASS_SENTENCES || whole.start < title) return;
      // (passing over the root's parts, and a figure restated with a demonstrative: "dari 250 rekomendasi tersebut")
      if (whole.parent !== null || restates(whole, text)) continue;
      if (!plain(whole) || whole.region !== null || whole.value <= c.value) return;
      const between = text.slice(whole.end, c.start);
      if (CHANGE_RE.test(between)) return;
      if (newYear(text.slice(sentences.starts[ws] ?? 0, sentences.ends[ws] ?? whole.end), between)) return;
      c.parent = whole;
      // the ranking goes on in its sentence: "… yakni Pemerintah Kabupaten Wajo (18 laporan) dan Pemerintah Kabupaten
      // Sumenep (15 laporan)"
      for (let j = i + 1; j < list.length; j++) {
        const d = list[j]!;
        if (d.parent !== null || !plain(d) || sent(d) !== si || unitGroup(d.unit) !== unitGroup(c.unit) || d.value >= whole.value) break;
        if (!RANKING_GAP.test(text.slice(list[j - 1]!.end, d.start))) break;
        d.parent = whole;
      }
      return;
    }
  });
}

const PARTITION_SIGN = new RegExp(`:|${WB}(?:${alternation([...SIBLING_REST_WORDS, ...PARTITION_CONTRASTS, ...PARTITION_OPENERS, ...DEMONSTRATIVES])})${WE}`, 'iu');
/** Whether a sentence shows a partition of a figure before it: a word for the rest ("… lainnya"), a contrast of the
 *  parts ("sedangkan"), an opener of parts ("yakni", "rinciannya", a colon) or a demonstrative back to the whole ("Dari
 *  jumlah itu"). Two figures adding up to a kept one by chance ("menyiapkan 4 kasus simulasi … dan 5 kasus contoh"
 *  after "9 dugaan pelanggaran") show none. */
export function showsPartition(sentence: string): boolean {
  return PARTITION_SIGN.test(sentence);
}

/** Figures with no cue of their own that partition a figure kept before them (sumRescue): the counts of one sentence,
 *  in one unit group, none kept, adding up exactly to a plain figure kept in the sentences before (within
 *  PASS_SENTENCES, no word of change or comparison between) are about what that figure counts: "menangani 23 dugaan
 *  pelanggaran netralitas ASN. Angka itu gabungan dari dua tahapan besar … . Ketua Bawaslu … merinci sembilan kasus
 *  terjadi pada masa Pemilu, sedangkan 14 kasus lainnya muncul saat Pilkada" (9 + 14 = 23). Moves them from
 *  `rejected` (mutated) into the returned list of accepted counts, sorted by start; their parents are laterParts'. */
export function sumRescue(accepted: CountCandidate[], rejected: CountCandidate[], text: string, sentences: Sentences): CountCandidate[] {
  if (accepted.length === 0 || rejected.length < 2) return accepted;
  const sent = (c: CountCandidate): number => sentenceIndex(sentences, c.numStart);
  const keptIn = new Set(accepted.map(sent));
  const moved = new Set<CountCandidate>();
  for (let i = 0; i < rejected.length; i++) {
    const first = rejected[i]!;
    const s0 = sent(first);
    if (s0 < 0 || keptIn.has(s0) || !plain(first)) continue;
    let j = i;
    let sum = 0;
    while (j < rejected.length && sent(rejected[j]!) === s0 && plain(rejected[j]!) && unitGroup(rejected[j]!.unit) === unitGroup(first.unit)) sum += rejected[j++]!.value;
    const run = rejected.slice(i, j);
    i = j - 1;
    if (run.length < 2 || !showsPartition(text.slice(sentences.starts[s0] ?? 0, sentences.ends[s0] ?? run[run.length - 1]!.end))) continue;
    for (let w = accepted.length - 1; w >= 0; w--) {
      const whole = accepted[w]!;
      const ws = sent(whole);
      if (whole.start > first.start) continue;
      if (s0 - ws > PASS_SENTENCES) break;
      if (whole.value !== sum || !plain(whole)) continue;
      if (CHANGE_RE.test(text.slice(whole.end, first.start))) break;
      for (const c of run) moved.add(c);
      break;
    }
  }
  if (moved.size === 0) return accepted;
  for (let i = rejected.length - 1; i >= 0; i--) if (moved.has(rejected[i]!)) rejected.splice(i, 1);
  return [...accepted, ...moved].sort((a, b) => a.start - b.start);
}
