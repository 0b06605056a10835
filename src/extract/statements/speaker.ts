// Speaker resolution: turns a `SpeakerCue` into a `SpeakerRef`, in text order (the discourse model in
// discourse.ts keeps the mentions and the last speaker for pronouns):
//   phrase   → an official whose mention span overlaps the phrase; else name tokens matched against the
//              officials' names (Jaro–Winkler); else a bare title matched against the officials' titles;
//              else (when allowed) a stated speaker `p_<hash>` with no official entry; else null.
//   pronoun  → the last speaker named before it (`Discourse.fromPronoun`).
//   subject  → the first official mentioned in the clause before the verb; else a pronoun subject
//              (`Ia`, `Dia`); else a clause made only of a capitalised name (`Hesty menjelaskan`).
// Phrase reading is in phrase.ts, name matching and refs in names.ts.
import type { Official } from '../../model.js';
import { RANK_HEADS } from '../../lexicon/honorifics.js';
import { DEPUTY_WORDS } from '../../lexicon/titles.js';
import { adjunctSubject } from './subject-adjunct.js';
import { subjectEndBeforeDay } from './speaker-tail.js';
import { BACKREF_DETERMINERS, SAME_WORDS, DESCRIPTIVE_DEMONSTRATIVES, DESCRIPTIVE_HEADS, CLAUSE_CONNECTIVES, FRONTED_ADJUNCT_OPENERS, PARTY_ORGANS, POSSESSIVE_NYA, PARTY_SPEAKER_WORDS, RELATIVE_PRONOUN, SPEAKER_ROLE_WORDS, SECTION_CONNECTIVES, SECTION_CONNECTIVE_TAIL_WORDS, STAND_IN_PASSIVES, SUBJECT_ADJUNCTS, SUBORDINATORS } from '../../lexicon/attribution.js';
import { WE, alternationOf, caseVariants, SPACE } from '../../text/regex.js';
import { type Doc, type Range, type SpeakerCue, afterDateline, objectList } from './doc.js';
import { Discourse, mentionRef } from './discourse.js';
import {
  type Resolved,
  TITLE_HEAD,
  acronymOfTitle,
  INSTITUTION_HEAD,
  TITLE_WORD,
  hasAll,
  includesKey, initialsBefore,
  institutionName,
  institutionSpeaker,
  isPlaceName,
  matchesAnyToken,
  nameKey,
  nameTokens,
  notPersonWord,
  officialRef,
  regionKeys,
  resolvedAs,
  statedSpeaker,
  titleTokens,
} from './names.js';
import { officialByShortTitle, shortFormLetters, titleLetterWords } from './short-title.js';
import { documentIssuer, isDocumentHead } from './document-subject.js';
import { edgeWords, endBeforeOrigin, isDescriptiveBackReference, scanSubjectWords } from './subject-words.js';
import { institutionSubject } from './institution-subject.js';
import { titleSubjects } from './title-subjects.js';
import { initialsMentions } from './initials.js';
import { namedPersonMentions } from './named-persons.js';
import { LONG_ACRONYM, appositionName, lowerTitleSubject, readsAsName } from './apposition.js';
import { fullNameInApposition, personNamedSince, personOverLastMention } from './short-name.js';
import { ACTING, ALL_CAPS, HONORIFIC, NAME_PREFIX, NOT_NAME, ORG, PRONOUN, type PhraseToken, ROLE, STOP, phraseToken, readSpeakerPhrase, startsUpper } from './phrase.js';

export { readSpeaker, readSpeakerPhrase, tokenEndAt } from './phrase.js';
export { type Resolved, resolvedAs, similarityMayReach, tokenMatches } from './names.js';

