// Parser `name-after-title`: the name written after a title (`Pj Gubernur NTB, Hassanudin`, `Bupati Lotim H. Sukiman
// Azmy`, `Presiden SBY`, `Kepala Dinas … yang juga Ketua Tim …, Ahmad Yusri`).
//   pattern — `[, ]` right after the title's complement, then parseName().
//   extract — rejects a "name" made of title words, an implausible one, a region (`Bupati Bone mengatakan`: the
//             title's region then); moves the title's end past title words the "name" starts with.
// Its helpers by job: ../post-aside.ts (words between a title and its holder), ../title-words-name.ts (title words where a
// name was expected), ../place-words.ts (a place where a name was expected), unit-extend.ts (a unit read on).
import type { ExtractContext } from '../../../model.js';
import type { LowerWords } from '../article-words.js';
import { bareRegionAt, isUnitCloser, regionRef, regionsNamed, unitInstitution } from '../complement.js';
import { closedByDegrees, DEGREE_WORDS, parseName, plausibleName, RANK_HEAD } from '../names.js';
import { commaLenAt, spaceLenAt, stickyAt } from '../scan.js';
import { skipParen, titleWordsOnly, WORD_RE } from '../title-phrases.js';
import type { ParsedName, RegionAt } from '../types.js';
import type { TitleParse } from './title.js';
import { closedUnitAfterComma, regionStartIn, skipClosers, UNIT_ABOVE_AT_RE, unitChainInstitution, unitListToBody, unitRunClosers, unitRunToComma } from '../unit-runs.js';
import { isPlaceName, namedInArticle, onlyAsPlace, placeLeadEnd } from '../place-words.js';
import { nameAfterApposition, nameAfterQualifiers, nameAfterRelative } from '../post-aside.js';
import { nameAfterTitleWords, nicknameAt } from '../title-words-name.js';
import { extendUnit, UNIT_THEN_CLAUSE_RE, unitWordAfter } from './unit-extend.js';

const ONE_WORD_RE = /\p{Lu}[\p{L}\p{N}-]{1,30}(?=[ \t]{0,2},)/uy;

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
    const later = nameAfterTitleWords(ctx, text, name, regionStarts, headlineEnd, lower, c.region !== null);
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
  // apposition (`yang juga`, `sekaligus`), then the name after its comma (post-aside.ts).
  if (!name && p === c.end + spaceLenAt(text, c.end)) name = nameAfterApposition(ctx, t, regionStarts, headlineEnd, lower);
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
  // `Kepala BKD Jateng, yang baru dilantik pekan lalu, Wisnu Adi Saputra`: a relative clause in lower case between the
  // title and its holder; `Calon Wali Kota Pontianak petahana, X`: qualifiers of the post (post-aside.ts).
  if (!name) name = nameAfterRelative(ctx, t, regionStarts, headlineEnd, lower);
  if (!name) name = nameAfterQualifiers(ctx, t, regionStarts, headlineEnd, lower);
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
