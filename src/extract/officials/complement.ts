// Title complements: what follows a title's head before the name (an organisation, a region, a district or
// village, a national marker, a unit number, a field tail), the institution it names, and region lookups.
import type { RegionRef } from '../../model.js';
import { areaByCode, provinces, regencies, type Area } from '../../lexicon/gazetteer.js';
import { DISTRICT_UNITS, HOUSE_COMMISSION_NAMES, MINISTRY_ROLES, NAMED_UNIT_HEADS, REGION_BOUND_BODIES, ROLE_REGION_LEVEL, SCHOOL_ACRONYMS, SCHOOL_KIND_WORDS, UNIT_CLOSERS, type TitleDef } from '../../lexicon/titles.js';
import { HONORIFIC_WORDS, RANK_HEAD } from './names.js';
import { spaceLenAt, stickyAt } from './scan.js';
import { ACRONYM_WORDS, DINAS_AGENCY, ORG, REGIONAL_AGENCY } from './title-compile.js';
import { COUNTRY_ONLY, NATIONAL_RE, NOT_PORTFOLIO, PORTFOLIO, skipParen, skipTitleWords, titleWordAt, WORD_RE } from './title-phrases.js';
import type { Complement, RegionAt } from './types.js';
import { lowerRegionAt } from './lower-region.js';
import { CAP_WORD_RE, capWordEnds, districtNameAt, parsePlace, skipTail, villageNameAt } from './complement-place.js';
import { VILLAGE_UNITS } from '../../lexicon/admin-units.js';
import { alternationOf, SPACE } from '../../text/regex.js';

/** `Dandim 0905/Balikpapan`, `Danramil 1608-01/Bolo`, `Pangdam XIV/Hasanuddin`: a unit number (digits or a Roman
 *  numeral) and a slash before the region or the unit's name; or a sub-unit's number after a slash, then the name
 *  (`Danramil 0809/12 Pare`, `Dandenpom V/2 Kediri`); or a number and a capital (`Danyon 521 Letkol Inf X`); or a
 *  number the apposition's comma closes (`Pasiter Kodim 0801, Kapten Inf X`, `Dandim 0801, Letkol Inf X`). */
const UNIT_NUMBER_RE = /\d{2,4}(?:-\d{1,2})?(?=,[ \t]{1,2}\p{Lu})|(?:\d{2,4}(?:-\d{1,2})?|[IVX]{1,5})(?:[ \t]{0,2}\/[ \t]{0,2}\d{1,2}(?=[ \t]{1,2}\p{Lu}))?(?:[ \t]{0,2}\/[ \t]{0,2}|[ \t]{1,2}(?=\p{Lu}))/uy;
/** A house commission's name after its post (HOUSE_COMMISSION_NAMES), a whole word: `Komisi A`, `Komisi II`. */
const HOUSE_COMMISSION_RE = new RegExp(`(?:${alternationOf(HOUSE_COMMISSION_NAMES, { space: SPACE.literal })})(?![\\p{L}\\p{N}'’-])`, 'uy');
const UNIT_NO_RE = /\d{1,3}(?![\p{L}\p{N}])/uy;
const ORG_COMMA_RE = /,[ \t]{1,2}(\p{L}+)/uy;
const SCHOOL: ReadonlySet<string> = new Set(SCHOOL_ACRONYMS);
/** What follows a school's acronym up to the comma before its head's name (`SMAN| 1 Maumere, Markus`, `SDN| Inpres
 *  Wairpelit, X`): kind words, a number, kind words, then 1–2 capitalised words of its place; the comma must be
 *  followed by a capital (the name), so a name read on without a comma (`SMKN 3 Kupang Yakobus Nenobais, meminta`) is
 *  never taken for the place. */