const DESCRIPTIVE_HEAD = new Set(DESCRIPTIVE_HEADS);
const SUBORDINATOR = new Set(SUBORDINATORS);
const STAND_IN = new Set(STAND_IN_PASSIVES);
const FRONTED = new Set(FRONTED_ADJUNCT_OPENERS);
/** The first word of a clause. */
const FIRST_WORD = /^\s*([\p{L}]+)/u;
const DEMONSTRATIVE = new Set(DESCRIPTIVE_DEMONSTRATIVES);
/** An acronym: two to seven capitals. */
const ACRONYM = /^\p{Lu}{2,7}$/u;
const RANK = new Set(RANK_HEADS);
const DEPUTY = [...DEPUTY_WORDS];
/** Most words of a descriptive back-reference subject (`Dosen Fakultas Hukum Universitas X itu`). */
const MAX_BACKREF_WORDS = 8;
/** A fronted adjunct without its comma: the opener, lower-case words closed by a determiner, `sama` or a noun
 *  with the possessive `-nya` (`Dalam paparannya Kapolres menyebut …`), then a capital or a title in lower case
 *  (`…, S.E., M.M. Dalam amanatnya bupati meminta ASN …`). */
const FRONTED_BARE = new RegExp(
  `^\\s*\\p{L}+(?:\\s+\\p{Ll}+){0,4}?\\s+(?:${alternationOf([...BACKREF_DETERMINERS, ...SAME_WORDS], { space: SPACE.literal })}|\\p{Ll}+${POSSESSIVE_NYA})\\s+(?=\\p{Lu}|(?:${alternationOf(SPEAKER_ROLE_WORDS, { space: SPACE.literal })})(?![\\p{L}]))`,
  'u',
);
/** A relative clause after a subject's head (` yang `). */
const RELATIVE_INFIX = ` ${RELATIVE_PRONOUN} `;
/** A section connective closed by its comma at a clause's start (SECTION_CONNECTIVES: `Terpisah,`, `Sementara itu,`). */
const SECTION_LEAD = new RegExp(
  `^\\s*(?:${alternationOf(SECTION_CONNECTIVES.flatMap(caseVariants), { space: SPACE.literal })})${WE}(?:[ \\t]{1,3}\\p{Ll}+){0,${SECTION_CONNECTIVE_TAIL_WORDS}}[ \\t]{0,2},`,
  'u',
);

/** The words of a speaker phrase, filed by `SpeakerResolver.sortPart`. */
interface PhraseParts {
  roles: string[];
  orgs: string[];
  names: PhraseToken[];
}

export class SpeakerResolver {
  readonly doc: Doc;
  /** The speaker-eligible officials (not place names). */
  private readonly officials: Official[];
  /** Name tokens and title words of `officials` (same index), each built on first use
   *  (`officialNameTokens()`, `officialTitleTokens()`): only phrase cues with a name, or a bare title, ask,
   *  and many articles have only one kind or none. Empty until built (with no officials, empty is built). */
  private readonly nameLists: string[][] = objectList<string[]>();
  private readonly titleSets: Array<Set<string>> = objectList<Set<string>>();
  /** The letters of the words of each of `officials`' titles (same index), built on first use (`byShortTitle`). */
  private readonly shortTitleWords: string[][] = objectList<string[]>();
  /** `regionKeys(doc.regions)`, built on first use (empty until then; `placeKeysBuilt` says which). */
  private placeKeyList: string[] = objectList<string>();
  private placeKeysBuilt = false;
  /** Mentions and the pronoun chain (index.ts records anonymous sources in it). */
  readonly d: Discourse;

  constructor(doc: Doc) {
    this.doc = doc;
    this.officials = this.eligibleOfficials();
    this.d = new Discourse(doc, this.officials, (pos) => this.inRegion(pos));
    this.d.addMentions(titleSubjects(doc, (a, b) => (this.d.mentionIn(a, b) ? null : this.fromPhrase(a, b, a, 'bare-title', null, false)?.official ?? null)));
    this.d.addMentions(initialsMentions(doc, this.d.mentions));
    this.d.addMentions(namedPersonMentions(doc, this.d.mentions, (pos) => this.inRegion(pos)));
  }

  /** Mentions inside direct quotes are not speakers (`Discourse.excludeRanges`). */
  excludeRanges(ranges: Range[]): void {
    this.d.excludeRanges(ranges);
  }

