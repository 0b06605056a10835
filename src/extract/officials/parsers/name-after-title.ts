// Parser `name-after-title`: the name written after a title (`Pj Gubernur NTB, Hassanudin`, `Bupati Lotim H. Sukiman
// Azmy`, `Presiden SBY`, `Kepala Dinas … yang juga Ketua Tim …, Ahmad Yusri`).
//   pattern — `[, ]` right after the title's complement, then parseName().
//   extract — rejects a "name" made of title words, an implausible one, a region (`Bupati Bone mengatakan`: the
//             title's region then); moves the title's end past title words the "name" starts with.
import { PLACE_NAME_LEADS } from '../../../lexicon/admin-units.js';
import type { ExtractContext } from '../../../model.js';
import { alternationOf, alternationOfSources, SPACE, escapeRe as esc } from '../../../text/regex.js';
import { districtsByName, villagesByName } from '../../../lexicon/gazetteer.js';
import { LETTER_OR_DIGIT, UPPER, classAt } from '../../../lexicon/matcher.js';
import { CONSTITUENCY_HEADS, ELECTION_NAMES, POST_ELECTION_CONNECTIVES, POST_QUALIFIER_WORDS, POST_TERM_HEADS, POST_TERM_LINK_WORDS, SECOND_POST_CONNECTIVES, UNIT_BODY_WORDS } from '../../../lexicon/titles.js';
import type { LowerWords } from '../article-words.js';
import { bareRegionAt, isUnitCloser, regionRef, regionsNamed, unitInstitution } from '../complement.js';
import { closedByDegrees, DEGREE_WORDS, NOT_NAME, parseName, plausibleName, RANK_HEAD } from '../names.js';
import { commaLenAt, spaceLenAt, stickyAt } from '../scan.js';
import { ACRONYM_WORDS } from '../title-compile.js';
import { NOT_PORTFOLIO, skipParen, skipTitleWords, TITLE_PHRASES, titleWordAt, titleWordsOnly, WORD_RE } from '../title-phrases.js';
import type { ParsedName, RegionAt } from '../types.js';
import type { TitleParse } from './title.js';
import {
  closedUnitAfterComma,
  regionStartIn,
  skipClosers,
  UNIT_ABOVE_AT_RE,
  unitChainInstitution,
  unitListToBody,
  unitRunClosers,
  unitRunToComma,
} from '../unit-runs.js';

/** A second post in apposition up to its comma: ` yang juga Ketua Tim Pemantau Netralitas ASN, ` (no sentence
 *  end, no quote, at most 80 characters). */
const APPOSITION_RE = new RegExp(
  `[ \\t]{1,2}(?:${alternationOf(SECOND_POST_CONNECTIVES, { space: SPACE.blank1to2 })})[ \\t]{1,2}\\p{Lu}[^.!?"“”,\\n]{0,80},[ \\t]{1,2}`,
  'uy',
);
/** A relative clause after a title, all in lower case, up to its comma: `, yang baru dilantik pekan lalu, `. */
const RELATIVE_RE = /,?[ \t]{1,2}yang[ \t]{1,2}[\p{Ll}\p{N}][\p{Ll}\p{N} \t/-]{0,60},[ \t]{1,2}/uy;
/** Either case of a lexicon phrase's first letter (`Periode`, `periode`), each word 1–2 spaces apart. */
const anyCaseFirst = (w: string): string => `[${w.charAt(0).toUpperCase()}${w.charAt(0).toLowerCase()}]${esc(w.slice(1)).replace(/ /gu, '[ \\t]{1,2}')}`;
const altOf = (ws: readonly string[]): string => alternationOfSources([...ws].sort((a, b) => b.length - a.length).map(anyCaseFirst));
/** What joins a term's two years: a dash or a slash, or a word (`2019 hingga 2022`, `2015 s.d. 2020`). */
const TERM_LINK_SOURCE = `(?:[ \\t]{0,2}[-–—/][ \\t]{0,2}|[ \\t]{1,2}(?:${alternationOf(POST_TERM_LINK_WORDS, { space: SPACE.blank1to2 })})[ \\t]{1,2})`;
/** A term's span of years after its head (`periode 2016–2021`): the year it ends, group 1. */
const TERM_SPAN_RE = new RegExp(`(?:${altOf(POST_TERM_HEADS)})[ \\t]{1,2}\\d{4}${TERM_LINK_SOURCE}(\\d{4})(?!\\d)`, 'u');
/** One qualifier of a post (lexicon/title-context.ts): a word, a term, an election, a constituency. */
const POST_QUALIFIER_SOURCE = `(?:${altOf(POST_QUALIFIER_WORDS)}|(?:${altOf(POST_TERM_HEADS)})[ \\t]{1,2}\\d{4}(?:${TERM_LINK_SOURCE}\\d{4})?|(?:${altOf(POST_ELECTION_CONNECTIVES)})[ \\t]{1,2}(?:${altOf(ELECTION_NAMES)})(?:[ \\t]{1,2}\\d{4})?|(?:${altOf(CONSTITUENCY_HEADS)})(?:[ \\t]{1,2}\\([Dd]apil\\))?(?:[ \\t]{1,2}(?:\\p{Lu}[\\p{L}\\p{N}-]{0,30}|\\d{1,2})){1,4})(?![\\p{L}\\p{N}])`;
/** Qualifiers of a post after its title, up to the holder's name: ` petahana, `, ` terpilih periode 2024-2029, `
 *  (the `terpilih` read already), ` dari daerah pemilihan Riau I, `; without the comma only a word's (` petahana `). */
