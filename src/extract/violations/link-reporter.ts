// Which body counted: the reporting bodies named in an article (Bawaslu, KASN, BKN…) and the one a count is linked
// to (refiner 5 of index.ts), never a recipient of a report ("diteruskan ke KASN") unless there is no other.
import { CHANGE_TO_WORDS, DOCUMENT_NOUNS, FORWARD_VERBS, ORIGIN_MARKERS, RECEIVED_DOCUMENTS, RECEIVE_VERBS, RECIPIENT_MARKERS, REPORTERS } from '../../lexicon/violations.js';
import { firstStartAtOrAfter } from '../../text/search.js';
import type { TextIndex } from '../../text/index.js';
import { WB, WE, alternation, lookup, sentenceIndex, type Sentences } from '../dates/text.js';
import type { Linked } from './link-election.js';
import { At, candidatesOf, execAt, stickyOf } from '../dates/scan.js';

const REPORTER_RE = new RegExp(`${WB}(?:${alternation(Object.keys(REPORTERS))})${WE}`, 'giu');
/** REPORTER_RE anchored, tried at the At.Reporter positions only: every match counts, and the `WB`
 *  look-behind puts each at a word start whose word is the first word of a body's name. */
const REPORTER_AT = stickyOf(REPORTER_RE);
export const REPORTER_LOOKBACK_SENTENCES = 3;
/** Before a body: a forwarding verb, up to four words, `ke`/`kepada` (a recipient); or `dari` (an origin). */
const RECIPIENT_BEFORE = new RegExp(
  `${WB}(?:${alternation(FORWARD_VERBS)})(?:\\s{1,2}[\\p{L}\\p{N}.-]+){0,6}?\\s{1,2}(?:${alternation(RECIPIENT_MARKERS)})\\s{1,2}(?:pihak\\s{1,2})?$`,
  'iu',
);
/** Before a body's acronym in brackets after its full name ("diteruskan ke Komisi Aparatur Sipil Negara (KASN)"): the
 *  acronym has the role of the name. */
const BRACKETED_RECIPIENT_BEFORE = new RegExp(
  `${WB}(?:${alternation(FORWARD_VERBS)})(?:\\s{1,2}[\\p{L}\\p{N}.-]+){0,6}?\\s{1,2}(?:${alternation(RECIPIENT_MARKERS)})\\s{1,2}(?:pihak\\s{1,2})?(?:\\p{Lu}[\\p{L}-]*\\s{1,2}){1,7}\\($`,
  'u',
);
/** Before a body: a verb of receiving, up to two words, a document received (RECEIVE_VERBS, RECEIVED_DOCUMENTS): the
 *  body sent it ("menerima rekomendasi BKN atas 16 ASN"). */
const RECEIVED_FROM_BEFORE = new RegExp(`${WB}(?:${alternation(RECEIVE_VERBS)})(?:\\s{1,2}\\p{Ll}+){0,2}?\\s{1,2}(?:${alternation(RECEIVED_DOCUMENTS)})\\s{1,2}$`, 'iu');
const RECEIVED_LAST_WORDS = new Set(RECEIVED_DOCUMENTS.map((d) => d.split(' ').pop()!));
const RECIPIENT_WORDS = new Set(RECIPIENT_MARKERS);
const ORIGIN_WORDS = new Set(ORIGIN_MARKERS);
const DOCUMENT_WORDS = new Set(DOCUMENT_NOUNS);
const WORD_BEFORE = /(\p{L}+)\s{1,2}(?:pihak\s{1,2})?$/iu;
/** Every reporting body named in the article, in text order. */
export function reporterHits(index: TextIndex): ReporterHit[] {
  const hits: ReporterHit[] = [];
  const text = index.text;
  execAt(REPORTER_AT, text, candidatesOf(index).lists[At.Reporter]!, (m) => {
    const name = lookup(REPORTERS, m[0]);
    if (name) hits.push({ start: m.index, end: m.index + m[0].length, name });
    return m.index + m[0].length;
  });
  return hits;
}

export interface ReporterHit {
  start: number;
  end: number;
  name: string;
  /** Recipient or origin (see roleOf), computed once. */
  role?: 'recipient' | 'origin' | null;
}

/** Whether the body `h` is the recipient of a report ("diteruskan ke KASN", "dilaporkan ke BKN") — never the one
 *  who counted — or where the reports came from ("menerima 2 laporan dari Bawaslu Maluku"). */