  /** Remembers the speaker of a statement named at `pos` (for later pronouns). */
  record(pos: number, resolved: Resolved): void {
    this.d.record(pos, resolved);
  }

  fromPronoun(pos: number, rule: string, person = false): Resolved | null {
    const r = this.d.fromPronoun(pos, rule, person);
    if (!r) return null;
    // an official mentioned last by a short name that a person named in full since holds (`Rahmat berharap …
    // Menurutnya, …` after `Kuasa hukum X, Rahmat Hidayat Siregar,`): that person
    const short = r.official ? personOverLastMention(this.d, this.doc.text, r.official, pos, r.rule) : null;
    return short ?? this.d.canonical(r);
  }

  /** The person or official mentioned last before `pos` (`Discourse.lastNamed`). */
  lastNamed(pos: number, rule: string): Resolved | null {
    const r = this.d.lastNamed(pos, rule);
    return r ? this.d.canonical(r) : null;
  }

  /** `doc.officials` without the place names (`isPlaceName`), in a list of its own (see `objectList`). */
  private eligibleOfficials(): Official[] {
    const all = this.doc.officials;
    const out = objectList<Official>();
    if (all.length === 0) return out;
    const titleKeys = objectList<string>();
    if (all.length > 1) for (const o of all) titleKeys.push(o.title ? ` ${nameKey(o.title)} ` : '');
    const placeKeys = this.placeKeys();
    for (let i = 0; i < all.length; i++) if (!isPlaceName(all[i]!, i, placeKeys, titleKeys)) out.push(all[i]!);
    return out;
  }

  private placeKeys(): string[] {
    if (!this.placeKeysBuilt) {
      this.placeKeyList = regionKeys(this.doc.regions);
      this.placeKeysBuilt = true;
    }
    return this.placeKeyList;
  }

  /** Name tokens of each of `officials` (same index). */
  private officialNameTokens(): string[][] {
    const lists = this.nameLists;
    if (lists.length < this.officials.length) for (const o of this.officials) lists.push(nameTokens(o.name));
    return lists;
  }

  /** Title and role words of each of `officials` (same index). */
  private officialTitleTokens(): Array<Set<string>> {
    const sets = this.titleSets;
    if (sets.length < this.officials.length) for (const o of this.officials) sets.push(titleTokens(o));
    return sets;
  }

  resolve(cue: SpeakerCue, pos: number): Resolved | null {
    const r = this.resolveCue(cue, pos);
    return r ? this.d.canonical(r) : null;
  }

