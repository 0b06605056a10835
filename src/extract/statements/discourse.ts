// Discourse tracking for speakers: who is mentioned where (officials, and persons the officials extractor does
// not list), what else they are called, and who a pronoun refers to (the last speaker named before it).
//   mentions → officials' spans, plus persons named in apposition after a title or a person noun
//              (`Ketua Panwascam X, Haerul Anam,`, `Pengamat politik …, Agus Salim Fadli,`, `…, A dan B,`),
//              with an age (`Nurhayati (45)`), or opening a sentence before its verb (`Tri Harso dilantik`);
//   aliases  → nicknames the text introduces (`Muhammad Rafi, akrab disapa Rafi`, `Lalu Sahabudin (Miq
//              Sahab)`, `pria yang akrab disapa Zul itu`, `kata Febri, sapaan akrabnya`): the alias names the person
//              mentioned just before;
//   persons  → a later short reference (`kata Agus`, `ujar Zulkarnain`) is the person named in full before
//              (a mention or a stated speaker already resolved) whose name holds every word of it;
//   pronoun  → the later of (a) the last mention outside quotes, taken as the FIRST mentioned in that
//              sentence (its subject, not an object such as `mengapresiasi Pj Sekda …`), and (b) the last
//              resolved statement's speaker.
import type { Official, SpeakerRef } from '../../model.js';
import { APPOSITION_OPENERS, NAMING_CUE, NICKNAME_CUES, RELATIVE_PRONOUN, VERB_PREFIXES } from '../../lexicon/attribution.js';
import { PERSON_NAME_HONORIFICS, SENTENCE_NAME_HONORIFICS } from '../../lexicon/honorifics.js';
import { isWordCharBefore } from '../../nlp/words.js';
import { SPACE, alternationOf } from '../../text/regex.js';
import { type Doc, type Range, byStart, objectList, rangeIndexAt, sortInPlace } from './doc.js';
import { agentOfClaim, opensWithSubjectPronoun } from './clause.js';
import { clauseHasTitle, isClauseBoundary } from './title-clause.js';
import { unknownBeforeRelative } from './relative-name.js';
import { nicknameBeforeCue } from './nickname-before.js';
import { INSTITUTION_HEAD, type Resolved, WHOLE_TITLE_WORD, institutionInFull, nameKey, nameTokens, officialRef, resolvedAs, statedSpeaker } from './names.js';
import { HONORIFIC, NAME_PREFIX, NOT_NAME, ORG, ROLE, STOP, startsUpper } from './phrase.js';
import { RELATIVE_BEFORE, canNamePerson } from './person-words.js';

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
const PERSON_NAME = `(?:(?:${alternationOf(PERSON_NAME_HONORIFICS, { space: SPACE.literal })})\\.?[ \\t]{1,2}){0,3}\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’.]{0,30}){0,3}`;
/** Persons named outside the officials list, kept for the pronoun chain:
 *  `Ketua Panwascam Praya Barat Daya, Haerul Anam, memaparkan …` (a title, then the name between commas)
 *  and `Seorang ibu rumah tangga, Nurhayati (45), mengatakan …` (a name with an age). Both scans start at a
 *  rare character (`,` / `(`) and read back, so they stay cheap on long texts. */
const PERSON_APPOSITION = new RegExp(
  `,[ \\t]{1,2}(?<name>${PERSON_NAME})(?:[ \\t]{1,2}dan[ \\t]{1,2}(?<name2>${PERSON_NAME}))?[ \\t]{0,2}(?=[,(]|\\.(?:\\s|$))`,
  'uy',
);
/** A name of two to four capitalised words opening a sentence, before its verb, a relative clause or an apposition
 *  (`Tri Harso Widirahmanto dilantik …`, `Rusdi Paputungan yang dihubungi …`, `Lalu Wiranata Kusuma, yang …`). */
const SENTENCE_NAME = new RegExp(
  `(?<name>(?:(?:${alternationOf(SENTENCE_NAME_HONORIFICS, { space: SPACE.literal })})\\.?[ \\t]{1,2})?\\p{Lu}[\\p{L}'’]{1,30}(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’]{1,30}){1,3})` +
    `(?=,[ \\t]{1,2}(?:${alternationOf(APPOSITION_OPENERS, { space: SPACE.literal })})[ \\t]|[ \\t]{1,2}(?:(?:atau|yang)[ \\t]|(?:${alternationOf(VERB_PREFIXES, { space: SPACE.literal })})\\p{Ll}{3,}))`,
  'uy',
);
/** The nickname after a nickname cue: an optional lower-case honorific (`dokter`), then one to three
 *  capitalised words. */
