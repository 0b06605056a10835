// A parenthetical attribution inside a clause (`Bawaslu Purbalingga, sebagaimana disampaikan ketuanya, Nama, S.Ag.,
// dalam rapat evaluasi, menangani sebelas dugaan pelanggaran …`): the clause around it is the reported content, the
// words after the passive verb up to the part that opens the clause's predicate (an active, `ber-`, `ter-` or
// passive verb, or a predicate word) name the speaker, as a subject clause does (apposed names, degrees and a
// trailing adjunct read by speaker.ts). An `indirect-*` parser (indirect.ts registers it).
import { AS_REPORTED_MARKERS, PASSIVE_REPORT_VERBS } from '../../lexicon/attribution.js';
import { SPACE, WE as E, alternationOf } from '../../text/regex.js';
import { type Candidate, type Range, squash, trimRange, wordCount } from './doc.js';
import { opensWithPredicate } from './clause.js';
import type { IndirectParser } from './indirect.js';

const alt = (xs: readonly string[]): string => alternationOf(xs, { space: SPACE.ws1to3 });
/** Most comma parts after the verb before the predicate's part (the speaker, a name, degrees, an adjunct). */
const MAX_PARTS = 5;
/** Fewest words of the content. */
const MIN_WORDS = 4;

export const asReported: IndirectParser = {
  name: 'indirect-as-reported',
  needs: new RegExp(`,\\s{1,3}(?:${alt(AS_REPORTED_MARKERS)})\\s`, 'giu'),
  pattern: new RegExp(`,\\s{1,3}(?:${alt(AS_REPORTED_MARKERS)})\\s{1,3}(?:${alt(PASSIVE_REPORT_VERBS)})(?:\\s{1,3}oleh)?${E}`, 'giu'),
  extract(m, s) {
    const before = s.text.slice(0, m.index).trim();
    if (before.length === 0) return null;
    const text = s.doc.text;
    const from = s.start + m.index + m[0].length;
    // the comma parts after the verb: the first that opens with a predicate starts the rest of the clause
    let at = from;
    for (let k = 0; k < MAX_PARTS; k++) {
      const comma = text.indexOf(',', at);
      if (comma < 0 || comma >= s.end) return null;
      at = comma + 1;
      if (opensWithPredicate(text.slice(at, Math.min(s.end, at + 40)))) {
        const speaker: Range = trimRange(text, from, comma);
        if (speaker.end <= speaker.start) return null;
        const rest = text.slice(at, s.end).trim();
        const quote = squash(`${before} ${rest}`);
        if (wordCount(quote, MIN_WORDS) < MIN_WORDS) return null;
        const c: Candidate = {
          kind: 'indirect', parts: [{ start: s.start, end: s.end }], quote, start: s.start, end: s.end,
          cue: { kind: 'subject', start: speaker.start, end: speaker.end, rule: 'as-reported' }, pos: speaker.start, rule: this.name, attributed: true,
        };
        return c;
      }
    }
    return null;
  },
};

