// DATA: the heads of units by abbreviation: glued abbreviated titles (`Kasatreskrim`, `Dirreskrimsus`, `Kabidhumas`,
// `Karopenmas`, `Kabinda`), built from a head's abbreviation and a unit's (never listed whole), unit heads spelled
// apart from their unit, the units of a kecamatan, and the bodies and unit words that close or go on a unit's name.
// titles.ts adds the titles to TITLES and the units to ORG_WORDS.
import type { TitleDef } from './titles.js';

/** Glued abbreviated titles are built from their parts (never listed whole): a head's abbreviation glued to a
 *  unit's abbreviation, `Kasat`+`reskrim` = `Kasatreskrim`, `Kabid`+`humas` = `Kabidhumas`, `Dir`+`reskrimsus` =
 *  `Dirreskrimsus`, `Karo`+`penmas` = `Karopenmas`, `Ka`+`binda` = `Kabinda`. Each head: [abbreviation, role (its
 *  spelled-out title's; `{U}` = the unit), institution template (`{U}` = the unit as written in the title, `{ORG}` = the
 *  organisation words after it)]. Every head takes every unit of GLUED_UNITS; the generated words are checked to be
 *  no common word (test/extract/officials-glued.test.ts). */
export const GLUED_HEADS: ReadonlyArray<readonly [string, string, string]> = [
  ['Ka', 'kepala {U}', '{U} {R}'],
  ['Waka', 'wakil kepala {U}', '{U} {R}'],
  ['Kasat', 'kasat', 'Sat {U} {ORG}'],
  ['Wakasat', 'wakasat', 'Sat {U} {ORG}'],
  ['Kabid', 'kepala bidang', 'Bidang {U} {ORG}'],
  ['Kasubbid', 'kepala subbidang', 'Subbidang {U} {ORG}'],
  ['Kabag', 'kepala bagian', 'Bagian {U} {ORG}'],
  ['Kasubbag', 'kepala subbagian', 'Subbagian {U} {ORG}'],
  ['Kasubag', 'kepala subbagian', 'Subbagian {U} {ORG}'],
  ['Karo', 'kepala biro', 'Biro {U} {ORG}'],
  ['Dir', 'direktur {U}', 'Direktorat {U} {ORG}'],
  ['Wadir', 'wakil direktur {U}', 'Direktorat {U} {ORG}'],
  ['Kasubdit', 'kasubdit', 'Subdit {U} {ORG}'],
  ['Kanit', 'kanit', 'Unit {U} {ORG}'],
  ['Kasi', 'kepala seksi', 'Seksi {U} {ORG}'],
  ['Kadiv', 'kadiv', 'Divisi {U} {ORG}'],
];
/** Units by their abbreviations, as glued to a head (lower-case): police functions (`reskrim`, `reskrimsus`,
 *  `intelkam`, `binmas`, `humas`, `penmas`, `propam`), prosecutors' sections (`pidsus`, `intel`, `datun`), regional
 *  secretariat parts (`prokopim`, `tapem`, `ops`), intelligence (`binda`). A regional agency or a dinas is glued
 *  to `Ka` through its own acronym list (`Kadisdukcapil`, see glued()). */
export const GLUED_UNITS: readonly string[] = [
  'reskrim', 'reskrimum', 'reskrimsus', 'resnarkoba', 'narkoba', 'intelkam', 'binmas', 'samapta', 'sabhara', 'lantas',
  'humas', 'penmas', 'propam', 'tahti', 'pamobvit', 'polairud', 'polair', 'tipikor', 'tipidkor', 'krimsus', 'krimum',
  'ops', 'sumda', 'renmin', 'pidsus', 'pidum', 'intel', 'datun', 'prokopim', 'tapem', 'binda',
];
/** The titles GLUED_HEADS × GLUED_UNITS make, and `Ka` glued to a regional agency (`Kabakesbangpol`). */
export function gluedUnits(): TitleDef[] {
  const out: TitleDef[] = [];
  for (const [head, role, institution] of GLUED_HEADS)
    for (const u of GLUED_UNITS) {
      const unit = u.charAt(0).toUpperCase() + u.slice(1);
      const org = institution.includes('{ORG}');
      // `Dir`+`reskrimsus` is also written `Direskrimsus`
      const phrases = head.endsWith(u.charAt(0)) ? [`${head}${u}`, `${head}${u.slice(1)}`] : [`${head}${u}`];
      for (const phrase of phrases)
      out.push({
        phrase,
        role: role.replace('{U}', u),
        complement: org ? 'org' : 'region',
        institution: institution.replace('{U}', unit),
        institutionAlone: org ? institution.replace('{U}', unit).replace(' {ORG}', '') : unit,
      });
    }
  return out;
}
/** Units of a kecamatan: the capitalised words after them are its name when a kecamatan is so called (`Kanit Reskrim
 *  Polsek Cibeber Aipda X`, `Kasi Pemerintahan Kecamatan Karanganom X`). Lower-case. */