const POST_QUALIFIED_RE = new RegExp(`,?[ \\t]{1,2}${POST_QUALIFIER_SOURCE}(?:[ \\t]{1,2}${POST_QUALIFIER_SOURCE}){0,2}(?:[ \\t]{0,2},[ \\t]{1,2}|([ \\t]{1,2}))`, 'uy');
const QUALIFIER_WORD_ONLY_RE = new RegExp(`^,?[ \\t]{1,2}(?:${altOf(POST_QUALIFIER_WORDS)})[ \\t]{1,2}$`, 'u');
const ONE_WORD_RE = /\p{Lu}[\p{L}\p{N}-]{1,30}(?=[ \t]{0,2},)/uy;
const ACRONYM_PAREN_RE = /[ \t]{0,2}\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)/uy;
/** When the parsed "name" `n` is really the end of the title (see parseTitles), the name after it (or null when
 *  none follows); undefined when `n` is a name. */
function nameAfterTitleWords(
  ctx: ExtractContext,
  text: string,
  n: ParsedName,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
): { name: ParsedName; titleEnd: number } | null | undefined {
  let from = -1;
  // an acronym in parentheses right after the run: `Nahdlatul Ulama (PBNU)`
  const paren = stickyAt(ACRONYM_PAREN_RE, text, n.end);
  // (`Susilo Bambang Yudhoyono (SBY)`: the person's own initials are a nickname, not an institution)
  const initials = n.tokens.map((t) => t.charAt(0)).join('');
  if (paren && !paren[0].includes(`(${initials})`)) {
    from = n.end + paren[0].length;
    // `Layanan Informasi (KLI) Kemenkeu X`: the body the unit belongs to, written after its abbreviation
    from = skipClosers(text, from, regionStarts);
  } else {
    // degrees written after the name close it (`Ketua Majelis Hakim, X, S.H., M.H. Majelis menolak …`): a title word
    // after them opens the next clause or sentence, never the rest of the title
    if (closedByDegrees(n)) return undefined;
    const more = skipTitleWords(text, n.end, NOT_PORTFOLIO);
    if (more.end > n.end) from = more.end;
    else {
      // a country or party inside the run: the name starts after the last one; not in a name an honorific opens
      // (`Prof. Garuda Wiko`: the honorific says a person's name follows)
      if (!n.written.trimStart().startsWith(n.tokens[0]!)) return undefined;
      let q = text.indexOf(n.tokens[0]!, n.start);
      for (let i = 0; i < n.tokens.length - 1 && q >= 0; i++) {
        const tw = titleWordAt(text, q, NOT_PORTFOLIO);
        const next = text.indexOf(n.tokens[i + 1]!, q + n.tokens[i]!.length);
        if (tw && tw.kind !== 'organ' && tw.end <= next) from = tw.end;
        q = next;
      }
      if (from < 0) return undefined;
    }
  }
  let p = from;
  const comma = commaLenAt(text, p);
  p += comma > 0 ? comma : spaceLenAt(text, p);
  if (p === from) return null;
  const later = parseName(text, p, regionStarts);
  return later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower) ? { name: later, titleEnd: from } : null;
}

/** The title `t` now runs on to `end` past its complement (which ended at `from`): the region closing that run is
 *  the title's region, and its institution is the body the unit names, or (for a generic post) the unit itself. */
