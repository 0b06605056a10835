// Direct quotes: the scanner (scan.ts) finds quotations (curly or straight, multi-paragraph, unclosed), then
// attribution parsers — each a `pattern` tried at a fixed place plus an `extract` that may reject — say who
// is speaking. Acceptance (the precision filter for scare quotes and titles) is decided here too.
import {
  DESCRIPTIVE_DEMONSTRATIVES,
  DESCRIPTIVE_HEADS,
  DOCUMENT_QUOTE_VERBS,
  NICKNAME_CUES,
  PASSIVE_REPORT_VERBS,
  QUOTE_VERBS,
  REPORT_CLOSERS,
  REPORT_NOUNS,
  REPORT_NOUN_QUALIFIERS,
} from '../../lexicon/attribution.js';
import {
  type Candidate,
  type Doc,
  type SpeakerCue,
  isBlank,
  partsText,
  phraseCue,
  rangeIndexAt,
  wordCount,
} from './doc.js';
import { backrefCueAfter, backrefCueAt } from './indirect.js';
import { VERB_BEFORE, introducedBefore, saidThatAt } from './paragraph.js';
import { PRONOUN, startsUpper } from './phrase.js';
import { MONTH_NAMES, WEEKDAYS } from '../../lexicon/calendar.js';
import { readSpeaker, readSpeakerPhrase } from './speaker.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { type RawQuote, scanQuotes } from './scan.js';

export { type RawQuote, scanQuotes } from './scan.js';

/** Lexicon phrases longest first, each space 1–3 white-space characters. */
const alt = (xs: readonly string[]): string => alternationOf(xs, { space: SPACE.ws1to3 });

