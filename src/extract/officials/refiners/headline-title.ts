// Refiner `headline-title`: a title with no name in the headline or lead (`Gubernur Ajak ASN Netral`) plus exactly
// one untitled speaker who recurs (`oleh Ilham`, `ujar Ilham`, `Ilham menegaskan`, at least twice) → that person
// holds the title.
import type { ExtractContext, Span } from '../../../model.js';
import { alternationOf, SPACE } from '../../../text/regex.js';
import { SUBJECT_VERBS_AFTER } from '../../../lexicon/honorifics.js';
import { headlineEndOf, type LowerWords } from '../article-words.js';
import type { Coverage } from '../coverage.js';
import { normTokens } from '../names.js';
import type { PersonRun } from '../person-runs.js';
import { stickyAt } from '../scan.js';
import type { Candidate, UnnamedTitle } from '../types.js';
import { precededBy, SPEECH_BEFORE } from '../word-before.js';

/** A comma or a subject verb right after a run (`Ilham menegaskan`); sticky, tried at the run's end. (It was
 *  once tried on the 30 characters after the run; no match is that long, so the lookahead sees the same.) */
const SUBJECT_AFTER_RE = new RegExp(`(?:[ \\t]{0,2},|[ \\t]{1,2}(?:${alternationOf(SUBJECT_VERBS_AFTER, { space: SPACE.literal })})(?![\\p{L}]))`, 'uy');
if (Math.max(...SUBJECT_VERBS_AFTER.map((v) => v.length)) + 2 >= 30) throw new Error('SUBJECT_VERBS_AFTER: a verb too long for the 30-character window');

/** The unnamed title refiner 3 starts from: exactly one distinct (role, region) title in the headline/lead;
 *  else null (then refiner 3 does nothing). */
export function leadTitleOf(ctx: ExtractContext, unnamed: UnnamedTitle[]): UnnamedTitle | null {
  const leadEnd = ctx.paragraphs.length > 1 ? ctx.paragraphs[Math.min(1, ctx.paragraphs.length - 1)]!.end : Math.min(ctx.text.length, 400);
  const leadLimit = Math.max(leadEnd, headlineEndOf(ctx));
  const leadTitles = unnamed.filter((u) => u.start < leadLimit && u.role);
  const distinct = new Set(leadTitles.map((u) => `${u.role}|${u.region?.code ?? ''}`));
  return distinct.size === 1 ? leadTitles[0]! : null;
}

/** Refiner 3: a title with no name in the headline/lead (`t`, see leadTitleOf) + one recurring untitled speaker. */
export function assignHeadlineTitle(
  ctx: ExtractContext,
  t: UnnamedTitle,
  offs: Candidate[],
  taken: Coverage,
  allRuns: () => PersonRun[],
  lower: LowerWords,
): void {
  const text = ctx.text;
  const counts = new Map<string, Array<{ start: number; end: number }>>();
  const runs = allRuns().filter((r) => !taken.hits(r.start, r.end));
  let known: Set<string> | null = null; // the officials' name tokens, once a run is a speaker
  for (const r of runs) {
    if (!precededBy(SPEECH_BEFORE, text, r.start) && !stickyAt(SUBJECT_AFTER_RE, text, r.end)) continue;
    // known officials are not candidates; a single common word is not a name
    known ??= new Set(offs.flatMap((o) => normTokens(o.tokens)));
    if (r.toks.some((x) => known!.has(x))) continue;
    if (r.toks.length === 1 && lower.has(r.toks[0]!)) continue;
    const key = r.toks.join(' ');
    const l = counts.get(key);
    if (l) l.push({ start: r.start, end: r.end });
    else counts.set(key, [{ start: r.start, end: r.end }]);
  }
  const recurring = [...counts.entries()].filter(([, v]) => v.length >= 2);
  if (recurring.length !== 1) return;
  const [key, where] = recurring[0]!;
  // every mention of that name (not only the speaker ones)
  const spans: Span[] = [{ start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: 'headline-title' }];
  for (const r of runs) {
    if (r.toks.join(' ') !== key) continue;
    spans.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), rule: 'recurring-speaker' });
  }
  const first = where[0]!;
  const written = text.slice(first.start, first.end);
  const tokens = written.split(/[ \t]+/u).filter((w) => /^\p{Lu}/u.test(w));
  offs.push({
    tokens,
    name: tokens.join(' '),
    nameAsWritten: written,
    title: t.title,
    role: t.role,
    acting: t.acting,
    institution: t.institution,
    region: t.region,
    spans,
    rule: 'headline-title',
  });
  for (const s of spans) taken.add(s.start, s.end);
}
