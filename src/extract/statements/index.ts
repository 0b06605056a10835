// STATEMENTS extractor: who said what about ASN neutrality, when and where.
//
// Parsers (each a pattern + an extract that may reject):
//   direct.ts    — quotations from scan.ts (the scanner), then attribution after / before the quote, split quotes, and the
//                  precision filter for unattributed quotes (scare quotes, titles);
//   indirect.ts  — reported speech: `X mengatakan …`, `Menurut X, …`, `dikatakannya`, `Hal itu disampaikan X`,
//                  `…, tegas Sekda, …`, `…, katanya.`
// Refiners, in this fixed order:
//   1. exclude     — official mentions inside accepted direct quotes are not speakers;
//   2. resolve     — speakers, in order of where each candidate names its speaker, so pronouns (`katanya`,
//                    `Ia …`) and quote paragraphs without attribution can use the speakers before them;
//   3. require     — indirect statements without a speaker are dropped (precision);
//   4. overlap     — an indirect statement overlapping a direct quote, or an earlier indirect one, is dropped;
//   5. dedupe      — the same normalised quote twice in an article (a repeated paragraph) is one statement;
//   6. finalise    — topic/type cues, date, region, content-derived id; sorted by position.
import type { DateMention, ExtractContext, Official, RegionMention, RegionRef, Statement } from '../../model.js';
import { shortHash } from '../../util/hash.js';
import { isAnonymousSubject } from './anonymous.js';
import { classify } from './classify.js';
import { directCandidates } from './direct.js';
import { type Candidate, type Doc, type Range, type SpeakerCue, buildDoc, normSquashedLow, objectList, rangeIndexAt, sortInPlace, wordCount } from './doc.js';
import { indirectCandidates } from './indirect.js';
import { INTERVIEW_ANSWER_RULE, INTERVIEW_TURN_RULE, interviewCandidates, interviewee, isQuestionParagraph } from './interview.js';
import { type Resolved, SpeakerResolver, resolvedAs } from './speaker.js';
import { actReports } from './act-report.js';


interface Resolving {
  c: Candidate;
  r: Resolved | null;
  /** The subject is an anonymous source (`anonymous.ts`): kept with no speaker. */
  anonymous: boolean;
  /** normQuote(c.quote) (the quote is squashed), set by `dedupe` (the id hashes it too: computed once). */
  key: string;
  /** c.quote.toLowerCase(), set by `dedupe` (classify reads it too). */
  low: string;
  /** A reported act with no person quoted (act-report.ts): its speaker, if any, is the act's agent, implied. */
  implied: boolean;
}

/** A candidate and its speaker; `key` and `low` are filled in by `dedupe`. Every field is there from the
 *  start (adding one later would give the object a second hidden class, and its readers a deopt). */
function resolving(c: Candidate, r: Resolved | null): Resolving {
  return { c, r, anonymous: false, key: '', low: '', implied: false };
}

/** Refiner 2: resolves speakers in `pos` order, feeding each result to the pronoun chain. */
// comparators, made once (not a closure per call)
const byPos = (a: Candidate, b: Candidate): number => a.pos - b.pos || a.start - b.start;
const byRange = (a: Resolving, b: Resolving): number => a.c.start - b.c.start || a.c.end - b.c.end;
const byStartDirectFirst = (a: Resolving, b: Resolving): number =>
  a.c.start - b.c.start || (a.c.kind === b.c.kind ? 0 : a.c.kind === 'direct' ? -1 : 1);
const byCandidateStart = (a: Resolving, b: Resolving): number => a.c.start - b.c.start;