  private resolveCue(cue: SpeakerCue, pos: number): Resolved | null {
    switch (cue.kind) {
      case 'phrase':
        return this.fromPhrase(cue.start, cue.end, pos, cue.rule, cue.titleAfter, cue.allowStated);
      case 'pronoun':
        return this.fromPronoun(cue.pos, cue.rule);
      case 'subject': {
        // the day of the statement before the verb, when the whole subject names no one (`Bawaslu X dalam keterangan
        // tertulisnya, Senin (7/10/2024), menyatakan …`): the subject before the day
        const r = this.fromSubject(cue.start, cue.end, cue.rule);
        const day = r ? -1 : subjectEndBeforeDay(this.doc.text, cue.start, cue.end);
        return day > cue.start ? this.fromSubject(cue.start, day, cue.rule) : r;
      }
      case 'prev-paragraph':
        return null; // resolved by the caller, which knows the statements of the previous paragraph
      case 'none':
        return null;
    }
  }
  private fromSubject(start: number, end: number, rule: string): Resolved | null {
    // a dateline left before the lead's subject (`MATARAM - Partai X menyatakan …`) is no part of it
    const body = afterDateline(this.doc, start);
    if (body > start && body < end) return this.fromSubject(body, end, rule);
    // a section connective and its comma (`Terpisah, Pj Bupati X, Nama, saat dikonfirmasi mengatakan …`): no speaker
    const lead = SECTION_LEAD.exec(this.doc.text.slice(start, end));
    if (lead) return this.fromSubject(start + lead[0].length, end, rule);
    // a subordinate clause (`Kendati X mengaku …`) has no speaker, unless it is fronted and closed by a comma
    // (`Saat dikonfirmasi, Camat X, Y, mengaku …`), as a fronted adjunct is (`Dalam keterangan yang sama, KASN …`)
    const w0 = FIRST_WORD.exec(this.doc.text.slice(start, Math.min(end, start + 16)))?.[1]?.toLowerCase() ?? '';
    if (SUBORDINATOR.has(w0) || FRONTED.has(w0)) {
      const comma = this.doc.text.indexOf(',', start);
      if (comma >= 0 && comma < end && !/^[\s,]*$/u.test(this.doc.text.slice(comma, end))) return this.fromSubject(comma + 1, end, rule);
      if (SUBORDINATOR.has(w0)) return null;
      // the comma left out after an adjunct closed by a determiner (`Dalam kesempatan tersebut Dandim menegaskan`,
      // `Pada acara yang sama Kapolres mengatakan`): the subject is the capitalised words after it
      const bare = FRONTED_BARE.exec(this.doc.text.slice(start, end));
      if (bare) return this.fromSubject(start + bare[0].length, end, rule);
    }
    // an adjunct between the subject and its verb (`Partai X melalui pernyataan tertulisnya`, `Kapolres X melalui
    // Kasat Reskrim Y`): the part that speaks (subject-adjunct.ts)
    const part = adjunctSubject(this.doc.text, start, end, (a, b) => this.d.mentionIn(a, b) !== null);
    if (part) {
      const r = this.fromSubject(part.start, part.end, rule);
      if (r) return r;
    }
    // `Title, Name, …` / `Name, yang sejak … menjabat …,`: a part between commas that reads as a name decides
    const named = appositionName(this, start, end, rule);
    if (named) return named;
    const m = this.d.mentionIn(start, end);
    const text = this.doc.text;
    if (m) {
      // an official inside a relative clause after a name (`Nama yang didampingi Wakil Bupati X mengatakan`): the name
      // (not one standing in for the name: `Nama yang diwakili Sekda X mengatakan` is the Sekda's)
      const rel = text.slice(start, m.start).indexOf(RELATIVE_INFIX);
      // a descriptive back-reference naming someone in its clause (`Pria yang akrab disapa Bang Fikri itu meminta …`):
      // the nickname's person, else the person named before (below), never the head (`Pria`)
      if (rel > 0 && isDescriptiveBackReference(text, start, end)) {
        const alias = this.d.byAlias(m.start, m.end);
        if (alias) return alias;
      } else {
        const standIn = rel > 0 && STAND_IN.has(FIRST_WORD.exec(text.slice(start + rel + RELATIVE_INFIX.length, m.start))?.[1]?.toLowerCase() ?? '');
        const head = rel > 0 && !standIn ? text.slice(start, start + rel).trim() : '';
        if (head && readsAsName(this, start + rel - head.length, start + rel)) {
          const named = this.fromPhrase(start + rel - head.length, start + rel, end, rule, null, true);
          if (named) return named;
        }
        const person = m.official ? personNamedSince(this.d, readSpeakerPhrase(text, m.start, m.end).tokens, m.official, m.start, rule) : null;
        return person ?? resolvedAs(mentionRef(m), m.official, rule);
      }
    }
    // the clause's words: a pronoun subject (`Ia menyatakan`, `Dalam kesempatan itu, dia mengatakan`), else
    // the content words' count, span and capitals
    const w = scanSubjectWords(text, start, end);
    if (w.pronounAt >= 0) return this.fromPronoun(w.pronounAt, 'pronoun', true);
    const { contentCount, firstStart, lastEnd, allUpper } = w;
    if (contentCount === 0) return null;
    // a document naming its issuer (`Surat Edaran Wali Kota X … itu menyebutkan`): the issuer's words
    if (isDocumentHead(FIRST_WORD.exec(text.slice(firstStart, firstStart + 16))?.[1]?.toLowerCase() ?? '')) return this.issuer(firstStart, end, rule);
    // a name followed by a relative clause (`Yohanis yang dikonfirmasi terpisah membantah …`): the name (not a
    // descriptive head: `Pria yang akrab disapa Cak Imin itu meyakini …` refers back)
    const relAt = allUpper ? -1 : text.slice(firstStart, lastEnd).indexOf(RELATIVE_INFIX);
    if (relAt > 0 && !DESCRIPTIVE_HEAD.has(FIRST_WORD.exec(text.slice(firstStart, firstStart + relAt))?.[1]?.toLowerCase() ?? '') && readsAsName(this, firstStart, firstStart + relAt)) return this.fromPhrase(firstStart, firstStart + relAt, end, rule, null, true);
    // a back-reference: `Mantan Kapolres Purbalingga itu`, `Dosen Fakultas Hukum itu` (the person last named)
    if (!allUpper && contentCount <= MAX_BACKREF_WORDS) {
      const back = this.backReference(firstStart, lastEnd);
      if (back) return back;
    }
    // a lower-case title, its words, then a name (`anggota Komisi I Rusdiansyah Syarif mempertanyakan …`): the name;
    // a lower-case title alone (`Dalam amanatnya bupati meminta …`): its holder
    const lower = lowerTitleSubject(this, firstStart, lastEnd);
    if (lower) return this.fromPhrase(lower.start, lastEnd, end, lower.named ? rule : 'bare-title', null, lower.named);
    // an institution written in full (`Partai Persatuan Pembangunan (PPP) NTB`, `Kementerian … dan Reformasi …`)
    const inst = institutionSubject(text, firstStart, lastEnd, contentCount, allUpper);
    if (inst !== undefined) return inst === null ? null : resolvedAs(institutionSpeaker(inst), null, rule);
    // a clause made only of a name (and adverbs): `Hesty menjelaskan`, `Budi Santoso juga mengatakan`
    return this.fromPhrase(firstStart, lastEnd, end, rule, null, true);
  }

