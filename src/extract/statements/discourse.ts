// Discourse tracking for speakers: who is mentioned where (officials, and persons the officials extractor does
// not list), and who a pronoun refers to (the last speaker named before it).
//   mentions → officials' spans, plus persons named in apposition after a title (`Ketua Panwascam X,
//              Haerul Anam,`) or with an age (`Nurhayati (45)`);
//   pronoun  → the later of (a) the last mention outside quotes, taken as the FIRST mentioned in that
//              sentence (its subject, not an object such as `mengapresiasi Pj Sekda …`), and (b) the last
//              resolved statement's speaker.
import type { Official, SpeakerRef } from '../../model.js';
import { isLetterUnit } from '../../nlp/words.js';
import { type Doc, type Range, byStart, objectList, rangeIndexAt, sortInPlace } from './doc.js';
import { type Resolved, officialRef, resolvedAs, statedSpeaker, nameTokens } from './names.js';
import { ACTING, NOT_NAME, ORG, PRONOUN, ROLE, SPEAKER_ROLE_WORD_MAX, startsUpper } from './phrase.js';

export interface Mention {
  start: number;
  end: number;
  /** The official mentioned, or null for a named person the officials extractor does not list
   *  (`Ketua Panwascam X, Haerul Anam,`, `Nurhayati (45)`). */
  official: Official | null;
  /** Null until first asked for (`mentionRef`): most person mentions never become a speaker, and a stated
   *  speaker's id costs a hash. */
  ref: SpeakerRef | null;
  /** The name a stated speaker's ref is made from (persons only). */
  stated: string;
}

export const byMentionRange = (a: Mention, b: Mention): number => a.start - b.start || a.end - b.end;

export function mentionRef(m: Mention): SpeakerRef {
  return (m.ref ??= statedSpeaker(m.stated, null));
}

/** A capitalised personal name of one to four words, with an optional honorific (`H. Ahmad Zaini`). */
const PERSON_NAME = `(?:(?:H|Hj|Dr|Drs|Ir|KH|TGH)\\.?[ \\t]{1,2})?\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’.]{0,30}){0,3}`;
/** Persons named outside the officials list, kept for the pronoun chain:
 *  `Ketua Panwascam Praya Barat Daya, Haerul Anam, memaparkan …` (a title, then the name between commas)
 *  and `Seorang ibu rumah tangga, Nurhayati (45), mengatakan …` (a name with an age). Both scans start at a
 *  rare character (`,` / `(`) and read back, so they stay cheap on long texts. */
const PERSON_APPOSITION = new RegExp(`,[ \\t]{1,2}(?<name>${PERSON_NAME})[ \\t]{0,2}(?=[,(])`, 'uy');
const PERSON_AGE = /\(\d{1,3}(?:[ \t]tahun)?\)/uy;

/** Whether PERSON_APPOSITION can match at the comma at `k`: one or two spaces/tabs, then a name, which
 *  opens with a capital (`\p{Lu}` or an honorific `H`, `Dr`, …). Only ASCII non-capitals are ruled out
 *  here; anything else is left to the pattern. */
function mayOpenApposition(text: string, k: number): boolean {
  let i = k + 1;
  let c = text.charCodeAt(i);
  if (c !== 32 && c !== 9) return false;
  c = text.charCodeAt(++i);
  if (c === 32 || c === 9) c = text.charCodeAt(++i);
  return c >= 128 || (c >= 65 && c <= 90);
}
const NAME_BEFORE_AGE = new RegExp(`(?<![\\p{L}\\p{N}])(?<name>${PERSON_NAME})[ \\t]{1,2}$`, 'u');
/** The title clause before an apposition comma: back to the previous clause boundary. */
const CLAUSE_WORDS = /[\p{L}]+/gu;
const CLAUSE_BOUNDARY = new Set([...',.;:!?"“”\n'].map((c) => c.charCodeAt(0)));
/** CLAUSE_BOUNDARY's members below 0x80, as a table: the back walk meets a space every few characters,
 *  and a typed-array read is cheaper than a Set probe. */