/** `"…," kata Sugito` / `"…" ujarnya` / `"…," demikian disampaikan X` — tried right after the closing mark. */
const VERB_AFTER = new RegExp(
  `[ \\t\\u00a0,]{0,4}(?:(?:${alt(REPORT_CLOSERS)})[ \\t]{1,3})?(?<verb>${alt(QUOTE_VERBS)})(?<nya>nya)?(?![\\p{L}\\p{N}])`,
  'iuy',
);
const VERB_AFTER_PASSIVE = new RegExp(
  `[ \\t\\u00a0,]{0,4}(?:${alt(REPORT_CLOSERS)})[ \\t]{1,3}(?<verb>${alt(PASSIVE_REPORT_VERBS)})(?:[ \\t]{1,3}oleh)?(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** `"…," demikian keterangan tertulis DPC Partai X` / `demikian pernyataannya` / `demikian bunyi surat edaran itu`. */
const NOUN_AFTER = new RegExp(
  `[ \\t\\u00a0,]{0,4}(?:${alt(REPORT_CLOSERS)})[ \\t]{1,3}(?<verb>(?:${alt(REPORT_NOUNS)})(?:[ \\t]{1,3}(?:${alt(REPORT_NOUN_QUALIFIERS)}))?)(?<nya>nya)?(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** `Kata Sugito, "…"`, `Menurut dia, "…"`, `Menurutnya: "…"`. */
const SAYS_BEFORE = /(?<![\p{L}\p{N}])(?<verb>[Kk]ata|[Uu]jar|[Mm]enurut)(?<nya>nya)?(?<phrase>\s{1,3}[^,:"“”]{1,80})?\s{0,2}[,:]\s{0,3}$/u;
/** `Dalam surat edaran itu tertulis, "…"`, `… berbunyi: "…"`: a document's words. */
const DOCUMENT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(DOCUMENT_QUOTE_VERBS)})\\s{0,3}[,:]?\\s{0,3}$`, 'iu');
/** `Pesan Bupati Lotim: "…"` — a colon right before the quote. */
const COLON_BEFORE = /:\s{0,3}$/u;

const SENT_END = /[.!?…]$/u;

interface Attribution {
  cue: SpeakerCue;
  pos: number;
  rule: string;
  /** Where the attribution clause ends (for split quotes), or -1. */
  end: number;
}

/** Parser: attribution verb after the closing mark. */
function verbAfter(doc: Doc, q: RawQuote): Attribution | null {
  if (q.closeEnd < 0) return null;
  const text = doc.text;
  const para = doc.paras[q.para]!;
  const lastPart = q.parts[q.parts.length - 1]!;
  const paraEnd = doc.paras[rangeIndexAt(doc.paras, lastPart.start)]?.end ?? para.end;
  VERB_AFTER_PASSIVE.lastIndex = q.closeEnd;
  VERB_AFTER.lastIndex = q.closeEnd;
  NOUN_AFTER.lastIndex = q.closeEnd;
  let m = VERB_AFTER_PASSIVE.exec(text);
  let passive = true;
  if (!m) {
    // a statement noun first: `demikian pesan tertulis X` (`pesan` is a quote verb too)
    m = NOUN_AFTER.exec(text) ?? VERB_AFTER.exec(text);
    passive = false;
  }
  if (!m || m.index + m[0].length > paraEnd) return null;
  const verbPos = m.index + m[0].length - (m.groups?.['verb']?.length ?? 0) - (m.groups?.['nya']?.length ?? 0);
  const after = m.index + m[0].length;
  if (!passive && m.groups?.['nya']) {
    return { cue: { kind: 'pronoun', pos: verbPos, rule: 'pronoun' }, pos: verbPos, rule: 'quote-verb-after', end: clauseEnd(text, after, paraEnd) };
  }
  const sp = readSpeaker(text, after, paraEnd);
  const { tokens, stop } = sp;
  if (tokens.length === 0) {
    // `"…," kata mantan Sekda itu` / `ucap pria yang akrab disapa Anam itu`: a back-reference
    const d = descriptive(text, after, paraEnd, verbPos);
    if (d) return { cue: d.cue, pos: verbPos, rule: 'quote-verb-after', end: clauseEnd(text, d.end, paraEnd) };
    // `"…," ujar tokoh masyarakat Karangasem, Ida Bagus Rai`: a lower-case description, the name in apposition
    const ap = appositionAfter(text, after, paraEnd);
    if (ap) return { cue: ap.cue, pos: ap.pos, rule: 'quote-verb-after', end: clauseEnd(text, ap.stop, paraEnd) };
    // `"…," kata seorang warga`: attributed, speaker unknown (only for real sentences, not scare quotes)
    if (/^[ \t]{1,3}\p{Ll}/u.test(text.slice(after, after + 4)) && wordCount(partsText(text, q.parts), 3) >= 3) {
      return { cue: { kind: 'none' }, pos: verbPos, rule: 'quote-verb-after', end: clauseEnd(text, after, paraEnd) };
    }
    return null;
  }
  const first = tokens[0]!;
  if (tokens.length === 1 && PRONOUN.has(first.low)) {
    return { cue: { kind: 'pronoun', pos: first.start, rule: 'pronoun' }, pos: first.start, rule: 'quote-verb-after', end: clauseEnd(text, stop, paraEnd) };
  }
  // a lower-case title read only in part, then a name in apposition past it (`ujar kepala suku Mpur, Yakob Ariks`,
  // `kata kepala adat Dayak Iban, Markus Ujang`): the name, not the holder of the bare title
  if (!startsUpper(first.raw)) {
    const ap = appositionAfter(text, after, paraEnd);
    if (ap && ap.pos >= sp.end) return { cue: ap.cue, pos: ap.pos, rule: 'quote-verb-after', end: clauseEnd(text, ap.stop, paraEnd) };
  }
  const cue: SpeakerCue = {
    kind: 'phrase',
    start: sp.start,
    end: sp.end,
    rule: sp.titleAfter ? 'name-title-after' : 'verb-after',
    titleAfter: sp.titleAfter,
    allowStated: true,
  };
  return { cue, pos: first.start, rule: 'quote-verb-after', end: clauseEnd(text, stop, paraEnd) };
}

/** `“…” — Theresia Nurma Jelahu, Ketua Bawaslu Manggarai Timur`: a dash, then the speaker, after the closing mark in
 *  the same paragraph or opening the next (a quotation box's cite, as src/ingest/html/render.ts writes it). */
const DASH_AFTER = /[ \t\u00a0]{0,3}(?:\n\s{0,3})?[—–―][ \t\u00a0]{0,3}(?=\p{Lu})/uy;

/** Parser: a speaker named after a dash right after the quotation, the phrase closing its line; a pronoun or a
 *  lower-case word after the dash is no speaker (`“…” — begitu kata dia` is left to the other parsers). */
function dashAfter(doc: Doc, q: RawQuote): Attribution | null {
  if (q.closeEnd < 0) return null;
  const text = doc.text;
  DASH_AFTER.lastIndex = q.closeEnd;
  const m = DASH_AFTER.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  const pi = rangeIndexAt(doc.paras, at);
  if (pi < 0 || pi > q.para + 1 + (q.parts.length > 1 ? q.parts.length : 0)) return null;
  const paraEnd = doc.paras[pi]!.end;
  const sp = readSpeaker(text, at, paraEnd);
  const first = sp.tokens[0];
  if (!first || PRONOUN.has(first.low) || !/^[\s.]*$/u.test(text.slice(sp.stop, paraEnd))) return null;
  const cue: SpeakerCue = { kind: 'phrase', start: sp.start, end: sp.end, rule: sp.titleAfter ? 'name-title-after' : 'verb-after', titleAfter: sp.titleAfter, allowStated: true };
  return { cue, pos: first.start, rule: 'quote-dash-after', end: -1 };
}

/** A lower-case description of at most six words, a comma, and a capitalised word: `tokoh masyarakat
 *  Karangasem, Ida Bagus Rai`, `salah seorang guru, Ahmad`. */
const APPOSED = /^[ \t]{1,3}\p{Ll}[^,.;:!?"“”\n]{0,60}?,[ \t]{1,3}(?=\p{Lu})/u;

/** The name in apposition after a lower-case description of the speaker, unless it is a weekday or a
 *  month (`kata seorang warga, Senin`) or a pronoun. */
function appositionAfter(text: string, after: number, paraEnd: number): { cue: SpeakerCue; pos: number; stop: number } | null {
  const m = APPOSED.exec(text.slice(after, Math.min(paraEnd, after + 80)));
  if (!m || m[0].trim().split(/\s+/u).length > 7) return null;
  const sp = readSpeaker(text, after + m[0].length, paraEnd);
  const first = sp.tokens[0];
  if (!first || PRONOUN.has(first.low) || first.low in WEEKDAYS || first.low in MONTH_NAMES) return null;
  return { cue: { kind: 'phrase', start: sp.start, end: sp.end, rule: 'apposed-after', titleAfter: sp.titleAfter, allowStated: true }, pos: first.start, stop: sp.stop };
}

/** `mantan Sekda itu`, `pria yang akrab disapa Anam itu` (lower-case head, closing demonstrative). */
const DESCRIPTIVE = new RegExp(
  `[ \\t]{1,3}(?<np>(?:${alt(DESCRIPTIVE_HEADS)})(?![\\p{L}\\p{N}])[^,.;:!?"“”\\n]{0,70}?)[ \\t]{1,3}(?:${alt(DESCRIPTIVE_DEMONSTRATIVES)})(?![\\p{L}\\p{N}])`,
  'uy',
);
/** `… disapa Anam`, `… bernama Hendra Wijaya` inside a descriptive phrase. */
const NICKNAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(NICKNAME_CUES)})[ \\t]{1,3}(?<name>\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’]{1,30}){0,2})`, 'u');

/** Parser: a descriptive back-reference after a quote verb. A nickname in it names the speaker; otherwise
 *  it refers to the person last spoken of (a pronoun). */
function descriptive(text: string, at: number, limit: number, verbPos: number): { cue: SpeakerCue; end: number } | null {
  DESCRIPTIVE.lastIndex = at;
  const m = DESCRIPTIVE.exec(text);
  if (!m || m.index + m[0].length > limit) return null;
  const end = m.index + m[0].length;
  const np = m.groups!['np']!;
  const npStart = at + m[0].indexOf(np);
  const n = NICKNAME.exec(np);
  if (n) {
    const s = npStart + n.index + n[0].length - n.groups!['name']!.length;
    return { cue: { kind: 'phrase', start: s, end: npStart + n.index + n[0].length, rule: 'descriptive-name', titleAfter: null, allowStated: true }, end };
  }
  return { cue: { kind: 'pronoun', pos: verbPos, rule: 'descriptive' }, end };
}

/** End of the attribution clause: the next `.`/`,` before another quote mark, else -1. */
function clauseEnd(text: string, from: number, limit: number): number {
  const hi = Math.min(limit, from + 160);
  for (let i = from; i < hi; i++) {
    const ch = text[i]!;
    if (ch === '.' || ch === ',' || ch === '!' || ch === '?') return i + 1;
    if (ch === '"' || ch === '“' || ch === '”' || ch === '\n') return -1;
  }
  return hi >= limit ? limit : -1;
}

/** Fewest words of a quotation after a reporting verb with no comma, inside a sentence that goes on, to be speech. */
const MIN_TERM_WORDS = 2;

/** Parser: reporting verb (or `Kata X,` / `Menurut X,` / a colon) just before the opening mark. */
function verbBefore(doc: Doc, q: RawQuote): Attribution | null {
  const text = doc.text;
  const si = rangeIndexAt(doc.sentences, q.open);
  const para = doc.paras[q.para]!;
  const sStart = si >= 0 ? doc.sentences[si]!.start : para.start;
  if (sStart >= q.open) return null;
  const from = Math.max(sStart, q.open - 120);
  const tail = text.slice(from, q.open);
  let m = SAYS_BEFORE.exec(tail);
  if (m) {
    const vpos = from + m.index;
    if (m.groups?.['nya']) return { cue: { kind: 'pronoun', pos: vpos, rule: 'pronoun' }, pos: vpos, rule: 'quote-verb-before', end: -1 };
    const ph = m.groups?.['phrase'];
    if (!ph) return null;
    const phStart = from + m.index + m[0].indexOf(ph);
    const { tokens } = readSpeakerPhrase(text, phStart, phStart + ph.length);
    if (tokens.length === 0) return null;
    const cue: SpeakerCue = tokens.length === 1 && PRONOUN.has(tokens[0]!.low)
      ? { kind: 'pronoun', pos: tokens[0]!.start, rule: 'pronoun' }
      : { kind: 'phrase', start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, rule: 'verb-before', titleAfter: null, allowStated: true };
    return { cue, pos: tokens[0]!.start, rule: 'quote-verb-before', end: -1 };
  }
  if (DOCUMENT_BEFORE.test(tail)) return { cue: { kind: 'none' }, pos: q.open, rule: 'quote-document', end: -1 };
  m = VERB_BEFORE.exec(tail);
  if (m) {
    const vpos = from + m.index;
    if (vpos <= sStart) return null;
    // `Ia menyebut "netral" sebagai kunci`: a short term named inside the sentence (no comma or colon before it,
    // the sentence going on after it) is no speech
    if (!/[,:]\s{0,3}$/u.test(m[0]) && q.closeEnd >= 0 && wordCount(partsText(text, q.parts), MIN_TERM_WORDS) < MIN_TERM_WORDS && /^[ \t]{1,3}\p{Ll}/u.test(text.slice(q.closeEnd, q.closeEnd + 4))) return null;
    return { cue: { kind: 'subject', start: sStart, end: vpos, rule: 'verb-before' }, pos: vpos, rule: 'quote-verb-before', end: -1 };
  }
  if (COLON_BEFORE.test(tail)) {
    const cpos = q.open - (tail.length - tail.lastIndexOf(':'));
    if (cpos <= sStart) return null;
    return { cue: { kind: 'subject', start: sStart, end: cpos, rule: 'colon' }, pos: cpos, rule: 'quote-colon', end: -1 };
  }
  return null;
}

/** True when the quotation opens its paragraph (or a sentence) rather than sitting inside a sentence. */
function opensSentence(doc: Doc, q: RawQuote): boolean {
  const si = rangeIndexAt(doc.sentences, q.open);
  return si < 0 || doc.sentences[si]!.start === q.open;
}

function isTitleParagraph(doc: Doc, q: RawQuote): boolean {
  const title = doc.ctx.title;
  if (!title) return false;
  const p = doc.paras[q.para]!;
  return doc.text.slice(p.start, p.end).trim() === title.trim();
}

/** A pronoun attribution after a quote (`"…," ujarnya.`) followed by a back-reference sentence that names
 *  the speaker (`Hal tersebut disampaikan oleh X saat …`): the named speaker, as the press-release style
 *  means it. Other attributions are returned as they are. */
function namedAfter(doc: Doc, a: Attribution | null): Attribution | null {
  if (!a || a.cue.kind !== 'pronoun' || a.end <= 0) return a;
  const br = backrefCueAfter(doc, a.end);
  return br ? { ...a, cue: br.cue, pos: br.pos } : a;
}

/** Minimum words for a quote with no attribution to count as a statement (shorter ones are scare quotes,
 *  titles, slogans). */
export const MIN_UNATTRIBUTED_WORDS = 8;

/**
 * Turns scanned quotations into direct-statement candidates:
 *   1. attribution: verb after the quote (`"…," kata X`), else verb before (`X mengatakan, "…"`);
 *   2. split quotes: `"…," kata X. "…"` — a following quotation with no attribution of its own, right after
 *      the attribution clause in the same paragraph, joins the first (one statement, both parts);
 *   3. unattributed quotes are kept only when they open their paragraph/sentence, have at least
 *      MIN_UNATTRIBUTED_WORDS words and read as sentences; their speaker is the previous paragraph's
 *      (`prev-paragraph`) when the quote opens a paragraph, else none.
 */
export function directCandidates(doc: Doc): Candidate[] {
  const text = doc.text;
  const quotes = scanQuotes(doc);
  // built by push: a `map` result may come with holes or not (two hidden classes for the loop below)
  const attrs: Array<Attribution | null> = [];
  for (const q of quotes) attrs.push(namedAfter(doc, verbAfter(doc, q)) ?? dashAfter(doc, q) ?? verbBefore(doc, q));
  const out: Candidate[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const a = attrs[i];
    let parts = q.parts;
    let rule = a ? a.rule : 'quote-unattributed';
    if (a && a.end > 0 && a.cue.kind !== 'none') {
      // split quote: the next quotation follows the attribution clause directly and has none of its own
      // (or only this one, read from its side: `"…," katanya, "…"` gives the second `Katanya, "…"`)
      const n = i + 1 < quotes.length ? quotes[i + 1]! : null;
      const na = attrs[i + 1];
      const own = na != null && !(na.pos >= q.closeEnd && na.pos < a.end);
      if (n && !own && n.para === q.para && /^\s{0,3}$/u.test(text.slice(a.end, n.open))) {
        // keep the first part's own punctuation (`kewajiban,`) so the joined quote reads as written
        const p1 = q.parts[q.parts.length - 1]!;
        const closeMark = q.closeEnd - 1;
        const withPunct = { start: p1.start, end: /[,;]/u.test(text[closeMark - 1] ?? '') ? closeMark : p1.end };
        parts = [...q.parts.slice(0, -1), withPunct, ...n.parts];
        rule = 'quote-split';
        i++;
      }
    }
    const quote = partsText(text, parts);
    if (quote.length === 0) continue;
    if (isTitleParagraph(doc, q)) continue; // a headline's quote is a title, not a statement
    const start = parts[0]!.start;
    const end = parts[parts.length - 1]!.end;
    if (a) {
      const cue: SpeakerCue =
        rule === 'quote-split' && a.cue.kind === 'phrase'
          ? phraseCue(a.cue.start, a.cue.end, 'split-quote', a.cue.titleAfter, a.cue.allowStated)
          : a.cue;
      out.push({ kind: 'direct', parts, quote, start, end, cue, pos: a.pos, rule, attributed: true });
      continue;
    }
    // a quotation making up its paragraph, attributed at the start of the next one (`Demikian disampaikan
    // X, …`, `Hal itu dikatakan X …`)
    const opensPara = doc.paras[q.para]!.start === q.open;
    const lastPi = rangeIndexAt(doc.paras, end - 1);
    if (opensPara && lastPi >= 0 && (q.closeEnd < 0 || isBlank(text, q.closeEnd, doc.paras[lastPi]!.end, true))) {
      const br = backrefCueAt(doc, lastPi + 1);
      if (br && wordCount(quote, 3) >= 3) {
        out.push({ kind: 'direct', parts, quote, start, end, cue: br.cue, pos: br.pos, rule: 'quote-backref', attributed: true });
        continue;
      }
    }
    // a quotation opening its paragraph after one that ends in a reporting verb and a colon (`Suarjana
    // menjelaskan:`), or a quotation making up its paragraph with its speaker at the start of the next (`X
    // mengatakan hal itu saat ditemui …`)
    if (opensPara) {
      const intro = q.para > 0 ? introducedBefore(doc, q.para - 1) : null;
      const next = intro || !(lastPi >= 0 && (q.closeEnd < 0 || isBlank(text, q.closeEnd, doc.paras[lastPi]!.end, true))) ? null : saidThatAt(doc, lastPi + 1);
      const a = intro ?? next;
      if (a && wordCount(quote, 3) >= 3) {
        out.push({ kind: 'direct', parts, quote, start, end, cue: a.cue, pos: a.pos, rule: intro ? 'quote-intro-paragraph' : 'quote-backref', attributed: true });
        continue;
      }
    }
    // unattributed: the precision filter
    if (!opensSentence(doc, q)) continue;
    if (wordCount(quote, MIN_UNATTRIBUTED_WORDS) < MIN_UNATTRIBUTED_WORDS) continue;
    const sentenceLike = q.closeEnd < 0 || q.parts.length > 1 || SENT_END.test(quote) || /[.!?]\s/u.test(quote);
    if (!sentenceLike) continue;
    const cue: SpeakerCue = opensPara && q.para > 0 ? { kind: 'prev-paragraph', para: q.para, rule: 'prev-paragraph' } : { kind: 'none' };
    out.push({ kind: 'direct', parts, quote, start, end, cue, pos: q.open, rule, attributed: false });
  }
  return out;
}
