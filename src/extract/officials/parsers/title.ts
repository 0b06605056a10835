// Parser `title`: a public title and its complement (`Pj Gubernur NTB`, `Kepala Dinas Kominfo Lombok Timur`,
// `Koordinator Divisi … Bawaslu`, `Kepala BKPSDM`, `Wali Kota terpilih Kendari`, `Ketua Umum Partai Demokrat`).
//   pattern — titleAt() at a word run whose lower-cased text is a title head (see title-compile.ts).
//   extract — the title's guards, complement, role and institution; null rejects the title (a place or a
//             programme named after it, a plural or generic title, a generic post without its institution).
import type { Official, RegionRef } from '../../../model.js';
import { SPACE, alternationOf } from '../../../text/regex.js';
import { LOCAL_GOVERNMENT } from '../../../lexicon/titles-local.js';
import { UPPER, classAt } from '../../../lexicon/matcher.js';
import { commaLenAt, spaceLenAt, stickyAt } from '../scan.js';
import { HONORIFIC_HEADS } from '../names.js';
import { ASSOCIATION_BODIES, CANDIDATE_NUMBER_BEFORE, CIVIL_BODY_WORDS, CANDIDATE_PAIR_NOUNS, GENERIC_BEFORE_TITLE, HOLDER_MODIFIER, INDEFINITE_BEFORE_PAIR, MENKO_ROLES, MINISTRY_ROLES, PARTY_POST_ROLES, type TitleDef } from '../../../lexicon/titles.js';
import { fillInstitution, parseComplement, regionRef, unitInstitution } from '../complement.js';
import { DINAS_AGENCY, REGIONAL_AGENCY, titleAt, titleDefOf, TITLE_HEAD_FILTER, type TitleMatch } from '../title-compile.js';
import { countryAsInitialsAt, modifierAfter, skipParen, skipTitleWords, titleWordAt } from '../title-phrases.js';
import type { Complement, RegionAt } from '../types.js';
import { DOCUMENT_BEFORE, GENERIC_BEFORE, HOLDER_BEFORE, NOT_TITLE_BEFORE_WORD, precededBy, wordBeforeGap } from '../word-before.js';

/** A title read up to the end of its complement: what the name parsers start from (they may update
 *  `titleText` and `region`). */
export interface TitleParse {
  start: number;
  /** end of the title's head words (the complement starts after it) */
  headEnd: number;
  acting: boolean;
  def: TitleDef | null;
  /** the acronym of `Kepala <ACRONYM>` */
  acr: string | null;
  modifier: Official['modifier'];
  /** the modifier is written after the head or its place (`terpilih`, `nonaktif`, `periode lalu`: TITLE_MODIFIERS_AFTER),
   *  so a name in apposition before the title is its holder (`X, Gubernur NTB periode lalu, hadir`) */
  modifierAfter: boolean;
  /** `Keputusan Presiden …`: a document named after the post */
  documentTitle: boolean;
  role: string;
  c: Complement;
  /** title words followed the complement (`Gubernur Bank Sentral Malaysia`) */
  hasExtra: boolean;
  titleText: string;
  region: RegionRef | null;
  institution: string | null;
}