  /** The issuer of a document subject starting at `start` (`documentIssuer`): an official named or titled,
   *  else an institution; null when none is written. */
  private issuer(start: number, end: number, rule: string): Resolved | null {
    const tokens = documentIssuer(this.doc.text, start, end);
    if (!tokens) return null;
    const r = this.fromPhrase(tokens[0]!.start, tokens[tokens.length - 1]!.end, end, rule, null, false);
    const inst = r ? null : (institutionName(this.doc.text, tokens) ?? this.acronymInstitution(tokens));
    return r ?? (inst ? resolvedAs(institutionSpeaker(inst), null, rule) : null);
  }

  /** `Mantan Kapolres Purbalingga itu`, `Guru besar hukum itu`: a noun phrase headed by a descriptive head
   *  or a role word and closed by a demonstrative refers to the person last named. */
  private backReference(start: number, end: number): Resolved | null {
    const { first, last } = edgeWords(this.doc.text, start, end);
    if (!first || !DEMONSTRATIVE.has(last)) return null;
    if (!DESCRIPTIVE_HEAD.has(first) && !ROLE.has(first)) return null;
    // a title with its demonstrative (`Kapolres itu menegaskan`, `Kepala Dinas tersebut mengatakan`): the official
    // holding that title, as `kata Kapolres itu` resolves; else the person last named
    if (ROLE.has(first)) {
      const titled = this.fromPhrase(start, end, start, 'bare-title', null, false);
      if (titled) return titled;
    }
    return this.fromPronoun(start, 'descriptive', true);
  }