const SCHOOL_TAIL_RE = new RegExp(
  `(?:[ \\t]{1,2}(?:${alternationOf(SCHOOL_KIND_WORDS, { space: SPACE.literal })}))*(?:[ \\t]{1,2}(?:\\d{1,3}|[IVX]{1,4}))?(?:[ \\t]{1,2}(?:${alternationOf(SCHOOL_KIND_WORDS, { space: SPACE.literal })}))*(?:[ \\t]{1,2}\\p{Lu}[\\p{L}'’-]*){0,2}(?=[ \\t]{0,2},[ \\t]{1,2}\\p{Lu})`,
  'uy',
);
const NAMED_UNIT_HEAD: ReadonlySet<string> = new Set(NAMED_UNIT_HEADS);
const PAREN_ACR_RE = /[ \t]{0,2}\(\p{Lu}[\p{L}\p{N}.&/-]{0,24}(?:[ \t]\p{Lu}[\p{L}\p{N}.&/-]{0,24}){0,3}\)/uy;
/** Lower-cased words that close a unit's name as its institution: ministries' short names, UNIT_CLOSERS and the
 *  regional agencies and offices by their acronyms, mixed-case ones too (`Diskominfo`, `Bappeda`, `Kesbangpol`). */
const CLOSER: ReadonlySet<string> = new Set([...[...ORG].filter((w) => /^kem\p{L}/u.test(w) && w !== 'kementerian'), ...UNIT_CLOSERS, ...REGIONAL_AGENCY, ...DINAS_AGENCY]);
/** A word that names an institution closing a unit: an acronym (`KASN`, `TNI`, `BKD`), a ministry's short name
 *  (`Kemlu`, `Kemenkeu`) or a mixed-case closer (`Polri`, `Kodam`). */
export function isUnitCloser(word: string): boolean {
  return (word.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(word)) || CLOSER.has(word.toLowerCase());
}
/** The institution of a unit's name: the body right after the post (`KASN Bidang Pengawasan … ASN` → `KASN`), else
 *  the one closing it (`Protokol dan Konsuler Kemlu` → `Kemlu`, `Otonomi Daerah … Kementerian Dalam Negeri` →
 *  `Kementerian Dalam Negeri`, `Penerangan Kodam` → `Kodam`), or null. Parenthesised forms are skipped. */
export function unitInstitution(unit: string): string | null {
  const words = unit.replace(/\([^()]*\)/gu, ' ').split(/[\s,]+/u).filter((w) => w.length > 0);
  const k = words.map((w) => w.toLowerCase()).lastIndexOf('kementerian');
  if (k >= 0 && k < words.length - 1 && words.slice(k + 1).every((w) => /^\p{Lu}/u.test(w) || w === 'dan' || w === '&')) {
    // `Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi` → `KemenPAN-RB`
    const portfolio = words.slice(k + 1).join(' ').toLowerCase();
    return MINISTRY_ROLES.find((x) => portfolio.startsWith(x.org))?.institution ?? words.slice(k).join(' ');
  }
  // `Asisten KASN Bidang … Netralitas ASN`: a body right after the post is its institution, else the last one
  if (words.length > 1 && isUnitCloser(words[0]!)) return words[0]!;
  const last = words[words.length - 1];
  return last !== undefined && isUnitCloser(last) ? last : null;
}

/** `Kota` after a regency's name (`Polres Bima Kota`): the unit of the city. */
const CITY_AFTER_RE = /[ \t]{1,2}(?:Kota|KOTA)(?![\p{L}\p{N}])/uy;
const DISTRICT_UNIT: ReadonlySet<string> = new Set(DISTRICT_UNITS);
const VILLAGE_UNIT: ReadonlySet<string> = new Set(VILLAGE_UNITS);
/** A capitalised organisation or portfolio word after the space at `q` (`… dan Keamanan`). */
function orgWordAt(text: string, q: number): boolean {
  const sp = spaceLenAt(text, q);
  const w = sp > 0 ? stickyAt(CAP_WORD_RE, text, q + sp) : null;
  return w !== null && (ORG.has(w[0].toLowerCase()) || PORTFOLIO.has(w[0].toLowerCase()));
}

