// Region hits (one per mention before aggregation), the compiled gazetteer phrase matcher, and small area helpers.
import { areaByCode, provinces, regencies, type Area } from '../../lexicon/gazetteer.js';
import { PhraseMatcher } from '../../lexicon/matcher.js';
import { NOT_REGION_PHRASES, REGION_ALIASES, RISKY_REGION_NAMES } from '../../lexicon/region-aliases.js';
import { MIN_JOINED_LETTERS, UNJOINED_FIRST_WORDS, UNJOINED_SECOND_WORDS } from '../../lexicon/region-spellings.js';
import { derivedShortForm } from './short-spelling.js';

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

interface Compiled {
  matcher: PhraseMatcher<Entry>;
  risky: Set<string>;
  byName: ReadonlyMap<string, readonly string[]>;
  /** The gazetteer's spelling of each joined spelling, by the joined one lower-cased (`mukomuko` → `Muko Muko`). */
  spaced: ReadonlyMap<string, string>;
}

let compiled: Compiled | null = null;

/** `matcher`: names and aliases; `risky`: RISKY_REGION_NAMES lower-cased; `byName`: the codes of the provinces,
 *  regencies and cities of each gazetteer name, by its lower-cased core (`bima` → [52.06, 52.72]). */
export function compile(): Compiled {
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
  const spaced = new Map<string, string>();
  for (const [phrase, { codes, core }] of joinedSpellings(byPhrase, phraseText)) {
    entries.push({ phrase, mode: 'title', value: { codes, via: 'alias' } });
    spaced.set(phrase.toLowerCase(), core);
  }
  // `Tanjab Barat`: the derived short form of a regency whose words before the compass word name no region
  for (const a of regencies()) {
    const short = derivedShortForm(a.core, (p) => byPhrase.has(p.toLowerCase()));
    if (short !== null && !byPhrase.has(short.toLowerCase())) entries.push({ phrase: short, mode: 'exact', value: { codes: [a.code], via: 'alias' } });
  }
  // names holding a region name that are something else: no codes, so the longer match gives no hit
  for (const p of NOT_REGION_PHRASES) entries.push({ phrase: p, mode: 'title', value: { codes: [], via: 'alias' } });
  compiled = {
    matcher: new PhraseMatcher(entries),
    risky: new Set(RISKY_REGION_NAMES.map((s) => s.toLowerCase())),
    byName: byPhrase,
    spaced,
  };
  return compiled;
}


const UNJOINED_FIRST = new Set(UNJOINED_FIRST_WORDS);
const UNJOINED_SECOND = new Set(UNJOINED_SECOND_WORDS);

/** The one-word spellings of the two-word names (`Muko Muko` → `Mukomuko`, lexicon/region-spellings.ts), each with
 *  the codes of its name; none that is itself a name or shorter than MIN_JOINED_LETTERS. */
export function joinedSpellings(
  byPhrase: ReadonlyMap<string, readonly string[]>,
  phraseText: ReadonlyMap<string, string>,
): Map<string, { codes: string[]; core: string }> {
  const out = new Map<string, { codes: string[]; core: string }>();
  for (const [k, codes] of byPhrase) {
    const words = phraseText.get(k)!.split(' ');
    if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || !/^\p{Lu}\p{Ll}+$/u.test(words[1]!)) continue;
    if (UNJOINED_FIRST.has(words[0]!) || UNJOINED_SECOND.has(words[1]!)) continue;
    const joined = words[0]! + words[1]!.toLowerCase();
    if (joined.length < MIN_JOINED_LETTERS || byPhrase.has(joined.toLowerCase())) continue;
    // two names joining alike (none in the gazetteer today) share the spelling: both names' codes
    const had = out.get(joined);
    if (had === undefined) out.set(joined, { codes: [...codes], core: phraseText.get(k)! });
    else {
      for (const c of codes) if (!had.codes.includes(c)) had.codes.push(c);
    }
  }
  return out;
}

export function codesOf(areas: readonly Area[]): string[] {
  const out: string[] = [];
  for (const a of areas) out.push(a.code);
  return out;
}