  fromPhrase(start: number, end: number, pos: number, rule: string, titleAfter: Range | null, allowStated: boolean): Resolved | null {
    if (end <= start) return null;
    // `Title, Name`: the name after the apposition comma decides (an official mention may cover only the
    // title, when the officials extractor misread it)
    const comma = this.doc.text.lastIndexOf(',', end - 1);
    if (comma > start) {
      const byName = this.fromPhrase(comma + 1, end, pos, rule, titleAfter, allowStated);
      if (byName) return byName;
    }
    // a nickname the text introduced (`kata Rafi`, `ujar Miq Ojan`): the person it was given to
    const alias = this.d.byAlias(start, end);
    if (alias) return resolvedAs(alias.ref, alias.official, rule);
    const m = this.d.mentionIn(start, end);
    const { tokens } = readSpeakerPhrase(this.doc.text, start, end);
    if (m && !m.official) return resolvedAs(mentionRef(m), m.official, rule);
    // an official mentioned here whose name the phrase holds (the common case: no parts sorted)
    if (m && this.tokensNameOfficial(tokens, m.official!)) return personNamedSince(this.d, tokens, m.official!, start, rule) ?? resolvedAs(mentionRef(m), m.official, rule);
    if (tokens.length === 1 && PRONOUN.has(tokens[0]!.low)) return m ? resolvedAs(mentionRef(m), m.official, rule) : this.fromPronoun(tokens[0]!.start, 'pronoun', true);
    const parts: PhraseParts = { roles: objectList<string>(), orgs: objectList<string>(), names: objectList<PhraseToken>() };
    for (const t of tokens) {
      // a token without a dot (most) is its only part, and its `low` is the part's lower case
      if (!t.raw.includes('.')) this.sortPart(t, t.raw, t.low, parts);
      else for (const part of t.raw.split('.')) if (part.length > 0) this.sortPart(t, part, part.toLowerCase(), parts);
    }
    // an official mentioned here, unless the phrase names someone else (`Ketua Panwascam Jonggat, Sri
    // Handayani` read by the officials extractor as a person named Jonggat)
    if (m && (parts.names.length === 0 || this.namesOfficial(parts.names, m.official!))) return resolvedAs(mentionRef(m), m.official, rule);
    // an institution (`kata Partai Gerindra`, `Kementerian Dalam Negeri menegaskan`), unless an official's
    // name is in the phrase
    const institution = allowStated ? (institutionName(this.doc.text, tokens) ?? this.acronymInstitution(tokens)) : null;
    if (institution) {
      const official = parts.names.length > 0 ? this.byName(parts.names, pos, rule, titleAfter, false) : null;
      return official ?? resolvedAs(institutionSpeaker(institution), null, rule);
    }
    // title words left among the names (`Menteri Kebudayaan Yunani`): the phrase is a bare title
    // (unless a person named in full holds them: `ujar Sri` after `Sri Handayani`)
    if (parts.names.length > 0 && parts.names.every((n) => TITLE_WORD.has(n.low))) {
      if (parts.roles.length === 0) {
        const lows = objectList<string>();
        for (const n of parts.names) lows.push(n.low);
        const person = this.d.personByWords(lows, pos);
        if (person) return resolvedAs(person.ref, person.official, rule);
      }
      for (const n of parts.names) parts.orgs.push(n.low);
      parts.names.length = 0;
    }
    if (parts.names.length > 0) return this.byName(parts.names, pos, rule, titleAfter, allowStated, tokens);
    // a bare title: `jelas Gubernur`, `tegas Sekda`, `kata Ketua Bawaslu`; or its short form (`kata Kasatpol PP`)
    if (parts.roles.length > 0) return this.byTitle(parts.roles, parts.orgs, pos) ?? this.byShortTitle(tokens, pos);
    return null;
  }

  /** Whether a capitalised token of the phrase is a word of the official's name. */
  private tokensNameOfficial(tokens: PhraseToken[], o: Official): boolean {
    let words: string[] | null = null;
    for (const t of tokens) {
      if (!startsUpper(t.raw) || ROLE.has(t.low) || HONORIFIC.has(t.low)) continue;
      words ??= nameTokens(o.name);
      if (matchesAnyToken(t.low, words)) return true;
    }
    return false;
  }

  /** Whether one of `names` is a word of the official's name, or every one is a title word. */
  private namesOfficial(names: PhraseToken[], o: Official): boolean {
    const words = nameTokens(o.name);
    let titleOnly = true;
    for (const n of names) {
      if (matchesAnyToken(n.low, words)) return true;
      if (!TITLE_WORD.has(n.low)) titleOnly = false;
    }
    return titleOnly;
  }