export function parseComplement(
  text: string,
  pos: number,
  def: TitleDef | null,
  regionStarts: Map<number, RegionAt>,
  /** the regencies the article names (only a desa/kecamatan complement asks: built on first use) */
  mentionedRegencies: () => ReadonlySet<string> = () => new Set(),
): Complement {
  const out: Complement = { end: pos, region: null, national: false, org: null, place: null };
  let p = pos;
  const sp = spaceLenAt(text, p);
  if (sp === 0) return out;
  p += sp;
  const kind = def?.complement ?? 'region';
  // `Presiden Suriah X`, `Perdana Menteri Israel X`, `Duta Besar Jepang untuk Indonesia X`, `Presiden RI X`
  if (kind === 'none') return { ...out, end: skipTitleWords(text, pos, COUNTRY_ONLY).end };
  if (kind === 'national') {
    const n = stickyAt(NATIONAL_RE, text, p);
    if (n) return { ...out, end: p + n[0].length, national: true };
  }
  if (kind === 'org') {
    const words: string[] = [];
    let q = p;
    let lastEnd = -1;
    let lastAcr = false;
    // `Ketua Komisi A, X`, `anggota Komisi II X`: a house commission's letter or numeral names it (the house may be
    // written after it, `Komisi I DPRD Ende`, or only in the lead: `Komisi A DPRD X menggelar rapat … Rapat dipimpin
    // Ketua Komisi A, Y`)
    const hc = def?.houseCommission ? stickyAt(HOUSE_COMMISSION_RE, text, q) : null;
    if (hc) {
      words.push(hc[0]);
      lastEnd = q + hc[0].length;
      q = lastEnd + spaceLenAt(text, lastEnd);
    }
    // `Kepala SMPN 2 Nangapanda, X`: the title holds the school's acronym; its number and place follow
    const school = def?.school ? stickyAt(SCHOOL_TAIL_RE, text, pos) : null;
    if (school && school[0].length > 0) {
      words.push(school[0].trim());
      lastEnd = q = pos + school[0].length;
    }
    for (let i = 0; i < 10 && !(hc && q === lastEnd) && !school; i++) {
      if (regionStarts.has(q)) break;
      // `Kepala Penerangan Kodam XIV/Hasanuddin Kolonel Inf X`: a unit's number and slash after its word end the
      // organisation words; the unit's name is read below (as after `Kapendam`)
      if (words.length > 0) {
        const un = stickyAt(UNIT_NUMBER_RE, text, q);
        if (un && un[0].includes('/')) break;
      }
      const tw = titleWordAt(text, q, NOT_PORTFOLIO);
      if (tw && tw.end > q) {
        // a country, party, party organ or portfolio (`Luar Negeri Jepang`, `DPW PKB`, `Fraksi PKS`)
        words.push(text.slice(q, tw.end));
        if (tw.kind === 'party') out.party = true;
        lastEnd = tw.end;
        q = tw.end;
        const s1 = spaceLenAt(text, q);
        if (s1 === 0) break;
        q += s1;
        continue;
      }
      // `Kepala Sekolah SMAN 1 Praya`, `Kalapas Kelas IIA`: a number right after an acronym belongs to it
      const num: RegExpExecArray | null = lastAcr ? stickyAt(UNIT_NO_RE, text, q) : null;
      const w: RegExpExecArray | null = num ?? stickyAt(WORD_RE, text, q);
      if (!w) break;
      const lw = w[0].toLowerCase();
      // (a rank in capitals is the holder's, never the unit's: `Kasat Reskrim AKP Yoga`, `Kapolsek X AKP Y`)
      const isAcr: boolean = w[0].length >= 2 && w[0] === w[0].toUpperCase() && /\p{Lu}/u.test(w[0]) && !RANK_HEAD.has(lw);
      if (!num && !ORG.has(lw) && !PORTFOLIO.has(lw) && !isAcr && !REGIONAL_AGENCY.has(lw) && !DINAS_AGENCY.has(lw) && !SCHOOL.has(w[0]) && !NAMED_UNIT_HEAD.has(lw)) break;
      lastAcr = isAcr && !num;
      words.push(w[0]);
      if (lw !== 'dan' && lw !== '&') lastEnd = q + w[0].length;
      q += w[0].length;
      // `Kepala Sekolah SMAN 1 Maumere, Markus Lado`: after a school's acronym, its number and place up to the comma
      const tail = !num && SCHOOL.has(w[0]) ? stickyAt(SCHOOL_TAIL_RE, text, q) : null;
      if (tail && tail[0].length > 0) {
        words.push(tail[0].trim());
        lastEnd = q += tail[0].length;
        break;
      }
      // `Universitas Hasanuddin`, `Politeknik Negeri Bali`: the capitalised words after a named unit's head are its
      // name (up to an honorific, a parenthesis or a comma)
      if (NAMED_UNIT_HEAD.has(lw)) {
        for (let j = 0; j < 4; j++) {
          const sp = spaceLenAt(text, q);
          const nw = sp > 0 ? stickyAt(CAP_WORD_RE, text, q + sp) : null;
          if (!nw || HONORIFIC_WORDS.has(nw[0].toLowerCase()) || text.charAt(q + sp + nw[0].length) === '.') break;
          words.push(nw[0]);
          q += sp + nw[0].length;
          lastEnd = q;
        }
      }
      // `Polsek Cibeber`, `Kecamatan Karanganom`: a kecamatan's unit, then the kecamatan's name (the longest run of 1–3
      // capitalised words the gazetteer knows as one)
      if (DISTRICT_UNIT.has(lw)) {
        const end = districtNameAt(text, q);
        if (end > q) {
          words.push(text.slice(q + spaceLenAt(text, q), end));
          q = end;
          lastEnd = q;
        }
      }
      // `Kasi Pemerintahan Desa Tirtosworo`, `Kaur Keuangan Desa X`: a village's staff, then the village's name (capitalised
      // `Desa` only: `Dinas Pemberdayaan Masyarakat dan Desa` ends on it)
      // (not a field closing a list, `Pemberdayaan Masyarakat dan Desa Banyuwangi`, nor before a regency's name)
      else if (VILLAGE_UNIT.has(lw) && w[0] !== lw && !/^(?:dan|&)$/iu.test(words[words.length - 2] ?? '')) {
        const end = villageNameAt(text, q, w[0]);
        const at = q + spaceLenAt(text, q);
        if (end > q && !regionStarts.has(at) && !bareRegionAt(text, at, def?.role ?? '', mentionedRegencies)) {
          words.push(text.slice(q + spaceLenAt(text, q), end));
          q = end;
          lastEnd = q;
        }
      }
      // `Reserse Kriminal Umum (Dirreskrimum) Polda Jatim`: an abbreviation in parentheses inside the unit, when
      // the unit goes on after it
      const pa = stickyAt(PAREN_ACR_RE, text, q);
      if (pa) {
        const after = q + pa[0].length;
        const s4 = spaceLenAt(text, after);
        const nw = s4 > 0 ? stickyAt(WORD_RE, text, after + s4) : null;
        if (nw && (ORG.has(nw[0].toLowerCase()) || isUnitCloser(nw[0])) && !regionStarts.has(after + s4) && !stickyAt(UNIT_NUMBER_RE, text, after + s4)) {
          q = after;
          lastEnd = q;
        }
      }
      const s2 = spaceLenAt(text, q);
      if (s2 > 0) {
        q += s2;
        continue;
      }
      // `Komunikasi, Informatika dan Statistik`: a comma inside the unit, when an organisation word follows
      // (and a serial comma before the last one: `Bidang Politik, Hukum, dan Keamanan`)
      const c2 = stickyAt(ORG_COMMA_RE, text, q);
      if (!c2 || !(ORG.has(c2[1]!.toLowerCase()) || PORTFOLIO.has(c2[1]!.toLowerCase()))) break;
      if (c2[1]!.toLowerCase() === 'dan' && !orgWordAt(text, q + c2[0].length)) break;
      words[words.length - 1] += ',';
      q += c2[0].length - c2[1]!.length;
    }
    while (words.length > 0 && ['dan', '&'].includes(words[words.length - 1]!.toLowerCase())) words.pop();
    if (words.length > 0 && lastEnd > 0) {
      out.org = words.join(' ');
      // `Kepala Dinas Komunikasi dan Informatika (Diskominfo) Kota Bima`
      out.end = skipParen(text, lastEnd);
      const s3 = spaceLenAt(text, out.end);
      if (s3 === 0) return out;
      p = out.end + s3;
    }
  }
  // a kecamatan's or a village's name (complement-place.ts)
  if (kind === 'district' || kind === 'village') return parsePlace(text, pos, p, kind, def, out, mentionedRegencies);
  // `Dandim 0905/Balikpapan`
  const unit = stickyAt(UNIT_NUMBER_RE, text, p);
  // `Kepala Dinas Pendidikan Gowa X`: right after a unit's name, a region's name needs no other context (the
  // regions extractor asks one of a name that is also a person's, and a unit's words are none of its cues)
  const r =
    regionStarts.get(p) ??
    (unit ? regionStarts.get(p + unit[0].length) : undefined) ??
    (out.org ? bareRegionAt(text, p, def?.role ?? '', mentionedRegencies) : undefined) ??
    lowerRegionAt(text, p, def?.role ?? '');
  if (r) {
    out.region = r;
    // `Penjabat Gubernur Nusa Tenggara Timur (NTT)`
    out.end = skipParen(text, r.end);
    // `Kapolres Bima Kota`, `Polres Malang Kota`: a unit named after a regency's name and `Kota` serves the city
    const k = out.end === r.end ? stickyAt(CITY_AFTER_RE, text, r.end) : null;
    if (k) {
      const city = regionsNamed(areaByCode(r.code)?.core ?? r.bare, 'walikota')?.find((a) => a.level === 'city');
      out.region = city ? { end: r.end + k[0].length, code: city.code, bare: r.bare } : r;
      out.end = r.end + k[0].length;
    }
  } else if (unit) {
    // `Danrem 141/Toddopuli`, `Pangdam I/Bukit Barisan`: after a unit number and its slash, the unit's name (1–3
    // capitalised words, up to a rank, an honorific or a comma) belongs to the title even when it is no region
    let q = p + unit[0].length;
    for (let i = 0; i < 3; i++) {
      const w = stickyAt(CAP_WORD_RE, text, q);
      if (!w || HONORIFIC_WORDS.has(w[0].toLowerCase()) || RANK_HEAD.has(w[0].toLowerCase())) break;
      out.end = q + w[0].length;
      const s2 = spaceLenAt(text, out.end);
      if (s2 === 0) break;
      q = out.end + s2;
    }
    // a number alone before a rank (`Danyon 521 Letkol …`) is the unit's whole name
    if (out.end < p && !unit[0].includes('/')) out.end = p + unit[0].trimEnd().length;
    // the unit (`XIV/Hasanuddin`) names the institution (`Kodam XIV/Hasanuddin`) but no region
    if (out.end > p) out.place = { code: '', name: text.slice(p, out.end).replace(/[ \t]+/gu, ' ') };
  }
  out.end = skipTail(text, out.end);
  return out;
}