const NICKNAME_AFTER = /[ \t]{1,3}(?<nick>(?:\p{Ll}{2,12}[ \t]{1,2})?\p{Lu}[\p{L}'’]{1,30}(?:[ \t]{1,2}\p{Lu}[\p{L}'’]{1,30}){0,2})/uy;
/** A nickname in brackets right after a name: `Lalu Sahabudin (Miq Sahab)`. */
const NICKNAME_BRACKET = /\([ \t]?(?<nick>\p{Lu}[\p{L}'’]{1,30}(?:[ \t]\p{Lu}[\p{L}'’]{1,30}){0,2})[ \t]?\)/uy;
/** Any nickname cue (NICKNAME_CUES), longest first. */
const NICKNAME_CUE = new RegExp(alternationOf(NICKNAME_CUES, { space: SPACE.literal }), 'g');
/** A first word shaped as a derived noun (pe-/ke-/per- … -an: `Penggunaan`, `Kegiatan`, `Pertemuan`): a
 *  sentence opening with it names a thing, not a person. */
const NOUN_FORM = /^(?:Pe|Ke)\p{Ll}{3,}an(?![\p{L}])/u;
/** A word in capitals (`BPH Migas`): an organisation's acronym, not a person's name. */
const ACRONYM_WORD = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;
/** A clause opening with the relative `yang`. */
const RELATIVE_START = /^\s*yang(?![\p{L}])/u;
/** A relative clause inside a title clause (` yang `). */
const RELATIVE_INFIX = ` ${RELATIVE_PRONOUN} `;
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
/** A name without the honorifics and ranks before it (`Kolonel Pnb Nama`, `H. Nama` → `Nama`). */
function withoutPrefixes(name: string): string {
  let rest = name;
  for (let m = /^(\S+)\s+/u.exec(rest); m; m = /^(\S+)\s+/u.exec(rest)) {
    const low = m[1]!.toLowerCase().replace(/\./gu, '');
    if (!HONORIFIC.has(low) && !NAME_PREFIX.has(low)) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
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
  /** The last recorded speaker that is a person (not an institution): what a personal pronoun after an
   *  institution's statement refers to (`KPU menegaskan …. Dia menambahkan …`: dia is the person before). */
  private lastPerson: { pos: number; resolved: Resolved } | null = null;
  /** Institution speakers recorded, in order (a short form later names the latest it begins). */
  private readonly institutions: Resolved[] = [];
  private readonly institutionIds = new Set<string>();
  /** Nickname keys (`nameKey`) → the mention of the person they name. */
  private readonly aliases = new Map<string, Mention>();
  private aliasesFound = false;
  /** Persons named in full (person mentions, and stated speakers resolved so far) by each of their name
   *  words, for later short references (`personByWords`); built on first use. */
  private persons: Map<string, Person[]> | null = null;
  /** Ids of the stated speakers already in `persons`. */
  private readonly namedIds = new Set<string>();
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

  /** `aliases`, found on first use: after `excludeRanges`, so a name inside a quote is never the person a
   *  nickname is given to. */
  private aliasMap(): Map<string, Mention> {
    if (!this.aliasesFound) {
      this.aliasesFound = true;
      if (this.mentions.length > 0) this.findAliases();
    }
    return this.aliases;
  }

  /** Nicknames introduced by a cue (`akrab disapa Rafi`) or in brackets after a name (`(Miq Sahab)`): each
   *  names the person mentioned last before it, in its paragraph or the one before. */
  private findAliases(): void {
    const text = this.doc.text;
    // the cues in one pass (a boundary before each checked here: a look-behind in the pattern would be
    // tried at every position)
    NICKNAME_CUE.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = NICKNAME_CUE.exec(text)) !== null) {
      const at = c.index;
      if (isWordCharBefore(text, at)) continue;
      // `bernama` outside a relative clause names someone new (NAMING_CUE)
      if (c[0] === NAMING_CUE && !RELATIVE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
      NICKNAME_AFTER.lastIndex = at + c[0].length;
      const m = NICKNAME_AFTER.exec(text);
      // `kata Febri, sapaan akrabnya`: the nickname before the cue (nickname-before.ts)
      const before = m ? null : nicknameBeforeCue(text, at, at + c[0].length);
      if (before) this.addAlias(before.nick, before.start);
      if (!m) continue;
      const nick = m.groups!['nick']!;
      const sp = nick.search(/[ \t]/u);
      // a lower-case first word is kept only when it is an honorific (`dokter Arief`)
      if (sp > 0 && !startsUpper(nick) && !HONORIFIC.has(nick.slice(0, sp))) continue;
      this.addAlias(nick, at);
    }
    // a nickname in brackets right after a mention (white space between): read at each mention's end
    for (const mn of this.mentions) {
      let k = mn.end;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      if (text.charCodeAt(k) !== 0x28 /* ( */) continue;
      NICKNAME_BRACKET.lastIndex = k;
      const m = NICKNAME_BRACKET.exec(text);
      if (m) this.addAlias(m.groups!['nick']!, k);
    }
  }

  /** Files `nick` as another name of the person mentioned last before `at` (in its paragraph or the one
   *  before), unless it is a title, an organisation or an acronym. */
  private addAlias(nick: string, at: number): void {
    const key = nameKey(nick);
    if (!key || this.aliases.has(key)) return;
    for (const w of key.split(' ')) if (ROLE.has(w) || ORG.has(w) || NOT_NAME.has(w) || INSTITUTION_HEAD.has(w) || STOP.has(w)) return;
    if (/^[\p{Lu}\p{N}]+$/u.test(nick)) return; // an acronym: `(KASN)`
    const mi = this.lastMentionBefore(at);
    if (mi < 0) return;
    const m = this.mentions[mi]!;
    // the person is named in the cue's paragraph or the one before (`Zulkifli Hamdi …` then `ucap pria
    // yang akrab disapa Zul itu` in the next paragraph)
    const pi = rangeIndexAt(this.doc.paras, at);
    const from = pi > 0 ? this.doc.paras[pi - 1]!.start : 0;
    if (m.start < from) return;
    if (nameKey(m.official ? m.official.name : m.stated) === key) return;
    this.aliases.set(key, m);
  }

  /** The person a nickname written at [start, end) names (`Rafi`, `Miq Ojan`), or null. */
  byAlias(start: number, end: number): Resolved | null {
    const aliases = this.aliasMap();
    const m = aliases.size > 0 ? aliases.get(nameKey(this.doc.text.slice(start, end))) : undefined;
    return m ? resolvedAs(mentionRef(m), m.official, 'alias') : null;
  }

  /** The same speaker under the name the text introduced: a speaker resolved to a nickname (a stated
   *  person `Miq Ojan`, or an official the officials extractor made of the nickname) is the person the
   *  nickname was given to. */
  canonical(r: Resolved): Resolved {
    if (r.ref.kind === 'institution') return institutionInFull(this.institutions, r);
    const aliases = this.aliasMap();
    if (aliases.size === 0) return r;
    const m = aliases.get(nameKey(r.ref.name));
    if (!m || (m.official && m.official === r.official)) return r;
    return resolvedAs(mentionRef(m), m.official, r.rule);
  }

  /** A short reference to a person named in full before (`kata Agus` after `…, Agus Salim Fadli,`): the
   *  latest person mention (not an official: those are matched by the caller) or stated speaker whose name
   *  words hold every one of `names` (all lower case). Mentions after `pos` count when none before does. */
  personByWords(names: string[], pos: number, after: number | null = null): Resolved | null {
    if (names.length === 0) return null;
    const list = this.personIndex().get(names[0]!);
    if (!list) return null;
    let best: Person | null = null;
    // the latest entries only: a text naming thousands of persons with one word in common stays linear
    for (let i = list.length - 1; i >= 0 && i >= list.length - MAX_PERSON_CANDIDATES; i--) {
      const p = list[i]!;
      if (p.words.length <= names.length || (after !== null && (p.pos <= after || p.pos >= pos)) || !holdsAll(p.words, names)) continue;
      if (!best || (p.pos < pos && (best.pos >= pos || p.pos > best.pos))) best = p;
    }
    if (!best) return null;
    return best.resolved ?? resolvedAs(mentionRef(best.mention!), null, 'person');
  }

  /** `persons`, built from the person mentions on first use. */
  private personIndex(): Map<string, Person[]> {
    if (this.persons) return this.persons;
    const idx = new Map<string, Person[]>();
    this.persons = idx;
    for (const m of this.mentions) if (!m.official) this.addToIndex({ words: nameTokens(m.stated), pos: m.start, mention: m, resolved: null });
    return idx;
  }

  private addToIndex(p: Person): void {
    const idx = this.persons!;
    for (const w of new Set(p.words)) {
      const list = idx.get(w);
      if (list) list.push(p);
      else idx.set(w, [p]);
    }
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
      // the clause before the comma must hold a capitalised title word (`Ketua Panwascam …`) or a person
      // noun (`Pengamat politik …`)
      let k = m.index;
      const lo = Math.max(0, m.index - 70);
      while (k > lo && !isClauseBoundary(text.charCodeAt(k - 1))) k--;
      // a relative clause in apposition to the title (`Sekda Bima yang juga Ketua …, yang pada pilkada lalu
      // …, Nama,`): the title clause is before it (at most two such clauses back, each up to 200 characters)
      if (k === lo && lo > 0) {
        let j = k;
        while (j > m.index - 200 && j > 0 && !isClauseBoundary(text.charCodeAt(j - 1))) j--;
        if (j > 0 && text.charCodeAt(j - 1) === 0x2c && RELATIVE_START.test(text.slice(j, j + 8))) k = j;
        // … or without a comma, inside the clause (`Kepala BKD … yang sebelumnya menjabat … dan pernah
        // memimpin …, Dr. Nama,`): the title clause opens it
        else if (isClauseBoundary(text.charCodeAt(j - 1)) || j === 0) {
          // … or a long title with its institution spelled out (`Ketua Asosiasi Pemerintah Desa Seluruh Indonesia
          // (Apdesi) Sumbawa Barat, Nama,`): a title word in the clause's first words opens it
          if (text.slice(j, lo).includes(RELATIVE_INFIX) || clauseHasTitle(text, j, Math.min(m.index, j + 24))) k = j;
        }
      }
      for (let r = 0; r < 2 && k > 0 && text.charCodeAt(k - 1) === 0x2c && RELATIVE_START.test(text.slice(k, k + 8)); r++) {
        let j = k - 1;
        const lo2 = Math.max(0, j - 200);
        while (j > lo2 && !isClauseBoundary(text.charCodeAt(j - 1))) j--;
        k = j;
      }
      if (!clauseHasTitle(text, k, m.index)) continue;
      const name = m.groups!['name']!;
      const name2 = m.groups!['name2'];
      this.addPerson(out, officialMentions, name, m.index + m[0].indexOf(name));
      if (name2) this.addPerson(out, officialMentions, name2, m.index + m[0].lastIndexOf(name2));
    }
    // a name opening a sentence, before its verb: only the sentence's first characters are read
    for (const s of this.doc.sentences) {
      const c = text.charCodeAt(s.start);
      if (!(c >= 65 && c <= 90) && c < 128) continue;
      // most sentences' second word is lower case: ruled out by char code before the pattern
      const sp = text.indexOf(' ', s.start);
      if (sp < 0 || sp > s.start + 40) continue;
      const c2 = text.charCodeAt(sp + 1);
      if (c2 < 128 && !(c2 >= 65 && c2 <= 90)) continue;
      SENTENCE_NAME.lastIndex = s.start;
      const n = SENTENCE_NAME.exec(text);
      if (!n || n.index + n[0].length > s.end) continue;
      const name = n.groups!['name']!;
      // a sentence opening with a thing (`Penggunaan …`, `BPH Migas`, `Serangan Israel`) names no person
      if (NOUN_FORM.test(name) || ACRONYM_WORD.test(name) || nameTokens(name).some((w) => WHOLE_TITLE_WORD.has(w)) || unknownBeforeRelative(text, name, n.index + name.length, out, officialMentions, s.start)) continue;
      this.addPerson(out, officialMentions, name, s.start);
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
    if (!canNamePerson(nameTokens(name))) return;
    for (const o of officialMentions) if (o.start < end && o.end > start) return;
    // the same name found by two scans (`Nurhayati (45),` is an apposition and an age): the last few
    // entries are the only ones it can overlap within a scan (a bounded look, linear on long texts)
    for (let i = out.length - 1; i >= 0 && i >= out.length - 4; i--) if (out[i]!.start < end && out[i]!.end > start) return;
    if (this.inRegion(start)) return;
    out.push(mention(start, end, null, null, withoutPrefixes(name)));
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

  /** Adds mentions found after construction (`title-subjects.ts`), keeping the list sorted. */
  addMentions(ms: Mention[]): void {
    if (ms.length === 0) return;
    for (const m of ms) this.mentions.push(m);
    sortInPlace(this.mentions, byMentionRange);
  }

  /** Where the last anonymous source spoke (`anonymous.ts`), or -1. */
  private anonymousAt = -1;

  recordAnonymous(pos: number): void {
    if (pos > this.anonymousAt) this.anonymousAt = pos;
  }

  /** Remembers the speaker of a statement named at `pos` (for later pronouns). */
  record(pos: number, resolved: Resolved): void {
    if (!this.last || pos >= this.last.pos) this.last = { pos, resolved };
    if (resolved.ref.kind !== 'institution' && (!this.lastPerson || pos >= this.lastPerson.pos)) this.lastPerson = { pos, resolved };
    if (resolved.ref.kind === 'institution' && !this.institutionIds.has(resolved.ref.id)) {
      this.institutionIds.add(resolved.ref.id);
      this.institutions.push(resolved);
    }
    if (!resolved.official && resolved.ref.kind !== 'institution' && !this.namedIds.has(resolved.ref.id)) {
      this.namedIds.add(resolved.ref.id);
      this.personIndex();
      this.addToIndex({ words: nameTokens(resolved.ref.name), pos, mention: null, resolved });
    }
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

  /** The person or official mentioned last before `pos` (an interview's interviewee: named after the
   *  interviewer, who is the sentence's subject: `Wartawan X mewawancarai <title>, Nama`), or null. */
  lastNamed(pos: number, rule: string): Resolved | null {
    const mi = this.lastMentionBefore(pos);
    if (mi < 0) return null;
    const m = this.mentions[mi]!;
    return resolvedAs(mentionRef(m), m.official, rule);
  }

  /** The speaker a pronoun at `pos` refers to; `person`: a personal pronoun (`ia`, `dia`, `beliau`), which
   *  never refers to an institution. */
  fromPronoun(pos: number, rule: string, person = false): Resolved | null {
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
      // a sentence whose subject is a pronoun continues the chain: a person it names is an object or part of
      // what was said (`Ia juga memanggil Kepala Dinas X, Nama, …` then `tambahnya`: still the speaker)
      else if (this.last && si >= 0 && opensWithSubjectPronoun(this.doc.text, this.doc.sentences[si]!.start, mention.start)) mention = null;
      // … so does a sentence whose subject is a claim and whose person is the agent of its passive verb of
      // saying (`Tudingan itu sebelumnya dilontarkan anggota DPRD, X, …`): X is a side participant
      else if (this.last && si >= 0 && agentOfClaim(this.doc.text, this.doc.sentences[si]!.start, mention.start)) mention = null;
    }
    // an anonymous source spoke after them: the pronoun is that source's, nobody's
    const anon = this.anonymousAt >= 0 && this.anonymousAt < pos ? this.anonymousAt : -1;
    if (mention) return mention.start > anon ? resolvedAs(mentionRef(mention), mention.official, rule) : null;
    const last = person && this.last?.resolved.ref.kind === 'institution' && this.lastPerson ? this.lastPerson : this.last;
    if (last && last.pos < pos && last.pos > anon) return resolvedAs(last.resolved.ref, last.resolved.official, rule);
    return null;
  }
}

/** A person named in full: by a mention, or as a stated speaker already resolved. */
interface Person {
  /** Name words (`nameTokens`). */
  words: string[];
  /** Where the person was named. */
  pos: number;
  mention: Mention | null;
  resolved: Resolved | null;
}

/** Most index entries `personByWords` compares (the latest). */
const MAX_PERSON_CANDIDATES = 16;

/** Every one of `names` is a word of `words` (exactly: the first is looked up by its word). */
function holdsAll(words: string[], names: string[]): boolean {
  for (const n of names) if (!words.includes(n)) return false;
  return true;
}