/** One capitalised word (a university's short name: `Untidar`, `UGM`, `Unhas`) before a comma or a capital. */
const SHORT_INSTITUTION_RE = /[ \t]{1,2}\p{Lu}[\p{L}\p{N}-]{1,20}(?=[ \t]{0,2},|[ \t]{1,2}\p{Lu})/uy;
/** A body title's last word that is also a party's board (`DPD`). */
const PARTY_BOARD_BODY = /[ \t]{1,2}DPD$/u;
const PARTY_RE = /(?:Partai|PARTAI)(?![\p{L}\p{N}])/uy;
/** A party's name (`Golkar`, `PDI Perjuangan`) or `Partai` at `q`. */
function partyAt(text: string, q: number): boolean {
  return stickyAt(PARTY_RE, text, q) !== null || titleWordAt(text, q)?.kind === 'party';
}
const BALLOT_NUMBER_RE = new RegExp(`[ \\t]{1,2}(?:${alternationOf(CANDIDATE_NUMBER_BEFORE, { space: SPACE.blank1to2 })})[ \\t]{0,2}\\d{1,2}(?![\\p{L}\\p{N}])`, 'iuy');
/** `salah satu pasangan calon `, `para paslon `: a candidate pair after an indefinite determiner, right before a post. */
const INDEFINITE_PAIR_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOf([...GENERIC_BEFORE_TITLE, ...INDEFINITE_BEFORE_PAIR], { space: SPACE.blank1to2 })})[ \\t]{1,2}(?:${alternationOf(CANDIDATE_PAIR_NOUNS, { space: SPACE.blank1to2 })})[ \\t]{1,2}$`,
  'iu',
);
const LOWER_PARTY_RE = /[ \t]{1,2}partai(?![\p{L}\p{N}])/uy;
/** `partai` among a post's complement words: the board of a party (`bendahara partai`). */
const PARTY_WORD_RE = /(?:^|[ \t])partai(?![\p{L}\p{N}])/iu;
/** Roles that name a party post when a party follows (`Ketua Umum Gerindra`, `Sekjen Partai Golkar`). */
const GENERIC_PARTY_ROLES: ReadonlySet<string> = new Set(PARTY_POST_ROLES);

/** Pattern: the title starting at the word run `[at, end)` (lower-cased `lower`), or null. */
export function titlePattern(text: string, at: number, end: number, lower: string): TitleMatch | null {
  // only word runs that may begin a title
  if (!TITLE_HEAD_FILTER.hasRun(text, at, end, lower)) return null;
  return titleAt(text, at, lower);
}

/** Extract: the title of the match `m`, read with its complement, or null to reject it. */
export function extractTitle(
  text: string,
  m: TitleMatch,
  regionStarts: Map<number, RegionAt>,
  mentionedRegencies: () => ReadonlySet<string>,
): TitleParse | null {
  const start = m.start;
  let headEnd = m.end;
  const acting = m.acting;
  // A division post (`Koordinator Divisi … Bawaslu`) is the body's `Koordinator Divisi` title.
  const phrase = m.divisionBody ? `Koordinator Divisi ${m.divisionBody}` : m.phrase;
  let def = phrase ? titleDefOf(phrase) : null;
  // `Ketua DPD Partai Golkar Jawa Barat X`, `Ketua DPD PDI Perjuangan X`: a DPD (or DPW, DPC) before a party is the
  // party's regional board, not the Dewan Perwakilan Daerah: the post is the generic one, the board its institution
  if (def && phrase && !m.divisionBody && PARTY_BOARD_BODY.test(phrase) && partyAt(text, headEnd + spaceLenAt(text, headEnd))) {
    const post = titleDefOf(phrase.replace(PARTY_BOARD_BODY, ''));
    if (post) {
      def = post;
      headEnd = text.lastIndexOf(phrase.slice(phrase.search(PARTY_BOARD_BODY)).trim(), headEnd);
      while (headEnd > start && (text.charCodeAt(headEnd - 1) === 0x20 || text.charCodeAt(headEnd - 1) === 0x09)) headEnd--;
    }
  }
  const acr = m.acronym ?? null;
  if (!def && !acr) return null;
  // `Jalan Bupati …`, `Kantor Bupati …`, `Program Bupati …`: a place or programme, not a person's title.
  if (!acting && precededBy(NOT_TITLE_BEFORE_WORD, text, start)) return null;
  // `para camat`, `seluruh kepala desa`, `119 kepala desa`: a plural or generic title names nobody.
  if (precededBy(GENERIC_BEFORE, text, start)) return null;
  // A generic post (`Ketua`, `Direktur`) is a person's title only capitalised, with an institution after it; in lower
  // case only a party's post (`diwakili bendahara partai, Nama`, `sekretaris DPC Partai Gerindra, Nama`): see below.
  const lowerGeneric = def?.generic === true && !(classAt(text, start) & UPPER);
  // `calon Bupati X`, `mantan Bupati X`: X does not hold the post; kept, marked.
  let modifier: Official['modifier'] = precededBy(HOLDER_BEFORE, text, start)
    ? HOLDER_MODIFIER[wordBeforeGap(text, Math.max(0, start - HOLDER_BEFORE.reach), start, false) ?? '']
    : undefined;
  // `Keputusan Presiden Nomor …` is a document; `keputusan Presiden Jokowi` still names the president.
  // `salah satu pasangan calon bupati, X`: an indefinite candidate pair names nobody (X is of the pair's team)
  if (modifier === 'calon' && INDEFINITE_PAIR_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) return null;
  const documentTitle = !acting && precededBy(DOCUMENT_BEFORE, text, start);
  // `Wali Kota terpilih Kendari`, `Presiden terpilih X`
  let complementAt = skipParen(text, headEnd);
  // `Sangadi (kepala desa) Molobog Barat, …`: a regional post glossed in brackets by the common title it stands for
  if (complementAt === headEnd) complementAt = skipTitleGloss(text, headEnd);
  const after = modifierAfter(text, complementAt);
  let writtenAfter = false;
  if (after) {
    writtenAfter = true;
    modifier = after.modifier;
    complementAt = after.end;
  }
  let role = def?.role ?? '';
  if (acr) {
    const la = acr.toLowerCase();
    role = REGIONAL_AGENCY.has(la) ? 'kepala badan' : DINAS_AGENCY.has(la) ? 'kepala dinas' : `kepala ${la}`;
  }
  const c = parseComplement(
    text,
    complementAt,
    acr ? { phrase: '', role, complement: 'region', institution: null } : def,
    regionStarts,
    mentionedRegencies,
  );
  // Title words left after the complement (`Gubernur Bank Sentral Malaysia X`, `Ketua Umum Demokrat X`) belong to
  // the title too, and so does a `terpilih` after the region (`Bupati Lombok Timur terpilih, X`).
  // `bendahara partai, Nama`, `sekretaris partai Gerindra Nama`: a lower-case party post names its party in lower case
  const lowerParty = lowerGeneric && c.end === complementAt ? stickyAt(LOWER_PARTY_RE, text, complementAt) : null;
  if (lowerParty) {
    c.end = complementAt + lowerParty[0].length;
    c.party = true;
  }
  // (not initials opening the holder's name after the region: `Bupati Ende AS Taufik`)
  const initials = c.region !== null && countryAsInitialsAt(text, c.end + spaceLenAt(text, c.end));
  const extra = initials ? { end: c.end, party: false, fraksi: false } : skipTitleWords(text, c.end, null);
  const hasExtra = extra.end > c.end;
  if (hasExtra) {
    c.end = extra.end;
    c.party ||= extra.party;
  }
  if (lowerParty) c.org = text.slice(complementAt, c.end).trim();
  const after2 = modifierAfter(text, c.end);
  if (after2) {
    writtenAfter = true;
    modifier = after2.modifier;
    c.end = after2.end;
  }
  // `calon wakil bupati nomor urut 2, X`: a candidate's ballot number belongs to the title
  if (modifier === 'calon') {
    const n = stickyAt(BALLOT_NUMBER_RE, text, c.end);
    if (n) c.end += n[0].length;
  }
  // `Rektor Untidar, X`, `Rektor UGM Prof. X`: one capitalised word names the only kind of institution the post heads
  if (def?.shortInstitution && !c.org && !c.region && c.end === complementAt) {
    const w = stickyAt(SHORT_INSTITUTION_RE, text, c.end);
    // without a comma only an acronym (`UGM`) or a word an honorific follows (`Unhas Prof. X`): `Rektor Budi Santoso`
    // is a name
    const e = w ? c.end + w[0].length : -1;
    if (w && (commaLenAt(text, e) > 0 || /^[ \t]{1,2}\p{Lu}{2,}$/u.test(w[0]) || HONORIFIC_HEADS.hasRunAt(text, e + spaceLenAt(text, e)))) {
      c.end += w[0].length;
      c.org = w[0].trim();
    }
  }
  // a generic post without its institution is no title (`Ketua Panitia …`)
  if (def?.generic && !c.org && !c.region && !c.national && !hasExtra) return null;
  // `Ketua PGRI Kabupaten Barito Timur`: a post of an association (ASSOCIATION_BODIES) is no public office; the body is
  // the first word after the post, or after its board (`Ketua DPC Apdesi`, `Ketua Pengurus Cabang PGRI`)
  if (def?.generic && (associationPost(text.slice(complementAt, c.end)) || ASSOCIATION.has(stickyAt(CAPS_WORD_AFTER_RE, text, c.end)?.[1] ?? ''))) return null;
  // `Ketua LSM Garuda Nusantara, X`, `Direktur PT Sinar Abadi, Y`: a post of a civil body (CIVIL_BODY_WORDS) is none
  if ((def?.generic || def?.institution === '{ORG}') && def?.complement === 'org' && stickyAt(CIVIL_BODY_RE, text, complementAt)) return null;
  // (`anggota Komisi II Syamsuddin Ali mempertanyakan …`: a house commission's post is one in lower case too)
  if (lowerGeneric && !c.party && !PARTY_WORD_RE.test(text.slice(headEnd, c.end)) && !(def?.houseCommission && c.org)) return null;
  if ((def?.generic && !def.plainRole) || GENERIC_PARTY_ROLES.has(role)) role = genericRole(role, text.slice(headEnd, c.end), c.party === true, extra.fraksi);
  const titleText = text.slice(start, c.end);
  let region: RegionRef | null = null;
  if (c.region && !c.national) region = regionRef(c.region.code);
  else if (c.place?.code) region = regionRef(c.place.code);
  let institution = fillInstitution(def, acr, c);
  // an echelon post's institution is the body its whole unit names (`… Aparatur Kementerian PANRB`)
  if (def?.institution === '{ACR}') institution = unitInstitution(text.slice(headEnd, c.end)) ?? institution;
  // `Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi` is the MenPAN-RB.
  if (role === 'menteri' && c.org) {
    const org = c.org.toLowerCase();
    const ministry = MINISTRY_ROLES.find((x) => org.startsWith(x.org));
    if (ministry) {
      role = ministry.role;
      institution = ministry.institution;
    }
  }
  // `Menteri Koordinator Bidang Politik, Hukum, dan Keamanan` is the Menko Polhukam.
  if (role === 'menko') {
    const org = titleText.toLowerCase();
    const menko = MENKO_ROLES.find((x) => org.includes(x.org));
    if (menko) {
      role = menko.role;
      institution = menko.institution;
    }
  }
  if (c.party && institution) institution = institution.replace(/^Kementerian /u, '');
  return { start, headEnd, acting, def, acr, modifier, modifierAfter: writtenAfter, documentTitle, role, c, hasExtra, titleText, region, institution };
}

/** The role of a generic post by what follows it: a party (`ketua partai`), a faction (`ketua fraksi`), else the
 *  institution's acronym (`ketua bk`, `wakil ketua dpr`) or its first word (`direktur keuangan`). */
function genericRole(role: string, complement: string, party: boolean, fraksi: boolean): string {
  if (party) return `${role} partai`;
  if (fraksi || /(?:^|\s)fraksi(?:\s|$)/iu.test(complement)) return `${role} fraksi`;
  if (GENERIC_PARTY_ROLES.has(role)) return role;
  const acr = /\((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)|(?:^|\s)(\p{Lu}[\p{Lu}\p{N}-]{1,9})(?=\s|$)/u.exec(complement.trim());
  if (acr) return `${role} ${(acr[1] ?? acr[2])!.toLowerCase()}`;
  const w = /\p{L}+/u.exec(complement)?.[0];
  return w ? `${role} ${w.toLowerCase()}` : role;
}

const ASSOCIATION: ReadonlySet<string> = new Set(ASSOCIATION_BODIES);
/** A civil body's kind as the first words of a post's complement (CIVIL_BODY_WORDS), after its space. */
const CIVIL_BODY_RE = new RegExp(`[ \\t]{1,2}(?:${alternationOf(CIVIL_BODY_WORDS, { space: SPACE.blank1to2 })})(?![\\p{L}\\p{N}])`, 'iuy');
/** An acronym in capitals right after a post's complement (`Ketua DPC APDESI …`). */
const CAPS_WORD_AFTER_RE = /[ \t]{1,2}(\p{Lu}[\p{Lu}\p{N}]{1,9})(?![\p{L}\p{N}])/uy;
/** The words of a post's complement name an association (ASSOCIATION_BODIES) among its first three words. */
function associationPost(complement: string): boolean {
  const words = complement.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length && i < 3; i++) if (ASSOCIATION.has(words[i]!.toUpperCase())) return true;
  return false;
}

/** `(kepala desa)`, `(Kepala Desa)` right after a title's head: a gloss in brackets that is itself a title, and ends
 *  with it; where it ends (or `pos`). */
function skipTitleGloss(text: string, pos: number): number {
  const sp = spaceLenAt(text, pos);
  if (text.charCodeAt(pos + sp) !== 0x28 /* ( */) return pos;
  const g = titleAt(text, pos + sp + 1);
  return g && text.charCodeAt(g.end) === 0x29 /* ) */ ? g.end + 1 : pos;
}

/** `title` without a gloss in brackets that is itself a title (`Sangadi (kepala desa) Molobog Barat` → `Sangadi Molobog
 *  Barat`): the gloss explains the post, it is no part of its name. A gloss is the common title written in lower case,
 *  or a local post's common name written out (`Hukum Tua (Kepala Desa) X`); an abbreviation in brackets stays (`Sekretaris Daerah (Sekda)`,
 *  `(Menko PMK)`, `(Pj Sekda)`, `(PMD)`). */
const LOCAL_POST_PHRASES: ReadonlySet<string> = new Set(LOCAL_GOVERNMENT.map((d) => d.phrase.toLowerCase()));
export function withoutTitleGloss(title: string): string {
  const open = title.indexOf(' (');
  if (open < 0) return title;
  const g = titleAt(title, open + 2);
  if (!g || title.charCodeAt(g.end) !== 0x29 /* ) */) return title;
  const gloss = title.slice(open + 2, g.end);
  const lower = !(classAt(title, open + 2) & UPPER);
  // (capitalised, a local post's common name written out: two words or more, `Kepala Desa`, never `Kades`)
  const written = gloss.includes(' ') && LOCAL_POST_PHRASES.has(gloss.replace(/\s+/gu, ' ').toLowerCase());
  return lower || written ? title.slice(0, open) + title.slice(g.end + 1) : title;
}