/** The region named by the longest run of 1–3 capitalised words at `p` (`Gowa`, `Tanjung Jabung Barat`), or
 *  undefined. A name several areas share is the one the article names elsewhere, else the regency. */
export function bareRegionAt(text: string, p: number, role: string, mentionedRegencies: () => ReadonlySet<string>): RegionAt | undefined {
  const ends = capWordEnds(text, p);
  for (let n = ends.length; n >= 1; n--) {
    const bare = text.slice(p, ends[n - 1]).replace(/[ \t]+/gu, ' ');
    const areas = regionsNamed(bare, role);
    if (!areas) continue;
    const mentioned = areas.length > 1 ? mentionedRegencies() : null;
    const pick = areas.length === 1 ? areas[0]! : (areas.find((a) => mentioned!.has(a.code)) ?? areas.find((a) => a.level === 'regency') ?? areas[0]!);
    return { end: ends[n - 1]!, code: pick.code, bare };
  }
  return undefined;
}

export function fillInstitution(def: TitleDef | null, acr: string | null, c: Complement): string | null {
  const regionWord = c.region ? regionLabel(c.region) : c.place ? c.place.name : null;
  if (acr) return c.region ? `${acr} ${regionWord}` : acr;
  if (!def) return null;
  if (c.national) return (def.institution ?? '').replace('{R}', 'RI').trim() || null;
  let t = def.institution;
  if (!t) return def.institutionAlone ?? null;
  if (t === '{ACR}') {
    // the body named at the end of the unit: `Bidang Pengawasan … KASN` → `KASN`, `… Kemendagri` → `Kemendagri`
    return (c.org ? unitInstitution(c.org) : null) ?? def.institutionAlone ?? null;
  }
  if (t.includes('{ORG}')) {
    if (!c.org) return def.institutionAlone ?? null;
    t = t.replace('{ORG}', c.org);
    return regionWord ? `${t.replace(' {R}', '')} ${regionWord}` : t.replace(' {R}', '');
  }
  // `Asisten Pemerintahan Setda Garut`, `Asisten Komisioner KASN Bidang …`: a regional post whose unit names its body
  if (t.startsWith('Pemda ') && c.org) {
    const body = c.org.split(/[\s,]+/u).find((w) => ACRONYM_WORDS.has(w.toLowerCase()) || CLOSER.has(w.toLowerCase()));
    if (body && (regionWord || (ACRONYM_WORDS.has(body.toLowerCase()) && !REGION_BOUND.has(body)))) return regionWord ? `${body} ${regionWord}` : body;
  }
  if (!regionWord) {
    if (def.institutionAlone) return def.institutionAlone;
    // a body without region: `Ketua Bawaslu` → `Bawaslu`
    const body = t.replace(' {R}', '');
    return REGION_BOUND.has(body) ? null : body;
  }
  if (t.startsWith('Pemda ') && c.region) {
    const lvl = areaByCode(c.region.code)?.level;
    t = t.replace('Pemda', lvl === 'province' ? 'Pemprov' : lvl === 'city' ? 'Pemkot' : 'Pemkab');
  }
  return t.replace('{R}', regionWord);
}