const CLAUSE_BOUNDARY_ASCII = new Uint8Array(0x80);
for (const c of CLAUSE_BOUNDARY) if (c < 0x80) CLAUSE_BOUNDARY_ASCII[c] = 1;
/** `CLAUSE_BOUNDARY.has(c)`: ASCII by table, letters above ASCII (most characters walked over) ruled out
 *  by one comparison. */
function isClauseBoundary(c: number): boolean {
  return c < 0x80 ? CLAUSE_BOUNDARY_ASCII[c] === 1 : CLAUSE_BOUNDARY.has(c);
}
const ROLE_MAX_LENGTH = SPEAKER_ROLE_WORD_MAX;

/** Whether [k, end) holds a capitalised role word (a `CLAUSE_WORDS` word that starts upper case and whose
 *  lower case is in ROLE). Letter runs are read by char code; a clause with a surrogate (an astral
 *  letter belongs to a `\p{L}` word as a whole) takes the regex. A run longer than every role word is
 *  skipped unsliced: lower-casing never shortens a BMP letter. */
function clauseHasTitle(text: string, k: number, end: number): boolean {
  for (let i = k; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      for (const w of text.slice(k, end).matchAll(CLAUSE_WORDS)) if (startsUpper(w[0]) && ROLE.has(w[0].toLowerCase())) return true;
      return false;
    }
  }
  let i = k;
  while (i < end) {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isLetterUnit(text.charCodeAt(j))) j++;
    // an ASCII first letter that is not a capital fails `startsUpper` (the common case): no slice
    const c0 = text.charCodeAt(i);
    if (j - i <= ROLE_MAX_LENGTH && (c0 >= 128 || (c0 >= 65 && c0 <= 90))) {
      const w = text.slice(i, j);
      if (startsUpper(w) && ROLE.has(w.toLowerCase())) return true;
    }
    i = j;
  }
  return false;
}

/** The one place Mentions are made (officials' and persons' alike: one hidden class). */
export function mention(start: number, end: number, official: Official | null, ref: SpeakerRef | null, stated: string): Mention {
  return { start, end, official, ref, stated };
}

export class Discourse {
  private readonly doc: Doc;
  /** Mentions outside quotes, sorted by position. */
  readonly mentions: Mention[];
  private last: { pos: number; resolved: Resolved } | null = null;
  /** Whether `pos` lies in one of the article's region spans. */
  private readonly inRegion: (pos: number) => boolean;

  constructor(doc: Doc, officials: Official[], inRegion: (pos: number) => boolean) {
    this.doc = doc;
    this.inRegion = inRegion;
    const ms = objectList<Mention>();
    for (const o of officials) for (const s of o.spans) if (s.end > s.start) ms.push(mention(s.start, s.end, o, officialRef(o), ''));
    sortInPlace(ms, byMentionRange);
    const persons = this.personMentions(ms);
    if (persons.length > 0) {
      ms.push(...persons);
      sortInPlace(ms, byMentionRange);
    }
    this.mentions = ms;
  }


  /** Named persons outside the officials list (see PERSON_APPOSITION / PERSON_AGE); names overlapping an
   *  official's mention, a region, or made of title/organisation words are skipped. */
  private personMentions(officialMentions: Mention[]): Mention[] {
    const text = this.doc.text;
    const out = objectList<Mention>();
    let m: RegExpExecArray | null;
    // the pattern is tried only at commas that a space and a capital (or a non-ASCII letter) follow: the
    // same matches as the global scan, which tried the whole name pattern at every comma
    for (let at = text.indexOf(','); at >= 0; ) {
      if (!mayOpenApposition(text, at)) {
        at = text.indexOf(',', at + 1);
        continue;
      }
      PERSON_APPOSITION.lastIndex = at;
      m = PERSON_APPOSITION.exec(text);
      if (m === null) {
        at = text.indexOf(',', at + 1);
        continue;
      }
      at = text.indexOf(',', m.index + m[0].length);
      // the clause before the comma must hold a capitalised title word (`Ketua Panwascam …`)
      let k = m.index;
      const lo = Math.max(0, m.index - 70);
      while (k > lo && !isClauseBoundary(text.charCodeAt(k - 1))) k--;
      if (!clauseHasTitle(text, k, m.index)) continue;
      const name = m.groups!['name']!;
      this.addPerson(out, officialMentions, name, m.index + m[0].lastIndexOf(name));
    }
    // `(` is rare: jump between them, then try the sticky pattern there
    for (let at = text.indexOf('('); at >= 0; ) {
      PERSON_AGE.lastIndex = at;
      m = PERSON_AGE.exec(text);
      if (m === null) {
        at = text.indexOf('(', at + 1);
        continue;
      }
      at = text.indexOf('(', m.index + m[0].length);
      const from = Math.max(0, m.index - 80);
      const n = NAME_BEFORE_AGE.exec(text.slice(from, m.index));
      if (n) this.addPerson(out, officialMentions, n.groups!['name']!, from + n.index);
    }
    return out;
  }