function resolveSpeakers(doc: Doc, resolver: SpeakerResolver, cands: Candidate[]): Resolving[] {
  const order = sortInPlace(cands, byPos); // `cands` is the caller's fresh array
  const done: Resolving[] = [];
  for (const c of order) {
    let r: Resolved | null;
    if (c.cue.kind === 'prev-paragraph') {
      r = prevParagraphSpeaker(doc, done, c.cue.para);
      // an interview answer (its paragraph follows a question) with no earlier answer: the interviewee
      // named in the lead (`interviewee`)
      if (!r && isQuestionParagraph(doc, c.cue.para - 1)) r = interviewee(doc, resolver, doc.paras[c.cue.para - 1]!.start);
    } else {
      r = resolver.resolve(c.cue, c.pos);
    }
    // an anonymous source (`Seorang pegawai … yang meminta namanya tidak ditulis`): nobody, unless a person is
    // named in the subject (a pronoun inside the description, `jati dirinya`, names no one)
    const anonymous = c.cue.kind === 'subject' && (!r || r.rule === 'pronoun') && isAnonymousSubject(doc.text.slice(c.cue.start, c.cue.end));
    const x = resolving(c, anonymous ? null : r);
    x.anonymous = anonymous;
    if (anonymous) resolver.d.recordAnonymous(c.pos);
    else if (r) resolver.record(c.pos, r);
    done.push(x);
  }
  return done;
}

/** A quote paragraph with no attribution goes to the speaker of the paragraph just before it: the last
 *  resolved statement that starts or names its speaker there. */
function prevParagraphSpeaker(doc: Doc, done: Resolving[], para: number): Resolved | null {
  // interview layout: the question paragraphs between answers are skipped (at most a few)
  let pi = para - 1;
  let rule = 'prev-paragraph';
  for (let k = 0; k < 3 && isQuestionParagraph(doc, pi); k++) {
    pi--;
    rule = 'interview';
  }
  const p = doc.paras[pi];
  if (!p) return null;
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k]!;
    const inPara = (d.c.pos >= p.start && d.c.pos < p.end) || (d.c.start >= p.start && d.c.start < p.end);
    // (an interview's answers are a person's words: an institution speaking in the lead, `Bawaslu X mencatat …`,
    // is not the interviewee named after it, nor is a person taking a turn in brackets inside an answer)
    if (inPara && d.r && !(rule === 'interview' && (d.r.ref.kind === 'institution' || d.c.rule === INTERVIEW_TURN_RULE))) return resolvedAs(d.r.ref, d.r.official, rule);
    if (d.c.pos < p.start && d.c.start < p.start) break;
  }
  // an answer paragraph that only hands over to a bracketed turn: the interviewee of the answer before
  if (rule === 'interview') {
    for (let k = done.length - 1; k >= 0; k--) {
      const d = done[k]!;
      if (d.r && d.c.rule === INTERVIEW_ANSWER_RULE && d.c.start < p.start) return resolvedAs(d.r.ref, d.r.official, rule);
    }
  }
  return null;
}

/** Refiner 4: drops indirect candidates overlapping a direct one or an earlier-kept indirect one. */
function dropOverlaps(items: Resolving[]): Resolving[] {
  // one pass splitting the kinds; `taken` built by push (a `flatMap` result has holes, another hidden class)
  const kept: Resolving[] = [];
  const taken: Range[] = [];
  const indirect: Resolving[] = [];
  for (const x of items) {
    if (x.c.kind === 'direct') {
      kept.push(x);
      for (const p of x.c.parts) taken.push(p);
    } else indirect.push(x);
  }
  sortInPlace(indirect, byRange);
  for (const x of indirect) {
    if (overlapsAny(taken, x.c.start, x.c.end)) continue;
    kept.push(x);
    taken.push({ start: x.c.start, end: x.c.end });
  }
  return kept;
}

/** Whether one of `ranges` intersects [start, end) (a loop: no closure per candidate). */
function overlapsAny(ranges: Range[], start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i++) if (ranges[i]!.start < end && ranges[i]!.end > start) return true;
  return false;
}