/** `NTB` stays `NTB`; `Lotim` → `Lombok Timur`; `Kabupaten Katingan` → `Katingan`. */
function regionLabel(r: RegionAt): string {
  if (/^\p{Lu}{2,5}$/u.test(r.bare)) return r.bare;
  return areaByCode(r.code)?.core ?? r.bare;
}

/** Provinces (by name) and regencies/cities (by core name), lower-cased; built on first use. */
let AREAS_BY_NAME: Map<string, Area[]> | null = null;
const REGION_BOUND: ReadonlySet<string> = new Set(REGION_BOUND_BODIES);
/** The provinces, regencies and cities called `name` (preferring the level the role governs), or null when none
 *  is: `Bone`, `Lombok Timur`, `Bengkulu`. */
export function regionsNamed(name: string, role: string): Area[] | null {
  if (!AREAS_BY_NAME) {
    AREAS_BY_NAME = new Map();
    for (const a of [...provinces(), ...regencies()]) {
      const k = (a.level === 'province' ? a.name : a.core).toLowerCase();
      const l = AREAS_BY_NAME.get(k);
      if (l) l.push(a);
      else AREAS_BY_NAME.set(k, [a]);
    }
  }
  const all = AREAS_BY_NAME.get(name.toLowerCase());
  if (!all) return null;
  const level = ROLE_REGION_LEVEL[role];
  const fit = level ? all.filter((a) => a.level === level) : all;
  return fit.length > 0 ? fit : all;
}

export function regionRef(code: string | null | undefined): RegionRef | null {
  if (!code) return null;
  const a = areaByCode(code);
  return a ? { code: a.code, name: a.name } : null;
}