function roleOf(text: string, h: ReporterHit): 'recipient' | 'origin' | null {
  if (h.role !== undefined) return h.role;
  // the word before the body (skipping `pihak`) decides whether the patterns can match at all
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, h.start - 24), h.start));
  let role: ReporterHit['role'] = null;
  if (m !== null) {
    const w = m[1]!.toLowerCase();
    if (RECIPIENT_WORDS.has(w) && RECIPIENT_BEFORE.test(text.slice(Math.max(0, h.start - 80), h.start))) role = 'recipient';
    else if (ORIGIN_WORDS.has(w) || DOCUMENT_WORDS.has(w)) role = 'origin';
    else if (RECEIVED_LAST_WORDS.has(w) && RECEIVED_FROM_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start))) role = 'origin';
  }
  if (role === null && text.charCodeAt(h.start - 1) === 0x28 && BRACKETED_RECIPIENT_BEFORE.test(text.slice(Math.max(0, h.start - 160), h.start))) role = 'recipient';
  if (text.charCodeAt(h.start - 1) === 0x2f || text.charCodeAt(h.end) === 0x2f) role = 'origin';
  h.role = role;
  return role;
}

/** The body a count in sentence `si` is linked to: the nearest body before the number in its sentence that is not a
 *  recipient, else the first after it, else the last body named in the few sentences before, else the first in the
 *  next sentence; a body the reports came from only when there is no other. */
export function reporterOf(c: { numStart: number; numEnd: number }, si: number, hits: readonly ReporterHit[], sentences: Sentences, text: string): ReporterHit | null {
  const ss = sentences.starts[si]!;
  const se = sentences.ends[si]!;
  let before: ReporterHit | null = null;
  let after: ReporterHit | null = null;
  let origin: ReporterHit | null = null;
  // nearest first: back from the number to the sentence start, then on from the number to the sentence end
  const at = firstStartAtOrAfter(hits, c.numStart);
  for (let i = at - 1; i >= 0 && hits[i]!.start >= ss && before === null; i--) {
    const h = hits[i]!;
    if (h.end > se || h.end > c.numStart) continue;
    const role = roleOf(text, h);
    if (role === null) before = h;
    else if (role === 'origin') origin ??= h;
  }
  for (let i = at; i < hits.length && hits[i]!.start < se && before === null && after === null; i++) {
    const h = hits[i]!;
    if (h.end > se || h.start < c.numEnd) continue;
    const role = roleOf(text, h);
    if (role === null) after = h;
    else if (role === 'origin') origin ??= h;
  }
  let hit = before ?? after;
  // else the last body named in the few sentences before
  const k0 = Math.max(0, si - REPORTER_LOOKBACK_SENTENCES);
  if (!hit && si > 0) {
    const from = sentences.starts[k0]!;
    for (let i = firstStartAtOrAfter(hits, ss) - 1; i >= 0 && hits[i]!.start >= from; i--) {
      if (roleOf(text, hits[i]!) === null) {
        hit = hits[i]!;
        break;
      }
    }
  }
  // else the first body of the next sentence ("… kini 17 orang. Bawaslu Riau menyebut, …")
  if (!hit && si + 1 < sentences.starts.length) {
    const n0 = sentences.starts[si + 1]!;
    const n1 = sentences.ends[si + 1]!;
    for (let i = firstStartAtOrAfter(hits, n0); i < hits.length && hits[i]!.start < n1; i++) {
      if (roleOf(text, hits[i]!) === null) {
        hit = hits[i]!;
        break;
      }
    }
  }
  return hit ?? origin;
}

/** The last body named before `pos` that is neither a recipient nor an origin, however far back (a block of lines
 *  reads its reporter from the paragraphs above it), or null. */
export function lastBodyBefore(pos: number, hits: readonly ReporterHit[], text: string): ReporterHit | null {
  for (let i = firstStartAtOrAfter(hits, pos) - 1; i >= 0; i--) if (roleOf(text, hits[i]!) === null) return hits[i]!;
  return null;
}

/** "dari" right before a count, and a word of a change's second term between it and the next count. */
const CHANGE_FROM_BEFORE = /(?:^|[^\p{L}])dari\s{1,2}$/iu;
const CHANGE_TO_BETWEEN = new RegExp(`${WB}(?:${alternation(CHANGE_TO_WORDS)})${WE}`, 'iu');

/** The first figure of a change ("naik dari tujuh laporan pada Pilkada 2018 menjadi 19 laporan") that no body is named
 *  for was counted by the body that counted the second (the figure after it in its sentence). `counts` is sorted by
 *  start. */
export function changeReporters(counts: Linked[], text: string, sentences: Sentences): void {
  for (let i = 0; i + 1 < counts.length; i++) {
    const c = counts[i]!;
    if (c.reporter !== null || (c.rule !== 'change-from' && !CHANGE_FROM_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)))) continue;
    const si = sentenceIndex(sentences, c.numStart);
    const d = counts.slice(i + 1).find((o) => o.start >= c.end && sentenceIndex(sentences, o.numStart) === si);
    if (d === undefined || d.reporter === null || (c.rule !== 'change-from' && !CHANGE_TO_BETWEEN.test(text.slice(c.end, d.numStart)))) continue;
    c.reporter = d.reporter;
    c.reporterLevel = d.reporterLevel;
    c.reporterRegion = d.reporterRegion;
  }
}