/** Refiner 5: one statement per normalised quote (the first by position; direct beats indirect). */
function dedupe(items: Resolving[]): Resolving[] {
  const sorted = sortInPlace(items, byStartDirectFirst); // `items` is dropOverlaps' fresh array
  // an article has a handful of statements: comparing keys directly (lengths differ at once) is cheaper
  // than hashing each whole quote into a Map; the Map is for articles with many
  const seen = sorted.length > SMALL_DEDUPE ? new Map<string, Resolving>() : null;
  const out: Resolving[] = [];
  for (const x of sorted) {
    const low = x.c.quote.toLowerCase();
    const key = normSquashedLow(low);
    x.low = low;
    x.key = key;
    const prev = seen ? seen.get(key) : firstWithKey(out, key);
    if (prev) {
      // a later copy may carry the attribution the first lacked
      if (!prev.r && x.r) prev.r = x.r;
      continue;
    }
    seen?.set(key, x);
    out.push(x);
  }
  return out;
}

/** Up to this many statements, `dedupe` looks keys up by a linear scan. */
const SMALL_DEDUPE = 24;

function firstWithKey(items: Resolving[], key: string): Resolving | undefined {
  for (const x of items) if (x.key === key) return x;
  return undefined;
}

const LEVEL_DEPTH: Record<string, number> = { province: 1, regency: 2, city: 2, district: 3, village: 4 };

/** The article's region: the most-mentioned region; ties go to the more specific level, then the code. */
function articleRegion(regions: RegionMention[]): RegionRef | null {
  let best: RegionMention | null = null;
  for (const r of regions) {
    if (!best) {
      best = r;
      continue;
    }
    const d = r.mentions - best.mentions || (LEVEL_DEPTH[r.level] ?? 0) - (LEVEL_DEPTH[best.level] ?? 0) || (r.code < best.code ? 1 : -1);
    if (d > 0) best = r;
  }
  return best ? { code: best.code, name: best.name } : null;
}

/** The article's main event date: the event-kind ISO date mentioned most, ties to the earliest. */
function mainEventDate(dates: DateMention[]): string | null {
  const counts = new Map<string, { n: number; first: number }>();
  for (const d of dates) {
    if (d.kind !== 'event' || !d.iso) continue;
    const c = counts.get(d.iso);
    if (c) c.n++;
    else counts.set(d.iso, { n: 1, first: d.start });
  }
  // one pass in any order: most mentions, then the earliest first mention, then the smaller ISO date (the
  // winner of the former pass over the dates sorted by ISO, which kept the first of equals)
  let best: string | null = null;
  let bn = 0;
  let bf = Infinity;
  for (const [iso, c] of counts) {
    if (c.n > bn || (c.n === bn && (c.first < bf || (c.first === bf && best !== null && iso < best)))) {
      best = iso;
      bn = c.n;
      bf = c.first;
    }
  }
  return best;
}

/** The date a statement was made: the nearest event date in its paragraph, else in the paragraph before,
 *  else the article's main event date. `events` are the article's event dates with an ISO date. */
function statementDate(doc: Doc, events: DateMention[], c: Candidate, main: string | null): string | null {
  const pi = rangeIndexAt(doc.paras, c.start);
  return nearestInParagraph(doc, events, pi, c.start) ?? nearestInParagraph(doc, events, pi - 1, c.start) ?? main;
}

/** The ISO date of the event date in paragraph `pi` nearest to `pos` (the first of equals), or null. */
function nearestInParagraph(doc: Doc, events: DateMention[], pi: number, pos: number): string | null {
  if (pi < 0 || pi >= doc.paras.length) return null;
  const p = doc.paras[pi]!;
  let best: DateMention | null = null;
  let bd = Infinity;
  for (let i = 0; i < events.length; i++) {
    const d = events[i]!;
    if (d.start < p.start || d.start >= p.end) continue;
    const dist = Math.abs(d.start - pos);
    if (dist < bd) {
      best = d;
      bd = dist;
    }
  }
  return best ? best.iso : null;
}