function extendUnit(t: TitleParse, text: string, from: number, end: number, regionStarts: Map<number, RegionAt>): void {
  const at = regionStartIn(regionStarts, from, end);
  if (!t.region && at !== undefined && t.def?.complement !== 'village' && t.def?.complement !== 'district') t.region = regionRef(regionStarts.get(at)!.code);
  const unit = text.slice(t.headEnd, at ?? end);
  if (t.def?.institution === '{ORG}') t.institution = text.slice(t.headEnd, end).replace(/\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ').trim() || t.institution;
  else t.institution = unitChainInstitution(t, unit) ?? t.institution ?? unitInstitution(unit);
}

/** `Yusuf Effendi, Kabid Pengadaan dan Pemberhentian BKPSDM Klaten, menjelaskan`, `Aditya selaku Kepala Bidang
 *  Pengembangan Karier BKPSDM Kota Pekalongan mengatakan`: a title whose holder is named before it runs on over the
 *  unit's name, up to a comma or up to the body (and region) that closes it before a lower-case word. Moves the
 *  title's end (`t.c.end`) and sets its text, region and institution. */
export function extendUnitBeforeVerb(t: TitleParse, text: string, regionStarts: Map<number, RegionAt>): void {
  if (t.def?.complement !== 'org' && !t.acr) return;
  const from = t.c.end;
  let end = -1;
  const run = unitRunToComma(text, from);
  if (run && commaLenAt(text, from) === 0) end = run.end;
  else {
    // (the complement read the unit's first words already: any capitalised word may go on, up to its body)
    const closers = unitRunClosers(text, from, true);
    const last = closers[closers.length - 1];
    if (last !== undefined) {
      const sp0 = spaceLenAt(text, last);
      const r = sp0 > 0 ? regionStarts.get(last + sp0) : undefined;
      const e = r ? skipParen(text, r.end) : last;
      const sp = spaceLenAt(text, e);
      // the unit ends where the clause goes on in lower case (`… BKPSDM Kota Pekalongan mengatakan`)
      if (UNIT_THEN_CLAUSE_RE.test(text.slice(e, e + 3))) end = e;
    }
  }
  if (end <= from) return;
  t.titleText = text.slice(t.start, end);
  extendUnit(t, text, from, end, regionStarts);
  t.c.end = end;
}

/** What follows a unit's name when no holder's name does: the clause in lower case, a comma, the closing bracket of
 *  `Nama (Jabatan)`, a sentence end, the semicolon closing an item of a list (`X, Kepala Bidang … BKPSDM Batang; Y, …`). */
const UNIT_THEN_CLAUSE_RE = /^(?:[ \t]{1,2}\p{Ll}|[ \t]{0,2}[,).;])/u;

const UNIT_BODY_WORD: ReadonlySet<string> = new Set(UNIT_BODY_WORDS);
/** A capitalised unit word (UNIT_BODY_WORDS) or a body closing a unit (`Setda`, `Kemenag`, `BKPSDM`) right after `at`. */
function unitWordAfter(text: string, at: number): boolean {
  const sp = spaceLenAt(text, at);
  if (sp === 0 || !(classAt(text, at + sp) & UPPER)) return false;
  const w = stickyAt(WORD_RE, text, at + sp);
  if (!w) return false;
  const lw = w[0].toLowerCase();
  return UNIT_BODY_WORD.has(lw) || (isUnitCloser(w[0]) && (ACRONYM_WORDS.has(lw) || w[0] !== w[0].toUpperCase()));
}

/** Every other mention of `word` in the article stands after a body, a unit word or `di`/`se-` (`Bawaslu Polman`, `di
 *  Polman`), as a place's does, never as a person's (`kata Sukiman`, `Sukiman menegaskan`); and there are at least
 *  `atLeast` of them. */
const PLACE_BEFORE: ReadonlySet<string> = new Set(PLACE_NAME_LEADS);
const WORD_BEFORE_RE = /([\p{L}\p{N}]+)-?[ \t]{0,2}$/u;
function onlyAsPlace(text: string, word: string, at: number, atLeast = 0): boolean {
  let seen = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (i === at || classAt(text, i + word.length) & LETTER_OR_DIGIT || (i > 0 && classAt(text, i - 1) & LETTER_OR_DIGIT)) continue;
    const w = WORD_BEFORE_RE.exec(text.slice(Math.max(0, i - 16), i))?.[1]?.toLowerCase();
    if (!w || !(PLACE_BEFORE.has(w) || ACRONYM_WORDS.has(w))) return false;
    // (asked for a name's first word, `atLeast`: a mention that a capitalised word follows may be a title's holder
    // again, `Kepala BPKP Wahyu Ariffin`)
    if (atLeast > 0 && /^[ \t]{1,2}\p{Lu}/u.test(text.slice(i + word.length, i + word.length + 3))) return false;
    seen++;
  }
  return seen >= atLeast;
}

