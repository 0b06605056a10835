// Region hits (one per mention before aggregation), the compiled gazetteer phrase matcher, and small area helpers.
import { areaByCode, provinces, regencies, type Area } from '../../lexicon/gazetteer.js';
import { PhraseMatcher } from '../../lexicon/matcher.js';
import { NOT_REGION_PHRASES, REGION_ALIASES, RISKY_REGION_NAMES } from '../../lexicon/region-aliases.js';

/** One region hit before aggregation. Every hit has every field, set at creation (newHit), so all hits share
 *  one object shape: the refiners read them at the same sites, which stay monomorphic in optimised code
 *  (optional fields added later gave several shapes, and deoptimisations on them). */
export interface Hit {
  code: string;
  start: number;
  end: number;
  rule: string;
  /** District/village hits whose regency must be confirmed by another mention. */
  needsRegencyContext: boolean;
  /** Alternative codes when the place name exists in several regencies (null: none). */
  candidates: readonly string[] | null;
  /** A bare name shared by a regency and a city (`Bima`, `Malang`): every code it may stand for (null: not shared). */
  shared: readonly string[] | null;
  /** A risky name (`Medan`, `Batu`) with no context of its own: a region only as an item of a list of regions. */
  listOnly: boolean;
}

/** The one factory of Hit objects (see Hit). */
export function newHit(
  code: string,
  start: number,
  end: number,
  rule: string,
  needsRegencyContext = false,
  candidates: readonly string[] | null = null,
  shared: readonly string[] | null = null,
  listOnly = false,
): Hit {
  return { code, start, end, rule, needsRegencyContext, candidates, shared, listOnly };
}

/** A copy of `h` standing for `code` (a refiner's decision), as newHit builds it. */
export function withCode(h: Hit, code: string, needsRegencyContext = h.needsRegencyContext): Hit {
  return newHit(code, h.start, h.end, h.rule, needsRegencyContext, h.candidates, h.shared, h.listOnly);
}

/** The city among the codes of a shared name (`Malang`: Kota Malang), or null. */
export function cityOf(codes: readonly string[]): string | null {
  for (const c of codes) if (areaByCode(c)?.level === 'city') return c;
  return null;
}

export interface Entry {
  codes: string[];
  via: 'name' | 'alias';
}

// Compiled once per process (lazily, on first call).

let compiled: { matcher: PhraseMatcher<Entry>; risky: Set<string>; byName: ReadonlyMap<string, readonly string[]> } | null = null;

/** `matcher`: names and aliases; `risky`: RISKY_REGION_NAMES lower-cased; `byName`: the codes of the provinces,
 *  regencies and cities of each gazetteer name, by its lower-cased core (`bima` → [52.06, 52.72]). */
export function compile(): { matcher: PhraseMatcher<Entry>; risky: Set<string>; byName: ReadonlyMap<string, readonly string[]> } {
  if (compiled) return compiled;
  // Group codes by the phrase they are written as: `Bima` → [52.06, 52.72].
  const byPhrase = new Map<string, string[]>();
  const addName = (phrase: string, code: string): void => {
    const k = phrase.toLowerCase();
    const l = byPhrase.get(k);
    if (l) {
      if (!l.includes(code)) l.push(code);
    } else byPhrase.set(k, [code]);
  };
  const phraseText = new Map<string, string>();
  for (const a of [...provinces(), ...regencies()]) {
    addName(a.core, a.code);
    phraseText.set(a.core.toLowerCase(), a.core);
  }
  const entries: Array<{ phrase: string; mode: 'exact' | 'title'; value: Entry }> = [];
  for (const [k, codes] of byPhrase) entries.push({ phrase: phraseText.get(k)!, mode: 'title', value: { codes, via: 'name' } });
  for (const al of REGION_ALIASES) entries.push({ phrase: al.alias, mode: al.mode, value: { codes: [al.code], via: 'alias' } });
  // names holding a region name that are something else: no codes, so the longer match gives no hit
  for (const p of NOT_REGION_PHRASES) entries.push({ phrase: p, mode: 'title', value: { codes: [], via: 'alias' } });
  compiled = {
    matcher: new PhraseMatcher(entries),
    risky: new Set(RISKY_REGION_NAMES.map((s) => s.toLowerCase())),
    byName: byPhrase,
  };
  return compiled;
}


export function codesOf(areas: readonly Area[]): string[] {
  const out: string[] = [];
  for (const a of areas) out.push(a.code);
  return out;
}