  /** A phrase with name words: the official all of them match (the most recently mentioned before `pos`
   *  on a tie), else, when allowed, a stated speaker named by them. */
  private byName(names: PhraseToken[], pos: number, rule: string, titleAfter: Range | null, allowStated: boolean, tokens: PhraseToken[] = names): Resolved | null {
    let best: Official | null = null;
    let bestScore = 0;
    let bestLast = 0;
    const nameLists = this.officialNameTokens();
    for (let k = 0; k < this.officials.length; k++) {
      const official = this.officials[k]!;
      const tokens = nameLists[k]!;
      let score = 0;
      for (const n of names) if (matchesAnyToken(n.low, tokens)) score++;
      if (score < names.length) continue;
      const last = this.d.lastMentionOf(official, pos);
      if (!best || score > bestScore || (score === bestScore && last > bestLast)) {
        best = official;
        bestScore = score;
        bestLast = last;
      }
    }
    const lows = objectList<string>();
    for (const n of names) lows.push(n.low);
    // a person named in full earlier (`kata Agus` after `…, Agus Salim Fadli,`), also over an official these words
    // name when the person was named in full after the official's last mention (`kata Rahmat` after `Kuasa hukum
    // X, Rahmat Hidayat Siregar,`, an official `Rahmat` named before): the one named last
    const person = this.d.personByWords(lows, pos, best ? bestLast : null);
    if (best && !person) return resolvedAs(officialRef(best), best, rule);
    if (person) return resolvedAs(person.ref, person.official, rule);
    if (!allowStated) return null;
    // a title's short form (`kata Kasdim`, `ujar Kaban Kesbangpol`) read as a name: the official it abbreviates
    const short = this.byShortTitle(tokens, pos);
    if (short) return short;
    for (const n of names) if (NOT_NAME.has(n.low) || STOP.has(n.low) || notPersonWord(n.low) || /\d/u.test(n.raw)) return null;
    // one word: the full name it shortens, written in apposition before (`…, Yulius Pangemanan, …`)
    let name = (names.length === 1 ? fullNameInApposition(this.doc.text, names[0]!.raw, pos) : null) ?? initialsBefore(tokens, names[0]!.start) + names[0]!.raw;
    for (let i = 1; i < names.length; i++) name += ` ${names[i]!.raw}`;
    const title = titleAfter ? this.doc.text.slice(titleAfter.start, titleAfter.end) : null;
    return resolvedAs(statedSpeaker(name, title), null, titleAfter ? 'name-title-after' : rule);
  }

  /** A bare title (`Gubernur`, `Ketua Bawaslu`): the official whose title has every role and organisation
   *  word, the most recently mentioned before `pos`. */
  private byTitle(roles: string[], orgs: string[], pos: number): Resolved | null {
    let best: Official | null = null;
    let bestLast = 0;
    const titleSets = this.officialTitleTokens();
    // a bare title without a deputy word is the head's, never the deputy's (`Apel dipimpin Bupati X, didampingi
    // Wakil Bupati Y. … Dalam amanatnya, Bupati menekankan …`: X's): a deputy word the phrase lacks rules one out
    const deputies = DEPUTY.filter((w) => !roles.includes(w));
    for (let k = 0; k < this.officials.length; k++) {
      const official = this.officials[k]!;
      const titleWords = titleSets[k]!;
      if (!hasAll(titleWords, roles) || !this.orgsMatch(official, titleWords, orgs)) continue;
      if (deputies.some((w) => titleWords.has(w))) continue;
      const last = this.d.lastMentionOf(official, pos);
      if (!best || last > bestLast) {
        best = official;
        bestLast = last;
      }
    }
    return best ? resolvedAs(officialRef(best), best, 'bare-title') : null;
  }