/** Whether the regions extractor read the region `code` (or a place inside it) somewhere in the article. */
const namedInArticle = (regionStarts: Map<number, RegionAt>, code: string): boolean =>
  [...regionStarts.values()].some((r) => r.code === code || r.code.startsWith(`${code}.`));

/** The end of the place the "name" `n` opens with (at most three words, the rest a name: `Bupati Tanjung Harapan H.
 *  Ahmad Fauzi`), when the article writes those words as a place; else -1. */
function placeLeadEnd(text: string, n: ParsedName, places: LowerWords): number {
  for (let k = Math.min(3, n.tokens.length - 1); k >= 1; k--) {
    const lead = n.tokens.slice(0, k).join(' ');
    if (text.startsWith(lead, n.start) && places.has(lead)) return n.start + lead.length;
  }
  return -1;
}

/** A kecamatan's or a village's name (`Selong`, `Praya`). */
const isPlaceName = (word: string): boolean => districtsByName(word).length > 0 || villagesByName(word).length > 0;

/** `SBY`, `JK`, `BTP`: 2–4 capitals that are no acronym, party, country or degree, with no capitalised word after. */
const NICKNAME_RE = /\p{Lu}{2,4}(?![\p{L}\p{N}-])/uy;
function nicknameAt(text: string, p: number): ParsedName | null {
  const m = stickyAt(NICKNAME_RE, text, p);
  if (!m) return null;
  const w = m[0];
  const lw = w.toLowerCase();
  if (ACRONYM_WORDS.has(lw) || DEGREE_WORDS.has(w) || TITLE_PHRASES.has(lw) || NOT_NAME.has(lw)) return null;
  const e = p + w.length;
  const sp = spaceLenAt(text, e);
  if (sp > 0 && classAt(text, e + sp) & UPPER) return null;
  return { start: p, end: e, tokens: [w], written: w };
}

/** The name after the title `t` (null when none); may update `t.titleText` and `t.region`. `places`: the article's
 *  places written as such (lazyPlacesWritten, built once per article). */