export const DISTRICT_UNITS: readonly string[] = ['polsek', 'koramil', 'kecamatan'];

/** Heads of units spelled apart from their unit (`Kanit Reskrim Polsek X`, `Kasubdit Tipikor Polda X`: titles only with
 *  their unit after them), of a regional agency's executive (`Kalak BPBD`), of a ministry's regional or local office
 *  (`Kakanwil Kemenkumham NTB X`, `Kakan Kemenag Lombok Barat X`). */
export const UNIT_HEADS: readonly TitleDef[] = [
  { phrase: 'Wakasat', role: 'wakasat', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  { phrase: 'Kanit', role: 'kanit', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  { phrase: 'Kasubdit', role: 'kasubdit', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  { phrase: 'Kasubbid', role: 'kepala subbidang', complement: 'org', institution: '{ORG}', generic: true, plainRole: true },
  { phrase: 'Kalak', role: 'kepala pelaksana', complement: 'org', institution: '{ORG}' },
  { phrase: 'Kalaksa', role: 'kepala pelaksana', complement: 'org', institution: '{ORG}' },
  // a Kemenag office's head glued to its office (`Kakankemenag Ende, X`), as `Kakan Kemenag Ende X`
  { phrase: 'Kakankemenag', role: 'kepala kantor', complement: 'region', institution: 'Kemenag {R}', institutionAlone: 'Kemenag' },
  // a DPRD's secretary (Sekretaris Dewan: `Sekwan DPRD Ende, X`, `Sekwan Kabupaten Ende X`), as `Sekretaris DPRD`
  { phrase: 'Sekwan DPRD', role: 'sekretaris dprd', complement: 'region', institution: 'DPRD {R}', institutionAlone: 'DPRD' },
  { phrase: 'Sekwan', role: 'sekretaris dprd', complement: 'region', institution: 'DPRD {R}', institutionAlone: 'DPRD' },
  { phrase: 'Kepala Kantor Wilayah', role: 'kepala kanwil', complement: 'org', institution: 'Kanwil {ORG}' },
  { phrase: 'Kakanwil', role: 'kepala kanwil', complement: 'org', institution: 'Kanwil {ORG}' },
  { phrase: 'Kakan', role: 'kepala kantor', complement: 'org', institution: 'Kantor {ORG}', generic: true, plainRole: true },
];

/** Institutions written in mixed case that close a unit's name, besides acronyms and ministries' short names
 *  (`Kadiv Humas Polri`, `Kepala Penerangan Kodam`, `Kapuspenkum Kejagung`, `Direktur Reskrimum Polda`): the
 *  institution of an echelon post is the last of them. Lower-case. */
export const UNIT_CLOSERS: readonly string[] = [
  'polri', 'kejagung', 'kodam', 'korem', 'kodim', 'koramil', 'polda', 'polres', 'polresta', 'polsek', 'kejari', 'kejati',
  // a regional secretariat or government above a bagian or a bidang (`Kabag Hukum Setda Bantul X`, `Kasubbag Publikasi
  // Bagian Prokopim Setda Bantul, X`), a house's, a ministry's and the cabinet's secretariats
  'setda', 'setdakab', 'setdakot', 'setdaprov', 'setwan', 'setdprd', 'setjen', 'setneg', 'setkab', 'pemkab',
  'pemkot', 'pemprov', 'pemda',
];
/** Unit words that go on a unit's name (never a person's) when written right after a one- to three-word "name" after a
 *  title: `Kasubbag Publikasi Bagian Prokopim Setda Bantul, X` (`Publikasi` is the sub-division's field). Lower-case;
 *  the region words of UNIT_WORDS (`Kota`, `Desa`) are not among them. */
export const UNIT_BODY_WORDS: readonly string[] = [
  'bagian', 'bidang', 'seksi', 'subbagian', 'subbidang', 'dinas', 'badan', 'biro', 'kantor', 'sekretariat', 'direktorat',
  'deputi', 'pusat', 'balai', 'lembaga', 'inspektorat', 'divisi', 'unit', 'satuan', 'kementerian', 'komisi', 'subdit', 'bagops',
];