  /** Each organisation word is in the official's title words or inside its institution's name, or is a
   *  form of the official's region (`Ketua Bawaslu KSB` for the chair of the Bawaslu of Kabupaten Sumbawa
   *  Barat: the gazetteer's alias resolves the place, whatever the title spelled). */
  private orgsMatch(official: Official, titleWords: Set<string>, orgs: string[]): boolean {
    for (const o of orgs) {
      if (titleWords.has(o) || (official.institution ?? '').toLowerCase().includes(o)) continue;
      if (official.region && this.regionWritten(official.region.code, o)) continue;
      // an acronym of the words of the title written in full (`Kepala BKPSDM itu` after `Kepala Badan
      // Kepegawaian dan Pengembangan SDM …, Nama`)
      if (official.title && acronymOfTitle(official.title, o)) continue;
      return false;
    }
    return true;
  }

  /** An acronym or an office word (`Panwascam`), and the place or office words after it (`BKD Kota Padang`,
   *  `KIP Aceh`, `Panwascam Cikande`): an institution (a person's name is not followed by its place), named by
   *  the phrase; a rank (`AKBP`) is no acronym. */
  private acronymInstitution(tokens: PhraseToken[]): string | null {
    const t0 = tokens[0];
    if (t0 && tokens.length === 1 && LONG_ACRONYM.test(t0.raw) && !RANK.has(t0.low) && !this.inRegion(t0.start)) return t0.raw;
    if (!t0 || tokens.length < 2 || !(ACRONYM.test(t0.raw) || ORG.has(t0.low)) || RANK.has(t0.low) || HONORIFIC.has(t0.low)) return null;
    for (let i = 1; i < tokens.length; i++) if (!ORG.has(tokens[i]!.low) && !this.inRegion(tokens[i]!.start)) return null;
    return this.doc.text.slice(t0.start, tokens[tokens.length - 1]!.end);
  }

  /** A title's short form (`Kasatpol PP`, `Kasdim`): the official whose title in full it abbreviates. */
  private byShortTitle(tokens: PhraseToken[], pos: number): Resolved | null {
    if (tokens.length > 3 || this.officials.length === 0) return null;
    const { short, written } = shortFormLetters(tokens, (w) => HONORIFIC.has(w) || ACTING.has(w));
    if (!short) return null;
    if (this.shortTitleWords.length < this.officials.length) for (const x of this.officials) this.shortTitleWords.push(x.title ? titleLetterWords(x.title) : []);
    const o = officialByShortTitle(short, written, this.officials, this.shortTitleWords, ACTING, (x) => this.d.lastMentionOf(x, pos));
    return o ? resolvedAs(officialRef(o), o, 'bare-title') : null;
  }

  /** Whether the article's region `code` is written somewhere as a form holding the word `low`. */
  private regionWritten(code: string, low: string): boolean {
    for (const r of this.doc.regions) {
      if (r.code !== code) continue;
      for (const f of r.surface) if (f.toLowerCase().split(/\s+/u).includes(low)) return true;
    }
    return false;
  }

  /** Files one part of a speaker-phrase token (`t` itself, or a piece of a dotted token) as a role,
   *  organisation or name word; honorifics, acting prefixes and initials are skipped. */
  private sortPart(t: PhraseToken, part: string, low: string, parts: PhraseParts): void {
    if (HONORIFIC.has(low) || ACTING.has(low) || NAME_PREFIX.has(low)) return;
    if (ROLE.has(low) || TITLE_HEAD.has(low)) parts.roles.push(low);
    else if (ORG.has(low)) parts.orgs.push(low);
    else if (part.length === 1) return; // initial
    else if (this.inRegion(t.start) || includesKey(this.placeKeys(), low)) parts.orgs.push(low);
    else if (ALL_CAPS.test(part) && part.length <= 4) parts.orgs.push(low);
    else parts.names.push(part === t.raw ? t : phraseToken(t.start, t.end, part, low));
  }

  inRegion(pos: number): boolean {
    for (const r of this.doc.regions) for (const s of r.spans) if (s.start <= pos && pos < s.end) return true;
    return false;
  }
}