  /** Adds to `out` the person `name` found at `start`, unless a word of it is a title, organisation,
   *  non-name or pronoun word, or it overlaps an official's mention or a region. */
  private addPerson(out: Mention[], officialMentions: Mention[], name: string, start: number): void {
    const end = start + name.length;
    const words = nameTokens(name);
    if (words.length === 0) return;
    for (const w of words) if (ROLE.has(w) || ORG.has(w) || ACTING.has(w) || NOT_NAME.has(w) || PRONOUN.has(w)) return;
    for (const o of officialMentions) if (o.start < end && o.end > start) return;
    if (this.inRegion(start)) return;
    out.push(mention(start, end, null, null, name.replace(/^(?:H|Hj|Dr|Drs|Ir|KH|TGH)\.?\s+/u, '')));
  }

  /** Mentions inside direct quotes are not speakers (`"… Bupati X …," katanya`): drop them (in place:
   *  the list keeps its hidden class, see `objectList`). */
  excludeRanges(ranges: Range[]): void {
    if (ranges.length === 0) return;
    const sorted = sortInPlace(ranges.slice(), byStart);
    const ms = this.mentions;
    let kept = 0;
    for (let i = 0; i < ms.length; i++) if (rangeIndexAt(sorted, ms[i]!.start) < 0) ms[kept++] = ms[i]!;
    ms.length = kept;
  }

  /** Remembers the speaker of a statement named at `pos` (for later pronouns). */
  record(pos: number, resolved: Resolved): void {
    if (!this.last || pos >= this.last.pos) this.last = { pos, resolved };
  }

  /** Index of the last mention starting before `pos`, or -1. */
  lastMentionBefore(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** The official whose mention overlaps [start,end), the first one. */
  mentionIn(start: number, end: number): Mention | null {
    let i = this.lastMentionBefore(start);
    if (i < 0) i = 0;
    for (; i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.end > start) return m;
    }
    return null;
  }

  /** The latest position before `pos` at which `o` is mentioned, or -1. */
  lastMentionOf(o: Official, pos: number): number {
    let best = -1;
    for (const s of o.spans) if (s.start < pos && s.start > best) best = s.start;
    return best;
  }

  fromPronoun(pos: number, rule: string): Resolved | null {
    const mi = this.lastMentionBefore(pos);
    let mention: Mention | null = null;
    if (mi >= 0) {
      const m = this.mentions[mi]!;
      const si = rangeIndexAt(this.doc.sentences, m.start);
      let k = mi;
      if (si >= 0) {
        const sStart = this.doc.sentences[si]!.start;
        while (k > 0 && this.mentions[k - 1]!.start >= sStart) k--;
      }
      mention = this.mentions[k]!;
      // the chain position is the last mention's, even when its sentence's subject is taken
      if (this.last && this.last.pos > m.start) mention = null;
    }
    if (mention) return resolvedAs(mentionRef(mention), mention.official, rule);
    if (this.last && this.last.pos < pos) return resolvedAs(this.last.resolved.ref, this.last.resolved.official, rule);
    return null;
  }}
