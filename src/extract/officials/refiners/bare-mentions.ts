// Refiner `bare-mentions`: bare-name mentions of known officials (`ujar Ilham`, `kata Hesty`, `H.M.Juaini`) become
// spans of the one official whose name tokens they all carry; not a possessor inside a relation's phrase with its
// referent in apposition (`Kuasa hukum Sarnubi, Yudi …, menyambut`: the clause is Yudi's).
import type { Span } from '../../../model.js';
import type { Coverage } from '../coverage.js';
import { precededBy, RELATION_BEFORE } from '../word-before.js';
import { normTokens } from '../names.js';
import type { PersonRun } from '../person-runs.js';
import type { Candidate } from '../types.js';

/** A name in apposition after the comma: `, Yudi`. */
const APPOSED_NAME_AFTER_RE = /^[ \t]{0,2},[ \t]{1,2}\p{Lu}/u;

/** Refiner 2: bare-name mentions of known officials (`ujar Ilham`, `H.M.Juaini`). */
export function addBareMentions(
  text: string,
  offs: Candidate[],
  taken: Coverage,
  /** the capitalised runs; those whose tokens cannot start with one of `tokens` may be left out */
  runs: (tokens: ReadonlyMap<string, unknown>) => PersonRun[],
  /** nicknames the text introduces after an official's name (refiners/nicknames.ts): their tokens are the official's */
  nicknames: ReadonlyMap<Candidate, string[]> = new Map(),
): void {
  if (offs.length === 0) return;
  // token → officials carrying it
  const byToken = new Map<string, number[]>();
  offs.forEach((o, i) => {
    for (const t of new Set([...normTokens(o.tokens), ...(nicknames.get(o) ?? [])])) {
      const l = byToken.get(t);
      if (l) l.push(i);
      else byToken.set(t, [i]);
    }
  });
  for (const r of runs(byToken)) {
    // the officials carrying every token of the run (most runs carry no official's token: no list is built)
    let hits = byToken.get(r.toks[0]!);
    for (let x = 1; hits !== undefined && hits.length > 0 && x < r.toks.length; x++) {
      const l = byToken.get(r.toks[x]!);
      hits = l ? hits.filter((i) => l.includes(i)) : undefined;
    }
    if (hits === undefined || hits.length !== 1) continue;
    // (after the token lookup, which settles most runs more cheaply)
    if (taken.hits(r.start, r.end)) continue;
    if (APPOSED_NAME_AFTER_RE.test(text.slice(r.end, r.end + 4)) && precededBy(RELATION_BEFORE, text, r.start)) continue;
    const o = offs[hits[0]!]!;
    const span: Span = { start: r.start, end: r.end, text: text.slice(r.start, r.end), rule: 'bare-name' };
    o.spans.push(span);
    taken.add(span.start, span.end);
    const written = span.text.replace(/[ \t]+/gu, ' ');
    if (written.length > o.nameAsWritten.length && r.toks.length >= normTokens(o.tokens).length) o.nameAsWritten = written;
  }
}