/** The event dates with an ISO date (the only ones a statement can take), once per article. */
function eventDates(dates: DateMention[]): DateMention[] {
  const out = objectList<DateMention>();
  for (const d of dates) if (d.kind === 'event' && d.iso) out.push(d);
  return out;
}

export function extractStatements(
  ctx: ExtractContext,
  officials: Official[],
  regions: RegionMention[],
  dates: DateMention[],
): Statement[] {
  const doc = buildDoc(ctx, officials, regions, dates);
  const direct = directCandidates(doc);
  for (const c of interviewCandidates(doc)) direct.push(c);
  // by push into an object list: a `flatMap` result has holes (another hidden class for `rangeIndexAt`)
  const directRanges = objectList<Range>();
  for (const c of direct) for (const p of c.parts) directRanges.push(p);
  const indirect = indirectCandidates(doc, directRanges);

  const resolver = new SpeakerResolver(doc);
  resolver.excludeRanges(directRanges); // 1
  const resolved = resolveSpeakers(doc, resolver, [...direct, ...indirect]); // 2
  const withSpeaker = resolved.filter((x) => x.c.kind === 'direct' || x.r !== null || x.anonymous); // 3
  const items = dedupe(dropOverlaps(withSpeaker)); // 4, 5
  // 5b: a paragraph with no quotation and no statement that reports an act of the authority (act-report.ts); its
  // agent resolved as a subject, not recorded for the pronoun chain (no one is quoted)
  addActReports(doc, resolver, items);

  // 6
  const region = articleRegion(regions);
  const main = mainEventDate(dates);
  const events = eventDates(doc.dates);
  sortInPlace(items, byCandidateStart);
  const out: Statement[] = [];
  for (const { c, r, anonymous, key, low, implied } of items) {
    const cls = c.act ? classify(`${c.act} ${c.quote}`) : classify(c.quote, low);
    const st: Statement = {
      id: `s_${shortHash(`${ctx.articleId}\u0000${key}`, 12)}`,
      kind: c.kind,
      quote: c.quote,
      speaker: r ? r.ref : null,
      speakerRule: r ? r.rule : anonymous ? 'anonymous' : null,
      neutrality: cls.neutrality,
      type: cls.type,
      cues: cls.cues,
      date: statementDate(doc, events, c, main),
      region: r?.official?.region ?? region,
      start: c.start,
      end: c.end,
      rule: c.rule,
    };
    if (implied) st.certain = false;
    out.push(st);
  }
  return out;
}

/** Refiner 5b: the reported acts of the paragraphs with no statement, each kept when the classifier gives it a type
 *  its clause kind admits (`ActReport.types`). */
function addActReports(doc: Doc, resolver: SpeakerResolver, items: Resolving[]): void {
  // in an article where someone is quoted, the paragraphs around the quotes are the reporter's narration (the act a
  // speaker announced is their statement; the background is no one's): only an item that quotes no one speaks
  // through the acts it reports (a brief, a notice, a press release)
  if (items.length > 0) return;
  const taken: Range[] = [];
  for (const x of items) for (const p of x.c.parts) taken.push(p);
  for (const a of actReports(doc, taken)) {
    const quote = doc.text.slice(a.start, a.end);
    const low = quote.toLowerCase();
    if (!a.types.includes(classify(quote, low).type)) continue;
    const cue: SpeakerCue = a.agent ? { kind: 'subject', start: a.agent.start, end: a.agent.end, rule: a.rule } : { kind: 'none' };
    const pos = a.agent ? a.agent.start : a.start;
    const c: Candidate = { kind: 'indirect', parts: [{ start: a.start, end: a.end }], quote, start: a.start, end: a.end, cue, pos, rule: a.rule, attributed: false };
    const r = a.agent ? resolver.resolve(cue, pos) : null;
    if (a.needsSpeaker && !r) continue;
    const x = resolving(c, r);
    x.implied = true;
    x.key = normSquashedLow(low);
    x.low = low;
    items.push(x);
  }
}