export function extractNameAfter(
  ctx: ExtractContext,
  t: TitleParse,
  regionStarts: Map<number, RegionAt>,
  headlineEnd: number,
  lower: LowerWords,
  places: LowerWords,
): ParsedName | null {
  const text = ctx.text;
  const { start, c, def, acr, role } = t;
  // Name after the title: `Title[, ]Name`.
  let p = c.end;
  const comma = commaLenAt(text, p);
  if (comma > 0) p += comma;
  else p += spaceLenAt(text, p);
  // (`Bupati Lampung Selatan M Nanang Ermanto`, `Jaksa Agung ST Burhanuddin`: after a title read whole, its place or an
  // office with no complement, initials without dots open the name as after a comma)
  let name = p > c.end ? parseName(text, p, regionStarts, comma === 0 && (c.region !== null || c.national || def?.complement === 'none')) : null;
  // `Pangdam Iskandar Muda Mayjen TNI X`, `Danlanud Iswahjudi Marsma TNI X`: capitalised words right before a rank
  // are the unit's own name (part of the title); the holder is named after the rank
  if (name) {
    const sp = spaceLenAt(text, name.end);
    const r = sp > 0 ? stickyAt(WORD_RE, text, name.end + sp) : null;
    const later = r && RANK_HEAD.has(r[0].toLowerCase()) ? parseName(text, name.end + sp, regionStarts) : null;
    if (later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower)) {
      t.titleText = text.slice(start, name.end);
      name = later;
    }
  }
  // a "name" made of title words only (`Menteri Pertahanan Amerika Serikat`) is none
  if (name && titleWordsOnly(text, name)) name = null;
  if (name && !plausibleName(ctx, name, headlineEnd, lower)) name = null;
  // `Ketua Dewan Pakar Partai Golkar X`, `Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU) X`, `Gubernur New
  // Mexico AS X`: a "name" followed by (or holding) a party, organ or country, or by an acronym in
  // parentheses, is part of the title; the name comes after.
  if (name) {
    const later = nameAfterTitleWords(ctx, text, name, regionStarts, headlineEnd, lower);
    if (later !== undefined) {
      if (later) {
        t.titleText = text.slice(start, later.titleEnd);
        extendUnit(t, text, c.end, later.titleEnd, regionStarts);
      }
      name = later?.name ?? null;
    }
  }
  // `Kadiv Propam Polri Irjen Pol X`, `Direktur Reserse Narkoba Polda Bali X`: after a unit's head, a short "name"
  // followed by the body that closes the unit (and its region) is the rest of the unit's name
  if (name && def?.complement === 'org' && name.tokens.length <= 3 && !closedByDegrees(name)) {
    const end = skipClosers(text, name.end, regionStarts);
    const q = end > name.end ? end + spaceLenAt(text, end) + commaLenAt(text, end) : -1;
    const later = q > end ? parseName(text, q, regionStarts) : null;
    if (later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower) && !isUnitCloser(later.tokens[0]!)) {
      name = later;
      t.titleText = text.slice(start, end);
      extendUnit(t, text, c.end, end, regionStarts);
    } else if (end > name.end && !DEGREE_WORDS.has(text.slice(name.end, end).trim().split(/\s/u)[0]!) && UNIT_THEN_CLAUSE_RE.test(text.slice(end, end + 3))) {
      // `Kepala Bidang Pengembangan Karier BKPSDM Kota Pekalongan mengatakan`: the "name" is the unit's, which its
      // body closes before the clause goes on; the holder is named before the title, if at all
      name = null;
    }
  }
  // `Kepala Bidang Mutasi dan Promosi BKD NTB, X`, `Kepala Seksi Mutasi pada Bidang Pengadaan BKD X, Y`: a one-word
  // "name" followed by `dan` and a capital, or by `pada` and the unit above, is a unit's name running on to a comma
  // (`Direktur Jenderal Asia Pasifik dan Afrika Kemlu, X`: a "name" of two or three words too, when a body closes the run)
  const andAfter = name !== null && /^[ \t]{1,2}(?:dan|&)[ \t]{1,2}\p{Lu}/u.test(text.slice(name.end, name.end + 8));
  if (name && def?.complement === 'org' && (name.tokens.length === 1 || (andAfter && name.tokens.length <= 3)) && (andAfter || UNIT_ABOVE_AT_RE.test(text.slice(name.end, name.end + 20)))) {
    let run = unitRunToComma(text, c.end);
    if (run && name.tokens.length > 1 && !isUnitCloser(run.lastWords?.split(' ').pop() ?? '')) run = null;
    const q = run ? run.end + commaLenAt(text, run.end) : -1;
    const later = run ? parseName(text, q, regionStarts) : null;
    if (run && later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower)) {
      name = later;
      t.titleText = text.slice(start, run.end);
      extendUnit(t, text, c.end, run.end, regionStarts);
    } else if (UNIT_ABOVE_AT_RE.test(text.slice(name.end, name.end + 20))) name = null;
  }
  // `Kasubbag Publikasi Bagian Prokopim Setda Bantul, X`, `Kabid Mutasi Badan Kepegawaian …`: a short "name" that a unit
  // word or a body goes on from is the unit's field; the unit runs on (read below, to a comma or to its body)
  if (name && (def?.complement === 'org' || acr) && name.tokens.length <= 3 && !closedByDegrees(name) && unitWordAfter(text, name.end)) name = null;
  // `Kepala Dinas Kominfo NTB yang juga Ketua Tim Pemantau Netralitas ASN, Ahmad Yusri`: a second post in
  // apposition (`yang juga`, `sekaligus`), then the name after its comma.
  if (!name && p === c.end + spaceLenAt(text, c.end)) {
    const app = stickyAt(APPOSITION_RE, text, c.end);
    if (app) {
      const q = c.end + app[0].length;
      const second = parseName(text, q, regionStarts);
      // one word is a name only when an apposition comma closes it (`…, Suhardi, mengatakan`), as after a title
      const closed = second !== null && (second.tokens.length >= 2 || /^[ \t]{0,2},/u.test(text.slice(second.end, second.end + 3)));
      if (second && closed && !titleWordsOnly(text, second) && plausibleName(ctx, second, headlineEnd, lower)) name = second;
    }
  }
  // `Asisten KASN Bidang Pengawasan Penerapan Nilai Dasar, Kode Etik dan Kode Perilaku serta Netralitas ASN, Iip
  // Syarifudin`: a "name" followed by a comma and a run that closes on a body (an acronym, `Kemlu`, `Polri`) and a
  // comma is the unit's name read on; the holder's name follows the body
  if (name && commaLenAt(text, name.end) > 0) {
    const end = closedUnitAfterComma(text, name.end);
    const q = end > 0 ? end + commaLenAt(text, end) : -1;
    const later = q > end && end > 0 ? parseName(text, q, regionStarts) : null;
    if (later && later.tokens.length >= 2 && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower)) {
      name = later;
      t.titleText = text.slice(start, end);
      t.institution = unitChainInstitution(t, text.slice(t.headEnd, end)) ?? t.institution ?? unitInstitution(text.slice(t.headEnd, end));
    }
  }
  // `Kepala BKD Jateng, yang baru dilantik pekan lalu, Wisnu Adi Saputra`, `Calon Wali Kota yang kalah, Yudi
  // Pratama`: a relative clause in lower case between the title and its holder, closed by a comma.
  if (!name) {
    const rel = stickyAt(RELATIVE_RE, text, c.end);
    if (rel) {
      const second = parseName(text, c.end + rel[0].length, regionStarts);
      const closed = second !== null && (second.tokens.length >= 2 || /^[ \t]{0,2},/u.test(text.slice(second.end, second.end + 3)));
      if (second && closed && !titleWordsOnly(text, second) && plausibleName(ctx, second, headlineEnd, lower)) name = second;
    }
  }
  // `Calon Wali Kota Pontianak petahana, X`, `Gubernur terpilih pada Pilkada 2020, X`, `Anggota Komisi II DPR RI dari
  // daerah pemilihan Riau I, X`: qualifiers of the post between the title and its holder (without a comma only a
  // qualifying word's, and then a name of two words or one closed by a comma)
  // (`Mantan Bupati Sikka periode 2018-2023 Fransiskus Roberto Diogo`: a term's span of years closes the qualifiers as a
  // comma does; `Bupati Sumba Barat periode 2016–2021, X` in a 2024 article: a term that ended before the article's year
  // is a former holder's)
  if (!name) {
    const qual = stickyAt(POST_QUALIFIED_RE, text, c.end);
    const span = qual ? TERM_SPAN_RE.exec(qual[0]) : null;
    if (qual && (qual[1] === undefined || QUALIFIER_WORD_ONLY_RE.test(qual[0]) || span)) {
      const second = parseName(text, c.end + qual[0].length, regionStarts);
      const closed = second !== null && (qual[1] === undefined || second.tokens.length >= 2 || /^[ \t]{0,2},/u.test(text.slice(second.end, second.end + 3)));
      if (second && closed && !titleWordsOnly(text, second) && plausibleName(ctx, second, headlineEnd, lower)) {
        name = second;
        const year = ctx.published ? Number(ctx.published.slice(0, 4)) : NaN;
        if (span && t.modifier === undefined && Number(span[1]) < year) t.modifier = 'mantan';
      }
    }
  }
  // `Asisten Deputi Perumusan Kebijakan Manajemen ASN, Hendra Kusuma`, `Komisioner KASN Bidang Mediasi dan
  // Advokasi, Sri Wahyuni`: the title's unit runs on past what the complement read, up to a comma, then the name.
  if (!name && def?.complement !== 'none') {
    // `Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Sleman, X`: a unit's fields listed with commas, up to
    // the body closing them
    let run = unitRunToComma(text, c.end) ?? (def?.complement === 'org' ? unitListToBody(text, c.end, regionStarts) : null);
    // `Kepala Desa Sumberagung, Kecamatan Sumberbaru, Kabupaten Jember, Slamet Riyadi`: the place of the post written
    // as a chain of units, each after its comma and opening with a unit word (at most three)
    for (let i = 0; run && i < 2; i++) {
      const next = commaLenAt(text, run.end) > 0 ? unitRunToComma(text, run.end) : null;
      if (!next) break;
      run = next;
    }
    if (run) {
      const q = run.end + commaLenAt(text, run.end);
      const later = parseName(text, q, regionStarts);
      if (later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower) && !regionsNamed(later.tokens.join(' '), role)) {
        name = later;
        t.titleText = text.slice(start, run.end);
        // `… (DP3A) Bantaeng, Nurhayati`, `… BKD NTB, X`: a region closing the unit is the title's region
        // (a village's or a district's post keeps its place: the span's code there is the regency's)
        if (!t.region && def?.complement !== 'village' && def?.complement !== 'district') {
          const at = regionStartIn(regionStarts, c.end, run.end);
          if (at !== undefined) t.region = regionRef(regionStarts.get(at)!.code);
        }
        if (!t.region && run.lastWords) {
          const areas = regionsNamed(run.lastWords, role);
          if (areas?.length === 1) t.region = regionRef(areas[0]!.code);
        }
        // `Direktur Jenderal Protokol dan Konsuler Kemlu, X`: the body closing the unit is the institution
        const unit = text.slice(t.headEnd, regionStartIn(regionStarts, c.end, run.end) ?? run.end);
        t.institution = unitChainInstitution(t, unit) ?? t.institution ?? unitInstitution(unit);
        // `Kepala UPT Puskesmas Prembun, X`: the unit an acronym's head names runs on after the acronym
        if (t.acr && t.institution === t.acr) t.institution = `${t.acr} ${text.slice(c.end, run.end).replace(/\([^()]*\)/gu, ' ').replace(/[\s,]+/gu, ' ').trim()}`;
      }
    }
  }
  // `Dekan Fakultas Hukum Unram, Ramli Tahir`, `Kepala Biro Umum Setneg, X`: after a unit's name, one capitalised
  // word before a comma is the unit's institution when a name of two words (or one after an honorific) follows
  if (!name && c.org && p === c.end + spaceLenAt(text, c.end)) {
    const w = stickyAt(ONE_WORD_RE, text, p);
    const q = w ? p + w[0].length + commaLenAt(text, p + w[0].length) : -1;
    const later = w && q > p + w[0].length ? parseName(text, q, regionStarts) : null;
    if (later && (later.tokens.length >= 2 || !text.startsWith(later.tokens[0]!, q)) && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower)) {
      name = later;
      t.titleText = text.slice(start, p + w![0].length);
      // `Fakultas Hukum` of `Unram`
      if (def?.institution === '{ORG}' && t.institution) t.institution = `${t.institution} ${w![0]}`;
    }
  }
  // `Kepala Biro Komunikasi dan Layanan Informasi (KLI) Kemenkeu Dedi Kurniadi`: without a comma, a unit's name runs
  // on to the body that closes it (an acronym, a ministry's short name, `Polri`), and the name follows that body
  if (!name && def?.complement === 'org') {
    // (organisation words the complement read make the run a unit's already: `Kasi Pendidikan Madrasah Kemenag X`)
    const closers = unitRunClosers(text, c.end, c.org !== null);
    for (let i = closers.length - 1; i >= 0 && !name; i--) {
      // (the body's region may follow it: `… Kemenag Magelang Siti Mahmudah`)
      const sp0 = spaceLenAt(text, closers[i]!);
      const r = sp0 > 0 ? regionStarts.get(closers[i]! + sp0) : undefined;
      const e = r ? skipParen(text, r.end) : closers[i]!;
      const q = e + spaceLenAt(text, e);
      const later = q > e ? parseName(text, q, regionStarts) : null;
      if (later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower) && !regionsNamed(later.tokens.join(' '), role) && !isUnitCloser(later.tokens[0]!)) {
        name = later;
        if (r && !t.region) t.region = regionRef(r.code);
        t.titleText = text.slice(start, e);
        t.institution = unitChainInstitution(t, text.slice(t.headEnd, closers[i])) ?? t.institution ?? unitInstitution(text.slice(t.headEnd, closers[i]));
      }
    }
  }
  // `Presiden SBY`: an office without complement, then a short all-caps nickname
  if (!name && p > c.end && def?.complement === 'none') name = nicknameAt(text, p);
  // `Direktur Keuangan Medco, D Cyril Noerhadi`: after a generic post, one word before a comma is the
  // institution, the name follows the comma.
  if (name && comma === 0 && (def?.generic || acr) && name.tokens.length === 1 && commaLenAt(text, name.end) > 0) {
    const q = name.end + commaLenAt(text, name.end);
    const second = parseName(text, q, regionStarts);
    if (second && second.tokens.length >= 2 && plausibleName(ctx, second, headlineEnd, lower)) {
      t.titleText = text.slice(start, name.end);
      name = second;
    } else if (def?.generic) name = null;
  }
  // `Ketua Pengadilan Negeri Selong, Budi Santoso`, `Direktur RSUD Praya dr. Muzakir Langkir`: one word that is a
  // kecamatan's or a village's name, then a comma or an honorific and a name, is the post's place.
  if (name && name.tokens.length === 1 && comma === 0 && def?.complement !== 'none' && isPlaceName(name.tokens[0]!)) {
    const q = name.end + (commaLenAt(text, name.end) || spaceLenAt(text, name.end));
    const later = q > name.end ? parseName(text, q, regionStarts) : null;
    const honorific = later !== null && !text.startsWith(later.tokens[0]!, q);
    if (later && (honorific || commaLenAt(text, name.end) > 0) && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower)) {
      t.titleText = text.slice(start, name.end);
      // (`Kakankemenag Ende, X`: a title wanting a region, and the word a regency's name too, the regions extractor's
      // context for it missing: the regency)
      const areas = def?.complement === 'region' && !t.region ? regionsNamed(name.tokens[0]!, role) : null;
      if (areas?.length === 1) t.region = regionRef(areas[0]!.code);
      name = later;
    }
  }
  // `Ketua Bawaslu Polman, Hj. Nurhayati Saleh`, `Ketua KPU Lotim, H. X`: after an election body or a house, one word
  // then a comma and a name an honorific opens is the body's place (an abbreviation the gazetteer does not know)
  if (name && name.tokens.length === 1 && comma === 0 && def?.complement === 'national' && !c.region && text.slice(p, name.end) === name.tokens[0]) {
    const q = name.end + commaLenAt(text, name.end);
    const later = q > name.end ? parseName(text, q, regionStarts) : null;
    if (later && !text.startsWith(later.tokens[0]!, q) && onlyAsPlace(text, name.tokens[0]!, name.start) && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower)) {
      t.titleText = text.slice(start, name.end);
      name = later;
    }
  }
  // `Ketua Bawaslu Beltim Ferdinand Tanjaya`: with no comma, a name's first word that the article writes elsewhere, at
  // least once, only as a place (after a body, a unit word or `di`: `Bawaslu Beltim`, `di Beltim`) is the body's place,
  // an abbreviation the gazetteer does not know
  if (name && name.tokens.length >= 2 && comma === 0 && (def?.complement === 'national' || def?.complement === 'org' || acr) && !c.region && text.startsWith(name.tokens[0]!, p)) {
    const q = p + name.tokens[0]!.length + spaceLenAt(text, p + name.tokens[0]!.length);
    const later = q > p + name.tokens[0]!.length ? parseName(text, q, regionStarts) : null;
    if (later && onlyAsPlace(text, name.tokens[0]!, name.start, 1) && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower)) {
      t.titleText = text.slice(start, p + name.tokens[0]!.length);
      name = later;
    }
  }
  // `Bupati Bone mengatakan`: a "name" that is a regency, city or province is the title's region.
  if (name && def?.complement !== 'none') {
    // (`Bupati Lembah Hijau mengumpulkan …` of an article datelined `LEMBAH HIJAU`: a place the gazetteer does not
    // know is still no name, and gives no region)
    let areas = regionsNamed(name.tokens.join(' '), role) ?? (places.has(name.tokens.join(' ')) ? [] : null);
    let at = name.end;
    const lead = areas ? -1 : placeLeadEnd(text, name, places);
    if (lead > 0) {
      // (`Kadinkes Ende Maria Dua` after `Kabupaten Ende`: the gazetteer's region, the one named when several share it)
      const known = regionsNamed(text.slice(name.start, lead), role);
      areas = known && known.length > 1 ? known.filter((a) => namedInArticle(regionStarts, a.code)) : (known ?? []);
      at = lead;
    }
    // `Kadinkes Ende Maria Dua`: after a title wanting a region and given none, a region's name that only context makes
    // one (RISKY_REGION_NAMES), then a name of two words, is the title's region when the article names that region
    // elsewhere (`di Ende`); else it opens the name (`Kadinkes Bima Prasetya Nugraha` in a Kota Bandung article)
    if (!areas && def?.complement === 'region' && !c.region && comma === 0 && text.startsWith(name.tokens[0]!, name.start)) {
      const r = bareRegionAt(text, name.start, role, () => new Set());
      const rest = r ? parseName(text, r.end + spaceLenAt(text, r.end), regionStarts) : null;
      const named = r && rest && rest.tokens.length >= 2 ? regionsNamed(r.bare, role)?.filter((a) => namedInArticle(regionStarts, a.code)) : null;
      if (r && named?.length) {
        areas = named;
        at = r.end;
      }
    }
    if (areas) {
      name = null;
      if (!t.region && !c.region) {
        if (areas.length === 1) t.region = regionRef(areas[0]!.code);
        // `Kadinkes Bima Drs. Zainal Arifin`: the holder's name may follow the region
        // (after a place the gazetteer does not know, after its comma too: `Bupati Tanjung Harapan, Ahmad Fauzi, …`)
        const sp = spaceLenAt(text, at) || (areas.length === 0 ? commaLenAt(text, at) : 0);
        const later = sp > 0 ? parseName(text, at + sp, regionStarts, areas.length > 0) : null;
        if (later && !titleWordsOnly(text, later) && plausibleName(ctx, later, headlineEnd, lower) && !regionsNamed(later.tokens.join(' '), role)) {
          name = later;
          t.titleText = text.slice(start, at);
        }
      }
    }
  }
  return name;
}
